"""Session 31 (PLACES31): things that are not places, and places the grammar missed.

- a list of complaints before 等 + a type word opening a word (等村民意见) or stating
  problems (路面坑洼、积水严重等村) names no places (`place_lists.parse_list`);
- the object of 将/把 that is a work named by its service after its place
  (将李家村饮水工程纳入计划) names the place, not the work (`place_check.handled_place`);
- a site written after a numbered group lies in the group (西来村3组猕猴桃基地:
  `place_segments.group_site`), and a group written by its number after its village is the
  village's group (来到西来村，在3组…: `kg.extract.village_groups`);
- memorial and heritage sites (旧址, 遗址, 故居) are sites; their class words alone
  (革命旧址) name none.

Every fixture is invented; the tests run the real parser.
"""

from __future__ import annotations

import pytest

from kg.extract.place_lists import parse_list
from tests.extraction import facts_of, issues, parent_name, visits

pytestmark = pytest.mark.fast

LEDE = "2024年5月6日，县长柏文来到青岚镇石屏村调研。"


def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


# 1. a list of complaints before a shared type word ------------------------------------
@pytest.mark.parametrize("clause", [
    "供暖不热、饮水浑浊等村民意见",
    "路灯不亮、垃圾乱堆等村民反映的问题",
    "路面坑洼、积水严重等村",
    "路面坑洼、积水严重两个村",
])
def test_complaints_before_a_shared_type_word_are_no_places(clause):
    assert parse_list(clause, 0) == []


@pytest.mark.parametrize("clause, names", [
    ("青山、绿水等村", ["青山村", "绿水村"]),
    ("青山、绿水等村村民", ["青山村", "绿水村"]),
    ("幸福、阳光等社区居民", ["幸福社区", "阳光社区"]),
    ("青山、绿水两个村", ["青山村", "绿水村"]),
    ("希望、光明等村", ["希望村", "光明村"]),  # a request word (希望) states no problem
])
def test_names_before_a_shared_type_word_are_still_places(clause, names):
    assert [c.text for c in parse_list(clause, 0)] == names


def test_a_report_of_complaints_gathered_has_no_complaint_village():
    facts = facts_of(LEDE + "在村委会，柏文收集了供暖不热、饮水浑浊等村民意见。")
    assert not any("不热" in n or "浑浊" in n for n in place_names(facts))
    assert ("柏文", "石屏村") in visits(facts)


# 2. a work handled (将/把) after its place -----------------------------------------------
def test_a_service_work_handled_after_its_village_is_no_place():
    facts = facts_of("2024年5月6日，县长柏文来到青岚镇调研，要求将李家村饮水工程纳入计划。")
    assert "饮水工程" not in place_names(facts)
    assert "李家村" in place_names(facts)
    assert visits(facts) == {("柏文", "青岚镇")}


def test_a_work_named_for_a_place_handled_stays_a_place():
    facts = facts_of("2024年5月6日，县长柏文来到青岚镇调研，要求将李家村青枫大桥工程纳入计划。")
    assert "青枫大桥工程" in place_names(facts)


def test_a_service_work_visited_is_still_the_stop_in_the_village():
    facts = facts_of("2024年5月6日，县长柏文来到青岚镇李家村饮水工程现场调研。")
    assert visits(facts) == {("柏文", "李家村")}


# 3. a site inside a numbered group --------------------------------------------------------
def test_a_site_after_a_group_lies_in_the_group():
    facts = facts_of("2024年5月6日，县长柏文来到青岚镇西来村3组猕猴桃基地，察看产业发展。")
    assert visits(facts) == {("柏文", "3组猕猴桃基地")}
    assert parent_name(facts, "3组猕猴桃基地") == "西来村3组"
    assert parent_name(facts, "西来村3组") == "西来村"


def test_a_site_after_a_group_written_alone_lies_in_the_village_named_before():
    facts = facts_of("2024年5月6日，县长柏文来到西来村，在3组猕猴桃基地察看产业发展。")
    assert visits(facts) == {("柏文", "3组猕猴桃基地")}
    assert parent_name(facts, "3组猕猴桃基地") == "西来村3组"


@pytest.mark.parametrize("name, parts", [
    ("下洲村五组", ["下洲村", "五组"]),  # a group alone: no site after it
    ("西来村上滩组猕猴桃基地", ["西来村", "上滩组猕猴桃基地"]),  # a named group: its name may run on
])
def test_no_cut_without_a_numbered_group_and_a_site(name, parts):
    from kg.extract.place_segments import segment
    assert [s.text for s in segment(name)] == parts


# 4. a group written by its number after its village --------------------------------------
def test_a_bare_group_after_its_village_is_the_villages_group():
    facts = facts_of("2024年5月6日，县长柏文来到西来村，随后在3组与村民座谈，村民反映道路破损。")
    assert ("柏文", "西来村3组") in visits(facts)
    assert parent_name(facts, "西来村3组") == "西来村"
    assert issues(facts) == {("西来村3组", "道路破损")}


def test_groups_listed_after_their_village():
    facts = facts_of("2024年5月6日，县长柏文来到西来村，走访了3组、5组，察看危房改造。")
    assert {("柏文", "西来村3组"), ("柏文", "西来村5组")} <= visits(facts)


@pytest.mark.parametrize("text", [
    "2024年5月6日，县长柏文在3组与村民座谈。",  # no village named: a number names nothing
    "2024年5月6日，县长柏文来到西来村调研，要求各组组长做好服务。",  # 组长: no group
])
def test_no_group_without_its_village_or_number(text):
    assert not any(n.endswith("组") for n in place_names(facts_of(text)))


# 5. memorial and heritage sites ------------------------------------------------------------
def test_memorial_sites_are_stops():
    facts = facts_of("2024年5月6日，县长柏文来到青岚镇，先后来到李大钊故居、红军长征旧址，察看文物保护情况。")
    assert {("柏文", "李大钊故居"), ("柏文", "红军长征旧址")} <= visits(facts)


def test_two_sites_of_one_person_are_two_places():
    facts = facts_of("2024年5月6日，县长柏文来到青岚镇，先后来到李大钊故居、李大钊纪念馆，察看文物保护情况。")
    assert {("柏文", "李大钊故居"), ("柏文", "李大钊纪念馆")} <= visits(facts)


@pytest.mark.parametrize("site", ["革命旧址", "红色遗址", "名人故居"])
def test_a_class_of_sites_is_no_place(site):
    facts = facts_of(f"2024年5月6日，县长柏文来到青岚镇，察看{site}保护情况。")
    assert site not in place_names(facts)
