"""Session 35 (FAULTS35_p106, opened probe p106): false stops.

1. A place named in the headline is no stop made before the body's first move
   (`visits.Reader.add_visit`, `back`): 书记走访X街道城中村 in the headline, then
   来到X街道，先后走访A村和B社区 in the body.  Before, the headline's place inside the
   subdistrict made the body's move to it a return to the area, a stop of its own, kept
   beside the villages inside it.
2. A lane's type character opening the common words for alleys (`place_type_char_words.txt`:
   巷道, 巷子): X村巷道狭窄 names the village, no lane X村巷.  Before, the lane took the
   village's stop and its issues.
3. A name running on into the words that close a list (`place_segments._runs_into_list_close`:
   A、B两个老旧小区, A、B等低洼片区): the count with 个, or 等 right after a type word, ends
   the last item.  Before, the last item was a place 福康里两个老旧小区, a stop beside B.
4. A generic work written after a visit verb that the report counts elsewhere
   (调研民生实事项目 … 全区共确定民生实事项目120个) names a class of works
   (`visits.Reader.named_elsewhere`, `place_classes.written_as_class`), not the one place whose
   written name ends with it.  Before, the count's clause (X区共确定…项目) became a site.
5. An HTML page's site-header lines kept before the article's title (欢迎访问…网站！,
   您当前的位置：…) are passed over when the headline is found (`visits._headline`,
   `kg.chrome.site_header_line`).  Before, the title was read as body text and its place a stop.
6. A background sentence (`issue_background_leads.txt`: 据了解, 据悉) listing the fields a
   programme covers after a head noun (涉及A、B等领域) raises nothing when no speaker is
   named.  Before, the fields were filed as issues at the last stop.
7. `A带领B、C一行，走进X`: B, C and their 一行 are the people A leads (`visits.Reader._led`), so
   the party is A's (`visits.Reader.subject`).  Before, 一行 took the name right before it,
   and only C went.
8. `X的问题困扰了大家好多年`: an item saying a matter troubles its bearers (an affect verb of
   `issue_affect_verbs.txt` after the matter's head noun) is cut to the matter
   (`issue_items.matter_troubling`).  Before, the whole clause was the label.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from kg.read import html_to_text
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


# --- 1. a headline's place is no earlier stop

HEADLINE_TRIP = (
    "区委书记梁海涛走访石湾街道城中村\n\n"
    "5月9日上午，区委书记梁海涛来到石湾街道，先后走访上坑村和榕树社区，察看出租屋消防安全情况。\n\n"
    "在上坑村，房东陈伯反映，村里消防通道被杂物堵住。\n\n"
)


def test_headline_place_makes_no_return_to_the_area():
    got = visits(facts_of(HEADLINE_TRIP))
    assert ("梁海涛", "上坑村") in got and ("梁海涛", "榕树社区") in got
    assert ("梁海涛", "石湾街道") not in got


def test_going_back_to_the_area_after_a_body_stop_is_still_a_stop():
    # precision twin: a body stop inside the area, then a move back to the area, stays a stop
    text = (
        "5月9日上午，区委书记梁海涛来到石湾街道上坑村，察看出租屋消防安全情况。\n\n"
        "随后，梁海涛又来到石湾街道，在街道会议室召开座谈会，听取工作汇报。\n\n"
    )
    got = visits(facts_of(text))
    assert ("梁海涛", "上坑村") in got and ("梁海涛", "石湾街道") in got


# --- 2. 巷道 is no lane of the village

def test_alley_word_after_a_village_names_no_lane():
    text = (
        "6月3日，区长罗永平来到禾田村调研。\n\n"
        "禾田村巷道狭窄，罗永平沿着巷子逐户查看。村民黄伯反映，村里的路灯坏了很久。\n\n"
    )
    f = facts_of(text)
    names = {p.name for p in f.places.values()}
    assert not any(n.startswith("禾田村巷") for n in names)
    assert ("罗永平", "禾田村") in visits(f)
    assert ("禾田村", "村里的路灯坏了很久") in issues(f)


def test_named_lane_stays_a_lane():
    # precision twin: a lane written with its name (桂香巷) is a place
    text = "6月3日，区长罗永平来到禾田村桂香巷，察看巷口排水改造情况。\n\n"
    assert ("罗永平", "桂香巷") in visits(facts_of(text))


# --- 3. a list closed by a count or 等 and a descriptor

def test_count_and_descriptor_close_the_list():
    text = "3月5日上午，街道党工委书记韦红梅走进金沙社区，深入金沙新村、福康里两个老旧小区，察看管网改造。\n\n"
    got = visits(facts_of(text))
    assert ("韦红梅", "福康里") in got
    assert not any("两个" in place for _, place in got)


def test_etc_and_descriptor_close_the_list():
    text = "7月2日上午，镇委书记邓志坚冒雨深入石门村、白沙村等低洼片区，察看积水点整治情况。\n\n"
    got = visits(facts_of(text))
    assert ("邓志坚", "白沙村") in got
    assert not any(place.startswith("等") or "等低洼" in place for _, place in got)


def test_a_name_holding_deng_after_no_type_word_stays():
    # precision twin: 等 inside a name (平等路社区) after no type word is no list close
    text = "7月2日上午，镇委书记邓志坚来到平等路社区，察看积水点整治情况。\n\n"
    assert ("邓志坚", "平等路社区") in visits(facts_of(text))


# --- 4. a counted class of works is no named place

def test_counted_works_after_a_visit_verb_make_no_site():
    text = (
        "4月2日下午，区长何丽君到云山街道调研民生实事项目推进情况。\n\n"
        "今年青阳区共确定民生实事项目120个，其中云山街道15个。\n\n"
        "何丽君一行首先来到翠竹社区枫林苑，察看小区停车场改造。\n\n"
    )
    got = visits(facts_of(text))
    assert ("何丽君", "枫林苑") in got
    assert not any("项目" in place for _, place in got)


def test_a_work_written_once_in_full_is_still_found():
    # precision twin: a station written in short after a visit verb is the one named in full
    text = (
        "4月2日下午，区人大常委会主任何丽君来到云山街道人大代表联络站，听取代表意见。\n\n"
        "随后，何丽君又来到联络站，与选民座谈。\n\n"
    )
    got = visits(facts_of(text))
    assert ("何丽君", "云山街道人大代表联络站") in got


# --- 5. a page's site header before the title

PAGE = (
    "<html><head><title>镇委书记走访受灾村居_镇街动态_某区政府网</title></head><body>"
    "<div>欢迎访问某某区人民政府网站！政务公开｜无障碍</div>"
    "<div>您当前的位置：首页 &gt; 镇街动态</div>"
    "<h1>雨后察看积水点 镇委书记邓志坚走访受灾村居</h1>"
    "<p>7月2日上午，镇委书记邓志坚来到石门村，察看积水点整治情况。</p>"
    "<p>村民黄伯反映，村前排水沟太窄。</p>"
    "</body></html>"
)


def test_site_header_lines_do_not_hide_the_headline():
    got = visits(facts_of(html_to_text(PAGE)))
    assert ("邓志坚", "石门村") in got
    assert not any(place.startswith("受灾") for _, place in got)


def test_headline_visit_stays_when_the_body_tells_none():
    # precision twin: a page whose body tells no stop of the official keeps the headline's
    page = PAGE.replace("来到石门村，察看积水点整治情况", "召开防汛工作会议").replace("<p>村民黄伯反映，村前排水沟太窄。</p>", "")
    page = page.replace("走访受灾村居", "走访石门村")
    got = visits(facts_of(html_to_text(page)))
    assert ("邓志坚", "石门村") in got


# --- 6. a background sentence's fields are no issues

BACKGROUND = (
    "5月9日上午，区委书记梁海涛来到榕树社区，与居民代表座谈。居民代表反映，社区停车位紧张。\n\n"
    "{lead}今年全区安排民生微实事项目900余个，涉及老旧小区改造、社区微更新、适老化改造等领域。\n\n"
)


def test_background_lead_lists_no_issues():
    got = issues(facts_of(BACKGROUND.format(lead="据了解，")))
    assert ("榕树社区", "社区停车位紧张") in got
    assert not any("微更新" in label for _, label in got)


def test_received_items_after_a_background_lead_stay():
    # precision twin: what was received (收集到A、B等意见建议) the residents raised
    text = (
        "5月9日晚，区人大代表梁海涛来到榕树社区代表联络站接待选民。\n\n"
        "据统计，当晚梁海涛共收集到停车难、加装电梯等意见建议6条。\n\n"
    )
    got = {label for _, label in issues(facts_of(text))}
    assert "停车难" in got


# --- 7. A带领B、C一行: the leader goes with the party

def test_leader_of_a_party_written_with_yixing_goes():
    text = "11月27日上午，区政协副主席刘文静带领区政协委员王建军、赵丽华一行，走进城南街道石桥社区，开展调研。\n\n"
    got = visits(facts_of(text))
    assert {("刘文静", "石桥社区"), ("王建军", "石桥社区"), ("赵丽华", "石桥社区")} <= got


def test_a_party_listed_before_yixing_without_a_leader_stays_the_list():
    # precision twin: 甲、乙一行 with no one leading them is the two of them, the companion apart
    text = "11月27日上午，区政协委员王建军、赵丽华一行走进城南街道石桥社区调研，街道办副主任孙立明陪同。\n\n"
    got = visits(facts_of(text))
    assert {("王建军", "石桥社区"), ("赵丽华", "石桥社区")} <= got
    assert ("孙立明", "石桥社区") not in got


# --- 8. X的问题困扰了…: the matter is the complaint

def test_matter_troubling_its_bearers_is_cut_to_the_matter():
    text = "6月3日，区长罗永平来到禾田村调研。\n\n村民黄伯说，村口涵洞堵塞的问题困扰了大家好几年。\n\n"
    got = {label for _, label in issues(facts_of(text))}
    assert "村口涵洞堵塞" in got
    assert not any("困扰" in label for label in got)


def test_a_short_matter_keeps_its_clause():
    # precision twin: a matter too short to stand alone (水) keeps the words around it
    from kg.extract.issue_items import matter_troubling
    assert matter_troubling("水的问题困扰大家") == "水的问题困扰大家"
    assert matter_troubling("村里路灯不亮") == "村里路灯不亮"
