"""Session 33 (VISITS33): false and missed stops on unseen reports.

1. A 他/她 inside the words a resident reports (`居民王师傅说，他去年来到X办事`) stands for the
   resident, not for the official last named: what its clause tells is no stop
   (`visit_reported.pronoun_in_residents_words`, read by `visits.Reader.actors`).
2. A 他/她 right before a kin word (`pronoun_kin_words.txt`: 她儿子在X上班) is a possessive:
   the kin is the subject, no official is at X.
3. A first-person report (a diary) whose writer, an official, is named on a byline line of
   their own (`驻村第一书记 刘志刚`, `byline_marks.txt`): its 我 is the writer, who hosts no
   one's visit though their post is a village's; a 他 in the same sentence stands for the
   official named before it there (`乡长A来村里蹲点，我陪他一起到X`: A goes to X).

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast

LEDE = "区长黄明到清河街道走访\n\n8月1日，区长黄明来到清河街道桃源社区走访。"


def places_of(text: str) -> set[str]:
    return {place for _, place in visits(facts_of(LEDE + text))}


# --- 1. a pronoun inside a resident's reported words


@pytest.mark.parametrize(
    "text, place",
    [
        ("居民王师傅说，他去年来到区政务服务中心办事，跑了三趟才办成。", "区政务服务中心"),
        ("居民王师傅向黄明反映，他去年来到区政务服务中心办事，跑了三趟才办成。", "区政务服务中心"),
        ("居民李阿姨说，她在梨花社区上班，每天通勤要一个多小时。", "梨花社区"),
        ("黄明拉着居民王师傅的手，王师傅说，他上个月来到区政务服务中心办事，跑了三趟。", "区政务服务中心"),
    ],
)
def test_a_pronoun_in_a_residents_words_makes_no_stop(text, place):
    got = places_of(text)
    assert place not in got and "桃源社区" in got, got


@pytest.mark.parametrize(
    "text, place",
    [
        # the residents' act opens a time clause: 他 after it is the official again
        ("黄明听取居民反映后，他来到梨花社区察看。", "梨花社区"),
        # the official speaks to the residents: 他 is the official
        ("随后，黄明对居民说完，他来到梨花社区察看。", "梨花社区"),
    ],
)
def test_a_pronoun_after_no_residents_words_is_still_the_official(text, place):
    assert place in places_of(text)


# --- 2. a pronoun before a kin word


def test_a_pronoun_before_a_kin_word_makes_no_stop():
    got = places_of("居民李阿姨说，她儿子在梨花社区上班，每天通勤要一个多小时。")
    assert "梨花社区" not in got, got
    assert "梨花社区" not in places_of("他儿子在梨花社区上班，每天很晚才回家。")


def test_a_pronoun_before_an_activity_is_still_the_official():
    assert "梨花社区" in places_of("随后，他在梨花社区主持召开座谈会。")


# --- 3. a diary: 我 is the writer on the byline

DIARY = """驻村日记

驻村第一书记 刘志刚

编者按：刘志刚是县农业农村局派驻石桥村的第一书记。

4月2日 晴

上午和村支书陈大勇一起到上湾村民小组走访。组里的老人说，进组的路一下雨就烂成泥塘。

4月3日 阴

下午我到下湾自然村开户主会，村民们反映自来水经常停水。

4月5日 晴

副县长赵立军来村里调研，我陪他一起到竹林自然村。在竹林，村民反映，村里缺少路灯。
"""


def test_a_diarys_writer_makes_its_visits():
    got = visits(facts_of(DIARY, "diary.txt"))
    assert ("刘志刚", "上湾村民小组") in got and ("刘志刚", "下湾自然村") in got, got
    assert not any(who == "陈大勇" for who, _ in got), got  # the village secretary only goes along


def test_the_official_the_writer_accompanies_makes_that_visit():
    got = visits(facts_of(DIARY, "diary.txt"))
    assert ("赵立军", "竹林自然村") in got and ("刘志刚", "竹林自然村") not in got, got


def test_no_byline_no_writer():
    # 我 in a report whose officials are named in sentences only: a resident's words, no one's stop
    text = ("县长赵立军到石桥村调研\n\n4月5日，县长赵立军来到石桥村调研。村民老李说，我每天到镇卫生院拿药，"
            "路上要走一个钟头。")
    got = visits(facts_of(text, "r.txt"))
    assert got == {("赵立军", "石桥村")}, got


# --- 4. an earlier trip recalled once the report told its own

TOUR = """县长邱立到河口乡调研

