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
