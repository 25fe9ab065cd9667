"""Session 45 (FAULTS45_p165): kinds found on an opened blind set, each pinned with
invented sentences and a twin the change must leave alone.

1. A clause-opening `在X` closed by a spot under a building or a tree (在X5幢楼下，, 在X的大榕树
   下，) sets the scene at X, as 门口 or 楼前 did (`visit_patterns.SPOT_CLAUSE`); the 下 of a
   circumstance (在X干部的陪同下) does not.
2. A walk along a written way then a heading (沿着X路（A至B段）往北走，) with no visit verb is a
   stop at the way (`VisitFrames._heading_walk`); a heading that leads on to a place (往北走到Y村)
   is not.
3. 往 (heading towards) is a place stop: no name holds it (往X村Y组走 named a village 往X村,
   and the group written alone later was lost) (`place_stops.txt`).
4. An event held at a venue (协商议事活动在X“委员会客厅”举行) after the party's stop at a site
   of an area it visited is the party's next stop (`StopReading._next_venue`, a quoted room
   before the held verb: `meeting_host.QUOTED_ROOM`); a venue inside that stop is a room of it.
5. A familiar form (老李, 小许) after a title is no official's name
   (`name_familiar_prefixes.txt`, `official_acts.familiar_form`).
6. The residents, their everyday act and an evaluation after a complaint (老人孩子晚上出门很不
   安全) restate it (`issue_feelings.tsv` activity); an act with no people (过马路很危险) stands.
7. Lacked kinds sharing one head (缺少音乐、美术专业教师) are one item (`issue_lacked_kinds.tsv`);
   a clause after 、 with a verb of its own stays cut.
8. A lede quotation addressed to an official by title (“委员，…”11月8日上午，…来到X) raises
   at the lede's stop (`IssueReader.lede_scene`); an official's own words quoted first do not.
9. Traders called 档主 or 摊贩 raise (`issue_raisers.txt`).
10. A way's section in brackets and the work on it after a clause-opening 在 (在X路（A至B段）
    改造工地，) is a spot of the way (`visit_patterns.SECTION_CLAUSE`).
11. A list the residents announce by a count and a colon (诉求归结起来有三条：A；B；C) goes on
    past its first point's ； (`IssueReader.counted_points`); an official's counted
    requirements (提出三点要求：) raise nothing.
"""

import pytest

from tests.extraction import facts_of, issues, official_names, visits

pytestmark = pytest.mark.fast

STREET = "5月6日上午，青山街道办事处主任李红走进柳岸社区，开展走访活动。\n"


def test_a_spot_under_a_building_sets_the_scene():
    facts = facts_of(STREET + "在柳岸二村12栋楼下，正在乘凉的刘大爷拉住李红说，楼道灯坏了好几个月。\n")
    assert ("李红", "柳岸二村") in visits(facts)
    assert ("柳岸二村", "楼道灯坏了好几个月") in issues(facts)


def test_the_under_of_a_circumstance_is_no_spot():
    facts = facts_of(STREET + "在柳岸村干部的陪同下，刘大爷拉住李红说，楼道灯坏了好几个月。\n")
    assert ("李红", "柳岸村") not in visits(facts)


def test_a_heading_walk_along_a_road_is_a_stop():
    facts = facts_of(STREET + "沿着翠屏路（学院路至滨河路段）往南走，网格员小周介绍，这段路临时停车位不够。\n")
    assert ("李红", "翠屏路") in visits(facts)
    assert any(p == "翠屏路" and "停车位不够" in label for p, label in issues(facts))


def test_a_heading_walk_leading_to_a_place_is_no_stop_at_the_road():
    facts = facts_of(STREET + "李红沿着翠屏路往南走到桂花村，网格员小周介绍，村口停车位不够。\n")
    assert ("李红", "翠屏路") not in visits(facts)
    assert ("李红", "桂花村") in visits(facts)


GROUPS = ("3月5日，镇长罗平一早出了门，沿着山路往石岭村东坪组走。\n"
          "在东坪组，罗平走进老人家中。老人说，自家屋顶漏雨。\n"
          "中午，罗平赶到西坪组，和群众围坐聊家常。群众提出，串户路没硬化。\n")


def test_a_group_written_after_heading_towards_its_village():
    facts = facts_of(GROUPS)
    assert ("罗平", "东坪组") in visits(facts)
    assert ("罗平", "西坪组") in visits(facts)
    assert not any(p.startswith("往") for _, p in visits(facts))


def test_a_move_verb_holding_the_heading_character_still_takes_its_place():
    facts = facts_of("3月5日，镇长罗平前往石岭村东坪组，走访群众。村民反映，路灯坏了。\n")
    assert ("罗平", "东坪组") in visits(facts)


FORUM = ("2023年10月26日，市政协副主席方立群带领市政协委员何静等来到柳湾街道，开展协商议事活动。\n"
         "委员们首先来到文昌社区桂园小区，实地察看小区停车情况。\n"
         "随后，{event}会上，社区党委书记陈晓燕介绍了问题：停车位缺口大；充电桩少。\n")


