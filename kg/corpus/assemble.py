"""Assemble the corpus graph from cached records, without extracting anything.

Two passes over the records: the first feeds every report's mentions to the
linker, the second rewrites each report's quads to canonical IRIs and writes

- `DIR/graph.nq`: the dataset, one named graph per report plus the entities
  graph (`{base}graph/entities`: labels, merge reasons), sorted by graph
  then statement;
- `DIR/graph.ttl`: the union of all graphs as Turtle: first each report's
  own nodes (the report, its visits, issues and evidence spans) report by
  report, then the officials, posts and places, sorted and without the
  duplicates many reports state.

Memory holds the linker's index (distinct entities and mention patterns) and
bounded sort buffers, not the reports.  With several jobs, slices of the
reports are rewritten in forked workers (which inherit the linker) into part
files that are appended in order, so the bytes do not depend on the job count.

Every other output (stores, views, an in-memory rdflib Dataset) is a `Sink`
fed from the same pass: no output reads back a file written here.

What each report gives once assembled (`Assembled`: its sorted N-Quads, their
digest, its Turtle blocks and its statements about shared entities) is kept
in the record cache under a key of the links it was assembled with (the
canonical IRI of each of its mentions, the labels dropped) and of this
module's code.  A later build reuses it for every report whose record and
links are the same, so changing one report of 10,000 re-assembles that
report, and any other whose entities the linker now decides differently,
and copies the rest.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from itertools import islice
from typing import Iterable, Iterator, Protocol

from kg.corpus.joined import district_kind_joins, name_only_joins
from kg.corpus.link import Linker
from kg.corpus.manifest import DATASET, RECORDS, TURTLE, Manifest, RecordStore  # noqa: F401 (DATASET, TURTLE: kg.commands.export)
from kg.corpus.sort import SortedLines
from kg.corpus.workers import process_pool
from kg.emit import terms as t
from kg.emit.digest import GraphLines, graph_bytes, graph_digest
from kg.emit.iri import MENTION, digest
from kg.emit.rdf import Minter
from kg.emit.terms import split_terms
from kg.emit.turtle import prefix_header, quad_graph, write_blocks, write_terms
from kg.emit.union import TripleLines
from kg.errors import UsageError
from kg.fsutil import atomic_paths
from kg.resources import PACKAGE



class Sink(Protocol):
    """An output fed as the graph is assembled (kg.build.OUTPUTS).

    `graph(name, lines)` is called once per named graph (the entities graph
    first, then each report's in IRI order) with the graph term (`<iri>`) and
    its statements as sorted N-Quads lines (a list; a kg.emit.digest.GraphLines,
    which carries their `digest`, where it is known); `triples(lines)` with N-Triples
    lines of the union graph, every union triple exactly once over the whole
    pass, in no particular order; `close()` after the last, returning the path
    written (or None).

    An incremental assembly (`assemble(..., incremental=True)`) makes every
    graph() call before the first triples() call, and in between calls
    `graphs_done()` on the sinks that have it (optional): the Oxigraph
    output knows then what changed, and the property-graph output maps only
    the statements that touch it."""

    def graph(self, name: str, lines: list[str]) -> None: ...

    def triples(self, lines: list[str]) -> None: ...

    def close(self) -> Path | None: ...


SINK_CHUNK = 20_000  # union lines handed to sinks at a time
KEEP_BATCH = 200  # assembled reports written to the cache at a time


@dataclass
class Assembled:
    """One report's share of the assembled graph: its named graph (`lines`: sorted
    N-Quads with canonical IRIs) and their `digest`, its own nodes as Turtle
    blocks (`turtle`, holding `triples` statements), and its statements about
    shared entities (officials, posts, places) as N-Triples `entities` lines."""

    lines: list[str]
    digest: str
    turtle: str
    triples: int
    entities: list[str]
    data: bytes | None = None  # the lines' graph_bytes, once made (not kept in the cache)

    def pack(self) -> bytes:
        """zlib-compressed text: a header line (triples, digest, line counts), the
        lines, the entity lines, then the Turtle."""
        head = f"{self.triples} {self.digest} {len(self.lines)} {len(self.entities)}"
        return zlib.compress("\n".join([head, *self.lines, *self.entities, self.turtle]).encode("utf-8"), 1)

    @classmethod
    def unpack(cls, data: bytes) -> "Assembled":
        text = zlib.decompress(data).decode("utf-8")
        head, _, text = text.partition("\n")
        triples, digest, n, m = head.split(" ")
        n, m = int(n), int(m)
        parts = text.split("\n", n + m)
        return cls(parts[:n], digest, parts[n + m], int(triples), parts[n : n + m])


@functools.cache
def code_version() -> str:
    """What shapes an assembled report besides its record and links: this module's
    and the Turtle writer's code (a change re-assembles every report)."""
    h = hashlib.blake2b(digest_size=8)
    for name in ("corpus/assemble.py", "emit/turtle.py"):
        h.update((PACKAGE / name).read_bytes())
    return h.hexdigest()


