"""The union graph's statements as the assembly hands them to its outputs: N-Triples
lines and their terms, split once for every output.

Each output that reads statements (the property-graph mapping, the page's
term index, the Turtle writer) used to split every line itself; with
`TripleLines` the first to ask splits them (`terms`) and the others reuse
it.  A module of its own (and outside the extractor's fingerprint) so the
stores and views need not import the assembly.
"""

from __future__ import annotations

import sys
from typing import Iterable


def split_terms(line: str) -> tuple[str, str, str]:
    """(subject, predicate, object) of an N-Triples line govkg wrote.

    Subjects and predicates are IRIs without spaces, so the first two spaces
    separate them; the object is everything up to the final ` .` (and the
    graph term, for a quad, is stripped by the caller).
    Example: `split_terms('<a> <b> "x y"@zh .')` -> `('<a>', '<b>', '"x y"@zh')`.
    """
    s, p, rest = line.split(" ", 2)
    return s, p, rest[:-2] if rest.endswith(" .") else rest


def line_terms(line: str) -> tuple[str, str, str]:
    """(subject, predicate, object) of an N-Triples line govkg wrote
    (`split_terms`), IRIs interned: the same officials, places, predicates and
    classes recur in every report, and each output keys its dicts by them.
    Example: `line_terms('<a> <b> "x"@zh .')` -> `('<a>', '<b>', '"x"@zh')`."""
    s, p, o = split_terms(line)
    intern = sys.intern
    return intern(s), intern(p), intern(o) if o[0] == "<" else o


class TripleLines(list):
    """N-Triples lines (a list, as a Sink's triples() takes them) whose terms are
    split once, when first asked for (`terms`), or given by whoever made the
    lines.  Example: `TripleLines(['<a> <b> <c> .']).terms == [('<a>', '<b>', '<c>')]`."""

    __slots__ = ("_terms",)

    def __init__(self, lines: Iterable[str] = (), terms: list[tuple[str, str, str]] | None = None):
        super().__init__(lines)
        self._terms = terms

    @property
    def terms(self) -> list[tuple[str, str, str]]:
        """(subject, predicate, object) of each line, in order (line_terms)."""
        if self._terms is None:
            self._terms = list(map(line_terms, self))
        return self._terms


def terms_of(lines: Iterable[str]) -> list[tuple[str, str, str]] | Iterable[tuple[str, str, str]]:
    """The terms of N-Triples lines: those a TripleLines already holds, else split now.
    Example: `list(terms_of(['<a> <b> <c> .']))` -> `[('<a>', '<b>', '<c>')]`."""
    if isinstance(lines, TripleLines):
        return lines.terms
    return map(line_terms, lines)
