"""What a newcomer (a journalist with invented reports) hit in session 18,
each on the real pipeline and the real `kg` command line: a saved page and
its pasted text are one article whatever metadata lines the page adds; a
`--date` or `--base` given once holds for a report until another is given;
a report whose file is gone stays, with a warning saying how to remove it;
a report without an official and a file that is no report are said, naming
the file; `kg view --focus` with a misspelt name says the name likeliest
meant.  Every fixture is invented (names, places and wording)."""

from __future__ import annotations

import json

import pytest

import kg
from kg import cli
from tests.conftest import run_kg

ARTICLE = ("2024年6月3日，副区长马骁来到银杏街道枫林社区，察看老旧小区改造。\n"
           "居民反映楼道照明长期损坏，马骁要求街道尽快修复。\n")
# the same article as its page was saved: publication, source, author, tool and editor lines around it
PAGE = ("<!doctype html><html><head><title>区政府网</title></head><body>\n"
        "<div class=\"info\">发布时间：2024-06-03 10:12 来源：区融媒体中心 作者：陈一鸣</div>\n"
        "<div class=\"tools\">【字号：大 中 小】【打印本页】</div>\n"
        "<div class=\"TRS_Editor\"><p>{body}</p></div>\n"
        "<p>责任编辑：孙晴</p>\n</body></html>\n")
UNDATED = ARTICLE.replace("2024年6月3日", "6月3日")
NOBODY = "2024年7月8日，区住建局工作人员来到桃溪镇梨园村，察看危房改造。村民反映村道积水严重。\n"


def _page(text: str) -> str:
    return PAGE.format(body="</p><p>".join(text.strip().split("\n")))


def _folder(tmp_path, files: dict[str, str], name: str = "reports"):
    folder = tmp_path / name
    folder.mkdir(parents=True, exist_ok=True)
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


def _build(*args):
    return run_kg("build", *args, "--no-store", "--no-html")


def _warnings(proc) -> list[str]:
    return [line for line in proc.stderr.splitlines() if line.startswith("kg build: warning:")]


# ---------------------------------------------------------------- 1. a page's metadata lines


@pytest.mark.fast
def test_a_saved_page_with_byline_source_and_editor_lines_and_its_pasted_text_are_built_once(tmp_path):
    folder = _folder(tmp_path, {"fenglin.txt": ARTICLE, "fenglin.html": _page(ARTICLE)})
    built = kg.build_reports([folder], out=tmp_path / "out", store=False, html=False)
    alone = kg.build_texts({"fenglin.txt": ARTICLE})
    assert built.failures == [] and built.counts == alone.counts  # the visit counts once
    said = [w for w in built.warnings if "same article" in w]
    assert len(said) == 1 and "fenglin.html" in said[0] and "(HTML here, text there)" in said[0], built.warnings


@pytest.mark.fast
def test_a_corrected_edition_beside_the_page_stays_two_reports(tmp_path):
    corrected = ARTICLE.replace("尽快修复", "本周内修复")
    folder = _folder(tmp_path, {"fenglin.txt": corrected, "fenglin.html": _page(ARTICLE)})
    built = kg.build_reports([folder], out=tmp_path / "out", store=False, html=False)
    assert sorted(built.graph_of) == ["fenglin.html", "fenglin.txt"]
    assert not [w for w in built.warnings if "same article" in w]


@pytest.mark.fast
def test_the_form_whose_page_gives_the_date_is_the_one_kept(tmp_path):
    # the pasted text says only 6月3日; the page's publication line gives the year
    folder = _folder(tmp_path, {"a.txt": UNDATED, "a.html": _page(UNDATED)})
    built = kg.build_reports([folder], out=tmp_path / "out", store=False, html=False)
    assert list(built.graph_of) == ["a.html"]
    assert any("built once, as a.html (the one that gives its date)" in w for w in built.warnings), built.warnings
    assert [v.date.isoformat() for v in built.facts["a.html"].visits] == ["2024-06-03"]


# ---------------------------------------------------------------- 2. options hold


def test_a_date_given_once_holds_for_the_report_until_another_is_given(tmp_path):
    folder = _folder(tmp_path, {"fenglin.txt": UNDATED})
    out = tmp_path / "out"
    assert _build(folder, "--out", out, "--date", "2023-09-01").returncode == 0
    plain = _build(folder, "--out", out)
    assert plain.returncode == 0 and "0 extracted, 1 unchanged" in plain.stdout, plain.stdout + plain.stderr
    assert _warnings(plain) == []  # nothing changed, nothing to say: the visit keeps 2023
    assert "2023-06-03" in (out / "graph.ttl").read_text(encoding="utf-8")
    other = _build(folder, "--out", out, "--date", "2022-09-01")
    said = " ".join(_warnings(other))
    assert "read again under this build's: --date 2022-09-01 in place of 2023-09-01 (fenglin.txt)" in said, other.stderr
    assert "1 changed by another --date (fenglin.txt)" in other.stdout
    assert "2022-06-03" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_a_base_given_once_holds_and_another_is_said(tmp_path):
    folder = _folder(tmp_path, {"fenglin.txt": ARTICLE})
    out = tmp_path / "out"
    assert _build(folder, "--out", out, "--base", "https://example.org/yinxing/").returncode == 0
    plain = _build(folder, "--out", out)
    assert "0 extracted, 1 unchanged" in plain.stdout and _warnings(plain) == []
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["settings"]["base"] == "https://example.org/yinxing/"
    assert "https://example.org/yinxing/" in (out / "graph.ttl").read_text(encoding="utf-8")
    other = _build(folder, "--out", out, "--base", "https://example.org/taoxi/")
    assert any("was built with --base https://example.org/yinxing/" in w for w in _warnings(other)), other.stderr


