"""Layout artefacts: `??` where indentation was lost, invisible and control characters, odd spaces."""

from __future__ import annotations

import re

from kg.repair.wrap import join_spaced_han, join_wrapped_lines
from kg.text import TrackedText

# `??` (or full-width `？？`) where a mis-encoded ideographic indent was;
# real questions end a clause, these start a line.
LOST_INDENT = re.compile(r"(?m)^[ \t\u3000]*(?:[?？]{2,}[ \t\u3000]*)+")
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]")
LINE_ENDS = re.compile(r"\r\n?")
# Characters that end a line in other programs: Word's manual line break
# (U+000B) and page break (U+000C), NEL (U+0085), and Unicode's line and
# paragraph separators.  They become the line break they stand for.
LINE_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")
# Every other control character (C0 but tab and newline, DEL, C1) is noise
# from a conversion, not text, and XML 1.0 cannot even hold most of them.
CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
INLINE_SPACE = re.compile(r"[ \t\u3000\u00a0]+")
BLANK_LINES = re.compile(r"\n{2,}")


def strip_artefacts(text: TrackedText) -> TrackedText:
    text = text.sub(LINE_ENDS, "\n")
    text = text.sub(LINE_BREAKS, "\n")
    text = text.sub(CONTROLS, "")
    text = text.sub(INVISIBLE, "")
    text = text.sub(LOST_INDENT, "")
    text = text.sub(INLINE_SPACE, _space)
    # before blank lines go: a wrapped sentence never goes on across one
    text = join_spaced_han(join_wrapped_lines(text))
    return text.sub(BLANK_LINES, "\n")


def _space(m) -> str:
    # spaces between Chinese characters are layout, between Latin words they are text
    return " " if m.group(0).strip(" \t") == "" and "\u3000" not in m.group(0) else ""
