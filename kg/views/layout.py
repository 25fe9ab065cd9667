"""Node positions for graphs too big for the browser's physics.

vis-network's physics lays out a few hundred nodes in about a second but takes
minutes over thousands (pyvis issue #204).  So:
  - up to PHYSICS_MAX_NODES: no positions, the browser simulates;
  - up to SPRING_MAX_NODES: networkx's spring layout, computed here;
  - above: a radial tree layout (O(n)): each connected component is a BFS tree
    from its best-connected place, rings by depth, sectors by subtree size,
    components packed in rows.
Reports link to every fact they state, so they are left out of the structure
and packed beside it.
"""

from __future__ import annotations

import math
from collections import Counter

import networkx as nx

from kg.views.model import ViewGraph
from kg.views.select import PLACE_KINDS

PHYSICS_MAX_NODES = 300
SPRING_MAX_NODES = 1200
SPACING = 60.0  # px between neighbouring nodes on screen at zoom 1


def structure(view: ViewGraph) -> nx.Graph:
    g = nx.Graph()
    g.add_nodes_from(view.nodes)
    hubs = {k for k, n in view.nodes.items() if n.kind == "Report"}
    g.add_edges_from((e.source, e.target) for e in view.edges if e.source not in hubs and e.target not in hubs)
    return g


def positions(view: ViewGraph, physics_max: int = PHYSICS_MAX_NODES, spring_max: int = SPRING_MAX_NODES):
    """{node key: (x, y)}, or None when the browser should simulate."""
    n = len(view.nodes)
    if n <= physics_max:
        return None
    g = structure(view)
    if n <= spring_max:
        raw = nx.spring_layout(g, seed=7, iterations=50)
        scale = SPACING * math.sqrt(n) / 2
        return {k: (float(x) * scale, float(y) * scale) for k, (x, y) in raw.items()}
    return radial_layout(g, lambda k: view.nodes[k].kind in PLACE_KINDS)


def _tree_positions(g: nx.Graph, root) -> tuple[dict, float]:
    tree = nx.bfs_tree(g, root)
    depth = nx.single_source_shortest_path_length(tree, root)
    leaves = {}
    for node in nx.dfs_postorder_nodes(tree, root):
        leaves[node] = sum(leaves[k] for k in tree.successors(node)) or 1
    per_depth = Counter(depth.values())
    radius, r = {0: 0.0}, 0.0
    for d in range(1, max(depth.values()) + 1):
        r = max(r + 2 * SPACING, per_depth[d] * SPACING / (2 * math.pi))
        radius[d] = r
    pos, stack = {}, [(root, 0.0, 2 * math.pi)]
    while stack:
        node, a0, a1 = stack.pop()
        mid, rad = (a0 + a1) / 2, radius[depth[node]]
        pos[node] = (rad * math.cos(mid), rad * math.sin(mid))
        start = a0
        for kid in sorted(tree.successors(node), key=str):
            span = (a1 - a0) * leaves[kid] / leaves[node]
            stack.append((kid, start, start + span))
            start += span
    return pos, max(radius.values()) + SPACING


def radial_layout(g: nx.Graph, preferred_root) -> dict:
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(g)), key=len, reverse=True)
    laid = []
    for comp in comps:
        root = max(comp, key=lambda k: (preferred_root(k), g.degree(k)))
        laid.append(_tree_positions(g.subgraph(comp), root))
    # shelf packing: rows of components, as wide as the largest or the square root of the total
    width = max(2 * laid[0][1], math.sqrt(sum((2 * r) ** 2 for _, r in laid)))
    out, x, y, row_height = {}, 0.0, 0.0, 0.0
    for pos, r in laid:
        if x > 0 and x + 2 * r > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for key, (px, py) in pos.items():
            out[key] = (x + r + px, y + r + py)
        x += 2 * r
        row_height = max(row_height, 2 * r)
    return out
