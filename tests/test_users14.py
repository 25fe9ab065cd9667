"""Faults a newcomer met in session 14: patrol-chief posts in a list of posts,
estates of like names merged across reports, road-named subdistricts, an
inspected project read as a place, day-only dates, a village's first
secretary, a given name after lost characters and circled list numbers.
Every fixture is invented; each test runs what a user runs (the `kg` command
line or the real pipeline)."""

from __future__ import annotations

import pytest
from tests.extraction import facts_of, posts, visits

# ---------------------------------------------------------------- 1: patrol-chief posts


@pytest.mark.fast
@pytest.mark.parametrize("first, chief", [("副县长", "县级河长"), ("市委书记", "市级总林长"), ("区委常委", "区级路长"),
                                          ("镇长", "镇级网格长"), ("副市长", "市级湖长")])
def test_a_patrol_chief_post_in_a_list_of_posts_keeps_the_official(first, chief):
    # a jurisdiction's level (县级, tagged an adjective) + a chief of a patrol system is a post
    facts = facts_of(f"2025年3月2日，{first}、{chief}庞德远来到青石镇柳溪村。村民反映河道淤塞。\n")
    assert posts(facts)["庞德远"] == [first, chief]
    assert ("庞德远", "柳溪村") in visits(facts)


@pytest.mark.fast
def test_a_patrol_chief_companion_is_kept_as_one():
    facts = facts_of("2025年3月2日，县长韩立新来到青石镇柳溪村，副县长、县级河长庞德远陪同。村民反映河道淤塞。\n")
    assert posts(facts)["庞德远"] == ["副县长", "县级河长"]
    official = next(o for o in facts.officials.values() if o.name == "庞德远")
    assert official.role == "accompanying"

