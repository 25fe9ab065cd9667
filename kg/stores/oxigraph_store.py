"""The embedded SPARQL store: an on-disk Oxigraph database, one named graph
per report plus the issue scheme.  `kg build` writes it to DIR/store/oxigraph.

Its default graph is the union of the named graphs (kg.stores.source), so a
question spanning reports needs no GRAPH clauses and sees each fact once.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import json
import re
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store, Triple, parse

from kg.emit.digest import graph_bytes, graph_digest
from kg.fsutil import atomic_write_text, other_contents
from kg.stores.errors import ParameterError, QueryError, StoreError
from kg.stores.results import Table, sparql_table
from kg.stores.source import OXIGRAPH_DIR, SCHEME_GRAPH, default_triples, graph_names, scheme_path, store_location
from kg.stores.swap import copy_synced, drop_scratch, fresh_sibling, scratch_folder, swap_in
from kg.stores.threads import in_thread


def store_path(path) -> Path:
    """A build folder means its store (OUT/store/oxigraph); anything else is the
    store folder itself (kg.stores.source.store_location)."""
    return store_location(path, OXIGRAPH_DIR)


def is_store_folder(path) -> bool:
    """Does the folder `path` hold an Oxigraph store?  Oxigraph keeps its data in
    RocksDB, whose CURRENT file names the live MANIFEST-NNNNNN.
    Example: `is_store_folder(Path("out/store/oxigraph"))` -> True after `kg build`."""
    try:
        return (Path(path) / "CURRENT").read_bytes().startswith(b"MANIFEST-")
    except OSError:
        return False


def check_target(target: Path) -> None:
    """Raise StoreError unless `target` can take a store: a path not yet there, an
    empty folder, or a folder holding an Oxigraph store.  Any other folder (one of
    reports, say) would get RocksDB's files among its own; a file is no store."""
    target = Path(target)
    if not target.exists():
        return
    if not target.is_dir():
        raise StoreError(f"{target}: a file, not an Oxigraph store folder; --store names a build folder (its "
                         f"{OXIGRAPH_DIR.as_posix()}), an Oxigraph store folder, or a new folder to make one in")
    if shown := other_contents(target, is_store_folder):
        raise StoreError(f"{target}: a folder that holds other files ({shown}), neither a build folder nor an "
                         f"Oxigraph store; a store goes into a new or empty folder (say --store "
                         f"{target.with_name(target.name + '-store')}), an Oxigraph store, or a build folder")


STATE = "oxigraph.state.json"  # beside the store: each named graph's digest, as last written
BULK_LINES = 50_000  # statements per bulk-load call: bounded memory, few calls
# the bulk loader costs ~0.15 s a call whatever the size; below this many
# statements a plain (transactional) load is quicker
BULK_MIN = 5_000
# above this share of graphs changed, a fresh store is quicker than updating
REWRITE_ABOVE = 0.5
# a new store for at most this many reports is filled in a memory-backed folder and
# copied beside its target (kg.stores.swap.scratch_folder): opening a new RocksDB
# folder and flushing it wait on the disk, 0.2-0.37 s wall for 0.03 s CPU on a busy
# one for the seed's store, 0.11-0.16 s there with the copy's syncs
SCRATCH_REPORTS = 100
# The bulk loader is fed only lines kg.emit.terms wrote from the assembled
# records: IRIs minted as base (checked: BuildOptions.iri_base) + a [a-z0-9-] slug (kg.emit.iri), and
# literals escaped there.  Oxigraph's `lenient` mode skips re-validating them
# (its documented fast path for trusted input): ~10 % of the load's CPU.
LENIENT = True


@dataclass
class Changes:
    """What an incremental store update touched, for the property-graph store."""

    rewritten: bool  # True: a fresh store, nothing incremental
    graphs: list[str] = field(default_factory=list)  # graph IRIs replaced, added or removed
    iris: set[str] = field(default_factory=set)  # IRIs in the old or new triples of those graphs
    previous: str | None = None  # digest of the state updated from
    current: str | None = None


def state_digest(graphs: dict[str, str]) -> str:
    return hashlib.blake2b(json.dumps(graphs, sort_keys=True).encode(), digest_size=12).hexdigest()


