"""Session 40, FAULTS40 p139: three kinds of fault found on an opened blind set.

1. A ranked stop whose place has a short modifier + 的 before it (第三站是新建成的X小区) is
   read as one written bare (`visit_frames.ordinal_stop_visits`, `MODIFIER_OF`).
2. A paragraph opening 在X， where a resident is met, who speaks to the party in the
   next sentence (她告诉区长…), puts the party at X (`VisitStops._resident_speaks_next`).
3. A problem list's line closed by a dash and the answer agreed on (X损坏——物业更换)
   is the problem alone (`issue_items.ANSWER_DASH` in `trim`).
4. Officials listed together before the lede's tour verb with no place (副市长甲与区长乙一同
   调研X项目) are the party a party word (调研组) stands for at the first stop
   (`PartyReading._lede_team`).
5. A villagers' group after the village's determiner (在村里的三组院坝) is that village's
   group (`village_groups.group_at` passes over `unit_locative_end`).
6. An item telling a problem handed on to an office (已上报区水务局: `issue_handover_verbs.txt`)
   is the cadres' work, no issue (`issue_items.PROGRESS`).
Invented fixtures; each with a precision twin.
"""

import pytest

from kg.extract.issue_items import trim
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

LEDE = "3月12日上午，区长钟明远到桃溪街道银杏社区调研。"


RANKED = "居民反映路灯不亮。\n\n第二站是刚刚交付的芙蓉苑小区。业主代表方华说，地下车库多处渗水。"
MET = "\n\n在银杏社区枇杷里小区，8号楼居民孔桂兰早早等在门口。她告诉钟明远，楼里的下水道经常堵塞。"


@pytest.mark.parametrize("text, place", [(RANKED, "芙蓉苑小区"), (MET, "枇杷里小区")])
def test_the_party_is_at_the_ranked_or_met_place_and_its_issues_go_there(text, place):
    facts = facts_of(LEDE + text)
    assert ("钟明远", place) in visits(facts) and any(p == place for p, _ in issues(facts))


@pytest.mark.parametrize("text, place", [
    ("居民反映路灯不亮。\n\n第二站台是刚刚交付的芙蓉苑小区的公交站。", "芙蓉苑小区"),  # a platform, no rank
    ("\n\n在银杏社区枇杷里小区，改造工程已经收尾。她打电话告诉钟明远，楼里的下水道经常堵塞。", "枇杷里小区"),  # no resident met (told by phone)
])
def test_precision_no_rank_or_no_resident_met_no_stop(text, place):
    assert ("钟明远", place) not in visits(facts_of(LEDE + text))


@pytest.mark.parametrize("item, core", [
    ("小区北门路灯损坏——物业三日内修复", "小区北门路灯损坏"),  # the answer after the dash goes
    ("最头疼的——停车难", None),  # precision: a lead-in before a dash is no problem of its own
])
def test_a_dash_closes_a_problem_before_its_answer(item, core):
    assert trim(item) == core if core else trim(item) != "最头疼的"


@pytest.mark.parametrize("lede, both", [
    ("4月3日，副市长吕文与区委副书记、区长韩冬一同调研城市更新工作。", True),
    ("4月3日，副市长吕文调研城市更新工作，区长韩冬陪同。", False),  # precision: a companion is no co-leader
])
def test_a_co_leader_of_a_placeless_lede_is_in_the_party(lede, both):
    facts = facts_of(lede + "在西关街道荔湾社区，调研组察看了外墙整治，居民反映雨天漏水。")
    assert ("吕文", "荔湾社区") in visits(facts)
    assert (("韩冬", "荔湾社区") in visits(facts)) == both


@pytest.mark.parametrize("where, group", [("村里的二组晒场", True), ("村里的晒场", False)])
def test_a_group_after_the_village_determiner_is_the_stop(where, group):
    facts = facts_of(f"6月8日下午，县委副书记苗青来到柏林镇枫木村，在{where}同村民拉家常。村民卢贵说：“灌溉渠垮了。”")
    assert (("苗青", "枫木村二组") in visits(facts)) == group
    assert ("苗青", "枫木村") in visits(facts) or group


HANDED = "6月2日，县长邵军来到青桐镇柳湾村。村民甘大山反映，水渠垮塌。驻村第一书记孟涛介绍了前期排查情况："


@pytest.mark.parametrize("told, kept", [("全村类似的水渠垮塌共有3处，已上报县水利局。", False),
                                        ("水渠上报了好几次也没人管。", True)])  # precision: a complaint
def test_a_problem_handed_on_is_the_cadres_work(told, kept):
    labels = {label for _, label in issues(facts_of(HANDED + told))}
    assert ("已上报县水利局" in labels) is False and ("水渠上报了好几次也没人管" in labels or "上报了好几次也没人管" in labels) == kept
