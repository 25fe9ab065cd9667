"""Session 31: word classes moved out of code into `kg/lexicons/` (LEXICONS31).  The
facts are the same as before the move (benchmarks/same_facts.py); these tests make each
new data file's words matter to the fast suite, so emptying one fails a test
(scripts/knockout.py).  Each test pairs the shape a class lets through with a near
shape.  Every fixture is invented; the tests run the real pipeline (or, for a name's
core, the function the class feeds)."""

from __future__ import annotations

import pytest

from kg.extract.issue_raisers import agent_raisers
from kg.extract.place_identity import core
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

COMMUNITY = "2024年5月6日，区委书记郑海来到松林街道翠竹社区调研。"
VILLAGE = "2024年5月6日，县长郑海来到石门镇青山村调研。"


def labels(text: str, visit: str = COMMUNITY) -> set[str]:
    return {label for _, label in issues(facts_of(visit + text))}


def places_visited(text: str) -> set[str]:
    return {place for _, place in visits(facts_of(text))}


# --- issue frames: issue_broad_markers.txt, issue_existential_words.txt, issue_topic_verb_adverbs.txt


def test_a_broad_field_after_a_broad_marker_is_no_issue():
    # 围绕/对 + a field (issue_broad_markers.txt) names a theme; a matter in a list is an issue
    assert labels("座谈会上，居民们围绕乡村治理进行了讨论。") == set()
    assert labels("居民们对物业管理提出了意见。") == set()
    assert {"停车管理", "垃圾分类"} <= labels("座谈中，大家围绕垃圾分类、停车管理等工作进行了深入交流。")


def test_an_existential_word_before_the_raiser_is_no_verb():
    # 有居民表示 (issue_existential_words.txt): 有 introduces the raiser
    assert labels("有居民表示，小区的路灯坏了半年没人修。") == {"小区的路灯坏了半年没人修"}
    assert labels("居民表示，小区的路灯坏了半年没人修。") == {"小区的路灯坏了半年没人修"}


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("居民们围绕小区停车难、楼道杂物多等问题，纷纷说出了自己的想法。", {"小区停车难", "楼道杂物多"}),
        ("大家就电梯老化、路灯不亮等问题，各自谈了看法。", {"电梯老化", "路灯不亮"}),
    ],
)
def test_adverbs_of_how_raisers_spoke_before_the_verb_after_a_topic(text, wanted):
    # issue_topic_verb_adverbs.txt: ，纷纷说出了… still goes on with the topic before it
    assert labels(text) == wanted


# --- effects, judgements, coping, plans, terms: clauses that are no issue of their own


def test_an_effect_after_a_degree_adverb_is_no_issue():
    # 严重影响 (issue_effect_degrees.txt + issue_effect_links.txt): the effect of the problem
    assert labels("居民反映，小区门口的路面塌陷，严重影响居民出行。") == {"小区门口的路面塌陷"}


def test_a_bare_judgement_of_a_speaker_is_no_issue():
    # 我们很不满意 (issue_judge_speakers.txt): a judgement, not a problem
    assert labels("居民反映，楼道灯坏了半年，我们很不满意。") == {"楼道灯坏了半年"}


def test_an_evaluation_closed_by_a_particle_is_no_issue():
    # 实在太危险了 (issue_coping_ends.txt: 了): the residents' evaluation of the complaint
    assert labels("居民方大姐反映，小区门口没有斑马线，实在太危险了。") == {"小区门口没有斑马线"}


def test_a_dated_plan_is_no_issue():
    # 下一步准备 (issue_plan_times.txt): the village's plan, not a problem
    got = labels("村民反映，村里缺少活动场地，村里下一步准备在坑塘边建一处小游园。", VILLAGE)
    assert got == {"村里缺少活动场地"}


def test_a_term_running_out_is_no_issue():
    # 合同年底到期 (issue_due_words.txt): background of the complaint after it
    got = labels("居民方大姐反映，小区物业合同年底到期，楼道灯坏了半年没人修。")
    assert got == {"楼道灯坏了半年没人修"}


