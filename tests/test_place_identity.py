"""A place is its core name AND its kind (kg/lexicons/place_kinds.tsv): a town,
a township, a subdistrict and an industrial park of one name are four places,
a village and a residents' committee of one name two; one kind written with
different type words (社区 / 居委会 / 居民区), or a site written with and
without its type word, is one place.  Built with the real pipeline and linker."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS

import kg
from kg.namespaces import GOV

# in-process and quick: part of the fast subset, so emptying place_kinds.tsv fails it (scripts/knockout.sh)
pytestmark = pytest.mark.fast

PLACE_TYPES = ("District", "Subdistrict", "ResidentsCommittee", "HousingEstate", "Facility", "Venue", "Enterprise")


def _labelled(built, core: str) -> dict[str, set[str]]:
    """Label -> the types (local names) of the place nodes labelled with `core` in it, over the whole dataset."""
    graph = built.dataset
    found: dict[str, set[str]] = {}
    for type_ in PLACE_TYPES:
        for node in graph.subjects(RDF.type, GOV[type_]):
            for label in graph.objects(node, RDFS.label):
                if core in str(label):
                    found.setdefault(str(label), set()).add(type_)
    return found


def test_town_township_subdistrict_and_park_of_one_name_stay_four_places_across_reports():
    texts = {
        "a.txt": "2024年5月6日，区长罗静怡来到碧溪镇，察看春耕备耕情况。",
        "b.txt": "2024年5月7日，副区长唐思远来到碧溪乡，走访慰问困难群众。",
        "c.txt": "2024年5月8日，区委书记顾长河来到平江区碧溪街道，调研基层治理工作。",
        "d.txt": "2024年5月9日，副区长许若彤来到碧溪园区，察看企业复工复产情况。",
        "e.txt": "2024年5月10日，区长罗静怡再次来到碧溪镇人民政府，听取工作汇报。",
    }
    built = kg.build_texts(texts)
    assert built.failures == []
    places = _labelled(built, "碧溪")
    assert set(places) == {"碧溪镇", "碧溪乡", "碧溪街道", "碧溪园区"}, places
    assert places["碧溪园区"] == {"Venue"} and places["碧溪街道"] == {"Subdistrict"}
    # the town's two reports (碧溪镇, 碧溪镇人民政府) are one node with two visits
    graph = built.dataset
    (town,) = [s for s in graph.subjects(RDFS.label, None) if str(graph.value(s, RDFS.label)) == "碧溪镇"
               and (s, RDF.type, GOV.Subdistrict) in graph]
    assert len(set(graph.subjects(GOV.visitedPlace, town))) == 2


def test_village_and_community_of_one_name_are_two_places_and_two_visits():
    text = "2024年6月3日，副区长唐思远来到柳塘村和柳塘社区，察看防汛准备工作。"
    facts = kg.build_texts({"a.txt": text}).facts["a.txt"]
    names = sorted(p.name for p in facts.places.values() if "柳塘" in p.name)
    assert names == ["柳塘村", "柳塘社区"]
    visited = sorted(facts.places[v.place].name for v in facts.visits)
    assert visited == ["柳塘村", "柳塘社区"]


@pytest.mark.parametrize("text, core, written", [
    # a community written again as its committee (社区, then 居委会): one kind, one place
    ("2024年6月4日，区委书记顾长河来到枫桥街道桂溪社区，察看老旧小区改造。在桂溪居委会，顾长河与居民代表座谈，听取意见建议。",
     "桂溪", {"桂溪社区", "桂溪居委会"}),
    # an estate written again without its type word (小区)
    ("2024年6月5日，副区长许若彤来到枫桥街道云杉家园小区，察看加装电梯进展。随后，许若彤在云杉家园听取居民意见。",
     "云杉", {"云杉家园小区", "云杉家园"}),
], ids=["community-as-committee", "estate-without-type-word"])
def test_one_place_written_two_ways_stays_one_place(text, core, written):
    facts = kg.build_texts({"a.txt": text}).facts["a.txt"]
    found = [p for p in facts.places.values() if core in p.name]
    assert len(found) == 1, [p.name for p in found]
    assert written <= found[0].alt_labels | {found[0].name}
    assert {v.place for v in facts.visits} == {found[0].key}
