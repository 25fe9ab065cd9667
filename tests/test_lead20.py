"""Lead's fixes of session 20, each a kind found by generating report shapes.
Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits


@pytest.mark.fast
@pytest.mark.parametrize("first", ["临溪街道", "柏树镇"])
def test_a_coarse_stop_where_residents_spoke_stays_beside_a_stop_inside_it(first):
    # residents raised something at the subdistrict or town before the party moved on to a
    # place inside it: that was a stop of its own, where the issue is filed
    facts = facts_of(f"5月6日，副县长符涛来到{first}，实地察看背街小巷整治情况，并与居民代表座谈。"
                     "居民代表反映，路口没有红绿灯，孩子上学过马路不安全。随后，符涛来到竹园社区，看望困难群众。\n")
    assert visits(facts) == {("符涛", first), ("符涛", "竹园社区")}
    assert any(place == first for place, _ in issues(facts))


@pytest.mark.fast
def test_a_coarse_place_that_only_frames_the_stops_is_no_visit():
    # nothing raised at the town itself: its stops inside it are the visits
    facts = facts_of("5月6日，副县长符涛来到柏树镇，先后察看了竹园村和杉坪村的人居环境整治情况。"
                     "在竹园村，村民反映，村里垃圾清运不及时。\n")
    assert ("符涛", "柏树镇") not in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("full, short", [("党群服务中心", "服务中心"), ("卫生服务站", "服务站")])
def test_a_place_written_by_its_type_word_alone_is_the_one_named_in_full(full, short):
    # the report named the place in full in a sentence where nobody went yet; a visit
    # to its type word alone goes there
    facts = facts_of(f"6月3日晚，江宁区枫桥街道{full}灯火通明。区人大常委会副主任谭立新来到{short}，"
                     "接待选民。居民代表提出，老街巷雨天积水。\n")
    assert visits(facts) == {("谭立新", f"枫桥街道{full}")}
    assert issues(facts) == {(f"枫桥街道{full}", "老街巷雨天积水")}


@pytest.mark.fast
@pytest.mark.parametrize("written", ["在驻村第一书记韩松的带领下", "在包村干部韩松陪同下"])
def test_a_verb_and_its_type_word_object_is_no_place(written):
    # 驻村, 包村: a verb and the village it takes as object (place_object_verbs.txt)
    facts = facts_of(f"4月9日，镇长陈静来到杏花村，{written}逐户走访。村民反映，村道坑洼不平。\n")
    assert visits(facts) == {("陈静", "杏花村")}


@pytest.mark.fast
@pytest.mark.parametrize("name", ["东村", "柳村", "唐村"])
def test_a_village_named_by_one_noun_surname_or_direction_stays_a_place(name):
    facts = facts_of(f"4月9日，镇长陈静来到{name}，与村民座谈。村民反映，村道坑洼不平。\n")
    assert visits(facts) == {("陈静", name)}


@pytest.mark.fast
def test_places_fronted_by_dui_before_an_inspection_are_visited():
    # 对A和B周边开展X检查: the places an official's inspection is carried out on
    facts = facts_of("5月2日，副镇长苏明远带领镇市场监管所有关负责人，对青石圩市场和望江花园小区周边"
                     "开展食品安全检查。在青石圩市场，摊主反映，排水沟经常堵塞。\n")
    assert visits(facts) == {("苏明远", "青石圩市场"), ("苏明远", "望江花园小区")}


@pytest.mark.fast
@pytest.mark.parametrize("said", ["苏明远要求，对", "苏明远表示，下一步将对"])
def test_an_inspection_an_official_asks_for_or_plans_is_no_visit(said):
    facts = facts_of(f"5月2日，副镇长苏明远来到杏花村。{said}望江花园小区开展安全检查。\n")
    assert visits(facts) == {("苏明远", "杏花村")}


@pytest.mark.fast
def test_a_work_fronted_by_dui_is_no_visit_to_its_place():
    # 对X改造项目开展督导: the inspection is of a work; its place is not named as a stop
    facts = facts_of("5月2日，区人大常委会主任苏明远带领部分人大代表，对青石街道老旧小区改造项目开展专题督导。\n")
    assert not any(place.endswith("老旧小区") for _, place in visits(facts))


@pytest.mark.fast
def test_a_name_the_analyser_cut_short_is_the_one_written_with_an_act_later():
    # 暴云|红/a，…: the analyser cut the name before its last character; the report writes the
    # whole name again with a person's act after it (暴云红一行抵达)
    facts = facts_of("1月1日，区委书记邝云红，区委书记欧阳丽分别深入社区一线，开展联系服务群众活动。\n"
                     "邝云红一行抵达凉溪镇长风居委会调研，与业主面对面交流。\n")
    assert {o.name for o in facts.officials.values()} == {"邝云红", "欧阳丽"}


@pytest.mark.fast
def test_a_site_numbered_in_its_series_is_labelled_with_its_parent():
    facts = facts_of("5月6日，副区长白启明来到柏溪镇第三幼儿园，察看校舍安全。\n")
    assert visits(facts) == {("白启明", "柏溪镇第三幼儿园")}


@pytest.mark.fast
def test_two_schools_of_one_name_in_two_reports_stay_two_places():
    from kg.api import build_texts

    built = build_texts({"a.txt": "4月9日，区长韦东来到东城街道青枫中学，与师生座谈。\n",
                         "b.txt": "4月10日，区长韦东来到东城街道青枫小学，与师生座谈。\n"})
    labels = {str(o) for o in built.dataset.objects() if str(o).startswith("青枫")}
    assert {"青枫中学", "青枫小学"} <= labels


@pytest.mark.fast
def test_a_name_the_analyser_runs_into_its_act_is_read_from_its_repetition():
    # 暴建/v 红一行/a: no token ends where the name does, but the report writes the name
    # again opening a clause with a person's act after it (X一行抵达)
    # (kg.synthetic's report, test_properties' falsifying example)
    facts = facts_of("1月1日，区委书记暴建红，区委书记欧阳丽分别深入社区一线，开展联系服务群众活动。\n"
                     "暴建红一行抵达曲江镇长风居委会调研，与业主面对面交流，业主提出了上下楼不方便等问题。\n")
    assert {o.name for o in facts.officials.values()} == {"暴建红", "欧阳丽"}