# ---------------------------------------------------------------- 3. a report whose file is gone


def test_a_report_whose_file_is_gone_stays_with_a_warning_saying_how_to_remove_it(tmp_path):
    folder = _folder(tmp_path, {"fenglin.txt": ARTICLE, "lihua.txt": ARTICLE.replace("马骁", "欧阳琳")})
    out = tmp_path / "out"
    assert _build(folder, "--out", out).returncode == 0
    (folder / "lihua.txt").unlink()
    again = _build(folder, "--out", out)
    gone = [w for w in _warnings(again) if "lihua.txt" in w]
    assert len(gone) == 1 and "stays in the graph" in gone[0] and f"kg remove lihua.txt --from {out}" in gone[0]
    assert "built 2 report(s)" in again.stdout and again.returncode == 0
    assert run_kg("remove", "--out", out, "lihua.txt").returncode == 0
    assert not [w for w in _warnings(_build(folder, "--out", out)) if "lihua.txt" in w]


# ---------------------------------------------------------------- 4. said, naming the file


@pytest.mark.fast
def test_a_report_without_an_official_is_built_with_a_warning_naming_it(tmp_path):
    built = kg.build_texts({"lishu.txt": NOBODY})
    assert built.failures == [] and built.counts["officials"] == 0 and built.counts["places"] > 0
    assert len(built.warnings) == 1 and built.warnings[0].startswith("lishu.txt: no official recognised"), built.warnings
    assert not kg.build_texts({"fenglin.txt": ARTICLE}).warnings


def test_files_that_are_no_reports_are_warned_about_by_name_even_when_nothing_is_built(tmp_path):
    folder = _folder(tmp_path, {"weather.txt": "今天晴转多云，气温二十度，适合出行。\n", "notes.doc": "draft"})
    (folder / "scan.xyz").write_bytes(b"xyz")
    proc = _build(folder, "--out", tmp_path / "out")
    assert proc.returncode == 1 and "nothing built" in proc.stderr
    said = _warnings(proc)
    assert any("notes.doc: not a report, skipped: a word-processor document" in w for w in said), proc.stderr
    assert any("scan.xyz: not a report, skipped" in w for w in said), proc.stderr
    built = kg.build_reports([_folder(tmp_path, {"fenglin.txt": ARTICLE, "notes.doc": "draft"}, "more")], store=False, html=False)
    assert any("notes.doc: not a report" in w for w in built.warnings)  # from Python too


# ---------------------------------------------------------------- 5. kg view's names


def test_view_with_a_misspelt_name_says_the_name_likeliest_meant(tmp_path):
    out = tmp_path / "out"
    assert _build(_folder(tmp_path, {"fenglin.txt": ARTICLE}), "--out", out).returncode == 0
    proc = run_kg("view", out, "--focus", "马晓", "--out", tmp_path / "v.html")
    assert proc.returncode == 2 and "did you mean 马骁?" in proc.stderr, proc.stderr
    place = run_kg("view", out, "--place", "枫树社区", "--out", tmp_path / "v.html")
    assert "did you mean 枫林社区?" in place.stderr, place.stderr


# ---------------------------------------------------------------- 6. one word, one thing


def test_from_names_the_build_folder_read_and_the_old_out_still_works_with_a_note(tmp_path):
    out = tmp_path / "out"
    folder = _folder(tmp_path, {"fenglin.txt": ARTICLE, "lihua.txt": ARTICLE.replace("马骁", "欧阳琳")})
    assert _build(folder, "--out", out).returncode == 0
    new = run_kg("export", "--from", out, "--format", "turtle", "--to", tmp_path / "g.ttl")
    assert new.returncode == 0 and "note:" not in new.stderr, new.stderr
    old = run_kg("export", "--out", out, "--format", "turtle", "--to", tmp_path / "g.ttl")
    assert old.returncode == 0 and (tmp_path / "g.ttl").read_bytes() == (out / "graph.ttl").read_bytes()
    assert f"kg export: note: --out is the old spelling of --from (the build folder kg export reads): it still works; write --from {out}" in old.stderr
    removed = run_kg("remove", "lihua.txt", "--out", out)
    assert removed.returncode == 0 and "removed 1 report(s): lihua.txt" in removed.stdout
    assert "kg remove: note: --out is the old spelling of --from" in removed.stderr
    # a failed command says the note first, then its error (session 19: said at once, tests/test_users19.py)
    failed = run_kg("remove", "nobody.txt", "--out", out)
    assert failed.returncode == 2 and failed.stderr.startswith("kg remove: note:") and "kg remove: error:" in failed.stderr
    # kg query takes the build folder as --from too (a spelling of --store, which also names a store path)
    args = cli.parser(["query", "--from", "o", "--sparql", "x"]).parse_args(["query", "--from", "o", "--sparql", "x"])
    assert str(args.store) == "o"
