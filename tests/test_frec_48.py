"""Session 48 (frec: missed issues whose place was found), kinds found on the opened sets p187, p188,
p191, p193, each pinned with invented sentences in two wordings (one in another shape) and a twin
left alone.

1. A raising act's degree before 的 (反映比较集中的, 反映最突出的) qualifies a head noun as 的 alone
   does: the items follow the head's link and count (问题主要有三条：1.A；2.B), not the head itself;
   an announcement closed by its count (困难主要有以下几点) is no content of its own.
2. A topic phrase (a noun closed by 那/这 and a classifier, `issue_topic_classifiers.txt`) opening
   a spoken complaint names what the clause after it is about: that clause is the complaint.
3. A wish told as a hypothetical (要是能X就好了, 如果X该多好) asks for X as 希望 does: the item is
   marked asked for (`contrasted`), as a request's is, for the learned filter's kept model.
4. Problem predicates (`issue_problem_words.txt`): a space filled up (停满, 堆满), a lane left dark
   (黑灯瞎火), a thing cracked or collapsed (冻裂, 裂了, 垮了); and upkeep left undone
   (`issue_undone_verbs.txt`: 多年没清掏, 好几年没清洗): an account's clause stating them is raised.
5. Opinions received (收集, 征集: `issue_acts.tsv` receive) and laid out before a colon by a disposal
   (把…的意见一条条念了出来：, `issue_layout_verbs.txt`: 念, 读, 列) are the residents' items.
"""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast


def labels(facts, place):
    return {label for p, label in issues(facts) if p == place}


# 1. a degree before 的 and a head noun announcing items

def test_degree_relative_head_announces_numbered_lines():
    facts = facts_of("2024年3月5日，区长王明来到柳岸社区。社区书记李红介绍，居民反映比较集中的问题主要有三条：\n\n"
                     "1.部分楼栋外墙渗水；\n2.小区里晒被子的地方被车位占了；\n3.加装电梯后的保养费用由谁出还没定下来。\n\n"
                     "王明表示，要认真研究。\n")
    got = labels(facts, "柳岸社区")
    assert "部分楼栋外墙渗水" in got and "加装电梯后的保养费用由谁出还没定下来" in got
    assert not any(label.startswith("问题主要有") for label in got)


def test_degree_relative_head_announces_bracketed_points_in_a_report():
    facts = facts_of("2024年6月1日，县长周平到石桥村调研。村支书刘明汇报，村民反映最突出的困难主要有以下几点：\n"
                     "（一）自来水管老化，经常停水；\n（二）村道太窄，会车难。\n周平表示，要逐项研究。\n")
    got = labels(facts, "石桥村")
    assert {"自来水管老化", "村道太窄"} <= got
    assert not any("以下几点" in label for label in got)


def test_degree_relative_head_done_by_officials_stays_out():
    # the twin: the raised problems are what the officials act on, no content follows
    facts = facts_of("2024年6月1日，县长周平到石桥村调研，要求对群众反映集中的问题开展回头看。\n")
    assert labels(facts, "石桥村") == set()


# 2. a demonstrative topic phrase before its comment

def test_topic_phrase_before_the_complaint_in_a_quote():
    facts = facts_of("2024年7月2日，县长周平到石桥村走访。村民老张说：“到镇上的那条路，一下雨就往下掉石头，娃娃上学我们都提心吊胆。”\n")
    got = labels(facts, "石桥村")
    assert "一下雨就往下掉石头" in got and "到镇上的那条路" not in got


def test_topic_phrase_opening_a_quote_before_its_speaker():
    facts = facts_of("2024年7月2日，县长周平到石桥村走访。\n\n“学校门口的那段路，一到放学就堵得走不动。”家长李女士说。\n")
    got = labels(facts, "石桥村")
    assert any(label.startswith("一到放学就堵") for label in got) and "学校门口的那段路" not in got


def test_a_clause_ending_in_a_demonstrative_phrase_stays():
    # the twin: a verb before the demonstrative makes a clause, a complaint of its own
    facts = facts_of("2024年7月2日，县长周平到石桥村走访。村民老张说，娃娃上学都得绕远走那条土路，下雨天全是泥。\n")
    assert any(label.startswith("娃娃上学都得绕远走") for label in labels(facts, "石桥村"))


