"""Session 42, the lead's invented shapes: a loess-plateau village's 社, a deputy's spoken summary, a lede's list of stops.

1. A village's groups named 社 (上庄社, 阴坡社) are places as named 组 are (`place_suffixes.tsv`,
   5th column 村): inside the village the sentence named, up to `SAME_SENTENCE_VILLAGE`
   characters back; an organisation named with 社 (`place_generic_words.txt`: 供销社, 旅行社,
   报社) is no group (`place_segments.type_word_in_common_word`).
2. The spoken ordinal (一个是…一个是…再一个是…: `issue_items.SPOKEN_ORDINAL`) marks points as
   一是…二是… does, and the clause announcing them by a count of things (有三件事) is no issue.
3. A deputy who is also a village's own worker (`issue_cadre_units.txt`: X村卫生室村医) hosts
   the visit to that village, as its cadre does (`guides.deputy_hosts`).
4. An estate the lede listed beside a community (`视察A社区和B小区`) is a stop of its own, not a part
   of A when the party is at it after A (`Reader.nest_at_latest_unit`).
5. Deputies of a party announced in the first stop's own sentence (`带领部分市人大代表，视察A和B`)
   made the whole tour (`Reader._of_announced_party`).
6. Young people gone out (`issue_away_words.txt`: 出去) is the background of the complaint after it.
Invented fixtures; each with a precision twin.
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


def _places(f):
    return {place for _, place in visits(f)}


def test_named_she_groups_of_the_village_named_in_the_lede_are_stops():
    f = facts_of("1月8日，红崖乡杏树村驻村第一书记包文斌和村委会主任冯有田一道，冒着零下十几度的严寒走进阴坡社和阳坡社，"
                 "逐户了解群众冬季生产生活情况。在阴坡社，老人马秀英说，屋里的土炕烧不热。")
    assert {"阴坡社", "阳坡社"} <= _places(f)
    assert ("阴坡社", "屋里的土炕烧不热") in issues(f)


def test_organisations_named_with_she_are_no_groups():
    f = facts_of("1月8日，县长卢文海来到杏树村，走访村里的供销社和旅行社，察看县供销社。村民说，道路坑洼不平。")
    assert _places(f) == {"杏树村"}


def test_a_she_after_no_village_is_no_place():
    f = facts_of("1月8日，县长卢文海来到县报社，与编辑座谈。")
    assert not any(p.endswith("社") for p in _places(f))


QUOTED_SUMMARY = ("3月28日，乡长钟立到白杨村召开群众座谈会。座谈会上，县人大代表闵春把走访收集的意见作了归纳："
                  "“大家最关心的有三件事。一个是村里的路灯坏了半年没人修；一个是垃圾清运不及时；再一个是村卫生室缺少常用药。”"
                  "钟立表示，将逐一研究解决。")


def test_spoken_ordinals_mark_the_points_of_a_summary():
    found = {i for _, i in issues(facts_of(QUOTED_SUMMARY))}
    assert {"村里的路灯坏了半年没人修", "垃圾清运不及时", "村卫生室缺少常用药"} <= found


def test_the_count_announcing_the_points_is_no_issue():
    found = {i for _, i in issues(facts_of(QUOTED_SUMMARY))}
    assert not any("三件事" in i or i.startswith("一个是") or i.startswith("再一个是") for i in found)


def test_a_thing_done_in_town_keeps_its_last_word():
    # (a bare 事 closing a clause is the clause's own word: only a count of things is cut)
    f = facts_of("3月28日，乡长钟立到白杨村走访。村民反映，到县城办事要坐两个小时的车。")
    assert any(i.startswith("到县城办事") for _, i in issues(f))


def test_a_deputy_who_is_the_village_doctor_hosts_the_visit():
    f = facts_of("3月28日，石门乡乡长钟立到白杨村召开群众座谈会。县人大代表、白杨村卫生室村医闵春，乡人大主席团主席何平参加座谈。"
                 "座谈会上，村民说，路灯坏了半年没人修。")
    assert visits(f) == {("钟立", "白杨村")}


def test_a_deputy_from_elsewhere_still_joins_the_visit():
    f = facts_of("3月28日，石门乡乡长钟立到白杨村召开群众座谈会。县人大代表、青石村卫生室村医闵春参加座谈。"
                 "座谈会上，村民说，路灯坏了半年没人修。")
    assert ("闵春", "白杨村") in visits(f)


TWO_SITES = ("9月12日，市人大常委会副主任卢秋云带领部分市人大代表，视察城南街道的安和社区和柳塘小区，了解工作开展情况。\n\n"
             "在安和社区，社区居委会主任郑秀芝汇报说，目前的困难主要是：社区服务用房面积小。\n\n"
             "在柳塘小区，代表们走进居民何家旺家中。何家旺说，楼上住户水管漏水。同行的市人大代表谭立峰表示，将把这些情况写进代表建议。")


def test_an_estate_listed_beside_a_community_is_a_stop_of_its_own():
    f = facts_of(TWO_SITES)
    assert {("卢秋云", "安和社区"), ("卢秋云", "柳塘小区")} <= visits(f)


def test_an_estate_reached_after_a_community_stop_lies_in_it_when_not_listed_beside_it():
    f = facts_of("9月12日，副区长卢秋云来到城南街道安和社区，随后在柳塘小区察看老旧小区改造情况。居民说，楼上住户水管漏水。")
    assert visits(f) == {("卢秋云", "柳塘小区")}


def test_a_deputy_of_the_party_announced_with_the_first_stops_made_the_whole_tour():
    f = facts_of(TWO_SITES)
    assert {("谭立峰", "安和社区"), ("谭立峰", "柳塘小区")} <= visits(f)


def test_a_deputy_of_no_announced_party_joins_where_named():
    f = facts_of(TWO_SITES.replace("带领部分市人大代表，", ""))
    assert ("谭立峰", "安和社区") not in visits(f)


def test_young_people_gone_out_is_the_background_of_the_complaint():
    found = {i for _, i in issues(facts_of("5月3日，镇长白明来到后沟村三组。村民郝长命说，村里年轻人都出去了，打药、套袋雇不到人。"))}
    assert "打药、套袋雇不到人" in found and not any("出去" in i for i in found)


def test_a_trouble_lasting_a_while_is_a_complaint_not_a_time():
    # (多时 "for a long while" ends in 时 as a time clause does: issue_condition_end_words.txt)
    found = {i for _, i in issues(facts_of("5月6日，区长王明来到春晖小区走访。居民张秀英反映，小区楼道照明损坏多时，夜间出行不便。"))}
    assert any(i.startswith("小区楼道照明损坏") for i in found)


def test_a_time_clause_ending_in_shi_is_still_no_complaint():
    found = {i for _, i in issues(facts_of("5月6日，区长王明来到春晖小区走访。居民反映，一到下雨时，路面积水严重。"))}
    assert not any(i.endswith("下雨时") for i in found)
