"""Session 46 (NEWC46): a newcomer's reports.

- a post written after its province and a city whose name ends in a level character
  (浙江省温州市鹿城区区长, 北京市通州区副区长) is the district's post, of that district,
  not a post 州市鹿城区区长 of an area 浙江省温州;
- a subdistrict written in a visited chain (来到经八路街道红专路社区) keeps its whole name:
  the analyser's 经/p (via) there is the road's name;
- a district's post in a list after the city's name (苏州市姑苏区委书记甲、区长乙) is the
  district's, and its holder one official with the same 区长 of 姑苏区 in another report.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from kg.corpus.mentions import post_district, strip_district
from tests.extraction import facts_of, parent_name
from tests.test_levels27 import GOV, RDFS_LABEL, _posts_and_areas


@pytest.mark.fast
@pytest.mark.parametrize(
    "title, district, post",
    [
        ("浙江省温州市鹿城区区长", ("鹿城", "鹿城区"), "区长"),
        ("江苏省苏州市姑苏区委书记", ("姑苏", "姑苏区"), "区委书记"),
        ("北京市通州区副区长", ("通州", "通州区"), "副区长"),
        ("浙江省杭州市委书记", ("杭州", "杭州市"), "市委书记"),
        ("温州市鹿城区区长", ("鹿城", "鹿城区"), "区长"),  # twin: no province before the city
    ],
)
def test_a_city_ending_in_a_level_character_after_its_province_opens_no_post(title, district, post):
    assert post_district(title) == district
    assert strip_district(title, district[0]) == post


@pytest.mark.fast
def test_a_prefecture_before_a_word_opening_with_a_level_character_still_opens_the_post():
    # twin: 市 of 市场 completes no longer name, so 凉山州 stays the post's district
    assert post_district("凉山州市场监管局局长") == ("凉山州", "凉山州")


@pytest.mark.fast
def test_a_district_post_after_province_and_city_has_the_district_as_jurisdiction():
    text = "2024年3月1日，浙江省温州市鹿城区区长林志远来到五马街道墨池社区。居民反映，小区没有电梯。"
    assert _posts_and_areas(text) == {("区长", "鹿城区")}


# ---- a town written in a visited chain is read with it (kg.extract.place_check)
@pytest.mark.fast
@pytest.mark.parametrize("town", ["经八路街道", "纬五路街道"])
def test_a_subdistrict_written_before_the_visited_community_keeps_its_whole_name(town):
    # 经 of 经八路 is "via" to the analyser alone; the visit frame read the whole chain
    facts = facts_of(f"2024年3月1日，区长王明来到{town}红专路社区。居民反映，路灯不亮。")
    assert parent_name(facts, "红专路社区") == town


@pytest.mark.fast
def test_a_place_read_alone_after_a_verb_is_still_renamed():
    # twin: 离开柳溪村 is no fact's place, and no fact's chain holds it: the village after the verb
    facts = facts_of("2024年3月1日，副区长唐思远离开柳溪村后来到青枫镇梅岭社区。居民反映，路灯不亮。")
    names = {p.name for p in facts.places.values()}
    assert "离开柳溪村" not in names, names


# ---- a district's post written after the city's name, in a list (kg.corpus.link)
JOINT = "2025年4月2日，{}委书记黄敏、区长徐建军来到平江街道大儒社区。居民反映，小区没有充电桩。"
ALONE = "2025年5月6日，姑苏区区长徐建军来到双塔街道竹辉社区。居民反映，路灯不亮。"


def _officials(texts: dict[str, str]) -> list[str]:
    import kg

    built = kg.build_texts(texts)
    q = f"SELECT ?o WHERE {{ ?o a <{GOV}Official> ; <{RDFS_LABEL}> \"徐建军\"@zh }}"
    return [str(row.o) for row in built.dataset.query(q)]


@pytest.mark.fast
@pytest.mark.parametrize("written", ["苏州市姑苏区", "江苏省苏州市姑苏区", "姑苏区"])
def test_a_district_post_after_the_city_is_the_districts(written):
    assert _posts_and_areas(JOINT.format(written)) == {("区委书记", "姑苏区"), ("区长", "姑苏区")}
    assert len(_officials({"a.txt": JOINT.format(written), "b.txt": ALONE})) == 1


@pytest.mark.fast
def test_two_districts_of_one_city_name_no_district_for_a_bare_post():
    # twin: 姑苏区 and 吴中区 lie side by side in 苏州市: the bare 区长 is of neither
    text = ("2025年4月2日，区长徐建军先后来到苏州市姑苏区平江街道大儒社区和苏州市吴中区长桥街道新家社区。"
            "居民反映，小区没有充电桩。")
    assert _posts_and_areas(text) == {("区长", None)}
