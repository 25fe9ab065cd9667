"""What loaders load: one RDF dataset (named graph per report) plus the SKOS
issue scheme, held in an in-memory Oxigraph store.

The dataset's default graph is the union of all its graphs, as a set: a fact
stated by three reports is one triple there and three quads in the named
graphs.  Queries read the default graph, so they see each fact once
(Oxigraph's own union-default-graph mode repeats a solution for every graph
that holds the triple), and the named graphs keep per-report provenance.

The dataset comes from a build folder (its graph.nq, its Oxigraph store, or
graph.ttl when the store was not written), or from an RDF file (.ttl/.nt into the default graph, .trig/.nq with their named
graphs), so any load can be rerun without building again.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store

from kg.resources import ontology_dir
from kg.stores.errors import StoreError

# The issue scheme travels with every store as its own named graph, so SKOS
# queries (narrower concepts, category labels) work on the store alone.
SCHEME_GRAPH = "https://w3id.org/govkg/issue#scheme"

OXIGRAPH_DIR = Path("store") / "oxigraph"
LADYBUG_FILE = Path("store") / "ladybug.db"


def is_build_layout(folder: Path) -> bool:
    """Whether `folder` is laid out as `kg build` lays out its --out folder
    (it holds manifest.json, graph.ttl, graph.nq or store/)."""
    folder = Path(folder)
    return folder.is_dir() and any((folder / name).exists() for name in ("manifest.json", "graph.ttl", "graph.nq", "store"))


def store_location(path, inside: Path) -> Path:
    """The one meaning of `--store PATH` (kg load, kg query) for an embedded
    store: a build folder means its store inside it (`inside`: OXIGRAPH_DIR
    or LADYBUG_FILE); any other path is the store itself (an Oxigraph store
    folder, a LadybugDB file), made there when new.
    Example: `store_location(Path("out"), LADYBUG_FILE)` -> `out/store/ladybug.db`
    when out/ holds a build; `store_location(Path("g.db"), LADYBUG_FILE)` -> `g.db`."""
    path = Path(path)
    return path / inside if is_build_layout(path) else path


def owning_build(store: Path) -> Path | None:
    """The build folder whose store `store` (a path from store_location) is:
    OUT for OUT/store/oxigraph or OUT/store/ladybug.db when OUT is laid out as
    a build; None for a store of its own.
    Example: `owning_build(Path("out/store/ladybug.db"))` -> `out` when out/ holds a build."""
    store = Path(store)
    for inside in (OXIGRAPH_DIR, LADYBUG_FILE):
        if store.parts[-len(inside.parts):] == inside.parts:
            folder = Path(*store.parts[:-len(inside.parts)]) if len(store.parts) > len(inside.parts) else Path(".")
            if is_build_layout(folder):
                return folder
    return None


def is_own_graph(build: Path, source: Path) -> bool:
    """Whether `source` (kg load's --from folder or --file) is the graph of the
    build folder `build` itself: the folder, or a file directly inside it
    (graph.ttl, graph.nq, an export written there).  Loading any other graph
    into that build's store would leave the store disagreeing with the build's
    graph.ttl and manifest, which kg build then trusts as up to date."""
    build, source = Path(build).resolve(), Path(source).resolve()
    return source == build or (source.is_file() and source.parent == build)


def scheme_path() -> Path:
    return ontology_dir() / "issues.ttl"


@cache
def scheme_lines() -> tuple[str, ...]:
    """The issue scheme's triples as N-Triples lines (what kg build maps with the union)."""
    from pyoxigraph import parse, serialize

    with open(scheme_path(), "rb") as f:
        text = serialize(parse(f, format=RdfFormat.TURTLE), format=RdfFormat.N_TRIPLES).decode("utf-8")
    return tuple(line for line in text.splitlines() if line)


def with_union(dataset: Store) -> Store:
    """Add every named graph's triples to the default graph (a set: no duplicates)."""
    default = DefaultGraph()
    dataset.extend(
        [Quad(q.subject, q.predicate, q.object, default) for q in dataset.quads_for_pattern(None, None, None, None) if not isinstance(q.graph_name, DefaultGraph)]
    )
    return dataset


def add_scheme(dataset: Store) -> Store:
    graph = NamedNode(SCHEME_GRAPH)
    if graph in set(dataset.named_graphs()):
        dataset.remove_graph(graph)
    dataset.load(path=str(scheme_path()), format=RdfFormat.TURTLE, to_graph=graph)
    return with_union(dataset)


def rdf_format(path: Path) -> RdfFormat:
    fmt = RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    if fmt is None or fmt in (RdfFormat.RDF_XML,):
        raise StoreError(f"{path}: not an RDF file this loader reads (.ttl, .nt, .n3, .trig, .nq, .jsonld)")
    return fmt


def from_file(path: Path) -> Store:
    """An RDF file.  Triples outside any named graph go into a graph named after
    the file (its file: IRI), so loading the same file again replaces them."""
    path = Path(path)
    fmt = rdf_format(path)
    dataset = Store()
    own_graph = NamedNode(path.resolve().as_uri())
    try:
        if fmt.supports_datasets:
            dataset.load(path=str(path), format=fmt)
        else:
            dataset.load(path=str(path), format=fmt, to_graph=own_graph)
    except FileNotFoundError:
        raise StoreError(f"{path}: no such file") from None
    except (SyntaxError, ValueError, OSError) as exc:
        raise StoreError(f"{path}: cannot read: {_first_line(exc)}") from None
    loose = list(default_triples(dataset))
    if loose:
        dataset.extend([Quad(q.subject, q.predicate, q.object, own_graph) for q in loose])
        for q in loose:
            dataset.remove(q)
    return add_scheme(dataset)


def from_folder(folder: Path) -> Store:
    """A build folder: its graph.nq (named graphs), else its Oxigraph store, else its graph.ttl."""
    folder = Path(folder)
    if (folder / "graph.nq").is_file():
        return from_file(folder / "graph.nq")
    store_dir = folder / OXIGRAPH_DIR
    if store_dir.is_dir():
        dataset = Store()
        dataset.bulk_extend(Store.read_only(str(store_dir)).quads_for_pattern(None, None, None, None))
        return add_scheme(dataset)
    if (folder / "graph.ttl").is_file():
        return from_file(folder / "graph.ttl")
    raise StoreError(f"{folder}: not a build folder (no graph.nq, {OXIGRAPH_DIR} or graph.ttl)")


def from_path(path) -> Store:
    path = Path(path)
    if path.is_dir():
        return from_folder(path)
    if not path.exists():
        raise StoreError(f"{path}: no such file or folder")
    return from_file(path)


def dataset_counts(dataset: Store) -> dict[str, int]:
    """What a loader's dataset holds, counted apart: the named graphs it was
    given and their quads (without the issue scheme, which every load adds),
    the scheme's quads, and the triples of the default graph (their union, as
    a set).  Example: a TriG of 34 graphs, 4,953 quads -> `{"graphs": 34,
    "quads": 4953, "scheme quads": 263, "union triples": 4810}`."""
    scheme = NamedNode(SCHEME_GRAPH)
    counts = {"graphs": 0, "quads": 0, "scheme quads": 0}
    for graph in dataset.named_graphs():
        n = sum(1 for _ in dataset.quads_for_pattern(None, None, None, graph))
        if graph == scheme:
            counts["scheme quads"] = n
        else:
            counts["graphs"] += 1
            counts["quads"] += n
    counts["union triples"] = sum(1 for _ in default_triples(dataset))
    return counts


def loaded(dataset: Store) -> str:
    """`dataset_counts` as the words a load prints:
    `"34 graph(s), 4953 quads, with the issue scheme (263 quads) and their union as the default graph (4810 triples)"`."""
    c = dataset_counts(dataset)
    return (f"{c['graphs']} graph(s), {c['quads']} quads, with the issue scheme ({c['scheme quads']} quads) "
            f"and their union as the default graph ({c['union triples']} triples)")


def graph_names(dataset: Store) -> list:
    """The named graphs, in a stable order."""
    return sorted(dataset.named_graphs(), key=lambda g: g.value)


def default_triples(dataset: Store):
    return dataset.quads_for_pattern(None, None, None, DefaultGraph())


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
