"""CSV files for `neo4j-admin database import full`.

    neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j

Node ids are the IRIs (`uri:ID`), labels are the rdf:types plus `Resource`
(as neosemantics does) and the stores' label (`Place` with `kind`, `Concept`), and each property column carries its type
(`evidenceStart:long`, `date:date`, `altLabels:string[]` for properties some
node has several values of, separated by `;`).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Iterable

from kg.emit.property_graph import property_graph

ARRAY_DELIMITER = ";"


def _column_types(nodes) -> dict[str, str]:
    types: dict[str, str] = {}
    for node in nodes:
        for name, values in node.properties.items():
            kind = "long" if all(isinstance(v, int) for v in values) else "date" if all(isinstance(v, dt.date) for v in values) else "string"
            if types.get(name, kind) != kind:
                kind = "string"
            if len(values) > 1 or types.get(name, "").endswith("[]"):
                kind = kind + "[]"
            types[name] = kind
    return types


def _cell(values: list, kind: str) -> str:
    if kind.endswith("[]"):
        # the import splits on the delimiter: keep it out of the values
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, "；") for v in values)
    return str(values[0])


def write_neo4j_csv(lines: Iterable[str], folder: Path, scheme: Iterable[str] = (), families: dict[str, str] | None = None) -> tuple[int, int]:
    """Write `folder`/nodes.csv and relationships.csv from sorted N-Triples
    `lines`, with the issue scheme's `scheme` lines and the stores' family
    labels (see kg.emit.property_graph.property_graph); (nodes, relationships)
    written.  Raises OSError when the folder cannot be written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    nodes, edges = property_graph(lines, scheme, families)
    types = _column_types(nodes)
    # `name` first, then the rest alphabetically
    columns = sorted(types, key=lambda n: (n != "name", n))
    with open(folder / "nodes.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["uri:ID", ":LABEL"] + [f"{c}:{types[c]}" for c in columns])
        for node in nodes:
            labels = ";".join(["Resource", *node.labels])  # n10s's Resource first, then the labels as GraphML has them
            w.writerow([node.iri, labels] + [_cell(node.properties[c], types[c]) if c in node.properties else "" for c in columns])
    with open(folder / "relationships.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([":START_ID", ":END_ID", ":TYPE"])
        for e in edges:
            w.writerow([e.start, e.end, e.type])
    return len(nodes), len(edges)
