"""The place grammar: what a written place is, and what is only a phrase about places.

Every fixture is invented for these tests.
"""

import pytest

from kg.extract.place_proper_part import has_proper_part
from kg.extract.place_segments import segment
from kg.extract.place_lists import parse_list
from kg.extract.places import PlaceRegistry
from tests.extraction import facts_of, issues, parent_name, visits


def names(text: str) -> list[str]:
    """The places parse_list reads at the start of `text` (leaf as written)."""
    return [c.text for c in parse_list(text, 0)]


# ------------------------------------------------------------------ the suffix grammar
def test_a_written_chain_is_cut_after_administrative_suffixes():
    segs = segment("梧桐街道竹韵社区松涛大楼小区")
    assert [(s.text, s.level) for s in segs] == [
        ("梧桐街道", "subdistrict"),
        ("竹韵社区", "community"),
        ("松涛大楼小区", "site"),
    ]


def test_a_clause_running_into_a_scope_word_is_no_place_name():
    # 全区 after a clause is "the whole district", not a district named 今年被纳入全区
    assert segment("今年被纳入全区老旧小区") is None
    assert [s.text for s in segment("万全区东风社区")] == ["万全区", "东风社区"]  # one character before 全: a name
    f = facts_of("6月3日，副区长严明到青峰街道调研老旧小区改造。北园小区今年被纳入全区老旧小区改造计划。")
    assert visits(f) == {("严明", "青峰街道")}


def test_a_shanty_area_is_a_housing_type_not_a_district():
    assert [(s.text, s.level) for s in segment("东关棚户区")] == [("东关棚户区", "site")]
    f = facts_of("6月3日，副区长严明到青峰街道，走访棚户区改造回迁小区。严明首先来到北园社区的丰乐家园回迁小区。")
    assert visits(f) == {("严明", "丰乐家园回迁小区")}


def test_a_market_named_by_its_time_is_a_venue_not_a_city():
    assert [(s.text, s.type, s.level) for s in segment("青禾夜市")] == [("青禾夜市", "Venue", "site")]
    f = facts_of("6月3日晚，副区长严明来到青峰街道，走访青禾夜市。")
    assert visits(f) == {("严明", "青禾夜市")}
    assert parent_name(f, "青禾夜市") == "青峰街道"


def test_a_hall_is_a_building_of_its_own():
    f = facts_of("6月3日下午，镇党委书记严明在北园村文化礼堂召开村民座谈会。")
    assert visits(f) == {("严明", "北园村文化礼堂")}
    assert parent_name(f, "北园村文化礼堂") == "北园村"


def test_two_sites_sharing_a_core_yet_neither_holding_the_other_stay_apart():
    # 青禾花园小区 and 青禾夜市 both reduce to the core 青禾 in one subdistrict
    f = facts_of("6月3日晚，副区长严明来到青峰街道，走访青禾夜市。随后，严明步行来到紧邻夜市的青禾花园小区。")
    assert visits(f) == {("严明", "青禾夜市"), ("严明", "青禾花园小区")}
    # the same estate written with and without its type word stays one place
    f = facts_of("6月3日，副区长严明来到中禾花苑小区。在中禾花苑，严明察看了车棚。")
    assert visits(f) == {("严明", "中禾花苑小区")}


def test_nested_place_names_give_a_hierarchy():
    f = facts_of("区长程立远来到梧桐街道竹韵居委丹枫大楼小区。")
    assert visits(f) == {("程立远", "丹枫大楼小区")}
    assert parent_name(f, "丹枫大楼小区") == "竹韵居委"
    assert parent_name(f, "竹韵居委") == "梧桐街道"
    types = {p.name: p.type for p in f.places.values()}
    assert types == {"梧桐街道": "Subdistrict", "竹韵居委": "ResidentsCommittee", "丹枫大楼小区": "HousingEstate"}


@pytest.mark.parametrize(
    "written, leaf",
    [
        ("杏林社区议事工作室", "议事工作室"),  # a type word holding the stop word 工作
        ("清泉村第三居民小组", "第三居民小组"),
        ("云溪镇粮站家属院", "粮站家属院"),
        ("梧桐街道青石巷", "青石巷"),
    ],
)
def test_type_words_of_sites_inside_a_community(written, leaf):
    chunks = parse_list(written + "，了解情况。", 0)
    assert [c.leaf.text for c in chunks] == [leaf]
    assert chunks[0].text == written


