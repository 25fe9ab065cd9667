"""NEWCOMER49: invented reports of session 49's newcomer, and what they found.

1. A city or town named X城 (聊城市, 盐城市, 赤城镇, 古城镇) written before the place inside it:
   its type word only seemed to end a common word (城市, 城镇), so 聊城市东昌府区 was one
   district and 蓬溪县赤城镇石佛村 a village 赤城镇石佛村 in no town (`place_segments._named_cheng`).
"""

import pytest

from tests.extraction import facts_of, parent_name, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("text, place, parent, grandparent", [
    ("2024年5月13日，县委书记何建平来到蓬溪县赤城镇石佛村，走访慰问困难群众。\n", "石佛村", "赤城镇", "蓬溪县"),
    ("2024年5月13日，聊城市东昌府区区长刘东来到古楼街道光明社区。\n", "东昌府区", "聊城市", None),
    ("2024年5月13日，镇长王强来到古城镇古城社区。\n", "古城社区", "古城镇", None),
])
def test_a_unit_named_x_cheng_holds_the_place_after_it(text, place, parent, grandparent):
    facts = facts_of(text)
    assert parent_name(facts, place) == parent
    if grandparent:
        assert parent_name(facts, parent) == grandparent


def test_the_visit_is_to_the_village_in_its_town():
    facts = facts_of("2024年5月13日，县委书记何建平来到蓬溪县赤城镇石佛村。\n")
    assert visits(facts) == {("何建平", "石佛村")}


@pytest.mark.parametrize("part, named", [("聊城市", True), ("赤城镇", True), ("新城镇", True),
                                         ("北关片区城市", False), ("小城镇", False), ("大城市", False),
                                         ("县城镇", False), ("各城市", False), ("主城区", False)])
def test_which_x_cheng_is_a_name(part, named):
    from kg.extract.place_segments import _named_cheng
    assert _named_cheng(part, 1) is named


def test_a_work_named_with_a_common_word_is_not_cut():
    from kg.extract.place_segments import segment
    assert [s.text for s in segment("北关片区城市更新项目")] == ["北关片区城市更新项目"]
