"""Terms a SPARQL query uses from govkg's own namespaces that govkg never defines.

A misspelt predicate (`gov:holdPost` for `gov:holdsPost`) is valid SPARQL: every
store runs it and answers "0 rows", which reads as "no such facts".  govkg alone
writes the `gov:` and `issue:` namespaces, so a term there that the ontology
(`ontology/govkg.ttl`) and the issue scheme (`ontology/issues.ttl`) do not define
matches nothing in any govkg store; `kg query` warns about it before running.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache

from kg.namespaces import GOV, ISSUE, PREFIXES

OWN = (str(GOV), str(ISSUE))
# strings and comments hold no terms; IRIs in <…> are kept (a term may be written in full)
_SKIP = re.compile(r"""(<[^<>\s"{}|^`]*>)|'{3}.*?'{3}|"{3}.*?"{3}|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\#[^\n]*""", re.DOTALL)
_DECLARED = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:\s*<([^<>\s]*)>")
# a prefixed name (SPARQL 1.1 PNAME_LN), not a variable's (?x), blank node's (_:b) or language tag's part
_PNAME = re.compile(r"(?<![\w.:?$@<-])((?:[^\W\d_][\w.-]*)?):([^\W\d][\w.-]*|\d[\w.-]*)")
_IRI = re.compile(r"<([^<>\s\"{}|^`]*)>")


@dataclass(frozen=True)
class Unknown:
    """A term of the query (`written`, as the user wrote it; `iri`, expanded) that
    govkg does not define, and the defined term closest to it (`suggestion`,
    written with the same prefix, or None)."""

    written: str
    iri: str
    suggestion: str | None


@cache
def defined() -> frozenset[str]:
    """The IRIs the ontology and the issue scheme define (subjects of their triples)
    in govkg's namespaces: classes, properties and the scheme's concepts."""
    from rdflib import URIRef

    from kg.ontology import vocabulary

    return frozenset(str(s) for s in vocabulary().subjects() if isinstance(s, URIRef) and str(s).startswith(OWN))


def unknown_terms(text: str) -> list[Unknown]:
    """The terms of SPARQL `text` in govkg's namespaces that govkg does not define,
    once each, in order of use.  Prefixes are the query's own declarations, else
    govkg's (kg.namespaces.PREFIXES); strings and comments are skipped.

    Raises nothing: text that is not SPARQL gives whatever terms it seems to hold,
    and the store's parser reports the rest.

    >>> [(u.written, u.suggestion) for u in unknown_terms("SELECT ?p { ?o gov:holdPost ?p } # gov:nothing")]
    [('gov:holdPost', 'gov:holdsPost')]
    >>> unknown_terms('SELECT ?o { ?o gov:holdsPost ?p ; rdfs:label "gov:x" }')
    []
    """
    code = _SKIP.sub(lambda m: m.group(1) or " ", text)  # an IRI may hold a #
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    prefixes.update({(m.group(1) or ""): m.group(2) for m in _DECLARED.finditer(code)})
    declaration = {m.start(2) for m in _DECLARED.finditer(code)}
    found: dict[str, Unknown] = {}
    for m in _PNAME.finditer(code):
        ns = prefixes.get(m.group(1))
        local = m.group(2).rstrip(".")  # a name never ends with a dot: `gov:x .` and `gov:x.` are the same
        if ns is not None:
            _note(found, f"{m.group(1)}:{local}", ns + local, m.group(1))
    for m in _IRI.finditer(code):
        if m.start(1) not in declaration:
            _note(found, m.group(0), m.group(1), None)
    return list(found.values())


def _note(found: dict[str, Unknown], written: str, iri: str, prefix: str | None) -> None:
    ns = next((n for n in OWN if iri.startswith(n)), None)
    if ns is None or iri == ns or iri in defined() or written in found:
        return
    names = [d[len(ns):] for d in defined() if d.startswith(ns)]
    close = difflib.get_close_matches(iri[len(ns):], names, n=1, cutoff=0.75)
    suggestion = None
    if close:
        suggestion = f"{prefix}:{close[0]}" if prefix is not None else f"<{ns}{close[0]}>"
    found[written] = Unknown(written, iri, suggestion)


def warning(text: str) -> str | None:
    """One line naming the unknown terms of `text` (unknown_terms) and what they
    may have meant, or None when there are none.

    >>> warning("SELECT * { ?o gov:visted ?p }")
    'gov:visted is not a term of the govkg ontology or issue scheme, so nothing matches it (did you mean gov:visited?)'
    """
    terms = unknown_terms(text)
    if not terms:
        return None
    parts = [t.written + (f" (did you mean {t.suggestion}?)" if t.suggestion else "") for t in terms]
    verb = "is not a term" if len(terms) == 1 else "are not terms"
    head, _, tail = parts[0].partition(" (")
    if len(parts) == 1:
        return f"{head} {verb} of the govkg ontology or issue scheme, so nothing matches it" + (f" ({tail}" if tail else "")
    return f"{', '.join(parts)} {verb} of the govkg ontology or issue scheme, so nothing matches them"
