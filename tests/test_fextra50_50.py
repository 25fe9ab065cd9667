"""Session 50 (fextra50: false issues in a sentence that also gave a hit), kinds recurring in at least
three reports of at least two of the fifteen opened sets p172…p201.  Every fixture is invented; each
mechanism is pinned in two wordings of different shapes and a twin left alone.

1. A thing or a group growing or shrinking in number (越来越多, 越来越少, 越开越多:
   `issue_content.growth`) beside another item of the raising is its setting: no gold of the fifteen
   sets, dev or kinds counts one apart; three reports of three sets had one false.  What grows being a
   problem (矛盾越积越多) or a harm growing in degree (鼠害越来越严重) is not this shape; alone it stands.
   Only with another emitted item after it in its sentence (电线越拉越多，像蜘蛛网一样: a gold keeps it).
2. What a complaint costs those who bear it (村集体负担不起, 居民难以承担, 运输成本明显增加:
   `issue_content.cost_borne`) beside another item of the raising is no issue of its own: no gold of the
   fifteen sets, dev or kinds counts one; four reports of three sets had one false.  A cost stated high
   (费用高, 负担重) is the complaint itself.
"""

import pytest

from kg.extract.issue_content import cost_borne, growth
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

VILLAGE = "2024年5月6日，县长郑海来到石门镇青山村调研。"


def labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(VILLAGE + text))}


# 1. growth in number


@pytest.mark.parametrize(
    "text, complaint, grown",
    [
        # before a complaint, in a reported raising
        ("村民方大成反映，村里开网店的人越来越多，快递点面积不够，包裹堆在路边。", "快递点面积不够", "越来越多"),
        # a verb between the two 越, as a list's point
        ("座谈中大家提出的问题主要有：一是村里的农家乐越办越多，村道上停车位严重不足；二是村口的桥栏杆断了。", "停车位严重不足", "越办越多"),
    ],
)
def test_growth_in_number_beside_a_complaint_is_its_setting(text, complaint, grown):
    got = labels(text)
    assert any(complaint in label for label in got), got
    assert not any(grown in label for label in got), got


def test_growth_shapes():
    assert growth("组里的留守学生越来越少")
    assert not growth("邻里之间矛盾越积越多")  # what grows is a problem
    assert not growth("塘里的淤泥越来越厚")  # growing in degree


def test_growth_alone_still_stands():
    got = labels("村支书方大成说，村里的外地车辆越来越多。")
    assert any("越来越多" in label for label in got), got


# 2. what a complaint costs those who bear it


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
