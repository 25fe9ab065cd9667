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
