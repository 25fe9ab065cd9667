"""Session 54 (names54): an official whose given name is also a common word, right
after a post title and before a one-character movement verb (副市长|田野/n|到/v|X村)
or a word that follows names only (副市长|夏天/TIME|同志), is named there.

1. `official_name_shapes.lone_move_at`: a one-character movement verb of
   visit_verbs.tsv (到, 去, 赴) that the analyser reads as a word of its own closes
   a name-shaped common word after a title, as 来到 does
   (`OfficialLexis._common_word_as_name`).
2. `official_name_shapes.time_word_as_name`: a name-shaped time word (周一, 夏天)
   after a title is the name when 同志/等/一行 closes it, or when its sentence told its
   date before the title and the person's act follows.
3. `visit_verbs.verb_blocked`: 等 written right at a name's end is the word that
   follows names (name_tail_words.txt), so it blocks no movement verb after it
   (张伟等|到X, not 等到).

Each test holds a positive fixture that failed before, and a reading that must stay
a common word (区长|高度|重视, 书记|田间|察看, 主任|一行, 副市长|等|一行, 区长|周末|来到
with no date before it).
"""

import pytest

from tests.extraction import facts_of, official_names, posts, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("title, name, verb", [
    ("宁远市副市长", "田野", "到"),
    ("宁远市副市长", "高峰", "到"),
    ("宁远市副市长", "高山", "去"),
    ("宁远市副市长", "江山", "赴"),
    ("石门镇党委书记", "田野", "去"),
    ("石门镇党委书记", "江山", "到"),
])
def test_a_common_word_name_before_a_one_character_movement_verb(title, name, verb):
    text = f"2024年3月5日，{title}{name}{verb}石桥村调研。村民反映缺少路灯。"
    facts = facts_of(text)
    assert official_names(facts) == {name}
    assert visits(facts) == {(name, "石桥村")}


def test_the_visit_stays_with_the_visitor_not_the_local_head_who_reported():
    text = ("2024年3月5日，石门镇党委书记田野到石门镇金竹村走访。"
            "金竹村党支部书记杨勇汇报说，村里缺少灌溉水渠。")
    facts = facts_of(text)
    assert visits(facts) == {("田野", "金竹村")}
    assert posts(facts)["田野"] == ["石门镇党委书记"]


def test_common_readings_stay_beside_a_common_word_name():
    # 高度 (an adverb), 田间 (a place word), 一行 and 等一行 (the party) stay common words
    text = ("2024年3月5日，宁远市副市长高峰到石桥村调研。区长高度重视，村党支部书记田间察看水渠，"
            "村委会主任一行到田间察看，副市长等一行到村部座谈。村民反映缺少路灯。")
    facts = facts_of(text)
    assert official_names(facts) == {"高峰"}
    assert ("高峰", "石桥村") in visits(facts)


def test_a_dated_sentence_reads_a_weekday_after_a_title_as_the_name():
    facts = facts_of("2024年3月5日，宁远市副市长周一来到石桥村调研。村民反映缺少路灯。")
    assert visits(facts) == {("周一", "石桥村")}


@pytest.mark.parametrize("tail", ["同志到", "一行到"])
def test_a_season_word_closed_by_a_word_of_names_is_the_name(tail):
    facts = facts_of(f"宁远市副市长夏天{tail}石桥村调研。村民反映缺少路灯。")
    assert visits(facts) == {("夏天", "石桥村")}


def test_an_undated_weekday_after_a_title_stays_a_time_beside_a_name():
    # no date before 周末 in its sentence: the title's holder on a weekend, no one named 周末
    text = ("2024年3月5日，石门镇镇长高山到金竹村走访。\n"
            "区长周末来到石桥村调研。村民反映缺少路灯。")
    facts = facts_of(text)
    assert "周末" not in official_names(facts)
    assert ("高山", "金竹村") in visits(facts)


def test_a_party_word_after_a_name_unblocks_the_movement_verb_after_it():
    # 等 after a name is the party (张伟等 | 到), not 等到 (until): visit_verbs.verb_blocked
    facts = facts_of("2024年3月5日，宁远市副市长张伟等到石桥村调研。村民反映缺少路灯。")
    assert visits(facts) == {("张伟", "石桥村")}
