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
    here; `property_graph` adds them as bare nodes.
    """
    triples = (split_terms(line) for line in lines)
    for subject, group in groupby(triples, key=lambda spo: spo[0]):
        node, edges = Node(subject[1:-1]), []
        for _, p, o in group:
            predicate = p[1:-1]
            value, _lang, datatype = parse_object(o)
            if predicate == TYPE:
                node.labels.append(local_name(value))
            elif datatype == "@id":
                edges.append(Edge(node.iri, value, relationship_type(predicate)))
            else:
                node.properties.setdefault(property_name(predicate), []).append(_value(value, datatype))
        yield node, edges


def property_graph(lines: Iterable[str]) -> tuple[list[Node], list[Edge]]:
    nodes, edges, seen = [], [], set()
    for node, out in walk(lines):
        nodes.append(node)
        seen.add(node.iri)
        edges.extend(out)
    for iri in sorted({e.end for e in edges} - seen):
        nodes.append(Node(iri, properties={"name": [local_name(iri)]}))
    return nodes, edges
