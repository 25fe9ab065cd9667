"""Session 30 (lead): the stops of a tour whose lede names no place.

A report may open with the tour in general (`区长X带队走访社区`) and then give
each stop as a paragraph opening `在X社区，居民反映…`: the lead official is at
each of those communities.  Fixtures are invented.
"""

import pytest

from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast

LEDES = [
    "6月3日，区长邓立华带队走访社区，了解民生诉求。",
    "近日，县委书记冷秋实深入基层走访，倾听群众呼声。",
    "7月12日上午，街道党工委书记韦岚到辖区开展“走基层”调研。",
]

STOPS = [
    ("在青禾社区，居民反映，楼道照明灯坏了很久。", "青禾社区"),
    ("在桂香村，村民们说，村里的灌溉渠年久失修。", "桂香村"),
    ("在丹霞小区，居民们提出，希望增设电动自行车充电桩。", "丹霞小区"),
]


def lead_of(lede: str) -> str:
    return next(n for n in ("邓立华", "冷秋实", "韦岚") if n in lede)


@pytest.mark.parametrize("lede", LEDES)
@pytest.mark.parametrize("stop, place", STOPS)
def test_first_scene_is_a_stop(lede, stop, place):
    assert (lead_of(lede), place) in visits(facts_of(lede + "\n" + stop))


@pytest.mark.parametrize("lede", LEDES[:2])
def test_next_community_beside_the_last(lede):
    text = lede + "\n在青禾社区，居民反映，楼道照明灯坏了很久。\n在远航社区，居民提出，希望增设公交线路。"
    got = visits(facts_of(text))
    assert {(lead_of(lede), "青禾社区"), (lead_of(lede), "远航社区")} <= got


def test_scene_with_no_one_speaking_is_no_stop():
    # a place described, nobody met there: the report tells of it, the official is not shown there
    text = LEDES[0] + "\n在青禾社区，改造工程已进入收尾阶段。"
    assert not visits(facts_of(text))


def test_scene_after_a_named_stop_elsewhere_is_kept_apart():
    # the tour's stop is a town; a community of another, named town is not reached by opening 在X
    text = ("6月3日，区长邓立华来到梅林镇调研。\n"
            "在邻县石桥镇青禾社区，居民反映，楼道照明灯坏了很久。")
    assert (("邓立华", "青禾社区")) not in visits(facts_of(text))


def test_a_spot_inside_the_stop_is_no_new_stop():
    text = ("6月3日，区长邓立华来到青禾社区走访。\n"
            "在青禾社区三号楼，居民反映，楼道照明灯坏了很久。")
    got = visits(facts_of(text))
    assert ("邓立华", "青禾社区") in got or ("邓立华", "三号楼") in got


# ---- a newcomer's findings (session 30): a name's 和, a passage's 里, a group's title

from tests.extraction import posts  # noqa: E402


@pytest.mark.parametrize("community", ["永和路社区", "颐和路社区", "太和路社区", "人和街社区"])
def test_he_inside_a_road_named_community(community):
    text = f"2024年7月3日，区长王明来到东湖街道{community}走访。"
    got = visits(facts_of(text))
    assert ("王明", community) in got
    assert not any(len(p) <= 3 and p.endswith("社区") and p not in community for _, p in got), got


def test_he_between_two_named_communities_still_splits():
    text = "2024年7月3日，区长王明先后来到三里屯村和平安社区。"
    assert {("王明", "三里屯村"), ("王明", "平安社区")} <= visits(facts_of(text))


@pytest.mark.parametrize("spot", ["楼道里", "过道里", "车库里", "楼梯间里", "巷道里"])
def test_passage_or_store_with_li_is_no_estate(spot):
    text = f"2024年5月3日，区长王明来到南华西街道龙骧社区。居民说，电动车只能停在{spot}。"
    names = {p.name for p in facts_of(text).places.values()}
    assert not any(n.endswith("里") for n in names), names


def test_lane_estate_named_li_stays():
    text = "2024年5月3日，区长王明来到宝康里和同心里走访。"
    assert {("王明", "宝康里"), ("王明", "同心里")} <= visits(facts_of(text))


@pytest.mark.parametrize("headline", ["鼓楼区领导分两路走访调研老旧小区", "区领导分三路深入基层调研", "县领导分头走访慰问困难群众"])
def test_leaders_as_a_group_are_no_official(headline):
    f = facts_of(headline + "\n\n2024年7月3日，区委书记赵海涛来到颐和路社区。")
    assert set(o.name for o in f.officials.values()) == {"赵海涛"}


def test_a_named_leader_after_the_group_title_stays():
    f = facts_of("2024年7月3日，市领导储明来到颐和路社区走访。")
    assert "储明" in {o.name for o in f.officials.values()}
