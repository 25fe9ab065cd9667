"""Session 50 (frescue50: gold issues the rules read as candidates and did not emit).  A later
clause the hand rules passed over (why `later`) is a complaint of its own when a grammatical signal
makes it one; every fixture is invented, each mechanism pinned in two wordings of different shapes
and a twin left alone.

1. What a share of the people do with a thing (a share or an existential as the subject, then
   把/将/从: 有的住户把电瓶车推进单元门, 还有人从窗口往下扔垃圾: `issue_coping.misconduct`):
   conduct some of them are complained of for, kept by the hand rules.  Over the fifteen opened
   sets and dev, the later clauses of this shape were gold issues in 4 reports of 3 sets (p179-01,
   p179-06, p193-04, p197-09) and false in none; an account's (p176-01) was not counted.
"""

import pytest

from kg.extract.issue_coping import misconduct
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

ESTATE = "2024年5月6日，区长郑海来到石门街道青山小区调研。"


def labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(ESTATE + text))}


@pytest.mark.parametrize(
    "text, conduct",
    [
        # a share as the subject, 把 and where the thing is put
        ("居民代表李红反映，小区充电桩太少，部分住户把电瓶车推进楼道里充电。", "部分住户把电瓶车推进楼道里充电"),
        # an existential share, 从 and what is done from there, in a resident's own words
        ("居民周大爷说：“楼下的垃圾桶太少，总有人从窗口往下扔垃圾。”", "总有人从窗口往下扔垃圾"),
    ],
)
def test_misconduct_is_a_complaint(text, conduct):
    assert conduct in labels(text)


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("有的住户把杂物堆到消防通道", True),
        ("不少人从楼上拉电线", True),
        ("仍有商户将货架摆到路上", True),
        # the twins: all the residents (no share), a share with no disposal, a bare 从
        ("居民把垃圾分好类", False),
        ("有的老人腿脚不便", False),
        ("部分居民从", False),
    ],
)
def test_misconduct_shape(clause, expected):
    assert misconduct(clause) is expected
