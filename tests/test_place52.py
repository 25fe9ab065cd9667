"""Session 52 (place52): issues whose words are right but filed at the wrong place.

1. A list item whose line opens with a stop told before (`3.B组有几户村民反映，A`) files
   its issue at that stop, as a label opening with the stop's name does; a stop the
   party reaches only later does not take it.
2. A meeting's venue holds the items raised there, items naming the tour's other stops
   too (`随后在X社区居委会召开现场办公会…：1.A街排水沟…`).

Every fixture is invented.
"""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

TOUR = ("2024年3月9日，镇长范德清来到青杠村3组走访。\n\n"
        "在3组，村民刘春梅反映，家门口的排水沟堵了。\n\n"
        "随后，范德清来到5组。村民黄大明反映，组里的便民桥栏杆锈断了。\n\n")


def places_of(got: set[tuple[str, str]], word: str) -> set[str]:
    return {p for p, label in got if word in label}


@pytest.mark.parametrize("ledger", [
    "当天，工作人员把村民反映的问题记进台账：\n1.5组便民桥栏杆锈断，存在安全隐患；\n2.3组有六户村民反映，山泉水管冬天冻裂，吃水困难；\n3.5组晒谷场地面开裂。",
    "记者看到，本子上还没办结的事有：\n（1）5组晒谷场地面开裂；\n（2）3组有几户老人独居，希望村里能送菜上门。",
])
def test_a_list_item_opening_with_a_stop_is_that_stops(ledger):
    got = issues(facts_of(TOUR + ledger))
    hit = places_of(got, "冻裂") | places_of(got, "送菜上门")
    assert hit and all(p.endswith("3组") for p in hit)


def test_a_list_item_naming_a_stop_the_party_reaches_later_stays_where_raised():
    # precision: the session-41 rule holds for an item's line as for its label
    text = ("2024年3月9日，镇长范德清来到青杠村3组，查看山塘。\n\n"
            "在3组，组长刘春梅把收集到的问题逐一作了介绍：\n1.3组入户路没有路灯；\n2.5组有十来户村民反映，自来水发黄，烧开了有沉淀。\n\n"
            "随后，范德清来到5组，察看水源。")
    got = issues(facts_of(text))
    assert places_of(got, "自来水发黄") and all(p.endswith("3组") for p in places_of(got, "自来水发黄"))


@pytest.mark.parametrize("meeting", [
    "随后，谭立新在红星社区居委会召开现场办公会，社区干部和居民代表把问题摆上了桌面：\n1.和平街下水道被门面加盖占压，雨水排不出去；\n2.纸厂宿舍区围墙外的涵洞堵塞，积水倒灌进院子。",
    "随后，谭立新在红星社区居委会召开座谈会，居民代表提出：一是和平街下水道被门面加盖占压；二是纸厂宿舍区围墙外的涵洞堵塞。",
])
def test_a_meetings_venue_holds_items_naming_other_stops(meeting):
    text = ("2024年7月2日，暴雨过后，镇长谭立新察看集镇积水情况。\n\n"
            "谭立新一行首先来到和平街，察看排水口淤堵情况。\n\n"
            "在纸厂宿舍区，十几户居民正在清理进了水的一楼。\n\n" + meeting)
    got = issues(facts_of(text))
    for word in ("下水道", "涵洞"):
        assert places_of(got, word) == {"红星社区"}, got
