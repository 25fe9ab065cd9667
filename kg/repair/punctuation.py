"""ASCII punctuation inside Chinese text becomes full-width (`,` -> `，`).

Only where a Chinese character stands on at least one side, so numbers
(`1,000`), Latin text and URLs keep their ASCII punctuation.
"""

from __future__ import annotations

import re
from functools import cache

from kg.resources import lexicon
from kg.text import HAN, TrackedText

# Parentheses stay ASCII: `2月5日)` and `(MS)` are the report's own.
FULLWIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
CJK = rf"[{HAN}\u3000-\u303f\uff00-\uffef“”‘’]"
# (each pattern opens with a lookahead on the characters a match can start with:
# without it re tries the lookbehind and the optional spaces at every character)
ASCII_NEAR_CJK = re.compile(rf"(?=[ \t,;:?!])(?:(?<={CJK})[ \t]*([,;:?!])[ \t]*|[ \t]*([,;:?!])[ \t]*(?={CJK}))")


# a full stop typed as `.` after Chinese text (`陪同.`): not a decimal point (1.5万) or a Latin abbreviation
ASCII_STOP = re.compile(rf"(?=[ \t.])(?<={CJK})[ \t]*\.(?![\d.])[ \t]*")


# a quotation typed with ASCII double quotes ("电梯口能不能多放几把椅子？"): a pair on one
# line holding Chinese text becomes “…”, as the readers of quotations expect
ASCII_QUOTED = re.compile(rf'"(?=[^"\n]{{0,300}}?{CJK})([^"\n]{{1,300}}?)"')


@cache
def _name_dot() -> re.Pattern:
    """A dot typed between two parts of a transcribed name (艾尔肯.吐尼亚孜,
    达瓦．次仁, 买买提•吐尔逊): the separator the mainland writes `·`.  An ASCII
    `.` or a full-width `．` is one only between two syllables of such names on
    each side (name_transcription_chars.txt), as a full stop typed so (他说.随后)
    has other characters around it; the other dots (NAME_DOT_VARIANTS) separate
    nothing else between Han characters.  A date (2026.5.20), a decimal or a
    URL has no Han character beside its dot."""
    syllable = "[" + "".join(sorted({c for line in lexicon("name_transcription_chars.txt") for c in line.split()})) + "]"
    return re.compile(rf"(?<={syllable}{syllable})[.．](?={syllable}{syllable})"
                      rf"|(?<=[{HAN}])[{NAME_DOT_VARIANTS}](?=[{HAN}])")


# the separators of a transcribed name's parts other editions and keyboards write for `·`
# (U+00B7): ‧ and ・ (Taiwan, Japan), • and ∙ (a bullet typed for it); cf. FOLDED_MARKS
NAME_DOT_VARIANTS = "‧・•∙"


def name_dots(text: TrackedText) -> TrackedText:
    """The dot between the parts of a transcribed name, however typed, as `·`
    (`_name_dot`), so a name is one however a report types it and a query
    finds it typed either way (kg.repair.spellings).  Source: NEWC28 2
    (县长艾尔肯.吐尼亚孜来到 gave the official 艾尔肯).

    >>> from kg.text import TrackedText
    >>> name_dots(TrackedText("县长艾尔肯.吐尼亚孜、阿不都•热合曼来到；2026.5.20，他说.随后")).text
    '县长艾尔肯·吐尼亚孜、阿不都·热合曼来到；2026.5.20，他说.随后'
    """
    return text.sub(_name_dot(), "·")


def fullwidth_punctuation(text: TrackedText) -> TrackedText:
    """ASCII , ; : ? ! next to Chinese text, a . ending it and a pair of " around it
    become full-width; a dot inside a transcribed name becomes `·` (name_dots).

    >>> from kg.text import TrackedText
    >>> fullwidth_punctuation(TrackedText('老人问:"能不能修一修?"他说.')).text
    '老人问：“能不能修一修？”他说。'
    """
    text = name_dots(text)
    text = text.sub(ASCII_NEAR_CJK, lambda m: FULLWIDTH[m.group(1) or m.group(2)])
    text = text.sub(ASCII_QUOTED, lambda m: "“" + m.group(1) + "”")
    return text.sub(ASCII_STOP, "。")


# Marks two editions of one text write differently (Taiwan and Hong Kong
# editions quote with 「」 and 『』, mainland ones with “” and ‘’; a name's dot is
# ‧ or ・ there, · here; vertical-text quotes ﹁﹂﹃﹄), each folded to the
# mainland mark, which the fold leaves as it is (so digests of texts without
# the others are unchanged).  Source: the General Specifications for Punctuation
# (GB/T 15834-2011) and the Taiwan Ministry of Education's 重訂標點符號手冊.
FOLDED_MARKS = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’", "﹁": "“", "﹂": "”", "﹃": "‘", "﹄": "’",
                              "＂": "“", "‧": "·", "・": "·", "•": "·", "∙": "·", "．": "·"})


def folded_punctuation(text: str) -> str:
    """`text` with the punctuation marks editions write differently folded
    to one (FOLDED_MARKS): what tells two forms of one article apart
    (kg.corpus.record.text_digest) is then the words, not the quote marks.
    Not used on the text extraction reads, which keeps the report's own marks.
    Raises nothing.

    >>> folded_punctuation("居民说「停车难」，『老旧』小区；阿卜杜‧热合曼")
    '居民说“停车难”，‘老旧’小区；阿卜杜·热合曼'
    """
    return text.translate(FOLDED_MARKS)
