"""Faults a newcomer met in session 16: a town's, community's or village's post
given its county as jurisdiction, the same report in two encodings built twice,
query hints ranked by letter case, a date range dating every stop on its first
day, going up and down stairs read as a lift.  (An occupation written after a
post stays a post: the golds' convention.)  Every fixture is invented;
each test runs the real pipeline."""

from __future__ import annotations

import pytest
from rdflib.namespace import RDFS

import kg
from kg.namespaces import GOV

# ---------------------------------------------------------------- a post below the district: not the district's


@pytest.mark.fast
def test_a_town_community_or_village_post_has_not_the_countys_jurisdiction():
    text = ("2025年4月2日，柏川县县长罗启明来到松林乡青坪村。乡长钱望、社区主任伍晴、村委会主任"
            "欧安、县交通运输局局长钟岳陪同。村民说，便桥冲垮了。\n")
    built = kg.build_texts({"a.txt": text})
    held = {}
    for post in built.dataset.subjects(GOV.jurisdiction, None):
        held[str(built.dataset.value(post, RDFS.label))] = {str(j) for j in built.dataset.objects(post, GOV.jurisdiction)}
    labels = {str(built.dataset.value(p, RDFS.label)) for p in built.dataset.subjects(None, GOV.Post)}
    assert {"县长", "乡长", "社区主任", "村委会主任", "县交通运输局局长"} <= labels, labels
    # the county's posts keep the county; the township's and village's are the report's only
    # township and village (session 32: kg.corpus.mentions.sole_units), never the county; the
    # community's has none (no community named)
    assert held == {"县长": {"柏川县"}, "县交通运输局局长": {"柏川县"}, "乡长": {"松林乡"}, "村委会主任": {"青坪村"}}, held


# ---------------------------------------------------------------- a report saved in another encoding: built once


@pytest.mark.fast
@pytest.mark.parametrize("saved", ["gb18030", "utf-16", "utf-8-sig", "crlf"])
def test_a_report_saved_in_another_encoding_is_built_once_with_a_warning_naming_both(saved):
    text = "2025年5月6日，副区长苏明远来到柳湾街道青石社区。\n居民反映路灯不亮。\n"
    copy = text.replace("\n", "\r\n").encode("utf-8") if saved == "crlf" else text.encode(saved)
    built = kg.build_texts({"b.txt": text.encode("utf-8"), "b_copy.txt": copy})
    assert list(built.facts) == ["b.txt"] and built.counts["visits"] == 1, built.counts
    (warning,) = [w for w in built.warnings if "b_copy.txt" in w]
    assert "b.txt" in warning.replace("b_copy.txt", "") and "built once" in warning, warning


@pytest.mark.fast
def test_reports_of_other_texts_with_sizes_alike_are_both_built():
    # a GB18030 file as long as another report's UTF-8 bytes: decoded and compared, not taken for a copy
    one = "2025年5月6日，副区长苏明远来到柳湾街道青石社区。居民反映路灯不亮。\n"
    other = "2025年5月7日，副区长苏明远来到柳湾街道红石社区。居民反映路面破损。\n"
    assert len(other.encode("gb18030")) != len(one.encode("utf-8"))  # sizes differ: pad to match
    other += "x" * (len(one.encode("utf-8")) - len(other.encode("gb18030")))
    built = kg.build_texts({"c.txt": one.encode("utf-8"), "d.txt": other.encode("gb18030")})
    assert sorted(built.facts) == ["c.txt", "d.txt"] and not built.warnings, built.warnings


# ---------------------------------------------------------------- kg query: hints by edit distance and by slot


@pytest.mark.fast
def test_a_class_name_or_misspelling_as_a_predicate_suggests_a_property():
    from kg.stores.vocabulary import unknown_terms

    text = ("SELECT * { ?v a gov:Visit ; gov:official ?o ; gov:place ?p . ?o gov:holdPost ?post ; a gov:official . "
            "?x gov:official ?y }")
    assert [(t.written, t.suggestion) for t in unknown_terms(text)] == [
        ("gov:official", "gov:visitor"),  # a Visit's official: the property leading to an Official from a Visit
        ("gov:place", "gov:visitedPlace"), ("gov:holdPost", "gov:holdsPost")]
    # the object of `a` wants a class; a name near nothing gets no guess
    assert [t.suggestion for t in unknown_terms("SELECT * { ?o a gov:official ; gov:zzqqxx ?p }")] == ["gov:Official", None]


@pytest.mark.fast
def test_the_shared_sparql_patterns_skip_strings_comments_and_iris_for_both_checks():
    from kg.stores.named import unknown_prefixes, with_prefixes
    from kg.stores.vocabulary import unknown_terms

    text = 'PREFIX x: <https://w3id.org/govkg/ontology#>\nSELECT * { ?o x:visted "y:z" ; <http://e/#w:q> ?p } # w:v gov:zz'
    assert unknown_prefixes(text) == []
    assert [t.written for t in unknown_terms(text)] == ["x:visted"]
    assert with_prefixes(text) == text  # x: is declared, nothing of govkg's is used outside strings and comments


def test_cypher_names_the_graphs_nearest_label_or_relationship_type(one_report_build):
    from tests.conftest import run_kg

    done = run_kg("query", "--store", one_report_build, "--cypher", "MATCH (o:Official)-[:VISTED]->(p:Place) RETURN o.name")
    assert done.returncode == 1 and "Table VISTED does not exist" in done.stderr, done.stderr
    assert "did you mean VISITED?" in done.stderr and "relationship types: " in done.stderr, done.stderr
    done = run_kg("query", "--store", one_report_build, "--cypher", "MATCH (o:Oficial) RETURN o.name")
    assert "did you mean Official?" in done.stderr and "node labels: " in done.stderr, done.stderr


# ---------------------------------------------------------------- a date range: each stop on the day it is told


@pytest.mark.fast
@pytest.mark.parametrize("told", ["17日，在杏林村，村民说灌溉渠漏水。", "17日下午，姜卫东来到杏林村，村民说灌溉渠漏水。"])
def test_a_stop_of_a_date_range_told_on_a_later_day_is_dated_that_day(told):
    from tests.extraction import facts_of

    facts = facts_of(f"2025年9月16日至17日，副县长姜卫东到柳河镇松坡村、杏林村调研。在松坡村，村民说收购价格偏低。{told}\n")
    dates = {(v.place.rpartition(":")[2], v.date.isoformat()) for v in facts.visits}
    assert dates == {("松坡村", "2025-09-16"), ("杏林村", "2025-09-17")}, dates


@pytest.mark.fast
def test_a_stop_told_only_under_the_range_keeps_its_first_day():
    from tests.extraction import facts_of

    facts = facts_of("2025年9月16日至17日，副县长姜卫东到柳河镇松坡村、杏林村调研。在杏林村，村民说灌溉渠漏水。"
                     "9月20日，姜卫东来到杏林村回访。\n")
    dates = sorted((v.place.rpartition(":")[2], v.date.isoformat()) for v in facts.visits)
    assert ("杏林村", "2025-09-16") in dates and ("杏林村", "2025-09-20") in dates, dates  # the 20th is past the range


# ---------------------------------------------------------------- going up and down stairs is no lift


@pytest.mark.fast
def test_stairs_named_in_passing_are_no_elevator_retrofit():
    from kg.extract.issue_scheme import categorise

    assert categorise("夜里上下楼只能摸黑打手电") != "ElevatorRetrofit"
    assert categorise("高层老人上下楼困难") == categorise("楼里没有电梯") == "ElevatorRetrofit"
