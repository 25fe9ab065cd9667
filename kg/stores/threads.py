"""Store writes in a thread of their own.

Oxigraph's bulk loader and LadybugDB's COPY run in Rust and C++ without
holding the GIL, so a build can feed them while Python assembles the graph
and renders the page; on two cores that hides most of their time.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future


def in_thread(func, *args, **kwargs) -> Future:
    """Start `func(*args, **kwargs)` in a new thread; its Future (the result, or the exception raised)."""
    future: Future = Future()

    def run():
        try:
            future.set_result(func(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=run, daemon=True).start()
    return future
