"""Session 30: stops missed on a newly opened probe set (FAULTS30_out.md).

1. 下沉 (a higher organ's official going down to the grassroots) is a move verb:
   `区委常委甲下沉X街道Y社区` is a visit to Y社区.
2. A compound of residential buildings known by its number (`X路12号院`, `Y社区三号院`)
   or by its street or employer (`X北三条宿舍楼院`) is a housing estate, a stop of its own.
3. A community whose inner sites the official toured, then came back to (a forum held
   there after the tour, where people raised what they raised), is a stop of its own
   beside the sites; one that only frames the sites is not.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, parent_name, visits


def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


# ------------------------------------------------------------ 1. 下沉: going down to a place

@pytest.mark.fast
@pytest.mark.parametrize(
    "lead, place",
    [
        ("区委常委、组织部部长苏晓梅下沉柏溪街道枫岭社区，", "枫岭社区"),
        ("区委书记苏晓梅带队下沉柏溪街道枫岭社区，", "枫岭社区"),
        ("副县长苏晓梅下沉青禾镇石桥村，", "石桥村"),
        ("市委副书记苏晓梅下沉到柏溪街道枫岭社区，", "枫岭社区"),
    ],
)
def test_going_down_to_a_community_is_a_visit(lead, place):
    facts = facts_of(f"2024年10月9日，{lead}与网格员和居民代表交流。居民反映，楼道照明不足。\n")
    assert visits(facts) == {("苏晓梅", place)}
    assert issues(facts) == {(place, "楼道照明不足")}


@pytest.mark.fast
@pytest.mark.parametrize(
    "said",
    [
        "居民柯大伟说，他家北屋的地基下沉，房门关不严。",
        "居民们反映，小区路面下沉，雨天积水。",
        "居民柯大伟说，院里的地面也在下沉，住着不踏实。",
    ],
)
def test_ground_sinking_is_no_move(said):
    # 下沉 of the ground (subsidence) has no place after it: no stop, the issue stays at the visit
    facts = facts_of(f"2024年10月9日，区长苏晓梅来到柏溪街道枫岭社区。{said}\n")
    assert visits(facts) == {("苏晓梅", "枫岭社区")}
    assert {p for p, _ in issues(facts)} == {"枫岭社区"}


# ------------------------------------------------------------ 2. a numbered compound (号院)

@pytest.mark.fast
@pytest.mark.parametrize(
    "visit, estate",
    [
        ("走进槐荫路17号院，", "槐荫路17号院"),
        ("走进建成于上世纪八十年代的槐荫路17号院，", "槐荫路17号院"),
        ("走进枫岭社区五号院，", "枫岭社区五号院"),
        ("来到槐荫路3号院，", "槐荫路3号院"),
        ("走进槐荫北三条宿舍楼院，", "槐荫北三条宿舍楼院"),
        ("走进建于1986年的纺机厂楼院，", "纺机厂楼院"),
    ],
)
def test_a_numbered_compound_is_an_estate_and_the_stop(visit, estate):
    facts = facts_of(f"2024年6月3日晚，区长苏晓梅来到柏溪街道枫岭社区，{visit}与乘凉的居民拉家常。居民反映，楼道灯长期不亮。\n")
    assert ("苏晓梅", estate) in visits(facts)
    assert ("苏晓梅", "枫岭社区") not in visits(facts)
    assert issues(facts) == {(estate, "楼道灯长期不亮")}
    assert parent_name(facts, estate) == "枫岭社区"


@pytest.mark.fast
@pytest.mark.parametrize("address", ["走进5号院", "走进3号楼", "来到12号院门口"])
def test_a_bare_number_is_an_address_in_the_stop(address):
    # no name before the number: an address inside the estate visited, not a place of its own
    facts = facts_of(f"2024年6月3日，区长苏晓梅来到柏溪街道枫岭社区，{address}察看。居民反映，暖气不热。\n")
    assert visits(facts) == {("苏晓梅", "枫岭社区")}
    assert issues(facts) == {("枫岭社区", "暖气不热")}


# ------------------------------------------------------------ 3. back at the community after its sites

TOUR = "2024年11月5日，市政协副主席林书远来到柏溪街道枫岭社区调研。{sites}在五号院，居民们反映，暖气管道老化。\n\n"


@pytest.mark.fast
@pytest.mark.parametrize(
    "sites",
    [
        "委员们先后走进枫岭社区五号院和枫岭社区老礼堂，察看改造进展。",
        "林书远先后走进枫岭社区五号院、枫岭社区老礼堂，察看改造进展。",
    ],
)
@pytest.mark.parametrize(
    "back",
    [
        "在随后召开的座谈会上，社区党委书记代表居民呼吁，解决物业无人接手的问题。",
        "随后召开座谈会，社区居民代表提出，物业无人接手。",
        "在社区召开的座谈会上，居民代表反映，物业无人接手。",
    ],
)
def test_a_forum_back_at_the_community_after_its_sites_is_a_stop(sites, back):
    facts = facts_of(TOUR.format(sites=sites) + back + "\n")
    found = visits(facts)
    assert ("林书远", "枫岭社区五号院") in found
    assert ("林书远", "枫岭社区") in found
    assert any(place == "枫岭社区" for place, _ in issues(facts))


@pytest.mark.fast
@pytest.mark.parametrize(
    "after",
    ["林书远指出，老旧小区改造要把群众满意作为标准。", "林书远要求，街道要建立问题清单，限时办结。"],
)
def test_a_community_that_only_frames_its_sites_is_no_stop(after):
    # nothing raised at the community itself: the sites are the stops
    facts = facts_of(TOUR.format(sites="林书远走进枫岭社区五号院，察看改造进展。") + after + "\n")
    assert visits(facts) == {("林书远", "枫岭社区五号院")}


@pytest.mark.fast
def test_what_is_raised_of_the_area_after_a_forum_in_its_centre_makes_no_subdistrict_stop():
    # 辖区 files the wish at the subdistrict: the officials were at its centre, not back at the subdistrict
    facts = facts_of(
        "11月3日，区人大常委会主任林书远来到柏溪街道，在柏溪街道党群服务中心参加民情恳谈会。\n\n"
        "恳谈会上，居民代表反映，路口没有红绿灯。居民代表吴小芹提出，希望在辖区内增设室内健身场所。\n"
    )
    assert visits(facts) == {("林书远", "柏溪街道党群服务中心")}