def test_an_event_held_at_a_venue_after_a_site_stop_is_the_next_stop():
    facts = facts_of(FORUM.format(event="协商议事活动在文昌社区党群服务中心“委员会客厅”举行。"))
    assert ("方立群", "文昌社区党群服务中心") in visits(facts)
    assert ("文昌社区党群服务中心", "充电桩少") in issues(facts)


def test_an_event_held_in_a_room_of_the_stop_is_no_new_stop():
    facts = facts_of(FORUM.format(event="座谈会在桂园小区物业办公室举行。"))
    assert not any(p.endswith("物业办公室") for _, p in visits(facts))
    assert ("方立群", "桂园小区") in visits(facts)


def test_a_familiar_form_after_a_title_is_no_official():
    facts = facts_of("3月5日，镇长罗平来到石岭村东坪组，走进组长老张家。老张反映，水池渗漏。\n")
    assert "老张" not in official_names(facts)


def test_a_full_name_after_the_same_title_is_an_official():
    facts = facts_of("3月5日，镇长罗平来到石岭村东坪组，组长张德胜反映，水池渗漏。\n")
    assert "张德胜" in official_names(facts)


DEPUTY = "3月5日，区人大代表罗平来到青山社区联络站接待选民。"


def test_the_residents_everyday_act_judged_restates_the_complaint():
    facts = facts_of(DEPUTY + "居民刘先生反映，小区周边道路夜间没有路灯，老人孩子晚上出门很不安全。"
                     "居民李阿姨说，楼里没有电梯，老人下楼一趟很吃力。\n")
    labels = {label for _, label in issues(facts)}
    assert "小区周边道路夜间没有路灯" in labels and "楼里没有电梯" in labels
    assert not any("出门" in label or "吃力" in label for label in labels)


def test_an_act_with_no_people_judged_still_stands():
    facts = facts_of(DEPUTY + "居民张先生反映，小区门口没有红绿灯，孩子过马路很危险。\n")
    assert "孩子过马路很危险" in {label for _, label in issues(facts)}


SCHOOL = "3月5日，县长罗平来到青山小学调研。学校负责人反映，{items}。\n"


def test_lacked_kinds_sharing_one_head_are_one_item():
    labels = {label for _, label in issues(facts_of(SCHOOL.format(items="学校目前缺少语文、英语专职教师")))}
    assert labels == {"学校目前缺少语文、英语专职教师"}


def test_a_clause_with_its_own_verb_after_the_lack_stays_cut():
    labels = {label for _, label in issues(facts_of(SCHOOL.format(items="学校没有路灯、垃圾乱堆放")))}
    assert "垃圾乱堆放" in labels


LEDE = "{quote}11月8日上午，区政协委员罗平一行来到青山街道翠湖市场，开展走访活动。\n"


def test_a_lede_quotation_addressed_to_an_official_raises_at_the_lede_stop():
    facts = facts_of(LEDE.format(quote="“委员，这个市场的排水沟一到中午就臭，能不能帮我们反映一下？”"))
    assert ("翠湖市场", "这个市场的排水沟一到中午就臭") in issues(facts)


def test_a_lede_quotation_with_no_one_addressed_raises_nothing():
    facts = facts_of(LEDE.format(quote="“市场的排水沟一到中午就臭，要尽快解决。”"))
    assert not issues(facts)


MARKET = "5月8日上午，区人大代表罗平来到青山街道翠湖市场，开展走访活动。{line}\n"


def test_a_stall_holder_raises():
    facts = facts_of(MARKET.format(line="卖菜的档主何姐拉着罗平说，市场没有公平秤。"))
    assert ("翠湖市场", "市场没有公平秤") in issues(facts)


def test_the_characters_of_a_stall_holder_inside_other_words_raise_nothing():
    facts = facts_of(MARKET.format(line="工作人员介绍，市场的资料存档主要靠人工。"))
    assert not issues(facts)


WORKS = "1月18日，副市长覃立到长洲区调研。\n{scene}覃立沿路察看施工进度。沿街商户反映，施工围挡占用人行道。\n"


def test_a_bracketed_section_and_its_works_are_a_spot_of_the_way():
    facts = facts_of(WORKS.format(scene="在滨江路（人民桥至解放路段）提升改造工地，"))
    assert ("覃立", "滨江路") in visits(facts)
    assert ("滨江路", "施工围挡占用人行道") in issues(facts)


def test_the_works_written_without_a_section_stay_one_site():
    facts = facts_of(WORKS.format(scene="在滨江路提升改造工地，"))
    assert ("覃立", "滨江路提升改造工地") in visits(facts)


COUNTED = "3月5日，镇长罗平来到石岭村东坪组，和群众围坐聊家常。{lead}：串户路还有800米没硬化；活动室没有厕所；希望引进梨子深加工企业。\n"


def test_a_counted_list_of_the_residents_goes_on_past_its_first_point():
    labels = {label for _, label in issues(facts_of(COUNTED.format(lead="群众提出的诉求归结起来有三条")))}
    assert {"串户路还有800米没硬化", "活动室没有厕所"} <= labels
    assert any("梨子深加工" in label for label in labels)


def test_an_officials_counted_requirements_raise_nothing():
    assert not issues(facts_of(COUNTED.format(lead="罗平提出三点要求")))
