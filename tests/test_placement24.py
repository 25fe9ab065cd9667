"""PLACEMENT24: a place as the subject of a meeting verb opens the scene of the issues raised
after it (新华社区召开座谈会，居民们反映…); a forum's venue of a level (县委党校) belongs to the
place of that level a headline names after a visit verb (走进永安县：…); issues raised with no
place are left out and said in a build warning.  Every fixture is invented; the tests run the
real pipeline (and, for the warning, the real in-memory build)."""

from __future__ import annotations

import pytest

import kg
from kg.corpus.unfiled import unplaced_warning
from tests.extraction import facts_of, issues, visits

VISIT = "5月20日，区长韦东来到柳湾镇，居民反映菜市场环境差。\n"


@pytest.mark.fast
@pytest.mark.parametrize("opening", ["2025年6月3日，", "6月3日下午，", "日前，", ""])
@pytest.mark.parametrize("meeting", ["召开座谈会", "举行议事会", "开展“居民说事”活动"])
def test_a_place_holding_a_meeting_is_where_the_issues_raised_there_are(opening, meeting):
    facts = facts_of(f"{opening}青禾社区{meeting}，居民们反映了停车位紧张、加装电梯难等问题。\n")
    assert {("青禾社区", "停车位紧张"), ("青禾社区", "加装电梯难")} <= issues(facts)


@pytest.mark.fast
@pytest.mark.parametrize("between", ["党委", "于当天下午", "再次", "近日专门"])
def test_a_place_holds_a_meeting_across_its_organ_a_time_and_adverbs(between):
    # (青禾村再次组织…: the place is read up to the verb, no 再次组 group)
    facts = facts_of(f"6月3日，青禾村{between}组织恳谈会，村民们反映了灌溉水渠老化、山塘淤积等问题。\n")
    assert {("青禾村", "灌溉水渠老化"), ("青禾村", "山塘淤积")} <= issues(facts)


@pytest.mark.fast
@pytest.mark.parametrize("order", ["visit first", "meeting first"])
def test_a_place_holding_a_meeting_is_no_corner_of_an_officials_stop(order):
    meeting = "2025年6月3日，三星村组织恳谈会，村民们反映了灌溉水渠老化、山塘淤积等问题。\n"
    facts = facts_of(VISIT + meeting if order == "visit first" else meeting + VISIT)
    got = issues(facts)
    assert {("三星村", "灌溉水渠老化"), ("三星村", "山塘淤积"), ("柳湾镇", "菜市场环境差")} <= got
    assert not any(place == "柳湾镇" and label in ("灌溉水渠老化", "山塘淤积") for place, label in got)
    assert visits(facts) == {("韦东", "柳湾镇")}  # the meeting is no one's visit


@pytest.mark.fast
def test_a_place_after_at_holding_a_meeting_is_read_as_before():
    # 在X召开… is the held-venue frame (issue_placement.held_venue), not a subject
    facts = facts_of("3月2日，区长韦东来到青禾社区，居民反映路灯损坏。\n随后，韦东在青禾社区召开座谈会，居民反映停车位紧张。\n")
    assert ("青禾社区", "停车位紧张") in issues(facts)


@pytest.mark.fast
@pytest.mark.parametrize("headline", ["走进永安县：倾听群众心声", "永安县：书记走进基层听民声"])
def test_a_forum_at_a_countys_seat_belongs_to_the_county_a_headline_names(headline):
    text = (f"{headline}\n3月2日，县委书记郝建国来到南门社区，居民反映停车位紧张。\n"
            "随后，郝建国在县委党校召开座谈会，企业代表反映企业融资难。\n")
    got = issues(facts_of(text))
    assert ("永安县", "企业融资难") in got and ("南门社区", "停车位紧张") in got


UNPLACED = ("3月2日，县委书记郝建国来到南门社区，居民反映停车位紧张。\n"
            "随后，郝建国在县委党校报告厅召开座谈会，企业代表反映企业融资难、用工成本高。\n")


@pytest.mark.fast
def test_issues_raised_where_the_report_names_no_place_are_kept_as_unplaced():
    facts = facts_of(UNPLACED)
    assert issues(facts) == {("南门社区", "停车位紧张")}
    assert facts.unplaced == ["企业融资难", "用工成本高"]


@pytest.mark.fast
def test_a_build_warns_of_the_issues_it_left_out_for_want_of_a_place():
    built = kg.build_texts({"2025-03-02-forum.txt": UNPLACED, "2025-03-02-named.txt": "白马县：" + UNPLACED})
    # (the other line, since session 25: 南门社区 of the 白马县 report and the bare one joined by name, kg.corpus.joined)
    unplaced = [w for w in built.warnings if "raised with no place" in w]
    assert len(unplaced) == 1 and len(built.warnings) == 2, built.warnings
    line = unplaced[0]
    assert line.startswith("2025-03-02-forum.txt: 2 issues raised with no place") and "企业融资难、用工成本高" in line
    assert built.facts["2025-03-02-named.txt"].unplaced == []


@pytest.mark.fast
def test_the_unplaced_warning_counts_and_quotes_the_labels():
    facts = facts_of(UNPLACED)
    facts.unplaced = ["甲难", "乙难", "丙难", "丁难"]
    assert unplaced_warning(facts).startswith("4 issues raised with no place the report names (甲难、乙难、丙难…) are left out")
    facts.unplaced = []
    assert unplaced_warning(facts) is None
