"""Stores under attack and under failure: Cypher injection through values,
loads killed with SIGKILL halfway, servers that are down, refuse the
password or die during a load."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys

import pytest

from kg.stores import ladybug_store, oxigraph_store, source
from kg.stores.mapping import property_graph
from tests.conftest import run_kg
from tests.plugins.servers import ArcadeDB, free_port
from tests.plugins.stores import INJECTION, NASTY, OFFICIALS, synthetic_nquads


def _load(*args, env=None):
    proc = run_kg("load", *args, env=env)
    assert proc.returncode == 0, proc.stderr
    return proc


def _one_line_error(proc, command="load") -> str:
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg {command}: error: "), proc.stderr
    return lines[0]


# ------------------------------------------------------------ injection

NAME_QUERY = "MATCH (o:Official) WHERE o.name = $name RETURN o.name AS name, o.uri AS uri"


def _expected(feature_graph):
    return property_graph(source.from_path(feature_graph)).counts()


def test_cypher_injection_is_stored_verbatim_in_the_embedded_engine(feature_graph, tmp_path):
    _load("ladybug", "--file", feature_graph, "--store", tmp_path / "g.db")
    db = tmp_path / "g.db"
    assert ladybug_store.counts(db) == _expected(feature_graph)  # nothing deleted, nothing extra
    for name in (INJECTION, NASTY):
        rows = ladybug_store.query(db, NAME_QUERY, {"name": name}).rows
        assert [r[0] for r in rows] == [name]
    everyone = {r[0] for r in ladybug_store.query(db, "MATCH (o:Official) RETURN o.name").rows}
    assert everyone == {name for name, _ in OFFICIALS.values()}


def test_cypher_injection_is_stored_verbatim_over_bolt(feature_graph, bolt):
    _load("neo4j", "--file", feature_graph, *bolt.load_args(), env=bolt.env())
    assert bolt.counts() == _expected(feature_graph)
    for name in (INJECTION, NASTY):
        assert [r["name"] for r in bolt.run(NAME_QUERY, name=name)] == [name]
    # and through the named query, as a user would ask it
    proc = run_kg("query", "--cypher", "official-trail", "--param", f"official={INJECTION}", "--neo4j", bolt.uri,
                  "--user", bolt.user, "--database", bolt.database, "--format", "csv", env=bolt.env())
    assert proc.returncode == 0, proc.stderr
    # his two visits (tests/test_queries.py's stated answer), no issue raised on either
    assert proc.stdout.splitlines() == [
        "date,place,report,issue", "2025-03-04,东湖街道社区卫生服务中心,r1.txt,", "2025-04-02,长青小区,r3.txt,",
    ]
    assert bolt.counts() == _expected(feature_graph)


# ------------------------------------------------------------ killed halfway


@pytest.fixture(scope="module")
def big_source(tmp_path_factory):
    """~36k quads in 400 report graphs: enough batches to kill a load between two."""
    path = synthetic_nquads(tmp_path_factory.mktemp("synthetic") / "synthetic.nq", reports=400, visits_per_report=10)
    return path


def _kill_halfway(args, after: int, env=None) -> None:
    """Start `kg load ...`, SIGKILL it once `after` batches are committed."""
    proc = subprocess.Popen([sys.executable, "-m", "kg", "load", *map(str, args), "--progress"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    committed = 0
    for line in proc.stderr:
        if "committed" in line:
            committed += 1
            if committed >= after:
                proc.send_signal(signal.SIGKILL)
                break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, f"the load ended by itself ({proc.returncode}) before the kill"


def test_oxigraph_load_killed_halfway_then_rerun(big_source, tmp_path):
    _load("oxigraph", "--file", big_source, "--store", tmp_path / "clean")
    clean = oxigraph_store.counts(oxigraph_store.open_store(tmp_path / "clean"))
    args = ["oxigraph", "--file", big_source, "--store", tmp_path / "killed"]
    _kill_halfway(args, after=100)
    partial = oxigraph_store.counts(oxigraph_store.open_store(tmp_path / "killed"))  # it opens
    assert 0 < partial["graphs"] < clean["graphs"]
    _load(*args)
    assert oxigraph_store.counts(oxigraph_store.open_store(tmp_path / "killed")) == clean


def test_ladybug_load_killed_halfway_then_rerun(big_source, tmp_path):
    expected = property_graph(source.from_path(big_source)).counts()
    args = ["ladybug", "--file", big_source, "--store", tmp_path / "g.db", "--batch-size", "100"]
    _kill_halfway(args, after=40)
    partial = ladybug_store.counts(tmp_path / "g.db")  # it opens (the write-ahead log is replayed)
    assert partial["nodes"] + partial["relationships"] < expected["nodes"] + expected["relationships"]
    _load(*args)
    assert ladybug_store.counts(tmp_path / "g.db") == expected


def test_bolt_load_killed_halfway_then_rerun(big_source, bolt):
    expected = property_graph(source.from_path(big_source)).counts()
    args = ["neo4j", "--file", big_source, *bolt.load_args(), "--batch-size", "100"]
    _kill_halfway(args, after=40, env=bolt.env())
    partial = bolt.counts()
    assert partial["nodes"] + partial["relationships"] < expected["nodes"] + expected["relationships"]
    _load(*args, env=bolt.env())
    assert bolt.counts() == expected


def test_build_leaves_no_half_store_behind(tmp_path, report_folder):
    """Leftovers of a killed build (half-filled copies beside the stores) are
    cleared by the next build, whose stores equal a clean build's."""
    reports = tmp_path / "reports"
    shutil.copytree(report_folder, reports)
    out, clean = tmp_path / "out", tmp_path / "clean"
    assert run_kg("build", reports, "--out", out, "--no-html").returncode == 0
    (out / "store" / ".oxigraph.999.new").mkdir()
    (out / "store" / ".oxigraph.999.new" / "junk").write_text("half")
    (out / "store" / ".ladybug.db.999.new").write_text("half")
    first = sorted(reports.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n区长孟川来到石埠街道桂园小区。\n", encoding="utf-8")
    for target in (out, clean):
        proc = run_kg("build", reports, "--out", target, "--no-html")
        assert proc.returncode == 0, proc.stderr
    assert not list((out / "store").glob(".*"))
    assert oxigraph_store.counts(oxigraph_store.open_store(out)) == oxigraph_store.counts(oxigraph_store.open_store(clean))
    assert ladybug_store.counts(out) == ladybug_store.counts(clean)


# ------------------------------------------------------------ servers failing


def test_bolt_server_down_is_one_line_and_exit_1(corpus_build, arcadedb_server):
    uri = f"bolt://127.0.0.1:{free_port()}"
    proc = run_kg("load", "neo4j", "--from", corpus_build, "--uri", uri, env=arcadedb_server.env())
    assert f"cannot reach {uri}" in _one_line_error(proc)
    proc = run_kg("query", "--cypher", "co-visits", "--neo4j", uri, env=arcadedb_server.env())
    assert f"cannot reach {uri}" in _one_line_error(proc, "query")


def test_wrong_password_is_one_line_and_exit_1(corpus_build, bolt):
    env = {**bolt.env(), "NEO4J_PASSWORD": "not-the-password"}
    proc = run_kg("load", "neo4j", "--from", corpus_build, *bolt.load_args(), env=env)
    assert "refused the user name or password" in _one_line_error(proc)
    assert bolt.counts() == {"nodes": 0, "relationships": 0}


def test_no_password_and_no_terminal_is_one_line(corpus_build, bolt):
    env = {k: v for k, v in bolt.env().items() if k != "NEO4J_PASSWORD"}
    proc = run_kg("load", "neo4j", "--from", corpus_build, *bolt.load_args(), env=env, input="")
    assert "NEO4J_PASSWORD" in _one_line_error(proc)


def test_sparql_server_down_is_one_line_and_exit_1(corpus_build):
    url = f"http://127.0.0.1:{free_port()}/store"
    proc = run_kg("load", "sparql", "--from", corpus_build, "--endpoint", url)
    assert f"cannot reach {url}" in _one_line_error(proc)


def test_bolt_server_dying_mid_load_then_rerun_after_restart(big_source, tmp_path):
    """The server is SIGKILLed during the load: the load fails with one line;
    after a restart the same command completes with no duplicates."""
    server = ArcadeDB(tmp_path / "arcadedb").start()
    try:
        args = ["load", "neo4j", "--file", big_source, *server.load_args(), "--batch-size", "100", "--retry-seconds", "2", "--progress"]
        proc = subprocess.Popen([sys.executable, "-m", "kg", *map(str, args)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=server.env())
        committed = 0
        for line in proc.stderr:
            committed += "committed" in line
            if committed >= 30:
                server.kill()
                break
        rest = proc.stderr.read()
        proc.wait(timeout=120)
        assert proc.returncode == 1
        assert "Traceback" not in rest
        assert [line for line in rest.splitlines() if "error" in line][-1].startswith("kg load: error: ")
        server.start()
        _load(*args[1:], env=server.env())
        assert server.counts() == property_graph(source.from_path(big_source)).counts()
    finally:
        server.stop()
