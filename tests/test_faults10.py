"""Faults the newcomers and the lead of session 9 met and left: Markdown
emphasis, stores loaded into folders that are not stores, a graph loaded twice,
the API's date, unknown SPARQL prefixes, --date re-extracting every report,
English labels, and the manifest's source lookup.  Every fixture is invented;
each test runs what a user runs (the `kg` command line or the kg API)."""

from __future__ import annotations

import pytest

import kg
from tests.conftest import run_kg

VISIT = "2024年3月1日，沙河区区长程远航来到{place}光明社区，听取居民意见。居民反映停车难问题。\n"


# ---------------------------------------------------------------- 1: Markdown emphasis

@pytest.mark.fast
@pytest.mark.parametrize("marked", ["**西城街道**", "*西城街道*", "__西城街道__", "***西城街道***", "_西城街道_"])
def test_emphasis_around_a_place_in_a_markdown_report_keeps_the_visit(tmp_path, marked):
    (tmp_path / "visit.md").write_text("# 走访\n\n" + VISIT.format(place=marked), encoding="utf-8")
    built = kg.build_reports([tmp_path / "visit.md"])
    assert not built.failures, built.failures
    visits = built.facts["visit.md"].visits
    assert len(visits) == 1, visits
    places = {p.name for p in built.facts["visit.md"].places.values()}
    assert "西城街道" in places and not any("*" in p or "_" in p for p in places), places


@pytest.mark.fast
def test_emphasis_marks_are_read_away_only_in_markdown(tmp_path):
    from kg.read import markdown_to_text, read_report

    assert markdown_to_text("甲**乙 *丙* 丁**戊") == "甲乙 丙 丁戊"  # nested
    # a list bullet, a thematic break, an escaped mark and snake_case are no emphasis
    assert markdown_to_text("* 甲\n***\n\\*乙\\*\nfile_name_x") == "* 甲\n***\n\\*乙\\*\nfile_name_x"
    txt = tmp_path / "note.txt"
    txt.write_text("2024年3月1日，**沙河区**区长来访。", encoding="utf-8")
    assert read_report(txt).text == "2024年3月1日，**沙河区**区长来访。"
