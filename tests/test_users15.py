"""Faults a newcomer met in session 15: an organ's type character before its
head's title, transcribed (non-Han) names, an occupation in a list of posts, a
given name ending in an adverb's character, an official's quoted reply, a list
page's next headline.  Every fixture is invented; each test runs the real
pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, posts, visits

# ---------------------------------------------------------------- an organ's type character before its title


@pytest.mark.fast
@pytest.mark.parametrize("organ, title", [("市场监管所", "所长"), ("财政所", "所长"), ("自然资源所", "所长"), ("农业服务站", "站长")])
def test_an_organs_type_character_before_its_heads_title_keeps_the_post(organ, title):
    # 监管所|所长: the tagger reads 所 as a particle; the organ's type character starts its head's title
    facts = facts_of(f"2025年6月3日，县长韦仲平来到青禾镇。韦仲平请镇{organ}{title}邝志海牵头整改。\n")
    assert posts(facts)["邝志海"] == [f"镇{organ}{title}"]


# ---------------------------------------------------------------- an occupation between post and name


@pytest.mark.fast
@pytest.mark.parametrize("occupation", ["律师", "教师", "医生", "企业家"])
@pytest.mark.parametrize("act", ["在柳岸街道星河社区接待居民", "到柳岸街道星河社区走访"])
def test_an_occupation_between_a_members_post_and_name_keeps_the_official(occupation, act):
    # 委员、律师|X|在…: a preposition or a one-character movement verb ends the name as a verb would
    facts = facts_of(f"2025年7月9日，市政协委员、{occupation}甘书衡{act}。居民反映楼道堆物。\n")
    assert posts(facts)["甘书衡"] == ["市政协委员", occupation]
    assert ("甘书衡", "星河社区") in visits(facts)

