"""Reading an RDF file a user names (`kg validate`, `kg view`): the formats
govkg writes, told by suffix or, failing that, by content.

The formats and suffixes are rdflib's (`rdflib.util.guess_format`); datasets
(TriG, N-Quads, JSON-LD with named graphs) are read as the union of their
graphs, which is what `graph.ttl` holds for a build.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.util import guess_format

from kg.errors import UsageError

# rdflib parser name -> what the user calls it
FORMATS = {
    "turtle": "Turtle",
    "nt": "N-Triples",
    "trig": "TriG",
    "nquads": "N-Quads",
    "json-ld": "JSON-LD",
    "xml": "RDF/XML",
}
# tried in turn when the suffix names no format (or the wrong one): TriG also
# reads Turtle and N-Triples
BY_CONTENT = ("trig", "nquads", "json-ld", "xml")
DATASETS = {"trig", "nquads", "json-ld"}
READS = "Turtle (.ttl), N-Triples (.nt), TriG (.trig), N-Quads (.nq), JSON-LD (.jsonld) or RDF/XML (.rdf)"
# files govkg (or a user) may hand over that are graphs but not RDF
NOT_RDF = {
    ".graphml": "GraphML (for networkx, Gephi, yEd), not RDF",
    ".csv": "CSV, not RDF",
    ".html": "an HTML page, not RDF",
    ".htm": "an HTML page, not RDF",
}


def read_graph(path: Path, keep_lexical: bool = False) -> tuple[Graph, str]:
    """(the graph in the RDF file at `path`, the name of the format it was read as).

    The format is the one its suffix names (`.nq` -> N-Quads); when the suffix
    names none, or the file does not parse as that format, the content decides
    (each of `FORMATS` in turn).  A dataset is returned as the union of its
    graphs.  With `keep_lexical`, literals keep their lexical form as written
    (see `kg.validate.parse`).  Raises UsageError, one line naming the file,
    when no format reads it: the error is the one of the format its suffix
    names (else TriG's), with the formats read.

    Example: `read_graph(Path("out/graph.nq"))` -> `(<Graph ...>, "N-Quads")`.
    """
    path = Path(path)
    if (why := NOT_RDF.get(path.suffix.lower())) or _looks_like_graphml(path):
        raise UsageError(f"{path}: {why or 'GraphML (for networkx, Gephi, yEd), not RDF'}; this reads {READS}")
    named = guess_format(str(path))
    first = named if named in FORMATS else None
    order = ([first] if first else []) + [f for f in BY_CONTENT if f != first]
    error = None
    for fmt in order:
        try:
            with _lexical(keep_lexical):
                graph = _parse(path, fmt)
        except Exception as exc:  # rdflib raises many kinds, one per parser
            error = error or (fmt, exc)
            continue
        # any JSON is JSON-LD and any XML RDF/XML to rdflib, of nothing: not a match
        if fmt == first or len(graph):
            return graph, FORMATS[fmt]
        error = error or (fmt, ValueError("no RDF statements"))
    fmt, exc = error
    if not first:
        # the parsers' messages for a file of no RDF format only echo its bytes
        raise UsageError(f"{path}: not a readable RDF file (its name gives no RDF format and no RDF parser reads it); this reads {READS}")
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
    raise UsageError(f"{path}: not readable as {FORMATS[fmt]} ({detail}); this reads {READS}")


def _parse(path: Path, fmt: str) -> Graph:
    if fmt in DATASETS:
        union = Graph()
        for s, p, o, _ in Dataset().parse(path, format=fmt).quads():
            union.add((s, p, o))
        return union
    return Graph().parse(path, format=fmt)


def _looks_like_graphml(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(512)
    except OSError:
        return False
    return b"<graphml" in head


@contextlib.contextmanager
def _lexical(keep: bool):
    """rdflib by default rewrites a literal it can read as another form
    (`"2025-03-12T10:00:00"^^xsd:date` becomes `"2025-03-12"`), hiding the
    error; with `keep` the forms stay as written and rdflib's log of
    unconvertible literals is silenced (kg.validate reports them)."""
    if not keep:
        yield
        return
    import logging

    import rdflib

    logger = logging.getLogger("rdflib.term")
    normalize, level = rdflib.NORMALIZE_LITERALS, logger.level
    rdflib.NORMALIZE_LITERALS = False
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        rdflib.NORMALIZE_LITERALS = normalize
        logger.setLevel(level)
