"""The one error stores raise: a one-line message a user can act on."""

from __future__ import annotations


class StoreError(Exception):
    """A store or server could not be used; `str()` is the one-line message."""
