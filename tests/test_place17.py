"""Visits, places and officials on unseen reports, session 17: each test is one
kind of failure found on reports the parser had not seen, closed by a mechanism
(a frame, a word class, the analyser's reading).  Every fixture is invented;
the tests run the real pipeline."""

from __future__ import annotations

import pytest

from kg.extract.place_proper_part import has_proper_part
from kg.extract.place_parse import parse_at
from tests.extraction import facts_of, issues, visits


@pytest.mark.fast
def test_a_title_with_its_prefix_opens_no_place():
    # 常务副区长 at a headline's start: 常务副区 is no district, and the visits
    # of the body lie in the subdistrict the official came to, not in it
    facts = facts_of(
        "常务副区长邵启明走访春雨市场和梧桐苑小区\n\n"
        "4月2日上午，区委常委、常务副区长邵启明来到雁湖路街道，实地走访春雨市场和梧桐苑小区。"
    )
    assert not any("副区" in p.name for p in facts.places.values())
    assert visits(facts) == {("邵启明", "春雨市场"), ("邵启明", "梧桐苑小区")}
    assert parse_at("专职副书记", 0) is None


@pytest.mark.fast
def test_a_directive_to_others_is_no_visit():
    # 要求相关部门赶赴X: those told to go make the visit, not the official
    facts = facts_of("2025年6月3日，区长彭立山听取汇报后，要求相关部门赶赴柳塘街道排查隐患。")
    assert visits(facts) == set()
    facts = facts_of("2025年6月3日，区长彭立山责成区水务局前往柳塘街道抢修管网。")
    assert visits(facts) == set()


@pytest.mark.fast
def test_an_unlisted_verb_after_a_clause_of_the_same_subject():
    # a clause of manner between the name and the verb, the subject elided after the comma
    facts = facts_of("2025年6月3日，区长彭立山不打招呼、不带随员，直奔柳塘街道翠微小区。居民反映，楼道堆物多。")
    assert visits(facts) == {("彭立山", "翠微小区")}
    assert issues(facts) == {("翠微小区", "楼道堆物多")}


@pytest.mark.fast
def test_an_elided_clause_opened_by_others_is_theirs():
    # 各单位要直奔X: a new subject opens the clause after the comma
    facts = facts_of("2025年6月3日，区长彭立山强调，各单位负责人直奔柳塘街道翠微小区。")
    assert visits(facts) == set()


@pytest.mark.fast
def test_a_manner_adverb_before_a_verb_blocks_nothing():
    # 径直走进: 直 ends the adverb, it makes no other word of 走进
    facts = facts_of("2025年6月3日，区长彭立山径直走进柳塘街道翠微小区，查看消防通道。")
    assert visits(facts) == {("彭立山", "翠微小区")}


@pytest.mark.fast
def test_a_list_announced_by_a_forward_reference():
    # 走访以下点位： then the items: each item's place is a stop
    facts = facts_of(
        "2024年9月12日，市政府副秘书长戴文澜带领督查组到临川县督查人居环境整治。\n\n"
        "督查组先后走访以下点位：\n"
        "· 石岭镇石岭村：察看污水管网，村民反映沟渠淤塞；\n"
        "· 长宁路社区锦绣花苑小区：居民反映垃圾桶破损。"
    )
    assert {p for _, p in visits(facts)} >= {"石岭村", "锦绣花苑小区"}
    assert ("锦绣花苑小区", "垃圾桶破损") in issues(facts)


@pytest.mark.fast
def test_a_given_name_read_as_a_verb_before_a_movement_verb():
    # 蓝/PER 启航/v 到: the two characters between the surname and 到 are the given name
    facts = facts_of("2025年3月9日，县长蓝启航到甲溪乡调研。")
    assert visits(facts) == {("蓝启航", "甲溪乡")}


@pytest.mark.fast
def test_an_act_after_a_post_whose_holder_is_named_is_no_official():
    # the headline names the official by post, then acts (入户走访, 督导检查)
    facts = facts_of(
        "青溪街道党工委书记入户走访望江新村\n\n"
        "5月6日，青溪街道党工委书记骆晓岚深入望江新村，走访独居老人。"
    )
    assert {o.name for o in facts.officials.values()} == {"骆晓岚"}
    assert visits(facts) == {("骆晓岚", "望江新村")}


