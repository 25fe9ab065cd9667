"""A request naming only the body asked, session 60 (req60).

希望代表们帮着协调, 街道能不能管一管: the body asked (an addressee of `issue_addressees.txt`, the deputies
a resident asks at a liaison station among them) written as the subject of a bare act asks that the
complaint before be dealt with, no matter of its own (`issue_items.BARE_REQUEST`); a request naming
its thing (街道能不能修一修那座桥) stays.

Every fixture is invented (names, places and wording).
"""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

VISIT = "3月12日，区人大代表郁青禾来到桃溪社区人大代表联络站接待选民。"


def labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(VISIT + text))}


def test_the_deputies_asked_to_help_is_no_matter():
    assert labels("居民甘小满反映，12栋加装电梯协调难，希望代表们帮着协调。") == {"加装电梯协调难"}


def test_a_body_asked_to_deal_with_it_is_no_matter():
    assert labels("居民莘海说，小区化粪池经常外溢，街道能不能管一管？") == {"小区化粪池经常外溢"}


def test_a_request_naming_its_thing_stays():
    got = labels("居民莘海说，河上的木桥朽了，街道能不能重修那座木桥？")
    assert "河上的木桥朽了" in got and any(label.endswith("重修那座木桥") for label in got)


def test_the_spot_before_a_verb_of_adding_is_no_part_of_the_request():
    assert labels("居民甘小满说，电动车只能在楼道里充电，希望在小区里增设充电桩。") >= {"增设充电桩"}



def test_what_a_thing_is_sets_the_scene_of_the_complaint_after_it():
    assert labels("居民甘小满说，楼里用的是几十年前的铸铁管，一到冬天就冻裂。") == {"一到冬天就冻裂"}


def test_what_a_thing_is_alone_stays_read_as_before():
    # no complaint after it: the clause is read as it was (nothing to set a scene for)
    assert labels("居民甘小满说，楼里的铸铁管是几十年前的，经常漏水。") >= {"经常漏水"}
