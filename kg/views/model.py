"""An RDF graph -> the nodes and edges a view draws, with plain-text tooltips.

Nodes are the resources typed with a govkg class (official, post, place and
its subclasses, visit, issue, report); edges are the govkg object-property
triples between two such nodes.  Every label and tooltip here is plain text,
cleaned of control and formatting characters; html.py never lets it become
markup.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib import namespace as _ns

from kg import namespaces as _kg_ns
from kg.emit.terms import to_rdflib
from kg.emit.union import terms_of
from kg.views.style import CLASS_LOOKS, UI, issue_kind
from kg.views.vocabulary import Vocabulary, concept_terms, is_govkg_property, local_name

class _Terms:
    """A namespace whose terms are made once: rdflib builds a new URIRef on every
    attribute access, which cost a second over a 600-report view."""

    def __init__(self, ns):
        self._ns = ns

    def __getattr__(self, name: str) -> URIRef:
        term = URIRef(self._ns[name]) if not name.startswith("_") else getattr(self._ns, name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        return getattr(self, name)

    def __str__(self) -> str:
        return str(self._ns)


GOV, OA = _Terms(_kg_ns.GOV), _Terms(_kg_ns.OA)
DCTERMS, RDF, RDFS, SKOS = _Terms(_ns.DCTERMS), _Terms(_ns.RDF), _Terms(_ns.RDFS), _Terms(_ns.SKOS)

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
    inside: list[str] = field(default_factory=list)  # names folded into it, once aggregated (the page searches them)
    categories: dict[str, str] = field(default_factory=dict)  # an issue's: its category's names (in names too) -> the category's label
    category: str = ""  # an issue's own (narrowest) category's label, as `categories` gives it
    # an issue's own category's other names (skos:altLabel, skos:hiddenLabel: 电瓶车 of 电动车充电) -> its label;
    # --issue matches them last (kg.views.select.matches), never inside a longer word
    category_terms: dict[str, str] = field(default_factory=dict)
    jurisdiction: str = ""  # a post's gov:jurisdiction (a place named only there: --place finds it, kg.views.select)


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
    folded: dict[str, str] = field(default_factory=dict)  # once aggregated: a folded name -> its member's kind


def clean(text, limit: int | None = None) -> str:
    """Untrusted text made safe to show: no control, zero-width or bidi
    characters (they can disguise a name), whitespace collapsed, length capped."""
    text = str(text)
    if text.isprintable():
        # no character of categories C* or Z* but the ASCII space (Python's definition of
        # printable), so none to drop: the per-character loop below would keep them all
        kept = text
    else:
        kept = []
        for ch in text:
            cat = unicodedata.category(ch)
            if cat in ("Cc", "Zl", "Zp"):
                kept.append(" ")
            elif cat not in ("Cf", "Cs", "Co", "Cn"):
                kept.append(ch)
        kept = "".join(kept)
    result = " ".join(kept.split())
    if limit and len(result) > limit:
        result = result[: limit - 1] + "…"
    return result


def _kinds_by_class() -> dict[URIRef, str]:
    return {GOV[name]: name for name in CLASS_LOOKS}


# What a view never reads: Web Annotation selectors, offsets, hashes, merge notes.
# Dropping them while indexing keeps the index (and the build's memory) small.
_UNUSED = (str(OA), *(str(GOV[p]) for p in ("evidenceStart", "evidenceEnd", "evidenceSpan", "contentHash", "mergeReason")),
           str(SKOS.editorialNote))


class TermIndex:
    """Triples as rdflib terms, indexed by predicate then subject (subject -> objects,
    in the order added).  rdflib's per-lookup cost dominated at 10,000 nodes.

    Filled from an rdflib Graph (`of_graph`, for `kg view`) or, by `kg build`,
    from N-Triples lines as govkg writes them (`add_lines`), which makes the
    same terms without a parser.  `value` and `objects` answer as rdflib's
    Graph methods do, for the vocabulary's lookups.  A subject's only object
    is held as itself, a list only from the second on (`objects_of` reads
    both): most (predicate, subject) pairs have one object, and a list each
    was ~40 % of the index's memory."""

    def __init__(self):
        self.index: dict = defaultdict(dict)
        self._terms: dict[str, object] = {}
        self._kept: dict[str, object] = {}  # add_lines: predicate term -> its rdflib term, False if skipped

    @classmethod
    def of_graph(cls, graph: Graph) -> "TermIndex":
        index = cls()
        for s, p, o in graph:
            index._add(p, s, o)
        return index

    def _add(self, p, s, o) -> None:
        by_subject = self.index[p]
        held = by_subject.get(s)
        if held is None:
            by_subject[s] = o
        elif type(held) is list:
            held.append(o)
        else:
            by_subject[s] = [held, o]

    def _term(self, text: str):
        term = self._terms.get(text)
        if term is None:
            term = self._terms[text] = to_rdflib(text)
        return term

    def add_lines(self, lines) -> None:
        """N-Triples lines (kg.emit.terms); statements a view never reads are skipped.
        Literals stay text (`_Unparsed`) until read: an aggregated page reads few of them."""
        term, add, kept = self._term, self._add, self._kept
        for s, p, o in terms_of(lines):  # split once for every output (kg.emit.union)
            predicate = kept.get(p)
            if predicate is None:  # a predicate's test once, not per line: a few dozen predicates
                predicate = kept[p] = False if p.startswith(_UNUSED, 1) else term(p)
            if predicate is False or (p == _TYPE and o.startswith(_OA)):
                continue
            add(predicate, term(s), term(o) if o[0] == "<" else _Unparsed(o))

    def found(self, subject, predicate) -> list | None:
        """The objects of (subject, predicate) as rdflib terms, in the order added (None: none)."""
        by_subject = self.index.get(predicate)
        held = None if by_subject is None else by_subject.get(subject)
        if held is None:
            return None
        if type(held) is not list:
            if type(held) is _Unparsed:
                held = by_subject[subject] = self._term(held)
            return [held]
        if any(type(o) is _Unparsed for o in held):
            held[:] = [self._term(o) if type(o) is _Unparsed else o for o in held]
        return held

    def value(self, subject, predicate):
        found = self.found(subject, predicate)
        return found[0] if found else None

    def objects(self, subject, predicate):
        return iter(self.found(subject, predicate) or ())


