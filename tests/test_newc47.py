"""Session 47 (newcomer): what a user's own reports showed.  Fixtures invented for this file."""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

VISIT = "2024年4月3日，区长许文彬来到五甲社区。"


def _labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(VISIT + text))}


# 1. 长者, the respectful word for the old, raises as 老人 does (issue_raisers.txt)


@pytest.mark.parametrize("text, wish", [
    ("居民反映，巷子里路灯不足。另有长者表示，希望增设日间照料中心。", "增设日间照料中心"),
    ("居民反映，楼道灯坏了。另有長者表示，希望增設社區長照據點。", "增设社区长照据点"),
])
def test_an_elder_introducing_a_wish_is_no_issue_of_its_own(text, wish):
    labels = _labels(text)
    assert not any("表示" in label for label in labels), labels
    assert wish in labels, labels


def test_an_elder_raises_as_an_old_resident_does():
    assert "小区门口的路灯坏了半年" in _labels("一位长者表示，小区门口的路灯坏了半年。")


def test_precision_an_elders_canteen_the_official_praises_raises_nothing():
    assert not _labels("他走进社区长者食堂，与正在用餐的长者交谈。长者们说，饭菜可口，价格实惠。")
