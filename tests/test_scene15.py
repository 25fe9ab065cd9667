"""The stop's granularity, session 15: a specific unit written inside or after an
administrative one is the stop, not the unit around it.  Names holding a 区 or
镇 that is no administrative unit (a mine, a works, a living quarter, an
estate's side, a themed or old town), a common word ending in a type character
inside a work's name (城市更新项目), heads of sites the grammar did not know
(茶园, 养殖场, 福利院), and a name word opening with a stop character (就业).
Every fixture is invented; the end-to-end tests run the real pipeline."""

from __future__ import annotations

import pytest

from kg.extract.place_segments import segment
from kg.extract.place_lists import parse_list
from tests.extraction import facts_of, issues, visits


def _cut(name: str) -> list[tuple[str, str]]:
    return [(s.text, s.level) for s in segment(name)]


def _names(text: str) -> list[str]:
    return [c.text for c in parse_list(text, 0)]


# ---------------------------------------------------------------- a 区 or 镇 that is no administrative unit


@pytest.mark.fast
def test_a_non_administrative_area_word_is_a_site_not_a_district():
    # 矿区, 厂区, 生活区, 街区, 区块: a site's type word (place_suffixes.tsv), never a district
    assert _cut("东岭矿区") == [("东岭矿区", "site")]
    assert _cut("北桥厂区") == [("北桥厂区", "site")]
    assert _cut("石门生活区") == [("石门生活区", "site")]
    assert _cut("红星街区") == [("红星街区", "site")]
    assert _cut("白马湖区块") == [("白马湖区块", "site")]
    assert _cut("青河镇高标准农田项目区") == [("青河镇", "subdistrict"), ("高标准农田项目区", "site")]


@pytest.mark.fast
def test_an_estate_side_is_part_of_the_estate_while_districts_keep_their_names():
    assert _cut("青松花园南区") == [("青松花园南区", "site")]
    assert _cut("梅园小区东区") == [("梅园小区东区", "site")]
    # a district named by a side stays a district (no estate word before the side)
    assert _cut("城东区") == [("城东区", "district")]
    assert _cut("江北区") == [("江北区", "district")]


@pytest.mark.fast
def test_an_old_or_themed_town_is_a_site_in_its_town():
    assert _cut("龙泉古镇") == [("龙泉古镇", "site")]
    assert _cut("清溪镇云栖小镇") == [("清溪镇", "subdistrict"), ("云栖小镇", "site")]


@pytest.mark.fast
def test_a_visit_to_a_mine_area_is_a_visit_to_the_site():
    f = facts_of("6月3日，副区长黎映川来到东岭矿区生活区，察看棚户区改造进展，听取居民意见。")
    assert visits(f) == {("黎映川", "东岭矿区生活区")}


# ---------------------------------------------------------------- a type character ending a common word


@pytest.mark.fast
def test_a_common_word_ending_in_a_type_character_cuts_no_name():
    # 城市 ends in 市, 乡村 in 村: not a city 北坞片区城 nor a village 乡 (place_generic_words.txt)
    assert [s.text for s in segment("北坞片区城市更新项目")] == ["北坞片区城市更新项目"]
    assert [s.text for s in segment("桃源村乡村振兴项目")] == ["桃源村", "乡村振兴项目"]
    assert _cut("临川市") == [("临川市", "district")]


@pytest.mark.fast
def test_a_work_on_an_area_is_the_site_not_a_city_nor_the_area():
    # never 北坞片区城 as a district; and the work on an open area (片区) is the site visited,
    # while the work on an estate gives the estate (竹韵小区加装电梯项目 -> 竹韵小区)
    assert _names("北坞片区城市更新项目现场，") == ["北坞片区城市更新项目"]
    assert _names("竹韵小区加装电梯项目，") == ["竹韵小区"]
    f = facts_of("5月6日，区长钟若愚来到北坞片区城市更新项目现场，察看了安置房建设进度，听取群众意见。")
    assert visits(f) == {("钟若愚", "北坞片区城市更新项目")}


# ---------------------------------------------------------------- heads of sites


@pytest.mark.fast
def test_farms_gardens_and_grounds_are_sites():
    assert _cut("金沙镇生态茶园") == [("金沙镇", "subdistrict"), ("生态茶园", "site")]
    assert _cut("青石养殖场") == [("青石养殖场", "site")]
    assert _cut("城东物流园") == [("城东物流园", "site")]
    # a word that names towns itself is no type word, so those towns stay named
    assert _cut("新城街道") == [("新城街道", "subdistrict")]
    assert _cut("大桥镇") == [("大桥镇", "subdistrict")]