def test_a_generic_leaf_is_labelled_with_its_parent():
    f = facts_of("副区长钟晓岚来到杏林社区议事工作室，参加居民议事会。")
    assert visits(f) == {("钟晓岚", "杏林社区议事工作室")}


# ------------------------------------------------------------------ precision: phrases about places
@pytest.mark.parametrize("phrase", ["该社区", "这个小区", "部分小区", "几个安置小区", "各村", "两处工地", "其他街道"])
def test_a_determiner_or_quantifier_before_a_type_word_is_no_place(phrase):
    assert names(phrase + "的环境") == []


@pytest.mark.parametrize("phrase", ["村民活动中心", "小区活动室", "物管中心", "新型社区", "镇里", "联系社区", "老旧小区改造项目"])
def test_a_name_made_only_of_generic_and_type_words_is_no_place(phrase):
    assert not has_proper_part(phrase)
    assert names(phrase + "，") == []


@pytest.mark.parametrize("name", ["松涛小区", "金桂花园", "清泉村", "云溪镇", "青枫文化广场"])
def test_a_name_with_a_proper_part_is_a_place(name):
    assert has_proper_part(name)


def test_a_run_with_a_particle_is_no_place():
    # 向走访人员提出了小区…: nothing that holds a particle is a place name
    assert names("人员提出了小区路灯不亮等问题") == []
    assert segment("人员提出了小区") is None


def test_a_clause_opening_word_starts_no_place():
    assert names("为进一步密切社区与居民的联系") == []
    assert names("以群众满意为中心的工作思路") == []


def test_generic_places_are_not_visits():
    f = facts_of("区长程立远来到梧桐街道竹韵社区。在驿站内，程立远依次看了社区食堂和便民服务区。")
    assert visits(f) == {("程立远", "竹韵社区")}


def test_a_topic_joined_to_a_generic_place_is_not_a_place():
    f = facts_of("区委书记蓝启航深入梧桐街道，调研垃圾分类和老旧小区综合整治工作。\n在梧桐街道竹韵社区，蓝启航详细了解整治进展。")
    assert visits(f) == {("蓝启航", "竹韵社区")}


def test_a_generic_set_of_places_gives_none_of_them():
    f = facts_of("区长程立远来到梧桐街道竹韵社区。\n程立远一行实地察看了村民活动中心和部分农户庭院。")
    assert visits(f) == {("程立远", "竹韵社区")}


# ------------------------------------------------------------------ locative frames
def test_a_place_in_the_reports_own_area():
    f = facts_of("区政协副主席邢远舟来到辖区内的丹枫苑小区，调研物业服务。")
    assert visits(f) == {("邢远舟", "丹枫苑小区")}


def test_a_place_inside_a_named_area():
    f = facts_of("区政协副主席邢远舟来到梧桐街道辖区内的丹枫苑小区，调研物业服务。")
    assert visits(f) == {("邢远舟", "丹枫苑小区")}
    assert parent_name(f, "丹枫苑小区") == "梧桐街道"
    assert not any(p.name.endswith("辖区") for p in f.places.values())


def test_place_located_in_another():
    f = facts_of("区委副书记孙启来到位于梧桐街道的一处外卖骑手驿站，看望骑手。")
    assert visits(f) == {("孙启", "外卖骑手驿站")}
    assert parent_name(f, "外卖骑手驿站") == "梧桐街道"


def test_a_place_and_its_surroundings_keep_the_place():
    f = facts_of("副区长钟晓岚来到青枫湿地公园及周边区域，检查防汛工作。")
    assert visits(f) == {("钟晓岚", "青枫湿地公园")}


def test_a_plural_set_then_a_dash_lists_the_places_inside():
    f = facts_of("区长程立远来到云溪镇的两个惠民项目——清泉村卫生服务站和杏林社区长者食堂，实地察看运行情况。")
    # a generic leaf (卫生服务站) is labelled with its parent's name
    assert visits(f) == {("程立远", "清泉村卫生服务站"), ("程立远", "长者食堂")}
    assert parent_name(f, "长者食堂") == "杏林社区"
    assert not any("项目" in p.name for p in f.places.values())


# ------------------------------------------------------------------ lists
def test_list_of_places_shares_the_first_ones_parent():
    f = facts_of("副主任赵启明一行先后来到云溪镇和美家园、安宁家苑和翠屏C区。")
    assert visits(f) == {("赵启明", "和美家园"), ("赵启明", "安宁家苑"), ("赵启明", "翠屏C区")}
    assert {parent_name(f, p) for p in ("和美家园", "安宁家苑", "翠屏C区")} == {"云溪镇"}


