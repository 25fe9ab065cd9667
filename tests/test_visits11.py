"""Visit precision and recall, session 11 (helper VISITS): shapes of place
names (和 inside a name, a news byline, an indefinite leaf, a distance, a
tour's ranked stop, a residence verb), plans told in the clause, who makes the
tour (leaders named taking part, a party's members named later, the stop's own
cadres) and a sentence-opening 在X with the visitor named later in it.

Every fixture is invented for these tests.
"""

import pytest

from kg.extract.place_lists import parse_list
from kg.extract.guides import hosts_stop as _hosts_stop
from tests.extraction import facts_of, visits


def names(text: str) -> list[str]:
    """The places parse_list reads at the start of `text`, as labelled (chain joined)."""
    return [c.text for c in parse_list(text, 0)]


# ------------------------------------------------------------- place names
@pytest.mark.fast
def test_a_conjunction_character_inside_a_name_does_not_split_the_chain():
    # 和 after 青松街道永 is no list separator: 永和居民区 is one name
    assert names("青松街道永和居民区松柏小区。") == ["青松街道永和居民区松柏小区"]
    # a real list still splits
    assert names("青松村和白杨村。") == ["青松村", "白杨村"]


@pytest.mark.fast
def test_a_news_byline_is_no_place():
    assert names("东岭区新闻中心讯　近日，") == []


@pytest.mark.fast
def test_an_indefinite_thing_in_a_named_place_gives_the_place():
    assert names("白沙镇一家食品企业，") == ["白沙镇"]


@pytest.mark.fast
def test_a_distance_in_kilometres_is_no_place():
    assert names("3公里山路") == []
    assert names("青竹里，") == ["青竹里"]


@pytest.mark.fast
def test_a_ranked_stop_of_the_tour_is_no_station():
    assert names("最后一站是") == []
    assert names("下一站，") == []


@pytest.mark.fast
def test_a_residence_verb_is_no_part_of_a_name():
    assert names("家住翠柳小区的李阿姨") == []
    assert names("翠柳小区的李阿姨") == ["翠柳小区"]


@pytest.mark.fast
def test_neighbourhoods_and_villages_together_name_no_place():
    assert names("居村、企业和项目现场") == []


# ------------------------------------------------------------- plans and habits
@pytest.mark.fast
def test_a_past_visit_told_with_a_topic_between_is_no_visit_today():
    f = facts_of(
        "5月6日，区人大常委会副主任韩立明来到青松社区，听取居民意见。\n\n"
        "去年，该调研组曾就老旧小区改造到白杨街道视察。"
    )
    assert ("韩立明", "青松社区") in visits(f)
    assert not any(place == "白杨街道" for _, place in visits(f))


# ------------------------------------------------------------- who makes the tour
@pytest.mark.fast
def test_a_leader_named_taking_part_makes_no_visit():
    f = facts_of(
        "5月6日，区长钟明远来到青松社区，察看养老服务中心。副区长葛文涛参加调研。"
    )
    assert ("钟明远", "青松社区") in visits(f)
    assert not any(who == "葛文涛" for who, _ in visits(f))


@pytest.mark.fast
def test_a_member_named_taking_part_makes_the_tour():
    f = facts_of(
        "5月6日，区政协主席钟明远带领调研组来到青松社区，察看养老服务中心。区政协委员葛文涛、柏思雨参加调研。\n\n"
        "随后，调研组来到白杨小区，与居民座谈。"
    )
    assert {("葛文涛", "白杨小区"), ("柏思雨", "白杨小区")} <= visits(f)


@pytest.mark.fast
def test_a_deputy_named_only_later_is_no_member_of_the_party_before():
    f = facts_of(
        "5月6日，区人大常委会主任钟明远带领部分区人大代表开展视察。\n\n"
        "代表们首先来到青松社区，察看加装电梯工程。\n\n"
        "随后代表们分成两组。区人大代表葛文涛一组来到白杨街道翠柳居民区，与居民座谈。"
    )
    assert ("钟明远", "青松社区") in visits(f)
    assert ("葛文涛", "翠柳居民区") in visits(f)
    assert ("葛文涛", "青松社区") not in visits(f)


@pytest.mark.fast
def test_the_stops_own_cadre_hosts_and_makes_no_visit():
    assert _hosts_stop(["青松社区党委书记"]) and not _hosts_stop(["副区长"])
    assert not _hosts_stop(["区人大代表", "青松社区党委书记"])
    f = facts_of(
        "5月6日，副区长钟明远来到青松社区调研。\n\n"
        "社区党委书记葛文涛带大家来到翠柳小区，察看了新建的停车棚。"
    )
    assert ("钟明远", "翠柳小区") in visits(f)
    assert not any(who == "葛文涛" for who, _ in visits(f))


# ------------------------------------------------------------- 在X with the visitor named later
@pytest.mark.fast
def test_a_sentence_opening_at_a_place_puts_the_visitor_named_later_there():
    f = facts_of(
        "5月6日，青松街道党工委书记钟明远开展夜访活动。\n\n"
        "在青松街道翠柳小区的凉亭里，十几位居民围着钟明远，说起了停车难的事。"
    )
    assert ("钟明远", "翠柳小区") in visits(f)


# ------------------------------------------------------------- a party named by one of its members
@pytest.mark.fast
def test_one_of_a_touring_party_named_alone_at_a_later_stop_brings_the_party():
    f = facts_of(
        "5月6日，青松街道党工委书记钟明远和街道办事处主任葛文涛一起来到翠柳菜市场，听取摊主意见。\n\n"
        "在白杨一村，葛文涛走进5号楼，察看了屋面防水工程。"
    )
    assert {("钟明远", "白杨一村"), ("葛文涛", "白杨一村")} <= visits(f)


@pytest.mark.fast
def test_a_pronoun_for_one_of_a_touring_party_brings_the_party():
    f = facts_of(
        "5月6日，区委书记钟明远、区长葛文涛一同来到翠柳社区，听取居民意见。\n\n"
        "随后，他来到白杨小区，察看了新建的停车棚。"
    )
    assert {("钟明远", "白杨小区"), ("葛文涛", "白杨小区")} <= visits(f)
