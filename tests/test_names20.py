"""Place names that are common words, ordinals, estates and natural villages
(issue 9, session 20: generated shapes).  Every fixture is invented here.
"""

import pytest

from kg.extract.place_proper_part import has_proper_part
from kg.extract.place_segments import segment
from kg.extract.place_parse import parse_at
from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast


def place_at(text: str, pos: int) -> str | None:
    chunk = parse_at(text, pos)
    return chunk.text if chunk else None


# ------------------------------------------------------------- a common word as a unit's name
def test_a_common_word_names_a_village_community_or_town():
    # 建设, 新建, 民生 are generic words (place_generic_words.txt), 建设 a stop word too;
    # before a unit's type word they are its name
    for name in ("建设村", "新建社区", "民生街道", "建设镇"):
        assert has_proper_part(name), name
    assert place_at("来到建设村，与居民座谈", 2) == "建设村"


def test_a_word_of_a_units_kind_stays_generic():
    # place_unit_kinds.txt: 贫困村, 联系社区, 安置社区 say what kind of unit, not which
    for phrase in ("贫困村", "联系社区", "安置社区", "服务社区"):
        assert not has_proper_part(phrase), phrase
    assert visits(facts_of("4月9日，区长韦东深入联系社区，与居民代表座谈。")) == set()


def test_a_common_word_before_a_longer_common_word_opens_no_name():
    # 建设村级…: 村级 is a word, 建设 stays a stop word
    assert place_at("建设村级活动场所", 0) is None


def test_an_official_visits_a_village_named_by_a_common_word():
    f = facts_of("4月9日，区长韦东来到建设村，与居民代表座谈。")
    assert visits(f) == {("韦东", "建设村")}
    f = facts_of("4月9日，区长韦东深入柳溪镇新建村调研。")
    assert visits(f) == {("韦东", "新建村")}


# ------------------------------------------------------------- ordinals
def test_an_ordinal_names_a_unit_or_a_school():
    assert has_proper_part("第三社区") and has_proper_part("第一中学")
    assert not has_proper_part("第一站")  # a tour's stop
    assert not has_proper_part("第二项目")  # a work (place_work_words.txt)
    f = facts_of("4月9日，区长韦东来到第二小学，与师生座谈。")
    assert visits(f) == {("韦东", "第二小学")}


# ------------------------------------------------------------- estates and natural villages
def test_an_estate_named_as_a_mansion_or_court():
    assert segment("碧桂华府")[0].type == "HousingEstate"
    assert segment("金桂华庭")[0].type == "HousingEstate"
    assert segment("锦绣公馆")[0].type == "HousingEstate"
    assert segment("区政府") is None or segment("区政府")[-1].type != "HousingEstate"
    assert segment("美满家庭") is None


def test_a_natural_village_is_a_place_inside_its_village():
    f = facts_of("4月9日，区长韦东深入柳塘村李家寨调研。")
    assert visits(f) == {("韦东", "李家寨")}
    assert [p.type for p in f.places.values() if p.name == "李家寨"] == ["Place"]


def test_a_common_word_ending_in_a_settlement_character_is_no_place():
    for phrase in ("沿街商铺", "美丽村庄", "城堡", "军营"):
        assert segment(phrase) is None or segment(phrase)[-1].type != "Place", phrase
    assert visits(facts_of("4月9日，区长韦东走访沿街商铺，了解经营情况。")) == set()


# ------------------------------------------------------------- the analyser's verb reading of a name
def test_a_village_the_analyser_reads_as_one_verb_stays_whole_in_its_town():
    # LAC reads 团结村 as one verb: a unit's whole segment, not a verb after a place (长者食堂|排队)
    f = facts_of("4月9日，区长韦东来到柳溪镇团结村，与居民代表座谈。")
    assert visits(f) == {("韦东", "团结村")}


def test_a_facility_named_after_a_town_ending_in_a_settlement_word_is_whole():
    # 营 is a natural village's type word; 梁家营镇敬老院 is the town's home, not a work on 梁家营
    f = facts_of("4月9日，副县长韩立军来到梁家营镇敬老院，察看老人居住房间。")
    assert visits(f) == {("韩立军", "梁家营镇敬老院")}


def test_a_verb_after_a_row_is_no_post_house():
    # 铺 also lays (管道沿着树行铺到了地头): no type word of a natural village
    assert segment("树行铺") is None
