"""Follow-ups and works done, session 56 (fix56): the leftovers of the follow-up convention
(problems raised before and told dealt with are issues, their outcome `Issue.outcome`).

1. One item closed by a head noun after a raising act's relative and told dealt with
   (之前反映的X问题已整改到位) is raised, with its outcome (`issue_content.raised_before`).
2. A verb of following up opening with 跟 (跟进, 跟踪) is no comitative 跟: the residents
   after it raised what it follows up, as after 回访/督办 (`issue_raisers.MET_RAISER`).
3. The done verbs after 已 hold the class of building verbs (`issue_words.built_verb`:
   新建, 加装, 铺设) and the surfacing words (硬化), and 已对X完成Y reaches its verb.
4. A clause telling a work of building done (X加装了电梯) is the setting, not an issue
   (`issue_items.work_done`); a matter handed on to an office (X的事社区已联系Y) is the
   answer's work (`issue_items.HANDED`).

Every fixture is invented (names, places and wording).
"""

import pytest

from tests.extraction import VILLAGE, at, facts_of, issues_in_village as issues_in

pytestmark = pytest.mark.fast


def outcomes(text: str) -> dict[str, str]:
    facts = facts_of(VILLAGE + "\n\n" + text)
    return {i.label: i.outcome for i in facts.issues}


def test_one_item_raised_before_and_told_fixed_is_raised_with_its_outcome():
    text = "村主任介绍，之前反映的水塘淤积问题已整改到位，村西头路灯不亮的问题还没解决。"
    assert issues_in(text) == at("石屏村", "水塘淤积", "村西头路灯不亮的问题还没解决")
    assert outcomes(text)["水塘淤积"] == "已整改到位"


def test_following_up_with_gen_reads_the_residents_raising_as_revisiting_does():
    for verb in ("跟进", "跟踪"):
        got = issues_in(f"镇长罗志鹏{verb}村民此前反映的饮水问题，听取整改情况。")
        assert got == at("石屏村", "饮水"), verb
    # (the twin: 跟 as the preposition, the one meeting them speaks, nothing raised by them here)
    assert issues_in("镇长罗志鹏跟村民交流，提出要抓好春耕。") == set()


@pytest.mark.parametrize("done", ["已新建两处停车场", "已铺设排水管道", "已加装护栏", "已硬化村道"])
def test_building_verbs_after_yi_tell_the_outcome(done):
    text = f"村民反映进村道路狭窄，目前{done}。"
    assert outcomes(text) == {"进村道路狭窄": done}


def test_work_done_on_an_object_after_dui_is_no_issue():
    text = "村民反映，去年冬天自来水管多次冻裂。镇水务站站长介绍，今年秋季已对村里1.5公里老旧水管完成更换。"
    assert issues_in(text) == at("石屏村", "去年冬天自来水管多次冻裂")


def test_a_work_done_told_before_the_complaint_is_its_setting():
    text = "村民反映，村东头去年加装了路灯，村西头因资金不足迟迟没装。"
    assert issues_in(text) == at("石屏村", "村西头因资金不足迟迟没装")
    assert issues_in("村民反映，我们组去年装了自来水，水压一直上不去。") == at("石屏村", "水压一直上不去")
    # (the twin: a change told of a thing that is no work is the complaint)
    assert issues_in("村民反映，自来水费今年又涨了。") == at("石屏村", "自来水费今年又涨了")


def test_a_matter_handed_on_to_an_office_is_the_answer_not_an_issue():
    text = "村民反映，村口的涵洞经常堵塞。村支书介绍，涵洞堵塞的事村里已联系镇水利站，计划下月清淤。"
    assert issues_in(text) == at("石屏村", "村口的涵洞经常堵塞")
    # (the twin: handed on but told undone, the complaint stands)
    assert issues_in("村民反映，涵洞堵塞的事已上报多次仍没解决。") != set()
