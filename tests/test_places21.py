"""Session 21, what a place name is: sites of one core but different type words
(锦绣府, 锦绣园, 锦绣广场) are different places across reports too, while a site
written long and short in one report (锦绣府小区 / 锦绣府) is one.  Every
fixture is invented; the tests run the real pipeline and linker."""

from __future__ import annotations

import pytest
from rdflib import RDFS

import kg

pytestmark = pytest.mark.fast


def _sites(built, name: str) -> list[str]:
    """The site keys of report `name`."""
    return sorted(k for k in built.facts[name].places if k.rsplit("/", 1)[-1].startswith("site:"))


def test_estates_and_venues_of_one_core_stay_apart_across_reports():
    texts = {
        "a.txt": "2024年4月9日，区长韦东来到东湖街道锦绣府小区，与居民代表座谈。居民反映锦绣府停车难。",
        "b.txt": "2024年5月9日，区长韦东来到东湖街道锦绣园，与居民代表座谈。",
        "c.txt": "2024年6月9日，区长韦东来到东湖街道锦绣广场，察看夜市秩序。",
        "d.txt": "2024年7月9日，区长韦东来到东湖街道锦绣公园，察看设施。",
    }
    built = kg.build_texts(texts)
    keys = [_sites(built, n) for n in sorted(texts)]
    assert all(len(k) == 1 for k in keys), keys  # a.txt: 锦绣府小区 and 锦绣府 are one estate
    assert len({k[0] for k in keys}) == 4, keys
    labels = {str(o) for s, o in built.dataset.subject_objects(RDFS.label) if "锦绣" in str(o)}
    assert {"锦绣园", "锦绣广场", "锦绣公园"} <= labels and labels & {"锦绣府小区", "锦绣府"}


def test_a_site_kind_is_read_before_its_generic_words():
    # place_site_generic_words.txt: 小区, 号楼, 一期 say only what the site is
    from kg.extract.place_identity import kind

    assert kind("翠湖府小区") == kind("翠湖府") == "府"
    assert kind("明珠名城二期") == kind("明珠名城") == "名城"
    assert kind("滨江花园小区") == ""  # 花园 is part of the estate's name (place_estate_name_words.txt)


def _places(text: str) -> dict[str, str | None]:
    """name -> its parent's name, for one report."""
    facts = kg.build_texts({"a.txt": text}).facts["a.txt"]
    return {p.name: (facts.places[p.parent].name if p.parent else None) for p in facts.places.values()}


def test_a_unit_named_after_a_spot_or_an_area_word_is_read():
    # place_spot_words.txt: 街道口 (the mouth of a street) names the community; 园区 (an area, no unit) too
    assert "街道口社区" in _places("2024年4月9日，区长韦东来到洪山区街道口社区，与居民代表座谈。")
    assert "园区社区" in _places("2024年4月9日，区长韦东来到园区社区，与居民代表座谈。")
    assert _places("2024年4月9日，区长韦东与街道社区干部座谈。") == {}


def test_a_joiner_opening_a_name_word_joins_two_units_of_one_level():
    got = _places("2024年4月9日，区长韦东来到三里屯村和平安社区，与居民代表座谈。")
    assert "平安社区" in got and "三里屯村" in got and got["平安社区"] is None
    # a one-character name after the joiner, or a place inside the one before, keeps the name word
    assert "和平社区" in _places("2024年4月9日，区长韦东来到三里屯村和平社区，与居民代表座谈。")
    assert _places("2024年4月9日，区长韦东来到青山镇和美家园，与居民代表座谈。").get("和美家园") == "青山镇"


def test_a_want_after_a_verb_of_lacking_is_no_place():
    # place_left_stops.txt: 没有, 缺少 open no name (没有公共厕所 ends in the type word 所)
    facts = kg.build_texts({"a.txt": "2024年4月9日，区长韦东来到青禾社区，与居民座谈。"
                            "居民反映的问题主要集中在没有公共厕所、停车难和电梯老化。"}).facts["a.txt"]
    assert {p.name for p in facts.places.values()} == {"青禾社区"}
    assert "没有公共厕所" in {i.label for i in facts.issues}


def test_a_type_word_inside_a_title_ends_no_place():
    from kg.extract.place_parse import parse_at

    for text in ("在王明副镇长的带领下来到", "在陈立新副区长的带领下", "在马丽副县长带领下"):
        assert parse_at(text, 1) is None, text
    assert parse_at("在青河镇副镇长王明陪同下", 1).text == "青河镇"


def test_a_family_name_and_a_land_word_name_a_hamlet():
    # place_suffixes.tsv: 王家湾, 李家沟 are hamlets as 李家寨 is (gov:Place); 国家, 农家 are no family
    from kg.extract.place_proper_part import is_named
    from kg.extract.place_segments import segment

    assert _places("2024年4月9日，区长韦东来到青河镇王家湾，与村民座谈。").get("王家湾") == "青河镇"
    assert segment("李家沟")[-1].type == "Place"
    assert not (segment("农家坪") and is_named(segment("农家坪")))