def objects_of(held) -> list:
    """What TermIndex.index holds for a subject, as a list of its objects."""
    return held if type(held) is list else [held]


class _Unparsed(str):
    """A literal's N-Triples text, made an rdflib Literal when first read (TermIndex.found)."""


_TYPE, _OA = f"<{RDF.type}>", f"<{OA}"


class _Reader:
    """Reads one graph (a TermIndex) into a ViewGraph."""

    def __init__(self, graph: "TermIndex", vocab: Vocabulary):
        self.g = graph
        self.vocab = vocab
        self.ui = UI[vocab.lang]
        self.index = graph.index
        reports = [s for s, objs in self.index.get(RDF.type, {}).items() if GOV.Report in objects_of(objs)]
        # with a single report every fact came from it, even those that do not say so
        self.only_report = reports[0] if len(reports) == 1 else None
        self._evidence: dict = {}
        self._report_names: dict = {}
        self._top: dict = {}

    def objects(self, node, prop) -> list:
        found = self.g.found(node, prop)
        return sorted(found) if found else []

    def value(self, node, prop):
        found = self.g.found(node, prop)
        return min(found) if found else None

    def text(self, node, prop=RDFS.label) -> str | None:
        values = [v for v in self.objects(node, prop) if isinstance(v, Literal)]
        for lang in (self.vocab.lang, "zh", None):
            for v in values:
                if lang is None or v.language == lang:
                    return str(v)
        return None

    def name(self, node, limit: int = LABEL_MAX) -> str:
        return clean(self.text(node) or local_name(node), limit)

    def field(self, prop: URIRef, value) -> str:
        return f"{self.vocab.label(prop)}{self.ui['colon']}{value}"

    def top_concept(self, concept: URIRef) -> URIRef:
        if concept not in self._top:
            self._top[concept] = self.vocab.top_concept(concept, self.g)
        return self._top[concept]

    def kind(self, node, classes: list[str]) -> str:
        order = list(CLASS_LOOKS)
        kind = min(classes, key=order.index)
        if kind == "Issue":
            concept = self.value(node, GOV.category)
            if isinstance(concept, URIRef):
                return issue_kind(local_name(self.top_concept(concept)))
        return kind

    def report_of(self, node):
        return self.value(node, GOV.sourceReport) or self.only_report

    def date_of(self, node) -> str | None:
        date = self.value(node, GOV.date)
        during = self.value(node, GOV.raisedDuring)
        if date is None and isinstance(during, URIRef):
            date = self.value(during, GOV.date)
        if date is None and self.report_of(node) is not None:
            date = self.value(self.report_of(node), DCTERMS.date)
        return None if date is None else str(date)

    def evidence(self, node) -> list[str]:
        """Where a fact came from: date and report, then the sentence itself.
        (Memoised: a visit's evidence also serves its official's and post's edges.)"""
        if node not in self._evidence:
            sentences = sorted(str(s) for s in self.objects(node, GOV.evidence))
            report = self.report_of(node)
            where = " · ".join(
                part for part in (self.date_of(node), report is not None and self.report_name(report)) if part
            )
            lines = [where] if where else []
            self._evidence[node] = lines + [f"“{clean(s, SENTENCE_MAX)}”" for s in sentences]
        return self._evidence[node]

    def report_name(self, report) -> str:
        if report not in self._report_names:
            name = self.text(report, GOV.fileName) or self.text(report) or local_name(report)
            self._report_names[report] = clean(name, LABEL_MAX)
        return self._report_names[report]


