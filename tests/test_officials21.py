"""OFFICIALS21: who visited, in the frames long reports use (issue 9), each a kind found by
generating report shapes (/work/tools/s21/officials21/gen21.py).  Every fixture is invented;
the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, posts, visits


def roles(facts) -> dict[str, bool]:
    """name -> accompanying"""
    return {o.name: o.role == "accompanying" for o in facts.officials.values()}


@pytest.mark.fast
def test_a_group_the_official_leads_is_no_guide_phrase():
    # 由X带领的督导组来到: X leads the group and visits
    facts = facts_of("5月8日，由区委书记贺立川带领的督导组来到槐荫社区，察看老旧小区改造情况。\n")
    assert visits(facts) == {("贺立川", "槐荫社区")}
    assert roles(facts) == {"贺立川": False}


@pytest.mark.fast
@pytest.mark.parametrize("visitor", ["县委书记高山", "区委副书记田野", "二级巡视员方圆"])
def test_a_visitor_guided_after_the_name_is_read_by_the_guide_phrase(visitor):
    # 县委书记高山|在副乡长于是的带领下来到: a name that is a common word is a name before a guide's phrase
    name = visitor[-2:]
    facts = facts_of(f"6月2日上午，{visitor}在副乡长于是的带领下来到柳河村，察看人居环境整治情况。\n")
    assert (name, "柳河村") in visits(facts)
    assert roles(facts)[name] is False


@pytest.mark.fast
@pytest.mark.parametrize("adverb", ["全程", "一路"])
def test_a_common_word_name_before_an_adverb_of_the_whole_way(adverb):
    facts = facts_of(f"11月20日，县长王平来到锦绣社区调研，区民政局局长苏醒{adverb}陪同。\n")
    assert posts(facts)["苏醒"] == ["区民政局局长"]
    assert roles(facts)["苏醒"] is True


@pytest.mark.fast
@pytest.mark.parametrize("act", ["陪同", "参加", "随同调研"])
def test_a_name_the_tagger_reads_as_an_adverb_before_an_act_is_a_name(act):
    # 副镇长|任重/d|陪同: a two-character adverb opening with a surname, then a person's act
    facts = facts_of(f"6月2日上午，区长李强来到东风社区调研，副镇长任重{act}。\n")
    assert posts(facts)["任重"] == ["副镇长"]
    assert visits(facts) == {("李强", "东风社区")}


@pytest.mark.fast
@pytest.mark.parametrize("adverb", ["全力", "马上", "全程", "继续"])
def test_an_adverb_of_the_act_after_an_unnamed_title_names_no_one(adverb):
    # name_follow_adverbs.txt: 副镇长|全力|陪同 has no one named after the title
    facts = facts_of(f"5月6日，区长韦东来到青石社区调研，副镇长{adverb}陪同。\n")
    assert set(posts(facts)) == {"韦东"}
