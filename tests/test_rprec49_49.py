"""Session 49 (rprec49: false issues matching no gold issue anywhere in their report), the conventions
of CLAUSES30 checked over the fifteen opened sets p172…p201 and dev, tightened only where the counts say
so.  Every fixture is invented; each mechanism is pinned in two wordings of different shapes and a twin
left alone.

1. Many of a group in need (村里留守老人多: `issue_content.many_in_need`) beside another item of the
   raising is the setting of what the group needs (CLAUSES30 rule 3 tightened): no gold of the fifteen
   sets nor dev counts it, before a wish, a complaint or as a list's point; five reports of four sets
   had it false.  Alone it still stands.
"""

import pytest

from kg.extract.issue_content import many_in_need
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

VILLAGE = "2024年5月6日，县长郑海来到石门镇青山村调研。"


def labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(VILLAGE + text))}


# 1. many of a group in need


@pytest.mark.parametrize(
    "text, need",
    [
        # before a wish
        ("党员方大成说，村里空巢老人多，盼着村里能开个老年食堂。", "开个老年食堂"),
        # before a complaint, in another frame (a list of problems announced)
        ("座谈中大家提出的问题主要有：组里留守儿童比较多，周末没人看管；村口的桥栏杆断了。", "村口的桥栏杆断了"),
    ],
)
def test_many_of_a_group_in_need_beside_its_need_is_the_setting(text, need):
    got = labels(text)
    assert any(need in label for label in got), got
    assert not any(label.endswith("多") and ("老人" in label or "儿童" in label) for label in got), got


def test_many_of_a_group_in_need_alone_still_stands():
    got = labels("村支书方大成说，村里独居老人多。")
    assert "村里独居老人多" in got, got


def test_the_word_class():
    assert many_in_need("组里留守老人较多")
    assert not many_in_need("辖区外来人口多")  # a neutral noun: background already (standing)
    assert not many_in_need("留守儿童多没人照看")  # a problem said of them