def assembly_key(graph: str, mapping: dict[str, str], drop: set[str]) -> str:
    """The key an assembled report is kept under: its graph, the canonical IRI of
    each of its mentions and the labels dropped, and code_version()."""
    text = json.dumps([code_version(), graph, sorted(mapping.items()), sorted(drop)], ensure_ascii=False)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


@dataclass
class Assembly:
    dataset: Path
    turtle: Path
    triples: int = 0
    quads: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    reassembled: int = 0  # reports rewritten to canonical IRIs now; the others' assembled form was reused
    joined: list[str] = field(default_factory=list)  # places joined across reports by the name alone (kg.corpus.joined)


def link(manifest: Manifest, base: str) -> Linker:
    linker = Linker(base)
    for key in sorted(manifest.reports):
        linker.add(manifest.read_meta(key)["mentions"], key)
    return linker.finish()


def rewrite(quads: str, mapping: dict[str, str], drop: set[str], tail: str) -> list[str]:
    """A report's cached quads with mention IRIs replaced, canonical labels dropped
    from its variants, sorted."""
    try:
        text = MENTION.sub(lambda m: mapping[m.group(0)], quads)
    except KeyError as exc:
        raise UsageError(f"cached record out of step with its mentions ({exc}); rebuild with --force") from None
    cut = len(tail)
    return sorted(line for line in text.splitlines() if line and line[:-cut] not in drop)


def assemble(manifest: Manifest, base: str, chunk: int = 20_000, jobs: int = 1, sinks: tuple[Sink, ...] = (),
             incremental: bool = False) -> Assembly:
    """Write graph.nq and graph.ttl from the cached records, feeding `sinks` as it goes.

    `incremental`: few reports changed since the last build (kg.build decides):
    every graph goes to the sinks before any union triple (see Sink), in this
    process whatever `jobs`.  Either way each report's assembled form is kept
    in the record cache and reused when its record and links are unchanged."""
    folder = manifest.folder
    linker = link(manifest, base)
    sort_dir = folder / "cache" / "sort"
    entity_lines = SortedLines(sort_dir, chunk)
    entities = t.iri(Minter(base).entities_graph())
    reports = sorted((t.iri(e.get("graph") or manifest.read_meta(k)["graph"]), k, e["stem"]) for k, e in manifest.reports.items())
    result = Assembly(folder / DATASET, folder / TURTLE)
    # both files reach the disk together, then both are renamed (kg.fsutil.atomic_paths)
    with atomic_paths(result.dataset, result.turtle) as (tmp, tmp_ttl), open(tmp, "w", encoding="utf-8") as out, \
            open(tmp_ttl, "w", encoding="utf-8") as ttl:
        ttl.write(prefix_header())
        # the entities graph IRI sorts before every report's: it comes first
        assert all(entities < graph for graph, _, _ in reports)
        described = SortedLines(sort_dir, chunk)
        for s, p, o in linker.entity_triples():
            described.add_one(f"{s} {p} {o} .")
        graph_lines = []
        for line in described:
            graph_lines.append(f"{line[:-1]}{entities} .")
            entity_lines.add_one(line)
        if graph_lines:
            data = graph_bytes(graph_lines)
            out.flush()  # graph.nq's lines go out as bytes, encoded once for every use
            out.buffer.write(data)
            graph_lines = GraphLines(graph_lines, graph_digest(graph_lines, data), data)
            for sink in sinks:
                sink.graph(entities, graph_lines)
        result.quads += len(graph_lines)
        del graph_lines
        work = Slices(manifest, base, chunk)
        if incremental:
            parts = [work.run_incremental(linker, reports, out, ttl, sinks)]
        elif jobs > 1 and len(reports) >= PARALLEL_THRESHOLD and _can_fork():
            parts = work.in_parallel(linker, reports, jobs)
        else:
            parts = [work.run(linker, reports, out, ttl, sinks)]
        for part in parts:
            result.quads += part.quads
            result.triples += part.triples
            result.reassembled += part.reassembled
            if part.dataset and sinks:
                work.replay(part, sinks)
            for source, target in ((part.dataset, out), (part.turtle, ttl)):
                if source:
                    append_file(target, source)
                    source.unlink()
            entity_lines.add_run(part.entities)
        result.triples += write_terms(_fed(entity_lines, sinks), ttl)
    result.counts = linker.counts()
    result.joined = name_only_joins(linker) + district_kind_joins(linker)
    for entry in manifest.reports.values():
        for name in ("visits", "issues"):
            result.counts[name] += entry.get("counts", {}).get(name, 0)
    return result


