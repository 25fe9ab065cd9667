"""Session 28 (VENUES28): reception duty at a venue set by a sentence-opening 在X, an
official's name never a place, communities named after a road with a direction, and
a bare unit office (社区党群服务中心, 村委会) at a meeting.  Every fixture is invented;
the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits


def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


# --- a community or subdistrict named after a road with a section (FAULTS28 kind 7) ---


@pytest.mark.fast
@pytest.mark.parametrize("unit", ["建设东路社区", "建设中路街道", "工作北路社区", "建设二路社区", "建设西一路社区"])
def test_a_unit_named_after_a_road_with_a_direction_or_number_is_read_whole(unit):
    # the first word is a stop word (建设, 工作): the road word after the section keeps it in the name
    facts = facts_of(f"2025年5月8日，区长严立明一行来到{unit}，与居民座谈。居民反映小区停车难。\n")
    assert visits(facts) == {("严立明", unit)}
    assert issues(facts) == {(unit, "小区停车难")}


@pytest.mark.fast
@pytest.mark.parametrize("road", ["建设东路", "建设北大街", "建设二路"])
def test_a_road_with_a_direction_and_no_unit_word_is_no_place(road):
    # only a unit's type word after the road makes the stop word a name's first word
    facts = facts_of(f"2025年5月8日，区长严立明来到枫林社区，调研{road}改造工程。居民反映小区停车难。\n")
    assert visits(facts) == {("严立明", "枫林社区")}
    assert not any(road in name for name in place_names(facts))


# --- officials on reception duty at the venue the report set its scene at (kind 6b) ---

SCENE = "11月3日上午，在{venue}，来自石门镇的村民葛秀兰一坐下就说起了难处。"
DUTY = "当天是青川县领导接待日，县委副书记、县长邹明远与县委常委、副县长陈立一同{duty}，县信访局局长吴刚陪同。"
RAISED = "葛秀兰反映，石门镇翠屏小区供水管网老化，今冬已经停水两次。"


@pytest.mark.fast
@pytest.mark.parametrize("venue, place", [
    ("青川县群众来访接待中心", "青川县群众来访接待中心"),
    ("青川县信访接待中心", "信访接待中心"),
    ("青川县人民医院", "人民医院"),
])
@pytest.mark.parametrize("duty", ["坐班接访", "值班接待来访群众", "接访"])
@pytest.mark.parametrize("sep", ["", "\n\n"])
def test_officials_on_reception_duty_are_at_the_venue_set_before(venue, place, duty, sep):
    facts = facts_of(SCENE.format(venue=venue) + sep + DUTY.format(duty=duty) + sep + RAISED + "\n")
    assert visits(facts) == {("邹明远", place), ("陈立", place)}
    assert ("石门镇翠屏小区供水管网老化" in {label for _, label in issues(facts)})
    assert {p for p, _ in issues(facts)} == {place}


@pytest.mark.fast
@pytest.mark.parametrize("duty", ["指出要畅通信访渠道", "听取了全县信访工作汇报后指出"])
def test_officials_without_a_reception_word_are_not_put_at_the_venue(duty):
    facts = facts_of(SCENE.format(venue="青川县群众来访接待中心") + "\n\n" + DUTY.format(duty=duty)
                     .replace("当天是青川县领导接待日，", "") + "\n")
    assert not any(who in ("邹明远", "陈立") and place == "青川县群众来访接待中心" for who, place in visits(facts))


@pytest.mark.fast
def test_a_visit_told_after_the_scene_moves_the_report_on():
    # the scene at the centre is over once the head of county is told going elsewhere
    facts = facts_of(
        SCENE.format(venue="青川县群众来访接待中心") + "\n\n"
        + "随后，县长邹明远来到石门镇敬老院，察看冬季取暖。\n\n"
        + "下午，邹明远与副县长陈立一同坐班接访。\n"
    )
    assert ("邹明远", "青川县群众来访接待中心") not in visits(facts)
    assert ("陈立", "青川县群众来访接待中心") not in visits(facts)


@pytest.mark.fast
def test_reception_duty_told_as_a_plan_is_no_presence():
    facts = facts_of(
        SCENE.format(venue="青川县群众来访接待中心") + "\n\n"
        + "县委副书记、县长邹明远表示，下周将到中心坐班接访。\n"
    )
    assert ("邹明远", "青川县群众来访接待中心") not in visits(facts)


# --- an official's name is never a place's name part (kind 6c) ---


@pytest.mark.fast
@pytest.mark.parametrize("name", ["钱玉山"])
def test_an_officials_name_before_a_title_is_no_place(name):
    # the analyser reads 玉山 of 钱玉山县长 as a place; the name is the official's
    facts = facts_of(
        f"11月3日上午是青川县领导接待日，县委副书记、县长{name}与副县长陈立一同出面。村民葛秀兰反映，"
        f"翠屏小区供水管网老化。{name}县长当即联系县住建局。{name}强调，要件件有回音。\n"
    )
    assert not any(name[1:] in place for place, _ in issues(facts))
    assert issues(facts) == {("青川县", "翠屏小区供水管网老化")}


@pytest.mark.fast
def test_a_place_word_written_apart_from_any_name_still_takes_the_issues():
    # precision: only the words inside an official's name are skipped, not the place itself
    facts = facts_of(
        "11月3日，县长钱玉山主持召开座谈会。玉山湖周边居民反映，湖边步道破损。"
        "玉山湖水质也有下降。钱玉山要求抓紧修复玉山湖步道。\n"
    )
    assert {place for place, _ in issues(facts)} != {"青川县"}
    assert not any(place == "玉山" for place, _ in issues(facts))


# --- a bare unit office at a meeting is the unit the report is in (kind 10) ---

TOUR = "12月1日上午，区长孙立群来到青禾街道石榴社区，察看供热。孙立群首先来到石榴社区翠竹苑小区，走进居民家中测量室温。"
VILLAGE_TOUR = "12月1日上午，县长孙立群来到石门镇桃源村，察看灌溉。孙立群首先来到桃源村三组，察看水渠。"


@pytest.mark.fast
@pytest.mark.parametrize("tour, office, unit", [
    (TOUR, "社区党群服务中心", "石榴社区"),
    (TOUR, "社区居委会", "石榴社区"),
    (TOUR, "社区会议室", "石榴社区"),
    (VILLAGE_TOUR, "村委会", "桃源村"),
    (VILLAGE_TOUR, "村党群服务中心", "桃源村"),
])
@pytest.mark.parametrize("meeting", ["随后，在{office}召开的议事会上，居民代表提出了{issues}等问题。",
                                     "随后，孙立群在{office}召开座谈会，居民代表提出了{issues}等问题。"])
@pytest.mark.parametrize("sep", ["", "\n\n"])
def test_a_meeting_at_a_bare_unit_office_is_a_stop_at_the_unit(tour, office, unit, meeting, sep):
    facts = facts_of(tour + sep + meeting.format(office=office, issues="停车位不足、充电桩少") + "\n")
    assert ("孙立群", unit) in visits(facts)
    assert issues(facts) == {(unit, "停车位不足"), (unit, "充电桩少")}


@pytest.mark.fast
def test_a_bare_unit_office_with_no_unit_in_the_scene_is_no_stop():
    # only a town was visited: 村委会 names no village of the report
    facts = facts_of("12月1日上午，县长孙立群来到石门镇，察看灌溉。随后，孙立群在村委会召开座谈会，村民代表提出了机耕道狭窄等问题。\n")
    assert visits(facts) == {("孙立群", "石门镇")}


@pytest.mark.fast
def test_an_office_in_a_plan_or_a_work_makes_no_extra_stop():
    # 要在村党群服务中心设立…: speech about the office, and 社区建设 is a work, no office
    facts = facts_of(VILLAGE_TOUR + "孙立群指出，要在村党群服务中心设立便民窗口，加强社区建设工作。\n")
    assert ("孙立群", "桃源村") not in visits(facts)
