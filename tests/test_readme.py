"""The README's query examples, run as written on a real build of the seed:
what they count is what the build says it built."""

from __future__ import annotations

import json
import re
import shlex

from tests.conftest import ROOT, run_kg


def _readme_queries() -> list[list[str]]:
    """The README's `kg query --store out ...` lines, as argument lists."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [shlex.split(line, comments=True)[1:] for line in text.splitlines() if line.startswith("kg query --store out ")]


def _run(args: list[str], out) -> str:
    args = [str(out) if a == "out" and args[i - 1] == "--store" else a for i, a in enumerate(args)]
    proc = run_kg(*args, "--format", "csv") if "--format" not in args else run_kg(*args)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_readme_counts_match_the_build_summary(seed_build):
    summary = json.loads((seed_build / "manifest.json").read_text(encoding="utf-8"))["summary"]
    counting = [args for args in _readme_queries() if re.search(r"count\(", " ".join(args), re.IGNORECASE)]
    assert len(counting) >= 2, "the README shows how to count (a class in Cypher, triples in SPARQL)"
    for args in counting:
        value = int(_run(args, seed_build).split()[-1])
        what = "visits" if "Visit" in " ".join(args) else "triples"
        expected = summary["counts"]["visits"] if what == "visits" else summary["triples"]
        assert value == expected, f"{shlex.join(args)} gives {value}, the build says {expected} {what}"


def test_readme_name_lookup_finds_the_official(seed_build):
    lookups = [args for args in _readme_queries() if "CONTAINS" in " ".join(args)]
    assert lookups
    for args in lookups:
        assert "吕鸣" in _run(args, seed_build)


def test_readme_python_lines_run_as_written(monkeypatch):
    """The README's Python block, then its `graph_of` example, in the repository
    as a notebook opened there would run them."""
    import rdflib

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", text, re.DOTALL).group(1)
    example = re.search(r"`(built\.dataset\.graph\(built\.graph_of\[[^`]*\]\))`", text).group(1)
    monkeypatch.chdir(ROOT)
    scope: dict = {}
    exec(compile(block, "README.md", "exec"), scope)
    assert scope["built"].failures == []
    graph = eval(example, scope)
    assert isinstance(graph, rdflib.Graph)
    assert len(graph) > 0
    assert str(graph.identifier) in scope["built"].graph_of.values()
