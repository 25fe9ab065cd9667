"""Place shapes of the genre the suffix grammar must read where a visit stands:
names holding a stop word, list items sharing the place named before them,
village groups, facilities named in quotes, a place located in another.

Every fixture is invented for these tests.
"""

from kg.extract.place_segments import segment
from kg.extract.place_lists import parse_list
from tests.extraction import facts_of, visits


def names(text: str) -> list[str]:
    """The places parse_list reads at the start of `text`, as labelled (chain joined)."""
    return [c.text for c in parse_list(text, 0)]


# ------------------------------------------------------------- a stop word inside a name
def test_a_name_word_holding_a_stop_word_does_not_end_the_name():
    # 时 ends a name (来到X时，); 新时代 is a word of the name (place_name_words.txt)
    assert names("白鹭村新时代文明实践站，") == ["白鹭村新时代文明实践站"]
    assert names("青石镇时，") == ["青石镇"]


def test_a_visit_to_a_civilisation_practice_station_keeps_its_name():
    # 新时代文明实践站 is a nationwide programme's station, generic (place_generic_words.txt,
    # session 36): labelled with the village holding it, as 社区服务中心 is
    f = facts_of("5月6日，副县长邱明远来到白鹭村新时代文明实践站，与志愿者交流。")
    assert visits(f) == {("邱明远", "白鹭村新时代文明实践站")}
    station = next(p for p in f.places.values() if p.name == "白鹭村新时代文明实践站")
    assert f.places[station.parent].name == "白鹭村"


# ------------------------------------------------------------- items sharing a parent
def test_numbered_groups_listed_after_the_first_lie_in_its_village():
    assert names("桃源村一组、二组和三组，") == ["桃源村一组", "桃源村二组", "桃源村三组"]


def test_a_generic_facility_listed_after_a_facility_lies_in_its_community():
    assert names("金湖社区长者食堂和日间照料中心，") == ["金湖社区长者食堂", "金湖社区日间照料中心"]


def test_a_listed_item_is_read_in_the_parent_only_when_lower_than_it():
    # a town is no part of a village: the list ends
    assert names("桃源村党群服务中心、镇政府，") == ["桃源村党群服务中心"]


def test_each_listed_group_is_a_stop():
    f = facts_of("5月6日，区长钟若愚先后走访了桃源村一组、二组和三组，察看人居环境整治情况。")
    assert visits(f) == {("钟若愚", "桃源村一组"), ("钟若愚", "桃源村二组"), ("钟若愚", "桃源村三组")}


# ------------------------------------------------------------- village groups (X组)
def test_a_named_group_of_a_village_is_a_place_in_it():
    segs = segment("柳湾村上滩组")
    assert [(s.text, s.level) for s in segs] == [("柳湾村", "community"), ("上滩组", "site")]
    assert names("柳湾村上滩组、下滩组，") == ["柳湾村上滩组", "柳湾村下滩组"]


def test_a_team_is_no_village_group():
    # 组 is a place only right after a village, and with a proper name (place_suffixes.tsv, 5th column)
    assert segment("区人大调研组") is None
    assert segment("检查组") is None
    assert segment("柳湾村工作组") is None


def test_a_villagers_group_written_in_full_is_not_cut_inside_its_type_word():
    assert names("柳湾村第三村民小组，") == ["柳湾村第三村民小组"]


def test_a_stop_at_a_village_group():
    f = facts_of("5月6日，副县长邱明远来到柳湾村上滩组，与村民围坐交流。")
    assert visits(f) == {("邱明远", "上滩组")}


# ------------------------------------------------------------- facilities named in quotes
def test_a_facility_named_in_quotes_with_its_type_word_is_a_place():
    assert names("青禾社区“暖阳驿站”，") == ["青禾社区“暖阳驿站”"]
    assert names("“暖阳驿站”，") == ["“暖阳驿站”"]


def test_a_quoted_room_after_a_site_stays_part_of_the_site():
    assert names("蓝桥苑小区“社区书记工作室”，") == ["蓝桥苑小区"]


def test_a_quoted_slogan_is_no_place():
    assert names("“创建全国文明镇”和“美丽家园”建设中") == []


def test_a_quoted_name_in_an_area_is_a_facility_there():
    f = facts_of("5月6日，在青禾街道“委员之家”，区政协副主席邱明远与居民代表座谈。")
    [(who, place)] = visits(f)
    assert who == "邱明远" and place.endswith("“委员之家”")  # (labelled with its area or alone)


# ------------------------------------------------------------- where a place lies
def test_located_on_a_floor_of_another_place_the_place_is_the_one_after_of():
    assert names("位于青禾菜场二楼的“暖阳驿站”，") == ["“暖阳驿站”"]
    assert names("位于青枫街道的云帆公司，") == ["青枫街道云帆公司"]


def test_a_place_beside_another_written_before_it():
    # place_beside_words.txt: 紧邻X的Y is Y
    assert names("紧邻项目的石桥巷小区，") == ["石桥巷小区"]


def test_a_numbered_name_after_a_listed_name_of_the_same_type_is_no_count():
    assert names("丰收新村和丰收二村，") == ["丰收新村", "丰收二村"]
    assert names("云溪、青石两镇") == ["云溪镇", "青石镇"]


def test_type_words_of_resettlement_areas_courtyards_and_hospital_campuses():
    assert segment("白石镇移民安置区")[-1].level == "site"
    assert segment("桂花巷院落")[-1].level == "site"
    assert segment("县人民医院新院区")[-1].level == "site"


# ------------------------------------------------------------- rooms, park zones, common nouns
def test_a_generic_room_after_a_named_place_leaves_the_place_the_stop():
    # place_room_words.txt: the written form stays one of its labels
    f = facts_of("6月3日，在杏林居民区活动室，副区长严明与居民代表座谈。")
    assert visits(f) == {("严明", "杏林居民区")}
    assert "杏林居民区活动室" in next(p for p in f.places.values() if p.name == "杏林居民区").alt_labels


def test_an_industrial_park_zone_is_a_container_of_its_companies():
    f = facts_of("6月3日，副县长严明来到金坝工业园区，先后走访了贵蓝新材料有限公司和黔味食品加工厂。")
    assert visits(f) == {("严明", "贵蓝新材料有限公司"), ("严明", "黔味食品加工厂")}


def test_back_streets_and_alleys_is_no_named_place():
    assert names("背街小巷整治，") == []
