"""Where a written place ends, session 17b: each test is one kind of misplaced
visit or issue found on unseen reports, closed by a mechanism in the place
grammar.  Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits


def places_of(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


@pytest.mark.fast
def test_a_joiner_after_a_named_place_ends_it():
    # 柳塘村和乡区的…: 和 after a whole village opens the next item; no town 柳塘村和乡
    facts = facts_of(
        "2025年4月8日，乡长邵明远先后走进桃溪村、柳塘村和乡区的青竹车站，倾听群众诉求。"
        "在柳塘村，村民反映村里的茶叶烘干机不够用。"
    )
    assert ("邵明远", "柳塘村") in visits(facts)
    assert not any("柳塘村和" in p for p in places_of(facts))
    assert any(place.endswith("柳塘村") for place, _ in issues(facts))


@pytest.mark.fast
def test_a_name_word_holding_the_joiner_stays_whole():
    # 和美, 和顺 open names (place_name_words.txt): 石泉镇和顺家园 is one estate
    facts = facts_of("2025年4月8日，镇长郑宏达来到石泉镇和顺家园，察看加装电梯工作。")
    assert any(p.endswith("和顺家园") for p in places_of(facts))


@pytest.mark.fast
def test_a_header_line_run_into_a_text_that_names_its_place_again():
    # 第二站：X菜场 / 菜场建成后…: the line break is lost, the repeated type word
    # opens the next clause; the stop is X菜场, not X菜场菜场
    facts = facts_of(
        "6月2日，县长詹秋实调研便民设施建设。\n\n"
        "第一站：枫桥街道云杉里小区\n"
        "云杉里小区建于九十年代。詹秋实察看了外墙保温施工现场。居民反映，小区楼道照明灯坏了。\n\n"
        "第二站：青柳路便民菜场\n"
        "菜场建成后人气不足。管理方汇报，菜场内排水不畅。\n"
    )
    names = places_of(facts)
    assert not any("菜场菜场" in p or "小区云杉里" in p for p in names)
    assert any(p.endswith("青柳路便民菜场") for p in names)
    assert any(place.endswith("青柳路便民菜场") and "排水不畅" in label for place, label in issues(facts))


@pytest.mark.fast
def test_a_site_character_after_na_is_part_of_a_zhuang_name():
    # 那街乡: 那 opens Zhuang names and 街 there is a name's character, not "that
    # street"; a set quantifier before type words (各街镇) stays a phrase
    facts = facts_of(
        "3月5日，县委书记莫振林来到那街乡第二中心小学，察看学生宿舍。学校负责人反映，食堂餐桌不够用。"
    )
    assert any(official == "莫振林" and place.endswith("中心小学") for official, place in visits(facts))
    assert any("那街乡" in p for p in places_of(facts))
    from kg.extract.place_proper_part import has_proper_part
    assert not has_proper_part("各街镇") and not has_proper_part("全镇村")


@pytest.mark.fast
def test_a_later_sentence_opening_at_a_place_inside_the_area_reached_is_a_stop():
    # 来到甲溪镇。在甲溪镇枫坪村，村民们提出…: the party is at the village, a stop
    # of the tour, though no official stands in that clause
    facts = facts_of(
        "2024年10月9日，副市长蒋立川来到甲溪镇。在甲溪镇枫坪村，村民们提出，村口的桥太窄，大车过不去。"
    )
    assert ("蒋立川", "枫坪村") in visits(facts)
    assert any(place.endswith("枫坪村") for place, _ in issues(facts))


@pytest.mark.fast
def test_a_later_place_outside_the_area_reached_is_no_stop():
    # 在雁山区，群众反映…: a place outside the town visited is only talked about
    facts = facts_of(
        "2024年10月9日，副市长蒋立川来到甲溪镇。在雁山区清河村，村民们提出，村口的桥太窄。"
    )
    assert ("蒋立川", "清河村") not in visits(facts)