# --- places: place_committee_endings.txt, place_prefecture_words.txt, place_list_joins.txt


def test_a_committee_after_its_place_is_that_place():
    # 翠竹社区居民委员会 (place_committee_endings.txt: 委员会): the community's organ
    assert places_visited("2024年5月6日，区长郑海来到松林街道翠竹社区居民委员会调研。") == {"翠竹社区"}
    assert places_visited("2024年5月6日，区长郑海来到松林街道翠竹社区调研。") == {"翠竹社区"}


def test_a_prefecture_keeps_its_level_word_in_its_core():
    # place_prefecture_words.txt: 州 and 自治州; the city of the same name is another place
    assert core("凉山彝族自治州") == core("凉山州") == "凉山州"
    assert core("玉树州") == "玉树州"
    assert core("玉树市") == "玉树"


@pytest.mark.parametrize("join", ["和", "及", "以及"])
def test_places_joined_by_a_conjunction_are_each_visited(join):
    # place_list_joins.txt: each place of the list is a stop
    assert places_visited(f"2024年5月6日，县长郑海来到石门镇青山村{join}红旗村调研。") == {"青山村", "红旗村"}


# --- visits and officials: guide_openers.tsv, visit_next_stop_adverbs.txt, visit_walk_words.txt


@pytest.mark.parametrize(
    "text",
    [
        "2024年5月6日，在副镇长白云的带领下，县委书记高山来到石门镇青山村调研。",
        "2024年5月6日，县委书记高山在副镇长白云的带领下来到石门镇青山村。",
        "2024年5月6日，由石门镇副镇长白云带领，县委书记高山来到青山村调研。",
    ],
)
def test_the_guide_and_the_party_guided_are_both_at_the_place(text):
    # guide_openers.tsv: 由…带领， / 在…的带领下
    assert visits(facts_of(text)) == {("白云", "青山村"), ("高山", "青山村")}


def test_a_sequence_adverb_before_an_inspect_verb_tells_a_next_stop():
    # 随后还察看了 (visit_next_stop_adverbs.txt): the park is a stop of its own
    text = "2024年5月6日，区长郑海来到松林街道翠竹社区，察看了社区食堂，随后还察看了翠竹公园。"
    assert places_visited(text) == {"翠竹社区", "翠竹公园"}
    # without one, a look inside the place already visited is no stop
    assert places_visited("2024年5月6日，区长郑海来到松林街道翠竹社区，察看了社区食堂。") == {"翠竹社区"}


def test_a_walk_along_a_place_puts_the_look_there():
    # 沿着青河步行察看 (visit_walk_words.txt): the look is at the river
    text = "2024年5月6日，区长郑海来到石门镇青山村，沿着青河步行察看了防汛设施。"
    assert places_visited(text) == {"青河"}


def test_stops_one_after_another_are_each_visited():
    # 先后察看了A、B (visit_several_stops.txt): the named places listed are stops
    text = "2024年5月6日，区长郑海来到翠竹社区养老院，先后察看了翠竹社区食堂、青松社区卫生服务站。"
    assert places_visited(text) == {"翠竹社区养老院", "翠竹社区食堂", "青松社区卫生服务站"}


# --- raisers: issue_unit_members.txt; issues: issue_judge_degrees.txt, issue_cost_rise_words.txt


@pytest.mark.parametrize(
    "text, visit, wanted",
    [
        ("座谈会上，业委会委员反映，小区的电梯经常坏。", COMMUNITY, {"小区的电梯经常坏"}),
        ("村委委员们说，村道坑坑洼洼的。", VILLAGE, {"村道坑坑洼洼的"}),
    ],
)
def test_a_member_of_the_residents_own_body_raises_issues(text, visit, wanted):
    # 业委会委员 (issue_unit_members.txt after issue_cadre_units.txt): no official organ
    assert labels(text, visit) == wanted


