"""Session 37 (lead): a complaint named first and closed by its raisers' act
(X，居民反映强烈; X，是居民多次反映的问题), the superlative frame asking for a thing to be
added (最关心的是加装电梯), a head noun's items located by 集中在…上, and a deictic stop
(来到这里).  Fixtures invented: a sweep of raising shapes the genre uses."""

import pytest

from kg.extract import issue_words
from kg.extract.back_reference import DEICTIC_SPAN, referred_here
from kg.extract.place_parse import parse_at
from kg.extract.places import PlaceRegistry
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

LEAD = "11月3日，区长郑晓岚到梧桐里社区调研。"
PLACE = "梧桐里社区"


def issue_texts(text: str) -> set[str]:
    return {i for p, i in issues(facts_of(text)) if p == PLACE}


@pytest.mark.parametrize(
    "body, expected",
    [
        ("该小区建成于上世纪八十年代，水管锈蚀、外墙脱落，居民反映强烈。", {"水管锈蚀", "外墙脱落"}),
        ("楼道照明不足，居民多次反映。", {"楼道照明不足"}),
        ("单元门禁失灵，住户早有反映。", {"单元门禁失灵"}),
    ],
)
def test_a_complaint_closed_by_its_raisers_act_is_raised(body, expected):
    assert issue_texts(LEAD + body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "楼道灯换成了声控灯，居民反映很好。",  # praise: no degree of a complaint
        "楼道照明不足，居民没有反映。",  # negated
        "楼道照明不足，居民反映。",  # no adverb nor degree: too bare to tell
    ],
)
def test_a_closing_act_without_repetition_or_degree_raises_nothing(body):
    assert issue_texts(LEAD + body) == set()


@pytest.mark.parametrize(
    "body, expected",
    [
        ("垃圾清运不及时、绿化带缺人养护，是居民多次反映的问题。", {"垃圾清运不及时", "绿化带缺人养护"}),
        ("小区路面坑洼是住户们反映最强烈的问题。", {"小区路面坑洼"}),
    ],
)
def test_a_complaint_before_a_copula_and_its_raisers_act_is_raised(body, expected):
    assert issue_texts(LEAD + body) == expected


def test_a_copula_and_an_official_act_raises_nothing():
    # precision twin: the matter is the office's, not the residents'
    assert issue_texts(LEAD + "垃圾分类是街道今年重点推进的工作。") == set()


def test_raised_after_patterns():
    m = issue_words.raised_after().search("外墙脱落，群众一再反映。")
    assert m.group("raiser") == "群众"
    assert not issue_words.raised_after().search("外墙脱落，群众反映，")
    assert issue_words.worried().search("外墙脱落，是群众一再反映的事。")
    assert not issue_words.worried().search("外墙脱落，不是群众反映的事。")


def test_a_superlative_concern_for_adding_a_thing_is_raised():
    assert issue_texts(LEAD + "居民最关心的是增设快递柜。") == {"增设快递柜"}


def test_a_superlative_concern_naming_a_theme_raises_nothing():
    # precision twin: a theme of talk, no problem nor thing asked for
    assert issue_texts(LEAD + "居民最关心的是社区文化活动。") == set()


@pytest.mark.parametrize(
    "body, expected",
    [
        ("居民的意见集中在噪音扰民和油烟污染上。", {"噪音扰民", "油烟污染"}),
        ("居民代表纷纷发言，意见主要集中在噪音扰民、油烟污染上。", {"噪音扰民", "油烟污染"}),
        ("居民代表纷纷发言，提出的问题主要集中在噪音扰民、油烟污染等方面。", {"噪音扰民", "油烟污染"}),
    ],
)
def test_items_after_a_head_noun_located_by_jizhongzai(body, expected):
    assert issue_texts(LEAD + body) == expected


def test_jizhongzai_with_a_place_word_only_raises_nothing():
    # precision twin: 集中在楼上 names where, not what
    assert issue_texts(LEAD + "居民的意见集中在楼上。") == set()


def test_a_deictic_word_names_back_no_area_nor_a_stop_far_before():
    # precision twin: an area introduced last is no stop named back; nor is a stop
    # introduced more than DEICTIC_SPAN characters before the word
    r = PlaceRegistry()
    r.add(parse_at("青川区是个老城区。", 0))
    assert referred_here("青川区是个老城区。区长来到这里。", 14, r) is None
    far = "梧桐里社区是个老小区。" + "。" * DEICTIC_SPAN + "区长来到这里。"
    r = PlaceRegistry()
    r.add(parse_at(far, 0))
    assert referred_here(far, far.index("这里"), r) is None


