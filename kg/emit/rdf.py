"""Facts -> RDF under the govkg ontology: the named graph of one report.

Besides the direct triples an analyst queries first (official gov:visited
place; place gov:raisedIssue issue; official gov:holdsPost post), every visit
is an event node carrying its date, visitor, place, report and evidence.  The
evidence is also a Web Annotation target: the report as source, with a
TextPositionSelector (character offsets into the text as received) and a
TextQuoteSelector (the exact characters there).

`report_quads` is a pure function of the facts and the original text.
Officials, posts and places are written with mention IRIs (kg.emit.iri
.mention) that the corpus linker maps to canonical IRIs; reports, visits,
issues and evidence spans belong to one report and get their final IRIs here.
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from kg.emit import terms as t
from kg.emit.iri import DEFAULT_BASE, MENTION, mention, mint
from kg.emit.terms import P, gov
from kg.facts import Evidence, ReportFacts
from kg.namespaces import ISSUE, PREFIXES


class Minter:
    """IRIs for one build, all under one base."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base

    def report(self, key: str) -> str:
        return mint(self.base, "report", key)

    def official(self, key: str, name: str) -> str:
        return mint(self.base, "official", key, name)

    def post(self, official_key: str, title: str) -> str:
        return mint(self.base, "post", f"{official_key}|{title}", title)

    def place(self, key: str, name: str) -> str:
        return mint(self.base, "place", key, name)

    def visit(self, report_key: str, index: int, official: str) -> str:
        return mint(self.base, "visit", f"{report_key}|{index}", official)

    def issue(self, report_key: str, index: int, label: str) -> str:
        return mint(self.base, "issue", f"{report_key}|{index}", label)

    def entities_graph(self) -> str:
        return f"{self.base}graph/entities"


def new_graph(identifier=None) -> Graph:
    g = Graph(identifier=URIRef(identifier) if isinstance(identifier, str) else identifier)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


def official_mention(name: str) -> str:
    return mention("official", name)


def post_mention(official: str, title: str) -> str:
    return mention("post", official, title)


def place_mention(chain: str) -> str:
    return mention("place", chain)


class _Writer:
    """Collects the statements of one named graph as N-Quads lines."""

    def __init__(self, graph: str):
        self.tail = f" {graph} ."
        self.lines: set[str] = set()

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.add(f"{s} {p} {o}{self.tail}")


def report_graph(facts: ReportFacts, base: str = DEFAULT_BASE, original: str | None = None) -> Graph:
    """One report as a graph on its own: its statements with entities linked as if
    the corpus were this report alone, plus their labels (what `kg build` on this
    one file writes to graph.ttl).  Without `original` text, evidence spans carry
    no TextQuoteSelector."""
    from kg.corpus.link import Linker
    from kg.corpus.mentions import report_mentions

    mentions = report_mentions(facts)
    linker = Linker(base)
    linker.add(mentions)
    linker.finish()
    mapping, drop = linker.report_map(mentions)
    report = Minter(base).report(facts.key)
    cut = len(f" <{report}> .")
    triples = {MENTION.sub(lambda m: mapping[m.group(0)], line)[:-cut] for line in report_quads(facts, original, base)}
    triples = {f"{s} {p} {o}" for s, p, o in linker.entity_triples()} | (triples - drop)
    graph = new_graph(identifier=report)
    graph.parse(data="".join(line + " .\n" for line in sorted(triples)), format="nt")
    return graph


