"""Session 35 (FAULTS35_p103, opened probe p103): the stop lost to its container.

1. A named community's doorstep station (X居民区“家门口”服务站, X居民区家门口服务站): 家门口
   is a common word of the genre (`place_generic_words.txt`) that holds the locative 门口, and
   a locative inside a written name made it a phrase (`place_segments._locative_in`).  Before, the
   station was cut to the community and its forum's issues were filed there.  A bare
   居民区“家门口”服务站 stays the community's own office (`unit_office`, session 33).
2. 人大代表联系点 (`place_suffixes.tsv`: 联系点 ends a name as 联络点 does): X居民区人大代表联系点
   is a station of X.  Written before a name (联系点石桥村) it stays the official's tie.
3. `在X，社区书记A向代表们反映…`: a stop's own cadre opening the clause after a sentence-opening
   在X is no visitor; the touring party named later in the sentence is at X
   (`visits.Reader.present_at`).  Before, the cadre took the clause and no one was at X.
4. `在建于八十年代的X新村，王明…`: a short modifier + 的 before the place of a clause-opening 在
   (`visit_patterns.MODIFIER_OF`, as after a move verb).  Before, X was never read and the tour's
   area took its issues.
5. A quoted programme's works (察看“幸福家园”改造工程: a quoted term, common words, a work's
   type word) is no site (`place_proper_part._quoted_programme`, `place_proper_part.work_after`).  Before, the
   works became a stop and took the estate's issues.
6. A listed part after a head noun conceding a gain before its complaint (说出了心里话：
   “X拓宽了，可Y还是不够”): the gain, stating no problem, is none of the items
   (`issue_content.conceded_rest`, as a concession is none in reported speech).  Before,
   the head's list split the quotation at its commas and kept the gain.
7. An estate named by a kind of unit alone after a named area (调研X街道老旧小区改造:
   `place_unit_kinds.txt`) is the area's class of estates: the place is the area
   (`place_classes.estate_class`).  Before, the class was a stop of its own.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

LEDE = "3月2日，区委书记石岩松来到桂香路街道调研。\n\n随后，石岩松来到丹桂小区察看加梯现场。\n\n"


# --- 1. a named community's doorstep station


@pytest.mark.parametrize("station", ["柳岸居民区“家门口”服务站", "柳岸居民区家门口服务站"])
def test_named_community_doorstep_station_is_the_stop(station):
    facts = facts_of(LEDE + f"在{station}，石岩松与居民代表座谈。居民们提出，充电桩太少。")
    stops = {place for _, place in visits(facts)}
    assert any("家门口" in place for place in stops), visits(facts)
    assert "柳岸居民区" not in stops, visits(facts)
    assert any("家门口" in place and label == "充电桩太少" for place, label in issues(facts)), issues(facts)


def test_bare_doorstep_station_stays_the_community_office():
    # precision twin: no community named before the station: it is the office of the community visited
    facts = facts_of("3月2日，区委书记石岩松来到桂香路街道柳岸居民区调研。\n\n"
                     "在居民区“家门口”服务站，石岩松与居民代表座谈。居民们提出，充电桩太少。")
    assert ("柳岸居民区", "充电桩太少") in issues(facts), issues(facts)
    assert not any("家门口" in place for _, place in visits(facts)), visits(facts)


def test_gate_of_an_estate_is_still_a_locative():
    # precision twin: 小区门口 places a thing at the estate's gate; no place named 小区门口便民服务点
    facts = facts_of(LEDE + "石岩松察看了丹桂小区门口新设的便民服务点。居民反映，车棚不够用。")
    assert not any("门口" in place for _, place in visits(facts)), visits(facts)


# --- 2. 人大代表联系点


def test_deputies_contact_point_of_a_community_is_a_stop():
    facts = facts_of("5月8日，区人大常委会主任邹启明来到桂香路街道松林居民区人大代表联系点，接待选民。"
                     "居民反映，楼道电线老化。")
    assert ("邹启明", "松林居民区人大代表联系点") in visits(facts), visits(facts)


def test_contact_word_before_a_name_is_no_station():
    # precision twin: 联系点 before a village's name is the official's tie to it
    facts = facts_of("9月5日，镇长邹启明参加了联系点青石村的院坝议事会。村民反映，村道太窄。")
    assert ("邹启明", "青石村") in visits(facts), visits(facts)


# --- 3. a stop's cadre opening the clause after 在X


TOUR = ("5月8日下午，区人大常委会主任邹启明、副主任林晓芸带领部分区人大代表来到桂香路街道。\n\n"
        "代表们首先来到松林新村，察看了垃圾厢房。")


def test_cadre_telling_the_party_at_a_place_puts_the_party_there():
    facts = facts_of(TOUR + "在松林居民区，居民区党总支书记苗晓青拉着代表们说，健身器材都坏了。")
    assert ("邹启明", "松林居民区") in visits(facts), visits(facts)
    assert ("松林居民区", "健身器材都坏了") in issues(facts), issues(facts)


def test_cadre_alone_at_a_place_makes_no_visit():
    # precision twin: the cadre speaks of the community; no visitor is named in the sentence
    facts = facts_of(TOUR + "在松林居民区，居民区党总支书记苗晓青介绍了社区概况。")
    assert ("邹启明", "松林居民区") not in visits(facts), visits(facts)


# --- 4. 在 + a short modifier + 的 + the place


AREA = "9月6日，街道党工委书记陶明远下沉到苏台街道荷塘社区，走访居民。\n\n荷塘社区多为老小区。"


@pytest.mark.parametrize("modifier", ["建于八十年代的", "青石河边的"])
def test_described_place_after_a_clause_opening_at_is_the_stop(modifier):
    facts = facts_of(AREA + f"在{modifier}柳荫新村，陶明远逐户走访。居民说，巷口的路灯不亮。")
    assert ("陶明远", "柳荫新村") in visits(facts), visits(facts)
    assert ("柳荫新村", "巷口的路灯不亮") in issues(facts), issues(facts)


def test_at_with_help_of_names_no_place():
    # precision twin: 在…的帮助下 is a circumstance; the community stays the stop
    facts = facts_of(AREA + "在社区的帮助下，陶明远逐户走访。居民说，巷口的路灯不亮。")
    assert ("荷塘社区", "巷口的路灯不亮") in issues(facts), issues(facts)


# --- 5. a quoted programme's works


def test_quoted_programme_works_is_no_stop():
    facts = facts_of("4月9日，区长戴文谦来到虎山街道调研。\n\n戴文谦首先来到石桥新村，"
                     "逐一察看了正在施工的“幸福家园”改造工程。居民代表反映，脚手架占了人行道。")
    assert visits(facts) == {("戴文谦", "石桥新村")}, visits(facts)
    assert ("石桥新村", "脚手架占了人行道") in issues(facts), issues(facts)


def test_quoted_facility_name_stays_a_stop():
    # precision twin: a quoted name ending in a facility's type word, no work, is a station
    facts = facts_of("4月9日，区长戴文谦来到青禾社区“暖阳驿站”，与老人交流。老人反映，助餐点太远。")
    assert any("暖阳驿站" in place for _, place in visits(facts)), visits(facts)


# --- 6. a concession inside a part listed after a head noun


ESTATE = "4月9日，区长戴文谦来到虎山街道青枫苑小区调研。\n\n"


def test_conceded_gain_after_a_head_noun_is_no_issue():
    facts = facts_of(ESTATE + "居民们也说出了心里话：“门前的巷子拓宽了，可晾衣服的地方还是不够。”")
    labels = {label for _, label in issues(facts)}
    assert "晾衣服的地方还是不够" in labels, labels
    assert not any("拓宽" in label for label in labels), labels


def test_problem_before_a_turn_after_a_head_noun_stays():
    # precision twin: the clause before 但 states a problem of its own; both are items
    facts = facts_of(ESTATE + "居民们提出了几个问题：楼道灯坏了好几盏，但一直没人修；垃圾桶太少。")
    labels = {label for _, label in issues(facts)}
    assert {"楼道灯坏了好几盏", "垃圾桶太少"} <= labels, labels


# --- 7. an area's class of estates


def test_area_class_of_estates_is_no_stop():
    facts = facts_of("区长戴文谦调研虎山街道老旧小区改造工作\n\n4月9日，区长戴文谦到虎山街道调研老旧小区改造工作。"
                     "戴文谦首先来到石桥新村察看。居民反映，脚手架占了人行道。")
    assert visits(facts) == {("戴文谦", "石桥新村")}, visits(facts)


def test_named_estate_of_an_area_stays_a_stop():
    # precision twin: an estate with a name of its own after the area is one estate
    facts = facts_of("4月9日，区长戴文谦来到虎山街道翠湖小区察看。居民反映，脚手架占了人行道。")
    assert ("戴文谦", "翠湖小区") in visits(facts), visits(facts)