def _fed(lines: Iterable[str], sinks) -> Iterator[tuple[str, str, str]]:
    """The lines' terms (subject, predicate, object), in order, for the Turtle writer;
    handed to the sinks on the way in chunks whose terms are split once for all
    (kg.emit.union.TripleLines)."""
    if not sinks:
        yield from map(split_terms, lines)
        return
    lines = iter(lines)
    while chunk := TripleLines(islice(lines, SINK_CHUNK)):
        for sink in sinks:
            sink.triples(chunk)
        yield from chunk.terms


def append_file(target, source: Path) -> None:
    """Append a file to an open text file; in the kernel (sendfile) where it can."""
    target.flush()
    with open(source, "rb") as src:
        try:
            size, offset, fd = os.fstat(src.fileno()).st_size, 0, target.fileno()
            while offset < size:
                sent = os.sendfile(fd, src.fileno(), offset, size - offset)
                if not sent:
                    break
                offset += sent
        except (AttributeError, OSError):
            src.seek(0)
            target.buffer.write(src.read())


# below this many reports, assembling in worker processes costs more than it saves
PARALLEL_THRESHOLD = 400


def _can_fork() -> bool:
    import multiprocessing  # here: a build of few reports never forks (PARALLEL_THRESHOLD)

    return "fork" in multiprocessing.get_all_start_methods()


@dataclass
class Part:
    """What a slice of the reports gave: its share of graph.nq and graph.ttl (as
    files to append, or None when written in place), its statements about shared
    entities (a sorted run file), and counts."""

    dataset: Path | None
    turtle: Path | None
    entities: Path
    quads: int = 0
    triples: int = 0
    graphs: list[tuple[str, int]] = field(default_factory=list)  # (graph term, lines) in order
    reassembled: int = 0  # reports not found assembled in the cache


