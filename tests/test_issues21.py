"""Session 21: issue precision on long mixed reports (a residents' forum mixed with the
official's answers, plans, work done, figures). Fixtures are invented; each runs the
whole pipeline (kg.build_texts)."""

from __future__ import annotations

import pytest

from tests.extraction import issue_labels as _issues

VISIT = "2025年6月3日，县长欧阳澜来到白石镇青杠村，在村委会与村民座谈。"




@pytest.mark.fast
def test_a_problem_told_as_over_is_praise_with_the_work_before_it():
    # 再也不, 踏实了 (issue_relief_words.txt): the clause is relief, and the point's
    # work before it (装了路灯) is how it came about; a problem after it complains
    labels = _issues(VISIT + "村民罗大妈说：“村里装了太阳能路灯，晚上出门心里也踏实了。”")
    assert labels == set(), labels
    labels = _issues(VISIT + "村民说：“改造后屋顶再也不漏了，就是院坝的排水沟还堵着。”")
    assert not any("屋顶" in label for label in labels), labels
    assert any("排水沟还堵着" in label for label in labels), labels
