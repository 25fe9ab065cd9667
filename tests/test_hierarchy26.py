"""Newcomer findings of session 26 on the place hierarchy: a 嘎查 (or a farm's
management area) written after the farm that holds it, under a 苏木 named earlier;
the Corps' twin units (师市合一), its regiments under their division, and a company
of the regiment named in the lead's post.  Every fixture is invented; the tests run
the real pipeline."""

from __future__ import annotations

import pytest

from kg.extract.place_segments import segment
from tests.extraction import facts_of, issues, parent_name, visits


def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


FARM_UNITS = [
    ("巴彦塔拉牧场", "乌力吉嘎查"),
    ("红旗岭农场", "第四管理区"),
    ("青松岭林场", "松涛村"),
]


@pytest.mark.fast
@pytest.mark.parametrize("farm, unit", FARM_UNITS)
def test_a_unit_written_after_its_farm_lies_in_the_farm(farm, unit):
    facts = facts_of(f"2024年7月2日，旗长宝音来到{farm}{unit}，牧民反映饮水井水位下降。\n")
    assert visits(facts) == {("宝音", unit)}
    assert parent_name(facts, unit) == farm
    assert issues(facts) == {(unit, "饮水井水位下降")}


@pytest.mark.fast
@pytest.mark.parametrize("farm, unit", FARM_UNITS)
def test_a_farm_with_its_unit_is_no_part_of_a_township_named_before(farm, unit):
    facts = facts_of(
        f"2024年7月2日，旗长宝音深入哈日诺尔苏木、{farm}调研。\n"
        f"随后，宝音来到{farm}{unit}，看望牧民。\n"
    )
    assert parent_name(facts, unit) == farm
    assert parent_name(facts, farm) is None
    assert ("宝音", "哈日诺尔苏木") in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("name", ["白云牧场卫生院", "白云牧场职工食堂", "牧场乌兰嘎查"])
def test_no_farm_unit_without_a_named_farm_and_a_named_community_unit(name):
    # a farm's facility is a site named with the farm; a bare 牧场 is no named farm
    assert len(segment(name)) == 1


@pytest.mark.fast
@pytest.mark.parametrize("division, city", [("第八师", "石河子市"), ("第六师", "五家渠市"), ("第十师", "北屯市")])
def test_a_division_and_its_twin_city_are_neither_inside_the_other(division, city):
    facts = facts_of(f"{division}{city}领导深入连队调研\n\n2024年6月5日，{division}师长赵建军来到{city}青年湖社区，居民反映供暖不稳定。\n")
    assert parent_name(facts, city) is None  # (was: 石河子市 inside 第八师)
    if division in place_names(facts):
        assert parent_name(facts, division) != city


@pytest.mark.fast
@pytest.mark.parametrize("division", ["第八师", "第十二师"])
@pytest.mark.parametrize("regiments", [("一二一团", "一三三团"), ("一〇二团", "一〇五团")])
def test_regiments_lie_in_the_division_the_leads_post_names(division, regiments):
    a, b = regiments
    facts = facts_of(f"2024年6月5日，{division}党委书记、政委赵建军深入{a}、{b}调研。\n")
    assert parent_name(facts, a) == division
    assert parent_name(facts, b) == division


@pytest.mark.fast
def test_regiments_stay_unplaced_when_two_divisions_are_named():
    facts = facts_of("2024年6月5日，第八师师长赵建军、第七师师长钱立新深入一二一团、一三七团调研。\n")
    assert parent_name(facts, "一二一团") is None
    assert parent_name(facts, "一三七团") is None


@pytest.mark.fast
@pytest.mark.parametrize("regiment", ["一四四团", "一〇三团", "144团"])
@pytest.mark.parametrize("post", ["党委书记、政委", "团长", "党委书记"])
def test_a_company_alone_is_the_company_of_the_regiment_in_the_leads_post(regiment, post):
    facts = facts_of(f"2024年6月5日，{regiment}{post}孙志远来到十二连，职工反映滴灌带老化。\n")
    assert visits(facts) == {("孙志远", regiment + "十二连")}
    assert parent_name(facts, regiment + "十二连") == regiment
    assert issues(facts) == {(regiment + "十二连", "滴灌带老化")}


@pytest.mark.fast
@pytest.mark.parametrize("text", ["夺得三连冠。", "参观了十二连的荣誉室。"])
def test_no_company_without_a_regiment_in_a_post_or_place(text):
    facts = facts_of(f"2024年6月5日，县长孙志远来到青河镇，{text}\n")
    assert not any(n.endswith("连") for n in place_names(facts))
