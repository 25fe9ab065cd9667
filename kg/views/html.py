"""The page: a view graph -> one self-contained HTML file (pyvis + vis-network).

pyvis builds the network (nodes, edges, options: vis-network's DataSet items
and options) and ships the vis-network script the page inlines; the page
itself comes from our template, not pyvis's: pyvis's pulls Bootstrap from a
CDN even with cdn_resources='in_line' (pyvis #229) and switches tooltips to
innerHTML when a title contains "href".  Here vis-network is inlined, the
graph travels as one JSON block with <, > and & escaped, page.js sets every
string as text, and a Content-Security-Policy allows no network and no script
but the page's own.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable
from functools import cache
from pathlib import Path

from string import Template

from markupsafe import escape
from rdflib import Graph

from kg.fsutil import atomic_write_text
from kg.views.aggregate import aggregate
from kg.views.layout import PHYSICS_MAX_NODES, SPRING_MAX_NODES, positions
from kg.views.model import TermIndex, ViewGraph, read_view_untipped
from kg.views.select import DEFAULT_DEPTH, PLACE_KINDS, Selector, flag_for, select
from kg.views.style import FONT_STACK, UI, kind_rank, look
from kg.views.vocabulary import Vocabulary, kind_label

HERE = Path(__file__).resolve().parent
# the vis-network build pyvis ships (its package folder, found without running pyvis/__init__)
VIS_JS = Path(importlib.util.find_spec("pyvis").origin).resolve().parent / "lib" / "vis-9.1.2" / "vis-network.min.js"
AGGREGATE_ABOVE = 2000  # nodes; above this the default view is one node per subdistrict
GLYPHS = {"dot": "●", "box": "▬", "hexagon": "⬢", "square": "■", "triangle": "▲",
          "triangleDown": "▼", "diamond": "◆", "star": "★", "database": "▮"}


@dataclass
class ViewOptions:
    lang: str = "zh"
    selectors: tuple[Selector, ...] = ()
    depth: int | None = None
    everything: bool = False  # --all: never aggregate
    aggregate_above: int = AGGREGATE_ABOVE
    physics_max: int = PHYSICS_MAX_NODES
    spring_max: int = SPRING_MAX_NODES
    # called with a line to tell the user (kg view prints it as a warning): a name drawn by what contains it
    warn: "Callable[[str], None] | None" = None
    # filled by the selection: each selector -> the name of what it drew (kg.views.select.page_name), which
    # kg view names its page after (`--focus 吕` draws 吕鸣: view-吕鸣.html)
    drawn: dict = field(default_factory=dict)


def prepare(graph: "Graph | TermIndex", options: ViewOptions) -> ViewGraph:
    """RDF -> the nodes and edges to draw: selected, then aggregated if too many."""
    vocab = Vocabulary(options.lang)
    ui = UI[options.lang]
    whole, tips = read_view_untipped(graph, vocab)
    view = select(whole, list(options.selectors), options.depth, options.warn, options.drawn)
    if options.selectors:
        what = ui["list_sep"].join(f"{s.flag} {s.name}" for s in options.selectors)
        depth = DEFAULT_DEPTH if options.depth is None else options.depth
        view.notes.append(ui["focus"].format(what=what, depth=depth))
    total = len(view.nodes)
    if total > options.aggregate_above and not options.everything:
        tips(view, kinds=PLACE_KINDS | {"Official"}, edges=False)  # what the groups keep; they make their own edges
        view = aggregate(view, vocab)
        view.notes.append(ui["aggregated"].format(total=total, shown=len(view.nodes)))
    else:
        tips(view)
    return view


def vis_options(view: ViewGraph, physics: bool) -> dict:
    big = not physics
    groups = {}
    for kind in sorted({n.kind for n in view.nodes.values()}):  # sorted: the same graph gives the same bytes
        lk = look(kind)
        groups[kind] = {"shape": lk.shape, "color": {"background": lk.color, "border": "#444",
                                                    "highlight": {"background": lk.color, "border": "#000"}}}
        if lk.shape in ("box", "database"):  # label inside the shape
            groups[kind]["font"] = {"size": 13, "strokeWidth": 0}
    return {
        "groups": groups,
        "nodes": {"font": {"face": FONT_STACK, "size": 16, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            # on big graphs faint edges, so the nodes stay visible through them
            "color": {"color": "#b0b0b0", "highlight": "#333333", "hover": "#666666", "opacity": 0.35 if big else 1.0},
            "font": {"face": FONT_STACK, "size": 11, "color": "#555555", "strokeWidth": 3, "align": "middle"},
            "smooth": False if big else {"type": "continuous"},
        },
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -90, "springLength": 110, "avoidOverlap": 0.6},
            "stabilization": {"iterations": 400, "fit": True},
        },
        "layout": {"improvedLayout": physics and len(view.nodes) <= 100, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
    }


class _NodeIds(list):
    """pyvis's list of node ids, answering `in` from a set: pyvis tests it on
    every add_node and (through get_nodes) twice on every add_edge, which made
    a 23,000-node page take 5 s in add_node and 28,000 edges seconds more."""

    def __init__(self):
        super().__init__()
        self._set: set = set()

    def append(self, n_id) -> None:
        super().append(n_id)
        self._set.add(n_id)

    def __contains__(self, n_id) -> bool:
        return n_id in self._set


def network():
    """pyvis's Network for the page (directed, nothing from a CDN), with its
    node ids in a _NodeIds (pyvis only appends to the list and tests
    membership).  Imported here, without its notebook libraries
    (kg.views.pyvis_class): only a build that writes a page pays for pyvis."""
    from kg.views.pyvis_class import network_class

    net = network_class()(directed=True, cdn_resources="in_line")
    net.node_ids = _NodeIds()
    return net


def build_network(view: ViewGraph, options: ViewOptions):
    """The view as pyvis's Network: `nodes` and `edges` are vis-network's
    DataSet items pyvis makes (a node's id, label, shape, group, title, x/y,
    size, name, inside: the names folded into an aggregated node, as indices
    into folded_table(view)[0]; an edge's from, to, label, title, arrows), `options` the
    dict vis_options gives."""
    pos = positions(view, options.physics_max, options.spring_max)
    folded = {name: i for i, name in enumerate(folded_table(view)[0])}
    net = network()
    ids = {key: i for i, key in enumerate(view.nodes)}
    for key, node in view.nodes.items():
        lk = look(node.kind)
        extra = {}
        if pos is not None:
            extra = {"x": round(pos[key][0], 1), "y": round(pos[key][1], 1)}
        if node.full and node.full != node.label:
            extra["name"] = node.full  # the search box matches the whole name
        if node.weight > 1:
            extra["size"] = round(lk.size + 4 * math.log2(node.weight), 1)
        if node.inside:
            extra["inside"] = [folded[name] for name in node.inside]  # what the search finds inside the node
        net.add_node(ids[key], label=node.label, title="\n".join(node.tip), shape=lk.shape, group=node.kind, **extra)
    for e in view.edges:
        net.add_edge(ids[e.source], ids[e.target], label=e.label, title="\n".join(e.tip))
    # the dict pyvis's set_options would parse, given directly: set_options strips
    # every space from its JSON, which turned font faces into NotoSansSC
    net.options = vis_options(view, physics=pos is None)
    if pos is not None:
        view.notes.append(UI[options.lang]["big"].format(n=len(view.nodes)))
    return net


FOLDED_FLAGS = ("--place", "--issue", None)  # the flags of folded names' runs (ties in this order); None: a post


def folded_table(view: ViewGraph) -> tuple[list[str], list[list]]:
    """(every name folded into a node of `view`, once; [[flag, n], ...] runs over it).

    The page lists each name once and a node refers to its names by index
    (ViewNode.inside -> `inside` indices).  Names come in runs by the `kg view`
    flag that draws them (`--place` for places, `--issue` for issues, None for
    posts: drawn through their official), the most referred-to run first and
    each run's most often folded names first, so the commonest get the
    shortest indices.  On a 3,000-report build (42,028 nodes drawn as 7,256;
    20,831 names, 6,098 distinct; measured, docs/views.md) the page grew by
    284 KB (12 %) this way, 469 KB with a list of names per node.
    Example: two groups holding 加装电梯, one also 新华居民区 ->
    (["加装电梯", "新华居民区"], [["--issue", 1], ["--place", 1]])."""
    counts = Counter(name for node in view.nodes.values() for name in node.inside)
    flag = {name: flag_for(view.folded[name]) for name in counts}
    uses = Counter()  # references per run
    for name, n in counts.items():
        uses[flag[name]] += n
    order = sorted(uses, key=lambda f: (-uses[f], FOLDED_FLAGS.index(f)))
    names = sorted(counts, key=lambda name: (order.index(flag[name]), -counts[name], name))
    runs = Counter(flag[name] for name in names)
    return names, [[f, runs[f]] for f in order]


def legend(view: ViewGraph, vocab: Vocabulary) -> list[dict]:
    counts = Counter(n.kind for n in view.nodes.values())
    return [
        {"kind": k, "label": kind_label(k, vocab), "count": c, "color": look(k).color, "glyph": GLYPHS.get(look(k).shape, "●")}
        for k, c in sorted(counts.items(), key=lambda kc: kind_rank(kc[0]))
    ]


def json_for_script(value) -> str:
    """JSON that cannot end the <script> element it sits in, nor open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


@cache
def _assets() -> dict[str, str]:
    vis_js = VIS_JS.read_text(encoding="utf-8")
    page_js = (HERE / "page.js").read_text(encoding="utf-8")
    for script in (vis_js, page_js):
        if "</script" in script.lower():
            raise ValueError("an inlined script contains '</script'")
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") + "'"
        for s in (vis_js, page_js)
    )
    return {"vis_js": vis_js, "page_js": page_js, "page_css": (HERE / "page.css").read_text(encoding="utf-8"),
            "script_hashes": hashes}


