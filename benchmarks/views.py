"""HTML views at 100, 1,000 and 10,000 nodes: generation time, file size and,
in headless Chromium, time until the page is drawn and usable.

    python benchmarks/views.py [--sizes 100,1000,10000] [--no-browser]

The graphs are synthetic, built here with rdflib in the shape kg/emit/rdf.py
writes (districts > subdistricts > residents' committees > estates; officials
with posts; visits with evidence; issues with SKOS categories; reports).
Baseline, measured in the same run: plain pyvis (add_node/add_edge with the
label and evidence as title, write_html with cdn_resources='in_line').
Ratios are govkg / baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.emit.rdf import new_graph  # noqa: E402
from kg.namespaces import GOV, ISSUE  # noqa: E402
from kg.resources import ontology_dir  # noqa: E402
from kg.synthetic import GIVEN_NAME_CHARS, PLACE_STEMS, SITE_NAMES, surnames  # noqa: E402

BASE = "https://w3id.org/govkg/id/"
POSTS = ("区长", "副区长", "区委书记", "区委副书记", "街道党工委书记", "街道办事处主任", "区政协主席")
ISSUES = ("加装电梯", "停车难", "绿化种植", "垃圾分类", "老年助餐", "道路修缮", "充电桩建设", "噪声扰民")


def _concepts() -> list[URIRef]:
    g = Graph().parse(ontology_dir() / "issues.ttl")
    return sorted(c for c in g.subjects(RDF.type, SKOS.Concept) if (c, SKOS.broader, None) in g)


def synthetic_graph(n_nodes: int, seed: int = 1) -> Graph:
    """About `n_nodes` nodes of the govkg model, deterministic for a seed."""
    rng = random.Random(seed)
    g = new_graph()
    concepts = _concepts()
    counter = iter(range(10**9))

    def node(kind: str, cls, label: str) -> URIRef:
        iri = URIRef(f"{BASE}{kind}/{next(counter)}")
        g.add((iri, RDF.type, cls))
        g.add((iri, RDFS.label, Literal(label, lang="zh")))
        return iri

    def stem() -> str:
        return rng.choice(PLACE_STEMS) + rng.choice(("", "", "东", "西", "新", "北"))

    n_officials = max(2, n_nodes // 25)
    n_places = max(4, n_nodes // 5)
    n_reports = max(1, (n_nodes - n_officials * 2.5 - n_places) // 7)

    # places, officials and reports each belong to one district, as in real reports
    districts = [node("place", GOV.District, f"{stem()}区") for _ in range(max(1, n_places // 200))]
    places = {d: [] for d in districts}
    for _ in range(max(1, n_places // 20)):
        d = rng.choice(districts)
        s = node("place", GOV.Subdistrict, f"{stem()}街道")
        g.add((s, GOV.partOf, d))
        places[d].append(s)
    while len(districts) + sum(map(len, places.values())) < n_places:
        d = rng.choice([d for d in districts if places[d]])
        parent = rng.choice(places[d])
        cls, name = rng.choice(((GOV.ResidentsCommittee, f"{stem()}居民区"), (GOV.HousingEstate, f"{stem()}小区"),
                                (GOV.Facility, rng.choice(SITE_NAMES))))
        p = node("place", cls, name)
        g.add((p, GOV.partOf, parent))
        places[d].append(p)
    districts = [d for d in districts if places[d]]

    officials, posts_of = {d: [] for d in districts}, {}
    for i in range(n_officials):
        name = rng.choice(surnames()) + "".join(rng.choices(GIVEN_NAME_CHARS, k=rng.choice((1, 2))))
        o = node("official", GOV.Official, name)
        g.add((o, GOV.role, Literal("visitor")))
        posts_of[o] = []
        for title in rng.sample(POSTS, rng.choice((1, 1, 2))):
            post = node("post", GOV.Post, title)
            g.add((o, GOV.holdsPost, post))
            posts_of[o].append((post, title))
        officials[districts[i % len(districts)]].append(o)

    day = dt.date(2024, 1, 1)
    for r in range(int(n_reports)):
        date = day + dt.timedelta(days=r % 365)
        report = node("report", GOV.Report, f"report-{r:05d}.txt")
        g.add((report, GOV.fileName, Literal(f"report-{r:05d}.txt")))
        g.add((report, DCTERMS.date, Literal(date, datatype=XSD.date)))
        visits = []
        district = rng.choice(districts)
        for _ in range(4):
            o, p = rng.choice(officials[district]), rng.choice(places[district])
            post, title = rng.choice(posts_of[o])
            oname, pname = g.value(o, RDFS.label), g.value(p, RDFS.label)
            sentence = f"{title}{oname}来到{pname}，听取居民关于{rng.choice(ISSUES)}的意见建议。"
            v = node("visit", GOV.Visit, f"{oname}走访{pname}")
            for pred, obj in ((GOV.visitor, o), (GOV.visitedPlace, p), (GOV.sourceReport, report),
                              (GOV.date, Literal(date, datatype=XSD.date)), (GOV.evidence, Literal(sentence, lang="zh"))):
                g.add((v, pred, obj))
            g.add((o, GOV.visited, p))
            g.add((o, GOV.evidence, Literal(sentence, lang="zh")))
            g.add((post, GOV.postDuring, v))
            visits.append((v, p, sentence))
        for v, p, sentence in rng.sample(visits, 2):
            label = rng.choice(ISSUES)
            i = node("issue", GOV.Issue, label)
            for pred, obj in ((GOV.category, rng.choice(concepts)), (GOV.sourceReport, report), (GOV.raisedDuring, v),
                              (GOV.evidence, Literal(sentence, lang="zh"))):
                g.add((i, pred, obj))
            g.add((p, GOV.raisedIssue, i))
    return g


def plain_pyvis(graph: Graph, target: Path) -> None:
    """The baseline: what a first attempt with pyvis writes."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    nodes = {s for s in graph.subjects(RDF.type, None) if str(s).startswith(BASE)}
    for s in sorted(nodes):
        title = str(graph.value(s, GOV.evidence) or "")
        net.add_node(str(s), label=str(graph.value(s, RDFS.label) or s), title=title)
    for s, p, o in graph:
        if str(p).startswith(str(GOV)) and s in nodes and o in nodes:
            net.add_edge(str(s), str(o), label=p.split("#")[-1])
    net.write_html(str(target))


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def generation(sizes, work: Path) -> dict:
    from kg.views.html import ViewOptions, write_view

    rows, pages = [], {}
    for n in sizes:
        g = synthetic_graph(n)
        actual = len({s for s in g.subjects(RDF.type, None)})
        base_path, default_path, all_path = work / f"pyvis-{n}.html", work / f"govkg-{n}.html", work / f"govkg-all-{n}.html"
        t_base = timed(plain_pyvis, g, base_path)
        t_default = timed(write_view, g, default_path, ViewOptions())
        t_all = timed(write_view, g, all_path, ViewOptions(everything=True))
        pages[n] = {"pyvis": base_path, "govkg": default_path, "govkg --all": all_path}
        mb = lambda p: p.stat().st_size / 1e6  # noqa: E731
        rows.append((n, actual, len(g), t_base, mb(base_path), t_default, mb(default_path), t_all, mb(all_path)))
    print("\n## Generation (RDF graph in memory -> HTML file)")
    print(f"{'nodes':>7} {'actual':>7} {'triples':>8} | {'pyvis s':>8} {'MB':>6} | {'govkg s':>8} {'MB':>6} {'x':>6} | {'--all s':>8} {'MB':>6} {'x':>6}")
    for n, actual, triples, tb, mbb, td, mbd, ta, mba in rows:
        print(f"{n:>7} {actual:>7} {triples:>8} | {tb:>8.2f} {mbb:>6.2f} | {td:>8.2f} {mbd:>6.2f} {td / tb:>6.2f} | {ta:>8.2f} {mba:>6.2f} {ta / tb:>6.2f}")
    print("\n## What the aggregated page spends on the names folded into its nodes (searched by page.js)")
    print(f"{'nodes':>7} {'names':>7} {'distinct':>8} {'bytes':>9} {'% of page':>9}")
    for n in sizes:
        names, distinct, spent, size = folded_bytes(pages[n]["govkg"])
        print(f"{n:>7} {names:>7} {distinct:>8} {spent:>9} {100 * spent / size:>9.1f}")
    return pages


