"""How soon `kg build --jobs 2` exits after Ctrl-C (SIGINT to its process group).

    python benchmarks/interrupt.py [--reports 300] [--runs 3]

A timing, so here and not in the tests (tests/test_newcomer.py asserts what
Ctrl-C does: exit 130, the line saying so, the earlier graph kept whole).
Each run builds a corpus of invented reports into a fresh folder, interrupts
the build once it stores reports, and prints the seconds from the signal to
the exit, with the load average: on 2 shared CPUs the figure moves with load.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPORT = "2024年5月6日上午，青柳区委书记蒋成舟来到白沙街道新竹社区，听取居民关于停车难的意见。\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    for run in range(a.runs):
        with tempfile.TemporaryDirectory() as tmp:
            corpus, out = Path(tmp) / "r", Path(tmp) / "o"
            corpus.mkdir()
            for i in range(a.reports):
                (corpus / f"r{i:03}.txt").write_text(f"编号{i}。\n" + REPORT * 8, encoding="utf-8")
            since = time.time()
            proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--jobs", "2",
                                     "--no-store", "--no-html"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
            while proc.poll() is None and not list(out.glob("cache/records.sqlite*")):
                time.sleep(0.05)
            sent = time.monotonic()
            os.killpg(proc.pid, signal.SIGINT)
            code = proc.wait()
            print(f"run {run + 1}: exit {code} {time.monotonic() - sent:.2f} s after SIGINT "
                  f"({time.time() - since:.1f} s after the start); load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
