"""MEETING25: an official attending a meeting a place holds visits that place; a list
of sites opened by a short name referring back to a site named before (农场职工医院
after 金穗农场) names sites inside it and goes on past it.  Every fixture is invented;
the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, parent_name, visits


def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


# --- 1. an official attends a meeting a place holds ---------------------------------

@pytest.mark.fast
@pytest.mark.parametrize(
    "held, attends, place, official",
    [
        ("青松社区在社区会议室召开居民座谈会", "区人大代表赵明远到会听取意见", "青松社区", "赵明远"),
        ("白杨村召开村民议事会", "镇长孙大成参加", "白杨村", "孙大成"),
        ("东湖社区组织召开协商会", "区政协委员钱立新应邀出席", "东湖社区", "钱立新"),
        ("柳岸社区于当天下午举行居民恳谈会", "副区长郑光辉出席并讲话", "柳岸社区", "郑光辉"),
        ("青松社区党委在社区会议室召开居民座谈会", "区人大代表赵明远到会听取意见", "青松社区", "赵明远"),
    ],
)
def test_an_official_attending_a_meeting_a_place_holds_visits_it(held, attends, place, official):
    facts = facts_of(f"5月8日，{held}，{attends}。居民反映小区路灯损坏，晚上出行不便。\n")
    assert (official, place) in visits(facts)
    # 晚上出行不便 after the complaint is its effect (issue_effects.going_pattern, session 58)
    assert issues(facts) == {(place, "小区路灯损坏")}


@pytest.mark.fast
def test_an_official_attending_in_the_next_sentence_visits_the_place_holding_it():
    facts = facts_of("7月1日，东湖社区召开居民议事会。区人大代表钱立新参加会议，听取居民意见。居民反映电梯老化。\n")
    assert visits(facts) == {("钱立新", "东湖社区")}
    assert issues(facts) == {("东湖社区", "电梯老化")}


@pytest.mark.fast
@pytest.mark.parametrize(
    "told",
    [
        "会议传达了区长周国平的讲话精神",
        "会议传达了区长周国平的讲话精神，听取了党员意见",
        "传达学习区长周国平讲话精神",
    ],
)
def test_an_official_only_mentioned_at_the_meeting_makes_no_visit(told):
    facts = facts_of(f"7月1日，东湖社区召开党员大会，{told}。\n")
    assert visits(facts) == set()


@pytest.mark.fast
def test_a_town_holding_a_meeting_is_no_place_its_head_visits():
    # a town (an administration) holding a meeting is at work, no place visited
    facts = facts_of("7月1日，城南镇召开全镇干部大会，镇长吴海参加。\n")
    assert visits(facts) == set()


# --- 2. sites listed after a short name referring back --------------------------------

@pytest.mark.fast
@pytest.mark.parametrize(
    "site, short, inner, others",
    [
        ("金穗农场", "农场职工医院", "金穗农场职工医院", ("北坡居民点", "智慧农业产业园")),
        ("红柳农场", "农场卫生所", "红柳农场卫生所", ("东滩安置小区", "林果产业园")),
        ("青峰林场", "林场职工食堂", "青峰林场职工食堂", ("西沟居民点", "苗木繁育基地")),
    ],
)
def test_a_list_after_a_back_reference_names_sites_inside_and_goes_on(site, short, inner, others):
    facts = facts_of(f"5月9日，市长刘海峰带领调研组来到{site}，先后察看了{short}、{others[0]}和{others[1]}。\n")
    got = visits(facts)
    assert {("刘海峰", inner), *(("刘海峰", o) for o in others)} <= got
    assert parent_name(facts, inner) == site
    assert inner in place_names(facts)  # (never cut back to the site itself)


@pytest.mark.fast
@pytest.mark.parametrize("site, work", [("竹韵小区", "加装电梯项目"), ("长青机械厂", "改造项目")])
def test_a_work_on_a_site_is_still_the_site_not_a_site_inside_it(site, work):
    # a generic work (项目, 工程) after an enterprise is the work on it, no facility of it
    facts = facts_of(f"5月9日，区长刘海峰来到{site}{work}，察看施工进度。\n")
    assert visits(facts) == {("刘海峰", site)}


@pytest.mark.fast
def test_a_back_reference_in_a_later_sentence_still_names_the_site():
    facts = facts_of("5月9日，区长刘海峰来到金穗农场调研。随后察看了农场卫生所、北坡居民点。\n")
    assert {("刘海峰", "金穗农场卫生所"), ("刘海峰", "北坡居民点")} <= visits(facts)
    assert parent_name(facts, "金穗农场卫生所") == "金穗农场"


@pytest.mark.fast
@pytest.mark.parametrize(
    "before",
    ["5月9日，市长刘海峰带领调研组", "5月9日，区长刘海峰走访了城东小区，"],
)
def test_a_bare_type_word_with_no_site_of_that_type_before_is_no_place(before):
    facts = facts_of(f"{before}先后察看了农场职工医院、北坡居民点。\n")
    assert not any("农场" in n for n in place_names(facts))


@pytest.mark.fast
def test_a_communitys_generic_facility_stays_a_look_around_the_community():
    # the back reference reads sites only: 社区长者照护之家 is the community's own room
    facts = facts_of("3月4日，区长王立新来到南岭街道青枫社区调研。王立新走进社区日间照料中心，与老人们交谈。\n")
    assert visits(facts) == {("王立新", "青枫社区")}
