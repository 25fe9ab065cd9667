"""Session 58, prec58 (false issues no gold issue is near, kinds seen across writers: see
/work/notes/PREC58.md).  Invented fixtures; the mechanism with twins that must still stand.

Getting about made hard (`issue_going_words.txt`: 出行, 上下楼, 错车, then
`issue_effects.GOING_HARDSHIPS`: 不便, 困难; a person's going, not vehicles') closing a clause right after a complaint, after a
short scene stating no problem of its own, is the complaint's effect (`issue_effects.is_effect`,
`going_pattern`): the broken light, the lift or the blocked lane is the issue.  An inconvenience
in a list (、) or with its own problem in the clause stays an issue.
"""

import pytest

from kg.extract.issue_effects import going_pattern, is_effect
from tests.extraction import labels_in_village

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("text, complaint, going", [
    ("村民反映，村口石桥边的路灯坏了两个月，大家晚上出行不便。", "村口石桥边的路灯坏了两个月", "出行不便"),
    ("几位老人说，6号楼的电梯三天两头停运，老人上下楼很困难。", "电梯三天两头停运", "上下楼很困难"),
    ("村民们提出，村道拐角处的路灯一直不亮，村民夜间出行很不方便。", "路灯一直不亮", "出行很不方便"),
])
def test_going_made_hard_after_a_complaint_is_its_effect(text, complaint, going):
    got = labels_in_village(text)
    assert any(complaint in label for label in got), got
    assert not any(going in label for label in got), got


@pytest.mark.parametrize("text, going, effect", [
    # a list item (、) is an issue of its own; the effect after the broken light is not
    ("村民们反映了卫生室药品少、老房子上下楼不方便等问题；还有村民说，村口的路灯长期不亮，村民夜间出行不便。",
     "上下楼不方便", "出行不便"),
    # the clause holds its own problem (湿滑); the one after the dark lane does not
    ("村民反映，村委会门前台阶没有扶手，下雨天台阶湿滑行走不便；村北小路没有路灯，晚上走路很不方便。",
     "湿滑行走不便", "走路很不方便"),
])
def test_an_inconvenience_of_its_own_stands_beside_an_effect(text, going, effect):
    got = labels_in_village(text)
    assert any(going in label for label in got), got
    assert not any(effect in label for label in got), got


def test_the_going_shape():
    assert going_pattern().match("居民夜间出行不便")
    assert not going_pattern().match("灌溉不便")
    assert not going_pattern().match("大车通行困难")
    assert is_effect("老人晚上上下楼不方便")
    assert not is_effect("台阶湿滑行走不便")
