"""PLACEMENT23: forums at an organ's seat (镇政府会议室, 县委党校) and reporters' arrivals
with a recent-time adverb (记者近日来到X).  Every fixture is invented; the tests run the
real pipeline."""

from __future__ import annotations

import pytest

from kg.extract.places import PlaceRegistry
from kg.extract.venue_owner import NOWHERE, venue_owner
from tests.extraction import facts_of, issues

STOP = "3月2日，县长蒲国栋来到杏坛小区，居民反映路灯损坏。\n"


@pytest.mark.fast
@pytest.mark.parametrize("venue", ["县委党校报告厅", "镇政府会议室", "区行政中心三楼", "街道办事处会议室"])
def test_a_forum_at_an_unnamed_organ_seat_is_not_held_at_the_stop_before(venue):
    facts = facts_of(STOP + f"随后，蒲国栋在{venue}召开座谈会，企业代表反映用工成本高。\n")
    got = issues(facts)
    assert ("杏坛小区", "路灯损坏") in got
    assert not any(label == "用工成本高" and place == "杏坛小区" for place, label in got)


@pytest.mark.fast
@pytest.mark.parametrize("organ", ["党委会议室", "政府三楼", "党委"])
def test_a_forum_at_a_named_towns_seat_is_held_in_the_town(organ):
    facts = facts_of(STOP + f"下午，蒲国栋在鹤岭镇{organ}主持召开座谈会。会上，企业代表反映用工成本高。\n")
    assert ("鹤岭镇", "用工成本高") in issues(facts)


@pytest.mark.fast
def test_an_unnamed_seat_belongs_to_the_reports_place_of_its_level():
    text = ("3月2日，鹤岭镇党委书记蒲国栋来到杏坛小区，居民反映路灯损坏。\n"
            "随后，蒲国栋在镇政府会议室召开座谈会，企业代表反映用工成本高。\n")
    assert ("鹤岭镇", "用工成本高") in issues(facts_of(text))


@pytest.mark.fast
def test_venue_owner_reads_the_level_word_before_an_organ():
    reg = PlaceRegistry()
    text = "在县委党校报告厅召开座谈会"
    assert venue_owner(text, 1, 8, reg, 0) == NOWHERE
    text = "在鹤岭镇党委会议室召开座谈会"
    assert reg.nodes[venue_owner(text, 1, 9, reg, 0)].name == "鹤岭镇"
    # a seat of another level than the registered place's is no seat of it
    assert venue_owner("在县委党校召开座谈会", 1, 5, reg, 99) == NOWHERE
    assert venue_owner("在杏坛小区召开座谈会", 1, 5, reg, 0) is None


@pytest.mark.fast
@pytest.mark.parametrize("opening", ["记者近日来到", "日前，记者走访了", "本报记者前不久走进", "记者日前在"])
@pytest.mark.parametrize("sep", ["，", "。"])
def test_a_reporters_arrival_with_a_recent_time_adverb_sets_the_scene(opening, sep):
    seen = "看到，" if opening.endswith("在") else sep
    text = f"{opening}槐溪街道荷塘小区{seen}居民们反映，楼道灯坏了没人修。\n"
    got = issues(facts_of(text))
    assert got and all(place.endswith("荷塘小区") for place, _ in got), got


@pytest.mark.fast
@pytest.mark.parametrize("inner", ["三村小区", "槐花里小区", "五一新村"])
def test_an_area_named_with_the_place_inside_it_gives_the_inner_place(inner):
    # (places22's patch) 据介绍，槐溪街道|三村小区…: the name goes on past the area's type word
    text = f"据介绍，槐溪街道{inner}今年已完成加装电梯12台。居民反映停车难。\n"
    got = issues(facts_of(text))
    assert got and all(place.endswith(inner) for place, _ in got), got
