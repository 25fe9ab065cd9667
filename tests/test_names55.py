"""Session 55 (names55): official names after a title cut wrong where a way of moving,
a time word or a plural follows the name.

1. `official_name_shapes.manner_run_into`: a way of moving (visit_walk_words.txt,
   visit_travel_manners.txt: 步行, 移步) that the analyser started inside a name's tail
   (区长|张海步/PER|行/v|察看) closes the name before it (张海), when what is left is a
   surname and one or two characters and the person's act follows the way.
2. `official_name_shapes.act_after_time_word`: names54's frame of a common word as a
   name after a title (副市长|田野|到X) lets a time word (同日, 次日) stand between the
   name and the act or movement verb (镇长|金山|同日|走进X).
3. name_tail_words.txt `等人` (and a term of respect followed by a plural,
   `official_acts._name_tail_at`): a time word as a name closed by 等人 (副市长|夏天|等人|到X).
4. name_noun_suffixes.txt: a surname's character + 头/子/儿 read as a noun (石头/n) stays a
   common noun after a title in the common-word frame (书记|石头|到X gives no official).

All names, places and sentences here are invented.
"""

import pytest

from tests.extraction import facts_of, official_names, posts, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("name, way, verb", [
    ("张海", "步行", "察看了沿河步道"),
    ("王明", "步行", "察看了沿河步道"),
    ("杨帆", "步行", "察看了沿河步道"),
    ("何平", "步行", "察看了沿河步道"),
])
def test_a_way_of_moving_run_into_the_name_closes_it(name, way, verb):
    text = f"2024年5月3日，宁远市区长{name}{way}{verb}。居民反映步道缺少路灯。"
    facts = facts_of(text)
    assert official_names(facts) == {name}
    assert visits(facts) == {(name, "沿河步道")}


def test_a_three_character_name_written_again_elsewhere_keeps_its_last_character():
    # 李进步 is written again before 指出: the report's name has three characters; 张海步 is not
    text = ("2024年5月3日，宁远市区长李进步行至石桥村。李进步指出，要尽快修好村道。"
            "副区长张海步行察看了沿河步道。村民反映缺少路灯。")
    assert official_names(facts_of(text)) == {"李进步", "张海"}


@pytest.mark.parametrize("time, verb", [
    ("同日", "走进"),
    ("次日", "走进"),
    ("同日", "到"),
    ("翌日", "到"),
])
def test_a_time_word_between_a_common_word_name_and_the_movement_verb(time, verb):
    text = (f"2024年5月3日，石门镇党委书记李强到后湾村调研。"
            f"镇长金山{time}{verb}大田镇前进村，村民反映缺少路灯。")
    facts = facts_of(text)
    assert "金山" in official_names(facts)
    assert posts(facts)["金山"] == ["镇长"]
    assert ("金山", "前进村") in visits(facts)
    assert ("李强", "前进村") not in visits(facts)


@pytest.mark.parametrize("tail", ["等人到", "同志等人到"])
def test_a_time_word_name_closed_by_a_plural(tail):
    facts = facts_of(f"宁远市副市长夏天{tail}石桥村调研。村民反映缺少路灯。")
    assert visits(facts) == {("夏天", "石桥村")}


def test_a_noun_made_by_its_suffix_is_no_name_after_a_title():
    assert official_names(facts_of("村党支部书记石头到石桥村调研。村民反映缺少路灯。")) == set()


def test_the_common_words_stay_common_elsewhere():
    # 金山区 is a district, 今年夏天 a time, 书记石头同日到 no one; 镇长金山同日走进 the head
    text = ("2024年5月3日，金山区副区长王明到后湾村调研。今年夏天，居民反映村道积水。"
            "镇长金山同日走进前进村。村党支部书记石头同日到石桥村。")
    facts = facts_of(text)
    assert official_names(facts) == {"王明", "金山"}
    assert visits(facts) == {("王明", "后湾村"), ("金山", "前进村")}
