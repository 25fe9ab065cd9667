"""An interview's exchange, session 60 (qa60).

An interview (问：… 答：…) goes over the stops one question at a time: 问：在X，居民反映最多的是什么？,
问：Y呢？, 问：Z的摊主提了什么意见？.  The answer does not name the stop again, so its issues are the
stop its question named (`IssuePlacement.exchange_topic`), not the last stop the first answer listed.
An answer naming its own place keeps it; a question naming no stop changes nothing.

Every fixture is invented (names, places and wording).
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

LEAD = (
    "记者日前专访了青溪街道党工委书记钟立言。\n"
    "问：这段时间您主要去了哪些地方？\n"
    "答：我先后去了柳塘社区的翠湖雅苑、杏林社区的和平新村，还去了一趟青溪蔬菜批发市场。\n"
)


def placed(text: str) -> set[tuple[str, str]]:
    return issues(facts_of(LEAD + text))


def test_each_answer_is_filed_at_the_stop_its_question_named():
    got = placed(
        "问：在翠湖雅苑，居民最关心什么？\n"
        "答：居民反映，小区的化粪池经常堵塞。\n"
        "问：和平新村呢？\n"
        "答：居民反映楼顶防水层老化，雨天屋里漏水。\n"
        "问：批发市场的摊主提了什么意见？\n"
        "答：摊主们希望翻修市场排水沟。\n"
    )
    assert got == {
        ("翠湖雅苑", "小区的化粪池经常堵塞"),
        ("和平新村", "楼顶防水层老化"),
        ("和平新村", "雨天屋里漏水"),
        ("青溪蔬菜批发市场", "翻修市场排水沟"),
    }


def test_an_answer_naming_its_own_place_keeps_it():
    got = placed(
        "问：和平新村呢？\n"
        "答：翠湖雅苑的居民也反映，小区的化粪池经常堵塞。\n"
    )
    assert got == {("翠湖雅苑", "小区的化粪池经常堵塞")}


def test_a_question_naming_no_stop_leaves_the_scene():
    got = placed(
        "问：下一步有什么打算？\n"
        "答：居民反映，市场的排水沟经常堵塞。\n"
    )
    assert got == {("青溪蔬菜批发市场", "市场的排水沟经常堵塞")}


# ---------------------------------------------------------------- the stops of a round

ROUND = (
    "10月9日晚，街道党工委书记蓝若溪来到桂香社区，先后走进松鹤新村和桂香路8号院，"
    "随后在桂香社区党群服务中心召开居民议事会。\n\n"
)


def test_a_paragraph_turning_to_a_stop_ends_the_meeting_venues_scope():
    got = issues(facts_of(
        ROUND
        + "晚上7点多，松鹤新村的两条主路已经停满了车。居民们反映，小区夜里车位不够停。\n\n"
        + "在桂香路8号院，居民代表说，院里的化粪池经常外溢。\n\n"
        + "在随后召开的居民议事会上，居民代表提出，社区周边还没有托育机构。\n"
    ))
    assert got == {
        ("松鹤新村", "小区夜里车位不够停"),
        ("桂香路8号院", "院里的化粪池经常外溢"),
        ("桂香社区党群服务中心", "社区周边还没有托育机构"),
    }


def test_a_building_entered_after_an_estates_name_keeps_the_estate_the_stop():
    facts = facts_of(
        "5月6日，副区长石明轩回访桥东街道、桥西街道老旧小区加装电梯工作。\n\n"
        "在桥东街道柏园社区，石明轩走进柏园小区3栋，乘坐新装的电梯上下查看。\n\n"
        "柏园社区党委书记丁怡介绍，居民反映比较集中的是候梯厅门口常有电动车停放。\n"
    )
    assert ("石明轩", "柏园小区") in visits(facts)
    assert issues(facts) == {("柏园小区", "候梯厅门口常有电动车停放")}
