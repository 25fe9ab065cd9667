"""The learned issue filter judging the items the hand rules KEPT (session 18): the
file's `kept` model and `drop_below`, and the features of where an item stands in
its raising (`issue_filter.context_features`).  Fixtures invented."""

import pytest

from kg.extract import issue_filter
from tests.extraction import facts_of, issues

VISIT = "街道办主任韦若澄来到青枫社区。"
# a complaint, then an incident told with a figure (the month it failed, for how long)
TOLD = "居民反映，三号楼的水管老化漏水，上个月停水整整三天。"
RAISING = issue_filter.Raising("act", "any", 0, True, False, False, False, False, False, 4, 0, 60)


def labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(VISIT + text))}


def with_kept_model(shipped: issue_filter.Model) -> issue_filter.Model:
    # a kept model that finds an item holding a figure unlikely (p .27 against .88)
    return issue_filter.Model(shipped.names, shipped.weights, shipped.bias, shipped.threshold, 0.5, ("figure",), (-3.0,), 2.0)


@pytest.mark.fast
def test_the_shipped_kept_model_judges_later_clauses_only():
    # session 36: the shipped file has a kept model; a raising's first clause is exempt (the
    # complaint itself), and this later clause, an incident told, stays
    shipped = issue_filter.model()
    assert shipped.drop_below > 0 and "first_clause" in shipped.kept_exempt
    assert labels(TOLD) == {"水管老化漏水", "上个月停水整整三天"}


@pytest.mark.fast
def test_a_first_clause_is_exempt_from_the_kept_model(monkeypatch):
    # precision twin of the exemption: a model dropping everything keeps the first clause only
    shipped = issue_filter.model()
    drop_all = issue_filter.Model(shipped.names, shipped.weights, shipped.bias, shipped.threshold, 0.5, ("figure",), (0.0,), -9.0,
                                  kept_exempt=("first_clause",))
    monkeypatch.setattr(issue_filter, "model", lambda: drop_all)
    assert labels(TOLD) == {"水管老化漏水"}


@pytest.mark.fast
def test_a_kept_model_drops_a_kept_item_it_finds_unlikely(monkeypatch):
    shipped = issue_filter.model()
    monkeypatch.setattr(issue_filter, "model", lambda: with_kept_model(shipped))
    assert labels(TOLD) == {"水管老化漏水"}


@pytest.mark.fast
def test_the_mark_opening_an_items_clause_and_the_siblings_before_it():
    text = "居民们说，排水沟年久失修；健身器材、路灯都旧了，但是没人管"
    at = text.find
    point = issue_filter.context_features(text, at("健身器材"), ["排水沟年久失修"], RAISING)
    listed = issue_filter.context_features(text, at("路灯"), ["排水沟年久失修", "健身器材"], RAISING)
    trimmed = issue_filter.context_features(text, at("没人管"), [], RAISING)
    first = issue_filter.context_features(text, 0, [], RAISING)
    assert (point["mark_point"], listed["mark_list"], trimmed["mark_comma"]) == (1.0, 1.0, 1.0)
    assert (point["opener_trimmed"], trimmed["opener_trimmed"]) == (0.0, 1.0)
    assert (point["earlier_problem"], trimmed["earlier_problem"]) == (1.0, 0.0)
    assert first["mark_none"] == 1.0 and first["speaker_distance"] == 0.0
    assert issue_filter.context_features(text, -1, [], RAISING)["speaker_distance"] == 1.0
