"""Lead's fixes of session 21: a guided visit and a tour whose stops come in headings.
Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits


def roles(facts) -> dict[str, str]:
    return {o.name: o.role for o in facts.officials.values()}


@pytest.mark.fast
@pytest.mark.parametrize("guide", ["由苍岭镇副镇长葛伟带领，", "在苍岭镇副镇长葛伟的带领下，"])
def test_the_official_after_a_guides_phrase_is_the_visitor(guide):
    # the local official shows the party round; the one named after the phrase goes there
    facts = facts_of(f"9月2日，{guide}市委副书记闵长川来到苍岭镇石碾村，村民反映灌溉渠渗漏。\n")
    # both are there: whichever the report means as the visitor has the visit
    assert {("闵长川", "石碾村"), ("葛伟", "石碾村")} <= visits(facts)
    assert roles(facts)["闵长川"] == "visitor"
    assert issues(facts) == {("石碾村", "灌溉渠渗漏")}


@pytest.mark.fast
def test_the_official_before_a_guides_phrase_is_the_visitor():
    # 乙在甲的带领下来到X: the verb's nearest name is the guide's, but 乙 is the one going
    facts = facts_of("9月2日，市委副书记闵长川在苍岭镇副镇长葛伟的带领下来到苍岭镇石碾村，村民反映灌溉渠渗漏。\n")
    assert ("闵长川", "石碾村") in visits(facts)


@pytest.mark.fast
def test_a_leader_leading_a_list_still_has_the_list_accompany():
    # 带领 with its party after it (no comma, no 下) keeps marking that party as companions
    facts = facts_of("9月2日，市委副书记闵长川带领市委常委葛伟、副市长柯岚来到苍岭镇石碾村。\n")
    assert roles(facts)["葛伟"] == "accompanying"
    assert visits(facts) >= {("闵长川", "石碾村")}


@pytest.mark.fast
@pytest.mark.parametrize("lead", ["到基层调研。", "深入基层开展调研。"])
def test_numbered_headings_after_a_lead_naming_no_place_are_the_stops(lead):
    # the party set out naming no place; each heading then names a stop
    facts = facts_of(f"4月12日，县长濮光明{lead}\n一、槐荫社区：居民反映楼道照明损坏。\n"
                     "二、枣林村：村民提出灌溉渠渗漏。\n")
    assert visits(facts) == {("濮光明", "槐荫社区"), ("濮光明", "枣林村")}
    assert issues(facts) == {("槐荫社区", "楼道照明损坏"), ("枣林村", "灌溉渠渗漏")}


@pytest.mark.fast
@pytest.mark.parametrize("site", ["老年助餐点", "长者配餐点"])
def test_a_meal_service_point_of_a_community_is_a_stop_of_its_own(site):
    # 助餐点 is a service site's type word, as 托育点 is: the stop and its issues are the site's
    facts = facts_of(f"5月8日，区长雷振华来到桂花社区，看望老党员。随后来到桂花社区{site}，老人们反映菜品口味单一。\n")
    # (written with or without its community before it, as the eval's labels allow)
    stops = {place for who, place in visits(facts) if place.endswith(site)}
    assert len(stops) == 1
    assert issues(facts) == {(stops.pop(), "菜品口味单一")}


@pytest.mark.fast
def test_headings_numbered_with_digits_are_stops_as_those_with_chinese_numerals():
    # 1.X村： as 一、X村： (MARKED_OPENING): each point is a stop holding its own issues
    facts = facts_of("4月12日，县长濮光明到基层调研。\n1.槐荫社区：居民反映楼道照明损坏。\n2.枣林村：村民提出灌溉渠渗漏。\n")
    assert visits(facts) == {("濮光明", "槐荫社区"), ("濮光明", "枣林村")}
    assert issues(facts) == {("槐荫社区", "楼道照明损坏"), ("枣林村", "灌溉渠渗漏")}
