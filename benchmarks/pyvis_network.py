"""What pyvis's own Network costs graph.html, at the size of a build folder.

    python benchmarks/pyvis_network.py BUILD_FOLDER [BUILD_FOLDER ...]

For each build folder (from `kg build` or benchmarks/outputs.py --keep) the
view is read from its graph.nq (its union, as the build's page sink gets it),
then, each in a fresh process, the page's nodes and edges are made:

- baseline: plain dicts, the items vis-network reads (what pyvis's
  `add_node`/`add_edge` put in `Network.nodes`/`.edges`), made by a loop here;
- pyvis: `kg.views.html.build_network`, i.e. pyvis's `Network.add_node` and
  `add_edge` (its module imported in the timed part: IPython comes with it).

Printed per folder, for the default page (aggregated above 2,000 nodes) and
for `--all` (every node): CPU seconds and the rise in peak RSS (MiB) of each
way, and pyvis's share of it that is the import alone.  The layout is
computed before the timed part (the same for both).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, math, resource, sys, tempfile, time
from pathlib import Path
from kg.corpus.assemble import union_lines
from kg.views import html, layout
from kg.views.html import ViewOptions, prepare
from kg.views.model import TermIndex
from kg.views.style import look

folder, everything, way = Path(sys.argv[1]), sys.argv[2] == "all", sys.argv[3]
index = TermIndex()
with tempfile.TemporaryDirectory() as tmp:
    index.add_lines(union_lines(folder / "graph.nq", Path(tmp)))
options = ViewOptions(everything=everything)
view = prepare(index, options)
pos = layout.positions(view, options.physics_max, options.spring_max)
html.positions = lambda *a: pos  # the layout, already made: not timed


def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def plain():
    ids = {key: i for i, key in enumerate(view.nodes)}
    nodes, edges = [], []
    for key, node in view.nodes.items():
        lk = look(node.kind)
        item = {"title": "\n".join(node.tip), "group": node.kind}
        if pos is not None:
            item.update(x=round(pos[key][0], 1), y=round(pos[key][1], 1))
        if node.full and node.full != node.label:
            item["name"] = node.full
        if node.weight > 1:
            item["size"] = round(lk.size + 4 * math.log2(node.weight), 1)
        item.update(id=ids[key], label=node.label or ids[key], shape=lk.shape)
        nodes.append(item)
    for e in view.edges:
        edges.append({"label": e.label, "title": "\n".join(e.tip), "from": ids[e.source], "to": ids[e.target], "arrows": "to"})
    return nodes, edges


before, cpu = peak(), time.process_time()
if way == "pyvis":
    import pyvis.network  # noqa: F401
    imported = time.process_time() - cpu
    net = html.build_network(view, options)
    made = (net.nodes, net.edges)
else:
    imported = 0.0
    made = plain()
print(json.dumps({"cpu": time.process_time() - cpu, "import": imported, "rss": peak() - before,
                  "nodes": len(made[0]), "edges": len(made[1])}))
"""


def child(folder: Path, page: str, way: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(folder), page, way], capture_output=True, text=True,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    if proc.returncode:
        sys.exit(proc.stderr[-2000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", type=Path, nargs="+")
    args = ap.parse_args()
    for folder in args.folders:
        reports = len(json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["reports"])
        print(f"{folder} ({reports} reports):")
        for page in ("default", "all"):
            base, pyvis = child(folder, page, "plain"), child(folder, page, "pyvis")
            print(f"  {page:7} page, {pyvis['nodes']:>6} nodes {pyvis['edges']:>6} edges: plain dicts {base['cpu']:.2f} s CPU "
                  f"+{base['rss']:.0f} MiB peak; pyvis {pyvis['cpu']:.2f} s CPU (import {pyvis['import']:.2f}) "
                  f"+{pyvis['rss']:.0f} MiB peak ({pyvis['cpu'] / max(base['cpu'], 1e-3):.0f}x)")


if __name__ == "__main__":
    main()
