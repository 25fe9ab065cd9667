"""Lead's fixes of session 17, each a kind found by the CI run or a newcomer.
Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from kg.analyse.component import _disjoint, _merged
from tests.extraction import facts_of, visits


@pytest.mark.fast
def test_a_first_line_that_ends_a_sentence_is_no_headline_for_post_only_names():
    # two holders of one post in an opening sentence: the second name, which the analyser
    # may read as a verb, is an official (the headline rule is for a headline's short style)
    facts = facts_of(
        "3月5日，区委书记欧阳平，区委书记融波分别深入社区一线，开展联系服务群众活动。\n"
        "欧阳平来到松江路街道南岭居委会，听取居民关于停车难的意见建议。\n"
        "融波来到青湖街道西苑居委会，听取居民关于加装电梯的意见建议。\n"
    )
    assert set(facts.officials) == {"欧阳平", "融波"}
    assert visits(facts) == {("欧阳平", "南岭居委会"), ("融波", "西苑居委会")}


@pytest.mark.fast
def test_merged_spans_equal_merging_the_whole_list():
    # component._merged replaces a whole-list merge per analysed window (long reports were quadratic)
    import random

    rng = random.Random(17)
    for _ in range(3000):
        spans = _disjoint([(x := rng.randint(0, 80), x + rng.randint(1, 9)) for _ in range(rng.randint(0, 9))])
        new = _disjoint([(x := rng.randint(0, 80), x + rng.randint(1, 9)) for _ in range(rng.randint(0, 5))])
        assert _merged(spans, new) == _disjoint(spans + new)


@pytest.mark.fast
def test_a_subdistrict_named_after_a_town_keeps_its_whole_name():
    # X镇街道 is one subdistrict (a town made a subdistrict keeps 镇 in its name), not the
    # town X镇 with its organ; a committee after a type word is the place's own organ
    from kg.extract.place_segments import segment

    assert [s.text for s in segment("石湖镇街道")] == ["石湖镇街道"]
    assert [s.text for s in segment("柳溪村村委会")] == ["柳溪村"]
    assert [s.text for s in segment("桂苑社区居委会")] == ["桂苑社区"]
    facts = facts_of("2025年5月6日，区长高明远先后来到东坝街道、西林新村街道和石湖镇街道，调研社区食堂运营。")
    assert visits(facts) == {("高明远", "东坝街道"), ("高明远", "西林新村街道"), ("高明远", "石湖镇街道")}
