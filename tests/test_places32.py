"""Session 32 (LEFTOVERS32, places): place and stop faults left open by session 31.

1. A memorial or heritage site (`place_heritage_words.txt`: 旧址, 遗址, 故居) visited inside a
   village (来到X村，参观Y旧址) is the most specific place of the stop, as a named estate
   entered there is; the words before its type word name what it recalls, no place holding
   it (王家大院遗址 is not cut to an estate 王家大院).
3. A later sentence opening `在X村3组，` where residents speak, after a stop at the village,
   is at the group (a unit people live in inside the stop): its issues are filed there, as
   they were when the sentence opened a paragraph.
2. A villagers' group written by its number alone whose village the report never names
   lies in the area of the scene and is labelled with it (石门镇3组), as a generic leaf is;
   with no area anywhere it stays unparented, labelled by its number (3组).
4. A three-character name whose last character the analyser reads as 进 of 进到
   (副县长韦跃进到X村) is read whole when the analyser, reading the clause up to the
   movement verb, tags the three characters one person.
5. A clause denying an adverse predicate at its end (`issue_adverse_words.txt`: 看病不贵,
   办事不难; a cost's rise after a cost noun: 取暖费用不高) states no problem.
6. A named way or water walked along before a word of extent (沿着青河沿线步行察看,
   `visit_along_extents.txt`) is the stop, read by the analyser without the extent word;
   a common noun there (沿着河道沿线) names none.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, parent_name, visits

pytestmark = pytest.mark.fast

DATE = "2024年5月6日，"


# --- 1. a heritage site visited inside a village is the stop


@pytest.mark.parametrize(
    "site",
    ["红军医院旧址", "王家大院遗址", "李明故居"],
)
def test_a_heritage_site_seen_in_a_village_is_the_stop(site):
    facts = facts_of(f"{DATE}县长郑海来到石门镇青山村，参观{site}，听取情况汇报。")
    assert ("郑海", site) in visits(facts), visits(facts)
    assert parent_name(facts, site) == "青山村"


def test_a_heritage_site_keeps_its_whole_name():
    facts = facts_of(f"{DATE}县长郑海参观王家大院遗址。")
    assert visits(facts) == {("郑海", "王家大院遗址")}


def test_the_issue_raised_at_the_heritage_site_is_filed_there():
    facts = facts_of(f"{DATE}县长郑海来到石门镇青山村，参观红军医院旧址。村民反映，旧址周边停车位不足。")
    assert {place for place, _ in issues(facts)} == {"红军医院旧址"}, issues(facts)


@pytest.mark.parametrize(
    "text",
    [
        "县长郑海来到石门镇青山村，参观村史馆，听取情况汇报。",  # the village's own hall
        "县长郑海来到石门镇青山村，参观革命旧址，听取情况汇报。",  # the class of site, no name
        "县长郑海来到石门镇青山村，察看青山幼儿园建设情况。",  # a facility looked at
    ],
)
def test_the_villages_own_rooms_and_unnamed_sites_leave_the_village_the_stop(text):
    facts = facts_of(DATE + text)
    assert visits(facts) == {("郑海", "青山村")}, visits(facts)


# --- 3. a group opening a later sentence where villagers speak


@pytest.mark.parametrize(
    "opener, unit",
    [("在柳溪村3组，", "柳溪村3组"), ("在3组，", "柳溪村3组"), ("在柳溪村上滩组，", "上滩组"), ("在柳溪村阳光小区，", "阳光小区")],
)
def test_villagers_speaking_at_a_group_of_the_village_file_their_issue_there(opener, unit):
    facts = facts_of(f"{DATE}副县长刘芳来到石门镇柳溪村。{opener}村民反映，通组道路坑洼不平。")
    assert {place for place, _ in issues(facts)} == {unit}, issues(facts)
    assert parent_name(facts, unit) == "柳溪村"


@pytest.mark.parametrize(
    "text",
    [
        "副县长刘芳来到石门镇柳溪村。在村委会，村民反映，通组道路坑洼不平。",  # the village's own office
        "副县长刘芳来到石门镇柳溪村。在柳溪村，村民反映，通组道路坑洼不平。",  # the village again
    ],
)
def test_villagers_speaking_at_the_village_itself_keep_it(text):
    facts = facts_of(DATE + text)
    assert {place for place, _ in issues(facts)} == {"柳溪村"}, issues(facts)


def test_a_spot_inside_an_estate_stop_is_no_stop():
    facts = facts_of(f"{DATE}副县长刘芳来到石门镇阳光小区。在3号楼一单元，居民反映，楼道灯不亮。")
    assert {place for place, _ in issues(facts)} == {"阳光小区"}, issues(facts)


# --- 4. a given name ending in 进 before 到


def test_a_name_ending_in_jin_before_dao_is_read_whole():
    facts = facts_of(f"{DATE}副县长韦跃进到石门镇青山村调研。")
    assert visits(facts) == {("韦跃进", "青山村")}


@pytest.mark.parametrize(
    "text, name",
    [
        ("副县长刘芳进到石门镇青山村调研。", "刘芳"),  # the analyser reads 刘芳 进到
        ("副县长韦跃进到石门镇青山村调研。韦跃说，要抓好落实。", "韦跃"),  # the report's own two characters
        ("副县长张伟走到石门镇青山村调研。", "张伟"),
        ("副县长王明来到石门镇青山村调研。", "王明"),
    ],
)
def test_a_two_character_name_before_a_movement_verb_stays(text, name):
    facts = facts_of(DATE + text)
    assert {o.name for o in facts.officials.values()} == {name}


# --- 2. a group whose village is never named


def test_a_lone_group_in_a_town_is_labelled_with_the_town():
    facts = facts_of(f"{DATE}副县长刘芳来到石门镇，随后来到3组猕猴桃基地，察看产业发展情况。")
    assert parent_name(facts, "3组猕猴桃基地") == "石门镇3组"
    assert parent_name(facts, "石门镇3组") == "石门镇"


def test_a_group_of_a_named_village_keeps_the_village():
    facts = facts_of(f"{DATE}副县长刘芳来到石门镇梧桐社区，随后来到3组猕猴桃基地，察看产业发展情况。")
    assert parent_name(facts, "3组猕猴桃基地") == "梧桐社区3组"
    assert parent_name(facts, "梧桐社区3组") == "梧桐社区"


def test_a_lone_group_with_no_area_stays_unparented():
    facts = facts_of(f"{DATE}副县长刘芳来到3组猕猴桃基地，察看产业发展情况。")
    assert parent_name(facts, "3组猕猴桃基地") == "3组"
    assert parent_name(facts, "3组") is None


# --- 5. a negated adverse predicate


def village_issue_labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(f"{DATE}副县长刘芳来到石门镇青山村走访。{text}"))}


@pytest.mark.parametrize(
    "text",
    [
        "村民反映，取暖费用不高。",
        "村民说，现在取暖费用不高，住得也舒心。",
        "村民反映，看病不贵，办事不难。",
        "村民说，现在看病不难了。",
    ],
)
def test_a_denied_adverse_predicate_is_no_issue(text):
    assert village_issue_labels(text) == set()


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("村民反映，取暖费用太高。", {"取暖费用太高"}),
        ("村民反映，取暖费用不高，但是道路太窄。", {"道路太窄"}),
        ("村民反映，看病难，办事难。", {"看病难", "办事难"}),
        ("村民反映，村里年轻人参与的积极性不高。", {"村里年轻人参与的积极性不高"}),  # 不高 of no cost complains
    ],
)
def test_an_adverse_predicate_said_or_a_non_cost_not_high_is_an_issue(text, wanted):
    assert village_issue_labels(text) == wanted


# --- 6. a route walked along before a word of extent


@pytest.mark.parametrize("extent", ["沿线", "两岸"])
def test_a_river_walked_along_its_extent_is_the_stop(extent):
    facts = facts_of(f"{DATE}副县长刘芳来到石门镇青山村，沿着青河{extent}步行察看，了解河道治理情况。村民反映，河道淤积严重。")
    assert visits(facts) == {("刘芳", "青河")}, visits(facts)
    assert parent_name(facts, "青河") == "青山村"
    assert {place for place, _ in issues(facts)} == {"青河"}


@pytest.mark.parametrize(
    "walk",
    ["沿着河道沿线步行察看，了解河道治理情况。", "沿公路两侧察看绿化情况。", "沿着村道一线察看。"],
)
def test_a_common_way_walked_along_leaves_the_village_the_stop(walk):
    facts = facts_of(f"{DATE}副县长刘芳来到石门镇青山村，{walk}")
    assert visits(facts) == {("刘芳", "青山村")}, visits(facts)
