"""Split repaired text into paragraphs and sentences, keeping offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.pipeline import Doc, component

# a sentence ends at 。！？； (and a closing quote right after), or at a line end
SENTENCE = re.compile(r"[^。！？；\n]+(?:[。！？；]+[”’」』]?|(?=\n)|$)")


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
