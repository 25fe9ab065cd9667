"""Repair: damaged text in, clean Simplified Chinese out, offsets kept."""

import pytest

from kg.read import decode
from kg.repair import repair
from kg.repair.pinyin import is_reading


@pytest.mark.parametrize(
    "damaged, clean",
    [
        ("縣(xiàn)圖(tú)書(shū)館(guǎn)", "县图书馆"),
        ("呂(lǚ)鳴(míng)", "吕鸣"),  # ü with a tone mark
        ("瞭(le)解情況", "了解情况"),  # reading of the Simplified form in context
        ("他們(men)來了", "他们来了"),  # neutral tone
        ("開展著", "开展着"),
        ("發揮著重要作用", "发挥着重要作用"),
        ("著名的顯著成果", "著名的显著成果"),  # 著 as zhù stays
        ("来到南湖街道(jiē dào)青松社区", "来到南湖街道青松社区"),  # a word's syllables in one note
        ("走访松岭乡(sōng lǐng xiāng)石桥村", "走访松岭乡石桥村"),
        ("居委會(jū wěi huì)主任", "居委会主任"),
    ],
)
def test_pinyin_and_script(damaged, clean):
    assert repair(damaged).text == clean


@pytest.mark.parametrize(
    "text",
    ["2月5日)是首个工作日", "新闻(来源:本报)", "(MS)平台", "编号(A3)楼",
     "来到南湖街道(jiē qiáo)社区", "日报(China Daily)报道"],
)
def test_real_parentheses_are_kept(text):
    out = repair(text).text
    assert "(" in out or ")" in out
    assert out.count("(") == text.count("(") and out.count(")") == text.count(")")


def test_annotation_must_be_a_reading_of_the_character():
    assert is_reading("區", "qū")
    assert not is_reading("區", "ms")
    assert repair("區(ms)").text == "区(ms)"


def test_lost_indent_question_marks_and_ascii_commas():
    out = repair("??第一段,居民反映问题;\n??第二段:完。\n真的吗?").text
    assert out == "第一段，居民反映问题；\n第二段：完。\n真的吗？"


def test_ascii_punctuation_between_latin_and_numbers_stays():
    assert repair("共1,000人 and more, ok").text == "共1,000人 and more, ok"


def test_offsets_point_back_into_the_original():
    original = "??縣(xiàn)長(zhǎng)王明來到東湖街道,聽取意見。"
    tracked = repair(original)
    start = tracked.text.index("王明")
    o_start, o_end = tracked.original_span(start, start + 2)
    assert original[o_start:o_end] == "王明"
    start = tracked.text.index("东湖街道")
    o_start, o_end = tracked.original_span(start, start + 4)
    assert original[o_start:o_end] == "東湖街道"


def test_invisible_characters_removed():
    assert repair("王\u200b明\ufeff来到").text == "王明来到"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "big5"])
def test_decodes_common_encodings(encoding):
    text = "區委書記王明來到東湖街道" if encoding == "big5" else "区委书记王明来到东湖街道"
    decoded, used = decode(text.encode(encoding), "x.txt")
    assert decoded == text


def test_readings_are_pypinyins_for_every_character():
    """The readings read from pypinyin's per-character data file, without their
    tones, are those `pypinyin.pinyin(char, heteronym=True)` gives, for every
    character it knows; a character it does not know reads as itself."""
    from pypinyin import Style, pinyin

    from kg.repair.pinyin import _fold, character_readings, readings, toneless

    for code, toned in character_readings().items():
        char = chr(code)
        given = pinyin(char, style=Style.NORMAL, heteronym=True, v_to_u=False, neutral_tone_with_five=False)[0]
        assert {_fold(toneless(r)) for r in toned} == {_fold(s) for s in given}, char
    unknown = next(chr(c) for c in range(0x4E00, 0xA000) if c not in character_readings())
    assert pinyin(unknown, style=Style.NORMAL, heteronym=True) == [[unknown]]
    assert unknown in readings(unknown)


def test_one_characters_readings_are_the_tables():
    """char_readings (what the repair and IRI slugs ask, one character at a time)
    gives character_readings()'s entry for every code point, None where it has none."""
    from kg.repair.pinyin import char_readings, character_readings

    table = character_readings()
    assert char_readings("区") == ("qū", "ōu") and char_readings("a") is None
    assert [c for c in range(0x2000, 0x30000) if char_readings(chr(c)) != table.get(c)] == []


def test_repairing_annotations_leaves_pypinyins_phrase_dictionary_unloaded():
    import subprocess
    import sys

    code = ("import sys; from kg.repair import repair; print(repair('區(qū)長(zhǎng)呂(lǚ)鳴').text); "
            "print('pypinyin.phrases_dict' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.stdout.split() == ["区长吕鸣", "False"], proc.stdout + proc.stderr
