"""FAULTS39_p133 (session 39): a blind set of ten village, county and district reports.

1. A noun opening with a modal word is no modal (`visit_modal_compounds.txt`: 派出所 holds the
   directive 派出): 带着派出所民警来到X is the official's own visit (`visits._modal`).
2. Climbing up to a place is going there (`visit_verbs.tsv`: 爬上, 登上).
3. A subjectless sentence opened by a move holds the meeting its party convenes later in it
   (随后前往A村，察看…，并在A村文化室召开座谈会: `Reader.elided_mover`); the meeting's issues
   that name A村 stay at the venue inside it (`IssueReader.named_stop`).
4. Those who took the residents' words down may be named summing them up, the verb with no
   起来 (代表们分类梳理，主要集中在三个方面：一是…: `issue_words.summary_opener`).
5. A unit's cadre speaking at the one stop of the paragraph inside the unit speaks there, not at
   the area holding the unit's earlier stops too (`IssuePlacement.within`).
6. A causative worry (X，也让不少业主犯难; X让居民很头疼: `issue_words.troubled`) raises X; the
   worry states (`issue_worry_acts.txt`) name a worry after a copula too (X是大家最担心的事).
7. A cadre who is the report's one visitor (驻村第一书记) speaks as the visitor: their words
   are remarks (`issue_raisers.Raisers`).
8. A bare 说 opening the clause after a raiser's own (几个年轻人关心网络，说X): the raisers speak
   on (`IssueFrames.said_on`); residents named by age (年轻人) are raisers.
9. A bare quotation right after a cadre's account is their words, its worry opening naming
   the problem (`IssueReader.continues`, `issue_words.worry_opening`).
10. Word classes: 急难 names no matter (`issue_generic.txt`); a head count after 人口 is a
    figure (`issue_items.FIGURE`); litter strewn and sparking wires state problems
    (`issue_problem_words.txt`).
Invented fixtures; each with a precision twin.
"""

import pytest

from tests.extraction import facts_of, issues, labels_in_village, visits

pytestmark = pytest.mark.fast


# --- 1. a modal word inside an organ's name


def test_a_police_station_named_in_the_party_is_no_directive():
    got = visits(facts_of("3月2日晚，街道党工委书记吕文山带着城管队员、派出所民警来到东湖社区紫荆苑小区，与居民座谈。"))
    assert ("吕文山", "紫荆苑小区") in got


def test_precision_dispatching_a_team_is_still_a_directive():
    got = visits(facts_of("3月2日，街道党工委书记吕文山要求派出工作组前往东湖社区紫荆苑小区，排查隐患。"))
    assert ("吕文山", "紫荆苑小区") not in got


# --- 2. climbing up to a place


def test_climbing_up_to_a_hamlet_is_a_visit():
    got = visits(facts_of("5月8日，石桥村驻村第一书记何远航沿着山路爬上云雾寨，走访留守老人。"))
    assert ("何远航", "云雾寨") in got


def test_precision_climbing_onto_no_place_is_no_visit():
    got = visits(facts_of("5月8日，石桥村驻村第一书记何远航爬上屋顶查看漏雨情况。"))
    assert not any(place == "屋顶" for _, place in got)


# --- 3. a subjectless move, then a meeting at a venue inside the place reached


TOUR = ("日前，县人大常委会主任赵启明带领部分县人大代表视察农村供水。代表们首先来到龙潭镇石门村，察看新建的蓄水池。"
        "随后前往青松镇杉木村，察看管网改造，并在杉木村文化室召开座谈会。")


def test_a_meeting_after_a_subjectless_move_is_a_stop():
    assert ("赵启明", "杉木村文化室") in visits(facts_of(TOUR))


def test_precision_a_meeting_told_as_a_plan_after_the_move_is_no_stop():
    got = visits(facts_of(TOUR.replace("并在杉木村文化室召开座谈会", "下一步将在杉木村文化室召开座谈会")))
    assert ("赵启明", "杉木村文化室") not in got


def test_the_meetings_issue_naming_the_village_stays_at_the_venue():
    got = issues(facts_of(TOUR + "\n\n座谈会上，代表、村党支部书记孙大海说，杉木村到镇上的公路坡陡弯急。"))
    assert any(place == "杉木村文化室" and "坡陡弯急" in label for place, label in got)
    assert not any(place == "杉木村" for place, _ in got)


# --- 4. the receivers summing the residents' words up


STATION = "6月3日上午，区人大代表方志远来到桂园街道人大代表联络站，接待选民。\n\n"


def test_the_receivers_summing_up_list_what_the_voters_raised():
    got = issues(facts_of(STATION + "当天前来反映情况的选民有20余人。代表们逐一登记、分类梳理，主要集中在三个方面："
                          "一是小区电梯经常停运；二是菜市场门口占道经营；三是公园夜间照明不足。"))
    labels = {label for _, label in got}
    assert {"小区电梯经常停运", "菜市场门口占道经营", "公园夜间照明不足"} <= labels


