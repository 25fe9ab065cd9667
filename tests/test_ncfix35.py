"""Session 35 (NCFIX35): what newcomers found on their own texts, and session 34 left open.

1. A visit told with an adverb of the past (区长A曾来到X社区，居民反映…): 曾 and 曾经 are
   `visit_past_adverbs.txt`, no longer plan or habit words (`visit_modal_words.txt`).  The
   report's first visit told so is its own; once a visit is told, one told with 曾 recalls an
   older trip (`visits.Reader.past_adverb`).  Negated (未曾, 从未) it is no trip at all.
   Before, the place and its issues were lost.
2. Relative dates: a relative day written after the sentence's subject (区长A昨天来到X:
   `date_inner_words.txt`, `dates.inner_relative_at`) and a day of a relative week (上周三:
   `date_relative_weeks.tsv`, `date_weekdays.tsv`) date the visit from the last date told (the
   dateline); with no date known they leave it unset.  Before, 昨天 inside the sentence and
   上周三 gave the dateline's own day.
3. A count of trips after a visit verb (去过两次X, 到过一趟X: `visit_count_measures.txt`) and
   both aspect particles (到过了X) are no part of the place's name (`visit_verbs.object_start`).
   Before, the place was 两次X社区, and 到过了X gave no visit.
4. A stop's cadre who moves by themselves is no official's visit: a village post written whole
   (村支书, 村主任 in `issue_cadre_units.txt`: `Reader._unit_title`) and a named cadre hosting
   the visit (居委会主任A又去了隔壁X社区: `Reader.subject`).  One who leads or takes the party
   (带着大家来到X) still shows the visitors round.
5. A forum after a tour whose list holds generic facilities and one read stop (察看了A之家、
   社区卫生服务站和B室，随后与居民代表座谈) is the host area's (`IssuePlacement.listed_among`),
   as after several read stops.  Before, the issue went to the one facility read.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


def dates_of(facts) -> dict[str, dt.date | None]:
    return {facts.places[v.place].name: v.date for v in facts.visits}


# --- 1. 曾 before a visit verb


@pytest.mark.parametrize("text, official, place, label", [
    ("2025年3月12日，区长韩立曾来到丹枫社区，居民反映，楼道照明长期损坏。", "韩立", "丹枫社区", "楼道照明长期损坏"),
    ("2025年3月12日，县委书记苏晴曾经走进白沙镇岭下村，村民反映，村里的饮水管道老化。",
     "苏晴", "岭下村", "村里的饮水管道老化"),
])
def test_a_visit_told_with_a_past_adverb_is_the_reports_own(text, official, place, label):
    facts = facts_of(text)
    assert (official, place) in visits(facts), visits(facts)
    assert (place, label) in issues(facts), issues(facts)


def test_a_past_adverb_after_the_reports_visit_recalls_an_older_trip():
    # precision twin: the report's own visit told, then 他曾来到Y: an older trip, no stop
    facts = facts_of("2025年3月12日，区长韩立来到丹枫社区调研。他曾来到桂林社区，与居民交流。")
    assert visits(facts) == {("韩立", "丹枫社区")}, visits(facts)


def test_a_trip_never_made_is_no_visit():
    # precision twin: negated, the past adverb tells no trip at all
    facts = facts_of("2025年3月12日，区长韩立从未到过丹枫社区。")
    assert not visits(facts), visits(facts)


# --- 2. relative dates


@pytest.mark.parametrize("text, place, day", [
    ("2025年3月12日，区长韩立昨天来到丹枫社区，居民反映，楼道照明长期损坏。", "丹枫社区", dt.date(2025, 3, 11)),
    ("2025年3月12日 来源：区融媒体中心\n\n上周三，区长韩立来到丹枫社区调研。", "丹枫社区", dt.date(2025, 3, 5)),
    ("2025年3月12日 来源：区融媒体中心\n\n区长韩立上周一来到丹枫社区调研。", "丹枫社区", dt.date(2025, 3, 3)),
])
def test_a_relative_day_dates_the_visit_from_the_dateline(text, place, day):
    assert dates_of(facts_of(text)) == {place: day}


def test_a_relative_day_with_no_date_known_leaves_the_date_unset():
    # precision twin: no date told anywhere: unset, not wrong
    assert dates_of(facts_of("区长韩立前天来到丹枫社区，居民反映，楼道照明长期损坏。")) == {"丹枫社区": None}


def test_a_relative_day_in_a_residents_words_dates_nothing():
    # precision twin: 昨天 in what a resident says is a day of their story, not the visit's
    facts = facts_of("2025年3月12日，区长韩立来到丹枫社区，居民说，水管昨天又爆了。随后，韩立来到桂林社区。")
    assert dates_of(facts) == {"丹枫社区": dt.date(2025, 3, 12), "桂林社区": dt.date(2025, 3, 12)}


# --- 3. counts of trips


@pytest.mark.parametrize("verb", ["去过两次", "到过一趟", "到过了"])
def test_a_count_of_trips_is_no_part_of_the_place(verb):
    facts = facts_of(f"区长韩立{verb}丹枫社区，居民反映，楼道照明长期损坏。")
    assert visits(facts) == {("韩立", "丹枫社区")}, visits(facts)
    assert ("丹枫社区", "楼道照明长期损坏") in issues(facts), issues(facts)


def test_a_numeral_opening_a_name_is_kept():
    # precision twin: 三里 counts no trips (no verbal classifier after the numeral)
    facts = facts_of("区长韩立去了三里村，村民反映，村里的饮水管道老化。")
    assert visits(facts) == {("韩立", "三里村")}, visits(facts)


# --- 4. a stop's cadre moving by themselves

TOUR = "2025年3月12日，县长苏晴来到岭下村调研。"


@pytest.mark.parametrize("move", ["村支书又去了隔壁塘头村开会", "村主任随后去了塘头村", "村委会主任钟亮又去了隔壁塘头村"])
def test_a_cadre_moving_alone_makes_no_officials_visit(move):
    facts = facts_of(f"{TOUR}{move}，村民反映，机耕路坑洼不平。")
    assert ("苏晴", "塘头村") not in visits(facts), visits(facts)
    assert ("苏晴", "岭下村") in visits(facts), visits(facts)


@pytest.mark.parametrize("lead", ["村支书带着大家来到塘头村", "村委会主任钟亮带着大家来到塘头村"])
def test_a_cadre_leading_the_party_gives_the_official_the_visit(lead):
    # precision twin: the cadre shows the visitors round: the official is there
    facts = facts_of(f"{TOUR}{lead}，村民反映，机耕路坑洼不平。")
    assert ("苏晴", "塘头村") in visits(facts), visits(facts)


# --- 5. a forum after a tour of facilities, some generic


@pytest.mark.parametrize("text, host, label", [
    ("2025年3月12日，区长韩立来到梅岭街道，察看了颐康照护之家、社区卫生服务站和老年活动室，随后与居民代表座谈，"
     "居民反映，菜市场周边占道经营严重。", "梅岭街道", "菜市场周边占道经营严重"),
    ("2025年3月12日，县长苏晴来到白沙镇，察看了农家书屋、岭下幸福食堂和便民服务中心，随后与村民代表座谈，"
     "村民反映，镇上缺少公共厕所。", "白沙镇", "镇上缺少公共厕所"),
])
def test_a_forum_after_a_list_with_generic_facilities_is_the_hosts(text, host, label):
    assert issues(facts_of(text)) == {(host, label)}


def test_a_forum_after_one_facility_is_the_facilitys():
    # precision twin: one facility, no list: the forum is held there
    facts = facts_of("2025年3月12日，区长韩立来到梅岭街道，察看了颐康照护之家，随后与居民代表座谈，"
                     "居民反映，菜市场周边占道经营严重。")
    assert issues(facts) == {("颐康照护之家", "菜市场周边占道经营严重")}, issues(facts)
