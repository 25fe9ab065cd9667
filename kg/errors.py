"""Errors that name the file and the problem, for one-line reporting."""

from __future__ import annotations

import re

# Control, invisible and bidi characters: a file name holding one must not
# break the message over lines or reorder it on the terminal.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def printable(text) -> str:
    """`text` on one line, with control, invisible and bidi characters as \\uXXXX."""
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", str(text))


class ReportError(Exception):
    """A report could not be turned into facts; `str()` is a one-line message."""

    def __init__(self, path, reason: str):
        super().__init__(f"{printable(path)}: {printable(reason)}")
        self.path = str(path)
        self.reason = reason


class UsageError(Exception):
    """A command was called with arguments that cannot work."""


def interrupt_behind(exc: BaseException) -> KeyboardInterrupt | None:
    """The KeyboardInterrupt (Ctrl-C; kg.cli.Terminated at SIGTERM) that caused `exc` or was
    being handled when it was raised, or None.  Python 3.11 wraps an interrupt
    that lands while a class is created (`__set_name__`, as `platform` does at a
    lazy import) in a RuntimeError; a clean-up may fail while the interrupt
    unwinds.  The user pressed Ctrl-C either way.
    Example: `interrupt_behind(RuntimeError("x"))` -> `None`."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, KeyboardInterrupt):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None
