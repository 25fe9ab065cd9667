"""GraphML (via networkx) of the union graph, for Gephi, yEd or networkx users."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from kg.emit.property_graph import property_graph


def to_networkx(lines: Iterable[str], scheme: Iterable[str] = (), families: dict[str, str] | None = None):
    """A networkx MultiDiGraph of sorted N-Triples `lines` (and the issue
    scheme's `scheme` lines, the stores' `families` labels: see
    kg.emit.property_graph.property_graph): nodes keyed by IRI with `labels`
    (`;`-joined) and one attribute per property, edges keyed by type."""
    import networkx as nx

    nodes, edges = property_graph(lines, scheme, families)
    g = nx.MultiDiGraph()
    for node in nodes:
        attrs = {"labels": ";".join(node.labels)}
        for name, values in node.properties.items():
            # GraphML attributes hold one value: several become one string
            value = values[0] if len(values) == 1 else " | ".join(map(str, values))
            attrs[name] = value if isinstance(value, int) else _xml_chars(str(value))
        g.add_node(node.iri, **attrs)
    for e in edges:
        g.add_edge(e.start, e.end, key=e.type, type=e.type)
    return g


# Characters XML 1.0 cannot hold, not even as a reference (XML 1.0 section 2.2,
# Char).  Labels never carry them (the repair step drops them), but a verbatim
# quote of the source (oa:exact) may: it gets U+FFFD there, so the file parses.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_chars(text: str) -> str:
    return XML_ILLEGAL.sub("\ufffd", text)


def write_graphml(lines: Iterable[str], target: Path, scheme: Iterable[str] = (), families: dict[str, str] | None = None) -> tuple[int, int]:
    """Write GraphML of `lines` (see to_networkx) to `target`; (nodes, edges)."""
    import networkx as nx

    g = to_networkx(lines, scheme, families)
    _consistent_types(g)
    nx.write_graphml(g, str(target), encoding="utf-8", named_key_ids=True)
    return g.number_of_nodes(), g.number_of_edges()


def _consistent_types(g) -> None:
    """GraphML declares one type per attribute: where ints and strings mix, use strings."""
    kinds: dict[str, set] = {}
    for _, data in g.nodes(data=True):
        for k, v in data.items():
            kinds.setdefault(k, set()).add(type(v))
    mixed = {k for k, ts in kinds.items() if len(ts) > 1}
    for _, data in g.nodes(data=True):
        for k in mixed & data.keys():
            data[k] = str(data[k])
