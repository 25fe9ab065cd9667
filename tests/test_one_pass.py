"""One pass from reports to every output: the stores and the page are
fed from the assembly, never from a file the build wrote; incremental builds
update the stores in place and end exactly where a fresh build ends; the
Python API gives the same graph as the command line."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef

from kg.api import as_parameters
from kg.errors import UsageError
from kg.synthetic import write_corpus as write_synthetic
from tests.conftest import run_kg
from tests.plugins.corpus import CORPUS, write_corpus


def dump_stores(out: Path) -> tuple[list[str], list[str]]:
    """Everything both embedded stores hold, as sorted text: Oxigraph's quads and
    LadybugDB's node rows and relationships per table."""
    import ladybug
    from pyoxigraph import Store

    store = Store.read_only(str(out / "store" / "oxigraph"))
    quads = sorted(str(q) for q in store.quads_for_pattern(None, None, None, None))
    del store
    db = ladybug.Database(str(out / "store" / "ladybug.db"), read_only=True)
    conn = ladybug.Connection(db)

    def rows(query):
        result = conn.execute(query)
        found = []
        while result.has_next():
            found.append(result.get_next())
        return found

    cypher = []
    for name, kind in rows("CALL show_tables() RETURN name, type"):
        if kind == "NODE":
            cypher += sorted(f"{name} {row!r}" for row in rows(f"MATCH (n:{name}) RETURN n.*"))
        else:
            cypher += sorted(f"{name} {row!r}" for row in rows(f"MATCH (a)-[r:{name}]->(b) RETURN a.uri, b.uri"))
    conn.close()
    db.close()
    return quads, cypher


def identity(out: Path) -> tuple[int, int]:
    """The inodes of the two stores: a store rewritten and swapped in gets a new one."""
    return (out / "store" / "oxigraph").stat().st_ino, (out / "store" / "ladybug.db").stat().st_ino


@pytest.fixture
def corpus(tmp_path) -> Path:
    """The linking corpus plus 24 synthetic reports: one changed report is well under
    the share of reports above which a build rewrites the stores."""
    folder = write_corpus(tmp_path / "reports")
    write_synthetic(folder, 24, seed=7)
    return folder


def build(corpus: Path, out: Path) -> str:
    proc = run_kg("build", corpus, "--out", out, "--jobs", "1")
    assert proc.returncode in (0, 1), proc.stderr  # synthetic noise may fail a report; the rest is built
    assert "built" in proc.stdout, proc.stdout + proc.stderr
    return proc.stdout


