"""A newcomer's first command: `kg build seeds/ --out DIR` on the one seed report.

    python benchmarks/first_run.py [--runs 5]
    git archive main | tar -x -C /tmp/main-tree       # another revision, to compare with:
    python benchmarks/first_run.py --runs 5 --against /tmp/main-tree

Each build runs the real command line in a fresh process (interpreter start
and every import included) into an empty folder.  Printed for the full build
(graph.ttl, graph.nq, both stores, graph.html) and for `--no-store --no-html`:
wall seconds, CPU seconds (user + system; a busy machine disturbs them less)
and peak resident memory, each the median of the runs, plus the ratio to the
baseline measured in the same script: a bare interpreter that imports the
libraries any such build needs (numpy, rdflib, onnxruntime) and does nothing.
Targets: <= 0.8 s and <= 180 MB for the full build.  With `--against TREE`
(a checkout of another revision) both builds also run with TREE's code, in
the same interleaved rounds, and each line gives this tree's figures as a
ratio to TREE's.

Also printed: the CPU seconds of the main thread alone.  What a build does in
threads of its own (session 18: the LAC model's load, the LadybugDB write)
overlaps the main thread's work on a second core; on a machine whose other
core is busy (other sessions' load) the wall time cannot show it, and the
main thread's CPU is the steadier figure of the wall time an idle machine
gives.  (The build then runs under a `-c` wrapper that records it at exit:
`runpy` runs `kg` as `-m kg` does.)

Last, one more full build runs under `-X importtime` (untimed, not in the
medians): the import time of each top-level package it loaded, the largest
first, and which of the libraries issue 10 names as heavy (networkx, scipy,
pyshacl, jinja2, IPython, neo4j, playwright ...) were loaded at all: what a
one-report build could still leave out.

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
# `python -m kg ARGS`, with the main thread's CPU seconds written to stderr's last line
# at exit (after the threads the build waits for have ended)
KG_MAIN = ("import atexit, runpy, sys, time; "
           "atexit.register(lambda: print(f'main-thread-cpu {time.thread_time():.6f}', file=sys.stderr)); "
           "sys.argv[0] = 'kg'; runpy.run_module('kg', run_name='__main__', alter_sys=True)")


def run(cmd: list[str], pycache: Path | None = None, root: Path = ROOT) -> tuple[float, float, int, float]:
    """(wall s, CPU s, peak RSS MiB, main thread's CPU s) of one fresh process
    running the code of the tree `root` (the last is the CPU s when the command
    does not print it as KG_MAIN does); with `pycache`, bytecode is written to
    and read from that folder."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=root, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    err = proc.stderr.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{err[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    last = err.rstrip().rsplit("\n", 1)[-1]
    main_cpu = float(last.split()[1]) if last.startswith("main-thread-cpu ") else cpu
    return wall, cpu, usage.ru_maxrss // 1024, main_cpu


# the libraries issue 10 asks a one-report build not to import unless used (and their notebook extras)
HEAVY = ("networkx", "scipy", "pyshacl", "jinja2", "IPython", "neo4j", "playwright", "pandas", "jsonpickle", "matplotlib")
# at exit: the top-level packages loaded, on stderr's last line (after -X importtime's lines)
KG_LOADED = KG_MAIN.replace("atexit.register(", "atexit.register(lambda: print('loaded ' + ' '.join(sorted({m.split('.')[0] "
                            "for m in sys.modules})), file=sys.stderr)); atexit.register(", 1)


def import_times(err: str) -> tuple[dict[str, float], set[str]]:
    """From the stderr of a run of KG_LOADED under `-X importtime`: the import
    seconds (self times summed) per top-level package, and the packages loaded.

    >>> import_times("import time: self [us] | cumulative | imported package\\n"
    ...              "import time:      2000 |       2000 |   numpy.linalg\\n"
    ...              "import time:      1000 |       3000 | numpy\\nloaded numpy sys")[0]
    {'numpy': 0.003}
    """
    seconds: dict[str, float] = {}
    loaded: set[str] = set()
    for line in err.splitlines():
        if line.startswith("import time:") and "|" in line:
            own, _, name = line[len("import time:"):].split("|")
            if own.strip().isdigit():
                top = name.strip().split(".")[0]
                seconds[top] = seconds.get(top, 0.0) + int(own) / 1e6
        elif line.startswith("loaded "):
            loaded = set(line.split()[1:])
    return seconds, loaded


def imports_line(seeds: str, work: Path, pycache: Path | None, shown: int = 8) -> str:
    """The lines saying what one full build imports (import_times), from one more fresh run."""
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache / ROOT.name)
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", KG_LOADED, "build", seeds, "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT, env=env)
    seconds, loaded = import_times(proc.stderr)
    top = sorted(seconds.items(), key=lambda kv: -kv[1])[:shown]
    heavy = sorted(set(HEAVY) & loaded)
    return (f"  imports of one full build (one run, -X importtime, wall s): {sum(seconds.values()):.2f} s in all; largest: "
            + ", ".join(f"{name} {s:.2f}" for name, s in top)
            + f"\n  issue 10's heavy libraries loaded: {', '.join(heavy) if heavy else 'none'} (of {', '.join(HEAVY)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-bytecode", action="store_true", help="compile every module on every run (no bytecode cache)")
    ap.add_argument("--against", type=Path, help="a checkout of another revision: its builds too, and this tree's as ratios to them")
    args = ap.parse_args()
    other = args.against.resolve() if args.against else None
    work = Path(tempfile.mkdtemp(prefix="kg-first-run-"))
    pycache = None if args.no_bytecode else work / "pycache"
    seeds = str(ROOT / "seeds")
    cases = {
        "baseline (imports only)": (lambda: [sys.executable, "-c", BASELINE], ROOT),
        "kg build --no-store --no-html": (lambda: [sys.executable, "-c", KG_MAIN, "build", seeds, "--out", str(out),
                                                   "--no-store", "--no-html"], ROOT),
        "kg build (every output)": (lambda: [sys.executable, "-c", KG_MAIN, "build", seeds, "--out", str(out)], ROOT),
    }
    if other is not None:
        cases["  --no-store --no-html, TREE's code"] = (cases["kg build --no-store --no-html"][0], other)
        cases["  every output, TREE's code"] = (cases["kg build (every output)"][0], other)
    figures: dict[str, list] = {name: [] for name in cases}
    try:
        if pycache is not None:  # untimed: fills the bytecode cache
            for name, (cmd, root) in cases.items():
                out = work / "out"
                shutil.rmtree(out, ignore_errors=True)
                run(cmd(), pycache / root.name, root)
        for _ in range(args.runs):  # interleaved, so a change in the machine's load hits every case alike
            for name, (cmd, root) in cases.items():
                out = work / "out"
                shutil.rmtree(out, ignore_errors=True)
                figures[name].append(run(cmd(), pycache and pycache / root.name, root))
        imported = imports_line(seeds, work, pycache)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    base = [statistics.median(col) for col in zip(*figures[next(iter(cases))])]
    print(f"cores: {os.cpu_count()}; load average: {os.getloadavg()[0]:.1f}; median of {args.runs} runs; "
          f"{'no bytecode cache' if pycache is None else 'modules from bytecode'}"
          + (f"; TREE = {other}" if other else ""))
    medians = {name: [statistics.median(col) for col in zip(*rows)] for name, rows in figures.items()}
    for name, (wall, cpu, peak, main_cpu) in medians.items():
        print(f"  {name:<36} {wall:5.2f} s wall ({wall / base[0]:4.1f}x)  {cpu:5.2f} s CPU ({cpu / base[1]:4.1f}x), "
              f"main thread {main_cpu:5.2f} s  peak RSS {peak:4.0f} MiB = {peak * 1.048576:4.0f} MB ({peak / base[2]:4.1f}x)")
    if other is not None:
        for mine, theirs in (("kg build --no-store --no-html", "  --no-store --no-html, TREE's code"),
                             ("kg build (every output)", "  every output, TREE's code")):
            ratios = [a / b for a, b in zip(medians[mine], medians[theirs])]
            print(f"  {mine}: this tree / TREE: wall {ratios[0]:.2f}x, CPU {ratios[1]:.2f}x, main thread's CPU "
                  f"{ratios[3]:.2f}x, peak RSS {ratios[2]:.2f}x")
    print(imported)
    print("  targets for the full build: <= 0.8 s, <= 180 MB")


if __name__ == "__main__":
    main()