def test_precision_an_officials_own_points_summed_up_are_no_issues():
    got = issues(facts_of(STATION + "当天前来反映情况的选民有20余人。方志远梳理后表示，下一步要做好三件事："
                          "一是建立台账；二是限时办结；三是及时回访。"))
    assert not any("台账" in label for _, label in got)


# --- 5. a unit's cadre speaking at the paragraph's stop inside the unit


def test_a_village_cadre_speaks_at_the_paragraphs_stop_inside_the_village():
    got = issues(facts_of(
        "县委书记钟明到河口镇调研\n\n"
        "4月2日，县委书记钟明来到河口镇柳溪村三组，同群众拉家常。柳溪村党支部书记邓大林陪同。\n\n"
        "三组的村民说，组里的水渠垮了。\n\n"
        "随后，钟明来到柳溪村党群服务中心，与村干部座谈。邓大林汇报说，村里没有冷库，茶叶放不住。"))
    assert ("柳溪村党群服务中心", "村里没有冷库") in got


def test_precision_a_cadre_after_two_stops_told_together_speaks_for_the_unit():
    # (two stops of one sentence inside the village: the village holding both, as before)
    got = issues(facts_of(
        "4月2日，县委书记钟明先后来到河口镇柳溪村三组和柳溪村党群服务中心。柳溪村党支部书记邓大林陪同。\n\n"
        "三组的村民说，组里的水渠垮了。邓大林汇报说，村里没有冷库，茶叶放不住。"))
    assert ("柳溪村党群服务中心", "村里没有冷库") not in got


# --- 6. a causative worry, and worry states after a copula


def test_a_worry_caused_to_the_owners_raises_its_cause():
    got = labels_in_village("业委会的老周介绍，小区充电桩只有两个；夜里电动车停放的安全问题，也让不少业主犯愁。")
    assert any("电动车停放" in label for label in got)
    assert not any(label.startswith("也让") for label in got)


def test_precision_a_worry_gone_raises_nothing():
    got = labels_in_village("村民们说，去年修了新路，出行不再让村民发愁。")
    assert not any("出行" in label for label in got)


def test_a_worry_state_after_a_copula_names_the_worry():
    assert any("茶叶销路" in label for label in labels_in_village("茶叶销路，是大家最担心的事。"))


# --- 7. a village cadre who is the report's one visitor


DIARY = "3月5日，石桥村驻村第一书记何远航来到石桥村五组，走访农户。组长李长贵反映，组里的便桥被冲垮了。\n\n"


def test_the_lone_visiting_cadres_own_words_are_remarks():
    got = labels_in_village("", visit=DIARY + "何远航把这些记在本子上。他说，能在村里办的，马上办；需要镇里协调的，尽快上报。")
    assert not any("协调" in label or "村里办" in label for label in got)


def test_precision_the_hosts_words_in_the_same_report_still_raise():
    got = labels_in_village("", visit=DIARY)
    assert any("便桥" in label for label in got)


# --- 8. a bare 说 after the raisers' own clause


def test_young_residents_speaking_on_after_their_own_clause_raise():
    got = labels_in_village("几个返乡年轻人则关心物流，说快递点离村太远，取件要跑十几里。")
    assert any("快递点离村太远" in label for label in got)


def test_precision_residents_as_the_object_of_a_clause_do_not_speak_on():
    got = labels_in_village("同时，在村民中开展普法宣传，说邻里纠纷要依法处理。")
    assert got == set()


def test_precision_saying_on_and_on_names_no_content():
    assert labels_in_village("大家你一言我一语，说个不停。") == set()


# --- 9. a bare quotation after a cadre's account


STOP = "7月2日，区委书记林海来到枫林社区党群服务中心调研。社区党委书记黄静介绍，社区有出租屋800多栋。"


def test_a_bare_quotation_after_a_cadres_account_is_theirs():
    got = issues(facts_of(STOP + "“最头疼的是楼道里堆满杂物，清了又堆。”"))
    assert any("楼道里堆满杂物" in label for _, label in got)


def test_precision_a_quotation_of_plain_account_raises_nothing():
    got = issues(facts_of(STOP + "“社区现在有八个网格，每个网格都配了网格员。”"))
    assert got == set()


# --- 10. word classes


def test_a_pressing_problems_qualifier_names_no_matter():
    got = issues(facts_of("10月17日，乡长蒙海到石门镇青山村现场办公，协调解决群众反映的急难问题。"))
    assert not any(label == "急难" for _, label in got)


def test_a_head_count_after_its_noun_is_background():
    got = labels_in_village("村支书坦言，村里常住人口2.3万，护林员只有4名。")
    assert not any("人口" in label for label in got)
    assert any("护林员只有4名" in label for label in got)


def test_litter_strewn_and_sparking_wires_state_problems():
    got = labels_in_village("村支书介绍，赶集的摊贩多，散集后垃圾满地；老屋的电线一下雨就打火花。")
    assert any("垃圾满地" in label for label in got)
    assert any("打火花" in label for label in got)
