"""Session 57 (newc57): faults a newcomer met, as a user would.  Fixtures invented.

1. A deputy who only raises something (`区人大代表丙反映X`) is no visitor: only the
   subjects of a visit frame visit (`PartyReading._raiser_only`); deputies who come
   (`区人大代表甲、乙来到X`) keep their visits.
2. A news item appended to a report (`又讯：此前居民反映的X问题，已于…修复完毕`) stands at
   none of the tour's stops: a follow-up naming its place files there, one naming none at the
   report's first stop, not the last (`Reader.news_item_scene`, `news_item_markers.txt`).
3. Issue categories: a named-entity token of the analyser is no cut a keyword may not straddle
   (增设|普惠托|育点), and a keyword class shape (`{儿童}…{无人}…{看护}`,
   `issue_keyword_classes.tsv`) finds a child left with no one to mind them.
4. `kg view`: a focused page is titled by what it draws; `--issue NAME` found inside labels
   draws the issues of the categories that have NAME as a name too.
"""

import pytest

from kg.extract.issue_scheme import categorise
from tests.conftest import build_reports, run_kg
from tests.extraction import at, facts_of, issues, visits

pytestmark = pytest.mark.fast

TOUR = "2025年6月3日，区委书记韩立新来到青松街道石桥社区调研。"
NEXT = "随后，韩立新来到枫林社区，察看养老服务站运行情况。"


# ---------------------------------------------------------------- 1. a raiser is no visitor

def test_a_deputy_who_raises_something_makes_no_visit():
    text = TOUR + "座谈会上，区人大代表柳如眉反映小区停车位紧张。" + NEXT
    assert visits(facts_of(text)) == {("韩立新", "石桥社区"), ("韩立新", "枫林社区")}


def test_a_deputy_who_suggests_in_a_meeting_makes_no_visit_and_those_who_come_keep_theirs():
    text = TOUR + "市政协委员严冬青在会上建议增设充电桩。" + NEXT
    assert not any(who == "严冬青" for who, _ in visits(facts_of(text)))
    # the twins: deputies who come, or are listed taking part, keep their visits
    text = TOUR + "随后，区人大代表柳如眉、严冬青来到枫林社区，察看养老服务站。柳如眉建议增设助餐点。"
    found = visits(facts_of(text))
    assert {("柳如眉", "枫林社区"), ("严冬青", "枫林社区")} <= found
    # and a deputy listed taking part keeps the tour's stop
    text = TOUR + "区人大代表柳如眉、严冬青一同参加。座谈会上，区人大代表柳如眉反映小区停车位紧张。"
    assert ("柳如眉", "石桥社区") in visits(facts_of(text))


# ---------------------------------------------------------------- 2. an appended news item

TWO_STOPS = TOUR + "居民反映楼道灯不亮。" + NEXT + "居民反映小区停车难。"


def test_a_news_items_follow_up_naming_no_place_files_at_the_first_stop():
    for text in (TWO_STOPS + "又讯：此前居民反映的下水道堵塞问题，已于6月5日疏通完毕。",
                 TWO_STOPS + "\n\n另讯：此前居民反映的下水道堵塞问题，已于6月5日疏通完毕。"):
        found = issues(facts_of(text))
        assert ("石桥社区", "下水道堵塞") in found and ("枫林社区", "下水道堵塞") not in found, found
    # the twins: a follow-up in the item naming its place files there; with no marker the
    # last stop's paragraph goes on
    assert ("枫林社区", "下水道堵塞") in issues(facts_of(TWO_STOPS + "又讯：此前枫林社区居民反映的下水道堵塞问题，已于6月5日疏通完毕。"))
    assert ("枫林社区", "下水道堵塞") in issues(facts_of(TWO_STOPS + "此前居民反映的下水道堵塞问题已疏通。"))




# ---------------------------------------------------------------- 3. issue categories

@pytest.mark.parametrize("label, concept", [
    ("增设普惠托育点", "Education"),  # 托育 across an ORG token the analyser glued (普惠托)
    ("孩子没人带", "Education"),  # the keyword class shape {儿童}…{无人}…{看护}
    ("放学后孩子无人照看", "Education"),
    ("四点半课堂", "Education"),
    ("室内温度偏低", "PublicFacilities"),  # 室温's long form, a split keyword 室…温
])
def test_childcare_and_room_temperature_wordings_find_their_concept(label, concept):
    assert categorise(label) == concept
    # the twins: a keyword across two common words still does not match (水管 of 热水|管道)
    assert categorise("热水管道破裂") == "Other"


# ---------------------------------------------------------------- 4. kg view

VIEWED = {
    "a.txt": "2025年6月3日，区委书记韩立新来到青松街道石桥社区，居民反映希望增设普惠托育点，孩子没人带。\n",
    "b.txt": "2025年6月4日，副区长严明来到青松街道枫林社区，居民反映小区停车难。\n",
}


@pytest.fixture(scope="module")
def viewed(tmp_path_factory):
    root = tmp_path_factory.mktemp("newc57")
    build_reports(root, VIEWED)
    return root / "out"


def test_a_focused_page_is_titled_by_what_it_draws(viewed, tmp_path):
    page = tmp_path / "v.html"
    proc = run_kg("view", viewed, "--focus", "韩立新", "--out", page)
    assert proc.returncode == 0, proc.stderr
    assert "<title>韩立新 — govkg 关系图</title>" in page.read_text(encoding="utf-8")
    whole = tmp_path / "all.html"
    assert run_kg("view", viewed, "--out", whole).returncode == 0
    assert "<title>govkg</title>" in whole.read_text(encoding="utf-8")


def test_issue_inside_a_label_draws_its_categorys_issues_too(viewed, tmp_path):
    from tests.test_view import page_data

    page = tmp_path / "v.html"
    proc = run_kg("view", viewed, "--issue", "托育", "--depth", "0", "--out", page)
    assert proc.returncode == 0, proc.stderr
    drawn = {n["label"] for n in page_data(page.read_text(encoding="utf-8"))["nodes"]}
    assert {"增设普惠托育点", "孩子没人带"} <= drawn and "小区停车难" not in drawn, drawn
    assert "drawn too" in proc.stderr
    assert "<title>托育 — govkg 关系图</title>" in page.read_text(encoding="utf-8")