10月22日，县长邱立到河口乡调研。邱立首先来到河口乡石门村，察看柑橘冷库建设情况。随后，邱立来到河口乡便民服务中心，察看窗口服务情况。

"""


@pytest.mark.parametrize(
    "recall",
    [
        "今年4月，邱立到河口乡调研时协调推进的公路拓宽工程，目前已完成路基施工。",
        "去年，邱立到河口乡调研时提出的卫生院改造项目也已开工。",
    ],
)
def test_an_earlier_trip_recalled_is_no_stop(recall):
    got = visits(facts_of(TOUR + recall, "r.txt"))
    assert ("邱立", "河口乡") not in got, got
    assert ("邱立", "石门村") in got, got


def test_a_later_month_or_the_first_visit_is_the_trip():
    # the report's first visit is its own trip whenever it is dated
    got = visits(facts_of("县长邱立调研\n\n去年12月，县长邱立来到河口乡石门村调研。", "r.txt"))
    assert ("邱立", "石门村") in got, got
    # a return to the area after its stops, in the report's own month, is a stop of its own
    got = visits(facts_of(TOUR + "10月23日，邱立又来到河口乡，主持召开座谈会。", "r.txt"))
    assert ("邱立", "河口乡") in got, got


# --- 5. a habit is no presence today


def test_a_daily_habit_is_no_stop():
    assert "梨花社区" not in places_of("黄明来到居民李阿姨家中。她每天都在梨花社区的菜场摆摊。")
    assert "梨花社区" not in places_of("退休教师刘老师反映，他去年到梨花社区办事，跑了三趟才办成。")


def test_presence_without_a_habit_word_is_a_stop():
    assert "梨花社区" in places_of("随后，黄明在梨花社区主持召开座谈会。")


# --- 6. 去X走访: a bare 去 before a place and what was done there


@pytest.mark.parametrize(
    "text",
    ["随后，黄明去梨花社区走访，了解加装电梯情况。", "黄明和社区书记一起去梨花社区调研。"],
)
def test_going_to_a_place_to_visit_it_is_a_stop(text):
    assert "梨花社区" in places_of(text)


@pytest.mark.parametrize(
    "text",
    ["黄明过去梨花社区调研过多次。", "居民说，去梨花社区看病要走很远。", "黄明说，下次还要去梨花社区看看。"],
)
def test_a_past_a_plan_or_a_residents_errand_with_qu_is_no_stop(text):
    assert "梨花社区" not in places_of(text)


# --- 7. a pronoun whose sentence, or the one before, opens with one resident


@pytest.mark.parametrize(
    "text",
    [
        "居民张大爷是社区的老党员。他年轻时到梨花社区当过主任。",
        "居民张大爷是社区的老党员，他退休前在梨花社区工作了十年。",
        "72岁的李阿姨独自住在5楼。她来到梨花社区的活动室，教大家剪纸。",
    ],
)
def test_a_pronoun_after_one_resident_is_theirs(text):
    got = places_of(text)
    assert "梨花社区" not in got and "桃源社区" in got, got


def test_a_pronoun_after_an_official_meeting_a_resident_is_the_officials():
    # the resident is the official's object: 他 is the official
    assert "梨花社区" in places_of("随后，黄明看望了张大爷。他来到梨花社区，察看了养老驿站。")


# --- 8. a later day or a promise to come again is a plan


def test_a_promise_to_come_again_is_no_stop():
    assert "梨花社区" not in places_of("黄明对居民说，他下周还会来到梨花社区看看。")


def test_a_move_without_a_later_day_is_a_stop():
    assert "梨花社区" in places_of("随后，黄明还来到梨花社区，察看了养老驿站。")


# --- 9. an event planned at a place is held nowhere today


def test_an_event_planned_at_a_place_is_no_stop():
    assert "梨花社区" not in places_of("黄明表示，下一步将在梨花社区召开座谈会。")


def test_an_event_held_at_a_place_is_a_stop():
    assert "梨花社区" in places_of("在梨花社区召开的座谈会上，黄明听取了居民意见。")


@pytest.mark.parametrize("byline", ["文/驻村第一书记 刘志刚", "作者：驻村第一书记 刘志刚", "驻村第一书记 刘志刚（供稿）"])
def test_a_byline_with_its_marks_names_the_writer(byline):
    # the byline's marks (byline_marks.txt) around the name still leave a line of the writer alone
    got = visits(facts_of(DIARY.replace("驻村第一书记 刘志刚", byline), "diary.txt"))
    assert ("刘志刚", "下湾自然村") in got, got
