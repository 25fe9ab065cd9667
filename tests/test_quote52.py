"""Session 52 (lead): a comma introduces a resident's direct speech as a colon does
(`IssueContent.quotes_after_colon`, `IssueReader.comma_speaker`).  Fixtures invented."""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

HEAD = "区长走访青石社区\n\n2025年4月9日，青溪区区长林志远来到青石街道青石社区调研。"


@pytest.mark.parametrize("said", [
    "75岁的居民汤阿姨第一个开口，“楼道灯坏了一个多月没人修。”",
    "会上，退休职工老周抢过话头，「楼道灯坏了一个多月没人修！」",
])
def test_a_comma_opens_the_residents_words(said):
    got = {label for _, label in issues(facts_of(HEAD + said + "\n林志远表示，要抓紧解决。"))}
    assert "楼道灯坏了一个多月没人修" in got, got


def test_an_officials_sentence_quoting_on_is_no_residents_speech():
    text = HEAD + "他告诉记者，能办的一个月内给群众答复，其他的也要跟踪到底，“老乡把心里话讲给你听，是信得过你”。\n"
    got = {label for _, label in issues(facts_of(text))}
    assert not any("心里话" in label for label in got), got


def test_a_quoted_term_inside_a_clause_is_no_speech():
    text = HEAD + "居民甲第一个开口，“口袋公园”建好以后，晚上路灯太暗。\n"
    got = {label for _, label in issues(facts_of(text))}
    assert "口袋公园" not in got, got
