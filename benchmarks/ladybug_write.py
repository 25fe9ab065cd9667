"""Where a one-report build's LadybugDB write spends its CPU, measured inside the real build.

    python benchmarks/ladybug_write.py [--runs 7]
    git archive int17 | tar -x -C /tmp/int17-tree      # another revision, to compare with:
    python benchmarks/ladybug_write.py --runs 7 --against /tmp/int17-tree

Each run is `kg build seeds/ --out DIR` (every output) in a fresh process,
with LadybugDB's Database and Connection wrapped so that every call is
timed (CPU seconds, user + system, of the process) and filed by what it does:
the import of ladybug (and of asyncio, which ladybug's __init__ imports for
its AsyncConnection), the database's creation, the tables' DDL, node CREATEs,
relationship CREATEs, COPY FROM, CHECKPOINT, BEGIN/COMMIT, the closes.  Also
printed: the write's minor page faults and system CPU (the kernel's share).
Medians over the runs; with `--against TREE` the same builds run with TREE's
code in the same interleaved rounds and each line has the ratio.

Measure inside the build, not on a store written alone: a process that only
writes the store pays ~3.5 times the page faults (glibc's malloc has not yet
raised its mmap threshold, which the build's earlier frees do), so a change
that helps there (session 17: keeping freed memory with mallopt, 0.26 ->
0.17 s CPU alone) can do nothing in a build.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PHASES = ("import asyncio", "import ladybug", "Database()", "DDL", "node CREATE", "edge CREATE", "COPY",
          "CHECKPOINT", "BEGIN/COMMIT", "other statements", "close", "write (all)")


def phase(statement: str) -> str:
    """The PHASES entry of a statement, from its words (`UNWIND $rows AS row CREATE (n:…` -> node CREATE)."""
    head = statement.lstrip().upper()
    if head.startswith(("CREATE NODE TABLE", "CREATE REL TABLE", "ALTER TABLE")) or ("CREATE NODE TABLE" in head and ";" in head):
        return "DDL"
    if head.startswith("COPY"):
        return "COPY"
    if head.startswith("CHECKPOINT"):
        return "CHECKPOINT"
    if head.startswith(("BEGIN", "COMMIT", "ROLLBACK")):
        return "BEGIN/COMMIT"
    if head.startswith("UNWIND") and " MATCH " in head:
        return "edge CREATE"
    if head.startswith("UNWIND"):
        return "node CREATE"
    return "other statements"


def child(out: str) -> None:
    """One build in this process; prints {phase: CPU seconds} and the write's faults as JSON."""
    import resource
    import time

    spent = {p: 0.0 for p in PHASES}
    # what the build has imported by the time it writes the store, so that asyncio's
    # line holds only what ladybug's import of it adds
    import concurrent.futures  # noqa: F401
    import numpy, onnxruntime, pyoxigraph, rdflib  # noqa: F401, E401
    import kg.build  # noqa: F401

    t = time.process_time()
    import asyncio  # noqa: F401  (ladybug's __init__ imports it, for AsyncConnection)
    spent["import asyncio"] = time.process_time() - t
    t = time.process_time()
    import ladybug
    spent["import ladybug"] = time.process_time() - t

    real_db, real_conn = ladybug.Database, ladybug.Connection

    def timed(name, fn, *args, **kwargs):
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - t

    class Conn:
        def __init__(self, db):
            self._c = real_conn(db._db)

        def execute(self, statement, parameters=None):
            return timed(phase(statement), self._c.execute, statement, parameters)

        def close(self):
            timed("close", self._c.close)

    class Db:
        def __init__(self, *args, **kwargs):
            self._db = timed("Database()", real_db, *args, **kwargs)

        def close(self):
            timed("close", self._db.close)

    ladybug.Database, ladybug.Connection = Db, Conn
    from kg.stores import ladybug_store

    real_copy, faults = ladybug_store.copy_into, {}

    def copy_into(path, pg):
        before = resource.getrusage(resource.RUSAGE_SELF)
        t = time.process_time()
        try:
            return real_copy(path, pg)
        finally:
            spent["write (all)"] += time.process_time() - t
            after = resource.getrusage(resource.RUSAGE_SELF)
            faults["minflt"] = after.ru_minflt - before.ru_minflt
            faults["sys"] = after.ru_stime - before.ru_stime

    ladybug_store.copy_into = copy_into
    from kg.cli import main

    main(["build", str(ROOT / "seeds"), "--out", out])
    print(json.dumps({"spent": spent, **faults}))


def run(tree: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="kg-lbw-") as work:
        env = {**os.environ, "PYTHONPATH": str(tree)}
        done = subprocess.run([sys.executable, __file__, "--child", str(Path(work, "out"))], env=env,
                              capture_output=True, text=True, check=True, cwd=tree)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--against", type=Path, help="a checkout of another revision, run in the same rounds")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child)
    trees = [ROOT] + ([args.against.resolve()] if args.against else [])
    results = {tree: [] for tree in trees}
    for _ in range(args.runs):
        for tree in trees:
            results[tree].append(run(tree))
    load = os.getloadavg()[0]
    print(f"one-report build, LadybugDB's share: CPU seconds, median of {args.runs} runs, load average {load:.1f}")
    print(f"  {'':18} {'this tree':>10}" + (f" {'TREE':>8} {'ratio':>6}" if args.against else ""))
    for name in PHASES + ("minflt", "sys"):
        cells = []
        for tree in trees:
            values = [r["spent"][name] if name in PHASES else r[name] for r in results[tree]]
            cells.append(statistics.median(values))
        line = f"  {name:18} {cells[0]:10.4g}"
        if args.against:
            line += f" {cells[1]:8.4g} {cells[0] / cells[1] if cells[1] else float('nan'):6.2f}"
        print(line)


if __name__ == "__main__":
    main()
