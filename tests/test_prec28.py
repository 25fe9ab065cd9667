"""Session 28 precision fixes (branch prec28): listed verbs read across the
analyser's word boundaries, unit heads, officials among raisers, bare
judgements, a problem word in a visit's purpose, autonomous prefectures'
core names, members of a named team.  Every fixture is invented; the tests
run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, posts, visits


# 1. a listed verb found across a word boundary (作了解答 holds 了解) is no verb


@pytest.mark.fast
@pytest.mark.parametrize("answer", ["作了解答", "一一作了解答", "逐条作了解释", "给予了解决"])
def test_the_aspect_particle_of_another_verb_opens_no_presence_verb(answer):
    # 作/了/解答: 了 is 作's particle; the official answering puts them at no place
    facts = facts_of(f"5月3日，区长柯远来到松溪社区调研。\n在杏岭村，村民反映灌溉渠破损。副区长宁海{answer}。\n")
    assert ("宁海", "杏岭村") not in visits(facts)
    assert ("杏岭村", "灌溉渠破损") in issues(facts)


@pytest.mark.fast
@pytest.mark.parametrize("verb", ["了解", "详细了解", "察看", "座谈"])
def test_a_presence_verb_written_as_a_word_still_places_the_official(verb):
    # the precision side: 了解 as a word of its own (详细/了解) is presence as before
    facts = facts_of(f"5月3日，区长柯远来到松溪社区调研。\n在杏岭村，村民反映灌溉渠破损。副区长宁海{verb}了情况。\n")
    assert ("宁海", "杏岭村") in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("head", ["听取了解决", "作了解答", "给予了解决"])
def test_an_inquiry_verb_across_a_word_boundary_names_no_problems(head):
    facts = facts_of(f"5月3日，区长柯远来到松溪社区，{head}停车难、充电难等问题的方案。\n")
    assert not any(label.startswith(("决", "答")) for _, label in issues(facts))
    assert not issues(facts)


@pytest.mark.fast
def test_an_inquiry_verb_written_as_a_word_still_names_problems():
    facts = facts_of("5月3日，区长柯远来到松溪社区，详细了解停车难、充电难等问题。\n")
    assert issues(facts) == {("松溪社区", "停车难"), ("松溪社区", "充电难")}


# 2. the head of the unit the official was taken to is the stop's host, no official


@pytest.mark.fast
@pytest.mark.parametrize(
    "stop, host",
    [
        ("红柳林场", "林场场长岑国栋陪同"),
        ("红柳林场", "在红柳林场场长岑国栋的陪同下"),
        ("白杨牧场", "牧场副场长岑国栋介绍了情况"),
        ("青禾农技站", "青禾农技站站长岑国栋汇报了工作"),
        ("东坪水文站", "水文站站长岑国栋陪同"),
    ],
)
def test_the_head_of_the_visited_unit_is_no_official(stop, host):
    facts = facts_of(f"6月9日，副县长柯远来到{stop}，{host}。\n")
    assert posts(facts) == {"柯远": ["副县长"]}
    assert ("柯远", stop) in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("post", ["林场场长", "县水文站站长", "镇农技站站长"])
def test_a_unit_head_not_of_the_visited_unit_keeps_the_post(post):
    # precision: the unit is not the stop (the head visits, or comes along to a village)
    facts = facts_of(f"6月9日，副县长柯远来到杏岭村，{post}岑国栋陪同。\n")
    assert posts(facts)["岑国栋"] == [post]


# 3. an official among the listed raisers: the subject speaks as an official, no issue


@pytest.mark.fast
@pytest.mark.parametrize(
    "subject",
    ["居民邵春燕、副区长宁海", "副区长宁海、居民邵春燕", "村民邵春燕、镇长宁海", "居民邵春燕、区住建局局长宁海"],
)
@pytest.mark.parametrize("act", ["反映", "提出，"])
def test_an_official_in_the_list_of_raisers_raises_no_issue(subject, act):
    facts = facts_of(f"5月3日，区长柯远来到松溪社区。{subject}{act}小区停车难。\n")
    assert issues(facts) == set()


@pytest.mark.fast
@pytest.mark.parametrize("other", ["社区党委书记宁海", "区人大代表宁海", "楼组长宁海"])
def test_a_cadre_or_deputy_in_the_list_of_raisers_still_raises(other):
    # precision: community cadres and deputies speak for residents (the gold's convention)
    facts = facts_of(f"5月3日，区长柯远来到松溪社区。居民邵春燕、{other}反映小区停车难。\n")
    assert issues(facts) == {("松溪社区", "小区停车难")}


# 4. a bare judgement (我很不满意) names no matter: no issue; the clause before is the issue


@pytest.mark.fast
@pytest.mark.parametrize("judgement", ["我很不满意", "大家都非常着急", "居民们有点失望", "我们心里很窝火"])
def test_a_bare_judgement_after_the_matter_is_no_issue(judgement):
    facts = facts_of(f"5月3日，区长柯远来到松溪社区。居民邵春燕反映楼道灯长期不亮，{judgement}。\n")
    assert issues(facts) == {("松溪社区", "楼道灯长期不亮")}


@pytest.mark.fast
@pytest.mark.parametrize("judgement", ["我很不满意", "大家都很着急"])
def test_a_bare_judgement_alone_is_no_issue(judgement):
    facts = facts_of(f"5月3日，区长柯远来到松溪社区。居民邵春燕说：“{judgement}。”\n")
    assert issues(facts) == set()


@pytest.mark.fast
def test_a_judgement_naming_its_matter_stays_an_issue():
    # precision: the object judged (对物业服务) is the matter
    facts = facts_of("5月3日，区长柯远来到松溪社区。居民邵春燕反映对物业服务很不满意。\n")
    assert {label for _, label in issues(facts)} and all("物业服务" in label for _, label in issues(facts))


# 5. a problem word naming a group of people (困难群众) states no problem


@pytest.mark.fast
@pytest.mark.parametrize("group", ["困难群众", "困难家庭", "困难户", "就业困难人员"])
@pytest.mark.parametrize(
    "clause",
    ["社区书记邵春燕介绍，社区建立了{}帮扶台账", "居民们说，社区对{}照顾得很周到"],
)
def test_a_group_of_people_named_by_a_problem_word_is_no_issue(group, clause):
    facts = facts_of(f"5月3日，区长柯远来到松溪社区。{clause.format(group)}。\n")
    assert issues(facts) == set()


@pytest.mark.fast
@pytest.mark.parametrize("complaint", ["困难群众就医难", "老人上下楼困难", "困难家庭孩子上学不方便"])
def test_a_problem_stated_of_such_a_group_stays_an_issue(complaint):
    # precision: the group is the subject of a problem predicate of its own
    facts = facts_of(f"5月3日，区长柯远来到松溪社区。居民邵春燕反映{complaint}。\n")
    assert issues(facts) == {("松溪社区", complaint)}


# 6. an autonomous unit written in full or short is one place; a prefecture and its city are two


def keys_named(facts) -> dict[str, str]:
    return {p.name: key for key, p in facts.places.items()}


@pytest.mark.fast
@pytest.mark.parametrize(
    "full, short, county",
    [
        ("红岭彝族自治州", "红岭州", "石门县"),
        ("青川苗族侗族自治州", "青川州", "石门县"),
        ("白河藏族自治州", "白河州", "石门县"),
    ],
)
def test_an_autonomous_prefecture_in_full_and_short_is_one_place(full, short, county):
    facts = facts_of(f"5月3日，州长柯远来到{full}{county}调研。次日，柯远到{short}松岭镇调研。\n")
    assert len({key.split("/")[0] for key in facts.places}) == 1


@pytest.mark.fast
def test_an_autonomous_county_in_full_and_short_is_one_place():
    from kg.extract.place_identity import core

    assert core("石门彝族自治县") == core("石门县") == "石门"
    assert core("红岭满族蒙古族自治县") == core("红岭县")


@pytest.mark.fast
@pytest.mark.parametrize("name", ["红岭", "白河", "青川"])
def test_a_prefecture_and_the_city_of_its_name_stay_two_places(name):
    # precision: the level word keeps them apart (州 is no 市)
    facts = facts_of(f"5月3日，副州长柯远来到{name}州，随后到{name}市松岭街道。\n")
    keys = keys_named(facts)
    assert keys[f"{name}州"] != keys[f"{name}市"]


# 7. a member word after a team's head in a shared list: the member holds the team's post


@pytest.mark.fast
@pytest.mark.parametrize(
    "companions, expected",
    [
        ("驻村工作队队长岑国栋、队员邵春燕陪同", {"邵春燕": ["驻村工作队队员"]}),
        ("乡村振兴工作队队长岑国栋，队员邵春燕、宁海陪同", {"邵春燕": ["乡村振兴工作队队员"], "宁海": ["乡村振兴工作队队员"]}),
        ("区巡察组组长岑国栋、组员邵春燕陪同", {"邵春燕": ["区巡察组组员"]}),
        ("县督导组组长岑国栋、成员邵春燕陪同", {"邵春燕": ["县督导组成员"]}),
    ],
)
def test_a_member_after_a_teams_head_holds_the_teams_member_post(companions, expected):
    facts = facts_of(f"5月3日，副县长柯远来到青石镇杏岭村，{companions}。\n")
    got = posts(facts)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.fast
@pytest.mark.parametrize("other", ["村民邵春燕", "队员们", "组员邵春燕"])
def test_no_member_post_for_another_word_or_team_type(other):
    # precision: a resident, a plural common noun, or a 组's member after a 队's head
    facts = facts_of(f"5月3日，副县长柯远来到青石镇杏岭村，驻村工作队队长岑国栋、{other}陪同。\n")
    assert set(posts(facts)) == {"柯远", "岑国栋"}
