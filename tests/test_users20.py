"""What the last newcomer hit, as a demanding user would check it, on the real
command line and build folders (session 20):

1. `kg export --to` names what the format writes, by one rule: a file format
   refuses a folder (`--to dir/`) and another format's suffix, and warns on a
   foreign suffix (`g.txt`) or none; neo4j-csv refuses a new folder named as a
   file (`--to x.csv`) unless --force.
2. `kg query DIR` (the build folder without --store, or no query) says which
   stores the folder holds and the command that asks each.
3. Files of a folder that are not reports are each named once (a warning on
   stderr), counted on stdout; the exit code stays 0 when reports were built.
4. A record printed from Python shows its place's label, not only its key.
5. An RDF graph given to kg build is said as such (not "no facts found"); a
   folder's README is no report.

Fixtures are invented here (names, places, wording of their own).
"""

from __future__ import annotations

import shlex

import pytest

import kg
# the real kg of this tree, run from any folder; `built`: a build folder of one report, no stores or page
from tests.test_users19 import built, run_kg  # noqa: F401 (a fixture)

pytestmark = pytest.mark.fast

HALL = "2024年6月12日，云栖街道党工委书记庞思远来到云栖街道党群服务中心，与社区书记座谈。随后，庞思远来到云栖街道枫桥社区，走访居民，居民反映小区停车难。\n"
SECOND = "2024年6月20日，副区长卓雅琴来到云栖街道白鹭社区，察看老旧小区改造。居民反映楼道照明损坏。\n"


# ---------------------------------------------------------------- 1. where kg export writes


def test_neo4j_csv_refuses_a_folder_named_as_a_file(built, tmp_path):
    proc = run_kg("export", "--from", built, "--format", "neo4j-csv", "--to", "x.csv", cwd=tmp_path)
    assert proc.returncode == 2 and list(tmp_path.iterdir()) == [], proc.stderr
    assert proc.stderr.startswith("kg export: error: --to x.csv: --format neo4j-csv writes a folder "), proc.stderr
    assert "x.csv is named as a file (.csv)" in proc.stderr and "(--to x)" in proc.stderr and "--force" in proc.stderr
    # --force makes the folder asked for; once there, it is an earlier export and is written again without it
    for extra in (("--force",), ()):
        proc = run_kg("export", "--from", built, "--format", "neo4j-csv", "--to", "x.csv", *extra, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "x.csv").iterdir()) == ["nodes.csv", "relationships.csv"]
    # a folder name with dots but no file suffix (csv.v2) is a folder's
    assert run_kg("export", "--from", built, "--format", "neo4j-csv", "--to", "csv.v2", cwd=tmp_path).returncode == 0


