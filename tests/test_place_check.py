"""Registered places the analyser reads as a clause stay out of the graph
(kg.extract.place_check): invented reports, built in-process."""

from __future__ import annotations

import pytest

import kg
from kg.analyse import Token, tokenize
from kg.extract.place_check import clause_reading

pytestmark = pytest.mark.fast


def _places(text: str) -> list[str]:
    facts = kg.build_texts({"a.txt": text}).facts["a.txt"]
    return sorted(p.name for p in facts.places.values())


@pytest.mark.parametrize("tail, junk", [
    # a person's post and a verb ending in a type word (进站): a clause, no place
    ("区人大代表进站接待群众，收集意见建议。", "区人大代表进站"),
    # a policy clause ending in a work's type word (项目)
    ("居民希望把排水沟修复纳入今年农田水利项目。", "排水沟修复纳入今年农田水利项目"),
], ids=["post-and-verb", "policy-clause"])
def test_a_clause_ending_in_a_type_word_is_no_place(tail, junk):
    text = "2024年6月3日，副区长唐思远来到青枫镇梅岭社区，调研基层治理。" + tail
    places = _places(text)
    assert junk not in places and "梅岭社区" in places, places


def test_a_place_ending_inside_a_post_title_is_the_place_before_the_title():
    # the date's comma, a line break, then 区 + 副区长: the grammar cut 青岚区副区 at the title's 区
    places = _places("2024年6月3日，\n青岚区副区长唐思远来到梅岭社区，察看老旧小区改造。")
    assert "青岚区副区" not in places and "青岚区" in places, places


@pytest.mark.parametrize("text, district", [
    # a district whose name ends in a type word of estates (里): the analyser's 区委 leaves 南里
    # before it, yet the district keeps its own 区 (no estate 松原市南里)
    ("松原市南里区委书记唐思远近日来到兆麟社区调研。", "南里区"),
    ("2024年5月8日，牡丹江市南里区委书记唐思远到梅岭社区，察看老旧小区改造。", "南里区"),
], ids=["recently", "dated"])
def test_a_rename_keeps_the_level_of_the_place_renamed(text, district):
    places = _places(text)
    assert district in places and not any(p.endswith(district[:-1]) for p in places), places


@pytest.mark.parametrize("text, name, reading", [
    # names holding verb morphemes: the analyser reads each as one place word
    ("副区长唐思远来到建设村，察看春耕。", "建设村", None),
    ("副区长唐思远来到胜利街道，察看春耕。", "胜利街道", None),
    ("副区长唐思远来到振兴社区，察看春耕。", "振兴社区", None),
    ("副区长唐思远来到解放路社区，察看春耕。", "解放路社区", None),
    # a verb before the village: the place is the name after it
    ("副区长唐思远离开柳溪村后来到青枫镇。", "离开柳溪村", "柳溪村"),
    # a post title, a person and a verb before a type word: nothing is left
    ("镇党委书记罗文海走村入户，了解群众需求。", "镇党委书记罗文海走村", ""),
], ids=["jianshe", "shengli", "zhenxing", "jiefanglu", "verb-before", "person-and-verb"])
def test_the_analyser_tells_names_with_verb_morphemes_from_clauses(text, name, reading):
    start = text.index(name)
    end = start + len(name)
    junk, at, to = clause_reading(tokenize(text, [(0, len(text))]), start, end)
    assert junk == (reading is not None)
    if junk:
        assert text[at:to] == reading


def test_clause_reading_renames_after_the_verb_and_cuts_before_a_running_word():
    leave = [Token("离开", "v", 0, 2), Token("柳溪村", "LOC", 2, 5), Token("后", "f", 5, 6)]
    assert clause_reading(leave, 0, 5) == (True, 2, 5)
    title = [Token("青岚区", "LOC", 0, 3), Token("副区长", "n", 3, 6)]
    assert clause_reading(title, 0, 5) == (True, 0, 3)
    name = [Token("来到", "v", 0, 2), Token("建设村", "LOC", 2, 5)]
    assert clause_reading(name, 2, 5) == (False, 2, 5)
