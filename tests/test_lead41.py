"""Session 41, the lead's invented shapes: a tour of hill villages and a congress group's visit.

1. A way ending in a road word walked along inside the place the party is at (`沿着X步道察看` after
   `在X村Y园，` or `来到X社区，`) is the route of the stop, no stop of its own, even when the grammar
   reads the way as a named site (`Reader.along_visits`); after `离开X` it is somewhere new.
2. A house's own spaces (`place_suffixes.tsv`: 天井里, 凉亭里, 宿舍里) are the locative "in", no
   estate named 里: a meeting held there is held at the stop.
3. A table's issue column may be headed by a head noun and a word naming its content
   (`table_head_tails.txt`: 诉求内容, 问题描述).
4. 一方面…另一方面… and 其一…其二… mark points as 一是…二是… does (`issue_content.ORDINALS`): the
   方面 of 另一方面 closes no topic list.
5. A word written as a name after a deputy's title and followed by a deputies' group word
   (`deputy_group_words.txt`: 市人大代表X代表小组组长) is the group's constituency, no person.
6. A place doing something to residents (`了解X景区带动村民增收的情况`: a verb between the place
   and the residents word, `Reader._acts_on_residents`) is no place where the official met them.
7. Many of a pest or a breakdown (`issue_nuisance_nouns.txt`: 病虫害多, 故障多) is a complaint, not
   the background of the complaint after it.
8. A leader going along in a sentence of their own (`副区长乙一同调研。`, `OfficialInfo.joined`) is
   credited from the tour's first stop even when the stops are told after their sentence
   (`Reader.credit_participants`); one only taking part (`副主任乙参加视察。`) makes no visit.
9. Deputies named only at a later stop, when the lede sent out a party of their post's holders
   (`带领部分区人大代表`: `Reader._of_announced_party`), made the whole tour.
10. A one-character verb the analyser reads as one word with a type word (`代表|进站/v`) takes it as
   its object (`place_check.clause_cut`): a headline `区人大代表进站接待选民` names no host place.
11. Modes of care (`place_generic_words.txt`: 互助, 居家) name a facility's kind, not a name:
   a village's 互助养老大院 leaves the village the stop.
12. Two township-level units run together (`永安镇太平乡`) are two places, not one inside the other
   (`place_segments.split_peer_townships`).
13. A village group written by its own name after a clause-opening 在 is read as after a visit verb
   (`group_at(visited=True)`), and a paragraph opening at another part of the village the last stop
   lay in, where a meeting is held and residents speak next (`Reader._resident_speaks_next`, at a
   resident's home too: `HOME_SPOT`), is the tour's next stop (`Reader.opening_stop`).
Invented fixtures; each with a precision twin.
"""

import pytest

from tests.extraction import facts_of, issues, posts, visits

pytestmark = pytest.mark.fast

LEAD = "4月9日，县委书记韦思源到青溪乡调研春茶生产。\n\n"


def test_a_way_walked_inside_the_scene_place_is_no_stop():
    f = facts_of(LEAD + "在桐岭村高山茶园，韦思源沿着观光步道察看茶叶长势。茶农们反映，茶园机耕道路面破损严重。")
    assert not any(place == "观光步道" for _, place in visits(f))
    assert not any(place == "观光步道" for place, _ in issues(f))


def test_a_way_walked_after_coming_to_a_community_is_no_stop():
    f = facts_of("5月3日，区长罗启明来到青山社区，沿着滨河步道察看绿化提升情况。")
    assert visits(f) == {("罗启明", "青山社区")}


def test_a_way_walked_after_leaving_the_place_is_a_stop():
    f = facts_of("5月3日，区长罗启明来到青山社区，察看垃圾分类。离开青山社区后，罗启明沿着滨河步道察看绿化提升情况。")
    assert ("罗启明", "滨河步道") in visits(f)


