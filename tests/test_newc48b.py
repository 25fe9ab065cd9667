"""NEWCOMER48b: invented reports in the shapes session 48's rules target, and what they found.

1. Gestures of one raiser one after another (`issue_raisers.gesture_pattern`): a resident who
   leads the official somewhere (领着X来到Y, `issue_raiser_gestures.tsv`: 来到 a show motion)
   and then points (指着裂缝说) is still the speaker; the official led is not.
2. 共有 ends a place name (`place_stops.txt`): 白石村共有上坪、下坪、中坪3个自然村 read 共有上坪自然村.
"""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

LEDE = "2024年7月3日上午，县委书记林海到城关镇调研。\n林海来到城关镇南街社区幸福小区。"


@pytest.mark.parametrize("led", ["居民张大爷领着林海来到自家楼下，指着裂缝说，",
                                 "退休职工老周领着林海来到自家那栋老楼的楼下，指着墙上的裂缝说，"])
def test_led_then_pointing_resident_speaks(led):
    facts = facts_of(LEDE + led + "外墙一下雨就渗水。\n")
    assert ("幸福小区", "外墙一下雨就渗水") in issues(facts)


def test_official_leading_then_pointing_raises_nothing():
    facts = facts_of(LEDE + "林海领着城关镇干部来到楼下，指着裂缝说，外墙一下雨就渗水，要尽快修。\n")
    assert not any("渗水" in label for _, label in issues(facts))


def test_chained_gestures_read_through():
    from kg.extract.issue_raisers import gesture_start
    t = "张大爷领着林海来到自家楼下，指着裂缝说"
    assert t[:gesture_start(t, 0, len(t) - 1)] == "张大爷"
    t = "张大爷说"  # no gesture: the verb itself
    assert gesture_start(t, 0, len(t) - 1) == len(t) - 1


def test_a_count_of_what_a_village_holds_ends_its_name():
    """2. 共有 (`place_stops.txt`) ends a place's name: X村共有A、B、C3个自然村 reads no natural
    village 共有A自然村."""
    facts = facts_of("2024年8月20日，市长何平到青山镇白石村调研。\n"
                     "白石村共有上坪、下坪、中坪3个自然村，村民多数外出务工。\n")
    names = {p.name for p in facts.places.values()}
    assert not any(n.startswith("共有") for n in names)
    assert "白石村" in names