def read_view(graph: "Graph | TermIndex", vocab: Vocabulary) -> ViewGraph:
    """The nodes and edges to draw, with their tooltips, from an rdflib Graph or a TermIndex of one."""
    view, tips = read_view_untipped(graph, vocab)
    tips(view)
    return view


def read_view_untipped(graph: "Graph | TermIndex", vocab: Vocabulary):
    """(the view without tooltips, `tips(view, kinds=None, edges=True)` that fills them in).

    Tooltips (evidence sentences, dates, reports) are most of the reading; a big
    graph is aggregated into a few hundred group nodes, so `kg.views.html`
    computes them only for what it draws: `kinds` limits the nodes, `edges`
    says whether edges get theirs.  `tips` works on any slice of the view."""
    r = _Reader(graph if isinstance(graph, TermIndex) else TermIndex.of_graph(graph), vocab)
    by_class = _kinds_by_class()
    classes: dict[URIRef, list[str]] = {}
    for node, types in r.index.get(RDF.type, {}).items():
        kinds = [by_class[c] for c in objects_of(types) if c in by_class]
        if kinds and isinstance(node, URIRef):
            classes[node] = kinds

    view = ViewGraph()
    terms = {}
    for node in sorted(classes, key=str):  # URIRefs order as their text does; str keys sort faster
        kind = r.kind(node, classes[node])
        text = r.text(node) or local_name(node)
        vnode = ViewNode(key=str(node), label=clean(text, LABEL_MAX), kind=kind, full=clean(text, SENTENCE_MAX))
        if kind == "Visit":
            # "吕鸣走访新华居民区" repeats the edges around it; the date is what the node adds
            vnode.label = r.date_of(node) or vocab.label(GOV.Visit)
            vnode.full = ""  # searched by the official's and the place's names, not its own
        vnode.names = {clean(v) for v in r.objects(node, RDFS.label) + r.objects(node, SKOS.altLabel)}
        if kind.startswith("Issue:"):
            vnode.categories = _category_names(r, node)
            vnode.names |= set(vnode.categories)
            if isinstance(concept := r.value(node, GOV.category), URIRef):
                vnode.category = r.vocab.concept_label(concept, r.g)
                vnode.category_terms = dict.fromkeys(concept_terms(concept), vnode.category)
        elif kind == "Post":
            vnode.jurisdiction = clean(r.text(node, GOV.jurisdiction) or "")
        view.nodes[vnode.key] = vnode
        terms[vnode.key] = node
    # tooltips name a node as it is written; the label may yet be qualified with its parent
    written = {key: vnode.label for key, vnode in view.nodes.items()}
    _qualify_same_named_places(r, view)
    _qualify_same_named_officials(r, view)

    drawn = view.nodes
    for p, by_subject in list(r.index.items()):
        if not is_govkg_property(p):
            continue
        label, predicate = vocab.label(p), str(p)
        for s, objects in by_subject.items():
            source = str(s)
            if source not in drawn:
                continue
            for o in objects_of(objects):
                # literals (still N-Triples text, or Literal) are never drawn nodes
                if isinstance(o, URIRef) and (target := str(o)) in drawn:
                    view.edges.append(ViewEdge(source, target, predicate, label))
    view.edges.sort(key=lambda e: (e.source, e.predicate, e.target))
    visits_between = {}

    def tips(part: ViewGraph, kinds=None, edges: bool = True) -> None:
        for key, vnode in part.nodes.items():
            if kinds is None or vnode.kind.split(":", 1)[0] in kinds:
                vnode.tip = _node_tip(r, terms[key], vnode, written[key])
        if not edges:
            return
        if not visits_between:  # (official, place) -> visits: evidence of gov:visited
            for visit, officials in r.index.get(GOV.visitor, {}).items():
                if str(visit) in view.nodes:
                    for official in objects_of(officials):
                        for place in r.objects(visit, GOV.visitedPlace):
                            visits_between.setdefault((official, place), []).append(visit)
        for e in part.edges:
            s, o = terms[e.source], terms[e.target]
            e.tip = [f"{view.nodes[e.source].label} —{e.label}→ {view.nodes[e.target].label}"]
            e.tip += _edge_evidence(r, s, URIRef(e.predicate), o, visits_between)

    return view, tips


