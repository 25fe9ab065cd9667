"""The embedded Cypher store: a LadybugDB database file (the maintained Kùzu
fork).  `kg build` writes it to DIR/store/ladybug.db.

LadybugDB wants its node and relationship tables declared; they are
generated from the ontology (kg.stores.mapping.schema), one node table per
label and one relationship table per property, with every (from, to) pair
the ontology allows.
"""

from __future__ import annotations

import contextlib
import csv
import json
import re
import shutil
import tempfile
from pathlib import Path

from kg.fsutil import atomic_write_text
from kg.stores import cypher_load
from kg.stores.errors import ParameterError, QueryError, StoreError
from kg.stores.mapping import PropertyGraph, Schema, schema
from kg.stores.results import Table, cypher_value
from kg.stores.source import LADYBUG_FILE, store_location
from kg.stores.cypher_text import written_columns
from kg.stores.swap import copy_synced, drop_scratch, fresh_sibling, scratch_folder, swap_in
from kg.stores.threads import arena_shared, in_thread

WAL = ".wal"
# The buffer pool's ceiling.  LadybugDB's default (80 % of the machine's memory)
# costs ~45 MB of page tables on opening; pages are only touched as data needs them.
BUFFER_POOL = 1 << 30


def db_path(path) -> Path:
    """A build folder means its store file (OUT/store/ladybug.db); anything
    else is the store file itself (kg.stores.source.store_location).  Raises
    StoreError for a folder that holds no build: a LadybugDB store is one file."""
    target = store_location(path, LADYBUG_FILE)
    if target.is_dir():
        raise StoreError(f"{target}: a folder that holds no build; --store names a build folder (its "
                         f"{LADYBUG_FILE.as_posix()}) or the LadybugDB store file itself (say {Path(target, 'graph.db')})")
    return target


def ddl(sch: Schema | None = None, fresh: bool = False) -> list[str]:
    """Tables for the schema; columns the ontology gained since the store was made are
    added (not needed in a `fresh`, empty store)."""
    sch = sch or schema()
    statements = []
    for label, table in sorted(sch.nodes.items()):
        columns = "".join(f", {col} {kind}" for col, kind in table.columns.items())
        statements.append(f"CREATE NODE TABLE IF NOT EXISTS {label}(uri STRING PRIMARY KEY{columns})")
        if not fresh:
            statements += [f"ALTER TABLE {label} ADD IF NOT EXISTS {col} {kind}" for col, kind in table.columns.items()]
    for rel in sch.rel_tables():
        pairs = ", ".join(f"FROM {s} TO {t}" for s, t in rel.pairs())
        statements.append(f"CREATE REL TABLE IF NOT EXISTS {rel.type}({pairs})")
    return statements


# Threads for kg build's writes (copy_into, update).  LadybugDB's default (one per
# core) gave each its own buffers: a one-report store peaked ~30 MB higher, and the
# COPY statements read their CSV serially anyway (PARALLEL=false); the build writes
# a big store in a thread beside the page (CypherSink), so one thread costs no time.
WRITE_THREADS = 1


def _ladybug():
    """The ladybug module, imported without asyncio (kg.stand_ins): its
    `__init__` imports asyncio for AsyncConnection, which govkg does not use
    (~25 ms CPU in every build that writes the store or query that reads it);
    AsyncConnection still gets the real asyncio when it runs."""
    from kg.stand_ins import import_with_stand_ins, stand_in

    return import_with_stand_ins("ladybug", {"asyncio": stand_in("asyncio")})


@contextlib.contextmanager
def connect(path: Path, read_only: bool = False, threads: int = 0):
    """A connection to the store file (closed after); `threads` 0: LadybugDB's default."""
    ladybug = _ladybug()
    try:
        db = ladybug.Database(str(path), read_only=read_only, buffer_pool_size=BUFFER_POOL, max_num_threads=threads)
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


# What COPY FROM's CSV reader cannot carry: it reads an empty field as null, and a
# list element with a comma, bracket, quote or edge space comes back changed.
# Rows with such values (rare: labels are cleaned text) go in by CREATE statements instead.
_LIST_UNSAFE = re.compile(r"""[,\[\]{}"'\\]|^\s|\s$""")
_SAFE_PATH = re.compile(r"[\w/.-]+")


