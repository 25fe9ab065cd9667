"""`kg query` as a user types it: warnings about gov:/issue: terms govkg never
defines (a misspelt predicate is valid SPARQL that silently answers 0 rows),
and a long one-line query read as the query."""

from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from tests.conftest import run_kg
from kg.namespaces import GOV, ISSUE
from kg.stores.vocabulary import defined, unknown_terms, warning

QUERIES = Path(__file__).resolve().parent.parent / "queries"


@pytest.mark.fast
def test_a_misspelt_predicate_is_named_with_the_defined_term_closest_to_it():
    terms = unknown_terms("SELECT ?o WHERE { ?o gov:visted ?p . ?p a gov:ResidentCommittee }")
    assert [(t.written, t.suggestion) for t in terms] == [
        ("gov:visted", "gov:visited"), ("gov:ResidentCommittee", "gov:ResidentsCommittee")]


@pytest.mark.fast
def test_terms_are_expanded_with_the_querys_own_prefixes_and_in_full_iris():
    text = (f"PREFIX g: <{GOV}>\nSELECT * {{ ?o g:holdPost ?p ; <{GOV}visitd> ?q . "
            f"?i <{ISSUE}NoSuchTheme> ?x }}")
    assert [t.written for t in unknown_terms(text)] == ["g:holdPost", f"<{GOV}visitd>", f"<{ISSUE}NoSuchTheme>"]
    assert unknown_terms(text)[0].iri == f"{GOV}holdPost"


@pytest.mark.fast
def test_strings_comments_other_namespaces_and_defined_terms_are_not_reported():
    text = ('SELECT ?o { ?o gov:holdsPost ?p ; rdfs:label "gov:nothing" . # gov:alsoNothing\n'
            '?p schema:madeUp ?x ; a gov:Official . }')
    assert unknown_terms(text) == []
    assert warning(text) is None


@pytest.mark.fast
def test_every_bundled_query_uses_only_defined_terms():
    queries = sorted(QUERIES.glob("*.rq"))
    assert queries
    assert {q.name: [t.written for t in unknown_terms(q.read_text(encoding="utf-8"))] for q in queries} == {
        q.name: [] for q in queries}


def test_every_govkg_term_a_build_writes_is_defined(seed_build):
    # the warning must never fire on a term govkg itself writes
    g = Graph()
    g.parse(seed_build / "graph.ttl", format="turtle")
    used = {str(t) for triple in g for t in triple
            if isinstance(t, URIRef) and str(t).startswith((str(GOV), str(ISSUE)))}
    assert used and used <= defined()


def test_kg_query_warns_about_a_misspelt_predicate_and_still_answers(seed_build, tmp_path):
    query = tmp_path / "posts.rq"
    query.write_text("SELECT ?o ?p WHERE {\n  ?o gov:holdPost ?p .\n}\n", encoding="utf-8")
    done = run_kg("query", "--store", seed_build, "--sparql", query)
    assert done.returncode == 0, done.stderr
    assert "gov:holdPost is not a term of the govkg ontology" in done.stderr
    assert "did you mean gov:holdsPost?" in done.stderr
    assert "(0 rows)" in done.stdout
    fixed = run_kg("query", "--store", seed_build, "--sparql", query.read_text(encoding="utf-8").replace("holdPost", "holdsPost"))
    assert fixed.returncode == 0 and "warning" not in fixed.stderr
    assert "(0 rows)" not in fixed.stdout


def test_a_long_one_line_query_is_read_as_the_query_not_as_a_file_name(seed_build):
    # a line of 300 bytes is longer than any file name may be (255 bytes): is_file raised OSError
    names = " OR ".join(f"o.name CONTAINS '{c}'" for c in "吕王李张陈赵周吴郑孙马冯褚卫蒋沈韩杨朱秦")
    query = f"MATCH (o:Official) WHERE {names} RETURN o.name"
    assert len(query.encode("utf-8")) > 255
    done = run_kg("query", "--store", seed_build, "--cypher", query, "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert "吕鸣" in done.stdout
