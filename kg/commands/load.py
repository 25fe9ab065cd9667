"""`kg load TARGET`: load a build (or an RDF file) into a store or server.

    kg load neo4j    --uri bolt://host:7687 --user neo4j --database neo4j [--from out | --file graph.trig]
    kg load sparql   --endpoint http://host:7878/store
    kg load oxigraph --store DIR
    kg load ladybug  --store DIR_OR_FILE

--store names a build folder (the store inside it: store/oxigraph,
store/ladybug.db, as kg build writes them) or the store itself (an Oxigraph
store folder, a LadybugDB file), made there when new; kg query reads the same.
A folder that holds other files (a folder of reports) is refused, naming it:
the store's files would go among them (kg.stores.oxigraph_store.check_target).
The store of a build folder takes only that build's own graph (--from the
folder itself, or a file in it): another graph there would disagree with the
build's graph.ttl, so that load is refused.

Loading a build again into an Oxigraph or LadybugDB store replaces what its
earlier load brought (kg.stores.loads: graphs of reports it no longer has go);
a LadybugDB store that merged it with other sources is refused, saying how, and
so is an Oxigraph load that would replace graphs another source loaded (two
builds each have an entities graph of the same name).

Every load is idempotent: running it again, also after a failed or killed
run, ends with the same counts as one clean run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.options import written_path
from kg.stores.errors import StoreError

TARGETS = ("neo4j", "sparql", "oxigraph", "ladybug")


def register(p) -> None:
    """The arguments of `kg load` on its parser `p` (kg.cli makes it, with its help line)."""
    targets = p.add_subparsers(dest="target", required=True, metavar="TARGET")
    for name, help_text in (
        ("neo4j", "Neo4j (or another Bolt server) with batched UNWIND ... MERGE"),
        ("sparql", "a SPARQL 1.1 Graph Store Protocol endpoint, one named graph per report"),
        ("oxigraph", "an on-disk Oxigraph store"),
        ("ladybug", "an embedded LadybugDB (Cypher) store"),
    ):
        t = targets.add_parser(name, help=help_text)
        source = t.add_mutually_exclusive_group()
        source.add_argument("--from", dest="source", type=Path, help="build folder to load (default: out)")
        source.add_argument("--file", "--ttl", dest="file", type=Path, help="RDF file to load (.ttl, .nt, .trig, .nq)")
        t.add_argument("--progress", action="store_true", help="print a line per committed batch or graph")
        t.set_defaults(func=run)
        if name == "neo4j":
            t.add_argument("--uri", default="bolt://localhost:7687", help="Bolt URI (default: bolt://localhost:7687)")
            t.add_argument("--user", default="neo4j", help="user (default: neo4j); password from NEO4J_PASSWORD or a prompt")
            t.add_argument("--database", default=None, help="database (default: the server's default)")
            t.add_argument("--batch-size", type=int, default=2000, help="rows per transaction (default: 2000)")
            t.add_argument("--retry-seconds", type=float, default=30.0, help="how long the driver retries a failed batch (default: 30)")
        elif name == "sparql":
            t.add_argument("--endpoint", required=True, metavar="URL", help="Graph Store Protocol URL (Oxigraph: http://host:7878/store)")
        else:
            t.add_argument("--store", type=written_path("--store"), default=Path("out"),
                          help="a build folder (its store/ inside) or the store's own path (default: out)")
            if name == "ladybug":
                t.add_argument("--batch-size", type=int, default=2000, help="rows per transaction (default: 2000)")


def _source(args) -> Path:
    return args.file if args.file else (args.source or Path("out"))


def _refuse_foreign_graph(args, target: Path) -> None:
    """Raise StoreError when `target` is the store of a build folder and the
    graph being loaded is not that build's own: its SPARQL/Cypher answers would
    then disagree with its graph.ttl, and the next kg build would find it
    "already up to date".  A build's own graph into its own store is allowed
    (a --no-store build given a store afterwards)."""
    from kg.stores.source import is_build_layout, is_own_graph, owning_build

    build = owning_build(target)
    if build is None or is_own_graph(build, _source(args)):
        return
    src = _source(args)
    if is_build_layout(src):
        own = f"--store {src} (that build's own store)"
    else:
        own = f"--store {src.with_name(src.stem + ('-store.db' if args.target == 'ladybug' else '-store'))}"
    raise StoreError(
        f"{target} is the store of the build in {build}, and {src} is not that build's graph; "
        f"loading it there would make the store disagree with {build / 'graph.ttl'}. "
        f"Load into a store of its own ({own}), load {build}'s own graph there (--from {build}), "
        f"or rebuild {build} with kg build --out {build}")


def _dataset(args):
    from kg.stores import source

    return source.from_path(_source(args))


def _progress(args):
    if not args.progress:
        return None

    def report(done: int, total: int) -> None:
        print(f"kg load: {done}/{total} committed", file=sys.stderr, flush=True)

    return report


def run(args) -> int:
    try:
        line = LOADERS[args.target](args)
    except StoreError as exc:
        print(f"kg load: error: {exc}", file=sys.stderr)
        return 1
    print(line)
    return 0


def _counts(c: dict) -> str:
    return ", ".join(f"{v} {k}" for k, v in c.items())


def load_neo4j(args) -> str:
    from kg.stores import neo4j_store
    from kg.stores.mapping import property_graph

    secret = neo4j_store.password()
    with neo4j_store.session(args.uri, args.user, secret, args.database, args.retry_seconds) as s:
        pg = property_graph(_dataset(args))
        neo4j_store.load(s, pg, args.batch_size, _progress(args))
        return f"loaded {_counts(pg.counts())} into {args.uri}; it now holds {_counts(neo4j_store.counts(s))}"


def load_sparql(args) -> str:
    from kg.stores import sparql_endpoint
    from kg.stores.source import loaded

    dataset = _dataset(args)
    sparql_endpoint.load(args.endpoint, dataset, _progress(args))
    return f"loaded {loaded(dataset)} into {args.endpoint}"


def load_oxigraph(args) -> str:
    from kg.stores import loads, oxigraph_store
    from kg.stores.source import SCHEME_GRAPH, graph_names, loaded

    target = oxigraph_store.store_path(args.store)
    _refuse_foreign_graph(args, target)
    dataset = _dataset(args)
    graphs = [g.value for g in graph_names(dataset)]
    if taken := loads.held_by_others(target, _source(args), graphs, (SCHEME_GRAPH,)):
        other, names = next(iter(taken.items()))
        raise StoreError(
            f"{target} holds the load of {other}, whose graph(s) {', '.join(f'<{g}>' for g in names[:3])}"
            f"{' ...' if len(names) > 3 else ''} this load of {_source(args)} would replace (its officials and places "
            f"would lose their names). Load each build into a store of its own (--store "
            f"{target.with_name(target.name + '-2')}), or build the reports together in one folder")
    gone = loads.dropped(target, _source(args), graphs)
    done = oxigraph_store.load_into(target, dataset, _progress(args), drop=gone)
    loads.remember(target, _source(args), graphs)
    held = oxigraph_store.counts(oxigraph_store.open_store(target))  # its quads count the default graph's too
    now = (f"it now holds {held['graphs']} graph(s), {held['quads'] - held['union triples']} quads, "
           f"and a default graph of {held['union triples']} triples")
    removed = (f"; removed {len(gone)} graph(s) an earlier load of {_source(args)} brought that it no longer has"
               if gone else "")
    if not done.held:
        return f"loaded {loaded(dataset)} into {target}{removed}; {now}"
    # the graph was loaded before under another name (a build's graph.ttl into its own store)
    others = [g for g in done.graphs if g != SCHEME_GRAPH]
    return (f"already loaded: {target} holds every statement of {', '.join(f'<{g}>' for g in done.held)} "
            f"({_source(args)}) in its other graphs, so it is not added again"
            + (f"; loaded the other {len(others)} graph(s)" if others else "") + f"; {now}")


def load_ladybug(args) -> str:
    from kg.stores import ladybug_store, loads
    from kg.stores.mapping import property_graph
    from kg.stores.source import graph_names

    target = ladybug_store.db_path(args.store)
    _refuse_foreign_graph(args, target)
    dataset = _dataset(args)
    earlier = loads.read(target)
    again = loads.source_key(_source(args)) in earlier
    if again and len(earlier) > 1:
        others = sorted(k for k in earlier if k != loads.source_key(_source(args)))
        raise StoreError(
            f"{target} holds an earlier load of {_source(args)} merged with loads of {', '.join(others)}; loading it "
            f"again would keep what it no longer states (reports removed or changed since). Load into a new store "
            f"(--store {target.with_name(target.stem + '-new' + target.suffix)}), or delete {target} and load each source again")
    pg = property_graph(dataset)
    if again:  # the store holds this source's earlier load alone: replace it whole
        ladybug_store.clear(target)
    ladybug_store.load_into(target, pg, args.batch_size, _progress(args))
    loads.remember(target, _source(args), [g.value for g in graph_names(dataset)])
    replaced = f" (replacing the earlier load of {_source(args)})" if again else ""
    return f"loaded {_counts(pg.counts())} into {target}{replaced}; it now holds {_counts(ladybug_store.counts(target))}"


LOADERS = {"neo4j": load_neo4j, "sparql": load_sparql, "oxigraph": load_oxigraph, "ladybug": load_ladybug}