def read_state(target: Path) -> dict[str, str] | None:
    try:
        return json.loads((target.parent / STATE).read_text(encoding="utf-8"))["graphs"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


class StoreSink:
    """kg build's output (kg.build.OUTPUTS["store"]): the assembled dataset into
    DIR/store/oxigraph, fed from the assembly stream (kg.corpus.assemble.Sink).

    A first build, or one that changes many reports (`result.incremental` False): the
    named graphs and the union (default graph) are bulk-loaded into a fresh
    store beside the old one, which is then swapped in; for a build of at most
    SCRATCH_REPORTS reports the fresh store is filled in a memory-backed folder
    and copied beside the old one first.  Otherwise the store
    is updated in place: in each graph whose digest changed, the statements
    that differ are removed or inserted as it arrives (one transaction each),
    graphs gone are dropped, and the default graph gains the new statements
    and loses those no graph states any more.  The state file is removed while the store is being changed, so
    a build killed then rewrites the store next time.

    What an update changed (`changes`) is known once every graph is in: at
    `graphs_done()` when the assembly calls it (it is then also set as
    `result.store_changes`, for the property-graph output), else at close."""

    def __init__(self, result, options):
        self.result = result
        self.target = Path(result.out_dir) / OXIGRAPH_DIR
        incremental = getattr(result, "incremental", False)
        self.previous = read_state(self.target) if incremental and self.target.is_dir() else None
        self.graphs: dict[str, str] = {}
        self.buffer: list[bytes] = []  # named graphs' N-Quads (graph_bytes), a chunk of them
        self.buffered = 0  # lines in it
        self.union: list[str] = []
        self.store = self.fresh = None
        self.loading = None  # the bulk load in flight (Oxigraph works without the GIL: it overlaps the assembly)
        self.changed: list[str] = []
        self.added: set = set()  # statements (as triples) the changed graphs gained
        self.removed: set = set()  # and lost
        self.changes: Changes | None = None
        self.scratch = None
        if self.previous is None:
            self.fresh = fresh_sibling(self.target)
            manifest = getattr(result, "manifest", None)
            if manifest is not None and len(manifest.reports) <= SCRATCH_REPORTS:
                self.scratch = scratch_folder("kg-oxigraph-")
            if self.scratch is not None:  # removed at close, or when a failed build drops the sink
                self._drop_scratch = weakref.finalize(self, drop_scratch, str(self.scratch))
            self.store = Store(str(self.fresh if self.scratch is None else self.scratch / "store"))

    def graph(self, name: str, lines: list[str]) -> None:
        iri = name[1:-1]
        digest = self.graphs[iri] = getattr(lines, "digest", None) or graph_digest(lines)
        if self.fresh is not None:
            # the bytes the assembly encoded for graph.nq (GraphLines.data), not encoded again
            data = getattr(lines, "data", None)
            self.buffer.append(graph_bytes(lines) if data is None else data)
            self.buffered += len(lines)
            if self.buffered >= BULK_LINES:
                self._flush_graphs()
        elif self.previous.get(iri) != digest:
            self._replace(iri, lines)

    def triples(self, lines: list[str]) -> None:
        if self.fresh is not None:
            self._bulk(self.union, lines, DefaultGraph())

    def _bulk(self, buffer: list, lines: list[str], graph) -> None:
        buffer.extend(lines)
        if len(buffer) >= BULK_LINES:
            self._flush(buffer, graph)

    def _flush_graphs(self) -> None:
        if self.buffered:
            data, count = b"".join(self.buffer), self.buffered
            self.buffer.clear()
            self.buffered = 0
            self._load(data, count, None)

    def _flush(self, buffer: list, graph) -> None:
        if buffer:
            data = ("\n".join(buffer) + "\n").encode("utf-8")
            count = len(buffer)
            buffer.clear()
            self._load(data, count, graph)

    def _load(self, data: bytes, count: int, graph) -> None:
        """Load `count` statements (N-Quads when `graph` is None, else N-Triples into it)."""
        if count:
            self._wait()  # one load at a time: memory holds at most two chunks
            fmt = RdfFormat.N_QUADS if graph is None else RdfFormat.N_TRIPLES
            if count < BULK_MIN:
                self.store.load(data, fmt, to_graph=graph)
            elif graph is None:
                self.loading = in_thread(self.store.bulk_load, data, RdfFormat.N_QUADS, lenient=LENIENT)
            else:
                self.loading = in_thread(self.store.bulk_load, data, RdfFormat.N_TRIPLES, to_graph=graph, lenient=LENIENT)

    def _wait(self) -> None:
        if self.loading is not None:
            loading, self.loading = self.loading, None
            loading.result()

    def _open_in_place(self) -> Store:
        if self.store is None:
            _remove_state(self.target)
            self.store = _open(self.target)
        return self.store

    def _replace(self, iri: str, lines: list[str] | None) -> None:
        """Make the named graph hold `lines` (None: drop it): only the statements that
        differ are removed or inserted, in one transaction."""
        store, graph = self._open_in_place(), NamedNode(iri)
        old = set(store.quads_for_pattern(None, None, None, graph))
        new = set(parse(("\n".join(lines) + "\n").encode("utf-8"), RdfFormat.N_QUADS)) if lines else set()
        gone, added = old - new, new - old
        store.extend(added)
        for quad in gone:
            store.remove(quad)
        self.added.update(Triple(q.subject, q.predicate, q.object) for q in added)
        self.removed.update(Triple(q.subject, q.predicate, q.object) for q in gone)
        self.changed.append(iri)

    def close(self) -> Path:
        if self.fresh is not None:
            self._flush_graphs()
            self._flush(self.union, DefaultGraph())
            self._wait()
            _load_scheme(self.store)
            self.store.flush()
            self.store = None
            gc.collect()  # closes the database before its folder is renamed (or copied)
            if self.scratch is not None:
                try:
                    copy_synced(self.scratch / "store", self.fresh)
                finally:
                    self._drop_scratch()
            _remove_state(self.target)
            swap_in(self.fresh, self.target)
            self.changes = Changes(rewritten=True)
        else:
            if self.changes is None:
                self.graphs_done()
            if self.store is not None:
                self._update_union()
        self.changes.current = state_digest(self.graphs)
        if self.changes.rewritten or self.changes.graphs:
            atomic_write_text(self.target.parent / STATE, json.dumps({"graphs": self.graphs}, sort_keys=True) + "\n")
        return self.target

    def graphs_done(self) -> None:
        """Every named graph is in: graphs gone are dropped, and what changed is noted
        (Changes: the graphs, and the IRIs of every statement they gained or lost)."""
        if self.fresh is not None:
            return
        for iri in sorted(set(self.previous) - set(self.graphs)):
            self._replace(iri, None)
        self.changes = Changes(rewritten=False, graphs=sorted(self.changed), previous=state_digest(self.previous))
        for t in self.added | self.removed:
            for term in (t.subject, t.object):
                if isinstance(term, NamedNode):
                    self.changes.iris.add(term.value)
        self.changes.current = state_digest(self.graphs)
        self.result.store_changes = self.changes

    def _update_union(self) -> None:
        """The default graph after in-place changes: new triples in, triples no named graph
        states any more out."""
        store, default = self.store, DefaultGraph()
        store.extend([Quad(t.subject, t.predicate, t.object, default) for t in self.added])
        for t in self.removed - self.added:
            held = store.quads_for_pattern(t.subject, t.predicate, t.object, None)
            if not any(not isinstance(q.graph_name, DefaultGraph) for q in held):
                store.remove(Quad(t.subject, t.predicate, t.object, default))
        store.flush()
        self.store = None
        gc.collect()


def _remove_state(target: Path) -> None:
    (target.parent / STATE).unlink(missing_ok=True)


def _load_scheme(store: Store) -> None:
    """The issue scheme as its own graph, and its triples in the default graph."""
    path = str(scheme_path())
    store.load(path=path, format=RdfFormat.TURTLE, to_graph=NamedNode(SCHEME_GRAPH))
    store.load(path=path, format=RdfFormat.TURTLE, to_graph=DefaultGraph())


def write_fresh(dataset: Store, target: Path) -> None:
    """Bulk-load the dataset into a new store beside `target`, then swap it in."""
    fresh = fresh_sibling(target)
    store = Store(str(fresh))
    store.bulk_extend(dataset.quads_for_pattern(None, None, None, None))
    store.flush()
    del store
    gc.collect()  # closes the database before its folder is renamed
    swap_in(fresh, target)


@dataclass
class Loaded:
    """What load_into did: the named graphs it wrote, and those it left out because
    the store already held every statement of theirs under other graph names."""

    graphs: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)


