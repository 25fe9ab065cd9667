"""Real servers for the store tests, started and stopped here on free ports of
127.0.0.1: ArcadeDB speaking Bolt (from the arcadedb-embedded wheel, with its
bundled Java runtime) stands in for Neo4j, and `oxigraph serve` is the SPARQL
1.1 server.  Both come from the `test` extra; nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

START_TIMEOUT = 120  # seconds; ArcadeDB is usually up in 2-3 s


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _log_tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


class Server:
    """A child process with a log file, stopped by its own pid."""

    proc: subprocess.Popen | None = None
    log: Path

    def start(self) -> "Server":
        raise NotImplementedError

    def _spawn(self, argv: list[str]) -> None:
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=self.root)

    def _wait(self, ready) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{type(self).__name__} exited with {self.proc.returncode}:\n{_log_tail(self.log)}")
            if ready():
                return
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{type(self).__name__} not ready after {START_TIMEOUT}s:\n{_log_tail(self.log)}")

    def kill(self) -> None:
        """SIGKILL: the server dies without closing anything."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


class ArcadeDB(Server):
    """ArcadeDB with the Bolt plugin, one database `kg`, user root."""

    user = "root"
    password = "govkg-test-pw"  # ArcadeDB wants 8+ characters
    database = "kg"

    def __init__(self, root: Path):
        spec = importlib.util.find_spec("arcadedb_embedded")
        if spec is None:
            raise RuntimeError("arcadedb-embedded is not installed (pip install -e '.[test]')")
        self.home = Path(spec.submodule_search_locations[0])
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.log = self.root / "server.log"
        self.bolt_port = free_port()
        self.http_port = free_port()

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def argv(self) -> list[str]:
        java = self.home / "jre" / "bin" / "java"
        props = {
            "arcadedb.server.rootPath": self.root,
            "arcadedb.server.databaseDirectory": self.root / "databases",
            "arcadedb.server.rootPassword": self.password,
            "arcadedb.server.defaultDatabases": f"{self.database}[{self.user}]",
            "arcadedb.server.plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "arcadedb.server.httpIncomingHost": "127.0.0.1",
            "arcadedb.server.httpIncomingPort": self.http_port,
            "arcadedb.bolt.host": "127.0.0.1",
            "arcadedb.bolt.port": self.bolt_port,
            "arcadedb.server.mode": "development",
        }
        return [str(java), "-Xmx1g", "-cp", str(self.home / "jars" / "*"), *(f"-D{k}={v}" for k, v in props.items()), "com.arcadedb.server.ArcadeDBServer"]

    def _answers(self) -> bool:
        from neo4j import GraphDatabase

        try:
            with GraphDatabase.driver(self.uri, auth=(self.user, self.password), connection_timeout=2) as driver:
                with driver.session(database=self.database) as s:
                    s.run("RETURN 1").consume()
            return True
        except Exception:
            return False

    def start(self) -> "ArcadeDB":
        self._spawn(self.argv())
        self._wait(self._answers)
        return self

    def run(self, statement: str, **params) -> list[dict]:
        from neo4j import GraphDatabase

        with GraphDatabase.driver(self.uri, auth=(self.user, self.password)) as driver:
            with driver.session(database=self.database) as s:
                return [dict(r) for r in s.run(statement, params)]

    def wipe(self) -> None:
        self.run("MATCH (n) DETACH DELETE n")

    def counts(self) -> dict[str, int]:
        nodes = self.run("MATCH (n) RETURN count(n) AS n")[0]["n"]
        rels = self.run("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
        return {"nodes": nodes, "relationships": rels}

    def env(self) -> dict[str, str]:
        """Environment for `kg` commands that talk to this server."""
        return {**os.environ, "NEO4J_PASSWORD": self.password}

    def load_args(self) -> list[str]:
        return ["--uri", self.uri, "--user", self.user, "--database", self.database]


class OxigraphServer(Server):
    """`oxigraph serve` on disk, in its default configuration (kg load sparql
    writes the union of the graphs into the default graph itself)."""

    def __init__(self, root: Path):
        exe = Path(sys.executable).with_name("oxigraph")
        self.exe = str(exe) if exe.exists() else shutil.which("oxigraph")
        if not self.exe:
            raise RuntimeError("the oxigraph server is not installed (pip install -e '.[test]')")
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.log = self.root / "server.log"
        self.port = free_port()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def store_url(self) -> str:
        return f"{self.base}/store"

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.base}/query?query=ASK%7B%7D", timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    def start(self) -> "OxigraphServer":
        self._spawn([self.exe, "serve", "--location", str(self.root / "data"), "--bind", f"127.0.0.1:{self.port}"])
        self._wait(self._answers)
        return self

    def wipe(self) -> None:
        request = urllib.request.Request(
            f"{self.base}/update", data=b"CLEAR ALL", method="POST", headers={"Content-Type": "application/sparql-update"}
        )
        urllib.request.urlopen(request, timeout=30).close()


def _running(server: Server):
    """Start the server for a fixture's lifetime; stopped even when the tests fail."""
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def arcadedb_server(tmp_path_factory):
    """One ArcadeDB Bolt server for the session."""
    yield from _running(ArcadeDB(tmp_path_factory.mktemp("arcadedb")))


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """One `oxigraph serve` for the session."""
    yield from _running(OxigraphServer(tmp_path_factory.mktemp("oxigraph-serve")))


@pytest.fixture
def bolt(arcadedb_server):
    """The session's Bolt server with an empty database."""
    arcadedb_server.wipe()
    return arcadedb_server


@pytest.fixture
def sparql_server(oxigraph_server):
    """The session's SPARQL server, emptied."""
    oxigraph_server.wipe()
    return oxigraph_server