def _qualify_same_named_places(r: _Reader, view: ViewGraph) -> None:
    """Places that share a label (桂园社区 of two subdistricts) are shown with
    the place that contains them, `桂园社区（西岭街道）`, so they can be told apart."""
    by_label = defaultdict(list)
    for key, vnode in view.nodes.items():
        if vnode.kind.split(":", 1)[0] not in NOT_PLACES:
            by_label[vnode.label].append(key)
    for label, keys in by_label.items():
        if len(keys) < 2:
            continue
        for key in keys:
            parents = sorted(r.name(p) for p in r.objects(URIRef(key), GOV.partOf))
            if parents:
                view.nodes[key].label = f"{label}（{parents[0]}）"


# what follows a jurisdiction's type word opening a post's title when the title names the
# area's organ (区委书记, 区人大常委会主任, 街道党工委书记, 村委会主任): the type word is written
# once after the area (静安区委书记), as the queries/visits-by-official files write it
_ORGAN_AFTER_TYPE = re.compile("(?:委|党|人大|政协|政府|人民|纪委|监委)")
_TYPE_WORDS = ("街道", "社区", "区", "市", "县", "旗", "盟", "州", "镇", "乡", "村")


def post_title(area: str, title: str) -> str:
    """A post's title with its jurisdiction `area` before it, the area's type
    word written once when the title opens with it and the area's organ
    (NEWCOMER51: 苏州市市委副书记, 青溪区区人大常委会副主任); a head of the area keeps
    both (静安区区长), and so does a word that only begins with the character
    (苏州市 + 市场监管局局长).  Raises nothing.

    >>> post_title("苏州市", "市委副书记"), post_title("青溪区", "区人大常委会副主任"), post_title("东湖街道", "街道党工委书记")
    ('苏州市委副书记', '青溪区人大常委会副主任', '东湖街道党工委书记')
    >>> post_title("静安区", "区长"), post_title("苏州市", "市场监管局局长"), post_title("", "区委书记")
    ('静安区区长', '苏州市市场监管局局长', '区委书记')

    A title writing its area already is left as written (湖北省人大代表 of 湖北省).

    >>> post_title("湖北省", "湖北省人大代表"), post_title("新市镇", "德清县新市镇党委书记")
    ('湖北省人大代表', '德清县新市镇党委书记')
    """
    if area and area in title:
        return title  # 湖北省人大代表 of 湖北省, 德清县新市镇党委书记 of 新市镇: never prefixed twice (session 57, nc57b)
    for word in _TYPE_WORDS:
        if len(area) > len(word) and area.endswith(word) and title.startswith(word) \
                and _ORGAN_AFTER_TYPE.match(title, len(word)):
            return area[:-len(word)] + title
    return area + title


