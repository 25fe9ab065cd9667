"""Corpus throughput: `kg build` over 1,000 and 10,000 synthetic reports.

    python benchmarks/corpus.py                      # 1,000 and 10,000 reports, 1 and 2 processes
    python benchmarks/corpus.py --sizes 1000 --jobs 1

The reports come from kg.synthetic (officials, places and issues drawn from
the project's lexicons and issue scheme; half of them damaged: Traditional
script, pinyin annotations, ASCII punctuation, `??` artefacts, noise).  Each
build runs the real command line (`python -m kg build DIR --out OUT --jobs N
--no-store --no-html`, i.e. everything up to graph.ttl) in a fresh process;
wall time includes interpreter start-up.  Printed per size and job count:
reports/s (wall clock, and per CPU-second of all the build's processes,
which a busy machine disturbs less), the ratio of the build's time to a bare pass that only reads and
converts each file Traditional -> Simplified (same files, same run), and the
peak resident memory of the largest process (main or worker).

Then, on the smallest corpus: a rebuild of the unchanged folder (time, work
done, and whether graph.ttl is byte-identical), the graph re-assembled from
the cache alone (byte-identical?), and a fresh build with another job count
(byte-identical?).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.synthetic import write_corpus  # noqa: E402


def baseline(files: list[Path]) -> float:
    """Seconds for the bare pass: read, decode, Traditional -> Simplified."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    t2s.convert("預熱")
    started = time.perf_counter()
    for path in files:
        t2s.convert(path.read_bytes().decode("utf-8"))
    return time.perf_counter() - started


def run_build(corpus: Path, out: Path, jobs: int) -> tuple[float, float, int, str]:
    """(wall seconds, CPU seconds of all its processes, peak RSS in MiB of the
    largest process, the summary line)."""
    cmd = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--jobs", str(jobs), "--no-store", "--no-html"]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    # wait4 reports the child's peak RSS, or its largest reaped descendant's (the workers)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    stdout, stderr = proc.stdout.read(), proc.stderr.read()
    if not (out / "graph.ttl").is_file():
        sys.exit(f"build failed ({proc.returncode}):\n{stderr[-2000:]}")
    lines = [line for line in stdout.splitlines() if line.startswith(("built", "read"))]
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024, " | ".join(lines)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--keep", type=Path, help="write corpora and builds here (default: a temporary folder)")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-corpus-bench-"))
    print(f"cores: {os.cpu_count()}; work folder: {work}")
    rows = []
    for size in args.sizes:
        corpus = work / f"reports-{size}"
        if not corpus.is_dir():
            write_corpus(corpus, size, seed=size)
        files = sorted(corpus.glob("*.txt"))
        base = min(baseline(files) for _ in range(3))
        print(f"\n{size} reports ({sum(p.stat().st_size for p in files) / 1e6:.1f} MB): "
              f"bare read+t2s {base:.2f} s = {size / base:.0f} reports/s")
        for jobs in args.jobs:
            out = work / f"build-{size}-j{jobs}"
            shutil.rmtree(out, ignore_errors=True)
            wall, cpu, peak, summary = run_build(corpus, out, jobs)
            rows.append((size, jobs, wall, peak))
            print(f"  kg build --jobs {jobs}: {wall:.2f} s wall = {size / wall:.0f} reports/s "
                  f"({size / wall / jobs:.0f}/s per process); CPU {cpu:.2f} s = {size / cpu:.0f} reports per CPU-second; "
                  f"{wall / base:.0f}x the bare pass; peak RSS {peak} MiB")
            print(f"    {summary}")

    size = min(args.sizes)
    corpus, first = work / f"reports-{size}", work / f"build-{size}-j{args.jobs[0]}"
    before = sha256(first / "graph.ttl")
    wall, _, peak, summary = run_build(corpus, first, args.jobs[0])
    print(f"\nrebuild of the unchanged {size}-report folder: {wall:.2f} s, peak RSS {peak} MiB; "
          f"graph.ttl byte-identical: {sha256(first / 'graph.ttl') == before}\n    {summary}")
    (first / "graph.nq").unlink()  # forces the graph to be assembled again from the cache
    wall, _, _, summary = run_build(corpus, first, args.jobs[0])
    print(f"re-assembled from the cache (nothing extracted): {wall:.2f} s; "
          f"byte-identical: {sha256(first / 'graph.ttl') == before}\n    {summary}")
    if len(args.jobs) > 1:
        other = work / f"build-{size}-j{args.jobs[-1]}"
        print(f"fresh build with --jobs {args.jobs[-1]} byte-identical to --jobs {args.jobs[0]}: "
              f"{sha256(other / 'graph.ttl') == before}")
    if len(args.sizes) > 1:
        small = [r for r in rows if r[0] == min(args.sizes)]
        large = [r for r in rows if r[0] == max(args.sizes)]
        for (s1, j, _, m1), (s2, _, _, m2) in zip(small, large):
            print(f"peak memory, --jobs {j}: {m1} MiB at {s1} reports, {m2} MiB at {s2} ({m2 / m1:.2f}x for {s2 // s1}x the reports)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
