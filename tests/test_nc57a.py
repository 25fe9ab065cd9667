"""A newcomer's faults, session 57 (nc57a).

1. A list's marker (▲ ■ ● ◆ ★ · bullets: date_list_bullets.txt; （一） 1. 一、 enumerators)
   stands before an item's dateline: each item of a digest is dated by its own day
   (`dates.LIST_MARK`; every item took the first item's date).
2. The work that dealt with a problem may stand between 已(于…) and the done verb, an
   adding or building verb with its object and quantity (已于3月新增充电桩20个解决:
   `issue_words.added_verb`, `reported_done`).
3. A report whose only visit has no official recognised keeps the place gone to: its
   issue is filed there and the build warns, no "no facts found" error.
4. A heading in brackets (【建议】, <建议>) is no raising act, and no stray bracket opens
   a label (`issue_frames.bracketed_heading`, `issue_items.PAIRS`).
5. `kg build` of a path that does not exist exits 2, a usage error, as `kg --help` says.

Every fixture is invented (names, places and wording).
"""

import datetime as dt

import pytest

from tests.conftest import run_kg
from tests.extraction import dated_visits, facts_of, issues

pytestmark = pytest.mark.fast


DIGEST = ("【镇村动态】\n\n{m}5月4日，县长柏文来到青岚镇石屏村，察看春耕备耕。\n\n"
          "{n}5月15日，县长柏文来到青岚镇桃溪村，察看水渠整修。\n\n"
          "{o}5月27日，县长柏文来到青岚镇云台村，察看茶园管护。")


@pytest.mark.parametrize("marks", [("▲", "▲", "▲"), ("■ ", "■ ", "■ "), ("（一）", "（二）", "（三）"),
                                   ("1. ", "2. ", "3. "), ("一、", "二、", "三、"), ("·", "·", "·")])
def test_digest_items_after_a_list_marker_are_dated_each_by_its_own_dateline(marks):
    text = DIGEST.format(m=marks[0], n=marks[1], o=marks[2])
    got = dated_visits(facts_of(text, default_date=dt.date(2024, 6, 1)))
    assert got == sorted([("石屏村", dt.date(2024, 5, 4)), ("桃溪村", dt.date(2024, 5, 15)), ("云台村", dt.date(2024, 5, 27))])


def test_digest_items_with_a_full_year_after_a_bullet():
    text = "★2023年11月2日，县长柏文来到青岚镇石屏村调研。\n\n★2023年11月20日，县长柏文来到青岚镇桃溪村调研。"
    got = dated_visits(facts_of(text, default_date=dt.date(2024, 6, 1)))
    assert got == sorted([("石屏村", dt.date(2023, 11, 2)), ("桃溪村", dt.date(2023, 11, 20))])


def test_an_outcome_with_the_adding_work_between_its_mark_and_the_done_verb():
    text = ("2024年4月8日，县长柏文来到青岚镇石屏村，调研乡村振兴工作。此前村民反映的电动车充电难问题，"
            "已于3月新增充电桩20个解决。")
    facts = facts_of(text)
    assert {i.label: i.outcome for i in facts.issues} == {"电动车充电难": "已于3月新增充电桩20个解决"}


def test_a_visit_by_no_recognised_official_keeps_its_place_and_issue():
    text = "2024年9月3日，柳志成来到枫桥街道南塘社区，察看加装电梯进展，居民反映施工粉尘扰民。"
    facts = facts_of(text)  # (no ReportError: places were found)
    assert not facts.officials and issues(facts) == {("南塘社区", "施工粉尘扰民")}


def test_a_visit_by_no_recognised_official_with_no_issue_still_builds_its_places():
    facts = facts_of("2024年9月3日，柳志成来到枫桥街道南塘社区，察看老旧小区改造。")
    assert not facts.officials and {p.name for p in facts.places.values()} >= {"南塘社区"}


@pytest.mark.parametrize("heading", ["【建议】", "<建议>", "［建议］", "〔建议〕"])
def test_a_bracketed_heading_is_no_raising_and_opens_no_label(heading):
    text = (f"2024年4月8日，县长柏文来到青岚镇石屏村，村民提出村口路灯不亮的问题。{heading}尽快检修村口路灯。")
    labels = {label for _, label in issues(facts_of(text))}
    assert "村口路灯不亮" in labels
    assert not any(label[:1] in "】>］〕" for label in labels), labels


def test_build_of_a_missing_path_is_a_usage_error(tmp_path):
    proc = run_kg("build", tmp_path / "nosuch.txt", "--out", tmp_path / "out", "--no-store", "--no-html")
    assert proc.returncode == 2, proc.stderr
    assert "no such file or folder" in proc.stderr