class Slices:
    """Rewrites reports to canonical IRIs, a slice at a time (in this process or a worker)."""

    def __init__(self, manifest: Manifest, base: str, chunk: int):
        self.folder, self.chunk = manifest.folder, chunk
        self.records = manifest.records
        self.pending: list[tuple[str, str, bytes]] = []  # assembled reports not yet in the cache
        self.reassembled = 0
        # statements about officials, posts and places come from many reports: sorted and
        # deduplicated at the end; everything else belongs to one report and streams out
        self.shared = tuple(f"<{base}{kind}/" for kind in ("official", "post", "place"))

    def item(self, linker: Linker, graph: str, stem: str) -> tuple[Assembled, list[str] | None, str]:
        """A report assembled: from the cache when it was assembled before with the
        same links, else rewritten now (and queued for the cache).  Returns the
        item, its own triples when they were made here (else None), and its key."""
        mapping, drop = linker.report_map(self.records.meta(stem)["mentions"])
        key = assembly_key(graph, mapping, drop)
        data = self.records.assembled(stem, key)
        if data is not None:
            return Assembled.unpack(data), None, key
        tail = f" {graph} ."
        lines = rewrite(self.records.quads(stem), mapping, drop, tail)
        shared: list[str] = []
        local = self.split(lines, len(tail), shared)
        buffer = io.StringIO()
        triples = write_blocks(local, buffer)
        data = graph_bytes(lines)
        item = Assembled(lines, graph_digest(lines, data), buffer.getvalue(), triples, shared, data)
        self.reassembled += 1
        self.pending.append((stem, key, item.pack()))
        if len(self.pending) >= KEEP_BATCH:
            self.keep()
        return item, local, key

    def keep(self) -> None:
        """Write the queued assembled reports to the cache."""
        if self.pending:
            self.records.put_assembled(self.pending)
            self.pending = []

    def _write(self, item: Assembled, out, ttl, entity_lines: SortedLines, part: Part, graph: str) -> None:
        if item.lines:
            if item.data is None:
                item.data = graph_bytes(item.lines)
            out.buffer.write(item.data)  # as bytes: nothing goes to out as text after the entities graph (flushed)
        ttl.write(item.turtle)
        entity_lines.add(item.entities)
        part.quads += len(item.lines)
        part.triples += item.triples
        part.graphs.append((graph, len(item.lines)))

    def _part(self, reports) -> tuple[Part, SortedLines]:
        sort_dir = self.folder / "cache" / "sort"
        first = reports[0][1] if reports else ""
        return Part(None, None, sort_dir / f"entities-{os.getpid()}-{digest(first)}.txt"), SortedLines(sort_dir, self.chunk)

    def _close_part(self, part: Part, entity_lines: SortedLines) -> Part:
        self.keep()
        part.reassembled, self.reassembled = self.reassembled, 0
        part.entities.parent.mkdir(parents=True, exist_ok=True)
        with open(part.entities, "w", encoding="utf-8") as f:
            f.writelines(line + "\n" for line in entity_lines)
        return part

    def run(self, linker: Linker, reports, out, ttl, sinks=()) -> Part:
        """Each report's graph and then its triples to the sinks, report by report."""
        part, entity_lines = self._part(reports)
        for graph, key, stem in reports:
            item, local, _ = self.item(linker, graph, stem)
            self._write(item, out, ttl, entity_lines, part, graph)
            if sinks:
                if local is None:
                    local = self.split(item.lines, len(graph) + 3, None)
                lines = GraphLines(item.lines, item.digest, item.data)
                for sink in sinks:
                    sink.graph(graph, lines)
                    sink.triples(local)
        return self._close_part(part, entity_lines)

    def run_incremental(self, linker: Linker, reports, out, ttl, sinks=()) -> Part:
        """Every report's graph to the sinks, then (after their graphs_done) every
        report's triples, read again from the cache rather than held in memory."""
        part, entity_lines = self._part(reports)
        keys = []
        for graph, _, stem in reports:
            item, _, key = self.item(linker, graph, stem)
            keys.append(key)
            self._write(item, out, ttl, entity_lines, part, graph)
            lines = GraphLines(item.lines, item.digest, item.data)
            for sink in sinks:
                sink.graph(graph, lines)
        self.keep()
        for sink in sinks:
            if hasattr(sink, "graphs_done"):
                sink.graphs_done()
        if sinks:
            for (graph, _, stem), key in zip(reports, keys):
                local = self.split(Assembled.unpack(self.records.assembled(stem, key)).lines, len(graph) + 3, None)
                for sink in sinks:
                    sink.triples(local)
        return self._close_part(part, entity_lines)

    def split(self, lines: list[str], cut: int, entity_lines: "list[str] | None") -> TripleLines:
        """A report's quads as triples: those about shared entities go to `entity_lines`
        (sorted and deduplicated across reports later); the report's own are returned,
        with their terms split once for the Turtle writer and every sink."""
        local, terms, intern = [], [], sys.intern
        for line in lines:
            if line.startswith(self.shared):
                if entity_lines is not None:
                    entity_lines.append(line[:-cut] + " .")
            else:
                local.append(line[:-cut] + " .")
                s, p, rest = line.split(" ", 2)
                o = rest[:-cut]
                terms.append((intern(s), intern(p), intern(o) if o[0] == "<" else o))
        return TripleLines(local, terms)

    def replay(self, part: Part, sinks) -> None:
        """Feed the sinks a part a worker wrote (its own temporary file, as lines)."""
        with open(part.dataset, encoding="utf-8") as f:
            for graph, count in part.graphs:
                lines = [f.readline()[:-1] for _ in range(count)]
                local = self.split(lines, len(graph) + 3, None)
                for sink in sinks:
                    sink.graph(graph, lines)
                    sink.triples(local)

    def in_parallel(self, linker: Linker, reports, jobs: int) -> list[Part]:
        global _FORKED
        size = -(-len(reports) // (jobs * 4))
        slices = [reports[i : i + size] for i in range(0, len(reports), size)]
        parts_dir = self.folder / "cache" / "parts"
        parts_dir.mkdir(parents=True, exist_ok=True)
        _FORKED = (self, linker)
        try:
            import multiprocessing

            with process_pool(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
                return list(pool.map(_assemble_part, [(i, sl, parts_dir) for i, sl in enumerate(slices)]))
        finally:
            _FORKED = None


# what forked workers inherit instead of receiving it pickled (the linker is big,
# a SQLite connection cannot be pickled at all)
_FORKED: tuple[Slices, Linker] | None = None


def _assemble_part(task) -> Part:
    index, reports, parts_dir = task
    slices, linker = _FORKED
    # a connection of its own: the parent's must not be used across fork
    slices.records = RecordStore(slices.folder / RECORDS)
    nq, ttl = parts_dir / f"{index:05d}.nq", parts_dir / f"{index:05d}.ttl"
    with open(nq, "w", encoding="utf-8") as out, open(ttl, "w", encoding="utf-8") as turtle:
        part = slices.run(linker, reports, out, turtle)
    part.dataset, part.turtle = nq, ttl
    return part


def union_lines(dataset: Path, tmp_dir: Path) -> Iterator[str]:
    """The union of a dataset's graphs: sorted N-Triples lines without duplicates."""
    union = SortedLines(tmp_dir)
    with open(dataset, encoding="utf-8") as f:
        for chunk in iter(lambda: f.readlines(1 << 22), []):
            union.add(quad_graph(line.rstrip("\n"))[1] for line in chunk)
    return iter(union)
