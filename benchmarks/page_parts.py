"""What graph.html costs a build, by part, on a build folder (unprofiled CPU).

    python benchmarks/page_parts.py BUILD_DIR [--runs 2]

The page kg build writes (kg.views.sink.PageSink) indexes the union's
triples as rdflib terms, reads the view from them, fills in tooltips (and,
above kg.views.html.AGGREGATE_ABOVE nodes, aggregates), lays it out and
renders the JSON.  Here each part is timed alone on the main thread's CPU
clock (`time.thread_time`: other processes' load does not count), with the
union split as the build splits it: statements about a report's own nodes
(visits, issues, the report) and those about shared entities (officials,
posts, places; kg.corpus.assemble.Slices.shared).  What a per-report view
fragment could save is bounded by the report-local index and the part of
the reading spent on report-local nodes; the layout and the JSON are made
of the whole page.  Printed per run: line counts, then seconds of: index
(local, entities), read, tips and aggregation, layout, and the whole render
from the index (read + tips + layout + JSON).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def main() -> None:
    from kg.corpus.assemble import DATASET, union_lines
    from kg.corpus.manifest import Manifest
    from kg.views import html
    from kg.views.aggregate import aggregate
    from kg.views.layout import positions
    from kg.views.model import TermIndex, read_view_untipped
    from kg.views.select import PLACE_KINDS
    from kg.views.vocabulary import Vocabulary

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build", type=Path)
    ap.add_argument("--runs", type=int, default=2)
    a = ap.parse_args()
    manifest = Manifest.open(a.build)
    base = manifest.settings["base"]
    manifest.close()
    lines = list(union_lines(a.build / DATASET, a.build / "cache" / "sort"))
    shared = tuple(f"<{base}{kind}/" for kind in ("official", "post", "place"))
    entities = [line for line in lines if line.startswith(shared)]
    local = [line for line in lines if not line.startswith(shared)]
    print(f"{len(lines)} union lines: {len(local)} about reports' own nodes, {len(entities)} about shared entities")
    clock = time.thread_time
    for run in range(a.runs):
        spent = {}
        t = clock()
        index = TermIndex()
        index.add_lines(local)
        spent["index local"], t = clock() - t, clock()
        index.add_lines(entities)
        spent["index entities"], t = clock() - t, clock()
        vocab = Vocabulary("zh")
        view, tips = read_view_untipped(index, vocab)
        nodes, spent["read"], t = len(view.nodes), clock() - t, clock()
        if nodes > html.AGGREGATE_ABOVE:
            tips(view, kinds=PLACE_KINDS | {"Official"}, edges=False)
            view = aggregate(view, vocab)
        else:
            tips(view)
        spent["tips and aggregation"], t = clock() - t, clock()
        positions(view)
        spent["layout"], t = clock() - t, clock()
        html.render(index)
        spent["whole render from the index"] = clock() - t
        print(f"run {run + 1} ({nodes} nodes read, {len(view.nodes)} drawn): "
              + ", ".join(f"{k} {v:.2f} s" for k, v in spent.items()))


if __name__ == "__main__":
    main()
