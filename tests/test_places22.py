"""Session 22, place names lost, doubled or orphaned: a name read up to a limit
that cuts its type word (幸福里|居民区) is no place; the analyser's word is
the start of the grammar's longer name (江湾街道|新华居民区); an area's own
community (殷行街道社区) is the area.  Every fixture is invented; the tests run
the real pipeline."""

from __future__ import annotations

import pytest

import kg
from kg.extract.place_segments import segment
from kg.extract.place_parse import cuts_name, parse_at

pytestmark = pytest.mark.fast


def _facts(texts: dict[str, str]):
    built = kg.build_texts(texts)
    return {n: built.facts.get(n) for n in texts}


def _names(f) -> set[str]:
    return {p.name for p in f.places.values()}


def test_a_limit_inside_a_segment_cuts_the_name():
    assert cuts_name("丰乐里居民区今年", 0, 3)
    assert parse_at("丰乐里居民区今年", 0, 3) is None
    assert parse_at("丰乐里居民区今年", 0).text == "丰乐里居民区"
    # a limit between two segments cuts nothing: the area alone is a place
    assert not cuts_name("柳岸街道丰乐里居民区", 0, 4)
    assert parse_at("柳岸街道丰乐里居民区", 0, 4).text == "柳岸街道"


@pytest.mark.parametrize("frame", [
    "4月9日，区长韦东来到柳岸街道。据介绍，{R}今年已完成加装电梯12台。居民反映停车难。",
    "4月9日，区长韦东来到和乐街道{R}，与居民代表座谈。",
])
def test_a_raiser_word_inside_a_type_word_leaves_no_orphan(frame):
    # 居民 of 居民区 read as a raiser: the place before it was 丰乐里 (里 a type
    # word), and 乐街道 after the joiner-like 和 of 和乐街道
    f = _facts({"a.txt": frame.format(R="丰乐里居民区")})["a.txt"]
    assert not {"丰乐里", "乐街道"} & _names(f), _names(f)


def test_a_report_place_is_the_name_the_grammar_reads_on():
    # no official: the issue sits at the place the report is about, written
    # 江湾街道 + 新华居民区 / 锦绣府小区 where the analyser's word ends earlier
    texts = {
        "a.txt": "4月9日上午，柳岸街道丰乐居民区召开居民议事会，居民反映停车难。",
        "b.txt": "4月9日上午，柳岸街道翠竹府小区召开居民议事会，居民反映停车难。",
    }
    facts = _facts(texts)
    assert [i.place.rsplit("/", 1)[-1] for i in facts["a.txt"].issues] == ["community:丰乐社区"]
    b = facts["b.txt"]
    assert [b.places[i.place].name for i in b.issues] == ["翠竹府小区"]


def test_an_area_s_own_community_is_the_area():
    assert segment("殷行街道社区") == segment("殷行街道")
    assert segment("杨浦区殷行街道社区")[-1].text == "殷行街道"
    assert segment("丰乐社区")[-1].level == "community"
    text = "4月9日，区长韦东来到柳岸街道，走进柳岸街道社区，与居民交谈。居民反映饭菜偏咸。"
    f = _facts({"a.txt": text})["a.txt"]
    assert sorted(f.places) == ["subdistrict:柳岸街道"]
    assert [i.place for i in f.issues] == ["subdistrict:柳岸街道"]
