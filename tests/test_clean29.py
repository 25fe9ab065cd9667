"""CLEAN29: one occurrence finder in kg.extract.officials.  A companion told
by title, name and 一同 + a visit verb joins the visit of another official
named before them in the sentence (`joins_lead`); where one name holds another
(周海 in 周海峰), the longer name's own mentions are not the shorter one's, so
a person is never their own lead.  Every fixture is invented; the tests run the
real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, visits

# (a shorter name, a longer name that starts with it)
NAME_PAIRS = [("周海", "周海峰"), ("李红", "李红梅"), ("陈立", "陈立新")]


@pytest.mark.fast
@pytest.mark.parametrize("short, long", NAME_PAIRS)
def test_a_longer_names_own_mention_is_not_another_officials(short, long):
    # 长名's bare mention earlier in the sentence is theirs, not 短名's: no lead
    # stands before them, so their stop is their own
    facts = facts_of(f"2025年3月2日，区长{short}到北坡村调研。随后，{long}走访了东湖社区，"
                     f"副区长{long}一同察看了电梯改造。\n")
    assert (long, "东湖社区") in visits(facts)
    assert (short, "东湖社区") not in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("short, long", NAME_PAIRS)
@pytest.mark.parametrize("lead_is_short", [True, False])
def test_a_companion_still_joins_a_lead_whose_name_holds_or_is_held_by_theirs(short, long, lead_is_short):
    # precision: the lead's own mention still counts, whichever name holds the other
    lead, companion = (short, long) if lead_is_short else (long, short)
    facts = facts_of(f"2025年3月2日，区长{lead}来到东湖社区调研，副区长{companion}一同察看了电梯改造。\n")
    assert visits(facts) == {(lead, "东湖社区")}
