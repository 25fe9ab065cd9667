"""Session 50 (rextra50: false issues alone in their sentence, a whole raising read as residents'
issues that is none), over the fifteen opened sets p172…p201 and dev.  Every fixture is invented;
each mechanism is pinned in two wordings of different shapes and a twin left alone.

1. Satisfaction closing a point of reported speech (比自己做还划算, 心里踏实, 吃得饱、吃得好:
   `issue_content.satisfied`, `issue_satisfied_words.txt`; or a change praised, 巷子也亮堂了) makes
   the clauses before it what the residents are content with: no issue, unless one of them states
   a problem, is asked for, or the praise is a hypothetical gain (路就通了).  Six reports of five sets.
"""

import pytest

from kg.extract.issue_content import satisfied
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

CANTEEN = "2024年5月6日，区长郑海来到青松街道翠竹社区助餐点调研。"


def labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(CANTEEN + text))}


# 1. satisfaction closing a point


@pytest.mark.parametrize(
    "text",
    [
        # a quotation after its speaker, closing in a bargain judged
        ("几位老人围坐着吃饭，七十多岁的孙奶奶笑着说：“两个菜一碗粥，汤是免费续的，比在家开火还划算。”"),
        # a quotation before its speaker, closing in a settled mind
        ("“按一下床头的铃，护理员马上过来，心里踏实。”独居的周大伯说。"),
        # a change told after the items, praise of it
        ("居民们说，如今楼里都通了燃气，楼道也亮堂了。"),
    ],
)
def test_satisfaction_closing_a_point_gives_no_issue(text):
    assert labels(text) == set()


def test_a_problem_before_the_satisfaction_still_complains():
    got = labels("居民老葛说：“电梯三天两头出故障，一停就是好几天，幸好我住二楼，还算省力。”")
    assert any("电梯三天两头出故障" in label for label in got), got


def test_the_gain_of_what_is_asked_for_still_stands():
    got = labels("居民代表杨师傅建议，在菜场西边的空地上划出临时停车位，“车停好了，路就通了”。")
    assert any("停车位" in label for label in got), got


def test_the_word_class():
    assert satisfied("比去饭店还划算")
    assert satisfied("大家吃得饱")
    assert not satisfied("夜里总睡不踏实")  # negated: a worry
    assert not satisfied("电梯老是坏")
