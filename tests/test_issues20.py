"""Session 20: issue shapes found by generating raiser x act x issue texts in a visit frame
(who raises, by which act, and what counts as the problem). Fixtures are invented; each
runs the whole pipeline (kg.build_texts)."""

from __future__ import annotations

import pytest

from tests.extraction import issue_labels as _issues
from kg.extract.issue_scheme import categorise

VISIT = "2025年5月14日，区长邵文清来到柳荫街道金穗社区，与居民座谈。"




@pytest.mark.fast
def test_a_kind_of_resident_by_their_work_raises_with_an_open_verb():
    # 牧民, 外卖骑手 are kinds of residents (issue_raisers.txt): their 表示，… is a verb
    # anchor (issue_frames.verb_anchors), as 业主's is
    labels = _issues(VISIT + "一名外卖骑手表示，小区门口没有电动车停放点。")
    assert any("没有电动车停放点" in label for label in labels), labels
    labels = _issues(VISIT + "几位牧民表示，草场围栏破损。")
    assert "草场围栏破损" in labels, labels


@pytest.mark.fast
def test_existential_you_before_the_raiser_is_no_verb_of_theirs():
    # 有居民表示: 有 introduces the subject (issue_frames.EXISTENTIAL)
    labels = _issues(VISIT + "有居民表示，单元门禁经常失灵。")
    assert "单元门禁经常失灵" in labels, labels


@pytest.mark.fast
def test_a_worry_named_after_de_is_raised():
    # 头疼/操心 as `relative` acts (issue_acts.tsv): 最头疼的是X
    labels = _issues(VISIT + "楼组长最头疼的是楼道里堆满杂物。")
    assert any("楼道里堆满杂物" in label for label in labels), labels
    labels = _issues(VISIT + "村民们最操心的是灌溉水渠淤塞。")
    assert any("灌溉水渠淤塞" in label for label in labels), labels


@pytest.mark.fast
def test_a_wish_head_noun_then_its_link():
    # 心愿 is a head noun (issue_heads.txt): 最大的心愿是X
    labels = _issues(VISIT + "独居的周奶奶最大的心愿是在楼下建一个老年助餐点。")
    assert any("老年助餐点" in label for label in labels), labels


@pytest.mark.fast
def test_an_official_asking_raises_nothing():
    # 询问 stays a container of 问 (issue_act_containers.txt): in reports it is the visiting
    # official's act, most often with the subject left out (generated shapes, session 20)
    labels = _issues(VISIT + "邵文清走进独居老人家中，详细询问了老人每月领多少养老金、看病方不方便。")
    assert not labels, labels


@pytest.mark.fast
def test_a_one_character_predicate_ends_an_item():
    # issue_problem_ends.txt: 远/贵 state the problem at the item's end only
    labels = _issues(VISIT + "居民反映，看病远。")
    assert any("看病远" in label for label in labels), labels
    labels = _issues(VISIT + "居民说，社区卫生站开通了远程问诊。")
    assert not labels, labels


@pytest.mark.fast
def test_the_scheme_tells_an_elevators_upkeep_from_its_retrofit_and_parks_outside_cars():
    # ontology/issues.ttl: the longer keyword wins (issue_scheme.categorise)
    assert categorise("电梯老化") == "ElevatorUpkeep"
    assert categorise("加装电梯") == "ElevatorRetrofit"
    assert categorise("外来车辆占用严重") == "Parking"
