"""Worker processes that do not outlive the build.

A build killed while its workers run (SIGKILL, a closed terminal) would leave
them behind: they inherit the queue's write end, so they never see it close,
and they hold the build's standard output open (a caller waiting for the
output then waits forever).  On Linux each worker asks the kernel to kill it
when its parent dies (prctl PR_SET_PDEATHSIG); elsewhere this does nothing.

A build interrupted (Ctrl-C) while its workers run must end promptly too.
The terminal sends SIGINT to the whole process group: a worker that raised
KeyboardInterrupt while reading its task queue could die holding the queue
or leave the pool's manager waiting on it, and the build then hung in the
pool's shutdown (or in multiprocessing's atexit join).  So workers ignore
SIGINT, and the build, on any exception (KeyboardInterrupt included),
terminates them instead of waiting for them (`process_pool`).
"""

from __future__ import annotations

import concurrent.futures as cf
import os
import signal
from contextlib import contextmanager

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int | None = None) -> None:
    """ProcessPoolExecutor initializer: end this worker when the build process dies,
    and leave Ctrl-C to the build (it terminates its workers: `process_pool`).
    `parent`: the build's pid, to catch a parent that died before the call."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # a forked worker inherits kg's SIGTERM handler (kg.cli: raise, so the build cleans up);
    # a worker has nothing to clean up and ends at once, as `terminate` expects
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux
        return
    if parent is not None and os.getppid() != parent:
        os._exit(1)


@contextmanager
def process_pool(jobs: int, **kwargs):
    """A ProcessPoolExecutor of `jobs` workers set up by `die_with_parent`
    (`kwargs` go to the executor, e.g. mp_context).  Left normally it waits
    for its workers; left by an exception (KeyboardInterrupt, GeneratorExit of
    a generator closed early, an error) it terminates them, cancels what is
    queued and re-raises, so an interrupted build exits at once.
    Example: `with process_pool(2) as pool: list(pool.map(len, ["ab", "c"]))` -> `[2, 1]`."""
    pool = cf.ProcessPoolExecutor(jobs, initializer=die_with_parent, initargs=(os.getpid(),), **kwargs)
    try:
        yield pool
    except BaseException:
        terminate(pool)
        raise
    pool.shutdown(wait=True)


def terminate(pool: cf.ProcessPoolExecutor, grace: float = 2.0) -> None:
    """End `pool`'s workers now (SIGTERM, then SIGKILL after `grace` seconds)
    and shut it down without waiting for queued work.  Python 3.14 has
    ProcessPoolExecutor.terminate_workers; before it the workers are only
    reachable as the executor's `_processes`."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for p in processes:
        if p.is_alive():
            p.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        p.join(grace)
        if p.is_alive():
            p.kill()
            p.join(grace)
