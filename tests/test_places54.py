"""Place-graph faults found by a newcomer (session 54, places54); invented fixtures.

1. A raiser word split by a type word (`有村|民说村`: 村 opens 村民) is no name + type
   (`place_segments.opens_word_at`, the word class `place_type_char_words.txt`), and
   `place_check.check_places` keeps a place another lies in only when that other is kept
   (`holders_of_kept`): a junk place holding only junk is left out with it.
2. A later stop of a tour, of the same level as the place the paragraph is about, lies in
   the area the tour is in (`PlaceRegistry.area_of_sibling`), and a paragraph's county
   (the visitor's post's) gives way to the township the tour is in inside it
   (`visits.VisitReader._holder`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.extract.place_check import check_places
from kg.extract.place_segments import segment
from kg.extract.place_suffixes import PlaceChunk, Segment
from kg.extract.places import PlaceRegistry
from kg.pipeline import Doc, get_component
from kg.read import RawReport

pytestmark = pytest.mark.fast

VISIT = "2024年4月9日，青川县副县长罗振宇到石门镇柳湾村走访。"


def _places(text: str) -> dict[str, str | None]:
    """name -> its parent's name, as the graph gives them."""
    places = kg.build_texts({"a.txt": text}).facts["a.txt"].places
    return {p.name: (places[p.parent].name if p.parent in places else None) for p in places.values()}


@pytest.mark.parametrize("tail", [
    "还有村民说村里水管漏了。",
    "有村民反映村里水管漏了。",
    "也有村民说村里水管漏了。",
], ids=["haiyou", "you", "yeyou"])
def test_a_raiser_after_you_makes_no_place(tail):
    places = _places(VISIT + tail)
    assert set(places) == {"青川县", "石门镇", "柳湾村"}, places
    assert places["柳湾村"] == "石门镇", places


def test_a_type_character_opening_a_raiser_word_ends_no_segment():
    assert [s.text for s in segment("有村民说村")] == ["有村民说村"]
    # a village written before its villagers keeps its own type word
    assert [s.text for s in segment("柳湾村村民服务中心")] == ["柳湾村", "村民服务中心"]
    assert [s.text for s in segment("柳湾村第二村民小组")] == ["柳湾村", "第二村民小组"]


def _doc_through_visits(text: str) -> Doc:
    doc = Doc(raw=RawReport(Path("r.txt"), text, "x", "utf-8"), key="r")
    for name in ("repair", "sentences", "analyse", "dates", "stories", "officials", "visits", "issues"):
        get_component(name).func(doc)
    return doc


def test_a_junk_place_holding_only_junk_is_left_out_with_it():
    # the chain the grammar read before session 54: 还有村 holding 民说村, both a clause
    text = VISIT + "还有村民说村里水管漏了。"
    doc = _doc_through_visits(text)
    at = text.index("还有村民说村")
    chain = PlaceChunk(at, at + 6, (Segment("还有村", "VillagersCommittee", "community"),
                                    Segment("民说村", "VillagersCommittee", "community")))
    leaf = doc.ext.places.add(chain)
    holder = doc.ext.places.nodes[leaf].parent
    used = {v.place for v in doc.ext.visits} | {i.place for i in doc.ext.issues}
    hidden = check_places(doc, used)
    assert {leaf, holder} <= hidden, [doc.ext.places.nodes[p].name for p in hidden]
    kept = {doc.ext.places.nodes[p].name for p in range(len(doc.ext.places.nodes))} - \
        {doc.ext.places.nodes[p].name for p in hidden}
    assert {"石门镇", "柳湾村"} <= kept


TOUR = "{date}平阳县委书记韩立峰到枫林乡走访。在枫林村，村民反映灌溉用水紧张。随后，韩立峰来到桃源村，村民希望修建文化广场。"


@pytest.mark.parametrize("date", ["2024年5月8日，", ""], ids=["dated", "undated"])
def test_a_later_village_lies_in_the_township_of_the_tour(date):
    places = _places(TOUR.format(date=date))
    assert places["枫林村"] == "枫林乡" and places["桃源村"] == "枫林乡", places
    assert places["枫林乡"] == "平阳县", places
    # a later village named with its own township keeps it
    places = _places(TOUR.format(date=date).replace("来到桃源村", "来到青溪镇桃源村"))
    assert places["桃源村"] == "青溪镇" and places["枫林村"] == "枫林乡", places


def test_a_place_read_after_one_of_its_level_lies_in_that_ones_area():
    r = PlaceRegistry()
    village = r.add(PlaceChunk(0, 6, segment("枫林乡枫林村")))
    later = r.add(PlaceChunk(9, 12, segment("桃源村")), village)
    assert r.nodes[later].parent == r.nodes[village].parent
    # after villages of two townships, a village named alone may lie in either
    other = r.add(PlaceChunk(40, 46, segment("青溪镇石门村")))
    assert r.nodes[r.add(PlaceChunk(50, 53, segment("竹坪村")), other)].parent is None
    # a site after a site is left as it was: it may lie inside it
    hall = r.add(PlaceChunk(20, 25, segment("青松卫生院")))
    room = r.add(PlaceChunk(30, 35, segment("桃源养老院")), hall)
    assert r.nodes[room].parent is None
