"""The union graph seen as a property graph, the way neosemantics (n10s) maps it:
one node per IRI, rdf:type as labels, literal values as properties (the
rdfs:label as `name`), IRI-valued statements as relationships named after
the predicate (gov:holdsPost -> HOLDS_POST).  GraphML and neo4j-admin CSV
are written from this.
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


def relationship_type(predicate: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", local_name(predicate)).upper()


ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"


def property_name(predicate: str) -> str:
    """The property a literal-valued predicate becomes: rdfs:label is `name`,
    skos:altLabel the list `altLabels` (as the stores name it,
    kg/stores/mapping.py, so one Cypher text answers on an export loaded by
    neo4j-admin too), others their local name.

    >>> property_name("http://www.w3.org/2004/02/skos/core#altLabel")
    'altLabels'
    """
    if predicate == LABEL:
        return "name"
    return "altLabels" if predicate == ALT_LABEL else local_name(predicate)


def _value(value: str, datatype: str | None):
    if datatype and datatype.endswith(("#integer", "#int", "#long")):
        return int(value)
    if datatype and datatype.endswith("#date"):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


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
