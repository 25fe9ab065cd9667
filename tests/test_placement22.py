"""PLACEMENT22: a venue after a long list of stops, and numbered headings as stops.
Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from kg.repair.wrap import join_wrapped_lines
from kg.text import TrackedText
from tests.extraction import facts_of, issues, parent_name, visits

TOUR = "先后来到槐荫小区、石碾社区、上岗村、柳堡村，察看老旧小区改造、村道建设和养老服务情况，"


@pytest.mark.fast
@pytest.mark.parametrize("venue", ["樟坪社区党群服务中心", "樟坪社区会议室", "樟坪社区"])
def test_a_venue_after_a_long_list_of_stops_is_a_stop(venue):
    # the gap to 在V runs from the last stop the party moved to, not from its name
    facts = facts_of(f"6月4日，县长卓启明{TOUR}并在{venue}召开座谈会，居民代表反映停车位紧张。\n")
    got = visits(facts)
    assert {("卓启明", "槐荫小区"), ("卓启明", "柳堡村")} <= got
    assert any(who == "卓启明" and place.startswith("樟坪社区") for who, place in got)


@pytest.mark.fast
def test_a_venue_written_after_the_stops_holds_none_of_them():
    # 并在樟坪社区召开座谈会 comes after 槐荫小区: the estate is not inside 樟坪社区
    facts = facts_of(f"6月4日，县长卓启明{TOUR}并在樟坪社区召开座谈会。\n")
    assert parent_name(facts, "槐荫小区") != "樟坪社区"
    assert ("卓启明", "樟坪社区") in visits(facts)


@pytest.mark.fast
def test_a_later_official_does_not_take_the_venue_of_the_tour():
    # the venue's subject is the official named last before it, not the touring one
    facts = facts_of(f"6月4日，县长卓启明{TOUR}副县长韩素娥在樟坪社区召开座谈会。\n")
    assert ("韩素娥", "樟坪社区") in visits(facts)
    assert ("卓启明", "樟坪社区") not in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("marks", [("（一）", "（二）"), ("一、", "二、")])
def test_numbered_village_headings_on_lines_of_their_own_are_stops(marks):
    a, b = marks
    text = (f"4月28日，区长邝海涛到基层调研。\n{a}青杠村\n村民反映饮水管网漏水。\n"
            f"{b}双桥村\n村民提出通组路没有硬化。\n")
    facts = facts_of(text)
    assert {("邝海涛", "青杠村"), ("邝海涛", "双桥村")} <= visits(facts)
    assert issues(facts) == {("青杠村", "饮水管网漏水"), ("双桥村", "通组路没有硬化")}


@pytest.mark.fast
def test_a_numbered_heading_line_is_not_joined_as_a_wrapped_line():
    text = "（一）青杠村\n村民反映饮水管网漏水。\n（二）双桥村\n村民反映路灯损坏。"
    assert join_wrapped_lines(TrackedText(text)).text == text
    # a numbered paragraph wrapped after a comma is still joined
    wrapped = "一、区长邝海涛来到青杠村，察看\n饮水工程，村民反映管网漏水。\n二、随后来到双桥村，察看通组\n路建设，村民反映路面破损。"
    assert "\n" in join_wrapped_lines(TrackedText(wrapped)).text
    assert "察看饮水工程" in join_wrapped_lines(TrackedText(wrapped)).text


@pytest.mark.fast
@pytest.mark.parametrize("end", ["，", "。"])
def test_a_reporters_arrival_sets_the_scene_of_residents_issues(end):
    # 记者来到X: no visit (no official), but the residents' issues are at X (scene_observers.txt)
    facts = facts_of(f"5月6日，记者来到江湾街道锦绣府小区{end}居民们反映，小区停车位紧张，电动车充电难。居民张阿姨说，希望尽快加装电梯。\n")
    assert visits(facts) == set()
    assert {place for place, _ in issues(facts)} == {"锦绣府小区"}
    assert len(issues(facts)) == 3


@pytest.mark.fast
def test_a_reporters_arrival_after_an_officials_visit_is_no_visit_of_the_official():
    facts = facts_of("3月2日，区长邝海涛来到樟坪社区，居民反映路灯损坏。\n记者随后走访了槐荫家园。居民们反映外墙脱落。\n")
    assert visits(facts) == {("邝海涛", "樟坪社区")}
    assert issues(facts) == {("樟坪社区", "路灯损坏"), ("槐荫家园", "外墙脱落")}


@pytest.mark.fast
def test_an_official_leading_us_still_visits():
    # 我们 after the official's verb of leading is not at a clause start: the official goes
    facts = facts_of("3月2日，区长邝海涛带领我们来到樟坪社区，居民反映路灯损坏。\n")
    assert visits(facts) == {("邝海涛", "樟坪社区")}
