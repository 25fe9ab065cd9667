"""Where a visit stops and its issues are filed, session 21 (invented fixtures)."""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


def test_a_town_where_people_speak_in_the_visit_s_own_sentence_is_a_stop_beside_the_village_inside_it():
    # 来到X镇，镇区居民反映…: raised in the very sentence telling the visit, before the stop inside the town
    f = facts_of(
        "3月5日，县长杜文斌来到白马镇，镇区居民反映菜市场设施陈旧。之后来到白马镇上河村，村民反映村道破损严重。\n"
    )
    assert {("杜文斌", "白马镇"), ("杜文斌", "上河村")} <= visits(f), visits(f)
    assert ("白马镇", "菜市场设施陈旧") in issues(f), issues(f)
    assert ("上河村", "村道破损严重") in issues(f), issues(f)


def test_a_town_that_only_frames_the_village_inside_it_is_no_stop():
    # nothing raised at the town: it names where the stops lie, the village is the stop
    f = facts_of("3月5日，县长杜文斌来到白马镇调研。之后来到白马镇上河村，村民反映村道破损严重。\n")
    assert ("杜文斌", "上河村") in visits(f), visits(f)
    assert ("杜文斌", "白马镇") not in visits(f), visits(f)
