"""Session 25, issues (b): a complaint about weather on a way, a wish restating the
complaints, a difficulty said of an act (饮水困难), a work named by its service after
将/把.  Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import at, facts_of, issues, issues_in_village

VILLAGE = "石屏村"


def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


# 1. a second comma-joined complaint about snow, ice or mud on a way is kept
@pytest.mark.fast
@pytest.mark.parametrize(
    "first, second",
    [
        ("村里的机井出水少", "冬天坡道结冰"),
        ("健身器材老化", "雨后小路泥泞"),
        ("村口桥面太窄", "山路常有落石"),
        ("自来水时常停", "冬季道路积雪影响出行"),
        ("路灯坏了没人修", "下雪后台阶湿滑"),
    ],
)
def test_a_way_made_unsafe_by_the_weather_is_a_second_complaint(first, second):
    assert issues_in_village(f"村民反映，{first}，{second}。") == at(VILLAGE, first, second)


@pytest.mark.fast
@pytest.mark.parametrize("background", ["大家在这里住了二十年", "冬天大家都在家里"])
def test_a_clause_with_no_problem_after_a_complaint_is_still_background(background):
    # (precision: only the weather words joined the problem class, no season or place)
    assert issues_in_village(f"村民反映，村里的机井出水少，{background}。") == at(VILLAGE, "村里的机井出水少")


# 2. a wish to solve what was complained of is no issue of its own
@pytest.mark.fast
@pytest.mark.parametrize(
    "complaints, wish",
    [
        ("村里饮水井水量不足，冬季道路结冰影响出行", "希望解决饮水和道路问题"),
        ("小区车位紧张，夜里乱停车", "希望尽快解决停车问题"),
        ("楼下烧烤店噪音扰民", "盼望早日处理好噪音问题"),
    ],
)
def test_a_wish_restating_the_complaints_is_no_issue(complaints, wish):
    got = issues_in_village(f"居民们反映，{complaints}，{wish}。")
    assert got == at(VILLAGE, *complaints.split("，"))


@pytest.mark.fast
@pytest.mark.parametrize(
    "wish, label",
    [
        ("希望解决停车问题", "停车"),
        ("希望尽快解决孩子上学远的问题", "孩子上学远"),
        ("希望帮忙化解邻里纠纷", "邻里纠纷"),
    ],
)
def test_a_wish_naming_something_new_is_labelled_by_the_problem(wish, label):
    got = issues_in_village(f"村民反映，村道破损，{wish}。")
    assert got == at(VILLAGE, "村道破损", label)
    assert not any(lab.startswith(("解决", "尽快", "帮忙")) for _, lab in got)


@pytest.mark.fast
@pytest.mark.parametrize("wish, label", [("希望增设停车位", "增设停车位"), ("希望修好路灯", "修好路灯")])
def test_a_wish_for_a_measure_keeps_its_verb(wish, label):
    # (precision: a verb naming a measure is no resolving verb)
    assert (VILLAGE, label) in issues_in_village(f"村民反映，村道破损，{wish}。")


@pytest.mark.fast
def test_resolving_a_vague_difficulty_is_no_issue():
    assert issues_in_village("村民反映，希望帮助解决实际困难。") == set()


# 3. 困难 said straight after an act is the complaint, not a head noun closing a topic
@pytest.mark.fast
@pytest.mark.parametrize("sep", ["", "，"])
@pytest.mark.parametrize("label", ["饮水困难", "老人就医困难", "孩子上学困难", "冬季取暖困难"])
def test_a_difficulty_said_of_an_act_keeps_its_predicate(sep, label):
    assert issues_in_village(f"牧民反映{sep}{label}。") == at(VILLAGE, label)


@pytest.mark.fast
def test_difficulties_closing_a_list_still_close_it():
    # (precision: after 等, 的 or a count 困难 is the head noun of the items before it)
    assert issues_in_village("村民反映就业、就医等困难。") == at(VILLAGE, "就业", "就医")
    assert issues_in_village("村民反映停车问题。") == at(VILLAGE, "停车")


# 4. a work named by its service after 将/把 is a thing handled, no place
@pytest.mark.fast
@pytest.mark.parametrize("prep", ["将", "把"])
@pytest.mark.parametrize("work", ["饮水工程", "供水项目", "排水工程"])
def test_a_service_work_handled_by_a_disposal_is_no_place(prep, work):
    facts = facts_of(f"2024年7月15日，县长柏文来到青岚镇{VILLAGE}。柏文要求{prep}{work}纳入明年计划。\n")
    assert work not in place_names(facts)
    assert place_names(facts) == {"青岚镇", VILLAGE}


@pytest.mark.fast
@pytest.mark.parametrize("place", ["青松小区", "白鹭社区"])
def test_a_place_after_a_disposal_stays_a_place(place):
    # (precision: 将 still introduces a named place)
    facts = facts_of(f"2024年7月15日，县长柏文来到青岚镇{VILLAGE}。柏文要求将{place}纳入明年改造计划。\n")
    assert place in place_names(facts)
