"""Session 55, labels55: issue labels keep no frame words of the speaker, and a few
problem states a newcomer's invented reports showed missed.

- a first-person plural before a place or thing word opens no label
  (`issue_first_person_possessors.txt`, `issue_items.without_possessor`);
- a question closing a complaint (怎么办, 咋办, 能不能…) ends no label
  (`issue_question_tails.tsv`, `issue_items.without_question_tail`);
- a verb of occupying or blocking with the durative 着 states a problem
  (`issue_occupying_verbs.txt`, `issue_words.occupied`);
- 无人 and a verb of upkeep states a problem (`issue_words.untended`), so the second of two
  complaints after one raising act is read;
- a request opening with a verb of adding keeps its verb (`issue_items._without_place`).

Every fixture is invented for these tests.
"""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

VISIT = "6月3日，区人大代表罗青山来到松涛社区走访居民。"


def labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(VISIT + text))}


def test_a_first_person_possessor_opens_no_label():
    got = labels("居民说：“我们小区电梯老是坏。”")
    assert got and not any(label.startswith("我们") for label in got)
    assert "小区电梯老是坏" in got
    got = labels("居民反映咱们楼道灯坏了好几个月。")
    assert got and not any(label.startswith("咱们") for label in got)


def test_a_question_after_a_complaint_ends_no_label():
    assert labels("居民反映单元门禁坏了怎么办。") == {"单元门禁坏了"}
    assert labels("居民反映单元门禁坏了能不能修一修？") == {"单元门禁坏了"}


def test_a_space_held_by_a_thing_states_a_problem():
    got = labels("居民反映车棚里充电插座太少，几辆旧三轮车长期占着位置。")
    assert any(label.endswith("占着位置") for label in got)


def test_two_complaints_after_one_raising_act_are_both_read():
    got = labels("居民反映楼栋没有保洁，楼道垃圾无人清运。")
    assert {"楼栋没有保洁", "楼道垃圾无人清运"} <= got


def test_a_request_keeps_its_verb_before_a_site_word():
    got = labels("居民希望增加老年食堂的就餐窗口。")
    assert any(label.startswith("增加") and label.endswith("就餐窗口") for label in got)


def test_say_joined_to_a_two_character_speech_verb_opens_what_was_said():
    got = labels(
        "居民钱大爷说：“充电插座不够用。”社区主任唐丽闻讯赶来，补充说车棚里还有十几辆旧三轮车长期占着位置，车主联系不上。"
    )
    assert any(label.endswith("长期占着位置") for label in got)
    # (补充说明, a word opening with 说, opens no speech)
    assert not labels("社区主任唐丽补充说明了车棚改造的安排。")
