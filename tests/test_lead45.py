"""Session 45, the lead's shapes (invented fixtures, each with a twin the change must leave alone).

1. A paired idiom of two ways (大街小巷: every street and lane) after a village is no lane of it:
   the village stays the stop (`place_proper_part._paired_ways`).
"""

import pytest

from kg.extract.place_proper_part import has_proper_part
from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("idiom", ["大街小巷", "背街小巷", "穿街过巷"])
def test_a_paired_idiom_of_ways_is_no_lane(idiom):
    assert not has_proper_part(idiom)
    f = facts_of(f"5月3日，区委书记王建国来到长兴街道白马村调研。他走进白马村{idiom}，察看人居环境整治情况。")
    assert visits(f) == {("王建国", "白马村")}


@pytest.mark.parametrize("lane", ["桂花巷", "东大街", "杏林小巷"])
def test_a_named_lane_stays_named(lane):
    assert has_proper_part(lane)
