"""Session 38 (lead): a short transcribed name (two or three syllables the analyser cut
into pieces) before a cadre's report or raising act (嘎查达宝音图汇报, 村主任那日苏反映).
Fixtures invented."""

import pytest

from tests.extraction import facts_of

pytestmark = pytest.mark.fast

LEDE = "9月3日，苏木党委书记乌云其其格来到额尔敦嘎查调研。"


def officials(text: str) -> dict[str, list[str]]:
    return {o.name: list(o.posts) for o in facts_of(text).officials.values()}


@pytest.mark.parametrize("act", ["汇报了今年的工作。", "反映，牧道年久失修。", "提出，冬季转场困难。"])
def test_short_transcribed_name_before_a_report_or_raising(act):
    assert officials(LEDE + "嘎查达宝音图" + act).get("宝音图") == ["嘎查达"]


def test_no_name_from_a_function_word_before_the_act():
    # twin: 都 before the act is its adverb, no syllable of a name
    assert set(officials(LEDE + "嘎查干部都反映，牧道年久失修。")) == {"乌云其其格"}
