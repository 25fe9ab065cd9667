"""Session 55, prec55 (false issues no gold issue is near, opened sets dev p209 p210 p211 p212 p213).
Invented fixtures; each mechanism with a twin that must still stand.

1. Going about in the dark (`issue_dark_words.tsv`: 摸黑, 黑灯瞎火) closing a clause right after a
   complaint, after a short scene stating no problem of its own, is the effect of the broken
   light (`issue_effects.is_effect`, `dark_pattern`): the light is the issue.
2. A fall risked (`issue_mishap_words.txt` after a risk adverb, `issue_effects.RISK_ADVERBS`:
   容易摔跤, 经常绊脚) in the same place is the effect of the loose brick; a fall told as having
   happened (已多次在这里滑倒) is no risk and stays.
3. A headcount of the place (`issue_headcounts.tsv`: 社区老年人多, 楼里住了四十多户, 村里有不少空巢
   老人) beside a complaint of the same raising is its scene, no issue (`issue_coping.headcount`).
"""

import pytest

from kg.extract.issue_coping import headcount
from kg.extract.issue_effects import is_effect
from tests.extraction import labels_in_village

pytestmark = pytest.mark.fast


# 1. the dark
@pytest.mark.parametrize("text, complaint, dark", [
    ("村民反映，村委会门前的路灯坏了一个多月，晚上去小卖部黑灯瞎火的。", "村委会门前的路灯坏了一个多月", "黑灯瞎火"),
    ("一位大姐说，单元楼道的声控灯半年前就不亮了，老人晚上上楼只能摸黑。", "单元楼道的声控灯半年前就不亮了", "摸黑"),
    ("村民们提出，村东小桥边没有安装路灯，孩子们放学回家摸黑走很危险。", "村东小桥边没有安装路灯", "摸黑"),
])
def test_going_about_in_the_dark_after_a_broken_light_is_its_effect(text, complaint, dark):
    got = labels_in_village(text)
    assert any(complaint in label for label in got), got
    assert not any(dark in label for label in got), got


def test_the_dark_with_a_problem_of_its_own_is_no_effect():
    assert is_effect("晚上出门摸黑")
    assert not is_effect("路灯坏了只能摸黑")
    assert not is_effect("路灯不亮")
    # a dark state said of a place, no act before it, is the place's complaint
    assert is_effect("晚上散步黑灯瞎火的")
    assert not is_effect("一到晚上不少楼道黑灯瞎火")


# 2. a fall risked
@pytest.mark.parametrize("text, complaint, fall", [
    ("大家说了几件心事：卫生室门前的台阶坑坑洼洼，老人拄拐杖经常绊脚；村里的垃圾箱太少。", "卫生室门前的台阶坑坑洼洼", "绊脚"),
    ("居民们提了两件事：单元门的闭门器坏了，冬天楼道里灌风；广场边的步道地砖松动，下雪天容易打滑摔跤。", "步道地砖松动", "摔跤"),
])
def test_a_fall_risked_after_a_complaint_is_its_effect(text, complaint, fall):
    got = labels_in_village(text)
    assert any(complaint in label for label in got), got
    assert not any(fall in label for label in got), got


def test_a_fall_told_as_having_happened_is_no_risk():
    assert is_effect("雨天老人容易滑倒")
    assert not is_effect("行人已多次在这里滑倒")
    assert not is_effect("路面结冰容易滑倒")  # the scene states a problem of its own


# 3. a headcount
@pytest.mark.parametrize("text, complaint, count", [
    ("租户小周说：“我们楼里住了五十多户，快递柜只有一个，取件要排很久。”", "快递柜只有一个", "住了五十多户"),
    ("村民老韩说，村里有不少空巢老人，家里的电线都老化了，希望统一检修。", "家里的电线都老化了", "空巢老人"),
    ("村支书提出三方面困难：一是全村出租楼栋多，消防通道常被堵；二是村里的水渠年久失修。", "消防通道常被堵", "楼栋多"),
])
def test_a_headcount_beside_a_complaint_is_its_scene(text, complaint, count):
    got = labels_in_village(text)
    assert any(complaint in label for label in got), got
    assert not any(count in label for label in got), got


def test_a_headcount_with_a_problem_is_no_headcount():
    assert headcount("社区老年人多") and headcount("村里有40多位独居老人")
    assert not headcount("小区老人吃饭难")
    assert not headcount("社区老人")
    assert not headcount("村里车位少")