@cache
def _template() -> Template:
    """page.html, whose `$name` fields take the page's parts as they are (the
    JSON and the scripts are made safe for their elements before).  A plain
    string template: jinja2's import and compile took ~40 ms of a first run
    for these seven fields.  The page's lang is BCP 47: the labels are
    Simplified Chinese (the graph's @zh literals), so the page says zh-Hans.
    The blank line in its head stands where a template comment was: pages
    stay byte-identical to earlier builds'.  (Nothing may load from anywhere,
    and only the page's own scripts may run: injected markup, event handlers
    included, cannot: the Content-Security-Policy there.)"""
    text = (HERE / "page.html").read_text(encoding="utf-8")
    return Template(text[:-1] if text.endswith("\n") else text)  # no line break after </html>, as before




def page_title(options: ViewOptions) -> str:
    """The title of a page drawn with `options` (after `prepare`, which fills
    `options.drawn`): what it draws, then the page's own title (`吕鸣 — govkg 关系图`
    for `--focus 吕`, the names of several selectors joined by the list mark), or
    the page's title alone for the whole graph.  Source: session 57, newc57 (a focused
    page was titled only govkg, so its tabs and saved files did not tell apart).

    >>> page_title(ViewOptions(drawn={"s": "吕鸣"})), page_title(ViewOptions(lang="en"))
    ('吕鸣 — govkg 关系图', 'govkg graph')
    """
    ui = UI[options.lang]
    names = list(dict.fromkeys(options.drawn.values()))
    return f"{ui['list_sep'].join(names)} — {ui['title']}" if names else ui["title"]


