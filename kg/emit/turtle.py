"""Turtle and TriG from sorted N-Triples / N-Quads lines, streaming.

rdflib's Turtle serialiser holds the whole graph and takes minutes on a
corpus; the lines here arrive sorted (so a subject's statements are
adjacent) and are written as they come: same bytes for the same graph,
memory bounded by one subject.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import groupby
from typing import Iterable, Iterator, TextIO

from kg.emit.terms import P, prefixed, split_terms
from kg.emit.union import TripleLines
from kg.namespaces import PREFIXES
from rdflib.namespace import XSD

_INTEGER = f"^^<{XSD.integer}>"
_TYPED = "^^<"


def prefix_header() -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())) + "\n"


def _object(term: str) -> str:
    if term.startswith("<"):
        return _iri(term)
    if term.endswith(_INTEGER):
        return term[1 : -len(_INTEGER) - 1]
    at = term.rfind(_TYPED)
    if at > 0 and term.endswith(">"):
        return term[:at] + "^^" + prefixed(term[at + 2 :])
    return term


@lru_cache(maxsize=65536)
def _iri(term: str) -> str:
    # object IRIs repeat (classes, shared officials, places, concepts): their prefixed form once
    return prefixed(term)


@lru_cache(maxsize=4096)
def _predicate(term: str) -> str:
    return "a" if term == P.type else prefixed(term)


def _block(subject: str, rows: list[tuple[str, str]], indent: str) -> str:
    """A subject's Turtle block from its (predicate, object) rows, sorted;
    rdf:type comes first, as `a`."""
    typed = [r for r in rows if r[0] == P.type]
    if typed:
        rows = typed + [r for r in rows if r[0] != P.type]
    parts, last = [], None
    for predicate, obj in rows:
        if predicate == last:
            parts[-1] += f",\n{indent}        " + _object(obj)
        else:
            parts.append(_predicate(predicate) + " " + _object(obj))
            last = predicate
    return f"{indent}{prefixed(subject)} " + f" ;\n{indent}    ".join(parts) + " .\n\n"


def subject_blocks(triples: Iterable[tuple[str, str, str]], indent: str = "") -> Iterator[str]:
    """One Turtle block per subject from (s, p, o) sorted by subject, then predicate and object."""
    subject, rows = None, []
    for s, p, o in triples:
        if s != subject:
            if rows:
                yield _block(subject, rows, indent)
            subject, rows = s, []
        rows.append((p, o))
    if rows:
        yield _block(subject, rows, indent)


def write_blocks(lines: Iterable[str], out: TextIO) -> int:
    """N-Triples lines sorted by subject -> Turtle blocks (no header); returns the count.
    A kg.emit.union.TripleLines gives its terms as split already."""
    if isinstance(lines, TripleLines):
        return write_terms(lines.terms, out)
    # a line as read from a file or a serializer keeps its newline; the terms end before it
    return write_terms((split_terms(line.rstrip("\n")) for line in lines), out)


def write_terms(triples: Iterable[tuple[str, str, str]], out: TextIO) -> int:
    """(subject, predicate, object) N-Triples terms sorted by subject -> Turtle blocks
    (no header), as write_blocks; returns the count."""
    count, subject, rows, write = 0, None, [], out.write
    for s, p, o in triples:
        if s != subject:
            if rows:
                write(_block(subject, rows, ""))
                count += len(rows)
            subject, rows = s, []
        rows.append((p, o))
    if rows:
        write(_block(subject, rows, ""))
        count += len(rows)
    return count


def write_turtle(lines: Iterable[str], out: TextIO) -> int:
    """Sorted, unique N-Triples lines -> Turtle; returns the number of triples."""
    out.write(prefix_header())
    return write_blocks(lines, out)


def quad_graph(line: str) -> tuple[str, str]:
    """(graph term, the triple as an N-Triples line) of an N-Quads line with a named graph."""
    body = line[:-2]  # drop " ."
    at = body.rindex(" <")
    return body[at + 1 :], body[:at] + " ."


def write_trig(lines: Iterable[str], out: TextIO) -> int:
    """N-Quads lines sorted by graph, then statement -> TriG."""
    count = 0

    def triples(group):
        nonlocal count
        for _, triple in group:
            count += 1
            yield split_terms(triple)

    out.write(prefix_header())
    for graph, group in groupby(map(quad_graph, lines), key=lambda gl: gl[0]):
        out.write(f"{graph} {{\n")
        for block in subject_blocks(triples(group), indent="    "):
            out.write(block)
        out.write("}\n\n")
    return count
