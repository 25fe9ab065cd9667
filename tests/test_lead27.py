"""Session 27, lead: a follow-up word with a problem after it is a complaint about a service."""

import pytest

from tests.extraction import facts_of, issues

VISIT = "2025年5月6日，区长柯文远来到青禾街道枫林社区。"


@pytest.mark.fast
@pytest.mark.parametrize("item", ["不动产证办理慢", "低保审批办理太慢", "维修申请答复不及时", "报修以后反馈很慢"])
def test_a_slow_service_is_a_complaint_though_its_verb_is_a_follow_up_word(item):
    facts = facts_of(f"{VISIT}居民们反映了{item}、停车位不足等问题。")
    assert ("枫林社区", item) in issues(facts)
    assert ("枫林社区", "停车位不足") in issues(facts)


@pytest.mark.fast
@pytest.mark.parametrize("sentence", ["社区将居民反映的问题汇总后交办。", "柯文远要求对居民意见建议认真办理、及时答复。"])
def test_what_is_done_with_issues_is_still_no_issue(sentence):
    assert issues(facts_of(f"{VISIT}居民反映楼道灯不亮。{sentence}")) == {("枫林社区", "楼道灯不亮")}
