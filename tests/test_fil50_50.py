"""Session 50 (fil50): where a kept item stands beside the item before it in its raising
(`issue_filter.sibling_features`, read by the kept-item model), and the trainer's
bookkeeping (`scripts/train_issue_filter.py`: which candidates are kept rows, a prior on
the kept weights).  Fixtures invented."""

import hashlib
import importlib.util
from pathlib import Path

import numpy as np
import pytest

from kg.extract import issue_filter
from kg.pipeline import Pipeline
from kg.read import RawReport

pytestmark = pytest.mark.fast

RAISING = issue_filter.Raising("act", "any", 0, True, False, False, False, False, False, 4, 0, 80)
SIBLING = ("prev_problem", "prev_adjacent", "prev_first", "bare_after_problem", "shares_prev", "figure_clause", "people_inside")


def sib(text: str, item: str, earlier: list[str]) -> dict[str, float]:
    return issue_filter.sibling_features(text, item, text.find(item), earlier, RAISING)


def trainer():
    path = Path(__file__).resolve().parent.parent / "scripts" / "train_issue_filter.py"
    spec = importlib.util.spec_from_file_location("train_issue_filter_fil50", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_a_raisings_first_item_has_no_sibling_before_it():
    f = sib("居民反映，垃圾站离楼太近", "垃圾站离楼太近", [])
    assert set(f) == set(SIBLING)
    assert [f[n] for n in SIBLING] == [0.0] * len(SIBLING)


def test_prev_problem_and_prev_adjacent_for_the_next_clause_of_a_complaint():
    text = "居民反映，垃圾站的排污管坏了，一天要清两回"
    f = sib(text, "一天要清两回", ["垃圾站的排污管坏了"])
    assert (f["prev_problem"], f["prev_adjacent"], f["prev_first"]) == (1.0, 1.0, 1.0)


def test_an_item_far_from_the_one_before_is_not_adjacent():
    # twin: the earlier item is written more than SIBLING_GAP characters before
    text = "居民反映，垃圾站的排污管坏了，物业来看过好几回都说要等，一天要清两回"
    assert sib(text, "一天要清两回", ["垃圾站的排污管坏了"])["prev_adjacent"] == 0.0


def test_prev_first_only_for_the_second_item():
    text = "居民说，菜场远，公交少，路灯暗"
    assert sib(text, "公交少", ["菜场远"])["prev_first"] == 1.0
    assert sib(text, "路灯暗", ["菜场远", "公交少"])["prev_first"] == 0.0


def test_bare_after_problem_a_clause_with_nothing_wrong_of_its_own():
    text = "居民反映，楼道灯坏了半年，一天只敢下一趟楼"
    assert sib(text, "一天只敢下一趟楼", ["楼道灯坏了半年"])["bare_after_problem"] == 1.0


def test_a_clause_with_its_own_problem_word_is_not_bare():
    # twin: the second clause states a problem itself (坏)
    text = "居民反映，楼道灯坏了半年，扶手也坏了"
    assert sib(text, "扶手也坏了", ["楼道灯坏了半年"])["bare_after_problem"] == 0.0


def test_shares_prev_two_characters_in_a_row_of_the_item_before():
    text = "居民反映，小区停车位不够，停车只能靠抢"
    assert sib(text, "停车只能靠抢", ["小区停车位不够"])["shares_prev"] == 1.0
    other = "居民反映，小区停车位不够，晚上路灯也暗"
    assert sib(other, "晚上路灯也暗", ["小区停车位不够"])["shares_prev"] == 0.0


def test_figure_clause_a_count_stating_no_problem():
    text = "居民反映，活动室太小，社区里80岁以上的有300多人"
    assert sib(text, "社区里80岁以上的有300多人", ["活动室太小"])["figure_clause"] == 1.0
    # twin: a figure with a problem word (坏) is a complaint, no background count
    text = "居民反映，活动室太小，3台空调坏了2台"
    assert sib(text, "3台空调坏了2台", ["活动室太小"])["figure_clause"] == 0.0


def test_people_inside_who_is_affected_named_inside_the_item():
    text = "居民反映，楼梯扶手松动，下雨天老人上下楼容易滑倒"
    assert sib(text, "下雨天老人上下楼容易滑倒", ["楼梯扶手松动"])["people_inside"] == 1.0
    # twin: opening the item it is `effect_people` (consequence_features), not inside
    text = "居民反映，楼梯扶手松动，老人上下楼容易滑倒"
    assert sib(text, "老人上下楼容易滑倒", ["楼梯扶手松动"])["people_inside"] == 0.0


def test_the_sibling_features_are_recorded_for_a_judged_kept_item():
    text = "街道办主任韦若澄来到青枫社区。居民反映，楼道灯坏了半年，老人一天只敢下一趟楼。"
    raw = RawReport(Path("fixture.txt"), text, hashlib.sha256(text.encode()).hexdigest(), "utf-8")
    doc = Pipeline().run_doc(raw, "fixture.txt")
    judged = [f for _, f, why, _ in doc.ext.issue_candidates if f and why in ("kept", "every", "list")]
    assert judged and all(set(SIBLING) <= set(f) for f in judged)


def test_the_trainer_never_emits_an_effect_or_a_step_after_the_filter():
    t = trainer()
    feats = {"first_clause": 1.0}
    report = {"n_gold": 1, "cands": [("路太窄", feats, "effect", {0}), ("路灯暗", feats, "history", {0}), ("垃圾多", {}, "kept", set())]}
    assert t.f1([report], np.zeros(3), np.ones(3), 0.5, 0.5, exempt=("first_clause",)) == (0.0, 0.0, 0.0)
    X, y = t.matrix([report], ["first_clause"], False)
    assert X.shape == (1, 1) and list(y) == [0.0]


def test_the_trainers_prior_pulls_the_kept_weights_towards_the_old_ones():
    t = trainer()
    X, y = np.array([[1.0], [0.0], [1.0], [0.0]]), np.array([1.0, 0.0, 0.0, 1.0])
    w, b = t.fit(X, y, 1e6, prior=(np.array([2.0]), -1.0))
    assert abs(w[0] - 2.0) < 1e-3
    w0, _ = t.fit(X, y, 1e6)
    assert abs(w0[0]) < 1e-3
