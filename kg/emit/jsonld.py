"""JSON-LD of the dataset: one object per named graph, each with its nodes.

Written by hand from the sorted N-Quads (rdflib's JSON-LD serialiser holds
everything in memory and is slow on a corpus); keys are prefixed names from
the context, so the output reads like the Turtle.
"""

from __future__ import annotations

import json
from itertools import groupby
from typing import Iterable, TextIO

from kg.emit.terms import P, parse_object, prefixed, split_terms
from kg.emit.turtle import quad_graph
from kg.namespaces import PREFIXES


def _key(iri: str) -> str:
    short = prefixed(f"<{iri}>")
    return iri if short.startswith("<") else short


def _value(term: str):
    value, lang, datatype = parse_object(term)
    if datatype == "@id":
        return {"@id": value}
    if lang:
        return {"@value": value, "@language": lang}
    if datatype:
        return {"@value": value, "@type": _key(datatype)}
    return value


def _node(subject: str, pairs) -> dict:
    obj: dict = {"@id": subject[1:-1]}
    for predicate, objects in groupby(pairs, key=lambda po: po[0]):
        values = [o for _, o in objects]
        if predicate == P.type:
            obj["@type"] = [_key(parse_object(v)[0]) for v in values]
        else:
            obj[_key(predicate[1:-1])] = [_value(v) for v in values]
    return obj


def write_jsonld(lines: Iterable[str], out: TextIO) -> int:
    """N-Quads lines sorted by graph, then statement -> a JSON-LD document."""
    context = {p: str(ns) for p, ns in sorted(PREFIXES.items())}
    out.write('{\n"@context": ' + json.dumps(context, ensure_ascii=False) + ',\n"@graph": [')
    count = 0
    for gi, (graph, group) in enumerate(groupby(map(quad_graph, lines), key=lambda gl: gl[0])):
        out.write(("," if gi else "") + '\n{"@id": ' + json.dumps(graph[1:-1]) + ', "@graph": [')
        triples = (split_terms(t) for _, t in group)
        for si, (subject, spo) in enumerate(groupby(triples, key=lambda t: t[0])):
            pairs = sorted((p, o) for _, p, o in spo)
            count += len(pairs)
            out.write(("," if si else "") + "\n  " + json.dumps(_node(subject, pairs), ensure_ascii=False))
        out.write("\n]}")
    out.write("\n]}\n")
    return count
