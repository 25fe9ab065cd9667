"""The scene frame of issue placement: asides and presence openers (invented fixtures)."""

import pytest

from kg.extract.issue_scene import in_quotation
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast


def test_a_flashback_paragraph_does_not_move_the_meeting_that_follows():
    # 会前，… told after the meeting's stop: the meeting is still at the stop
    f = facts_of(
        "7月2日，镇长祝承宇到桂花村召开群众座谈会。\n"
        "会前，祝承宇先后察看了桂花村的灌溉水渠和村卫生室。\n"
        "座谈会上，村民们反映了灌溉用水不足、村道路灯不亮等问题。\n"
    )
    assert issues(f) == {("桂花村", "灌溉用水不足"), ("桂花村", "村道路灯不亮")}, issues(f)


def test_an_earlier_visit_told_with_cixian_sets_no_scene_for_the_next_paragraph():
    f = facts_of(
        "9月10日，区委书记邵明远来到清溪街道翠屏社区，与居民代表座谈。\n"
        "此前，邵明远已走访了辖区内的锦绣小区，察看了老旧电梯运行情况。\n"
        "座谈中，居民代表们提出了加装电梯、增设社区食堂等建议。\n"
    )
    assert {place for place, _ in issues(f)} == {"翠屏社区"}, issues(f)


def test_a_flashback_holds_its_own_sentence():
    # issues raised in the flashback's own sentence are raised where it went
    f = facts_of(
        "9月10日，区委书记邵明远来到清溪街道翠屏社区。\n"
        "此前，邵明远已走访了锦绣小区，居民反映了电梯老旧的问题。\n"
    )
    assert issues(f) == {("锦绣小区", "电梯老旧")}, issues(f)


def test_a_place_inside_a_quotation_is_no_scene():
    f = facts_of(
        "4月15日，县委书记罗建川来到石桥村，与群众代表座谈。"
        "村民代表赵桂兰说：“村里到乡上的通村路太窄，一下雨就是烂泥。”"
        "村民孙长顺提出，希望在村口增设一个客运招呼站。"
    )
    got = issues(f)
    assert got and {place for place, _ in got} == {"石桥村"}, got


def test_a_place_opening_a_clause_mid_paragraph_holds_the_issues_after_it():
    # 杏林村里，…: the visit reading found no visit there, but the report is at the village
    f = facts_of(
        "11月3日，县人大代表闵春华来到柳河乡的三个村开展走访。"
        "杏林村里，村民反映了饮水管道老化的问题。"
    )
    assert issues(f) == {("杏林村", "饮水管道老化")}, issues(f)


def test_a_paragraph_opened_by_a_place_and_li_sets_its_scene():
    f = facts_of(
        "6月4日，街道党工委书记程立华来到辖区走访，听取群众意见。\n"
        "早上七点，青柳路菜市场里人头攒动。顾客抱怨，市场门口没地方停车。\n"
        "随后，程立华来到青柳一村，居民反映楼道灯不亮。\n"
    )
    got = issues(f)
    assert ("青柳路菜市场", "市场门口没地方停车") in got, got
    assert ("青柳一村", "楼道灯不亮") in got, got


def test_a_community_opener_with_a_programme_name_holds_the_issues():
    # 在X社区“…课堂”，: the quoted programme is no place; the community the report is at
    f = facts_of(
        "10月22日，市政协副主席李红梅来到金鸡社区彩云幼儿园，察看保教设施。"
        "在南湖社区“四点半课堂”，家长代表马晓芸反映，周边缺少托育机构。"
    )
    assert issues(f) == {("南湖社区", "周边缺少托育机构")}, issues(f)


def test_a_generic_centre_opened_by_a_type_word_stands_for_the_community_visited():
    # 在社区党群服务中心，: the community of the trip, not the stop before it
    f = facts_of(
        "2月21日，区长钱建宇先后来到梁溪湖产业园和新安街道春晖苑社区调研。\n"
        "在梁溪湖产业园，钱建宇与员工交流。\n"
        "在社区党群服务中心，社区书记戴晓燕介绍，社区工作者人手明显不足。\n"
    )
    got = issues(f)
    assert got == {("春晖苑社区", "社区工作者人手明显不足")}, got


