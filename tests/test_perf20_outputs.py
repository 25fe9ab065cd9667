"""Session 20: the page's term index tests each predicate once (not per
statement); what it keeps is what the per-statement test kept, and the
mapper reads the same lines as before.  Fixtures invented."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from kg.stores.mapping import Mapper
from kg.views.model import TermIndex, _Unparsed

G = "https://example.org/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
OA = "http://www.w3.org/ns/oa#"
LINES = [
    f'<{G}official/lin-an> {RDF_TYPE} <https://w3id.org/govkg/ontology#Official> .',
    f'<{G}span/1> {RDF_TYPE} <{OA}TextPositionSelector> .',  # a Web Annotation type: skipped
    f'<{G}official/lin-an> <http://www.w3.org/2000/01/rdf-schema#label> "林安"@zh .',
    f'<{G}visit/v1> {RDF_TYPE} <https://w3id.org/govkg/ontology#Visit> .',
    f'<{G}visit/v1> <https://w3id.org/govkg/ontology#visitor> <{G}official/lin-an> .',
    f'<{G}visit/v1> <https://w3id.org/govkg/ontology#evidenceStart> "12"^^<http://www.w3.org/2001/XMLSchema#integer> .',
    f'<{G}span/1> <{OA}exact> "林安"@zh .',  # an OA predicate: skipped
    f'<{G}visit/v1> <https://w3id.org/govkg/ontology#evidence> "林安来到青石社区。"@zh .',
    f'<{G}visit/v1> <https://w3id.org/govkg/ontology#evidence> "林安看望老人。"@zh .',
    f'<{G}visit/v1> <https://w3id.org/govkg/ontology#evidence> "林安召开座谈会。"@zh .',
]


@pytest.mark.fast
def test_the_term_index_keeps_what_the_view_reads_and_skips_the_rest():
    index = TermIndex()
    index.add_lines(LINES)
    index.add_lines(LINES[:1])  # a statement again: its object is listed again, as before
    typed = index.index[URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")]
    assert list(typed) == [URIRef(f"{G}official/lin-an"), URIRef(f"{G}visit/v1")]  # no selector
    assert URIRef(f"{OA}exact") not in index.index
    assert URIRef("https://w3id.org/govkg/ontology#evidenceStart") not in index.index
    evidence = index.index[URIRef("https://w3id.org/govkg/ontology#evidence")][URIRef(f"{G}visit/v1")]
    assert all(type(e) is _Unparsed for e in evidence) and len(evidence) == 3
    assert index.found(URIRef(f"{G}visit/v1"), URIRef("https://w3id.org/govkg/ontology#evidence"))[0] == Literal("林安来到青石社区。", lang="zh")
    # the same terms an rdflib Graph of the kept statements gives
    graph = Graph().parse(data="\n".join(line for line in LINES if "oa#" not in line and "evidenceStart" not in line), format="nt")
    parsed = TermIndex.of_graph(graph)
    assert {p: set(by) for p, by in index.index.items()} == {p: set(by) for p, by in parsed.index.items()}


@pytest.mark.fast
def test_the_mapper_counts_unmapped_predicates_as_it_maps_the_rest():
    mapper = Mapper()
    mapper.add_lines(LINES + LINES[4:5])
    assert mapper.links == {(f"{G}visit/v1", "https://w3id.org/govkg/ontology#visitor", f"{G}official/lin-an")}
    assert dict(mapper.types) == {f"{G}official/lin-an": {"https://w3id.org/govkg/ontology#Official"},
                                  f"{G}visit/v1": {"https://w3id.org/govkg/ontology#Visit"}}
    assert mapper.skipped[f"{OA}exact"] == 1