@pytest.mark.fast
def test_a_visit_to_a_town_farm_is_a_visit_to_the_farm():
    f = facts_of("4月2日，县长程远航来到云岭镇青石养殖场，了解生猪存栏情况。")
    assert ("程远航", "青石养殖场") in visits(f) or ("程远航", "云岭镇青石养殖场") in visits(f)


# ---------------------------------------------------------------- a name word opening with a stop character


@pytest.mark.fast
def test_an_employment_station_is_not_cut_at_its_first_character():
    # 就 ends a name (X社区就…问题); 就业 is a word of the name (place_name_words.txt)
    assert _names("安宁社区就业服务站，") == ["安宁社区就业服务站"]
    f = facts_of("3月8日，区人大代表贺兰舟来到安宁社区就业服务站，听取求职居民的意见。")
    assert {p for _, p in visits(f)} & {"就业服务站", "安宁社区就业服务站"}


# ---------------------------------------------------------------- more heads of sites


@pytest.mark.fast
def test_homes_points_and_workshops_are_sites():
    assert _cut("城南福利院") == [("城南福利院", "site")]
    assert _cut("青溪村易地扶贫搬迁安置点") == [("青溪村", "community"), ("易地扶贫搬迁安置点", "site")]
    assert _cut("青溪村帮扶工坊") == [("青溪村", "community"), ("帮扶工坊", "site")]
    # a works' common word names no workshop (place_generic_words.txt)
    assert segment("生产车间") is None or not _names("生产车间，")


# ---------------------------------------------------------------- the object goes on past the town into a site


@pytest.mark.fast
def test_a_noun_phrase_closing_the_object_after_a_town_is_a_site_in_it():
    # no type word ends 万亩梯田, yet the visit verb's object runs past the town into it
    f = facts_of("4月2日，县长程远航来到青溪镇万亩梯田，察看春耕备耕情况。")
    assert visits(f) == {("程远航", "万亩梯田")}
    assert "青溪镇万亩梯田" in next(p for p in f.places.values() if p.name == "万亩梯田").alt_labels


@pytest.mark.fast
def test_generic_words_after_a_town_name_no_site():
    # 村民活动 is generic words only: the town stays the place
    f = facts_of("4月2日，县长程远航来到青溪村村民活动，察看春耕备耕情况。")
    assert visits(f) == {("程远航", "青溪村")}


# ---------------------------------------------------------------- a visit in the raising sentence moves the scene on


@pytest.mark.fast
def test_a_visit_told_before_the_raising_act_in_its_sentence_ends_the_earlier_opener():
    f = facts_of(
        "5月6日，区长钟若愚到青溪镇调研民营经济发展。在青溪镇宏达机械有限公司，钟若愚察看了生产车间。"
        "企业负责人反映，招工难、融资成本高。随后，钟若愚来到青溪镇星河食品厂，职工谈到，物流成本偏高。"
    )
    places = {label: place for place, label in issues(f)}
    assert places.get("物流成本偏高") == "星河食品厂"
    # (招工难、融资成本高: two complaints, each standing alone — issue_content.stands_alone)
    assert places.get("招工难") == places.get("融资成本高") == "宏达机械有限公司"
    # a visit told after the act leaves the issue at the stop before
    f = facts_of(
        "5月6日，区长钟若愚到青溪镇调研民营经济发展。在青溪镇宏达机械有限公司，钟若愚察看了生产车间。"
        "职工谈到，物流成本偏高，随后，钟若愚来到青溪镇星河食品厂。"
    )
    assert {label: place for place, label in issues(f)}.get("物流成本偏高") == "宏达机械有限公司"


@pytest.mark.fast
def test_an_orchard_of_a_village_is_a_spot_in_it_while_a_named_garden_is_a_site():
    # 果园, 菜园: one character and 园 after a named place, an open space in it (like 广场);
    # a garden with a name of its own (生态茶园) is a site
    f = facts_of("4月2日，县长程远航来到青溪村菜园，察看蔬菜长势。")
    assert visits(f) == {("程远航", "青溪村")}
    f = facts_of("4月2日，县长程远航来到金沙镇生态茶园，察看茶叶长势。")
    assert visits(f) == {("程远航", "生态茶园")}
