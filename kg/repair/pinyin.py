"""Drop pinyin annotations such as `區(qū)` while keeping real parentheses.

A note whose toned vowel an encoding lost (`區(q?)`: Big5 has no ū) is one too,
the `?` read as any letter (NEWCOMER52).

A parenthesised Latin word right after a Chinese character is an annotation only
when it is a reading of that character (or of its Simplified form): pypinyin
knows the readings.  `2月5日)`, `(来源:...)` and `(MS)` stay.

The readings come from pypinyin's per-character dictionary, read from its data
file when the first annotation is met: importing pypinyin would also load its
phrase dictionary (~50 MB resident, ~0.3 s), which one character's readings
never use (tests/test_repair.py checks they equal `pypinyin.pinyin(char,
heteronym=True)` for every character of the Han blocks).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import unicodedata
from functools import cache

from kg.text import HAN, TrackedText

HAN_CHAR = re.compile(f"[{HAN}]")

# a toned vowel an encoding without it lost (Big5 holds no ū: `區(q?)`, `長(zh?ng)`) is a `?`
# or U+FFFD standing for one letter, in a syllable that keeps at least one letter
LOST_LETTER = "?\ufffd"
_SYLLABLE = f"(?=[{LOST_LETTER}]*[A-Za-zÀ-ɏḀ-ỿ])[A-Za-zÀ-ɏḀ-ỿ{LOST_LETTER}]{{1,7}}"
# a note after a Han character: one syllable (`區(qū)`) or a word's syllables,
# space-separated (`街道(jiē dào)`), up to four, the length of most words; the
# characters it reads are checked before it (`_stripper`), so the scan stops only at
# an opening parenthesis
ANNOTATION = re.compile(
    rf"(?<=[{HAN}])[(（]\s*({_SYLLABLE}(?:[\s'’]+{_SYLLABLE}){{0,3}})\s*[)）]([{HAN}]?)"
)


@cache
def _fold(syllable: str) -> str:
    syllable = syllable.lower().replace("ü", "v").replace("u:", "v")
    decomposed = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ü", "v")


@cache
def _pinyin_dict() -> dict[str, str]:
    """pypinyin's `pinyin_dict.json` as stored: decimal code point -> readings
    joined by commas.  Raises ModuleNotFoundError when pypinyin is not installed."""
    spec = importlib.util.find_spec("pypinyin")
    if spec is None:
        raise ModuleNotFoundError("pypinyin is not installed", name="pypinyin")
    with open(os.path.join(spec.submodule_search_locations[0], "pinyin_dict.json"), encoding="utf-8") as f:
        return json.load(f)


@cache
def character_readings() -> dict[int, tuple[str, ...]]:
    """pypinyin's per-character dictionary, `pinyin_dict.json`: code point ->
    the character's readings with tone marks, most common first
    (`character_readings()[ord("区")] == ("qū", "ōu")`).  About 42,000
    characters; loaded once per process.  Raises ModuleNotFoundError when
    pypinyin is not installed.  A build needs a few hundred characters of it:
    `char_readings` reads them one at a time without converting the rest."""
    return {int(code): tuple(readings.split(",")) for code, readings in _pinyin_dict().items()}


def char_readings(char: str) -> tuple[str, ...] | None:
    """`character_readings().get(ord(char))`, without converting the whole table
    (~0.015 s CPU of a one-report build): `char_readings("区") == ("qū", "ōu")`;
    None for a character pypinyin does not know."""
    readings = _pinyin_dict().get(str(ord(char)))
    return tuple(readings.split(",")) if readings else None


def toneless(reading: str) -> str:
    """A toned reading without its tone, ü written v, as pypinyin's
    Style.NORMAL gives it: `toneless("lǚ") -> "lv"`, `toneless("qū") -> "qu"`."""
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def readings(char: str, next_char: str = "") -> frozenset[str]:
    """The toneless readings (folded by `_fold`) of `char`, of its Simplified
    form, and of its Simplified form before `next_char`; a character pypinyin
    does not know reads as itself."""
    from kg.repair.script import simplify

    # the Simplified form in context: 瞭 alone stays 瞭, but 瞭解 becomes 了解 (le/liao)
    forms = {char, simplify(char), simplify(char + next_char)[:1]}
    found: set[str] = set()
    for form in forms:
        for c in form:
            known = char_readings(c)
            if known:
                found.update(_fold(toneless(r)) for r in known)
            else:
                found.add(_fold(c))
    # a reading written with u for ü (lu for lü) is still that reading
    found.update({r.replace("v", "u") for r in found})
    return frozenset(found)


def is_reading(char: str, latin: str, next_char: str = "") -> bool:
    """Is `latin` a reading of `char` (before `next_char`)?  A lost letter
    (`?`, U+FFFD: LOST_LETTER) stands for any one letter.

    >>> is_reading("区", "qū"), is_reading("區", "q?"), is_reading("長", "zh?ng"), is_reading("区", "m?")
    (True, True, True, False)
    """
    folded = _fold(latin)
    if not any(c in LOST_LETTER for c in folded):
        return folded in readings(char, next_char)
    lost = re.compile("".join("." if c in LOST_LETTER else re.escape(c) for c in folded))
    return any(lost.fullmatch(r) for r in readings(char, next_char))


def _stripper(source: str):
    """The replacement for ANNOTATION's matches in `source`: the note dropped
    when its syllables read the characters before it, one each, in order."""

    def strip(m: re.Match) -> str:
        latin, next_char = m.groups()
        syllables = re.split(r"[\s'’]+", latin)
        read = source[max(0, m.start() - len(syllables)) : m.start()]
        if len(read) < len(syllables) or not all(HAN_CHAR.match(c) for c in read):
            return m.group(0)
        following = read[1:] + next_char
        if all(is_reading(c, syllables[i], following[i : i + 1]) for i, c in enumerate(read)):
            return next_char
        if len(syllables) == 1:
            # 書記(shūjì): a word's syllables written together; 書記(shū): one syllable reading the
            # word's first character, the note set after the word (a newcomer's copy, session 59)
            before = source[max(0, m.start() - MAX_NOTE_WORD) : m.start()]
            if _reads_joined(before, syllables[0], next_char) or (
                    len(before) >= 2 and HAN_CHAR.match(before[-2]) and is_reading(before[-2], syllables[0], before[-1])):
                return next_char
        return m.group(0)

    return strip


# the most characters a note's syllables written together may read (a word's length)
MAX_NOTE_WORD = 4


def _reads_joined(before: str, latin: str, next_char: str = "") -> bool:
    """Do the letters of `latin`, split where a reading ends, read the last two to
    `MAX_NOTE_WORD` characters of `before`, one reading each, in order (`書記` + `shūjì`)?

    >>> _reads_joined("區委書記", "shūjì"), _reads_joined("區委書記", "shuji"), _reads_joined("區委書記", "ms")
    (True, True, False)
    """
    folded = _fold(latin)
    if any(c in LOST_LETTER for c in folded):
        return False
    for k in range(2, min(MAX_NOTE_WORD, len(before)) + 1):
        chars = before[-k:]
        if not all(HAN_CHAR.match(c) for c in chars):
            break
        following = chars[1:] + next_char
        options = [readings(c, following[i : i + 1]) for i, c in enumerate(chars)]

        def split(at: int, i: int) -> bool:
            if i == len(chars):
                return at == len(folded)
            return any(folded.startswith(r, at) and split(at + len(r), i + 1) for r in options[i] if r)

        if split(0, 0):
            return True
    return False


def strip_pinyin_annotations(text: TrackedText) -> TrackedText:
    """`text` without its pinyin notes (`區(qū)`, `街道(jiē dào)`), offsets kept.

    >>> strip_pinyin_annotations(TrackedText("來到東門街道(jiē dào)柏林社區(qū)")).text
    '來到東門街道柏林社區'
    >>> strip_pinyin_annotations(TrackedText("香洲區(q?)區(q?)長(zh?ng)何正平(?)")).text
    '香洲區區長何正平(?)'
    >>> strip_pinyin_annotations(TrackedText("區委書記(shūjì)黃志強、書記(shū)王明(MS)")).text
    '區委書記黃志強、書記王明(MS)'
    """
    return text.sub(ANNOTATION, _stripper(text.text))
