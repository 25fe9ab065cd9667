"""Lists whose items stand on lines of their own, session 59 (list59, more59).

- An HTML page's list items show their markers (`kg.read.list_marker`: `• ` in a <ul>, the
  number in an <ol>), as a browser shows them, so the issue reader reads them as the points
  of a list after a colon, not one run of words.
- A line ending in a colon over short unpunctuated lines (a list whose markers were lost) is
  no wrapped sentence (`repair.wrap._list_item`), and its lines are the points
  (`issue_content.bare_lines_end`, `point_marks`).
- A counted head noun then 还有 links more items (收到意见12条，还有A、B等诉求), and 等 + a head
  noun closes the items after a head (包括A、B等诉求: no part of B).

Every fixture is invented (names, places and wording).
"""

import kg
import pytest

from kg.read import html_to_text
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

LEDE = "3月5日，区长韦立诚来到长宁街道杏园社区走访。座谈中，居民们反映了以下问题："


def page_issues(html: str) -> set[tuple[str, str]]:
    built = kg.build_texts({"page.html": html})
    return {(f.places[i.place].name, i.label) for f in built.facts.values() for i in f.issues}


@pytest.mark.parametrize("tag", ["ul", "ol"])
def test_an_html_lists_items_are_the_issues_one_by_one(tag):
    html = (f"<html><body><article><p>{LEDE}</p><{tag}><li>单元门禁坏了</li><li>垃圾站离楼太近</li></{tag}>"
            "<p>韦立诚要求相关部门尽快解决。</p></article></body></html>")
    assert page_issues(html) == {("杏园社区", "单元门禁坏了"), ("杏园社区", "垃圾站离楼太近")}


def test_a_list_items_marker_is_the_one_a_browser_shows():
    text = html_to_text('<body><p>问题：</p><ol start="3"><li>路灯</li><li>2.积水</li></ol><ul><li>漏水</li></ul></body>')
    assert text.split("\n") == ["问题：", "3. 路灯", "2.积水", "• 漏水"]


def test_unmarked_item_lines_after_a_colon_are_the_issues():
    facts = facts_of(LEDE + "\n单元门禁坏了\n垃圾站离楼太近\n韦立诚要求相关部门尽快解决。")
    assert issues(facts) == {("杏园社区", "单元门禁坏了"), ("杏园社区", "垃圾站离楼太近")}


def test_a_wrapped_sentence_after_a_colon_still_joins():
    # a fixed-width wrap breaks after a colon too: a full line after it goes on
    from kg.repair.wrap import join_wrapped_lines
    from kg.text import TrackedText

    wrapped = ("2024年5月1日，区长王明来到东湖街道新华社区，居民反映：\n"
               "小区停车难，晚上回来找不到车位，只能停在马路\n"
               "边上。")
    assert join_wrapped_lines(TrackedText(wrapped)).text == wrapped.replace("\n", "")


def test_more_items_after_a_counted_head_are_raised():
    facts = facts_of("11月7日，区人大代表任晓岚来到松涛社区接待居民。居民反映，小区化粪池堵塞。"
                     "当天，代表共收到居民意见9条，还有增设快递柜、更换健身器材等诉求。")
    assert issues(facts) == {("松涛社区", "小区化粪池堵塞"), ("松涛社区", "增设快递柜"), ("松涛社区", "更换健身器材")}


def test_the_closing_head_is_no_part_of_the_last_item():
    facts = facts_of("11月7日，区人大代表任晓岚来到松涛社区接待居民。当天，代表共收到居民意见9条，包括增设快递柜、更换健身器材等诉求。")
    assert issues(facts) == {("松涛社区", "增设快递柜"), ("松涛社区", "更换健身器材")}
