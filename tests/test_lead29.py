"""Lead's fixes of session 29: a complaint named before a copula and its bearers
(X成了居民的烦心事, X一直是困扰村民的难题, X是住户们最揪心的事).  Every fixture is
invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues

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
        ("地下室返潮是难住业主的一道坎。", None),  # 一道坎 is no matter noun: nothing
        # a wish noun
        ("加装电梯是居民的共同心愿。", "加装电梯"),
        # the older shape still holds: a comma and a worry act
        ("楼道堆物，是楼栋长最操心的事。", "楼道堆物"),
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
