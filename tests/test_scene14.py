"""Where visits and issues are placed, session 14: faults users met (a town's
facility after a village, a Markdown list of stops, a residents' word read as
a place's type word, an organ word inside a written place, a visit told as
carrying residents' views to a place).  Every fixture is invented; each test
runs the real pipeline."""

from __future__ import annotations

import pytest

from kg.extract.place_segments import segment
from kg.extract.places import named_area
from tests.extraction import facts_of, issues, parent_name, visits


def _texts(segments) -> list[str]:
    return [s.text for s in segments]


# ---------------------------------------------------------------- a town's facility after a village


@pytest.mark.fast
def test_a_facility_named_after_another_town_is_no_part_of_the_village_before_it():
    facts = facts_of(
        "5月9日，县长程远航来到青枫镇柏树村，察看了村里的水渠。随后来到云岭镇敬老院，了解老人生活情况。\n"
    )
    found = visits(facts)
    assert ("程远航", "柏树村") in found  # the village stays a stop of its own
    assert ("程远航", "云岭镇敬老院") in found
    assert parent_name(facts, "云岭镇敬老院") != "柏树村"


@pytest.mark.fast
def test_a_facility_of_the_villages_own_town_lies_in_that_town_not_the_village():
    facts = facts_of(
        "5月9日，县长程远航来到青枫镇柏树村，察看了村里的水渠。随后来到青枫镇卫生院，了解基层医疗情况。\n"
    )
    assert {("程远航", "柏树村"), ("程远航", "青枫镇卫生院")} <= visits(facts)
    assert parent_name(facts, "青枫镇卫生院") == "青枫镇"


@pytest.mark.fast
def test_a_facility_named_after_no_area_still_lies_in_the_village_visited():
    facts = facts_of("5月9日，县长程远航来到青枫镇柏树村，随后走进柏树村卫生室，了解村医坐诊情况。\n")
    assert parent_name(facts, "柏树村卫生室") == "柏树村"
    assert named_area("柏树村卫生室") is None and named_area("云岭镇敬老院").text == "云岭镇"


# ---------------------------------------------------------------- a Markdown list of stops


@pytest.mark.fast
@pytest.mark.parametrize("marker", ["- ", "* ", "1. "])
def test_a_visit_verb_closing_its_line_with_a_colon_visits_each_listed_stop(marker):
    second = "2. " if marker == "1. " else marker
    text = (
        "6月2日，副县长苏晓岚先后来到：\n\n"
        f"{marker}石桥村：察看了新修的机耕道，听取村民意见。\n"
        f"{second}望江社区：了解老旧小区改造进度。\n"
    )
    assert {("苏晓岚", "石桥村"), ("苏晓岚", "望江社区")} <= visits(facts_of(text))


@pytest.mark.fast
def test_a_list_after_a_line_with_no_visit_verb_names_no_stops():
    text = (
        "6月2日，副县长苏晓岚来到石桥村调研。本月工作安排：\n"
        "- 望江社区：完成老旧小区改造验收。\n"
    )
    assert ("苏晓岚", "望江社区") not in visits(facts_of(text))


# ---------------------------------------------------------------- residents' words and organ words in names


@pytest.mark.fast
@pytest.mark.parametrize("residents", ["市民", "村民"])
def test_a_type_character_opening_a_residents_word_ends_no_place_name(residents):
    text = f"近日有{residents}向区长龙海波反映，小区停车位不够。6月3日，龙海波来到桂香社区察看停车情况。\n"
    facts = facts_of(text)
    assert all(not p.name.startswith("近日") for p in facts.places.values())
    assert ("龙海波", "桂香社区") in visits(facts)


@pytest.mark.fast
def test_a_subdistrict_written_with_its_organ_word_is_the_subdistrict_before_the_community():
    assert _texts(segment("松涛街道办事处竹林社区居委会")) == ["松涛街道", "竹林社区"]
    assert _texts(segment("溪口镇人民政府")) == ["溪口镇"]
    facts = facts_of("6月3日，区长龙海波来到松涛街道办事处竹林社区居委会，与居民座谈。居民反映小区路灯不亮。\n")
    assert ("龙海波", "竹林社区") in visits(facts)
    assert ("竹林社区", "小区路灯不亮") in issues(facts)


