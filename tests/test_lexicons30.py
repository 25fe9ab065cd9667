"""Word classes moved from code to kg/lexicons/ in session 30 (LEXICONS30): each test runs
the real pipeline on an invented fixture whose facts depend on the class, so emptying
its file fails a test here (scripts/knockout.py).  Every fixture is invented."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, visits

TOUR = "2025年5月6日，区长柏文来到东湖社区调研，副区长林若溪陪同调研。下午，林若溪{}来到西岭村，察看村道修缮情况。\n"


@pytest.mark.fast
@pytest.mark.parametrize("together", ["一同", "一道", "随同", "同去", "也一同"])
def test_a_companion_going_along_makes_no_stop_of_their_own(together):
    # together_adverbs.txt: 乙一同来到Y goes with the lead, who makes the stop
    facts = facts_of(TOUR.format(together))
    assert ("柏文", "西岭村") in visits(facts)
    assert ("林若溪", "西岭村") not in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("adverb", ["", "还", "随后"])
def test_a_companion_with_no_together_word_makes_the_stop_alone(adverb):
    facts = facts_of(TOUR.format(adverb))
    assert ("林若溪", "西岭村") in visits(facts)
    assert ("柏文", "西岭村") not in visits(facts)
