"""Session 40 (FAULTS40, p140): kinds found on an opened blind set, each pinned with
invented sentences and a precision twin.

1. A table whose header cell is a raising clause of its own (序号　群众反映问题　办理情况)
   gives its column's items whatever the line announcing it says (各部门逐项答复：):
   `issue_content.ContentReader.header_table`.
2. An official's own 在 + a site's bare type word + 里/内 (在站里接待选民) names the site
   written last before, even when no frame registered it (X是Y联络站的接待日):
   `back_reference.referred_inside`.
3. `A村到B村的公路`: 的 right after the far end closes a route, no one goes to B
   (`visit_reported.route_between`).
4. A line of a place and a date only (宁川县融媒体中心  2024-03-07) is a dateline, no
   section heading (`visit_frames.dateline`).
5. A tour's paragraph opening 在X， whose next clause is a speaker of the stop (63岁的村医
   A说，…), no official named, puts the touring party at X
   (`visit_presence.PresenceReading.speaks_to_party`).
6. 在村里的蔗田边， after a sentence opened by a village (X村是个甘蔗大村) is a spot of that
   village (`visit_places.type_word_ref`, `TYPE_WORD_SPOT`, `back_reference.written_before`).
7. An agent noun (种菜户) after a count of households (几户) or a list's bullet (· ) still
   opens its clause as a raiser (`issue_raisers.AGENT_COUNT`, `AGENT_BULLET`).
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

OFFICE = ("5月8日，县长周立新到红岩镇开展现场办公。\n"
          "随后，周立新来到石桥村，在村委会召开现场办公会。村支书马长青把几件难事说了出来，各部门当场逐项答复：\n"
          "序号\u3000{head}\u3000办理情况\n"
          "1\u3000村里的水渠垮了一段\u3000县水利局：月底修复\n"
          "2\u3000村小学缺少体育老师\u3000县教育局：秋季调配\n")


def test_a_header_naming_raised_problems_reads_its_table():
    got = issues(facts_of(OFFICE.format(head="群众反映问题")))
    assert {("石桥村", "村里的水渠垮了一段"), ("石桥村", "村小学缺少体育老师")} <= got


def test_precision_a_header_of_no_raising_reads_no_table_after_a_reply_line():
    # 工作事项: the officials' own list of works, no raiser in its header
    got = issues(facts_of(OFFICE.format(head="工作事项")))
    assert not any(label == "村小学缺少体育老师" for _, label in got)


STATION = ("3月2日是青竹乡人大代表联络站的接待日。市人大代表、青竹乡党委书记李明远{at}接待选民，"
           "群众反映了村道破损的问题。")


def test_in_the_station_names_the_station_written_before():
    assert ("李明远", "青竹乡人大代表联络站") in visits(facts_of(STATION.format(at="在站里")))


def test_precision_a_word_ending_in_no_type_word_names_no_site():
    # 心 ends 中心 but is no type word: 记在心里 is no place
    facts = facts_of("3月2日是青竹乡便民服务中心的开放日。乡党委书记李明远把群众的话记在心里，当场作了答复。")
    assert not any(place.endswith("中心") for _, place in visits(facts))


ROUTE = ("1月6日是青山镇人大代表联络站的接待日。县人大代表、青山镇党委书记王明在站里接待选民，"
         "来自李庄、柳湾等村的20余名群众先后反映了自己关心的事。\n\n"
         "选民们反映的问题包括：李庄村到柳湾村的通组公路有两处塌方，至今没有修复；镇上缺少停车场。")


def test_a_route_between_two_villages_is_no_stop():
    got = visits(facts_of(ROUTE))
    assert ("王明", "青山镇人大代表联络站") in got and ("王明", "柳湾村") not in got


def test_precision_a_move_to_a_village_spot_stays_a_visit():
    assert ("王明", "柳湾村") in visits(facts_of("4月3日，县长王明到柳湾村的田间察看春耕。"))


DATELINE = ("副县长王红到青山乡调研教育工作\n\n{line}\n\n"
            "2024年3月6日，副县长王红带领县教育局负责人，深入青山乡，督导春季开学工作。\n\n"
            "在青山乡中心小学，王红察看学生食堂。")


def test_a_dateline_names_no_stop():
    got = visits(facts_of(DATELINE.format(line="青山县融媒体中心  2024-03-07")))
    assert not any("融媒体中心" in place for _, place in got)
    assert ("王红", "青山乡中心小学") in got


def test_precision_a_heading_with_a_colon_is_still_a_stop():
    from kg.extract.visit_frames import dateline

    assert dateline("  2024-03-07 10:32") and not dateline("：食堂改造")


CLINIC = ("2024年3月6日，副县长王红带领县卫健局负责人，深入青山乡、石门镇，督导基层医疗工作。\n\n"
          "在青山乡中心小学，王红察看学生食堂。\n\n"
          "在石门镇东坪村卫生室，{speaker}，屋顶一到雨天就漏水。")


def test_a_stops_speaker_after_in_x_puts_the_party_there():
    got = visits(facts_of(CLINIC.format(speaker="60岁的乡村医生黄大根说")))
    assert ("王红", "东坪村卫生室") in got


def test_precision_no_speech_after_in_x_puts_no_one_there():
    got = visits(facts_of(CLINIC.format(speaker="去年新建了诊室") + "村医说条件好多了。"))
    assert ("王红", "东坪村卫生室") not in got


FIELD = ("11月5日，区委书记王明到青山镇调研秋冬种生产。\n\n"
         "{intro}在村里的蔗田边，王明向正在砍蔗的群众询问产量。村第一书记李强汇报了村里存在的两个问题："
         "一是灌溉基本靠天，缺少提水泵站；二是机耕路路面窄，运蔗车辆进不了田。")


def test_a_spot_in_the_village_just_introduced_is_a_stop_there():
    facts = facts_of(FIELD.format(intro="柳溪村是青山镇的甘蔗种植大村。"))
    assert ("王明", "柳溪村") in visits(facts)
    assert ("柳溪村", "缺少提水泵站") in issues(facts)


def test_precision_a_description_of_a_village_is_no_name_to_refer_to():
    # 是个甘蔗种植大村: no village is named, so 村里 names none
    facts = facts_of(FIELD.format(intro="这里是个甘蔗种植大村。"))
    assert not any(place.endswith("大村") for _, place in visits(facts))


DIARY = ("12月6日一早，驻村第一书记王强先后走进前进屯、后马屯，挨家挨户看取暖、问生计。\n\n"
         "前进屯\n"
         "· {speaker}，家里的白菜还有一半没卖掉。\n")


def test_a_counted_agent_noun_on_a_bullet_raises():
    got = issues(facts_of(DIARY.format(speaker="几户种菜户说")))
    assert any("白菜还有一半没卖掉" in label for _, label in got)


def test_precision_a_counted_agent_noun_with_no_act_raises_nothing():
    from kg.extract.issue_raisers import agent_raisers

    assert agent_raisers("屯里\n· 几户种菜户的白菜没卖掉。") == []
    assert agent_raisers("屯里\n· 两位养殖户反映，饲料涨价。") != []


def test_precision_a_speaker_in_a_town_never_toured_puts_no_one_there():
    got = visits(facts_of(CLINIC.format(speaker="60岁的乡村医生黄大根说").replace("石门镇东坪村", "邻县白沙镇东坪村")))
    assert not any(place.endswith("卫生室") for _, place in got)
