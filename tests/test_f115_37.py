"""Session 37 (FAULTS37_p115, opened probe p115): coastal reports, where the background's
arrangements and a child's schooling made places and visits, and a cadre's later raising
act was lost to the people an account served.

1. Founding a unit at a place (`区政协在X镇挂牌成立Y工作室`: 成立, 挂牌, 揭牌, 设立 in
   `place_stops.txt`) ends the place's name: what is founded is the verb's object.  Before,
   `X镇挂牌成立Y工作室` was a second workshop, and the meeting's issues went to it.
2. A rota (`由A等6名委员轮值接待`, 轮流, 轮班: `visit_modal_words.txt`) is a standing
   arrangement, no presence on the day reported.
3. Going to school (`想接到身边读小学`, `在老家读完幼儿园`: 读小学, 读完… in
   `place_stops.txt`) names no school: the station's issues went to `身边读小学`.
4. A quoted visit verb naming a practice (`把“夜访”机制延伸到A、B等社区`: 机制, 模式, 制度 after
   the verb or its closing quote, `visit_verb_nominal.txt`) is a scheme, no trip.
5. A fishing port (`渔港`, `place_suffixes.tsv`) is a site, and a site named by the damage it
   suffered (`损毁码头`, 受损, 冲毁…: `place_generic_words.txt`) is no named place.
6. People an act served or addressed (`介绍了为老人送餐的情况`: 为/对/请 + them) are never
   the subject of a raising act after it (`IssueRaisers.speaker`): the cadre's `同时提出，…`
   was lost to 老人.
7. A verb of entering (`走进`, `步入`: kind enter in `visit_verbs.tsv`) taking an
   administrative area moves the party into it as 来到 does (`Reader._moved_to`): in
   `走进X社区，在Y夜市开展走访` Y lies in X, and the community framing the stop is dropped
   as coarse.
8. A thing pointed at with a demonstrative and a classifier closing its clause
   (`我们楼下那条巷子，一到晚上就停满了车`: `issue_content.POINTED`) is the topic of the complaint
   after it, as a stretch (`STRETCH`) is, no item of its own.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, labels_in_village, visits

pytestmark = pytest.mark.fast

WORKSHOP = (
    "6月3日上午，在青柳镇茶产业政协委员工作室里，一场议事会正在进行。区政协副主席方立新，"
    "区政协委员、青柳镇茶叶协会副会长邱红梅，与十余位茶农围坐一起。\n\n"
    "青柳是全省重要的茶叶产地。为发挥委员作用，今年3月，区政协在青柳镇挂牌成立茶产业政协委员工作室，"
    "由邱红梅等5名委员轮值接待。\n\n"
    "座谈中，茶农们敞开心扉。一位茶农反映，山上的采茶便道年久失修。"
)


def place_names(text: str) -> set[str]:
    return {p.name for p in facts_of(text).places.values()}


def test_founded_unit_is_no_part_of_the_place():
    f = facts_of(WORKSHOP)
    assert not any("成立" in p.name for p in f.places.values())
    assert visits(f) == {("方立新", "茶产业政协委员工作室"), ("邱红梅", "茶产业政协委员工作室")}
    # the meeting's issue stays at the workshop, not at the town named in the background
    assert issues(f) == {("茶产业政协委员工作室", "山上的采茶便道年久失修")}


def test_founded_unit_twin_a_named_workshop_is_still_the_stop():
    # precision twin: the workshop written whole after 在 is still read as the stop
    f = facts_of("6月3日，区政协副主席方立新来到青柳镇茶产业政协委员工作室，与茶农座谈。")
    assert visits(f) == {("方立新", "茶产业政协委员工作室")}


def test_rota_is_no_presence():
    f = facts_of(
        "6月3日，区政协副主席方立新来到青柳镇白茶村调研。\n\n"
        "去年，区政协在青柳镇设立委员工作站，由委员邱红梅等人轮值接待群众。"
    )
    # (before: a stop at 设立委员工作站 for the member on the rota; a member named late may
    # still join the tour, `credit_participants`, which is not this rule's business)
    assert not any("设立" in place or place == "青柳镇" for _, place in visits(f))


def test_rota_twin_reception_on_the_day_is_presence():
    # precision twin: the member receiving people at the station on the day is there
    f = facts_of("6月3日，区政协委员邱红梅在青柳镇白茶村委员工作站接待来访群众。")
    assert ("邱红梅", "青柳镇白茶村委员工作站") in visits(f) or ("邱红梅", "白茶村委员工作站") in visits(f)


def test_schooling_names_no_school():
    f = facts_of(
        "5月20日上午，市人大常委会副主任林秋云，市人大代表陈海来到海门镇人大代表联络站，开展“代表接待日”活动。\n\n"
        "接待中，来自湖北的务工人员小陈反映，孩子在老家读完幼儿园，想接到身边读小学，"
        "但不清楚积分入学怎么申请，材料要跑好几个地方。"
    )
    names = {p.name for p in f.places.values()}
    assert not any("读" in n for n in names)
    assert visits(f) == {("林秋云", "海门镇人大代表联络站"), ("陈海", "海门镇人大代表联络站")}
    assert ("海门镇人大代表联络站", "不清楚积分入学怎么申请") in issues(f)


def test_schooling_twin_a_school_visited_is_a_place():
    # precision twin: a named school the official goes to is still the stop
    f = facts_of("5月8日上午，市人大代表林秋云来到海门镇中心小学，察看校舍。")
    assert visits(f) == {("林秋云", "海门镇中心小学")}
    # a school named for farming and study, or after a village on a ridge, keeps its name
    assert visits(facts_of("5月8日，县长林秋云来到石门镇耕读小学，察看校舍。")) == {("林秋云", "耕读小学")}
    assert visits(facts_of("5月8日，县长林秋云来到石门镇岭上小学，察看校舍。")) == {("林秋云", "岭上小学")}


def test_quoted_practice_named_by_a_visit_verb_is_no_trip():
    f = facts_of(
        "8月5日晚，松涛街道党工委书记韩明走进金港社区，在渔人码头夜市开展走访。\n\n"
        "据悉，松涛街道将以此次走访为契机，把“夜访”机制延伸到辖区内的青屿、白石等社区。"
    )
    assert not any(place in ("青屿社区", "白石社区") for _, place in visits(f))


def test_quoted_practice_twin_the_verb_taking_a_place_is_a_visit():
    # precision twin: the same verb taking a place (书记夜访X社区) is still a trip
    f = facts_of("8月5日晚，松涛街道党工委书记韩明夜访金港社区，听取居民意见。")
    assert ("韩明", "金港社区") in visits(f)


def test_fishing_port_is_a_site_and_a_damaged_pier_no_place():
    f = facts_of("9月20日，区长郑海波一行来到东湾街道东岙渔港，察看航道清淤和损毁码头修复进度。")
    assert visits(f) == {("郑海波", "东岙渔港")}
    assert not any("损毁" in p.name for p in f.places.values())


def test_damaged_pier_is_no_stop():
    # the area visited holds what is raised, not a pier named by its damage
    f = facts_of("9月20日，区长郑海波来到东湾街道，察看受损码头修复进度。渔民代表反映，台风过后航道淤积严重。")
    assert visits(f) == {("郑海波", "东湾街道")}
    assert issues(f) == {("东湾街道", "台风过后航道淤积严重")}


def test_damaged_site_twin_a_named_pier_is_a_place():
    # precision twin: a pier with a proper name is still a stop
    f = facts_of("9月20日，区长郑海波来到东湾街道南屿码头，察看渔船停泊情况。")
    assert ("郑海波", "南屿码头") in visits(f) or ("郑海波", "东湾街道南屿码头") in visits(f)


CADRE = (
    "2024年7月2日，区长王明一行来到青松街道绿柳新村。这是一个老小区。\n\n"
    "绿柳新村社区党委书记张红向王明介绍了社区转移车辆、为老人送餐的情况，同时提出，"
    "小区雨水井被落叶和垃圾堵塞，排水管道管径偏小。"
)


def test_people_served_are_no_speaker():
    assert {label for _, label in issues(facts_of(CADRE))} == {"小区雨水井被落叶和垃圾堵塞", "排水管道管径偏小"}


def test_people_served_twin_the_official_speaking_raises_nothing():
    # precision twin: the visiting official's own words after serving people are no issue
    text = CADRE.replace("绿柳新村社区党委书记张红向王明介绍了", "王明听取了").replace("同时提出", "他同时指出")
    assert issues(facts_of(text)) == set()


def test_entering_a_community_frames_the_stop_inside_it():
    # 走进X社区，在Y夜市…: Y lies in X, and the community only framing the stop is no visit
    f = facts_of("8月5日晚，区长韩明走进金港社区，在渔人码头夜市开展走访。")
    assert visits(f) == {("韩明", "渔人码头夜市")}


def test_entering_twin_a_community_entered_alone_is_the_stop():
    # precision twin: entering the community and meeting people there is a visit to it
    f = facts_of("8月5日晚，区长韩明走进金港社区，与居民座谈。")
    assert visits(f) == {("韩明", "金港社区")}


def test_pointed_thing_is_the_topic_of_the_complaint_after_it():
    # “我们楼下那条巷子，一到晚上就停满了车”: the lane pointed at is the topic, no item of its own
    labels = labels_in_village("“我们楼下那条巷子，一到晚上就停满了车，消防车根本开不进来。”村民陈大妈说。")
    assert "我们楼下那条巷子" not in labels
    assert "一到晚上就停满了车" in labels
    assert labels_in_village("村民反映，村口这片空地，堆满了建筑垃圾。") == {"堆满了建筑垃圾"}


def test_pointed_thing_twin_with_its_problem_is_the_complaint():
    # precision twin: the thing pointed at with its own problem in the clause is the complaint
    assert labels_in_village("村民反映，那条路坑洼不平，下雨就积水。") >= {"那条路坑洼不平"}


def test_pointed_thing_twin_a_request_on_it_stays():
    # precision twin: a request naming the thing pointed at (把这条路硬化了) is no topic clause
    labels = labels_in_village("“通往山顶的生产路是土路，一下雨就泥泞。”他说，大家盼着能把这条路硬化了。")
    assert "能把这条路硬化了" in labels
