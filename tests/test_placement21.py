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


def test_villagers_of_a_tour_of_a_village_and_a_community_told_in_one_sentence_speak_at_the_village():
    # 先后来到A村、B社区，村民反映X: the raisers' word names the kind of place (scene_raiser_kinds.tsv)
    f = facts_of("6月6日，副市长林晓梅先后来到五一村、十里社区，村民提出山塘淤积。在十里社区，居民反映外墙脱落。\n")
    assert ("五一村", "山塘淤积") in issues(f), issues(f)
    assert ("十里社区", "山塘淤积") not in issues(f), issues(f)
    assert ("十里社区", "外墙脱落") in issues(f), issues(f)


def test_residents_of_such_a_tour_speak_at_the_community_and_the_masses_at_both():
    f = facts_of("6月6日，副市长林晓梅先后来到五一村、十里社区，居民代表反映停车位紧张。\n")
    assert issues(f) == {("十里社区", "停车位紧张")}, issues(f)
    # 群众 names no kind of place: the sentence's stops both hold it, as before
    f = facts_of("6月6日，副市长林晓梅先后来到五一村、十里社区，群众反映停车位紧张。\n")
    assert issues(f) == {("五一村", "停车位紧张"), ("十里社区", "停车位紧张")}, issues(f)


def test_residents_of_a_tour_of_a_community_and_an_estate_keep_both_stops():
    # an estate has no kind (its residents are 居民 too): no stop is left out
    f = facts_of("6月6日，副市长林晓梅先后来到十里社区、青石小区，居民反映停车位紧张。\n")
    assert ("青石小区", "停车位紧张") in issues(f), issues(f)
