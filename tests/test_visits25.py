"""Session 25's visit and placement frames from a blind northern probe set:
a cadre of the stop leading a visiting official round, a party that splits at
the lead, and the Inner Mongolian level words.  Every fixture is invented; the
tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, posts, visits


# --- f. a stop's own cadre leading the visitor round -------------------------------------------

@pytest.mark.fast
@pytest.mark.parametrize(
    "guide, visitor, place",
    [
        ("村支书杜明远", "区长韩振", "柳溪村"),
        ("杜明远村支书", "区长韩振", "柳溪村"),
        ("社区党委书记杜明远", "副县长韩振", "梨花社区"),
        ("嘎查党支部书记杜明远", "旗长韩振", "乌兰嘎查"),
    ],
)
def test_the_official_a_stops_cadre_leads_round_visits(guide, visitor, place):
    # 村支书甲带领区长乙来到X: 乙 is shown round, as in 在甲的带领下; 甲 hosts
    facts = facts_of(f"2024年9月6日，{guide}带领{visitor}来到{place}，察看人居环境整治。\n")
    assert ("韩振", place) in visits(facts)
    assert ("杜明远", place) not in visits(facts)


@pytest.mark.fast
def test_every_official_a_stops_cadre_leads_round_visits():
    facts = facts_of("2024年9月6日，村支书杜明远带领区长韩振、副区长蒋宁来到柳溪村，察看人居环境整治。\n")
    assert {("韩振", "柳溪村"), ("蒋宁", "柳溪村")} <= visits(facts)


@pytest.mark.fast
def test_an_official_leading_another_still_leads_the_visit():
    # precision: a district leader leading a deputy mayor is the visitor; the led one accompanies
    facts = facts_of("2024年9月6日，区委书记杜明远带领副区长韩振来到柳溪村，察看人居环境整治。\n")
    assert visits(facts) == {("杜明远", "柳溪村")}
    assert next(o for o in facts.officials.values() if o.name == "韩振").role == "accompanying"


# --- a. a party that splits at the lead ---------------------------------------------------------

@pytest.mark.fast
@pytest.mark.parametrize(
    "lead, places",
    [
        ("副县长贺文涛、邹静分别带队，深入", "白杨乡、红柳镇"),
        ("副县长贺文涛、邹静分头深入", "白杨乡、红柳镇"),
        ("县委书记贺文涛、县长邹静分别带队，来到", "白杨乡和红柳镇"),
        ("副旗长贺文涛、邹静分别带队，深入", "白杨苏木、红柳镇"),
    ],
)
def test_a_party_split_at_the_lead_pairs_officials_and_places_in_order(lead, places):
    facts = facts_of(f"2024年6月3日，{lead}{places}，走访慰问困难群众。\n")
    first, second = places.replace("和", "、").split("、")
    assert {("贺文涛", first), ("邹静", second)} <= visits(facts)
    assert not {("贺文涛", second), ("邹静", first)} & visits(facts)


@pytest.mark.fast
def test_a_split_party_that_cannot_be_paired_credits_its_lead():
    # three places for two officials: who went where cannot be told; the lead official takes the stops
    facts = facts_of("2024年6月3日，副县长贺文涛、邹静分别带队，深入白杨乡、红柳镇、青泉乡，走访慰问困难群众。\n")
    assert visits(facts) == {("贺文涛", "白杨乡"), ("贺文涛", "红柳镇"), ("贺文涛", "青泉乡")}


@pytest.mark.fast
@pytest.mark.parametrize(
    "text",
    [
        "2024年6月3日，副县长贺文涛、邹静一同深入白杨乡、红柳镇，走访慰问困难群众。\n",
        "2024年6月3日，副县长贺文涛、邹静深入白杨乡、红柳镇，分别走访慰问困难群众。\n",
        "2024年6月3日，副县长贺文涛、邹静分别带队，深入白杨乡，走访慰问困难群众。\n",
    ],
)
def test_a_party_that_does_not_split_before_the_verb_goes_everywhere_together(text):
    facts = facts_of(text)
    places = {p for _, p in visits(facts)}
    assert {(who, p) for who in ("贺文涛", "邹静") for p in places} == visits(facts)
    assert places


# --- c. residents met at a venue came there from their communities ------------------------------

@pytest.mark.fast
@pytest.mark.parametrize(
    "opening, venue",
    [
        ("区人大代表孟繁星来到南关街道人大代表联络站，", "南关街道人大代表联络站"),
        ("区人大代表孟繁星在南关街道人大代表联络站，", "南关街道人大代表联络站"),
        ("区人大代表孟繁星来到西营子社区党群服务中心，", "西营子社区党群服务中心"),
    ],
)
@pytest.mark.parametrize("met", ["与榆林社区、槐荫社区的居民代表交流", "同榆林社区的群众座谈"])
def test_residents_met_at_a_venue_give_no_visit_to_where_they_live(opening, venue, met):
    facts = facts_of(f"2024年5月18日，{opening}{met}。居民反映小区楼道照明不足。\n")
    assert visits(facts) == {("孟繁星", venue)}
    assert issues(facts) == {(venue, "小区楼道照明不足")}


@pytest.mark.fast
def test_a_station_named_before_is_the_one_a_bare_type_word_names():
    facts = facts_of(
        "2024年5月18日，南关街道人大代表联络站开展集中接待活动。区人大代表孟繁星来到人大代表联络站，"
        "与榆林社区、槐荫社区的居民代表交流。居民反映小区楼道照明不足。\n"
    )
    assert visits(facts) == {("孟繁星", "南关街道人大代表联络站")}


@pytest.mark.fast
@pytest.mark.parametrize("area", ["南关街道", "白塔镇"])
def test_residents_met_after_reaching_an_area_are_met_at_their_community(area):
    # precision: at an area, meeting a community's residents is at that community
    facts = facts_of(f"2024年5月18日，区长孟繁星来到{area}，与榆林社区的居民代表座谈。\n")
    assert ("孟繁星", "榆林社区") in visits(facts)


# --- d./e. a facility named by its area's bare type word; the Inner Mongolian levels ------------

@pytest.mark.fast
@pytest.mark.parametrize(
    "area, facility",
    [
        ("白沙镇", "镇便民服务中心"),
        ("红柳乡", "乡党群服务中心"),
        ("巴彦苏木", "苏木便民服务中心"),
        ("巴彦苏木", "苏木党群服务中心"),
    ],
)
def test_a_facility_opened_by_its_areas_bare_type_word_is_that_areas(area, facility):
    # 来到X苏木，在苏木便民服务中心座谈: the centre is X苏木's, as a 镇's or a 乡's is
    full = area + facility[2:] if facility.startswith("苏木") else area + facility[1:]
    facts = facts_of(f"2024年8月2日，旗长那木汗来到{area}，在{facility}与群众座谈。群众反映冬季供暖不稳定。\n")
    assert ("那木汗", full) in visits(facts)
    assert issues(facts) == {(full, "冬季供暖不稳定")}


@pytest.mark.fast
@pytest.mark.parametrize("room", ["苏木会议室", "镇会议室", "苏木活动室"])
def test_a_room_opened_by_an_areas_bare_type_word_is_no_facility(room):
    # precision: a meeting room is no facility of its own; the area holds the visit and the issues
    facts = facts_of(f"2024年8月2日，旗长那木汗来到巴彦苏木，在{room}与群众座谈。群众反映冬季供暖不稳定。\n")
    assert not any(p.endswith("室") for _, p in visits(facts))


@pytest.mark.fast
@pytest.mark.parametrize("attends", ["到会听取意见", "参会", "参加座谈"])
@pytest.mark.parametrize("host", ["金穗社区", "金穗社区党委"])
def test_an_official_attending_a_communitys_meeting_in_its_centre_visits_the_centre(attends, host):
    facts = facts_of(
        f"2024年8月2日，{host}在金穗社区党群服务中心召开居民议事会，区人大代表罗佳{attends}。居民反映楼顶漏水。\n"
    )
    assert visits(facts) == {("罗佳", "金穗社区党群服务中心")}
    assert issues(facts) == {("金穗社区党群服务中心", "楼顶漏水")}


@pytest.mark.fast
@pytest.mark.parametrize(
    "text, place",
    [
        ("2024年8月1日，旗长那木汗来到巴彦苏木乌力吉嘎查，察看草场。\n", "乌力吉嘎查"),
        ("2024年8月1日，旗长巴特尔在巴彦苏木党委会议室主持召开座谈会。牧民反映草场退化。\n", "巴彦苏木"),
        ("2024年8月1日，旗长那木汗来到巴彦苏木人民政府，了解办事情况。\n", "巴彦苏木"),
        ("2024年8月1日，旗长那木汗来到巴彦苏木政府，了解办事情况。\n", "巴彦苏木"),
        ("2024年8月1日，旗长那木汗来到乌力吉嘎查村委会，了解村务公开。\n", "乌力吉嘎查"),
    ],
)
def test_sumu_and_gacha_are_places_of_the_town_and_village_levels(text, place):
    assert any(p == place for _, p in visits(facts_of(text)))


@pytest.mark.fast
@pytest.mark.parametrize(
    "post",
    ["巴彦苏木党委书记", "巴彦苏木苏木达", "巴彦苏木副苏木达", "苏木党委副书记", "乌力吉嘎查党支部书记"],
)
def test_a_post_of_the_sumu_or_gacha_keeps_its_jurisdiction(post):
    # the analyser reads 巴彦苏木 (and 苏木 alone) as a person's name: it is the post's place
    facts = facts_of(f"2024年8月1日，{post}乌兰陪同旗长那木汗来到乌力吉嘎查，察看草场。\n")
    assert posts(facts)["乌兰"] == [post]


# --- b. a group subject visiting a list of sites -------------------------------------------------

@pytest.mark.fast
@pytest.mark.parametrize("group", ["委员们", "调研组", "代表们"])
@pytest.mark.parametrize(
    "sites",
    [
        ["东岭居民点", "麦香产业园"],
        ["东岭移民点", "场部卫生院", "枸杞种植基地"],
        ["东岭安置点", "南坡敬老院"],
    ],
)
def test_the_group_led_by_the_official_visits_each_site_listed(group, sites):
    listed = "、".join(sites[:-1]) + "和" + sites[-1]
    facts = facts_of(
        f"2024年7月2日，县人大常委会主任庞海带领调研组来到金沙农场调研。{group}先后察看了{listed}。\n"
    )
    assert {("庞海", s) for s in sites} <= visits(facts)
    assert not any("和" in p for _, p in visits(facts))


@pytest.mark.fast
def test_a_settlement_looked_at_from_an_area_is_a_place_of_its_own():
    # precision: 居民点 is a site's type word, so the name ends there and nothing after it joins it
    facts = facts_of("2024年7月2日，县长庞海来到白沙镇，察看了东岭居民点的危房改造情况。\n")
    assert ("庞海", "东岭居民点") in visits(facts)
    assert not any(p.startswith("东岭居民点") and p != "东岭居民点" for _, p in visits(facts))


@pytest.mark.fast
@pytest.mark.parametrize(
    "place, bare",
    [("青石村", "村"), ("乌力吉嘎查", "嘎查"), ("白沙镇", "镇"), ("巴彦苏木", "苏木")],
)
def test_a_bare_type_words_centre_after_a_stop_inside_is_the_area(place, bare):
    # 来到X嘎查Y合作社…在嘎查党群服务中心，…: the centre is X嘎查's (as 村's), not the stop's
    facts = facts_of(
        f"2024年8月1日，旗长巴特尔来到{place}奶食品合作社，察看生产。在{bare}党群服务中心，牧民反映草场退化。\n"
    )
    assert issues(facts) == {(place, "草场退化")}
