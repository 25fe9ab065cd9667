"""Session 37, FAULTS37_p116: faults found on a freshly opened probe, each fixed as a
mechanism (a frame, a word class), each with a precision twin.  Invented fixtures."""

import pytest

from tests.extraction import facts_of, issues, visits
from kg.repair.artefacts import table_lines

pytestmark = pytest.mark.fast

LEDE = "10月15日，区委书记王明来到青石街道红星社区调研。"


# 1. a stop told by its rank, set off by a comma (第一站，是X), on a road (X路上的Y)

def test_ordinal_stop_after_comma_on_a_road():
    f = facts_of(LEDE + "上午的第一站，是松林路上的红星小区。居民说，楼道里的灯坏了半年没人修。")
    assert ("王明", "红星小区") in visits(f)
    assert ("红星小区", "楼道里的灯坏了半年没人修") in issues(f)


def test_village_then_shang_is_no_locative():
    # (上 places a place on a road only: 村上的 is no locative)
    from kg.extract.place_lists import parse_list
    chunks = parse_list("红星村上的红星小区。", 0)
    assert [c.leaf.text for c in chunks] == ["红星村"]


# 2. a head noun asking a question (顾虑是什么？) names no items

def test_question_after_head_names_no_items():
    f = facts_of(LEDE + "在3栋楼下，王明问随行的街道干部：“低层住户的顾虑是什么？采光、噪音，还是费用？”"
                 "他要求街道和社区组织专业人员上门做工作。")
    labels = {label for _, label in issues(f)}
    assert not labels & {"采光", "噪音", "还是费用", "他要求街道"}


def test_head_with_items_still_names_them():
    f = facts_of(LEDE + "居民们的顾虑是停车位不足、路灯不亮。")
    labels = {label for _, label in issues(f)}
    assert {"停车位不足", "路灯不亮"} <= labels


# 3. a work done on a named estate: the estate is the stop

def test_work_on_named_estate_is_the_stop():
    f = facts_of("3月12日，县长王明来到青石镇红星社区，实地查看红星小区老旧小区改造项目。座谈中，居民们提出了停车位不足问题。")
    assert ("王明", "红星小区") in visits(f)
    assert ("红星小区", "停车位不足") in issues(f)


def test_generic_place_qualifying_the_object_is_no_stop():
    f = facts_of("3月12日，县长王明来到青石镇红星社区，实地查看背街小巷整治成效。")
    assert visits(f) == {("王明", "红星社区")}


# 4. a place told of, then entered with no object (他径直走了进去)

def test_entered_place_told_before():
    f = facts_of(LEDE + "下午，听说社区里的松林路32号院是一个没有物业的“三无”院落，他径直走了进去。居民说，下水道经常堵。")
    assert ("王明", "松林路32号院") in visits(f)
    assert ("松林路32号院", "下水道经常堵") in issues(f)


def test_entering_with_no_place_told_adds_no_stop():
    f = facts_of(LEDE + "下午，听说院里有人在等，他径直走了进去。")
    assert visits(f) == {("王明", "红星社区")}


# 5. a notice listing the residents' problems as a table

TABLE = (
    "9月20日，青石街道党工委书记王明到红星社区开展“民情恳谈日”活动。\n\n"
    "现将居民反映问题及责任分工公示如下：\n\n"
    "序号\u3000问题\u3000责任单位\u3000办结时限\n"
    "1\u3000松林路8号院排水管破裂\u3000街道城建办\u300010月15日前\n"
    "2\u3000东门巷垃圾桶满溢，气味难闻\u3000街道环卫所\u300010月10日前\n"
    "3\u3000社区卫生室药品种类少\u3000红星社区\u300010月31日前\n"
)


def test_table_column_of_problems_gives_the_issues():
    labels = {label for _, label in issues(facts_of(TABLE))}
    assert {"排水管破裂", "东门巷垃圾桶满溢", "社区卫生室药品种类少"} <= labels or \
        {"松林路8号院排水管破裂", "东门巷垃圾桶满溢", "社区卫生室药品种类少"} <= labels
    assert "气味难闻" not in labels


def test_table_without_a_problem_column_gives_none():
    text = TABLE.replace("序号\u3000问题\u3000", "序号\u3000地点\u3000")
    labels = {label for _, label in issues(facts_of(text))}
    assert not any("排水管" in label or "药品" in label for label in labels)


