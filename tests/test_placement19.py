"""Where residents' issues are filed, session 19 (invented fixtures)."""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast


def test_a_forum_held_after_a_tour_at_a_venue_after_a_time_word_holds_its_issues():
    # 在随后于V召开的座谈会上: the venue after the clause words (随后于) is no stop read, but holds the forum's issues
    f = facts_of(
        "4月11日，区政协主席蒋文韬到青荷街道松岚社区开展调研。\n"
        "蒋文韬先后走进松岚社区老年食堂和翠柏苑小区，察看适老化改造情况。\n"
        "在随后于松岚社区党群服务中心召开的座谈会上，委员和居民代表围绕楼道照明不足、快递柜数量少等问题深入交流。\n"
    )
    got = issues(f)
    assert ("松岚社区党群服务中心", "楼道照明不足") in got, got
    assert not any(place in ("松岚社区老年食堂", "翠柏苑小区") for place, _ in got), got


def test_a_meeting_after_stops_told_one_by_one_is_held_by_the_trip_s_host_area():
    # the scene holds the last stop only; the meeting's issues go to the subdistrict named after the headline's district
    f = facts_of(
        "临江区人大常委会督导老旧小区改造\n"
        "5月21日，区人大常委会主任罗建华带领部分人大代表，对桂湖街道老旧小区改造项目开展督导。桂湖街道办事处主任孙婷陪同。\n"
        "督导组首先来到金桂苑小区。居民李师傅说，绿化带还没有恢复。\n"
        "在银杏新村，督导组察看了加装电梯施工现场。居民反映，施工围挡占用了停车位。\n"
        "随后召开的座谈会上，孙婷汇报了全街道改造进展，并坦言存在的困难：一是改造资金缺口较大，二是长效管护难。\n"
    )
    got = issues(f)
    assert ("桂湖街道", "改造资金缺口较大") in got, got
    assert ("银杏新村", "施工围挡占用了停车位") in got, got
    assert ("金桂苑小区", "绿化带还没有恢复") in got, got


def test_a_meeting_after_a_single_stop_stays_at_that_stop():
    # one stop before the meeting: no tour, the stop keeps its issues
    f = facts_of(
        "5月21日，区人大常委会主任罗建华带领部分人大代表，对桂湖街道老旧小区改造项目开展督导。\n"
        "在银杏新村，督导组察看了加装电梯施工现场。\n"
        "随后召开的座谈会上，居民代表反映，施工围挡占用了停车位。\n"
    )
    got = issues(f)
    assert got and {place for place, _ in got} == {"银杏新村"}, got