def test_a_shared_suffix_completes_bare_names_only():
    f = facts_of("区长程立远先后走访了青松新村、丹枫苑、金桂家园三个小区。")
    assert visits(f) == {("程立远", "青松新村"), ("程立远", "丹枫苑"), ("程立远", "金桂家园")}


def test_a_quoted_name_after_a_listed_place_does_not_end_the_list():
    f = facts_of("调研组一行先后走访了松涛小区“书记工作室”、丹枫苑小区“网格驿站”和金桂小区，了解治理情况。区长程立远参加。")
    assert {p for _, p in visits(f)} == {"松涛小区", "丹枫苑小区", "金桂小区"}


def test_site_words_after_a_listed_place_do_not_end_the_list():
    f = facts_of("区委书记蓝启航一行先后来到松涛小区加装电梯现场和青枫路菜场。")
    assert visits(f) == {("蓝启航", "松涛小区"), ("蓝启航", "青枫路菜场")}


# ------------------------------------------------------------------ the registry
def test_same_place_with_and_without_prefix_is_one_node():
    f = facts_of("区长程立远来到梧桐街道竹韵居民区。随后，程立远再次来到竹韵社区，与居民交流。")
    assert len([p for p in f.places.values() if p.type == "ResidentsCommittee"]) == 1


def test_a_place_named_again_by_the_tail_of_its_name_is_the_same_place():
    registry = PlaceRegistry()
    full = registry.add(parse_list("梧桐街道代表履职联络站揭牌", 0)[0])
    # (a tail with a name part: 联络站 alone is a type word since session 34, no name, as 联络点
    # is; visits.Reader.named_elsewhere reads it as the station written in full)
    again = registry.add(parse_list("履职联络站开展活动", 0)[0])
    assert again == full


def test_a_number_alone_is_no_place():
    assert names("10号楼1单元") == []


def test_a_shared_site_word_types_bare_names_that_keep_their_written_form():
    chunks = parse_list("翠竹坊和听涛阁两个小区，察看外墙。", 0)
    assert [(c.leaf.text, c.leaf.type) for c in chunks] == [("翠竹坊", "HousingEstate"), ("听涛阁", "HousingEstate")]
    # an administrative word completes the name: 梧桐、青枫两个街道 are 梧桐街道 and 青枫街道
    assert [c.leaf.text for c in parse_list("梧桐、青枫两个街道。", 0)] == ["梧桐街道", "青枫街道"]


def test_a_places_own_organ_is_the_place():
    assert [c.leaf.text for c in parse_list("柏溪村村委会召开", 0)] == ["柏溪村"]
    assert [c.leaf.text for c in parse_list("竹韵社区居委会，", 0)] == ["竹韵社区"]


def test_a_project_named_by_a_place_and_its_work_is_the_place():
    assert [c.text for c in parse_list("梧桐街道竹韵小区加装电梯项目，", 0)] == ["梧桐街道竹韵小区"]
    # a project with a proper name of its own stays
    assert [c.text for c in parse_list("青枫湾项目，", 0)] == ["青枫湾项目"]


def test_public_offices_are_sites():
    f = facts_of("区长程立远一行来到青枫街道综合行政执法队，听取工作汇报。")
    assert visits(f) == {("程立远", "青枫街道综合行政执法队")}


def test_a_counted_list_without_a_classifier():
    assert [c.leaf.text for c in parse_list("云溪、青石两镇调研", 0)] == ["云溪镇", "青石镇"]
    # a numeral inside a name is no count
    assert [c.leaf.text for c in parse_list("罗湾六村，", 0)] == ["罗湾六村"]


def test_a_place_located_on_a_street_we_do_not_know():
    f = facts_of("区长程立远来到位于青枫路的梧桐社区卫生服务中心，察看签约服务。")
    assert {p for _, p in visits(f)} == {"梧桐社区卫生服务中心"}


def test_an_organ_of_a_place_stands_for_the_place():
    assert [c.text for c in parse_list("梧桐街道办事处，", 0)] == ["梧桐街道"]
    assert [c.text for c in parse_list("云溪镇人民政府召开", 0)] == ["云溪镇"]


def test_a_named_place_beside_a_generic_one():
    from kg.extract.place_lists import parse_list

    chunks = parse_list("小区旁边的松涛农贸市场，了解菜价", 0)
    assert [c.text for c in chunks] == ["松涛农贸市场"]



