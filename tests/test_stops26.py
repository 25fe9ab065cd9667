"""Session 26: the stop is the most specific named place.  An estate the party
stands in after reaching its community, a farm's management areas and estates, a
regiment's companies written alone, two villages told in turn, the 嘎查 of
several 苏木 reached together: each is the stop, and the issues raised there go to
it.  A determiner or quantifier after a named parent (X镇部分村庄) names no place.
Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, parent_name, visits


def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


# ---------------------------------------------------------------- estates in a community


@pytest.mark.fast
@pytest.mark.parametrize(
    "area, unit, estate, residents",
    [
        ("南关街道", "福安社区", "梧桐苑小区", "居民反映"),
        ("城西街道", "松江居民区", "翠湖苑", "居民们围了上来，你一言我一语地反映"),
        ("柳河镇", "柳河村", "幸福家园小区", "村民反映"),
    ],
)
def test_an_estate_opening_the_next_paragraph_is_the_stop_inside_the_unit(area, unit, estate, residents):
    facts = facts_of(
        f"9月3日上午，区长刘海波来到{area}{unit}，察看老旧小区改造情况。\n\n"
        f"在{estate}，{residents}：楼道灯不亮。\n"
    )
    assert visits(facts) == {("刘海波", estate)}
    assert issues(facts) == {(estate, "楼道灯不亮")}
    assert parent_name(facts, estate) == unit


@pytest.mark.fast
def test_an_estate_entered_in_the_sentence_of_the_community_is_the_stop():
    facts = facts_of("9月3日上午，区长刘海波走进福安社区，在梧桐苑小区察看改造情况，居民反映楼道灯不亮。\n")
    assert visits(facts) == {("刘海波", "梧桐苑小区")}
    assert parent_name(facts, "梧桐苑小区") == "福安社区"


@pytest.mark.fast
def test_a_community_where_something_was_done_stays_a_stop_beside_its_estate():
    # 听取汇报 is done at the community itself: a stop of its own
    facts = facts_of(
        "9月3日上午，区长刘海波来到南关街道福安社区，听取社区工作汇报。\n\n在梧桐苑小区，居民反映楼道灯不亮。\n"
    )
    assert visits(facts) == {("刘海波", "福安社区"), ("刘海波", "梧桐苑小区")}
    assert issues(facts) == {("梧桐苑小区", "楼道灯不亮")}


@pytest.mark.fast
@pytest.mark.parametrize("looked", ["察看了社区长者食堂", "察看了垃圾分类亭"])
def test_a_community_where_something_of_its_own_was_looked_at_stays_a_stop(looked):
    facts = facts_of(
        f"9月3日上午，区长刘海波来到南关街道福安社区，{looked}。\n\n在梧桐苑小区，居民反映楼道灯不亮。\n"
    )
    assert visits(facts) == {("刘海波", "福安社区"), ("刘海波", "梧桐苑小区")}


@pytest.mark.fast
def test_a_community_visited_alone_keeps_its_visit_and_issues():
    facts = facts_of("9月3日上午，区长刘海波来到南关街道福安社区，察看老旧小区改造情况。居民反映楼道灯不亮。\n")
    assert visits(facts) == {("刘海波", "福安社区")}
    assert issues(facts) == {("福安社区", "楼道灯不亮")}


# ---------------------------------------------------------------- a farm's units


@pytest.mark.fast
@pytest.mark.parametrize(
    "farm, area, estate_written, estate",
    [
        ("红旗农场", "第五管理区", "农场场部安康小区", "场部安康小区"),
        ("青松林场", "第十二管理区", "林场场部松涛小区", "场部松涛小区"),
    ],
)
def test_a_farms_management_area_and_estate_are_the_stops(farm, area, estate_written, estate):
    facts = facts_of(
        f"10月12日，北大荒集团红兴分公司党委书记、董事长陈立国一行到{farm}，走访{area}和{estate_written}。\n\n"
        f"在{area}，职工反映晒场不够用，农机库房漏雨。\n\n在{estate[2:]}，居民反映冬季供暖不达标。\n"
    )
    assert visits(facts) == {("陈立国", area), ("陈立国", estate)}
    assert parent_name(facts, area) == farm and parent_name(facts, estate) == farm
    assert issues(facts) == {(area, "晒场不够用"), (area, "农机库房漏雨"), (estate, "冬季供暖不达标")}


@pytest.mark.fast
def test_a_farm_visited_alone_stays_the_stop():
    facts = facts_of("10月12日，区长陈立国来到红旗农场，察看秋收进度，听取农场工作汇报。\n")
    assert visits(facts) == {("陈立国", "红旗农场")}


@pytest.mark.fast
def test_a_named_management_area_keeps_its_county_level():
    # only a numbered 管理区 is a farm's unit; a named one may be a county-level area
    from kg.extract.place_segments import segment

    assert segment("第三管理区")[-1].level == "community"
    assert segment("白湖管理区")[-1].level == "district"


@pytest.mark.fast
def test_a_headline_place_followed_by_a_post_title_is_no_scene():
    facts = facts_of(
        "红兴分公司领导到红旗农场走访职工\n\n"
        "10月12日，北大荒集团红兴分公司党委书记陈立国一行到红旗农场，走访第五管理区。\n"
    )
    assert visits(facts) == {("陈立国", "第五管理区")}


# ---------------------------------------------------------------- a regiment's companies


@pytest.mark.fast
@pytest.mark.parametrize(
    "regiment, companies",
    [("一〇三团", ("二连", "七连")), ("一四七团", ("五连", "十二连")), ("二二四团", ("一连", "三连"))],
)
def test_companies_written_alone_after_their_regiment_are_stops(regiment, companies):
    a, b = companies
    facts = facts_of(
        f"8月5日，第三师副师长张卫东一行深入{regiment}，先后走访{a}、{b}和团部育才社区。\n\n"
        f"在{a}，职工们反映，连队道路坑洼不平。\n\n在{b}，职工反映连队卫生室缺少药品。\n"
    )
    assert visits(facts) == {("张卫东", regiment + a), ("张卫东", regiment + b), ("张卫东", "团部育才社区")}
    assert issues(facts) == {(regiment + a, "连队道路坑洼不平"), (regiment + b, "连队卫生室缺少药品")}
    assert parent_name(facts, regiment + a) == regiment


@pytest.mark.fast
@pytest.mark.parametrize(
    "text",
    [
        "8月5日，区长张卫东来到红旗社区，随后走访三连、七连。\n",  # no regiment named: no company
        "8月5日，第三师副师长张卫东深入一〇三团，观看了三连冠得主的表演。\n",  # a record, no company
    ],
)
def test_a_numbered_lian_is_no_company_without_its_regiment_or_as_a_word_part(text):
    assert not any(n.endswith(("三连", "七连")) for n in place_names(facts_of(text)))


# ---------------------------------------------------------------- determiners after a parent


@pytest.mark.fast
@pytest.mark.parametrize(
    "written, parent",
    [("西岭镇部分村庄", "西岭镇"), ("江滨街道各社区", "江滨街道"), ("柳林镇一些村庄", "柳林镇"), ("柳林镇有关村", "柳林镇")],
)
def test_a_quantified_leaf_after_a_named_parent_is_no_place(written, parent):
    facts = facts_of(f"4月2日，区长王明到{written}走访调研，群众反映道路破损。\n")
    assert visits(facts) == {("王明", parent)}
    assert not any(n != parent and n.startswith(parent) for n in place_names(facts))


@pytest.mark.fast
def test_the_villages_visited_later_are_the_stops_not_some_villages():
    facts = facts_of(
        "2025年4月上旬，县人大代表孙建国、周丽到东湖镇、西岭镇部分村庄开展走访活动。\n\n"
        "4月8日，代表们来到东湖镇南庄村，村民反映村内道路没有路灯。\n"
    )
    assert ("孙建国", "南庄村") in visits(facts)
    assert not any("部分" in n for n in place_names(facts))


@pytest.mark.fast
@pytest.mark.parametrize("village", ["那平村", "其乐村", "另山村"])
def test_a_name_opening_like_a_determiner_stays_a_place(village):
    facts = facts_of(f"4月2日，区长王明来到柳林镇{village}调研，村民反映道路破损。\n")
    assert visits(facts) == {("王明", village)}


# ---------------------------------------------------------------- stops told in turn


@pytest.mark.fast
@pytest.mark.parametrize("cadre", ["村委会主任邢海峰", "村党支部书记邢海峰"])
def test_a_cadre_of_the_next_village_visited_speaks_for_it(cadre):
    facts = facts_of(
        "3月12日，镇长孙立新一行先后走访了镇内的柳湾村、石门村和沙河村。\n\n"
        f"柳湾村村民反映，渔港泊位紧张。石门村{cadre}说，村里的自来水管道老旧。\n"
    )
    assert ("石门村", "村里的自来水管道老旧") in issues(facts)
    assert ("柳湾村", "村里的自来水管道老旧") not in issues(facts)


@pytest.mark.fast
def test_a_cadre_of_a_village_not_visited_speaks_where_the_party_is():
    facts = facts_of("3月12日，镇长孙立新来到柳湾村，召开座谈会。石门村党支部书记邢海峰说，村里的自来水管道老旧。\n")
    assert issues(facts) == {("柳湾村", "村里的自来水管道老旧")}


@pytest.mark.fast
def test_the_gacha_of_several_sumu_reached_together_are_the_stops():
    facts = facts_of(
        "近日，阿鲁旗旗委书记乌恩先后深入巴音镇、白音苏木和乌兰苏木，调研嘎查村发展情况。\n\n"
        "在巴音镇查干嘎查，牧民们反映饲草料储备不足。在白音苏木宝力格嘎查，村民提出希望硬化道路。"
        "在乌兰苏木塔拉嘎查，嘎查达那顺说，嘎查集体经济薄弱。\n"
    )
    assert visits(facts) == {("乌恩", "查干嘎查"), ("乌恩", "宝力格嘎查"), ("乌恩", "塔拉嘎查")}
    assert parent_name(facts, "塔拉嘎查") == "乌兰苏木"


@pytest.mark.fast
def test_a_village_cadre_speaking_at_a_meeting_makes_no_visit():
    facts = facts_of(
        "5月21日，县政协在柳河镇新时代文明实践所举办协商座谈会。县政协主席何永清主持会议。\n\n"
        "座谈中，石门村党支部书记段志刚反映，村里养殖户粪污乱堆乱放。\n"
    )
    # (新时代文明实践所 is generic, labelled with the town holding it: session 36)
    assert visits(facts) == {("何永清", "柳河镇新时代文明实践所")}
