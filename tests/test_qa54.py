"""Session 54 (qa54): the residents'-issue frame of a dialogue transcript (kg.extract.issue_turns).

Fixtures invented: a reception or a visit printing part of what was said as turns, one a line.
"""

import pytest

from kg.extract.issue_turns import turn_at
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

LEAD = "5月12日，副县长韩立来到溪口镇石桥村，在村部听取群众意见。以下为部分问答：\n\n"
ANSWER = "\n答（韩立副县长）：这件事县里已经掌握，下个月就派人来看。"


# 1. a question turn with its asker in parentheses carries the asker's issues
@pytest.mark.parametrize("turn, label", [
    ("问（石桥村村民罗建国）：村口的小桥年久失修，下雨天孩子过不去，能不能修一修？", "村口的小桥年久失修"),
    ("提问（村民代表宋桂兰）：村里的水塘堤坝漏水，下游的田灌不上水。", "水塘堤坝漏水"),
    ("问(村民罗建国):村口的小桥年久失修，下雨天孩子过不去，能不能修一修？", "村口的小桥年久失修"),
])
def test_a_residents_question_turn_raises_its_complaints(turn, label):
    got = issues(facts_of(LEAD + turn + ANSWER))
    assert any(place == "石桥村" and label in issue for place, issue in got), got


# 2. a question turn with no asker written, in a transcript of the residents' questions
def test_a_bare_question_turn_after_a_hearing_of_residents_is_theirs():
    got = issues(facts_of(LEAD + "问：村口的小桥年久失修，下雨天孩子过不去，能不能修一修？\n答：县里已经掌握，下个月就派人来看。"))
    assert any("小桥年久失修" in issue for _, issue in got), got


# 3. the asker's own place, written with them, is the issue's place
def test_the_askers_own_place_files_the_issue():
    got = issues(facts_of(LEAD + "问（邻村柳湾村村民齐永发）：我们柳湾村的卫生室只有一名医生，看病要排很久。" + ANSWER))
    assert any(place == "柳湾村" and "卫生室只有一名医生" in issue for place, issue in got), got


# 4. answers, officials' and journalists' questions raise nothing
@pytest.mark.parametrize("text", [
    "5月12日，副县长韩立来到溪口镇石桥村。\n\n记者问：村口的小桥年久失修，下雨天孩子过不去，怎么办？\n韩立答：下个月就派人来看。",
    LEAD + "问（石桥村村民罗建国）：能不能派人来看看？\n答（韩立）：群众反映的卫生室缺医生问题，县里正在想办法。",
])
def test_answers_and_journalists_questions_raise_nothing(text):
    got = issues(facts_of(text))
    assert not any("小桥" in issue or "卫生室" in issue for _, issue in got), got


def test_in_one_transcript_the_officials_question_raises_nothing_the_residents_does():
    got = issues(facts_of(LEAD + "问（韩立副县长）：卫生室缺医生，大家说说怎么办？\n答（石桥村村民罗建国）：要早点想办法。\n"
                          "问（石桥村村民罗建国）：村口的小桥年久失修，下雨天孩子过不去。" + ANSWER))
    labels = {issue for _, issue in got}
    assert any("小桥年久失修" in label for label in labels), labels
    assert not any("卫生室" in label for label in labels), labels


def test_a_bare_question_turn_of_an_interview_is_the_journalists():
    turns = "\n\n问：村口的小桥年久失修，什么时候修？\n答：县里已经掌握，下个月就派人来看。"
    interview = issues(facts_of("5月12日，副县长韩立来到溪口镇石桥村，听取群众意见。会后，本报记者专访了韩立。" + turns))
    hearing = issues(facts_of("5月12日，副县长韩立来到溪口镇石桥村，在村部听取群众意见。以下为部分问答：" + turns))
    assert not any("小桥" in issue for _, issue in interview), interview
    assert any("小桥年久失修" in issue for _, issue in hearing), hearing


# 5. a transcript labelled by speakers: the raiser word alone asks, the official answers
def test_a_speaker_labelled_transcript_reads_the_raisers_lines():
    got = issues(facts_of(LEAD + "群众：村口的小桥年久失修，下雨天孩子过不去。\n副县长：群众反映的卫生室缺医生问题，县里正在想办法。"))
    labels = {issue for _, issue in got}
    assert any("小桥年久失修" in label for label in labels), labels
    assert not any("卫生室" in label for label in labels), labels


def test_turn_markers_are_a_word_class():
    text = "问（村民甲）：路灯坏了？\n答：马上修。\n村民乙问：还有呢？"
    assert turn_at(text, text.index("路")).kind == "question"
    assert turn_at(text, text.index("马")).kind == "answer"
    assert turn_at(text, text.index("还")).prefixed