def test_a_type_word_opening_a_common_word_after_a_separator_is_no_place():
    from kg.extract.place_lists import parse_list

    # 村 here starts 村民: cadres and villagers, no place
    assert parse_list("村“两委”成员和村民代表座谈", 0) == []
    assert [c.leaf.text for c in parse_list("青枫村和桃溪村，了解", 0)] == ["青枫村", "桃溪村"]


# ------------------------------------------------------------------ places the analyser knows
@pytest.mark.parametrize(
    "clause, place",
    [
        ("来到锦溪华庭，察看加装电梯进展。", "锦溪华庭"),  # an estate named without a type word
        ("来到大榕屯，看望留守老人。", "大榕屯"),  # a natural village of the southwest
    ],
)
def test_a_place_without_a_type_word_after_a_visit_verb_is_read_by_the_analyser(clause, place):
    f = facts_of("2024年5月6日，区长邝明远" + clause)
    assert visits(f) == {("邝明远", place)}


def test_a_clause_opening_zai_names_a_place_the_analyser_knows():
    f = facts_of("2024年5月6日，区长邝明远来到青枫街道。\n在东方雅筑，邝明远走进物业服务中心，询问加装电梯进展。")
    assert ("邝明远", "东方雅筑") in visits(f)
    assert parent_name(f, "东方雅筑") == "青枫街道"


def test_a_list_continues_with_a_place_the_analyser_knows():
    f = facts_of("2024年5月6日，区长邝明远先后来到青枫街道杏林社区和锦溪华庭，了解老旧小区改造情况。")
    assert visits(f) == {("邝明远", "杏林社区"), ("邝明远", "锦溪华庭")}


def test_a_bare_city_in_a_headline_is_no_stop():
    f = facts_of("副市长邝明远赴江州调研旧改\n2024年5月6日，副市长邝明远来到江州市青枫街道杏林社区，察看管网更换。")
    assert visits(f) == {("邝明远", "杏林社区")}


def test_a_chain_never_climbs_to_a_larger_area():
    # 督导城市: 市 ends a common word; a city never lies inside a community
    assert names("竹韵社区督导城市管理工作") == ["竹韵社区"]


def test_a_place_beside_the_current_one_with_the_first_left_out():
    f = facts_of("2024年5月6日，副区长钟晓岚来到竹韵社区。随后，钟晓岚来到附近的青枫小学，察看校门口交通。")
    assert ("钟晓岚", "青枫小学") in visits(f)


def test_a_numbered_group_of_a_village_is_a_place_inside_it():
    f = facts_of("2024年5月6日，镇长邝明远来到前溪村七组，察看排涝泵站。")
    assert visits(f) == {("邝明远", "前溪村七组")}
    assert parent_name(f, "前溪村七组") == "前溪村"


def test_a_list_goes_on_after_a_part_of_a_place_the_grammar_cannot_name():
    assert names("梅岭村滑坡体和樟溪镇中心小学，") == ["梅岭村", "樟溪镇中心小学"]
    # (a hazard's watched site is a site since session 48, fplace: 隐患点, the village's own)
    assert names("梅岭村滑坡隐患点和樟溪镇中心小学，") == ["梅岭村滑坡隐患点", "樟溪镇中心小学"]


def test_no_name_runs_across_a_separator_with_no_place_before_it():
    assert names("村卫生室和村级日间照料中心的运行情况") == []


def test_a_named_place_of_an_area_lies_in_it():
    f = facts_of("4月2日，区长邝明远来到青枫新区的云帆光电有限公司，了解用工情况。")
    assert visits(f) == {("邝明远", "云帆光电有限公司")}
    assert parent_name(f, "云帆光电有限公司") == "青枫新区"


def test_a_one_character_type_word_after_a_type_word_is_a_locative():
    assert names("青枫湿地公园里，游人如织") == ["青枫湿地公园"]


def test_a_paragraph_opening_with_where_a_place_lies_is_about_that_place():
    f = facts_of("8月5日，市长邝明远调研民生项目。\n位于城东的青禾菜市场刚刚完成改造。邝明远走进市场，与摊主交流。")
    assert visits(f) == {("邝明远", "青禾菜市场")}


@pytest.mark.parametrize("phrase", ["孩子上学要绕七八里路", "希望在小区附近设置便民菜站"])
def test_a_distance_or_a_locative_phrase_is_no_place(phrase):
    assert names(phrase) == [] and names(phrase[2:]) == []


