"""Lacks and needs, session 59 (lack59).

- The colloquial lack with no 有 (没地方, 没处, 没法: `issue_problem_words.txt`) states a problem,
  so a later clause saying it (周边停车难，进货的三轮车没地方停) is a complaint of its own.
- A modal of need and a renewal verb alone (急需更新, 亟待修缮: `issue_items.bare_need`) after a
  complaint asks for the matter just named, no item of its own.

Every fixture is invented (names, places and wording).
"""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

VISIT = "6月3日，县长欧阳林来到河东农贸市场察看。"


def labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(VISIT + text))}


def test_no_place_to_park_after_a_complaint_is_a_complaint():
    assert labels("有摊主提出，周边停车难，送货的面包车没地方停；市场内电线私拉乱接。") == {
        "周边停车难", "送货的面包车没地方停", "市场内电线私拉乱接"}


def test_a_bare_need_after_a_complaint_is_no_item():
    assert labels("摊主们反映，市场顶棚的铁皮锈穿了，急需更换。") == {"市场顶棚的铁皮锈穿了"}


def test_a_need_with_its_thing_stays():
    assert labels("摊主们反映，市场顶棚的铁皮急需更换。") == {"市场顶棚的铁皮急需更换"}
