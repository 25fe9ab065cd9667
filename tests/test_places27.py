"""Session 27, what a place IS: a site written again in short is that site; a place
that qualifies a person is their home, not the scene; 同 + a type word refers back;
built-up-area and programme words are generic; the buildings of use are sites.
Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, parent_name, visits


def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


STATION = "2025年4月10日，县人大代表王立明、赵春华来到青竹乡人大代表联络站接待选民。"


# 1. a short re-mention of a named site is that site ------------------------------------
@pytest.mark.fast
@pytest.mark.parametrize(
    "again",
    [
        "乡人大副主席孙海涛也来到青竹乡联络站协助接待。",
        "乡人大副主席孙海涛一同来到青竹乡联络站，协助接待。",
        "乡人大副主席孙海涛也来到联络站协助接待。",
        "乡人大副主席孙海涛也来到联络站，协助接待。",
        "乡人大副主席孙海涛也来到该站协助接待。",
        "乡人大副主席孙海涛随后来到此站，协助接待。",
    ],
)
def test_a_site_written_again_in_short_is_the_same_site(again):
    facts = facts_of(STATION + again + "村民李大爷反映村道破损严重。\n")
    assert place_names(facts) == {"青竹乡", "青竹乡人大代表联络站"}
    assert ("孙海涛", "青竹乡人大代表联络站") in visits(facts)
    assert issues(facts) == {("青竹乡人大代表联络站", "村道破损严重")}


@pytest.mark.fast
def test_a_short_form_in_the_headline_before_the_full_name_is_the_same_site():
    facts = facts_of("县人大代表在青竹乡联络站接待选民\n\n" + STATION + "村民李大爷反映村道破损严重。\n")
    assert place_names(facts) == {"青竹乡", "青竹乡人大代表联络站"}
    assert issues(facts) == {("青竹乡人大代表联络站", "村道破损严重")}


@pytest.mark.fast
def test_a_longer_name_with_a_proper_part_is_another_site():
    # 金色梧桐苑 is not 梧桐苑 written in full: the part before is a name
    facts = facts_of("2025年4月10日，区长王明来到梧桐苑小区察看。随后，王明来到金色梧桐苑小区，居民反映停车难。\n")
    assert len({place for _, place in visits(facts)}) == 2


# 2. a place that qualifies a person is their home --------------------------------------
@pytest.mark.fast
@pytest.mark.parametrize(
    "speaker",
    ["石门村村民李秀兰说，", "石门村的村民李秀兰说，", "石门村住户李秀兰反映，", "石门村群众代表李秀兰提出，"],
)
def test_a_speakers_home_place_sets_no_scene(speaker):
    facts = facts_of(STATION + "\n\n" + speaker + "孩子上学要走一个多小时山路。代表们认真记录，逐一作了解答。\n")
    assert visits(facts) == {("王立明", "青竹乡人大代表联络站"), ("赵春华", "青竹乡人大代表联络站")}
    assert {place for place, _ in issues(facts)} == {"青竹乡人大代表联络站"}


@pytest.mark.fast
def test_a_paragraph_opening_at_a_village_still_sets_its_scene():
    # precision: the village opens the paragraph as its subject, no person's attribute
    facts = facts_of(
        "2025年4月10日，县长王明来到白沙镇调研。\n\n石门村地处山区，村民反映道路狭窄。王明详细了解了情况。\n"
    )  # (session 28: 了解 as a word of its own; the 了解 of 作了解答 is no presence verb)
    assert ("石门村", "道路狭窄") in issues(facts)


# 3. 同 + a type word refers back ----------------------------------------------------------
@pytest.mark.fast
@pytest.mark.parametrize(
    "again, unit, inner",
    [
        ("随后又来到同村的东坳组，", "柳溪村", "东坳组"),
        ("随后来到同一村的东坳组，", "柳溪村", "东坳组"),
        ("随后来到该村东坳组，", "柳溪村", "东坳组"),
        ("随后来到本村的东坳组，", "柳溪村", "东坳组"),
    ],
)
def test_the_same_unit_is_the_one_named_before(again, unit, inner):
    facts = facts_of(f"2025年3月2日，县委书记李强来到{unit}，{again}村民反映饮水困难。\n")
    assert not any(n.startswith(("同", "该", "本")) for n in place_names(facts))
    assert visits(facts) == {("李强", inner)}
    assert parent_name(facts, inner) == unit
    assert issues(facts) == {(inner, "饮水困难")}


@pytest.mark.fast
@pytest.mark.parametrize("word", ["该村", "同村", "此村"])
def test_a_later_visit_to_the_unit_referred_back_to(word):
    facts = facts_of(f"2025年3月2日，县委书记李强来到柳溪村察看。3月3日，县长王明也来到{word}，村民反映饮水困难。\n")
    assert visits(facts) == {("李强", "柳溪村"), ("王明", "柳溪村")}
    assert place_names(facts) == {"柳溪村"}


@pytest.mark.fast
def test_a_quantifier_refers_to_no_one_place():
    # precision: 各村 counts the villages, it names none of them again
    facts = facts_of("2025年3月2日，县委书记李强来到柳溪村察看。3月3日，县长王明来到各村走访，村民反映饮水困难。\n")
    assert ("王明", "柳溪村") not in visits(facts)


@pytest.mark.fast
def test_the_same_community_holds_the_estate_after_it():
    facts = facts_of("2025年3月2日，区长王明来到翠湖社区，又到同一社区的枫林小区察看，居民反映停车难。\n")
    assert parent_name(facts, "枫林小区") == "翠湖社区"
    assert issues(facts) == {("枫林小区", "停车难")}


@pytest.mark.fast
@pytest.mark.parametrize("name", ["同心村", "同乐社区"])
def test_a_name_opening_with_the_same_is_a_name(name):
    # precision: 同 opening a longer name part is the name's own character
    facts = facts_of(f"2025年3月2日，县委书记李强来到{name}，村民反映饮水困难。\n")
    assert visits(facts) == {("李强", name)}


@pytest.mark.fast
def test_a_named_unit_then_de_then_a_place_inside_it():
    facts = facts_of("2025年3月2日，县委书记李强来到柳溪村的东坳组，村民反映饮水困难。\n")
    assert visits(facts) == {("李强", "东坳组")}
    assert parent_name(facts, "东坳组") == "柳溪村"


# 4. built-up-area words are generic --------------------------------------------------------
@pytest.mark.fast
@pytest.mark.parametrize("area", ["县城", "镇区", "市区", "主城区"])
def test_a_built_up_area_word_names_no_community(area):
    facts = facts_of(f"2025年3月2日，县长王明来到青石镇，随后到{area}联系社区走访。居民反映停车难。\n")
    assert not any(n.startswith(area) for n in place_names(facts))
    assert ("王明", "青石镇") in visits(facts)


@pytest.mark.fast
def test_a_town_named_after_its_seat_stays_named():
    # precision: 城关 is left out of the class, 城关镇 is a town's proper name
    facts = facts_of("2025年3月2日，县长王明来到城关镇柳巷社区，居民反映停车难。\n")
    assert ("王明", "柳巷社区") in visits(facts)
    assert parent_name(facts, "柳巷社区") == "城关镇"


# 5. programme compounds name a kind of site ------------------------------------------------
@pytest.mark.fast
@pytest.mark.parametrize(
    "site",
    ["易地搬迁安置点", "异地扶贫搬迁安置点", "扶贫车间", "就业帮扶车间", "创业孵化基地"],
)
def test_a_programme_site_after_a_village_leaves_the_village_the_stop(site):
    facts = facts_of(f"2025年3月2日，县委书记李强在柳溪村察看{site}，与群众交流。群众反映就业难。\n")
    assert visits(facts) == {("李强", "柳溪村")}
    assert issues(facts) == {("柳溪村", "就业难")}


@pytest.mark.fast
@pytest.mark.parametrize("estate, name", [("幸福家园安置小区", "幸福家园"), ("金竹安置点", "金竹安置点")])
def test_a_named_resettlement_estate_stays_named(estate, name):
    facts = facts_of(f"2025年3月2日，县委书记李强来到{estate}，群众反映就业难。\n")
    assert visits(facts) == {("李强", name)}


# 6. buildings of use are sites ---------------------------------------------------------------
@pytest.mark.fast
@pytest.mark.parametrize(
    "site",
    ["榆树街长者饭堂", "榆树街社区餐厅", "柳溪村文化室", "榆树街警务室", "柳溪村澡堂"],
)
@pytest.mark.parametrize("frame", ["来到{}，与老人交流。", "在{}与老人交流。"])
def test_a_building_of_use_is_a_site(site, frame):
    facts = facts_of("2025年3月2日，区委书记陈立新" + frame.format(site) + "老人们反映饭菜偏咸。\n")
    assert visits(facts) == {("陈立新", site)}
    assert issues(facts) == {(site, "饭菜偏咸")}
