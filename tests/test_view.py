"""graph.html and `kg view` without a browser: the file is self-contained, values
from reports stay inside one escaped JSON block, slices and aggregation keep
what they should.  tests/test_view_browser.py opens the pages in Chromium."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SKOS

from kg.namespaces import GOV
from kg.views.html import ViewOptions, prepare, render
from kg.views.model import LABEL_MAX, clean
from tests.conftest import run_kg
from tests.plugins.browser import PAYLOADS, ROOT, hostile_graph, view_counts


def page_data(html: str) -> dict:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(block)


def inline_scripts(html: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", html, re.S)


@pytest.fixture(scope="module")
def seed_graph(seed_build) -> Graph:
    return Graph().parse(seed_build / "graph.ttl")


def test_build_writes_a_self_contained_page(seed_build):
    html = (seed_build / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]*\bsrc\s*=", html, re.I)
    assert not re.search(r"<link\b", html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?https?:", html, re.I)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp
    # the policy names exactly the page's own scripts, by hash
    scripts = inline_scripts(html)
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_build_page_holds_every_node_and_edge(seed_build, seed_graph):
    nodes, edges = view_counts(seed_graph)
    data = page_data((seed_build / "graph.html").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == len(nodes) > 0
    assert len(data["edges"]) == len(edges) > 0
    names = {str(seed_graph.value(o, RDFS.label)) for o in seed_graph.subjects(RDF.type, GOV.Official)}
    assert names <= {n["label"] for n in data["nodes"]}


def test_hostile_values_never_become_markup():
    html = render(hostile_graph())
    for tag in ("<img", "<svg", "<a ", "<a\n", "<!--"):
        assert tag not in html.lower()
    assert html.lower().count("</script") == 3  # data, vis-network, page.js: nothing from the graph
    data = page_data(html)
    labels = {n["label"] for n in data["nodes"]}
    # shown as text on the canvas (long names cut) ...
    assert {clean(PAYLOADS["img"], LABEL_MAX), clean(PAYLOADS["href"], LABEL_MAX)} <= labels
    tips = "\n".join(n["title"] for n in data["nodes"]) + "\n".join(e["title"] for e in data["edges"])
    for payload in PAYLOADS.values():
        assert payload in tips  # ... and shown whole in the tooltip


def test_clean_drops_invisible_and_direction_characters():
    assert clean("王\u200b明\u202e\u2066") == "王明"
    assert clean("a\nb\tc\x00d") == "a b c d"
    assert clean("很长" * 40, limit=10) == "很长很长很长很长很…"


def test_edge_labels_come_from_the_ontology_in_either_language(seed_graph):
    onto = Graph().parse(ROOT / "ontology" / "govkg.ttl")
    for lang in ("zh", "en"):
        wanted = {str(l) for l in onto.objects(None, RDFS.label) if l.language == lang}
        data = page_data(render(seed_graph, ViewOptions(lang=lang)))
        used = {e["label"] for e in data["edges"]}
        assert used and used <= wanted
        assert {entry["label"] for entry in data["legend"] if ":" not in entry["kind"]} <= wanted


def test_tooltips_carry_the_evidence(seed_graph):
    data = page_data(render(seed_graph))
    visits = list(seed_graph.subjects(RDF.type, GOV.Visit))
    assert visits, "the seed names visits (tests/test_seed.py): a build without them is a regression"
    titles = "\n".join(n["title"] for n in data["nodes"])
    for visit in visits:
        for sentence in seed_graph.objects(visit, GOV.evidence):
            assert clean(sentence) in titles
        report = seed_graph.value(visit, GOV.sourceReport)
        assert str(seed_graph.value(report, GOV.fileName)) in titles


def _busiest_official(graph: Graph):
    return max(graph.subjects(RDF.type, GOV.Official), key=lambda o: (len(list(graph.objects(o, GOV.visited))), str(o)))


def _neighbours(edges, node) -> set:
    return {o for s, _, o in edges if s == node} | {s for s, _, o in edges if o == node}


def test_kg_view_focus_keeps_the_official_and_what_touches_them(seed_build, seed_graph, tmp_path):
    nodes, edges = view_counts(seed_graph)
    official = _busiest_official(seed_graph)
    name = str(seed_graph.value(official, RDFS.label))
    out = tmp_path / "focus.html"
    proc = run_kg("view", seed_build, "--out", out, "--focus", name, "--depth", "1")
    assert proc.returncode == 0, proc.stderr
    data = page_data(out.read_text(encoding="utf-8"))
    same_name = {o for o in seed_graph.subjects(RDFS.label, None) if o in nodes and str(seed_graph.value(o, RDFS.label)) == name
                 and (o, RDF.type, GOV.Official) in seed_graph}
    expected = set(same_name)
    for o in same_name:
        expected |= _neighbours(edges, o)
    assert len(data["nodes"]) == len(expected)


def test_kg_view_issue_category_selects_its_issues(seed_build, seed_graph, tmp_path):
    issues = list(seed_graph.subjects(RDF.type, GOV.Issue))
    assert issues, "the seed names issues (tests/test_seed.py): a build without them is a regression"
    scheme = Graph().parse(ROOT / "ontology" / "issues.ttl")

    def top(concept):
        while scheme.value(concept, SKOS.broader) is not None:
            concept = scheme.value(concept, SKOS.broader)
        return concept

    category = top(seed_graph.value(issues[0], GOV.category))
    label = next(str(l) for l in scheme.objects(category, SKOS.prefLabel) if l.language == "zh")
    expected = [i for i in issues if top(seed_graph.value(i, GOV.category)) == category]
    out = tmp_path / "issue.html"
    proc = run_kg("view", seed_build / "graph.ttl", "--out", out, "--issue", label, "--depth", "0")
    assert proc.returncode == 0, proc.stderr
    assert len(page_data(out.read_text(encoding="utf-8"))["nodes"]) == len(expected)


@pytest.mark.parametrize(
    "args, message",
    [
        (["/no/such/graph.ttl"], "no such graph file"),
        (["{graph}", "--focus", "没有这个人"], "nothing of that name"),
        (["{notrdf}"], "not readable as Turtle"),
        (["{empty}"], "holds no RDF statements: nothing to draw"),
        (["{graph}", "--depth", "2"], "--depth needs"),
    ],
)
def test_kg_view_errors_are_one_line(seed_build, tmp_path, args, message):
    notrdf = tmp_path / "bad.ttl"
    notrdf.write_text("这不是 Turtle {{{", encoding="utf-8")
    empty = tmp_path / "empty.ttl"
    empty.write_text("# a graph emptied by hand\n", encoding="utf-8")
    args = [a.format(graph=seed_build / "graph.ttl", notrdf=notrdf, empty=empty) for a in args]
    proc = run_kg("view", *args, "--out", tmp_path / "x.html")
    assert proc.returncode == 2
    assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.html").exists()


def test_big_graphs_aggregate_by_subdistrict_unless_all():
    from benchmarks.views import synthetic_graph

    g = synthetic_graph(400, seed=3)
    full = prepare(g, ViewOptions(aggregate_above=100, everything=True))
    assert len(full.nodes) == len(view_counts(g)[0])
    folded = prepare(g, ViewOptions(aggregate_above=100))
    assert {n.kind for n in folded.nodes.values()} <= {"Official", "Subdistrict", "District"}
    assert len(folded.nodes) < len(full.nodes)
    # every visit is counted once, on the edge from its official to its place's group
    visited = [e for e in folded.edges if e.predicate == str(GOV.visited)]
    assert sum(e.count for e in visited) == len(set(g.subjects(RDF.type, GOV.Visit)))
    officials = set(g.subjects(RDF.type, GOV.Official))
    assert sum(1 for n in folded.nodes.values() if n.kind == "Official") == len(officials)


def test_aggregated_nodes_list_the_names_folded_into_them():
    """Each group keeps the names of its places and issues, each official those of its
    posts: every one exactly once, on the node that now holds it (and in the page's data)."""
    from benchmarks.views import synthetic_graph

    g = synthetic_graph(400, seed=3)
    folded = prepare(g, ViewOptions(aggregate_above=100))
    heads = {k for k, n in folded.nodes.items() if n.kind in ("Subdistrict", "District")}

    def head_of(place):
        while str(place) not in heads:
            place = g.value(place, GOV.partOf)
        return str(place)

    expected = {}
    for cls in (GOV.ResidentsCommittee, GOV.HousingEstate, GOV.Facility):
        for place in g.subjects(RDF.type, cls):
            expected.setdefault(head_of(place), set()).add(str(g.value(place, RDFS.label)))
    for place, issue in g.subject_objects(GOV.raisedIssue):
        expected.setdefault(head_of(place), set()).add(str(g.value(issue, RDFS.label)))
    for official, post in g.subject_objects(GOV.holdsPost):
        expected.setdefault(str(official), set()).add(str(g.value(post, RDFS.label)))
    for key, names in expected.items():
        names.discard(folded.nodes[key].full or folded.nodes[key].label)
    assert {k: n.inside for k, n in folded.nodes.items() if n.inside} == {k: sorted(v) for k, v in expected.items() if v}

    data = page_data(render(g, ViewOptions(aggregate_above=100)))
    # the page lists each name once and the nodes refer to it by index
    assert len(data["folded"]) == len(set(data["folded"])) == len({name for n in folded.nodes.values() for name in n.inside})
    held = sorted(sorted(data["folded"][i] for i in n["inside"]) for n in data["nodes"] if "inside" in n)
    assert sum(n for _, n in data["folded_flags"]) == len(data["folded"])
    assert held == sorted(n.inside for n in folded.nodes.values() if n.inside)
    # the flag the page's hint gives for each kind that holds names: kg view --focus / --place NAME
    assert data["flags"]["Official"] == "--focus" and data["flags"]["Subdistrict"] == "--place"
    # a page that is not aggregated carries no such lists
    assert all("inside" not in n for n in page_data(render(g, ViewOptions(everything=True)))["nodes"])


def test_the_flag_the_page_gives_for_a_folded_name_draws_it():
    """The page's hint for a name inside a group, `kg view --place NAME` or
    `--issue NAME` by the kind of what was folded, draws that name unfolded."""
    from benchmarks.views import synthetic_graph
    from kg.views.html import folded_table
    from kg.views.select import Selector

    g = synthetic_graph(400, seed=3)
    folded = prepare(g, ViewOptions(aggregate_above=100))
    names, runs = folded_table(folded)
    flags = [flag for flag, n in runs for _ in range(n)]
    assert len(flags) == len(names) and {flag for flag, _ in runs} == {"--place", "--issue", None}
    for flag in ("--place", "--issue"):
        name = names[flags.index(flag)]
        near = prepare(g, ViewOptions(selectors=(Selector(flag, name),)))
        assert not any(n.inside for n in near.nodes.values())  # drawn unfolded
        assert name in {n.full or n.label for n in near.nodes.values()}


def test_a_post_two_officials_hold_is_folded_into_both():
    from rdflib import Literal, URIRef

    g, base = Graph(), "https://example.org/id/"

    def node(key, cls, label):
        iri = URIRef(base + key)
        g.add((iri, RDF.type, GOV[cls]))
        g.add((iri, RDFS.label, Literal(label, lang="zh")))
        return iri

    post, town = node("post", "Post", "镇长"), node("town", "Subdistrict", "青禾镇")
    for key, name in (("o1", "甘小禾"), ("o2", "晏青")):
        official = node(key, "Official", name)
        g.add((official, GOV.holdsPost, post))
        g.add((official, GOV.visited, town))
    folded = prepare(g, ViewOptions(aggregate_above=2))
    assert {n.label: n.inside for n in folded.nodes.values()} == {"甘小禾": ["镇长"], "晏青": ["镇长"], "青禾镇": []}


@pytest.mark.parametrize("spring_max", [1000, 20])  # spring layout per component; radial trees
def test_big_graphs_get_positions_and_no_physics(spring_max):
    from benchmarks.views import synthetic_graph

    g = synthetic_graph(400, seed=5)
    data = page_data(render(g, ViewOptions(everything=True, physics_max=50, spring_max=spring_max)))
    assert data["options"]["physics"]["enabled"] is False
    points = [(n["x"], n["y"]) for n in data["nodes"]]
    assert len(points) == len(view_counts(g)[0])
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in points)
    assert len(set(points)) > 0.95 * len(points)  # spread out, not piled up


