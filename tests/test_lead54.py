"""Session 54 (lead): a visit verb after a clause of the official's own is no reported words.

`in_reported_words` (kg.extract.visit_reported) takes 有 + an act of speaking for someone
unnamed reporting (有乘客建议，增开到X的专线).  A negation (没有) names no one, and a place's
type word that ends in a speech verb's character (街道 holds 道) is a place, no act.  Fixtures invented.
"""

import pytest

from tests.extraction import facts_of, issues, visits

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


# the quantified cleft: a raising act or a verb of talk, 的, a quantifier (issue_cleft_quantifiers.txt)
# and the copula name what the raisers raised, as 谈得最多的是X does (issue_words.superlative_topic)
CLEFT_MEETING = "2025年11月8日，区长周然在青桐社区召开恳谈会。"


@pytest.mark.parametrize("clause", [
    "轮到发言的几位居民，说的大多是“家门口的事”：单元门禁坏了半年；车棚顶漏雨；菜场早市摊位太挤。",
    "几位居民反映的主要是家门口的事：单元门禁坏了半年；车棚顶漏雨；菜场早市摊位太挤。",
    "居民们提的都是家门口的小事：单元门禁坏了半年；车棚顶漏雨；菜场早市摊位太挤。",
])
def test_a_quantified_cleft_names_what_was_raised(clause):
    got = {label for _, label in issues(facts_of(CLEFT_MEETING + clause))}
    assert {"单元门禁坏了半年", "车棚顶漏雨", "菜场早市摊位太挤"} <= got, got


def test_a_quantified_cleft_of_no_problem_raises_nothing():
    assert not issues(facts_of(CLEFT_MEETING + "大家说的都是心里话。"))


# an accompanier at a stop (在X，A陪同。) accompanies the party on its tour: the party is at X too
@pytest.mark.parametrize("stop", [
    "在北塘街道紫荆社区，街道党工委书记韩露陪同。居民反映楼道灯坏了。",
    "在北塘街道紫荆社区，街道党工委书记韩露陪同介绍情况。居民反映楼道灯坏了。",
])
def test_the_party_an_accompanier_accompanies_is_at_the_stop(stop):
    got = visits(facts_of("2025年9月11日，区委书记孟川到北塘街道走访社区。\n\n" + stop))
    assert ("孟川", "紫荆社区") in got, got



# a bare 说 glued by the analyser to the next character (说楼 read as one word) still opens the speech
@pytest.mark.parametrize("clause", [
    "第一个开口的是住在5号楼的龚大爷。他说楼前那根路灯杆已经歪了。",
    "居民龚大爷说楼前那根路灯杆已经歪了。",
])
def test_a_bare_say_glued_to_its_content_opens_the_speech(clause):
    got = {label for _, label in issues(facts_of(CLEFT_MEETING + clause))}
    assert any("路灯杆已经歪了" in label for label in got), got


def test_a_compound_of_say_is_no_speech():
    assert not issues(facts_of(CLEFT_MEETING + "居民说服了邻居，楼前那根路灯杆的事就此作罢。"))