def report_quads(facts: ReportFacts, original: str | None, base: str = DEFAULT_BASE) -> list[str]:
    """The report's named graph as N-Quads lines (unsorted, no duplicates)."""
    mint_ = Minter(base)
    report = t.iri(mint_.report(facts.key))
    w = _Writer(report)
    add = w.add

    add(report, P.type, gov("Report"))
    add(report, P.type, P.entity)
    add(report, P.label, t.zh(facts.file_name))
    add(report, gov("fileName"), t.literal(facts.file_name))
    add(report, gov("reportKey"), t.literal(facts.key))  # file names repeat across folders; keys do not
    add(report, gov("contentHash"), t.literal(facts.sha256))
    if facts.date:
        add(report, P.date, t.date(facts.date))

    places = {key: place_mention(key) for key in facts.places}
    for key, place in facts.places.items():
        node = places[key]
        add(node, P.type, gov(place.type))
        for written in place.alt_labels | {place.name}:
            add(node, P.alt_label, t.zh(written))
        for written in place.original_labels:  # the source's own script, kept (BCP 47 zh-Hant)
            add(node, P.alt_label, t.literal(written, "zh-Hant"))
        if place.parent and place.parent in places:
            add(node, gov("partOf"), places[place.parent])

    visit_nodes = []
    for i, visit in enumerate(facts.visits):
        official, place = facts.officials[visit.official], facts.places[visit.place]
        node = t.iri(mint_.visit(facts.key, i, official.name))
        visit_nodes.append(node)
        add(official_mention(visit.official), gov("visited"), places[visit.place])
        add(node, P.type, gov("Visit"))
        add(node, P.label, t.zh(f"{official.name}走访{place.name}"))
        add(node, gov("visitor"), official_mention(visit.official))
        add(node, gov("visitedPlace"), places[visit.place])
        add(node, gov("sourceReport"), report)
        if visit.date:
            add(node, gov("date"), t.date(visit.date))
        _evidence(w, node, visit.evidence, report, original)

    holdings = 0
    for key, official in facts.officials.items():
        node = official_mention(key)
        add(node, P.type, gov("Official"))
        add(node, P.label, t.zh(official.name))
        for written in official.original_labels:
            add(node, P.alt_label, t.literal(written, "zh-Hant"))
        add(node, gov("role"), t.literal(official.role))
        for title in official.posts:
            post = post_mention(key, title)
            add(node, gov("holdsPost"), post)
            if official.evidence is not None:
                holdings += 1
                _holding(w, f"<{report[1:-1]}#holding={holdings}>", node, post, official.evidence, report, original)
            add(post, P.type, gov("Post"))
            add(post, P.alt_label, t.zh(title))
            add(post, gov("sourceReport"), report)
            for i, visit in enumerate(facts.visits):
                if visit.official == key:
                    add(post, gov("postDuring"), visit_nodes[i])

    for i, issue in enumerate(facts.issues):
        node = t.iri(mint_.issue(facts.key, i, issue.label))
        add(places[issue.place], gov("raisedIssue"), node)
        add(node, P.type, gov("Issue"))
        add(node, P.label, t.zh(issue.label))
        add(node, gov("category"), t.iri(ISSUE[issue.concept]))
        if issue.outcome:  # raised before and told dealt with (已于本月初修好)
            add(node, gov("reportedOutcome"), t.zh(issue.outcome))
        add(node, gov("sourceReport"), report)
        if issue.visit is not None:  # during a joint visit: during each visitor's (ReportFacts.joint_visits)
            for during in facts.joint_visits(issue.visit):
                add(node, gov("raisedDuring"), visit_nodes[during])
        _evidence(w, node, issue.evidence, report, original)
    return list(w.lines)


def _holding(w: _Writer, node: str, official: str, post: str, ev: Evidence, report: str, original: str | None) -> None:
    """What this report says of `official gov:holdsPost post`, and where: the
    statement reified (rdf:Statement, its IRI the report's with a
    `#holding=N` fragment) with the report and the sentence as for a visit.
    An official and a post are linked across reports, each with one
    evidenceStart a node (shapes.ttl); the statement is this report's alone,
    so each report tells its own evidence for the post in its own graph."""
    add = w.add
    add(node, P.type, P.statement)
    add(node, P.subject, official)
    add(node, P.predicate, gov("holdsPost"))
    add(node, P.object, post)
    add(node, gov("sourceReport"), report)
    _evidence(w, node, ev, report, original)


def _evidence(w: _Writer, node: str, ev: Evidence | None, report: str, original: str | None) -> None:
    """The sentence on the fact, and a Web Annotation target for its span.

    The span's IRI is the report's with an RFC 5147 `#char=start,end`
    fragment, so facts read from the same sentence share one target.
    """
    if ev is None:
        return
    add = w.add
    add(node, gov("evidence"), t.zh(ev.sentence))
    add(node, gov("evidenceStart"), t.integer(ev.start))
    add(node, gov("evidenceEnd"), t.integer(ev.end))
    base = report[1:-1]
    span = f"<{base}#char={ev.start},{ev.end}>"
    position, quote = f"<{base}#position={ev.start},{ev.end}>", f"<{base}#quote={ev.start},{ev.end}>"
    add(node, gov("evidenceSpan"), span)
    add(span, P.type, P.oa_resource)
    add(span, P.oa_source, report)
    add(span, P.oa_selector, position)
    if original is not None:
        add(span, P.oa_selector, quote)
    add(position, P.type, P.oa_position)
    add(position, P.oa_start, t.integer(ev.start))
    add(position, P.oa_end, t.integer(ev.end))
    if original is not None:
        add(quote, P.type, P.oa_quote)
        add(quote, P.oa_exact, t.literal(original[ev.start:ev.end]))
