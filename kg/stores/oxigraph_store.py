"""The embedded SPARQL store: an on-disk Oxigraph database, one named graph
per report plus the issue scheme.  `kg build` writes it to DIR/store/oxigraph.

Its default graph is the union of the named graphs (kg.stores.source), so a
question spanning reports needs no GRAPH clauses and sees each fact once.
"""

from __future__ import annotations

import gc
from pathlib import Path

from pyoxigraph import DefaultGraph, Quad, Store

from kg.stores.errors import StoreError
from kg.stores.results import Table, sparql_table
from kg.stores.source import OXIGRAPH_DIR, default_triples, from_build, graph_names
from kg.stores.swap import fresh_sibling, swap_in


def store_path(path) -> Path:
    """A build folder means its store; anything else is the store folder itself."""
    path = Path(path)
    if (path / OXIGRAPH_DIR).is_dir() or (path / "graph.ttl").is_file():
        return path / OXIGRAPH_DIR
    return path


def write_build(result, out_dir: Path, options) -> Path | None:
    """Output writer for kg.build.OUTPUTS: the build's dataset as a fresh store."""
    if not getattr(options, "store", True):
        return None
    target = Path(out_dir) / OXIGRAPH_DIR
    write_fresh(from_build(result), target)
    return target


def write_fresh(dataset: Store, target: Path) -> None:
    """Bulk-load the dataset into a new store beside `target`, then swap it in."""
    fresh = fresh_sibling(target)
    store = Store(str(fresh))
    store.bulk_extend(dataset.quads_for_pattern(None, None, None, None))
    store.flush()
    del store
    gc.collect()  # closes the database before its folder is renamed
    swap_in(fresh, target)


def load_into(target: Path, dataset: Store, progress=None) -> int:
    """Replace, graph by graph, each named graph the dataset holds; other graphs stay.

    Then the default graph (the union) takes the new triples and drops those
    no named graph states any more.  Every step can be repeated, so a load
    killed halfway is repaired by running it again, with the same counts as
    one clean run."""
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    store = _open(target)
    names = graph_names(dataset)
    for done, graph in enumerate(names, start=1):
        store.remove_graph(graph)
        store.extend(dataset.quads_for_pattern(None, None, None, graph))  # one transaction
        if progress:
            progress(done, len(names))
    store.extend(default_triples(dataset))
    stale = [q for q in default_triples(store) if q not in dataset and not _named_holds(store, q)]
    for quad in stale:
        store.remove(quad)
    store.flush()
    del store
    gc.collect()
    return len(names)


def _named_holds(store: Store, quad: Quad) -> bool:
    return any(not isinstance(q.graph_name, DefaultGraph) for q in store.quads_for_pattern(quad.subject, quad.predicate, quad.object, None))


def _open(path: Path, read_only: bool = False) -> Store:
    try:
        return Store.read_only(str(path)) if read_only else Store(str(path))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the Oxigraph store: {str(exc).splitlines()[0]}") from None


def open_store(path, read_only: bool = True) -> Store:
    path = store_path(path)
    if not path.is_dir():
        raise StoreError(f"{path}: no Oxigraph store here (run `kg build ... --out DIR` or pass --store)")
    return _open(path, read_only)


def counts(store: Store) -> dict[str, int]:
    union = sum(1 for _ in default_triples(store))
    return {"quads": len(store), "graphs": len(list(store.named_graphs())), "union triples": union}


def query(store: Store, text: str) -> Table:
    try:
        results = store.query(text)
    except SyntaxError as exc:
        raise StoreError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None
    return sparql_table(results)
