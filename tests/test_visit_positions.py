"""Visit frames read in the positions a stop is written in: after a name
ending in a character that elsewhere makes a verb part of another word, in a
list, after adverbs, inside `在X…时` clauses, and at a place that receives
the officials.  One invented sentence per shape, and one per precision rule.
"""

import pytest

from kg.extract.visit_verbs import verb_blocked
from tests.extraction import facts_of, visits


# ------------------------------------------------------------------ a name's last character
@pytest.mark.fast
@pytest.mark.parametrize("name", ["孔文达", "郑立应", "林一见"])
def test_a_name_ending_in_a_blocker_character_still_moves(name):
    # 达/应/见 before a verb usually make another word (到达, 应到, 见到); after a name they do not
    f = facts_of(f"2025年5月6日，区委书记{name}走进樟园社区，察看养老服务站。")
    assert visits(f) == {(name, "樟园社区")}


def test_a_blocker_character_not_ending_a_name_still_blocks():
    f = facts_of("2025年5月6日，区长白启明来到梅岭街道。他说，要做到樟园社区全覆盖。")
    assert visits(f) == {("白启明", "梅岭街道")}
    assert verb_blocked("要做到", 2) and not verb_blocked("孔文达走进", 3, {3})


# ------------------------------------------------------------------ a place that receives the officials
@pytest.mark.fast
@pytest.mark.parametrize("sentence, visit", [
    ("樟园社区迎来了区委书记孔文达一行。", ("孔文达", "樟园社区")),
    ("樟园社区党委接待了区委书记孔文达一行。", ("孔文达", "樟园社区")),
    ("当天下午，樟园社区干部群众热情迎接区长白启明的到来。", ("白启明", "樟园社区")),
])
def test_a_place_receiving_officials_is_visited(sentence, visit):
    assert visits(facts_of("2025年5月6日，" + sentence)) == {visit}


def test_a_place_receiving_residents_is_no_visit():
    # no official after the host verb: the place receives residents, no one visits it
    f = facts_of("2025年5月6日，区长白启明来到梅岭街道。樟园社区接待了前来反映问题的居民。")
    assert visits(f) == {("白启明", "梅岭街道")}


def test_an_official_in_the_next_sentence_is_not_received():
    f = facts_of("2025年5月6日，樟园社区迎来了新一轮改造。区长白启明来到梅岭街道。")
    assert visits(f) == {("白启明", "梅岭街道")}


# ------------------------------------------------------------------ the official's own 在X, with no type word
@pytest.mark.parametrize("sentence", [
    "区长白启明在翠湖湾调研时，详细了解了物业管理情况。",
    "区长白启明随后在翠湖湾察看了雨污分流改造。",
])
def test_an_officials_own_at_place_without_a_type_word(sentence):
    # 翠湖湾 carries no type word: the analyser names it, the frame (official 在X + visit verb) places it
    assert visits(facts_of("2025年5月6日，" + sentence)) == {("白启明", "翠湖湾")}


def test_an_at_place_without_a_visit_verb_after_it_is_no_stop():
    f = facts_of("2025年5月6日，区长白启明来到梅岭街道。白启明在北京工作过多年。")
    assert visits(f) == {("白启明", "梅岭街道")}


# ------------------------------------------------------------------ lists of stops
def test_an_organisation_named_after_a_listed_place_is_a_stop():
    # the analyser may read an estate's brand name as an organisation; after 、 in a list of stops it is one
    f = facts_of("2025年5月6日，区长白启明先后来到翠湖湾、金色港湾和碧水云天。")
    assert visits(f) == {("白启明", "翠湖湾"), ("白启明", "金色港湾"), ("白启明", "碧水云天")}


def test_an_organisation_opening_the_object_is_not_read_as_a_place():
    f = facts_of("2025年5月6日，区长白启明来到梅岭街道。白启明走访了区总工会，听取工作汇报。")
    assert ("白启明", "区总工会") not in visits(f)


def test_a_list_closed_by_etc_and_a_shared_type_word():
    f = facts_of("2025年5月6日，区长白启明先后来到鹭岛锦苑、翠湖湾、梧桐苑等小区，察看加装电梯。")
    assert visits(f) == {("白启明", "鹭岛锦苑"), ("白启明", "翠湖湾"), ("白启明", "梧桐苑")}


# ------------------------------------------------------------------ who the party is
@pytest.mark.fast
def test_officials_named_taking_part_are_members_of_the_party():
    f = facts_of(
        "2025年5月6日，市政协主席严如海带队开展专题调研。市政协副主席骆冰，市政协委员包天明、林秋生参加调研。"
        "市商务局局长秦岭陪同。\n调研组首先来到梅岭街道樟园社区，察看便民菜店。"
    )
    # the members make the tour; the vice chair named taking part took part (role other in
    # the genre's gold, as 副区长A参加调研): no visit of hers (session 11)
    assert visits(f) == {(n, "樟园社区") for n in ("严如海", "包天明", "林秋生")}