def test_a_corner_of_the_stop_opening_a_clause_gives_way_to_the_stop():
    f = facts_of("6月3日，区长石川来到金桥小区。在3号楼前，居民反映，楼道堆物严重。")
    assert issues(f) == {("金桥小区", "楼道堆物严重")}, issues(f)


def test_in_quotation():
    assert in_quotation("他说：“到镇上的路太窄。”", 6, 0)
    assert not in_quotation("他说：“路太窄。”他来到石桥村。", 12, 0)


def test_a_place_after_an_officials_remark_opens_no_scene():
    # 石川指出，在X，…: the clause before the comma is a remark, not a time or sequence lead
    f = facts_of(
        "6月3日，区长石川来到金桥小区。石川指出，在青禾社区，也要做好加装电梯工作。"
        "居民反映，楼道堆物严重。"
    )
    assert issues(f) == {("金桥小区", "楼道堆物严重")}, issues(f)


def test_a_time_lead_may_stand_before_the_opener():
    f = facts_of(
        "6月4日，街道党工委书记程立华来到辖区走访。\n"
        "当天下午，杏林村里，村民反映了饮水管道老化的问题。\n"
    )
    assert issues(f) == {("杏林村", "饮水管道老化")}, issues(f)


def test_a_site_opener_inside_the_area_visited_is_finer_than_the_area():
    f = facts_of(
        "7月8日，区委副书记武振华来到长乐街道。\n"
        "傍晚，长乐夜市里人声鼎沸。摊主们反映，夜市缺少公共厕所。\n"
    )
    assert issues(f) == {("长乐夜市", "夜市缺少公共厕所")}, issues(f)


def test_a_generic_venue_after_a_stop_inside_the_community_is_the_community():
    # the canteen was the stop; 在社区党群服务中心，… is another venue of the community
    f = facts_of(
        "12月1日，区委书记陈国栋走进了桂湾社区老年食堂，察看供餐情况。\n"
        "在社区党群服务中心，陈国栋与居民代表座谈。居民代表反映，社区附近没有公共停车场。\n"
    )
    assert issues(f) == {("桂湾社区", "社区附近没有公共停车场")}, issues(f)


def test_a_generic_venue_that_is_the_stop_keeps_the_stop():
    f = facts_of(
        "12月1日，区委书记陈国栋来到桂湾社区党群服务中心。\n"
        "在社区党群服务中心，陈国栋与居民代表座谈。居民代表反映，社区附近没有公共停车场。\n"
    )
    assert issues(f) == {("桂湾社区党群服务中心", "社区附近没有公共停车场")}, issues(f)


def test_a_meeting_held_in_a_generic_room_of_the_village_is_at_the_village():
    # 王明在村委会会议室召开座谈会: the venue opens the scene, after a stop inside the village
    f = facts_of(
        "11月27日，县委书记张宏伟来到枣林镇后岭村。\n"
        "在后岭村苹果产业园，张宏伟察看了分拣装箱。\n"
        "随后，张宏伟在村委会会议室召开座谈会。村民代表反映，村卫生室只有一名村医。\n"
    )
    assert issues(f) == {("后岭村", "村卫生室只有一名村医")}, issues(f)


def test_a_generic_place_with_a_locative_opens_the_scene_of_its_kind():
    # 在社区院坝里，: no type word ends the phrase, but 里 says it is a place in the community
    f = facts_of(
        "7月9日下午，区人大代表唐思远来到青松街道竹北社区开展走访。"
        "代表们先走访了竹南小区，居民反映，小区门口人行道坑洼不平。"
        "随后，在社区院坝里，一场坝坝会开了起来。网格员周小燕反映，有3栋楼没有物业管理。\n"
    )
    got = issues(f)
    assert {place for place, label in got if "物业" in label} == {"竹北社区"}, got
