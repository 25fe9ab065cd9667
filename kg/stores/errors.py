"""The one error stores raise: a one-line message a user can act on."""

from __future__ import annotations


class StoreError(Exception):
    """A store or server could not be used; `str()` is the one-line message."""


class QueryError(StoreError):
    """The query's own text is at fault (a syntax error, an unknown prefix or
    function), not the store: `kg query` places it in the user's text and file
    (kg.stores.positions.placed)."""
