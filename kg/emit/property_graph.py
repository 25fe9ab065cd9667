"""The union graph seen as a property graph, the way neosemantics (n10s) maps it:
one node per IRI, rdf:type as labels, literal values as properties (the
rdfs:label as `name`), IRI-valued statements as relationships named after
the predicate (gov:holdsPost -> HOLDS_POST).  GraphML and neo4j-admin CSV
are written from this (`property_graph`): every statement, as n10s would.

The naming here (rel_type, property_name, typed_value) is the one mapping
convention of the project: the stores' mapping (kg.stores.mapping) takes it
and adds what an engine with declared tables needs (one label per class
family, typed columns, the ontology's properties only), so a Cypher text
answers alike on the stores and on an export.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import groupby
from typing import Iterable, Iterator

from kg.emit.terms import P, local_name, parse_object, split_terms

LABEL = P.label[1:-1]
TYPE = P.type[1:-1]
# rdf:predicate names a property, not a thing: in a reified statement (a
# report's gov:holdsPost, docs/parser.md) it becomes the statement node's
# `predicate`, the relationship type the property is (`HOLDS_POST`), never a
# relationship to a node standing for the property
PREDICATE = P.predicate[1:-1]


@dataclass
class Node:
    iri: str
    labels: list[str] = field(default_factory=list)
    properties: dict[str, list] = field(default_factory=dict)  # name -> values (str, int)


@dataclass(frozen=True)
class Edge:
    start: str
    end: str
    type: str  # UPPER_SNAKE_CASE


def rel_type(local: str) -> str:
    """A property's local name -> its relationship type, UPPER_SNAKE_CASE as n10s
    and Neo4j name them: `holdsPost` -> `HOLDS_POST`.

    >>> rel_type("visitedPlace")
    'VISITED_PLACE'
    """
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", local).upper()


def relationship_type(predicate: str) -> str:
    """A predicate IRI -> its relationship type (rel_type of its local name)."""
    return rel_type(local_name(predicate))


ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
# the predicates whose (@zh) value is a node's `name`: rdfs:label, and for SKOS concepts skos:prefLabel
NAME_PREDICATES = (LABEL, PREF_LABEL)


def property_name(predicate: str) -> str:
    """The property a literal-valued predicate becomes, in the exports and in the
    stores alike (kg.stores.mapping), so one Cypher text answers on an export
    loaded by neo4j-admin too: rdfs:label and skos:prefLabel are `name`,
    skos:altLabel the list `altLabels`, others their local name.

    >>> property_name("http://www.w3.org/2004/02/skos/core#altLabel")
    'altLabels'
    """
    if predicate in NAME_PREDICATES:
        return "name"
    return "altLabels" if predicate == ALT_LABEL else local_name(predicate)


XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = (XSD + "integer", XSD + "int", XSD + "long")
DATE_TYPE = XSD + "date"


def typed_value(value: str, datatype: str | None):
    """A literal's lexical form -> int (xsd:integer, int, long), datetime.date
    (xsd:date) or the string itself (any other datatype).  Raises ValueError
    when the form is not one of its datatype (`"2025-02-30"^^xsd:date`).

    >>> typed_value("12", "http://www.w3.org/2001/XMLSchema#integer")
    12
    """
    if datatype in INTEGER_TYPES:
        return int(value)
    if datatype == DATE_TYPE:
        return dt.date.fromisoformat(value)
    return value


def _value(value: str, datatype: str | None):
    try:
        return typed_value(value, datatype)
    except ValueError:
        return value  # an export keeps what it cannot type, as text


def walk(lines: Iterable[str]) -> Iterator[tuple[Node, list[Edge]]]:
    """(node, its outgoing edges) per subject, from sorted N-Triples lines.

    Objects that are never subjects (SKOS concepts, say) are not yielded
    here; `property_graph` adds them as bare nodes.  The property a reified
    statement is about (`rdf:predicate gov:holdsPost`) is its `predicate`
    (`HOLDS_POST`), not an edge (see PREDICATE).
    """
    triples = (split_terms(line) for line in lines)
    for subject, group in groupby(triples, key=lambda spo: spo[0]):
        node, edges, names = Node(subject[1:-1]), [], []
        for _, p, o in group:
            predicate = p[1:-1]
            value, _lang, datatype = parse_object(o)
            if predicate == TYPE:
                node.labels.append(local_name(value))
            elif predicate == PREDICATE and datatype == "@id":
                node.properties.setdefault("predicate", []).append(relationship_type(value))
            elif datatype == "@id":
                edges.append(Edge(node.iri, value, relationship_type(predicate)))
            elif predicate in NAME_PREDICATES:
                names.append((value, _lang, datatype))
            else:
                node.properties.setdefault(property_name(predicate), []).append(_value(value, datatype))
        if names:
            node.properties["name"] = [preferred_name(names)]
        yield node, edges


def preferred_name(literals: list[tuple]) -> str | None:
    """A node's one `name` of its (value, language, datatype) labels: the @zh
    label when there is one, else an untagged one, else any; the smallest if
    several (so loads and exports are deterministic).  None for no labels.

    >>> preferred_name([("Drainage", "en", None), ("排水", "zh", None)])
    '排水'
    """
    for wanted in (lambda lang: lang is not None and lang.lower().startswith("zh"), lambda lang: lang is None, lambda lang: True):
        values = [value for value, lang, _ in literals if wanted(lang)]
        if values:
            return min(values)
    return None


def property_graph(lines: Iterable[str], scheme: Iterable[str] = (), families: dict[str, str] | None = None) -> tuple[list[Node], list[Edge]]:
    """Nodes and edges of sorted N-Triples `lines` (the union graph), plus the
    issue scheme's `scheme` lines (any order), so an issue's category is a
    `Concept` node with its name as in the stores, not a bare IRI.

    `families` (class local name -> the stores' label, kg.stores.mapping.schema)
    gives every node the label the stores give it besides its rdf:types, and
    `kind` (its most specific class) where the label is a family's
    (`Subdistrict` -> also `Place`, kind `Subdistrict`), so the query library's
    `(p:Place {kind: …})` answers on an imported export as on the stores.

    >>> nodes, edges = property_graph(['<http://x/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/govkg/ontology#Subdistrict> .'], families={"Subdistrict": "Place"})
    >>> nodes[0].labels, nodes[0].properties["kind"]
    (['Place', 'Subdistrict'], ['Subdistrict'])

    Each node's labels come sorted, once each: every export writes them in that order.
    """
    nodes, edges, seen = [], [], {}
    for node, out in walk(lines):
        nodes.append(node)
        seen[node.iri] = node
        edges.extend(out)
    for node, out in walk(sorted(scheme)):
        if node.iri in seen:  # a scheme term the union also states something of
            seen[node.iri].labels += [x for x in node.labels if x not in seen[node.iri].labels]
            for name, values in node.properties.items():
                seen[node.iri].properties.setdefault(name, values)
        else:
            nodes.append(node)
            seen[node.iri] = node
        edges.extend(out)
    for iri in sorted({e.end for e in edges} - seen.keys()):
        nodes.append(Node(iri, properties={"name": [local_name(iri)]}))
    for node in nodes:
        if families:
            _add_family(node, families)
        # one order for every export: GraphML and neo4j-admin CSV write the same labels alike
        node.labels = sorted(set(node.labels))
    return nodes, edges


def _add_family(node: Node, families: dict[str, str]) -> None:
    """The stores' label and `kind` for `node` (see property_graph)."""
    known = sorted(x for x in node.labels if x in families)
    if not known:
        return
    label = families[known[0]]
    if label not in node.labels:
        node.labels.append(label)
    if any(cls != label and fam == label for cls, fam in families.items()) and "kind" not in node.properties:
        # a family with subclasses keeps the class in `kind`, as kg.stores.mapping does
        node.properties["kind"] = [next((x for x in known if families[x] == label and x != label), label)]
