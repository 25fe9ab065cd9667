"""The embedded stores `kg build` fills, `kg load` into every kind of store
(twice: the counts must not change), and `kg query` as a user runs it."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter

import pytest
from pyoxigraph import DefaultGraph, NamedNode, RdfFormat, parse
from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from kg.namespaces import GOV

from kg.stores import ladybug_store, oxigraph_store, sparql_endpoint, swap
from kg.stores.mapping import rel_type, schema
from kg.stores.source import SCHEME_GRAPH, scheme_path
from tests.conftest import run_kg
from tests.plugins.stores import INJECTION, NASTY, VISITS


RDF_TYPE, REPORT = NamedNode(str(RDF.type)), NamedNode(str(GOV.Report))


def _triples(path, fmt=RdfFormat.TURTLE) -> set:
    return {(t.subject, t.predicate, t.object) for t in parse(path=str(path), format=fmt)}


def test_build_writes_one_named_graph_per_report_and_the_union(corpus_build):
    store = oxigraph_store.open_store(corpus_build)
    ttl = Graph().parse(corpus_build / "graph.ttl")
    reports = {str(r) for r in ttl.subjects(RDF.type, GOV.Report)}
    assert len(reports) == 4  # the seed and our three
    written = {}  # graph name -> its triples, as graph.nq holds them
    for q in parse(path=str(corpus_build / "graph.nq"), format=RdfFormat.N_QUADS):
        written.setdefault(q.graph_name.value, set()).add((q.subject, q.predicate, q.object))
    entities = "https://w3id.org/govkg/id/graph/entities"  # labels and merge reasons (kg/corpus/assemble.py)
    assert set(written) == reports | {entities}
    assert {g.value for g in store.named_graphs()} == reports | {entities, SCHEME_GRAPH}
    union = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, DefaultGraph())}
    assert union == _triples(corpus_build / "graph.ttl") | _triples(scheme_path())
    for report in reports:  # each report's graph holds exactly its own facts, the report node among them
        held = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, NamedNode(report))}
        assert held == written[report] and (NamedNode(report), RDF_TYPE, REPORT) in held


def test_build_fills_the_embedded_cypher_store_after_the_ontology(corpus_build):
    ttl = Graph().parse(corpus_build / "graph.ttl")
    sch = schema()
    expected_labels = Counter()
    for s in set(ttl.subjects(RDF.type, None)):
        families = {sch.family.get(str(t)) for t in ttl.objects(s, RDF.type)} - {None}
        expected_labels.update(families)
    db = ladybug_store.db_path(corpus_build)
    for label, count in expected_labels.items():
        assert ladybug_store.query(db, f"MATCH (n:{label}) RETURN count(n)").rows == [(count,)], label
    for prop in ("visited", "holdsPost", "partOf", "raisedIssue", "visitor", "visitedPlace"):
        expected = len(set(ttl.subject_objects(GOV[prop])))
        got = ladybug_store.query(db, f"MATCH ()-[r:{rel_type(prop)}]->() RETURN count(r)").rows
        assert got == [(expected,)], prop
    names = ladybug_store.query(db, "MATCH (o:Official) RETURN o.name ORDER BY o.name").rows
    assert sorted(str(o) for s in ttl.subjects(RDF.type, GOV.Official) for o in ttl.objects(s, RDFS.label)) == [n for (n,) in names]


def test_building_twice_gives_the_same_stores(tmp_path, report_folder):
    counts = []
    for _ in range(2):
        proc = run_kg("build", report_folder, "--out", tmp_path, "--no-html", "--date", "2025-01-01")
        assert proc.returncode == 0, proc.stderr
        counts.append((oxigraph_store.counts(oxigraph_store.open_store(tmp_path)), ladybug_store.counts(tmp_path)))
    assert counts[0] == counts[1]
    built = {q.graph_name for q in parse(path=str(tmp_path / "graph.nq"), format=RdfFormat.N_QUADS)}
    assert counts[0][0]["graphs"] == len(built) + 1 and counts[0][1]["nodes"] > 0  # + the issue scheme
    assert not list(tmp_path.joinpath("store").glob(".*"))  # no temporary copies left behind


def test_no_store_writes_no_store(tmp_path, report_folder):
    proc = run_kg("build", report_folder, "--out", tmp_path, "--no-html", "--no-store")
    assert proc.returncode == 0, proc.stderr
    assert not (tmp_path / "store").exists()


# ------------------------------------------------------------ loading twice


def _load(*args, env=None):
    proc = run_kg("load", *args, env=env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.mark.parametrize("source", ["build", "trig"])
def test_loading_twice_changes_no_count_on_any_store(source, corpus_build, feature_graph, tmp_path, bolt, sparql_server):
    src = ["--from", corpus_build] if source == "build" else ["--file", feature_graph]
    seen = {}
    for attempt in (1, 2):
        _load("oxigraph", *src, "--store", tmp_path / "ox")
        _load("ladybug", *src, "--store", tmp_path / "graph.db")
        _load("neo4j", *src, *bolt.load_args(), env=bolt.env())
        _load("sparql", *src, "--endpoint", sparql_server.store_url)
        seen[attempt] = {
            "oxigraph": oxigraph_store.counts(oxigraph_store.open_store(tmp_path / "ox")),
            "ladybug": ladybug_store.counts(tmp_path / "graph.db"),
            "bolt": bolt.counts(),
            "sparql": sparql_endpoint.counts(sparql_server.query_url),
        }
    assert seen[1] == seen[2]
    assert seen[1]["ladybug"] == seen[1]["bolt"] and seen[1]["ladybug"]["relationships"] > 0
    assert seen[1]["sparql"] == {k: v for k, v in seen[1]["oxigraph"].items() if k != "quads"} | {"quads": seen[1]["sparql"]["quads"]}
    assert seen[1]["oxigraph"]["union triples"] == seen[1]["sparql"]["union triples"]


def test_a_turtle_file_loads_as_one_graph_named_after_it(tmp_path, corpus_build):
    _load("oxigraph", "--ttl", corpus_build / "graph.ttl", "--store", tmp_path / "ox")
    store = oxigraph_store.open_store(tmp_path / "ox")
    graphs = {g.value for g in store.named_graphs()}
    assert graphs == {(corpus_build / "graph.ttl").resolve().as_uri(), SCHEME_GRAPH}


# ------------------------------------------------------------ kg query


def test_query_prints_a_table_csv_and_json(corpus_build):
    table = run_kg("query", "--sparql", "officials-and-posts", "--store", corpus_build)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["official", "|", "post", "|", "jurisdiction"] and lines[-1].endswith("rows)")
    csv_out = run_kg("query", "--cypher", "officials-and-posts", "--store", corpus_build, "--format", "csv")
    assert csv_out.returncode == 0, csv_out.stderr
    assert csv_out.stdout.splitlines()[0] == "official,post,jurisdiction"
    as_json = run_kg("query", "--sparql", "officials-and-posts", "--store", corpus_build, "--format", "json")
    rows = json.loads(as_json.stdout)
    assert len(rows) == len(lines) - 3 and set(rows[0]) == {"official", "post", "jurisdiction"}


def test_query_list_names_every_question(corpus_build):
    proc = run_kg("query", "--list")
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) >= 10
    assert "visits-in-date-range: " in proc.stdout and "[--param from=<date> --param to=<date>]" in proc.stdout


@pytest.mark.parametrize(
    "args, message, code",
    [
        # what the command line gave is at fault: a usage error, exit 2 as in every command (session 30)
        (["--sparql", "no-such-question"], "no named sparql query 'no-such-question'; available: ", 2),
        (["--cypher", "visits-in-date-range", "--param", "from=2025-01-01"], "needs --param to=<date>", 2),
        (["--sparql", "visits-in-date-range", "--param", "from=2025-13-01", "--param", "to=2025-01-01"], "expected a date", 2),
        (["--sparql", "co-visits", "--param", "x=1"], "unknown parameter 'x'", 2),
        (["--sparql", "visits-in-date-range", "--param", "from=2025-03-01", "--param", "to=2025-01-01"], "is after --param to=2025-01-01", 2),
        # the query's own text: the engine refused it, exit 1
        (["--sparql", "SELECT * WHERE { ?s ?p }"], "SPARQL syntax error", 1),
        (["--sparql", "DELETE WHERE { ?s ?p ?o }"], "this is a SPARQL update; kg query runs read-only queries", 1),
        (["--cypher", "MATCH (n RETURN n"], "Cypher error", 1),
    ],
)
def test_query_mistakes_get_one_line_and_exit_1(corpus_build, args, message, code):
    proc = run_kg("query", *args, "--store", corpus_build)
    assert proc.returncode == code
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_query_runs_on_a_sparql_server_and_on_bolt(corpus_build, bolt, sparql_server):
    _load("sparql", "--from", corpus_build, "--endpoint", sparql_server.store_url)
    _load("neo4j", "--from", corpus_build, *bolt.load_args(), env=bolt.env())
    args = ["--format", "json"]
    embedded = run_kg("query", "--sparql", "places-visited-most", "--store", corpus_build, *args)
    remote = run_kg("query", "--sparql", "places-visited-most", "--endpoint", sparql_server.query_url, *args)
    on_bolt = run_kg("query", "--cypher", "places-visited-most", "--neo4j", bolt.uri, "--user", bolt.user, "--database", bolt.database, *args, env=bolt.env())
    for proc in (embedded, remote, on_bolt):
        assert proc.returncode == 0, proc.stderr
    key = lambda rows: sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows)  # noqa: E731
    assert key(json.loads(remote.stdout)) == key(json.loads(embedded.stdout)) == key(json.loads(on_bolt.stdout))
    assert json.loads(embedded.stdout)


@pytest.mark.parametrize("name", [INJECTION, NASTY])
def test_sparql_parameters_are_bound_as_literals(name, feature_graph, tmp_path, sparql_server):
    """A name built to break out of a string literal matches itself, on the
    embedded store and on a server, and the data is unchanged afterwards."""
    _load("oxigraph", "--file", feature_graph, "--store", tmp_path / "ox")
    _load("sparql", "--file", feature_graph, "--endpoint", sparql_server.store_url)
    before = oxigraph_store.counts(oxigraph_store.open_store(tmp_path / "ox")), sparql_endpoint.counts(sparql_server.query_url)
    expected = sorted({v.date.isoformat() for v in VISITS if v.date and (v.official == "evil") == (name == INJECTION) and v.official in ("evil", "nasty")})
    for where in (["--store", tmp_path / "ox"], ["--endpoint", sparql_server.query_url]):
        proc = run_kg("query", "--sparql", "official-trail", "--param", f"official={name}", "--format", "json", *where)
        assert proc.returncode == 0, proc.stderr
        assert sorted({row["date"] for row in json.loads(proc.stdout)}) == expected
    after = oxigraph_store.counts(oxigraph_store.open_store(tmp_path / "ox")), sparql_endpoint.counts(sparql_server.query_url)
    assert before == after


def test_ladybug_transaction_keeps_all_or_nothing(tmp_path):
    """Statements in `transaction` commit together; when one fails, the store
    keeps none of them (what `update` relies on to leave a store as it was)."""
    path = tmp_path / "t.db"
    with ladybug_store.connect(path) as conn:
        conn.execute("CREATE NODE TABLE Thing(uri STRING PRIMARY KEY)")
        with ladybug_store.transaction(conn):
            conn.execute("CREATE (:Thing {uri: 'a'})")
            conn.execute("CREATE (:Thing {uri: 'b'})")
        with pytest.raises(RuntimeError):
            with ladybug_store.transaction(conn):
                conn.execute("CREATE (:Thing {uri: 'c'})")
                conn.execute("CREATE (:Thing {uri: 'a'})")  # duplicate primary key
        rows = ladybug_store.execute(conn, "MATCH (t:Thing) RETURN t.uri ORDER BY t.uri").rows
    assert rows == [("a",), ("b",)]


def test_ladybug_edge_groups_hold_a_few_tables_each():
    steps = [("R1", [1]), ("R1", [2]), ("R2", [3]), ("R3", [4]), ("R3", [5]), ("R4", [6]), ("R5", [7])]
    groups = ladybug_store._by_table(steps, 2)
    assert [[s for s, _ in g] for g in groups] == [["R1", "R1", "R2"], ["R3", "R3", "R4"], ["R5"]]


def test_load_store_is_a_build_folder_or_the_store_itself_and_the_count_is_the_files(tmp_path, report_folder, feature_graph):
    """`kg load oxigraph|ladybug --store` has one meaning: a build folder means
    the stores inside it (where kg build and kg query have them), any other
    path the store itself; the line printed counts the file's graphs and quads,
    and names the issue scheme and the union added to them."""
    quads = [q for q in parse(path=str(feature_graph), format=RdfFormat.TRIG)]
    assert quads and not any(isinstance(q.graph_name, DefaultGraph) for q in quads)
    graphs = {q.graph_name for q in quads}
    out = tmp_path / "out"
    assert run_kg("build", report_folder, "--out", out, "--no-html", "--no-store").returncode == 0
    # a build folder's stores take its own graph only (another would disagree with its graph.ttl)
    foreign = run_kg("load", "oxigraph", "--file", feature_graph, "--store", out)
    assert foreign.returncode == 1 and "is not that build's graph" in foreign.stderr, foreign.stderr
    ox = _load("oxigraph", "--from", out, "--store", out)
    assert ox.startswith("loaded ") and f"into {out / 'store' / 'oxigraph'};" in ox, ox
    lb = _load("ladybug", "--from", out, "--store", out)
    assert f"into {out / 'store' / 'ladybug.db'};" in lb, lb
    for language, text, store in (("--sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", out / "store" / "oxigraph"),
                                  ("--cypher", "MATCH (n) RETURN count(n)", out / "store" / "ladybug.db")):
        read = run_kg("query", "--store", store, language, text, "--format", "csv")
        assert read.returncode == 0 and read.stdout.splitlines()[1] != "0", read.stderr

    alone = tmp_path / "alone"  # not a build folder: the path is the store
    ox = _load("oxigraph", "--file", feature_graph, "--store", alone)
    assert ox.startswith(f"loaded {len(graphs)} graph(s), {len(quads)} quads, with the issue scheme (") and f"into {alone};" in ox, ox
    assert oxigraph_store.counts(oxigraph_store.open_store(alone))["graphs"] == len(graphs) + 1  # + the issue scheme
    assert f"into {tmp_path / 'g.db'};" in _load("ladybug", "--file", feature_graph, "--store", tmp_path / "g.db")
    empty = tmp_path / "empty"
    empty.mkdir()
    refused = run_kg("load", "ladybug", "--file", feature_graph, "--store", empty)  # a store file cannot be a folder
    assert refused.returncode == 1 and refused.stderr.startswith(f"kg load: error: {empty}: a folder that holds no build;"), refused.stderr
    assert list(empty.iterdir()) == []


def test_a_new_store_filled_by_create_holds_what_merge_loads(tmp_path):
    """kg build fills its new LadybugDB store with CREATE statements
    (copy_into, cypher_load.plan(create=True)); `kg load` MERGEs.  For the same
    property graph both stores hold the same nodes, properties and relationships."""
    from kg.stores.mapping import Mapper

    g, base = f"<{GOV}", "<https://example.org/"
    lines = [
        f'{base}official/lin-bo> <{RDF.type}> {g}Official> .',
        f'{base}official/lin-bo> <{RDFS.label}> "林博"@zh .',
        f'{base}place/qingshui> <{RDF.type}> {g}Place> .',
        f'{base}place/qingshui> <{RDFS.label}> "清水村"@zh .',
        f'{base}place/qingshui> {g}partOf> {base}place/hexi> .',
        f'{base}place/hexi> <{RDF.type}> {g}Place> .',
        f'{base}visit/1> <{RDF.type}> {g}Visit> .',
        f'{base}visit/1> {g}visitor> {base}official/lin-bo> .',
        f'{base}visit/1> {g}visitedPlace> {base}place/qingshui> .',
        f'{base}official/lin-bo> {g}visited> {base}place/qingshui> .',
    ]
    mapper = Mapper()
    mapper.add_lines(lines)
    pg = mapper.finish()
    ladybug_store.copy_into(tmp_path / "created.db", pg)
    ladybug_store.load_into(tmp_path / "merged.db", pg)

    def rows(path):
        with ladybug_store.connect(path, read_only=True) as conn:
            nodes = ladybug_store.execute(conn, "MATCH (n) RETURN n").rows
            rels = ladybug_store.execute(conn, "MATCH (a)-[r]->(b) RETURN a.uri, label(r), b.uri").rows
        return sorted(repr(sorted((k, v) for k, v in n.items() if k != "_ID")) for (n,) in nodes), sorted(rels)

    created = rows(tmp_path / "created.db")
    assert created == rows(tmp_path / "merged.db")
    assert len(created[0]) == 4 and len(created[1]) == 4


def _small_graph():
    from kg.stores.mapping import Mapper

    g, base = f"<{GOV}", "<https://example.org/"
    mapper = Mapper()
    mapper.add_lines([
        f'{base}official/he-lan> <{RDF.type}> {g}Official> .',
        f'{base}official/he-lan> <{RDFS.label}> "何兰"@zh .',
        f'{base}place/shuangqiao> <{RDF.type}> {g}Place> .',
        f'{base}place/shuangqiao> <{RDFS.label}> "双桥社区"@zh .',
        f'{base}visit/7> <{RDF.type}> {g}Visit> .',
        f'{base}visit/7> {g}visitor> {base}official/he-lan> .',
        f'{base}visit/7> {g}visitedPlace> {base}place/shuangqiao> .',
    ])
    return mapper.finish()


def _store_rows(path):
    with ladybug_store.connect(path, read_only=True) as conn:
        nodes = ladybug_store.execute(conn, "MATCH (n) RETURN n").rows
        rels = ladybug_store.execute(conn, "MATCH (a)-[r]->(b) RETURN a.uri, label(r), b.uri").rows
    return sorted(repr(sorted((k, v) for k, v in n.items() if k != "_ID")) for (n,) in nodes), sorted(rels)


def test_a_small_new_store_is_filled_in_the_scratch_folder_and_copied_whole(tmp_path, monkeypatch):
    """write_fresh fills a small store in a private folder of SCRATCH (memory-backed,
    where LadybugDB's syncs cost nothing), copies it beside the target and removes
    the folder; without a usable SCRATCH it fills the store in place.  Both stores
    hold the same rows, and the same as one filled directly."""
    pg = _small_graph()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(swap, "SCRATCH", scratch)
    made = []
    real_copy_into = ladybug_store.copy_into
    monkeypatch.setattr(ladybug_store, "copy_into", lambda path, g: (made.append(path), real_copy_into(path, g)))
    ladybug_store.write_fresh(pg, tmp_path / "a" / "ladybug.db")
    assert made[0].parent.parent == scratch and list(scratch.iterdir()) == []  # filled there, then removed
    monkeypatch.setattr(swap, "SCRATCH", tmp_path / "missing")
    ladybug_store.write_fresh(pg, tmp_path / "b" / "ladybug.db")
    assert made[1].parent == tmp_path / "b"  # filled in place
    real_copy_into(tmp_path / "direct.db", pg)
    rows = _store_rows(tmp_path / "a" / "ladybug.db")
    assert rows == _store_rows(tmp_path / "b" / "ladybug.db") == _store_rows(tmp_path / "direct.db")
    assert len(rows[0]) == 3 and len(rows[1]) == 2
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["ladybug.db"]  # nothing left beside it


def test_a_big_new_store_is_filled_in_place(monkeypatch, tmp_path):
    monkeypatch.setattr(ladybug_store, "SCRATCH_BELOW", 1)
    assert ladybug_store._scratch(_small_graph()) is None
    monkeypatch.setattr(ladybug_store, "SCRATCH_BELOW", 20_000)
    monkeypatch.setattr(swap, "SCRATCH", tmp_path)
    monkeypatch.setattr(swap, "SCRATCH_FREE", 1 << 62)  # no folder has that much free
    assert ladybug_store._scratch(_small_graph()) is None


def test_a_small_builds_oxigraph_store_is_filled_in_the_scratch_folder(tmp_path, monkeypatch, report_folder):
    """A build of at most SCRATCH_REPORTS reports fills its new Oxigraph store in a
    private folder of kg.stores.swap.SCRATCH and copies it beside the target; the
    folder is gone afterwards, and the store holds what one filled in place holds."""
    import kg

    def quads(out):
        store = oxigraph_store.open_store(out)
        held = sorted(str(q) for q in store.quads_for_pattern(None, None, None, None))
        del store
        return held

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(swap, "SCRATCH", scratch)
    opened = []
    real_store = oxigraph_store.Store
    monkeypatch.setattr(oxigraph_store, "Store", lambda path: (opened.append(path), real_store(path))[1])
    kg.build_reports([report_folder], tmp_path / "a", date=dt.date(2025, 1, 1), html=False, dataset=False, facts=False)
    assert opened[0].startswith(str(scratch)) and list(scratch.iterdir()) == []
    monkeypatch.setattr(oxigraph_store, "SCRATCH_REPORTS", 0)
    kg.build_reports([report_folder], tmp_path / "b", date=dt.date(2025, 1, 1), html=False, dataset=False, facts=False)
    assert opened[1].startswith(str(tmp_path / "b"))
    monkeypatch.setattr(oxigraph_store, "Store", real_store)
    assert quads(tmp_path / "a") == quads(tmp_path / "b") and len(quads(tmp_path / "a")) > 100


@pytest.mark.fast
def test_drop_own_scratch_removes_this_process_folders_held_or_not_and_no_other(tmp_path, monkeypatch):
    monkeypatch.setattr(swap, "SCRATCH", tmp_path)
    held = swap.scratch_folder("kg-ladybug-")  # made and locked the usual way
    escaped = tmp_path / f"kg-oxigraph-{os.getpid()}-abc123"  # made, never registered
    escaped.mkdir()
    (escaped / "store").write_bytes(b"quads")
    other = tmp_path / f"kg-oxigraph-{os.getpid() + 1}-def456"  # another process's
    other.mkdir()
    unrelated = tmp_path / f"notkg-{os.getpid()}-x"
    unrelated.mkdir()
    assert sorted(p.name for p in swap.drop_own_scratch()) == sorted([held.name, escaped.name])
    assert not held.exists() and not escaped.exists() and other.exists() and unrelated.exists()
    assert swap._HELD == {}
    assert swap.drop_own_scratch() == []


def test_a_scratch_folder_left_by_a_killed_build_is_removed(tmp_path, monkeypatch):
    import subprocess
    import sys

    monkeypatch.setattr(swap, "SCRATCH", tmp_path)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = tmp_path / f"kg-ladybug-{gone.stdout.strip()}-abc123"
    dead.mkdir()
    (dead / "store.db").write_bytes(b"rows")
    # its id names no process here, but a process holds its lock: a build of another PID namespace
    import fcntl

    held = tmp_path / f"kg-ladybug-{gone.stdout.strip()}-ghi789"
    held.mkdir()
    fd = os.open(held, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    alive = tmp_path / f"kg-ladybug-{os.getpid()}-def456"  # this process: still running
    alive.mkdir()
    try:
        made = swap.scratch_folder("kg-ladybug-")
        assert made.name.startswith(f"kg-ladybug-{os.getpid()}-")
        # the dead one goes at once, however new
        assert not dead.exists() and alive.exists() and held.exists()
        swap.drop_scratch(made)
        assert not made.exists()
    finally:
        os.close(fd)
