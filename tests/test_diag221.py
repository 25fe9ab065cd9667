"""Faults of the opened probe set p221 (session 57, diag221): a deputies' station housed
in a community centre (`在位于X中心的联络站内`), a round of estates each written with its
community (`在B社区B2小区，` after `A社区A1小区`), and residents' questions after an act
of concern (`居民关心…由哪家…、…怎么定`).  Every fixture is invented; each test runs the
real pipeline."""

from __future__ import annotations

import pytest

from kg.extract.back_reference import referred_located
from kg.extract.place_parse import parse_at
from kg.extract.places import PlaceRegistry
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

# ---------------------------------------------------------------- 在位于X的联络站内: the station named before

STATION = (
    "3月5日上午，东城区河口街道人大代表联络站迎来本月的代表接待日。区人大常委会副主任庞建明，"
    "区人大代表乔丽华在位于青松社区党群服务中心的{word}内，面对面接待选民群众。\n\n"
    "接待中，家住绿荫小区的张大爷说，小区门口的路面一直没修好，雨天积水。\n"
)


def test_a_station_housed_in_a_centre_is_the_stop_not_the_centre():
    facts = facts_of(STATION.format(word="联络站"))
    assert visits(facts) == {("庞建明", "河口街道人大代表联络站"), ("乔丽华", "河口街道人大代表联络站")}
    assert ("河口街道人大代表联络站", "小区门口的路面一直没修好") in issues(facts)
    assert not any(place.endswith("党群服务中心") for place, _ in issues(facts))


def test_a_bare_site_word_after_located_with_no_site_of_its_kind_named_is_left():
    t = "代表在位于青松社区服务中心的图书室内接待选民"
    assert referred_located(t, 3, len(t), PlaceRegistry()) is None
    r = PlaceRegistry()
    r.add(parse_at("柳溪街道代表联络站迎来接待日。", 0))
    t = "柳溪街道代表联络站迎来接待日。代表在位于青松社区服务中心的联络站内接待选民"
    assert referred_located(t, 18, len(t), r).text == "柳溪街道代表联络站"


# ---------------------------------------------------------------- a round of estates, each with its community

ROUND = (
    "11月26日，区委书记蒲文涛带队查看老旧小区改造。第一站是东风社区东风小区。居民说，以前顶楼一到下雨就漏水。\n\n"
    "在{place}，供暖管网改造正在收尾。居民反映，地下管沟的盖板还没恢复，夜里走路容易绊倒。蒲文涛要求尽快恢复。\n"
)


def test_an_estate_of_a_neighbouring_community_opening_its_paragraph_is_the_next_stop():
    facts = facts_of(ROUND.format(place="泰和社区泰和里小区"))
    assert ("蒲文涛", "泰和里小区") in visits(facts)
    assert ("泰和里小区", "地下管沟的盖板还没恢复") in issues(facts)
    # (an estate written bare, in no community, is read as before: no stop of the round)
    assert ("蒲文涛", "泰和里小区") not in visits(facts_of(ROUND.format(place="泰和里小区")))


# ---------------------------------------------------------------- questions after an act of concern

MEETING = "5月6日，区长甄立国来到东湖社区，与居民代表座谈。居民代表邬海提出，楼道灯坏了没人修；{rest}\n"


def test_residents_indirect_questions_after_concern_are_issues():
    got = issues(facts_of(MEETING.format(rest="也有居民关心小区改造后由哪家公司管理、停车费怎么收，以及老楼加装电梯能否纳入明年计划。")))
    assert {("东湖社区", "小区改造后由哪家公司管理"), ("东湖社区", "停车费怎么收"),
            ("东湖社区", "老楼加装电梯能否纳入明年计划")} <= got
    # (a concern asking nothing, or an official's, raises nothing new)
    for rest in ("也有居民关心孩子上学。", "甄立国关心群众能否温暖过冬，要求做好保障。"):
        assert issues(facts_of(MEETING.format(rest=rest))) == {("东湖社区", "楼道灯坏了没人修")}
