"""Session 53 (false53): issue falses beside the complaint they belong to.

1. a reading in a unit of measure right after the complaint whose quantity it reads
   (供暖不热，有的室温不到18度; 路面太窄，只有3米多宽: `issue_content.measure_reading`,
   `IssueReader.measures`, `issue_measure_units.txt`) is that complaint's measure; a count of
   things (只有一名村医) and a reading after no complaint stay.

Every fixture is invented for these tests.
"""

from __future__ import annotations

import pytest

from kg.extract.issue_content import measure_reading
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast


def labels_of(text):
    return {label for _, label in issues(facts_of(text))}


# ---------------------------------------------------------------- 1. a measure right after its complaint

@pytest.mark.parametrize("label, reads", [
    ("卧室不到16度", True), ("只有2米来宽", True), ("每斤才三块钱", True), ("院子只有40平方米", True),
    ("卫生站只有两名医生", False), ("午休床位只有8张", False), ("巷子太窄", False),
])
def test_measure_reading(label, reads):
    assert measure_reading(label) is reads


@pytest.mark.parametrize("text, kept, gone", [
    pytest.param("1月9日，副区长孙立行来到松岚社区走访。居民代表反映，松岚小区几栋楼暖气烧得不热，"
                 "北面的卧室不到16度，希望热力公司上门查一查。", "松岚小区几栋楼暖气烧得不热", "北面的卧室不到16度",
                 id="a temperature after the heating complaint"),
    pytest.param("4月2日，县长周学文来到石桥村调研。村民们反映，进村的机耕道路面太窄，只有2米来宽，"
                 "收割机开不进去。", "进村的机耕道路面太窄", "只有2米来宽", id="a width after the narrow road"),
])
def test_measure_after_its_complaint(text, kept, gone):
    labels = labels_of(text)
    assert kept in labels and gone not in labels, labels


@pytest.mark.parametrize("text, kept", [
    pytest.param("4月2日，县长周学文来到石桥村调研。村民们反映，村卫生站只有两名医生，看病要排很久。",
                 "村卫生站只有两名医生", id="a count of people is the complaint"),
    pytest.param("4月2日，县长周学文来到石桥村调研。村民们反映，村里的机耕道只有2米来宽，收割机开不进去。",
                 "村里的机耕道只有2米来宽", id="a measure opening the raising is the complaint"),
])
def test_measure_kept(text, kept):
    assert kept in labels_of(text)
