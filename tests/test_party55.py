"""Session 55 (party55): an accompanier's clause told before the lead is named at the stop.

`在X社区，A陪同。` / `在X社区，陪同人员有A。` with no one named before A in the sentence:
A accompanies the party on its tour (`PartyReading._accompanied_here`): the party (or,
none named yet, the next official told visiting) is at X, and A makes no visit of
their own, so A stays an accompanying official, not a visitor.  Also the clause-mark
class the extraction modules share (`kg.extract.sentences.clause_marks`).
Fixtures invented.
"""

import re

import pytest

from kg.extract.sentences import CLAUSE_END, clause_marks
from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast


def roles(facts):
    return {o.name: o.role for o in facts.officials.values()}


@pytest.mark.parametrize("text", [
    # the lead named before the accompanier's clause
    "2025年6月3日，区委书记葛长青到柳岸街道调研。在荷风社区，柳岸街道党工委书记苏婉陪同。葛长青察看了社区食堂，居民反映电梯老旧。",
    # the lead named only in the next sentence
    "2025年6月3日，在荷风社区，柳岸街道党工委书记苏婉陪同。区委书记葛长青察看了社区食堂，居民反映电梯老旧。",
    # an accompanying list opening the clause
    "2025年6月3日，区委书记葛长青到柳岸街道调研。在荷风社区，陪同人员有柳岸街道党工委书记苏婉。葛长青察看了社区食堂。",
    "2025年6月3日，在荷风社区，陪同人员有柳岸街道党工委书记苏婉、社区主任程朗。区委书记葛长青察看了社区食堂。",
])
def test_the_accompanier_told_first_is_no_visitor(text):
    facts = facts_of(text)
    got = visits(facts)
    assert ("葛长青", "荷风社区") in got, got
    assert not any(who == "苏婉" for who, _ in got), got
    assert roles(facts)["苏婉"] == "accompanying", roles(facts)


def test_the_lead_named_before_keeps_the_stop_and_the_accompanier_accompanies():
    facts = facts_of("2025年9月11日，区委书记孟川到北塘街道走访社区。\n\n在北塘街道紫荆社区，街道党工委书记韩露陪同。居民反映楼道灯坏了。")
    got = visits(facts)
    assert ("孟川", "紫荆社区") in got and not any(who == "韩露" for who, _ in got), got
    assert roles(facts)["韩露"] == "accompanying", roles(facts)


def test_an_accompanying_staff_list_marks_its_names_accompanying():
    facts = facts_of("2025年6月3日，区委书记葛长青来到荷风社区调研。陪同人员有柳岸街道党工委书记苏婉。")
    assert roles(facts)["苏婉"] == "accompanying", roles(facts)


@pytest.mark.parametrize("marks, old", [
    (CLAUSE_END, r"[，,。；;：:！!？?\n]"),
    (clause_marks(stops=False), r"[，,：:；;]"),
    (clause_marks(extra="“”"), r"[，,。；;：:！!？?\n“”]"),
    (clause_marks(extra="“"), r"[，,：:。；;！!？?\n“]"),
])
def test_the_shared_clause_marks_are_the_classes_they_replace(marks, old):
    before = re.compile(old)
    sample = "甲，乙,丙。丁；戊;己：庚:辛！壬!癸？子?丑\n寅“卯”辰、巳 午"
    assert [m.start() for m in marks.finditer(sample)] == [m.start() for m in before.finditer(sample)]