def load_into(target: Path, dataset: Store, progress=None, drop=()) -> Loaded:
    """Replace, graph by graph, each named graph the dataset holds; other graphs
    stay, but those named in `drop` (IRIs: the graphs an earlier load of the
    same build brought that it no longer has, kg.stores.loads.dropped) go.
    Raises StoreError, before anything is written, for a `target` that cannot
    take a store (check_target: a folder of other files, a file).

    A graph the store does not hold by name, but whose every statement it holds
    in other named graphs, is not added (`Loaded.held`): a build's graph.ttl
    loaded into the build's own store (its triples are the union of the report
    graphs there) would otherwise hold every fact twice, under a second graph.
    Loading the same file again replaces its own graph, by name.

    Then the default graph (the union) takes the new triples and drops those
    no named graph states any more.  Every step can be repeated, so a load
    killed halfway is repaired by running it again, with the same counts as
    one clean run.
    Example: `load_into(Path("out/store/oxigraph"), from_file(Path("out/graph.ttl"))).held`
    -> `["file:///.../out/graph.ttl"]`."""
    target = Path(target)
    check_target(target)
    target.mkdir(parents=True, exist_ok=True)
    store = _open(target)
    names = graph_names(dataset)
    present = set(store.named_graphs())
    done = Loaded()
    for count, graph in enumerate(names, start=1):
        if graph not in present and _held_elsewhere(store, dataset, graph):
            done.held.append(graph.value)
        else:
            store.remove_graph(graph)
            store.extend(dataset.quads_for_pattern(None, None, None, graph))  # one transaction
            done.graphs.append(graph.value)
        if progress:
            progress(count, len(names))
    for gone in drop:
        store.remove_graph(NamedNode(gone))
    store.extend(default_triples(dataset))
    stale = [q for q in default_triples(store) if q not in dataset and not _named_holds(store, q)]
    for quad in stale:
        store.remove(quad)
    store.flush()
    del store
    gc.collect()
    return done


