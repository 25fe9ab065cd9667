"""Layout artefacts: `??` where indentation was lost, invisible characters, odd spaces."""

from __future__ import annotations

import re

from kg.text import TrackedText

# `??` (or full-width `？？`) where a mis-encoded ideographic indent was;
# real questions end a clause, these start a line.
LOST_INDENT = re.compile(r"(?m)^[ \t\u3000]*(?:[?？]{2,}[ \t\u3000]*)+")
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]")
LINE_ENDS = re.compile(r"\r\n?")
INLINE_SPACE = re.compile(r"[ \t\u3000\u00a0]+")
BLANK_LINES = re.compile(r"\n{2,}")


def strip_artefacts(text: TrackedText) -> TrackedText:
    text = text.sub(LINE_ENDS, "\n")
    text = text.sub(INVISIBLE, "")
    text = text.sub(LOST_INDENT, "")
    text = text.sub(INLINE_SPACE, _space)
    return text.sub(BLANK_LINES, "\n")


def _space(m) -> str:
    # spaces between Chinese characters are layout, between Latin words they are text
    return " " if m.group(0).strip(" \t") == "" and "\u3000" not in m.group(0) else ""
