"""Session 33 (PLACEB33, opened probe p97): placement and whole-report failures.

1. A functional zone of a facility (护理区, 候诊区, 就餐区: `place_suffixes.tsv`) is a
   corner of the facility, never a district: read by its last character it became the
   report's only district, every post's jurisdiction and the subdistrict's parent.
2. A sentence opening `(随后，)在X，` with no one in its clause and a meeting after it
   (一场议事会正在进行), X a stop the party was already recorded at (the lede's list), is
   the party at X again (`visits.Reader.stop_told_again`): raisings in the paragraphs
   after it stay at X, not at the stop described before.
3. A residents' committee named after its estate (X新村居民区, X一村社区), visited, whose
   estate's name alone opens a paragraph (`X新村建于…`): the paragraph is about the stop
   (`PlaceRegistry.committee_by_estate`, read by `visits.Reader.read_paragraph`).
4. The raiser word 居民 opening the type word 居民区 (or 居民委员会) names the unit, not
   its residents, and sets no raisers' place for the sentences after it
   (`issue_raisers.opens_unit_type_word`, read by `IssueReader.read`): the lede's list
   made its last 居民区 the raisers' own place for the next paragraph.
5. A speech verb before 到 (聊到, 讲到, 问到, 写到: `visit_verb_blockers.txt`) mentions
   a topic; it takes no one anywhere.
6. `王明在X召开座谈会，副区长A、B一同参加`: the convener named before 在X is the one at X
   (`visits.Reader.present_at` sets the clause's subject there), not only those joining.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


def place_types(f) -> dict[str, str]:
    return {p.name: p.type for p in f.places.values()}


# --- 1. a functional zone is no district

CARE_HOME = (
    "3月5日下午，副区长陈立华来到枫林街道桃源路居民区长者照护之家调研。\n\n"
    "陈立华走进护理区和助浴间，与老人们拉家常。照护之家负责人告诉她，护理员流动性大。"
)


def test_a_care_homes_zone_is_no_district():
    f = facts_of(CARE_HOME)
    types = place_types(f)
    assert "护理区" not in types
    assert not any(t == "District" for t in types.values()), types
    assert all(place == "长者照护之家" for place, _ in issues(f)), issues(f)


def test_a_district_written_with_qu_stays_a_district():
    f = facts_of("3月5日下午，副市长陈立华来到滨湖区枫林街道桃源路居民区调研。")
    assert place_types(f).get("滨湖区") == "District"


# --- 2. a stop of the lede told again by 在X， holds the paragraphs after it

FORUM = (
    "3月5日下午，副区长陈立华来到枫林街道，先后走访桃源路居民区长者照护之家和枫林街道党群服务中心，"
    "调研社区养老服务并参加居民议事会。\n\n"
    "桃源路居民区长者照护之家设有床位30张。陈立华与老人们拉家常。\n\n"
    "随后，在枫林街道党群服务中心，一场议事会正在进行。\n\n"
    "居民王秀兰说，小区楼道灯坏了好几个月。李阿姨说，社区食堂中午排队要半个小时。"
)


def test_a_forum_set_at_a_stop_of_the_lede_holds_the_next_paragraph():
    f = facts_of(FORUM)
    assert {place for place, _ in issues(f)} == {"枫林街道党群服务中心"}, issues(f)


def test_a_scene_at_a_place_never_visited_is_no_visit():
    f = facts_of(
        "3月5日下午，副区长陈立华来到枫林街道桃源路居民区调研。\n\n"
        "随后，在松风苑小区，一场议事会正在进行。"
    )
    assert visits(f) == {("陈立华", "桃源路居民区")}


# --- 3 and 4. the estate's name for its committee; 居民 inside 居民区

TOUR = (
    "11月8日，区长韩明来到枫林街道，先后走访松风新村居民区、桃源里居民区和华山小区，"
    "面对面听取居民意见建议。\n\n"
    "松风新村建于上世纪80年代，共有多层住宅30幢。居民反映，小区非机动车棚没有充电桩。\n\n"
    "在桃源里居民区，韩明察看了架空线入地现场。有居民提出，小区停车位紧张。"
)


def test_a_committee_written_by_its_estates_name_is_that_committee():
    f = facts_of(TOUR)
    assert ("松风新村居民区", "小区非机动车棚没有充电桩") in issues(f), issues(f)
    assert ("桃源里居民区", "小区停车位紧张") in issues(f)


def test_a_village_with_the_same_core_is_not_the_committee():
    f = facts_of(TOUR.replace("松风新村建于", "松风村建于"))
    assert ("松风新村居民区", "小区非机动车棚没有充电桩") not in issues(f), issues(f)


def test_residents_after_a_juminqu_still_speak_for_it():
    f = facts_of(
        "11月8日，区长韩明来到枫林街道，先后走访松风新村居民区和桃源里居民区。\n\n"
        "座谈会上，桃源里居民区居民反映，小区停车位紧张。"
    )
    assert issues(f) == {("桃源里居民区", "小区停车位紧张")}


# --- 5. 聊到 mentions, it goes nowhere

CHAT = (
    "12月4日上午，街道办事处主任陈海燕来到松风新村第三居民区，在“家门口”服务站与居民代表座谈。\n\n"
    "座谈中，居民们聊到了小区雨污混接、“一键叫车”服务点太少等问题。"
)


def test_a_topic_chatted_about_is_no_stop():
    f = facts_of(CHAT)
    assert visits(f) == {("陈海燕", "松风新村第三居民区")}
    assert {place for place, _ in issues(f)} == {"松风新村第三居民区"}, issues(f)


def test_arriving_at_a_service_point_is_still_a_stop():
    f = facts_of("12月4日上午，街道办事处主任陈海燕来到松风新村一键叫车服务点，察看运行情况。")
    assert ("陈海燕", "一键叫车服务点") in visits(f) or any(p.endswith("服务点") for _, p in visits(f)), visits(f)


# --- 6. the convener before 在X is there

MEETING = (
    "区长蹲点一日\n\n"
    "上午9点，区长钱志刚来到槐古新村社区。社区党委书记邵丽萍说，助餐点场地太小。\n\n"
    "下午，钱志刚在清名桥街道召开居民座谈会，副区长孙立群、冯晓东一同参加。"
)


def test_the_convener_is_at_the_meeting_place():
    assert ("钱志刚", "清名桥街道") in visits(facts_of(MEETING))


def test_officials_listed_before_the_venue_are_all_there():
    f = facts_of("区长蹲点一日\n\n下午，副区长孙立群、冯晓东在清名桥街道召开居民座谈会。")
    assert {("孙立群", "清名桥街道"), ("冯晓东", "清名桥街道")} <= visits(f)
