"""The units and titles of the Xinjiang Production and Construction Corps (兵团):
its levels are the division (师: 第九师), the numbered regiment farm (团: 一二三团,
123团, the town level) and the numbered company in it (连: 四连, 7连, the village
level); their heads are 师长, 团长, 连长 (and 政委, 指导员).  Every fixture is
invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDFS

from kg.corpus.mentions import post_district, strip_district
from kg.namespaces import GOV
from tests.extraction import facts_of, issues, parent_name, posts, visits


def place_by_name(facts, name: str):
    return next(p for p in facts.places.values() if p.name == name)


def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


REGIMENT_COMPANIES = [
    ("一二三团", "四连"),
    ("一〇五团", "十一连"),
    ("二〇九团", "十二连"),
    ("123团", "7连"),
    ("86团", "15连"),
]


@pytest.mark.fast
@pytest.mark.parametrize("regiment, company", REGIMENT_COMPANIES)
def test_a_numbered_company_is_a_village_level_unit_in_its_regiment(regiment, company):
    facts = facts_of(f"2024年5月6日，县长柏文来到{regiment}{company}，职工反映灌溉渠渗漏。")
    # labelled with its regiment, as 青山镇一村 is: 四连 alone names no place
    unit = place_by_name(facts, regiment + company)
    assert unit.type == "VillagersCommittee"
    assert parent_name(facts, regiment + company) == regiment
    assert place_by_name(facts, regiment).type == "Subdistrict"
    assert unit.key.endswith(f"/community:{company}")
    assert visits(facts) == {("柏文", regiment + company)}
    assert issues(facts) == {(regiment + company, "灌溉渠渗漏")}


@pytest.mark.fast
@pytest.mark.parametrize("regiment, first, second", [("一二三团", "四连", "九连"), ("123团", "7连", "10连")])
def test_two_companies_of_one_regiment_are_two_places(regiment, first, second):
    one = facts_of(f"2024年5月6日，县长柏文来到{regiment}{first}，职工反映灌溉渠渗漏。")
    other = facts_of(f"2024年5月7日，县长柏文来到{regiment}{second}，职工反映灌溉渠渗漏。")
    assert place_by_name(one, regiment + first).key != place_by_name(other, regiment + second).key  # across reports
    both = facts_of(f"2024年5月6日，县长柏文来到{regiment}{first}和{regiment}{second}，职工反映灌溉渠渗漏。")
    keys = {place_by_name(both, regiment + first).key, place_by_name(both, regiment + second).key}
    assert len(keys) == 2 and not any("~" in k for k in keys)  # within one report: no clash to tell apart


@pytest.mark.fast
@pytest.mark.parametrize(
    "text",
    [
        "2024年5月6日，县长柏文率代表团来到青岚镇石屏村，村民反映灌溉渠渗漏。",
        "2024年5月6日，县长柏文来到青岚镇石屏村，连续走访三户村民，村民反映灌溉渠渗漏。",
        "2024年5月6日，县长柏文来到青岚镇石屏村旅游团接待点，村民反映灌溉渠渗漏。",
        "2024年5月6日，县长柏文来到青岚镇石屏村，与村民抱成一团，村民反映灌溉渠渗漏。",
    ],
)
def test_no_corps_unit_without_its_numeral(text):
    facts = facts_of(text)
    assert not any(p.type in ("Subdistrict", "VillagersCommittee") and p.name.endswith(("团", "连")) for p in facts.places.values())
    assert "石屏村" in place_names(facts)


@pytest.mark.fast
@pytest.mark.parametrize(
    "post, name",
    [
        ("第九师师长", "郑远航"),
        ("第十二师副师长", "郑远航"),
        ("一二三团团长", "郑远航"),
        ("123团政委", "郑远航"),
        ("四连连长", "郑远航"),
        ("四连指导员", "郑远航"),
        ("123团7连连长", "郑远航"),
        ("86团副团长", "郑远航"),
    ],
)
def test_heads_of_corps_units_are_posts(post, name):
    facts = facts_of(f"2024年5月6日，{post}{name}来到一二三团四连，职工反映灌溉渠渗漏。")
    assert posts(facts) == {name: [post]}
    assert visits(facts) == {(name, "一二三团四连")}


@pytest.mark.fast
@pytest.mark.parametrize("date", ["2024年5月6日", "2024年5月16日"])
def test_a_date_before_a_post_is_no_numbered_unit(date):
    facts = facts_of(f"{date}区长郑远航来到青岚镇石屏村，村民反映灌溉渠渗漏。")
    assert posts(facts) == {"郑远航": ["区长"]}


@pytest.mark.fast
def test_a_delegation_head_is_a_post_but_no_corps_unit():
    facts = facts_of("2024年5月6日，省代表团团长郑远航来到青岚镇石屏村，村民反映灌溉渠渗漏。")
    assert posts(facts) == {"郑远航": ["省代表团团长"]}
    assert place_names(facts) == {"青岚镇", "石屏村"}


@pytest.mark.fast
@pytest.mark.parametrize(
    "overview, stops, companies",
    [
        ("一二三团、一〇五团", ("一二三团四连", "一〇五团十一连"), {"一二三团四连", "一〇五团十一连"}),
        ("123团、86团", ("123团7连", "86团15连"), {"123团7连", "86团15连"}),
    ],
)
def test_an_overview_of_regiments_adds_no_visit_where_their_companies_are_stops(overview, stops, companies):
    first, second = stops
    facts = facts_of(
        f"2024年5月6日，县长柏文深入{overview}，调研连队基础设施建设情况。\n"
        f"在{first}，柏文察看供水管网改造工程，职工反映灌溉渠渗漏。\n"
        f"随后，柏文来到{second}，了解老年助餐服务情况。\n"
    )
    assert {place for _, place in visits(facts)} == companies


@pytest.mark.fast
@pytest.mark.parametrize(
    "title, district, post",
    [
        ("第九师塔城市党委副书记", ("塔城", "塔城市"), "市党委副书记"),
        ("第九师师长", ("第九", "第九师"), "师长"),
        ("第十二师副师长", ("第十二", "第十二师"), "副师长"),
        ("第十二师党委书记", ("第十二", "第十二师"), "师党委书记"),
        ("青禾市党委书记", ("青禾", "青禾市"), "市党委书记"),
    ],
)
def test_a_division_or_its_city_opening_a_post_is_its_jurisdiction(title, district, post):
    assert post_district(title) == district
    assert strip_district(title, district[0]) == post


@pytest.mark.fast
@pytest.mark.parametrize("title", ["教师代表", "第一师范学院院长", "师长", "党委书记"])
def test_no_division_without_its_ordinal(title):
    assert post_district(title) is None


@pytest.mark.fast
def test_a_division_city_post_has_the_city_as_jurisdiction(tmp_path):
    import kg

    built = kg.build_texts(
        {"a.txt": "2024年5月6日，第九师塔城市党委副书记郑远航来到一二三团四连，职工反映灌溉渠渗漏。",
         "b.txt": "2024年5月9日，青禾市委书记郑远航来到青岚镇石屏村，村民反映道路破损。"},
        out=tmp_path / "out",
    )
    graph = Graph().parse(built.out / "graph.ttl")
    held = {(str(graph.value(p, RDFS.label)), str(graph.value(p, GOV.jurisdiction)))
            for p in graph.subjects(RDFS.label, None) if graph.value(p, GOV.jurisdiction) is not None}
    assert ("市党委副书记", "塔城市") in held
    assert ("市委书记", "青禾市") in held
    assert Literal("第九师塔城市党委副书记", lang="zh") not in set(graph.objects(None, RDFS.label))
