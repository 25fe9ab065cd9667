"""Session 32 (LEFTOVERS32, places): place and stop faults left open by session 31.

1. A memorial or heritage site (`place_heritage_words.txt`: 旧址, 遗址, 故居) visited inside a
   village (来到X村，参观Y旧址) is the most specific place of the stop, as a named estate
   entered there is; the words before its type word name what it recalls, no place holding
   it (王家大院遗址 is not cut to an estate 王家大院).
3. A later sentence opening `在X村3组，` where residents speak, after a stop at the village,
   is at the group (a unit people live in inside the stop): its issues are filed there, as
   they were when the sentence opened a paragraph.
4. A three-character name whose last character the analyser reads as 进 of 进到
   (副县长韦跃进到X村) is read whole when the analyser, reading the clause up to the
   movement verb, tags the three characters one person.

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
