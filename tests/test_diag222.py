"""Session 56 (diag222): a transcript of the officials' talk with one resident (kg.extract.issue_turns).

Fixtures invented: a visit's lead telling the officials talking with a named person
(与护理员X聊了起来), then bare turns: the questions are the officials', the answers the
person's, read for issues.
"""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

LEAD = ("5月3日，区政协副主席张明带领政协委员走访东溪村。\n"
        "在东溪村养老服务站，委员们看了活动室和食堂，并与护理员李秀芬聊了起来。\n")
TURNS = ("问：站里现在住了多少老人？\n"
         "答：住了十几位。冬天活动室没有暖气，老人不愿意下楼。\n"
         "问：你们有什么难处？\n"
         "答：护理员工资低，留不住人。\n"
         "张明表示，要把问题带回去研究。")


# 1. the answers of the person the officials talk with are that person's complaints
@pytest.mark.parametrize("label", ["活动室没有暖气", "护理员工资低"])
def test_the_answers_in_a_talk_with_a_resident_raise_their_complaints(label):
    got = issues(facts_of(LEAD + TURNS))
    assert any(label in issue for _, issue in got), got


# 2. the same with another talk act of the word class
def test_a_chat_told_by_la_jia_chang_opens_the_talk():
    lead = LEAD.replace("聊了起来", "拉起了家常")
    got = issues(facts_of(lead + TURNS))
    assert any("护理员工资低" in issue for _, issue in got), got

