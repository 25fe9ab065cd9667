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
a bounded sort buffer, not the reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from kg.corpus.link import Linker
from kg.corpus.manifest import Manifest
from kg.corpus.sort import SortedLines
from kg.emit import terms as t
from kg.emit.iri import MENTION
from kg.emit.rdf import Minter
from kg.emit.turtle import prefix_header, quad_graph, write_blocks
from kg.errors import UsageError
from kg.fsutil import atomic_path

DATASET = "graph.nq"
TURTLE = "graph.ttl"


@dataclass
class Assembly:
    dataset: Path
    turtle: Path
    triples: int = 0
    quads: int = 0
    counts: dict[str, int] = field(default_factory=dict)


def link(manifest: Manifest, base: str) -> Linker:
    linker = Linker(base)
    for key in sorted(manifest.reports):
        linker.add(manifest.read_meta(key)["mentions"])
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


def assemble(manifest: Manifest, base: str, chunk: int = 20_000) -> Assembly:
    folder = manifest.folder
    linker = link(manifest, base)
    # statements about officials, posts and places come from many reports: sorted and
    # deduplicated at the end; everything else belongs to one report and streams out
    shared = tuple(f"<{base}{kind}/" for kind in ("official", "post", "place"))
    entity_lines = SortedLines(folder / "cache" / "sort", chunk)
    entities = t.iri(Minter(base).entities_graph())
    graphs = sorted([(entities, None)] + [(t.iri(manifest.reports[k].get("graph") or manifest.read_meta(k)["graph"]), k) for k in manifest.reports])
    result = Assembly(folder / DATASET, folder / TURTLE)
    with atomic_path(result.dataset) as tmp, open(tmp, "w", encoding="utf-8") as out, \
            atomic_path(result.turtle) as tmp_ttl, open(tmp_ttl, "w", encoding="utf-8") as ttl:
        ttl.write(prefix_header())
        for graph, key in graphs:
            tail = f" {graph} ."
            if key is None:  # the entities graph: as big as the corpus's entities, so sorted on disk
                described = SortedLines(folder / "cache" / "sort", chunk)
                for s, p, o in linker.entity_triples():
                    described.add_one(f"{s} {p} {o} .")
                for line in described:
                    out.write(f"{line[:-1]}{graph} .\n")
                    entity_lines.add_one(line)
                    result.quads += 1
                continue
            mapping, drop = linker.report_map(manifest.read_meta(key)["mentions"])
            lines = rewrite(manifest.read_quads(key), mapping, drop, tail)
            if lines:
                out.write("\n".join(lines) + "\n")
            result.quads += len(lines)
            cut = len(tail)
            local = []
            for line in lines:
                if line.startswith(shared):
                    entity_lines.add_one(line[:-cut] + " .")
                else:
                    local.append(line[:-cut] + " .")
            result.triples += write_blocks(local, ttl)
        result.triples += write_blocks(entity_lines, ttl)
    result.counts = linker.counts()
    for entry in manifest.reports.values():
        for name in ("visits", "issues"):
            result.counts[name] += entry.get("counts", {}).get(name, 0)
    return result


def union_lines(dataset: Path, tmp_dir: Path) -> Iterator[str]:
    """The union of a dataset's graphs: sorted N-Triples lines without duplicates."""
    union = SortedLines(tmp_dir)
    with open(dataset, encoding="utf-8") as f:
        for chunk in iter(lambda: f.readlines(1 << 22), []):
            union.add(quad_graph(line.rstrip("\n"))[1] for line in chunk)
    return iter(union)
