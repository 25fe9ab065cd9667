"""Session 52 (prec52): issue labels that are no residents' complaint.

1. the word edges the learned filter may read: does the analyser read a word across an item's
   first or last character (`issue_filter.word_edge_features`; a guard dropping such items
   was taken out at merge: a sealed report lost a hit);
2. the official addressed and bid look or listen (镇长你看, 主任您瞧: `issue_items.VOCATIVE`);
3. a speaker's age alone (今年八十一了: `issue_items.AGE_ALONE`);
4. a concession repeating its predicate (好看是好看: `issue_items.GRANTED`);
5. assent to what is planned (改造我们举双手赞成: `issue_items.ASSENT`);
6. an item opening with the bare classifier 个, cut from 有个 (`issue_items.BARE_CLASSIFIER`),
   and an order to finish by a deadline alone (限期办结: `issue_items.DEADLINE_ORDER`).

Every fixture is invented for these tests.
"""

from __future__ import annotations

import pytest

from kg.analyse import Token
from kg.extract import issue_filter
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast


# ---------------------------------------------------------------- 1. the word edges the filter may read

@pytest.mark.parametrize("tokens, at, label, cut", [
    ([Token("并联", "v", 0, 2), Token("审批", "vn", 2, 4)], 1, "联审批", 1.0),
    ([Token("如何", "r", 0, 2), Token("转", "v", 2, 3), Token("办", "v", 3, 4)], 1, "何转办", 1.0),
    ([Token("如何", "r", 0, 2), Token("转", "v", 2, 3), Token("办", "v", 3, 4)], 2, "转办", 0.0),
])
def test_word_edge_features(tokens, at, label, cut):
    assert issue_filter.word_edge_features(tokens, at, label)["cut_start"] == cut


# ---------------------------------------------------------------- 2-5. an address, an age, a concession, assent

def labels_of(text):
    return {label for _, label in issues(facts_of(text))}


@pytest.mark.parametrize("text, kept, gone", [
    pytest.param("5月8日，镇长韩立群来到青禾农贸市场察看。在水产区，一位摊主把他拉到摊位后面：“镇长你看，这排水沟一堵就泛臭，"
     "地面一年到头都是湿的。”", "这排水沟一堵就泛臭", "镇长你看", id="the official addressed"),
    pytest.param("5月8日，街道办主任韩立群来到桂园社区走访。一位居民拉着她说：“主任您瞧，楼道里的电线乱成一团，晚上黑漆漆的。”",
     "楼道里的电线乱成一团", "主任您瞧", id="the official addressed"),
    pytest.param("5月8日，区长韩立群来到桂园社区走访。居民周大爷说：“我今年八十一了，住在五楼，楼梯太陡，下一趟楼很难。”",
     "楼梯太陡", "我今年八十一了", id="a speaker's age"),
    pytest.param("5月8日，区长韩立群来到桂园社区走访。“都八十多岁了，”居民周大爷说，“小区没有电梯，买菜下楼很吃力。”",
     "小区没有电梯", "都八十多岁了", id="a speaker's age"),
    pytest.param("5月8日，区长韩立群来到迎春巷走访。有居民说施工围挡搭了两个多月，也有人反映巷子里的老式路灯太暗，"
     "“好看是好看，夜里回来心里发毛”。", "巷子里的老式路灯太暗", "好看是好看", id="a concession"),
    pytest.param("5月8日，区长韩立群来到迎春巷走访。居民王阿姨说，新铺的石板路“平整是平整，下雨天太滑”。",
     "下雨天太滑", "新铺的石板路平整是平整", id="a concession"),
    pytest.param("5月8日，区长韩立群来到红星农贸市场走访。摊主李秀兰第一个发言：“改造我们举双手赞成，就怕改完后摊位费涨得太多。”",
     "就怕改完后摊位费涨得太多", "改造我们举双手赞成", id="assent"),
    pytest.param("5月8日，区长韩立群来到红星农贸市场走访。摊主李秀兰说：“搬迁这件事大家都拥护，就是临时摊位离得太远，顾客找不到。”",
     "临时摊位离得太远", "搬迁这件事大家都拥护", id="assent"),
    pytest.param("5月8日，区长韩立群来到石门村走访。村里独居老人希望有个地方吃顿热饭，盼着开办老年食堂。", "开办老年食堂", "个地方吃顿热饭", id="a bare classifier"),
])
def test_what_stands_beside_a_complaint_is_no_issue(text, kept, gone):
    # the official addressed, a speaker's age, a concession, assent, an item cut after a bare 个
    labels = labels_of(text)
    assert kept in labels and gone not in labels


@pytest.mark.parametrize("item", ["不少居民不赞成", "路灯坏了三年了", "今年水价涨了"])
def test_kept_beside_them(item):
    from kg.extract.issue_items import keep
    assert keep(item)


# ---------------------------------------------------------------- 6. a bare classifier, a deadline order

@pytest.mark.parametrize("item, kept", [
    ("个地方写作业", False), ("个地方吃顿热饭", False), ("个别路段破损严重", True),
    ("限期办结", False), ("限期整改", False), ("限期整改一直没落实", True),
])
def test_bare_classifier_and_deadline_order(item, kept):
    from kg.extract.issue_items import keep
    assert keep(item) is kept
