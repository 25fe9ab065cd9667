"""Session 40, FAULTS40 p139: three kinds of fault found on an opened blind set.

1. A ranked stop whose place has a short modifier + 的 before it (第三站是新建成的X小区) is
   read as one written bare (`visit_frames.ordinal_stop_visits`, `MODIFIER_OF`).
2. A paragraph opening 在X， where a resident is met, who speaks to the party in the
   next sentence (她告诉区长…), puts the party at X (`VisitStops._resident_speaks_next`).
3. A problem list's line closed by a dash and the answer agreed on (X损坏——物业更换)
   is the problem alone (`issue_items.ANSWER_DASH` in `trim`).
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
    ("\n\n在银杏社区枇杷里小区，改造工程已经收尾。她告诉钟明远，楼里的下水道经常堵塞。", "枇杷里小区"),  # no resident met
])
def test_precision_no_rank_or_no_resident_met_no_stop(text, place):
    assert ("钟明远", place) not in visits(facts_of(LEDE + text))


@pytest.mark.parametrize("item, core", [
    ("小区北门路灯损坏——物业三日内修复", "小区北门路灯损坏"),  # the answer after the dash goes
    ("最头疼的——停车难", None),  # precision: a lead-in before a dash is no problem of its own
])
def test_a_dash_closes_a_problem_before_its_answer(item, core):
    assert trim(item) == core if core else trim(item) != "最头疼的"
