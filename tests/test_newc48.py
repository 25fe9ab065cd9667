"""NEWCOMER48: reports a newcomer wrote in the genre and built (session 48).
Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

import kg
from kg.repair.lost import mark_lost_characters
from kg.text import TrackedText
from tests.extraction import facts_of, posts, visits

pytestmark = pytest.mark.fast

# ---------------------------------------------------------------- 1. lost characters in a Traditional name

TRADITIONAL_LOST = "2024年7月15日，岳麓區委書記劉??強來到望岳街道裕西社區，居民反映排水不暢。"


def test_lost_characters_in_a_traditional_name_are_the_names():
    # the surname and the title are read through their Simplified forms (劉 is 刘, 區委書記 is 区委书记)
    assert mark_lost_characters(TrackedText("區委書記劉??強來到")).text == "區委書記劉某某強來到"
    assert mark_lost_characters(TrackedText("區委書記??強來到")).text == "區委書記某某強來到"
    assert mark_lost_characters(TrackedText("村裡的??路年久失修")).text == "村裡的□□路年久失修"  # no name here


def test_a_traditional_report_with_a_damaged_name_keeps_its_official():
    facts = facts_of(TRADITIONAL_LOST)
    assert posts(facts) == {"刘某某强": ["岳麓区委书记"]}
    assert ("刘某某强", "裕西社区") in visits(facts)
    built = kg.build_texts({"a.txt": TRADITIONAL_LOST})
    assert any("「劉??強」 read as 刘某某强" in line for line in built.warnings)


# ---------------------------------------------------------------- 2. the undated warning quotes the sentence whole


def test_the_undated_warning_quotes_a_sentence_through_lost_characters():
    built = kg.build_texts({"a.txt": "7月15日，区委书记刘??强来到望岳街道裕西社区。"})
    assert any("「7月15日，区委书记刘??强来到望岳街道裕西社区。」 gives a month and day but no year" in line
               for line in built.warnings), built.warnings


# ---------------------------------------------------------------- 3. the lost-name warning: a name beside another's marks is whole


def test_a_place_before_a_damaged_place_is_not_named_as_cut():
    built = kg.build_texts({"a.txt": "2024年7月15日，岳麓区委书记刘强来到望岳街道??家村社区，居民反映排水不畅。"})
    line = next(line for line in built.warnings if "characters lost" in line)
    assert "「??家村社区」 read as □□家村社区" in line and "望岳街道?" not in line, line
    assert "characters lost in 1 name " in line
