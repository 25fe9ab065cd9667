"""Session 33 (LEFT33): small faults found by users and helpers.

1. A town written alone (来到丹江镇乌东村) lies in the report's one county-level unit
   (`place_county_words.txt`, kg.extract.post_jurisdiction.attach_under_one_county), as
   it did when the county was only in a post; never when the report names two counties.
2. A one-character type word ending a verb done at a spot written by a locative or a
   place word (窗口/s 前/f 排队/v: kg.extract.place_check.clause_cut, `SPOT_TAGS`) is the
   verb's object: 在窗口前排队 names no place (队 is a team's type word).
3. A 新区 named again by its type word (新区文化中心) is the report's 新区 whatever level
   the report gave it (kg.extract.back_reference: a 新区 placed in its district is a
   subdistrict-level area), and the area's name read back is never cut out of its
   district's (江区泗泾新区: `area_written_before`); a 新区 followed by 新区 + a site is
   that area and its own site (泗泾新区|新区文化中心: place_segments._own_word_site), no district
   泗泾新区新区.
4. A grievance idiom, a verb of pouring out and a grievance noun (吐苦水, 大倒苦水:
   `issue_grievance_verbs.txt` x `issue_grievance_nouns.txt`, kg.extract.lexicons.raising_acts),
   is a raising act with its content in the next clause, as 倒苦水 and 诉苦 were.
5. A name, a level word and a staff noun (陈仓区领导, 石桥镇干部: `name_staff_nouns.txt`,
   kg.extract.official_names_before._level_group) are a place's leaders or cadres: no person, though
   the analyser reads a two-character place name alone as one (陈仓领导/PER).
6. A numbered group in a town's report naming no village or community lies in the town
   (kg.extract.village_groups.town_without_units: 来到石门镇…在3组 -> 石门镇3组); a group
   after its village (在柳溪村3组，村民反映) holds its issues (places32, verified).

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, labels_in_village, parent_name, visits

pytestmark = pytest.mark.fast


# --- 1. a town named alone takes the report's one county


def test_a_town_named_alone_lies_in_the_reports_one_county():
    f = facts_of("2024年3月5日，县长邵平到青岩县石桥镇调研茶产业。随后，邵平来到枫木镇岩脚村，察看茶叶基地。")
    assert parent_name(f, "枫木镇") == "青岩县"
    assert parent_name(f, "岩脚村") == "枫木镇"


def test_a_town_named_alone_in_a_report_of_two_counties_stays_unplaced():
    f = facts_of("2024年3月5日，县长邵平到青岩县石桥镇调研，随后到白溪县黄坪镇考察。之后来到枫木镇岩脚村察看。")
    assert parent_name(f, "枫木镇") is None
    assert parent_name(f, "黄坪镇") == "白溪县"


def test_a_town_named_alone_in_a_citys_report_stays_unplaced():
    # a city is no county: its towns lie in districts it does not write
    f = facts_of("2024年3月5日，市长邵平到青岩市石桥镇调研。随后，邵平来到枫木镇岩脚村察看。")
    assert parent_name(f, "枫木镇") is None


# --- 2. a verb done at a spot is no place


@pytest.mark.parametrize("verb", ["排队", "插队"])
def test_a_verb_at_a_spot_is_no_place(verb):
    f = facts_of(f"2024年3月5日，区长韩放来到城南街道便民服务中心，看到不少群众在窗口前{verb}。")
    assert {p.name for p in f.places.values()} == {"城南街道", "城南街道便民服务中心"}
    assert visits(f) == {("韩放", "城南街道便民服务中心")}


def test_a_team_named_at_its_place_stays_a_place():
    # 长者食堂|排队 is still cut back to its place, and a named team is a place
    f = facts_of("2024年3月5日，区长韩放来到城南街道，在长者食堂排队打饭的老人说，菜太咸了。")
    assert "长者食堂" in {p.name for p in f.places.values()}


# --- 3. a 新区 named again by its type word


def test_a_new_area_named_again_is_the_reports_new_area():
    f = facts_of("2024年3月5日，区长韩放来到临港区东滩新区，察看新区文化中心。居民反映，文化中心开放时间太短。")
    names = {p.name for p in f.places.values()}
    assert "江区东滩新区" not in names and not any(n.startswith("港区") for n in names)
    assert visits(f) == {("韩放", "东滩新区文化中心")}
    assert parent_name(f, "东滩新区文化中心") == "东滩新区"
    assert parent_name(f, "东滩新区") == "临港区"


def test_a_new_area_and_its_own_site_are_two_places():
    f = facts_of("2024年3月5日，区长韩放来到东滩新区新区文化中心调研。")
    assert {p.name for p in f.places.values()} == {"东滩新区", "东滩新区新区文化中心"}


def test_a_district_word_alone_does_not_name_a_lower_new_area():
    # 区文化中心 after a 新区 placed in its district is the district's (区), not the 新区's
    f = facts_of("2024年3月5日，区长韩放来到临港区东滩新区，随后来到区文化中心。")
    names = {p.name for p in f.places.values()}
    assert "东滩新区文化中心" not in names and "临港区文化中心" in names


# --- 4. a grievance idiom raises the next clause


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("村民向县长吐苦水，楼道里的电动车常年飞线充电。", "楼道里的电动车常年飞线充电"),
        ("几位老人向县长大倒苦水，村里的机耕道一下雨就走不了。", "村里的机耕道一下雨就走不了"),
    ],
)
def test_a_grievance_idiom_raises_the_next_clause(text, wanted):
    assert wanted in labels_in_village(text)


def test_a_pouring_verb_with_another_object_raises_nothing():
    # 倒茶 (to pour tea) is no grievance: the clause after it is no one's complaint
    assert labels_in_village("村民给县长倒茶，楼道里的电动车常年飞线充电。") == set()


# --- 5. a place's leaders are no person


@pytest.mark.parametrize("group", ["陈仓区领导", "石泉县干部"])
def test_a_places_leaders_are_no_person(group):
    f = facts_of(f"2024年3月5日，县长郑海来到青山村调研。次日，{group}来到石坪村，察看高标准农田建设。")
    assert {o.name for o in f.officials.values()} == {"郑海"}


def test_a_name_before_a_post_is_still_a_person():
    f = facts_of("2024年3月5日，陈强区长来到青山村调研，察看高标准农田建设。")
    assert {o.name: o.posts for o in f.officials.values()} == {"陈强": ["区长"]}
    f = facts_of("2024年3月5日，陈仓区领导韩放来到青山村调研。")
    assert {o.name: o.posts for o in f.officials.values()} == {"韩放": ["陈仓区领导"]}


# --- 6. a numbered group


def test_a_group_in_a_town_report_with_no_village_lies_in_the_town():
    f = facts_of("2024年3月5日，县长邵平来到枫木镇调研。在5组，村民反映，组里的水渠年久失修。")
    assert parent_name(f, "枫木镇5组") == "枫木镇"
    assert issues(f) == {("枫木镇5组", "组里的水渠年久失修")}


def test_a_group_after_its_village_is_the_villages():
    f = facts_of("2024年3月5日，县长邵平来到枫木镇岩脚村调研。在5组，村民反映，组里的水渠年久失修。")
    assert parent_name(f, "岩脚村5组") == "岩脚村"
    assert issues(f) == {("岩脚村5组", "组里的水渠年久失修")}
    f = facts_of("2024年3月5日，县长邵平来到枫木镇岩脚村调研。在岩脚村5组，村民反映，组里的水渠年久失修。")
    assert issues(f) == {("岩脚村5组", "组里的水渠年久失修")}


def test_a_group_told_before_any_unit_is_no_place():
    # a number names nothing alone: the town named after it does not hold it
    f = facts_of("2024年3月5日，县长邵平先到5组察看水渠，随后来到枫木镇调研。")
    assert {p.name for p in f.places.values()} == {"枫木镇"}
