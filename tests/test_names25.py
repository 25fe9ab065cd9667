"""NAMES25: a unit's type word written again to open its organ or facility
(城关镇镇政府, 柳河镇镇卫生院, 柳河镇镇党委), and a unit's parts named by number or
side (5号网格, 东片区).  Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, parent_name, posts, visits


def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


def visit_of(place_words: str, lead: str = "副县长赵立新") -> tuple[set[tuple[str, str]], object]:
    facts = facts_of(f"6月12日，{lead}来到{place_words}，调研基层治理工作。\n")
    return visits(facts), facts


@pytest.mark.fast
@pytest.mark.parametrize(
    "written, place",
    [
        ("城关镇镇政府", "城关镇"),
        ("白沙乡乡政府", "白沙乡"),
        ("石桥镇镇人民政府", "石桥镇"),
        ("江湾街道街道办事处", "江湾街道"),
        ("柳河镇镇党委", "柳河镇"),
    ],
)
def test_an_organ_after_a_doubled_type_word_stands_for_the_unit(written, place):
    found, facts = visit_of(written)
    assert found == {("赵立新", place)}
    assert not any(n.endswith(place[-1] * 2) for n in place_names(facts))


@pytest.mark.fast
@pytest.mark.parametrize("written, town", [("柳河镇镇卫生院", "柳河镇"), ("青峰乡乡卫生院", "青峰乡")])
def test_a_units_own_facility_after_a_doubled_type_word_is_inside_the_unit(written, town):
    found, facts = visit_of(written)
    assert found == {("赵立新", written)}
    assert parent_name(facts, written) == town


@pytest.mark.fast
@pytest.mark.parametrize("written, town", [("城关镇镇东村", "城关镇"), ("青山市市民中心", "青山市")])
def test_a_name_opening_with_the_repeated_type_word_is_a_place_inside(written, town):
    # precision: the repeat opens a name of its own here, no organ
    found, facts = visit_of(written)
    assert found == {("赵立新", written)}
    assert parent_name(facts, written) == town


@pytest.mark.fast
def test_a_one_character_name_keeps_its_doubled_type_word():
    found, _ = visit_of("西村村委会")
    assert found == {("赵立新", "西村")}


@pytest.mark.fast
@pytest.mark.parametrize(
    "written, unit",
    [
        ("新华社区5号网格", "新华社区"),
        ("柳林村第三网格", "柳林村"),
        ("江湾街道东片区", "江湾街道"),
        ("梅园社区12号网格", "梅园社区"),
        ("北塘街道南片区", "北塘街道"),
    ],
)
def test_a_numbered_or_sided_part_of_a_unit_is_one_site_inside_it(written, unit):
    found, facts = visit_of(written, "区长钱卫东")
    assert found == {("钱卫东", written)}
    assert parent_name(facts, written) == unit


@pytest.mark.fast
def test_two_sides_of_a_subdistrict_listed_are_two_sites():
    found, _ = visit_of("北塘街道北片区和西片区", "区长钱卫东")
    assert found == {("钱卫东", "北塘街道北片区"), ("钱卫东", "北塘街道西片区")}


@pytest.mark.fast
@pytest.mark.parametrize("tail", ["，与网格员座谈", "，了解网格化管理情况"])
def test_grid_words_with_no_number_name_no_site(tail):
    # precision: 网格员, 网格化 open no place after the community
    facts = facts_of(f"6月12日，区长钱卫东来到梅园社区{tail}。\n")
    assert visits(facts) == {("钱卫东", "梅园社区")}
    assert not any("网格" in n for n in place_names(facts))


VISIT = "6月12日，县长柯明远来到松岭社区。"


@pytest.mark.fast
@pytest.mark.parametrize("frame", ["调研过程中", "座谈中", "走访期间", "检查时", "视察过程中"])
def test_a_post_never_runs_back_over_an_adverbial_of_time(frame):
    # the locative (中, 期间, 时) closes an adverbial, the post starts after it
    facts = facts_of(f"{VISIT}{frame}副镇长罗佳音汇报了社区养老工作。\n")
    assert posts(facts)["罗佳音"] == ["副镇长"]


@pytest.mark.fast
def test_a_locative_opening_the_post_stays_its_own():
    # precision: nothing before 前, so no adverbial closes there
    facts = facts_of(f"{VISIT}前镇长罗佳音陪同。\n")
    assert posts(facts)["罗佳音"] == ["前镇长"]


@pytest.mark.fast
@pytest.mark.parametrize("verb", ["通知", "邀请", "安排", "委托"])
def test_a_post_never_runs_back_over_a_verb_directing_the_official(verb):
    facts = facts_of(f"6月12日，区委办{verb}副县长罗佳音带队来到松岭社区，调研养老工作。\n")
    assert posts(facts) == {"罗佳音": ["副县长"]}
    assert visits(facts) == {("罗佳音", "松岭社区")}


@pytest.mark.fast
def test_an_organ_word_before_a_title_stays_in_the_post():
    # precision: 组织 (an organ's word, no directive verb here) stays in 县委组织部部长
    facts = facts_of("6月12日，县委组织部部长罗佳音来到松岭社区，调研党建工作。\n")
    assert posts(facts) == {"罗佳音": ["县委组织部部长"]}


@pytest.mark.fast
@pytest.mark.parametrize("name, sep", [("齐备", "，"), ("齐备", "、"), ("何必", "、"), ("尚武", "，")])
def test_a_name_read_as_an_adverb_or_verb_fills_a_list_item(name, sep):
    facts = facts_of(f"{VISIT}镇党委书记{name}{sep}镇长罗佳音陪同。\n")
    assert posts(facts).get(name) == ["镇党委书记"]
    assert posts(facts).get("罗佳音") == ["镇长"]


@pytest.mark.fast
@pytest.mark.parametrize("word", ["高度", "全程"])
def test_an_adverb_of_acts_filling_an_item_is_no_name(word):
    # precision: an adverb of the person's act (name_follow_adverbs.txt) is no name
    facts = facts_of(f"{VISIT}镇党委书记{word}，镇长罗佳音陪同。\n")
    assert word not in posts(facts)
