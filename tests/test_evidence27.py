"""Session 27 (newcomer's item 4): the evidence of each point of an enumerated list of
residents' issues is the sentence holding that point, not the raising's first sentence.
Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of

VISIT = "2025年5月6日，副县长贺立新来到枫林镇桥头村调研。"
POINTS = ("水渠年久失修", "村道坑洼不平", "垃圾清运不及时")


def evidence_of(text: str) -> dict[str, str]:
    return {i.label: i.evidence.sentence for i in facts_of(text).issues}


@pytest.mark.fast
@pytest.mark.parametrize(
    "marks",
    [
        ("一是", "二是", "三是"),
        ("（一）", "（二）", "（三）"),
        ("(1)", "(2)", "(3)"),
        ("一、", "二、", "三、"),
        ("第一，", "第二，", "第三，"),
        ("1.", "2.", "3."),
    ],
)
def test_each_point_of_an_enumeration_carries_its_own_sentence(marks):
    listed = "；".join(m + p for m, p in zip(marks, POINTS))
    ev = evidence_of(f"{VISIT}村民提出的问题主要有：{listed}。\n")
    assert set(ev) == set(POINTS)
    assert ev[POINTS[0]] == f"村民提出的问题主要有：{marks[0]}{POINTS[0]}；"
    assert ev[POINTS[1]] == f"{marks[1]}{POINTS[1]}；"
    assert ev[POINTS[2]] == f"{marks[2]}{POINTS[2]}。"


@pytest.mark.fast
def test_points_on_lines_of_their_own_carry_their_lines():
    ev = evidence_of(f"{VISIT}村民提出的问题主要有：\n1.水渠年久失修；\n2.村道坑洼不平；\n3.垃圾清运不及时。\n")
    assert ev == {p: f"{n}.{p}{end}" for n, p, end in zip("123", POINTS, "；；。")}


@pytest.mark.fast
def test_points_of_a_quotation_carry_their_own_sentences():
    ev = evidence_of(f"{VISIT}村民代表邹长海说：“一是水渠年久失修；二是村道坑洼不平。”\n")
    assert ev["村道坑洼不平"] == "二是村道坑洼不平。”"
    assert "水渠年久失修" in ev["水渠年久失修"]


@pytest.mark.fast
@pytest.mark.parametrize(
    "content",
    ["一是水渠年久失修，二是村道坑洼不平。", "水渠年久失修，村道坑洼不平。"],
)
def test_points_inside_one_sentence_share_it(content):
    # precision: points in one sentence keep the sentence (the span is never cut inside it)
    ev = evidence_of(f"{VISIT}村民反映，{content}\n")
    assert set(ev) == {"水渠年久失修", "村道坑洼不平"}
    assert set(ev.values()) == {f"村民反映，{content}"}


@pytest.mark.fast
def test_offsets_point_at_the_points_own_sentence_in_the_text_as_received():
    text = f"{VISIT}村民提出的问题主要有：一是水渠年久失修；二是村道坑洼不平。\n"
    spans = {i.label: (i.evidence.start, i.evidence.end) for i in facts_of(text).issues}
    start, end = spans["村道坑洼不平"]
    assert text[start:end] == "二是村道坑洼不平。"
