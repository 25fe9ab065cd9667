"""Faults a newcomer met in session 12, fixed by the lead.  Every fixture is
invented; each test runs the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, visits


@pytest.mark.fast
@pytest.mark.parametrize("inner", ["里", "新村", "花园"])
def test_a_community_whose_name_holds_an_estate_word_is_its_own_place(inner):
    # 幸福里社区 and 幸福社区 are two communities: 里/新村/花园 before 社区 is part of the name
    text = f"2025年6月3日，区长柯文远来到朝阳街道幸福{inner}社区，随后来到朝阳街道幸福社区。\n"
    facts = facts_of(text)
    assert visits(facts) == {("柯文远", f"幸福{inner}社区"), ("柯文远", "幸福社区")}


@pytest.mark.fast
def test_one_community_written_with_two_type_words_stays_one_place():
    text = "2025年6月3日，区长柯文远来到朝阳街道新华社区居委会。居民反映停车难。随后柯文远又到朝阳街道新华社区看望老人。\n"
    facts = facts_of(text)
    assert len({p.key for p in facts.places.values() if "新华" in p.name}) == 1


@pytest.mark.fast
def test_a_ragged_wrap_keeps_the_official_and_the_visit():
    # lines broken by hand at uneven widths: the second line has no punctuation,
    # but it goes on from a line that stopped mid-sentence, so it is no headline
    text = ("2025年8月12日，青川区区委书记\n苏明远来到青川区西柳街道\n白鹭社区，与居民面对面交流。白鹭\n"
            "社区居民反映，小区停车位严重不足，\n晚上车辆乱停。苏明远要求街道研究\n增设停车位。\n")
    facts = facts_of(text)
    assert ("苏明远", "白鹭社区") in visits(facts)


@pytest.mark.fast
def test_a_headline_above_a_wrapped_body_stays_a_line():
    from kg.repair import repair

    text = "区委书记走访西柳街道\n2025年8月12日，青川区区委书记苏明远来到青川区西柳\n街道白鹭社区，与居民面对面交流。\n"
    assert repair(text).text.startswith("区委书记走访西柳街道\n2025年8月12日")


GOV = "https://w3id.org/govkg/ontology#"


def _officials_and_jurisdictions(texts):
    import kg

    built = kg.build_texts(texts)
    q_officials = f"SELECT DISTINCT ?o WHERE {{ GRAPH ?g {{ ?o a <{GOV}Official> }} }}"
    q_posts = (f"SELECT DISTINCT ?label ?area WHERE {{ GRAPH ?g {{ ?p a <{GOV}Post> ; "
               f"<http://www.w3.org/2000/01/rdf-schema#label> ?label . OPTIONAL {{ ?p <{GOV}jurisdiction> ?area }} }} }}")
    officials = {row.o for row in built.dataset.query(q_officials)}
    posts = {(str(row.label), row.area and str(row.area)) for row in built.dataset.query(q_posts)}
    return officials, posts


def test_a_city_official_touring_two_districts_is_one_official():
    # a 副市长's identity is not bounded by the districts of the places visited
    officials, posts = _officials_and_jurisdictions({
        "a.txt": "2025年3月2日，副市长杜文远来到盘山区青云街道翠湖社区，居民反映停车难。",
        "b.txt": "2025年4月2日，副市长杜文远来到五岭区华山街道西站社区，居民反映路灯不亮。",
    })
    assert len(officials) == 1
    assert posts == {("副市长", None)}


def test_a_post_above_the_officials_district_gets_not_the_district_as_its_area():
    officials, posts = _officials_and_jurisdictions({
        "c.txt": "2025年5月6日，鹤溪区副区长、市人大代表宋晓岚来到鹤溪区东湖街道新华社区。",
    })
    assert posts == {("副区长", "鹤溪区"), ("市人大代表", None)}


@pytest.mark.fast
@pytest.mark.parametrize("label, concept", [
    ("长者饭堂太少", "SeniorMeals"),  # Guangdong's word for a senior canteen
    ("电动车乱停乱放", "Parking"),  # parking disorder, not charging: the longer keyword wins
    ("电动车充电难", "EVCharging"),
    ("暖气不热", "PublicFacilities"),  # heating is a utility like 供电, 燃气
])
def test_everyday_wording_falls_in_its_scheme_concept(label, concept):
    from kg.extract.issue_scheme import categorise

    assert categorise(label) == concept


@pytest.mark.fast
def test_a_later_story_of_a_list_page_carries_no_official_of_an_earlier_one():
    # the second story's headline names only a title: no one of the first story went there
    text = ("副区长走访白石社区\n2025年3月3日，青川区副区长韩春林来到新阳街道白石社区，居民反映停车难。\n\n"
            "街道主任走访红枫社区\n2025年3月5日，新阳街道办事处主任邱明来到新阳街道红枫社区，居民反映路灯不亮。\n")
    facts = facts_of(text)
    assert visits(facts) == {("韩春林", "白石社区"), ("邱明", "红枫社区")}


def test_a_district_whose_name_opens_with_a_city_word_keeps_its_posts_jurisdiction():
    # 市北区 is a district: its 城管局 post is the district's, not a city's
    officials, posts = _officials_and_jurisdictions({
        "d.txt": "2025年5月6日，市北区城管局副局长韩立松来到市北区海伦街道春晖社区，居民反映路灯不亮。",
    })
    assert posts == {("市北区城管局副局长", "市北区")}