def test_kg_view_draws_a_trig_dataset_as_the_union_of_its_graphs(seed_graph, tmp_path):
    from rdflib import Dataset, URIRef

    ds = Dataset()
    triples = sorted(seed_graph)
    half = len(triples) // 2
    for name, part in (("a", triples[:half]), ("b", triples[half:])):
        named = ds.graph(URIRef(f"https://example.org/graph/{name}"))
        for t in part:
            named.add(t)
    trig = tmp_path / "graph.trig"
    ds.serialize(trig, format="trig")
    out = tmp_path / "trig.html"
    proc = run_kg("view", trig, "--out", out)
    assert proc.returncode == 0, proc.stderr
    nodes, edges = view_counts(seed_graph)
    data = page_data(out.read_text(encoding="utf-8"))
    assert (len(data["nodes"]), len(data["edges"])) == (len(nodes), len(edges))


def test_canvas_fonts_keep_their_names(seed_build):
    """vis-network draws labels on a canvas with the options' font faces: the
    names must arrive whole ("Noto Sans SC", not "NotoSansSC"), and the same
    stack the page's CSS uses."""
    from kg.views.style import FONT_STACK

    data = page_data((seed_build / "graph.html").read_text(encoding="utf-8"))
    assert data["options"]["nodes"]["font"]["face"] == FONT_STACK
    assert data["options"]["edges"]["font"]["face"] == FONT_STACK
    assert "Noto Sans SC" in FONT_STACK


