"""A named graph's fingerprint, and its lines carrying it.

Used by the assembly (kg.corpus.assemble), which keeps each report's digest
with its assembled form, and by the Oxigraph output, which compares digests
with the store's state to update only the graphs that changed.  A module of
its own so the store's code need not import the assembly's.
"""

from __future__ import annotations

import hashlib


def graph_bytes(lines: list[str]) -> bytes:
    """A named graph's sorted N-Quads lines as graph.nq holds them: UTF-8, each line
    ended by a newline (b"" for no line).  Made once a graph and shared by its digest,
    graph.nq and the Oxigraph bulk load (GraphLines.data), rather than encoded by each.

    >>> data = graph_bytes(["<a> <b> <c> <g> .", '<a> <b> "甲" <g> .'])
    >>> data.decode("utf-8").split("\\n")
    ['<a> <b> <c> <g> .', '<a> <b> "甲" <g> .', '']
    >>> graph_bytes([])
    b''
    """
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def graph_digest(lines: list[str], data: bytes | None = None) -> str:
    """A named graph's fingerprint: its sorted N-Quads lines, hashed (blake2b, 12 bytes, hex);
    `data`: the lines' graph_bytes when already made (the same digest, without encoding again).
    Example: `graph_digest(["<a> <b> <c> <g> ."])` -> a 24-character hex string.

    >>> lines = ["<a> <b> <c> <g> .", "<a> <b> <d> <g> ."]
    >>> graph_digest(lines) == graph_digest(lines, graph_bytes(lines)) != graph_digest(lines[:1])
    True
    >>> graph_digest([]) == graph_digest([], graph_bytes([]))
    True
    """
    if data is None:
        return hashlib.blake2b("\n".join(lines).encode("utf-8"), digest_size=12).hexdigest()
    # the digest is of the lines joined, without the last line's newline
    return hashlib.blake2b(memoryview(data)[:-1], digest_size=12).hexdigest()


class GraphLines(list):
    """A named graph's sorted N-Quads lines, as handed to a Sink's graph(), with
    their `digest` (graph_digest) already known, so a sink need not hash them again,
    and their `data` (graph_bytes) where the assembly made it (else None), so a
    sink need not encode them again.
    Example: `GraphLines(lines, digest).digest == graph_digest(lines)`."""

    __slots__ = ("digest", "data")

    def __init__(self, lines, digest: str | None = None, data: bytes | None = None):
        super().__init__(lines)
        self.data = data
        self.digest = digest or graph_digest(self, data)
