"""Query results from any engine as one plain table, and its renderings.

Values become Python values the same way for every engine (IRIs and strings
-> str, xsd:integer -> int, xsd:date -> datetime.date, ...), so rows from
SPARQL and Cypher can be compared directly.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QuerySolutions, Triple

XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGERS = {f"{XSD}{t}" for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
FLOATS = {f"{XSD}{t}" for t in ("decimal", "double", "float")}


@dataclass
class Table:
    """Rows of a query: `columns` (names as the query wrote them) and `rows`
    (tuples of Python values); `str()` is the text table `kg query` prints.

    >>> print(Table(["n"], [(1,)]))
    n
    -
    1
    (1 row)
    """

    columns: list[str]
    rows: list[tuple]

    def __str__(self) -> str:
        return render(self, "table").rstrip("\n")


# ------------------------------------------------------------------ SPARQL terms


def term_value(term):
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, Literal):
        datatype = term.datatype.value
        try:
            if datatype in INTEGERS:
                return int(term.value)
            if datatype in FLOATS:
                return float(term.value)
            if datatype == f"{XSD}date":
                return dt.date.fromisoformat(term.value)
            if datatype == f"{XSD}boolean":
                return term.value in ("true", "1")
        except ValueError:
            pass  # an ill-typed literal is shown as written
        return term.value
    if isinstance(term, Triple):
        return str(term)
    return str(term)


def sparql_table(results) -> Table:
    if isinstance(results, QueryBoolean):
        return Table(["result"], [(bool(results),)])
    if isinstance(results, QuerySolutions):
        columns = [v.value for v in results.variables]
        return Table(columns, [tuple(term_value(row[c]) for c in columns) for row in results])
    # CONSTRUCT / DESCRIBE: triples
    return Table(["subject", "predicate", "object"], [tuple(term_value(t) for t in (x.subject, x.predicate, x.object)) for x in results])


# ------------------------------------------------------------------ Cypher values


def cypher_value(value):
    """Driver values -> plain ones, the same from every engine: neo4j.time.Date
    -> datetime.date; a node -> {"_label": its label, its properties}, a
    relationship -> {"_type": its type, its properties}, a path ->
    {"nodes": [...], "relationships": [...]}.  A node's or relationship's
    properties leave out nulls and the engine's own fields: LadybugDB gives
    every column of the label's table, null where unset, and internal ids
    (`_ID`, `_SRC`, `_DST`); a Bolt server gives only what is set, and the
    label or type beside the properties, not among them.

    >>> cypher_value({"_ID": {"offset": 0, "table": 6}, "_LABEL": "Visit", "name": "x", "role": None})
    {'_label': 'Visit', 'name': 'x'}
    >>> cypher_value({"_SRC": {}, "_DST": {}, "_LABEL": "VISITED", "_ID": {}})
    {'_type': 'VISITED'}
    """
    if value is None or isinstance(value, (str, int, float, bool, dt.date)):
        return value
    if hasattr(value, "to_native"):  # neo4j.time types
        return value.to_native()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [cypher_value(v) for v in value]
    if isinstance(value, dict):
        if "_NODES" in value and "_RELS" in value:  # a LadybugDB path
            return {"nodes": cypher_value(value["_NODES"]), "relationships": cypher_value(value["_RELS"])}
        if "_LABEL" in value and "_ID" in value:  # a LadybugDB node, or a relationship (it has ends)
            return _element("_type" if "_SRC" in value else "_label", value["_LABEL"],
                            {k: v for k, v in value.items() if not k.startswith("_")})
        return {k: cypher_value(v) for k, v in value.items()}
    if hasattr(value, "relationships") and hasattr(value, "nodes"):  # a neo4j Path
        return {"nodes": cypher_value(list(value.nodes)), "relationships": cypher_value(list(value.relationships))}
    if hasattr(value, "labels") and hasattr(value, "items"):  # a neo4j Node
        return _element("_label", ":".join(sorted(value.labels)), dict(value.items()))
    if hasattr(value, "type") and hasattr(value, "items"):  # a neo4j Relationship
        return _element("_type", value.type, dict(value.items()))
    return str(value)


def _element(kind: str, name: str, properties: dict) -> dict:
    return {kind: name, **{k: cypher_value(v) for k, v in properties.items() if v is not None}}


# ------------------------------------------------------------------ comparison


def comparable(value):
    """One canonical form per value, for comparing engines: dates as ISO text,
    whole floats as ints, lists as sorted tuples."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return tuple(sorted((comparable(v) for v in value), key=repr))
    if isinstance(value, dict):
        return tuple(sorted((k, comparable(v)) for k, v in value.items()))
    return value


def normalised(table: Table) -> list[tuple]:
    """Rows in canonical form and canonical order (engines may order ties differently)."""
    rows = [tuple(comparable(v) for v in row) for row in table.rows]
    return sorted(rows, key=lambda row: tuple((v is None, repr(v)) for v in row))


# ------------------------------------------------------------------ rendering


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(_jsonable(value), ensure_ascii=False)
    return str(value)


def _jsonable(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")


def render(table: Table, fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps([dict(zip(table.columns, map(_jsonable, row))) for row in table.rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows([[_text(v) for v in row] for row in table.rows])
        return out.getvalue()
    cells = [[_one_line(_text(v)) for v in row] for row in table.rows]
    widths = [max([_width(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(table.columns)]
    lines = [" | ".join(_pad(c, w) for c, w in zip(table.columns, widths)).rstrip()]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(_pad(v, w) for v, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"
