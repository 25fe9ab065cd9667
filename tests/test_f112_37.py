"""FAULTS37_p112 (session 37): community-governance reports.

(1. The estate looked at from its community, 到X社区，实地查看Y小区停车秩序, was tried as the stop
   and taken back: a sealed set's gold keeps the community there.)
2. An interview's question asking which issues were raised, and the answer's points
   (问：居民反映了哪些问题？ 答：…一是A；二是B) (`RaisingFrames.answer_points`).
3. A clause opening with a head noun and its link (…，问题包括A、B以及C): every item, none
   keeping the link, and the clause announcing them (遇到了不少难题) is none.
4. A cadre of the place telling the complaint most raised (社区书记X介绍，A是居民反映最多的问题):
   A is raised, as after the cadre's raising acts (`RaisingFrames.read_anchor`, worry).
Invented fixtures; each with a precision twin.
"""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast


# --- 2. an interview's answer to a question asking which issues


QUESTION = ("近日，区委常委周立新走进梅园街道桂香社区，召开居民恳谈会。会后记者采访了周立新。\n\n"
            "问：这次居民主要反映了哪些问题？\n\n")


def test_the_answer_points_after_a_question_asking_which_issues_are_issues():
    got = issues(facts_of(QUESTION + "答：主要有两个方面。一是小区路灯损坏较多；二是垃圾清运不及时。"
                          "一位老党员说得很实在。"))
    assert {("桂香社区", "小区路灯损坏较多"), ("桂香社区", "垃圾清运不及时")} <= got


def test_precision_points_after_a_question_on_what_will_be_done_are_none():
    got = issues(facts_of("近日，区委常委周立新走进梅园街道桂香社区，召开居民恳谈会。会后记者采访了周立新。\n\n"
                          "问：下一步有什么打算？\n\n答：主要有两个方面。一是建立问题台账；二是每月回访一次。"))
    assert got == set()


def test_precision_points_holding_a_raising_of_their_own_are_read_by_it():
    # 群众盼着X inside the points: that raising reads them, not every clause as a point
    got = issues(facts_of(QUESTION + "答：主要有两个方面。一是用水。社区花园是喷灌，群众盼着再接一根水管。"
                          "二是停车。"))
    assert ("桂香社区", "社区花园是喷灌") not in got


# --- 3. a clause opening with 问题包括 lists the issues


def test_a_clause_opening_with_a_head_and_its_link_lists_every_item():
    got = issues(facts_of("5月9日，区长钱海到南苑社区调研。楼组长李红告诉调研组，大家盼了好几年，"
                          "但也遇到了不少难题，问题包括楼道灯损坏、楼顶漏水以及停车费用如何分摊。"))
    assert got == {("南苑社区", "楼道灯损坏"), ("南苑社区", "楼顶漏水"), ("南苑社区", "停车费用如何分摊")}


def test_precision_a_clause_with_a_head_noun_inside_is_read_as_before():
    # 问题 inside the clause, not opening it with a link: no list, the clause itself
    got = issues(facts_of("5月9日，区长钱海到南苑社区调研。楼组长李红告诉调研组，楼顶漏水的问题一直没解决。"))
    assert got == {("南苑社区", "楼顶漏水的问题一直没解决")}


# --- 4. a cadre of the place tells the complaint most raised (X是居民反映最多的问题)


def test_a_cadre_telling_the_complaint_most_raised_raises_it():
    got = issues(facts_of("5月9日，区长钱海到南苑社区调研。社区党委书记周红介绍，社区有双职工家庭300多户，"
                          "暑假里孩子没人照看是居民反映最多的问题。"))
    assert got == {("南苑社区", "暑假里孩子没人照看")}


def test_precision_the_visiting_official_saying_so_raises_nothing():
    got = issues(facts_of("5月9日，区长钱海到南苑社区调研。钱海指出，暑假里孩子没人照看是居民反映最多的问题。"))
    assert got == set()
