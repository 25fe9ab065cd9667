"""Session 56 (lead): the issue scheme's split keywords for an elevator that fails, and a
nursery's intake.  Fixtures invented."""
import pytest

from kg.extract.issue_scheme import categorise

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("issue", ["电梯经常坏", "三号楼电梯又坏了", "电梯时常停运", "电梯总出故障"])
def test_an_elevator_that_fails_is_its_upkeep_with_words_between(issue):
    # the fault word a few letters after 电梯 (a split keyword, issue_scheme.MAX_GAP)
    assert categorise(issue) == "ElevatorUpkeep"


@pytest.mark.parametrize("issue", ["楼里没有电梯", "希望加装电梯", "电梯口堆满杂物"])
def test_an_elevator_wanted_is_still_a_retrofit(issue):
    assert categorise(issue) == "ElevatorRetrofit"


def test_a_nursery_intake_is_childcare():
    assert categorise("孩子入托名额不够") == "Education"