# ---------------------------------------------------------------- carrying views to a place


@pytest.mark.fast
@pytest.mark.parametrize("verb", ["带", "送"])
def test_an_official_carrying_views_to_a_named_place_visits_it(verb):
    text = f"6月5日，市人大代表方知远把网格群里的意见{verb}到了湖滨社区人大代表联络站，与居民面对面交流。\n"
    assert ("方知远", "湖滨社区人大代表联络站") in visits(facts_of(text))


@pytest.mark.fast
def test_carrying_views_to_a_meeting_or_an_unnamed_place_is_no_visit():
    text = "6月5日，市人大代表方知远来到湖滨社区，表示要把大家的意见带到人代会上，把政策送到村里。\n"
    assert visits(facts_of(text)) == {("方知远", "湖滨社区")}


@pytest.mark.fast
def test_the_place_a_resident_lives_in_is_visited_not_an_office_named_after_them():
    text = "6月3日，区长龙海波和代表们来到石长根所在的杉木巷小区，察看了雨污管网。\n"
    assert visits(facts_of(text)) == {("龙海波", "杉木巷小区")}


# ---------------------------------------------------------------- names and type words of the class


@pytest.mark.fast
def test_a_village_whose_name_opens_like_a_determiner_is_named():
    text = "12月1日，县长韦宁远先后到桂岭社区和那莫村走访。在那莫村，韦宁远察看了村里的饮水工程。村民反映，自来水一到旱季就断。\n"
    facts = facts_of(text)
    assert {("韦宁远", "桂岭社区"), ("韦宁远", "那莫村")} <= visits(facts)
    assert ("那莫村", "自来水一到旱季就断") in issues(facts)


@pytest.mark.fast
@pytest.mark.parametrize("generic", ["那个村", "这条街道", "某某社区", "各街镇", "其他村"])
def test_a_determiner_before_a_type_word_still_names_no_place(generic):
    from kg.extract.place_proper_part import is_named

    assert not (segment(generic) and is_named(segment(generic)))


@pytest.mark.fast
@pytest.mark.parametrize("estate", ["气象局宿舍", "纺织厂家属楼", "粮站宿舍院"])
def test_an_employers_housing_estate_is_a_stop_inside_its_community(estate):
    text = f"9月4日，副区长莫惠兰来到东坡街道青石社区{estate}，察看加装电梯进度。\n"
    facts = facts_of(text)
    assert ("莫惠兰", estate) in visits(facts)
    assert parent_name(facts, estate) == "青石社区"


# ---------------------------------------------------------------- a lede's sub-stop


LEDE = "“{q}”10月的一个傍晚，在平川县石岗乡杏花村{site}{where}，村民老付的一句话引来一片附和。\n\n当天，县政协主席卢明远带领部分委员到杏花村开展“委员进村”活动。村主任讲了村里的难事：村道坑洼多。\n"


@pytest.mark.fast
def test_a_visit_to_the_village_whose_group_the_lede_is_set_in_goes_to_that_group():
    facts = facts_of(LEDE.format(q="路啥时候修？", site="上坝小组", where="的晒场上"))
    assert visits(facts) == {("卢明远", "上坝小组")}
    assert ("上坝小组", "村道坑洼多") in issues(facts)


@pytest.mark.fast
def test_a_lede_set_in_the_villages_own_yard_moves_no_visit():
    facts = facts_of(LEDE.format(q="路啥时候修？", site="", where="的村委大院里"))
    assert visits(facts) == {("卢明远", "杏花村")}


@pytest.mark.fast
def test_a_lede_set_in_a_residents_home_moves_no_visit():
    facts = facts_of(LEDE.format(q="路啥时候修？", site="上坝小组", where="老付家中"))
    assert ("卢明远", "杏花村") in visits(facts)


# ---------------------------------------------------------------- common words that end in a type word