def test_table_lines_need_numbered_rows():
    assert len(table_lines("如下：\n序号\u3000问题\u3000单位\n1\u3000灯坏\u3000城建办\n2\u3000积水\u3000城建办\n")) == 3
    assert table_lines("编辑：甲\u3000\u3000审核：乙\u3000\u3000来源：丙\n") == []


# 6. an official leads the party (带队); the officials named only taking part (参加) make no visit

def test_led_party_joined_only_makes_no_visit():
    f = facts_of("9月24日下午，青石街道党工委书记王明带队到红星社区开展“民情恳谈日”活动，"
                 "街道办事处副主任李红、社区党委书记赵刚参加。")
    assert visits(f) == {("王明", "红星社区")}


def test_organisation_visit_joined_is_a_visit():
    f = facts_of("9月24日，区妇联组织党员来到红星社区开展活动，副区长李红参加。")
    assert ("李红", "红星社区") in visits(f)


# 7. a lane's lights and the community's canteen: no community named 照明和社区; a lane
#    written with its class (金桥巷背街小巷) is the lane

def test_site_then_joined_generic_place():
    from kg.extract.place_lists import parse_list
    chunks = parse_list("松林路12号院化粪池、东门巷背街小巷照明和社区老年食堂，", 0)
    assert [c.leaf.text for c in chunks] == ["松林路12号院", "东门巷"]


def test_unit_name_holding_a_joiner_after_an_area():
    from kg.extract.place_lists import parse_list
    chunks = parse_list("三门路街道政和居民区，", 0)
    assert [s.text for s in chunks[0].segments] == ["三门路街道", "政和居民区"]


# 8. a village cadre named with their title raises after the residents' list in the same
#    sentence (，村主任甲还提出…): their own raising, not the residents' speech running on

def test_cadre_raising_after_residents_list():
    f = facts_of("3月6日，旗长巴特尔来到乌兰嘎查调研。牧民们反映了草场围栏破损等困难，"
                 "村主任巴图还提出希望旗里支持建设一处标准化接羔暖棚。")
    labels = {label for _, label in issues(f)}
    assert "草场围栏破损" in labels
    assert any("接羔暖棚" in label for label in labels)


def test_residents_list_alone_gives_its_items_only():
    f = facts_of("3月6日，旗长巴特尔来到乌兰嘎查调研。牧民们反映了草场围栏破损等困难。")
    assert {label for _, label in issues(f)} == {"草场围栏破损"}


# 9. a transcribed name with 和 second (苏和巴鲁): one name, after its title

def test_transcribed_name_with_he_second():
    from tests.extraction import posts
    f = facts_of("3月6日，旗长巴特尔来到乌兰嘎查调研。嘎查达苏和巴鲁说，草场围栏破损。")
    assert posts(f).get("苏和巴鲁") == ["嘎查达"]


def test_two_names_joined_by_he_stay_two():
    from kg.extract.official_transcribed import transcription_run
    assert transcription_run("副县长达瓦和巴特尔来到", 3) == 2


# 10. many of a nuisance is a complaint, not the background of the request after it

def test_many_nuisances_is_a_complaint():
    f = facts_of(LEDE + "几位摊主说，市场外临时摊点多，希望城管部门加强管理。")
    assert "市场外临时摊点多" in {label for _, label in issues(f)}


def test_many_of_a_neutral_noun_stays_background():
    f = facts_of(LEDE + "居民说，社区外来人口多，希望增加警力巡逻。")
    assert "社区外来人口多" not in {label for _, label in issues(f)}


# 11. a thing happening told by how often (X的情况每年都有) is no announcement cut before items

def test_occurrence_is_no_announcement():
    from kg.extract.issue_items import keep
    assert keep("入户管道冻裂的情况每年都有")
    assert not keep("难点主要有")


# 12. a capacity frame opening a clause of its own (，以县人大代表身份参加): the post of the
#     one person the sentence names before it

def test_capacity_in_its_own_clause():
    from tests.extraction import posts
    f = facts_of("3月13日，县人大常委会主任曹立新下沉到武潭镇栗山河村，以县人大代表身份参加代表联络站接待日活动。")
    assert posts(f)["曹立新"] == ["县人大常委会主任", "县人大代表"]


def test_capacity_after_two_people_names_no_one():
    from tests.extraction import posts
    f = facts_of("3月13日，县长曹立新和副县长王明来到栗山河村，以县人大代表身份参加接待日活动。")
    assert posts(f) == {"曹立新": ["县长"], "王明": ["副县长"]}
