"""The embedded Cypher store: a LadybugDB database file (the maintained Kùzu
fork).  `kg build` writes it to DIR/store/ladybug.db.

LadybugDB wants its node and relationship tables declared; they are
generated from the ontology (kg.stores.mapping.schema), one node table per
label and one relationship table per property, with every (from, to) pair
the ontology allows.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from kg.stores import cypher_load
from kg.stores.errors import StoreError
from kg.stores.mapping import PropertyGraph, Schema, property_graph, schema
from kg.stores.results import Table, cypher_value
from kg.stores.source import LADYBUG_FILE, from_build
from kg.stores.swap import fresh_sibling, swap_in

WAL = ".wal"


def db_path(path) -> Path:
    """A build folder (or any folder) means its store file; a file path is the store."""
    path = Path(path)
    if path.is_dir():
        return path / LADYBUG_FILE
    return path


def ddl(sch: Schema | None = None) -> list[str]:
    """Tables for the schema; columns the ontology gained since the store was made are added."""
    sch = sch or schema()
    statements = []
    for label, table in sorted(sch.nodes.items()):
        columns = "".join(f", {col} {kind}" for col, kind in table.columns.items())
        statements.append(f"CREATE NODE TABLE IF NOT EXISTS {label}(uri STRING PRIMARY KEY{columns})")
        statements += [f"ALTER TABLE {label} ADD IF NOT EXISTS {col} {kind}" for col, kind in table.columns.items()]
    for rel in sch.rel_tables():
        pairs = ", ".join(f"FROM {s} TO {t}" for s, t in rel.pairs())
        statements.append(f"CREATE REL TABLE IF NOT EXISTS {rel.type}({pairs})")
    return statements


@contextlib.contextmanager
def connect(path: Path, read_only: bool = False):
    import ladybug

    try:
        db = ladybug.Database(str(path), read_only=read_only)
        conn = ladybug.Connection(db)
    except RuntimeError as exc:
        raise StoreError(f"{path}: cannot open the LadybugDB store: {str(exc).splitlines()[0]}") from None
    try:
        yield conn
    finally:
        conn.close()
        db.close()


def execute(conn, statement: str, parameters: dict | None = None) -> Table:
    result = conn.execute(statement, parameters or {})
    columns = list(result.get_column_names())
    rows = []
    while result.has_next():
        rows.append(tuple(cypher_value(v) for v in result.get_next()))
    return Table(columns, rows)


def load_into(path: Path, pg: PropertyGraph, batch_size: int = cypher_load.DEFAULT_BATCH, progress=None) -> int:
    """Declare the tables (if new) and MERGE the graph in, one transaction per batch."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with connect(path) as conn:
        try:
            for statement in ddl():
                conn.execute(statement)
            steps = cypher_load.plan(pg, cypher_load.LADYBUG, batch_size)
            done = cypher_load.run_plan(steps, lambda s, rows: conn.execute(s, {"rows": rows}), progress)
            conn.execute("CHECKPOINT")  # folds the write-ahead log into the file
        except RuntimeError as exc:
            raise StoreError(f"{path}: LadybugDB refused the load: {str(exc).splitlines()[0]}") from None
    return done


def write_fresh(pg: PropertyGraph, target: Path) -> None:
    fresh = fresh_sibling(target)
    load_into(fresh, pg)
    swap_in(fresh, target, companions=(WAL,))


def write_build(result, out_dir: Path, options) -> Path | None:
    """Output writer for kg.build.OUTPUTS: the build as a fresh embedded Cypher store."""
    if not getattr(options, "store", True):
        return None
    target = Path(out_dir) / LADYBUG_FILE
    write_fresh(property_graph(from_build(result)), target)
    return target


def open_db(path):
    path = db_path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no LadybugDB store here (run `kg build ... --out DIR` or pass --store)")
    return connect(path, read_only=True)


def query(path, text: str, parameters: dict | None = None) -> Table:
    with open_db(path) as conn:
        try:
            return execute(conn, text, parameters)
        except RuntimeError as exc:
            raise StoreError(f"Cypher error (LadybugDB): {str(exc).splitlines()[0]}") from None


def counts(path) -> dict[str, int]:
    with open_db(path) as conn:
        nodes = execute(conn, "MATCH (n) RETURN count(n)").rows[0][0]
        rels = execute(conn, "MATCH ()-[r]->() RETURN count(r)").rows[0][0]
    return {"nodes": nodes, "relationships": rels}