@pytest.mark.parametrize(
    "body, expected",
    [
        ("居民说，冬天洗澡都成了问题。", {"冬天洗澡都成了问题"}),
        ("居民说，孩子上学是个大问题。", {"孩子上学是个大问题"}),
    ],
)
def test_a_problem_predicate_keeps_its_head_noun(body, expected):
    # 成了问题: the head noun is the predicate's object (no 冬天洗澡都成了); 问 opens 问题, no act
    assert issue_texts(LEAD + body) == expected


def test_a_head_noun_naming_the_matter_is_still_cut():
    # precision twin: 停车问题 is the matter 停车 and its head noun
    assert issue_texts(LEAD + "居民反映了楼道堆物问题。") == {"楼道堆物"}


def test_a_constituency_before_a_name_is_no_part_of_it():
    f = facts_of("近日，区人大代表黄启明回到选区桂园社区，向选民述职并听取意见。")
    assert visits(f) == {("黄启明", "桂园社区")}


def test_a_numbered_constituency_alone_is_no_stop():
    # precision twin: 第三选区 names an electoral unit, no community
    f = facts_of("近日，区人大代表黄启明来到第三选区，听取意见。")
    assert not {p for _, p in visits(f)} & {"第三选区", "选区"}


@pytest.mark.parametrize("lead", ["11月3日晚，", "昨晚，", "近日，", "傍晚，"])
def test_a_meeting_a_community_holds_after_a_time_of_day_is_visited(lead):
    f = facts_of(f"{lead}桂园社区召开民情恳谈会，区长黄启明出席。居民反映楼道堆物多。")
    assert visits(f) == {("黄启明", "桂园社区")}


def test_a_meeting_a_town_holds_after_a_time_of_day_is_no_visit():
    # precision twin: an area holding a meeting is an administration at work
    f = facts_of("11月3日晚，青禾镇召开党委会，镇长黄启明出席。")
    assert ("黄启明", "青禾镇") not in visits(f)


def test_an_officials_own_zai_zheli_names_the_stop_introduced_last():
    f = facts_of("桂园社区是个九十年代的老小区。区人大代表黄启明、林晓在这里接待选民。")
    assert visits(f) == {("黄启明", "桂园社区"), ("林晓", "桂园社区")}


def test_zheli_in_a_residents_clause_is_no_officials_stop():
    # precision twin: 这里 after a resident's 在 is where they live, no official there
    f = facts_of("11月3日，区长黄启明到青禾村调研。桂园社区是个老小区，居民王阿姨说她在这里住了三十年。")
    assert visits(f) == {("黄启明", "青禾村")}


def test_a_closing_byline_names_the_writer_of_a_first_person_report():
    f = facts_of("11月3日，我去了石门村。村民们反映，灌溉渠年久失修。\n（受访者：青禾镇镇长陶立新）")
    assert visits(f) == {("陶立新", "石门村")}
    assert issues(f) == {("石门村", "灌溉渠年久失修")}


def test_a_last_line_telling_an_act_is_no_byline():
    # precision twin: the official acts on the last line; the narrating 我 is someone else
    f = facts_of("11月3日，我去了石门村。村民们反映，灌溉渠年久失修。\n青禾镇镇长陶立新当天在镇政府主持召开会议。")
    assert ("陶立新", "石门村") not in visits(f)


def test_a_records_person_field_names_the_official_at_its_place():
    f = facts_of("民情日志\n时间：11月3日\n地点：石门村\n走访人：镇党委书记陶立新\n群众反映：村里路灯不亮。")
    assert visits(f) == {("陶立新", "石门村")}


def test_a_record_with_no_place_field_makes_no_visit():
    # precision twin: the person field alone places no one
    f = facts_of("民情日志\n时间：11月3日\n走访人：镇党委书记陶立新\n群众反映：村里路灯不亮。")
    assert not visits(f)


def test_a_closing_byline_with_its_post_after_a_copula():
    f = facts_of("2024年5月6日　晴\n一早，我来到石门村。村民说，村里那座便民桥年久失修。\n\n（作者：陶立新，系云岗县青禾镇党委书记）")
    assert visits(f) == {("陶立新", "石门村")}


