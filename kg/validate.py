"""SHACL validation of a govkg graph with pySHACL.

The ontology and the issue scheme are added to the graph being checked, so
subclass-typed places (gov:HousingEstate) satisfy `sh:class gov:Place`
(SHACL follows rdfs:subClassOf in the data) and issue concepts are known
skos:Concepts.  No RDFS inference: it would derive types from property
ranges (anything a visit points at "is" a Place) and let wrong graphs pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from rdflib import Graph

from kg import ontology


@dataclass
class Validation:
    conforms: bool
    report: str


def validate(data: Graph) -> Validation:
    from pyshacl import validate as shacl

    checked = Graph()
    for triple in ontology.vocabulary():
        checked.add(triple)
    for triple in data:
        checked.add(triple)
    conforms, _, text = shacl(checked, shacl_graph=ontology.graph(ontology.SHAPES), inference="none", advanced=False, allow_warnings=True)
    return Validation(bool(conforms), text)
