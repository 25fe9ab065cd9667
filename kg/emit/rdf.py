"""Facts -> RDF under the govkg ontology, one named graph per report.

Besides the direct triples an analyst queries first (official gov:visited
place; place gov:raisedIssue issue; official gov:holdsPost post), every visit
is an event node carrying its date, visitor, place, report and evidence.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from kg.emit.iri import DEFAULT_BASE, mint
from kg.facts import Evidence, ReportFacts
from kg.namespaces import GOV, ISSUE, PREFIXES


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


class Minter:
    """IRIs for one build, all under one base."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base

    def report(self, key: str) -> URIRef:
        return URIRef(mint(self.base, "report", key))

    def official(self, key: str, name: str) -> URIRef:
        return URIRef(mint(self.base, "official", key, name))

    def post(self, official_key: str, title: str) -> URIRef:
        return URIRef(mint(self.base, "post", f"{official_key}|{title}", title))

    def place(self, key: str, name: str) -> URIRef:
        return URIRef(mint(self.base, "place", key, name))

    def visit(self, report_key: str, index: int, official: str, place: str) -> URIRef:
        return URIRef(mint(self.base, "visit", f"{report_key}|{official}|{place}|{index}", official))

    def issue(self, place_key: str, label: str) -> URIRef:
        return URIRef(mint(self.base, "issue", f"{place_key}|{label}", label))


def new_graph(identifier=None) -> Graph:
    g = Graph(identifier=identifier)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


def _evidence(g: Graph, node: URIRef, ev: Evidence | None) -> None:
    if ev is None:
        return
    g.add((node, GOV.evidence, zh(ev.sentence)))
    g.add((node, GOV.evidenceStart, Literal(ev.start)))
    g.add((node, GOV.evidenceEnd, Literal(ev.end)))


def report_graph(facts: ReportFacts, base: str = DEFAULT_BASE) -> Graph:
    """The named graph of one report."""
    mint_ = Minter(base)
    report = mint_.report(facts.key)
    g = new_graph(identifier=report)

    g.add((report, RDF.type, GOV.Report))
    g.add((report, RDFS.label, zh(facts.file_name)))
    g.add((report, GOV.fileName, Literal(facts.file_name)))
    g.add((report, GOV.contentHash, Literal(facts.sha256)))
    if facts.date:
        g.add((report, DCTERMS.date, Literal(facts.date, datatype=XSD.date)))

    officials = {key: mint_.official(key, o.name) for key, o in facts.officials.items()}
    places = {key: mint_.place(key, p.name) for key, p in facts.places.items()}

    for key, place in facts.places.items():
        node = places[key]
        g.add((node, RDF.type, GOV[place.type]))
        g.add((node, RDFS.label, zh(place.name)))
        for alt in sorted(place.alt_labels - {place.name}):
            g.add((node, SKOS.altLabel, zh(alt)))
        if place.parent and place.parent in places:
            g.add((node, GOV.partOf, places[place.parent]))

    visit_nodes = []
    for i, visit in enumerate(facts.visits):
        node = mint_.visit(facts.key, i, visit.official, visit.place)
        visit_nodes.append(node)
        official, place = facts.officials[visit.official], facts.places[visit.place]
        g.add((officials[visit.official], GOV.visited, places[visit.place]))
        g.add((node, RDF.type, GOV.Visit))
        g.add((node, RDFS.label, zh(f"{official.name}走访{place.name}")))
        g.add((node, GOV.visitor, officials[visit.official]))
        g.add((node, GOV.visitedPlace, places[visit.place]))
        g.add((node, GOV.sourceReport, report))
        if visit.date:
            g.add((node, GOV.date, Literal(visit.date, datatype=XSD.date)))
        _evidence(g, node, visit.evidence)

    for key, official in facts.officials.items():
        node = officials[key]
        g.add((node, RDF.type, GOV.Official))
        g.add((node, RDFS.label, zh(official.name)))
        g.add((node, GOV.role, Literal(official.role)))
        _evidence(g, node, official.evidence)
        for title in official.posts:
            post = mint_.post(key, title)
            g.add((node, GOV.holdsPost, post))
            g.add((post, RDF.type, GOV.Post))
            g.add((post, RDFS.label, zh(title)))
            for i, visit in enumerate(facts.visits):
                if visit.official == key:
                    g.add((post, GOV.postDuring, visit_nodes[i]))

    for issue in facts.issues:
        node = mint_.issue(issue.place, issue.label)
        g.add((places[issue.place], GOV.raisedIssue, node))
        g.add((node, RDF.type, GOV.Issue))
        g.add((node, RDFS.label, zh(issue.label)))
        g.add((node, GOV.category, ISSUE[issue.concept]))
        g.add((node, GOV.sourceReport, report))
        if issue.visit is not None:
            g.add((node, GOV.raisedDuring, visit_nodes[issue.visit]))
        _evidence(g, node, issue.evidence)
    return g
