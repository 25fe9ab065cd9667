"""Session 34's newcomer findings (NEWCOMER34), each a grammar or frame gap.

1. The experiential particle 过 after a visit verb (到过X, 去过X) opened the place's name
   (a place 过春晖社区 that never joins 春晖社区).
2. A word of where a place lies, glued to it (去了隔壁西岭村, 来到附近东湖社区), hid the
   place: the visit was lost and its issues went to the stop before.
3. A forum told in the same sentence as a tour of several stops (来到X街道，察看了A、B和C，
   随后与居民代表座谈，居民反映…) filed its one issue once at each stop; the meeting is
   the host area's, as when the tour is told in a sentence of its own.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, posts, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("verb", ["到过", "去过"])
def test_the_experiential_particle_opens_no_place_name(verb):
    f = facts_of(f"区长钱立伟{verb}春晖社区，居民反映停车难。")
    assert visits(f) == {("钱立伟", "春晖社区")}, visits(f)
    assert issues(f) == {("春晖社区", "停车难")}, issues(f)


def test_a_word_opening_with_guo_after_the_place_is_unchanged():
    # (过 right after the verb only: a process word later in the sentence is no particle)
    f = facts_of("调研过程中，区长钱立伟来到春晖社区，居民反映停车难。")
    assert visits(f) == {("钱立伟", "春晖社区")}, visits(f)


TOUR = "镇长林志远来到桥头镇东升村，察看了水渠。下午，林志远"


@pytest.mark.parametrize("move", ["又去了隔壁西岭村开会", "来到附近西岭村", "来到隔壁西岭村"])
def test_a_place_after_where_it_lies_is_the_stop(move):
    f = facts_of(f"{TOUR}{move}，村民反映村口桥梁有裂缝。")
    assert ("林志远", "西岭村") in visits(f), visits(f)
    assert issues(f) == {("西岭村", "村口桥梁有裂缝")}, issues(f)


def test_where_it_lies_before_a_type_word_alone_names_no_place():
    f = facts_of(f"{TOUR}来到附近小区，居民反映停车难。")
    assert visits(f) == {("林志远", "东升村")}, visits(f)


FACILITIES = "区委书记周立新来到枫林区桂溪街道，察看了颐养之家、长者饭堂和文体活动室"


@pytest.mark.parametrize("joint", ["，", "。"])
def test_a_forum_after_a_tour_of_several_stops_is_the_hosts(joint):
    f = facts_of(f"{FACILITIES}{joint}随后与居民代表座谈，居民反映社区缺少充电桩。")
    assert issues(f) == {("桂溪街道", "社区缺少充电桩")}, issues(f)


def test_residents_met_during_the_tour_with_no_meeting_stay_at_its_stops():
    # (no meeting word after the stops: the residents were met at the stops themselves)
    f = facts_of(f"{FACILITIES}，居民反映社区缺少充电桩。")
    assert ("桂溪街道", "社区缺少充电桩") not in issues(f), issues(f)


@pytest.mark.parametrize(
    "label, concept",
    [
        ("村里到镇上的客车班次太少", "Traffic"),
        ("音响声音太大", "Nuisance"),
        ("办事排队时间长", "Services"),
        ("补办手续要跑好几趟", "Services"),
    ],
)
def test_counters_runs_and_sounds_have_their_concepts(label, concept):
    from kg.extract.issue_scheme import categorise

    assert categorise(label) == concept


def test_a_voice_inside_another_word_is_no_sound():
    from kg.extract.issue_scheme import categorise

    # (心声 holds 声 but not 声音: residents' views are no noise)
    assert categorise("把居民的心声带到会上") != "Nuisance"


STOP = "区长黄明来到松涛社区，察看了小区环境。\n"


@pytest.mark.parametrize("line", ["黄明将在白鹭社区召开座谈会。", "黄明说，将在白鹭社区召开座谈会，听取居民意见。", "黄明计划在白鹭社区召开座谈会。"])
def test_a_meeting_planned_at_a_place_is_no_visit(line):
    # (a modal right before the 在 that sets the meeting's place: the meeting is to come)
    assert ("黄明", "白鹭社区") not in visits(facts_of(STOP + line))


def test_a_meeting_already_held_at_a_place_is_a_visit():
    f = facts_of(STOP + "黄明已在白鹭社区召开座谈会，居民反映停车难。")
    assert ("黄明", "白鹭社区") in visits(f), visits(f)
    assert ("白鹭社区", "停车难") in issues(f), issues(f)


@pytest.mark.parametrize("line", ["他上周已到红桥社区调研。", "黄明前几天已经到红桥社区调研过。"])
def test_a_recent_trip_told_as_done_is_no_stop(line):
    assert ("黄明", "红桥社区") not in visits(facts_of(STOP + line))


@pytest.mark.parametrize("line", ["上周，黄明到红桥社区调研。", "随后，黄明已到达红桥社区。"])
def test_a_recent_time_or_a_perfect_alone_keeps_the_stop(line):
    # (a weekly round-up tells its own visit with 上周; 已 alone is an arrival told now)
    assert ("黄明", "红桥社区") in visits(facts_of(STOP + line))


@pytest.mark.parametrize("cadre", ["社区书记", "居委会主任"])
def test_a_cadre_named_by_title_goes_without_the_official(cadre):
    f = facts_of(STOP + f"{cadre}又去了隔壁晨光社区开会。")
    assert visits(f) == {("黄明", "松涛社区")}, visits(f)


@pytest.mark.parametrize("lead", ["带着大家", "带领大家"])
def test_a_cadre_leading_the_party_takes_the_official_along(lead):
    f = facts_of(STOP + f"社区书记{lead}来到晨光社区，居民反映菜场占道经营。")
    assert ("黄明", "晨光社区") in visits(f), visits(f)


@pytest.mark.parametrize("lead", ["镇长领着一行人", "村支书带着调研组", "村支书领着调研组"])
def test_a_verb_with_its_particle_after_a_title_is_no_name(lead):
    # (领/v 着/u: the particle closes a verb; no official named 领着 makes the visit)
    f = facts_of(f"区长邱宁来到石桥镇。{lead}来到桑园村，村民反映道路破损。")
    assert set(posts(f)) == {"邱宁"}, posts(f)
    assert ("邱宁", "桑园村") in visits(f), visits(f)


def test_a_name_after_a_title_before_a_leading_verb_stays():
    f = facts_of("区委书记储明带领工作组来到桑园村。")
    assert posts(f) == {"储明": ["区委书记"]}, posts(f)


@pytest.mark.parametrize("label, concept", [
    ("公交车站等车要等四十分钟", "Traffic"),  # waiting for the bus is transport, not Other
    ("候车的地方没有遮挡", "Traffic"),
    ("老人跳舞的场地太小", "PublicFacilities"),  # a place to gather is a public facility
    ("篮球场的地面起皮", "PublicFacilities"),  # 球场 as a word's head
    ("停车场地不够用", "Parking"),  # a tie on 停车/场地 keeps the scheme's order: parking
    ("球拍太贵", "Other"),  # 球 alone is no facility
])
def test_scheme_waiting_and_grounds(label, concept):
    from kg.extract.issue_scheme import categorise
    assert categorise(label) == concept
