"""`kg validate GRAPH`: SHACL-validate a Turtle file (or a build folder's graph.ttl)."""

from __future__ import annotations

from pathlib import Path

from kg.errors import UsageError


def register(sub) -> None:
    p = sub.add_parser("validate", help="check a graph against ontology/shapes.ttl (SHACL)")
    p.add_argument("graph", type=Path, help="a Turtle file or a build folder holding graph.ttl")
    p.set_defaults(func=run)


def run(args) -> int:
    from kg.validate import parse, validate

    path = args.graph / "graph.ttl" if args.graph.is_dir() else args.graph
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    try:
        data = parse(path)
    except Exception as exc:
        raise UsageError(f"{path}: not readable Turtle ({exc})") from None
    result = validate(data)
    if result.conforms:
        print(f"{path}: conforms ({len(data)} triples)")
        return 0
    for line in result.ill_typed:
        print(f"{path}: {line}")
    if result.shapes_report:
        print(result.shapes_report)
    problems = f" ({len(result.ill_typed)} ill-typed literal(s))" if result.ill_typed else ""
    print(f"{path}: does NOT conform{problems}")
    return 1
