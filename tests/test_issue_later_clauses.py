"""Issue content: which later clauses of reported speech are complaints of their own
(session 10); fixtures invented, each test stating the whole set of issues of its
text (the conventions of tests/test_issues_recall.py, whose helpers it uses)."""

import pytest

from tests.extraction import at
from tests.test_issues_recall import issues_in as issues_after

VISIT = "副区长柯文涛来到梅岭社区。"


def issues_in(text: str) -> set[tuple[str, str]]:
    return issues_after(text, VISIT)


@pytest.mark.fast
def test_every_clause_after_an_announcing_head_noun_and_colon_is_an_item():
    # 问题：A，B；C，D — the head noun and colon say what follows are the problems,
    # so a later clause without a problem word (墙面长出霉斑) is one too
    text = "楼组长汪秀兰介绍，改造后大家都很满意，但也留下几个问题：楼顶防水层起鼓，墙面长出霉斑；小区出口只有一个，早晚人车抢道。"
    assert issues_in(text) == at("梅岭社区", "楼顶防水层起鼓", "墙面长出霉斑", "小区出口只有一个", "早晚人车抢道")


@pytest.mark.fast
def test_without_an_announcement_a_later_clause_needs_a_problem_of_its_own():
    text = "楼组长汪秀兰反映，楼顶防水层起鼓，大家商量过好几回。"
    assert issues_in(text) == at("梅岭社区", "楼顶防水层起鼓")


@pytest.mark.fast
@pytest.mark.parametrize(
    "later",
    [
        "存在坠物风险",  # a risk, as 隐患 is
        "供需矛盾突出",  # a conflict
        "新车棚一直没建",  # never built
        "巷子狭窄",  # too narrow
        "电线经常跳闸",  # how often a thing goes wrong
    ],
)
def test_a_later_clause_stating_a_problem_is_another_complaint(later):
    text = f"居民代表汪秀兰反映，晾衣架被拆了，{later}。"
    assert issues_in(text) == at("梅岭社区", "晾衣架被拆了", later)


@pytest.mark.fast
def test_a_three_character_complaint_holding_a_problem_word_is_an_issue():
    # 停车难: shorter than a clause usually is, but the problem word makes it a whole complaint
    assert issues_in("居民苗阿姨反映看病难，希望增开一条公交线路。") == at("梅岭社区", "看病难", "增开一条公交线路")
    # three characters without a problem word are no complaint
    assert issues_in("居民苗阿姨反映了解到，希望增开一条公交线路。") == at("梅岭社区", "增开一条公交线路")
