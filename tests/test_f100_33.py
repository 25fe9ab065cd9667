"""Session 33 (FAULTS33_p100, opened probe p100): a whole-report failure and a missed stop.

1. A forum a town holds at a venue (X镇在V召开议事会), its leaders then told talking with
   residents there (A、B与30余名居民代表面对面交流): the talk with partners
   (`kg/lexicons/partner_talk_verbs.txt` after a partner preposition) is taking part in the
   event, as 参加 or 出席 is, so A and B are at V (`visits.Reader.join_brought`).  Before, no
   one visited V and every issue of the forum went to the town.
2. (Taken back by the lead: 睦邻点 as a site suffix made `二次供水泵房和睦邻点` one place, as
   和睦 opens names, and moved an opened report's four issues there.)

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


# --- 1. officials talking with residents at a forum held at a venue


@pytest.mark.parametrize("talk", ["面对面交流", "座谈交流", "亲切交谈"])
def test_talk_at_a_forum_held_at_a_venue_is_a_visit(talk):
    facts = facts_of(
        "5月8日晚，青石镇在桂香苑居民区睦邻中心召开“邻里议事会”，镇党委书记罗建明、"
        f"镇党委副书记苏晓雯与20余名居民代表{talk}。居民代表说，小区北门的路灯坏了一个多月。"
    )
    got = visits(facts)
    assert {who for who, _ in got} == {"罗建明", "苏晓雯"}, got
    assert all("睦邻中心" in place for _, place in got), got
    assert any("睦邻中心" in place for place, _ in issues(facts)), issues(facts)


def test_talk_with_no_venue_held_is_no_visit():
    # the town holds the forum nowhere named: an administration at work, no stop
    facts = facts_of(
        "5月8日晚，青石镇召开“邻里议事会”，镇党委书记罗建明与20余名居民代表面对面交流。"
    )
    assert visits(facts) == set(), visits(facts)


def test_trading_experience_is_no_talk_at_the_forum():
    # 交流 with an object: units trading experience, not the leader meeting people at V
    facts = facts_of(
        "5月8日，青石镇在桂香苑居民区睦邻中心召开议事会。镇党委书记罗建明与兄弟镇交流经验。"
    )
    assert visits(facts) == set(), visits(facts)


# --- 2. an elders' mutual-care point is a stop


def test_a_point_of_work_is_no_stop():
    # 点 alone after a village is no site: a work's pilot spot stays the village's
    facts = facts_of(
        "6月2日，区委副书记陶志刚来到石湖镇枫林村，察看垃圾分类试点。村民反映村道路灯不亮。"
    )
    got = visits(facts)
    assert got == {("陶志刚", "枫林村")}, got


# --- 3. residents gathered at a spot, then speaking: the party is at the group


def test_residents_gathered_at_a_spot_then_speaking_set_the_stop():
    # the gathering clause names where they sit: 13 characters before the comma
    facts = facts_of(
        "3月14日，镇长石玉峰来到青浦镇红桥村调研。\n\n"
        "在红桥村5组，村民们围坐在宅前屋后的小场地上，七嘴八舌地聊开了。大家反映的问题包括宅间道路破损积水。"
    )
    assert ("石玉峰", "红桥村5组") in visits(facts), visits(facts)
    assert ("红桥村5组", "宅间道路破损积水") in issues(facts), issues(facts)


def test_residents_at_work_set_no_stop():
    # residents seen at work, no one speaking to the party: the group is no stop
    facts = facts_of(
        "3月14日，镇长石玉峰来到青浦镇红桥村调研。\n\n"
        "在红桥村5组，村民们正在宅前屋后的田地里收割晚稻，一派丰收景象。"
    )
    assert visits(facts) == {("石玉峰", "红桥村")}, visits(facts)
