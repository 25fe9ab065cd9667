"""Session 56 (follow56): follow-ups and a complaint told by its raiser's own clause.

Problems raised before and told dealt with are issues (the readable gold files follow-ups,
dev pb-11; session 55 kept `此前反映的A、B，已于…修好` and `A、B等问题均已整改完毕`, the
outcome in `Issue.outcome`).  The shapes that still gave nothing or lost items:

- a comma after the raising act (居民们反映，A、B等问题均已整改完毕): the clause read as reported
  speech, its subject a list closed by 等 + a head noun (`ContentReader.point_items`);
- a resident's clause telling the clause before fixed (路面坑洼，水渠漏水，去年已经修好了): the
  items before were cleared; now the problems stay, the one right before with the outcome;
- a follow-up act before a relative raising (答复居民此前反映的X问题): the relative act was
  skipped while an inquiry verb (回访) read the same shape;
- a raiser's own clause stating a complaint before its act (村里老人吃饭难，希望办…): the
  complaint was lost with the raiser (`IssueReader.subject_complaint`).

Every fixture is invented.
"""

import pytest

from kg.extract.issue_words import reported_outcome
from tests.extraction import facts_of

pytestmark = pytest.mark.fast

LEDE = "2025年6月18日，区长黄志远来到青柳社区。\n\n"


def told(text: str) -> set[tuple[str, str]]:
    """(label, outcome) of every issue of `text` told after a community visit."""
    return {(i.label, i.outcome) for i in facts_of(LEDE + text).issues}


def test_a_list_told_fixed_after_a_comma_is_raised_with_its_outcome():
    got = told("居民们反映，楼道灯不亮、化粪池堵塞等问题均已整改完毕。")
    assert got == {("楼道灯不亮", "均已整改完毕"), ("化粪池堵塞", "均已整改完毕")}


def test_a_list_told_fixed_after_a_comma_leaves_the_wish_after_it():
    got = told("业主们反映，楼道灯不亮、化粪池堵塞等问题现已解决，希望增设停车位。")
    assert got == {("楼道灯不亮", "现已解决"), ("化粪池堵塞", "现已解决"), ("增设停车位", "")}


def test_a_clause_telling_the_one_before_fixed_keeps_every_complaint():
    got = told("居民说，人行道坑洼，雨水管漏水，去年已经修好了，晚上没有路灯。")
    assert got == {("人行道坑洼", ""), ("雨水管漏水", "已经修好了"), ("晚上没有路灯", "")}


def test_work_told_done_is_still_no_complaint_and_gives_no_outcome():
    # the twin: the clause before the outcome is work, not a problem; the complaint before it has none
    got = told("居民说，人行道坑洼，社区装了新水管，去年已经修好了。")
    assert got == {("人行道坑洼", "")}


@pytest.mark.parametrize("verb", ["答复了", "逐一答复"])
def test_a_follow_up_act_before_a_relative_raising_reads_it(verb):
    got = told(f"黄志远{verb}居民此前反映的屋面漏水、楼道灯不亮等问题，目前均已整改完毕。")
    assert got == {("屋面漏水", "均已整改完毕"), ("楼道灯不亮", "均已整改完毕")}


def test_a_raisers_own_complaint_before_its_wish_stays():
    got = told("老人们反映：楼道灯不亮；小区老人吃饭难，希望办一个长者食堂。")
    assert got == {("楼道灯不亮", ""), ("小区老人吃饭难", ""), ("办一个长者食堂", "")}
    # the twin: a group in need being many (many_in_need) sets the scene, as before
    got = told("老人们反映：楼道灯不亮；小区独居老人多，希望办一个长者食堂。")
    assert got == {("楼道灯不亮", ""), ("办一个长者食堂", "")}


def test_the_outcome_opens_at_its_mark_of_work_done():
    assert reported_outcome("，经街道协调，现已办结。") == "现已办结"
    assert reported_outcome("A、B等问题都已修复：C") == "都已修复"
