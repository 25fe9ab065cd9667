"""Clause boundaries inside one raising (session 28, seen in three opened probe sets):
a later clause with an adverse state of its own is an issue; a clause of background
(a unit set up only recently, a count of places, more of a crop, an event after which
things changed, a past season) before a complaint is none; in a cadre's account a
deficiency or a need is raised like a complaint.  Every fixture is invented; the tests
run the real pipeline."""

from __future__ import annotations

import pytest

from kg.extract import issue_words

from tests.extraction import at, kept_by_rules
from tests.test_issues_recall import issues_in as issues_after

VISIT = "副县长冉秋实来到柏树湾村。"


def issues_in(text: str) -> set[tuple[str, str]]:
    return issues_after(text, VISIT)


# --- kind 2: a later clause with an adverse predicate of its own -------------------


@pytest.mark.fast
@pytest.mark.parametrize(
    "first, later",
    [
        ("筹建电梯的钱怎么出定不下来", "一楼住户有分歧"),  # a group at odds
        ("老院子的排水管早就堵死了", "下大雨院里就返水"),  # water forced back up
        ("村口的水渠多年没人清", "坡下的水塘干涸了"),  # a source run dry
        ("快递车乱停乱靠", "挤占了人行道"),  # a space taken over
        ("果园摘果季节雇不到人", "雇工的费用一年比一年高"),  # a cost rising
        ("规范集市摊点乱摆乱放", "给摊贩划出固定摊位"),  # a second request with its own object
        ("整治村口的垃圾堆", "为保洁员配备一辆清运车"),
    ],
)
def test_a_later_clause_with_an_adverse_state_of_its_own_is_an_issue(first, later):
    text = f"村民代表鲁青禾说，{first}，{later}。"
    # the rules keep both; the learned filter's kept-item model (session 36) judges the later clause
    assert ("柏树湾村", first) in issues_in(text)
    assert {first, later} <= kept_by_rules(VISIT + text)


@pytest.mark.fast
@pytest.mark.parametrize(
    "first, later",
    [
        ("村里没有卫生室", "老人拿药要坐四站路的车"),  # what the complaint costs: coping
        ("果园摘果季节雇不到人", "大家商量了好几回"),  # a story, no problem
    ],
)
def test_a_later_clause_with_no_adverse_state_of_its_own_is_not_an_issue(first, later):
    text = f"村民代表鲁青禾说，{first}，{later}。"
    assert issues_in(text) == at("柏树湾村", first)


@pytest.mark.fast
@pytest.mark.parametrize(
    "clause, adverse",
    [
        ("雇工的费用一年比一年高", True),
        ("大棚的租金逐年攀升", True),
        ("种植成本倒是不高", False),  # negated
        ("收入一年比一年高", False),  # income, no cost
        ("收购价格比去年高", False),  # a price is no cost to the seller
    ],
)
def test_a_cost_rising_is_a_problem_predicate(clause, adverse):
    assert bool(issue_words.problem().search(clause)) is adverse


# --- kind 3: a clause of background before the complaint ---------------------------


@pytest.mark.fast
@pytest.mark.parametrize(
    "background, complaint",
    [
        ("村委会刚组建不久", "办公用房面积太小"),  # set up only recently
        ("服务站才建了两年", "屋顶已经漏雨"),
        ("村里有两处集中安置点", "垃圾清运不及时"),  # a count of places
        ("这两年村里种的核桃多了", "晾晒场地不够"),  # more of a crop
        ("村小学合并后学生到镇上住校", "家长接送困难"),  # an event after which things changed
    ],
)
def test_a_background_clause_before_a_complaint_is_not_an_issue(background, complaint):
    text = f"村民代表鲁青禾说，{background}，{complaint}。"
    assert issues_in(text) == at("柏树湾村", complaint)


@pytest.mark.fast
def test_a_past_season_before_how_things_are_now_is_background():
    # 去年… then 眼下…: the past clause is the cause, the clauses after it the complaint
    text = "村民代表鲁青禾说，去年冬天雪少，村后的机井塌了，眼下浇地困难。"
    assert issues_in(text) == at("柏树湾村", "村后的机井塌了", "眼下浇地困难")


@pytest.mark.fast
@pytest.mark.parametrize(
    "first, second",
    [
        ("合唱队有三十多个人", "活动室太小"),  # a group's size in people is no count of places
        ("家里暖气后半夜不热", "屋里很冷"),  # 后半夜 is a time, no event
        ("村道刚修好半年就开裂了", "雨天车辆打滑"),  # recent, but a problem of its own
        ("村里的公厕建成后无人打理", "气味难闻"),  # after an event, a problem of its own
    ],
)
def test_a_first_clause_with_a_problem_or_no_background_frame_stays(first, second):
    text = f"村民代表鲁青禾说，{first}，{second}。"
    assert issues_in(text) == at("柏树湾村", first, second)


@pytest.mark.fast
def test_a_count_that_states_a_problem_is_the_complaint():
    # (was a case of the test above: since session 50 the passed-over model's threshold is .7,
    # and the later clause 晚上出门很黑, what the dark costs the villagers, scores .64: the
    # first clause alone is the issue; the second is still a candidate the model decides on)
    text = "村民代表鲁青禾说，村里有两处路灯不亮，晚上出门很黑。"
    assert issues_in(text) == at("柏树湾村", "村里有两处路灯不亮")
    assert "晚上出门很黑" not in kept_by_rules(VISIT + text)


# --- kind 4: a cadre's account --------------------------------------------------------


@pytest.mark.fast
@pytest.mark.parametrize(
    "need",
    [
        "洗衣房的设备也需要更换",
        "村里的便民桥急需加固",
        "几处护栏有待重新修复",
    ],
)
def test_a_need_in_a_cadres_account_is_raised(need):
    text = f"村支书包立群介绍，村里今年硬化了两条巷道，{need}。"
    assert issues_in(text) == at("柏树湾村", need)


@pytest.mark.fast
def test_a_problem_coming_back_in_a_cadres_account_is_raised():
    text = "村支书包立群介绍，村里组织了三次环境整治，河边乱倒垃圾的情况反复出现。"
    assert issues_in(text) == at("柏树湾村", "河边乱倒垃圾的情况反复出现")


@pytest.mark.fast
def test_work_in_a_cadres_account_is_not_raised():
    # work and progress are account, however they are worded; a need of the speaker's
    # own work (需要大家配合) is no need of a thing
    text = "村支书包立群介绍，村里今年新修了两处晾晒场，更换了三十盏路灯，下一步需要大家配合。"
    assert issues_in(text) == set()
