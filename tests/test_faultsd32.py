"""Session 32 (FAULTS32, faultsd, opened probe p92): frame and word-class gaps.

1. A transcribed name (Mongolian, Tibetan) alone in the clause before a clause of posts
   (乌云其其格，旗人大代表，…) names the holder, as a Han name there does: the analyser
   reads no person in a long transcribed name, so the report lost its only official and
   every visit (a deputy's duty record).
2. A dated entry of a record opening 在X + an official's activity verb (7月3日 在X联络站接待
   选民), no one named, is the report official's presence at X: the subject is elided.
3. A work left undone while time runs on (好些年没清淤, 到现在还没修好, 一直没办下来) states
   a problem (`issue_words.undone`: issue_undone_leads.txt + a negation +
   issue_undone_verbs.txt); a later clause of that shape was dropped as no problem.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, posts, visits, labels_in_village

pytestmark = pytest.mark.fast


# --- 1. a transcribed name alone before its posts


@pytest.mark.parametrize("name", ["其其格玛", "巴特尔", "达瓦次仁"])
def test_a_transcribed_name_before_a_clause_of_posts_holds_them(name):
    text = (f"{name}，县人大代表，青山镇石门村村民。以下是她的履职记录。\n"
            "6月12日 在镇人大主席包海龙陪同下，来到青山镇石门村，走访农户8户。")
    f = facts_of(text)
    assert posts(f).get(name) == ["县人大代表"], posts(f)
    assert (name, "石门村") in visits(f)


def test_a_common_clause_before_posts_names_no_one():
    # (a clause of words that are no transcription: the place's clause, no person)
    f = facts_of("石门村，县人大代表联系点，位于青山镇。\n6月12日，县长郑海来到石门村调研。")
    assert "石门村" not in posts(f)


# --- 2. a dated entry at a venue, subject elided

RECORD = "县人大代表王建华来到青山镇石门村，走访农户8户。\n"


def test_a_dated_entry_at_a_venue_with_an_activity_is_the_officials_visit():
    f = facts_of(RECORD + "7月3日 在青山镇人大代表联络站接待选民。村民李四说，通村路还有12公里没有硬化。")
    assert ("王建华", "青山镇人大代表联络站") in visits(f)
    assert ("青山镇人大代表联络站", "通村路还有12公里没有硬化") in issues(f)


def test_a_dated_entry_telling_what_happened_at_a_place_is_no_visit():
    # (no activity verb right after the place: a happening there, no one present)
    f = facts_of(RECORD + "7月3日 在青山镇人大代表联络站门前，一辆货车发生了侧翻。")
    assert ("王建华", "青山镇人大代表联络站") not in visits(f)


# --- 3. a work left undone over time



@pytest.mark.parametrize(
    "text, wanted",
    [
        ("村民说，村子地势低，排水沟好些年没清淤了。", "排水沟好些年没清淤了"),
        ("村民说，路灯亮了，村口的小桥一直没修好。", "小桥一直没修好"),
        ("村民说，新房盖起来了，房产证至今没有办下来。", "房产证至今没有办下来"),
        # (a first clause that is a complaint itself, so the undone clause is a later one
        # the reader keeps only as a problem: session 33 reads 地势低, 路灯亮了 and 新房盖起来了
        # as no complaint, and the clause after them became the first item, kept anyway,
        # so emptying either word class failed no test: CI's knockout of stop 39)
        ("村民说，村里的路灯坏了好几盏，排水沟好些年没清淤了。", "排水沟好些年没清淤了"),
        ("村民反映，垃圾清运不及时，排水沟好些年没清淤了。", "排水沟好些年没清淤了"),
    ],
)
def test_a_work_left_undone_after_another_clause_is_an_issue(text, wanted):
    got = labels_in_village(text)
    assert any(wanted in label for label in got), got


@pytest.mark.parametrize(
    "text",
    [
        # (the first clause was 村子地势低 until session 33, which reads the lie of the land
        # as the setting, issue_terrain_words.txt; any first clause the reader keeps will do)
        "村民说，村子不大，排水沟好些年没用过了。",
        "村民说，村子不大，老井好些年没干过了。",
    ],
)
def test_time_and_a_negation_without_a_work_owed_is_no_issue(text):
    # (a disuse or a lucky spell: nothing owed to the residents stays undone)
    assert labels_in_village(text) == {"村子不大"}


# --- 4. a diary's weather word is no name


def test_a_weather_word_on_a_diarys_date_line_is_no_official():
    f = facts_of("驻村日记\n\n3月8日 晴\n\n乡党委副书记、乡长王向东来村里蹲点，我陪他一起到西梁自然村。")
    assert posts(f) == {"王向东": ["乡党委副书记", "乡长"]}, posts(f)
    assert visits(f) == {("王向东", "西梁自然村")}


def test_a_name_on_the_line_before_its_post_clause_is_still_read():
    # (the guard is on a PER read across the break, not on names opening a line)
    f = facts_of("3月8日\n\n乡长王向东来到西梁自然村走访。")
    assert posts(f) == {"王向东": ["乡长"]}, posts(f)


# --- 5. a workshop under its name since 2021 (帮扶车间) is a site


TOUR = "7月16日，县委书记何建林来到三溪镇石龙村青杠湾集中安置点蹲点调研，走访搬迁群众。\n\n"


def test_a_help_workshop_is_a_stop_of_its_own():
    f = facts_of(TOUR + "随后，何建林来到安置点旁的青杠湾帮扶车间。车间负责人反映，今年以来订单不稳定。")
    assert ("何建林", "青杠湾帮扶车间") in visits(f)
    assert ("青杠湾帮扶车间", "今年以来订单不稳定") in issues(f)


def test_a_help_workshop_in_an_instruction_is_no_stop():
    f = facts_of(TOUR + "何建林要求，加快帮扶车间建设，车间负责人要稳住订单。")
    assert visits(f) == {("何建林", "青杠湾集中安置点")}


# --- 6. raisers named with a visited place's short name (X老寨村民 for X老寨村民小组)


GROUPS = ("镇长王林到石门村委会走访群众\n\n"
          "5月9日，镇长王林深入石门村委会石门老寨村民小组和石门新寨，走访农户。")


def test_villagers_of_a_group_named_short_raise_at_the_group():
    got = issues(facts_of(GROUPS + "石门老寨村民反映雨季进寨道路易塌方；石门新寨群众盼着解决橡胶价格低的困难。"))
    assert ("石门老寨村民小组", "雨季进寨道路易塌方") in got, got


def test_a_name_before_villagers_that_names_no_known_place_makes_none():
    # (东岭 is no place of the report: the word before 村民 is left alone, the issue stays on the tour)
    got = issues(facts_of(GROUPS + "东岭村民反映雨季进寨道路易塌方。"))
    assert got and all("东岭" not in place for place, _ in got), got


# --- 7. the kind of an estate or a market (还房小区, 农贸市场) names no place

STAY = "5日上午，区长邓云川来到锦绣社区，走进锦绣苑小区。居民们说，小区没有停车位。\n\n"


def test_a_heading_naming_a_kind_of_estate_is_no_stop():
    f = facts_of(STAY + "还房小区：“配套跟不上”\n\n5日下午，邓云川来到鹿角社区鹿角还房小区。居民杨大姐说，小区内没有幼儿园。")
    got = visits(f)
    assert ("邓云川", "还房小区") not in got, got
    assert ("邓云川", "鹿角还房小区") in got, got


def test_an_inspection_of_the_market_of_a_named_town_is_no_market_stop():
    f = facts_of("8月27日，县委书记符海燕来到南坤集镇，实地察看集镇环境整治和农贸市场建设情况。"
                 "集镇商户反映，集镇排污管网不完善。")
    assert visits(f) == {("符海燕", "南坤集镇")}, visits(f)


def test_a_named_farmers_market_is_a_stop():
    f = facts_of("6日上午，区长邓云川来到龙洲湾农贸市场，察看市场运营情况。摊主们说，下水道经常堵塞。")
    assert ("邓云川", "龙洲湾农贸市场") in visits(f)