def folded_bytes(page: Path) -> tuple[int, int, int, int]:
    """(names held by nodes, distinct names, bytes of the table, its runs and the
    nodes' `"inside":[...]` lists, bytes of the page) of one govkg page."""
    import json
    import re

    html = page.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1))
    compact = lambda v: len(json.dumps(v, ensure_ascii=False, separators=(",", ":")).encode())  # noqa: E731
    lists = [n["inside"] for n in data["nodes"] if "inside" in n]
    spent = compact(data.get("folded", [])) + compact(data.get("folded_flags", []))
    spent += sum(compact(refs) + len(',"inside":') for refs in lists)
    return sum(map(len, lists)), len(data.get("folded", [])), spent, len(html.encode())


def browser(pages: dict, baseline_cap_s: float) -> None:
    from playwright.sync_api import sync_playwright

    from tests.plugins.browser import CHROMIUM, CHROMIUM_FLAGS, open_offline

    print("\n## Chromium (headless, network blocked): ms from navigation to first full drawing")
    print(f"{'nodes':>7} {'page':<12} {'drawn ms':>9} {'wall ms':>8} {'redraw ms':>9} {'nodes':>6} {'edges':>6}  errors")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        for n, variants in pages.items():
            for name, path in variants.items():
                if name == "pyvis":
                    _baseline_in_browser(browser, n, path, baseline_cap_s)
                    continue
                start = time.perf_counter()
                page = open_offline(browser, path, ready_timeout_ms=300_000)
                wall = (time.perf_counter() - start) * 1000
                ready = page.page.evaluate("window.kgReadyAt")
                redraw = page.page.evaluate(
                    "() => { const t = []; for (let i = 0; i < 3; i++) { const s = performance.now(); kgView.network.redraw(); t.push(performance.now() - s); } return t.sort()[1]; }")
                counts = page.page.evaluate("[kgView.nodeView.length, kgView.edges.length]")
                print(f"{n:>7} {name:<12} {ready:>9.0f} {wall:>8.0f} {redraw:>9.1f} {counts[0]:>6} {counts[1]:>6}  {len(page.errors)}")
                page.page.context.close()
        browser.close()


