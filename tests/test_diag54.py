"""Session 54 (diag54): residents' issues lost or misplaced on the opened probe sets.

1. A cadre posted to a unit (驻B村第一书记) speaking at a meeting held at a
   venue files the issues at B, not at the venue (`IssuePlacement.own_unit_at_meeting`); a
   unit's own cadre keeps the venue (FORUM33, tests/test_forum33.py).
2. The last item of an enumeration closed by 等 before a type word (助浴、理发、阅览等功能区)
   is no place: the paragraph's issues stay at the visited community
   (`place_parse._sums_up_list`, `place_list_closers.txt`).
3. A clause opened by 随着 (a trend) is the cause of the complaint after it, as 由于 is:
   no item, and the complaint after it is kept (`issue_clause_markers.tsv`, condition); a
   word opening with 就 (就餐) inside it is no adverb 就 (`issue_words.condition`).

Every fixture is invented for these tests.
"""

import pytest

from kg.extract.place_parse import parse_at
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

MEETING = (
    "3月2日，县委常委、宣传部部长方立军到石桥镇调研乡村振兴工作。\n\n"
    "方立军先来到白沙村，察看了茶叶基地。\n\n"
    "随后，方立军在{venue}召开座谈会，听取驻村干部意见。{first}孔德明说，村里道路狭窄，大货车开不进来。"
    "{second}庄晓雨说，村里缺少冷库，水果卖不上价。\n\n"
    "方立军要求，要加快解决。"
)


def _places_of(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for place, label in issues(facts_of(text)):
        out.setdefault(label, set()).add(place)
    return out


@pytest.mark.parametrize(
    "venue, first, second",
    [
        ("镇党群服务中心会议室", "驻红岩村第一书记", "驻柳溪村第一书记"),  # a venue of its own
        ("镇政府会议室", "驻红岩村第一书记", "驻柳溪村第一书记"),  # an organ's seat
    ],
)
def test_a_village_cadre_at_a_meeting_files_the_issues_at_the_own_village(venue, first, second):
    got = _places_of(MEETING.format(venue=venue, first=first, second=second))
    assert got["村里道路狭窄"] == {"红岩村"}
    assert got["村里缺少冷库"] == {"柳溪村"}
    # 白沙村 is a stop of the tour: what its cadre says at the meeting stays at the venue;
    # a village's own secretary keeps the venue too (FORUM33)
    for first in ("驻白沙村第一书记", "红岩村党支部书记"):
        got = _places_of(MEETING.format(venue=venue, first=first, second=second))
        assert got["村里道路狭窄"].isdisjoint({"白沙村", "红岩村"}) and got["村里缺少冷库"] == {"柳溪村"}


CENTRE = (
    "5月6日，区委书记韩东升到青石街道桂园社区，调研养老服务工作。\n\n"
    "在社区日间照料中心，韩东升察看了助浴、理发、阅览等功能区，与正在下棋的老人拉起家常。"
    "社区党委书记林小梅介绍，中心每天接待60多位老人，但目前座位不够，活动室偏小；"
    "中心缺少康复器材，行动不便的老人锻炼难。\n\n"
    "韩东升强调，要做好养老服务。"
)


def test_the_class_after_an_enumeration_closed_by_deng_is_no_place():
    assert parse_at("察看了助浴、理发、阅览等功能区，", 9) is None
    assert parse_at("走访了团结村、青松村。", 7).text == "青松村"  # an item with no closer is a place


def test_issues_after_an_enumerated_class_stay_at_the_community():
    got = _places_of(CENTRE)
    assert got["中心缺少康复器材"] == {"桂园社区"}
    assert got["目前座位不够"] == {"桂园社区"}


TREND = (
    "3月5日，区委书记韩东升来到青石街道桂园社区调研。"
    "在社区卫生站，站长坦言，随着签约居民增加，医生已经忙不过来了，周末还有不少人排队。"
)


def test_a_trend_clause_is_the_cause_of_the_complaint_after_it():
    labels = {label for _, label in issues(facts_of(TREND))}
    assert "医生已经忙不过来了" in labels
    assert not any(label.startswith("随着") for label in labels)


def test_a_word_opening_with_jiu_leaves_the_trend_a_condition():
    # 就餐 is a word (issue_marker_words.txt), no adverb 就 telling the complaint in the clause
    text = TREND.replace("签约居民增加", "就餐老人增加")
    labels = {label for _, label in issues(facts_of(text))}
    assert "医生已经忙不过来了" in labels
    assert not any(label.startswith("随着") for label in labels)