# ------------------------------------------------------------------ session 4
def test_a_village_whose_name_ends_in_a_type_character_is_not_cut():
    # 苑 is an estate's type word, but 阆溪苑村 is a village, not 阆溪苑 + 村
    assert [c.text for c in parse_list("桐溪街道阆溪苑村，", 0)] == ["桐溪街道阆溪苑村"]


def test_a_count_of_people_never_stands_in_a_name():
    assert segment("20多名区政协委员共接待社区") is None


def test_an_open_space_of_a_named_place_is_that_place():
    f = facts_of("区政协委员程立远来到青枫街道杏林社区广场，与居民面对面交流。")
    assert visits(f) == {("程立远", "杏林社区")}


def test_a_places_own_facility_is_labelled_with_the_place():
    f = facts_of("县委书记程立远来到柏溪村村史馆，了解村庄历史。")
    assert visits(f) == {("程立远", "柏溪村村史馆")}


def test_an_estate_in_a_community_written_with_de():
    f = facts_of("副区长程立远来到青枫街道杏林社区的松涛小区，察看消防设施。")
    assert visits(f) == {("程立远", "松涛小区")}


@pytest.mark.parametrize("phrase", ["受水库", "我区部分制造业企业", "城区学校"])
def test_phrases_about_places_are_not_places(phrase):
    f = facts_of(f"区长程立远来到梧桐街道。程立远走访了{phrase}。")
    assert visits(f) == {("程立远", "梧桐街道")}


@pytest.mark.parametrize("head", ["景区", "片区", "工作站", "水库"])
def test_more_facility_heads(head):
    f = facts_of(f"区长程立远来到青枫镇翠屏{head}，察看了相关情况。")
    assert visits(f) == {("程立远", f"翠屏{head}")}


def test_a_natural_village_below_a_pumping_station():
    f = facts_of("县水利局局长程立远来到翠屏镇。随后，一行人来到泵站下游的柏岭屯，走访群众。")
    assert visits(f) == {("程立远", "柏岭屯")}


# ------------------------------------------------------------------ session 9: chains, works, type words
def test_a_chain_of_generic_segments_is_no_place():
    # 全县各村: the whole county's villages; every segment is a determiner + type word
    assert names("全县各村开展走访") == []
    # a determiner before the parent, a proper name in the leaf: the leaf is named
    assert names("该镇榆钱村，") == ["该镇榆钱村"]


def test_a_generic_work_in_a_named_place_is_the_place():
    # 柳溪乡村庄微更新项目: the work done in the town, the town is where one goes
    chunks = parse_list("柳溪乡村庄整治项目推进情况", 0)
    assert [c.text for c in chunks] == ["柳溪乡"]
    f = facts_of("区政协副主席蓝启航视察柳溪乡村庄整治项目推进情况。")
    assert visits(f) == {("蓝启航", "柳溪乡")}


@pytest.mark.parametrize("phrase", ["城中村", "村庄", "贫困村", "行政村", "新农村", "特色小镇", "邻村"])
def test_common_nouns_of_villages_are_no_place(phrase):
    assert names(phrase + "改造和安全生产工作") == []


@pytest.mark.parametrize("written", ["榆钱村代表联络点", "云雾山民宿", "鹭湾酒店"])
def test_more_site_type_words(written):
    assert names(written + "，听取汇报") == [written]


def test_a_visit_verb_in_quoted_speech_is_no_visit():
    f = facts_of(
        "副县长钟晓岚来到榆钱村，与村民座谈。村民老黄说：“村里到柳溪镇的石板路太窄，一下雨就滑。”钟晓岚表示将尽快研究。"
    )
    assert visits(f) == {("钟晓岚", "榆钱村")}


# ------------------------------------------------------------------ session 12
@pytest.mark.parametrize("phrase", ["院坝里，村民们围坐", "玉米田里，", "会议室里，", "晒场里，", "大棚里，"])
def test_li_after_a_field_yard_or_room_word_is_the_locative_not_a_lane(phrase):
    # 里 names a lane estate (步云里) but after 坝/田/室/场/棚 it is "in"
    assert names(phrase) == []
    assert segment(phrase.split("，")[0]) is None


def test_a_lane_estate_named_with_li_is_still_a_place():
    assert names("步云里，") == ["步云里"]


def test_residents_met_in_a_village_yard_raise_at_that_village_not_at_every_stop():
    f = facts_of(
        "2025年6月3日，副县长石川深入青山镇石桥村、柳河村走访。"
        "在柳河村的田坝里，村民反映，灌溉渠年久失修。"
    )
    assert issues(f) == {("柳河村", "灌溉渠年久失修")}, issues(f)
