"""Session 32 (FAULTS32, helper faultsc, opened probe p91): whole-report faults by kind.

1. A count in figures (江门村共有8个屯, 新丰村12户低保户) names no place: a name's figures
   are numbers (5社, 3号院), never counted with 个 or 户 (`place_segments.COUNTED_PEOPLE`).
2. A verb and its one-character object before a site's head (入园企业, 驻村企业,
   加强村卫生室) qualify the head as a clause: no name (`place_object_verbs.txt`).
3. The frame 以X为Y (以人民为中心) is a clause: it ends in 中心 but names no centre.
4. A phrase opened by a bare 村 before a site's head (在村茶叶加工厂) is the village's
   own plant, in the village just named (`place_own_unit_openers.txt`).
5. A service hall (服务大厅) written after its owner is a room of it, and a quoted
   generic term in a name (“一站式”) is no proper name (`place_room_words.txt`,
   `place_generic_words.txt`).
6. A tour's meeting host: stops named only in the lede's list are no stops told one by
   one, and the host is an area the tour's own officials came to (`IssuePlacement.host`).
7. A request that the complaint be dealt with along with a work (希望这次改造能一并解决,
   一并纳入这次改造计划) restates it (`issue_items.bare_request`).
8. A sentence describing a stop of the tour (B院是…宿舍院) turns the issues after it to
   that stop (`SceneFrame._parse_opener`).
9. 深入 opening a lede as an adverb (为深入践行…) is no visit told before a second
   official listed with commas: both lead (`official_acts.joins_lead`).

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


def places_of(text: str) -> set[str]:
    return {p.name for p in facts_of(text).places.values()}


# --- 1. a count in figures


def test_a_count_of_hamlets_is_no_place_and_the_village_keeps_the_visit():
    f = facts_of(
        "3月9日，县委书记罗文昌到白沙乡石岭村调研饮水工作。\n\n"
        "石岭村共有6个屯、1800人，近年建成了集中供水工程。在石岭村集中供水点，罗文昌察看了蓄水池。村民反映，旱季自来水经常停供。"
    )
    assert ("罗文昌", "石岭村") in visits(f)
    assert ("石岭村", "旱季自来水经常停供") in issues(f)
    assert not any("个屯" in name for _, name in visits(f))


def test_households_counted_in_a_village_are_no_stop():
    f = facts_of("5月2日，镇党委书记孙立平来到东升村调研。村民反映，村里没有路灯。孙立平还走访了东升村15户低保户、困难户。")
    assert visits(f) == {("孙立平", "东升村")}


def test_a_numbered_part_of_a_village_is_still_a_place():
    f = facts_of("5月2日，镇党委书记孙立平来到东升村3社，察看水渠。")
    assert ("孙立平", "3社") in visits(f) or any("3社" in p for _, p in visits(f))


# --- 2. a verb and its object before the head


def test_firms_entering_the_park_are_no_stop():
    f = facts_of(
        "4月3日，县委书记周明远来到青岭高新产业园，察看标准厂房，走访入园企业，了解用工情况。"
        "在企业座谈会上，大家提出了招工难、园区路灯不足等意见建议。"
    )
    assert visits(f) == {("周明远", "青岭高新产业园")}
    assert ("青岭高新产业园", "招工难") in issues(f)


def test_a_named_firm_is_still_a_stop():
    f = facts_of("4月3日，县委书记周明远来到青岭高新产业园，走访宏达机械有限公司。")
    assert ("周明远", "宏达机械有限公司") in visits(f)


# --- 3. 以X为Y


def test_a_people_centred_slogan_after_shenru_is_no_visit():
    f = facts_of("为深入践行以人民为中心的发展理念，6月2日，镇党委书记韩志新深入柳河村走访群众。")
    assert visits(f) == {("韩志新", "柳河村")}


def test_a_centre_with_a_name_is_still_visited():
    f = facts_of("6月2日，镇党委书记韩志新来到柳河村便民服务中心，察看办事窗口。")
    assert any(p.startswith("柳河村") for _, p in visits(f))


# --- 4. a bare 村 opening a site's phrase


def test_the_villages_own_plant_keeps_the_issues_at_the_village():
    f = facts_of(
        "7月8日，县长黎国栋来到松溪村调研。在村部，村民反映，通组路被洪水冲断了。"
        "在村茶叶精制加工厂，黎国栋与茶农交谈。茶农们说，加工用电价格偏高、揉捻设备老化。"
    )
    got = issues(f)
    assert ("松溪村", "加工用电价格偏高") in got and ("松溪村", "揉捻设备老化") in got
    assert visits(f) == {("黎国栋", "松溪村")}


def test_a_place_named_with_cun_opening_is_still_a_name():
    assert "村前村" in places_of("7月8日，县长黎国栋来到平江镇村前村调研。")


# --- 5. a service hall of its owner


LEDE_ESTATE = "6月3日，县人大常委会主任龙启明深入城南镇新桥安置区、和平社区和石门村开展走访调研。\n\n"


def test_a_quoted_service_hall_is_a_room_of_the_estate():
    f = facts_of(
        LEDE_ESTATE + "龙启明走进安置区“一站式”服务大厅和扶贫车间，与工人交流。"
        "随后，他在安置区居民议事厅召开座谈会。座谈会上，群众代表提出了安置区周边缺少菜市场、部分楼栋外墙渗水等意见建议。"
    )
    assert ("龙启明", "新桥安置区") in visits(f)
    got = issues(f)
    assert ("新桥安置区", "安置区周边缺少菜市场") in got and ("新桥安置区", "部分楼栋外墙渗水") in got


def test_a_hall_with_its_own_name_is_kept():
    f = facts_of("6月3日，县长龙启明来到城南镇政务服务中心，察看“红枫”服务驿站。")
    assert any("政务服务中心" in p for _, p in visits(f))


# --- 6. the host of a tour's meeting


def test_a_meeting_after_one_stop_of_a_lede_list_is_at_that_stop():
    f = facts_of(
        "6月3日，县人大常委会主任龙启明深入城南镇新桥安置区、和平社区和石门村开展走访调研。城南镇党委书记吴海波参加。\n\n"
        "龙启明来到新桥安置区。座谈会上，群众代表提出了安置区周边缺少菜市场、部分楼栋外墙渗水等意见建议。"
    )
    got = issues(f)
    assert ("新桥安置区", "安置区周边缺少菜市场") in got
    assert not any(place == "城南镇" for place, _ in got)


def test_another_teams_community_hosts_no_meeting():
    f = facts_of(
        "7月2日，区人大常委会主任唐建华、区政协主席陆文斌分别带队深入基层。\n\n"
        "唐建华一行来到河西街道瑞丰社区，察看代表之家。居民代表们的意见主要集中在地下车库积水等方面。\n\n"
        "陆文斌来到西沽镇智能装备产业园，走访天津鸿运机电有限公司、天津恒信新材料有限公司，了解企业生产情况。"
        "随后，在园区综合服务中心召开的政企恳谈会上，企业负责人提出的问题包括园区公交线路少、职工宿舍不足。"
    )
    got = issues(f)
    assert ("瑞丰社区", "地下车库积水") in got
    assert not any(place == "瑞丰社区" and "公交" in label for place, label in got)


# --- 7. 一并: along with a work


@pytest.mark.parametrize(
    "request_clause",
    ["希望一并纳入这次改造计划", "希望这次改造能一并解决"],
)
def test_a_request_to_deal_with_it_along_with_the_works_is_no_issue(request_clause):
    f = facts_of(f"5月6日，区长秦晓东来到翠屏小区调研。居民周桂芳反映，楼道雨水管破裂，{request_clause}。")
    assert {label for _, label in issues(f)} == {"楼道雨水管破裂"}


def test_a_request_naming_a_new_thing_along_is_kept():
    f = facts_of("5月6日，区长秦晓东来到翠屏小区调研。居民周桂芳反映，楼道雨水管破裂，希望一并修好小区门口的路灯。")
    assert any("路灯" in label for _, label in issues(f))


# --- 8. a sentence describing a stop


TOUR = "9月2日上午，区政协主席邵国梁深入东关镇春晖社区调研。\n\n"


def test_a_description_of_the_next_stop_turns_the_issues_to_it():
    f = facts_of(
        TOUR + "邵国梁一行先后来到春晖社区锦华园小区、和平路8号院。在锦华园小区，居民说：“楼下没有充电桩。”"
        "邵国梁要求社区尽快规划。和平路8号院是上世纪90年代建成的职工宿舍院，没有物业。楼组长反映，院内下水道经常堵塞，院门口路面破损。"
    )
    got = issues(f)
    assert ("和平路8号院", "院内下水道经常堵塞") in got and ("和平路8号院", "院门口路面破损") in got


def test_a_description_of_a_place_not_visited_turns_nothing():
    f = facts_of(
        TOUR + "邵国梁一行来到春晖社区锦华园小区。在锦华园小区，居民说，楼下没有充电桩。"
        "邻近的新华大厦是上世纪90年代建成的写字楼。居民反映，院内下水道经常堵塞。"
    )
    assert ("锦华园小区", "院内下水道经常堵塞") in issues(f)


# --- 9. 深入 as an adverb before two officials listed with commas


def test_two_officials_after_an_adverbial_shenru_both_visit():
    f = facts_of("为深入践行新发展理念，8月3日，青河镇党委书记马卫东，镇党委副书记、镇长阿不都·热合曼一同深入红旗村走访群众。")
    assert visits(f) == {("马卫东", "红旗村"), ("阿不都·热合曼", "红旗村")}


def test_a_companion_after_the_leads_visit_still_accompanies():
    f = facts_of("8月3日，镇长马卫东来到红旗村调研，副镇长周兴一同调研。")
    assert ("周兴", "红旗村") not in visits(f) or facts_of("8月3日，镇长马卫东来到红旗村调研，副镇长周兴一同调研。").officials["周兴"].role != "visitor"


# --- 10. the quality of opinions announced


@pytest.mark.parametrize("closing", ["提出了不少有针对性的意见建议", "提出了许多有价值的建议"])
def test_opinions_announced_by_their_quality_name_no_issue(closing):
    f = facts_of(f"5月6日，区长秦晓东来到翠屏社区调研。在社区活动室，居民代表围绕加装电梯、小区停车难等诉求深入交流，{closing}。")
    assert {label for _, label in issues(f)} == {"加装电梯", "小区停车难"}


def test_a_complaint_about_an_unhelpful_service_is_kept():
    f = facts_of("5月6日，区长秦晓东来到翠屏社区调研。居民反映，物业公司服务态度不好，维修很不及时。")
    assert any("维修很不及时" in label or "服务态度不好" in label for _, label in issues(f))


def test_a_side_hamlet_group_is_still_a_stop():
    # 下 is an object verb (下乡), but 下寨 names a hamlet: only firms' and facilities' heads lose it
    f = facts_of("2025年6月3日，副镇长罗斌来到青山村的上寨村民小组。村民组长说，寨子里的路灯坏了半年。")
    assert ("罗斌", "上寨村民小组") in visits(f)
