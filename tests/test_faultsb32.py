"""Session 32 (FAULTS32, helper faultsb, opened probe p89): kinds of issue fault seen again.

1. A topic that only places the matters in the raisers' here and now (说起了身边的烦心事,
   聊起眼下的难处; `kg/lexicons/issue_deictic_topics.txt`), or a head noun said to be many
   (眼下面临的难题也不少), names no matter: with the head trimmed it left 身边, 眼下 as issues.
2. A change talked of (说起改造后的新变化: a noun of `issue_change_nouns.txt` closing the
   item) is the work's result, no complaint.
3. An amount of money written in Chinese numerals (光电费就要花掉两万多元) after a complaint
   is what it costs, a figure (`issue_items.FIGURE`), as one in digits was.
4. A later clause ending in an intensified judgement (夏天用水高峰时尤为突出;
   `issue_intensified_ends.txt`) says when the complaint is worst: a restatement.
5. 地处/位于 + any place (嘎查地处沙区) says where a place lies, the setting of the complaint
   after it (`issue_content.LOCATED`), as 在 + a locative did.
6. A practice that keeps happening (X现象时有发生; `issue_problem_words.txt`) is a complaint:
   as a later clause with no problem word it was left to the learned filter and lost.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import COUNTY_VISIT, facts_of, issues, kept_by_rules, posts, labels_in_village

pytestmark = pytest.mark.fast

labels_of = labels_in_village


# --- 1. a deictic topic names no matter


@pytest.mark.parametrize(
    "text, wanted, junk",
    [
        ("村民们围坐一起，说起了身边的烦心事。村民李大成说，村口的便桥一下雨就被淹。", "村口的便桥一下雨就被淹", "身边"),
        ("说起眼下的难处，老周告诉记者，村里的自来水经常停水。", "村里的自来水经常停水", "眼下"),
        ("大家聊起家门口的烦心事，提出了村道路灯不亮等问题。", "村道路灯不亮", "家门口"),
        ("合作社负责人介绍，眼下面临的难题也不少，问题包括饲料价格上涨、贷款难。", "贷款难", "眼下面临的难题也不少"),
    ],
)
def test_a_deictic_topic_is_no_issue(text, wanted, junk):
    got = labels_of(text)
    assert any(wanted in label for label in got), got
    assert not any(label.startswith(junk) for label in got), got


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("村民说，眼下吃水困难。", "眼下吃水困难"),
        ("村民说，门口的路灯坏了好几盏。", "门口的路灯坏了好几盏"),
    ],
)
def test_a_complaint_opening_with_a_deictic_word_stays(text, wanted):
    assert any(wanted in label for label in labels_of(text))


# --- 2. a change talked of


def test_a_change_talked_of_is_no_issue():
    got = labels_of("在村广场，村民们说起整治后的新变化，也提出了垃圾清运不及时等问题。")
    assert any("垃圾清运不及时" in label for label in got), got
    assert not any("变化" in label for label in got), got


def test_a_change_for_the_worse_stays_a_complaint():
    got = labels_of("村民说，改造后的巷道又窄又陡，老人不敢走。")
    assert any("巷道又窄又陡" in label for label in got), got


# --- 3. an amount of money in Chinese numerals


def test_what_a_complaint_costs_is_no_issue():
    got = labels_of("茶农老吴说，加工房电价偏高，一个季度光电费就要交三万多元。")
    assert any("电价偏高" in label for label in got), got
    assert not any("元" in label for label in got), got


def test_a_cost_rising_by_an_amount_stays_a_complaint():
    got = labels_of("村民说，每月物业费涨了两百元，大家意见很大。")
    assert any("物业费涨了两百元" in label for label in got), got


# --- 4. an intensified restatement


def test_when_a_complaint_is_worst_is_no_issue():
    text = "村民们还说，村里的自来水经常停水，傍晚做饭时尤为突出。"
    got = labels_of(text)
    assert got == {"村里的自来水经常停水"}, got
    # the rules' own reading, before the learned filter (which would drop the clause anyway)
    assert kept_by_rules(COUNTY_VISIT + "\n\n" + text) == {"村里的自来水经常停水"}


def test_an_intensified_clause_naming_its_problem_stays():
    got = labels_of("村民们还说，停车位不够，晚上停车难问题尤为突出。")
    assert any("停车难" in label for label in got), got


# --- 5. 地处/位于 set the scene


@pytest.mark.parametrize(
    "text, wanted, setting",
    [
        ("村支书反映，村子地处山区，通组路狭窄。", "通组路狭窄", "地处山区"),
        ("村支书反映，青山组位于库区，饮水管网老化。", "饮水管网老化", "位于库区"),
    ],
)
def test_where_a_place_lies_is_the_setting(text, wanted, setting):
    got = labels_of(text)
    assert any(wanted in label for label in got), got
    assert not any(setting in label for label in got), got


def test_a_located_thing_with_a_problem_stays():
    got = labels_of("村民说，位于村口的那座便桥已经开裂。")
    assert any("便桥已经开裂" in label for label in got), got


# --- 6. a practice that keeps happening


def test_a_practice_that_keeps_happening_is_a_complaint():
    got = labels_of("村支书反映，草场围栏年久失修，部分地段已经倒伏，牛羊越界啃食现象时有发生。")
    assert any("牛羊越界啃食" in label for label in got), got


def test_a_practice_that_happened_before_and_is_over_is_none():
    assert labels_of("村民说，以前乱停乱放的现象时有发生，现在停车有序多了。") == set()


# --- 7. a person's home after the name (name_home_words.txt)


@pytest.mark.parametrize("home", ["家的院子里", "家中", "家门口"])
def test_a_persons_home_is_no_part_of_the_name(home):
    f = facts_of(
        "6月3日晚，镇党委书记陈立来到柳塘村第三村民小组，在组长罗海生" + home + "，与村民围坐在一起。"
    )
    assert posts(f).get("罗海生") == ["组长"], posts(f)
    assert not any(name.endswith("家") for name in posts(f)), posts(f)


def test_a_one_character_noun_glued_to_a_name_stays():
    f = facts_of("5月2日，旗长白朝格吉乐图带领相关部门负责人来到巴音嘎查调研。")
    assert "白朝格吉乐图" in posts(f), posts(f)


# --- 8. someone went to a room of the community (社区议事厅): the community's issues


def test_issues_raised_in_a_room_of_the_community_are_the_communitys():
    f = facts_of(
        "10月9日，镇党委书记张立新来到柳庄社区富河园小区，查看消防通道。居民们说，快递柜数量不够。\n"
        "随后，张立新来到社区议事厅，与居民代表座谈。大家又提出了增设非机动车停车棚、更换老化消防栓等诉求。"
    )
    got = issues(f)
    assert ("富河园小区", "快递柜数量不够") in got, got
    assert ("柳庄社区", "增设非机动车停车棚") in got and ("柳庄社区", "更换老化消防栓") in got, got


def test_a_room_of_the_estate_keeps_the_estates_issues():
    f = facts_of(
        "10月9日，镇党委书记张立新来到柳庄社区富河园小区，查看消防通道。居民们说，快递柜数量不够。\n"
        "随后，张立新来到小区活动室，与居民代表座谈。大家又提出了增设非机动车停车棚等诉求。"
    )
    assert ("富河园小区", "增设非机动车停车棚") in issues(f), issues(f)


# --- 9. a list of how things stand before more of the point is its setting


def test_a_list_of_how_things_stand_is_the_setting():
    got = labels_of("村党支部书记介绍，村里由6个自然村组成，外出务工的多、外来人口多，群众诉求比较集中。")
    assert not any("外来人口多" in label for label in got), got
    got = labels_of("村党支部书记介绍，村里外来人口多、出租房多，停车位紧张。")
    assert any("停车位紧张" in label for label in got), got
    assert not any("外来人口多" in label for label in got), got


def test_a_list_with_a_problem_or_a_group_in_need_stays():
    got = labels_of("村民说，村里出租屋多、电线私拉乱接现象突出，存在安全隐患。")
    assert any("出租屋多" in label for label in got), got
    got = labels_of("村党支部书记介绍，村里独居老人多、留守儿童多，照料服务跟不上。")
    # session 49 (rprec49): many of a group in need beside the complaint is its setting (CLAUSES30
    # rule 3 tightened: no gold of the fifteen opened sets p172…p201 nor dev counts it)
    assert "照料服务跟不上" in got and not any("独居老人多" in label for label in got), got
