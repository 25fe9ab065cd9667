"""Session 55 (walk55): newcomer faults on a walk or a drive.  Fixtures invented.

- places a walk or a drive passes through, named after a verb of passing (途经, 经过, 路过,
  走过) opening its clause, are stops of the party, in the area written before them, and
  what is raised there is filed there; a way's or a river's own route is no visit;
- a call or a video link ended (放下电话, 挂断电话后, 结束视频连线后) before a move verb is no
  taking part from afar;
- the warning "filed with no visit told" names issues filed where no visit went also in a
  report that does tell other visits.
"""

import pytest

from tests.extraction import facts_of, issues, parent_name, visits

pytestmark = pytest.mark.fast


# 1. places passed on a walk or a drive
@pytest.mark.parametrize("text, passed, area", [
    ("2025年4月2日，县长张华沿清源溪步行察看河道整治情况，途经岭下镇下河村和上河村。"
     "在下河村，村民反映河岸垃圾堆放问题。", ("下河村", "上河村"), "岭下镇"),
    ("2025年6月9日上午，副区长林涛沿着滨江绿道一路察看防汛设施，先后路过东港街道渔湾社区、沙尾社区，"
     "了解排涝泵站运行情况。在渔湾社区，居民反映泵站噪音扰民。", ("渔湾社区", "沙尾社区"), "东港街道"),
])
def test_places_passed_on_a_walk_are_stops_in_their_area(text, passed, area):
    facts = facts_of(text)
    got = visits(facts)
    assert all((who, place) in got for place in passed for who in {w for w, _ in got}), got
    assert all(parent_name(facts, place) == area for place in passed)
    raised = next(i for i in facts.issues)
    assert facts.places[raised.place].name == passed[0] and raised.visit is not None


def test_a_place_passed_right_after_the_official_is_a_stop():
    got = visits(facts_of("2025年4月2日，县长张华一行驱车途经岭下镇上河村时，停车察看了水毁道路。"))
    assert ("张华", "上河村") in got, got


# (each description below beside the walk whose passing is a stop: without the reading, neither
# is a visit)
WALKED = "2025年4月2日，县长张华沿着清源路步行察看，途经岭下镇上河村。"


@pytest.mark.parametrize("text", [
    # the way's own route, its subject told before
    "2025年4月2日，县长张华沿着清源路步行察看，这条路全长5公里，途经下河村和上河村。",
    # residents telling a road's route
    "2025年4月2日，县长张华来到岭下镇下河村，村民说，这条路经过上河村，年久失修。",
    # a river's flow
    "2025年4月2日，县长张华来到岭下镇下河村察看。清源溪流经下河村和上河村。",
    # a way passing a place, no clause of its own: 经过上河村的路
    "2025年4月2日，县长张华来到岭下镇下河村，察看经过上河村的道路。",
])
def test_a_route_described_is_no_visit(text):
    got = visits(facts_of(text))
    assert ("张华", "上河村") not in got, got
    got = visits(facts_of(WALKED))
    assert ("张华", "上河村") in got, got


# 2. a call ended before a move
@pytest.mark.parametrize("text", [
    "2025年3月5日，副区长王明放下电话，走进东湖街道东湖社区，察看积水情况。",
    "2025年3月5日，副区长王明挂断电话后来到东湖街道东湖社区，听取居民意见。",
    "2025年3月5日，副区长王明结束视频连线后，立即赶到东湖街道东湖社区察看积水情况。",
])
def test_a_call_ended_before_a_move_is_no_taking_part_from_afar(text):
    assert ("王明", "东湖社区") in visits(facts_of(text))


def test_a_call_still_under_way_is_taking_part_from_afar():
    got = visits(facts_of("2025年3月5日，副区长王明放下电话，走进东湖街道东湖社区，察看积水情况。"))
    assert ("王明", "东湖社区") in got, got
    got = visits(facts_of("2025年3月5日，副区长王明通过视频连线东湖街道东湖社区，听取居民意见。"))
    assert ("王明", "东湖社区") not in got, got
    got = visits(facts_of("2025年3月5日，副区长王明结束视频连线后，听取东湖街道东湖社区居民意见。"))
    assert ("王明", "东湖社区") not in got, got


# 3. issues filed where no visit went, in a report telling other visits
@pytest.mark.parametrize("text, place", [
    ("2025年4月2日，县长张华沿清源溪步行察看河道整治情况。在下河村，村民反映河岸垃圾堆放问题。", "下河村"),
    ("2025年4月2日，县长张华沿着清源路步行察看道路修缮情况。在下河村，村民反映路灯不亮。", "下河村"),
])
def test_issues_filed_where_no_visit_went_are_warned_of(text, place):
    import kg
    built = kg.build_texts({"w.txt": text})
    facts = next(iter(built.facts.values()))
    assert facts.visits and any(facts.places[i.place].name == place for i in facts.issues)
    assert any("filed with no visit told" in w and place in w for w in built.warnings), built.warnings


@pytest.mark.parametrize("text", [
    "2025年4月2日，县长张华沿清源溪步行察看河道整治情况，途经岭下镇下河村和上河村。在下河村，村民反映河岸垃圾堆放问题。",
    # (an issue of the area holding the stop: the party was in it)
    "2025年4月2日，区长王明来到东湖街道新华社区，察看改造进展。东湖街道居民反映停车难。",
])
def test_issues_filed_where_a_visit_went_give_no_such_warning(text):
    import kg
    built = kg.build_texts({"w.txt": text})
    assert not any("filed with no visit told" in w for w in built.warnings), built.warnings
    # (while one filed at a place of no visit in a report telling a visit is warned of)
    built = kg.build_texts({"s.txt": "2025年4月2日，县长张华沿清源溪步行察看河道整治情况。在下河村，村民反映河岸垃圾堆放问题。"})
    assert any("filed with no visit told" in w and "下河村" in w for w in built.warnings), built.warnings
