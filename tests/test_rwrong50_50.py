"""Session 50 (rwrong50: issues filed at the wrong place and stops), kinds recurring across the
opened sets, each pinned with invented sentences in two wordings (one in another shape) and a twin
left alone.

1. A place named inside the matter an inspect verb takes (`调研X村人居环境整治工作`, `督导A家属区改造
   和B市场建设情况`: the clause closed by a matter head of `visit_matter_heads.txt`) is what is
   inspected, no stop, once the same official's stops (a community or a site) are told:
   `VisitRecord.matter`, dropped in `resolve.drop_coarse_visits`.  Alone it stays a visit; so does a
   place the matter belongs to (察看X项目的建设进展) or one inspected on the spot (实地调研X社区…工作).
"""

import pytest

from kg.extract.visit_stops import matter_closes
from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast


# 1. a place inside the matter inspected

def test_a_place_inside_a_supervised_matter_is_no_stop_beside_the_stops():
    facts = facts_of("2024年5月6日，副市长王立到青石镇，督导原青石煤矿职工宿舍区供水改造和集镇菜市场建设工作。"
                     "在青石镇红星社区桃园小区，王立察看了管网铺设情况。随后，王立来到青石镇农贸市场，察看主体工程。\n")
    got = {place for who, place in visits(facts) if who == "王立"}
    assert "原青石煤矿职工宿舍区" not in got and not any("煤矿" in p for p in got)
    assert any("桃园小区" in p for p in got)


def test_a_place_in_a_surveyed_theme_with_a_quoted_term_is_no_stop():
    facts = facts_of("3月2日，县长李华到东林镇调研春耕准备和“共享农机站”建设情况。"
                     "在东林镇白沙村，李华察看了育秧大棚。最后，李华来到东林镇红岭农机合作社，看望社员。\n")
    got = {place for who, place in visits(facts) if who == "李华"}
    assert not any(p == "共享农机站" for p in got)
    assert any("红岭农机合作社" in p for p in got)


def test_a_place_inspected_alone_stays_a_visit():
    facts = facts_of("2024年5月6日，副区长赵明实地调研青松社区老旧小区改造工作，听取社区情况汇报。\n")
    assert any(who == "赵明" and "青松社区" in place for who, place in visits(facts))


def test_a_place_looked_at_with_no_matter_after_it_is_a_stop():
    assert not matter_closes("察看了红星小区，询问工期。", 7, 13)
    assert matter_closes("督导红星小区加装电梯工作。", 6, 13)


def test_a_work_whose_progress_is_looked_at_stays_a_stop():
    facts = facts_of("2024年8月9日，区长孙伟率队赴东湖街道调研。孙伟一行首先来到东湖街道青年活动中心，察看服务设施。"
                     "最后，孙伟一行来到西岭街道，步行察看滨河步道提升项目的建设进展。\n")
    assert any(who == "孙伟" and "滨河步道提升项目" in place for who, place in visits(facts))


def test_a_place_inspected_on_the_spot_stays_a_stop_beside_a_later_stop():
    facts = facts_of("2024年5月6日，副区长赵明实地调研青松社区老旧小区改造工作。随后，赵明来到东湖街道红枫小区，察看加装电梯进度。\n")
    got = {place for who, place in visits(facts) if who == "赵明"}
    assert any("青松社区" in p for p in got) and any("红枫小区" in p for p in got)
