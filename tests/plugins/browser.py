"""A real headless Chromium (Debian's, installed by scripts/setup.d/10-browser.sh),
driven through Playwright's Python package with executable_path: Playwright's
own browser download is never used.  Each page opens in a fresh context with
the network blocked: every request that is not file: is aborted and recorded.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "_artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Playwright adds --headless and a fresh --user-data-dir (a new temporary profile per launch).
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


@dataclass
class OpenedPage:
    page: object
    errors: list[str] = field(default_factory=list)  # console errors and uncaught exceptions
    blocked: list[str] = field(default_factory=list)  # requests that tried to leave file:

    def count(self, expression: str) -> int:
        return self.page.evaluate(expression)

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        target = ARTIFACTS / name
        self.page.screenshot(path=str(target))
        return target


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: run scripts/setup.d/10-browser.sh (bash scripts/test.sh does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def open_offline(browser, path: Path, *, ready_timeout_ms: int = 60_000, viewport=(1280, 800)) -> OpenedPage:
    """Open a local file with every non-file: request aborted; wait until the graph is drawn."""
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    opened = OpenedPage(page=context.new_page())

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            opened.blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    opened.page.on("console", lambda m: m.type == "error" and opened.errors.append(m.text))
    opened.page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
    opened.page.goto(Path(path).resolve().as_uri())
    # a function, not a string: the page's CSP forbids the eval a string predicate needs
    opened.page.wait_for_function("() => document.body.getAttribute('data-ready') === '1'", timeout=ready_timeout_ms)
    return opened


@pytest.fixture
def open_page(chromium):
    """open_page(path) -> OpenedPage; contexts are closed after the test."""
    opened = []

    def _open(path, **kw):
        page = open_offline(chromium, path, **kw)
        opened.append(page)
        return page

    yield _open
    for p in opened:
        p.page.context.close()


# ---------------------------------------------------------------- graphs for view tests

GOV_NS = "https://w3id.org/govkg/ontology#"
PAYLOADS = {
    "img": "<img src=x onerror=window.__pwned=1>",
    "href": '<a href="javascript:window.__pwned=2" onmouseover="window.__pwned=2">点我</a>',
    "script": "</script><script>window.__pwned=3</script>",
    "svg": "<svg/onload=window.__pwned=4>",
    "json": '"}]);window.__pwned=5;//',
    "comment": "<!--<script>window.__pwned=6</script>",
}


def view_counts(graph) -> tuple[set, set]:
    """What a full view of `graph` must draw, read off the Turtle and the ontology
    alone: nodes are resources typed with an ontology class, edges the govkg
    triples between two of them."""
    from rdflib import Graph
    from rdflib.namespace import OWL, RDF

    onto = Graph().parse(ROOT / "ontology" / "govkg.ttl")
    classes = set(onto.subjects(RDF.type, OWL.Class))
    nodes = {s for s, c in graph.subject_objects(RDF.type) if c in classes}
    edges = {(s, p, o) for s, p, o in graph if str(p).startswith(GOV_NS) and s in nodes and o in nodes}
    return nodes, edges


def hostile_graph():
    """A graph whose names and sentences are markup and script. The parser would
    never extract such names from text, so the graph is built directly."""
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF, RDFS

    gov, base = Namespace(GOV_NS), "https://example.org/id/"
    g = Graph()

    def node(key, cls, label):
        iri = URIRef(base + key)
        g.add((iri, RDF.type, gov[cls]))
        g.add((iri, RDFS.label, Literal(label, lang="zh")))
        return iri

    report = node("report", "Report", PAYLOADS["svg"] + ".txt")
    g.add((report, gov.fileName, Literal(PAYLOADS["svg"] + ".txt")))
    o1 = node("o1", "Official", PAYLOADS["img"])
    o2 = node("o2", "Official", PAYLOADS["href"])
    post = node("post", "Post", "区长" + PAYLOADS["comment"])
    place = node("place", "ResidentsCommittee", "新华居民区" + PAYLOADS["json"])
    visit = node("visit", "Visit", "走访")
    issue = node("issue", "Issue", "加装电梯" + PAYLOADS["img"])
    sentence = f"区长{PAYLOADS['img']}来到新华居民区{PAYLOADS['script']}，听取居民关于加装电梯的意见建议。{PAYLOADS['href']}"
    for s, p, o in ((o1, gov.holdsPost, post), (o1, gov.visited, place), (o2, gov.visited, place),
                    (visit, gov.visitor, o1), (visit, gov.visitedPlace, place), (visit, gov.sourceReport, report),
                    (place, gov.raisedIssue, issue), (issue, gov.raisedDuring, visit), (issue, gov.sourceReport, report)):
        g.add((s, p, o))
    for s in (o1, visit, issue):
        g.add((s, gov.evidence, Literal(sentence, lang="zh")))
    g.add((issue, gov.category, URIRef("https://w3id.org/govkg/issue#ElevatorRetrofit")))
    return g
