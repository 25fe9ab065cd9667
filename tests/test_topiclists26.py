"""Newcomer findings of session 26 on issue lists: a topic list written with commas
(关于A，B和C的意见建议, as a repaired ASCII comma gives), and an official asking after
the residents' problems (询问A、B等问题).  Every fixture is invented; the tests run
the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import at, facts_of, issues

VISIT = "2024年5月9日，区长孔繁星来到柳岸街道春晖社区，"


@pytest.mark.fast
@pytest.mark.parametrize(
    "topic, items",
    [
        ("小区停车难,加装电梯和道路积水", ("小区停车难", "加装电梯", "道路积水")),
        ("楼道照明不足，垃圾清运不及时以及健身器材老化", ("楼道照明不足", "垃圾清运不及时", "健身器材老化")),
        ("充电桩太少，路灯不亮，下水道堵塞和外墙渗水", ("充电桩太少", "路灯不亮", "下水道堵塞", "外墙渗水")),
    ],
)
@pytest.mark.parametrize("head", ["意见建议", "诉求"])
def test_a_comma_topic_list_closed_by_an_opinion_head_gives_each_item(topic, items, head):
    facts = facts_of(VISIT + f"听取居民关于{topic}的{head}。\n")
    assert issues(facts) == at("春晖社区", *items)


@pytest.mark.fast
@pytest.mark.parametrize(
    "text",
    [
        # a run of clauses: the piece after the comma is a clause of its own
        "关于老旧小区改造，孔繁星和街道干部听取了居民的意见建议。",
        "关于小区停车难，孔繁星与居民代表交流了意见。",
        # no conjunction joins the last clause's items: no list
        "关于停车难，孔繁星认真听取居民意见。",
        # who gave the opinions, not what they were about
        "关于加装电梯，居民和物业的意见建议。",
        "听取居民关于停车难，孔繁星和社区干部的意见建议。",
    ],
)
def test_clauses_after_a_topic_marker_are_no_comma_list(text):
    assert issues(facts_of(VISIT + text + "\n")) == set()


STOP = "2024年4月2日，县长葛长庚来到松坪镇石门村，"


@pytest.mark.fast
@pytest.mark.parametrize("verb", ["详细询问", "询问了解", "了解", "仔细询问了"])
@pytest.mark.parametrize(
    "problems, items",
    [
        ("独居老人吃水难、就医远", ("独居老人吃水难", "就医远")),
        ("出行难、晾晒场地不足", ("出行难", "晾晒场地不足")),
    ],
)
def test_problems_an_official_asks_after_are_raised_at_the_stop(verb, problems, items):
    facts = facts_of(STOP + f"{verb}{problems}等问题。\n")
    assert issues(facts) == at("石门村", *items)


@pytest.mark.fast
@pytest.mark.parametrize(
    "text",
    [
        "详细询问了工程进度和村民意见。",  # work asked after, no problem named
        "了解疫情防控、垃圾分类、志愿服务等工作。",  # fields of work
        "细致了解他们的生活状况和实际困难。",  # no list closed by 等
        "询问身体怎么样、看病方不方便、还有什么困难。",  # questions, nothing stated
    ],
)
def test_an_official_asking_after_work_or_circumstances_names_no_issue(text):
    assert issues(facts_of(STOP + text + "\n")) == set()
