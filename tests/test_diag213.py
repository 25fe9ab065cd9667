"""Session 54, diag213 (FAULTS_p213): a site set as a scene and then entered by its bare
type word, a people's congress presidium's members led along, a numbered part that is a
count after a verb, a joint scheme's name joining two kinds of site, and a conjunction the
analyser ran into a name before another official's post.

Every fixture is invented for these tests.
"""

import pytest

from tests.extraction import facts_of, issues, official_names, posts, visits

pytestmark = pytest.mark.fast


def test_a_site_set_as_a_scene_is_the_stop_of_its_bare_type_word():
    f = facts_of(
        "9月12日上午，云台区青石街道人大代表联络站松柏社区联络点里热闹非凡。"
        "区人大代表赵明远、钱晓燕来到联络点，与居民围坐在一起拉家常。"
    )
    assert {p for _, p in visits(f)} and all(p.endswith("松柏社区联络点") for _, p in visits(f))
    assert {o for o, _ in visits(f)} == {"赵明远", "钱晓燕"}
    # (a bare type word of another kind than the scene's names no stop)
    f = facts_of(
        "9月12日上午，云台区青石街道人大代表联络站松柏社区联络点里热闹非凡。"
        "区人大代表赵明远来到工作室，与居民围坐在一起拉家常。"
    )
    assert not any(p.endswith("联络点") for _, p in visits(f))


def test_presidium_members_led_by_the_chair_visit_with_the_chair():
    f = facts_of(
        "4月8日，云台区石桥镇人大主席周国华带领镇人大主席团成员吴一帆、郑小川，"
        "先后深入柳湾村、梨园村走访群众。"
    )
    assert visits(f) == {(o, p) for o in ("周国华", "吴一帆", "郑小川") for p in ("柳湾村", "梨园村")}


def test_a_count_after_a_verb_is_no_phase_of_the_village():
    f = facts_of(
        "4月8日，石桥镇人大代表吴一帆来到梨园村走访群众。"
        "吴一帆当场与镇农技站联系，商定4月上旬在柳湾村举办一期果树修剪培训班。"
    )
    assert not any("举办" in p for _, p in visits(f))
    # (a numbered phase of an estate, its name before the number, stays a stop)
    f = facts_of("4月8日，副区长吴一帆来到金桂苑二期，察看了消防通道。")
    assert visits(f) == {("吴一帆", "金桂苑二期")}


def test_a_scheme_joining_two_kinds_of_site_is_no_host_place():
    f = facts_of(
        "云台县“人大代表联络站+政协委员工作室”联合接待日走进石桥镇\n\n"
        "5月9日，县政协委员吴一帆、郑小川在柳湾村党群服务中心接待群众。"
    )
    assert not any("+" in p for _, p in visits(f))
    assert ("吴一帆", "柳湾村党群服务中心") in visits(f)


def test_a_conjunction_before_another_officials_post_ends_the_name():
    f = facts_of(
        "5月9日晚，云台区青石街道党工委书记韩立新带队开展消防安全检查。"
        "街道党工委委员、武装部部长宋一鸣和街道综合行政执法队队长何斌陪同检查。"
    )
    assert {"宋一鸣", "何斌"} <= official_names(f)
    assert posts(f)["宋一鸣"] == ["街道党工委委员", "武装部部长"]
    assert posts(f)["何斌"] == ["街道综合行政执法队队长"]


def test_a_bare_worry_cleft_raises_the_complaint_after_it():
    f = facts_of(
        "8月6日，镇党委书记孔令军来到石桥镇柳湾村走访群众。"
        "说起今年的收成，老人愁的是水：村里的灌溉渠年久失修，渗漏严重。"
        "韩大妈最放心不下的是看病，村卫生室的医生调走了，一直没有新医生来。"
    )
    labels = {label for _, label in issues(f)}
    assert any("灌溉渠年久失修" in label for label in labels)
    assert any("村卫生室的医生调走了" in label for label in labels)


def test_a_distance_after_a_contrast_is_the_complaint():
    f = facts_of(
        "8月6日，副区长孔令军来到柳湾社区长者食堂，和正在吃饭的老人们拉起了家常。"
        "“菜做得烂糊，价钱也公道，就是离家太远了。”住在社区西片的余奶奶说。"
    )
    labels = {label for _, label in issues(f)}
    assert any("离家太远" in label for label in labels)
    assert not any("烂糊" in label for label in labels)


def test_a_quotation_closing_its_sentence_is_not_the_next_speakers():
    f = facts_of(
        "5月9日，县政协委员吴一帆与乡人大主席郑小川一道，在柳湾村党群服务中心接待群众。\n\n"
        "接待室里，柳湾村村民何建国第一个发言。他是村里的梨树种植户，今年梨子丰收了却卖不出去，"
        "“村里保鲜库太少，梨子摘下来放不住，只能贱卖给收购商”。梨园村的老党员宋桂英专门走了五里山路赶来，"
        "她说梨园村到乡里的公路有一段护坡塌了。\n\n"
        "接待结束后，委员和代表们又来到梨园村，实地察看了塌方的护坡。"
    )
    assert not any(place.endswith("梨园村") and "保鲜库" in label for place, label in issues(f))
