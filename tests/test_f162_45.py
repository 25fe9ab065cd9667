"""Session 45 (FAULTS45, p162): kinds found on an opened blind set, each pinned with
invented sentences and a precision twin.

1. A park named by its county or town (`都昌县工业园区`: 工业园区, type Venue, level
   subdistrict) is a zone of its own, not a spot in the county as a square is
   (`places.park_zone`); 厂房 (a factory's building) opens no factory (标准厂房:
   `place_type_char_words.txt`).
2. A road's section word split off by the analyser (上梅|中路) is the rest of the road's
   name (`tagged_places.split_road_word`).
3. Two named roads joined by 与/和 and a junction word (`place_junction_words.txt`:
   交叉口) are one stop, the junction (`tagged_places.junction_at`).
4. A school's gate word (校门口) ends the school's name at 中学, no 中学校
   (`place_type_char_words.txt` 校门, `place_parse`).
5. A later `在X，` of a touring paragraph, the stop's people speaking, is the party's next
   stop (`PresenceReading._toured_in_paragraph`), also with a spot word after the place
   (在X门口，); not when X is written as a part of the stop told before (`_part_of_stop`).
6. Strain past bearing said of no subject (实在吃不消) is an evaluation, no issue
   (`issue_feelings.tsv`).
7. The matter an act names before a colon and a quotation (谈到了X的事：“…”) is raised
   (`IssueFrames.matter_topic`).
8. 民生 and 更新 name fields of government work heard about (听取对城市更新和民生服务的
   意见): no issue (`issue_themes.tsv`).
9. A part of a site (`place_site_parts.txt`: 生产车间) closing a later clause-opening 在X is a
   spot of X, and the touring official named after it is there
   (`PresenceReading.part_clause`).
10. A party word before a village group's works (小组道路, `group_owned_works.txt`) is the
   residents' group, no party: the list of demands goes on through it (`ActorIndex.in_span`).
11. Farmers named by their crop (栗农, 瓜农: `issue_raisers.txt`) are raisers, as 果农 are: a
   village written before them places what they raised there.
"""

import pytest

from tests.extraction import facts_of, issues, labels_in_village, visits

pytestmark = pytest.mark.fast

TOUR = "近日，县政协副主席孙立平带领县政协委员高文、马强等，视察城区交通秩序。\n\n{body}"


def toured(body):
    return facts_of(TOUR.format(body=body))


# 1. a county's park is a place of its own
def test_county_park_is_its_own_place():
    f = facts_of("3月2日，县长罗明到石岭镇调研。\n\n在青阳县工业园区，罗明察看了园区标准厂房。")
    assert ("罗明", "青阳县工业园区") in visits(f)
    assert not any(place.endswith("标准厂") for _, place in visits(f))


def test_square_after_a_community_stays_the_community():
    f = facts_of("3月2日，县长罗明到石岭镇调研。\n\n在清泉社区广场，罗明察看了健身器材。")
    assert ("罗明", "清泉社区") in visits(f)


def test_factory_building_of_a_named_factory_is_the_factory():
    f = facts_of("3月2日，县长罗明来到红星机械厂厂房，察看生产。")
    assert visits(f) == {("罗明", "红星机械厂")}


# 2. a road's section split off
@pytest.mark.parametrize("road", ["下沙东路", "文昌二路"])
def test_road_with_section_word_is_the_stop(road):
    f = toured(f"委员们首先来到{road}，察看交通组织情况。沿街居民反映，这条路占道停车严重。")
    assert ("孙立平", road) in visits(f)
    assert (road, "这条路占道停车严重") in issues(f)


# 3. a junction of two roads
def test_junction_after_visit_verb_is_one_stop():
    f = facts_of("近日，县长王明视察城区交通。王明来到建设路和光明街交叉口，察看交通情况。居民反映，右转车辆经常和行人抢道。")
    assert visits(f) == {("王明", "建设路和光明街交叉口")}


def test_junction_opening_a_later_sentence_is_the_party_next_stop():
    f = toured("委员们首先来到新华路，察看交通情况。沿街居民反映，占道停车严重。在解放街与人民路交汇处，附近商户谈到，路口信号灯配时不合理。")
    assert ("孙立平", "解放街与人民路交汇处") in visits(f)
    assert ("解放街与人民路交汇处", "路口信号灯配时不合理") in issues(f)


def test_generic_roads_make_no_junction():
    from kg.extract.tagged_places import junction_at
    assert junction_at("在城市道路与乡村道路交叉口，", 1, 14) is None
    assert junction_at("在枫林街与资江大道沿线，", 1, 12) is None


