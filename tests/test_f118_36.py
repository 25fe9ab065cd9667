"""FAULTS36_p118: visit faults of a probe on district-level urban governance.

Invented fixtures, real pipeline; each fix with a precision twin.
1. a name with the adverb 刚 read into it (林海|刚走进) when the report writes the
   short name elsewhere (official_transcribed.adverb_cut_from_name);
2. a named estate listed with the community's facilities (走进X小区和社区养老服务中心)
   is a stop; the facilities alone are a look round the community;
3. 带着 is a lead word: the officials brought accompany, the lead makes the stops;
4. a way walked after 离开X (沿着Y路步行察看) is a stop; a way leading into the move
   verb's own place (沿着X街拐进Y巷) is none;
5. two officials setting out together naming no place (甲，乙深入辖区网点) are the
   party of the stops told next.
"""

import pytest

from tests.extraction import facts_of, posts, visits

pytestmark = pytest.mark.fast


def test_adverb_cut_from_a_name_written_short_elsewhere():
    f = facts_of("5月9日,河东区青石街道党工委书记林海刚走进东园社区,查看老旧小区改造。"
                 "林海先来到东园小区,居民反映,小区路灯坏了。随后,林海来到西塘村。林海说,要尽快解决。")
    assert set(posts(f)) == {"林海"}
    assert {("林海", "东园小区"), ("林海", "西塘村")} <= visits(f)


def test_name_written_with_the_character_everywhere_stays_whole():
    f = facts_of("5月9日,青石街道党工委书记林海刚走进东园社区,查看老旧小区改造。林海刚先来到东园小区。")
    assert set(posts(f)) == {"林海刚"}


def test_named_estate_listed_with_community_facility_is_a_stop():
    f = facts_of("6月3日上午,东城区区长钱立新来到东湖街道青园社区,走进青园花苑小区和社区养老服务中心,开展走访活动。")
    assert visits(f) == {("钱立新", "青园花苑小区")}


def test_community_facilities_alone_leave_the_community_the_stop():
    f = facts_of("6月3日上午,区长钱立新来到东湖街道青园社区,走进社区食堂和社区养老服务中心,开展走访活动。")
    assert visits(f) == {("钱立新", "青园社区")}


def test_officials_brought_along_accompany_the_lead():
    f = facts_of("7月2日上午,东城区区长钱立新带着区城管局局长何明、区住建局副局长方芳等,来到青石街道东园社区和"
                 "白沙街道翠湖小区,现场接访群众。在东园社区东园巷,钱立新察看了管网改造工地。居民反映,巷子排水管老化。"
                 "随后,钱立新来到白沙街道翠湖小区。居民说,烧烤店噪音扰民。")
    assert visits(f) == {("钱立新", "东园巷"), ("钱立新", "翠湖小区")}


def test_brought_without_an_official_keeps_the_visit():
    f = facts_of("7月2日,区长钱立新带着问题来到白沙村,察看村容村貌。")
    assert visits(f) == {("钱立新", "白沙村")}


def test_way_walked_after_leaving_a_place_is_a_stop():
    f = facts_of("6月7日,区长钱立新来到青石街道,开展周末走访。在东园社区东园小区,居民反映,楼道灯坏了。"
                 "离开小区,钱立新沿着柳荫路步行察看。几位商户说,路面坑洼不平。")
    assert ("钱立新", "柳荫路") in visits(f)


def test_way_walked_inside_the_place_is_no_stop():
    f = facts_of("6月7日,区长钱立新来到东园社区东园小区。钱立新沿着小区东园路步行察看。居民反映,楼道灯坏了。")
    assert visits(f) == {("钱立新", "东园小区")}


def test_way_turned_into_a_lane_from_is_no_stop():
    f = facts_of("6月7日,区长钱立新来到青石街道东园社区。钱立新沿着柳荫街拐进东园巷,一边走一边察看巷内路面。"
                 "在东园巷,居民反映,巷子公厕太少。")
    assert visits(f) == {("钱立新", "东园巷")}


def test_way_to_a_village_is_no_stop():
    f = facts_of("6月7日,区长钱立新沿着滨江路来到青石村,察看村容村貌。")
    assert visits(f) == {("钱立新", "青石村")}


PAIR_SETS_OUT = ("4月11日下午,在青石街道东园社区“暖心驿站”,快递小哥小王向前来走访的街道干部诉苦。\n\n"
                 "当天,东城区委常委、青石街道党工委书记钱立新,街道党工委副书记、办事处主任何明深入辖区快递网点和社区食堂,"
                 "听取快递员和居民的意见建议。\n\n")


def test_pair_setting_out_together_makes_the_party():
    f = facts_of(PAIR_SETS_OUT + "在暖心驿站座谈时,快递员说,小区不让电动车进门。钱立新一一记下。\n\n"
                 "随后,一行人来到翠园社区长者食堂。老人们说,食堂菜品种类少。何明表示,将调整菜单。")
    assert {("何明", "长者食堂"), ("钱立新", "长者食堂")} <= visits(f)


def test_pair_going_apart_by_name_keeps_their_own_stops():
    f = facts_of("4月11日,青石街道党工委书记钱立新,办事处主任何明深入辖区快递网点,听取意见。"
                 "随后,钱立新来到翠园社区长者食堂,何明来到东园社区暖心驿站。")
    assert visits(f) == {("钱立新", "长者食堂"), ("何明", "暖心驿站")}


def test_named_road_walked_read_as_a_name_is_a_stop():
    f = facts_of("6月7日,区长钱立新来到青石街道,开展周末走访。在东园社区东园小区,居民反映,楼道灯坏了。"
                 "离开小区,钱立新沿着索凌路步行察看。几位商户说,路面坑洼不平。")
    assert ("钱立新", "索凌路") in visits(f)


def test_common_way_walked_is_no_road():
    f = facts_of("6月7日,区长钱立新来到青石街道东园社区。离开社区,钱立新沿着人行道步行察看。居民反映,楼道灯坏了。")
    assert visits(f) == {("钱立新", "东园社区")}


def test_stretch_between_two_places_is_no_stop():
    f = facts_of("6月9日,区人大常委会主任钱立新来到青石街道。随后,钱立新步行来到东园小区,察看无障碍设施改造进展。"
                 "居民代表王大姐向她反映,小区内的盲道被杂物占用;小区到公交站之间的人行道没有缘石坡道。钱立新叮嘱街道抓紧整改。")
    assert visits(f) == {("钱立新", "东园小区")}


def test_going_from_a_place_to_a_bus_stop_is_a_stop():
    f = facts_of("6月9日,区长钱立新来到东园小区。随后,钱立新从小区到青石公交站察看候车亭改造。")
    assert ("钱立新", "青石公交站") in visits(f)
