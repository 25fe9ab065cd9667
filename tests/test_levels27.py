"""Session 27 (NEWC27A): jurisdictions and administrative levels from a newcomer's reports.

- an autonomous prefecture (自治州, X州) and a league (盟) are the prefecture level: a post of
  one has it as its jurisdiction, never the county visited, and a county written after one
  lies in it;
- a district's name the analyser takes for a person's (X/PER|区委书记) opens the post by
  the title's shape;
- a village group numbered in either style (三组, 第三组) and a natural village holding
  its groups (X屯|第二村民小组) are places of their own, of class Place, not estates;
- the issue scheme files a road's surface under Roads and flooding words under Drainage.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from kg.corpus.mentions import post_district, strip_district
from tests.extraction import facts_of, issues, visits

GOV = "https://w3id.org/govkg/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def _posts_and_areas(text: str) -> set[tuple[str, str | None]]:
    import kg

    built = kg.build_texts({"r.txt": text})
    q = (f"SELECT DISTINCT ?label ?area WHERE {{ GRAPH ?g {{ ?p a <{GOV}Post> ; <{RDFS_LABEL}> ?label . "
         f"OPTIONAL {{ ?p <{GOV}jurisdiction> ?area }} }} }}")
    return {(str(row.label), row.area and str(row.area)) for row in built.dataset.query(q)}


def _types(facts) -> dict[str, str]:
    return {p.name: p.type for p in facts.places.values()}


def _parents(facts) -> dict[str, str | None]:
    return {p.name: p.parent and facts.places[p.parent].name for p in facts.places.values()}


# ------------------------------------------------------------------ prefecture level

@pytest.mark.fast
@pytest.mark.parametrize(
    "title, district, post",
    [
        # a prefecture's core keeps 州 (session 28: the city of its name is another place)
        ("果洛州委副书记", ("果洛州", "果洛州"), "州委副书记"),
        ("黄南州州长", ("黄南州", "黄南州"), "州长"),
        ("黔东南州副州长", ("黔东南州", "黔东南州"), "副州长"),
        ("锡林郭勒盟委书记", ("锡林郭勒", "锡林郭勒盟"), "盟委书记"),
        ("兴安盟盟长", ("兴安", "兴安盟"), "盟长"),
    ],
)
def test_a_prefecture_or_league_opening_a_post_is_its_district(title, district, post):
    assert post_district(title) == district
    assert strip_district(title, district[0]) == post


@pytest.mark.fast
@pytest.mark.parametrize("title", ["杭州市委书记", "广州副市长", "贵州省委书记", "州长", "产业联盟理事长"])
def test_a_city_named_with_zhou_or_no_name_is_no_prefecture(title):
    # a one-character name before 州 is a city's (杭州); 州长 alone names no place
    assert post_district(title) in (None, ("杭州", "杭州市"))


@pytest.mark.fast
@pytest.mark.parametrize(
    "lead, county, area",
    [
        ("果洛州委副书记、州长才旦", "玛多县", "果洛州"),
        ("黄南州州长王刚", "同仁市", "黄南州"),
        ("凉山彝族自治州州长王刚", "昭觉县", "凉山彝族自治州"),
        ("锡林郭勒盟委书记王刚", "正蓝旗", "锡林郭勒盟"),
    ],
)
def test_a_prefecture_post_never_takes_the_county_visited(lead, county, area):
    found = _posts_and_areas(f"2023年8月22日，{lead}深入{county}青草乡热曲村，看望慰问牧民群众。牧民们反映冬季取暖用煤价格偏高。")
    areas = {a for _, a in found}
    assert area in areas, found
    assert not any(a and a.startswith(county[:2]) for a in areas), found


@pytest.mark.fast
def test_a_prefecture_post_without_a_county_keeps_its_prefecture():
    found = _posts_and_areas("2023年8月22日，果洛州委副书记、州长才旦深入青草乡热曲村，看望慰问牧民群众。牧民们反映取暖难。")
    assert found == {("州委副书记", "果洛州"), ("州长", "果洛州")}, found


@pytest.mark.fast
def test_a_bare_prefecture_title_takes_no_county():
    # 州长 met touring a county names no prefecture: no area rather than the county's
    found = _posts_and_areas("2023年8月22日，州长王刚深入昭觉县三岔河乡三河村，看望群众。群众反映饮水难。")
    assert found == {("州长", None)}, found


@pytest.mark.fast
@pytest.mark.parametrize("prefecture, county", [("玉溪州", "称多县"), ("兴安盟", "科右前旗"), ("红河哈尼族彝族自治州", "元阳县")])
def test_a_county_written_after_its_prefecture_lies_in_it(prefecture, county):
    facts = facts_of(f"2023年8月22日，副县长王刚来到{prefecture}{county}青草乡热曲村，看望群众。群众反映饮水难。")
    parents = _parents(facts)
    assert parents.get(county) == prefecture, parents
    assert _types(facts).get(prefecture) == "District"


# ------------------------------------------------------------------ a district named by shape

@pytest.mark.fast
@pytest.mark.parametrize(
    "lead, post, area",
    [
        ("田阳区委书记黄志强", "区委书记", "田阳区"),
        ("凌云县委书记黄志强", "县委书记", "凌云县"),
        ("江宁区委书记黄志强", "区委书记", "江宁区"),
    ],
)
def test_a_district_the_analyser_does_not_know_opens_its_post(lead, post, area):
    found = _posts_and_areas(f"2024年5月16日，{lead}来到那坡镇坡塘村，听取村民关于道路硬化的意见。")
    assert found == {(post, area)}, found


@pytest.mark.fast
@pytest.mark.parametrize("lead", ["由王明县长带领", "由王明副区长带领"])
def test_a_name_before_its_title_is_no_district(lead):
    # a name then 县长 / 副区长 (no organ after the level word) is a person's name, not a district's
    found = _posts_and_areas(f"2024年5月16日，调研组{lead}来到那坡镇坡塘村，村民反映道路破损。")
    assert not any(a and a.startswith("王明") for _, a in found), found


# ------------------------------------------------------------------ groups and natural villages

@pytest.mark.fast
@pytest.mark.parametrize("group", ["第三组", "三组", "5组", "第三村民小组"])
def test_a_numbered_group_is_a_place_in_its_village(group):
    facts = facts_of(f"2024年6月3日，副县长韦丽萍来到那坡镇坡塘村{group}，听取村民关于自来水管网老化的意见。")
    (stop,) = {p for _, p in visits(facts)}
    assert stop.endswith(group), visits(facts)
    leaf = next(p for p in facts.places.values() if p.name.endswith(group))
    assert facts.places[leaf.parent].name == "坡塘村"
    assert leaf.type == "Place"
    assert ("坡塘村", "自来水管网老化") not in issues(facts)


@pytest.mark.fast
@pytest.mark.parametrize("hamlet, group", [("那豆屯", "第二村民小组"), ("李家寨", "三组"), ("百亩屯", "第五组")])
def test_a_natural_village_holds_its_groups(hamlet, group):
    facts = facts_of(f"2024年6月3日，副县长韦丽萍来到那坡镇坡塘村{hamlet}{group}，村民反映自来水管网老化。")
    types, parents = _types(facts), _parents(facts)
    assert types.get(hamlet) == "Place", types
    assert parents.get(hamlet) == "坡塘村", parents
    inner = next(n for n in types if n.endswith(group))
    assert parents[inner] == hamlet and types[inner] == "Place", parents


@pytest.mark.fast
@pytest.mark.parametrize("word", ["调研组", "工作组", "专班小组"])
def test_a_team_is_no_group_place(word):
    facts = facts_of(f"2024年6月3日，副县长韦丽萍带领{word}来到那坡镇坡塘村那豆屯，村民反映屯内道路硬化不足。")
    assert {p for _, p in visits(facts)} == {"那豆屯"}, visits(facts)
    assert not any(n.endswith(word) for n in _types(facts))


@pytest.mark.fast
def test_a_group_visited_after_its_village_lies_in_it():
    facts = facts_of("2024年6月3日，副县长韦丽萍来到那坡镇坡塘村，随后来到第三村民小组，村民反映自来水管网老化。")
    assert _parents(facts).get("坡塘村第三村民小组") == "坡塘村"  # labelled with its village (session 32)


# ------------------------------------------------------------------ categories

@pytest.mark.fast
@pytest.mark.parametrize(
    "label, concept",
    [
        ("小区地下车库进水", "Drainage"),
        ("暴雨后低洼处房屋被淹", "Drainage"),
        ("河水倒灌进村", "Drainage"),
        ("屯内道路硬化不足", "Roads"),
        ("通组路坑坑洼洼", "Roads"),
        ("村口危桥年久失修", "Roads"),
        ("冬季道路结冰出行困难", "Traffic"),
        ("公交班次少出行不便", "Traffic"),
        ("楼道结冰湿滑", "Safety"),
        ("道路积水严重", "Drainage"),
    ],
)
def test_roads_flooding_and_travel_have_their_categories(label, concept):
    from kg.extract.issue_scheme import categorise

    assert categorise(label) == concept


# ------------------------------------------------------------------ README counts

def test_the_readme_states_the_seed_and_scheme_counts_a_build_gives():
    # README's `kg query` section counts the seed's triples with the scheme's beside them
    # (a scheme change moved the numbers: NEWC27 13)
    import re
    from pathlib import Path

    from rdflib import Graph

    import kg

    root = Path(__file__).resolve().parent.parent
    stated = re.search(r"\((\d+) triples for the seed against the build's (\d+): the scheme's (\d+) on top\)",
                       (root / "README.md").read_text(encoding="utf-8"))
    assert stated, "README no longer states the seed's counts"
    total, build, scheme = map(int, stated.groups())
    assert scheme == len(Graph().parse(root / "ontology" / "issues.ttl"))
    assert build == kg.build_reports([str(root / "seeds")]).counts["triples"]
    assert total == build + scheme
