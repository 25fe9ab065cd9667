"""Issues at the right stop, session 16: when the scene moves to a named unit of
its own (an enterprise, a facility, a project's site, a park) the issues raised
there are that unit's, not the community's or village's around it.  Every
fixture is invented; the end-to-end tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits

VISIT = "11月3日，县委书记周志诚深入包联的桃源镇杏花村，走访群众、察看产业。"


def _places_of(text: str) -> dict[str, set[str]]:
    """label -> the places its issues were filed at."""
    got: dict[str, set[str]] = {}
    for place, label in issues(facts_of(text)):
        got.setdefault(label, set()).add(place)
    return got


@pytest.mark.fast
def test_a_named_site_opening_a_paragraph_inside_the_village_holds_its_issues():
    # 在X村Y产业园，…: the scene moved to the park (a unit of its own) — not the village visited
    got = _places_of(
        VISIT + "\n\n在杏花村蓝莓产业园，果农们正忙着采摘。周志诚询问今年的收购价格。"
        "果农李大山告诉书记，收购商压价厉害，冷库也不够用。"
    )
    assert got.get("冷库也不够用") == {"蓝莓产业园"}


@pytest.mark.fast
def test_a_named_site_elsewhere_holds_its_issues_not_the_previous_stop():
    # after an enterprise, 在Z项目工地，… is the site of the work, not the enterprise left behind
    got = _places_of(
        "5月8日，区人大常委会主任林文昌带队来到东园街道调研。\n\n"
        "随后，林文昌一行走进青禾电子有限公司，企业负责人反映招工难。\n\n"
        "在东园街道滨江路改造项目工地，施工负责人介绍进度，居民希望夜间不要施工。"
    )
    assert got.get("夜间不要施工") == {"滨江路改造项目工地"}


@pytest.mark.fast
def test_a_spot_or_a_generic_corner_of_the_stop_gives_way_to_the_stop():
    # 在3号楼前, 在社区食堂: corners of the stop, not units of their own
    got = _places_of(
        "6月2日，区长韩立群来到柳岸社区，调研老旧小区改造。\n\n在3号楼前，居民反映楼道灯坏了很久。"
    )
    assert got.get("楼道灯坏了很久") == {"柳岸社区"}



@pytest.mark.fast
def test_an_area_word_opening_a_generic_facility_names_that_areas_facility():
    # 在街道社区党建服务中心开展…: the subdistrict's centre (the subdistrict named in the post), a stop
    f = facts_of(
        "12月2日上午，东城区青枫路街道党工委书记顾晓岚在街道社区党建服务中心开展“书记接待日”活动。\n\n"
        "居民反映，弄堂里的电线缠成一团，雨天经常跳闸。"
    )
    # (东城区 a district of its own, the subdistrict in it: 城区 ends no common word there, NEWCOMER49)
    assert {p for _, p in visits(f)} == {"青枫路街道社区党建服务中心"}
    assert {p for p, _ in issues(f)} == {"青枫路街道社区党建服务中心"}


@pytest.mark.fast
def test_an_area_word_before_a_room_or_in_a_complaint_makes_no_facility():
    # 在街道会议室 is a room of the subdistrict; 到乡卫生院看病 in a complaint is no visit
    f = facts_of(
        "3月4日，青河区柳湾街道党工委书记顾晓岚在街道会议室主持召开座谈会。"
        "村民反映，看病要走十多里山路到乡卫生院。"
    )
    assert not any("会议室" in p or "卫生院" in p for _, p in visits(f))