@pytest.mark.fast
def test_a_unit_named_after_a_site():
    # 渡口 and 码头 are site words; before a town's or village's type word they name it
    assert has_proper_part("渡口镇") and has_proper_part("码头村") and has_proper_part("渡口镇卫生院")
    assert not has_proper_part("社区村")
    facts = facts_of("2025年3月9日，县长许青山来到码头镇敬老院，看望老人。老人们说，冬天洗澡不方便。")
    assert visits(facts) == {("许青山", "码头镇敬老院")}
    assert issues(facts) == {("码头镇敬老院", "冬天洗澡不方便")}


@pytest.mark.fast
def test_a_movement_verb_takes_a_name_opened_by_a_preposition_character():
    # 来到向阳区…: 向 right after a movement verb opens the name, it is no preposition there
    facts = facts_of("2025年12月2日，市住建局局长施文博来到向北区第二供热站，检查锅炉运行。")
    assert {p for _, p in visits(facts)} == {"向北区第二供热站"}
    facts = facts_of("2025年12月2日，居民向北区信访办反映供热问题。区长施文博来到平安社区。")
    assert visits(facts) == {("施文博", "平安社区")}


@pytest.mark.fast
def test_a_headline_list_of_names_keeps_its_misread_name():
    # 甄立新, read as a verb everywhere, is a list's name: no title right before it
    facts = facts_of("区人大代表龚海平、贲志远、甄立新走进丹桂苑小区\n\n6月3日，区人大代表龚海平、贲志远、甄立新走进丹桂苑小区。")
    assert {o.name for o in facts.officials.values()} >= {"龚海平", "贲志远"}
    assert len(facts.officials) == 3


@pytest.mark.fast
def test_a_tour_paragraph_opening_at_a_place_in_the_area_is_a_stop():
    # 在甲溪乡枫树村，村民说…: the party touring the township is at the village
    facts = facts_of(
        "2024年5月6日，县长柯明远来到岭南乡调研乡村振兴工作。\n\n"
        "在岭南乡松坪村，村民说，村里的路太窄，雨天出行难。柯明远要求乡里尽快拓宽。\n\n"
        "在岭南乡茶岗村，柯明远察看了茶叶加工厂。村民反映，茶叶销路不畅。"
    )
    assert visits(facts) == {("柯明远", "松坪村"), ("柯明远", "茶岗村")}
    assert ("松坪村", "村里的路太窄") in issues(facts)


@pytest.mark.fast
def test_a_lede_before_any_visit_sets_no_stop():
    # no tour is under way: the opening 在X names no one's stop
    facts = facts_of("在岭南乡松坪村，村民说，村里的路太窄。\n\n2024年5月6日，县长柯明远来到岭南乡茶岗村。")
    assert visits(facts) == {("柯明远", "茶岗村")}


@pytest.mark.fast
def test_a_sentence_moving_on_from_its_opening_place_ends_at_the_later_stop():
    # 在X，…后，步行来到Y，… then residents raise: at Y, where the sentence ended
    facts = facts_of(
        "2024年7月11日，区长纪云峰检查地铁5号线南湖站、杏坛路站施工现场。\n\n"
        "在杏坛路站，纪云峰察看盾构准备情况后，步行来到附近的杏坛小区，听取居民意见。居民们提出，夜间施工噪音大。"
    )
    assert ("纪云峰", "杏坛小区") in visits(facts)
    assert issues(facts) == {("杏坛小区", "夜间施工噪音大")}


@pytest.mark.fast
def test_sections_of_a_visited_site_are_no_districts():
    # 察看水产区、熟食区 inside the market visited: its sections; the issues stay at the market
    facts = facts_of(
        "9月3日，县长罗文山首先来到城北农贸市场，逐一察看干货区、禽蛋区改造情况。"
        "一位摊主问：“改造期间临时摊位设在哪里？”"
    )
    assert visits(facts) == {("罗文山", "城北农贸市场")}
    assert {p for p, _ in issues(facts)} == {"城北农贸市场"}
