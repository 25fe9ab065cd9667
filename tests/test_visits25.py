"""Session 25's visit and placement frames from a blind northern probe set:
a cadre of the stop leading a visiting official round, a party that splits at
the lead, and the Inner Mongolian level words.  Every fixture is invented; the
tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits


# --- f. a stop's own cadre leading the visitor round -------------------------------------------

@pytest.mark.fast
@pytest.mark.parametrize(
    "guide, visitor, place",
    [
        ("村支书杜明远", "区长韩振", "柳溪村"),
        ("杜明远村支书", "区长韩振", "柳溪村"),
        ("社区党委书记杜明远", "副县长韩振", "梨花社区"),
        ("嘎查党支部书记杜明远", "旗长韩振", "乌兰嘎查"),
    ],
)
def test_the_official_a_stops_cadre_leads_round_visits(guide, visitor, place):
    # 村支书甲带领区长乙来到X: 乙 is shown round, as in 在甲的带领下; 甲 hosts
    facts = facts_of(f"2024年9月6日，{guide}带领{visitor}来到{place}，察看人居环境整治。\n")
    assert ("韩振", place) in visits(facts)
    assert ("杜明远", place) not in visits(facts)


@pytest.mark.fast
def test_every_official_a_stops_cadre_leads_round_visits():
    facts = facts_of("2024年9月6日，村支书杜明远带领区长韩振、副区长蒋宁来到柳溪村，察看人居环境整治。\n")
    assert {("韩振", "柳溪村"), ("蒋宁", "柳溪村")} <= visits(facts)


@pytest.mark.fast
def test_an_official_leading_another_still_leads_the_visit():
    # precision: a district leader leading a deputy mayor is the visitor; the led one accompanies
    facts = facts_of("2024年9月6日，区委书记杜明远带领副区长韩振来到柳溪村，察看人居环境整治。\n")
    assert visits(facts) == {("杜明远", "柳溪村")}
    assert next(o for o in facts.officials.values() if o.name == "韩振").role == "accompanying"
