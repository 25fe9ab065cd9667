"""Session 50 (fextra50: false issues in a sentence that also gave a hit), kinds recurring in at least
three reports of at least two of the fifteen opened sets p172…p201.  Every fixture is invented; the
mechanism is pinned in two wordings of different shapes and a twin left alone.

What a complaint costs those who bear it (村集体负担不起, 居民难以承担, 运输成本明显增加:
   `issue_content.cost_borne`) beside another item of the raising is no issue of its own: no gold of the
   fifteen sets, dev or kinds counts one; four reports of three sets had one false.  A cost stated high
   (费用高, 负担重) is the complaint itself.
"""

import pytest

from kg.extract.issue_content import cost_borne
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

VILLAGE = "2024年5月6日，县长郑海来到石门镇青山村调研。"


def labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(VILLAGE + text))}


# what a complaint costs those who bear it


@pytest.mark.parametrize(
    "text, complaint, cost",
    [
        # unable to pay, after a cost stated high, in a cadre's account
        ("社区主任方丽介绍，老楼加装电梯要挪动燃气管道，改管费用高，住户难以承担，希望政府给予补贴。", "改管费用高", "难以承担"),
        # unable to pay, before a quoted request
        ("管水员方大成反映，抽水站按商业电价收费，一季电费要好几万元，村集体负担不起，“能不能按农业用电算？”", "商业电价", "负担不起"),
        # costs rising, as a list's point
        ("座谈中村民提出的问题主要有：一是村口的桥梁限重，货车只好绕行，运输成本明显增加；二是村里路灯不亮。", "桥梁限重", "成本"),
    ],
)
def test_what_a_complaint_costs_is_no_issue_of_its_own(text, complaint, cost):
    got = labels(text)
    assert any(complaint in label for label in got), got
    assert not any(cost in label for label in got), got


def test_cost_borne_shapes():
    assert cost_borne("不少老住户承担不了")
    assert not cost_borne("养老院护理费用负担重")  # the cost stated high is the complaint
