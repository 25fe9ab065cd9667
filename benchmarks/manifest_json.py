"""What writing the build manifest as indented JSON costs at a corpus's size.

    python benchmarks/manifest_json.py BUILD_DIR [--reports 10000] [--runs 5]

`Manifest.save` writes manifest.json with `json.dumps(..., indent=1)`, once
a build (and reads the old file to compare, so an unchanged build touches
nothing).  With `indent`, Python's json falls back from its C encoder to the
pure-Python one.  This takes the manifest of an existing build folder,
repeats its report entries (each under its own name) to `--reports`, and
times, best of `--runs`: the indented dump (as saved), the compact dump the
C encoder makes, and `json.loads` of the indented text (what the next build
reads).  The manifest's bytes stay as they are: this only measures.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def best(fn, runs: int) -> float:
    """The fastest of `runs` calls of `fn`, in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def scaled(data: dict, reports: int) -> dict:
    """`data` (a manifest) with its report entries repeated to `reports` entries."""
    entries = list(data["reports"].items())
    grown = {}
    for i in range(reports):
        name, entry = entries[i % len(entries)]
        grown[f"{i:05d}-{name}"] = entry
    return {**data, "reports": dict(sorted(grown.items()))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build", type=Path)
    ap.add_argument("--reports", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    data = scaled(json.loads((a.build / "manifest.json").read_text(encoding="utf-8")), a.reports)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    indented = best(lambda: json.dumps(data, ensure_ascii=False, indent=1), a.runs)
    compact = best(lambda: json.dumps(data, ensure_ascii=False), a.runs)
    loads = best(lambda: json.loads(text), a.runs)
    print(f"{a.reports} reports, manifest {len(text.encode('utf-8')) / 1e6:.1f} MB indented: "
          f"dumps indent=1 {indented:.3f} s, compact (C encoder) {compact:.3f} s "
          f"({indented / compact:.1f}x), loads {loads:.3f} s")


if __name__ == "__main__":
    main()