def _csv_row(row: dict, columns: dict[str, str]) -> list | None:
    """The row as CSV fields in table order, or None when CSV cannot carry it."""
    fields = [row["uri"]]
    for column, kind in columns.items():
        value = row.get(column)
        if value is None:
            fields.append("")
        elif kind == "STRING[]":
            if any(not v or _LIST_UNSAFE.search(v) for v in value):
                return None
            fields.append("[" + ",".join(value) + "]")
        elif isinstance(value, str):
            if not value:
                return None
            fields.append(value)
        else:
            fields.append(value.isoformat() if hasattr(value, "isoformat") else str(value))
    return fields


# COPY costs ~50 ms a statement whatever its size; smaller tables go in by UNWIND ... CREATE
COPY_MIN = 1000
# The dialect Python's csv module writes, stated: LadybugDB otherwise guesses it from the
# first rows, and a quoted field after hundreds of unquoted ones then breaks its row.
# PARALLEL=false: a quoted field may hold a line break.
CSV_OPTIONS = "HEADER=false, PARALLEL=false, AUTO_DETECT=false, DELIM=',', QUOTE='\"', ESCAPE='\"'"


def copy_into(path: Path, pg: PropertyGraph) -> None:
    """Fill a new, empty store with COPY FROM, LadybugDB's bulk path (its docs
    recommend it over CREATE/MERGE for bulk data: ~10x faster here).  The rows
    travel as CSV files in a temporary folder, removed afterwards; tables of
    fewer than COPY_MIN rows, and rows CSV cannot carry, go in by UNWIND ... CREATE."""
    sch = schema()
    work = Path(tempfile.mkdtemp(prefix="kg-ladybug-"))
    if not _SAFE_PATH.fullmatch(str(work)):  # the path goes into the statement text
        raise StoreError(f"{work}: temporary folder name unusable in a COPY statement")
    merge = PropertyGraph({}, {}, pg.skipped)
    copies = []
    for label, rows in pg.nodes.items():
        columns = sch.nodes[label].columns
        csv_rows = [] if len(rows) >= COPY_MIN else None
        for row in rows:
            fields = _csv_row(row, columns) if csv_rows is not None else None
            if fields is None:
                merge.nodes.setdefault(label, []).append(row)
            else:
                csv_rows.append(fields)
        if csv_rows:
            copies.append((f"{label}", "", _write_csv(work / f"{label}.csv", csv_rows)))
    edge_copies = []
    for (rel, source, dest), rows in pg.edges.items():
        if len(rows) >= COPY_MIN:
            target = _write_csv(work / f"{rel}-{source}-{dest}.csv", ((r["s"], r["o"]) for r in rows))
            edge_copies.append((rel, f", from='{source}', to='{dest}'", target))
        else:
            merge.edges[(rel, source, dest)] = rows
    try:
        with connect(path, threads=WRITE_THREADS) as conn:
            try:
                with transaction(conn):  # one commit, not one per statement: ~0.15 s less on a small store
                    for statement in ddl(sch, fresh=True):
                        conn.execute(statement)
                # the store is new: CREATE, not MERGE (~27 MB less at a small store's peak, cypher_load)
                node_steps = cypher_load.plan(PropertyGraph(merge.nodes, {}, pg.skipped), cypher_load.LADYBUG, create=True)
                edge_steps = cypher_load.plan(PropertyGraph({}, merge.edges, pg.skipped), cypher_load.LADYBUG, create=True)
                for table, options, target in copies:
                    conn.execute(f"COPY {table} FROM '{target}' ({CSV_OPTIONS}{options})")
                with transaction(conn):
                    for statement, rows in node_steps:
                        conn.execute(statement, {"rows": rows})
                for table, options, target in edge_copies:  # every node is in before any relationship
                    conn.execute(f"COPY {table} FROM '{target}' ({CSV_OPTIONS}{options})")
                for group in _by_table(edge_steps, EDGE_TABLES_PER_CHECKPOINT):
                    if len(group) == 1:  # one statement is one transaction: BEGIN and COMMIT around it cost ~1.5 ms a table
                        conn.execute(group[0][0], {"rows": group[0][1]})
                    else:
                        with transaction(conn):
                            for statement, rows in group:
                                conn.execute(statement, {"rows": rows})
                    conn.execute("CHECKPOINT")
                if not edge_steps:
                    conn.execute("CHECKPOINT")
            except RuntimeError as exc:
                raise StoreError(f"{path}: LadybugDB refused the load: {str(exc).splitlines()[0]}") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)


