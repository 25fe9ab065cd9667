"""Session 25, issues: business people as raisers, an act before a word opening with a
compound mark (反映|人才…), a second act of the same raisers after a comma (…，还希望X),
and effect clauses (a complaint's consequence is no second issue).  Every fixture is
invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import VILLAGE, issues_in_village, kept_by_rules


def labels(text: str) -> set[str]:
    return {label for _, label in issues_in_village(text)}


# --- effect clauses (kg.extract.issue_effects) -------------------------------------------


@pytest.mark.fast
@pytest.mark.parametrize(
    "complaint, effect",
    [
        ("菜场门口排水沟堵塞", "导致雨后路面积水"),
        ("夜市音响声音太大", "影响周边住户休息"),
        ("老桥护栏锈蚀", "严重影响行人安全"),
        ("垃圾中转站离楼太近", "造成夏天气味难闻"),
        ("渠道没有清淤", "致使农田排水不畅"),
    ],
)
def test_a_clause_opened_by_a_causal_link_is_no_second_issue(complaint, effect):
    assert labels(f"村民们反映，{complaint}，{effect}。") == {complaint}


@pytest.mark.fast
@pytest.mark.parametrize(
    "complaint, effect",
    [
        ("后山挡土墙开裂", "存在安全隐患"),
        ("楼顶水箱多年没有清洗", "群众意见很大"),
        ("村口变压器没有围栏", "家长们提心吊胆"),
    ],
)
def test_a_clause_closed_by_a_hardship_is_no_second_issue(complaint, effect):
    assert labels(f"居民反映{complaint}，{effect}。") == {complaint}


@pytest.mark.fast
@pytest.mark.parametrize(
    "complaint, effect",
    [
        ("机耕道太窄", "收割机进不去"),
        ("小区大门限高杆太低", "救护车开不进来"),
    ],
)
def test_a_clause_closed_by_an_inability_stands(complaint, effect):
    # measured: filing only the complaint lost a gold issue on a blind set, gained none; the
    # rules keep both, the learned filter's kept-item model (session 36) judges the later clause
    text = f"村民反映{complaint}，{effect}。"
    assert complaint in labels(text)
    assert {complaint, effect} <= kept_by_rules(VILLAGE + "\n\n" + text)


@pytest.mark.fast
@pytest.mark.parametrize(
    "text, expected",
    [
        # an effect-shaped clause raised alone, or first, is the complaint itself
        ("村民反映收割机进不去。", {"收割机进不去"}),
        # items of a list (、) are issues each
        ("居民反映了楼道堆物、存在安全隐患等问题。", {"楼道堆物", "存在安全隐患"}),
        # an inconvenience is filed as an issue (gold's convention)
        ("村民反映渡口没有候船亭，雨天候船不便。", {"渡口没有候船亭", "雨天候船不便"}),
        # a hardship clause with a complaint of its own stands
        ("居民反映电梯经常停运，井盖缺失很危险。", {"电梯经常停运", "井盖缺失很危险"}),
        # a second complaint, no effect shape
        ("居民反映健身器材老化，路灯经常不亮。", {"健身器材老化", "路灯经常不亮"}),
    ],
)
def test_clauses_that_are_not_effects_stand(text, expected):
    assert labels(text) == expected


# --- business people as raisers -----------------------------------------------------------


@pytest.mark.fast
@pytest.mark.parametrize(
    "raiser",
    ["与会企业家", "民营企业主", "个体工商户们", "几位商家", "小微企业主", "有经营者", "不少创业者"],
)
def test_business_people_raise_issues(raiser):
    assert labels(f"座谈会上，{raiser}反映物流成本偏高、厂房租金贵。") == {"物流成本偏高", "厂房租金贵"}


@pytest.mark.fast
@pytest.mark.parametrize(
    "text",
    [
        "柏文指出，要帮助企业家解决物流成本偏高的问题。",
        "柏文要求相关部门主动为商家排忧解难，优化营商环境。",
    ],
)
def test_business_people_named_in_an_officials_remark_raise_nothing(text):
    assert labels(text) == set()


# --- an act before a word opening with a compound mark ------------------------------------


@pytest.mark.fast
@pytest.mark.parametrize(
    "raiser, items",
    [
        ("大家", "人才引进难、子女入学难"),
        ("村民们", "人员编制不足、办事跑腿多"),
        ("居民", "人行道破损、路灯不亮"),
    ],
)
def test_an_act_before_a_word_opening_with_a_compound_mark_raises(raiser, items):
    assert labels(f"座谈中，{raiser}反映{items}。") == set(items.split("、"))


@pytest.mark.fast
def test_the_noun_of_an_act_and_a_compound_mark_raises_nothing():
    # 反映人: the person who reported, no act
    assert labels("社区工作人员把处理结果及时告知反映人。") == set()


# --- a second act of the same raisers ----------------------------------------------------


@pytest.mark.fast
@pytest.mark.parametrize(
    "added, wish",
    [
        ("还希望", "增开一趟进城班车"),
        ("也建议", "在村口增设公交站点"),
        ("并提出", "增设老年助餐点"),
        ("同时希望", "修缮村小操场"),
    ],
)
def test_a_second_act_after_a_topic_list_is_the_same_raisers(added, wish):
    got = labels(f"村民们反映了渡口栈桥破损、自来水压力小等问题，{added}{wish}。")
    assert {"渡口栈桥破损", "自来水压力小"} <= got
    assert any(label.endswith(wish) and not label.startswith(added) for label in got)


@pytest.mark.fast
def test_an_officials_added_act_after_the_residents_list_raises_nothing():
    got = labels("柏文听取了村民反映的渡口栈桥破损问题，并要求镇里尽快组织维修。")
    assert got == {"渡口栈桥破损"}
