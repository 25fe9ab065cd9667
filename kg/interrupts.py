"""Ctrl-C and SIGTERM are raised where kg is, but never inside the import machinery.

kg ends at Ctrl-C (SIGINT) and at SIGTERM by raising a KeyboardInterrupt in the
main thread, wherever it is, so the build's cleanup runs (kg.cli).  Raised
inside CPython's import machinery, between `_imp.acquire_lock()` and the `with`
or `try` that releases it (`_ImportLockContext.__enter__` in
importlib._bootstrap, which `_find_spec` enters around each finder; likewise
`_get_module_lock`, and a module's own lock in `_ModuleLockManager.__enter__`),
the exception leaves that lock held by the main thread for good: an import in
any other thread then blocks for ever, and the interpreter's exit waits for
that (non-daemon) thread.  Seen once in ~25 runs of
tests/test_first_run_threads.py's SIGTERM-while-the-LadybugDB-store-fills test:
gdb on the hung `python -m kg build` showed the main thread in Py_FinalizeEx ->
wait_for_thread_shutdown, joining the store-filling thread
(kg.stores.threads.in_thread(daemon=False)), which waited in
`_imp_acquire_lock` (session 58).

`deferring(raise_it)` wraps a handler that raises: while the main thread is in
importlib's own code, or the global import lock is held (`_imp.lock_held()`,
by any thread: it cannot say which, and a library may take it too), it raises
nothing and sends the same signal to the main thread again a moment later
(`RETRY`), until it lands outside; there it raises as before.  The lock alone
defers it for `PATIENCE` tries at most: threads that import one module after
another can keep it held nearly all the time (a stress run of two threads
importing in a loop: the interrupt never came), and a raise is harmful only in
importlib's own code.  The signal is re-sent for real (pthread_kill), not simulated
(`_thread.interrupt_main`), so a main thread waiting in a join, a lock or a
sleep by then is woken by it as by the first.  Signals that come while one is
deferred are one, as POSIX keeps one pending signal of a kind.
"""

from __future__ import annotations

import _imp
import signal
import threading

RETRY = 0.01  # seconds between a deferred signal's deliveries: the import lock is held for microseconds to milliseconds
PATIENCE = 50  # tries deferred for the lock alone (0.5 s and more): then only importlib's own code defers
_deferred: set[int] = set()  # the signals waiting to be sent again
_tries: dict[int, int] = {}  # signal -> times deferred so far


def deferring(raise_it):
    """A signal handler that calls `raise_it(signum, frame)` (which raises), but
    not inside the import machinery: there it defers the signal (see the module).
    Example: `signal.signal(signal.SIGINT, deferring(signal.default_int_handler))`."""

    def handler(signum, frame):
        if signum in _deferred:  # already to be sent again: this one is the same interrupt
            return
        # why: an exception raised here would leave the import lock held for good (the module's docstring)
        if _in_import_machinery(frame) or (_imp.lock_held() and _tries.get(signum, 0) < PATIENCE):
            _tries[signum] = _tries.get(signum, 0) + 1
            _send_again(signum, threading.get_ident())  # handlers run in the main thread
            return
        _tries.pop(signum, None)
        raise_it(signum, frame)

    handler.raises = raise_it
    return handler


def _in_import_machinery(frame) -> bool:
    """Whether `frame` (where the signal landed) runs importlib's own code, not a module being imported."""
    name = frame.f_globals.get("__name__", "") if frame is not None else ""
    return name.startswith("importlib._bootstrap")


def _send_again(signum: int, thread: int) -> None:
    """Send `signum` to `thread` (the main thread) in `RETRY` seconds, from a timer thread."""

    def send():
        _deferred.discard(signum)
        signal.pthread_kill(thread, signum)

    _deferred.add(signum)
    timer = threading.Timer(RETRY, send)
    timer.name = f"kg-deferred-{signal.Signals(signum).name}"
    timer.daemon = True  # the process may end before it fires (then the signal is moot)
    timer.start()
