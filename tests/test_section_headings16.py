"""Section headings as stops, session 16: in a report whose party is touring, a
heading line that opens with a community or a site (`■ X社区：…`, `【X小区】`,
`二、X村：…`) moves the party there, as `第一站：X` does, and the issues of the
section are raised there.  Every fixture is invented; the tests run the real
pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits

TOUR = "2025年3月6日，区长柯明远来到梧桐街道，逐件核实热线工单办理情况。\n\n"
SECTION_A = "\n\n在活动室里，居民代表黄晓梅说，楼道灯坏了一个多月。\n\n"
SECTION_B = "\n\n居民反映，小区东门外人行道被电动车占满。"


@pytest.mark.fast
@pytest.mark.parametrize(
    "first, second",
    [
        ("■ 青藤社区：物业换了以后", "■ 银杏苑小区：一下雨就积水"),
        ("【青藤社区】", "【银杏苑小区】"),
        ("一、青藤社区：换了物业", "二、银杏苑小区：雨后积水"),
    ],
)
def test_a_heading_naming_a_place_is_the_next_stop(first, second):
    facts = facts_of(TOUR + first + SECTION_A + second + SECTION_B)
    assert {("柯明远", "青藤社区"), ("柯明远", "银杏苑小区")} <= visits(facts)
    assert ("青藤社区", "楼道灯坏了一个多月") in issues(facts)
    assert ("银杏苑小区", "小区东门外人行道被电动车占满") in issues(facts)


@pytest.mark.fast
def test_a_heading_naming_a_district_or_the_headline_is_no_stop():
    # the report's own title names the district; a heading naming a town is a section, not a stop
    facts = facts_of("梧桐区：区长带着工单走社区\n\n" + TOUR + "■ 梧桐街道：总体情况" + SECTION_A)
    assert {p for _, p in visits(facts)} == {"梧桐街道"}


@pytest.mark.fast
def test_a_heading_with_no_tour_before_it_is_no_visit():
    # no one has gone anywhere yet: the heading is a label, not a move
    facts = facts_of("【青藤社区】\n\n2025年3月6日，区长柯明远表示，老旧小区改造要听取居民意见。")
    assert visits(facts) == set()


@pytest.mark.fast
def test_a_footer_line_heads_no_section():
    # a web page's footer (备案号：…) looks like a heading but heads no sentences
    facts = facts_of("2025年3月6日，区长柯明远来到梧桐街道青藤社区。\n\n备案号：某ICP备00000000号-1 技术支持：某区大数据中心")
    assert visits(facts) == {("柯明远", "青藤社区")}


@pytest.mark.fast
@pytest.mark.parametrize("opening", ["■ 青藤社区：", "【青藤社区】", "一、青藤社区："])
def test_a_marked_heading_running_on_in_its_line_is_the_next_stop(opening):
    facts = facts_of(TOUR + opening + "居民代表黄晓梅说，楼道灯坏了一个多月。\n\n■ 银杏苑小区：居民反映，小区东门外人行道被电动车占满。")
    assert {("柯明远", "青藤社区"), ("柯明远", "银杏苑小区")} <= visits(facts)
    assert ("青藤社区", "楼道灯坏了一个多月") in issues(facts)


@pytest.mark.fast
def test_an_unmarked_sentence_opening_with_a_place_and_colon_is_no_heading():
    # without a bullet, bracket or number, 青藤社区：… in running text is a sentence about it
    facts = facts_of(TOUR + "青藤社区：居民代表黄晓梅说，楼道灯坏了一个多月。")
    assert ("柯明远", "青藤社区") not in visits(facts)
