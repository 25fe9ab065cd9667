"""A meeting told held at a venue holds the issues raised at it (invented fixtures)."""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast


def test_a_meeting_held_at_a_station_after_a_tour_holds_its_issues():
    # the venue is no visit the reading found; the issues are not the last stop's
    f = facts_of(
        "5月8日，区人大常委会主任罗文华来到青枫河生态廊道工程现场，察看工程进度。\n"
        "在青枫区人大代表中心联络站举行的座谈会上，居民代表反映，背街小巷路灯不亮。\n"
        "居民代表孔丽云说，小区门口的公交站台太远。\n"
    )
    got = issues(f)
    assert got and {place for place, _ in got} == {"青枫区人大代表中心联络站"}, got


def test_a_meeting_named_before_its_venue_holds_the_later_paragraphs():
    # 恳谈会在V举行: the visit went to the subdistrict; its residents spoke at V
    f = facts_of(
        "3月2日，区委书记冯卓然到白塔街道参加民情恳谈会。\n"
        "恳谈会在白塔街道红柳社区党群服务中心举行。会上，群众代表踊跃发言。\n"
        "居民代表乔冬梅说，红柳路口早晚高峰拥堵严重。\n"
        "会后，冯卓然还来到红柳社区松鹤小区，察看小区停车管理情况。居民反映，小区停车位不足。\n"
    )
    got = issues(f)
    assert ("红柳社区党群服务中心", "红柳路口早晚高峰拥堵严重") in got, got
    assert ("松鹤小区", "小区停车位不足") in got, got


def test_a_stop_inside_the_venue_ends_its_scope():
    # 座谈会在X街道召开 in the headline; the company visited inside X holds its own issues
    f = facts_of(
        "区政协“委员进园区”座谈会在枫林街道召开\n"
        "6月3日，区政协主席牛建业带领部分委员来到枫林街道，走访辖区企业。\n"
        "委员们首先走进海韵服饰有限公司，察看生产车间。公司负责人介绍，企业招工难问题突出。\n"
    )
    got = issues(f)
    assert got and {place for place, _ in got} == {"海韵服饰有限公司"}, got


def test_a_station_named_with_its_subdistrict_holds_issues_told_before_any_visit():
    # no visit read before the issues: the station, not the subdistrict inside its name
    f = facts_of(
        "10月9日是桂园街道人大代表联络站的固定接待日。\n"
        "当天值班接待的是区人大常委会主任陶德明。\n"
        "家住丹枫小区的邹阿姨说，小区二次供水水压不足。\n"
        "今年3月，市人大常委会副主任柯远航专程到桂园街道人大代表联络站调研。\n"
    )
    got = issues(f)
    assert got and {place for place, _ in got} == {"桂园街道人大代表联络站"}, got


def test_with_no_visit_a_station_written_with_its_subdistrict_outweighs_the_subdistrict():
    # 桂园街道 is written three times, but twice only as part of the station's name
    f = facts_of(
        "市政协“协商在基层”走进桂园街道\n"
        "11月5日下午，在桂园街道政协委员工作站，市政协委员与快递员围坐一堂开展协商。\n"
        "座谈中，快递员小林提出，片区里可供电动车充电的地方太少。\n"
        "近年来，桂园街道政协委员工作站每月开展委员接待日。\n"
    )
    got = issues(f)
    assert got and {place for place, _ in got} == {"桂园街道政协委员工作站"}, got


def test_of_two_stops_visited_together_the_one_the_paragraph_names_holds_its_issues():
    # 走进A村、B村: a paragraph about A村 raises A村's issues only, not both villages'
    f = facts_of(
        "1月6日晚，乡党委书记宋立川走进青岭村、石湾村的农户家中，察看群众取暖情况。\n"
        "村党支部书记韩启明介绍，青岭村地处深山，常住的多是老人。村里的困难主要有：自来水管经常冻裂，村卫生室缺少村医。\n"
        "在石湾村，村民马秀兰说，村口的漫水桥每年都被冲坏。\n"
    )
    got = issues(f)
    assert {place for place, label in got if "水管" in label} == {"青岭村"}, got


def test_a_building_of_a_named_estate_is_the_estate():
    # 在X新苑3号楼前，…: the building is a corner of the estate; the estate holds the issues
    from kg.extract.place_parse import parse_at

    text = "在柳岸新苑3号楼前，居民反映"
    chunk = parse_at(text, 1, len(text))
    assert chunk is not None and chunk.leaf.text == "柳岸新苑", chunk
    f = facts_of(
        "9月3日下午，区委副书记邱建明来到柳岸新苑，察看老旧小区改造情况。"
        "在柳岸新苑3号楼前，居民反映，楼顶一下雨就渗水。\n"
    )
    got = issues(f)
    assert got and {place for place, _ in got} == {"柳岸新苑"}, got


def test_a_named_poverty_relief_workshop_is_a_stop_of_its_own():
    # 扶贫车间 is a type word: the workshop, not the county written before its name
    from kg.extract.place_parse import parse_at

    text = "来到青川县锦绣服饰扶贫车间，"
    chunk = parse_at(text, 2, len(text))
    assert chunk is not None and chunk.leaf.text == "锦绣服饰扶贫车间", chunk
    f = facts_of(
        "7月9日，青川县县长蓝启明到城东街道走访调研。"
        "来到青川县锦绣服饰扶贫车间，蓝启明与正在忙碌的工人交谈。一位工人反映，车间计件工资偏低。\n"
    )
    got = issues(f)
    assert got and {place for place, _ in got} == {"锦绣服饰扶贫车间"}, got


@pytest.mark.parametrize("name, leaf", [("松岗村互助幸福院", "互助幸福院"), ("青禾街道晨曦社区托育点", "晨曦社区托育点")])
def test_a_village_mutual_aid_home_and_a_childcare_point_are_sites(name, leaf):
    # 幸福院 and 托育点 are facility type words: the facility, not the village or community before it
    from kg.extract.place_parse import parse_at

    text = f"来到{name}，"
    chunk = parse_at(text, 2, len(text))
    assert chunk is not None and chunk.text == name, chunk
    f = facts_of(f"3月5日，副县长邵启明来到{name}，察看运营情况。几位老人反映，冬天屋里太冷。\n")
    got = issues(f)
    assert got and all(leaf in place for place, _ in got), got


def test_a_numeral_before_a_type_word_counts_only_as_many_items_as_listed():
    # A、B两村 shares 村 over two items; A、B九村 does not: 九村 ends B's own name
    from kg.extract.place_lists import parse_list

    assert [c.text for c in parse_list("先后来到石榴河公园、沪闵路七村和长宁家园小区，", 4)] == ["石榴河公园", "沪闵路七村", "长宁家园小区"]
    assert [c.text for c in parse_list("云岗、柳溪、白塘三镇调研", 0)] == ["云岗镇", "柳溪镇", "白塘镇"]
    f = facts_of("4月25日，街道党工委书记鲁振华先后来到石榴河公园、沪闵路七村和长宁家园小区走访。\n在沪闵路七村，居民反映，小区门口菜摊占道经营。\n")
    assert ("沪闵路七村", "小区门口菜摊占道经营") in issues(f), issues(f)
