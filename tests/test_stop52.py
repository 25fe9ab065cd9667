"""Session 52 (lead, from NEWCOMER51b): an inspect verb after a sequence adverb and the official's name said
again (随后，A走进Y) takes the party to a new stop (`StopReading._next_stop_renamed`); a site inside the unit
visited still replaces it.  Fixtures invented.
"""

import pytest

from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("text, second", [
    ("2025年3月8日，县长陈建华来到城关镇幸福社区。随后，陈建华走进城关镇东风社区。", "东风社区"),
    ("5月6日，镇长吴岩来到青松村。接着，吴岩调研了白鹭村。", "白鹭村"),
])
def test_a_sequence_word_and_the_name_again_make_a_stop(text, second):
    assert any(place == second for _, place in visits(facts_of(text)))


def test_a_site_inside_the_unit_is_no_stop_of_its_own():
    got = visits(facts_of("2025年3月8日，县长陈建华来到城关镇幸福社区。随后，陈建华察看了幸福社区红旗小区。"))
    assert got == {("陈建华", "红旗小区")}, got


def test_the_name_again_without_a_sequence_word_is_a_look_around():
    got = visits(facts_of("2025年3月8日，县长陈建华来到城关镇幸福社区。陈建华察看了社区卫生服务站。"))
    assert got == {("陈建华", "幸福社区")}, got


@pytest.mark.parametrize("subject", ["吴岩一行", "吴岩、李青", "吴岩和李青一同", "吴岩步行"])
def test_a_party_named_again_after_a_sequence_word_makes_a_stop(subject):
    # (session 52, NEWCOMER52b: the subject a party, two names, or a name and a manner word)
    text = f"5月6日，镇长吴岩、副镇长李青来到青松村，察看人居环境整治。随后，{subject}走进白鹭村。"
    assert ("吴岩", "白鹭村") in visits(facts_of(text))
