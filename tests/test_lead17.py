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
