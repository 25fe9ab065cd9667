"""Drop pinyin annotations such as `區(qū)` while keeping real parentheses.

A parenthesised Latin word right after a Chinese character is an annotation only
when it is a reading of that character (or of its Simplified form): pypinyin
knows the readings.  `2月5日)`, `(来源:...)` and `(MS)` stay.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from kg.text import HAN, TrackedText

ANNOTATION = re.compile(rf"([{HAN}])[(（]\s*([A-Za-zÀ-ɏḀ-ỿ]{{1,7}})\s*[)）]([{HAN}]?)")


def _fold(syllable: str) -> str:
    syllable = syllable.lower().replace("ü", "v").replace("u:", "v")
    decomposed = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ü", "v")


@cache
def readings(char: str, next_char: str = "") -> frozenset[str]:
    from pypinyin import Style, pinyin

    from kg.repair.script import simplify

    # the Simplified form in context: 瞭 alone stays 瞭, but 瞭解 becomes 了解 (le/liao)
    forms = {char, simplify(char), simplify(char + next_char)[:1]}
    found: set[str] = set()
    for form in forms:
        for syllables in pinyin(form, style=Style.NORMAL, heteronym=True, v_to_u=False, neutral_tone_with_five=False):
            found.update(_fold(s) for s in syllables)
    # a reading written with u for ü (lu for lü) is still that reading
    found.update({r.replace("v", "u") for r in found})
    return frozenset(found)


def is_reading(char: str, latin: str, next_char: str = "") -> bool:
    return _fold(latin) in readings(char, next_char)


def _strip(m: re.Match) -> str:
    char, latin, next_char = m.groups()
    return char + next_char if is_reading(char, latin, next_char) else m.group(0)


def strip_pinyin_annotations(text: TrackedText) -> TrackedText:
    # twice: the character after one annotation may carry the next (`區(qū)委(wěi)`)
    return text.sub(ANNOTATION, _strip).sub(ANNOTATION, _strip)
