"""Place shapes of the genre the suffix grammar must read where a visit stands:
names holding a stop word, list items sharing the place named before them,
village groups, facilities named in quotes, a place located in another.

Every fixture is invented for these tests.
"""

from kg.extract.places import parse_list, segment
from tests.extraction import facts_of, visits


def names(text: str) -> list[str]:
    """The places parse_list reads at the start of `text`, as labelled (chain joined)."""
    return [c.text for c in parse_list(text, 0)]


# ------------------------------------------------------------- a stop word inside a name
def test_a_name_word_holding_a_stop_word_does_not_end_the_name():
    # 时 ends a name (来到X时，); 新时代 is a word of the name (place_name_words.txt)
    assert names("白鹭村新时代文明实践站，") == ["白鹭村新时代文明实践站"]
    assert names("青石镇时，") == ["青石镇"]


def test_a_visit_to_a_civilisation_practice_station_keeps_its_name():
    f = facts_of("5月6日，副县长邱明远来到白鹭村新时代文明实践站，与志愿者交流。")
    assert visits(f) == {("邱明远", "新时代文明实践站")}
    assert "白鹭村新时代文明实践站" in next(p for p in f.places.values() if p.name == "新时代文明实践站").alt_labels


# ------------------------------------------------------------- items sharing a parent
def test_numbered_groups_listed_after_the_first_lie_in_its_village():
    assert names("桃源村一组、二组和三组，") == ["桃源村一组", "桃源村二组", "桃源村三组"]


def test_a_generic_facility_listed_after_a_facility_lies_in_its_community():
    assert names("金湖社区长者食堂和日间照料中心，") == ["金湖社区长者食堂", "金湖社区日间照料中心"]


def test_a_listed_item_is_read_in_the_parent_only_when_lower_than_it():
    # a town is no part of a village: the list ends
    assert names("桃源村党群服务中心、镇政府，") == ["桃源村党群服务中心"]


def test_each_listed_group_is_a_stop():
    f = facts_of("5月6日，区长钟若愚先后走访了桃源村一组、二组和三组，察看人居环境整治情况。")
    assert visits(f) == {("钟若愚", "桃源村一组"), ("钟若愚", "桃源村二组"), ("钟若愚", "桃源村三组")}


# ------------------------------------------------------------- village groups (X组)
def test_a_named_group_of_a_village_is_a_place_in_it():
    segs = segment("柳湾村上滩组")
    assert [(s.text, s.level) for s in segs] == [("柳湾村", "community"), ("上滩组", "site")]
    assert names("柳湾村上滩组、下滩组，") == ["柳湾村上滩组", "柳湾村下滩组"]


def test_a_team_is_no_village_group():
    # 组 is a place only right after a village, and with a proper name (place_suffixes.tsv, 5th column)
    assert segment("区人大调研组") is None
    assert segment("检查组") is None
    assert segment("柳湾村工作组") is None


def test_a_villagers_group_written_in_full_is_not_cut_inside_its_type_word():
    assert names("柳湾村第三村民小组，") == ["柳湾村第三村民小组"]


def test_a_stop_at_a_village_group():
    f = facts_of("5月6日，副县长邱明远来到柳湾村上滩组，与村民围坐交流。")
    assert visits(f) == {("邱明远", "上滩组")}
