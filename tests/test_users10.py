"""What a newcomer of session 10 met: repeat visits merged into the first,
hard-wrapped text losing its facts, builds written among reports, stale
graphs left in a store, govkg's own page in a reports folder, Markdown
strikethrough and code spans, and error wording.  Every fixture is invented;
each test runs what a user runs (the `kg` command line or the kg API)."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib.namespace import RDF

import kg
from tests.conftest import run_kg
from kg.namespaces import GOV


# ---------------------------------------------------------------- 1: repeat visits

TWICE = (
    "2023年6月2日，镇长赵青山来到柳溪镇石桥村，村民反映灌溉渠淤塞。\n"
    "7月9日，赵青山再次来到石桥村，村民反映村道坑洼。\n"
)


@pytest.mark.fast
def test_a_repeat_visit_on_another_day_is_a_visit_of_its_own():
    built = kg.build_texts({"twice.txt": TWICE})
    facts = built.facts["twice.txt"]
    assert [v.date for v in facts.visits] == [dt.date(2023, 6, 2), dt.date(2023, 7, 9)], facts.visits
    assert [v.evidence.start for v in facts.visits] == [0, TWICE.index("7月9日")]
    # each issue belongs to the visit it was raised at
    by_label = {i.label: i.visit for i in facts.issues}
    assert by_label == {"灌溉渠淤塞": 0, "村道坑洼": 1}, facts.issues


@pytest.mark.fast
def test_repeat_visits_in_the_graph_are_two_events_and_one_visited_triple():
    g = kg.build_texts({"twice.txt": TWICE}).dataset
    events = set(g.subjects(RDF.type, GOV.Visit))
    assert len(events) == 2
    assert {str(d) for e in events for d in g.objects(e, GOV.date)} == {"2023-06-02", "2023-07-09"}
    assert len(set(g.subject_objects(GOV.visited))) == 1
    during = {str(i): e for i, e in g.subject_objects(GOV.raisedDuring)}
    assert len(set(during.values())) == 2, during


@pytest.mark.fast
def test_a_visit_told_again_the_same_day_stays_one_visit():
    text = "2023年6月2日，镇长赵青山来到柳溪镇石桥村。在石桥村，赵青山察看了灌溉渠，村民反映灌溉渠淤塞。\n"
    facts = kg.build_texts({"once.txt": text}).facts["once.txt"]
    assert len(facts.visits) == 1, facts.visits
    assert [i.visit for i in facts.issues] == [0]


# ---------------------------------------------------------------- 2: hard-wrapped and word-spaced text

WRAPPED = "2023年8月3日，镇长赵青山来到柳溪\n镇石桥村，村民反映村道坑洼，\n路灯也不亮。\n"


@pytest.mark.fast
def test_a_hard_wrapped_report_keeps_its_visit_and_issue_with_evidence_in_the_original():
    facts = kg.build_texts({"wrapped.txt": WRAPPED}).facts["wrapped.txt"]
    assert [(v.official, v.place) for v in facts.visits] == [("赵青山", "subdistrict:柳溪镇/community:石桥村")]
    assert {i.label for i in facts.issues} >= {"村道坑洼"}, facts.issues
    ev = facts.visits[0].evidence
    assert "\n" not in ev.sentence and "柳溪镇石桥村" in ev.sentence
    assert WRAPPED[ev.start:ev.end].replace("\n", "") == ev.sentence


@pytest.mark.fast
def test_a_headline_line_stays_its_own_line():
    text = "赵青山走访柳溪镇\n镇长赵青山来到柳溪镇石桥村，村民反映村道坑洼。\n镇长赵青山随后来到柳溪镇桃源村，村民反映路灯不亮。\n"
    from kg.repair import repair

    assert repair(text).text.split("\n")[0] == "赵青山走访柳溪镇"


@pytest.mark.fast
def test_word_spaced_han_text_is_read_as_words():
    text = "2023年8月3日，镇长 赵青山 来到 柳溪镇 石桥村，村民 反映 村道坑洼。"
    facts = kg.build_texts({"spaced.txt": text}).facts["spaced.txt"]
    assert [(v.official, v.place) for v in facts.visits] == [("赵青山", "subdistrict:柳溪镇/community:石桥村")]
    ev = facts.visits[0].evidence
    assert text[ev.start:ev.end].replace(" ", "") == ev.sentence


@pytest.mark.fast
def test_spaces_beside_the_punctuation_of_word_spaced_text_go_too():
    # 赵青山 、 副镇长 孔令辉: a list of officials spaced around its 、 keeps both
    text = "2023年8月3日， 镇长 赵青山 、 副镇长 孔令辉 来到 柳溪镇 石桥村 ， 村民 反映 村道坑洼 。"
    facts = kg.build_texts({"spaced.txt": text}).facts["spaced.txt"]
    assert {v.official for v in facts.visits} == {"赵青山", "孔令辉"}


# ---------------------------------------------------------------- 3: --out among other files

REPORT = "2023年6月2日，镇长赵青山来到柳溪镇石桥村，村民反映灌溉渠淤塞。\n"


def _folders(tmp_path):
    for name in ("spring", "autumn"):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}.txt").write_text(REPORT.replace("石桥村", f"{name}村"), encoding="utf-8")


@pytest.mark.fast
def test_build_refuses_an_out_folder_holding_other_files_and_writes_nothing_there(tmp_path):
    _folders(tmp_path)
    done = run_kg("build", tmp_path / "autumn", "--out", tmp_path / "spring", "--no-store", "--no-html")
    assert done.returncode == 2, done
    assert "kg build: error: --out" in done.stderr and "spring" in done.stderr and "spring.txt" in done.stderr, done.stderr
    assert sorted(p.name for p in (tmp_path / "spring").iterdir()) == ["spring.txt"]


@pytest.mark.fast
def test_build_refuses_an_empty_out_in_a_folder_of_other_files(tmp_path):
    _folders(tmp_path)
    done = run_kg("build", "autumn", "--out", "", "--no-store", "--no-html", cwd=tmp_path)
    assert done.returncode == 2 and "the current folder" in done.stderr, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["autumn", "spring"]


@pytest.mark.fast
def test_build_takes_a_new_an_empty_and_an_earlier_build_folder(tmp_path):
    _folders(tmp_path)
    (tmp_path / "empty").mkdir()
    for out in ("new", "empty", "new"):  # the third: the build folder of the first
        done = run_kg("build", tmp_path / "autumn", "--out", tmp_path / out, "--no-store", "--no-html")
        assert done.returncode == 0, done.stderr
        assert (tmp_path / out / "graph.ttl").exists()


@pytest.mark.fast
def test_build_takes_the_folder_of_a_first_build_killed_while_writing(tmp_path):
    # killed before its first manifest, in the middle of writing graph.nq: what it left is
    # all its own (cache/, .lock, the writer's temporary), so the same command builds again
    _folders(tmp_path)
    out = tmp_path / "killed"
    (out / "cache").mkdir(parents=True)
    (out / ".lock").write_text("")
    (out / ".graph.nq.999999999.k2j3h4.tmp").write_text("<a> <b> <c> .\n")
    done = run_kg("build", tmp_path / "autumn", "--out", out, "--no-store", "--no-html")
    assert done.returncode == 0, done.stderr
    assert (out / "graph.ttl").exists() and (out / "manifest.json").exists()


# ---------------------------------------------------------------- 4: a build loaded again after a report went

TAOYUAN = "2023年6月9日，镇长赵青山来到柳溪镇桃源村，村民反映村道坑洼。\n"
HAS_TAOYUAN = 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(CONTAINS(STR(?o), "桃源")) }'


@pytest.fixture
def two_reports_loaded(tmp_path):
    """A build of two reports, loaded into an Oxigraph store and a LadybugDB store
    of their own, then one report removed from the build."""
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "r" / "b.txt").write_text(TAOYUAN, encoding="utf-8")
    assert run_kg("build", tmp_path / "r", "--out", tmp_path / "b", "--no-store", "--no-html").returncode == 0
    for target, store in (("oxigraph", "S"), ("ladybug", "L.db")):
        done = run_kg("load", target, "--from", tmp_path / "b", "--store", tmp_path / store)
        assert done.returncode == 0, done.stderr
    (tmp_path / "r" / "b.txt").unlink()
    assert run_kg("remove", "b.txt", "--from", tmp_path / "b").returncode == 0
    return tmp_path


def test_loading_a_build_again_into_oxigraph_drops_the_report_it_no_longer_has(two_reports_loaded):
    root = two_reports_loaded
    done = run_kg("load", "oxigraph", "--from", root / "b", "--store", root / "S")
    assert done.returncode == 0 and "removed 1 graph(s)" in done.stdout, done.stdout + done.stderr
    held = run_kg("query", "--store", root / "S", "--sparql", HAS_TAOYUAN)
    assert held.stdout.split()[2] == "0", held.stdout
    still = run_kg("query", "--store", root / "S", "--sparql", HAS_TAOYUAN.replace("桃源", "石桥"))
    assert still.stdout.split()[2] != "0", still.stdout


def test_loading_a_build_again_into_ladybug_replaces_its_earlier_load(two_reports_loaded):
    root = two_reports_loaded
    done = run_kg("load", "ladybug", "--from", root / "b", "--store", root / "L.db")
    assert done.returncode == 0 and "replacing the earlier load" in done.stdout, done.stdout + done.stderr
    rows = run_kg("query", "--store", root / "L.db", "--cypher", "MATCH (p:Place) RETURN p.name")
    assert rows.returncode == 0 and "桃源" not in rows.stdout and "石桥" in rows.stdout, rows.stdout + rows.stderr


def test_loading_a_build_again_into_a_ladybug_store_merged_with_another_is_refused(two_reports_loaded, tmp_path):
    root = two_reports_loaded
    (root / "r2").mkdir()
    (root / "r2" / "c.txt").write_text(TAOYUAN.replace("桃源", "梅岭"), encoding="utf-8")
    assert run_kg("build", root / "r2", "--out", root / "b2", "--no-store", "--no-html").returncode == 0
    assert run_kg("load", "ladybug", "--from", root / "b2", "--store", root / "L.db").returncode == 0
    done = run_kg("load", "ladybug", "--from", root / "b", "--store", root / "L.db")
    assert done.returncode == 1 and "an earlier load of" in done.stderr and "new store" in done.stderr, done.stderr


def test_a_second_build_into_an_oxigraph_store_of_another_is_refused(two_reports_loaded):
    # both builds have an entities graph of the same name: loading the second would take
    # the first build's officials' and places' names and types away
    root = two_reports_loaded
    (root / "r2").mkdir()
    (root / "r2" / "c.txt").write_text(TAOYUAN.replace("桃源", "梅岭"), encoding="utf-8")
    assert run_kg("build", root / "r2", "--out", root / "b2", "--no-store", "--no-html").returncode == 0
    before = run_kg("query", "--store", root / "S", "--sparql", HAS_TAOYUAN.replace("桃源", "石桥")).stdout
    done = run_kg("load", "oxigraph", "--from", root / "b2", "--store", root / "S")
    assert done.returncode == 1 and "holds the load of" in done.stderr and "store of its own" in done.stderr, done.stderr
    assert run_kg("query", "--store", root / "S", "--sparql", HAS_TAOYUAN.replace("桃源", "石桥")).stdout == before


# ---------------------------------------------------------------- 5: a kg view page among the reports

def test_a_kg_view_page_written_among_the_reports_is_skipped_by_the_next_build(tmp_path):
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "a.txt").write_text(REPORT, encoding="utf-8")
    assert run_kg("build", tmp_path / "r", "--out", tmp_path / "b", "--no-store", "--no-html").returncode == 0
    assert run_kg("view", tmp_path / "b", "--out", tmp_path / "r" / "view.html").returncode == 0
    (tmp_path / "r" / "c.txt").write_text(TAOYUAN, encoding="utf-8")
    done = run_kg("build", tmp_path / "r", "--out", tmp_path / "b", "--no-store", "--no-html")
    assert done.returncode == 0, done.stderr
    assert "view.html: a page govkg wrote" in done.stderr + done.stdout and "error" not in done.stderr, done.stderr


@pytest.mark.fast
def test_the_page_marker_is_the_first_line_of_the_page_script():
    from pathlib import Path

    from kg.read import PAGE_MARKER

    first = (Path(kg.__file__).parent / "views" / "page.js").read_text(encoding="utf-8").splitlines()[0]
    assert PAGE_MARKER in first


# ---------------------------------------------------------------- 6: Markdown strikethrough and code spans

@pytest.mark.fast
@pytest.mark.parametrize("marked", ["~~柳溪镇~~", "`柳溪镇`", "`` 柳溪镇 ``"])
def test_strikethrough_and_code_spans_read_as_their_words(tmp_path, marked):
    (tmp_path / "visit.md").write_text("# 走访\n\n" + REPORT.replace("柳溪镇", marked, 1), encoding="utf-8")
    built = kg.build_reports([tmp_path / "visit.md"])
    assert not built.failures, built.failures
    facts = built.facts["visit.md"]
    assert [(v.official, v.place) for v in facts.visits] == [("赵青山", "subdistrict:柳溪镇/community:石桥村")]
    labels = {label for p in facts.places.values() for label in (p.name, *p.alt_labels)}
    assert not any(mark in label for label in labels for mark in "~`"), labels


@pytest.mark.fast
def test_a_single_tilde_range_stays():
    from kg.read import markdown_to_text

    assert markdown_to_text("3~5月，6~8日") == "3~5月，6~8日"


# ---------------------------------------------------------------- 7: error wording

@pytest.mark.fast
def test_a_bad_date_is_said_by_kg_build(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    done = run_kg("build", tmp_path / "a.txt", "--out", tmp_path / "b", "--date", "2023-02-30")
    assert done.returncode == 2 and done.stderr.startswith("kg build: error: --date"), done.stderr


@pytest.mark.fast
def test_an_out_folder_that_cannot_be_made_names_out(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    done = run_kg("build", tmp_path / "a.txt", "--out", tmp_path / "a.txt" / "b", "--no-store", "--no-html")
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"kg build: error: --out {tmp_path / 'a.txt' / 'b'}: cannot make the build folder"), done.stderr


def test_a_sparql_syntax_error_is_placed_in_the_users_own_query(tmp_path):
    ttl = tmp_path / "g.ttl"
    ttl.write_text("<urn:x:a> <urn:x:p> <urn:x:b> .\n", encoding="utf-8")
    assert run_kg("load", "oxigraph", "--file", ttl, "--store", tmp_path / "s").returncode == 0
    # line 3 holds the error whether or not govkg adds its PREFIX line (gov: used)
    for query in ("SELECT ?v WHERE {\n  ?v a gov:Visit .\n  FILTER( }", "SELECT ?v WHERE {\n  ?v a ?t .\n  FILTER( }"):
        done = run_kg("query", "--store", tmp_path / "s", "--sparql", query)
        assert done.returncode == 1 and "error at 3:" in done.stderr, done.stderr


@pytest.mark.fast
def test_user_position_maps_through_the_prefix_line():
    from kg.stores.named import user_position, with_prefixes

    own = "SELECT ?v {\n ?v a gov:Visit FILTER( }"
    assert user_position("error at 3:25: x", with_prefixes(own), own) == "error at 2:25: x"
    assert user_position("no position", with_prefixes(own), own) == "no position"
