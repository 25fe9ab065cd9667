"""Session 25: short names transcribed from Mongolian, Tibetan or Uyghur (two or
three characters of name_transcription_chars.txt) after a title and before the
person's act are one name, though the analyser cuts them into small pieces
(那/r|日/q|苏/LOC, 那/r|木汗/n, 其其/r|格/n).  Every fixture is invented; the tests run
the real pipeline."""

from __future__ import annotations

import pytest

from kg.errors import ReportError
from tests.extraction import facts_of, posts, visits


def posts_read(text: str) -> dict[str, list[str]]:
    """`posts` of `text`; none when the report yields no facts at all."""
    try:
        return posts(facts_of(text))
    except ReportError:
        return {}

# names of several origins: Mongolian, Tibetan, Uyghur (with and without the name dot)
NAMES = ["那日苏", "那木汗", "其其格", "那仁", "巴特尔", "乌力吉", "孟和",
         "扎西", "次仁", "卓玛", "格桑", "艾力江", "阿依古丽", "艾力·买买提"]

# the short names the analyser splits into pieces (no name read before session 25)
SPLIT = ["那日苏", "那木汗", "其其格", "那仁"]


@pytest.mark.fast
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("title", ["旗长", "副县长"])
def test_title_name_movement_verb(title, name):
    facts = facts_of(f"2025年7月9日，{title}{name}来到红柳嘎查，调研牧区饮水工作。\n")
    assert posts(facts) == {name: [title]}
    assert visits(facts) == {(name, "红柳嘎查")}


@pytest.mark.fast
@pytest.mark.parametrize("name", SPLIT + ["扎西", "艾力江"])
def test_title_name_party_word(name):
    facts = facts_of(f"2025年7月9日，县委书记{name}一行来到红柳嘎查。\n")
    assert visits(facts) == {(name, "红柳嘎查")}


@pytest.mark.fast
@pytest.mark.parametrize("name", SPLIT + ["次仁"])
def test_title_name_leads_a_party(name):
    facts = facts_of(f"2025年7月9日，苏木达{name}带领工作组来到红柳嘎查。\n")
    assert visits(facts) == {(name, "红柳嘎查")}


@pytest.mark.fast
@pytest.mark.parametrize("name", SPLIT + ["格桑"])
def test_led_by_a_title_then_the_name(name):
    # 带领 X: the one led is named after their title too
    facts = facts_of(f"2025年7月9日，盟长柏文带领旗长{name}来到红柳嘎查。\n")
    assert posts(facts) == {"柏文": ["盟长"], name: ["旗长"]}


@pytest.mark.fast
@pytest.mark.parametrize("name", SPLIT + ["卓玛"])
def test_title_name_accompanies(name):
    facts = facts_of(f"2025年7月9日，副旗长{name}陪同盟长柏文来到红柳嘎查。\n")
    assert posts(facts) == {name: ["副旗长"], "柏文": ["盟长"]}
    assert ("柏文", "红柳嘎查") in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("name", SPLIT + ["格桑"])
@pytest.mark.parametrize("venue, place", [("金沙镇党委会议室", "金沙镇"), ("白石乡政府会议室", "白石乡")])
def test_title_name_presides_at_a_venue(name, venue, place):
    # 在 VENUE 主持: presiding at a venue is a person's act (visit_verbs.tsv: activity)
    facts = facts_of(f"2025年7月9日，县长{name}在{venue}主持召开座谈会。\n")
    assert posts(facts) == {name: ["县长"]}
    assert visits(facts) == {(name, place)}


@pytest.mark.fast
@pytest.mark.parametrize(
    "clause",
    [
        "区长亲自来到红柳嘎查",  # an adverb of the act
        "镇长全程陪同县长柏文来到红柳嘎查",  # an adverb of the act, read as a noun
        "书记一行来到红柳嘎查",  # the party word
        "县长依托项目来到红柳嘎查",  # a verb the tagger read, of transcription characters
        "县长柏文来到红柳嘎查，主任在会上指出，要修好牧道",  # 在 opens no name
    ],
)
def test_no_name_where_the_words_after_a_title_are_the_clauses(clause):
    assert set(posts_read(f"2025年7月9日，{clause}。\n")) <= {"柏文"}


@pytest.mark.fast
@pytest.mark.parametrize("name, adverb", [("其其格", "都"), ("其其格", "就"), ("那仁", "就")])
def test_an_adverb_after_a_split_short_name_is_not_its_last_syllable(name, adverb):
    # 其其格|都/d|来到: 都 is a transcription character, but a one-character word
    # the tagger read as a function word ends no name (NOT_GIVEN_NAME_TAGS)
    assert name + adverb not in posts_read(f"2025年7月9日，旗长{name}{adverb}来到红柳村。\n")


@pytest.mark.fast
@pytest.mark.parametrize("place, level", [("哈达嘎查", "嘎查"), ("白音嘎查", "嘎查"), ("巴音苏木", "苏木")])
@pytest.mark.parametrize("deputy", ["", "副"])
@pytest.mark.parametrize("name", ["图雅", "那仁", "柏文"])
def test_a_level_word_written_twice_keeps_its_place_in_the_post(place, level, deputy, name):
    # X嘎查嘎查达NAME: the tagger glues the level word to the title (and the name) after
    # it, or calls it a verb; the place before it is the post's, not a person's
    facts = facts_of(f"2025年7月9日，{place}{deputy}{level}达{name}陪同旗长柏林来到{place}。\n")
    assert posts(facts)[name] == [f"{place}{deputy}{level}达"]


@pytest.mark.fast
def test_a_village_head_written_after_its_village_keeps_one_level_word():
    # the doubled-level reading needs a level word of two characters: 村村 is no 嘎查嘎查
    facts = facts_of("2025年7月9日，青石村村主任柏林陪同县长孙立群来到青石村。\n")
    assert posts(facts)["柏林"] == ["青石村村主任"]
