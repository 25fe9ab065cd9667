"""Session 54 (lead): a visit verb after a clause of the official's own is no reported words.

`in_reported_words` (kg.extract.visit_reported) takes 有 + an act of speaking for someone
unnamed reporting (有乘客建议，增开到X的专线).  A negation (没有) names no one, and a place's
type word that ends in a speech verb's character (街道 holds 道) is a place, no act.  Fixtures invented.
"""

import pytest

from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("text, place", [
    ("2025年3月14日，区长陈立来到东湖街道。随后，陈立没有通知街道，直接走进青枫花苑，察看充电棚。", "青枫花苑"),
    ("2025年3月14日，副区长陈立没有通知街道，走进青枫花苑察看充电棚。", "青枫花苑"),
])
def test_a_negated_clause_naming_the_subdistrict_is_no_report(text, place):
    got = visits(facts_of(text))
    assert ("陈立", place) in got, got


def test_someone_unnamed_reporting_still_holds_the_verb():
    got = visits(facts_of("2025年3月14日，区长陈立来到东湖街道青枫花苑。有居民建议，增开到北湖公园的公交专线。"))
    assert not any(p.endswith("北湖公园") for _, p in got), got
