"""Issue frames, session 23: participants raising issues at a forum, the topic of a talk
before a light verb, and residents named by an agent noun.

Every fixture is invented (names, places and wording).  Each test states the whole
set of issues its text holds, so an extra issue fails as surely as a missing one.
"""

import pytest

from tests.extraction import at, issues_in_village as issues_in


@pytest.mark.fast
def test_participants_of_a_meeting_named_by_a_raiser_word_raise():
    # 与会 (issue_participant_words.txt) opens a participant word, not 与 + people met
    got = issues_in("座谈会上，与会村民代表反映了灌溉渠渗漏、村口没有公交站等问题。")
    assert got == at("石屏村", "灌溉渠渗漏", "村口没有公交站")
    got = issues_in("与会的群众代表纷纷发言，提出村卫生室缺医少药、村道太窄等问题。")
    assert got == at("石屏村", "村卫生室缺医少药", "村道太窄")


@pytest.mark.fast
def test_a_meetings_own_deputies_are_not_residents():
    # a bare duty-post head (duty_post_heads.txt: 代表) after a participant word
    assert issues_in("与会代表反映了灌溉渠渗漏、村口没有公交站等问题。") == set()
    assert issues_in("参会的代表们纷纷发言，提出村道太窄等问题。") == set()


@pytest.mark.fast
def test_participants_opening_a_clause_of_the_officials_sentence_raise():
    # the participants, not the official who convened the forum, are the subject of
    # the clause a participant word opens (与会人员: no raiser word of its own)
    got = issues_in("柏文在村委会议室主持召开座谈会，与会人员就灌溉渠渗漏、村道太窄等问题提出建议。")
    assert got == at("石屏村", "灌溉渠渗漏", "村道太窄")
    got = issues_in("柏文召开座谈会，到会同志纷纷发言，提出村口没有公交站等问题。")
    assert got == at("石屏村", "村口没有公交站")
    # 出席 with the meeting for its object: the official goes on speaking
    assert issues_in("柏文出席议事会，提出要把村道修好、把渠道清干净等要求。") == set()
    assert issues_in("柏文召开座谈会，与会领导指出，村道太窄问题要抓紧解决。") == set()


@pytest.mark.fast
def test_people_met_with_yu_still_do_not_raise():
    # 与 + raisers is still the people an official meets; the official speaks
    assert issues_in("柏文与村民代表座谈，提出要把村道修好。") == set()


@pytest.mark.fast
def test_participants_who_are_officials_do_not_raise():
    assert issues_in("与会领导指出，灌溉渠渗漏问题要抓紧解决。") == set()
    assert issues_in("与会部门负责人表示，将尽快解决村道太窄问题。") == set()


@pytest.mark.fast
def test_a_light_verb_before_a_discussion_verb_is_not_the_topic():
    # 就X进行了深入交流 (issue_light_verbs.tsv): the topic is X
    got = issues_in("村民代表就村口没有公交站进行了深入交流。")
    assert got == at("石屏村", "村口没有公交站")
    got = issues_in("村民们就灌溉渠渗漏开展了热烈讨论。")
    assert got == at("石屏村", "灌溉渠渗漏")


@pytest.mark.fast
def test_a_broad_field_before_a_light_verb_names_no_issue():
    # 围绕 + a field of work (issue_themes.tsv) is what the talk was about
    assert issues_in("村民代表围绕乡村振兴进行了讨论。") == set()


@pytest.mark.fast
def test_residents_named_by_an_agent_noun_raise():
    # a stem and an agent morpheme (raiser_agent_forms.tsv: 户, 商, 者, 农)
    assert issues_in("承包户们表示，灌溉渠渗漏严重。") == at("石屏村", "灌溉渠渗漏严重")
    assert issues_in("有茶农提出，村道太窄，运茶车辆进不来。") >= at("石屏村", "村道太窄")
    assert issues_in("经营者反映，市场的雨棚常年漏水。") == at("石屏村", "市场的雨棚常年漏水")


@pytest.mark.fast
def test_the_officials_side_named_by_an_agent_form_does_not_raise():
    # official stems (raiser_agent_forms.tsv official: 人员, 执法, 管理) and a surname + 工
    assert issues_in("执法人员表示，农贸市场的雨棚漏水。") == set()
    assert issues_in("管理者表示，农贸市场的雨棚漏水。") == set()
    assert issues_in("王工表示，农贸市场的雨棚漏水。") == set()


@pytest.mark.fast
def test_short_complaints_joined_by_a_pause_mark_are_each_an_issue():
    # a three-character clause holding a problem word stands alone (stands_alone),
    # in a list as well as on its own; a potential complement (招不来、留不住) stays one
    got = issues_in("村民们反映看病难、上学难，希望尽快解决。")
    assert got == at("石屏村", "看病难", "上学难")
    assert issues_in("村民反映，年轻医生招不来、留不住。") == at("石屏村", "年轻医生招不来、留不住")
