"""Session 35 (FAULTS35_p105, opened probe p105): a reporter following an official, and a
transcribed name split by the tagger.

1. A first-person feature whose observer goes along with an official for the day
   (我跟着X村驻村第一书记A出了门, 记者跟随…: `observer_follow_verbs.txt`) tells A's rounds as the
   observer's own: 我们先到了三社 is A's stop (`visits.Reader._followed`), where a plain
   observer's going (记者来到X) stays no one's visit.  The village A's post names is where
   the rounds go, so its numbered groups (三社) are read in it.  Before, the report had no
   stop of its own and every issue went to a place seen in a photo.
2. A transcribed name whose first part the tagger split (阿不/PER|都/d|热/v|合曼·吐尔逊/PER)
   before a one-character movement verb (到X调研) is read whole (`official_transcribed.dotted_moves`).
   Before, the official was called 阿不 and none of their visits scored.
3. The followed official is the report's visitor whatever their post: what a village's first
   secretary followed so says (韩立平说，水渠年久失修) is their own remark, not a cadre's raising
   for the residents (`issue_raisers.Raisers.cadres` leaves them out).  Before, the cadre's every
   sentence was a resident's issue.
4. A unit's own facility written with the unit's type word alone (又去了村卫生室), after the
   village is named, is that village's facility (`village_groups.own_facility_at`: 青石湾村卫生室),
   a stop of its own.  Before, it was no place and its issues went to the stop before.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

# --- 1. the observer following an official

FOLLOW = (
    "跟着驻村书记走一天\n\n"
    "早上8点，我跟着青石湾村驻村第一书记韩立平出了门。他说，今天要跑的地方不少。\n"
    "我们先到了二社。村民周桂香说：“一到冬天水管就冻住了，只能去河沟挑水。”韩立平把这件事记在本子上。\n"
    "随后我们翻过一道坡到了六社。社里的村民反映，通往果园的生产路是土路，一下雨就走不了车。\n"
)


def test_followed_official_makes_the_observers_stops():
    facts = facts_of(FOLLOW)
    got = visits(facts)
    assert {name for _, name in got} >= {"青石湾村二社", "青石湾村六社"}
    assert {who for who, _ in got} == {"韩立平"}
    placed = {place for place, _ in issues(facts)}
    assert "青石湾村二社" in placed and "青石湾村六社" in placed


def test_plain_observer_going_is_no_visit():
    # precision twin: the reporter goes alone (no one followed): no official's stop
    text = FOLLOW.replace("我跟着青石湾村驻村第一书记韩立平出了门", "我出了门，青石湾村驻村第一书记韩立平在村委会等着")
    facts = facts_of(text)
    assert not any(name.endswith(("二社", "六社")) for _, name in visits(facts))


def test_resident_following_is_no_observer():
    # precision twin: a resident, not the observer, follows the official
    text = FOLLOW.replace("我跟着青石湾村驻村第一书记韩立平出了门", "村民们跟着青石湾村驻村第一书记韩立平出了门")
    facts = facts_of(text)
    assert not any(name.endswith(("二社", "六社")) for _, name in visits(facts))


# --- 2. a transcribed name split by the tagger


SPLIT_NAME = (
    "11月20日，第九师一六三团党委副书记、团长孙志刚，团党委常委、副政委阿不都热合曼·艾力到二连、四连和红星社区调研，"
    "走访职工群众，现场协调解决群众急难愁盼问题。"
)


def test_dotted_name_split_by_the_tagger_is_read_whole():
    facts = facts_of(SPLIT_NAME)
    names = {o.name for o in facts.officials.values()}
    assert "阿不都热合曼·艾力" in names
    assert any(who == "阿不都热合曼·艾力" for who, _ in visits(facts))


def test_dotted_name_before_no_movement_keeps_its_reading():
    # precision twin: a plain Han name before 到 is not stretched to a dot it does not have
    facts = facts_of(SPLIT_NAME.replace("阿不都热合曼·艾力", "王建"))
    assert {o.name for o in facts.officials.values()} == {"孙志刚", "王建"}


# --- 3. the followed official's own remarks


FOLLOW_DAY = FOLLOW + (
    "韩立平说，六社的灌溉水渠年久失修，明年要争取资金重修。\n"
    "下午我们又去了村卫生室。村医说，卫生室缺少常用药品，做个B超得去县医院。\n"
)


def test_followed_cadres_words_are_no_residents_issue():
    labels = {label for _, label in issues(facts_of(FOLLOW_DAY))}
    assert not any("水渠" in label for label in labels)
    assert any("水管" in label for label in labels)  # a resident's words still raise


def test_unfollowed_cadres_words_still_raise():
    # precision twin: the village's party secretary, not followed, speaks for the residents
    labels = {label for _, label in issues(facts_of(FOLLOW_DAY.replace("韩立平说，六社", "村党支部书记周明说，六社")))}
    assert any("水渠年久失修" in label for label in labels)


# --- 4. a village's own facility by the type word alone


def test_village_facility_by_type_word_is_a_stop():
    facts = facts_of(FOLLOW_DAY)
    assert ("韩立平", "青石湾村卫生室") in visits(facts)
    assert ("青石湾村卫生室", "卫生室缺少常用药品") in issues(facts)


def test_village_word_before_no_facility_is_no_stop():
    # precision twin: 村民家中 is no facility of the village
    facts = facts_of(FOLLOW_DAY.replace("又去了村卫生室", "又去了村民家中"))
    assert not any("卫生室" in name or "村民" in name for _, name in visits(facts))
