"""Split repaired text into paragraphs and sentences, keeping offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.pipeline import Doc, component

# a sentence ends at 。！？； (and a closing quote right after), or at a line end
SENTENCE = re.compile(r"[^。！？；\n]+(?:[。！？；]+[”’」』]?|(?=\n)|$)")

# the marks that close a clause inside a sentence (commas, semicolons, colons) and
# those that end it (。！？ and a line end), full-width and ASCII
INNER_MARKS = "，,；;：:"
STOP_MARKS = "。！!？?\n"


@cache
def clause_marks(stops: bool = True, extra: str = "") -> re.Pattern:
    """One character closing a clause: `INNER_MARKS`, with `STOP_MARKS` unless
    `stops` is False (a clause inside one sentence), and the characters of `extra`
    (quotes: `“”`).  The one class the extraction modules share (visit_party,
    visit_reported, issue_raisers, issue_frames, visit_stops, place_check,
    place_description each wrote its own; session 55, party55).

    >>> [m.group(0) for m in clause_marks().finditer("甲，乙。丙")]
    ['，', '。']
    >>> clause_marks(stops=False).search("甲。乙") is None
    True
    >>> clause_marks(extra="“").search("说“好") is not None
    True
    """
    return re.compile("[" + re.escape(INNER_MARKS + (STOP_MARKS if stops else "") + extra) + "]")


# a clause's end: `clause_marks()`, the marks inside a sentence and those ending it
CLAUSE_END = clause_marks()


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    out = []
    paragraph = 0
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            for m in SENTENCE.finditer(line):
                if m.group(0).strip():
                    out.append(Sentence(offset + m.start(), offset + m.end(), m.group(0), paragraph))
            paragraph += 1
        offset += len(line) + 1
    return out


@component("sentences", requires=("text",), assigns=("sentences",))
def sentences_component(doc: Doc) -> None:
    doc.sentences = split_sentences(doc.text.text)
