"""Load a property graph with batched `UNWIND $rows ... MERGE` statements.

The statements are the same for the embedded engine (LadybugDB) and for Neo4j
over Bolt, except that LadybugDB types a batch's parameter from its values, so
a column that is null throughout a batch needs an explicit CAST.  Only labels,
property names and relationship types from the ontology are written into the
statement text; every value travels as a driver parameter.  MERGE on `uri`
makes each batch idempotent: rerunning a load, or retrying a batch, never
duplicates a node or relationship.  A new, empty store (kg build's LadybugDB,
kg.stores.ladybug_store.copy_into) is filled with CREATE instead (`create=True`):
every row is new there, so it makes what MERGE would without MERGE's
look-ups, which held ~27 MB more at the peak of a one-report build's store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from kg.stores.mapping import PropertyGraph, Schema, schema

DEFAULT_BATCH = 2000


@dataclass(frozen=True)
class Dialect:
    name: str
    casts: bool  # wrap values in CAST(... AS TYPE), as LadybugDB needs

    def value(self, expr: str, column_type: str) -> str:
        return f"CAST({expr} AS {column_type})" if self.casts else expr


NEO4J = Dialect("neo4j", casts=False)
LADYBUG = Dialect("ladybug", casts=True)


def node_statement(label: str, sch: Schema, dialect: Dialect, create: bool = False) -> str:
    """The statement writing a batch of `label` rows (`$rows`: dicts with `uri` and the
    label's columns): MERGE on uri, or with `create` CREATE (rows must be new).

    >>> node_statement("Report", schema(), NEO4J, create=True).split(" SET ")[0]
    'UNWIND $rows AS row CREATE (n:Report {uri: row.uri})'
    """
    columns = sch.nodes[label].columns
    sets = ", ".join(f"n.{col} = {dialect.value('row.' + col, kind)}" for col, kind in columns.items())
    return f"UNWIND $rows AS row {'CREATE' if create else 'MERGE'} (n:{label} {{uri: row.uri}}) SET {sets}"


def edge_statement(rel: str, source: str, target: str, create: bool = False) -> str:
    """The statement writing a batch of `rel` relationships from `source` to `target`
    nodes (`$rows`: dicts with the IRIs `s` and `o`; a row whose end is missing writes
    nothing): MERGE, or with `create` CREATE (rows must be new and distinct).

    >>> edge_statement("VISITOR", "Visit", "Official", create=True).split(") ")[-1]
    'CREATE (a)-[:VISITOR]->(b)'
    """
    return (
        f"UNWIND $rows AS row MATCH (a:{source} {{uri: row.s}}) MATCH (b:{target} {{uri: row.o}}) "
        f"{'CREATE' if create else 'MERGE'} (a)-[:{rel}]->(b)"
    )


def uniqueness_constraints(sch: Schema | None = None) -> list[str]:
    """Neo4j 5 syntax; one per label, on `uri`."""
    sch = sch or schema()
    return [
        f"CREATE CONSTRAINT govkg_{label.lower()}_uri IF NOT EXISTS FOR (n:{label}) REQUIRE n.uri IS UNIQUE"
        for label in sorted(sch.nodes)
    ]


def batches(rows: list, size: int) -> Iterator[list]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def plan(pg: PropertyGraph, dialect: Dialect, batch_size: int = DEFAULT_BATCH, sch: Schema | None = None, create: bool = False):
    """(statement, rows) in load order: every node before any relationship.  With
    `create`, for a store that holds none of them: CREATE statements (see the
    module's docstring), which need `pg`'s rows distinct, as the mapping makes
    them (kg.stores.mapping.Mapper.finish: a row per IRI, relationships from a
    set of statements, one predicate per relationship type)."""
    sch = sch or schema()
    steps = []
    for label, rows in pg.nodes.items():
        statement = node_statement(label, sch, dialect, create)
        steps.extend((statement, chunk) for chunk in batches(rows, batch_size))
    for (rel, source, target), rows in pg.edges.items():
        statement = edge_statement(rel, source, target, create)
        steps.extend((statement, chunk) for chunk in batches(rows, batch_size))
    return steps


Progress = Callable[[int, int], None]


def run_plan(steps, run_batch: Callable[[str, list], None], progress: Progress | None = None) -> int:
    """Run each batch as its own transaction; returns the number of batches committed."""
    for done, (statement, rows) in enumerate(steps, start=1):
        run_batch(statement, rows)
        if progress:
            progress(done, len(steps))
    return len(steps)
