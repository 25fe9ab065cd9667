"""Session 38 (lead): a village whose name ends in a family hamlet's word (马家坪村,
张家湾村) followed by its named group (马家坪村上滩组): the group is the place, in the
village.  Fixtures invented."""

import pytest

from kg.extract.place_parse import parse_at
from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize(
    "written, segments",
    [
        ("马家坪村上滩组，", ["马家坪村", "上滩组"]),
        ("刘家沟村大寨组，", ["刘家沟村", "大寨组"]),
        ("王家湾村上寨村民小组，", ["王家湾村", "上寨村民小组"]),
        # twins: a hamlet holding its groups stays one (李家寨|三组, 那豆屯|第二村民小组)
        ("李家寨三组，", ["李家寨", "三组"]),
        ("那豆屯第二村民小组，", ["那豆屯", "第二村民小组"]),
    ],
)
def test_group_after_a_village_named_by_a_hamlet_word(written, segments):
    assert [s.text for s in parse_at(written, 0).segments] == segments


def test_the_group_is_the_stop():
    f = facts_of("7月2日，镇党委书记苗晓燕来到马家坪村上滩组，群众反映通组路太窄。")
    assert visits(f) == {("苗晓燕", "上滩组")}
