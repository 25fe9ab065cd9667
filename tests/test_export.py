"""`kg export`: the built graph as Turtle, TriG, N-Quads, JSON-LD, GraphML and
neo4j-admin CSV, each read back by a real parser and compared with the build."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from kg.resources import ontology_dir, queries_dir
from tests.conftest import run_kg

ISSUE_SCHEME = ontology_dir() / "issues.ttl"


def export(out: Path, fmt: str, to: Path | None = None) -> Path:
    args = ["export", "--from", out, "--format", fmt] + (["--to", to] if to else [])
    proc = run_kg(*args)
    assert proc.returncode == 0, proc.stderr
    return to


def quads(ds: Dataset) -> set:
    return {(s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in ds.quads((None, None, None, None))}


@pytest.fixture(scope="module")
def built(linking_build) -> Dataset:
    return Dataset().parse(linking_build / "graph.nq", format="nquads")


@pytest.mark.parametrize("fmt, rdflib_format", [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_dataset_formats_hold_the_same_named_graphs(linking_build, built, tmp_path, fmt, rdflib_format):
    path = export(linking_build, fmt, tmp_path / f"graph.{fmt}")
    again = Dataset().parse(path, format=rdflib_format)
    assert quads(again) == quads(built)
    assert len({g for *_, g in quads(again)}) == 6 + 1  # six reports and the entities graph


def test_turtle_is_the_union(linking_build, built, tmp_path):
    path = export(linking_build, "turtle", tmp_path / "union.ttl")
    assert path.read_bytes() == (linking_build / "graph.ttl").read_bytes()
    union = Graph().parse(path)
    assert set(union) == {(s, p, o) for s, p, o, _ in quads(built)}


def test_nquads_to_standard_output(linking_build):
    proc = run_kg("export", "--from", linking_build, "--format", "nquads", "--to", "-")
    assert proc.returncode == 0
    assert proc.stdout == (linking_build / "graph.nq").read_text(encoding="utf-8")


def test_graphml_reads_back_with_networkx(linking_build, tmp_path):
    path = export(linking_build, "graphml", tmp_path / "graph.graphml")
    g = nx.read_graphml(path)
    union = Graph().parse(linking_build / "graph.ttl")
    # rdf:predicate of a reified holding is the statement's `predicate` property, not an edge
    links = [(s, p, o) for s, p, o in union if isinstance(o, URIRef) and p not in (RDF.type, RDF.predicate)]
    scheme = [(s, p, o) for s, p, o in Graph().parse(ISSUE_SCHEME) if isinstance(o, URIRef) and p != RDF.type]
    assert g.number_of_edges() == len(links) + len(scheme)  # the issue scheme's links too
    (wang,) = [n for n, d in g.nodes(data=True) if d.get("name") == "王明"]
    assert g.nodes[wang]["labels"] == "Official"
    held = {g.nodes[v]["name"] for _, v, d in g.out_edges(wang, data=True) if d["type"] == "HOLDS_POST"}
    assert held == {"区长", "区委书记"}


def test_neo4j_csv_is_consistent(linking_build, tmp_path):
    folder = export(linking_build, "neo4j-csv", tmp_path / "neo4j")
    with open(folder / "nodes.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, nodes = rows[0], rows[1:]
    assert header[:3] == ["uri:ID", ":LABEL", "name:string"]
    assert {"evidenceStart:long", "altLabels:string[]", "date:date"} <= set(header)  # named as in the stores
    ids = [row[0] for row in nodes]
    assert len(ids) == len(set(ids))
    by_name = {}
    for row in nodes:
        by_name.setdefault(row[2], []).append(row[1])
    assert by_name["王明"] == ["Resource;Official"] and len(by_name["李华"]) == 2
    with open(folder / "relationships.csv", encoding="utf-8", newline="") as f:
        rels = list(csv.reader(f))
    assert rels[0] == [":START_ID", ":END_ID", ":TYPE"]
    assert all(start in set(ids) and end in set(ids) for start, end, _ in rels[1:])
    assert {"VISITED", "HOLDS_POST", "PART_OF", "RAISED_ISSUE", "EVIDENCE_SPAN"} <= {t for *_, t in rels[1:]}


def test_export_needs_a_build_folder(tmp_path):
    proc = run_kg("export", "--from", tmp_path, "--format", "trig")
    assert proc.returncode == 2 and "not a build folder" in proc.stderr


@pytest.mark.parametrize("fmt, suffix, read_as", [("trig", "trig", "TriG"), ("nquads", "nq", "N-Quads"), ("jsonld", "jsonld", "JSON-LD"), ("turtle", "ttl", None)])
def test_validate_reads_every_rdf_format_export_writes(linking_build, tmp_path, fmt, suffix, read_as):
    path = export(linking_build, fmt, tmp_path / f"graph.{suffix}")
    union = len(Graph().parse(linking_build / "graph.ttl"))
    proc = run_kg("validate", path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    said = f", read as {read_as}" if read_as else ""
    assert proc.stdout.strip() == f"{path}: conforms ({union} triples{said})"


def test_validate_tells_the_format_by_content_and_names_what_it_reads(linking_build, tmp_path):
    # N-Quads under a suffix that names no format, with an ill-typed date in a named graph
    text = (linking_build / "graph.nq").read_text(encoding="utf-8")
    bad = '<urn:x:v> <https://w3id.org/govkg/ontology#date> "2025-02-30"^^<http://www.w3.org/2001/XMLSchema#date> <urn:x:g> .\n'
    (tmp_path / "dump.txt").write_text(text + bad, encoding="utf-8")
    proc = run_kg("validate", tmp_path / "dump.txt")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert '"2025-02-30"^^xsd:date' in proc.stdout and "no such day" in proc.stdout
    # a graph that is not RDF: one line naming the file and the formats read
    path = export(linking_build, "graphml", tmp_path / "graph.graphml")
    proc = run_kg("validate", path)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1 and str(path) in lines[0]
    assert "GraphML" in lines[0] and "N-Quads (.nq)" in lines[0] and "TriG (.trig)" in lines[0]
    # broken Turtle: the Turtle parser's complaint, on one line
    (tmp_path / "broken.ttl").write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    proc = run_kg("validate", tmp_path / "broken.ttl")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "not readable as Turtle" in proc.stderr
    # a report given by mistake: named, said to be no RDF, no parser's byte dump
    (tmp_path / "report.txt").write_text("今天区长来到社区。\n", encoding="utf-8")
    proc = run_kg("validate", tmp_path / "report.txt")
    assert proc.returncode == 2 and "not a readable RDF file" in proc.stderr and "\\x" not in proc.stderr


def test_exports_name_what_the_stores_name_alike(linking_build, tmp_path):
    """One naming convention (kg.emit.property_graph) for the exports and the
    stores: every relationship type and property the store schema derives from
    the ontology (the tables LadybugDB and Neo4j are filled with) appears under
    the same name in a neo4j-admin export of a build that states it."""
    from kg.stores.mapping import schema

    folder = export(linking_build, "neo4j-csv", tmp_path / "neo4j")
    with open(folder / "nodes.csv", encoding="utf-8", newline="") as f:
        exported_columns = {c.split(":")[0] for c in next(csv.reader(f))}
    with open(folder / "relationships.csv", encoding="utf-8", newline="") as f:
        exported_types = {row[2] for row in list(csv.reader(f))[1:]}
    union = Graph().parse(linking_build / "graph.ttl")
    stated = {str(p) for p in union.predicates()}
    sch = schema()
    rel_types = {table.type for predicate, table in sch.rels.items() if predicate in stated}
    columns = {name for predicate, name in sch.literals.items() if predicate in stated}
    assert rel_types and columns
    assert rel_types <= exported_types
    assert columns <= exported_columns


def test_exports_name_places_and_categories_as_the_stores_do(corpus_build, tmp_path):
    """What a neo4j-admin import of the CSV or a GraphML reader sees uses the stores'
    names: every node label the bundled Cypher queries match on, Place nodes with the
    store's `kind`, and issue categories as Concept nodes with their Chinese name."""
    folder = export(corpus_build, "neo4j-csv", tmp_path / "neo4j")
    with open(folder / "nodes.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    labels = {label for row in rows for label in row[":LABEL"].split(";")}
    used = {m for q in queries_dir().glob("*.cypher") for m in re.findall(r"\(\w*:(\w+)", q.read_text(encoding="utf-8"))}
    assert used and used <= labels
    exported = {(row["name:string"], row["kind:string"]) for row in rows if "Place" in row[":LABEL"].split(";")}
    proc = run_kg("query", "--store", corpus_build, "--cypher", "MATCH (p:Place) RETURN p.name AS name, p.kind AS kind", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    stored = {(r["name"], r["kind"]) for r in csv.DictReader(proc.stdout.splitlines())}
    assert stored and exported == stored
    categories = {row["name:string"] for row in rows if "Concept" in row[":LABEL"].split(";")}
    proc = run_kg("query", "--store", corpus_build, "--cypher", "MATCH (c:Concept) RETURN c.name AS name", "--format", "csv")
    assert {r["name"] for r in csv.DictReader(proc.stdout.splitlines())} == categories
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in name) for name in categories)
    g = nx.read_graphml(export(corpus_build, "graphml", tmp_path / "graph.graphml"))
    assert {(d["name"], d["kind"]) for _, d in g.nodes(data=True) if "Place" in d["labels"].split(";")} == stored