@pytest.mark.parametrize(
    "body, expected",
    [
        ("座谈中，楼道照明损坏等问题，也有居民提出。", {"楼道照明损坏"}),
        ("座谈中，车位不足、消防通道被占，枫林、竹园小区居民反映强烈。", {"车位不足", "消防通道被占"}),
        ("座谈中，车位不足的问题被多次提及。", {"车位不足"}),
    ],
)
def test_complaints_closed_by_some_raisers_their_home_or_a_passive_act(body, expected):
    assert issue_texts(LEAD + body) == expected


def test_an_existential_raiser_without_an_act_raises_nothing():
    # precision twin: 也有居民点赞 praises; 点赞 is no raising act
    assert issue_texts(LEAD + "楼道换了新灯，也有居民点赞。") == set()


def test_a_passive_of_harm_is_no_raising():
    # precision twin: 被占用 is what happened to the thing, the complaint itself
    assert issue_texts(LEAD + "居民反映，消防通道被占用。") == {"消防通道被占用"}


TABLE = ("2024年7月10日，区委书记陶立新到青禾镇石门村、柳溪村走访调研。现将群众反映的问题通报如下：\n\n"
         "序号　问题　责任单位\n1　石门村村道破损　区交通局\n2　柳溪村饮用水水压不足　区水务局\n3　村卫生室缺药　区卫健局\n")


def test_a_table_after_a_relative_act_lists_the_issues_at_the_stops_they_name():
    f = facts_of(TABLE)
    assert issues(f) == {("石门村", "石门村村道破损"), ("柳溪村", "柳溪村饮用水水压不足"), ("石门村", "村卫生室缺药")}


def test_a_table_without_an_issue_column_lists_nothing():
    # precision twin: the columns name units and dates, no head noun of issues
    f = facts_of(TABLE.replace("序号　问题　责任单位", "序号　单位　时限"))
    assert not {i for _, i in issues(f)} & {"石门村村道破损", "柳溪村饮用水水压不足"}


def test_an_item_naming_the_community_of_its_estate_stays_at_the_estate():
    # precision twin: the place named holds the stop; the raising's place stands
    f = facts_of("11月3日，区长陶立新来到柳溪社区枫林小区。居民反映，柳溪社区停车位太少。")
    assert issues(f) == {("枫林小区", "柳溪社区停车位太少")}


UNLINKED = {
    # a meeting a community holds, a deputy attending: the residents' issues are tied to no visit
    "u1.txt": "2024年6月3日晚，东岭街道桃溪社区召开民情恳谈会，区人大代表郑秀梅出席。居民反映，社区周边缺少老年食堂。",
}


def test_an_issue_tied_to_no_visit_is_listed_as_not_followed_up_in_both_query_languages(tmp_path):
    """`issues-without-later-visit` lists an issue no visit is tied to, with an empty
    date, in SPARQL (Oxigraph) and Cypher (LadybugDB) alike."""
    from kg.stores import ladybug_store, named, oxigraph_store
    from tests.conftest import run_kg
    from tests.test_users30 import open_rows

    for name, text in UNLINKED.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    proc = run_kg("build", tmp_path, "--out", tmp_path / "out", "--no-html", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "out"
    sparql, cypher = named.resolve("issues-without-later-visit", "sparql"), named.resolve("issues-without-later-visit", "cypher")
    rows = [open_rows(oxigraph_store.query(oxigraph_store.open_store(out), named.bind_sparql(sparql, {}))),
            open_rows(ladybug_store.query(out, cypher.text, {}))]
    assert rows[0] == rows[1]
    assert ("桃溪社区", "东岭街道", "社区周边缺少老年食堂", None) in rows[0]


def test_residents_raising_on_the_round_of_an_estate_raise_at_the_estate():
    f = facts_of("11月6日，街道党工委书记陶立新到桂园社区开展走访活动，实地走访翠竹小区。"
                 "走访中，有居民反映，小区南门外一下雨就积水。")
    assert issues(f) == {("翠竹小区", "小区南门外一下雨就积水")}


def test_referred_here_names_the_stop_introduced_last():
    # the word class itself (place_deictic_words.txt): 这里 names 柳溪村, introduced before it
    r = PlaceRegistry()
    r.add(parse_at("柳溪村是个山村。", 0))
    text = "柳溪村是个山村。近日，书记在这里召开座谈会。"
    assert referred_here(text, text.index("这里"), r).text == "柳溪村"