@pytest.mark.parametrize("text", ["区长王明", "a\u200bb", "x\u2028y", "甲\u3000乙", "tab\there", "\x07bell", "ok  spaced ", "\ue000private"])
def test_clean_takes_the_same_characters_on_its_printable_fast_path(text):
    """clean skips its per-character scan for printable text; the result must be
    the one the scan gives (drop C*, control and line separators become spaces)."""
    import unicodedata

    scanned = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text
                      if unicodedata.category(c) not in ("Cf", "Cs", "Co", "Cn"))
    assert clean(text) == " ".join(scanned.split())


def test_page_items_are_the_ones_pyvis_makes(seed_graph):
    """The page's nodes and edges are what pyvis's Network.add_node/add_edge
    make of the view (the page's JSON holds them as they are), positioned
    nodes and empty labels included, and pyvis's node-id list still answers
    membership after kg's set-backed stand-in."""
    from pyvis.network import Network

    from kg.views.html import build_network, network

    view = prepare(seed_graph, ViewOptions())
    built = build_network(view, ViewOptions())
    assert isinstance(built, Network) and built.nodes and built.edges
    page = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', render(seed_graph), re.S).group(1))
    assert page["nodes"] == built.nodes and page["edges"] == built.edges
    net = network()
    net.add_node(0, label="王明", title="区长", shape="dot", group="Official")
    net.add_node(1, label="", x=1.5, y=-2.0, shape="dot", group="Place")
    net.add_node(1, label="again")  # pyvis ignores a node id it has
    net.add_edge(0, 1, label="访问", title="“来到东湖街道”")
    assert [n["label"] for n in net.nodes] == ["王明", 1] and 1 in net.node_ids and 2 not in net.node_ids
    assert net.edges == [{"label": "访问", "title": "“来到东湖街道”", "from": 0, "to": 1, "arrows": "to"}]


def test_page_language_is_simplified_chinese_or_english(seed_graph):
    # BCP 47: "zh" says nothing about the script; the labels are Simplified Chinese
    assert re.search(r'<html lang="zh-Hans">', render(seed_graph))
    assert re.search(r'<html lang="en">', render(seed_graph, ViewOptions(lang="en")))
