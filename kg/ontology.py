"""The ontology files as rdflib graphs, parsed once per process."""

from __future__ import annotations

from functools import cache

from rdflib import Graph

from kg.resources import ontology_dir

ONTOLOGY = "govkg.ttl"
ISSUE_SCHEME = "issues.ttl"
SHAPES = "shapes.ttl"


@cache
def graph(*names: str) -> Graph:
    """The union of the named files in ontology/ (callers must not modify it)."""
    g = Graph()
    for name in names:
        g.parse(ontology_dir() / name, format="turtle")
    return g


def vocabulary() -> Graph:
    """The OWL ontology and the SKOS issue scheme together."""
    return graph(ONTOLOGY, ISSUE_SCHEME)
