"""Faults the lead found in session 13.  Every fixture is invented; each test
runs the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, posts, visits


def _posts(facts, name: str) -> set[str]:
    return set(posts(facts).get(name, []))


@pytest.mark.fast
@pytest.mark.parametrize("first, second", [("区委副书记", "区长"), ("镇党委书记", "镇长"),
                                           ("县政协副主席", "县工商联主席")])
def test_posts_held_at_once_are_two_posts(first, second):
    # 兼 joins two titles of one person, as 、 does: each is a post of its own
    text = f"2025年4月8日，青川{first}兼{second}冯立群来到柳林街道桃源社区，居民反映小区路灯损坏。\n"
    facts = facts_of(text)
    assert {first, second} <= {p.removeprefix("青川") for p in _posts(facts, "冯立群")}


@pytest.mark.fast
def test_a_concurrent_post_verb_is_no_joiner():
    # 兼任 is a verb after the name, not two titles joined in a byline
    text = "2025年4月8日，区长冯立群来到柳林街道桃源社区。冯立群兼任区防汛指挥部总指挥。\n"
    facts = facts_of(text)
    assert _posts(facts, "冯立群") and all("兼" not in p for p in _posts(facts, "冯立群"))


@pytest.mark.fast
def test_a_surname_the_tagger_reads_as_a_conjunction_after_a_title():
    # 和 is a surname (common in Yunnan): a nameless title before a movement verb is not "the head and X"
    text = "2025年11月12日，青川县县长和振东来到松坪乡羊场村。村民反映，村里的核桃卖不出去。\n"
    facts = facts_of(text)
    assert ("和振东", "羊场村") in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("lead", ["区委书记和丽海，区长柏文分别深入", "区委书记和丽海与区长柏文分别深入",
                                  "区长柏文和区委书记和丽海分别深入", "区长柏文，区委书记和军云分别深入"])
def test_a_surname_read_as_a_conjunction_in_a_list_of_officials(lead):
    # the officials of a lead sentence, each with a title: 和丽海 is one of them wherever listed
    text = (f"1月1日，{lead}社区一线，开展联系服务群众活动。\n柏文来到东湖街道新华居委会，听取居民意见。\n"
            "和丽海暗访胜利镇长风居委会，听取居民意见。\n")
    facts = facts_of(text)
    # (和军云: the tagger reads the given name as a noun, 军云/n)
    name = "和军云" if "和军云" in lead else "和丽海"
    facts = facts_of(text.replace("和丽海", name))
    assert {("柏文", "新华居委会"), (name, "长风居委会")} <= visits(facts)


@pytest.mark.fast
def test_a_surname_the_tagger_reads_as_a_preposition_opening_a_clause():
    text = ("2025年11月12日，和丽萍副县长来到松坪乡羊场村。村民反映，村里的核桃卖不出去。"
            "村支书说，去年向李明远副县长汇报过。\n")
    facts = facts_of(text)
    assert ("和丽萍", "羊场村") in visits(facts)
    assert "李明远" in posts(facts) and "向李明远" not in posts(facts)


@pytest.mark.fast
def test_a_short_line_inside_a_ragged_wrap_is_joined():
    # the second line is far shorter than the others, but it goes on from a wrapped
    # line and stops mid-sentence: a hand wrap, not a headline
    text = ("2025年10月9日，青川区委副书记、政法委书记\n钟明远来到柳林街道\n桃源社区，调研基层治理工作。"
            "社区居民反映，小区停车位不足，\n晚上车辆乱停。钟明远要求街道研究解决。\n")
    facts = facts_of(text)
    assert ("钟明远", "桃源社区") in visits(facts)


@pytest.mark.parametrize("label, concept", [
    ("日间照料中心床位少", "ElderlyCare"),  # the scheme's word classes (ontology/issues.ttl): care,
    ("小区离医院太远，拿药不便", "Healthcare"),  # medicine, transport, water and heating,
    ("路口没有红绿灯", "Traffic"),  # funds and staff, jobs: what residents raise
    ("村里没有公共厕所", "PublicFacilities"),  # everywhere, not only in one report
    ("冬天室温上不去", "PublicFacilities"),
    ("车间订单不稳定", "Livelihoods"),
    ("维修经费没有来源", "Governance"),
    ("过渡费发放不及时", "Housing"),
    ("就餐高峰座位紧张", "SeniorMeals"),  # a rush hour at a canteen is no traffic: the meal service
])
def test_everyday_wording_has_its_category(label, concept):
    from kg.extract.issue_scheme import categorise

    assert categorise(label) == concept


@pytest.mark.fast
@pytest.mark.parametrize("note", ["（简称柳港二村）", "（以下简称“柳港二村”）"])
def test_a_short_name_the_report_defines_is_the_same_place(note):
    text = (f"2025年6月3日，区长柯文远来到白沙街道柳港新村第二居民区{note}。"
            "在柳港二村，居民代表说电线老化严重。柯文远要求尽快排查。\n")
    facts = facts_of(text)
    short = [p for p in facts.places.values() if p.name == "柳港二村"]
    assert not short  # no second place
    full = next(p for p in facts.places.values() if p.name == "柳港新村第二居民区")
    assert "柳港二村" in full.alt_labels
    assert {i.place for i in facts.issues} == {full.key}


@pytest.mark.fast
def test_characters_lost_outside_a_name_are_not_given_a_names_part():
    # 某 stands for an unknown part of a name (after a surname); in an ordinary word
    # the label shows □, the editions' mark for a character that cannot be read
    text = "2025年6月3日，区长王??明来到朝阳街道新华社区。居民反映，社区里的??路年久失修。\n"
    facts = facts_of(text)
    assert "王某某明" in posts(facts)
    labels = {i.label for i in facts.issues}
    assert any("□□路" in label for label in labels) and not any("某" in label for label in labels), labels


@pytest.mark.fast
@pytest.mark.parametrize("title", ["副乡长", "副镇长"])
def test_a_title_after_a_locative_opens_no_place(title):
    # 在副乡长X陪同下: 副乡 is no town (a place never opens with a title head)
    text = f"2025年11月3日，河西乡乡长苗振宇在{title}顾春燕陪同下来到柿子沟村。村民反映，手机信号很差。\n"
    facts = facts_of(text)
    assert not [p for p in facts.places.values() if p.name.startswith("副")]
    assert ("苗振宇", "柿子沟村") in visits(facts)
    assert {i.place for i in facts.issues} == {next(p.key for p in facts.places.values() if p.name == "柿子沟村")}


@pytest.mark.fast
@pytest.mark.parametrize("inside", ["帐篷里", "院子里", "屋子里"])
def test_in_an_enclosure_is_no_lane_estate(inside):
    # 里 after an enclosure word (place_suffixes.tsv) is the locative "in": the issues stay at the village
    text = f"2025年7月2日，副县长马永成来到欧拉镇秀哇村。村民们围坐在{inside}，说出了心里话：冬季草料不够，牲畜暖棚太少。\n"
    facts = facts_of(text)
    assert not [p for p in facts.places.values() if p.name.endswith("里")]
    assert {i.place for i in facts.issues} == {next(p.key for p in facts.places.values() if p.name == "秀哇村")}
