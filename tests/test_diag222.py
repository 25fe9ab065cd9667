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



# 3. a hamlet's group named in the first stop's paragraph lies in that stop's village, not in
#    the village the lede listed last (kg.extract.village_groups.latest_unit)
def test_a_group_in_a_stops_paragraph_is_that_villages():
    text = ("4月2日，县长张明深入东坡镇杨柳村、河口村调研。\n"
            "在杨柳村，张明走进农户家中察看。住在三组的村民李大姐告诉他：“一到冬天水管就冻裂。”\n"
            "在河口村，张明察看了通组路。")
    got = issues(facts_of(text))
    assert ("杨柳村", "一到冬天水管就冻裂") in got, got


# 4. a request closing its raiser's own complaints is an issue, even when another raiser at the
#    place named the same thing before (kg.extract.issues.IssueReader.remedy_of_own)
def test_a_request_closing_its_raisers_complaints_is_no_restatement():
    text = ("3月2日，县长张明来到东坡村调研。村民李大姐告诉他：“每到冬天水窖就见底。”"
            "村支书王强反映，三组现有水窖容量太小，水管老化漏水，希望新建一座50立方米的高位水窖。")
    got = issues(facts_of(text))
    assert any("高位水窖" in issue for _, issue in got), got


# 5. a relative raising with no head noun told done (去年反映的X已经修好) is a follow-up, raised
#    still, and no concession a contrast after it takes back (issue_content.followed_up_relative)
@pytest.mark.parametrize("text", [
    "3月2日，县长张明来到东坡村调研。村委会主任李华介绍，去年反映的东坡村至河口村连接路垮塌路段已经修好通车，但雨季过后，部分路段水沟被泥沙堵住。",
    "3月2日，县长张明来到东坡村调研。去年群众反映的东坡村至河口村连接路垮塌路段已经修好通车。",
])
def test_a_matter_raised_before_and_told_done_is_a_follow_up(text):
    got = issues(facts_of(text))
    assert any("连接路垮塌路段" in issue for _, issue in got), got
