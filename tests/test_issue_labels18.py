"""An issue's label keeps a quotation mark closed inside it (a nickname in
quotes: 飞线“乱麻”) and loses the marks the split cut from their partner or
that wrap the whole item (kg.extract.issue_items.unwrapped).  Fixtures are
invented; each runs the whole pipeline (kg.build_texts)."""

from __future__ import annotations

import pytest

import kg


def _issues(text: str) -> set[str]:
    built = kg.build_texts({"r.txt": text})
    return {issue.label for f in built.facts.values() for issue in f.issues}


@pytest.mark.fast
def test_a_nickname_in_quotes_keeps_its_closing_mark():
    labels = _issues("2025年4月2日，副区长钟明远来到梅林街道翠竹居民区走访。"
                     "居民们反映了楼道飞线“乱麻”、非机动车乱停等问题。")
    assert "楼道飞线“乱麻”" in labels, labels


@pytest.mark.fast
def test_a_quoted_item_loses_the_marks_that_wrap_it():
    labels = _issues("2025年4月2日，副区长钟明远来到梅林街道翠竹居民区走访。"
                     "居民们反映了“健身器材损坏”“路灯不亮”等问题。")
    assert labels & {"健身器材损坏", "路灯不亮"}, labels
    assert not any(label[0] in "“”" or label[-1] in "“”" for label in labels), labels
