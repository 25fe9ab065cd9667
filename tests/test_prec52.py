"""Session 52 (prec52): issue labels that are no residents' complaint.

1. an item beginning inside a word the analyser reads across its start (并联|审批 ->
   联审批, 如何|转办 -> 何转办) is a fragment, no complaint (`IssueReader.cut_in_word`);
   the word edges are also features the learned filter may read
   (`issue_filter.word_edge_features`).

Every fixture is invented for these tests.
"""

from __future__ import annotations

import pytest

from kg.analyse import Token
from kg.extract import issue_filter
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast


# ---------------------------------------------------------------- 1. cut inside a word

@pytest.mark.parametrize("text, place, kept", [
    ("4月9日，县政协主席褚文澜来到青竹村，与村民座谈。村民代表吴秀梅说，办证手续繁琐、审批环节多，"
     "建议推行‘一次告知、并联审批’。", "青竹村", "办证手续繁琐、审批环节多"),
    ("4月9日，县政协主席褚文澜来到白塔社区，询问委员们每月接待群众的次数、收集到的意见如何转办。"
     "居民反映，小区路灯坏了很久。", "白塔社区", "小区路灯坏了很久"),
])
def test_an_item_cut_inside_a_word_is_no_issue(text, place, kept):
    labels = {label for _, label in issues(facts_of(text))}
    assert kept in labels
    assert not labels & {"联审批", "何转办"}


@pytest.mark.parametrize("tokens, at, label, cut", [
    ([Token("并联", "v", 0, 2), Token("审批", "vn", 2, 4)], 1, "联审批", 1.0),
    ([Token("如何", "r", 0, 2), Token("转", "v", 2, 3), Token("办", "v", 3, 4)], 1, "何转办", 1.0),
    ([Token("如何", "r", 0, 2), Token("转", "v", 2, 3), Token("办", "v", 3, 4)], 2, "转办", 0.0),
])
def test_word_edge_features(tokens, at, label, cut):
    assert issue_filter.word_edge_features(tokens, at, label)["cut_start"] == cut
