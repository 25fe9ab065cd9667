"""Session 57 (speed57): work done once instead of at every call, answers unchanged.

Each test pins that a lexicon-derived choice is made once (a counting stand-in sees no
second call) and that the answer is the one the per-call scan gave.  Fixtures invented.
"""

from __future__ import annotations

import pytest

from kg.extract import issue_filter, issue_items, issue_words
from kg.extract.issue_placement import _without_suffix
from kg.extract.issue_scheme import _candidate_terms, terms
from kg.extract.lexicons import words
from kg.extract.official_acts import opens_with_residents_word
from kg.extract.place_suffixes import ADMIN, LEVELS, _continues, _continuing, suffixes

pytestmark = pytest.mark.fast


def test_handling_of_head_reads_the_heads_sorted_once(monkeypatch):
    issue_items.handling_of_head("问题落实")  # the sorted heads made
    asked = []
    real = issue_words.head_words

    def counting():
        asked.append(1)
        return real()

    monkeypatch.setattr(issue_words, "head_words", counting)
    answers = [issue_items.handling_of_head(item) for item in ("问题落实", "意见建议办理进展", "政策落实不到位", "问题楼栋整改")]
    assert answers == [True, True, False, False]
    assert asked == []  # (each call sorted the head words again)


def test_heads_longest_first_is_the_sort_of_the_head_words():
    assert issue_items._heads_longest_first() == tuple(sorted(issue_words.head_words(), key=len, reverse=True))


@pytest.mark.parametrize("label", ["楼道堆物", "加装电梯难", "路灯不亮", "停车位紧张", "垃圾清运不及时", "雨天积水", "甲"])
def test_candidate_terms_are_the_scan_of_all_terms(label):
    assert _candidate_terms(label) == [t for t in terms() if t.parts[0] in label]


def test_continues_is_the_scan_of_the_suffixes():
    plain, _, _ = suffixes()

    def scan(head: str, level: str) -> bool:
        return any(head.startswith(s) and len(s) > 1 and lv in ADMIN and LEVELS[lv] <= LEVELS[level] for s, (_, lv) in plain.items())

    for head in ("街道办事处", "社区居委会", "镇政府", "路口", "新区管委会", ""):
        for level in LEVELS:
            assert _continues(head, level) == scan(head, level), (head, level)
    assert "街道" in _continuing("community") and "社区" not in _continuing("subdistrict")


def test_residents_opener_as_before():
    ws = words("issue_raisers.txt")
    for name in ("居民代表", "居明德", "村民代表李", "村民", "老党员", "王小"):
        before = any(len(w) >= 2 and len(name) > len(w) and name.startswith(w) for w in ws)
        assert opens_with_residents_word.__wrapped__(name) == before, name


def test_model_reads_its_feature_names_once():
    m = issue_filter.Model(("pos_noun", "cut_start"), (1.0, 1.0), 0.0, 0.5, 0.3, ("effect_modal",), (-1.0,))
    assert (m.needs_tags("later"), m.needs_tags("kept"), m.needs_edges("later"), m.needs_edges("kept")) == (True, False, True, False)
    object.__setattr__(m, "names", ())  # (a frozen model's names never change: the answers were kept)
    assert m.needs_tags("later") and m.needs_edges("later")


def test_without_suffix():
    assert _without_suffix("幸福村") == "幸福"
    assert _without_suffix("幸福") == ""
    assert _without_suffix.cache_info().maxsize == 4096
