"""Session 34 (FAULTS34_p102, opened probe p102): stops lost or made up by a place's short name.

1. A deputies' liaison station written in full once (X街道人大代表联络站门口排起了队), then by
   its type word alone (区人大常委会主任A来到联络站): 联络站 is a type word of its own
   (`place_suffixes.tsv`, as 联络点 and 工作站 are), so the bare word names no station
   called 联络 and `visits.Reader.named_elsewhere` reads it as the station written in full;
   of several full names (a subtitle's 区人大代表联络站工作见闻 and the lede's), the one
   written last before it.  Before, the visit went to a station named 联络.
2. 结束X的接待后 (`place_left_stops.txt`): the verb of ending a stay is no part of the
   place's name.  Before, 结束联络站 was a stop of its own, and it took the next stop's issues.
3. Village groups named, not numbered, listed together (先后走进上坪组、塘背组), read as
   numbered ones are in the village named before (`village_groups.NAMED_GROUP`), and so
   again once read (在塘背组，); a party's name (调研组) or a generic one (工作组) is none, and a
   named group alone is left to session 31's sibling rule (tests/test_rural31.py).  Before,
   only the group the analyser tagged was a stop.
4. An official attending an event a village or community holds (参加了联系点X村的院坝议事会,
   出席Y社区居民议事会: `event_attend_verbs.txt`, `place_contact_words.txt`, then the place
   and an event noun of `event_nouns.txt`) is at that place (`visits.Reader.attended_event`).
   Before, no one visited the village and every issue of the council went to the town.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

STATION = "青枫街道人大代表联络站"


# --- 1. a liaison station written by its type word alone


@pytest.mark.parametrize("subtitle", ["", "——柳江区人大代表联络站工作见闻\n"])
def test_bare_liaison_station_is_the_station_written_before(subtitle):
    facts = facts_of(
        f"代表接待日里听民声\n{subtitle}\n"
        f"11月3日上午9点不到，{STATION}门口已经排起了队。当天，区人大常委会主任罗志成来到联络站，"
        "与区人大代表孟佳一起接待选民。居民反映，小区的路灯坏了一个多月。"
    )
    assert ("罗志成", STATION) in visits(facts), visits(facts)
    assert (STATION, "小区的路灯坏了一个多月") in issues(facts), issues(facts)
    assert not any(place == "联络站" for _, place in visits(facts)), visits(facts)


def test_bare_liaison_station_with_no_station_named_is_no_stop():
    # precision twin: no station is written in full anywhere, so 联络站 names none
    facts = facts_of(
        "11月3日上午，区人大常委会主任罗志成来到联络站，接待选民。居民反映，小区的路灯坏了一个多月。"
    )
    assert not any("联络" in place for _, place in visits(facts)), visits(facts)


def test_named_liaison_station_stays_whole():
    # precision twin: a station's own name before 中心联络站 is not cut at 中心
    facts = facts_of("7月2日，区委书记罗志成来到青枫街道人大代表中心联络站，接待选民。居民反映，楼道堆满杂物。")
    assert visits(facts) == {("罗志成", "青枫街道人大代表中心联络站")}, visits(facts)


# --- 2. ending a stay: 结束X的接待后


def test_ending_a_stay_is_no_stop_of_its_own():
    facts = facts_of(
        f"11月3日上午，区人大常委会主任罗志成来到{STATION}，接待选民。居民反映，小区的路灯坏了一个多月。\n\n"
        "结束联络站的接待后，罗志成来到柳岸社区丹桂小区。居民反映，化粪池经常满溢。"
    )
    got = visits(facts)
    assert got == {("罗志成", STATION), ("罗志成", "丹桂小区")}, got
    assert ("丹桂小区", "化粪池经常满溢") in issues(facts), issues(facts)


def test_a_name_holding_the_verb_further_in_is_kept():
    # precision twin: 结束 opens no name, but the stop after it is read as ever
    facts = facts_of("11月3日，区长罗志成来到柳岸社区，结束调研后又来到丹桂小区。居民反映，化粪池经常满溢。")
    assert ("罗志成", "丹桂小区") in visits(facts), visits(facts)
    assert not any(place.startswith("结束") for _, place in visits(facts)), visits(facts)


# --- 3. village groups named, not numbered


def test_named_groups_after_their_village_are_stops():
    facts = facts_of(
        "4月9日晚，青溪镇党委书记黎明华来到坪上村，走访群众。\n\n"
        "当晚，黎明华一行先后走进上湾组、石岭组。在上湾组，村民盼着把通往果园的便道拓宽一些。\n\n"
        "在石岭组，村民说，组里的垃圾清运不及时。"
    )
    got = visits(facts)
    assert {("黎明华", "上湾组"), ("黎明华", "石岭组")} <= got, got
    assert ("石岭组", "组里的垃圾清运不及时") in issues(facts), issues(facts)


def test_a_named_group_alone_is_no_stop():
    # precision twin: one 组 name alone, no list of groups, may be a team (攻坚组)
    facts = facts_of("4月9日，青溪镇党委书记黎明华来到坪上村。\n\n第二天，黎明华来到攻坚组，听取汇报。")
    assert not any(place.endswith("攻坚组") for _, place in visits(facts)), visits(facts)


@pytest.mark.parametrize("team", ["调研组", "工作组"])
def test_a_party_or_work_team_is_no_group(team):
    # precision twin: a team's name ending in 组 is no villagers' group
    facts = facts_of(f"4月9日，青溪镇党委书记黎明华来到坪上村，随后走进{team}驻地听取汇报。村民说，村口的路灯坏了。")
    assert not any(place.endswith("组") for _, place in visits(facts)), visits(facts)


# --- 4. attending an event a village or community holds


@pytest.mark.parametrize("attends", ["参加了联系点石湾村的院坝议事会", "出席石湾村“村民议事会”", "参加石湾村村民议事会"])
def test_attending_a_villages_council_is_a_visit(attends):
    facts = facts_of(
        f"6月12日，青溪镇镇长黎明华{attends}，与20余名村民代表共商村务。"
        "会上，村民们反映的问题包括灌渠漏水严重和村道路灯不亮。"
    )
    assert visits(facts) == {("黎明华", "石湾村")}, visits(facts)
    assert issues(facts) and {place for place, _ in issues(facts)} == {"石湾村"}, issues(facts)


@pytest.mark.parametrize("attends", ["出席全镇议事会", "参加青溪镇党委会", "参加石湾村道路改造工程验收"])
def test_attending_no_event_of_a_village_is_no_visit(attends):
    # precision twin: an event of no village (全镇, the town's own) or no event after the village
    facts = facts_of(f"6月12日，青溪镇镇长黎明华{attends}。村民反映，灌渠漏水严重。")
    assert not any(place == "石湾村" or place.endswith("镇") for _, place in visits(facts)), visits(facts)
