"""Assemble the corpus graph from cached records, without extracting anything.

Two passes over the records: the first feeds every report's mentions to the
linker, the second rewrites each report's quads to canonical IRIs and writes

- `DIR/graph.nq`: the dataset, one named graph per report plus the entities
  graph (`{base}graph/entities`: labels, merge reasons), sorted by graph
  then statement;
- `DIR/cache/union.nt`: the union of all graphs, sorted, without duplicates
  (what graph.ttl is written from).

Memory holds the linker's index (distinct entities and mention patterns) and
a bounded sort buffer, not the reports.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.corpus.link import Linker
from kg.corpus.manifest import Manifest
from kg.corpus.sort import SortedLines
from kg.emit import terms as t
from kg.emit.iri import MENTION
from kg.emit.rdf import Minter
from kg.errors import UsageError
from kg.fsutil import atomic_path

DATASET = "graph.nq"
UNION = Path("cache") / "union.nt"
COUNTED = {"Official": "officials", "Visit": "visits", "Issue": "issues", "Post": "posts"}
PLACE_CLASSES = {"Place", "District", "Subdistrict", "ResidentsCommittee", "HousingEstate", "Facility", "Venue", "Enterprise"}


@dataclass
class Assembly:
    dataset: Path
    union: Path
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


def assemble(manifest: Manifest, base: str, chunk: int = 250_000) -> Assembly:
    folder = manifest.folder
    linker = link(manifest, base)
    union = SortedLines(folder / "cache" / "sort", chunk)
    entities = t.iri(Minter(base).entities_graph())
    graphs = sorted([(entities, None)] + [(t.iri(manifest.reports[k].get("graph") or manifest.read_meta(k)["graph"]), k) for k in manifest.reports])
    result = Assembly(folder / DATASET, folder / UNION)
    with atomic_path(result.dataset) as tmp, open(tmp, "w", encoding="utf-8") as out:
        for graph, key in graphs:
            tail = f" {graph} ."
            if key is None:
                lines = sorted(f"{s} {p} {o}{tail}" for s, p, o in linker.entity_triples())
            else:
                mapping, drop = linker.report_map(manifest.read_meta(key)["mentions"])
                lines = rewrite(manifest.read_quads(key), mapping, drop, tail)
            out.writelines(line + "\n" for line in lines)
            result.quads += len(lines)
            cut = len(tail)
            union.add(line[:-cut] + " ." for line in lines)
    result.counts = Counter()
    typed = f" {t.P.type} "
    gov = str(t.gov(""))[:-1]
    last_place = None
    with atomic_path(result.union) as tmp, open(tmp, "w", encoding="utf-8") as out:
        for line in union:
            out.write(line + "\n")
            result.triples += 1
            if typed not in line:
                continue
            s, p, o = t.split_terms(line)
            if p != t.P.type:
                continue
            cls = o[len(gov):-1] if o.startswith(gov) else None
            if cls in COUNTED:
                result.counts[COUNTED[cls]] += 1
            elif cls in PLACE_CLASSES and s != last_place:
                result.counts["places"] += 1
                last_place = s
    result.counts = {k: result.counts.get(k, 0) for k in ("officials", "posts", "places", "visits", "issues")}
    return result
