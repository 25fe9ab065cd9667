"""Issue frames, session 24: a participant word with a meeting for object whose name
holds modifiers (出席全村议事会), and a participant verb's relative clause (参加座谈的人员).

Every fixture is invented (names, places and wording).  Each test states the whole
set of issues its text holds, so an extra issue fails as surely as a missing one.
"""

import pytest

from tests.extraction import at, issues_in_village as issues_in


@pytest.mark.fast
def test_an_official_attending_a_meeting_named_with_modifiers_goes_on_speaking():
    # 出席 + a meeting whose name holds modifiers before its head noun (全村议事会)
    text = "柏文出席全村议事会，提出两点要求：一要把村道修好，二要把渠道清干净。"
    assert issues_in(text) == set()
    # 出席 + a meeting + 的: a participant phrase again
    got = issues_in("柏文召开座谈会，出席全村议事会的同志就灌溉渠渗漏、村道太窄等问题提出建议。")
    assert got == at("石屏村", "灌溉渠渗漏", "村道太窄")


@pytest.mark.fast
def test_a_participant_verbs_relative_clause_names_the_raisers():
    # 参加座谈的人员 (issue_participant_verbs.txt): participants, the subject of the raising
    got = issues_in("柏文主持召开座谈会，参加座谈的人员就灌溉渠渗漏、村道太窄等问题提出建议。")
    assert got == at("石屏村", "灌溉渠渗漏", "村道太窄")
    got = issues_in("柏文召开座谈会，参与座谈会的同志纷纷发言，提出村口没有公交站等问题。")
    assert got == at("石屏村", "村口没有公交站")
    # with another object the verb continues the official's sentence
    assert issues_in("柏文参加了植树活动，提出要把村道修好、把渠道清干净等要求。") == set()
