"""Visit verbs read by what they are, session 16: a verb the lexicon does not list,
right after an official's name, that the analyser reads as a verb ending in a
morpheme of going or looking (`visit_verb_morphemes.txt`), with a named place
after it, is a visit; and a place an issue falls back to is read by the
analyser, so a title, a name and an unlisted verb never become part of it.
Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits

OPENING = "2025年12月1日，区委书记聂文博{verb}西门街道红梅小区。居民说，电线私拉乱接。"


@pytest.mark.fast
@pytest.mark.parametrize("verb", ["直奔", "踏访", "折返", "深夜踏访", "冒雨直奔", "一行直奔"])
def test_an_unlisted_verb_of_going_is_a_visit(verb):
    facts = facts_of(OPENING.format(verb=verb))
    assert visits(facts) == {("聂文博", "红梅小区")}
    assert issues(facts) == {("红梅小区", "电线私拉乱接")}


@pytest.mark.fast
def test_an_analyser_verb_holding_a_listed_one_wins_over_it():
    # 到访: the listed 到 inside it must not make the place 访西门街道
    facts = facts_of(OPENING.format(verb="到访"))
    assert visits(facts) == {("聂文博", "红梅小区")}
    assert not any("访" in p.name for p in facts.places.values())


@pytest.mark.fast
def test_a_verb_of_acting_on_a_place_is_no_visit():
    # 要求/督促 take a place as who is asked, not where the official goes
    facts = facts_of("2025年12月1日，区长王明要求西门街道加快老旧小区改造。随后，王明督促青山村完成整改。")
    assert visits(facts) == set()


@pytest.mark.fast
def test_an_issue_place_read_back_is_no_clause():
    # no visit is read (蹲点 ends in no morpheme of going): the issue falls back to the
    # administrative place written before it, which must not hold the title and name
    facts = facts_of("2025年12月1日，区委书记聂文博蹲点西门街道。居民说，电线私拉乱接。")
    names = [p.name for p in facts.places.values()]
    assert "西门街道" in names
    assert not any("聂文博" in n for n in names)
    assert issues(facts) == {("西门街道", "电线私拉乱接")}


@pytest.mark.fast
def test_a_compound_the_analyser_splits_is_one_verb():
    # 踏/v 访/v after some names: the two one-character verbs are the compound
    facts = facts_of("2025年5月3日，副区长岑立群踏访北湖街道青枫社区。居民反映，路灯不亮。")
    assert visits(facts) == {("岑立群", "青枫社区")}


@pytest.mark.fast
def test_a_clause_between_name_and_verb_is_no_manner_word():
    # a demand to others, then a verb of going: the others go, not the official
    facts = facts_of("2025年5月3日，区长郝明德指出，各部门要直奔北湖街道青枫社区解决问题。")
    assert visits(facts) == set()
