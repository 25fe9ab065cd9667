"""Session 18 (issue 9): visits on unseen reports — an inspection party named
by its work, leaders listed each with a title, a movement verb inside the words
someone reports, a path named by its place's type word.

Every fixture is invented for these tests.
"""

import pytest

from tests.extraction import facts_of, parent_name, visits


@pytest.mark.fast
def test_an_inspection_party_named_by_its_work_is_the_officials_party():
    # 督导组 (an inspect verb + 组, group_words.txt): the party of the official who leads it,
    # not a person 督导 (the headline's 领导督导 read as a title and a name)
    f = facts_of(
        "柏林县人大常委会领导督导检查民生实事项目\n\n"
        "6月3日，柏林县人大常委会副主任祁远航带队，对石门镇的民生实事开展督导检查，县住建局局长侯文涛等陪同。\n\n"
        "4日，督导组来到石门镇南塘村。村民反映，村里的路灯坏了。"
    )
    assert visits(f) == {("祁远航", "南塘村")}


@pytest.mark.fast
def test_leaders_listed_each_with_a_title_before_the_lead_word_lead_together():
    # 主任A，副主任B带领…: A leads the party too, though the lead word follows B
    f = facts_of(
        "6月3日，区人大常委会主任邝启明，副主任、二级巡视员祝晓岚带领部分区人大代表，"
        "对翠湖街道加装电梯项目开展专题视察。视察组首先来到翠湖街道映月苑小区。"
    )
    assert visits(f) == {("邝启明", "映月苑小区"), ("祝晓岚", "映月苑小区")}


@pytest.mark.fast
@pytest.mark.parametrize("speech", [
    "有乘客建议，增开到南湖公交站的接驳专线",  # someone unnamed (有) suggests
    "家长们反映，接送车辆常常排到银杏路上",  # residents (issue_raisers.txt) speak
])
def test_a_movement_verb_inside_the_words_reported_is_no_visit(speech):
    f = facts_of(f"6月3日，副区长祁远航来到青桐客运站，察看候车秩序。{speech}。")
    assert visits(f) == {("祁远航", "青桐客运站")}


@pytest.mark.fast
def test_a_cadres_report_holds_no_visit_of_the_official():
    # 站长X汇报，…开到Y: the act right after the cadre's name reports; Y is no stop
    f = facts_of(
        "6月3日，副县长祁远航来到岚湾村，察看渔船避风情况。"
        "村党支部书记程立秋汇报，港池淤浅，去年有两条渔船只能开到东岙港避风。"
    )
    assert visits(f) == {("祁远航", "岚湾村")}


@pytest.mark.fast
def test_an_official_who_heard_residents_then_moved_on_still_visits():
    # 听取村民反映后，来到Y: a time clause, the official's own move
    f = facts_of("6月3日，副县长祁远航在岚湾村听取村民反映后，来到东岙村，察看了渔港。")
    assert ("祁远航", "东岙村") in visits(f)


@pytest.mark.fast
def test_a_path_named_by_its_places_type_word_is_no_stop():
    # 村内主街: the village's own street (type word + 内); the village stays the stop
    f = facts_of("6月3日，副县长祁远航来到南塘村，沿着村内主街察看了绿化情况。村民反映，村西的沟渠一到汛期就漫水。")
    assert visits(f) == {("祁远航", "南塘村")}


@pytest.mark.fast
def test_a_clause_opened_by_an_officials_name_is_no_host_place():
    # 祝晓岚要求街道…接待日: 接待 (a host verb) in a noun; 祝晓岚要求街道 is no place
    f = facts_of(
        "6月3日，区人大代表邝启明、祝晓岚来到云栖街道人大代表联络站，开展接待活动。\n\n"
        "祝晓岚要求街道对接待日收集的问题逐条登记。"
    )
    assert visits(f) == {("邝启明", "云栖街道人大代表联络站"), ("祝晓岚", "云栖街道人大代表联络站")}


@pytest.mark.fast
def test_a_path_the_grammar_does_not_read_walked_inside_the_place_is_no_stop():
    # 在X公园，A沿着步道察看: the walk is inside the park, whose issues stay its own
    f = facts_of("6月3日，副县长祁远航来到南塘镇。在南塘湿地公园，祁远航沿着木栈道察看了改造情况。")
    assert ("祁远航", "木栈道") not in visits(f)
    assert ("祁远航", "南塘湿地公园") in visits(f)
    # reached by a visit verb earlier in the sentence, the same (a river walked there stays a stop)
    f = facts_of("6月3日，副县长祁远航来到南塘湿地公园，沿着木栈道察看了改造情况。")
    assert visits(f) == {("祁远航", "南塘湿地公园")}


@pytest.mark.fast
def test_another_officials_tour_told_between_leaves_the_area_of_the_first():
    # 同日，B走访了Y乡…: A's next stop, written without its area, lies in A's own area
    f = facts_of(
        "10月16日，区委书记祁远航到青桐街道调研养老服务工作。"
        "同日，区政协主席邝启明带领部分政协委员走访了石门乡柳塘村敬老院。\n\n"
        "祁远航首先来到南苑社区日间照料中心，察看助餐服务。"
    )
    assert parent_name(f, "南苑社区") == "青桐街道"


@pytest.mark.fast
def test_a_stop_told_in_a_relative_clause_after_zai_is_the_stop():
    # 在随后走访的X，居民说…: 走访的 tells the visit; X is the party's next stop
    f = facts_of(
        "6月3日，区政协委员祁远航、邝启明来到青桐街道青桐小学，了解校车运营情况。\n\n"
        "在随后走访的南苑小区，居民代表说，小区门口的路灯坏了很久。"
    )
    assert {("祁远航", "南苑小区"), ("邝启明", "南苑小区")} <= visits(f)
