"""N-Triples terms as plain strings.

The corpus build writes and sorts millions of statements; formatting them as
strings directly is several times faster than building rdflib nodes, and a
line-sorted N-Quads file is already deterministic.  Every term written here
is valid N-Triples, Turtle and TriG alike.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from kg.emit.iri import IRI_FORBIDDEN  # noqa: F401 (defined beside the IRIs: kg.build reads it without rdflib)
from kg.emit.union import split_terms  # noqa: F401 (defined without rdflib: the stores and the page read it)
from kg.namespaces import GOV, OA, PREFIXES
# at module level: rdflib is loaded with its namespaces anyway, and an import
# statement inside to_rdflib cost ~1 s per 100,000 terms of a big page
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

# characters N-Triples needs escaped in a literal; other controls as \uXXXX
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESCAPES.update({chr(c): f"\\u{c:04X}" for c in (*range(0x20), 0x7F) if chr(c) not in _ESCAPES})
_ESCAPE_TABLE = str.maketrans(_ESCAPES)


def iri(value: str) -> str:
    return f"<{value}>"


_NEEDS_ESCAPE = re.compile('[\\\\"\x00-\x1f\x7f]')
_INTEGER = f"^^<{XSD.integer}>"
_DATE = f"^^<{XSD.date}>"


def literal(text: str, lang: str | None = None) -> str:
    if _NEEDS_ESCAPE.search(text):
        text = text.translate(_ESCAPE_TABLE)
    return f'"{text}"@{lang}' if lang else f'"{text}"'


def zh(text: str) -> str:
    return literal(text, "zh")


def integer(value: int) -> str:
    return f'"{int(value)}"{_INTEGER}'


def date(value: dt.date) -> str:
    return f'"{value.isoformat()}"{_DATE}'


def unescape(body: str) -> str:
    """The text of an escaped literal body (between the quotes)."""
    if "\\" not in body:
        return body
    return re.sub(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", _unescape_one, body)


def _unescape_one(m: re.Match) -> str:
    code = m.group(1)
    if code[0] in "uU" and len(code) > 1:
        return chr(int(code[1:], 16))
    return {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}.get(code, code)


class P:
    """Predicates and classes as ready-made N-Triples terms."""

    type = iri(RDF.type)
    label = iri(RDFS.label)
    alt_label = iri(SKOS.altLabel)
    date = iri(DCTERMS.date)
    entity = iri(PROV.Entity)
    derived = iri(PROV.wasDerivedFrom)
    oa_resource = iri(OA.SpecificResource)
    oa_source = iri(OA.hasSource)
    oa_selector = iri(OA.hasSelector)
    oa_position = iri(OA.TextPositionSelector)
    oa_quote = iri(OA.TextQuoteSelector)
    oa_start = iri(OA.start)
    oa_end = iri(OA.end)
    oa_exact = iri(OA.exact)
    statement = iri(RDF.Statement)
    subject = iri(RDF.subject)
    predicate = iri(RDF.predicate)
    object = iri(RDF.object)


@lru_cache(maxsize=None)
def gov(local: str) -> str:
    return iri(GOV[local])


def prefixed(term: str) -> str:
    """An IRI term as a prefixed name when a known vocabulary covers it."""
    m = _VOCAB_TERM.match(term)
    return f"{_PREFIX_OF[m.group(1)]}:{m.group(2)}" if m else term


# longest namespace first, so gov: wins over a shorter one that prefixes it
_PREFIX_OF = {str(ns): p for p, ns in PREFIXES.items()}
_VOCAB_TERM = re.compile(
    "<(" + "|".join(re.escape(ns) for ns in sorted(_PREFIX_OF, key=len, reverse=True)) + r")([A-Za-z_][A-Za-z0-9_\-]*)>\Z"
)


def parse_object(term: str) -> tuple[str, str | None, str | None]:
    """An object term -> (value, language, datatype); an IRI gives (iri, None, None)
    with the datatype `@id`."""
    if term.startswith("<"):
        return term[1:-1], None, "@id"
    end = term.rindex('"')
    value = unescape(term[1:end])
    rest = term[end + 1 :]
    if rest.startswith("@"):
        return value, rest[1:], None
    if rest.startswith("^^<"):
        return value, None, rest[3:-1]
    return value, None, None


def local_name(value: str) -> str:
    """The part of an IRI after its namespace (`…ontology#holdsPost` -> holdsPost)."""
    cut = max(value.rfind("#"), value.rfind("/"))
    return value[cut + 1 :] or value


def to_rdflib(term: str):
    """An N-Triples term this module wrote -> the rdflib term (URIRef, Literal, BNode),
    without a parser: `'"王明"@zh'` -> Literal("王明", lang="zh")."""
    if term.startswith("_:"):
        return BNode(term[2:])
    value, lang, datatype = parse_object(term)
    if datatype == "@id":
        return URIRef(value)
    if datatype:
        return Literal(value, datatype=URIRef(datatype))
    return Literal(value, lang=lang)
