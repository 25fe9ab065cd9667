"""Worker processes that do not outlive the build.

A build killed while its workers run (SIGKILL, a closed terminal) would leave
them behind: they inherit the queue's write end, so they never see it close,
and they hold the build's standard output open (a caller waiting for the
output then waits forever).  On Linux each worker asks the kernel to kill it
when its parent dies (prctl PR_SET_PDEATHSIG); elsewhere this does nothing.
"""

from __future__ import annotations

import os
import signal

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int | None = None) -> None:
    """ProcessPoolExecutor initializer: end this worker when the build process dies.
    `parent`: the build's pid, to catch a parent that died before the call."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux
        return
    if parent is not None and os.getppid() != parent:
        os._exit(1)