def test_a_judgement_after_a_degree_adverb_is_no_issue():
    # 我们非常不满意 (issue_judge_degrees.txt: 非常)
    assert labels("居民反映，楼道灯坏了半年，我们非常不满意。") == {"楼道灯坏了半年"}


def test_a_cost_going_up_is_an_issue():
    # 取暖费用一年比一年高 (issue_cost_rise_words.txt: 高 after a cost noun)
    got = labels("村民反映，村里的路灯坏了，取暖费用一年比一年高。", VILLAGE)
    assert got == {"村里的路灯坏了", "取暖费用一年比一年高"}
    # (取暖费用不高 is kept as an issue all the same, by another shape: left to the issue sessions)


@pytest.mark.parametrize("ask", ["希望上级帮助我们协调", "希望县里帮我们协调"])
def test_a_request_for_help_for_us_names_no_matter(ask):
    # 帮助我们协调 (issue_beneficiaries.txt: 我们): help in general, for whom it is asked
    assert labels(f"村民反映，村里缺少冷库，{ask}。", VILLAGE) == {"村里缺少冷库"}


@pytest.mark.parametrize("judgement", ["我们很不满意啊", "大家都不满意了"])
def test_a_judgement_closed_by_a_particle_is_no_issue(judgement):
    # 不满意啊, 不满意了 (issue_judge_ends.txt): still only a judgement
    assert labels(f"居民反映，楼道灯坏了半年，{judgement}。") == {"楼道灯坏了半年"}


@pytest.mark.parametrize(
    "text, span",
    [
        ("会上，不少菜商反映，摊位费高。", (5, 7)),
        ("会上，有菜商反映，摊位费高。", (4, 6)),
        ("会上，一位菜农说，菜价低。", (5, 7)),
    ],
)
def test_words_before_an_agent_noun_are_not_part_of_it(text, span):
    # 不少菜商 (raiser_agent_leads.txt: 不少): the raiser is 菜商, not the whole run
    assert agent_raisers(text) == [span]


@pytest.mark.parametrize("text", ["会上，菜商们也都纷纷反映，摊位费高。", "会上，菜商纷纷反映，摊位费高。", "会上，菜农普遍说，菜价低。"])
def test_adverbs_between_an_agent_noun_and_its_act(text):
    # 菜商纷纷反映 (raiser_agent_adverbs.txt): the agent noun still raises
    assert agent_raisers(text) == [(3, 5)]
    # an official's agent noun is none (raiser_agent_forms.tsv official: 人员)
    assert agent_raisers(text.replace("菜商", "执法人员").replace("菜农", "执法人员")) == []


def test_an_extent_word_after_a_dyke_walked_along_keeps_the_stop():
    # visit_along_extents.txt: 沿着X河堤一线察看 — the extent word stands between the place and the verb
    from tests.extraction import facts_of, visits
    assert ("王明", "青溪河堤") in visits(facts_of("6月5日，县长王明沿着青溪河堤一线察看了防汛工作。"))


def test_a_dyke_walked_along_with_no_extent_word_is_a_stop_too():
    # precision of the class: the walk reads the same without the extent word
    from tests.extraction import facts_of, visits
    assert ("王明", "青溪河堤") in visits(facts_of("6月5日，县长王明沿着青溪河堤察看了防汛工作。"))


@pytest.mark.parametrize("item", ["早日装上电梯", "盼着尽快建好电梯", "希望建起来电梯"])
def test_a_build_result_after_the_verb_is_no_part_of_the_thing(item):
    # issue_build_results.txt: 装上, 建好, 建起来 — the thing built is what follows the result
    from kg.extract.issue_restated import built_thing, same_build
    assert built_thing(item) == "电梯"
    assert same_build(item, "加装电梯")


def test_a_complaint_is_no_build_request():
    # precision: a complaint about the thing names no building
    from kg.extract.issue_restated import built_thing
    assert built_thing("电梯经常坏") is None
