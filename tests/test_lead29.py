"""Lead's fixes of session 29: a complaint named before a copula and its bearers
(X成了居民的烦心事, X一直是困扰村民的难题, X是住户们最揪心的事).  Every fixture is
invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, parent_name, visits

VISIT = "2025年5月6日，区委副书记许文澜来到青松街道柏林社区走访。"


@pytest.mark.fast
@pytest.mark.parametrize(
    "sentence, label",
    [
        # a worry noun after 的 (issue_worry_nouns.txt), with 成了 or 是
        ("电动车飞线充电成了居民的烦心事。", "电动车飞线充电"),
        ("楼后那条排水沟是住户们的心病。", "楼后那条排水沟"),
        ("二次供水水压不足是小区业主最大的难题。", "二次供水水压不足"),
        # an adverb before the copula stays out of the content
        ("夜市油烟扰民一直是周边居民最头疼的问题。", "夜市油烟扰民"),
        ("垃圾清运不及时始终是居民的闹心事。", "垃圾清运不及时"),
        # an affect verb before the bearers (issue_affect_verbs.txt)
        ("菜市场搬迁后买菜难是困扰老人们多年的难题。", "菜市场搬迁后买菜难"),
        ("小区门前的断头路是困扰居民多年的问题。", "小区门前的断头路"),  # a plain matter noun after it
        ("地下室返潮是难住业主的一道坎。", None),  # 一道坎 is no matter noun: nothing
        # a wish noun
        ("加装电梯是居民的共同心愿。", "加装电梯"),
        # the older shape still holds: a comma and a worry act
        ("楼道堆物，是楼栋长最操心的事。", "楼道堆物"),
        # a scene or a date before the subject clause is no part of it
        ("在柏林社区，电动车飞线充电成了居民的烦心事。", "电动车飞线充电"),
        ("2025年5月7日，楼后那条排水沟是住户们的心病。", "楼后那条排水沟"),
    ],
)
def test_a_complaint_named_before_its_bearers(sentence, label):
    got = issues(facts_of(VISIT + sentence + "\n"))
    assert got == ({("柏林社区", label)} if label else set())


@pytest.mark.fast
@pytest.mark.parametrize(
    "sentence",
    [
        "如今路灯亮了，这不再是居民的烦心事。",  # negated: solved, not raised
        "停车难已不是居民的难题。",
        "许文澜说，背街小巷整治是群众最关心的问题。",  # the official's own words
        "做好为民服务是社区干部的责任。",  # 责任 is no worry noun
        "停车是居民的事。",  # a plain matter noun needs a worry act
    ],
)
def test_no_complaint_from_a_copula_that_does_not_name_one(sentence):
    assert issues(facts_of(VISIT + sentence + "\n")) == set()


@pytest.mark.fast
@pytest.mark.parametrize(
    "text, stop, parent",
    [
        # an area's type word alone opens a site of that area: the town's, the township's
        ("2025年5月6日，县长丁海川来到枫岭镇竹溪村，随后走访了镇敬老院。", "枫岭镇敬老院", "枫岭镇"),
        ("2025年5月6日，县长丁海川深入枫岭镇，先后来到竹溪村和镇中心小学。", "枫岭镇中心小学", "枫岭镇"),
        # the area named earlier in the same list, before it is registered
        ("2025年5月6日，县人大常委会副主任丁海川深入云雾乡云雾村、茶园村和乡卫生院调研。", "云雾乡卫生院", "云雾乡"),
    ],
)
def test_a_site_named_by_its_area_type_word_is_that_areas_site(text, stop, parent):
    facts = facts_of(text + "\n")
    assert ("丁海川", stop) in visits(facts)
    assert parent_name(facts, stop) == parent


@pytest.mark.fast
@pytest.mark.parametrize(
    "sentence",
    [
        # a bare 到 is also distance or direction in a resident's words: no stop
        "退休村医黄大姐呼吁，解决群众看病远的问题，“最远的组到乡卫生院要走两个小时山路”。",
        "正在候诊的群众反映,转诊到县医院的手续繁琐,来回跑好几趟.",
    ],
)
def test_no_stop_at_an_area_site_after_a_bare_to(sentence):
    facts = facts_of("2025年5月6日，县长丁海川来到白沙乡红旗村走访。" + sentence + "\n")
    assert visits(facts) == {("丁海川", "红旗村")}


@pytest.mark.fast
def test_a_community_facility_stays_a_look_around_the_community():
    # 社区 is no area: its generic facility is the community's own stop, as before
    facts = facts_of("2025年5月6日，区委书记丁海川走访柏林社区，随后来到社区卫生服务站。\n")
    assert visits(facts) == {("丁海川", "柏林社区")}
