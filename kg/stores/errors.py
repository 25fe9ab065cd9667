"""The one error stores raise: a one-line message a user can act on."""

from __future__ import annotations

from kg.errors import UsageError


class StoreError(Exception):
    """A store or server could not be used; `str()` is the one-line message."""


class QueryError(StoreError):
    """The query's own text is at fault (a syntax error, an unknown prefix or
    function), not the store: `kg query` places it in the user's text and file
    (kg.stores.positions.placed)."""


class ParameterError(StoreError, UsageError):
    """What the command line gave a query is at fault, not the store: an
    unknown named question or parameter, a parameter missing or malformed, a
    name several officials share, a store path that does not exist.  A
    StoreError (kg.api's callers catch those) and a UsageError, so that `kg
    query` exits 2 as every command does for a usage error (kg.cli)."""
