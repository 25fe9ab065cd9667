"""Session 48 (fstop: stops the parser missed although the party was there), kinds found on the
opened sets p187, p188, p191, p193, each pinned with invented sentences in two wordings (one in
another shape) and a twin left alone.

1. The party received by the people of the place a paragraph is about (`visit_received_words.txt`,
   `PresenceReading.received`): a resident or cadre leading the party in (`居民甲领着调研组来到自家
   门口`), or residents waiting for it (`居民早早等在小区门口`, the official named, by name or by a
   post they hold), puts the party at the paragraph's named place: a stop, and what is raised
   there is filed there.  An official leading people in (`区长甲带着乙来到`) is the party's own
   move; residents waiting with no visitor named tell no stop.  The copula after a named place
   (`X新村是原Y厂的职工宿舍`) says what the place is: it opens no site's name as the prepositions
   同 and 与 may (`place_window.COPULAS`), so the paragraph is about X, not about `X新村是原Y厂`.
2. A descriptor of a residence class written before an estate's own name with no mark
   (`place_estate_descriptors.txt`: `原X厂职工宿舍Y小区`, `X矿家属区Y新村`) is no part of the name:
   the place is the estate as named, and what is raised there is filed there.
3. A clause-opening 在 whose place follows modifiers joined by 、, the last ending in 的
   (`在同属X街道、去年完成改造的Y新村，`: `visit_patterns.MODIFIERS_OF`), sets the scene at the place
   as one short modifier does (`在临河的Y新村，`); 在X的带领下 still names nothing.
4. A lane or street named after a slogan word, written in its unit's chain (`X街道建设巷`,
   `X社区团结巷`: `place_window._road_after_unit`), is a place, as it is opening a name
   (`建设路`); the unit alone had been the stop, taking the lane's raisings.
5. At a village or community, a business of its own name the party goes into (an enter verb:
   `走进“X”民宿`, `步入Y农家乐`; `StopReading._named_site_in_community`) is a stop, as a named
   estate entered there is: what its keeper raises is filed there.  Looked at (`察看Y农家乐`), it
   stays part of the round of the village.
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


# 1. the party received by the people of a place

def test_a_resident_leading_the_team_in_puts_it_at_the_estate_the_paragraph_is_about():
    facts = facts_of("2024年6月3日，副市长罗成带队检查老旧小区改造工作。\n\n"
                     "桂园新村是原纺织厂的职工宿舍，住着300多户人家。老住户孔师傅领着检查组来到楼道口，说：“这里的水管锈穿了，一用水就漏。”\n")
    assert ("罗成", "桂园新村") in visits(facts)
    assert any(place == "桂园新村" for place, _ in issues(facts))


def test_residents_waiting_for_the_official_named_by_post_put_him_at_the_estate():
    facts = facts_of("2024年4月8日，区长严明来到梧桐街道，走访老旧小区。\n\n"
                     "翠竹苑小区建成于1992年。听说区长要来，十几位居民一早就等在了小区门口。"
                     "居民甲说，小区的路灯坏了半年没人修。\n")
    assert ("严明", "翠竹苑小区") in visits(facts)
    assert ("翠竹苑小区", "小区的路灯坏了半年没人修") in issues(facts)


def test_residents_waiting_with_no_visitor_named_tell_no_stop():
    facts = facts_of("2024年4月8日，区长严明来到梧桐街道，走访老旧小区。\n\n"
                     "翠竹苑小区建成于1992年。每天清晨，十几位居民都等在小区门口买菜。\n")
    assert ("严明", "翠竹苑小区") not in visits(facts)


def test_the_copula_after_a_named_estate_opens_no_site_name():
    from kg.extract.place_lists import parse_list
    text = "桂园新村是原纺织厂的职工宿舍，住着300多户人家"
    assert [c.text for c in parse_list(text, 0, len(text))] == ["桂园新村"]
    text = "同安社区同和里小区"  # (a preposition's character may still open the next estate's name)
    assert [c.text for c in parse_list("来到" + text, 2, 2 + len(text))] == ["同安社区同和里小区"]


# 2. a residence-class descriptor before an estate's own name

def test_a_works_dormitory_descriptor_before_an_estate_is_no_part_of_its_name():
    facts = facts_of("2024年5月6日，区长方正到东山街道调研老旧小区改造。\n\n"
                     "在原棉纺厂职工宿舍桃李小区，改造正在进行。居民甲说，楼道里的水管漏水好几年了。\n")
    assert ("方正", "桃李小区") in visits(facts)
    assert ("桃李小区", "楼道里的水管漏水好几年了") in issues(facts)
    assert not any("棉纺厂" in place for _, place in visits(facts))


def test_a_mine_family_quarter_descriptor_after_a_move_verb():
    facts = facts_of("2024年8月2日，副县长田野来到石门矿家属区向阳新村，察看排水管网改造。居民反映，一下雨路面就积水。\n")
    assert ("田野", "向阳新村") in visits(facts)
    # (a family quarter named by its works alone is a place of its own)
    facts = facts_of("2024年8月2日，副县长田野来到石门矿家属区，察看排水管网改造。居民反映，一下雨路面就积水。\n")
    assert ("田野", "石门矿家属区") in visits(facts)


# 3. modifiers joined by 、 before a clause-opening 在's place

def test_coordinated_modifiers_before_the_place_of_a_clause_opening_at():
    facts = facts_of("2024年3月2日，区长严明到梧桐街道调研老旧小区改造。\n\n"
                     "在同属梧桐街道、前年完成改造的松林新村，严明察看了新建的车棚。居民甲说，小区的路灯不亮。\n")
    assert ("严明", "松林新村") in visits(facts)
    facts = facts_of("2024年3月2日，区长严明到梧桐街道调研。\n\n"
                     "在紧邻河道、地势低洼的柳岸小区，严明察看了排水设施。\n")
    assert ("严明", "柳岸小区") in visits(facts)


def test_coordinated_modifiers_of_a_guiding_phrase_name_no_place():
    facts = facts_of("2024年3月2日，区长严明到梧桐街道调研。\n\n"
                     "在社区干部、居民代表的带领下，严明察看了新建的车棚。\n")
    assert visits(facts) == {("严明", "梧桐街道")}


# 4. a slogan-word lane in its unit's chain

def test_a_slogan_word_lane_after_its_subdistrict_is_the_stop():
    facts = facts_of("2024年6月2日，市长韩冰检查城区排涝工作。\n\n"
                     "在青河街道建设巷，店主甲告诉韩冰，门口一下雨就积水。\n")
    assert any(place.endswith("建设巷") for _, place in visits(facts))
    facts = facts_of("2024年6月2日，副区长韩冰来到青河街道团结巷，察看积水情况。居民说，下水道堵了。\n")
    assert any(place.endswith("团结巷") for _, place in visits(facts))


def test_a_common_noun_after_a_subdistrict_is_no_lane():
    from kg.extract.place_lists import parse_list
    text = "在青河街道建设道路，"
    assert [c.text for c in parse_list(text, 1, len(text))] == ["青河街道"]


# 5. a named business entered at a village

def test_a_named_guesthouse_entered_in_a_village_is_a_stop():
    facts = facts_of("2024年9月3日，县政协副主席田园带领委员赴溪口镇调研。\n\n"
                     "在竹溪村，委员们走进由老屋改造的“山月居”民宿，了解经营情况。店主甲说，村里的停车场太小。\n")
    assert any("山月居" in place for _, place in visits(facts))
    assert any("山月居" in place and issue == "村里的停车场太小" for place, issue in issues(facts))


def test_a_named_farm_restaurant_entered_in_a_community_in_another_shape():
    facts = facts_of("2024年9月3日，副县长田园来到溪口镇竹溪村，随后步入绿野农家乐，了解经营情况。老板说，游客少。\n")
    assert any("绿野农家乐" in place for _, place in visits(facts))
    facts = facts_of("2024年9月3日，副县长田园来到溪口镇竹溪村，察看了绿野农家乐的经营情况。老板说，游客少。\n")
    assert not any("绿野农家乐" in place for _, place in visits(facts))
