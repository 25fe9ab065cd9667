"""PLACEMENT29: an issue goes to the place its raisers belong to (issue 9: "the place
is where those raisers belong, or the current stop").  A meeting or reception held at
an organ's seat (镇政府会议室, 区行政服务中心) stands for an area, not a place of its
own: raisers named with their place (X社区居民, 来自X的群众) speak for that place
unless it is the area itself or encloses it.  Also: a title-headed raiser (卫生院院长)
opens a raising of its own, cut off the clause before it as a raiser word is; and a
point of an account listed (、) with a problem is raised.  Every fixture is invented;
the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues

SEATS = [
    pytest.param("区长周启明", "在区行政服务中心开展领导接访日活动，先后接待了前来反映诉求的群众", id="reception-at-district-centre"),
    pytest.param("镇长周启明", "在镇政府会议室召开座谈会", id="forum-at-town-hall"),
    pytest.param("县长周启明", "在县委党校报告厅主持召开座谈会", id="forum-at-party-school"),
]

# (what is written before the act, the raisers' place) at every level
RAISERS = [
    pytest.param("{p}居民", "{p}", "社区", id="community-residents"),
    pytest.param("{p}村民代表", "{p}", "村", id="village-representatives"),
    pytest.param("{p}业主", "{p}", "小区", id="estate-owners"),
    pytest.param("来自{p}的群众", "{p}", "社区", id="people-from-community"),
    pytest.param("{p}部分村民", "{p}", "村", id="counted-villagers"),
]


@pytest.mark.fast
@pytest.mark.parametrize("who, seat", SEATS)
@pytest.mark.parametrize("raiser, place, kind", RAISERS)
def test_two_raisers_places_at_an_organs_seat_each_keep_their_issues(who, seat, raiser, place, kind):
    a, b = f"松岭{kind}", f"桃源{kind}"
    facts = facts_of(
        f"2025年4月9日，{who}{seat}。"
        f"{raiser.format(p=a)}反映路边排水沟堵塞发臭。{raiser.format(p=b)}反映菜市场门口占道经营严重。\n"
    )
    assert issues(facts) == {(a, "路边排水沟堵塞发臭"), (b, "菜市场门口占道经营严重")}


@pytest.mark.fast
@pytest.mark.parametrize("sep, also", [("。", ""), ("；", "则"), ("；", "也")])
def test_raisers_of_two_communities_received_at_a_service_centre(sep, also):
    facts = facts_of(
        "2025年4月9日，区长周启明在区行政服务中心开展领导接访日活动，先后接待了来自松岭社区、桃源社区的群众。"
        f"松岭社区居民反映楼顶水箱漏水{sep}桃源社区居民{also}反映电动车充电桩不够用。\n"
    )
    assert issues(facts) == {("松岭社区", "楼顶水箱漏水"), ("桃源社区", "电动车充电桩不够用")}


@pytest.mark.fast
def test_villagers_at_a_forum_in_the_town_hall_after_a_tour_speak_for_their_village():
    facts = facts_of(
        "市人大常委会副主任韩立群带领代表到清溪镇视察，先后察看了枫林村移民新村和镇中心小学，并在镇政府召开座谈会。"
        "会上，枫林村村民代表反映新村道路没有硬化，中心小学校长提出缺少音体美教师。\n"
    )
    found = issues(facts)
    assert ("枫林村", "新村道路没有硬化") in found
    assert {label for _, label in found} == {"新村道路没有硬化", "缺少音体美教师"}


@pytest.mark.fast
@pytest.mark.parametrize(
    "modifier",
    [
        pytest.param("清溪镇", id="the-seats-own-town"),
        pytest.param("云山县", id="the-enclosing-county"),
    ],
)
def test_a_modifier_naming_the_seats_area_or_an_enclosing_one_changes_nothing(modifier):
    facts = facts_of(
        "2025年4月9日，云山县清溪镇镇长周启明在镇政府会议室召开座谈会。"
        f"{modifier}居民反映集镇停车位太少。\n"
    )
    assert issues(facts) == {("清溪镇", "集镇停车位太少")}


@pytest.mark.fast
def test_raisers_at_a_named_venue_stay_at_the_venue():
    # a venue that is a place of its own (a community's service centre) holds the
    # meeting's issues, wherever the raisers live (the golds' convention)
    facts = facts_of(
        "2025年4月9日，区长周启明在松岭社区党群服务中心召开座谈会。桃源社区居民反映小区门禁经常失灵。\n"
    )
    assert issues(facts) == {("松岭社区党群服务中心", "小区门禁经常失灵")}


@pytest.mark.fast
def test_raisers_of_a_stop_at_a_visit_keep_the_stop():
    # at a visited community, its residents named with it raise there (no seat involved)
    facts = facts_of("2025年4月9日，区长周启明来到松岭社区调研。松岭社区居民反映小区门禁经常失灵。\n")
    assert issues(facts) == {("松岭社区", "小区门禁经常失灵")}


VISIT = "2025年4月9日，县长周启明来到清溪镇枫林村调研。"


@pytest.mark.fast
@pytest.mark.parametrize(
    "title",
    [
        pytest.param("卫生室站长", id="station-head"),
        pytest.param("村小学校长", id="school-head"),
        pytest.param("卫生院院长", id="clinic-head"),
        pytest.param("村委会主任", id="committee-head"),
    ],
)
@pytest.mark.parametrize("act", ["提出", "反映", "也反映"])
def test_a_title_headed_raiser_opens_a_raising_of_its_own(title, act):
    facts = facts_of(VISIT + f"村民代表反映进村道路坑洼不平，{title}{act}缺少专业医护人员。\n")
    assert issues(facts) == {("枫林村", "进村道路坑洼不平"), ("枫林村", "缺少专业医护人员")}


@pytest.mark.fast
def test_a_title_inside_a_wish_is_no_new_raiser():
    # 希望站长… is what the villagers wish, the title inside their clause: no raising of
    # the title's own opens there (its act's content alone would be 整改办法)
    facts = facts_of(VISIT + "村民代表反映进村道路坑洼不平，希望站长提出整改办法。\n")
    assert ("枫林村", "站长提出整改办法") in issues(facts)
    assert ("枫林村", "整改办法") not in issues(facts)


@pytest.mark.fast
@pytest.mark.parametrize(
    "account, standing",
    [
        ("村里出租屋多、电线私拉乱接现象突出，消防通道常被占用", "村里出租屋多"),
        ("电线私拉乱接现象突出、村里出租屋多，消防通道常被占用", "村里出租屋多"),
        # (村里留守老人多、看病难问题突出: a group in need being many beside another item is its setting
        # since session 49, rprec49: tests/test_rprec49_49.py)
    ],
)
def test_an_accounts_standing_point_listed_with_a_problem_is_raised(account, standing):
    facts = facts_of(VISIT + f"村干部介绍，{account}。\n")
    assert ("枫林村", standing) in issues(facts)


@pytest.mark.fast
@pytest.mark.parametrize(
    "account",
    [
        "村里出租屋多，消防通道常被占用",  # no list: the standing clause is background
        "村里出租屋多、新建了一座文化广场",  # a list naming no problem: the account's facts
    ],
)
def test_an_accounts_standing_point_alone_stays_out(account):
    facts = facts_of(VISIT + f"村干部介绍，{account}。\n")
    assert not any("出租屋" in label for _, label in issues(facts))


@pytest.mark.fast
@pytest.mark.parametrize("raiser", ["业主", "居民", "住户"])
@pytest.mark.parametrize("complaint", ["小区围墙倒塌无人修缮", "隔壁小区施工噪音扰民"])
def test_an_estate_before_its_raisers_is_whole_when_the_complaint_names_an_estate(raiser, complaint):
    # the greedy reading 金枫小区业主反映小区 spans the raising act: no name ends
    # inside the estate's type word, so 金枫小区 is the raisers' place
    facts = facts_of(f"2025年4月9日，镇长周启明在镇政府会议室召开座谈会。金枫小区{raiser}反映{complaint}。\n")
    assert issues(facts) == {("金枫小区", complaint)}


@pytest.mark.fast
@pytest.mark.parametrize("raiser", ["居民", "业主", "居民代表"])
def test_raisers_of_two_stops_at_the_host_areas_meeting_after_a_tour_keep_their_stops(raiser):
    # the meeting after a tour is held by the area (the host), which encloses both stops
    facts = facts_of(
        "2025年4月9日，区长周启明来到松岭街道，先后走访了金枫小区和银杏小区。随后召开的座谈会上，"
        f"金枫小区{raiser}反映楼顶水箱漏水，银杏小区{raiser}反映电动车充电桩不够用。\n"
    )
    assert issues(facts) == {("金枫小区", "楼顶水箱漏水"), ("银杏小区", "电动车充电桩不够用")}


@pytest.mark.fast
def test_the_host_areas_own_residents_stay_at_the_host():
    facts = facts_of(
        "2025年4月9日，区长周启明来到松岭街道，先后走访了金枫小区和银杏小区。随后召开的座谈会上，"
        "松岭街道居民反映辖区菜市场太少。\n"
    )
    assert issues(facts) == {("松岭街道", "辖区菜市场太少")}
