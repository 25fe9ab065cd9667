"""ENUM27: an enumerated list after a colon is a raising when residents speak it.

A raiser subject (residents, their representatives, 大家 at a meeting), its clause, a
colon, then an enumeration (一是…二是…, （一）…, 1.…): the list is what they raised,
whatever idiom the clause uses for the act; every point is kept, the first too, with
its ordinal trimmed.  An official's points (区长指出：一是…), a cadre's account of the
work done and an official's demands on residents are no raising.  Every fixture is
invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import at, issues_in_village

ENUMERATIONS = [
    "一是{a}；二是{b}；三是{c}。",
    "（一）{a}；（二）{b}；（三）{c}。",
    "1.{a}；2.{b}；3.{c}。",
    "一、{a}；二、{b}；三、{c}。",
]

POINTS = {"a": "自来水时断时续", "b": "村道坑洼难走", "c": "卫生室缺医少药"}
ALL = at("石屏村", *POINTS.values())


@pytest.mark.fast
@pytest.mark.parametrize("lead", [
    "村民代表们你一言我一语，把憋在心里的话都倒了出来：",
    "几位老党员围坐一圈，掏出了心窝子：",
    "群众们敞开心扉：",
])
@pytest.mark.parametrize("shape", ENUMERATIONS)
def test_a_residents_clause_then_a_colon_and_an_enumeration_is_a_raising(lead, shape):
    # no act list holds the idiom before the colon: the shape says the list is raised
    assert issues_in_village(lead + shape.format(**POINTS)) == ALL


@pytest.mark.fast
@pytest.mark.parametrize("lead", ["院坝会上，大家畅所欲言：", "座谈时，居民代表踊跃发言："])
@pytest.mark.parametrize("shape", ENUMERATIONS)
def test_the_first_point_after_the_colon_is_kept(lead, shape):
    # the verb anchor read the first point as an account's clause with no problem word and
    # dropped it; the colon anchor now reads the whole list
    assert issues_in_village(lead + shape.format(**POINTS)) == ALL


@pytest.mark.fast
@pytest.mark.parametrize("text", [
    "县长柏文指出：一是自来水管网要尽快改造；二是村道要按期硬化。",
    "区长指出：一是自来水时断时续；二是村道坑洼难走。",
    "他提出三点要求：一要保障饮水安全；二要加快道路硬化。",
    "村党支部书记介绍：一是建成了村卫生室；二是硬化了通组道路。",
    "镇长要求村民代表：一要配合管网改造；二要理解施工不便。",
])
def test_an_officials_or_cadres_points_are_no_raising(text):
    assert issues_in_village(text) == set()


@pytest.mark.fast
def test_a_quotation_after_the_colon_is_unchanged():
    # a quoted turn is read as before (the enumeration rule is for unquoted lists only)
    text = "村民代表们你一言我一语，把心里话说了出来：“一是自来水时断时续；二是村道坑洼难走。”"
    assert at("石屏村", "自来水时断时续") <= issues_in_village(text)
