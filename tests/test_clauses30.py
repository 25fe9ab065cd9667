"""Session 30: which clause of a complaint is an issue (CLAUSES30, FAULTS28/29 kinds 1, 2,
4, 7).  Rule 1: a clause telling how the residents cope or feel restates the complaint
before it; the same shapes said of a thing or a service (看病要排长队, 洗澡怕滑倒) are
issues.  Rule 2: a later clause naming its own problem is kept.  Rule 3: "many" of a
group in need is an issue alone (beside its need, the setting: session 49), "many" of a neutral noun and a term running out are
background, a 受…影响 cause clause is the condition of the clause after it.  Rule 4: the
complaint's history is no item.  Every fixture is invented; the tests run the real
pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, kept_by_rules

COMMUNITY = "2024年5月6日，区委书记郑海来到松林街道翠竹社区调研。"
VILLAGE = "2024年5月6日，县长郑海来到石门镇青山村调研。"


def labels_of(text: str, visit: str = COMMUNITY) -> set[str]:
    return {label for _, label in issues(facts_of(visit + text))}


# --- rule 1: coping and feeling clauses restate the complaint before them


@pytest.mark.fast
@pytest.mark.parametrize(
    "complaint, coping",
    [
        ("小区的自来水经常停", "大家只好去超市买桶装水"),
        ("村里的老水井干了", "只能靠亲戚开车送水"),
        ("公交站撤掉了", "我们还得走到镇上去坐车"),
        ("菜场关门了", "老人们每天都得跑到邻村去买菜"),
        ("楼道灯坏了", "晚上只好摸黑上楼"),
    ],
)
def test_a_coping_clause_after_a_complaint_is_no_issue(complaint, coping):
    got = labels_of(f"居民方大姐反映，{complaint}，{coping}。")
    assert complaint in got, got
    assert not any(coping[2:6] in label for label in got), got


@pytest.mark.fast
@pytest.mark.parametrize(
    "complaint, feeling",
    [
        ("屋顶漏雨好几年了", "想修又不知道找谁"),
        ("楼下烧烤摊油烟很大", "夜里十一点后还很热闹"),
        ("小区门口没有斑马线", "实在太危险了"),
        ("物业迟迟不换电梯", "业委会夹在中间很为难"),
        ("孩子放学没人接", "家长们都很着急"),
        ("河边护栏断了", "大家心里不踏实"),
    ],
)
def test_a_feeling_clause_after_a_complaint_is_no_issue(complaint, feeling):
    got = labels_of(f"居民方大姐反映，{complaint}，{feeling}。")
    assert complaint in got, got
    assert not any(feeling[-3:] in label for label in got), got


@pytest.mark.fast
@pytest.mark.parametrize(
    "complaint, harm",
    [
        # a thing or a service as the subject: a harm of its own (precision of rule 1)
        ("村里的冷库太小", "鲜桃只能低价卖掉"),
        ("社区卫生站医生太少", "看病要排长队"),
        ("镇卫生院没有CT机", "拍片得跑到县城"),
        ("附近没有菜场", "买菜要走半个小时"),
        ("卫生间地砖太旧", "洗澡时怕滑倒"),
        ("老房子没有通暖气", "烧炭取暖怕一氧化碳中毒"),
        ("路口没有红绿灯", "孩子过马路很危险"),
    ],
)
def test_the_same_shapes_said_of_a_thing_or_a_service_are_issues(complaint, harm):
    # the coping rule keeps both; the learned filter's kept-item model (session 36) judges the later clause
    text = f"居民方大姐反映，{complaint}，{harm}。"
    assert {complaint, harm} <= kept_by_rules(COMMUNITY + text)
    assert complaint in labels_of(text)


@pytest.mark.fast
def test_a_coping_clause_as_the_only_complaint_stands():
    # the rule reads only a clause after a complaint: a first clause is the complaint itself
    got = labels_of("居民方大姐反映，老人们只能走到镇上去看病。")
    assert any("走到镇上去看病" in label for label in got), got


# --- rule 2: a later clause naming its own problem is kept


@pytest.mark.fast
@pytest.mark.parametrize(
    "complaint, own",
    [
        ("外墙瓷砖大片脱落", "部分楼栋的消防栓无水"),
        ("老宅年久失修", "有的已经撂荒多年"),
        ("村里的机耕路坑洼不平", "留守老人种地很吃力"),
        ("今年茶叶卖不上价", "加上收购价格下跌"),
        ("小区暖气片老化", "今冬已经停暖三次"),
        ("车棚顶棚塌了一角", "业主的电动车受损"),
        ("楼道里堆满了纸箱", "存在火灾隐患"),
        ("老房子漏雨", "想申请危房改造补助"),
    ],
)
def test_a_later_clause_naming_its_own_problem_is_kept(complaint, own):
    got = labels_of(f"居民方大姐反映，{complaint}，{own}。")
    assert complaint in got, got
    # the rules keep the second item; the learned filter's kept-item model (drop_below .5, session 47)
    # weighs an item with neither a problem word nor a scheme keyword after it, and drops some (有的已经撂荒多年)
    kept = kept_by_rules(COMMUNITY + f"居民方大姐反映，{complaint}，{own}。")
    assert any(own.removeprefix("加上") in label or label in own and len(label) >= 4 for label in kept), kept


@pytest.mark.fast
@pytest.mark.parametrize(
    "complaint, effect",
    [
        # a clause grading the complaint or telling what it does to them stays dropped
        ("广场舞音响声音太大", "影响周边居民休息"),
        ("下水道经常堵", "群众意见很大"),
        ("楼道堆物很多", "问题比较突出"),
        # a hazard of no kind: the golds omit it (a named one, 火灾隐患, is kept above)
        ("小区电线私拉乱接", "存在安全隐患"),
    ],
)
def test_a_clause_grading_the_complaint_is_still_dropped(complaint, effect):
    got = labels_of(f"居民方大姐反映，{complaint}，{effect}。")
    assert complaint in got, got
    assert effect not in got, got


# --- rule 3: "many X" standing clauses, causes and terms


@pytest.mark.fast
@pytest.mark.parametrize(
    "group",
    ["独居老人", "留守儿童", "残疾人", "低保户", "空巢老人"],
)
def test_many_of_a_group_in_need_is_an_issue_alone_and_the_setting_of_its_need(group):
    # session 49 (rprec49): beside another item of the raising it is the setting of what the group
    # needs (no gold of the fifteen opened sets p172…p201 nor dev counts it; tests/test_rprec49_49.py)
    got = labels_of(f"村支书方大成说，村里{group}多。", VILLAGE)
    assert f"村里{group}多" in got, got
    got = labels_of(f"村支书方大成说，村里{group}多，希望建一个日间照料站。", VILLAGE)
    assert f"村里{group}多" not in got, got
    assert any("日间照料站" in label for label in got), got


@pytest.mark.fast
@pytest.mark.parametrize("noun", ["外来人口", "老旧小区", "流动人口", "出租屋"])
def test_many_of_a_neutral_noun_is_background(noun):
    got = labels_of(f"居民方大姐说，辖区{noun}多，希望增设一个警务室。")
    assert not any(noun in label for label in got), got
    assert any("警务室" in label for label in got), got


@pytest.mark.fast
@pytest.mark.parametrize(
    "cause, complaint",
    [
        ("受工厂搬迁影响", "沿街门面大量空置"),
        ("受连日暴雨影响", "村道多处塌方"),
    ],
)
def test_a_cause_clause_is_the_condition_of_the_clause_after_it(cause, complaint):
    got = labels_of(f"居民方大姐说，{cause}，{complaint}。")
    assert complaint in got, got
    assert not any(cause[1:4] in label for label in got), got


@pytest.mark.fast
@pytest.mark.parametrize("term", ["小区物业合同年底到期", "鱼塘承包期明年届满"])
def test_a_term_running_out_is_background(term):
    got = labels_of(f"居民方大姐说，{term}，楼道卫生没人管。")
    assert "楼道卫生没人管" in got, got
    assert term not in got, got


# --- rule 4: the complaint's history


@pytest.mark.fast
@pytest.mark.parametrize("history", ["多次投诉效果不明显", "找过好几次都没人管", "反复反映一直没有解决"])
def test_the_complaints_history_is_no_item(history):
    got = labels_of(f"居民方大姐反映，小区后门的路灯坏了半年，{history}。")
    assert "小区后门的路灯坏了半年" in got, got
    assert history not in got, got
