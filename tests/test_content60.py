"""The residents'-issue content reader, session 60 (content60).

- Two complaints linked by a contrast (可/可是/但/却): the problem clause before the contrast is
  no concession when the contrast clause complains too (`issue_content.complaint_pair`).
- A remedy naming a different matter than the complaint before it is no restatement: a verb
  right before a subject noun modifies it (排队时间, not 时间: `issue_restated._modified_subject`).
- A raising act's object X的问题 (a head noun modified by a problem) and a colon: X is the issue,
  the clauses after the colon elaborate it (`issue_frames.problem_topic`).
- A cost told as an amount of money is a complaint (`issue_words.cost_amount`,
  `issue_cost_amounts.tsv`).
- A thing facing a problem (面临/遇到/存在): the problem is the label
  (`issue_items.faced_problem`, `issue_facing_verbs.txt`).

Every fixture is invented (names, places and wording).
"""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

VISIT = "9月12日，区长柯思远来到南湖街道槐荫社区走访。"
VILLAGE = "9月12日，县长柯思远来到柳溪镇杏坪村调研。"


def labels(text: str, visit: str = VISIT) -> set[str]:
    return {label for _, label in issues(facts_of(visit + text))}


def test_a_problem_before_a_contrast_complaint_is_a_complaint():
    assert labels("业主说：“停车费年年涨，可楼道照明不及时维修。”") == {"停车费年年涨", "楼道照明不及时维修"}
    # (a gain before the contrast is still conceded)
    assert labels("业主说：“小区绿化变好了，可楼道照明不及时维修。”") == {"楼道照明不及时维修"}


def test_a_remedy_of_another_matter_is_no_restatement():
    assert labels("老人们反映，上午挂号等候时间长，有的老人希望延长诊室开放时间。") == {
        "上午挂号等候时间长", "延长诊室开放时间"}
    # (a remedy of the same matter still restates the complaint)
    assert labels("老人们反映，上午挂号等候时间长，希望缩短等候时间。") == {"上午挂号等候时间长"}


def test_a_problem_topic_before_a_colon_is_the_issue():
    assert labels("业主赵立群反映了3号楼屋顶漏水维修难的问题：多数住户愿意分摊，但顶层两户不同意，"
                  "拖了大半年，希望社区出面协调。") == {"3号楼屋顶漏水维修难"}
    # (a counted head before a colon still lists its items)
    assert labels("业主们反映了两个问题：楼道照明不及时维修；消防通道被占用。") == {
        "楼道照明不及时维修", "消防通道被占用"}


def test_a_cost_told_as_an_amount_is_a_complaint():
    assert "冬天暖气费一季要一千八百多元" in labels("住户说，冬天暖气费一季要一千八百多元，孩子上学也要花钱。")
    # (a cost told cheap is none)
    assert labels("住户说，物业费一个月只要三十元，可楼道照明不及时维修。") == {"楼道照明不及时维修"}


def test_a_faced_problem_is_the_label():
    assert labels("村民们反映，300亩早熟柑橘面临采摘人手不足。", VILLAGE) == {"采摘人手不足"}
