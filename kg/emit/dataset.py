"""The assembled graph as an rdflib Dataset, built from the assembly stream.

A `kg.corpus.assemble.Sink`: each named graph's N-Quads lines become rdflib
terms directly (kg.emit.terms.to_rdflib), no parser involved.  Memory: the
whole dataset, as rdflib holds it (a few hundred bytes a statement), so this
is for notebooks and tests, not for a 100,000-report corpus.
"""

from __future__ import annotations

from rdflib import Dataset, URIRef

from kg.emit.terms import split_terms, to_rdflib
from kg.namespaces import PREFIXES


class DatasetSink:
    def __init__(self):
        # default_union: queries and ds.triples() see every graph, as the stores' default graph does
        self.dataset = Dataset(default_union=True)
        for prefix, ns in PREFIXES.items():
            self.dataset.bind(prefix, ns)
        self._terms: dict[str, object] = {}

    def _term(self, text: str):
        term = self._terms.get(text)
        if term is None:
            term = self._terms[text] = to_rdflib(text)
        return term

    def graph(self, name: str, lines: list[str]) -> None:
        graph = self.dataset.graph(URIRef(name[1:-1]))
        term, cut = self._term, len(name) + 3
        graph.addN((term(s), term(p), term(o), graph) for s, p, o in (split_terms(line[:-cut] + " .") for line in lines))

    def triples(self, lines: list[str]) -> None:
        pass

    def close(self) -> None:
        return None
