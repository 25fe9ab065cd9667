"""Session 54 (vis54): visits lost on a walk along a way, at an unnamed part of a
named place, and with an event driven into a place.  Fixtures invented.

- a walk along a named way (沿着X路, 沿X河) after a short modifier closed by 的 (沿着连接
  A村和B村的X路徒步察看): the way is the stop, not the villages of the modifier;
- a walk word (徒步, 步行) after the way, then a verb that is no visit verb (沿X河徒步巡河):
  the walk word tells the walk;
- the named place a walk sets out from (从A村河口出发，沿X河…) is a stop;
- a sentence opening 在 + a bare part of a site (在学生宿舍，) and an official opening the
  next clause: the official is at the place the paragraph is about;
- a vehicle or an event driven into a place (开进, 驶入): the officials named there arrive
  with it.
"""

import pytest

from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast


def test_a_road_walked_after_a_modifier_is_the_stop():
    got = visits(facts_of(
        "青石镇镇长察看坪岗路\n\n"
        "2025年5月3日上午，青石县青石镇镇长方立平沿着连接南坪村和北岗村的坪岗路徒步察看，边走边问。\n\n"
        "走到北岗村境内一处急弯时，方立平停下脚步察看路面。村民李大妈说，这段路基塌了。"))
    assert ("方立平", "坪岗路") in got, got


def test_a_river_walked_with_a_walk_word_is_the_stop():
    got = visits(facts_of(
        "青石镇镇长巡河\n\n"
        "2025年5月3日上午，青石县青石镇镇长方立平从南坪村河口出发，沿清水河徒步巡河约5公里，一路察看河道水质。\n\n"
        "走到北岗村一处渡口时，方立平停下脚步。村民围了上来，说渡口的码头塌了。"))
    assert ("方立平", "清水河") in got, got
    # (the walk word then a move verb: the way leads to the village, no stop of its own)
    got = visits(facts_of("2025年5月3日上午，青石县青石镇镇长方立平沿清水河步行前往北岗村，察看渡口改造情况。"
                          "方立平要求尽快修好码头。"))
    assert ("方立平", "北岗村") in got and ("方立平", "清水河") not in got, got


def test_a_school_told_by_its_dormitory_is_the_stop():
    got = visits(facts_of(
        "县长走进乡村学校\n\n"
        "2025年9月3日，县长吴海平到石门镇调研秋季开学工作。副县长张丽陪同。\n\n"
        "石门镇中心小学是全镇最大的小学，有学生700多人。在学生宿舍，吴海平摸了摸被褥，又拧开了水龙头。校长反映，宿舍没有热水。\n\n"
        "随后，吴海平来到石门镇桃园村幼儿园。园长说，教室冬天太冷。"))
    assert ("吴海平", "石门镇中心小学") in got, got


def test_the_village_a_walk_sets_out_from_is_a_stop():
    f = facts_of(
        "青石镇镇长巡河\n\n"
        "2025年5月3日上午，青石县青石镇镇长方立平从南坪村河口出发，沿清水河徒步巡河约5公里，一路察看河道水质。\n\n"
        "南坪村村支书甲文华反映，去年冲垮的河堤至今没有修复。方立平要求尽快修复。")
    got = visits(f)
    assert ("方立平", "南坪村") in got and ("方立平", "清水河") in got, got
    # (the cadre speaks for the village the walk set out from, not for the river, which lies outside it)
    assert any(f.places[i.place].name == "南坪村" for i in f.issues), [(f.places[i.place].name, i.label) for i in f.issues]


def test_an_event_bus_driven_into_a_community_brings_the_official():
    got = visits(facts_of(
        "“便民服务车”开进东湖社区\n\n"
        "本报讯 2025年4月9日上午，江北区“便民服务车”开进东湖街道东湖社区，副区长陶建新与区民政局负责人一道，"
        "在社区议事厅现场接待居民。居民老周说，小区的电梯经常坏。"))
    assert ("陶建新", "东湖社区") in got, got
