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
    from kg.extract.places import parse_list
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
    from kg.extract.places import parse_list
    chunks = parse_list("松林路12号院化粪池、东门巷背街小巷照明和社区老年食堂，", 0)
    assert [c.leaf.text for c in chunks] == ["松林路12号院", "东门巷"]


def test_unit_name_holding_a_joiner_after_an_area():
    from kg.extract.places import parse_list
    chunks = parse_list("三门路街道政和居民区，", 0)
    assert [s.text for s in chunks[0].segments] == ["三门路街道", "政和居民区"]
