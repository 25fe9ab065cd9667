"""ASCII punctuation inside Chinese text becomes full-width (`,` -> `，`).

Only where a Chinese character stands on at least one side, so numbers
(`1,000`), Latin text and URLs keep their ASCII punctuation.
"""

from __future__ import annotations

import re

from kg.text import HAN, TrackedText

# Parentheses stay ASCII: `2月5日)` and `(MS)` are the report's own.
FULLWIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
CJK = rf"[{HAN}\u3000-\u303f\uff00-\uffef“”‘’]"
# (each pattern opens with a lookahead on the characters a match can start with:
# without it re tries the lookbehind and the optional spaces at every character)
ASCII_NEAR_CJK = re.compile(rf"(?=[ \t,;:?!])(?:(?<={CJK})[ \t]*([,;:?!])[ \t]*|[ \t]*([,;:?!])[ \t]*(?={CJK}))")


# a full stop typed as `.` after Chinese text (`陪同.`): not a decimal point (1.5万) or a Latin abbreviation
ASCII_STOP = re.compile(rf"(?=[ \t.])(?<={CJK})[ \t]*\.(?![\d.])[ \t]*")


def fullwidth_punctuation(text: TrackedText) -> TrackedText:
    text = text.sub(ASCII_NEAR_CJK, lambda m: FULLWIDTH[m.group(1) or m.group(2)])
    return text.sub(ASCII_STOP, "。")
