"""Same facts from two trees: each folder of reports built by this tree and by
another checkout (`--against TREE`), and the outputs compared byte for byte.

A speed-up must leave every fact as it was: this builds each folder with
`python -m kg build FOLDER --out OUT --jobs 1 --no-store --no-html` (the
tree's code on PYTHONPATH, a fresh output folder each time) and compares
graph.ttl and graph.nq (one named graph per report: a difference is told
per report).  Exit status 1 when any output differs.

    python benchmarks/same_facts.py --against /tmp/base FOLDER... [--synthetic 200]

`--synthetic N` adds a folder of N synthetic reports (kg.synthetic, half of
them damaged; the same ones as `benchmarks/throughput.py`'s).  Folders are
given as report folders (`.../eval/reports`) or as a set's folder holding
`reports/` (`/work/probes/p80`).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ("graph.ttl", "graph.nq")


def build(tree: Path, folder: Path, out: Path) -> None:
    """`kg build folder` with the code of `tree` into `out` (one process)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(folder), "--out", str(out), "--jobs", "1",
                           "--no-store", "--no-html"], cwd=tree, env=env, capture_output=True, text=True)
    if proc.returncode:
        sys.exit(f"{tree}: kg build {folder} failed:\n{proc.stderr[-3000:]}")


def named_graphs(nq: str) -> dict[str, list[str]]:
    """The lines of an N-Quads text by graph name (the last term of a line).

    >>> named_graphs('<a> <b> <c> <g1> .\\n<a> <b> "d" <g2> .\\n')
    {'<g1>': ['<a> <b> <c> <g1> .'], '<g2>': ['<a> <b> "d" <g2> .']}
    """
    out: dict[str, list[str]] = {}
    for line in nq.splitlines():
        m = re.search(r"(<[^>]*>) \.$", line)
        out.setdefault(m.group(1) if m else "", []).append(line)
    return out


def compare(folder: Path, this: Path, other: Path, work: Path) -> bool:
    """Build `folder` with both trees; print what differs; True when nothing does."""
    outs = {}
    for tree, name in ((other, "other"), (this, "this")):
        outs[name] = work / f"{folder.parent.name}_{folder.name}_{name}"
        build(tree, folder, outs[name])
    same = True
    notes = []
    for output in OUTPUTS:
        a, b = (outs[n] / output for n in ("other", "this"))
        if a.read_bytes() == b.read_bytes():
            continue
        same = False
        if output == "graph.nq":
            ga, gb = named_graphs(a.read_text(encoding="utf-8")), named_graphs(b.read_text(encoding="utf-8"))
            differ = sorted(g for g in ga.keys() | gb.keys() if sorted(ga.get(g, [])) != sorted(gb.get(g, [])))
            notes.append(f"graph.nq differs in {len(differ)} named graphs: {', '.join(differ[:5])}")
        else:
            notes.append(f"{output} differs")
    reports = sum(1 for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    print(f"{folder}: {reports} reports, {'identical' if same else 'DIFFERENT'}"
          f" ({', '.join(OUTPUTS)}){''.join(f'; {n}' for n in notes)}", flush=True)
    return same


def synthetic_folder(count: int, folder: Path) -> Path:
    """`count` synthetic reports written to `folder` (as throughput.py draws them)."""
    sys.path.insert(0, str(ROOT))
    from kg.synthetic import synthetic_report

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(600)
    for i in range(count):
        text = synthetic_report(rng, damaged=rng.random() < 0.5)
        (folder / f"synthetic-{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, help="folders of reports (or sets holding reports/)")
    ap.add_argument("--against", type=Path, required=True, help="a checkout of another revision")
    ap.add_argument("--synthetic", type=int, default=0, help="also N synthetic reports")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="same_facts_") as tmp:
        work = Path(tmp)
        folders = [f / "reports" if (f / "reports").is_dir() else f for f in args.folders]
        if args.synthetic:
            folders.append(synthetic_folder(args.synthetic, work / "synthetic" / "reports"))
        results = [compare(f.resolve(), ROOT, args.against.resolve(), work) for f in folders]
    print(f"{sum(results)} of {len(results)} folders identical")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