def render(graph: "Graph | TermIndex", options: ViewOptions | None = None) -> str:
    options = options or ViewOptions()
    vocab = Vocabulary(options.lang)
    view = prepare(graph, options)
    net = build_network(view, options)
    folded = folded_table(view)
    payload = {
        "heading": page_title(options),
        "ui": UI[options.lang],
        "notes": view.notes,
        "legend": legend(view, vocab),
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options,
        # what nodes' `inside` indices refer to, and the kg view flag that draws each name
        "folded": folded[0], "folded_flags": folded[1],
        # the flag that draws a node holding names (for names no flag draws: posts -> --focus <official>)
        "flags": {k: f for k in sorted({n.kind for n in view.nodes.values() if n.inside}) if (f := flag_for(k))},
    }
    assets = _assets()
    return _template().substitute(
        lang=str(escape("zh-Hans" if options.lang == "zh" else options.lang)),  # the one field from the options
        # (a page drawn for --focus/--place/--issue is titled by what it draws; the whole graph's keeps govkg)
        title=str(escape(page_title(options) if options.drawn else "govkg")),
        font_stack=FONT_STACK,
        data=json_for_script(payload),
        **assets,
    )


def write_view(graph: "Graph | TermIndex", target: Path, options: ViewOptions | None = None) -> Path:
    target = Path(target)
    atomic_write_text(target, render(graph, options))
    return target