def _baseline_in_browser(browser, n, path, cap_s) -> None:
    """pyvis's own page: drawn once its physics has stabilised (the loading bar gone, or the first drawing)."""
    context = browser.new_context()
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page = context.new_page()
    page.add_init_script("window.__t = null; document.addEventListener('DOMContentLoaded', () => { if (window.network) network.once('afterDrawing', () => window.__t = performance.now()); });")
    start = time.perf_counter()
    try:
        # pyvis stabilises synchronously in chunks; even the load event can wait minutes
        page.goto(path.resolve().as_uri(), wait_until="commit", timeout=cap_s * 1000)
        page.wait_for_function("() => window.__t !== null", timeout=cap_s * 1000)
        ready = f"{page.evaluate('window.__t'):>9.0f}"
    except Exception:
        ready = f">{cap_s * 1000:>8.0f}"
    wall = (time.perf_counter() - start) * 1000
    print(f"{n:>7} {'pyvis':<12} {ready} {wall:>8.0f} {'':>9} {'':>6} {'':>6}  (Bootstrap CDN blocked)")
    context.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--baseline-cap", type=float, default=120.0, help="seconds to wait for plain pyvis in the browser")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        pages = generation(sizes, Path(tmp))
        if not args.no_browser:
            browser(pages, args.baseline_cap)


if __name__ == "__main__":
    main()
