"""Session 52 (prec52): issue labels that are no residents' complaint.

1. an item beginning inside a word the analyser reads across its start (并联|审批 ->
   联审批, 如何|转办 -> 何转办) is a fragment, no complaint (`IssueReader.cut_in_word`);
   the word edges are also features the learned filter may read
   (`issue_filter.word_edge_features`);
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


@pytest.mark.parametrize("text, kept", [
    ("5月3日，镇长周海林来到西岭村调研。留守老人多，大家盼着办一个老年食堂。", "办一个老年食堂"),
    ("5月3日，镇长周海林来到西岭村调研。村民们盼了好几年，都盼着修一座过河的桥。", "修一座过河的桥"),
])
def test_a_word_read_across_an_aspect_particle_cuts_nothing(text, kept):
    # (the analyser may read 着办 as one word: the item after 着 is whole)
    assert kept in {label for _, label in issues(facts_of(text))}


@pytest.mark.parametrize("text, kept", [
    ("5月3日，镇长周海林来到西岭村走访。村民赵大爷说，老伴腰不好，希望村卫生室能配个理疗仪。", "理疗仪"),
    ("5月3日，镇长周海林来到西岭村走访。村民赵大爷说，看病要跑二十里，希望镇卫生院能派医生来坐诊。", "派医生来坐诊"),
])
def test_a_name_the_analyser_runs_a_verb_into_cuts_nothing(text, kept):
    # (希望村, 希望镇卫生院 read as names: the item after 希望 is whole)
    assert any(kept in label for _, label in issues(facts_of(text)))


@pytest.mark.parametrize("text, kept", [
    ("2024年4月2日，县长葛长庚来到松坪镇石门村，询问了解出行难、看病远等问题。", "出行难"),
    ("2024年4月2日，县长葛长庚来到松坪镇石门村。村民反映机耕道太窄，收割机进不去。", "机耕道太窄"),
])
def test_an_act_the_analyser_runs_into_the_items_first_character_cuts_nothing(text, kept):
    # (询问了|解出|行难, 反映机|耕道: one character of the item in the act's word)
    assert kept in {label for _, label in issues(facts_of(text))}


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