def _held_elsewhere(store: Store, dataset: Store, graph: NamedNode) -> bool:
    """Does `store` state every statement of the dataset's `graph` (one at least) in
    a named graph of another name?  Stops at the first it lacks: a new graph's
    first statement, as a rule."""
    quads = dataset.quads_for_pattern(None, None, None, graph)
    first = next(quads, None)
    if first is None:
        return False
    for q in itertools.chain((first,), quads):
        if not any(not isinstance(h.graph_name, DefaultGraph) and h.graph_name != graph
                   for h in store.quads_for_pattern(q.subject, q.predicate, q.object, None)):
            return False
    return True


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
        raise ParameterError(f"{path}: no Oxigraph store here (build one with `kg build REPORTS --out DIR`, then pass --store DIR)")
    return _open(path, read_only)


def counts(store: Store) -> dict[str, int]:
    union = sum(1 for _ in default_triples(store))
    return {"quads": len(store), "graphs": len(list(store.named_graphs())), "union triples": union}


def query(store: Store, text: str) -> Table:
    """Rows of a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on `store`.
    Raises QueryError (a StoreError) with one line for a syntax error, or for an update
    (INSERT/DELETE…), which `kg query` does not run: the store is built by
    `kg build`."""
    try:
        results = store.query(text)
    except SyntaxError as exc:
        if _is_update(text):
            raise QueryError("this is a SPARQL update; kg query runs read-only queries "
                             "(SELECT, ASK, CONSTRUCT, DESCRIBE): the store is written by kg build") from None
        raise QueryError(f"SPARQL syntax error: {short_syntax_error(str(exc))}") from None
    return sparql_table(results)


# one token of Oxigraph's expected list: a quoted word or sign, a bare keyword,
# or a bracketed character class (which may hold commas and line breaks)
_TOKEN = re.compile(r"\[(?:'[^']*'|[^\]'])*\]|\"[^\"]*\"|[^,\s][^,]*")
_SHOWN = 8  # expected tokens said; the rest are counted


def short_syntax_error(message: str) -> str:
    """Oxigraph's SPARQL syntax error on one line, its list of what was
    expected said in words a user can type: keywords and signs as given,
    up to _SHOWN of them and a count of the rest; the grammar's character
    classes (name and digit ranges in \\u{...} notation, `[_]` for any
    character) become "a name character" or "a digit", or go.  Source: the
    messages of pyoxigraph's parser (`error at L:C: expected one of ...`).

    >>> short_syntax_error("error at 1:27: expected one of \\",\\", \\"}\\", ['0' ..= '9' | '\\\\u{00B7}'], ['A' ..= 'Z'\\n| 'a' ..= 'z'], [_]")
    'error at 1:27: expected one of ",", "}", a digit, a name character'
    >>> short_syntax_error("error at 1:10: expected CONSTRUCT")
    'error at 1:10: expected CONSTRUCT'
    """
    flat = " ".join(message.split())
    m = re.match(r"(error at \d+:\d+: expected )(one of )?(.*)$", flat)
    if m is None:
        return message.splitlines()[0] if message else message
    said: list[str] = []
    for token in _TOKEN.findall(m.group(3)):
        token = token.strip()
        if token.startswith("["):  # a character class: what it lets through, in words
            token = "a name character" if "'A'" in token or "'a'" in token else "a digit" if "'0'" in token else ""
        if token and token not in said:
            said.append(token)
    if not said:
        return f"{m.group(1).rstrip()} something else here"
    rest = len(said) - _SHOWN
    shown = ", ".join(said[:_SHOWN]) + (f", and {rest} more" if rest > 0 else "")
    return m.group(1) + ("one of " if len(said) > 1 else "") + shown


def _is_update(text: str) -> bool:
    """Does Oxigraph's own parser read `text` as a SPARQL update?  Tried on
    an empty in-memory store, so nothing is changed anywhere."""
    try:
        Store().update(text)
    except (SyntaxError, ValueError, OSError):
        return False
    return True
