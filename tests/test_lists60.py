"""List lines, session 60 (qa60).

- A dash opens a list item as a bullet does (——A；——B): one definition of a list line's marks
  (`kg.text.LIST_BULLETS`, `LIST_DASH`) serves kg.read, issue_content and issue_scene.
- A list line labelled by its matter before a colon (——顶棚漏雨：details（who）) is that matter;
  the details after the colon are no matters of their own (`issue_content.labelled_point`).
  A line whose part before the colon states no problem reads on as before.

Every fixture is invented (names, places and wording).
"""

import pytest

from kg.extract.issue_content import labelled_point
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

LEAD = "9月3日，区政协副主席柴凌云带领委员开展调研。\n\n在东岭菜市场，委员们走访摊位，与摊主交谈。大家反映的问题整理如下：\n\n"


def labels(lines: str) -> set[str]:
    return {label for _, label in issues(facts_of(LEAD + lines))}


@pytest.mark.parametrize("mark", ["——", "1.", "●"])
def test_a_labelled_line_is_its_label(mark):
    got = labels(
        f"{mark}排水沟堵塞：市场西区排水沟被菜叶堵住，雨天污水漫到过道（摊主甲）；\n"
        f"{mark}卸货难：送货车辆没地方停，只能停在马路上（市场管理方）。\n"
    )
    assert got == {"排水沟堵塞", "卸货难"}


def test_dash_lines_are_list_items():
    got = labels("——市场西区排水沟经常堵塞；\n——送货车辆没地方停。\n")
    assert got == {"市场西区排水沟经常堵塞", "送货车辆没地方停"}


def test_a_label_stating_no_problem_is_no_label():
    assert labelled_point("\n——摊主甲说：排水沟堵塞") is None
    assert labelled_point("\n——排水沟堵塞：西区的沟被堵住") == "排水沟堵塞"
    assert labelled_point("排水沟堵塞：西区的沟被堵住") is None  # no list mark of its own
