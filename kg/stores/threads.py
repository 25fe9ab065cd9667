"""Store writes in a thread of their own, and the malloc arena threads share.

Oxigraph's bulk loader and LadybugDB's writes run in Rust and C++ without
holding the GIL, so a build can feed them while Python assembles the graph
and renders the page; on two cores that hides most of their time.

A thread's allocations go, by default, to a malloc arena of its own (glibc
makes up to 8 a core), where memory the main thread freed (the LAC model's,
released before the outputs) cannot be reused: a one-report build whose
LadybugDB store is written in a thread peaked at 176 MiB instead of 165, and
one that loads the model in a thread at 169 (docs/performance.md, session
18).  Inside `shared_arena` new threads allocate from the main arena.
"""

from __future__ import annotations

import contextlib
import os
import threading
from concurrent.futures import Future

M_ARENA_MAX = -8  # glibc's mallopt parameter (malloc.h)
_shared = 0  # depth of shared_arena contexts in effect


def in_thread(func, *args, daemon: bool = True, **kwargs) -> Future:
    """Start `func(*args, **kwargs)` in a new thread; its Future (the result, or
    the exception raised).  A `daemon` thread ends with the process; any other
    is waited for when the main thread ends, also by Ctrl-C or SIGTERM (kg.cli),
    so the cleanup `func` does (a scratch folder removed) still runs.

    >>> in_thread(sum, [1, 2]).result()
    3
    """
    future: Future = Future()

    def run():
        try:
            future.set_result(func(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=run, daemon=daemon).start()
    return future


def _mallopt(param: int, value: int) -> bool:
    """glibc's mallopt; False where there is none (another C library) or it refuses."""
    import ctypes  # here: a build that writes no thread needs none of it

    try:
        return bool(ctypes.CDLL(None).mallopt(param, value))
    except (AttributeError, OSError):
        return False


@contextlib.contextmanager
def shared_arena():
    """Threads started inside allocate from the main thread's malloc arena
    (glibc's M_ARENA_MAX 1), so memory freed before is reused rather than
    held beside theirs; afterwards the limit is glibc's default again
    ($MALLOC_ARENA_MAX, else 8 a core: glibc cannot be asked for it, nor
    set back to "unset").  Yields whether the limit took (False without
    glibc); `arena_shared()` tells the same inside.

    >>> with shared_arena() as shared:
    ...     shared == arena_shared()
    True
    """
    global _shared
    took = _mallopt(M_ARENA_MAX, 1)
    _shared += took
    try:
        yield took
    finally:
        if took:
            _shared -= 1
            if not _shared:
                _mallopt(M_ARENA_MAX, int(os.environ.get("MALLOC_ARENA_MAX") or 0) or 8 * (os.cpu_count() or 1))


def arena_shared() -> bool:
    """Whether a `shared_arena` is in effect: a thread started now adds no arena of its own.

    >>> arena_shared()
    False
    """
    return _shared > 0
