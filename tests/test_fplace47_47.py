"""Session 47 (fplace: stops and placement), kinds found on the opened sets p179, p180, p183, p185,
each pinned with invented sentences in two wordings (one in another shape) and a twin left alone.

1. A small water work is a site (`place_suffixes.tsv`: 山坪塘, 堰塘, 塘坝; a levee's stretch is
   not one): the stop at it is kept, and what is raised there is filed there, not at the town
   or the village written before it.
2. The head of a villagers' group (组长 alone, 村民小组长: `guides.group_head`) hosts the visit as a
   village cadre does: a subjectless move after the head spoke (下午到了5组) is the touring cadre's.
   A team's head (督导组组长) is no group head.
3. A site named by the unit it serves (X街道人大代表联络站) holding an event (开展…接待活动:
   `meeting_host.held_by`) is the place the officials then receiving people there visit.
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


# 1. water works as sites

def test_a_hill_pond_after_its_village_is_the_stop():
    facts = facts_of("2024年4月2日，县长周平到石河镇督导抗旱。\n\n"
                     "在石河镇青龙村的黄泥湾山坪塘清淤现场，周平察看了施工进度。村民李贵说，塘埂年年垮。\n")
    assert ("周平", "黄泥湾山坪塘") in visits(facts)
    assert ("黄泥湾山坪塘", "塘埂年年垮") in issues(facts)


def test_a_pond_named_by_a_count_is_no_stop():
    facts = facts_of("7月9日，镇长何明深入石桥村。\n\n在石桥村，村民说，村里有几口堰塘年久失修。\n")
    assert visits(facts) == {("何明", "石桥村")}


# 2. a villagers' group's head hosts

def test_a_group_head_speaking_leaves_the_next_group_to_the_cadre():
    facts = facts_of("5月8日，石门村驻村第一书记赵远出了门。\n\n"
                     "在2组，村民说，水管老化了。组长钱大山在一旁补充，组里还有几户缺水。\n\n"
                     "下午到了4组，村民说，入户路还是泥巴路。\n")
    assert ("赵远", "石门村4组") in visits(facts)
    assert not any(who == "钱大山" for who, _ in visits(facts))


def test_a_group_head_in_another_shape():
    facts = facts_of("3月2日，青松村驻村第一书记孙立来到一组走访。\n\n"
                     "“沟堵了，水下不来。”组长郑福说。\n\n"
                     "接着去了三组，村民反映，饮水管被冲断了。\n")
    assert ("孙立", "青松村三组") in visits(facts)
    assert ("青松村三组", "饮水管被冲断了") in issues(facts)


def test_a_teams_head_is_no_group_head():
    from kg.extract.guides import group_head, hosts_stop

    assert group_head("组长") and group_head("三组副组长")
    assert not group_head("督导组组长") and not hosts_stop(["督导组组长"])


# 3. a site named by its unit holding an event

def test_a_liaison_station_holding_a_reception_day_is_visited():
    facts = facts_of("2024年1月9日，江北市河东街道人大代表联络站开展“代表进站”集中接待活动。区人大代表陈静、王立进站接待选民。\n\n"
                     "接待中，选民提出，背街小巷路灯不亮。\n")
    assert ("陈静", "河东街道人大代表联络站") in visits(facts)
    assert ("河东街道人大代表联络站", "背街小巷路灯不亮") in issues(facts)


def test_a_village_centre_holding_a_forum_in_another_shape():
    facts = facts_of("6月5日，柳塘村党群服务中心举办村民议事会，镇长高峰参加并听取意见。村民说，村道太窄。\n")
    assert ("高峰", "柳塘村党群服务中心") in visits(facts)


# 4. a one-character lead verb read into the leader's name

def test_the_lead_verb_after_a_name_is_no_part_of_it():
    facts = facts_of("日前，区政协副主席苏春兰率区政协社会和法制委员会部分委员，围绕养老服务开展专题调研。"
                     "委员们来到石桥镇中心敬老院，老人说，床位不够。\n")
    assert ("苏春兰", "石桥镇中心敬老院") in visits(facts)


def test_a_name_ending_so_keeps_a_short_name():
    from kg.extract.official_lexis import lead_verb_cut

    assert lead_verb_cut("罗春梅率") == "罗春梅" and lead_verb_cut("李率") == "李率" and lead_verb_cut("罗春梅") == "罗春梅"


# 5. moving residents out of danger is no stop of the official's

def test_residents_moved_at_an_officials_order_make_no_stop():
    facts = facts_of("8月3日，镇长马林深入青石村。村民说，后坡又滑了一块。马林立即安排将两户群众转移到白果村的临时避险点。\n")
    assert visits(facts) == {("马林", "青石村")}


def test_residents_settled_in_another_shape():
    facts = facts_of("6月2日，县长田强来到河口镇石门村。村民说，后山有裂缝。田强当即安排把老人安置到青龙村敬老院。\n")
    assert visits(facts) == {("田强", "石门村")}


def test_the_official_going_on_is_still_a_stop():
    facts = facts_of("6月2日，县长田强来到河口镇石门村。随后，田强来到青龙村敬老院，老人说，床位不够。\n")
    assert ("田强", "青龙村敬老院") in visits(facts)


# 6. a tour's stop told by its scene and its host's words

def test_a_stop_told_by_its_scene_and_the_cadre_speaking():
    facts = facts_of("3月5日，区政协副主席方明带领视察组视察充电设施建设。\n\n"
                     "委员们首先来到东湖街道桂园新村，察看集中充电棚。\n\n"
                     "在西湖街道柳岸花园，小区里几乎找不到空地。柳岸社区党委书记何静坦言，电力容量不够。\n\n"
                     "随后，视察组在柳岸社区党群服务中心召开座谈会。\n")
    assert ("方明", "柳岸花园") in visits(facts)
    assert ("柳岸花园", "电力容量不够") in issues(facts)


def test_a_stop_told_by_its_host_in_another_shape():
    facts = facts_of("4月9日，县人大常委会副主任石磊带领视察组视察农村供水工作。视察组首先来到河口镇水厂，察看净水设备。\n\n"
                     "在青松村的石门提灌站，泵房刚刚翻新。村党支部书记罗平反映，管网老化，漏损严重。\n\n"
                     "随后，视察组来到白沙村。\n")
    assert ("石磊", "石门提灌站") in visits(facts)


def test_a_scene_told_by_no_one_is_no_stop():
    facts = facts_of("4月9日，县人大常委会副主任石磊带领视察组视察农村供水工作。视察组首先来到河口镇水厂，察看净水设备。\n\n"
                     "在青松村的石门提灌站，泵房刚刚翻新，群众用水有了保障。\n\n"
                     "随后，视察组来到白沙村。\n")
    assert not any(p == "石门提灌站" for _, p in visits(facts))


# 7. a distance told from a place ends its name

def test_a_distance_from_the_place_ends_its_name():
    facts = facts_of("日前，区长刘军带领区住建局负责同志到松岭林场调研林区民生工作。\n\n"
                     "松岭林场距城区52公里，现有常住居民两百余户。刘军一行首先来到松岭林场卫生所。医生说，卫生所只有一名医生。\n")
    assert not any("距" in p.name for p in facts.places.values())
    assert ("刘军", "松岭林场卫生所") in visits(facts)


def test_a_distance_in_another_shape():
    facts = facts_of("日前，县长赵岩到石门村调研。石门村距县城60多公里，村民说，班车太少。\n")
    assert ("石门村", "班车太少") in issues(facts)


# 8. a resident's gesture at a thing before quoted words

def test_a_resident_pointing_before_quoted_words_tells_the_stop():
    facts = facts_of("日前，乡长陈兰到青竹村蹲点调研。\n\n"
                     "听完汇报，陈兰一行沿着引水渠走了两公里。在3组，村民张德才指着裂开的田坎说：“水引不过来，秧插不下去。”\n")
    assert ("陈兰", "青竹村3组") in visits(facts)


def test_a_resident_leading_the_official_before_quoted_words():
    facts = facts_of("日前，镇长吴川到石板村调研。\n\n在上坝组，村民刘桂芬拉着镇长看屋后的堡坎说：“一下雨就往下掉土。”\n")
    assert ("吴川", "上坝组") in visits(facts)
