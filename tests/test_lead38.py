"""Session 38 (lead): a tour told with no place and its stops told `在X，` in the same
paragraph (区委书记甲到辖区各社区走访调研。在乙社区，居民反映…。在丙社区，…), and an
unnamed cadre's raising act telling the party is at the place (在X村，村支书反映…).
Fixtures invented: a sweep of tour shapes the genre uses."""

import pytest

from kg.extract.visit_verbs import cadre_speaking
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("joint", ["", "\n"])
def test_stops_told_after_a_placeless_tour_in_its_paragraph(joint):
    text = ("11月2日，区委书记韩立新到辖区各社区走访调研。" + joint
            + "在青桐社区，居民反映停车位紧张。在白鹭社区，居民反映路灯不亮。")
    f = facts_of(text)
    assert visits(f) == {("韩立新", "青桐社区"), ("韩立新", "白鹭社区")}
    assert issues(f) == {("青桐社区", "停车位紧张"), ("白鹭社区", "路灯不亮")}


def test_no_stop_when_the_sentence_before_tells_no_tour():
    # twin: a meeting chaired is no tour; the residents speak elsewhere
    f = facts_of("11月2日，区委书记韩立新主持召开区委常委会。在青桐社区，居民反映停车位紧张。")
    assert visits(f) == set()


def test_a_tour_of_villages_with_an_unnamed_cadre_raising():
    f = facts_of("7月2日，镇党委书记苗晓燕深入辖区各村走访。在石碾村，村支书反映缺少冷库，菜价波动大。")
    assert visits(f) == {("苗晓燕", "石碾村")}
    assert ("石碾村", "缺少冷库") in issues(f)


@pytest.mark.parametrize(
    "text, speaking",
    [
        ("在柳溪村，村支书反映缺少冷库", True),
        ("村主任提出修一座桥", True),
        ("嘎查达其木格说，", True),
        ("主任说明了情况", False),  # a one-character speech verb needs the cadre's name
        ("村主任说了算", False),
    ],
)
def test_cadre_speaking(text, speaking):
    assert bool(cadre_speaking().search(text)) is speaking


def test_a_paragraph_opening_at_a_village_of_another_town_is_the_next_stop():
    f = facts_of("近日，县委书记邵远航带队深入乡镇调研。在青山镇柏树村，邵远航察看了村级公路。村民反映通组路没有硬化。\n"
                 "在白云乡金竹村，村民提出饮水水压不足。")
    assert visits(f) == {("邵远航", "柏树村"), ("邵远航", "金竹村")}
    assert ("金竹村", "饮水水压不足") in issues(f)


def test_a_later_sentence_at_a_village_of_another_town_is_no_stop():
    # twin: inside a paragraph, after the stop, another town's village is told of, not visited
    f = facts_of("近日，县委书记邵远航带队深入乡镇调研。在青山镇柏树村，邵远航察看了村级公路。"
                 "村民反映通组路没有硬化。在白云乡金竹村，村民提出饮水水压不足。")
    assert ("邵远航", "金竹村") not in visits(f)


@pytest.mark.parametrize("intro", ["村民反映的主要问题如下表：", "现将村民反映的问题公示如下："])
def test_a_table_of_two_columns_places_each_row(intro):
    # an HTML table's rows as kg.read writes them: cells apart by an ideographic space, no numbers
    text = ("2024年11月4日，县委书记詹立言走访了桃源镇杏花村和桃源镇柳塘村。" + intro
            + "\n村\u3000反映问题\n杏花村\u3000村卫生室缺少医生\n柳塘村\u3000生活污水直排河道\n詹立言要求逐一整改。")
    assert issues(facts_of(text)) == {("杏花村", "村卫生室缺少医生"), ("柳塘村", "生活污水直排河道")}


def test_label_and_value_lines_are_no_table():
    # twin: 编辑/审核 lines of two cells, no colon-ended line announcing them, stay text
    from kg.repair.artefacts import table_lines
    assert table_lines("记者：甲\u3000乙\n编辑：丙\u3000丁\n审核：戊\u3000己\n") == []


def test_an_officials_maxim_naming_the_masses_raises_nothing():
    # 群众的事无小事: the raisers modify a noun; the demand after it is the official's
    f = facts_of("11月3日，区长卢景行到南湖社区调研。居民反映菜市场周边噪音扰民。"
                 "卢景行指出，群众的事无小事，要求相关部门逐项建立台账，限期解决。")
    assert issues(f) == {("南湖社区", "菜市场周边噪音扰民")}


def test_a_raiser_speaking_with_an_open_class_verb_still_raises():
    # twin: the raiser is the subject of the verb (接过话头，…)
    f = facts_of("11月3日，区长卢景行到南湖社区调研。一位居民接过话头，小区路灯坏了半个月。")
    assert ("南湖社区", "小区路灯坏了半个月") in issues(f)