def test_officials_taking_part_do_not_join_a_visit_told_of_the_leader():
    # the leader is the subject: those taking part are named, not credited with the stop
    f = facts_of(
        "2025年5月6日，市政协主席严如海带队开展专题调研。市政协副主席骆冰参加调研。\n严如海来到梅岭街道樟园社区，察看便民菜店。"
    )
    assert visits(f) == {("严如海", "樟园社区")}


def test_taking_part_in_an_event_at_a_place_is_not_joining_the_party():
    f = facts_of(
        "2025年5月6日，市政协主席严如海带队开展专题调研。市政协委员林秋生参加樟园社区议事会。\n调研组来到梅岭街道桃溪村。"
    )
    assert ("林秋生", "桃溪村") not in visits(f)


def test_an_accompanying_official_who_leads_a_later_visit_makes_it():
    f = facts_of(
        "2025年5月6日上午，区人大常委会主任程海到梅岭街道人大代表联络站接待选民，区人大常委会副主任郁青陪同。\n"
        "当天下午，郁青带领部分区人大代表来到梅岭街道的樟园小学，开展视察。"
    )
    assert ("郁青", "樟园小学") in visits(f)
    assert ("程海", "樟园小学") not in visits(f)


# ------------------------------------------------------------------ where in a place
def test_a_named_place_beside_a_generic_one():
    f = facts_of("2025年5月6日，在梅岭镇人大代表联络站，镇人大主席吴澄接待选民。随后，吴澄来到联络站旁的梅岭镇中心小学。")
    assert ("吴澄", "梅岭镇中心小学") in visits(f)
    assert all("联络站旁" not in p for _, p in visits(f))


def test_several_unnamed_things_inside_a_place_make_the_place_the_stop():
    f = facts_of("2025年5月6日，区长白启明走访了梅岭街道樟园社区内的两家连锁药店，了解药价。")
    assert visits(f) == {("白启明", "樟园社区")}


def test_a_visit_moved_on_by_the_activity_is_the_partys():
    # no one is named in the sentence: the party of the latest visit moves on
    f = facts_of(
        "2025年5月6日，区人大代表陶文清、宋立新来到樟园社区，察看加装电梯。\n上午十时，活动转到梅岭街道人大代表之家，代表们接待选民。"
    )
    assert {("陶文清", "梅岭街道人大代表之家"), ("宋立新", "梅岭街道人大代表之家")} <= visits(f)


def test_a_town_then_a_place_only_the_analyser_names():
    f = facts_of("2025年5月6日，区长白启明来到梅岭镇青龙湾，察看防汛。")
    assert visits(f) == {("白启明", "青龙湾")}


def test_a_date_before_a_clause_opening_at_place():
    f = facts_of("6月3日上午，在青龙湾，区长白启明察看了泵站运行。")
    assert visits(f) == {("白启明", "青龙湾")}


def test_deputies_led_along_are_the_party_named_by_their_plural():
    # 带领 before the deputies makes them led along; 代表们一行 is their party, so they visit
    f = facts_of(
        "2025年5月6日，县人大常委会副主任蓝启航带领县人大代表韦丽清、莫春林，开展集中视察。\n"
        "代表们一行来到梅岭镇中心卫生院，察看门诊大厅。"
    )
    assert visits(f) == {(n, "梅岭镇中心卫生院") for n in ("蓝启航", "韦丽清", "莫春林")}


def test_two_generic_facilities_of_one_town_stay_two_places():
    # both are labelled with the town's name (梅岭镇中心卫生院, 梅岭镇敬老院); their keys must differ
    f = facts_of("2025年5月6日，副县长蓝启航先后来到梅岭镇中心卫生院和梅岭镇敬老院，察看设施。")
    assert visits(f) == {("蓝启航", "梅岭镇中心卫生院"), ("蓝启航", "梅岭镇敬老院")}


# ------------------------------------------------------------------ generic places are no stops
@pytest.mark.fast
@pytest.mark.parametrize("written", ["学生食堂", "农家书屋", "外贸企业", "十余家企业", "几户村民家中"])
def test_a_generic_place_is_no_stop(written):
    f = facts_of(f"2025年5月6日，区长白启明来到梅岭街道。白启明还走进{written}，了解情况。")
    assert visits(f) == {("白启明", "梅岭街道")}


def test_a_named_place_with_a_generic_word_is_still_a_stop():
    f = facts_of("2025年5月6日，区长白启明来到青禾外贸企业，了解订单情况。")
    assert visits(f) == {("白启明", "青禾外贸企业")}


# ------------------------------------------------------------------ walks and facility heads
@pytest.mark.parametrize("sentence, place", [
    ("区长白启明一行沿着清水河堤察看了河道行洪情况。", "清水河堤"),
    ("区长白启明沿青溪海堤步行察看加固工程。", "青溪海堤"),
])
def test_a_walk_along_a_named_place_is_a_stop(sentence, place):
    assert (("白启明", place)) in visits(facts_of("2025年5月6日，" + sentence))


