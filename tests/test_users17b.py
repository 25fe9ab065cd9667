"""One article in two forms (an HTML page and its pasted text, Traditional
and Simplified editions, the text re-saved with other line breaks) is one
report: built once, with one warning naming both files, which was kept and
why; later builds keep that choice, and deleting the kept file makes the
other one the report.  A corrected edition (a sentence changed) stays a
report of its own.  Every fixture is invented; each test runs real builds
(kg.build_reports, the whole pipeline) into a build folder."""

from __future__ import annotations

import json

import pytest

import kg

TEXT = ("2024年4月9日，副区长蒋文涛来到青竹街道石榴居民区，走访独居老人。\n"
        "居民反映小区电梯经常停运，蒋文涛要求街道尽快协调维修。\n")
# the same article as a saved page: wrapped source lines, inline tags, a menu
PAGE = ("<!doctype html><html><head><title>区政府网</title></head><body>\n"
        "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news\">要闻</a></div>\n"
        "<article><p>2024年4月9日，副区长蒋文涛来到青竹街道\n石榴居民区，走访独居老人。</p>\n"
        "<p>居民反映小区电梯经常<span>停运</span>，蒋文涛要求街道尽快协调维修。</p></article></body></html>\n")
# a Traditional edition, indented with ideographic spaces, with a pinyin note
TRADITIONAL = ("　　2024年4月9日，副區長蔣文濤來到青竹街道石榴居民區，走訪獨居老人。\n\n"
               "　　居民反映小區電梯(diàn tī)經常停運，蔣文濤要求街道儘快協調維修。\n")
SIMPLIFIED = ("2023年11月2日，区长沈浩然来到柳岸镇杏花村，察看危旧房改造。\n"
              "村民反映村道路灯损坏，沈浩然要求镇里抓紧修复。\n")
TRADITIONAL_OF_SIMPLIFIED = ("2023年11月2日，區長沈浩然來到柳岸鎮杏花村，察看危舊房改造。\n"
                             "村民反映村道路燈損壞，沈浩然要求鎮裡抓緊修復。\n")


def _folder(tmp_path, files: dict[str, str]):
    folder = tmp_path / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _build(folder, out):
    return kg.build_reports([folder], out=out, store=False, html=False)


def _corpus(folder, out):
    """The build as kg build runs it: what it did to the graph (`stats`) too."""
    from kg.build import BuildOptions, build_corpus

    return build_corpus([folder], BuildOptions(out=out, store=False, html=False))


def _manifest(out) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


@pytest.mark.fast
def test_an_html_page_and_its_pasted_text_are_built_once_with_one_warning_naming_both(tmp_path):
    folder = _folder(tmp_path, {"dianti.txt": TEXT, "dianti.html": PAGE})
    alone = kg.build_texts({"dianti.txt": TEXT})
    built = _build(folder, tmp_path / "out")
    assert built.failures == []
    assert built.counts == alone.counts  # every visit and issue once
    assert list(built.graph_of) == ["dianti.txt"] and list(built.facts) == ["dianti.txt"]
    said = [w for w in built.warnings if "same article" in w]
    assert len(said) == 1, built.warnings
    assert "dianti.html" in said[0] and str(folder / "dianti.txt") in said[0]
    assert "(HTML here, text there)" in said[0] and "built once, as dianti.txt (the shorter name)" in said[0]
    assert _manifest(tmp_path / "out")["same_text"]["dianti.html"]["kept"] == "dianti.txt"


@pytest.mark.fast
def test_traditional_and_simplified_editions_are_one_report_and_the_choice_holds_in_later_builds(tmp_path):
    out = tmp_path / "out"
    # the graph already holds the Traditional edition (the longer name) when the Simplified one comes
    folder = _folder(tmp_path, {"liuan-繁體.txt": TRADITIONAL_OF_SIMPLIFIED})
    first = _build(folder, out)
    assert list(first.graph_of) == ["liuan-繁體.txt"]
    _folder(tmp_path, {"liuan.txt": SIMPLIFIED})
    second = _build(folder, out)
    assert list(second.graph_of) == ["liuan-繁體.txt"] and second.counts == first.counts
    said = [w for w in second.warnings if "same article" in w]
    assert len(said) == 1 and said[0].startswith(str(folder / "liuan.txt"))
    assert "(text here, text, Traditional there)" in said[0] and "(the report the graph holds)" in said[0]
    third = _build(folder, out)  # nothing changed: nothing extracted, the same choice, said again
    assert third.facts == {} and list(third.graph_of) == ["liuan-繁體.txt"]
    assert [w for w in third.warnings if "same article" in w] == said
    # pinyin notes, indentation and blank lines are repaired away too
    folder2 = _folder(tmp_path / "b", {"dianti.txt": TEXT, "dianti-繁體.txt": TRADITIONAL})
    assert list(_build(folder2, tmp_path / "out2").graph_of) == ["dianti.txt"]


