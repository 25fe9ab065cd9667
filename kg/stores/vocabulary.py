"""Terms a SPARQL query uses from govkg's own namespaces that match nothing:
terms govkg never defines, and defined terms in a place their kind never stands.

A misspelt predicate (`gov:holdPost` for `gov:holdsPost`) is valid SPARQL: every
store runs it and answers "0 rows", which reads as "no such facts".  govkg alone
writes the `gov:` and `issue:` namespaces, so a term there that the ontology
(`ontology/govkg.ttl`) and the issue scheme (`ontology/issues.ttl`) do not define
matches nothing in any govkg store.  Nor does a defined term of the wrong kind:
a class as a predicate (`?v gov:Post ?p`, spelt exactly), a property or a
scheme concept as the object of `a`.  `kg query` warns about both before running.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.namespaces import GOV, ISSUE, PREFIXES
from kg.stores.sparql_text import DECLARED, code_of
from kg.stores.spelling import distance, nearest

OWN = (str(GOV), str(ISSUE))
# a prefixed name (SPARQL 1.1 PNAME_LN), not a variable's (?x), blank node's (_:b) or language tag's part
_PNAME = re.compile(r"(?<![\w.:?$@<-])((?:[^\W\d_][\w.-]*)?):([^\W\d][\w.-]*|\d[\w.-]*)")
_IRI = re.compile(r"<([^<>\s\"{}|^`]*)>")
# the tokens of a query's triple patterns (kg.stores.vocabulary._slots), strings written as 0; a number
# needs a digit (a lone `.` ends a triple, it is no term)
_TOKEN = re.compile(r"""(?P<term><[^<>\s"{}|^`]*>|[?$]\w+|(?<![\w.:?$@<-])(?:[^\W\d_][\w.-]*)?:(?:[^\W\d][\w.-]*|\d[\w.-]*)|[+-]?\.?\d[\w.+-]*)"""
                    r"""|(?P<punct>[{}().;,\[\]])|(?P<word>[^\s{}().;,\[\]<]+)""")
_TYPE = ("a", "rdf:type", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>")


@dataclass(frozen=True)
class Unknown:
    """A term of the query (`written`, as the user wrote it; `iri`, expanded) that
    matches nothing, and the defined term likeliest meant (`suggestion`,
    written with the same prefix, or None).  `kind` is None for a term govkg
    does not define; for a defined term in the wrong place it is what the term
    is ("class", "property" or "concept") and `wanted` what its place needs
    ("property" or "class")."""

    written: str
    iri: str
    suggestion: str | None
    kind: str | None = None
    wanted: str | None = None


@cache
def defined() -> frozenset[str]:
    """The IRIs the ontology and the issue scheme define (subjects of their triples)
    in govkg's namespaces: classes, properties and the scheme's concepts."""
    from rdflib import URIRef

    from kg.ontology import vocabulary

    return frozenset(str(s) for s in vocabulary().subjects() if isinstance(s, URIRef) and str(s).startswith(OWN))


@dataclass(frozen=True)
class _Term:
    kind: str  # "class", "property" or "other" (the scheme's concepts)
    domain: str | None = None
    range: str | None = None


@cache
def _terms() -> dict[str, _Term]:
    """Each defined IRI (defined()) with its kind, and a property's domain and range."""
    from rdflib import OWL, RDF, RDFS, URIRef

    from kg.ontology import vocabulary

    graph = vocabulary()
    found = {}
    for iri in defined():
        node = URIRef(iri)
        types = set(graph.objects(node, RDF.type))
        kind = ("class" if types & {OWL.Class, RDFS.Class} else
                "property" if types & {RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty} else "other")
        domain, range_ = graph.value(node, RDFS.domain), graph.value(node, RDFS.range)
        found[iri] = _Term(kind, domain and str(domain), range_ and str(range_))
    return found


def unknown_terms(text: str) -> list[Unknown]:
    """The terms of SPARQL `text` in govkg's namespaces that match nothing, once
    each, in order of use: those govkg does not define, and defined ones of a
    kind their place never holds (a class or concept as a predicate, a property
    or concept as the object of `a`; Unknown.kind says which).  Prefixes are the query's own declarations, else
    govkg's (kg.namespaces.PREFIXES); strings and comments are skipped.  Each
    comes with the defined term likeliest meant (_suggestion): of the kind its
    place in a triple wants (a property as a predicate, a class after `a`),
    nearest in edit distance.

    Raises nothing: text that is not SPARQL gives whatever terms it seems to hold,
    and the store's parser reports the rest.

    >>> [(u.written, u.suggestion) for u in unknown_terms("SELECT ?p { ?o gov:holdPost ?p } # gov:nothing")]
    [('gov:holdPost', 'gov:holdsPost')]
    >>> unknown_terms('SELECT ?o { ?o gov:holdsPost ?p ; rdfs:label "gov:x" }')
    []
    >>> [u.suggestion for u in unknown_terms("SELECT * { ?v a gov:Visit ; gov:official ?o ; gov:place ?p }")]
    ['gov:visitor', 'gov:visitedPlace']
    >>> [(u.written, u.kind, u.suggestion) for u in unknown_terms("SELECT * { ?o gov:Post ?p ; a gov:visitor }")]
    [('gov:Post', 'class', 'gov:holdsPost'), ('gov:visitor', 'property', 'gov:Official')]
    """
    code = code_of(text, keep_iris=True, string="0")  # an IRI may hold a #; a string is an object
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    prefixes.update({(m.group(1) or ""): m.group(2) for m in DECLARED.finditer(code) if m.group(2) is not None})
    declaration = {m.start(2) for m in DECLARED.finditer(code) if m.group(2) is not None}

    def expand(written: str) -> str | None:
        if written.startswith("<"):
            return written[1:-1]
        prefix, _, local = written.partition(":")
        return prefixes[prefix] + local.rstrip(".") if prefix in prefixes else None

    slots, typed = _slots(code)
    classes: dict[str, set[str]] = {}
    for subject, written in typed:
        if (iri := expand(written)) is not None:
            classes.setdefault(subject, set()).add(iri)
    found: dict[str, Unknown] = {}
    for m in _PNAME.finditer(code):
        ns = prefixes.get(m.group(1))
        local = m.group(2).rstrip(".")  # a name never ends with a dot: `gov:x .` and `gov:x.` are the same
        if ns is not None:
            slot, subject = slots.get(m.start(), ("other", None))
            _note(found, f"{m.group(1)}:{local}", ns + local, m.group(1), slot, classes.get(subject, set()))
    for m in _IRI.finditer(code):
        if m.start(1) not in declaration:
            slot, subject = slots.get(m.start(), ("other", None))
            _note(found, m.group(0), m.group(1), None, slot, classes.get(subject, set()))
    return list(found.values())


def _slots(code: str) -> tuple[dict[int, tuple[str, str | None]], list[tuple[str, str]]]:
    """Where each term of a query's triple patterns stands: offset -> (slot,
    subject as written), the slot "predicate", "class" (the object of `a`) or
    "other"; and the (subject, class) pairs the query types (`?v a gov:Visit`).
    Read as the grammar's triples go (subject, predicate, object; `;` another
    predicate, `,` another object, `.` or a brace a new subject); expressions in
    parentheses (FILTER, BIND) and VALUES blocks hold no triple.

    >>> q = "SELECT * { ?v a gov:Visit ; gov:x ?o , gov:z . FILTER(gov:y(?o)) }"
    >>> slots, typed = _slots(q)
    >>> [(q[i:i + 5], slot) for i, (slot, _) in sorted(slots.items()) if q.startswith("gov:", i)], typed
    ([('gov:V', 'class'), ('gov:x', 'predicate'), ('gov:z', 'other'), ('gov:y', 'other')], [('?v', 'gov:Visit')])
    """
    slots: dict[int, tuple[str, str | None]] = {}
    typed: list[tuple[str, str]] = []
    state, subject, predicate = "subject", None, None
    stack: list[tuple[str | None, str | None]] = []  # [ … ] blank nodes: the triple they stand in
    depth = braces = 0
    values = None  # the brace depth a VALUES block opened at
    for m in _TOKEN.finditer(code):
        token = m.group(0)
        if m.group("term") and token.endswith(".") and ":" in token:
            token = token.rstrip(".")  # `gov:x.`: the dot ends the triple
        if depth or values is not None:
            if m.group("term"):
                slots[m.start()] = ("other", None)
        elif m.group("term") or token == "a":
            if state == "subject":
                subject, state = token, "predicate"
                slots[m.start()] = ("other", subject)
            elif state == "predicate":
                predicate, state = token, "object"
                slots[m.start()] = ("predicate", subject)
            else:
                is_class = state == "object" and predicate in _TYPE
                if is_class and subject:
                    typed.append((subject, token))
                slots[m.start()] = ("class" if is_class else "other", subject)
                state = "after"
        elif token == "[":
            stack.append((subject, predicate))
            subject, state = None, "predicate"
        elif token == "]" and stack:
            subject, predicate = stack.pop()
            state = "after"
        elif token == ";":
            state = "predicate"
        elif token == ",":
            state = "object"
        elif token in ".{}":
            state, subject = "subject", None
        elif m.group("word"):
            state, subject = "subject", None  # a keyword (OPTIONAL, FILTER, UNION…)
            if token.upper() == "VALUES":
                values = braces
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif token == "{":
            braces += 1
        elif token == "}":
            braces -= 1
            if values is not None and braces <= values:
                values = None
        if m.group("term") and token != m.group(0) and not (depth or values is not None):
            state, subject = "subject", None  # the dot after `gov:x.`
    return slots, typed


def _note(found: dict[str, Unknown], written: str, iri: str, prefix: str | None, slot: str = "other",
          classes: set[str] = frozenset()) -> None:
    ns = next((n for n in OWN if iri.startswith(n)), None)
    if ns is None or iri == ns or written in found:
        return
    kind = wanted = None
    if iri in defined():
        kind = {"other": "concept"}.get(_terms()[iri].kind, _terms()[iri].kind)
        wanted = {"predicate": "property", "class": "class"}.get(slot)
        if wanted is None or kind == wanted:
            return  # defined, and in a place its kind may stand
    close = _suggestion(iri[len(ns):], ns, slot, classes)
    suggestion = None
    if close and ns + close != iri:
        suggestion = f"{prefix}:{close}" if prefix is not None else f"<{ns}{close}>"
    found[written] = Unknown(written, iri, suggestion, kind, wanted)


def _suggestion(local: str, ns: str, slot: str, classes: set[str]) -> str | None:
    """The local name of the defined term of namespace `ns` likeliest meant by
    `local`, or None.  A predicate wants a property, the object of `a` a
    class, other places any term.  A class's name as a predicate
    (`?v gov:official ?o`) means the property leading to that class from
    the subject's class when the query types the subject (gov:visitor, from a
    gov:Visit), else from any; a property's name as a class (`?o a gov:visitor`)
    means the class of its range.  Otherwise the nearest of the kind wanted, by
    edit distance ignoring letter case, then counting it; none farther than
    a third of the name's letters (at least 2).

    >>> _suggestion("visted", str(GOV), "predicate", set()), _suggestion("official", str(GOV), "class", set())
    ('visited', 'Official')
    >>> _suggestion("place", str(GOV), "predicate", {str(GOV) + "Visit"}), _suggestion("nothingLikeIt", str(GOV), "other", set())
    ('visitedPlace', None)
    """
    terms = {iri[len(ns):]: term for iri, term in _terms().items() if iri.startswith(ns)}
    want = {"predicate": "property", "class": "class"}.get(slot)
    pool = [name for name, term in terms.items() if want is None or term.kind == want]
    if slot == "class" and local in terms and terms[local].kind == "property" and (terms[local].range or "").startswith(ns):
        return terms[local].range[len(ns):]  # `?o a gov:visitor`: what a visitor is
    if slot == "predicate":
        named = next((name for name, term in terms.items() if term.kind == "class" and name.lower() == local.lower()), None)
        leading = [name for name in pool if named and terms[name].range == ns + named]
        if leading:
            return min(leading, key=lambda name: (terms[name].domain not in classes, distance(local.lower(), name.lower()), name))
    return nearest(local, pool)


def warning(text: str) -> str | None:
    """One line naming the terms of `text` that match nothing (unknown_terms)
    and what they may have meant, or None when there are none: the undefined
    ones first, then each defined one in the wrong place, with what it is.

    >>> warning("SELECT * { ?o gov:visted ?p }")
    'gov:visted is not a term of the govkg ontology or issue scheme, so nothing matches it (did you mean gov:visited?)'
    >>> warning("SELECT * { ?o gov:Post ?p }")
    'gov:Post is a class, not a property: as a predicate it matches nothing (did you mean gov:holdsPost?)'
    """
    terms = unknown_terms(text)
    if not terms:
        return None
    said = []
    undefined = [t for t in terms if t.kind is None]
    if undefined:
        parts = [t.written + _meant(t) for t in undefined]
        verb = "is not a term" if len(parts) == 1 else "are not terms"
        head, _, tail = parts[0].partition(" (")
        if len(parts) == 1:
            said.append(f"{head} {verb} of the govkg ontology or issue scheme, so nothing matches it" + (f" ({tail}" if tail else ""))
        else:
            said.append(f"{', '.join(parts)} {verb} of the govkg ontology or issue scheme, so nothing matches them")
    for t in terms:
        if t.kind is not None:
            place = "as a predicate" if t.wanted == "property" else "as the object of `a` (rdf:type)"
            said.append(f"{t.written} is a {t.kind}, not a {t.wanted}: {place} it matches nothing{_meant(t)}")
    return "; ".join(said)


def _meant(term: Unknown) -> str:
    return f" (did you mean {term.suggestion}?)" if term.suggestion else ""