def test_a_walk_without_a_named_place_is_no_stop():
    f = facts_of("2025年5月6日，区长白启明来到梅岭街道。白启明沿途察看了道路建设。")
    assert visits(f) == {("白启明", "梅岭街道")}


@pytest.mark.parametrize("place", ["青螺洲渡口", "梅岭镇应急物资储备库", "草原明珠商贸城", "东湖路临江停车场"])
def test_facility_heads(place):
    f = facts_of(f"2025年5月6日，区长白启明来到{place}，察看运行情况。")
    assert {p for _, p in visits(f)} and all(place.endswith(p) for _, p in visits(f))


def test_a_list_closed_by_etc_and_a_generic_noun():
    f = facts_of("2025年5月6日，区长白启明先后来到红星机械厂、新光纺织厂等企业调研。")
    assert visits(f) == {("白启明", "红星机械厂"), ("白启明", "新光纺织厂")}


def test_etc_inside_a_name_stays():
    f = facts_of("2025年5月6日，区长白启明来到梅岭高等专科学校，察看实训楼。")
    assert visits(f) == {("白启明", "梅岭高等专科学校")}


@pytest.mark.parametrize("modifier", ["正在建设中的", "新建成的"])
def test_a_short_modifier_before_the_place(modifier):
    f = facts_of(f"2025年5月6日，区长白启明来到{modifier}梅岭镇中心小学，察看校舍。")
    assert visits(f) == {("白启明", "梅岭镇中心小学")}


def test_dao_da_is_one_verb():
    f = facts_of("2025年5月6日，区长白启明一行到达梅岭村，察看春耕。")
    assert visits(f) == {("白启明", "梅岭村")}


def test_a_place_receiving_a_party():
    f = facts_of(
        "2025年5月6日，副区长白启明带领区安全生产检查组开展检查。\n梅岭镇第二敬老院接待了检查组一行，院长介绍了消防设施。"
    )
    assert visits(f) == {("白启明", "梅岭镇第二敬老院")}


# ------------------------------------------------------------------ 在X…时 and a next stop after an adverb
@pytest.mark.fast
@pytest.mark.parametrize("opening, place", [
    ("在樟园社区调研时", "樟园社区"),
    ("在青龙湾调研时", "青龙湾"),
    ("在樟园社区检查疫情防控工作期间", "樟园社区"),
])
def test_an_official_opening_the_clause_after_a_while_at_clause_is_there(opening, place):
    f = facts_of(f"2025年5月6日，{opening}，区长白启明强调，要办好民生实事。")
    assert visits(f) == {("白启明", place)}


def test_a_while_at_clause_about_someone_else_gives_no_visit():
    # no official opens the clause after it: the sentence only reports work there
    f = facts_of("2025年5月6日，区长白启明来到梅岭街道。在樟园社区调研时发现，部分楼道堆物较多。")
    assert visits(f) == {("白启明", "梅岭街道")}


def test_an_adverb_before_an_inspect_verb_tells_a_next_stop():
    f = facts_of("2025年5月6日，区长白启明一行来到樟园社区，随后还察看了青龙湾。")
    assert visits(f) == {("白启明", "樟园社区"), ("白启明", "青龙湾")}


def test_an_inspect_verb_without_an_adverb_looks_around_inside():
    f = facts_of("2025年5月6日，区长白启明来到樟园社区，察看了青龙湾小区的加装电梯。")
    assert ("白启明", "樟园社区") in visits(f)


# ------------------------------------------------------------------ deputies named once the tour is under way
def test_deputies_first_named_during_the_tour_made_it():
    # the later stop's subject carries the party (一行): the deputies met at the station go along;
    # 程海 named alone there goes alone (session 28, NEWC28A: tests/test_party28.py)
    f = facts_of(
        "2025年5月6日，区人大常委会主任程海来到梅岭街道人大代表联络站，与区人大代表陶文清、宋立新一起接待选民。\n"
        "随后，程海一行来到樟园社区，察看加装电梯。"
    )
    assert {("陶文清", "梅岭街道人大代表联络站"), ("宋立新", "樟园社区")} <= visits(f)


def test_deputies_with_stops_of_their_own_are_not_given_the_others():
    # a round-up: each deputy's own stop, no shared tour
    f = facts_of(
        "2025年5月6日，人大代表陶文清来到樟园社区走访。\n在梅岭社区，人大代表宋立新走进小区实地查看。"
    )
    assert visits(f) == {("陶文清", "樟园社区"), ("宋立新", "梅岭社区")}


def test_afternoon_deputies_are_not_given_the_mornings_stops():
    f = facts_of(
        "2025年5月6日上午，区委书记孔文达来到樟园社区，察看加装电梯。\n"
        "下午，区人大常委会副主任郁青来到梅岭街道人大代表联络站，与区人大代表陶文清一起接待选民。"
    )
    assert ("陶文清", "樟园社区") not in visits(f)
    assert ("陶文清", "梅岭街道人大代表联络站") in visits(f)