def test_changing_one_report_updates_the_stores_in_place_as_a_fresh_build_would(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out)
    before, stores = dump_stores(out), identity(out)
    # a new visit in r2: a new official, a new issue, and a place already known
    with open(corpus / "r2.txt", "a", encoding="utf-8") as f:
        f.write("2025年4月9日，副区长钱立新来到东湖街道山一居民区，听取居民关于楼道照明的意见建议。\n")
    build(corpus, out)
    after = dump_stores(out)
    assert identity(out) == stores, "a store was rewritten instead of updated"
    assert after != before
    assert any("钱立新" in row for row in after[1]) and any("钱立新" in q for q in after[0])

    fresh = tmp_path / "fresh"
    build(corpus, fresh)
    assert after == dump_stores(fresh)
    for name in ("graph.ttl", "graph.nq", "graph.html"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_removing_a_report_updates_the_stores_in_place_as_a_fresh_build_would(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out)
    stores = identity(out)
    proc = run_kg("remove", "--from", out, "r6.txt")
    assert proc.returncode == 0, proc.stderr
    assert identity(out) == stores
    (corpus / "r6.txt").unlink()
    fresh = tmp_path / "fresh"
    build(corpus, fresh)
    assert dump_stores(out) == dump_stores(fresh)
    assert (out / "graph.html").read_bytes() == (fresh / "graph.html").read_bytes()


def test_an_unchanged_rebuild_touches_no_output(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out)
    paths = [out / "graph.ttl", out / "graph.nq", out / "graph.html", out / "store" / "ladybug.db", out / "store" / "oxigraph"]
    stamps = [(p.stat().st_ino, p.stat().st_mtime_ns) for p in paths]
    stdout = build(corpus, out)
    assert "0 extracted" in stdout and "already up to date" in stdout
    assert [(p.stat().st_ino, p.stat().st_mtime_ns) for p in paths] == stamps


def test_a_build_reads_back_no_file_it_wrote(tmp_path):
    """Audit every file the build opens for reading: none is one of its outputs
    (graph.nq, graph.ttl, graph.html).  The stores' own files are the engines' business."""
    import kg

    corpus = write_corpus(tmp_path / "reports")
    out = tmp_path / "out"
    outputs = {str(out / name) for name in ("graph.nq", "graph.ttl", "graph.html")}
    read_back = []

    def audit(event, args):
        if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            path, mode = os.fsdecode(args[0]), args[1] or "r"
            if path in outputs and not any(c in str(mode) for c in "wax+"):
                read_back.append(path)

    sys.addaudithook(audit)
    outputs_seen = kg.build_reports([corpus], out, jobs=1).outputs
    assert {"turtle", "store", "cypher", "html"} <= set(outputs_seen)
    assert read_back == []


def test_copy_from_carries_awkward_values_as_merge_does(tmp_path):
    """LadybugDB's COPY FROM reads CSV: values it would change (empty strings, list
    elements with commas, brackets, quotes or edge spaces) go in by MERGE, so the
    bulk path stores exactly what the statement path stores."""
    from kg.stores import ladybug_store
    from kg.stores.mapping import Mapper

    awkward = ["", " 前后有空格 ", "逗号,在中间", "[方括号]", 'a "quoted" word', "单'引号", "back\\slash", "换\n行", "tab\there", "{x}"]
    lines = []
    for i in range(ladybug_store.COPY_MIN + 50):  # enough rows for the COPY path
        node = f"<https://example.org/place/{i}>"
        # plain rows first: a reader guessing the CSV dialect from the first rows must not be fooled
        text = awkward[i % len(awkward)] if i >= ladybug_store.COPY_MIN else f"地名{i}"
        escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        lines += [
            f"{node} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/govkg/ontology#Place> .",
            f'{node} <http://www.w3.org/2000/01/rdf-schema#label> "{escaped}"@zh .',
            f'{node} <http://www.w3.org/2004/02/skos/core#altLabel> "别名{i}"@zh .',
        ]
        if i % 3 == 0 and i >= ladybug_store.COPY_MIN:  # an awkward list element too, on some rows
            lines.append(f'{node} <http://www.w3.org/2004/02/skos/core#altLabel> "{escaped}"@zh .')
        if i:
            lines.append(f"{node} <https://w3id.org/govkg/ontology#partOf> <https://example.org/place/{i - 1}> .")
    mapper = Mapper()
    mapper.add_lines(lines)
    pg = mapper.finish()
    ladybug_store.copy_into(tmp_path / "copy.db", pg)
    ladybug_store.load_into(tmp_path / "merge.db", pg)
    query = "MATCH (p:Place) OPTIONAL MATCH (p)-[:PART_OF]->(q:Place) RETURN p.uri, p.name, p.altLabels, q.uri ORDER BY p.uri"
    copied = ladybug_store.query(tmp_path / "copy.db", query)
    merged = ladybug_store.query(tmp_path / "merge.db", query)
    assert copied.rows == merged.rows
    assert len(copied.rows) == ladybug_store.COPY_MIN + 50
    assert set(awkward) <= {row[1] for row in copied.rows}


def test_slug_readings_are_pypinyins(tmp_path):
    """The per-character readings read from pypinyin's data file are the ones
    pypinyin's lazy_pinyin gives, for every character it knows (IRIs must not change)."""
    from pypinyin import Style, lazy_pinyin

    from kg.emit.iri import _reading
    from kg.repair.pinyin import character_readings

    for code in character_readings():
        char = chr(code)
        assert _reading(char) == (lazy_pinyin(char, style=Style.NORMAL, errors="default")[0] if char.strip() else "-"), char
    assert _reading("a") == "a" and _reading("，") == "，"


def test_api_in_memory_gives_a_dataset_and_facts():
    import kg

    texts = {
        "a/one.txt": "2024年3月1日，东湖区区长王明来到东湖街道山一居民区，听取居民关于加装电梯的意见建议。\n",
        "two.txt": "2024年3月2日，区委书记赵川来到西湖街道新华居民区，听取居民关于停车难的意见建议。\n",
        "empty.txt": "   \n",
    }
    result = kg.build_texts(texts, date=dt.date(2024, 1, 1))
    assert result.out is None and result.outputs == {}
    assert set(result.facts) == {"a/one.txt", "two.txt"}
    assert [f.reason for f in result.failures] == ["empty file (only spaces and line breaks)"]
    visit = result.facts["a/one.txt"].visits[0]
    assert (visit.official, visit.date) == ("王明", dt.date(2024, 3, 1))
    assert isinstance(result.dataset, Dataset)
    named = {str(g.identifier) for g in result.dataset.graphs() if len(g)}
    assert set(result.graph_of.values()) < named  # plus the entities graph
    one = result.dataset.graph(URIRef(result.graph_of["a/one.txt"]))
    assert any("王明" in str(o) for o in one.objects())
    assert not any("赵川" in str(o) for o in one.objects())
    answer = result.dataset.query(
        "SELECT ?name WHERE { ?v a gov:Visit ; gov:visitor/rdfs:label ?name }",
        initNs={"gov": "https://w3id.org/govkg/ontology#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"},
    )
    assert {str(row.name) for row in answer} == {"王明", "赵川"}


def test_api_into_a_folder_writes_what_the_command_line_writes(tmp_path):
    import kg

    corpus = write_corpus(tmp_path / "reports")
    result = kg.build_reports(corpus, tmp_path / "api", jobs=1, store=False, html=False)
    assert result.outputs == {"turtle": tmp_path / "api" / "graph.ttl"}
    proc = run_kg("build", corpus, "--out", tmp_path / "cli", "--no-store", "--no-html", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "api" / "graph.ttl").read_bytes() == (tmp_path / "cli" / "graph.ttl").read_bytes()
    assert len(result.dataset) == result.counts["triples"]  # the union, as graph.ttl holds it
    assert set(result.facts) == set(CORPUS)


def test_a_build_into_a_folder_holding_another_build_says_so_in_one_line(tmp_path):
    """Building other reports into a folder that holds a build adds to its graph:
    the command says so on one line naming the reports that stay, and
    kg.api.Build carries the same line; a folder's own rebuild says nothing."""
    import kg

    first = write_corpus(tmp_path / "first", {k: CORPUS[k] for k in ("r1.txt", "r2.txt")})
    second = write_corpus(tmp_path / "second", {"r4.txt": CORPUS["r4.txt"]})
    out = tmp_path / "out"
    proc = run_kg("build", first, "--out", out, "--no-store", "--no-html", "--jobs", "1")
    assert proc.returncode == 0 and "already holds" not in proc.stderr, proc.stderr
    proc = run_kg("build", first, "--out", out, "--no-store", "--no-html", "--jobs", "1")
    assert "already holds" not in proc.stderr, proc.stderr
    proc = run_kg("build", second, "--out", out, "--no-store", "--no-html", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    notice = [line for line in proc.stderr.splitlines() if "already holds" in line]
    assert len(notice) == 1 and notice[0].startswith("kg build: warning: ")
    assert "2 report(s)" in notice[0] and "r1.txt" in notice[0] and "r2.txt" in notice[0] and "kg remove" in notice[0]
    assert "built 3 report(s)" in proc.stdout  # extended, as the notice says
    built = kg.build_reports(second, out, jobs=1, store=False, html=False)
    # the same line, its options named as the API caller passes them (a new out= folder, not --out)
    assert [w for w in built.warnings if "already holds" in w] == [as_parameters(notice[0].removeprefix("kg build: warning: "))]
    held = [w for w in built.warnings if "already holds" in w]  # other warnings (a name-only join) may follow
    assert "a new --out folder" in notice[0] and "a new out= folder" in held[0]


def test_api_warnings_are_the_lines_the_command_prints(tmp_path):
    """The same lines, the command's flags named as the API's parameters (kg.api.as_parameters)."""
    import kg

    text = "3月1日，东湖区区长王明来到东湖街道山一居民区，听取居民关于加装电梯的意见建议。\n"  # no year
    built = kg.build_texts({"sub/undated.txt": text})
    assert len(built.warnings) == 1 and built.warnings[0].startswith("sub/undated.txt: ") and "undated" in built.warnings[0]
    proc = run_kg("build", write_corpus(tmp_path / "reports", {"undated.txt": text}), "--out", tmp_path / "out", "--no-store", "--no-html")
    lines = [line for line in proc.stderr.splitlines() if "warning" in line]
    assert [as_parameters(line) for line in lines] == [
        "kg build: warning: " + str(tmp_path / "reports" / "undated.txt") + built.warnings[0].removeprefix("sub/undated.txt")]
    assert "give --date YYYY-MM-DD" in lines[0] and "give date=datetime.date(YYYY, MM, DD)" in built.warnings[0]


@pytest.mark.parametrize("name", ["", "/abs.txt", "../up.txt", "a/../../b.txt"])
def test_api_refuses_names_that_leave_their_folder(name):
    import kg

    with pytest.raises(UsageError, match="relative path"):
        kg.build_texts({name: "2024年3月1日，区长王明来到东湖街道山一居民区。"})


def test_api_failures_name_the_report_as_given_and_no_texts_is_a_usage_error():
    import kg

    result = kg.build_texts({"2024/empty.txt": "", "2024/ok.txt": "2024年3月1日，区长王明来到东湖街道山一居民区。"})
    assert [str(e) for e in result.failures] == ["2024/empty.txt: empty file"]
    assert result.counts["visits"] == 1
    with pytest.raises(UsageError, match="no texts given"):
        kg.build_texts({})


def test_import_kg_loads_nothing_heavy():
    proc = run_kg_python("import kg, sys; print(sorted(m for m in ('rdflib', 'pyoxigraph', 'ladybug', 'pyvis', 'networkx', 'scipy', 'pyshacl', 'neo4j', 'jinja2', 'pypinyin', 'kg.api') if m in sys.modules))")
    assert proc.stdout.strip() == "[]", proc.stdout + proc.stderr


def test_a_one_report_build_leaves_the_heavy_modules_it_does_not_use_unloaded(tmp_path):
    code = (
        "import sys, kg.cli; kg.cli.main(['build', sys.argv[1], '--out', sys.argv[2]]); "
        "print(sorted(m for m in ('scipy', 'pyshacl', 'neo4j', 'playwright', 'pypinyin.phrases_dict') if m in sys.modules))"
    )
    proc = run_kg_python(code, write_corpus(tmp_path / "reports", {"r1.txt": CORPUS["r1.txt"]}), tmp_path / "out")
    assert proc.stdout.strip().splitlines()[-1] == "[]", proc.stdout + proc.stderr


def run_kg_python(code: str, *args):
    import subprocess

    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True, timeout=600,
                          cwd=Path(__file__).resolve().parent.parent)


def test_copy_from_reads_a_late_quoted_field(tmp_path):
    """A thousand plain rows and one whose merge reason holds a comma (its CSV field
    is quoted) come back whole: the CSV dialect is stated, not guessed from rows."""
    from kg.stores import ladybug_store
    from kg.stores.mapping import Mapper

    gov, lines = "https://w3id.org/govkg/ontology#", []
    for i in range(ladybug_store.COPY_MIN + 1):
        node = f"<https://example.org/official/{i}>"
        lines += [f"{node} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{gov}Official> .",
                  f'{node} <http://www.w3.org/2000/01/rdf-schema#label> "官员{i}"@zh .',
                  f'{node} <{gov}role> "visitor" .']
    # rows go out in IRI order: .../300 is the 227th
    lines.append(f'<https://example.org/official/300> <{gov}mergeReason> "2 report(s) name 官员, nothing conflicting"@en .')
    mapper = Mapper()
    mapper.add_lines(lines)
    ladybug_store.copy_into(tmp_path / "copy.db", mapper.finish())
    rows = ladybug_store.query(tmp_path / "copy.db", "MATCH (o:Official) WHERE o.mergeReason IS NOT NULL RETURN o.mergeReason, o.role").rows
    assert rows == [("2 report(s) name 官员, nothing conflicting", "visitor")]


def test_a_killed_build_leaves_no_worker_behind(tmp_path):
    """SIGKILL the build while its extraction workers run: they end with it (they
    would otherwise wait forever on a queue, holding the build's output open)."""
    import signal
    import subprocess
    import time

    corpus = tmp_path / "reports"
    write_synthetic(corpus, 200, seed=3)
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "2",
                             "--no-store", "--no-html"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children_file = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    workers, deadline = [], time.monotonic() + 300
    while not workers and proc.poll() is None and time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            workers = [int(pid) for pid in children_file.read_text().split()]
        time.sleep(0.05)
    assert workers, "the build ended before its workers started: grow the corpus"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists() and "Z" not in _state(pid)]


def _state(pid: int) -> str:
    try:
        return next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("State:"))
    except (OSError, StopIteration):
        return "Z"
