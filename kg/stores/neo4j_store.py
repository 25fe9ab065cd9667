"""Neo4j (or any Bolt server speaking Neo4j 5 Cypher) with the official driver.

Loading creates one uniqueness constraint per label on `uri` (Neo4j 5
syntax), then runs the batched MERGE statements of kg.stores.cypher_load,
each batch in its own managed write transaction.

Retry policy: the connection is checked once before anything is written; a
server that is down or refuses the password fails at once with one line and
a non-zero exit.  During the load the driver retries a batch that failed
with a transient error or a dropped connection, for up to `retry_seconds`
(default 30 s).  Every batch is an idempotent MERGE, so a retried batch, or
the same command run again after a failure, adds no duplicates.
"""

from __future__ import annotations

import contextlib
import logging
import re

from kg.stores import cypher_load
from kg.stores.errors import StoreError
from kg.stores.mapping import PropertyGraph
from kg.stores.results import Table, cypher_value

DEFAULT_RETRY_SECONDS = 30.0


def _message(exc: Exception) -> str:
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    # the socket's own words, when there are any
    reason = re.search(r"\[Errno -?\d+\] ([^)\n]*)", text) or re.search(r"Error\(-?\d+, '([^']*)'\)", text)
    if reason:
        return reason.group(1)
    first = text.strip().splitlines()[0]
    return re.sub(r"\s*\(?(Resolved)?IPv[46]Address\(\(.*?\)\)\)?", "", first).rstrip(" :")


def explain(exc: Exception, uri: str) -> StoreError:
    """A driver exception as one line a user can act on."""
    from neo4j import exceptions as ne

    if isinstance(exc, ne.AuthError):
        return StoreError(f"{uri} refused the user name or password ({_message(exc)})")
    if isinstance(exc, (ne.ServiceUnavailable, ne.SessionExpired, ConnectionError, OSError)):
        return StoreError(f"cannot reach {uri}: server down, not listening, or the connection dropped ({_message(exc)})")
    if isinstance(exc, ne.ConfigurationError) or isinstance(exc, ValueError):
        return StoreError(f"cannot use {uri}: {_message(exc)}")
    if isinstance(exc, ne.Neo4jError):
        return StoreError(f"{uri}: {_message(exc)}")
    return StoreError(f"{uri}: {type(exc).__name__}: {_message(exc)}")


@contextlib.contextmanager
def session(uri: str, user: str, password: str, database: str | None, retry_seconds: float = DEFAULT_RETRY_SECONDS):
    """An open session on a server that answered and accepted the credentials."""
    from neo4j import GraphDatabase
    from neo4j import exceptions as ne

    # the driver logs each dropped connection to stderr; the one-line error says it instead
    logging.getLogger("neo4j").setLevel(logging.CRITICAL)
    try:
        driver = GraphDatabase.driver(
            uri, auth=(user, password), connection_timeout=10, max_transaction_retry_time=retry_seconds
        )
    except (ne.ConfigurationError, ValueError) as exc:
        raise explain(exc, uri) from None
    try:
        try:
            driver.verify_connectivity()
        except Exception as exc:
            raise explain(exc, uri) from None
        with driver.session(database=database) as s:
            try:
                yield s
            except StoreError:
                raise
            except Exception as exc:
                raise explain(exc, uri) from None
    finally:
        driver.close()


def _write(s, statement: str, rows: list) -> None:
    s.execute_write(lambda tx: tx.run(statement, rows=rows).consume())


def load(s, pg: PropertyGraph, batch_size: int = cypher_load.DEFAULT_BATCH, progress=None) -> int:
    for statement in cypher_load.uniqueness_constraints():
        s.run(statement).consume()
    steps = cypher_load.plan(pg, cypher_load.NEO4J, batch_size)
    return cypher_load.run_plan(steps, lambda statement, rows: _write(s, statement, rows), progress)


def query(s, text: str, parameters: dict | None = None) -> Table:
    """Rows of Cypher `text` on session `s`; the columns named as the user
    wrote them when the server names none (ArcadeDB, for 0 rows)."""
    from kg.stores.cypher_text import column_names

    result = s.run(text, parameters or {})
    rows = [tuple(cypher_value(v) for v in record.values()) for record in result]
    columns = list(result.keys()) or column_names(text)
    return Table(columns, rows)


def counts(s) -> dict[str, int]:
    nodes = s.run("MATCH (n) RETURN count(n) AS n").single()["n"]
    rels = s.run("MATCH ()-[r]->() RETURN count(r) AS n").single()["n"]
    return {"nodes": nodes, "relationships": rels}


def password(env_var: str = "NEO4J_PASSWORD") -> str:
    """From the environment, else asked on the terminal without echo."""
    import getpass
    import os
    import sys

    if os.environ.get(env_var):
        return os.environ[env_var]
    if not sys.stdin.isatty():
        raise StoreError(f"no password: set {env_var} (there is no terminal to ask on)")
    try:
        return getpass.getpass("Neo4j password: ")
    except EOFError:
        raise StoreError(f"no password given: set {env_var} or type it at the prompt") from None