def _qualify_same_named_officials(r: _Reader, view: ViewGraph) -> None:
    """Officials the graph keeps apart who share a name (张伟, 静安区委书记 in one
    report, 闵行区长 in another) are shown with a post each holds, its
    jurisdiction first (`post_title`), `张伟（静安区委书记）`, so two nodes never read alike:
    the first such title by its text, as the visits-by-official query's `post`
    column gives it when the visit names none.  An official without a post
    keeps the bare name; so do all when the only titles they hold are shared
    by the others (nothing would tell them apart)."""
    by_label = defaultdict(list)
    for key, vnode in view.nodes.items():
        if vnode.kind == "Official":
            by_label[vnode.label].append(key)
    for label, keys in by_label.items():
        if len(keys) < 2:
            continue
        titles = {}
        for key in keys:
            held = sorted(post_title(r.text(post, GOV.jurisdiction) or "", r.text(post) or "")
                          for post in r.objects(URIRef(key), GOV.holdsPost))
            titles[key] = next((clean(t, LABEL_MAX) for t in held if t), "")
        if len(set(titles.values())) < 2:
            continue
        for key, title in titles.items():
            if title:
                view.nodes[key].label = f"{label}（{title}）"


NOT_PLACES = {"Official", "Post", "Visit", "Issue", "Report"}


def _category_names(r: _Reader, issue) -> dict[str, str]:
    """The names of an issue's category and its top concept (Chinese, English,
    the IRI's local name) -> that concept's label in the view's language."""
    names = {}
    concept = r.value(issue, GOV.category)
    if isinstance(concept, URIRef):
        for c in {concept, r.top_concept(concept)}:
            shown = r.vocab.concept_label(c, r.g)
            names.update(dict.fromkeys({Vocabulary(lang).concept_label(c, r.g) for lang in ("zh", "en")} | {local_name(c)}, shown))
    return names


def _node_tip(r: _Reader, node, vnode: ViewNode, label: str | None = None) -> list[str]:
    """The node's tooltip lines; `label`: its label as written (default vnode.label)."""
    vocab = r.vocab
    cls = GOV[vnode.kind.split(":", 1)[0]]
    lines = [f"{vocab.label(cls)}{r.ui['colon']}{r.name(node, SENTENCE_MAX)}"]
    aliases = sorted({clean(a, LABEL_MAX) for a in r.objects(node, SKOS.altLabel)} - {label or vnode.label})
    if aliases:
        lines.append(f"{r.ui['aliases']}{r.ui['colon']}{r.ui['list_sep'].join(aliases)}")
    posts = sorted(r.name(p) for p in r.objects(node, GOV.holdsPost))
    if posts:
        lines.append(r.field(GOV.holdsPost, r.ui["list_sep"].join(posts)))
    for parent in r.objects(node, GOV.partOf):
        lines.append(r.field(GOV.partOf, r.name(parent)))
    concept = r.value(node, GOV.category)
    if isinstance(concept, URIRef):
        lines.append(r.field(GOV.category, clean(vocab.concept_label(concept, r.g), LABEL_MAX)))
    outcome = r.value(node, GOV.reportedOutcome)
    if outcome is not None:  # an issue the report tells dealt with (已于本月初修好)
        lines.append(r.field(GOV.reportedOutcome, clean(str(outcome), SENTENCE_MAX)))
    if vnode.kind == "Report":
        date = r.value(node, DCTERMS.date)
        lines.append(r.field(GOV.fileName, r.report_name(node)))
        if date is not None:
            lines.append(r.field(GOV.date, date))
    elif vnode.kind == "Visit" or vnode.kind.startswith("Issue") or r.objects(node, GOV.evidence):
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
        sources = r.objects(o, GOV.postDuring) or [s]
    else:
        return []
    lines = []
    for source in sources[:EVIDENCE_PER_TOOLTIP]:
        lines += r.evidence(source)
    if len(sources) > EVIDENCE_PER_TOOLTIP:
        lines.append(r.ui["more"].format(n=len(sources) - EVIDENCE_PER_TOOLTIP))
    return lines
