"""SHACL validation of a govkg graph with pySHACL.

The ontology and the issue scheme are passed as the ontology graph, so
subclass-typed places (gov:HousingEstate) satisfy `sh:class gov:Place` and
issue concepts are known skos:Concepts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Graph

from kg.resources import ontology_dir


@cache
def _shapes() -> Graph:
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


@cache
def _ontology() -> Graph:
    g = Graph()
    for name in ("govkg.ttl", "issues.ttl"):
        g.parse(ontology_dir() / name, format="turtle")
    return g


@dataclass
class Validation:
    conforms: bool
    report: str


def validate(data: Graph) -> Validation:
    from pyshacl import validate as shacl

    conforms, _, text = shacl(
        data, shacl_graph=_shapes(), ont_graph=_ontology(), inference="rdfs", advanced=False, allow_warnings=True
    )
    return Validation(bool(conforms), text)
