"""Session 47 (newcomer): what a user's own reports showed.  Fixtures invented for this file."""

import pytest

from tests.extraction import facts_of, parent_name

pytestmark = pytest.mark.fast

# 1. a report opening with a city and its district (成都市锦江区区长…): the places it visits lie in
# the district, the most specific of the two (`Reader._admin`), not in the city


@pytest.mark.parametrize("text, place, district", [
    ("成都市锦江区区长赵立新调研春熙路街道\n2024年3月12日，赵立新来到春熙路街道红星路社区。居民反映，小区停车位太少。", "春熙路街道", "锦江区"),
    ("赣州市南康区委书记钟海涛调研唐江镇\n2024年5月8日，南康区委书记钟海涛来到唐江镇卢屋村。村民反映，村道被压坏了。", "唐江镇", "南康区"),
    ("喀什地区疏附县县长艾尔肯·吐尔逊深入托克扎克镇调研\n\n2023年11月8日，艾尔肯·吐尔逊来到托克扎克镇阿亚格曼干村。村民反映，暖气片不热。", "托克扎克镇", "疏附县"),
])
def test_a_place_visited_after_a_city_and_its_district_lies_in_the_district(text, place, district):
    facts = facts_of(text)
    assert parent_name(facts, place) == district
    assert parent_name(facts, district) not in (None, district)  # the city still holds the district


def test_precision_a_place_after_a_city_alone_lies_in_the_city():
    facts = facts_of("成都市副市长赵立新调研春熙路街道\n2024年3月12日，赵立新来到春熙路街道红星路社区。居民反映，小区停车位太少。")
    assert parent_name(facts, "春熙路街道") == "成都市"


# 2. the head written once after the name (成都市长, 南康区长: kg.corpus.mentions.post_district)


def _posts(text: str) -> list[tuple[str, ...]]:
    import kg

    return [tuple(row) for row in kg.build_texts({"r.txt": text}).query("officials-and-posts").rows]


def test_a_citys_mayor_written_short_holds_the_citys_post_not_the_toured_districts():
    assert _posts("2024年5月8日，成都市长张明来到锦江区春熙路街道。居民反映，停车难。") == [("张明", "市长", "成都市")]


def test_a_district_head_written_short_and_in_full_holds_one_post():
    text = "南康区长钟海涛调研唐江镇\n2024年5月8日，南康区区长钟海涛来到唐江镇卢屋村。村民反映，村道被压坏了。"
    assert _posts(text) == [("钟海涛", "区长", "南康区")]


def test_precision_a_head_of_no_district_keeps_its_title():
    rows = _posts("2024年5月8日，社区长张明来到锦江区春熙路街道红星路社区。居民反映，停车难。")
    assert all(post != "区长" for _, post, *_ in rows), rows


# 3. the words made with 一 (统一, 第一…), one list for both readings of 一…就 (issue_words.ONE_WORD_BEFORE)


def test_a_word_made_with_one_is_no_condition_in_either_reading():
    from kg.extract.issue_content import ONE_VERB
    from kg.extract.issue_words import ONE_WORD_BEFORE, whenever

    assert ONE_WORD_BEFORE and ONE_VERB.search("管子一堵") and whenever().search("水一开就是黄的")
    for c in ONE_WORD_BEFORE:
        assert not ONE_VERB.search(f"管子{c}一堵"), c
        assert not whenever().search(f"水{c}一开就是黄的"), c
