"""What the views need from the ontology: labels of classes and properties in
one language, and each SKOS issue concept's top concept (its colour)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.namespaces import GOV, ISSUE
from kg import ontology

LANGS = ("zh", "en")


def _ontology() -> tuple[Graph, ...]:
    """The ontology and the issue scheme, each parsed once per process
    (kg.ontology.graph: extraction has read the scheme already).  No subject
    is described in both files, so each node's labels and broader concept are
    all in one of them, as in their union (kg.ontology.vocabulary), which would
    parse the scheme a second time (~10 ms of a first run)."""
    return ontology.graph(ontology.ONTOLOGY), ontology.graph(ontology.ISSUE_SCHEME)


def _label(g: Graph, node, lang: str, props=(RDFS.label, SKOS.prefLabel)) -> str | None:
    for prop in props:
        for value in g.objects(node, prop):
            if getattr(value, "language", None) == lang:
                return str(value)
    return None


@cache
def _ontology_label(iri: URIRef, lang: str) -> str | None:
    return next((found for g in _ontology() if (found := _label(g, iri, lang)) is not None), None)


# the mark joining a split keyword's parts (电动…车: kg.extract.issue_scheme.GAP): a pattern, no name
SPLIT_MARK = "…"


@cache
def concept_terms(concept: URIRef) -> frozenset[str]:
    """The other names of an issue concept in the scheme (ontology/issues.ttl):
    its skos:altLabel and skos:hiddenLabel values (SKOS: a hidden label is a
    name for search, 电瓶车 of 电动车充电), not the split keywords (电动…车), which
    are patterns.  Raises nothing; frozenset() for a concept not in the scheme.

    >>> "电瓶车" in concept_terms(ISSUE.EVCharging), "电动…车" in concept_terms(ISSUE.EVCharging)
    (True, False)
    """
    g = ontology.graph(ontology.ISSUE_SCHEME)
    return frozenset(str(v) for prop in (SKOS.altLabel, SKOS.hiddenLabel) for v in g.objects(concept, prop)
                     if SPLIT_MARK not in str(v))


@cache
def scheme_categories_named(forms: tuple[str, ...], lang: str = "zh") -> tuple[str, ...]:
    """The labels (in `lang`) of the issue scheme's concepts that one of `forms`
    names: as its label, or as another name of it (skos:altLabel, hiddenLabel;
    not a split keyword's pattern), sorted.  Raises nothing.

    >>> scheme_categories_named(("供暖",)), scheme_categories_named(("停车",)), scheme_categories_named(("某某",))
    (('公共设施',), ('停车',), ())
    """
    g = ontology.graph(ontology.ISSUE_SCHEME)
    found = set()
    for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
        for concept, value in g.subject_objects(prop):
            if str(value) in forms and SPLIT_MARK not in str(value) and isinstance(concept, URIRef):
                found.add(_ontology_label(concept, lang) or local_name(concept))
    return tuple(sorted(found))


@dataclass(frozen=True)
class Vocabulary:
    """Ontology labels in one language; falls back to the IRI's local name."""

    lang: str = "zh"

    def label(self, iri: URIRef) -> str:
        return _ontology_label(iri, self.lang) or local_name(iri)

    def top_concept(self, concept: URIRef, graph: Graph | None = None) -> URIRef:
        """The top concept above `concept` (skos:broader*), looked up in the
        ontology's scheme and then in the graph being drawn."""
        seen = {concept}
        current = concept
        while True:
            parent = next((p for g in _ontology() if (p := g.value(current, SKOS.broader)) is not None), None)
            if parent is None and graph is not None:
                parent = graph.value(current, SKOS.broader)
            if parent is None or parent in seen:
                return current
            seen.add(parent)
            current = parent

    def concept_label(self, concept: URIRef, graph: Graph | None = None) -> str:
        found = _ontology_label(concept, self.lang)
        if found is None and graph is not None:
            found = _label(graph, concept, self.lang)
        return found or local_name(concept)


def local_name(iri) -> str:
    text = str(iri)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1] or text
    return text


def is_govkg_property(iri) -> bool:
    return str(iri).startswith(str(GOV))


def kind_label(kind: str, vocab: Vocabulary) -> str:
    """'Subdistrict' -> 街道/镇; 'Issue:Housing' -> 民生议题：住房与小区 in Chinese,
    `issue: Housing...` in English (the colon of the language: kg.views.style.UI)."""
    from kg.views.style import UI

    base, _, concept = kind.partition(":")
    label = vocab.label(GOV[base])
    return f"{label}{UI[vocab.lang]['colon']}{vocab.concept_label(ISSUE[concept])}" if concept else label
