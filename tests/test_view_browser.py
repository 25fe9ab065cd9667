"""The HTML views in a real headless Chromium with the network blocked:
the page draws what the Turtle holds, search and class filters work, and
markup in names and sentences runs nothing."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from kg.namespaces import GOV
from kg.views.html import ViewOptions, write_view
from kg.views.model import clean
from tests.conftest import run_kg
from tests.plugins.browser import PAYLOADS, hostile_graph, view_counts

COUNTS = "[kgView.nodeView.length, kgView.edges.length, Object.keys(kgView.network.body.nodes).length]"


def node_screen_point(page, node_id) -> tuple[float, float]:
    return page.evaluate(
        """(id) => { const net = kgView.network; const p = net.canvasToDOM(net.getPositions([id])[id]);
                     const r = document.getElementById('kg-network').getBoundingClientRect();
                     return [r.left + p.x, r.top + p.y]; }""",
        node_id,
    )


def hover_tooltip(page, node_id) -> str:
    """Move the mouse onto a node and return the text of the tooltip vis-network shows.
    (Waits take functions, not strings: the page's CSP forbids eval, which string predicates use.)"""
    page.mouse.move(5, 5)
    page.wait_for_timeout(50)
    x, y = node_screen_point(page, node_id)
    page.mouse.move(x, y, steps=3)
    page.wait_for_function("() => [...document.querySelectorAll('.vis-tooltip')].some(t => t.style.visibility === 'visible')",
                           timeout=5000)
    return page.evaluate("[...document.querySelectorAll('.vis-tooltip')].find(t => t.style.visibility === 'visible').textContent")


def test_seed_page_draws_the_graph_offline(seed_build, open_page):
    graph = Graph().parse(seed_build / "graph.ttl")
    nodes, edges = view_counts(graph)
    opened = open_page(seed_build / "graph.html", viewport=(1400, 900))
    page = opened.page
    assert page.evaluate(COUNTS) == [len(nodes), len(edges), len(nodes)]
    assert page.evaluate("Object.keys(kgView.network.body.edges).length") == len(edges)
    kinds = page.evaluate("new Set(kgView.nodes.get().map(n => n.group)).size")
    assert page.locator("#kg-kind-list input[type=checkbox]").count() == kinds
    # a visit's tooltip quotes its sentence from the report
    sentences = {clean(s) for v in graph.subjects(RDF.type, GOV.Visit) for s in graph.objects(v, GOV.evidence)}
    visit_ids = page.evaluate("kgView.nodes.get().filter(n => n.group === 'Visit').map(n => n.id)")
    assert len(visit_ids) == len(set(graph.subjects(RDF.type, GOV.Visit))) > 0
    tip = hover_tooltip(page, visit_ids[0])
    assert any(s in tip for s in sentences)
    assert opened.errors == [] and opened.blocked == []
    assert opened.screenshot("seed-graph.png").stat().st_size > 10_000


def test_search_and_class_filter(seed_build, open_page):
    graph = Graph().parse(seed_build / "graph.ttl")
    nodes, edges = view_counts(graph)
    officials = set(graph.subjects(RDF.type, GOV.Official))
    official = max(officials, key=lambda o: (len(list(graph.objects(o, GOV.visited))), str(o)))
    name = str(graph.value(official, RDFS.label))
    # visits are labelled by their date on the canvas, so only other nodes can match a name
    matches = {n for n in nodes if name in str(graph.value(n, RDFS.label)) and (n, RDF.type, GOV.Visit) not in graph}
    expected = set(matches)
    for s, _, o in edges:
        if s in matches or o in matches:
            expected |= {s, o}

    page = open_page(seed_build / "graph.html").page
    page.fill("#kg-search", name)
    page.wait_for_function("(n) => kgView.nodeView.length === n", arg=len(expected), timeout=5000)
    selected = page.evaluate("kgView.network.getSelectedNodes().map(id => kgView.nodes.get(id).label)")
    assert name in selected and len(selected) == len(matches)
    assert str(len(matches)) in page.text_content("#kg-status")

    page.fill("#kg-search", "")
    page.wait_for_function("(n) => kgView.nodeView.length === n", arg=len(nodes), timeout=5000)
    page.locator("#kg-kind-list input[data-kind=Official]").uncheck()
    assert page.evaluate("kgView.nodeView.length") == len(nodes) - len(officials)
    assert page.evaluate("Object.keys(kgView.network.body.nodes).length") == len(nodes) - len(officials)
    page.locator("#kg-kind-list input[data-kind=Official]").check()
    assert page.evaluate("kgView.nodeView.length") == len(nodes)


def test_focus_page_in_the_browser(seed_build, open_page, tmp_path):
    graph = Graph().parse(seed_build / "graph.ttl")
    nodes, edges = view_counts(graph)
    official = max(graph.subjects(RDF.type, GOV.Official), key=lambda o: (len(list(graph.objects(o, GOV.visited))), str(o)))
    near = {official} | {o for s, _, o in edges if s == official} | {s for s, _, o in edges if o == official}
    out = tmp_path / "focus.html"
    proc = run_kg("view", seed_build, "--out", out, "--focus", graph.value(official, RDFS.label), "--depth", "1", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    opened = open_page(out)
    assert opened.page.evaluate("kgView.nodeView.length") == len(near)
    assert opened.page.evaluate("kgView.edges.length") == len({(s, p, o) for s, p, o in edges if s in near and o in near})
    assert opened.errors == [] and opened.blocked == []
    opened.screenshot("seed-focus-en.png")


def test_the_injection_payloads_do_run_when_parsed_as_markup(open_page, tmp_path):
    """Control: the payloads and the __pwned check work, so the next test can fail."""
    page = tmp_path / "naive.html"
    page.write_text(f"<html><body data-ready='1'>{PAYLOADS['img']}{PAYLOADS['svg']}</body></html>", encoding="utf-8")
    opened = open_page(page)
    opened.page.wait_for_function("() => window.__pwned !== undefined", timeout=5000)


def test_markup_in_names_and_sentences_runs_nothing(open_page, tmp_path):
    graph = hostile_graph()
    nodes, edges = view_counts(graph)
    out = write_view(graph, tmp_path / "hostile.html")
    opened = open_page(out)
    page = opened.page
    assert page.evaluate(COUNTS)[:2] == [len(nodes), len(edges)]
    for node, title in page.evaluate("kgView.nodes.get().map(n => [n.id, n.title.textContent])"):
        assert hover_tooltip(page, node) == title  # the node's own tooltip, shown as text
    # the search box takes markup as plain text too, and finds whole names beyond the cut labels
    page.fill("#kg-search", PAYLOADS["img"])
    page.wait_for_function("() => kgView.network.getSelectedNodes().length === 2", timeout=5000)
    page.fill("#kg-search", PAYLOADS["href"])
    page.wait_for_function("() => kgView.network.getSelectedNodes().length === 1", timeout=5000)
    tips = page.evaluate("kgView.nodes.get().map(n => n.title.textContent).join('\\n')")
    for payload in PAYLOADS.values():
        assert payload in tips
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, svg, a, iframe, object').length") == 0
    assert opened.errors == [] and opened.blocked == []
    opened.screenshot("hostile.png")


@pytest.fixture(scope="module")
def big_graph_file(tmp_path_factory):
    from benchmarks.views import synthetic_graph

    path = tmp_path_factory.mktemp("big") / "graph.ttl"
    synthetic_graph(2600, seed=11).serialize(path, format="turtle")
    return path


@pytest.mark.parametrize("everything", [False, True], ids=["aggregated", "all"])
def test_big_graph_pages(big_graph_file, open_page, tmp_path, everything):
    graph = Graph().parse(big_graph_file)
    nodes, edges = view_counts(graph)
    out = tmp_path / "big.html"
    proc = run_kg("view", big_graph_file, "--out", out, *(["--all"] if everything else []))
    assert proc.returncode == 0, proc.stderr
    opened = open_page(out)
    page = opened.page
    assert page.evaluate("kgView.network.physics.physicsEnabled") is False
    shown = page.evaluate("kgView.nodeView.length")
    if everything:
        assert shown == len(nodes) and page.evaluate("kgView.edges.length") == len(edges)
    else:
        officials = len(set(graph.subjects(RDF.type, GOV.Official)))
        groups = page.evaluate("kgView.nodes.get().filter(n => n.group !== 'Official').length")
        assert shown == officials + groups < len(nodes)
    assert opened.errors == [] and opened.blocked == []
    opened.screenshot(f"big-{'all' if everything else 'aggregated'}.png")


def search_answer(page, query: str) -> tuple[list[str], str]:
    """Type `query` into the search box; (names of the selected nodes, sorted; the status line)."""
    page.fill("#kg-search", "")
    page.wait_for_function("() => document.getElementById('kg-status').textContent === ''", timeout=5000)
    page.fill("#kg-search", query)
    page.wait_for_function("() => document.getElementById('kg-status').textContent !== ''", timeout=5000)
    names = page.evaluate("kgView.network.getSelectedNodes().map(id => { const n = kgView.nodes.get(id); return n.name || n.label; })")
    return sorted(names), page.text_content("#kg-status")


@pytest.fixture(scope="module")
def folded_page(tmp_path_factory):
    """A synthetic graph drawn aggregated (the view's threshold lowered to 100 nodes)."""
    from benchmarks.views import synthetic_graph

    graph = synthetic_graph(400, seed=3)
    out = write_view(graph, tmp_path_factory.mktemp("folded") / "folded.html", ViewOptions(aggregate_above=100))
    return graph, out


def test_search_finds_names_inside_aggregated_nodes(folded_page, open_page):
    graph, out = folded_page
    label = lambda node: str(graph.value(node, RDFS.label))  # noqa: E731
    drawn = [label(n) for cls in (GOV.Official, GOV.Subdistrict, GOV.District) for n in graph.subjects(RDF.type, cls)]

    def group(place):
        while (place, RDF.type, GOV.Subdistrict) not in graph:
            place = graph.value(place, GOV.partOf)
        return place

    # a residents' committee, an issue, a post: none drawn, each folded into what holds it
    committee = sorted(label(p) for p in graph.subjects(RDF.type, GOV.ResidentsCommittee))[0]
    issue = "电梯"
    post = "区政协主席"
    holders = {
        committee: [label(group(p)) for p in graph.subjects(RDF.type, GOV.ResidentsCommittee) if committee in label(p)],
        issue: [label(group(p)) for p, i in graph.subject_objects(GOV.raisedIssue) if issue in label(i)],
        post: [label(o) for o, p in graph.subject_objects(GOV.holdsPost) if post in label(p)],
    }
    opened = open_page(out)
    page = opened.page
    for query, held_by in holders.items():
        assert held_by and not any(query in name for name in drawn)
        names, status = search_answer(page, query)
        assert names == sorted(set(held_by)), query
        command = {committee: f"kg view --place {committee}", issue: f"kg view --issue {issue}",
                   post: "kg view --focus {first}"}[query]
        # the status names the holders (three at most, then how many) and a command that draws the name
        first = next(n for n in names if f"“{query}”在汇总节点 {n}" in status)
        assert command.format(first=first) in status and "kg view --all" in status, status
        assert (f"等 {len(names)} 个" in status) == (len(names) > 3), status
        assert page.evaluate("kgView.nodeView.length") < page.evaluate("kgView.nodes.length")
    # a drawn name is still a plain match, and a name found nowhere says so
    official = sorted(label(o) for o in graph.subjects(RDF.type, GOV.Official))[0]
    assert official in search_answer(page, official)[0]
    assert search_answer(page, "不存在的名字") == ([], "无匹配")
    assert opened.errors == [] and opened.blocked == []
    opened.screenshot("folded-search.png")


def test_markup_inside_aggregated_nodes_runs_nothing(open_page, tmp_path):
    """Names folded into a node travel in its data and come back in the search's
    answer: as text, quoted for the shell, and running nothing."""
    out = write_view(hostile_graph(), tmp_path / "hostile-folded.html", ViewOptions(aggregate_above=2))
    opened = open_page(out)
    page = opened.page
    assert page.evaluate("kgView.nodes.get().filter(n => n.inside).length") == 2  # the place, the official with the post
    names, status = search_answer(page, "电梯<img")  # an issue folded into the place
    assert names == ["新华居民区" + PAYLOADS["json"]]
    assert "在汇总节点 新华居民区" + PAYLOADS["json"] + " 内：用 kg view --issue '电梯<img' 或" in status
    names, status = search_answer(page, "<script>")  # a post folded into the official
    assert names == [PAYLOADS["img"]]
    assert f"“<script>”在汇总节点 {PAYLOADS['img']}" in status and f"kg view --focus '{PAYLOADS['img']}'" in status
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, svg, a, iframe, object').length") == 0
    assert opened.errors == [] and opened.blocked == []


HOSTILE_REPORT = """<html><head><title>东湖街道新闻</title><script>window.__pwned=7</script></head>
<body onload="window.__pwned=8"><article>
<p>2025年2月5日，区委副书记、区长王明来到东湖街道新华居民区&lt;img src=x onerror=window.__pwned=1&gt;，听取居民关于加装电梯和停车难的意见建议。</p>
<p><img src=x onerror="window.__pwned=9">王明强调，要把群众的急难愁盼问题办好办实&lt;/script&gt;&lt;script&gt;window.__pwned=3&lt;/script&gt;。</p>
</article></body></html>
"""


def test_escaped_markup_in_a_report_reaches_the_page_as_text(open_page, tmp_path):
    """End to end: an HTML report whose text holds escaped markup; the parser keeps
    it in the evidence sentence, `kg build` writes graph.html, and nothing runs."""
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "donghu.html").write_text(HOSTILE_REPORT, encoding="utf-8")
    proc = run_kg("build", tmp_path / "reports", "--out", tmp_path / "out", "--no-store")
    assert proc.returncode == 0, proc.stderr
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    evidence = " ".join(str(s) for s in graph.objects(None, GOV.evidence))
    assert "<img src=x onerror=window.__pwned=1>" in evidence  # the payload did get through the parser
    nodes, edges = view_counts(graph)
    opened = open_page(tmp_path / "out" / "graph.html")
    page = opened.page
    assert page.evaluate(COUNTS)[:2] == [len(nodes), len(edges)]
    for node in page.evaluate("kgView.nodes.get().filter(n => n.group === 'Visit').map(n => n.id)"):
        assert "<img src=x onerror=window.__pwned=1>" in hover_tooltip(page, node)
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, svg, a, iframe, object').length") == 0
    assert opened.errors == [] and opened.blocked == []