# 3. a wish told as a hypothetical asks as 希望 does

def test_wish_after_complaints_in_a_quote_is_raised():
    facts = facts_of("2024年3月5日，区长王明来到柳岸村的颐养之家。负责人李红带他们看了厨房：“厨房太窄，碗筷只能用开水烫，要是能添个消毒柜就好了。”\n")
    assert any("消毒柜" in label for _, label in issues(facts))


def test_wish_with_its_other_opener_and_end_is_raised():
    facts = facts_of("2024年3月5日，区长王明来到柳岸村。村民老张说，村里路灯太少，晚上出门黑乎乎的，如果能多装几盏灯该多好。\n")
    assert any("多装几盏灯" in label for label in labels(facts, "柳岸村"))


def test_a_condition_and_its_result_is_no_wish():
    # the twin: 要是…，…就… sets a condition, no wish: the clause is no request
    facts = facts_of("2024年3月5日，区长王明来到柳岸村。村民老张说，村里路灯太少，要是下雨，路就走不了。\n")
    assert "村里路灯太少" in labels(facts, "柳岸村")


# 4. problem predicates in an account and in speech

def test_filled_and_dark_in_a_cadres_account():
    facts = facts_of("2024年3月5日，区长王明来到柳岸社区。居委会主任李红介绍，每到周末，小区消防通道两侧停满了车；"
                     "路灯移交后没人管，一到晚上不少楼道黑灯瞎火。\n")
    got = labels(facts, "柳岸社区")
    assert "小区消防通道两侧停满了车" in got and any("黑灯瞎火" in label for label in got)


def test_upkeep_left_undone_in_an_account():
    facts = facts_of("2024年3月5日，区长王明来到柳岸社区。社区书记李红介绍，改造后出行方便多了；另外，有的楼栋水箱好几年没清洗，夏天常常发臭。\n")
    assert any("水箱好几年没清洗" in label for label in labels(facts, "柳岸社区"))


def test_cracked_and_collapsed_after_a_first_complaint():
    facts = facts_of("2024年3月5日，区长王明来到柳岸村。村民老张说：“村道坑坑洼洼的，屋后的挡墙都裂了，后山又垮了一块。”\n")
    got = labels(facts, "柳岸村")
    assert "屋后的挡墙都裂了" in got and "后山又垮了一块" in got


def test_an_account_of_work_done_stays_out():
    # the twin: full and lit as praise of work done is no problem
    facts = facts_of("2024年3月5日，区长王明来到柳岸社区。社区书记李红介绍，新建的停车场投用后，周边道路通畅多了，夜里路灯也都亮了。\n")
    assert labels(facts, "柳岸社区") == set()


# 5. received opinions laid out before a colon

def test_collected_opinions_read_out_are_raised():
    facts = facts_of("2024年3月5日，区长王明来到柳岸社区。社区书记把前期征集的诉求一条条念了出来：楼道灯不亮；垃圾清运不及时。\n")
    assert {"楼道灯不亮", "垃圾清运不及时"} <= labels(facts, "柳岸社区")


def test_collected_opinions_listed_are_raised():
    facts = facts_of("2024年3月5日，区长王明来到柳岸村。座谈会上，村主任李红把入户走访时收集的意见一一列了出来：村里缺一个公共厕所；河道淤塞。\n")
    assert {"村里缺一个公共厕所", "河道淤塞"} <= labels(facts, "柳岸村")


def test_collected_opinions_read_out_on_numbered_lines_are_raised():
    facts = facts_of("2024年3月5日，区长王明来到柳岸村。村党支部书记李红把会前收集的意见一条条念了出来：\n"
                     "1.村道有两处塌方，一直没有修；\n2.小学撤并后，学生每天六点就要出门赶车。\n王明表示，要认真研究。\n")
    got = labels(facts, "柳岸村")
    assert "村道有两处塌方" in got and "学生每天六点就要出门赶车" in got


def test_collected_opinions_dealt_with_are_no_items():
    # the twin: received opinions told as work done lay nothing out
    facts = facts_of("2024年3月5日，区长王明来到柳岸社区。社区通过微信群收集的意见已全部办结，居民满意。\n")
    assert labels(facts, "柳岸社区") == set()
