"""What the last newcomer hit, as a demanding user would check it, on the real
command line and build folders (session 19):

1. `kg export` writes where it is told, by one rule: standard output unless
   `--to` names a file; neo4j-csv (two files) needs `--to FOLDER`; nothing
   else is written, and a `--to` named as another format's file is refused.
2. The note on an old spelling (`--out` for `--from`) is said first, also when
   the command then fails.
3. `--date none` clears the date a build folder holds for its reports.
4. The README's Python block is five lines that run as written.
5. Odd inputs: a report naming officials but no place (a bare 居民区), a file
   named with spaces and Chinese characters, a report with no official.

Fixtures are invented here (names, places, wording of their own).
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys

import pytest
import rdflib

from tests.conftest import ROOT, build_reports, run_kg as _run_kg

pytestmark = pytest.mark.fast
# run from another folder (to see what lands there), the kg of this tree still runs
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


def run_kg(*args, cwd=None):
    return _run_kg(*args, cwd=cwd, env=ENV)

VISIT = "2024年9月14日，区长孔德润来到梧桐街道丹枫社区，察看老旧小区改造进展。居民反映小区停车位紧张。孔德润要求抓紧研究解决。\n"
NO_YEAR = "10月8日，副区长欧阳明轩来到梧桐街道银杏社区，听取居民意见。居民反映楼道照明损坏。\n"
BARE_KIND = "2024年9月20日，区长孔德润来到居民区，与居民面对面交流，了解大家的急难愁盼。\n"
NO_OFFICIAL = "2024年9月21日，梧桐街道丹枫社区开展邻里节活动。居民反映小区停车位紧张。\n"


def _triples(out) -> int:
    """The triples the build said it built (its manifest's summary)."""
    import json

    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))["summary"]["triples"]


def _tree(folder) -> dict:
    """Every file under `folder` with its bytes: what a command must not have changed."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A build folder of one invented report (no stores, no page: export reads graph.ttl and graph.nq)."""
    root = tmp_path_factory.mktemp("users19")
    build_reports(root, {"danfeng.txt": VISIT})
    return root / "out"


# ---------------------------------------------------------------- 1. where kg export writes


@pytest.mark.parametrize("fmt, rdflib_format", [("turtle", "turtle"), ("trig", "trig"), ("nquads", "nquads"),
                                                 ("jsonld", "json-ld"), ("graphml", None)])
