"""Session 29's issue fixes: a gesture or turn-taking phrase inside the raiser frame, a
cadre's account of a defect, a complaint's history, a topic marker opening a word of its
own (就诊), and the 了解 frames.  Every fixture is invented; the tests run the real
pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues

COMMUNITY = "2024年5月6日，区委书记郑海来到松林街道翠竹社区调研。"
CENTRE = "日前，市政协委员吴明、李华一行来到石门镇青山社区养老服务中心调研。"
VILLAGE = "2024年5月6日，县长郑海来到石门镇青山村调研。"


def labels_of(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(text))}


# --- 1. a gesture or turn-taking phrase between the raiser and the speech verb (FAULTS29 kind 3)


@pytest.mark.fast
@pytest.mark.parametrize(
    "visit, raising",
    [
        # a gesture on the official (their title or name held): the analyser's PER speaks
        (CENTRE, "正在做康复训练的陈伯拉着委员的手说，中心护理人员偏少，晚上没有医生值班。"),
        (CENTRE, "坐在轮椅上的孙阿婆握着委员们的手说，中心护理人员偏少，晚上没有医生值班。"),
        # taking a turn before the speech verb, a comma between
        (COMMUNITY, "居民何大姐第一个开口，说中心护理人员偏少，晚上没有医生值班。"),
        (COMMUNITY, "退休教师罗建国率先发言，反映中心护理人员偏少，晚上没有医生值班。"),
        (COMMUNITY, "居民何大姐抢着说，中心护理人员偏少，晚上没有医生值班。"),
    ],
)
def test_a_gesture_or_a_turn_belongs_to_the_raiser_frame(visit, raising):
    got = labels_of(visit + raising)
    assert {"中心护理人员偏少", "晚上没有医生值班"} <= got, got
    assert not any(w in label for label in got for w in ("拉着", "握着", "开口", "发言", "抢着")), got


@pytest.mark.fast
@pytest.mark.parametrize("floor", ["接过话头", "接过话茬", "打开了话匣子"])
def test_taking_the_floor_is_no_item_and_the_proposal_after_it_is_the_speakers(floor):
    text = (
        VILLAGE + "夜谈一开场，老党员周大山就说：“村里的老祠堂年久失修，墙体开裂。”"
        f"返乡大学生林小军{floor}，建议把闲置的村小学改造成研学基地。"
    )
    got = labels_of(text)
    assert "把闲置的村小学改造成研学基地" in got, got
    assert not any("林小军" in label for label in got), got


@pytest.mark.fast
@pytest.mark.parametrize("motion", ["就拉着郑海去看村头的水塘", "一把拉住郑海去看村口的水塘"])
def test_a_raiser_leading_the_official_to_a_thing_then_a_colon_speaks(motion):
    text = VILLAGE + f"刚进村口，七十多岁的杨老五{motion}：“今年雨少，庄稼浇不上水。”"
    assert "庄稼浇不上水" in labels_of(text)


@pytest.mark.fast
@pytest.mark.parametrize(
    "remark",
    [
        "郑海拉着老人的手说，要保重身体，村里路灯太少的问题马上解决。",
        "郑海握着老人的手说，路灯太少的事镇里马上安排。",
    ],
)
def test_the_officials_own_gesture_keeps_the_remark_theirs(remark):
    # the gesture reads through to the speaker before it: here the official, whose words are no issue
    assert issues(facts_of(VILLAGE + remark)) == set()


# --- 2. a cadre's account stating a defect (FAULTS29 kind 6)


@pytest.mark.fast
@pytest.mark.parametrize(
    "account, item",
    [
        ("村民小组长赵大成介绍，组里的排水沟和污水管混接，一下大雨就倒灌。", "组里的排水沟和污水管混接"),
        ("社区党委书记李红介绍，社区外来人口多，一是群租房管理难，二是小区周边流动摊贩反弹。", "小区周边流动摊贩反弹"),
        ("社区主任李红介绍，背街小巷的乱停车回潮，楼道墙皮脱落。", "背街小巷的乱停车回潮"),
        ("社区主任李红介绍，背街小巷的乱停车回潮，楼道墙皮脱落。", "楼道墙皮脱落"),
    ],
)
def test_a_cadres_account_of_a_defect_is_raised(account, item):
    assert item in labels_of(COMMUNITY + account)


@pytest.mark.fast
@pytest.mark.parametrize(
    "account",
    [
        "社区党委书记李红介绍，社区今年完成了三个小区的改造，服务居民五千多人次。",
        "社区主任李红介绍，今年新建了两处停车场，开展志愿服务四十多场。",
    ],
)
def test_a_cadres_account_of_work_done_stays_account(account):
    assert issues(facts_of(COMMUNITY + account)) == set()


# --- 3. a complaint's history (FAULTS29 kind 7) and 就 opening a verb in the raiser (kind 11)


@pytest.mark.fast
@pytest.mark.parametrize(
    "history",
    [
        "多次向有关部门反映都没有解决",
        "多次反映仍未解决",
        "找过物业好几次，一直没有解决",
        "投诉了三次都石沉大海",
        "反复投诉效果不明显",
    ],
)
def test_the_history_of_a_complaint_is_no_issue(history):
    got = issues(facts_of(COMMUNITY + f"居民张强反映，小区东门外的窨井盖缺失，{history}。"))
    assert got == {("翠竹社区", "小区东门外的窨井盖缺失")}


@pytest.mark.fast
@pytest.mark.parametrize(
    "raising, item",
    [
        ("居民张强反映，小区的污水管网问题一直没有解决。", "小区的污水管网问题一直没有解决"),
        ("居民张强反映，小区东门外的窨井盖缺失，一直没人修。", "小区东门外的窨井盖缺失"),
    ],
)
def test_an_unsolved_problem_with_its_own_subject_stays(raising, item):
    # the history is a clause of its own; a problem named unsolved is the complaint
    assert item in labels_of(COMMUNITY + raising)


@pytest.mark.fast
@pytest.mark.parametrize(
    "raisers",
    ["前来就诊的村民反映", "前来就医的老人说", "排队就诊的几位村民反映"],
)
def test_a_verb_opening_with_jiu_in_the_raisers_relative_clause_opens_no_topic(raisers):
    text = "2024年5月6日，区委书记郑海来到松林镇中心卫生院调研。" + raisers + "，卫生院缺少儿科医生，晚上没有医生值班。"
    got = labels_of(text)
    assert {"卫生院缺少儿科医生", "晚上没有医生值班"} <= got, got
    assert not any(label.endswith(("的村民", "的老人")) for label in got), got


@pytest.mark.fast
def test_jiu_before_a_topic_still_opens_it():
    got = labels_of(COMMUNITY + "座谈会上，居民们就停车难、路灯不亮等问题提出建议。")
    assert got == {"停车难", "路灯不亮"}


# --- 4. the 了解 frames (a newcomer's shapes)


@pytest.mark.fast
@pytest.mark.parametrize(
    "inquiry, items",
    [
        ("了解停车难和道路破损问题。", {"停车难", "道路破损"}),
        ("询问楼道照明不足、电梯老化问题。", {"楼道照明不足", "电梯老化"}),
        ("了解停车难、道路破损等问题。", {"停车难", "道路破损"}),
    ],
)
def test_an_inquiry_into_a_list_closed_by_a_head_noun_names_the_problems(inquiry, items):
    got = issues(facts_of("2024年5月6日，区委书记郑海来到翠竹社区，" + inquiry))
    assert got == {("翠竹社区", i) for i in items}


@pytest.mark.fast
@pytest.mark.parametrize("inquiry", ["了解小区停车问题。", "了解社区养老服务和文化建设问题。", "了解加装电梯工作推进中的问题。"])
def test_an_inquiry_into_fields_names_no_problem(inquiry):
    assert issues(facts_of("2024年5月6日，区委书记郑海来到翠竹社区，" + inquiry)) == set()


@pytest.mark.fast
@pytest.mark.parametrize(
    "topic, label",
    [
        ("就老旧小区加装电梯工作听取居民意见。", "老旧小区加装电梯"),
        ("就停车难问题听取居民意见。", "停车难"),
        ("就背街小巷路面破损征求居民意见。", "背街小巷路面破损"),
    ],
)
def test_a_topic_heard_on_ends_at_the_hearing_verb(topic, label):
    got = labels_of("2024年5月6日，区委书记郑海来到翠竹居民区，" + topic)
    assert got == {label}, got


@pytest.mark.fast
@pytest.mark.parametrize("topic", ["就社区治理工作听取居民意见。", "就今年工作征求居民意见。"])
def test_a_field_of_work_heard_on_is_no_issue(topic):
    assert issues(facts_of("2024年5月6日，区委书记郑海来到翠竹居民区，" + topic)) == set()


@pytest.mark.fast
@pytest.mark.parametrize(
    "learned, items",
    [
        ("了解到小区二次供水设施老化。", {"小区二次供水设施老化"}),
        ("了解到小区二次供水设施老化，居民用水困难。", {"小区二次供水设施老化", "居民用水困难"}),
        ("了解到，背街小巷路灯不亮。", {"背街小巷路灯不亮"}),
    ],
)
def test_what_the_official_learned_names_the_problems_it_states(learned, items):
    got = issues(facts_of("2024年5月6日，区委书记郑海来到翠竹社区，" + learned))
    assert got == {("翠竹社区", i) for i in items}


@pytest.mark.fast
@pytest.mark.parametrize(
    "learned",
    ["了解到居民翠湖小区的情况。", "了解到今年社区新建了两个停车场。", "了解到居民需求后，当场协调解决。"],
)
def test_what_the_official_learned_with_no_problem_is_no_issue(learned):
    assert issues(facts_of("2024年5月6日，区委书记郑海来到翠竹社区，" + learned)) == set()
