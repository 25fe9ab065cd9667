"""FAULTS39_p135 (session 39): Inner Mongolian cadres, a joint meeting's list, guiding gestures.

1. 嘎查长 (and 副嘎查长) is the 嘎查's head, as 嘎查达 and 村长 are (`post_titles.txt`).
2. A transcribed name before a comma ends there when a list of units whose unnamed people
   accompany follows (甲，旗农牧局负责同志陪同: `official_acts._units_accompany_after`,
   `unit_people_words.txt`).
3. A transcribed name before a raising act, maybe after 代表 and the people spoken for
   (甲代表牧民反映), is read whole (`official_transcribed._raises_at`).
4. A stop's cadre whose posts are listed with 、 before the name (社区副书记、中心负责人甲) is
   that named cadre, not an unnamed one (`visit_party` `_posts_listed_to_name`): the stop is the
   touring party's.
5. In a joint meeting's list, an item opening with another stop's name files it and the
   items after it there, until an item names a stop again (`IssueReader.add`, `named_stop`).
6. A resident taking the official to a spot (把区长领到楼道口：) is a gesture before the
   colon (`issue_raiser_gestures.tsv`: lead_to, show).
7. A clause that is only a simile (像蜘蛛网一样) is no issue (`issue_items.simile_only`).
Invented fixtures; each with a precision twin.
"""

import pytest

from tests.extraction import facts_of, issues, labels_in_village, posts, visits

pytestmark = pytest.mark.fast

BANNER = "牧区走访\n\n"


def test_a_gacha_head_written_with_zhang_is_a_post():
    got = posts(facts_of(BANNER + "8月2日，旗长宝音来到哈日诺尔嘎查调研。嘎查长朝鲁门陪同。"))
    assert got.get("朝鲁门") == ["嘎查长"]


def test_precision_gacha_before_a_word_with_zhang_is_no_post():
    got = posts(facts_of(BANNER + "8月2日，旗长宝音来到哈日诺尔嘎查调研。牧民说，嘎查长期缺水。"))
    assert set(got) == {"宝音"}


def test_a_transcribed_name_before_units_accompanying_ends_at_the_comma():
    got = posts(facts_of(BANNER + "8月2日，旗长宝音来到哈日诺尔嘎查调研。苏木党委书记娜仁其木格，旗农牧局、水利局主要负责同志陪同。"))
    assert got.get("娜仁其木格") == ["苏木党委书记"]
    assert set(got) == {"宝音", "娜仁其木格"}


def test_precision_units_with_no_accompanying_verb_end_no_name():
    from kg.extract.official_acts import _units_accompany_after

    assert _units_accompany_after("旗农牧局、水利局主要负责同志陪同", 0)
    assert not _units_accompany_after("旗农牧局主要负责同志介绍了情况", 0)


def test_a_transcribed_name_before_speaking_for_the_herders_is_read_whole():
    got = posts(facts_of(BANNER + "8月2日，旗长宝音来到哈日诺尔嘎查。村长额尔德木图代表牧民反映，草场围栏破损严重。"))
    assert got.get("额尔德木图") == ["村长"]


def test_precision_a_delegation_after_a_name_is_no_raising():
    from kg.extract.official_transcribed import _raises_at

    assert _raises_at("代表牧民反映了几件事", 0)
    assert not _raises_at("代表团来到嘎查", 0)


STOP = "6月3日，副区长陈立来到青松社区。居民说，楼道灯坏了。"


def test_a_cadres_posts_listed_before_the_name_make_the_visitors_stop():
    got = visits(facts_of(STOP + "在青松社区日间照料中心，社区副书记、中心负责人林小燕介绍，午餐座位不够用。"))
    assert ("陈立", "日间照料中心") in got


def test_precision_listed_titles_with_no_name_are_a_cadre_going_alone():
    got = visits(facts_of(STOP + "社区副书记、主任又去了红枫社区开会。"))
    assert ("陈立", "红枫社区") not in got


JOINT = ("10月8日，镇长周平先后到东岭村、西岭村调研。在西岭村，他察看了新修的水渠。"
         "座谈中，两村干部反映的问题包括：东岭村灌溉水渠渗漏、缺少晾晒场；村口石桥栏杆断了；西岭村村道没有路灯。")


def test_items_after_one_naming_another_stop_are_filed_there():
    got = issues(facts_of(JOINT))
    assert ("东岭村", "村口石桥栏杆断了") in got
    assert any(place == "东岭村" and "缺少晾晒场" in label for place, label in got)


def test_precision_an_item_naming_the_scenes_stop_files_there_again():
    got = issues(facts_of(JOINT))
    assert any(place == "西岭村" and "村道没有路灯" in label for place, label in got)
    assert not any(place == "东岭村" and "村道没有路灯" in label for place, label in got)


WALK = "入户走访\n\n11月27日，街道党工委书记王红走进东湖小区走访。"


def test_a_resident_taking_the_official_to_a_spot_raises_after_the_colon():
    got = labels_in_village("在3号楼，居民老康把王红领到楼道口：楼道里堆满了杂物，晚上路灯也不亮。", WALK)
    assert "楼道里堆满了杂物" in got


def test_precision_ba_with_no_motion_is_no_gesture():
    from kg.extract.issue_raisers import gesture_start

    t = "老康把王红领到楼道口："
    assert t[:gesture_start(t, 0, len(t) - 1)] == "老康"
    t = "老康把意见写好："
    assert gesture_start(t, 0, len(t) - 1) == len(t) - 1


def test_a_simile_clause_is_no_issue():
    got = labels_in_village("居民说，电线横七竖八，像蜘蛛网一样。")
    assert "电线横七竖八" in got
    assert not any("蜘蛛网" in label for label in got)


def test_precision_a_matter_told_with_a_simile_stays():
    got = labels_in_village("居民说，楼道里的电线像蜘蛛网一样乱。")
    assert any("蜘蛛网" in label for label in got)
