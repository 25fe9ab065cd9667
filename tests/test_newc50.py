"""NEWCOMER50: invented reports of session 50's newcomer, and what they found.

1. A town's post written after its district (浏阳市大瑶镇党委书记) took the district as its
   jurisdiction (浏阳市: the 市 and the town's name before 党委 read as a city organ), so
   visits-by-official printed the post as 浏阳市浏阳市大瑶镇党委书记.  A title holding a town's,
   community's or village's organ anywhere is that place's post, not the district's
   (`Linker._jurisdiction`), as 镇长 alone is.
2. Satisfaction closing a point (session 50's `issue_content.satisfied`) negated with a degree
   between (不太划算, 不大放心) was read as satisfaction, and the complaint before it was dropped:
   对老人来说不太划算 after 一顿饭要二十多块 gave no issue.
3. A change praised after the items (如今楼里都通了燃气，做饭也方便了) gave the change as an issue
   (如今楼里都通了燃气), where 楼道也亮堂了 gives none: the 便 of 方便 was read as the hypothetical
   便 of 路就通了, 便能吃上饭 (`issue_content.HYPOTHETICAL`, session 50).
4. So did residents' praise whose items hold 能 inside a word (活动室功能齐全，…，心里踏实: both
   clauses issues) or as a gain told (刷脸就能吃，比自己做还划算): `issue_content.ASKED_FOR` took
   them for what is asked for (盼着村里能办个食堂).
"""

import pytest

import kg

pytestmark = pytest.mark.fast


CANTEEN = "几位老人在助餐点吃饭。"


def labels(text: str) -> set[str]:
    built = kg.build_texts({"2024-05-06.txt": "2024年5月6日，区长郑海来到青松街道翠竹社区。" + text})
    return {issue.label for issue in built.facts["2024-05-06.txt"].issues}


def posts(text: str) -> dict[str, str]:
    built = kg.build_texts({"2024-06-04.txt": text})
    return {row[1]: row[2] for row in built.query("officials-and-posts").rows}


@pytest.mark.parametrize("text, title, town", [
    ("2024年6月4日，浏阳市大瑶镇党委书记黄志勇来到南阳村，走访留守老人。", "浏阳市大瑶镇党委书记", "大瑶镇"),
    ("2024年6月4日，石泉县城关镇镇长杜明来到新联村，察看防汛准备。", "石泉县城关镇镇长", "城关镇"),
])
def test_a_towns_post_written_after_its_district_is_no_district_post(text, title, town):
    got = posts(text)
    # the town's, never the district's (session 57, nc57b: the town the title names is its jurisdiction)
    assert title in got and got[title] in ("", None, town), got
    visits = kg.build_texts({"2024-06-04.txt": text}).query("visits-by-official").rows
    assert all(row[4] == title for row in visits), visits


def test_twin_a_district_bureau_named_with_a_town_like_word_keeps_its_district():
    # (乡 and 村 inside 乡村振兴局 open no organ: no 长, 党, 委 after them)
    got = posts("2024年6月4日，县乡村振兴局局长杜明来到石泉县城关镇新联村，察看防汛准备。")
    assert got == {"县乡村振兴局局长": "石泉县"}, got


# 2. satisfaction negated with a degree between (不太划算) is a worry, no satisfaction


@pytest.mark.parametrize("text, complaint", [
    ("居民说，社区食堂一顿饭要二十多块，对老人来说不太划算。", "一顿饭要二十多块"),
    ("居民老李说，小区快递柜取件要收费，不太划算。", "快递柜取件要收费"),
    ("居民说，菜场搬到了三公里外，买菜不怎么省事。", "菜场搬到了三公里外"),
    ("独居的周大伯说：“夜里一个人住，心里不大踏实。”", "心里不大踏实"),
])
def test_satisfaction_negated_with_a_degree_is_no_satisfaction(text, complaint):
    got = labels(text)
    assert any(complaint in label for label in got), got


def test_twin_satisfaction_with_a_degree_word_not_negated_still_closes_the_point():
    # (太 alone, no 不 before it: the bargain praised, as session 50's rule reads it)
    assert labels("几位老人围坐着吃饭，孙奶奶说：“两个菜一碗粥才十块钱，太划算了。”") == set()


# 3. a change praised after the items: 便 of 方便 is no hypothetical 便 (路就通了)


@pytest.mark.parametrize("text", [
    "居民们说，如今楼里都通了燃气，做饭也方便了。",
    "居民说，如今巷子里装了路灯，晚上出门也方便了。",
    "居民们说，社区开了卫生服务站，看病就医也便利了。",
])
def test_a_change_praised_as_convenient_gives_no_issue(text):
    assert labels(text) == set()


def test_twin_a_hypothetical_gain_after_a_request_still_stands():
    got = labels("居民代表杨师傅建议，在菜场西边的空地上划出临时停车位，“车停好了，路就通了”。")
    assert any("停车位" in label for label in got), got


# 4. an item holding 能 inside a word (功能) or a gain (就能吃) is not asked for


@pytest.mark.parametrize("text", [
    "孙奶奶说：“活动室功能齐全，有人陪着聊天，心里踏实。”",
    "几位老人说：“两个菜一碗粥，刷脸就能吃，比自己做还划算。”",
])
def test_satisfaction_after_a_word_holding_neng_gives_no_issue(text):
    assert labels(CANTEEN + text) == set()


def test_twin_what_is_asked_for_with_the_modal_still_stands():
    got = labels(CANTEEN + "村民老郑说：“盼着村里能办个助餐点，吃口热乎饭，心里踏实。”")
    assert any("助餐点" in label for label in got), got
