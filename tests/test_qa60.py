"""An interview's exchange, session 60 (qa60).

An interview (问：… 答：…) goes over the stops one question at a time: 问：在X，居民反映最多的是什么？,
问：Y呢？, 问：Z的摊主提了什么意见？.  The answer does not name the stop again, so its issues are the
stop its question named (`IssuePlacement.exchange_topic`), not the last stop the first answer listed.
An answer naming its own place keeps it; a question naming no stop changes nothing.

Every fixture is invented (names, places and wording).
"""

import pytest

from tests.extraction import facts_of, issues

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
