"""Errors that name the file and the problem, for one-line reporting."""

from __future__ import annotations


class ReportError(Exception):
    """A report could not be turned into facts; `str()` is a one-line message."""

    def __init__(self, path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class UsageError(Exception):
    """A command was called with arguments that cannot work."""
