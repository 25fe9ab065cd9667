"""Faults the lead found in session 13.  Every fixture is invented; each test
runs the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, posts


def _posts(facts, name: str) -> set[str]:
    return set(posts(facts).get(name, []))


@pytest.mark.fast
@pytest.mark.parametrize("first, second", [("区委副书记", "区长"), ("镇党委书记", "镇长"),
                                           ("县政协副主席", "县工商联主席")])
def test_posts_held_at_once_are_two_posts(first, second):
    # 兼 joins two titles of one person, as 、 does: each is a post of its own
    text = f"2025年4月8日，青川{first}兼{second}冯立群来到柳林街道桃源社区，居民反映小区路灯损坏。\n"
    facts = facts_of(text)
    assert {first, second} <= {p.removeprefix("青川") for p in _posts(facts, "冯立群")}


@pytest.mark.fast
def test_a_concurrent_post_verb_is_no_joiner():
    # 兼任 is a verb after the name, not two titles joined in a byline
    text = "2025年4月8日，区长冯立群来到柳林街道桃源社区。冯立群兼任区防汛指挥部总指挥。\n"
    facts = facts_of(text)
    assert _posts(facts, "冯立群") and all("兼" not in p for p in _posts(facts, "冯立群"))
