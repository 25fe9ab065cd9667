"""Session 33 (NCFIX33): faults a newcomer found.

1. A diarist's own solo trip (`我（区政协委员B）跟随区委书记A到X走访。…下午，我独自去了Y`):
   a first-person 我 with an adverb of going alone (`visit_alone_words.txt`) before a move
   makes the writer go alone (`visits.Reader._writer_alone`): Y is no stop of A's party; it is
   the writer's when they name themselves in brackets after 我, else no one's.
2. A second post written with its own jurisdiction after 、 (`X市委常委、Y区委书记A`) takes
   that jurisdiction (`kg.corpus.link.Linker._own_area`), not the official's district read
   from the first post (Y区委书记 got X市; `X州委常委、Y市委书记` gave 市委书记 none).
3. A possessive first-person pronoun before a place's name (来到我们X社区:
   `place_possessive_pronouns.txt`, `place_lists.possessive_end`) is no part of the name: the
   place is X社区 (read as one name, its 我 made it a determiner phrase, no place).

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import RDFS

import kg
from kg.namespaces import GOV
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

# --- 1. a diarist going alone

DIARY = ("政协委员走访日记\n\n我（宝山区政协委员陈丽）跟随区委书记王建华到大场镇祁连小区走访。"
         "居民反映加装电梯难。\n\n下午，{}庙行镇康家村，村民反映村道破损严重。")


@pytest.mark.parametrize("move", ["我独自去了", "我一个人来到", "我又单独前往"])
def test_a_diarists_solo_trip_is_no_stop_of_the_official_followed(move):
    facts = facts_of(DIARY.format(move))
    got = visits(facts)
    assert ("王建华", "康家村") not in got and ("王建华", "祁连小区") in got, got
    assert ("陈丽", "康家村") in got, got


def test_an_unnamed_diarists_solo_trip_is_no_ones():
    text = DIARY.replace("（宝山区政协委员陈丽）", "").format("我独自去了")
    got = visits(facts_of(text))
    assert not any(place == "康家村" for _, place in got) and ("王建华", "祁连小区") in got, got


@pytest.mark.parametrize("move", ["我们一行又来到", "我又随同他来到", "一行人来到"])
def test_the_diarist_going_on_with_the_party_still_brings_it(move):
    got = visits(facts_of(DIARY.format(move)))
    assert ("王建华", "康家村") in got, got


# --- 2. a second post's own jurisdiction


def _held(tmp_path, texts: dict[str, str]) -> set[tuple[str, str]]:
    built = kg.build_texts(texts, out=tmp_path / "out")
    graph = Graph().parse(built.out / "graph.ttl")
    return {(str(graph.value(p, RDFS.label)), str(graph.value(p, GOV.jurisdiction)))
            for p in graph.subjects(RDFS.label, None) if graph.value(p, GOV.jurisdiction) is not None}


def test_a_second_post_takes_its_own_jurisdiction(tmp_path):
    held = _held(tmp_path, {
        "a.txt": "2024年5月6日，青禾市委常委、松林区委书记韩启明来到松林区白鹭街道调研，居民反映停车难。",
        "b.txt": "2024年5月8日，云岭州委常委、石桥市委书记邓光远来到石桥市东门街道调研，居民反映道路积水。",
    })
    assert ("松林区委书记", "松林区") in held and ("松林区委书记", "青禾市") not in held, held
    assert ("石桥市委书记", "石桥市") in held, held
    assert ("市委常委", "青禾市") in held and ("州委常委", "云岭州") in held, held


def test_a_post_of_the_officials_own_district_is_unchanged(tmp_path):
    held = _held(tmp_path, {"a.txt": "2024年5月6日，松林区委书记、区人大常委会主任韩启明来到白鹭街道调研，居民反映停车难。"})
    assert ("区委书记", "松林区") in held, held
    assert not any(area == "青禾市" for _, area in held), held


# --- 3. a possessive pronoun before a place's name


@pytest.mark.parametrize("before", ["我们", "咱们", "俺们", "我们的"])
def test_a_possessive_pronoun_before_a_place_is_no_part_of_it(before):
    text = f"区长调研\n\n2024年5月3日，区长林海峰来到{before}朝阳社区，察看了老旧小区改造进度。居民反映小区停车难。"
    facts = facts_of(text)
    assert ("林海峰", "朝阳社区") in visits(facts)
    assert any(place == "朝阳社区" for place, _ in issues(facts)), issues(facts)


@pytest.mark.parametrize("unit", ["我们村", "咱们社区"])
def test_a_possessive_pronoun_before_a_bare_type_word_names_no_place(unit):
    text = f"区长调研\n\n2024年5月3日，区长林海峰来到{unit}，察看了道路改造进度。"
    facts = facts_of(text)
    assert not visits(facts) and not facts.places, (visits(facts), list(facts.places))
