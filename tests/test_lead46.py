"""Session 46, the lead's shapes (invented fixtures, each with a twin the change must leave alone).

1. A road named by one common word (建设路, 发展大道: `place_proper_part.common_word_road`) is a
   place when the analyser names it, and so is its side section (建设路东段); a stop word opening a
   name window before a road word opens the road's name (`place_window._road_at`), while a common
   noun opening with a road word (建设道路, 建设路面: `place_road_common_words.txt`) names none.
2. Bare names listed before a shared type word keep a joiner that opens a name (团结、和平等村:
   `place_lists.list_items`), while 和 between two names still joins them (红旗和胜利两个村).
3. A UTF-16 byte-order mark before bytes of another kind is a damaged file, not a report with
   no facts (`read._unreadable_count`; the end-to-end case is in tests/test_bad_input.py).
4. A first-person writer who says who they are in the narration (我是X村驻村第一书记A。) is the
   writer whose 我和B一起走访了Y makes A's stop (`PartyReading._introduced`); 我是 inside a quote is not.
"""

import pytest

from kg.errors import ReportError
from kg.extract.place_lists import list_items
from kg.extract.place_window import name_window
from kg.read import decode_noted
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


def test_a_road_named_by_a_common_word_is_the_stop():
    f = facts_of("2024年5月8日，区委书记周明远来到建设路，察看道路改造情况。沿街商户反映，路面坑洼，雨天积水严重。")
    assert visits(f) == {("周明远", "建设路")}
    assert any(place == "建设路" for place, _ in issues(f))


def test_a_common_word_roads_section_is_the_stop():
    f = facts_of("2024年6月3日，副区长林晓东来到建设路东段，察看雨污分流改造进度。")
    assert visits(f) == {("林晓东", "建设路东段")}


@pytest.mark.parametrize("text, window", [
    ("来到建设路，察看", "建设路"),
    ("来到建设路东段，察看", "建设路东段"),
    ("察看建设道路情况", ""),
    ("察看建设路面改造情况", ""),
])
def test_a_stop_word_before_a_road_word_opens_a_roads_name_only(text, window):
    assert name_window(text, 2) == window


@pytest.mark.parametrize("listed, items", [
    ("团结、和平", ["团结", "和平"]),
    ("新风、和睦、同心", ["新风", "和睦", "同心"]),
    ("红旗和胜利", ["红旗", "胜利"]),
    ("东风、、前进", ["东风", "前进"]),
])
def test_list_items_keep_a_joiner_opening_a_name(listed, items):
    assert list_items(listed) == items


def test_villages_listed_with_a_name_opening_with_a_joiner_are_all_visited():
    f = facts_of("2024年4月9日，镇党委书记吴海涛先后走访了团结、和平等村，察看人居环境整治情况。")
    assert visits(f) == {("吴海涛", "团结村"), ("吴海涛", "和平村")}


def test_two_names_joined_by_a_joiner_stay_two():
    f = facts_of("2024年4月9日，镇党委书记吴海涛先后走访了红旗和胜利两个村，察看人居环境整治情况。")
    assert visits(f) == {("吴海涛", "红旗村"), ("吴海涛", "胜利村")}


def test_a_utf16_mark_before_other_bytes_is_damaged():
    with pytest.raises(ReportError, match="damaged UTF-16-LE: .* unassigned, private-use or control"):
        decode_noted(b"\xff\xfe" + "区长来到东湖街道，察看情况".encode("utf-8") * 4, "r.txt")


def test_a_utf16_report_with_its_mark_still_reads():
    text = "区长王明来到东湖街道新华居民区。\n"
    assert decode_noted(("\ufeff" + text).encode("utf-16-le"), "r.txt")[:2] == (text, "utf-16-le")
    assert decode_noted(("\ufeff" + "Report, 2024\n").encode("utf-16-be"), "r.txt")[:2] == ("Report, 2024\n", "utf-16-be")


DIARY = ("驻村手记\n\n{intro}6月2日一早，我和村主任赵春生一起走访了柳湾村五组。"
         "村民刘大娘说，组里的机耕路一下雨就走不了。")


def test_a_diarist_named_in_the_narration_only_after_我是_is_the_writer():
    f = facts_of("2024年" + DIARY.format(intro="我是柳湾村驻村第一书记孙志强。"))
    visited = {official for official, _ in visits(f)}
    assert "孙志强" in visited


def test_a_resident_saying_我是_in_quotes_is_no_writer():
    f = facts_of("2024年6月2日，镇党委书记何建军来到柳湾村五组。村民刘大娘说：“我是组里的老住户刘桂兰，"
                 "机耕路一下雨就走不了。”")
    assert {official for official, _ in visits(f)} == {"何建军"}
