"""Session 53 (vis53b): visit faults of a general frame.  Fixtures invented.

- a list of names before a join word (A、B等参加视察) with a deputy or member in it is one
  touring group: its first name (a body's vice-chair) joins the tour too;
"""

import pytest

from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("text, who, place", [
    ("2025年4月2日，市人大常委会主任王建国带领部分市人大代表，对全市养老服务工作开展专题调研。"
     "市人大常委会副主任李秀英、市人大代表张海涛等参加调研。调研组首先来到东湖社区养老服务中心，察看助餐点运行情况。",
     "李秀英", "东湖社区养老服务中心"),
    ("2025年5月12日下午，区政协主席刘卫平率调研组到龙湾街道，就背街小巷改造开展视察，"
     "区政协委员周明与区政协副主席高建华一同参加。视察组走进龙湾街道青石巷，察看路面修缮情况。",
     "高建华", "青石巷"),
])
def test_a_list_with_a_member_joining_is_the_touring_group(text, who, place):
    got = visits(facts_of(text))
    assert any(o == who and p.endswith(place) for o, p in got), got


def test_cadres_listed_joining_without_a_member_make_no_visit():
    got = visits(facts_of("2025年5月12日下午，区长刘卫平到龙湾街道调研背街小巷改造，副区长高建华、区住建局局长周明参加调研。"
                          "刘卫平走进龙湾街道青石巷，察看路面修缮情况。"))
    assert not any(o in ("高建华", "周明") for o, _ in got), got


@pytest.mark.parametrize("text, place", [
    ("2025年1月9日，副市长程立伟来到东郊雪消纳场，察看清雪车辆进场秩序。", "东郊雪消纳场"),
    ("2025年1月9日上午，副市长程立伟先后察看了红旗大街除雪作业和北岭建筑垃圾消纳场。", "北岭建筑垃圾消纳场"),
    ("2025年6月3日，区长周敏来到城西垃圾填埋场，了解渗滤液处理情况。", "城西垃圾填埋场"),
])
def test_a_disposal_site_is_a_stop(text, place):
    got = visits(facts_of(text))
    assert any(p == place for _, p in got), got


@pytest.mark.parametrize("text, place", [
    ("2025年3月2日，县政协主席高志斌走进设在镇文化站二楼的青山镇农家书屋，翻看借阅记录。", "青山镇农家书屋"),
    ("2025年3月2日，县政协主席高志斌来到建在村委会后院的青山村老年活动中心，察看助餐情况。", "青山村老年活动中心"),
])
def test_a_set_up_clause_before_the_stop_tells_where_it_lies(text, place):
    # (设在X的Y after a visit verb: Y is the stop, X only where it lies)
    got = visits(facts_of(text))
    assert any(place.endswith(p) for _, p in got) and not any("设在" in p or "建在" in p for _, p in got), got


@pytest.mark.parametrize("text, place", [
    ("2025年4月8日，区长孙晓梅来到去年完成成套改造的桂馨坊，察看厨卫改造。", "桂馨坊"),
    ("2025年4月8日，区长孙晓梅来到老城厢的永安坊，察看弄堂公共空间。", "永安坊"),
])
def test_a_lane_estate_named_with_fang_after_a_modifier_is_the_stop(text, place):
    assert any(p == place for _, p in visits(facts_of(text)))


@pytest.mark.parametrize("text, place", [
    ("2025年4月8日，哈尔滨市香坊区区长孙晓梅来到和平社区，与街坊们聊家常，察看了几家小作坊。", "和平社区"),
    ("2025年4月8日，区长孙晓梅来到唐坊镇，察看制衣作坊。", "唐坊镇"),
])
def test_common_words_ending_in_fang_are_no_estate(text, place):
    got = visits(facts_of(text))
    assert {p for _, p in got} == {place}, got