@pytest.mark.fast
def test_arriving_in_the_village_opens_no_place_of_its_own():
    text = "12月5日，乡长柯明哲来到青松乡红岩村。刚进村，村民石大有就迎上来说：“门口的路冻得全是冰。”\n"
    facts = facts_of(text)
    assert all(p.name != "刚进村" for p in facts.places.values())
    assert {place for place, _ in issues(facts)} <= {"红岩村"}


@pytest.mark.fast
@pytest.mark.parametrize("topic", ["乡村振兴示范项目", "农村人居环境整治项目"])
def test_the_countryside_written_with_a_type_word_is_no_village(topic):
    from kg.extract.place_proper_part import is_named

    segs = segment(topic)
    assert segs is None or not is_named(segs)
    text = f"12月6日，副市长温雅琴到山阳县调研{topic}建设情况。\n"
    assert all(place == "山阳县" for _, place in visits(facts_of(text)))


@pytest.mark.fast
def test_a_work_named_after_its_county_and_a_common_word_stays_a_stop():
    text = "12月6日，副市长温雅琴首先来到山阳县城乡供水一体化工程现场，了解工程进度。\n"
    assert len(visits(facts_of(text))) == 1 and not {p for _, p in visits(facts_of(text))} & {"山阳县"}


# ---------------------------------------------------------------- a raiser's home at a station (guards)


@pytest.mark.fast
@pytest.mark.parametrize("home", ["家住", "来自"])
def test_issues_of_a_raiser_named_with_their_home_stay_at_the_station(home):
    text = (
        "4月2日上午，区人大代表裴文渊来到荷塘小区察看加装电梯进度。\n"
        "下午，裴文渊来到柳堤街道人大代表联络站接待选民。"
        f"{home}荷塘小区的居民钟阿姨说，小区门口的路灯坏了半年。\n"
    )
    facts = facts_of(text)
    assert {("裴文渊", "柳堤街道人大代表联络站"), ("裴文渊", "荷塘小区")} <= visits(facts)
    assert {place for place, label in issues(facts) if "路灯" in label} == {"柳堤街道人大代表联络站"}


@pytest.mark.fast
def test_issues_of_raisers_named_with_their_place_still_go_there():
    text = (
        "4月2日，区长裴文渊先后来到荷塘小区和柳岸小区。荷塘小区的居民反映，小区门口的路灯坏了半年。\n"
    )
    assert ("荷塘小区", "小区门口的路灯坏了半年") in issues(facts_of(text))


@pytest.mark.fast
def test_meeting_residents_who_came_from_communities_is_no_visit_to_them():
    text = (
        "5月2日，区人大代表鲁青禾来到望湖街道人大代表联络站，"
        "与来自荷风社区、柳岸社区和竹影社区的居民代表面对面座谈。\n"
    )
    assert visits(facts_of(text)) == {("鲁青禾", "望湖街道人大代表联络站")}


# ---------------------------------------------------------------- an event's venue told after the visit


EVENT = "3月9日，区人大常委会主任聂文杰到松岭街道参加“民情恳谈会”，与群众代表面对面交流。\n\n恳谈会在{venue}举行。会上，居民代表说，{issue}。\n"


@pytest.mark.fast
def test_an_event_held_at_a_named_venue_inside_the_area_visited_puts_the_party_there():
    facts = facts_of(EVENT.format(venue="松岭街道青竹社区党群服务中心", issue="路口早晚高峰拥堵严重"))
    assert visits(facts) == {("聂文杰", "青竹社区党群服务中心")}
    assert {place for place, _ in issues(facts)} == {"青竹社区党群服务中心"}


@pytest.mark.fast
def test_an_event_held_in_a_room_or_another_area_adds_no_stop():
    assert visits(facts_of(EVENT.format(venue="街道会议室", issue="路口拥堵"))) == {("聂文杰", "松岭街道")}
    assert ("聂文杰", "柏溪镇青竹社区党群服务中心") not in visits(
        facts_of(EVENT.format(venue="柏溪镇青竹社区党群服务中心", issue="路口拥堵"))
    )
