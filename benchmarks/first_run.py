"""A newcomer's first command: `kg build seeds/ --out DIR` on the one seed report.

    python benchmarks/first_run.py [--runs 5]

Each build runs the real command line in a fresh process (interpreter start
and every import included) into an empty folder.  Printed for the full build
(graph.ttl, graph.nq, both stores, graph.html) and for `--no-store --no-html`:
wall seconds, CPU seconds (user + system; a busy machine disturbs them less)
and peak resident memory, each the median of the runs, plus the ratio to the
baseline measured in the same script: a bare interpreter that imports the
libraries any such build needs (numpy, rdflib, onnxruntime) and does nothing.
Targets: <= 0.8 s and <= 180 MB for the full build.

Python's modules run from bytecode, as after `pip install` (which compiles
them): the bytecode goes to a cache folder of the run, filled by one untimed
run of each case first.  (A shell with PYTHONDONTWRITEBYTECODE set would
otherwise compile govkg's ~80 modules on every run, ~0.15 s CPU that no
installed copy pays; `--no-bytecode` measures that way.)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "import numpy, rdflib, onnxruntime"


def run(cmd: list[str], pycache: Path | None = None) -> tuple[float, float, int]:
    """(wall s, CPU s, peak RSS MiB) of one fresh process; with `pycache`, bytecode is
    written to and read from that folder."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{proc.stderr.read().decode()[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-bytecode", action="store_true", help="compile every module on every run (no bytecode cache)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-first-run-"))
    pycache = None if args.no_bytecode else work / "pycache"
    cases = {
        "baseline (imports only)": lambda: [sys.executable, "-c", BASELINE],
        "kg build --no-store --no-html": lambda: [sys.executable, "-m", "kg", "build", "seeds/", "--out", str(out),
                                                  "--no-store", "--no-html"],
        "kg build (every output)": lambda: [sys.executable, "-m", "kg", "build", "seeds/", "--out", str(out)],
    }
    figures: dict[str, list] = {name: [] for name in cases}
    try:
        if pycache is not None:  # untimed: fills the bytecode cache
            for name, cmd in cases.items():
                out = work / "out"
                shutil.rmtree(out, ignore_errors=True)
                run(cmd(), pycache)
        for _ in range(args.runs):  # interleaved, so a change in the machine's load hits every case alike
            for name, cmd in cases.items():
                out = work / "out"
                shutil.rmtree(out, ignore_errors=True)
                figures[name].append(run(cmd(), pycache))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    base = [statistics.median(col) for col in zip(*figures[next(iter(cases))])]
    print(f"cores: {os.cpu_count()}; load average: {os.getloadavg()[0]:.1f}; median of {args.runs} runs; "
          f"{'no bytecode cache' if pycache is None else 'modules from bytecode'}")
    for name, rows in figures.items():
        wall, cpu, peak = (statistics.median(col) for col in zip(*rows))
        print(f"  {name:<31} {wall:5.2f} s wall ({wall / base[0]:4.1f}x)  {cpu:5.2f} s CPU ({cpu / base[1]:4.1f}x)  "
              f"peak RSS {peak:4.0f} MiB ({peak / base[2]:4.1f}x)")
    print("  targets for the full build: <= 0.8 s, <= 180 MB")


if __name__ == "__main__":
    main()
