"""A companion named after the lead's visit with a together-adverb and a visit
verb (`，副区长乙一同调研`) accompanies the lead, as `乙陪同` does (NEWC27 finding 9,
together_adverbs.txt, kg.extract.official_acts.joins_lead).  Every fixture is invented;
the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, visits


def roles(facts) -> dict[str, str]:
    return {o.name: o.role for o in facts.officials.values()}


LEAD = "2025年3月12日，区长殷若川来到枫桥街道荷塘社区调研"


@pytest.mark.fast
@pytest.mark.parametrize(
    "companion",
    [
        "副区长马晓峰一同调研",
        "副区长马晓峰一起察看",
        "区委常委、副区长马晓峰一道走访",
        "副区长马晓峰也一同调研",
        "副区长马晓峰共同察看",
    ],
)
def test_a_together_companion_accompanies_like_one_who_accompanies(companion):
    facts = facts_of(f"{LEAD}，{companion}。\n")
    said = facts_of(f"{LEAD}，副区长马晓峰陪同。\n")
    assert roles(facts) == roles(said) == {"殷若川": "visitor", "马晓峰": "accompanying"}
    assert visits(facts) == visits(said) == {("殷若川", "荷塘社区")}


@pytest.mark.fast
@pytest.mark.parametrize(
    "text",
    [
        # listed with the lead in one clause: both lead
        "2025年3月12日，区委书记殷若川、区长马晓峰一同来到枫桥街道荷塘社区调研。\n",
        # listed with the lead, clauses split by commas (an ASCII-comma report repaired): all lead
        "2025年3月12日，市人大代表殷若川，区政协委员马晓峰一同来到枫桥街道荷塘社区。\n",
        "2025年3月12日,市人大代表殷若川,区人大代表温佳,区政协委员马晓峰一起走进枫桥街道荷塘社区。\n",
        # the first official of the sentence: nobody named before to go with
        "2025年3月12日，副区长马晓峰一同调研枫桥街道荷塘社区。\n",
    ],
)
def test_a_together_adverb_makes_no_companion_without_a_lead_before_the_clause(text):
    facts = facts_of(text)
    assert "accompanying" not in roles(facts).values()
    assert ("马晓峰", "荷塘社区") in visits(facts)


@pytest.mark.fast
def test_an_adverb_of_ones_own_act_makes_no_companion():
    # 同时 (at the same time) is no together-adverb: 马晓峰 makes a visit of their own
    facts = facts_of(f"{LEAD}。同时，副区长马晓峰来到枫桥街道柳岸社区。\n")
    assert roles(facts)["马晓峰"] != "accompanying"
    assert ("马晓峰", "柳岸社区") in visits(facts)


@pytest.mark.fast
def test_a_together_companion_of_a_lead_named_again_without_a_title_accompanies():
    # the lead's later stop names him bare, as reports do once his title has been given
    facts = facts_of(f"{LEAD}。随后，殷若川来到双塘镇柳溪村，副区长马晓峰一同调研。\n")
    assert roles(facts) == {"殷若川": "visitor", "马晓峰": "accompanying"}
    assert ("马晓峰", "柳溪村") not in visits(facts) and ("殷若川", "柳溪村") in visits(facts)
