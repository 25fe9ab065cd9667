"""Session 49 (rprec49: false issues matching no gold issue anywhere in their report), the conventions
of CLAUSES30 checked over the fifteen opened sets p172…p201 and dev, tightened only where the counts say
so.  Every fixture is invented; each mechanism is pinned in two wordings of different shapes and a twin
left alone.

1. Many of a group in need (村里留守老人多: `issue_content.many_in_need`) beside another item of the
   raising is the setting of what the group needs (CLAUSES30 rule 3 tightened): no gold of the fifteen
   sets nor dev counts it, before a wish, a complaint or as a list's point; five reports of four sets
   had it false.  Alone it still stands.
2. A share of a group of people, or what kind most of them are (老人占了四成, 大多是独居, 住着不少老人:
   `issue_content.group_share`), beside another item of the raising is its setting as well: no gold
   of the fifteen sets nor dev counts one, five reports of four sets had one false.  A thing's share
   (围挡占了半边路) is no group.
"""

import pytest

from kg.extract.issue_content import group_share, many_in_need
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

VILLAGE = "2024年5月6日，县长郑海来到石门镇青山村调研。"


def labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(VILLAGE + text))}


# 1. many of a group in need


@pytest.mark.parametrize(
    "text, need",
    [
        # before a wish
        ("党员方大成说，村里空巢老人多，盼着村里能开个老年食堂。", "开个老年食堂"),
        # before a complaint, in another frame (a list of problems announced)
        ("座谈中大家提出的问题主要有：组里留守儿童比较多，周末没人看管；村口的桥栏杆断了。", "村口的桥栏杆断了"),
    ],
)
def test_many_of_a_group_in_need_beside_its_need_is_the_setting(text, need):
    got = labels(text)
    assert any(need in label for label in got), got
    assert not any(label.endswith("多") and ("老人" in label or "儿童" in label) for label in got), got


def test_many_of_a_group_in_need_alone_still_stands():
    got = labels("村支书方大成说，村里独居老人多。")
    assert "村里独居老人多" in got, got


def test_the_word_class():
    assert many_in_need("组里留守老人较多")
    assert not many_in_need("辖区外来人口多")  # a neutral noun: background already (standing)
    assert not many_in_need("留守儿童多没人照看")  # a problem said of them


# 2. a share of a group


@pytest.mark.parametrize(
    "text, need, share",
    [
        # what kind most of them are, before a wish
        ("村民方大成说，屯里八十岁以上的老人有三十来位，多数是空巢，盼着屯里能办个助餐点。", "办个助餐点", "空巢"),
        # a proportion, before a complaint
        ("居民方大姐反映，这栋楼里七十岁以上的老人占了四成多，楼道扶手松动了。", "楼道扶手松动了", "占了四成"),
        # who lives there, before a complaint (a complaint the hand rules keep: since session 50
        # the passed-over model's threshold is .7, and 盲道被电动车占了, passed over at .60, is no
        # longer emitted; the share then stands alone, an item said alone: left, fil50's report)
        ("居民方大姐反映，后街住着不少残疾人，人行道上的盲道常被电动车堵死。", "盲道常被电动车堵死", "住着"),
    ],
)
def test_a_share_of_a_group_beside_its_need_is_the_setting(text, need, share):
    got = labels(text)
    assert any(need in label for label in got), got
    assert not any(share in label for label in got), got


def test_a_things_share_is_no_group():
    got = labels("居民方大姐反映，施工围挡把人行道占了一大半，晚上施工噪音很大。")
    assert any("围挡" in label for label in got), got
    assert not group_share("施工围挡把人行道占了一半")
    assert group_share("留守学生占了一半以上") and not group_share("不少老人上下楼困难")


@pytest.mark.parametrize(
    "text, share",
    [
        # who lives there, before a complaint the passed-over model weighs and leaves out
        # (threshold .7 since session 50): the share is still the complaint's setting
        ("居民方大姐反映，后街住着不少残疾人，人行道上的盲道被电动车占了。", "残疾人"),
        ("村民老郑说，村里住着好些留守老人，过河的石板桥被冲歪了。", "留守老人"),
    ],
)
def test_a_setting_beside_a_complaint_the_filter_left_out_is_no_issue(text, share):
    got = labels(text)
    assert not any(share in label for label in got), got
    # said alone, the setting stands (an item said alone is the raising's matter)
    alone = labels(text.split("，")[0] + "，" + text.split("，")[1] + "。")
    assert any(share in label for label in alone), alone
