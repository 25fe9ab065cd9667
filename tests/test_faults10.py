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
    # (the bullet reads as the list's bullet •, NEWCOMER49b)
    assert markdown_to_text("* 甲\n***\n\\*乙\\*\nfile_name_x") == "• 甲\n***\n\\*乙\\*\nfile_name_x"
    txt = tmp_path / "note.txt"
    txt.write_text("2024年3月1日，**沙河区**区长来访。", encoding="utf-8")
    assert read_report(txt).text == "2024年3月1日，**沙河区**区长来访。"


# ---------------------------------------------------------------- 2: a store into a folder of reports

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One invented report built with `kg build --no-html` (graph.ttl, graph.nq, the stores)."""
    root = tmp_path_factory.mktemp("built")
    (root / "reports").mkdir()
    (root / "reports" / "visit.txt").write_text(VISIT.format(place="西城街道"), encoding="utf-8")
    proc = run_kg("build", root / "reports", "--out", root / "out", "--no-html")
    assert proc.returncode == 0, proc.stderr
    return root / "out"


def test_load_oxigraph_refuses_a_folder_of_reports_and_writes_nothing_there(tmp_path, built):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text(VISIT.format(place="西城街道"), encoding="utf-8")
    (reports / "b.md").write_text(VISIT.format(place="东城街道"), encoding="utf-8")
    proc = run_kg("load", "oxigraph", "--from", built, "--store", reports)
    assert proc.returncode == 1, proc.stdout
    assert f"{reports}: a folder that holds other files (a.txt, b.md)" in proc.stderr, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert sorted(p.name for p in reports.iterdir()) == ["a.txt", "b.md"]
    # a new folder, an empty one and an existing store all take the load
    empty = tmp_path / "empty"
    empty.mkdir()
    for store in (tmp_path / "new", empty, tmp_path / "new"):
        proc = run_kg("load", "oxigraph", "--from", built, "--store", store)
        assert proc.returncode == 0, proc.stderr
    query = run_kg("query", "--store", tmp_path / "new", "--sparql", "SELECT (COUNT(*) AS ?n) { ?v a <https://w3id.org/govkg/ontology#Visit> }")
    assert query.returncode == 0 and query.stdout.split()[2] == "1", query.stdout + query.stderr


def test_load_ladybug_refuses_a_folder_of_reports_and_a_report_file(tmp_path, built):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text(VISIT.format(place="西城街道"), encoding="utf-8")
    before = (reports / "a.txt").read_bytes()
    for store in (reports, reports / "a.txt"):
        proc = run_kg("load", "ladybug", "--from", built, "--store", store)
        assert proc.returncode == 1 and str(store) in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert [p.name for p in reports.iterdir()] == ["a.txt"] and (reports / "a.txt").read_bytes() == before


# ---------------------------------------------------------------- 3: the same graph loaded twice

GRAPHS = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


def test_loading_a_builds_graph_ttl_into_its_own_store_adds_no_second_copy(tmp_path, built):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(built, out)
    before = run_kg("query", "--store", out, "--sparql", GRAPHS)
    assert before.returncode == 0, before.stderr
    for _ in range(2):
        proc = run_kg("load", "oxigraph", "--file", out / "graph.ttl", "--store", out)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.startswith("already loaded:") and "not added again" in proc.stdout, proc.stdout
    after = run_kg("query", "--store", out, "--sparql", GRAPHS)
    assert after.stdout == before.stdout and "file:" not in after.stdout
    # a store of its own: a copy of graph.ttl elsewhere is the same graph; a graph with
    # a statement the store lacks is loaded, as its own graph
    own = tmp_path / "own-store"
    assert run_kg("load", "oxigraph", "--file", out / "graph.nq", "--store", own).returncode == 0
    graphs = run_kg("query", "--store", own, "--sparql", GRAPHS).stdout
    copy = tmp_path / "elsewhere.ttl"
    shutil.copy(out / "graph.ttl", copy)
    proc = run_kg("load", "oxigraph", "--file", copy, "--store", own)
    assert proc.returncode == 0 and proc.stdout.startswith("already loaded:"), proc.stdout + proc.stderr
    assert run_kg("query", "--store", own, "--sparql", GRAPHS).stdout == graphs
    extra = tmp_path / "extra.ttl"
    extra.write_text((out / "graph.ttl").read_text(encoding="utf-8")
                     + '\n<https://example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> "x" .\n', encoding="utf-8")
    proc = run_kg("load", "oxigraph", "--file", extra, "--store", own)
    assert proc.returncode == 0 and proc.stdout.startswith("loaded 1 graph(s)"), proc.stdout + proc.stderr
    assert extra.resolve().as_uri() in run_kg("query", "--store", own, "--sparql", GRAPHS).stdout


# ---------------------------------------------------------------- 4: the API's date=

NO_YEAR = "3月1日，沙河区区长程远航来到西城街道光明社区，听取居民意见。\n"


@pytest.mark.fast
@pytest.mark.parametrize("given", ["2022-01-01", "2022-01-01 ", __import__("datetime").date(2022, 1, 1),
                                   __import__("datetime").datetime(2022, 1, 1, 9, 30)])
def test_build_reports_takes_the_date_as_a_date_or_an_iso_string(tmp_path, given):
    import datetime as dt

    (tmp_path / "visit.txt").write_text(NO_YEAR, encoding="utf-8")
    built = kg.build_reports([tmp_path / "visit.txt"], date=given)
    assert not built.failures, built.failures
    assert [v.date for v in built.facts["visit.txt"].visits] == [dt.date(2022, 3, 1)]
    assert kg.build_texts({"visit.txt": NO_YEAR}, date=given).facts["visit.txt"].visits[0].date == dt.date(2022, 3, 1)


@pytest.mark.fast
@pytest.mark.parametrize("given, error, words", [
    ("2022-13-01", ValueError, "date= takes a YYYY-MM-DD date, not '2022-13-01'"),
    ("1 March 2022", ValueError, "date= takes a YYYY-MM-DD date, not '1 March 2022'"),
    (20220101, TypeError, "date= takes a datetime.date or a YYYY-MM-DD string, not int (20220101)"),
    (["2022-01-01"], TypeError, "not list"),
])
def test_build_reports_names_a_bad_date_at_the_call(tmp_path, given, error, words):
    (tmp_path / "visit.txt").write_text(NO_YEAR, encoding="utf-8")
    with pytest.raises(error) as caught:
        kg.build_reports([tmp_path / "visit.txt"], date=given)
    assert words in str(caught.value)
    with pytest.raises(error):
        kg.build_texts({"visit.txt": NO_YEAR}, date=given)


# ---------------------------------------------------------------- 5: an unknown SPARQL prefix

def test_sparql_with_an_unknown_prefix_names_it_and_the_declared_ones(built):
    proc = run_kg("query", "--store", built, "--sparql", "SELECT * { ?s foo:bar ?o ; gov:date ?d }")
    assert proc.returncode == 1, proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg query: error: unknown prefix foo: in the query"), proc.stderr
    assert "gov:, issue:" in lines[0] and "PREFIX foo: <IRI>" in lines[0]
    # declared by the query, or in a string, an IRI or a comment: no error
    ok = run_kg("query", "--store", built, "--sparql",
                "PREFIX foo: <https://w3id.org/govkg/ontology#>\nSELECT ?d { ?v a foo:Visit ; gov:date ?d "
                "FILTER(?d != 'x:y' && ?v != <urn:a:b>) } # bar:baz")
    assert ok.returncode == 0 and "(1 row)" in ok.stdout, ok.stdout + ok.stderr


@pytest.mark.fast
def test_every_named_sparql_question_declares_what_it_uses():
    from kg.resources import queries_dir
    from kg.stores.named import unknown_prefixes

    for path in sorted(queries_dir().glob("*.rq")):
        assert unknown_prefixes(path.read_text(encoding="utf-8")) == [], path


# ---------------------------------------------------------------- 6: another --date re-extracts only what it dates

def test_another_date_extracts_again_only_the_reports_it_dates(tmp_path):
    corpus, out = tmp_path / "r", tmp_path / "o"
    corpus.mkdir()
    (corpus / "noyear.txt").write_text(NO_YEAR, encoding="utf-8")
    (corpus / "dated.txt").write_text("2022年8月14日，沙河区委书记蒋立行来到东城街道新竹社区走访。\n", encoding="utf-8")
    (corpus / "2021-04-02-named.txt").write_text("4月2日，沙河区副区长梁晓帆来到南城街道和平社区走访。\n", encoding="utf-8")
    first = run_kg("build", corpus, "--out", out, "--date", "2023-01-01", "--no-store", "--no-html")
    assert first.returncode == 0, first.stderr
    again = run_kg("build", corpus, "--out", out, "--date", "2024-01-01", "--no-store", "--no-html")
    assert again.returncode == 0, again.stderr
    read_line = next(line for line in again.stdout.splitlines() if line.startswith("read "))
    assert "1 extracted, 2 unchanged" in read_line, again.stdout
    graph_line = next(line for line in again.stdout.splitlines() if line.startswith("graph:"))
    assert "1 changed by another --date" in graph_line and "(noyear.txt)" in graph_line, graph_line
    assert "--date 2024-01-01 in place of 2023-01-01 (noyear.txt)" in again.stderr, again.stderr
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert '"2024-03-01"' in ttl and '"2022-08-14"' in ttl and '"2021-04-02"' in ttl and "2023-03-01" not in ttl
    # the same date again: nothing to do; the reused reports keep their place in the cache
    same = run_kg("build", corpus, "--out", out, "--date", "2024-01-01", "--no-store", "--no-html")
    assert "0 extracted, 3 unchanged" in same.stdout and "already up to date" in same.stdout, same.stdout
    # a fresh build under the new date gives the same graph
    fresh = tmp_path / "fresh"
    assert run_kg("build", corpus, "--out", fresh, "--date", "2024-01-01", "--no-store", "--no-html").returncode == 0
    assert (fresh / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()


# ---------------------------------------------------------------- 7: the English view's colons

@pytest.mark.fast
def test_the_english_view_writes_ascii_colons_and_the_chinese_one_full_width_ones():
    import rdflib

    from kg.views.html import ViewOptions, prepare
    from kg.views.vocabulary import Vocabulary, kind_label

    built = kg.build_texts({"a.txt": "2024年3月1日，沙河区区长程远航来到西城街道光明社区，听取居民意见。"
                                     "居民反映小区停车难、房屋漏水问题。\n"})
    graph = rdflib.Graph()
    for triple in built.dataset.triples((None, None, None)):
        graph.add(triple)
    english = [line for node in prepare(graph, ViewOptions(lang="en")).nodes.values() for line in node.tip]
    chinese = [line for node in prepare(graph, ViewOptions(lang="zh")).nodes.values() for line in node.tip]
    # the report's own sentences (quoted “…”) keep their punctuation
    assert not [line for line in english if not line.startswith("“") and ("：" in line or "、" in line)], english
    assert "official: 程远航" in english and "官员：程远航" in chinese
    assert kind_label("Issue:Housing", Vocabulary("en")).startswith("issue: ")
    assert kind_label("Issue:Housing", Vocabulary("zh")).startswith("民生议题：")


# ---------------------------------------------------------------- 8: one lookup of a report by its file

@pytest.mark.fast
def test_a_report_is_found_by_its_file_for_kg_remove_and_kg_view_alike(tmp_path):
    from kg.build import find_report
    from kg.commands.view import _built_from
    from kg.corpus.manifest import Manifest

    corpus = tmp_path / "r"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "good.txt").write_text(VISIT.format(place="西城街道"), encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"")  # fails: an empty file
    other = tmp_path / "other.txt"
    other.write_text(VISIT.format(place="东城街道"), encoding="utf-8")
    built = kg.build_reports([corpus], out=tmp_path / "o", store=False, html=False)
    assert [str(e.path) for e in built.failures] == [str(corpus / "bad.txt")]
    manifest = Manifest.open(tmp_path / "o")
    try:
        assert manifest.key_of_source(corpus / "sub" / "good.txt") == "sub/good.txt"
        assert manifest.key_of_source(corpus / "bad.txt") == "bad.txt"
        assert manifest.key_of_source(other) is None
        assert find_report(manifest, str(corpus / "sub" / "good.txt")) == "sub/good.txt"
    finally:
        manifest.close()
    assert _built_from(tmp_path / "o", corpus / "bad.txt") and not _built_from(tmp_path / "o", other)
