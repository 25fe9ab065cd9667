"""Session 48 (frec: missed issues whose place was found), kinds found on the opened sets p187, p188,
p191, p193, each pinned with invented sentences in two wordings (one in another shape) and a twin
left alone.

1. A raising act's degree before 的 (反映比较集中的, 反映最突出的) qualifies a head noun as 的 alone
   does: the items follow the head's link and count (问题主要有三条：1.A；2.B), not the head itself.
2. A topic phrase (a noun closed by 那/这 and a classifier, `issue_topic_classifiers.txt`) opening
   a spoken complaint names what the clause after it is about: that clause is the complaint.
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


def test_degree_relative_head_announces_ordinal_points():
    facts = facts_of("2024年6月1日，县长周平到石桥村调研。座谈中，村民们提得最多的困难有两个：一是自来水管老化，二是村道太窄。\n")
    got = labels(facts, "石桥村")
    assert {"自来水管老化", "村道太窄"} <= got


def test_degree_relative_head_done_by_officials_stays_out():
    # the twin: the raised problems are what the officials act on, no content follows
    facts = facts_of("2024年6月1日，县长周平到石桥村调研，要求对群众反映集中的问题开展回头看。\n")
    assert labels(facts, "石桥村") == set()


# 2. a demonstrative topic phrase before its comment

def test_topic_phrase_before_the_complaint_in_a_quote():
    facts = facts_of("2024年7月2日，县长周平到石桥村走访。村民老张说：“村口那座桥，一到汛期就被淹，娃娃上学要绕远路。”\n")
    got = labels(facts, "石桥村")
    assert "一到汛期就被淹" in got and "村口那座桥" not in got


def test_topic_phrase_opening_a_quote_before_its_speaker():
    facts = facts_of("2024年7月2日，县长周平到石桥村走访。\n\n“我们屋后头那片山坡，去年又往下滑了一截。”村民老张一进门就说。\n")
    got = labels(facts, "石桥村")
    assert any("往下滑了一截" in label for label in got) and not any(label.endswith("那片山坡") for label in got)


def test_a_clause_ending_in_a_demonstrative_phrase_stays():
    # the twin: a verb before the demonstrative makes a clause, a complaint of its own
    facts = facts_of("2024年7月2日，县长周平到石桥村走访。村民老张说，娃娃上学都得绕远走那条土路，下雨天全是泥。\n")
    assert any(label.startswith("娃娃上学都得绕远走") for label in labels(facts, "石桥村"))
