"""Node positions for graphs too big for the browser's physics.

vis-network's physics lays out a few hundred nodes in about a second but takes
minutes over thousands (pyvis issue #204).  So up to PHYSICS_MAX_NODES the
browser simulates; above, positions are computed here and physics is off:

1. The skeleton (officials and places) is laid out one connected component
   at a time: networkx's spring layout from SMALL_MAX_NODES to
   SPRING_MAX_NODES nodes; below and above, a radial tree layout that is
   linear in size (BFS tree from the best-connected place, rings by depth,
   sectors by subtree size: a small component is a star or two around its
   place, as the spring layout drew it, at a hundredth of the cost); the
   components are then packed in rows.
2. Every other node (post, visit, issue) sits near the mean of its laid-out
   neighbours, e.g. a visit between its official and its place.
3. Reports link to every fact they state, so they take no part in steps 1-2;
   they then sit amid their facts.  Anything unconnected is packed below.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from typing import TYPE_CHECKING

from kg.views.model import ViewGraph
from kg.views.select import PLACE_KINDS

if TYPE_CHECKING:
    import networkx as nx

PHYSICS_MAX_NODES = 300
SPRING_MAX_NODES = 600  # per component: networkx's spring layout takes about a second at this size
# per component that is a tree, at most: laid out as a radial tree, not by the spring layout.  The
# spring layout costs ~3 ms a call whatever the size below ~30 nodes (50 iterations of numpy calls),
# and the aggregated page of 600 reports has 159 of its 166 components so (docs/performance.md, Session 24);
# a component with a cycle keeps the spring layout, which draws the cycle's edges without crossings
SMALL_MAX_NODES = 30
SPACING = 60.0  # px between neighbouring nodes at zoom 1
SKELETON_KINDS = PLACE_KINDS | {"Official"}


def positions(view: ViewGraph, physics_max: int = PHYSICS_MAX_NODES, spring_max: int = SPRING_MAX_NODES):
    """{node key: (x, y)}, or None when the browser should simulate."""
    n = len(view.nodes)
    if n <= physics_max:
        return None
    import networkx as nx  # here: a page small enough for the browser's physics needs no layout
    hubs = {k for k, node in view.nodes.items() if node.kind == "Report"}
    g = nx.Graph()
    g.add_nodes_from(view.nodes)
    g.add_edges_from((e.source, e.target) for e in view.edges if e.source not in hubs and e.target not in hubs)

    skeleton = _induced(g, [k for k, node in view.nodes.items() if node.kind in SKELETON_KINDS and g.degree(k)])
    pos = layout_components(skeleton, lambda k: view.nodes[k].kind in PLACE_KINDS, spring_max)
    _place_near_neighbours(g, pos)
    # reports sit amid the facts they state
    full = nx.Graph(g)
    full.add_edges_from((e.source, e.target) for e in view.edges if e.source in hubs or e.target in hubs)
    _place_near_neighbours(full, pos)
    _pack_below(sorted(k for k in g if k not in pos), pos)
    return pos


def _induced(g: nx.Graph, nodes: list) -> nx.Graph:
    """The subgraph on `nodes`, as a graph of its own whose nodes come in the order
    given.  networkx's subgraph views iterate a smaller subgraph in the order of a
    set, which varies between runs (string hashing) and moved the whole layout."""
    import networkx as nx
    keep = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(nodes)
    sub.add_edges_from((a, b) for a, b in g.edges(nodes) if a in keep and b in keep)
    return sub


def _jitter(key: str, radius: float) -> tuple[float, float]:
    """A stable offset per node, so the same graph always looks the same."""
    h = int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")
    angle, r = (h % 3600) / 3600 * 2 * math.pi, radius * (0.4 + 0.6 * ((h >> 12) % 1000) / 1000)
    return r * math.cos(angle), r * math.sin(angle)


def _place_near_neighbours(g: nx.Graph, pos: dict) -> None:
    pending = [k for k in g if k not in pos]
    for _ in range(4):  # posts lie next to officials, issues next to visits: a few rounds reach them
        left = []
        for key in pending:
            around = [pos[o] for o in g[key] if o in pos]
            if not around:
                left.append(key)
                continue
            dx, dy = _jitter(key, SPACING * 0.8)
            pos[key] = (sum(p[0] for p in around) / len(around) + dx, sum(p[1] for p in around) / len(around) + dy)
        if len(left) == len(pending):
            break
        pending = left


def _pack_below(keys: list[str], pos: dict) -> None:
    if not keys:
        return
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    per_row = max(1, int((max(xs) - min(xs)) / SPACING) + 1, int(math.sqrt(len(keys))))
    top = max(ys) + 2 * SPACING
    for i, key in enumerate(keys):
        pos[key] = (min(xs) + (i % per_row) * SPACING, top + (i // per_row) * SPACING)


def _tree_positions(g: nx.Graph, root, spacing: float) -> tuple[dict, float]:
    import networkx as nx
    tree = nx.bfs_tree(g, root)
    depth = nx.single_source_shortest_path_length(tree, root)
    leaves = {}
    for node in nx.dfs_postorder_nodes(tree, root):
        leaves[node] = sum(leaves[k] for k in tree.successors(node)) or 1
    per_depth = Counter(depth.values())
    radius, r = {0: 0.0}, 0.0
    for d in range(1, max(depth.values()) + 1):
        r = max(r + 2 * spacing, per_depth[d] * spacing / (2 * math.pi))
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
    return pos, max(radius.values()) + spacing


def _spring(g: nx.Graph) -> tuple[dict, float]:
    import networkx as nx
    if len(g) == 1:
        return {next(iter(g)): (0.0, 0.0)}, SPACING
    scale = SPACING * math.sqrt(len(g))
    raw = nx.spring_layout(g, seed=7, iterations=50, scale=scale)
    pos = {k: (float(x), float(y)) for k, (x, y) in raw.items()}
    return pos, max(math.hypot(x, y) for x, y in pos.values()) + SPACING


def layout_components(g: nx.Graph, preferred_root, spring_max: int = SPRING_MAX_NODES, small_max: int = SMALL_MAX_NODES) -> dict:
    """Each connected component on its own (spring layout, or radial tree when
    bigger than spring_max or a tree of at most small_max nodes), then packed in rows,
    largest first: {node: (x, y)}, no two nodes at one point.  Raises nothing.

    >>> import networkx as nx
    >>> pos = layout_components(nx.Graph([("a", "b"), ("c", "d"), ("d", "e")]), lambda k: True)
    >>> len(set(pos.values())) == 5
    True
    """
    import networkx as nx
    if not len(g):
        return {}
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(g)), key=len, reverse=True)
    laid = []
    for comp in comps:
        sub = _induced(g, comp)
        small = len(comp) <= small_max and sub.number_of_edges() == len(comp) - 1  # a tree: no edge crosses
        if not small and len(comp) <= spring_max:
            laid.append(_spring(sub))
        else:  # a small tree's rings closer: its few nodes read as one group
            spacing = SPACING if small else 2 * SPACING
            laid.append(_tree_positions(sub, max(comp, key=lambda k: (preferred_root(k), g.degree(k))), spacing))
    # shelf packing: rows as wide as the largest component or the square root of the total area
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
