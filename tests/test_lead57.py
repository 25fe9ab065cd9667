"""A resident called by a familiar prefix and the surname (老李, 小周) speaking with a bare
说 (session 57, lead; FAULTS_p221 S1).  Every fixture is invented; each test runs the real
pipeline."""

from __future__ import annotations

import pytest

from kg.extract.issue_raisers import familiar_raisers
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

VISIT = "2025年12月3日，区长郑国安来到柳河社区走访。{said}\n"


@pytest.mark.parametrize("said, issue", [
    ("老孙说暖气片一直不热，楼道里的灯也坏了。", "暖气片一直不热"),
    ("居民老孙说暖气片一直不热。", "暖气片一直不热"),
    ("老孙说煤够烧，就是院里的水管前几天冻裂了。", "院里的水管前几天冻裂了"),
    ("业主小葛说附近没有托育机构。", "附近没有托育机构"),
])
def test_a_familiar_name_before_a_bare_say_is_a_resident(said, issue):
    assert ("柳河社区", issue) in issues(facts_of(VISIT.format(said=said)))


def test_a_familiar_prefix_inside_a_word_or_after_another_verb_is_no_resident():
    assert familiar_raisers("小区老楼反映出的问题不少") == []
    assert familiar_raisers("他说老孙说得对") == []
    assert familiar_raisers("老孙说暖气不热") == [(0, 2)]


def test_an_official_of_that_form_speaks_for_himself():
    facts = facts_of("2025年12月3日，区长郑国安来到柳河社区走访。郑国安说要加快老旧小区改造进度。\n")
    assert not issues(facts)


# ---------------------------------------------------------------- a paged copy's running head and page numbers

PAGED = (
    "滨江市临湖区人民政府                工作动态\n"
    "2025年4月9日，临湖区委常委、\n副区长顾晓云来到湖畔街道青石社\n区，走访辖区独居老人，了解助餐服\n"
    "务情况。湖畔街道党工委书记孔\n明陪同。\n"
    "滨江市临湖区人民政府                工作动态\n"
    "在青石社区望湖小区，居民反映\n小区停车位不足，外来车辆乱停；还\n有居民反映楼道照明灯损坏。顾晓云\n"
    "要求街道尽快整改。\n"
    "- 2 -\n"
)


def test_a_running_head_between_pages_leaves_the_next_paragraph_its_stop():
    facts = facts_of(PAGED)
    assert ("望湖小区", "小区停车位不足") in issues(facts)
    assert ("顾晓云", "望湖小区") in visits(facts)


def test_a_short_repeated_label_is_no_running_head():
    from kg.repair.running import without_running_heads
    from kg.text import TrackedText

    assert without_running_heads(TrackedText("记者手记\n居民反映停车难。\n记者手记\n")).text.count("记者手记") == 2


# ---------------------------------------------------------------- a later clause's problem word with a character lost

def test_a_later_clause_whose_problem_word_lost_a_character_is_still_a_complaint():
    facts = facts_of(VISIT.format(said="居民反映楼道里的灯不亮，墙皮大面积??落。"))
    assert ("柳河社区", "墙皮大面积□□落") in issues(facts)
    # whole, it was read before: the lost character is what hid it
    assert ("柳河社区", "墙皮大面积脱落") in issues(facts_of(VISIT.format(said="居民反映楼道里的灯不亮，墙皮大面积脱落。")))


# ---------------------------------------------------------------- a heading in brackets opening an item

def test_a_bracketed_heading_opening_an_item_is_no_part_of_its_label():
    facts = facts_of(VISIT.format(said="居民反映：【建议】尽快修好单元门禁。"))
    assert ("柳河社区", "尽快修好单元门禁") in issues(facts)
    assert not any("【" in label or "】" in label for _, label in issues(facts))
