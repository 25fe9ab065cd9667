"""Session 19 (issue 9): visits on unseen reports — a visited place is what the
analyser or the type grammar calls a place: no clause ending in a one-character
type word (交由镇, X食堂排队), a list item's opening type word standing for its
parent (镇卫生院 after X镇Y村), a road visited along its stretch (X路沿线).

Every fixture is invented for these tests.
"""

import pytest

from kg.extract.place_lists import parse_list
from tests.extraction import facts_of, visits


@pytest.mark.fast
def test_a_list_item_opening_with_its_parents_type_word_is_named_with_the_parent_once():
    # 青岚镇石屏村、镇卫生院: 镇 stands for 青岚镇 (the town's clinic), not 青岚镇镇卫生院;
    # the clinic visited again later is the same place
    f = facts_of(
        "5月8日，县委副书记、县长柏文深入青岚镇石屏村、镇卫生院等地，调研春耕和农村医疗工作。\n\n"
        "随后，柏文来到青岚镇卫生院，察看药房和诊室。"
    )
    assert visits(f) == {("柏文", "石屏村"), ("柏文", "青岚镇卫生院")}
    assert len([v for v in f.visits if f.places[v.place].name == "青岚镇卫生院"]) == 1


@pytest.mark.fast
def test_a_list_item_opening_with_another_type_word_keeps_it():
    # 村卫生室 after a town: 村 is no type word of the town, so it stays in the name
    chunks = parse_list("青岚镇石屏村、村卫生室等地，", 0)
    assert [c.leaf.text for c in chunks] == ["石屏村", "青岚镇村卫生室"]


@pytest.mark.fast
@pytest.mark.parametrize("extent", ["沿线", "一带", "两侧"])
def test_a_road_visited_along_its_stretch_is_the_stop(extent):
    # 来到松柏路沿线，: the road the analyser names is the stop; the work looked at there is inside it
    f = facts_of(f"6月3日，副区长祁远航来到松柏路{extent}，实地察看了道路整治和管线入地工程进展情况。")
    assert visits(f) == {("祁远航", "松柏路")}


@pytest.mark.fast
def test_a_verb_before_a_one_character_type_word_names_no_place():
    # 将交由镇政府办理: 交/v 由/p before 镇政府/ORG is a clause, no town 交由镇 the deputies are at
    f = facts_of(
        "6月3日，区人大代表柏文、林溪来到云杉镇人大代表联络站，开展“代表接待日”活动。\n\n"
        "活动中，群众反映的问题：村道破损，路灯不亮。代表们逐一记录，对能现场答复的当场作了解释，"
        "其余问题将交由镇政府相关办公室办理。"
    )
    assert visits(f) == {("柏文", "云杉镇人大代表联络站"), ("林溪", "云杉镇人大代表联络站")}


@pytest.mark.fast
def test_a_verb_holding_a_one_character_type_word_ends_the_place_before_it():
    # 在长者食堂排队打饭: 排队/v holds the type word 队; the place is 长者食堂
    f = facts_of(
        "6月3日，副区长祁远航来到翠竹社区。\n\n"
        "第一站：翠竹社区长者食堂\n"
        "祁远航在长者食堂排队打饭，和老人们同桌吃饭。"
    )
    assert visits(f) == {("祁远航", "长者食堂")}


@pytest.mark.fast
def test_one_named_spot_counted_in_a_place_is_the_stop():
    # 一处 counts spots: a named one (青鸟快递驿站) is a site in the subdistrict, the stop
    f = facts_of("随后，副区长祁远航来到云杉街道一处青鸟快递驿站，看望一线快递员。")
    assert visits(f) == {("祁远航", "青鸟快递驿站")}


@pytest.mark.fast
@pytest.mark.parametrize("counted", ["一家食品企业", "一处安置点"])
def test_a_thing_counted_unnamed_in_a_place_leaves_the_place(counted):
    # 一家 counts firms, and a generic spot names nothing: the stop is the town
    assert [c.text for c in parse_list(f"白沙镇{counted}，", 0)] == ["白沙镇"]


@pytest.mark.fast
def test_residents_listed_after_invited_officials_are_no_officials():
    # 区政协委员及商户、居民代表: 居民代表 opens with a residents' word (issue_raisers.txt), no name
    f = facts_of(
        "1月10日，青禾街道“民生议事会”在青禾街道党群服务中心召开，会议邀请辖区内的区政协委员及商户、"
        "居民代表共商街道发展。区政协委员程立秋出席会议。\n\n会上，居民代表则提出了旧楼加装电梯审批慢等意见。"
    )
    assert "居民代表" not in {o.name for o in f.officials.values()}
    assert visits(f) == {("程立秋", "青禾街道党群服务中心")}


@pytest.mark.fast
def test_a_route_between_two_places_in_a_complaint_is_no_visit():
    # 嘎查到苏木的网络信号: a type word, 到, a place and 的 name the line between two places
    f = facts_of(
        "5月6日，副县长祁远航深入白音苏木宝力格嘎查、苏木卫生院等地调研。\n\n"
        "在宝力格嘎查牧民家中，祁远航详细了解春耕情况。村民说，化肥涨价了。嘎查党支部书记乌力吉巴雅尔图汇报说，"
        "牧民们最盼的是两件事：一是道路坑洼难行，二是嘎查到苏木的网络信号不稳定。"
    )
    assert visits(f) == {("祁远航", "宝力格嘎查"), ("祁远航", "白音苏木卫生院")}


@pytest.mark.fast
def test_a_common_word_ending_in_a_type_character_after_a_conjunction_ends_no_name():
    # 调研柏林县茶叶产业发展和农村饮水工作: 农村 (place_generic_words.txt) after 和 is the countryside,
    # no village named 茶叶产业发展和农; the place read is the county
    assert [c.text for c in parse_list("柏林县茶叶产业发展和农村饮水安全工作。", 0)] == ["柏林县"]
    f = facts_of("6月3日，县长祁远航调研柏林县茶叶产业发展和农村饮水安全工作。\n\n祁远航首先来到石岭镇茶叶产业园，察看茶园管护情况。")
    assert visits(f) == {("祁远航", "茶叶产业园")}