# 4. a school's gate
def test_school_gate_ends_the_school_name():
    f = facts_of("近日，县长王明视察校园安全。王明来到青山中学校门口，察看交通情况。家长反映，接送车辆扎堆。")
    assert visits(f) == {("王明", "青山中学")}


def test_school_named_with_xuexiao_keeps_it():
    f = facts_of("近日，县长王明视察校园安全。王明来到青山学校，察看设施。")
    assert visits(f) == {("王明", "青山学校")}


# 5. a later 在X， of a touring paragraph
def test_later_stop_in_paragraph_with_its_people_speaking():
    f = toured("委员们首先来到新华路，察看交通情况。在青山小学，家长代表反映，接送车辆扎堆。")
    assert ("孙立平", "青山小学") in visits(f)
    assert ("青山小学", "接送车辆扎堆") in issues(f)


def test_spot_of_a_stop_opening_its_paragraph():
    f = toured("委员们首先来到新华路，察看交通情况。\n\n在青山小学门口，家长代表反映，接送车辆扎堆。")
    assert ("青山小学", "接送车辆扎堆") in issues(f)


def test_part_of_the_stop_told_before_is_no_next_stop():
    f = facts_of("1月5日，驻村第一书记李航来到青湖农场三分场，给困难职工送去棉被。在分场职工宿舍，老职工反映，宿舍屋顶漏雨。")
    assert ("李航", "分场职工宿舍") not in visits(f)


# 6. strain past bearing said of no subject
def test_bare_strain_is_an_evaluation():
    assert labels_in_village("村民反映，自来水经常停，实在受不了。") == {"自来水经常停"}


def test_strain_of_an_activity_stands():
    assert "晚上走路实在受不了" in labels_in_village("村民反映，村里的路灯坏了，晚上走路实在受不了。")


# 7. the matter named before a colon and a quotation
def test_matter_before_quotation_is_raised():
    assert "修桥" in labels_in_village("有村民说起了修桥的事：“桥断了两年，娃上学要绕远路。”")


def test_other_object_before_quotation_names_no_matter():
    assert "修桥的事故" not in labels_in_village("有村民说起了修桥的事故：“桥断了两年。”")


# 8. fields of government work heard about
def test_livelihood_and_renewal_are_themes():
    assert labels_in_village("听取居民群众对城市更新和民生服务的意见建议。") == set()


def test_renewal_of_a_thing_is_a_matter():
    assert labels_in_village("听取村民对设备更新的意见。") == {"设备更新"}


# 9. a site's part closing a later 在X
def test_workshop_of_a_company_opening_a_later_sentence():
    f = facts_of("3月2日，县长罗明到石岭镇调研。\n\n在石岭镇工业园区，罗明察看了道路建设现场。在青禾电子有限公司生产车间，罗明详细了解企业订单情况。")
    assert ("罗明", "青禾电子有限公司") in visits(f)


def test_other_words_after_a_company_name_no_spot():
    f = facts_of("3月2日，县长罗明到石岭镇调研。\n\n在石岭镇工业园区，罗明察看了道路建设现场。在青禾电子有限公司发展过程中，企业得到了支持。")
    assert ("罗明", "青禾电子有限公司") not in visits(f)


# 10. a village group's works
def test_group_road_in_a_list_of_demands():
    assert {"小组道路硬化", "垃圾清运"} <= labels_in_village("群众诉求主要集中在小组道路硬化、垃圾清运等方面。")


def test_party_word_before_a_verb_is_the_party():
    from kg.extract.actors import ActorIndex
    assert [a.kind for a in ActorIndex("调研小组来到石门村", []).in_span(0, 9)] == ["group"]
    assert [a.kind for a in ActorIndex("集中在小组道路硬化", []).in_span(0, 9)] == []


# 11. farmers named by their crop
TWO_VILLAGES = ("11月6日，镇党委书记胡德胜深入石门村、响水潭村走访调研。\n\n在石门村，胡德胜来到种植大户吴长顺家中。"
                "吴长顺说，板栗卖不上价。\n\n在响水潭村党群服务中心，胡德胜主持召开座谈会。{body}")


def test_crop_farmers_of_a_village_raise_there():
    f = facts_of(TWO_VILLAGES.format(body="石门村瓜农反映了销售难问题。"))
    assert ("石门村", "销售难") in issues(f)


def test_villagers_at_the_meeting_raise_at_the_meeting():
    f = facts_of(TWO_VILLAGES.format(body="村民代表反映了销售难问题。"))
    assert ("响水潭村党群服务中心", "销售难") in issues(f)
