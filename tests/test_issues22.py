"""Session 22: issue precision from generated shapes (/work/tools/s22/issues22/gen22.py):
a clause that only qualifies the complaint before it, a unit's field of work heard about,
a share of the population, quotations side by side, plans dated first.  Fixtures are
invented; each runs the whole pipeline (kg.build_texts)."""

from __future__ import annotations

import pytest

from tests.extraction import issue_labels as _issues

VISIT = "2025年7月8日，区长柯明远来到梧桐湾社区，与居民座谈。"


@pytest.mark.fast
@pytest.mark.parametrize("judged", ["问题比较突出", "这种现象很普遍", "群众意见很大", "十分突出", "大家反映强烈"])
def test_an_evaluation_of_the_complaint_before_is_no_issue(judged):
    # issue_qualifiers.tsv evaluation/degree/size/subject: how bad the thing before is
    labels = _issues(VISIT + f"居民反映，单元门禁经常失灵，{judged}。")
    assert labels == {"单元门禁经常失灵"}, labels


@pytest.mark.fast
def test_a_thing_said_of_a_named_subject_stays_an_issue():
    # 停车问题比较突出: the subject names the matter; 居民多 says how things stand
    labels = _issues(VISIT + "居民反映，夜间停车问题比较突出。")
    assert labels == {"夜间停车问题比较突出"}, labels


@pytest.mark.fast
@pytest.mark.parametrize("risk", ["存在安全隐患", "有触电危险", "隐患较大"])
def test_a_risk_makes_the_clause_before_it_the_complaint(risk):
    # 车棚里杂物多 alone would be a standing fact (STANDING) before a problem; a risk
    # after it (issue_qualifiers.tsv risk) is what it poses
    labels = _issues(VISIT + f"居民反映，车棚里杂物多，{risk}。")
    assert "车棚里杂物多" in labels, labels


@pytest.mark.fast
@pytest.mark.parametrize("field", ["社区治理", "基层治理工作", "城市管理", "村庄建设"])
def test_a_units_field_of_work_heard_about_is_no_issue(field):
    # issue_themes.tsv: a unit and its work only, what the talk was about
    labels = _issues(VISIT + f"柯明远认真听取居民对{field}的意见建议。")
    assert labels == set(), labels


@pytest.mark.fast
def test_a_field_of_a_thing_named_heard_about_stays_an_issue():
    # (the seed counts 小区绿化建设 heard so: tests/test_seed.py)
    labels = _issues(VISIT + "柯明远认真听取居民对口袋公园建设的意见建议。")
    assert labels == {"口袋公园建设"}, labels


@pytest.mark.fast
def test_a_share_of_the_residents_is_a_statistic():
    labels = _issues(VISIT + "居民反映，小区共有住户412户，其中出租户占三成，垃圾桶经常满溢。")
    assert labels == {"垃圾桶经常满溢"}, labels


@pytest.mark.fast
def test_quotations_side_by_side_in_any_script_are_two_items():
    labels = _issues(VISIT + "居民提出了「修缮凉亭」『增设座椅』等诉求。")
    assert labels == {"修缮凉亭", "增设座椅"}, labels


@pytest.mark.fast
def test_a_plan_dated_before_its_verb_is_no_issue():
    labels = _issues(VISIT + "社区书记汇报说，社区下一步准备在河边建一处健身步道。居民反映，河边步道没有路灯。")
    assert labels == {"河边步道没有路灯"}, labels
