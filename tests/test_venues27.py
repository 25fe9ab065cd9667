"""Session 27 (venues): an event's venue told in its own sentence, who is the lead at
a meeting, a joiner closing the clause after a bringing clause of its own, and a split
team's stop.  Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, parent_name, visits

HELD = "3月12日，市政协在青岚镇召开协商会，围绕农村饮水安全开展协商。市政协主席程立安出席并讲话。"
RAISED = "\n\n会上，村民代表周远山反映，村里的自来水管道老化。\n"


@pytest.mark.fast
@pytest.mark.parametrize(
    "venue_sentence, venue",
    [
        ("会议在青岚镇政协委员之家举行。", "青岚镇政协委员之家"),
        ("活动在青岚镇党群服务中心举行。", "青岚镇党群服务中心"),
        ("协商会在青岚镇委员工作室召开。", "青岚镇委员工作室"),
        ("座谈会设在青岚镇党群服务中心。", "青岚镇党群服务中心"),
        ("议事会安排在青岚镇委员工作室，", "青岚镇委员工作室"),
    ],
)
def test_an_events_venue_told_with_the_event_as_subject_is_the_visit_and_the_scene(venue_sentence, venue):
    facts = facts_of(HELD + venue_sentence + RAISED)
    assert visits(facts) == {("程立安", venue)}
    assert parent_name(facts, venue) == "青岚镇"
    assert issues(facts) == {(venue, "村里的自来水管道老化")}


@pytest.mark.fast
@pytest.mark.parametrize("sentence", ["会议在即，各方准备充分。", "会议要求各村抓好落实。"])
def test_no_venue_without_a_place_held_at(sentence):
    facts = facts_of(HELD + sentence + RAISED)
    assert visits(facts) == {("程立安", "青岚镇")}
    assert issues(facts) == {("青岚镇", "村里的自来水管道老化")}


MEETING = (
    "3月12日，市政协在青岚镇召开协商会。市政协主席程立安出席并讲话，市政协副主席苏婉清{act}。\n\n"
    "会议在青岚镇政协委员之家举行。会上，村民代表周远山反映，村里的自来水管道老化。\n\n"
    "市政协委员梁一鸣、邱宁等{spoke}。\n"
)


@pytest.mark.fast
@pytest.mark.parametrize(
    "act, spoke",
    [("主持", "作了发言"), ("主持", "结合前期视察情况作了发言"), ("作了主持", "先后发言")],
)
def test_who_only_presides_or_speaks_under_an_attending_official_is_no_visitor(act, spoke):
    facts = facts_of(MEETING.format(act=act, spoke=spoke))
    assert visits(facts) == {("程立安", "青岚镇政协委员之家")}


@pytest.mark.fast
@pytest.mark.parametrize(
    "text, want",
    [
        # convening is leading: 主持召开 does not end the clause at 主持
        ("3月12日，副市长程立安来到青岚镇白沙村主持召开座谈会。村民代表周远山反映，村里的自来水管道老化。\n",
         {("程立安", "白沙村")}),
        # presiding with no one else there: the presider is the visitor
        ("3月12日，市政协副主席苏婉清在青岚镇白沙村主持。村民代表周远山反映，村里的自来水管道老化。\n",
         {("苏婉清", "白沙村")}),
        # a member who also goes somewhere is no mere speaker
        ("3月12日，市人大代表程立安来到青岚镇白沙村调研。市人大代表梁一鸣也来到白沙村，并作了发言。\n",
         {("程立安", "白沙村"), ("梁一鸣", "白沙村")}),
    ],
)
def test_the_presider_or_speaker_who_is_the_only_or_a_moving_official_keeps_the_visit(text, want):
    assert visits(facts_of(text)) == want


@pytest.mark.fast
@pytest.mark.parametrize(
    "party",
    [
        "带领镇人大代表一行6人，先后走访",
        "带领镇人大代表，先后走访",
        "带领部分代表，深入",
        "率领代表一行8人，走访",
    ],
)
def test_a_joiner_closing_the_clause_after_a_bringing_clause_of_its_own_makes_the_tour(party):
    facts = facts_of(f"5月8日，青松镇人大主席王建国{party}白杨村、石桥村，开展“代表进村”活动，镇人大副主席刘晓梅参加。\n")
    assert visits(facts) == {(who, place) for who in ("王建国", "刘晓梅") for place in ("白杨村", "石桥村")}


@pytest.mark.fast
@pytest.mark.parametrize(
    "text",
    [
        # no one brought: a cadre named taking part makes no tour of their own
        "5月8日，青松镇人大主席王建国，先后走访白杨村、石桥村，镇人大副主席刘晓梅参加。\n",
        # the bringing clause is another clause's, a subject between
        "5月8日，青松镇人大主席王建国带领镇人大代表学习，代表们先后走访白杨村、石桥村，镇人大副主席刘晓梅参加了县里的会议。\n",
    ],
)
def test_no_joiner_without_a_party_brought(text):
    assert ("刘晓梅", "白杨村") not in visits(facts_of(text))


SPLIT = (
    "6月3日，县领导韩东川、易秋水、蒋立夫分别带队，下沉到各自联系的社区开展走访。\n\n"
    "{first}来到柳岸街道荷塘社区，走进困难群众家中。居民反映，小区雨污管道经常堵塞。\n\n"
    "在柳岸街道石桥社区，县委常委易秋水召开居民座谈会。居民提出，希望增设健身器材。\n"
)


@pytest.mark.fast
@pytest.mark.parametrize("first", ["由县委副书记韩东川带领的走访组", "县委副书记韩东川带领走访组", "韩东川带领的小组", "韩东川一行"])
def test_a_split_teams_stop_told_of_one_leaders_team_is_theirs_alone(first):
    facts = facts_of(SPLIT.format(first=first))
    assert ("易秋水", "荷塘社区") not in visits(facts)
    assert {("韩东川", "荷塘社区"), ("易秋水", "石桥社区")} <= visits(facts)


@pytest.mark.fast
def test_without_a_split_the_official_at_the_brought_partys_meeting_joins_it():
    facts = facts_of(
        "6月3日，县委副书记韩东川带领的调研组来到柳岸街道荷塘社区，走进困难群众家中。\n\n"
        "在荷塘社区议事厅，副县长易秋水出席座谈会。居民提出，希望增设健身器材。\n"
    )
    assert ("易秋水", "荷塘社区") in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("members", ["市政协委员梁一鸣、邱宁参加。", "市人大代表梁一鸣、邱宁参加。"])
def test_the_presider_over_members_only_is_their_lead_and_keeps_the_visit(members):
    # no one holding an office attends above the presider: the members are the presider's party
    facts = facts_of(
        "3月12日，在青岚镇政协委员之家召开的议事会上，村民代表周远山反映，村里的自来水管道老化。\n"
        f"议事会由市政协副主席苏婉清主持，{members}\n"
    )
    assert ("苏婉清", "青岚镇政协委员之家") in visits(facts)
