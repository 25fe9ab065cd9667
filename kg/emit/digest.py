"""A named graph's fingerprint, and its lines carrying it.

Used by the assembly (kg.corpus.assemble), which keeps each report's digest
with its assembled form, and by the Oxigraph output, which compares digests
with the store's state to update only the graphs that changed.  A module of
its own so the store's code need not import the assembly's.
"""

from __future__ import annotations

import hashlib


def graph_digest(lines: list[str]) -> str:
    """A named graph's fingerprint: its sorted N-Quads lines, hashed (blake2b, 12 bytes, hex).
    Example: `graph_digest(["<a> <b> <c> <g> ."])` -> a 24-character hex string."""
    return hashlib.blake2b("\n".join(lines).encode("utf-8"), digest_size=12).hexdigest()


class GraphLines(list):
    """A named graph's sorted N-Quads lines, as handed to a Sink's graph(), with
    their `digest` (graph_digest) already known, so a sink need not hash them again.
    Example: `GraphLines(lines, digest).digest == graph_digest(lines)`."""

    __slots__ = ("digest",)

    def __init__(self, lines, digest: str | None = None):
        super().__init__(lines)
        self.digest = digest or graph_digest(self)
