"""Session 27 (newcomer's items 2, 3): Amdo Tibetan names after a title (才让当周,
东智, 当周 — syllables of name_transcription_chars.txt as a class; 当周 read by the
tagger as a time word), and the county's name before 县委 the analyser reads as a person
is the post's jurisdiction, never a second official.  Every fixture is invented (names
built from the class's syllables); the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, posts, visits

STOP = "深入尕玛乡措果村走访，牧民反映冬季饲草短缺。\n"


@pytest.mark.fast
@pytest.mark.parametrize("name", ["才让当周", "当周才让", "才让东智", "昂秀公保", "完玛久美", "秋加先巴"])
@pytest.mark.parametrize("title", ["县委书记", "副县长"])
def test_an_amdo_name_after_a_title(title, name):
    facts = facts_of(f"2024年1月10日，{title}{name}{STOP}")
    assert posts(facts) == {name: [title]}
    assert visits(facts) == {(name, "措果村")}


@pytest.mark.fast
@pytest.mark.parametrize("name", ["当周", "东智"])
@pytest.mark.parametrize("act", ["来到尕玛乡措果村走访。\n", STOP])
def test_a_two_syllable_amdo_name_after_a_title(name, act):
    facts = facts_of(f"2024年1月10日，县长{name}{act}")
    assert posts(facts) == {name: ["县长"]}


@pytest.mark.fast
@pytest.mark.parametrize("when", ["次日", "当日", "周日"])
def test_a_time_word_after_a_title_is_no_name(when):
    # precision: 次日/当日 (a known time word) and a weekday stay times
    facts = facts_of(f"2024年1月10日，县长甄立来到尕玛乡。县长{when}来到措果村走访。\n")
    assert set(posts(facts)) == {"甄立"}


@pytest.mark.fast
@pytest.mark.parametrize("county", ["玛曲", "甘德", "玛多"])
@pytest.mark.parametrize("name", ["才让当周", "才让"])
def test_the_county_before_a_county_title_is_the_posts_jurisdiction(county, name):
    facts = facts_of(f"2024年1月10日，{county}县委书记{name}{STOP}")
    assert posts(facts) == {name: [f"{county}县委书记"]}
    assert visits(facts) == {(name, "措果村")}


@pytest.mark.fast
def test_a_person_before_a_title_with_no_jurisdiction_word_stays_a_person():
    # precision: only a post opening with a jurisdiction word (县委, 县长) takes the word before it
    facts = facts_of("2024年1月10日，甄立书记陪同县长才让当周来到尕玛乡措果村走访。\n")
    assert posts(facts)["才让当周"] == ["县长"]