def test_a_meeting_in_a_courtyard_is_held_at_the_village_group():
    f = facts_of("8月2日晚，镇长蓝秀英来到石岭村后坑自然村，在村民家的天井里召开议事会。"
                 "村民蓝春生说，路窄弯多，晚上还没有路灯。")
    assert not any(place.endswith("天井里") for place, _ in issues(f))
    assert any(place.endswith("后坑自然村") and "路灯" in label for place, label in issues(f))


def test_a_lane_estate_named_li_is_still_a_place():
    f = facts_of("8月2日，镇长蓝秀英来到青云里，与居民交谈。居民反映，楼道灯坏了很久。")
    assert ("蓝秀英", "青云里") in visits(f)


TABLE = ("10月8日，区委书记程远帆来到龙湾乡石门村，与村民代表围坐畅谈。\n\n"
         "会后，乡里将群众提出的诉求梳理成清单：\n\n"
         "序号｜反映人｜{head}｜责任单位\n"
         "1｜村民甲｜村道路面坑洼不平｜区交通运输局\n"
         "2｜村民乙｜村卫生室缺少常用药品｜区卫健委\n")


def test_a_table_column_headed_by_a_head_noun_and_its_content_word():
    labels = {label for _, label in issues(facts_of(TABLE.format(head="诉求内容")))}
    assert {"村道路面坑洼不平", "村卫生室缺少常用药品"} <= labels


def test_a_table_column_headed_by_a_response_is_no_issue_column():
    labels = {label for _, label in issues(facts_of(TABLE.format(head="办理内容")))}
    assert "村道路面坑洼不平" not in labels


def test_on_the_one_hand_and_the_other_mark_points():
    f = facts_of("7月5日，市人大代表秦汉文来到白石村，与村民座谈。代表们归纳说，大家集中反映了两个方面的问题："
                 "一方面，旅游旺季停车位不足；另一方面，民宿数量少、档次低。")
    labels = {label for _, label in issues(f)}
    assert "旅游旺季停车位不足" in labels
    assert not any(label.startswith("另一") for label in labels)


def test_a_constituency_before_a_deputies_group_is_no_person():
    f = facts_of("7月12日，市人大代表青溪代表小组组长、县人大常委会主任罗志文带领市人大代表吴兰来到白石村。")
    assert "青溪" not in posts(f)
    assert ("罗志文", "白石村") in visits(f)


def test_a_name_after_a_deputys_title_before_a_party_word_stays_a_person():
    f = facts_of("7月12日，市人大代表罗志文一行来到白石村。")
    assert ("罗志文", "白石村") in visits(f)


def test_a_place_acting_on_residents_is_not_where_they_were_met():
    f = facts_of("7月12日，区人大代表罗志文来到白石村，详细了解梯田景区带动村民增收的情况。")
    assert visits(f) == {("罗志文", "白石村")}


def test_meeting_a_groups_residents_is_a_stop_there():
    f = facts_of("7月12日，区人大代表罗志文来到白石村，同青山组的村民座谈。")
    assert any(place.endswith("青山组") for _, place in visits(f))


def test_many_pests_is_a_complaint_before_another():
    f = facts_of("9月，市政协副主席钱文远来到竹坑村。几位果农反映：这几年果树病虫害多，防控技术跟不上。")
    labels = {label for _, label in issues(f)}
    assert any("病虫害多" in label for label in labels)


def test_many_people_stays_the_background_of_a_complaint():
    f = facts_of("9月，市政协副主席钱文远来到竹坑村。几位村民反映：村里外来人口多，垃圾清运不及时。")
    labels = {label for _, label in issues(f)}
    assert not any("外来人口多" in label for label in labels)
    assert any("垃圾清运不及时" in label for label in labels)


TOUR = ("日前，区人大常委会主任熊明{party}视察农村道路建设。区人大常委会副主任简华参加{joins}。\n\n"
        "{subject}首先来到石龙镇青岩村，察看新建的供水站。随后前往永兴镇白峰村，并在村便民服务中心召开座谈会。"
        "座谈会上，区人大代表刘云说，村道弯多坡陡。")


def test_a_deputy_of_the_announced_party_made_the_whole_tour():
    f = facts_of(TOUR.format(party="带领部分区人大代表", joins="视察", subject="代表们"))
    assert {("刘云", "青岩村"), ("刘云", "白峰村")} <= visits(f)


