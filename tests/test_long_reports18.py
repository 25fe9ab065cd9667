"""A long report's time grows with its length (issue 10): the per-sentence
look-ups of visits and held meetings use indexes built once a report, and
give what the scans they replace gave.  Fixtures are invented."""

from __future__ import annotations

import re

import pytest

from kg.build import LONG_REPORT_BYTES, BuildOptions, long_report_lines
from kg.extract.issue_placement import HELD_AFTER, HELD_AT
from kg.extract.issue_scene import SceneFrame
from kg.extract.last_match import LastMatch
from kg.extract.place_suffixes import PlaceChunk
from kg.extract.place_segments import segment
from kg.extract.places import PlaceRegistry
from kg.extract.sentences import Sentence
from kg.extract.visit_records import VisitRecord
from tests.extraction import facts_of, issues
from tests.conftest import run_kg

pytestmark = pytest.mark.fast

MEETINGS = ("3月9日，副县长沈觅来到桃源乡白鹭村。在白鹭村文化礼堂召开的座谈会上，村民反映了渠道淤塞的问题。"
            "会后座谈会在桃源乡便民服务中心举行，商户提出停车难。又在乡卫生院召开的专题会上，医生反映设备老旧。"
            "下午在白鹭村村委会会议室举办的议事活动中，村民说起路灯不亮。")


def _last(pattern: re.Pattern, text: str, end: int):
    last = None
    for last in pattern.finditer(text, 0, end):
        pass
    return last


@pytest.mark.parametrize("pattern", [HELD_AT, HELD_AFTER, re.compile(r"在(.+?)召开"), re.compile(r"会(?=上)")])
def test_the_last_match_before_each_position_is_the_scan_from_the_start(pattern):
    # bounded patterns are scanned once; unbounded or looking-ahead ones as before
    held = LastMatch(pattern, MEETINGS)
    for end in range(len(MEETINGS) + 1):
        want, got = _last(pattern, MEETINGS, end), held.before(end)
        assert (want and (want.span(), want.span(1) if pattern.groups else None)) == \
            (got and (got.span(), got.span(1) if pattern.groups else None)), end


def test_main_visits_from_a_position_are_the_main_visits_told_from_it():
    text = "来到柳溪镇。走访花港镇。察看枫林村。又到柳溪镇。"
    reg = PlaceRegistry()
    ids = [reg.add(PlaceChunk(a, a + 3, segment(text[a : a + 3]))) for a in (2, 8, 14)]
    # told out of order (a visit copied to a companion keeps its sentence's start)
    visits = [VisitRecord("何岚", ids[0], 0, 6), VisitRecord("何岚", ids[1], 6, 12),
              VisitRecord("何岚", ids[2], 12, 18), VisitRecord("邓策", ids[0], 0, 6),
              VisitRecord("何岚", ids[0], 18, 24)]
    frame = SceneFrame(text, reg, visits, [])
    for end in (6, 12, 18, 24):
        s = Sentence(end - 6, end, text[end - 6 : end], 0)
        for lo in range(0, end + 1):
            assert frame.main_visits_from(s, lo) == [v for v in frame.main_visits(s) if v.start >= lo], (end, lo)
    visits.append(VisitRecord("何岚", ids[1], 24, 30))  # the index follows a list that grew
    assert frame.main_visits_from(Sentence(24, 30, "", 0), 24) == [visits[-1]]


def test_a_report_told_twice_places_its_issues_as_once():
    # the second telling's held meetings and stops are found past the first's
    once = facts_of(MEETINGS)
    twice = facts_of(MEETINGS + "\n" + MEETINGS.replace("3月9日", "3月10日"))
    assert issues(once) and issues(twice) == issues(once), (issues(once), issues(twice))


def test_a_long_report_is_said_while_it_is_read(tmp_path):
    big, small = tmp_path / "长报告.txt", tmp_path / "短报告.txt"
    big.write_text(MEETINGS * (LONG_REPORT_BYTES // len(MEETINGS.encode()) + 1), encoding="utf-8")
    small.write_text(MEETINGS, encoding="utf-8")
    todo = [(big, "a", {}), (small, "b", {})]
    lines = long_report_lines(todo, BuildOptions())
    assert len(lines) == 1 and "长报告.txt" in lines[0] and "KB): a long report" in lines[0], lines
    assert long_report_lines(todo, BuildOptions(progress=False)) == []  # kg.api's quiet builds


def test_a_large_binary_file_named_as_a_report_is_not_announced_as_a_long_report(tmp_path):
    # the reader refuses it at once as binary: "a long report; this takes a while" first contradicted that
    image = tmp_path / "截图.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * (LONG_REPORT_BYTES // 256 + 1))
    assert long_report_lines([(image, "a", {})], BuildOptions()) == []
    run = run_kg("build", image, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert "a long report" not in run.stderr and "binary file (a PNG image)" in run.stderr, run.stderr
