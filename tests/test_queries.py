"""The query library: every question in queries/ gives identical rows from
Oxigraph (SPARQL), LadybugDB (embedded Cypher) and ArcadeDB over Bolt
(Cypher through the Neo4j driver), on the seed-plus-reports build and on the
hand-written feature graph."""

from __future__ import annotations

import pytest

from kg.resources import queries_dir
from kg.stores import ladybug_store, named, neo4j_store, oxigraph_store
from kg.stores.results import normalised
from tests.conftest import run_kg
from tests.plugins.stores import INJECTION

ENGINES = ("oxigraph-sparql", "ladybug-cypher", "bolt-cypher")
QUERIES = named.available("sparql")

# (query, label) -> parameters, per data set; a query not listed runs with its defaults
PARAMS = {
    "corpus": {
        ("visits-in-date-range", ""): {"from": "2025-03-01", "to": "2025-03-31"},
        ("official-trail", ""): {"official": "王明"},
        ("elevator-retrofit-places", "housing"): {"concept": "issue:Housing"},
    },
    "feature": {
        ("visits-in-date-range", ""): {"from": "2025-03-04", "to": "2025-03-12"},
        ("official-trail", ""): {"official": INJECTION},
        ("elevator-retrofit-places", "housing"): {"concept": "https://w3id.org/govkg/issue#Housing"},
    },
}
CASES = [(q, "") for q in QUERIES] + [("elevator-retrofit-places", "housing")]


def test_every_question_has_both_languages_a_description_and_the_same_parameters():
    rq = {p.stem for p in queries_dir().glob("*.rq")}
    cypher = {p.stem for p in queries_dir().glob("*.cypher")}
    assert rq == cypher and len(rq) >= 10
    for name in sorted(rq):
        sparql, cy = named.resolve(name, "sparql"), named.resolve(name, "cypher")
        assert sparql.description and sparql.description == cy.description, name
        assert sparql.params == cy.params, name


def _run_all(dataset, oxigraph_path, ladybug_path, bolt_session) -> dict:
    results = {}
    store = oxigraph_store.open_store(oxigraph_path)
    for name, label in CASES:
        given = PARAMS[dataset].get((name, label), {})
        sparql, cypher = named.resolve(name, "sparql"), named.resolve(name, "cypher")
        parameters = named.cypher_parameters(named.values(cypher, given))
        results[(name, label)] = {
            "oxigraph-sparql": oxigraph_store.query(store, named.bind_sparql(sparql, given)),
            "ladybug-cypher": ladybug_store.query(ladybug_path, cypher.text, parameters),
            "bolt-cypher": neo4j_store.query(bolt_session, cypher.text, parameters),
        }
    return results


@pytest.fixture(scope="module")
def answers(arcadedb_server, corpus_build, feature_graph, tmp_path_factory):
    """Every case on every engine, for both data sets (one Bolt load each)."""
    server = arcadedb_server
    found = {}
    for dataset in ("corpus", "feature"):
        server.wipe()
        if dataset == "corpus":  # the build's own embedded stores
            ox, lb, source = corpus_build, corpus_build, ["--from", corpus_build]
        else:
            folder = tmp_path_factory.mktemp("feature-stores")
            ox, lb, source = folder / "oxigraph", folder / "graph.db", ["--file", feature_graph]
            for target, path in (("oxigraph", ox), ("ladybug", lb)):
                proc = run_kg("load", target, *source, "--store", path)
                assert proc.returncode == 0, proc.stderr
        proc = run_kg("load", "neo4j", *source, *server.load_args(), env=server.env())
        assert proc.returncode == 0, proc.stderr
        with neo4j_store.session(server.uri, server.user, server.password, server.database) as s:
            found[dataset] = _run_all(dataset, ox, lb, s)
    server.wipe()
    return found


@pytest.mark.parametrize("dataset", ["corpus", "feature"])
@pytest.mark.parametrize("case", CASES, ids=[f"{q}{'[' + l + ']' if l else ''}" for q, l in CASES])
@pytest.mark.parametrize("engine", ENGINES[1:])
def test_cypher_engine_agrees_with_sparql(answers, dataset, case, engine):
    tables = answers[dataset][case]
    expected, got = tables["oxigraph-sparql"], tables[engine]
    assert normalised(got) == normalised(expected)
    if got.rows or engine == "ladybug-cypher":  # ArcadeDB names no columns for an empty result
        assert got.columns == expected.columns


def test_the_feature_graph_gives_rows_for_every_question(answers):
    empty = [case for case, tables in answers["feature"].items() if not tables["oxigraph-sparql"].rows]
    assert not empty


def test_the_corpus_build_gives_rows(answers):
    rows = {case: len(t["oxigraph-sparql"].rows) for case, t in answers["corpus"].items()}
    assert rows[("officials-and-posts", "")] > 0 and rows[("visits-by-official", "")] > 0
    assert sum(rows.values()) > 20


def test_the_mapping_document_names_every_label_and_relationship():
    from kg.resources import PACKAGE
    from kg.stores.mapping import schema

    doc = (PACKAGE.parent / "docs" / "property-graph.md").read_text(encoding="utf-8")
    sch = schema()
    missing = [name for name in [*sch.nodes, *(r.type for r in sch.rel_tables())] if f"`{name}`" not in doc]
    assert not missing