# LadybugDB holds ~8 MB per relationship table (per FROM-TO pair) written
# since the last checkpoint; the seed's graph touches 12, which made a
# one-report build peak ~100 MB higher.  A checkpoint after each table bounds
# that: every two tables peaked 8 MiB higher (174 MiB = 182 MB for the seed's
# build, over the 180 MB the first run is allowed), for ~0.02 s CPU less.
EDGE_TABLES_PER_CHECKPOINT = 1


@contextlib.contextmanager
def transaction(conn):
    """Statements run in one explicit transaction, committed at the end and
    rolled back when one fails."""
    conn.execute("BEGIN TRANSACTION")
    try:
        yield conn
    except BaseException:
        with contextlib.suppress(RuntimeError):  # LadybugDB may have rolled back already
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _by_table(steps: list, tables: int) -> list[list]:
    """(statement, rows) steps cut into groups of at most `tables` distinct
    statements (one statement per relationship table and FROM-TO pair)."""
    groups: list[list] = []
    seen: set = set()
    for statement, rows in steps:
        if statement not in seen and len(seen) % tables == 0:
            groups.append([])
        seen.add(statement)
        groups[-1].append((statement, rows))
    return groups


def _write_csv(target: Path, rows) -> Path:
    with open(target, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return target


SCRATCH_BELOW = 20_000  # nodes and relationships: the small stores (THREAD_ABOVE), whose thread a build ended early waits for


def _scratch(pg: PropertyGraph) -> Path | None:
    """Where to fill `pg`'s new store first (kg.stores.swap.scratch_folder), or
    None: the store is big, or there is no scratch folder to be had."""
    if sum(pg.counts().values()) >= SCRATCH_BELOW:
        return None
    return scratch_folder("kg-ladybug-")


def write_fresh(pg: PropertyGraph, target: Path) -> None:
    """A new store holding `pg`, filled beside `target` and swapped in.  A small
    one is filled in a private folder of kg.stores.swap.SCRATCH (memory-backed:
    LadybugDB's syncs cost nothing there) and copied beside `target` with one
    fsync; the folder is removed whatever happens.  Raises StoreError when LadybugDB
    refuses the rows.

    >>> write_fresh(Mapper().finish(), Path("out/store/ladybug.db"))  # doctest: +SKIP
    """
    fresh = fresh_sibling(target)
    scratch = _scratch(pg)
    copied = False
    if scratch is not None:
        try:
            copy_into(scratch / "store.db", pg)
            # a clean close leaves the database file alone (its WAL checkpointed and
            # removed); anything else, and the store is written in place after all
            if [f.name for f in scratch.iterdir()] == ["store.db"]:
                copy_synced(scratch / "store.db", fresh)
                copied = True
        finally:
            drop_scratch(scratch)
    if not copied:
        copy_into(fresh, pg)
    swap_in(fresh, target, companions=(WAL,))


def open_db(path):
    path = db_path(path)
    if not path.is_file():
        raise ParameterError(f"{path}: no LadybugDB store here (build one with `kg build REPORTS --out DIR`, then pass --store DIR)")
    return connect(path, read_only=True)


def query(path, text: str, parameters: dict | None = None) -> Table:
    """Rows of a user's Cypher query on the LadybugDB store at `path`, its
    columns named as the user wrote them (kg.stores.cypher_text.written_columns:
    `label(r)`, not LadybugDB's `LABEL(r._ID,[...])`).  Raises QueryError for
    a query LadybugDB refuses, StoreError when there is no store."""
    with open_db(path) as conn:
        try:
            table = execute(conn, text, parameters)
            return Table(written_columns(text, table.columns), table.rows)
        except RuntimeError as exc:
            raise QueryError(f"Cypher error (LadybugDB): {_message(str(exc))}{_hint(str(exc), text)}"
                             f"{_schema_hint(conn, text, str(exc))}") from None


def _message(text: str) -> str:
    """LadybugDB's error message on one line, its position kept: a parser error
    quoting input over several lines (`Invalid input <MATCH (o\\nRETURN>: … (line:
    2, offset: 0)`) runs to its position, the echoed line and caret after it
    dropped; any other message is its first line.
    Example: `_message('Parser exception: Invalid input <A\\nB>: expected x (line: 2, offset: 0)\\n"B"\\n^')`
    -> `'Parser exception: Invalid input <A B>: expected x (line: 2, offset: 0)'`."""
    at = re.search(r"\(line: \d+, offset: \d+\)", text)
    if at is None:
        return text.splitlines()[0] if text else text
    return " ".join(text[:at.end()].split())


# Neo4j's ways LadybugDB writes otherwise (docs/property-graph.md), said with its error: (the
# error's words, the query's words or None, what to write instead)
_INSTEAD = (
    (r"function TYPE does not exist", None, "label(r) gives a relationship's type"),
    (r"function ELEMENTID does not exist", None, "n.uri names a node (its IRI, as in SPARQL)"),
    (r"Parser exception", r"(?i)\bCALL\s+db\.", "CALL show_tables() RETURN name, type lists the node labels "
                                                   "and relationship types"),
    (r"Parser exception", r"(?i)\bexists\s*\(\s*\w+\.\w+\s*\)", "n.prop IS NOT NULL tests a property"),
    (r"has data type DATE but", r"\)\s*\.\s*(?i:year|month|day)\b", "date_part('year', n.date) gives a date's year "
                                                                    "(month, day alike)"),
)


def _hint(message: str, text: str = "") -> str:
    """What to write in LadybugDB instead of the Neo4j way its error `message`
    is about in the Cypher `text` (_INSTEAD), or ''.
    Example: `_hint("Catalog exception: function TYPE does not exist.")` ->
    `" (in LadybugDB label(r) gives a relationship's type; docs/property-graph.md)"`;
    `_hint("Parser exception: Invalid input <CALL db.>", "CALL db.labels()")` -> `" (in LadybugDB CALL
    show_tables() RETURN name, type lists …; docs/property-graph.md)"`."""
    for said, written, instead in _INSTEAD:
        if re.search(said, message) and (written is None or re.search(written, text)):
            return f" (in LadybugDB {instead}; docs/property-graph.md)"
    return ""


def _schema_hint(conn, text: str, message: str) -> str:
    """kg.stores.cypher_schema.hint for LadybugDB's `message`, from the store's
    node labels and what each relationship type joins (property_hint, from a
    label's properties, for a property a node lacks); '' when the schema
    cannot be read."""
    from kg.stores.cypher_schema import hint, property_hint

    if "Cannot find property" in message:  # i.label: the store's properties of that label (README's schema)
        def properties(label: str) -> list[str]:
            try:
                return [row[0] for row in execute(conn, f"CALL table_info('{label}') RETURN name").rows]
            except RuntimeError:
                return []  # no such table: the label's own error says so
        return property_hint(message, text, properties)
    if "does not exist" not in message and "Cannot bind" not in message:
        return ""
    try:
        tables = execute(conn, "CALL show_tables() RETURN name, type").rows
        labels = sorted(n for n, t in tables if t == "NODE")
        joins = {n: [tuple(row[:2]) for row in execute(conn, f"CALL show_connection('{n}') RETURN *").rows]
                 for n, t in tables if t == "REL"}
    except RuntimeError:
        return ""
    return hint(message, text, labels, joins)


def counts(path) -> dict[str, int]:
    with open_db(path) as conn:
        nodes = execute(conn, "MATCH (n) RETURN count(n)").rows[0][0]
        rels = execute(conn, "MATCH ()-[r]->() RETURN count(r)").rows[0][0]
    return {"nodes": nodes, "relationships": rels}


STATE = "ladybug.state.json"  # beside the store: the Oxigraph state it was built from
THREAD_ABOVE = 20_000  # nodes and relationships


class CypherSink:
    """kg build's output (kg.build.OUTPUTS["cypher"]): the union graph, mapped to
    a property graph (kg.stores.mapping.Mapper), into DIR/store/ladybug.db.

    Fed the union's triples by the assembly (plus the issue scheme's).  When
    the Oxigraph output updated its store in place (`result.store_changes`)
    and this store was built from the state it updated, only the nodes those
    changes touched are replaced: they are deleted with their relationships
    and written again from the new mapping, with every relationship that has
    one of them at either end.  Otherwise a fresh store is filled with COPY
    FROM and swapped in."""

    def __init__(self, result, options):
        from kg.stores.mapping import Mapper
        from kg.stores.source import scheme_lines

        self.result = result
        self.target = Path(result.out_dir) / LADYBUG_FILE
        self.state = self.target.parent / STATE
        try:
            self.built_from = json.loads(self.state.read_text(encoding="utf-8"))["oxigraph"]
        except (OSError, ValueError, KeyError, TypeError):
            self.built_from = None
        self.mapper = Mapper()
        self.mapper.add_lines(scheme_lines())
        self.focus: set[str] | None = None  # with an update in place: the IRIs it replaces, as terms
        self.decided = False

    def graph(self, name: str, lines: list[str]) -> None:
        pass

    def _updating(self) -> bool:
        """Whether the Oxigraph output updated its store in place from the state this
        store was built from: then only the nodes it touched are written again."""
        changes = getattr(self.result, "store_changes", None)
        return changes is not None and not changes.rewritten and self.target.is_file() and self.built_from == changes.previous

    def triples(self, lines: list[str]) -> None:
        if not self.decided:  # an incremental assembly knows the store's changes before its first triple
            self.decided = True
            if self._updating():
                self.focus = {f"<{iri}>" for iri in self.result.store_changes.iris}
        if self.focus is None:
            self.mapper.add_lines(lines)
        elif self.focus:
            self.mapper.add_touching(lines, self.focus)

    def close(self):
        """Maps the graph, then writes the store in a thread of its own (LadybugDB
        works without the GIL, so later outputs render meanwhile), whose Future is
        returned: a big store always, a small one when the build's threads share
        one malloc arena (kg.stores.threads.shared_arena); otherwise a small one is
        written here: the thread's own arena would add its memory to the peak."""
        updating = self._updating()
        if self.focus is not None and not updating:  # cannot happen: the changes were known at the first triple
            raise StoreError(f"{self.target}: the Oxigraph store's changes moved after the property graph was mapped")
        pg = self.mapper.finish(None if self.focus is None else {iri[1:-1] for iri in self.focus})
        self.mapper = None
        small = sum(pg.counts().values()) < THREAD_ABOVE
        if small and not arena_shared():
            return self._write(pg, updating)
        # a small store is filled in a scratch folder (SCRATCH_BELOW): a build ended
        # meanwhile (Ctrl-C, SIGTERM) waits for its thread, which removes the folder
        return in_thread(self._write, pg, updating, daemon=not small)

    def _write(self, pg: PropertyGraph, updating: bool) -> Path:
        changes = getattr(self.result, "store_changes", None)
        if updating:
            if changes.graphs:
                self.state.unlink(missing_ok=True)
                update(self.target, pg, changes.iris)
        else:
            self.state.unlink(missing_ok=True)
            write_fresh(pg, self.target)
        if changes is not None:
            atomic_write_text(self.state, json.dumps({"oxigraph": changes.current}) + "\n")
        return self.target


def clear(path: Path) -> None:
    """Delete every node and relationship of the store at `path` (its tables
    stay), in one transaction: `kg load ladybug` empties a store holding only an
    earlier load of the same build before loading it again (kg.stores.loads).
    Raises StoreError when LadybugDB refuses."""
    with connect(path, threads=WRITE_THREADS) as conn:
        try:
            with transaction(conn):
                for label in sorted(schema().nodes):
                    conn.execute(f"MATCH (n:{label}) DETACH DELETE n")
            conn.execute("CHECKPOINT")
        except RuntimeError as exc:
            raise StoreError(f"{path}: LadybugDB refused to empty the store: {str(exc).splitlines()[0]}") from None


def update(path: Path, pg: PropertyGraph, iris: set[str]) -> None:
    """Replace the nodes whose IRI is in `iris`, and every relationship touching them, by their
    rows in `pg` (nodes no longer in `pg` are just deleted)."""
    sch = schema()
    part = PropertyGraph(
        {label: [r for r in rows if r["uri"] in iris] for label, rows in pg.nodes.items()},
        {key: [r for r in rows if r["s"] in iris or r["o"] in iris] for key, rows in pg.edges.items()},
        pg.skipped,
    )
    uris = sorted(iris)
    with connect(path, threads=WRITE_THREADS) as conn:
        try:
            # one transaction: a failure leaves the store as it was, and one commit is cheaper than many
            with transaction(conn):
                for label in sorted(sch.nodes):
                    conn.execute(f"MATCH (n:{label}) WHERE n.uri IN $uris DETACH DELETE n", {"uris": uris})
                # relationships from an untouched node to a touched one were deleted with it; MERGE
                # re-creates them, and creates the touched nodes (none exists any more)
                for statement, rows in cypher_load.plan(part, cypher_load.LADYBUG):
                    conn.execute(statement, {"rows": rows})
            conn.execute("CHECKPOINT")
        except RuntimeError as exc:
            raise StoreError(f"{path}: LadybugDB refused the update: {str(exc).splitlines()[0]}") from None
