"""Faults a newcomer met in session 16: a town's, community's or village's post
given its county as jurisdiction, the same report in two encodings built twice,
an occupation after a post kept as a post, query hints ranked by letter case,
a date range dating every stop on its first day.  Every fixture is invented;
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
    # the county's posts keep the county; the township's, community's and village's have none
    assert held == {"县长": {"柏川县"}, "县交通运输局局长": {"柏川县"}}, held


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

