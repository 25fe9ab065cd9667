"""Session 56 (names56): stops cut short or hidden by what is written after them.

1. A market named after an estate (X苑便民市场, X花园农贸市场) is a place of its own,
   read whole as X苑市场 is; the estate's work (X苑加装电梯项目) and its own office
   (X小区人大代表联络站) stay the estate.
2. A work written after a place and 的 (X胡同的架空线入地工程) is the place's work:
   the stop is the place, not the work.
3. A named road written after an area's jurisdiction (X街道辖区内的Y路，) is the
   place the scene is set at, not the area.

Every fixture is invented.
"""

import pytest

from kg.extract.place_check import work_of_place
from kg.extract.place_lists import road_in_area
from kg.extract.place_parse import parse_at
from kg.extract.place_segments import Segment, estate_facility
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

LEDE = "6月3日，青山区委书记王明来到"


# ---------------------------------------------------------------- 1. an estate's facility
@pytest.mark.parametrize("site", ["锦绣花园农贸市场", "康乐苑便民市场", "康乐苑农贸市场"])
def test_a_market_named_after_an_estate_is_read_whole(site):
    assert parse_at(f"来到{site}察看物价。", 2).text == site
    assert visits(facts_of(LEDE + site + "察看物价。")) == {("王明", site)}


def test_a_facility_after_the_estate_community_is_the_stop():
    got = visits(facts_of(LEDE + "康乐苑社区的康乐苑便民市场，察看物价。"))
    assert ("王明", "康乐苑便民市场") in got
    assert ("王明", "康乐苑") not in got


def test_a_market_named_after_an_estate_in_one_word_is_a_market():
    assert visits(facts_of(LEDE + "康乐苑市场察看物价。")) == {("王明", "康乐苑市场")}


def test_an_estate_work_or_office_stays_the_estate():
    assert estate_facility(Segment("康乐苑加装电梯项目", "Facility", "site"), 3) is False
    assert estate_facility(Segment("康乐苑便民服务中心", "Facility", "site"), 3) is False
    assert parse_at("来到康乐苑加装电梯项目察看。", 2).text == "康乐苑"


# ---------------------------------------------------------------- 2. a place's work
LANES = ("7月9日，东城区区长王明走进安定门街道的槐花胡同和榆钱胡同，检查架空线入地工程和充电设施建设情况。\n"
         "槐花胡同的架空线入地工程刚完工不久。几位居民还告诉王明，胡同口新立的两个箱体占了半条道，早晚高峰错车困难。")


def test_a_work_written_after_its_place_leaves_the_place_the_stop():
    facts = facts_of(LANES)
    assert visits(facts) == {("王明", "槐花胡同"), ("王明", "榆钱胡同")}
    assert ("槐花胡同", "早晚高峰错车困难") in issues(facts)


def test_a_work_written_alone_is_no_place_work():
    assert work_of_place(LANES, "槐花胡同", "架空线入地工程")
    assert not work_of_place("检查架空线入地工程", "槐花胡同", "架空线入地工程")


# ---------------------------------------------------------------- 3. a road in an area
ROAD = ("3月4日上午，区长王明不打招呼，直奔现场，暗访检查排水管网改造情况。\n"
        "青河区天河街道辖区内的青柳路，排水工程已进入排管阶段。王明沿着施工围挡一路步行察看，发现围挡破损。"
        "路边一家面馆的店主向他反映：“工地噪音太大，晚上睡不着。”")


def test_a_road_in_an_areas_jurisdiction_is_the_scene():
    facts = facts_of(ROAD)
    assert visits(facts) == {("王明", "青柳路")}
    assert ("青柳路", "工地噪音太大") in issues(facts)


def test_only_a_named_road_closing_its_phrase_is_read():
    assert road_in_area("天河街道辖区内的青柳路，", 8).text == "青柳路"
    assert road_in_area("天河街道辖区内的道路，", 8) is None
    assert road_in_area("天河街道辖区内的青柳路口", 8) is None