def test_a_leader_going_along_before_the_stops_are_told_makes_them():
    f = facts_of("日前，区人大常委会主任熊明视察农村道路建设。区人大常委会副主任简华一同视察。\n\n"
                 "熊明一行首先来到石龙镇青岩村，察看新建的供水站。随后前往永兴镇白峰村。")
    assert {("简华", "青岩村"), ("简华", "白峰村")} <= visits(f)


def test_a_leader_only_taking_part_and_a_deputy_met_later_do_not():
    f = facts_of(TOUR.format(party="", joins="", subject="熊明"))
    assert not any(name == "简华" for name, _ in visits(f))
    assert ("刘云", "青岩村") not in visits(f)
    assert ("刘云", "白峰村") in visits(f)


def test_deputies_entering_the_station_name_no_place():
    f = facts_of("区人大代表进站接待选民\n\n5月16日上午，青山街道人大代表联络站里坐满了居民。"
                 "区人大代表王明、李华当天进站值守，接待选民群众。")
    assert not any("进站" in place for _, place in visits(f))
    assert ("王明", "青山街道人大代表联络站") in visits(f)


def test_a_villages_mutual_aid_home_leaves_the_village_the_stop():
    f = facts_of("9月26日，县长刘振东深入太平乡调研。\n\n在太平乡红旗村，刘振东察看了村里利用闲置校舍改建的互助养老大院，"
                 "和正在吃午饭的老人们唠起了家常。")
    assert visits(f) == {("刘振东", "红旗村")}


def test_two_townships_run_together_are_two_places():
    f = facts_of("刘振东到永安镇太平乡调研秋收\n\n9月26日，县长刘振东深入永安镇、太平乡调研。\n\n"
                 "在永安镇富民村，刘振东察看秋收。\n\n在太平乡三合村，刘振东察看烘干塔。")
    assert visits(f) == {("刘振东", "富民村"), ("刘振东", "三合村")}


def test_a_village_after_its_town_stays_inside_it():
    f = facts_of("9月26日，县长刘振东来到永安镇太平村，察看秋收。")
    assert visits(f) == {("刘振东", "太平村")}


NIGHT = ("晚上，驻村第一书记杨海峰走进了石滩村上庄组。村民丁永平诉苦：巷道一下雨就成了烂泥坑。\n\n"
         "第二天傍晚，{scene}二十多位村民搬来小板凳围坐一圈，你一言我一语：支渠好几处渗漏；贷款手续太麻烦。\n\n"
         "杨海峰把大家说的一条条记在本子上。")


@pytest.mark.parametrize("scene", ["在杏林组，杨海峰召开院坝会。", "在杏林组，一场院坝会开了起来。",
                                   "在杏林组马永福家的院子里，一场院坝会开了起来。"])
def test_a_meeting_at_another_group_of_the_village_is_the_next_stop(scene):
    f = facts_of(NIGHT.format(scene=scene))
    assert ("杨海峰", "杏林组") in visits(f)
    assert any(place == "杏林组" and "支渠" in label for place, label in issues(f))


def test_a_scene_with_no_meeting_and_no_residents_speaking_makes_no_stop():
    f = facts_of("晚上，驻村第一书记杨海峰走进了石滩村上庄组。村民丁永平诉苦：巷道一下雨就成了烂泥坑。\n\n"
                 "第二天傍晚，在杏林组，新修的水渠已经通水。杨海峰把大家说的一条条记在本子上。")
    assert ("杨海峰", "杏林组") not in visits(f)


def test_a_deputy_of_the_announced_party_keeps_the_stop_where_they_speak():
    f = facts_of("5月2日，区人大常委会主任李强带领部分区人大代表视察农村道路。\n\n"
                 "代表们首先来到石门镇白云村，察看道路。随后，李强来到石门镇金竹村。座谈会上，区人大代表赵敏说，村里道路太窄。")
    assert {("赵敏", "白云村"), ("赵敏", "金竹村")} <= visits(f)
