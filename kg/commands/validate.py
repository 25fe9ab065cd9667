"""`kg validate GRAPH`: SHACL-validate an RDF file govkg wrote (graph.ttl, an
export) or a build folder's graph.ttl."""

from __future__ import annotations

from pathlib import Path

from kg.errors import UsageError


def register(p) -> None:
    """The arguments of `kg validate` on its parser `p` (kg.cli makes it, with its help line)."""
    p.add_argument("graph", type=Path, help="an RDF file (.ttl, .nt, .trig, .nq, .jsonld, .rdf) or a build folder holding graph.ttl")
    p.set_defaults(func=run)


def run(args) -> int:
    from kg.validate import validate

    from kg.commands.view import graph_file, read_or_report

    path = graph_file(args.graph, "validate")  # a clear error naming the path: no such file, not a build folder
    data, fmt = read_or_report(path, "validate", keep_lexical=True)  # a report: build it first
    if not len(data):
        raise UsageError(f"{path}: holds no RDF statements ({fmt}): nothing to validate")
    read_as = "" if fmt == "Turtle" else f", read as {fmt}"
    result = validate(data)
    if result.conforms:
        # shapes target govkg's classes: a graph without them conforms vacuously
        vacuous = "" if _about_govkg(data) else "; none is typed with a govkg class, so no shape applied"
        print(f"{path}: conforms ({len(data)} triples{read_as}{vacuous})")
        return 0
    for line in result.ill_typed + result.spans:
        print(f"{path}: {line}")
    if result.shapes_report:
        print(result.shapes_report)
    counts = [f"{len(result.ill_typed)} ill-typed literal(s)"] * bool(result.ill_typed) + \
             [f"{len(result.spans)} evidence span(s) not their sentence's"] * bool(result.spans)
    problems = f" ({', '.join(counts)})" if counts else ""
    print(f"{path}: does NOT conform{problems}")
    return 1


def _about_govkg(data) -> bool:
    from rdflib import RDF

    from kg.namespaces import GOV

    return any(str(o).startswith(str(GOV)) for o in data.objects(None, RDF.type))
