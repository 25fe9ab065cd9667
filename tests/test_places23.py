"""Session 23, places as written (issue 9): a parent written in brackets after
the place (西岭村（青山镇）), an ordinal unit right after its parent (青山镇一村,
江湾街道三社区), a numbered estate in a city's unit (徐汇区田林十二村 is an
estate, 青山镇联七村 a village), and a bare type word read back as the named
place (在服务站， after X社区党群服务站) that is no second place.  Every fixture
is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

import kg
from kg.extract.place_segments import ordinal_part, segment
from kg.extract.place_parse import parse_at

pytestmark = pytest.mark.fast


def _places(text: str) -> list[tuple[str, str, str | None]]:
    f = kg.build_texts({"a.txt": text}).facts["a.txt"]
    pl = dict(f.places)
    return [(p.name, p.type, pl[p.parent].name if p.parent in pl else None) for p in pl.values()]


def _place(places, name):
    hits = [p for p in places if p[0] == name or (p[0].endswith(name) and p[2] and p[0].startswith(p[2]))]
    assert hits, (name, places)
    return hits[0]


@pytest.mark.parametrize("written, name, parent", [
    ("枫岭村（云台镇）", "枫岭村", "云台镇"),
    ("丰乐社区(柳岸街道)", "丰乐社区", "柳岸街道"),
    ("石榴小区（柳岸街道丰乐社区）", "石榴小区", "丰乐社区"),
])
def test_a_parent_in_brackets_after_the_place_is_its_parent(written, name, parent):
    places = _places(f"5月3日，区长鲁平来到{written}，与居民代表座谈。")
    assert _place(places, name)[2] == parent


def test_a_lower_place_or_a_note_in_brackets_is_no_parent():
    assert parse_at("来到云台镇（枫岭村）", 2).text == "云台镇"
    assert [s.text for s in parse_at("来到枫岭村（云台镇），", 2).segments] == ["云台镇", "枫岭村"]
    assert parse_at("来到枫岭村（原名枫树岭），", 2).text == "枫岭村"


@pytest.mark.parametrize("written, name, type_, parent", [
    # an ordinal unit right after its parent lies in it (ordinal_part)
    ("云台镇三村", "三村", "VillagersCommittee", "云台镇"),
    ("柳岸街道五社区", "五社区", "ResidentsCommittee", "柳岸街道"),
    ("云台镇十二村", "十二村", "VillagersCommittee", "云台镇"),
    # a numbered village word in a city's unit is an estate (place_urban_units.txt); in a town a village
    ("静安区彭浦十二村", "彭浦十二村", "HousingEstate", "静安区"),
    ("柳岸街道汇丰三村", "汇丰三村", "HousingEstate", "柳岸街道"),
    ("云台镇联七村", "联七村", "VillagersCommittee", "云台镇"),
    ("柳岸街道五一村", "五一村", "VillagersCommittee", "柳岸街道"),
])
def test_an_ordinal_or_numbered_unit_is_typed_and_placed(written, name, type_, parent):
    hit = _place(_places(f"5月3日，区长鲁平来到{written}，与居民代表座谈。"), name)
    assert (hit[1], hit[2]) == (type_, parent)
    assert segment(written)[-1].type == type_


def test_an_ordinal_part_is_a_community_level_unit_only():
    assert ordinal_part("二村", "subdistrict") and ordinal_part("第四社区", "district")
    assert not ordinal_part("二镇", "district")  # towns are counted, not ordered
    assert not ordinal_part("八号", "subdistrict")  # an address
    assert not ordinal_part("一村", "community")


@pytest.mark.parametrize("site, ref", [("党群服务站", "服务站"), ("党群服务中心", "服务中心")])
def test_a_bare_type_word_read_back_is_the_named_place(site, ref):
    places = _places(f"5月3日，区长鲁平来到丰乐社区{site}。在{ref}，居民反映停车难。")
    names = [p[0] for p in places]
    assert len(names) == len(set(names)), places
    assert ref not in names
