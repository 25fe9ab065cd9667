"""Session 50 (fextra50: false issues in a sentence that also gave a hit), kinds recurring in at least
three reports of at least two of the fifteen opened sets p172…p201.  Every fixture is invented; each
mechanism is pinned in two wordings of different shapes and a twin left alone.

1. A thing or a group growing or shrinking in number (越来越多, 越来越少, 越开越多:
   `issue_content.growth`) beside another item of the raising is its setting: no gold of the fifteen
   sets, dev or kinds counts one apart; three reports of three sets had one false.  What grows being a
   problem (矛盾越积越多) or a harm growing in degree (鼠害越来越严重) is not this shape; alone it stands.
"""

import pytest

from kg.extract.issue_content import growth
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