@pytest.mark.fast
def test_deleting_the_kept_file_makes_the_other_form_the_report_with_nothing_lost(tmp_path):
    out = tmp_path / "out"
    folder = _folder(tmp_path, {"dianti.txt": TEXT, "dianti.html": PAGE})
    first = _build(folder, out)
    (folder / "dianti.txt").unlink()
    second = _corpus(folder, out)
    assert list(second.manifest.reports) == ["dianti.html"]
    assert {**second.counts(), "triples": second.stats.triples} == first.counts
    assert second.stats.extracted == 0  # its record was cached: nothing extracted again
    assert second.stats.added == ["dianti.html"] and second.stats.missing == []
    assert second.stats.removed == ["dianti.txt (its file is gone; the same article is now dianti.html)"]
    assert [w.reason for w in second.warnings] == [f"the same article as {folder / 'dianti.txt'}, which is gone: "
                                                   f"built as dianti.html in place of dianti.txt"]
    assert "same_text" not in _manifest(out)
    assert _corpus(folder, out).up_to_date  # and the next build has nothing to do


@pytest.mark.fast
def test_a_corrected_edition_is_a_report_of_its_own_and_an_edit_parts_two_forms(tmp_path):
    out = tmp_path / "out"
    corrected = TEXT.replace("走访独居老人", "慰问独居老人")  # one sentence changed
    folder = _folder(tmp_path, {"dianti.txt": TEXT, "dianti-更正.txt": corrected})
    built = _build(folder, out)
    assert sorted(built.graph_of) == ["dianti-更正.txt", "dianti.txt"]
    assert not [w for w in built.warnings if "same article" in w]
    # two forms of one article, then the kept one edited: each is its own report again
    folder2 = _folder(tmp_path / "b", {"dianti.txt": TEXT, "dianti.html": PAGE})
    assert list(_build(folder2, tmp_path / "out2").graph_of) == ["dianti.txt"]
    (folder2 / "dianti.txt").write_text(corrected, encoding="utf-8")
    again = _corpus(folder2, tmp_path / "out2")
    assert sorted(again.manifest.reports) == ["dianti.html", "dianti.txt"] and again.manifest.same_text == {}
    assert again.stats.added == ["dianti.html"] and again.stats.replaced == ["dianti.txt"] and again.warnings == []


@pytest.mark.fast
def test_a_changed_setting_and_kg_remove_leave_no_copy_behind_in_the_graph(tmp_path):
    from kg.build import BuildOptions, build_corpus, remove_reports

    out = tmp_path / "out"
    folder = _folder(tmp_path, {"dianti.txt": TEXT, "dianti.html": PAGE})
    _build(folder, out)
    # another base IRI: both files are extracted again, and the page stays out as before, not "removed"
    rebased = build_corpus([folder], BuildOptions(out=out, store=False, html=False, base="https://example.org/kg/"))
    assert rebased.stats.extracted == 2 and rebased.stats.removed == [] and rebased.stats.added == []
    assert list(rebased.manifest.reports) == ["dianti.txt"] and list(rebased.manifest.same_text) == ["dianti.html"]
    # kg remove takes the article out: its copy in another form is forgotten with it, not put in its place
    removed, keys = remove_reports(["dianti.txt"], out)
    assert keys == ["dianti.txt"] and removed.manifest.reports == {} and removed.manifest.same_text == {}


@pytest.mark.fast
def test_kg_build_says_the_copy_on_one_warning_line_and_counts_the_article_once(tmp_path):
    from tests.conftest import run_kg

    folder = _folder(tmp_path, {"liuan.txt": SIMPLIFIED, "liuan.htm": f"<html><body><p>{TRADITIONAL_OF_SIMPLIFIED}</p></body></html>"})
    done = run_kg("build", folder, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if "same article" in line]
    # names of one length: the first by path is kept, the page (.htm sorts before .txt)
    assert lines == [f"kg build: warning: {folder / 'liuan.txt'}: the same article as {folder / 'liuan.htm'} once read and "
                     f"repaired (text here, HTML, Traditional there): built once, as liuan.htm (the first by path)"], done.stderr
    assert "built 1 report(s)" in done.stdout + done.stderr


@pytest.mark.fast
def test_records_extracted_elsewhere_and_ingested_keep_one_report_per_article_as_kg_build_does(tmp_path):
    from kg.build import BuildOptions, ingest
    from kg.corpus import extract_record

    folder = _folder(tmp_path, {"dianti.txt": TEXT, "dianti.html": PAGE})
    records = [extract_record(folder / name, name) for name in ("dianti.html", "dianti.txt")]
    result = ingest(iter(records), BuildOptions(out=tmp_path / "out", store=False, html=False))
    assert list(result.manifest.reports) == ["dianti.txt"] and list(result.manifest.same_text) == ["dianti.html"]
    assert result.stats.added == ["dianti.txt"] and result.stats.counts["visits"] == 1
    assert [w.reason.split(":")[0] for w in result.warnings] == ["the same article as dianti.txt once read and repaired (HTML here, text there)"]
    _build(folder, tmp_path / "fresh")
    assert (tmp_path / "out" / "graph.nq").read_bytes() == (tmp_path / "fresh" / "graph.nq").read_bytes()
