"""Session 36 (FAULTS36_p117, opened probe p117): names, grounds and quotations lost.

1. A transcribed name whose second part has six characters (X·阿不都热合曼), the tagger's
   words crossing it: the part read by characters ran to MAX_DOTTED_PART and was thrown away
   as "no end in sight" even when the person's act followed right there
   (`official_transcribed._dotted_part`).  Before, the visitor was lost and every stop with them.
2. A sports ground named by its surface or lighting (塑胶运动场, 灯光球场:
   `place_generic_words.txt`) is a kind of ground, no name: looked at inside a school it is a
   part of the school.  Before, it became a stop and took the teachers' complaints.
3. A speech verb's complement of duration closed by a colon before a quotation
   (说了好一阵子：“…”: `issue_frames.COMPLEMENT_QUOTE`) opens the quotation, read whole as
   after 说：“.  Before, a bare 说 was read to the first full stop, and a quotation opening
   with a sentence of preamble gave only that sentence.
4. A meeting told in the paragraph the move to the tour's last stop opens (下午，A一行来到C学校，
   …。座谈中，教师们反映…), the stops before it told in paragraphs of their own, is that
   stop's (`issue_placement.host_of_tour`).  Before, it was the trip's and its issues went to
   the township holding the school.
5. A round of the village the party is at (到A村蹲点调研，…，走访了B基地、村幼儿园和20多户群众:
   `visit_patterns.HOUSEHOLD_ROUND`): places listed with the households visited are parts of the
   round, no stops.  Before, the base became the stop and the village visit was dropped.
6. A speaker's line in an interview (村支书X：…。一是A。…群众盼着Y。二是B。…) stays their turn
   through a sentence raising on its own inside it (`IssueReader.turn`), so the next point is
   still read.  Before, the turn ended there and 二是B。 and its clauses were lost.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


# --- 1. a six-character part of a transcribed name


def test_six_character_second_part_names_the_visitor():
    f = facts_of("5月6日，县委副书记、县长艾买提江·阿不都热合曼深入青岚镇石屏村、青岚镇卫生院，走访入户。")
    assert visits(f) == {("艾买提江·阿不都热合曼", "石屏村"), ("艾买提江·阿不都热合曼", "青岚镇卫生院")}


def test_six_character_part_before_a_move_verb_whose_first_part_reads_as_verbs():
    f = facts_of("5月6日，县长买买提·阿不都热合曼来到青岚镇石屏村，走访入户。")
    assert visits(f) == {("买买提·阿不都热合曼", "石屏村")}


def test_precision_a_run_with_no_act_after_it_is_still_no_name_part():
    # the part never ends at an act: no name of seven characters is made up
    f = facts_of("5月6日，县长艾尔肯·吐尔逊来到青岚镇石屏村，走访入户。")
    assert visits(f) == {("艾尔肯·吐尔逊", "石屏村")}


# --- 2. a sports ground named by its surface


SCHOOL = "9月1日，县委书记韩立新来到青岚镇中心学校，检查校园安全工作。\n\n"


def test_surface_ground_inside_a_school_is_no_stop():
    f = facts_of(SCHOOL + "韩立新先后察看了新建的塑胶运动场、食堂后厨和学生宿舍。\n\n"
                 "在教师办公室，老师们说，学校公用经费紧张，音乐专职教师缺乏。")
    assert visits(f) == {("韩立新", "青岚镇中心学校")}
    assert issues(f) == {("青岚镇中心学校", "学校公用经费紧张"), ("青岚镇中心学校", "音乐专职教师缺乏")}


def test_lit_ground_in_a_village_is_no_stop():
    f = facts_of("9月1日，县委书记韩立新来到青岚镇石屏村调研。\n\n韩立新察看了新建的灯光球场和村卫生室。")
    assert visits(f) == {("韩立新", "石屏村")}


def test_precision_a_named_stadium_stays_a_stop():
    f = facts_of("9月1日，县委书记韩立新来到青岚镇石屏村调研。\n\n随后，韩立新来到青岚体育场，察看场馆改造。")
    assert ("韩立新", "青岚体育场") in visits(f)


# --- 3. a duration complement and a colon before a quotation


VILLAGE = "10月9日，县长柏文来到青岚镇石屏村调研。\n\n在石屏村，柏文察看了村里的道路。"
QUOTE = "：“这两年村里变化大，可有些事还是让人操心。村里的灌溉渠年久失修；村小学只剩两个老师，课开不齐。”"


def test_quotation_after_a_duration_complement_is_read_whole():
    got = issues(facts_of(VILLAGE + "村民刘桂芳走上前来，拉着柏文说了好一阵子" + QUOTE))
    assert {("石屏村", "村里的灌溉渠年久失修"), ("石屏村", "村小学只剩两个老师")} <= got


def test_quotation_after_bare_say_reads_the_same():
    a = issues(facts_of(VILLAGE + "村民刘桂芳走上前来，拉着柏文说了半天" + QUOTE))
    b = issues(facts_of(VILLAGE + "村民刘桂芳走上前来，拉着柏文说" + QUOTE))
    assert a == b


def test_precision_an_officials_quotation_after_the_complement_is_no_issue():
    # the quotation is read whole, but the official's words are no residents' complaint
    got = issues(facts_of(VILLAGE + "柏文对随行的镇村干部说了好一阵子：“村里的灌溉渠要抓紧修好。村小学要补齐老师。”"))
    assert got == set()


# --- 4. a meeting in the last stop's own paragraph


TOUR = ("3月8日，区长程远带队，先后深入青岚镇和柳塘乡，走社区、访学校，听取群众和教师的意见建议。\n\n"
        "上午，程远一行首先来到青岚镇石屏社区。居民说，楼道灯坏了没人修。\n\n")


def test_meeting_in_the_last_stops_paragraph_is_that_stops():
    got = issues(facts_of(TOUR + "下午，程远一行来到柳塘乡中心学校，走进教室和食堂。"
                          "座谈中，教师们反映了教师周转宿舍不足、音乐专职教师缺乏等问题。"))
    assert {("柳塘乡中心学校", "教师周转宿舍不足"), ("柳塘乡中心学校", "音乐专职教师缺乏")} <= got


def test_precision_a_closing_meeting_of_its_own_paragraph_stays_the_trips():
    # the meeting told after the stops, in a paragraph of its own: the host of the trip holds it
    f = facts_of(TOUR + "下午，程远一行来到柳塘乡中心学校，走进教室和食堂。\n\n"
                 "随后召开的座谈会上，教师们反映了教师周转宿舍不足等问题。")
    assert ("柳塘乡中心学校", "教师周转宿舍不足") not in issues(f)


# --- 5. a round of the village, its households listed too


def test_places_listed_with_households_are_a_round_of_the_village():
    f = facts_of("4月中旬，区委书记马立到青岚镇石屏村蹲点调研，在村里住了两天，走访了高山茶叶基地、"
                 "村幼儿园和20多户群众。村民说，班车一天只有两趟。")
    assert visits(f) == {("马立", "石屏村")}
    assert issues(f) == {("石屏村", "班车一天只有两趟")}


def test_precision_a_village_listed_with_households_from_a_town_is_a_stop():
    # the party is at a town, no specific place: the village listed is the stop
    f = facts_of("4月中旬，区委书记马立来到青岚镇，走访了石屏村和3户脱贫户。村民说，班车一天只有两趟。")
    assert visits(f) == {("马立", "石屏村")}


# --- 6. an interview line's points through a raising of its own


INTERVIEW = ("4月中旬，区委书记马立到青岚镇石屏村调研。记者近日来到石屏村，采访了村党支部书记刘长根。\n\n"
             "记者：群众主要反映了哪些问题？\n\n"
             "刘长根：归纳起来主要是两个方面。一是出行。村里到镇上的路太窄，会车困难，群众盼着能把路拓宽。"
             "二是吃水。自来水水压不足，高处的人家经常停水。")


def test_the_next_point_after_a_raising_inside_the_line_is_read():
    got = issues(facts_of(INTERVIEW))
    assert {("石屏村", "自来水水压不足"), ("石屏村", "高处的人家经常停水")} <= got


def test_precision_points_of_what_was_done_in_a_later_answer_are_none():
    got = issues(facts_of(INTERVIEW + "\n\n记者：马书记是怎么回应的？\n\n刘长根：马书记当场说，能马上办的不拖。"
                          "群众盼着的事，区里列了时间表。一是道路拓宽列入计划。二是水务局来打了勘探井。"))
    assert got == issues(facts_of(INTERVIEW))
