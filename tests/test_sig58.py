"""SIGTERM and Ctrl-C are not raised while the import lock is held (kg.interrupts, session 58).

A build terminated just as its main thread held the global import lock
(importlib._bootstrap's `_ImportLockContext.__enter__`) kept that lock for
good: the store-filling thread's next import blocked, and the interpreter's
exit waited for that thread forever (1 run in ~25 of
tests/test_first_run_threads.py's cypher_store test).  Here a process holds
the lock itself, as the import machinery does, while the signal comes."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from kg import interrupts
from tests.conftest import ROOT

pytestmark = pytest.mark.fast

# kg.cli.main runs a "build" that takes the import lock, signals itself, and holds the lock
# until kg's handler has been called 3 times (the signal, then sent again); it then releases
# the lock and waits for the interrupt.  The deadlines only guard against a hang.
HOLDS_THE_IMPORT_LOCK = """
import _imp, os, signal, sys, time
from kg import cli

SIGNUM = getattr(signal, sys.argv[1])
signal.signal(signal.SIGINT, signal.default_int_handler)  # as Python sets it (not a background job's SIG_IGN)
calls = []

def build(argv):
    kgs = signal.getsignal(SIGNUM)  # what kg.cli.main installed
    signal.signal(SIGNUM, lambda signum, frame: (calls.append(_imp.lock_held()), kgs(signum, frame)))
    _imp.acquire_lock()
    try:
        signal.raise_signal(SIGNUM)  # kg's handler runs before this returns
        deadline = time.monotonic() + 60
        while len(calls) < 3 and time.monotonic() < deadline:
            time.sleep(0.005)
    except KeyboardInterrupt:
        print(f"raised while the import lock was held (call {len(calls)})", file=sys.stderr, flush=True)
        os._exit(3)
    _imp.release_lock()
    print(f"released after 3 calls or more, all with the lock held: {len(calls) >= 3 and all(calls)}", file=sys.stderr, flush=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.005)
    print("never interrupted after the release", file=sys.stderr, flush=True)
    return 0

cli._main = build
sys.exit(cli.main(["build", "reports"]))
"""


@pytest.mark.parametrize(("signame", "code", "said"), [("SIGTERM", 143, "terminated"), ("SIGINT", 130, "interrupted")])
def test_an_interrupt_waits_for_the_import_lock_and_then_ends_kg_as_before(signame, code, said):
    proc = subprocess.run([sys.executable, "-c", HOLDS_THE_IMPORT_LOCK, signame], capture_output=True, text=True,
                          cwd=ROOT, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert "released after 3 calls or more, all with the lock held: True" in proc.stderr, proc.stderr
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert f"kg build: {said}; files written so far are whole" in proc.stderr, proc.stderr


def test_an_interrupt_outside_an_import_is_raised_at_once():
    def raise_it(signum, frame):
        raise KeyboardInterrupt(signum)

    with pytest.raises(KeyboardInterrupt):
        interrupts.deferring(raise_it)(signal.SIGTERM, sys._getframe())
