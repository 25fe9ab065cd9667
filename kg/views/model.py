"""An RDF graph -> the nodes and edges a view draws, with plain-text tooltips.

Nodes are the resources typed with a govkg class (official, post, place and
its subclasses, visit, issue, report); edges are the govkg object-property
triples between two such nodes.  Every label and tooltip here is plain text,
cleaned of control and formatting characters; html.py never lets it become
markup.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.namespaces import GOV
from kg.views.style import CLASS_LOOKS, UI, issue_kind
from kg.views.vocabulary import Vocabulary, is_govkg_property, local_name

LABEL_MAX = 30
SENTENCE_MAX = 300
EVIDENCE_PER_TOOLTIP = 5


@dataclass
class ViewNode:
    key: str
    label: str
    kind: str
    tip: list[str] = field(default_factory=list)
    names: set[str] = field(default_factory=set)  # what --focus/--place/--issue match
    full: str = ""  # the whole name, where the label is cut short
    weight: int = 1  # members, once aggregated


@dataclass
class ViewEdge:
    source: str
    target: str
    predicate: str
    label: str
    tip: list[str] = field(default_factory=list)
    count: int = 1


@dataclass
class ViewGraph:
    nodes: dict[str, ViewNode] = field(default_factory=dict)
    edges: list[ViewEdge] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def clean(text, limit: int | None = None) -> str:
    """Untrusted text made safe to show: no control, zero-width or bidi
    characters (they can disguise a name), whitespace collapsed, length capped."""
    kept = []
    for ch in str(text):
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Zl", "Zp"):
            kept.append(" ")
        elif cat not in ("Cf", "Cs", "Co", "Cn"):
            kept.append(ch)
    result = " ".join("".join(kept).split())
    if limit and len(result) > limit:
        result = result[: limit - 1] + "…"
    return result


def _kinds_by_class() -> dict[URIRef, str]:
    return {GOV[name]: name for name in CLASS_LOOKS}


class _Reader:
    """Reads one graph into a ViewGraph; holds the lookups the tooltips share."""

    def __init__(self, graph: Graph, vocab: Vocabulary):
        self.g = graph
        self.vocab = vocab
        self.ui = UI[vocab.lang]
        reports = set(graph.subjects(RDF.type, GOV.Report))
        # with a single report every fact came from it, even those that do not say so
        self.only_report = next(iter(reports)) if len(reports) == 1 else None

    def text(self, node, prop=RDFS.label) -> str | None:
        values = [v for v in self.g.objects(node, prop) if isinstance(v, Literal)]
        for lang in (self.vocab.lang, "zh", None):
            for v in values:
                if lang is None or v.language == lang:
                    return str(v)
        return None

    def name(self, node, limit: int = LABEL_MAX) -> str:
        return clean(self.text(node) or local_name(node), limit)

    def field(self, prop: URIRef, value) -> str:
        return f"{self.vocab.label(prop)}：{value}"

    def kind(self, node, classes: list[str]) -> str:
        order = list(CLASS_LOOKS)
        kind = min(classes, key=order.index)
        if kind == "Issue":
            concept = self.g.value(node, GOV.category)
            if isinstance(concept, URIRef):
                return issue_kind(local_name(self.vocab.top_concept(concept, self.g)))
        return kind

    def report_of(self, node):
        return self.g.value(node, GOV.sourceReport) or self.only_report

    def date_of(self, node) -> str | None:
        date = self.g.value(node, GOV.date)
        if date is None and isinstance(self.g.value(node, GOV.raisedDuring), URIRef):
            date = self.g.value(self.g.value(node, GOV.raisedDuring), GOV.date)
        if date is None and self.report_of(node) is not None:
            date = self.g.value(self.report_of(node), DCTERMS.date)
        return None if date is None else str(date)

    def evidence(self, node) -> list[str]:
        """Where a fact came from: date and report, then the sentence itself."""
        sentences = sorted(str(s) for s in self.g.objects(node, GOV.evidence))
        report = self.report_of(node)
        where = " · ".join(
            part for part in (self.date_of(node), report is not None and self.report_name(report)) if part
        )
        lines = [where] if where else []
        lines += [f"“{clean(s, SENTENCE_MAX)}”" for s in sentences]
        return lines

    def report_name(self, report) -> str:
        return clean(self.text(report, GOV.fileName) or self.text(report) or local_name(report), LABEL_MAX)


def read_view(graph: Graph, vocab: Vocabulary) -> ViewGraph:
    r = _Reader(graph, vocab)
    by_class = _kinds_by_class()
    classes: dict[URIRef, list[str]] = defaultdict(list)
    for node, cls in graph.subject_objects(RDF.type):
        if cls in by_class and isinstance(node, URIRef):
            classes[node].append(by_class[cls])

    view = ViewGraph()
    for node in sorted(classes):
        kind = r.kind(node, classes[node])
        vnode = ViewNode(key=str(node), label=r.name(node), kind=kind, full=r.name(node, SENTENCE_MAX))
        if kind == "Visit":
            # "吕鸣走访新华居民区" repeats the edges around it; the date is what the node adds
            vnode.label = r.date_of(node) or vocab.label(GOV.Visit)
            vnode.full = ""  # searched by the official's and the place's names, not its own
        vnode.names = {clean(v) for v in graph.objects(node, RDFS.label)} | {
            clean(v) for v in graph.objects(node, SKOS.altLabel)
        }
        vnode.tip = _node_tip(r, node, vnode)
        if kind.startswith("Issue:"):
            vnode.names |= _category_names(r, node)
        view.nodes[vnode.key] = vnode

    visits_between = defaultdict(list)  # (official, place) -> visits: evidence of gov:visited
    for visit in graph.subjects(RDF.type, GOV.Visit):
        for official in graph.objects(visit, GOV.visitor):
            for place in graph.objects(visit, GOV.visitedPlace):
                visits_between[(official, place)].append(visit)

    for s, p, o in graph:
        if not (is_govkg_property(p) and str(s) in view.nodes and str(o) in view.nodes):
            continue
        label = vocab.label(p)
        tip = [f"{view.nodes[str(s)].label} —{label}→ {view.nodes[str(o)].label}"]
        tip += _edge_evidence(r, s, p, o, visits_between)
        view.edges.append(ViewEdge(str(s), str(o), str(p), label, tip))
    view.edges.sort(key=lambda e: (e.source, e.predicate, e.target))
    return view


def _category_names(r: _Reader, issue) -> set[str]:
    names = set()
    concept = r.g.value(issue, GOV.category)
    if isinstance(concept, URIRef):
        for c in {concept, r.vocab.top_concept(concept, r.g)}:
            names |= {Vocabulary(lang).concept_label(c, r.g) for lang in ("zh", "en")} | {local_name(c)}
    return names


def _node_tip(r: _Reader, node, vnode: ViewNode) -> list[str]:
    g, vocab = r.g, r.vocab
    cls = GOV[vnode.kind.split(":", 1)[0]]
    lines = [f"{vocab.label(cls)}：{r.name(node, SENTENCE_MAX)}"]
    aliases = sorted({clean(a, LABEL_MAX) for a in g.objects(node, SKOS.altLabel)} - {vnode.label})
    if aliases:
        lines.append(f"{r.ui['aliases']}：{'、'.join(aliases)}")
    posts = sorted(r.name(p) for p in g.objects(node, GOV.holdsPost))
    if posts:
        lines.append(r.field(GOV.holdsPost, "、".join(posts)))
    for parent in g.objects(node, GOV.partOf):
        lines.append(r.field(GOV.partOf, r.name(parent)))
    concept = g.value(node, GOV.category)
    if isinstance(concept, URIRef):
        lines.append(r.field(GOV.category, clean(vocab.concept_label(concept, g), LABEL_MAX)))
    if vnode.kind == "Report":
        date = g.value(node, DCTERMS.date)
        lines.append(r.field(GOV.fileName, r.report_name(node)))
        if date is not None:
            lines.append(r.field(GOV.date, date))
    elif vnode.kind == "Visit" or vnode.kind.startswith("Issue") or (node, GOV.evidence, None) in g:
        lines += r.evidence(node)
    return lines


def _edge_evidence(r: _Reader, s, p, o, visits_between) -> list[str]:
    """Evidence for the facts an analyst reads off an edge directly; edges of
    event nodes (visitor, visited place, ...) leave it to the event's tooltip."""
    if p == GOV.visited:
        sources = sorted(visits_between.get((s, o), []))
    elif p == GOV.raisedIssue:
        sources = [o]
    elif p == GOV.holdsPost:
        sources = sorted(r.g.objects(o, GOV.postDuring)) or [s]
    else:
        return []
    lines = []
    for source in sources[:EVIDENCE_PER_TOOLTIP]:
        lines += r.evidence(source)
    if len(sources) > EVIDENCE_PER_TOOLTIP:
        lines.append(r.ui["more"].format(n=len(sources) - EVIDENCE_PER_TOOLTIP))
    return lines
