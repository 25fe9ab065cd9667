"""SPARQL 1.1 servers: load with the Graph Store Protocol, query over HTTP.

Loading PUTs each named graph of the dataset (one per report, the issue
scheme) and then POSTs their union into the default graph, as the embedded
store has it, so queries need no GRAPH clauses and no union-default-graph
setting on the server (leave it off: with it, facts stated by several reports
come back once per report).  PUT replaces a graph and POST adds to a set, so
loading twice, or again after an interrupted load, leaves the same data.  A
request that fails on the network or with a 5xx is retried (RETRIES times,
with a growing pause); 4xx answers are not retried.  A triple that a
reloaded report no longer states stays in the server's default graph.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.parse
import urllib.request

from pyoxigraph import DefaultGraph, QueryResultsFormat, RdfFormat, Store, parse_query_results

from kg.stores.errors import QueryError, StoreError
from kg.stores.results import Table, sparql_table
from kg.stores.source import graph_names

RETRIES = 3
TIMEOUT = 60


def _request(method: str, url: str, body: bytes | None, headers: dict, retries: int = RETRIES,
             refused: type[StoreError] = StoreError) -> bytes:
    """The body of the server's answer.  Raises `refused` when the server
    answers 400 Bad Request (a query's caller passes QueryError: the query's
    own text is at fault), StoreError for any other failure; 5xx and network
    errors are tried again `retries` times."""
    for attempt in range(retries + 1):
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace").strip().splitlines()
            message = f"{url}: HTTP {exc.code} {exc.reason}" + (f": {detail[0]}" if detail else "")
            if exc.code < 500 or attempt == retries:
                raise (refused if exc.code == 400 else StoreError)(message) from None
        except (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError) as exc:
            reason = getattr(exc, "reason", exc)
            if attempt == retries:
                raise StoreError(f"cannot reach {url}: {reason} (tried {retries + 1} times)") from None
        time.sleep(0.5 * 2**attempt)
    raise AssertionError("unreachable")


def graph_url(endpoint: str, graph) -> str:
    sep = "&" if "?" in endpoint else "?"
    if isinstance(graph, DefaultGraph):
        return f"{endpoint}{sep}default"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph.value, safe='')}"


def load(endpoint: str, dataset: Store, progress=None) -> int:
    """PUT every named graph to a Graph Store Protocol endpoint, then POST the union."""
    names = graph_names(dataset)
    headers = {"Content-Type": "application/n-triples"}
    for done, graph in enumerate(names, start=1):
        body = dataset.dump(format=RdfFormat.N_TRIPLES, from_graph=graph)
        _request("PUT", graph_url(endpoint, graph), body, headers)
        if progress:
            progress(done, len(names))
    union = dataset.dump(format=RdfFormat.N_TRIPLES, from_graph=DefaultGraph())
    _request("POST", graph_url(endpoint, DefaultGraph()), union, headers)
    return len(names)


def query(endpoint: str, text: str) -> Table:
    body = urllib.parse.urlencode({"query": text}).encode("utf-8")
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json",
    }
    raw = _request("POST", endpoint, body, headers, retries=1, refused=QueryError)
    try:
        return sparql_table(parse_query_results(raw, QueryResultsFormat.JSON))
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"{endpoint}: not a SPARQL JSON result: {str(exc).splitlines()[0]}") from None


def counts(endpoint: str) -> dict[str, int]:
    """Quads in named graphs, named graphs, and triples in the default graph, read back from the server."""
    named = query(endpoint, "SELECT (COUNT(*) AS ?quads) (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }")
    union = query(endpoint, "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }")
    quads, graphs = named.rows[0]
    return {"quads": quads, "graphs": graphs, "union triples": union.rows[0][0]}
