"""RDF -> property graph, after the neosemantics (n10s) conventions.

Every node carries its IRI as `uri`; rdf:type gives the label; literal values
become properties named after the predicate's local name (the @zh rdfs:label
or skos:prefLabel as `name`); IRI-valued properties become relationships named
after the property (gov:holdsPost -> HOLDS_POST).  Labels, property names and
relationship types come from ontology/govkg.ttl only: they are the one thing
ever written into Cypher text, so report data can never reach it.

Where the embedded engine needs one table per node (LadybugDB), subclasses of
gov:Place share the label `Place` and keep their class in `kind`; every engine
gets the same model so one Cypher query answers the same everywhere.
See docs/property-graph.md.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Store
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.emit.property_graph import ALT_LABEL, DATE_TYPE, INTEGER_TYPES, NAME_PREDICATES, preferred_name, property_name, rel_type, typed_value
from kg.emit.terms import local_name as _local
from kg.emit.terms import parse_object
from kg.emit.union import terms_of
from kg.namespaces import GOV

IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
CONCEPT = "Concept"

# Column types, named as LadybugDB declares them.
STRING, INT64, DATE, STRING_LIST = "STRING", "INT64", "DATE", "STRING[]"
XSD_COLUMN = {DATE_TYPE: DATE, **{t: INT64 for t in INTEGER_TYPES}}


@dataclass
class NodeTable:
    label: str
    columns: dict[str, str] = field(default_factory=dict)  # property -> column type


@dataclass
class RelTable:
    type: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]

    def pairs(self) -> list[tuple[str, str]]:
        return [(s, t) for s in self.sources for t in self.targets]


@dataclass
class Schema:
    nodes: dict[str, NodeTable]
    rels: dict[str, RelTable]  # predicate IRI -> relationship table
    family: dict[str, str]  # class IRI -> label
    literals: dict[str, str]  # predicate IRI -> property name

    def rel_tables(self) -> list[RelTable]:
        return sorted({r.type: r for r in self.rels.values()}.values(), key=lambda r: r.type)


def _checked(name: str) -> str:
    if not IDENTIFIER.match(name):
        raise ValueError(f"ontology name {name!r} cannot be a Cypher identifier")
    return name


@cache
def schema() -> Schema:
    """The property-graph schema derived from ontology/govkg.ttl (and the SKOS scheme's terms)."""
    from kg import ontology

    # the ontology's classes and properties: the issue scheme declares none (its concepts are
    # the Concept label below); each file is parsed once per process and the views read both
    onto = ontology.graph(ontology.ONTOLOGY)
    gov = str(GOV)
    classes = {str(c) for c in onto.subjects(RDF.type, OWL.Class) if str(c).startswith(gov)}

    def top(cls: str) -> str:
        parents = [str(p) for p in onto.objects(_ref(cls), RDFS.subClassOf) if str(p) in classes]
        return top(parents[0]) if parents else cls

    family = {c: _checked(_local(top(c))) for c in classes}
    family[str(SKOS.Concept)] = CONCEPT
    labels = sorted(set(family.values()))
    gov_labels = tuple(label for label in labels if label != CONCEPT)
    nodes = {label: NodeTable(label, {"name": STRING, "altLabels": STRING_LIST}) for label in labels}
    for cls, label in family.items():
        if label != _local(cls):  # a subclass: its class name is kept in `kind`
            nodes[label].columns["kind"] = STRING

    def families(prop, axis) -> tuple[str, ...]:
        """Labels the property's domain (or range) allows: all when it declares none,
        none when it declares only classes outside the mapping (oa:SpecificResource)."""
        declared = [str(c) for c in onto.objects(prop, axis)]
        if not declared:
            return gov_labels
        return tuple(sorted({family[c] for c in declared if c in family}))

    literals = {p: property_name(p) for p in (*NAME_PREDICATES, ALT_LABEL)}
    for prop in sorted(onto.subjects(RDF.type, OWL.DatatypeProperty)):
        name = _checked(property_name(str(prop)))
        column = XSD_COLUMN.get(str(onto.value(prop, RDFS.range)), STRING)
        literals[str(prop)] = name
        for label in families(prop, RDFS.domain):
            nodes[label].columns[name] = column
    literals[str(DCTERMS.date)] = "date"  # the report's date
    nodes["Report"].columns["date"] = DATE

    rels = {}
    for prop in sorted(onto.subjects(RDF.type, OWL.ObjectProperty)):
        sources, targets = families(prop, RDFS.domain), families(prop, RDFS.range)
        if sources and targets:  # else it links to nodes the property graph does not have
            rels[str(prop)] = RelTable(_checked(rel_type(_local(str(prop)))), sources, targets)
    rels[str(SKOS.broader)] = RelTable("BROADER", (CONCEPT,), (CONCEPT,))
    return Schema(nodes, rels, family, literals)


def _ref(iri: str):
    from rdflib import URIRef

    return URIRef(iri)


# ------------------------------------------------------------------ conversion


@dataclass
class PropertyGraph:
    nodes: dict[str, list[dict]]  # label -> rows {uri, name, ...}
    edges: dict[tuple[str, str, str], list[dict]]  # (type, source label, target label) -> rows {s, o}
    skipped: Counter  # predicate IRI -> triples not mapped

    def counts(self) -> dict[str, int]:
        return {
            "nodes": sum(map(len, self.nodes.values())),
            "relationships": sum(map(len, self.edges.values())),
        }


def _key(term) -> str:
    return f"_:{term.value}" if isinstance(term, BlankNode) else term.value


# An object as the mapping reads it: (value, language, datatype); IRIs and blank
# nodes have the datatype IRI_OBJECT (kg.emit.terms.parse_object gives the same).
IRI_OBJECT = "@id"


_COLUMN_TYPE = {DATE: DATE_TYPE, INT64: INTEGER_TYPES[0]}


def _value(value: str, column: str):
    """A literal's lexical form as its column holds it; None when it is not of the column's type."""
    try:
        return typed_value(value, _COLUMN_TYPE.get(column))
    except ValueError:
        return None


def _label_and_kind(types: set[str], sch: Schema) -> tuple[str | None, str | None]:
    known = sorted(t for t in types if t in sch.family)
    if not known:
        return None, None
    label = sch.family[known[0]]
    kinds = sorted(_local(t) for t in known if sch.family[t] == label)
    specific = [k for k in kinds if k != label]
    return label, (specific or kinds)[0]


class Mapper:
    """Collects triples, then maps them to nodes and relationships (`finish`).

    Feed it the union graph as plain terms, `add(subject, predicate, object)`:
    the subject an IRI (or `_:id`), the predicate an IRI, the object a tuple
    `(value, language, datatype)` with datatype IRI_OBJECT for IRIs.  Memory:
    every mapped statement (the property graph is built whole, as n10s does)."""

    def __init__(self, sch: Schema | None = None):
        self.sch = sch or schema()
        # only the classes the mapping knows (others never give a label: Web Annotation
        # selectors are a third of the typed subjects), and each subject's literals in
        # one flat list of (predicate, value, language, datatype), grouped by
        # predicate only when its row is made: a dict and a list per subject and
        # predicate were ~85 of the ~285 MiB the mapper held at 10,000 reports
        self.types: dict[str, set[str]] = defaultdict(set)
        self.literals: dict[str, list[tuple]] = defaultdict(list)
        self.links: set[tuple[str, str, str]] = set()
        self.skipped: Counter = Counter()
        self._rdf_type = str(RDF.type)
        self._predicates: dict[str, str] = {}  # predicate term (`<iri>`) -> its IRI, interned

    def wants(self, predicate: str) -> bool:
        """Whether statements with this predicate are mapped at all (others are only counted)."""
        return predicate == self._rdf_type or predicate in self.sch.literals or predicate in self.sch.rels

    def add(self, s: str, p: str, o: tuple) -> None:
        is_iri = o[2] == IRI_OBJECT
        if p == self._rdf_type and is_iri and not o[0].startswith("_:"):
            if o[0] in self.sch.family:
                self.types[s].add(o[0])
        elif p in self.sch.literals and not is_iri:
            self.literals[s].append((p, *o))
        elif p in self.sch.rels and is_iri:
            self.links.add((s, p, o[0]))
        else:
            self.skipped[p] += 1

    def add_lines(self, lines) -> None:
        """N-Triples lines as govkg writes them (kg.emit.terms): one statement a line.
        Their terms are split once for every output (kg.emit.union.terms_of).

        IRIs, predicates, languages and datatypes are interned: each line gives
        them as new strings, and kept as such they were most of the mapper's
        memory (600 reports: 28 MiB, 18 interned)."""
        self.add_terms(terms_of(lines))

    def add_terms(self, triples) -> None:
        """(subject, predicate, object) N-Triples terms, as add_lines maps them."""
        wants, add, intern, predicates = self.wants, self.add, sys.intern, self._predicates
        for s, p, o in triples:
            iri = predicates.get(p)
            if iri is None:
                iri = predicates[p] = intern(p[1:-1])
            if wants(iri):
                value, lang, datatype = parse_object(o)
                if datatype == IRI_OBJECT:
                    value = intern(value)
                else:
                    lang, datatype = lang and intern(lang), datatype and intern(datatype)
                add(intern(s[1:-1] if s[0] == "<" else s), iri, (value, lang, datatype))
            else:
                self.skipped[iri] += 1

    def add_touching(self, lines, focus: set[str]) -> None:
        """N-Triples lines as add_lines takes them, keeping only what the rows of the
        nodes in `focus` (IRIs as terms, `<iri>`) and their relationships need: every
        rdf:type (the label of a relationship's other end), and the statements
        whose subject, or IRI object, is in `focus`.  For an in-place update of
        those nodes (kg.stores.ladybug_store.update): finish(focus) then gives
        them the rows a whole mapping would, at a fraction of its cost."""
        rdf_type = f"<{self._rdf_type}>"
        self.add_terms([(s, p, o) for s, p, o in terms_of(lines)
                        if p == rdf_type or s in focus or (o[0] == "<" and o in focus)])

    def finish(self, focus: set[str] | None = None) -> PropertyGraph:
        """The property graph: a row per typed node (or, with `focus`, a set of IRIs,
        only for those nodes), and every relationship between nodes."""
        sch, literals = self.sch, self.literals
        label_of: dict[str, str] = {}
        rows: dict[str, dict[str, dict]] = defaultdict(dict)
        for uri, node_types in self.types.items():
            label, kind = _label_and_kind(node_types, sch)
            if label is None:
                continue
            label_of[uri] = label
            if focus is not None and uri not in focus:
                continue
            row = _row(uri, sch.nodes[label], _by_predicate(literals.get(uri, ())), sch)
            if "kind" in sch.nodes[label].columns:
                row["kind"] = kind
            rows[label][uri] = row

        edges: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
        for s, p, o in sorted(self.links):
            table = sch.rels[p]
            source = label_of.get(s) or _only(table.sources)
            target = label_of.get(o) or _only(table.targets)
            if source not in table.sources or target not in table.targets:
                self.skipped[p] += 1
                continue
            for uri, label in ((s, source), (o, target)):
                if uri not in rows[label] and uri not in label_of:  # referenced but never typed: a bare node, as n10s makes
                    label_of[uri] = label
                    if focus is None or uri in focus:
                        rows[label][uri] = _row(uri, sch.nodes[label], _by_predicate(literals.get(uri, ())), sch)
            edges[(table.type, source, target)].append({"s": s, "o": o})

        nodes = {label: [table[u] for u in sorted(table)] for label, table in sorted(rows.items())}
        return PropertyGraph(nodes, dict(sorted(edges.items())), self.skipped)


def _by_predicate(literals) -> dict[str, list[tuple]]:
    """A subject's (predicate, value, language, datatype) entries as predicate ->
    [(value, language, datatype)], predicates in the order first stated."""
    grouped: dict[str, list[tuple]] = {}
    for entry in literals:
        grouped.setdefault(entry[0], []).append(entry[1:])
    return grouped


def _object(term) -> tuple:
    if isinstance(term, Literal):
        return term.value, term.language, term.datatype.value
    return _key(term), None, IRI_OBJECT


def property_graph(dataset: Store, sch: Schema | None = None) -> PropertyGraph:
    """Map the dataset's default graph (the union of its graphs) to nodes and relationships."""
    mapper = Mapper(sch)
    for quad in dataset.quads_for_pattern(None, None, None, DefaultGraph()):
        mapper.add(_key(quad.subject), quad.predicate.value, _object(quad.object))
    return mapper.finish()


def _only(labels: tuple[str, ...]) -> str | None:
    return labels[0] if len(labels) == 1 else None


def _row(uri: str, table: NodeTable, values: dict[str, list[tuple]], sch: Schema) -> dict:
    row = {"uri": uri}
    for column in table.columns:
        row[column] = [] if table.columns[column] == STRING_LIST else None
    names = [lit for p in NAME_PREDICATES for lit in values.get(p, [])]
    row["name"] = preferred_name(names)
    for predicate, found in values.items():
        column = sch.literals[predicate]
        if column == "name" or column not in table.columns:
            continue
        kind = table.columns[column]
        if kind == STRING_LIST:
            row[column] = sorted({lit[0] for lit in found})
        else:
            converted = [v for v in (_value(lit[0], kind) for lit in found) if v is not None]
            row[column] = min(converted) if converted else None  # several values: the smallest, deterministically
    return row

