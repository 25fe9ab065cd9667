"""The `analyse` pipeline component: `doc.ext.tokens` from the lexical analyser.

The model costs about 30 µs a character (`benchmarks/throughput.py`), ten
times the rest of extraction, so it reads only where the rules need it: a
window around each post-title head (`post_titles.txt`), within its clause,
wide enough for a name and its post on either side (`区长王明说`,
`由王明副区长带领`, `王明以区政协委员身份`).  Overlapping windows are merged
and all go to the analyser in one batch.  Text outside the windows has no
tokens; `kg.analyse.component.analyse_spans` tokenises more on demand.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.analyse import Token, tokenize
from kg.extract.lexicons import pattern
from kg.pipeline import Doc, component, set_extension

# characters that end a clause: a name and its post never cross them
CLAUSE_END = re.compile(r"[，。；：！？,;:!?\n]")
LEFT = 10  # a name (2-4), a marker (以/由) and an organisation before the head
RIGHT = 8  # a name (2-4) and the next word after the head


def windows(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans to analyse: around every post-title head, cut at
    clause ends, overlapping ones merged, in text order."""
    spans = []
    for m in pattern("post_titles.txt").finditer(text):
        start, end = max(0, m.start() - LEFT), min(len(text), m.end() + RIGHT)
        for cut in CLAUSE_END.finditer(text, start, m.start()):
            start = cut.end()
        stop = CLAUSE_END.search(text, m.end(), end)
        if stop:
            end = stop.start()
        spans.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in spans:  # finditer gives them in order of start
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def tokens_in(tokens: list[Token], start: int, end: int) -> list[Token]:
    """The tokens lying inside text[start:end] (tokens sorted by offset)."""
    i = bisect_left(tokens, start, key=lambda t: t.start)
    out = []
    while i < len(tokens) and tokens[i].end <= end:
        out.append(tokens[i])
        i += 1
    return out


def analyse_spans(doc: Doc, spans) -> None:
    """Add the tokens of `spans` (doc.text offsets) that are not yet analysed."""
    have = doc.ext.analysed
    todo = [(s, e) for s, e in spans if not any(a <= s and e <= b for a, b in have)]
    if not todo:
        return
    doc.ext.tokens = sorted([*doc.ext.tokens, *tokenize(doc.text.text, todo)], key=lambda t: t.start)
    doc.ext.analysed = sorted([*have, *todo])


set_extension("tokens", list)  # Token, sorted by start; only inside doc.ext.analysed
set_extension("analysed", list)  # (start, end) spans that were analysed


@component("analyse", requires=("text", "sentences"), assigns=("tokens", "analysed"))
def analyse_component(doc: Doc) -> None:
    spans = windows(doc.text.text)
    doc.ext.tokens = tokenize(doc.text.text, spans) if spans else []
    doc.ext.analysed = spans
