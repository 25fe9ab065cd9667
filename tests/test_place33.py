"""Session 33 (PLACE33, opened probe p93): whole reports filed at the wrong place.

1. A community's own station written with a programme's quoted term (居民区“家门口”服务站) is
   the community's office (`kg.extract.unit_office`): the quoted term is read by its words,
   and 家门口 (near home) is a generic word of the genre (`place_generic_words.txt`), as
   一站式 is.  Read as no office, the rooms looked at inside it (长者照护之家) became stops
   and took the forum's issues.  A quoted name (社区“红枫”服务站) keeps its reading.
2. A one-character type word held by a verb (`柜台前|排队/v`: 队) with no place before the verb
   is a clause, no place (`place_check.clause_cut`): a resident queueing at a counter made a
   stop, which then took the issues raised after it.  A place before the verb (长者食堂|排队)
   is still that place (test_place19).
3. The host of a meeting after a tour (`IssuePlacement.host`) is not an area the stops are
   known to lie outside (`IssuePlacement.elsewhere`): a relocated household's hometown
   (一家从X镇搬来), named last before the meeting, took a community forum's issues.  An area
   holding the stops still hosts (test_placement19).
4. A date's one-character time of day (7月3日晚，) is a lead clause before a presence opener,
   as 晚上 is (`scene_time_words.txt`): the meeting held 在社区X站 after it is at the
   community, not at the stop told before.
5. A list of places looked at passes over generic places (社区服务中心、幼儿园和“X”扶贫车间:
   `Reader.visited_places`), as it passes over unread names: a named workshop after them
   is a stop (every enterprise of the dev and opened golds is one); a list of generic
   places alone still makes none.
6. Issues raised after a call at a resident's home (走进5栋搬迁户王某家中) with no visit
   since are the community's, not the site's visited before (`IssuePlacement.home_called`,
   `home_unit`): the home lies in the community, not in the workshop.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from kg.extract.unit_office import office_words
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

LEDE = "2025年4月9日下午，区长梁文来到东湖街道青松居民区调研。\n\n"
ROOMS = "梁文一行察看了长者照护之家、社区食堂和党群服务站点，随后与居民代表座谈。居民代表说，小区的电动自行车充电桩太少。"


# --- 1. 居民区“家门口”服务站 is the community's own station


def test_rooms_looked_at_in_the_communitys_quoted_station_are_no_stops():
    f = facts_of(LEDE + "在居民区“家门口”服务站，" + ROOMS)
    assert visits(f) == {("梁文", "青松居民区")}
    assert issues(f) == {("青松居民区", "小区的电动自行车充电桩太少")}


def test_a_quoted_name_in_a_station_is_no_bare_office():
    # a quoted generic term is read by its words; a quoted name names a station of its own
    assert office_words("居民区“家门口”服务站，", 0) == 11
    assert office_words("社区“红枫”服务站，", 0) is None
    assert office_words("社区“家门口”", 0) is None  # no facility word after the term


# --- 2. 在柜台前排队的居民: a verb holds the type word, no place before it


def test_a_residents_queue_at_a_counter_is_no_stop():
    f = facts_of(
        LEDE + "4月10日上午，梁文来到社区便民服务大厅，与正在办事的群众交流。"
        "在柜台前排队的居民陈某告诉他，小区的电动自行车充电桩太少。随后，他又到社区幼儿园察看。"
    )
    assert visits(f) == {("梁文", "青松居民区")}
    assert issues(f) == {("青松居民区", "小区的电动自行车充电桩太少")}


def test_a_place_before_the_queueing_verb_stays_a_place():
    f = facts_of("6月3日，副区长祁远航来到翠竹社区。\n\n第一站：翠竹社区长者食堂\n祁远航在长者食堂排队打饭，和老人们同桌吃饭。")
    assert visits(f) == {("祁远航", "长者食堂")}


def test_a_place_before_a_verb_read_lane_stays_a_place():
    # 枫丹家园南|一弄/v: a place (枫丹家园) stands before the verb, the lane keeps its reading (test_lexicons30)
    f = facts_of("2024年9月3日，区长方晓来到枫丹家园南一弄，居民反映路灯不亮。\n")
    assert visits(f) == {("方晓", "南一弄")}


# --- 3. a household's hometown hosts no meeting of a tour elsewhere

TOUR = (
    "2025年6月2日，县委书记田海来到南山街道安康社区“织锦坊”扶贫车间。车间负责人说，订单不稳定。\n\n"
    "随后，田海来到安康社区幼儿园察看。{story}\n\n"
    "随后召开的座谈会上，居民们反映，社区公交班次少。"
)


def test_a_households_hometown_does_not_host_the_tours_meeting():
    f = facts_of(TOUR.format(story="王某一家从石桥镇搬来，孩子在幼儿园入托。"))
    got = issues(f)
    assert all(place != "石桥镇" for place, _ in got), got
    assert any(label == "社区公交班次少" for _, label in got), got


def test_an_area_named_before_a_tour_of_unplaced_stops_still_hosts_its_meeting():
    # no stop is known to lie in another subdistrict: the subdistrict named last hosts (test_placement19)
    f = facts_of(
        "河西区政协视察老旧小区改造\n"
        "5月21日，区政协主席钱立新带领部分委员，对柳岸街道老旧小区改造项目开展视察。柳岸街道办事处主任白雪陪同。\n"
        "视察组首先来到丹桂苑小区。居民张师傅说，绿化带还没有恢复。\n"
        "在香樟新村，视察组察看了加装电梯施工现场。居民反映，施工围挡占用了停车位。\n"
        "随后召开的座谈会上，白雪汇报了全街道改造进展，并坦言存在的困难：一是改造资金缺口较大，二是长效管护难。\n"
    )
    assert ("柳岸街道", "改造资金缺口较大") in issues(f), issues(f)


# --- 4. 7月3日晚， leads a meeting held at the community's station

STAY = (
    "6月2日至3日，县委书记田海到南山街道安康社区蹲点调研。\n\n"
    "6月2日上午，田海来到“织锦坊”扶贫车间，车间负责人说，订单不稳定。\n\n"
    "{lead}田海在社区新时代文明实践站召开群众座谈会。座谈会上，居民们反映，社区公交班次少。"
)


@pytest.mark.parametrize("lead", ["6月2日晚，", "2日晚，", "6月2日晚上，"])
def test_an_evening_meeting_at_the_communitys_station_is_the_communitys(lead):
    got = issues(facts_of(STAY.format(lead=lead)))
    assert ("安康社区", "社区公交班次少") in got, got
    assert ("织锦坊扶贫车间", "订单不稳定") in got, got


def test_an_evening_meeting_at_a_named_venue_is_the_venues():
    # the lead only opens the clause: a venue with a name of its own holds the meeting
    got = issues(facts_of(STAY.format(lead="6月2日晚，").replace("社区新时代文明实践站", "南山街道文化站")))
    assert ("安康社区", "社区公交班次少") not in got, got
    assert any(label == "社区公交班次少" for _, label in got), got


# --- 5. generic places passed over in a list of places looked at

WORKSHOP = (
    "2025年6月2日，县委书记田海来到南山街道安康社区调研。\n\n"
    "田海察看了社区服务中心、幼儿园和“织锦坊”扶贫车间。车间负责人说，订单不稳定。\n\n"
)


def test_a_named_workshop_after_generic_places_looked_at_is_a_stop():
    f = facts_of(WORKSHOP)
    assert visits(f) == {("田海", "安康社区"), ("田海", "织锦坊扶贫车间")}
    assert issues(f) == {("织锦坊扶贫车间", "订单不稳定")}


def test_a_list_of_generic_places_looked_at_makes_no_stop():
    f = facts_of("2025年6月2日，县委书记田海来到南山街道安康社区调研。\n\n田海察看了社区服务中心、幼儿园和卫生服务站。")
    assert visits(f) == {("田海", "安康社区")}


# --- 6. a home called at lies in the community


def test_issues_raised_in_a_home_after_a_workshop_are_the_communitys():
    got = issues(facts_of(WORKSHOP + "当天下午，田海走进5栋搬迁户王某家中。王某说，社区的公交车班次少。"))
    assert ("安康社区", "社区的公交车班次少") in got, got
    assert ("织锦坊扶贫车间", "订单不稳定") in got, got


def test_issues_raised_at_the_workshop_with_no_home_called_stay_there():
    got = issues(facts_of(WORKSHOP.rstrip() + "随后，田海与车间工人们交谈。工人王某说，缝纫机太旧了。"))
    assert ("织锦坊扶贫车间", "缝纫机太旧了") in got, got


def test_a_home_called_at_in_a_village_group_stays_at_the_group():
    # a village group is a unit people live in (place_segments.lies_in_unit): the home lies in it, not in the village
    f = facts_of("2025年6月2日，县长郑海来到石门镇青山村上坪村民小组调研。\n\n当天下午，郑海走进村民王某家中。王某说，组里的自来水一到夏天就时有时无。")
    assert issues(f) == {("上坪村民小组", "组里的自来水一到夏天就时有时无")}