def test_export_without_to_writes_standard_output_and_no_file(built, tmp_path, fmt, rdflib_format):
    before = _tree(built)
    proc = run_kg("export", "--from", built, "--format", fmt, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert _tree(built) == before and list(tmp_path.iterdir()) == []  # nothing written, in the build folder or here
    assert proc.stderr.strip().endswith("-> stdout"), proc.stderr
    if rdflib_format:  # what was written parses as the format named, with the report's facts
        data = (rdflib.Graph() if fmt == "turtle" else rdflib.Dataset()).parse(data=proc.stdout, format=rdflib_format)
        assert rdflib.Literal("孔德润", lang="zh") in set(data.objects(None, rdflib.RDFS.label)) or \
            any(o == rdflib.Literal("孔德润", lang="zh") for _, _, o, _ in data.quads((None, rdflib.RDFS.label, None, None)))
    else:
        assert proc.stdout.startswith("<?xml") and "孔德润" in proc.stdout
    # `--to -` says the same, and the count on stderr names what was counted
    dash = run_kg("export", "--from", built, "--format", fmt, "--to", "-", cwd=tmp_path)
    assert dash.returncode == 0 and dash.stdout == proc.stdout and dash.stderr == proc.stderr


def test_export_neo4j_csv_needs_a_folder_and_writes_only_there(built, tmp_path):
    before = _tree(built)
    for args in ((), ("--to", "-")):
        proc = run_kg("export", "--from", built, "--format", "neo4j-csv", *args, cwd=tmp_path)
        assert proc.returncode == 2 and proc.stdout == "", proc.stderr
        assert "kg export: error: --format neo4j-csv writes two files (nodes.csv, relationships.csv)" in proc.stderr
        assert "give --to FOLDER" in proc.stderr
    done = run_kg("export", "--from", built, "--format", "neo4j-csv", "--to", tmp_path / "csv 导出", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["csv 导出", "nodes.csv", "relationships.csv"]
    assert _tree(built) == before


def test_export_refuses_a_file_named_as_another_format(built, tmp_path):
    target = tmp_path / "图谱.ttl"
    proc = run_kg("export", "--from", built, "--format", "trig", "--to", target)
    assert proc.returncode == 2 and not target.exists()
    assert (f"kg export: error: --to {target}: .ttl is the suffix of turtle files, and --format trig writes trig; "
            "name the file with .trig, or give --format turtle") in proc.stderr, proc.stderr
    # the format's own suffix, one of no format, or --force: written where asked, nowhere else
    for name, extra in (("图谱.trig", ()), ("图谱 副本.txt", ()), ("图谱.ttl", ("--force",))):
        proc = run_kg("export", "--from", built, "--format", "trig", "--to", tmp_path / name, *extra)
        assert proc.returncode == 0, proc.stderr
        rdflib.Dataset().parse(tmp_path / name, format="trig")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["图谱 副本.txt", "图谱.trig", "图谱.ttl"]


def test_export_old_out_naming_a_file_says_to_use_to(built, tmp_path):
    # --out is what kg build and kg view write; in kg export it is the old spelling of --from
    proc = run_kg("export", "--out", "mine.trig", "--format", "trig", cwd=tmp_path)
    assert proc.returncode == 2 and list(tmp_path.iterdir()) == []
    lines = proc.stderr.splitlines()
    assert lines[0] == ("kg export: note: --out is the old spelling of --from (the build folder kg export reads): "
                        "it still works; write --from mine.trig"), lines
    assert lines[1].startswith("kg export: error: --out mine.trig: is not a build folder;") and "give --to mine.trig" in lines[1]
    assert len(lines) == 2


# ---------------------------------------------------------------- 2. the old spelling's note, at once


def test_old_spelling_note_comes_first_whether_the_command_succeeds_or_fails(built, tmp_path):
    ok = run_kg("export", "--out", built, "--format", "turtle", "--to", tmp_path / "g.ttl")
    assert ok.returncode == 0
    lines = ok.stderr.splitlines()
    assert lines[0] == f"kg export: note: --out is the old spelling of --from (the build folder kg export reads): it still works; write --from {built}"
    assert lines[1] == f"turtle: {_triples(built)} triples in the union graph (a copy of graph.ttl) -> {tmp_path / 'g.ttl'}", lines
    before = _tree(built)
    failed = run_kg("remove", "nobody.txt", "--out", built)
    lines = failed.stderr.splitlines()
    assert failed.returncode == 2 and _tree(built) == before
    assert lines[0].startswith("kg remove: note: --out is the old spelling of --from") and lines[1].startswith("kg remove: error: no report"), lines
    # a usage error argparse itself raises gets the note too, before it
    usage = run_kg("export", "--out", built, "--format", "rdfxml")
    assert usage.returncode == 2 and usage.stderr.startswith("kg export: note: --out is the old spelling"), usage.stderr
    # the new spelling, and --help, have none
    assert "note:" not in run_kg("export", "--from", built, "--format", "turtle").stderr
    assert "note:" not in run_kg("export", "--out", built, "--help").stderr


# ---------------------------------------------------------------- 3. --date none


def _dates(out) -> set[str]:
    graph = rdflib.Graph().parse(out / "graph.ttl")
    gov = rdflib.Namespace("https://w3id.org/govkg/ontology#")
    return {str(o) for o in graph.objects(None, gov.date)}


def test_date_none_clears_the_held_date(tmp_path):
    reports, out = tmp_path / "稿件", tmp_path / "out"
    reports.mkdir()
    (reports / "yinxing.txt").write_text(NO_YEAR, encoding="utf-8")
    args = ("build", reports, "--out", out, "--no-store", "--no-html")
    assert run_kg(*args, "--date", "2023-06-30").returncode == 0
    assert _dates(out) == {"2023-10-08"}
    held = run_kg(*args)  # a plain rebuild keeps it (session 18)
    assert held.returncode == 0 and _dates(out) == {"2023-10-08"}
    cleared = run_kg(*args, "--date", "none")
    assert cleared.returncode == 0, cleared.stderr
    assert _dates(out) == set()  # 10月8日 and no year: the text alone dates it again, with no year
    assert "changed by another --date (yinxing.txt)" in cleared.stdout
    assert "--date none in place of 2023-06-30 (yinxing.txt)" in cleared.stderr, cleared.stderr
    assert f"{reports / 'yinxing.txt'}: 「10月8日，副区长欧阳明轩来到梧桐街道银杏社区，听取居民意见。」 gives a month and day but no year" in cleared.stderr
    again = run_kg(*args)  # none holds as a date does: nothing extracted, still undated
    assert again.returncode == 0 and "0 extracted, 1 unchanged" in again.stdout and _dates(out) == set()
    assert run_kg(*args, "--date", "2022-01-01").returncode == 0 and _dates(out) == {"2022-10-08"}


def test_date_none_from_python_and_a_wrong_word_said(tmp_path):
    import kg

    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "yinxing.txt").write_text(NO_YEAR, encoding="utf-8")
    first = kg.build_reports([folder], out=tmp_path / "out", date="2021-01-01", store=False, html=False)
    assert [v.date.isoformat() for v in first.facts["yinxing.txt"].visits] == ["2021-10-08"]
    cleared = kg.build_reports([folder], out=tmp_path / "out", date="none", store=False, html=False)
    assert [v.date for v in cleared.facts["yinxing.txt"].visits] == [None]
    assert any('date="none" in place of 2021-01-01' in w for w in cleared.warnings), cleared.warnings
    with pytest.raises(ValueError, match="date= takes a YYYY-MM-DD date, not 'never' \\(or \"none\" to clear the date held\\)"):
        kg.build_reports([folder], date="never")
    proc = run_kg("build", folder, "--out", tmp_path / "o2", "--date", "never")
    assert proc.returncode == 2 and "kg build: error: --date 'never': not YYYY-MM-DD, or none to clear the date held" in proc.stderr


# ---------------------------------------------------------------- 4. the README's five lines


def test_readme_python_block_is_five_lines_that_run_as_written():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "the API in five lines" in text
    block = re.search(r"```python\n(.*?)```", text, re.DOTALL).group(1)
    lines = [line for line in block.splitlines() if line.strip()]
    assert len(lines) == 5 and len(ast.parse(block).body) == 5, block
    # as written, in a fresh interpreter in the repository (a script pasted from the README)
    proc = subprocess.run([sys.executable, "-c", block], cwd=ROOT, capture_output=True, text=True, timeout=600, env=ENV)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert re.fullmatch(r"<Build: 1 report \(officials=5, .*\); 0 failures, 0 warnings; in memory>", out[0]), out[0]
    assert out[1].startswith("Visit(official=")
    assert out[2].split() == ["date", "|", "place", "|", "within", "|", "report", "|", "issue"] and out[-1].endswith("rows)")


# ---------------------------------------------------------------- 5. odd inputs


def test_a_report_naming_officials_but_no_place_is_said_by_its_file_name(tmp_path):
    folder = tmp_path / "选题 九月"
    folder.mkdir()
    (folder / "居民区 走访（初稿）.txt").write_text(BARE_KIND, encoding="utf-8")
    (folder / "邻里节.txt").write_text(NO_OFFICIAL, encoding="utf-8")
    (folder / "丹枫 社区 报道.txt").write_text(VISIT, encoding="utf-8")
    proc = run_kg("build", folder, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert proc.returncode == 0, proc.stderr
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("kg build: warning: ")]
    assert len(warnings) == 2, proc.stderr
    assert warnings[0].startswith(f"kg build: warning: {folder / '居民区 走访（初稿）.txt'}: no visit to a named place read for 孔德润 "
                                  "(built: 1 official, 0 issues)"), warnings
    assert "not from a kind alone (来到居民区)" in warnings[0]
    assert warnings[1].startswith(f"kg build: warning: {folder / '邻里节.txt'}: no official recognised"), warnings
    assert "built 3 report(s)" in proc.stdout and "1 visits" in proc.stdout
    # a report that has a place says nothing of the kind
    assert "丹枫 社区 报道.txt" not in proc.stderr


def test_a_named_residents_area_alone_is_a_place_and_a_visit(tmp_path):
    from kg.corpus.unnamed import no_place_warning
    import kg

    built = kg.build_texts({"长宁 居民区.txt": "2024年9月22日，副区长欧阳明轩来到柏树居民区，听取居民意见。"})
    facts = built.facts["长宁 居民区.txt"]
    assert [p.name for p in facts.places.values()] == ["柏树居民区"] and len(facts.visits) == 1
    assert no_place_warning(facts) is None and built.warnings == []


def test_a_date_written_in_words_in_the_file_name_is_said_unread_with_the_name_to_use(tmp_path):
    folder = tmp_path / "稿件"
    folder.mkdir()
    (folder / "2024年10月8日 银杏社区.txt").write_text(NO_YEAR, encoding="utf-8")
    proc = run_kg("build", folder, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert proc.returncode == 0, proc.stderr
    assert ("gives a month and day but no year, so 1 visit is undated; the file name's 2024年10月8日 is not read as a date "
            "(a file name gives it as 2024-10-08 or 20241008): rename the file 2024-10-08 银杏社区.txt, or give --date") in proc.stderr
    assert "YYYY-10-08-2024年10月8日" not in proc.stderr  # not the advice to add a date the name already holds
    # renamed as said, the report is dated by its file name, and the move is taken as such
    (folder / "2024年10月8日 银杏社区.txt").rename(folder / "2024-10-08 银杏社区.txt")
    again = run_kg("build", folder, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert again.returncode == 0 and "undated" not in again.stderr, again.stderr
    assert _dates(tmp_path / "out") == {"2024-10-08"}


def test_export_replaces_its_own_earlier_export_but_not_a_users_file(built, tmp_path):
    mine = tmp_path / "ontology.ttl"
    mine.write_text("@prefix ex: <http://example.org/> .\nex:river ex:flows ex:sea .\n", encoding="utf-8")
    proc = run_kg("export", "--from", built, "--format", "turtle", "--to", mine)
    assert proc.returncode == 2 and "a file is already there that govkg did not write" in proc.stderr, proc.stderr
    assert "ex:river" in mine.read_text(encoding="utf-8")
    for fmt, name in (("turtle", "g.ttl"), ("trig", "g.trig"), ("nquads", "g.nq"), ("jsonld", "g.jsonld"), ("graphml", "g.graphml")):
        (tmp_path / name).write_bytes(b"")  # an empty file (a redirect's leftover) holds nothing to lose
        for _ in range(2):  # and an earlier export of the format is replaced, without --force
            proc = run_kg("export", "--from", built, "--format", fmt, "--to", tmp_path / name)
            assert proc.returncode == 0, (fmt, proc.stderr)
        assert (tmp_path / name).stat().st_size > 0
    assert run_kg("export", "--from", built, "--format", "turtle", "--to", mine, "--force").returncode == 0
    assert "ex:river" not in mine.read_text(encoding="utf-8")


def test_export_format_names_as_written_in_prose(built):
    for written, fmt in (("TriG", "trig"), ("N-Quads", "nquads"), ("JSON-LD", "jsonld"), ("Turtle", "turtle")):
        proc = run_kg("export", "--from", built, "--format", written)
        assert proc.returncode == 0 and proc.stderr.startswith(f"{fmt}: "), proc.stderr
    proc = run_kg("export", "--from", built, "--format", "ttl")
    assert proc.returncode == 2 and "invalid choice: 'ttl'" in proc.stderr
