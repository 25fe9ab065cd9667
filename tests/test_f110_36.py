"""Session 36 (FAULTS36_p110, opened probe p110): stops at a works, homes and meetings in a
community, and praise and directives read as issues.

1. `在X家中，` opening a clause is a call at a resident's home, as `走进X家中` is
   (`issue_placement.home_visit`): the household's issues are the community's, not those of
   the facility visited before.  Before, they went to the facility.
2. A meeting after a tour that went into a unit and then to its sites one by one
   (`深入X社区，走访A、B。在A，…。随后来到B。…在随后召开的座谈会上`) is the unit's
   (`IssuePlacer.host_of_tour`).  Before, the last site took the meeting's issues.
3. `位于X街道的Y公司，是一家…。在企业展厅和生产车间，A…`: parts of a works written bare
   (`place_site_parts.txt`) after a sentence-opening 在 are inside the place the paragraph is
   about (`visits.Reader._set_elsewhere`).  Before, no visit to the company was told.
4. A name word running past a stop character (`大同华美纺织有限公司`: 同 is a stop, 大同 a
   name word of `place_name_words.txt`: `place_window._in_name_word`) keeps the name whole.
5. A remote word naming a room (`直播销售间`, `视频会议室`: `visit_patterns.REMOTE_ROOM`) tells no
   taking part from afar.  Before, walking into a live-streaming room undid the stop.
6. Hurdles (`几道坎`, `issue_heads.txt`) head a list of problems as 难题 does.
7. A state changed for the better told with 了 (`改造后小区干净了、楼道亮堂了`,
   `issue_positive_words.txt`) is praise, no issue; negated (`楼道不干净了`) it is one.
8. An official's longer own clause before their directive (`曾到A区督导…办理情况，要求对…等问题
   开展专项攻坚`: `issue_raisers.OWN_LONG_CLAUSE`) keeps the directive theirs, no residents'
   issues.
9. A word holding a problem word that states none (`未来`, the future: 未 is "not yet";
   `issue_problem_word_holders.txt`) is no problem: a cadre's account of a 未来社区 raised nothing.
10. A page's search box (`搜索`, `html_chrome.tsv` head) is a line of the site's header: the
   headline after it is found, and its short city name (到晋江调研) is no stop of its own.

11. A raiser word, a surname, a given name and someone spoken to (`楼道长方建国向区长介绍`:
   `issue_raisers.NAME_TO_RECIPIENT`) name a person, though the analyser joins the surname to
   the word before (长方): the 他 after is that resident, whose listed hurdles are issues.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

TOUR = (
    "3月5日，副区长周明深入青石街道桂香社区，走访老年食堂、卫生服务站和困难老人家庭。\n\n"
    "在桂香社区老年食堂，周明和老人们一起吃饭。张大妈说，食堂只有中午开门。\n\n"
    "随后，周明来到桂香社区卫生服务站。站长说，站里的医生太少。\n\n"
)
HOME = "在困难老人刘伯家中，周明察看了房屋。刘伯说，屋顶一下雨就漏水，希望能帮忙修一修。\n\n"
MEETING = "在随后召开的座谈会上，居民代表围绕小区停车难、路灯不亮等话题发言。\n"


# --- 1. a home opened by 在

def test_home_opened_by_at_is_the_communitys():
    found = issues(facts_of(TOUR + HOME))
    assert ("桂香社区", "屋顶一下雨就漏水") in found
    assert ("桂香社区卫生服务站", "站里的医生太少") in found


def test_home_opened_by_at_precision_a_place_named_at_stays():
    # (a named place opening the clause is no home: its issues stay there)
    found = issues(facts_of(TOUR + "在桂香社区老年活动室，周明察看了设施。刘伯说，活动室的空调坏了。\n"))
    assert not any(place == "桂香社区" for place, _ in found)


# --- 2. a meeting after the sites of the unit the tour went into

def test_meeting_after_a_units_sites_is_the_units():
    found = issues(facts_of(TOUR + MEETING))
    assert {("桂香社区", "小区停车难"), ("桂香社区", "路灯不亮")} <= found


def test_meeting_after_a_units_sites_precision_no_meeting():
    # (no meeting: a complaint told at the last site stays there)
    found = issues(facts_of(TOUR + "站里的护士说，输液室的座椅太少。\n"))
    assert ("桂香社区卫生服务站", "输液室的座椅太少") in found


# --- 3. parts of a works after a paragraph about it

LEDE = "3月5日，县长周明到青石县调研。\n\n"


def test_parts_of_a_works_put_the_official_at_it():
    text = LEDE + "位于柳河街道的青石华美纺织有限公司，是一家以纺织为主的企业。在企业展厅和生产车间，周明详细了解企业订单情况。"
    assert ("周明", "青石华美纺织有限公司") in visits(facts_of(text))


def test_parts_of_a_works_precision_another_named_room():
    # (a place of its own after 在 is no part of the works: the paragraph's company is not visited)
    text = LEDE + "位于柳河街道的青石华美纺织有限公司，是一家以纺织为主的企业。在县政务服务中心大厅，周明详细了解企业办事情况。"
    assert ("周明", "青石华美纺织有限公司") not in visits(facts_of(text))


# --- 4. a name word running past a stop character

def test_name_word_past_a_stop_keeps_the_company():
    text = LEDE + "周明首先来到柳河区的大同华美纺织有限公司，走进生产车间，了解企业订单情况。"
    assert any(place.endswith("大同华美纺织有限公司") for _, place in visits(facts_of(text)))


def test_name_word_past_a_stop_precision_the_preposition():
    # (同 as a preposition after a name still ends it: 王明同居民座谈)
    from kg.extract.place_window import _in_name_word

    assert not _in_name_word("王明同居民座谈", 2)


# --- 5. a remote word naming a room

def test_live_streaming_room_is_a_room():
    text = LEDE + "在县城的青石玉雕文化有限公司，周明走进直播销售间，了解企业电商销售情况。"
    assert ("周明", "青石玉雕文化有限公司") in visits(facts_of(text))


def test_live_streaming_room_precision_a_video_link():
    text = LEDE + "周明通过视频连线，听取柳河镇青山村村民意见。"
    assert not any(place == "青山村" for _, place in visits(facts_of(text)))


# --- 6. hurdles head a list

ESTATE = "3月5日，区长周明来到青石街道桂香小区调研。\n\n"


def test_hurdles_head_a_list():
    text = ESTATE + ("楼长王军向周明介绍，单元里住着很多老人。他细数了加梯遇到的几道坎：一是管线迁移涉及多个部门，"
                     "协调周期长；二是单元门前的绿化带影响选址。")
    found = {label for _, label in issues(facts_of(text))}
    assert "单元门前的绿化带影响选址" in found


def test_hurdles_precision_a_step_without_a_list():
    text = ESTATE + "楼长王军向周明介绍，加梯要迈过的坎不少，大家都在想办法。"
    assert issues(facts_of(text)) == set()


# --- 7. a state changed for the better

def test_state_bettered_is_praise():
    assert issues(facts_of(ESTATE + "居民们说，改造后小区干净了、楼道亮堂了，出门也方便多了。")) == set()


def test_state_bettered_precision_negated():
    found = {label for _, label in issues(facts_of(ESTATE + "居民们说，保洁员走了以后，楼道不干净了。"))}
    assert any("不干净了" in label for label in found), found


# --- 8. an official's longer own clause before a directive

def test_directive_after_the_officials_trip_is_theirs():
    text = ESTATE + ("今年6月，周明曾到柳河区、青山区督导“民呼我为”办理情况，要求对群众反映集中的停车难、"
                     "养老难、就医远等问题开展专项攻坚。")
    assert issues(facts_of(text)) == set()


def test_directive_precision_residents_in_the_clause():
    # (residents in the clause before the act: the act is theirs, their issue stays)
    text = ESTATE + "周明走进居民家中，居民们围上来，希望尽快修好楼道的路灯。"
    assert any("路灯" in label for _, label in issues(facts_of(text)))


# --- 9. a word holding a problem word that states none

COMMUNITY = "3月5日，区长周明来到青石街道桂香社区调研。\n\n"


def test_future_is_no_problem():
    text = COMMUNITY + "社区负责人介绍，未来社区建成以来，已入驻居民1800余户，共享食堂日均服务居民300余人次。"
    assert issues(facts_of(text)) == set()


def test_future_precision_not_yet():
    text = COMMUNITY + "居民们反映，小区的燃气管道至今尚未接通，做饭只能用液化气。"
    assert any("尚未接通" in label for _, label in issues(facts_of(text)))


# --- 10. a site's search box before the headline

def test_search_box_line_is_the_sites_header():
    text = ("搜索\n周明到晋江调研民营经济工作\n8月27日，市长周明到晋江市调研民营经济高质量发展工作。\n"
            "在陈埭镇，周明走进青石华美纺织有限公司，了解企业用工情况。\n")
    assert visits(facts_of(text)) == {("周明", "青石华美纺织有限公司")}


def test_search_box_precision_a_company_named_so():
    text = "8月27日，市长周明到晋江市调研。\n在陈埭镇，周明走进青石搜索科技有限公司，了解企业研发情况。\n"
    assert ("周明", "青石搜索科技有限公司") in visits(facts_of(text))



# --- 11. a resident named after a raiser word, the analyser reading no person

def test_named_resident_before_a_recipient():
    text = ESTATE + ("楼道长方建国向周明介绍，单元里住着很多老人。他细数了加梯遇到的几道坎：一是管线迁移涉及多个部门，"
                     "协调周期长；二是单元门前的绿化带影响选址。")
    found = {label for _, label in issues(facts_of(text))}
    assert "单元门前的绿化带影响选址" in found


def test_named_resident_precision_the_official_speaks():
    # (the official named before 他 speaks: his remark is no residents' issue)
    text = ESTATE + "周明向楼道长了解情况。他强调，要把加梯遇到的难题一件件解决好。"
    assert issues(facts_of(text)) == set()
