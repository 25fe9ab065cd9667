"""Lead's fixes of session 20, each a kind found by generating report shapes.
Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits


@pytest.mark.fast
@pytest.mark.parametrize("first", ["临溪街道", "柏树镇"])
def test_a_coarse_stop_where_residents_spoke_stays_beside_a_stop_inside_it(first):
    # residents raised something at the subdistrict or town before the party moved on to a
    # place inside it: that was a stop of its own, where the issue is filed
    facts = facts_of(f"5月6日，副县长符涛来到{first}，实地察看背街小巷整治情况，并与居民代表座谈。"
                     "居民代表反映，路口没有红绿灯，孩子上学过马路不安全。随后，符涛来到竹园社区，看望困难群众。\n")
    assert visits(facts) == {("符涛", first), ("符涛", "竹园社区")}
    assert any(place == first for place, _ in issues(facts))


@pytest.mark.fast
def test_a_coarse_place_that_only_frames_the_stops_is_no_visit():
    # nothing raised at the town itself: its stops inside it are the visits
    facts = facts_of("5月6日，副县长符涛来到柏树镇，先后察看了竹园村和杉坪村的人居环境整治情况。"
                     "在竹园村，村民反映，村里垃圾清运不及时。\n")
    assert ("符涛", "柏树镇") not in visits(facts)
