"""Issues: where they sit when no visit is told, and what is not an issue (invented fixtures)."""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


def test_with_no_visit_issues_sit_at_the_place_the_report_names_most():
    # no visit verb: the report is a residents' meeting about 青龙湾 (a LOC word with no
    # type word); the town, named once in a title, is not where the issues were raised
    f = facts_of(
        "3月5日晚，青龙湾的二十多位居民聚在一起开了个议事会，桂山镇副镇长王丽华听取大家的意见。"
        "青龙湾是个老小区，住户多是退休职工。青龙湾居民张大伯反映，楼道里的路灯坏了很久，晚上出行不便。"
        "桂山镇的青龙湾居民李阿姨说，希望小区能加装电梯。"
    )
    assert not visits(f)
    got = issues(f)
    assert got and {place for place, _ in got} == {"青龙湾"}, got
    # (the label keeps 楼道里的 since session 30: 楼道里 is the locative, no estate cutting it off)
    assert any(place == "青龙湾" and label.endswith("路灯坏了很久") for place, label in got), got


def test_with_no_visit_a_registered_place_written_most_keeps_the_issues():
    f = facts_of(
        "3月5日晚，柳岸社区的居民代表在社区活动室开了个议事会，桂山镇副镇长王丽华听取大家的意见。"
        "柳岸社区是个老社区。柳岸社区居民张大伯反映，楼道里的路灯坏了很久。"
    )
    assert not visits(f)
    got = issues(f)
    assert got and {place for place, _ in got} == {"柳岸社区"}, got


def test_residents_of_an_estate_visited_only_later_raise_at_the_stop_they_speak_at():
    # issues stay where raised: the estate the residents come from becomes a stop only
    # after they spoke at the building site (both points of the sentence, 说…；还有居民提出…)
    f = facts_of(
        "2025年6月3日，区长石川来到长风镇，实地察看长风镇安置房项目工地。"
        "走访中，附近金桥小区的居民说，渣土车经过时尘土飞扬；还有居民提出，工地门前没有红绿灯，希望设置信号灯。"
        "随后，石川来到金桥小区，与业委会负责人座谈。业委会主任反映，小区物业费多年没有调整。"
    )
    got = issues(f)
    assert ("长风镇安置房项目工地", "渣土车经过时尘土飞扬") in got, got
    assert ("长风镇安置房项目工地", "工地门前没有红绿灯") in got, got
    assert ("金桥小区", "小区物业费多年没有调整") in got, got  # raised at the estate's own stop


def test_a_stop_named_short_at_the_head_of_an_earlier_sentence_holds_the_issues_after_it():
    # 在人大代表之家， names the stop 长风街道人大代表之家 by the tail of its name; the
    # voters' topics in the next sentence are raised there, not at the stop before it
    f = facts_of(
        "2025年6月3日，区人大常委会主任石川来到长风街道，走访了金桥五村和长风街道人大代表之家。"
        "在金桥五村，他详细了解加装电梯进展。居民们反映，低层住户意见难统一。"
        "在人大代表之家，石川与区人大代表王丽一起接待选民。选民们围绕菜场营业时间短、公交换乘不便等问题提出意见建议。"
    )
    got = issues(f)
    assert ("长风街道人大代表之家", "菜场营业时间短") in got, got
    assert ("金桥五村", "低层住户意见难统一") in got, got
    assert ("金桥五村", "菜场营业时间短") not in got, got


def test_an_opening_place_holding_another_place_does_not_decide():
    # 在X社区的Y小区，: the estate is the stop, not the community that holds it
    f = facts_of(
        "2025年6月3日，区政协主席石川带队来到长风街道，先后走访了金桥社区和金桥花苑小区。"
        "在金桥社区的金桥花苑小区，委员们察看了垃圾投放亭。家住7幢的汤阿姨反映，投放亭离她家太远，下雨天扔垃圾很不方便。"
    )
    got = issues(f)
    assert got and {place for place, _ in got} == {"金桥花苑小区"}, got



def test_a_first_clause_saying_how_things_stand_is_background_to_the_complaint():
    # a group being many, a share, what there was: background before a problem or a wish
    f = facts_of(
        "2025年6月3日，区长石川来到金桥小区。退休教师孟先生提出，社区里的双职工家庭多，希望服务站暑假能开设少儿托管班。"
        "居民区书记说，居民区老年人占比超过四成，独居老人没人照顾。"
        "一旁的居民晏大姐说，小区里原来有个老年活动室，现在堆满了杂物，老人们没有地方下棋。"
    )
    got = {label for _, label in issues(f)}
    assert {"服务站暑假能开设少儿托管班", "独居老人没人照顾"} <= got, got
    assert not got & {"社区里的双职工家庭多", "居民区老年人占比超过四成", "小区里原来有个老年活动室"}, got


def test_a_first_clause_saying_something_is_too_many_is_the_complaint():
    f = facts_of("2025年6月3日，区长石川来到金桥小区。居民们反映，外来车辆太多，小区道路经常堵塞。")
    assert ("金桥小区", "外来车辆太多") in issues(f), issues(f)