def test_file_format_given_a_foreign_suffix_is_written_with_a_warning(built, tmp_path):
    for name, fmt, said in (("g.txt", "turtle", ".txt is no turtle suffix (.ttl, .turtle)"), ("g.csv", "graphml", ".csv is no graphml suffix"),
                            ("graph", "trig", "it has no suffix (trig: .trig)")):
        proc = run_kg("export", "--from", built, "--format", fmt, "--to", name, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        lines = proc.stderr.splitlines()
        assert lines[0].startswith(f"kg export: warning: --to {name}: written as {fmt}, but {said}"), lines
        assert lines[1].startswith(f"{fmt}: ") and lines[1].endswith(f"-> {name}") and len(lines) == 2, lines
        assert (tmp_path / name).stat().st_size > 0
    # its own suffix: no warning
    proc = run_kg("export", "--from", built, "--format", "turtle", "--to", "g.ttl", cwd=tmp_path)
    assert proc.returncode == 0 and "warning" not in proc.stderr, proc.stderr


def test_file_format_given_a_folder_is_refused_and_writes_nothing(built, tmp_path):
    (tmp_path / "exports").mkdir()
    for to, said in (("exports", "is a folder"), ("new/", "names a folder (it ends with /)"), ("exports/", "is a folder")):
        proc = run_kg("export", "--from", built, "--format", "turtle", "--to", to, cwd=tmp_path)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.startswith(f"kg export: error: --to {to}: {said}, and --format turtle writes one file; "
                                      f"name the file (--to "), proc.stderr
        assert "graph.ttl)" in proc.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["exports"]


# ---------------------------------------------------------------- 2. kg query without --store


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """A build folder with its two stores (no page), inside a folder that holds it alone."""
    root = tmp_path_factory.mktemp("users20q")
    report = root / "yunqi.txt"
    report.write_text(HALL, encoding="utf-8")
    proc = run_kg("build", report, "--out", root / "builds" / "out", "--no-html")
    assert proc.returncode == 0, proc.stderr
    return root / "builds" / "out"


def test_query_given_the_folder_says_its_stores_and_how_to_ask_each(stored):
    # no question: an answer (session 22: what the folder holds and the named questions, exit 0)
    for args in (("query", "out"), ("query", "--store", "out")):
        proc = run_kg(*args, cwd=stored.parent)
        assert proc.returncode == 0 and proc.stderr == "", proc.stderr
        line = proc.stdout.splitlines()[0]
        assert "out: holds 2 stores: SPARQL in out/store/oxigraph (kg query --store out --sparql Q); " \
               "Cypher in out/store/ladybug.db (kg query --store out --cypher Q)" in line, line
        assert "kg query --list" in line
    # the folder and a query: asked (session 22; it was refused with the command to type)
    proc = run_kg("query", "out", "--cypher", "officials-and-posts", cwd=stored.parent)
    assert proc.returncode == 0 and "庞思远" in proc.stdout, proc.stderr


def test_query_on_a_folder_of_builds_or_a_store_folder_names_the_build_folder(stored):
    parent = stored.parent
    proc = run_kg("query", "--store", parent, "--sparql", "visits-by-official")
    assert proc.returncode == 2 and f"{parent}: no build folder, but holds 1 build folder: {stored}; pick one with --store" in proc.stderr
    proc = run_kg("query", "--store", stored / "store", "--cypher", "officials-and-posts")
    assert proc.returncode == 2 and f"{stored / 'store'}: inside the build folder {stored}; --store takes the build folder itself" \
        in proc.stderr, proc.stderr
    # and as given, it answers
    done = run_kg("query", "--store", stored, "--cypher", "officials-and-posts")
    assert done.returncode == 0 and "庞思远" in done.stdout, done.stderr


def test_query_on_a_build_without_stores_says_so_when_no_query_is_given(built):
    proc = run_kg("query", built)
    assert proc.returncode == 2 and f"{built}: built with --no-store, so it holds no store to query" in proc.stderr, proc.stderr


# ---------------------------------------------------------------- 3. files that are not reports: named once


def _others(folder):
    (folder / "会议纪要.docx").write_bytes(b"PK\x03\x04" + bytes(60))
    (folder / "旧稿.doc").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(60))
    (folder / "通报.pdf").write_bytes(b"%PDF-1.5\n" + bytes(20))
    (folder / "现场照片.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(20))
    (folder / "扫描件.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(20))
    return ["会议纪要.docx", "旧稿.doc", "通报.pdf", "现场照片.jpg", "扫描件.png"]


def test_each_skipped_file_is_named_once_on_stderr_and_counted_on_stdout(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "yunqi.txt").write_text(HALL, encoding="utf-8")
    (folder / ".~lock.x#").write_bytes(b"x")
    names = _others(folder)
    proc = run_kg("build", folder, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert proc.returncode == 0, proc.stderr  # skipped files do not fail a build that built its reports
    for name in names:
        said = [line for line in (proc.stdout + proc.stderr).splitlines() if name in line]
        assert len(said) == 1 and said[0].startswith(f"kg build: warning: {folder / name}: not a report, skipped: "), said
    assert "skipped 6 file(s) that are not reports: 5 named in a warning above (stderr), 1 hidden file(s)" in proc.stdout


def test_a_folder_of_no_reports_names_each_file_once(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    names = _others(folder)
    proc = run_kg("build", folder, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert proc.returncode == 1 and not (tmp_path / "out").exists(), proc.stderr
    text = proc.stdout + proc.stderr
    assert all(text.count(name) == 1 for name in names), text
    assert "... 2 more, each named in a warning" in proc.stderr


# ---------------------------------------------------------------- 4. labels where a user reads records


def test_printed_records_show_the_place_label_beside_its_key():
    built = kg.build_texts({"yunqi.txt": HALL})
    facts = built.facts["yunqi.txt"]
    hall = next(v for v in facts.visits if "党群" in v.place)
    # the key's core name (党群) is no name the report wrote; the label is the name as written
    assert hall.place_label == "云栖街道党群服务中心" == facts.places[hall.place].name, hall
    assert "place_label='云栖街道党群服务中心'" in repr(hall)
    (issue,) = facts.issues
    assert issue.place_label == facts.places[issue.place].name == "枫桥社区"


# ---------------------------------------------------------------- 5. a graph or a README is no report


def test_a_graph_given_to_build_is_said_as_a_graph(built, tmp_path):
    graph = tmp_path / "图谱.ttl"
    graph.write_bytes((built / "graph.ttl").read_bytes())
    proc = run_kg("build", graph, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert proc.returncode == 1 and not (tmp_path / "out").exists()
    assert proc.stderr.startswith(f"kg build: error: {graph}: an RDF graph (Turtle), which kg validate {shlex.quote(str(graph))} "
                                  "checks"), proc.stderr
    assert "no facts found" not in proc.stderr


def test_a_folders_readme_and_graphs_are_no_reports(tmp_path):
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "yunqi.txt").write_text(HALL, encoding="utf-8")
    # a README that quotes a report: read as one, its example would enter the graph
    (folder / "README.md").write_text("# 说明\n\n示例：" + SECOND, encoding="utf-8")
    (folder / "expected.nq").write_text("", encoding="utf-8")
    proc = run_kg("build", folder, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert proc.returncode == 0 and "built 1 report(s)" in proc.stdout, proc.stdout + proc.stderr
    assert f"{folder / 'README.md'}: not a report, skipped: the folder's README" in proc.stderr
    assert f"{folder / 'expected.nq'}: not a report, skipped: an RDF graph (N-Quads)" in proc.stderr
    assert "卓雅琴" not in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    # given by name, a README is built as the user asked
    given = run_kg("build", folder / "README.md", "--out", tmp_path / "o2", "--no-store", "--no-html")
    assert given.returncode == 0 and "卓雅琴" in (tmp_path / "o2" / "graph.ttl").read_text(encoding="utf-8"), given.stderr


def test_a_place_left_apart_is_noted_by_its_label_first():
    from rdflib.namespace import RDFS, SKOS

    built = kg.build_texts({
        "a.txt": "2024年3月1日，东湖区区长许望舒来到东篱街道竹园社区，察看老旧小区改造。居民反映停车难。\n",
        "b.txt": "2024年3月8日，东湖区区长许望舒来到南屏街道竹园社区，察看加装电梯进展。居民反映电梯维修慢。\n",
        "c.txt": "2024年3月15日，东湖区副区长郁清禾来到竹园社区，了解垃圾分类情况。\n",  # which of the two?
    })
    ((node, note),) = built.dataset.subject_objects(SKOS.editorialNote)
    label = str(built.dataset.value(node, RDFS.label))
    assert str(note).startswith(f"{label} (district:东湖/community:竹园社区) not merged: it fits 2 places"), note
