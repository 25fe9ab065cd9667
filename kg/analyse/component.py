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
NAME_DOTS = "·•・‧"  # separators of transcribed names
RIGHT_DOTTED = 20


def windows(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans to analyse: around every post-title head, cut at
    clause ends, overlapping ones merged, in text order."""
    spans = []
    for m in pattern("post_titles.txt").finditer(text):
        right = RIGHT
        if any(d in text[m.end():m.end() + RIGHT] for d in NAME_DOTS):
            right = RIGHT_DOTTED  # a transcribed name with a dot (阿不都热依木·吐尔逊)
        start, end = max(0, m.start() - LEFT), min(len(text), m.end() + right)
        for cut in CLAUSE_END.finditer(text, start, m.start()):
            start = cut.end()
        stop = CLAUSE_END.search(text, m.end(), end)
        if stop:
            end = stop.end()  # the punctuation too: it shows where a name ends
        spans.append((start, end))
    return _disjoint(spans)


def tokens_in(tokens: list[Token], start: int, end: int) -> list[Token]:
    """The tokens lying inside text[start:end] (tokens sorted by offset)."""
    i = bisect_left(tokens, start, key=lambda t: t.start)
    out = []
    while i < len(tokens) and tokens[i].end <= end:
        out.append(tokens[i])
        i += 1
    return out


def analyse_spans(doc: Doc, spans) -> None:
    """Tokenise `spans` (doc.text offsets) too.  A span overlapping analysed
    text is merged with it and the union re-analysed, so tokens never
    overlap and a word is never cut at an old window's edge."""
    merged = sorted(doc.ext.analysed)
    todo = []
    for start, end in spans:
        if any(a <= start and end <= b for a, b in merged):
            continue
        for a, b in merged:
            if a < end and start < b:  # overlapping: one span
                start, end = min(a, start), max(b, end)
        todo.append((start, end))
    if not todo:
        return
    keep = [t for t in doc.ext.tokens if not any(s <= t.start < e for s, e in todo)]
    kept_spans = [(a, b) for a, b in merged if not any(s <= a and b <= e for s, e in todo)]
    doc.ext.tokens = sorted([*keep, *tokenize(doc.text.text, _disjoint(todo))], key=lambda t: t.start)
    doc.ext.analysed = _disjoint([*kept_spans, *todo])


def _disjoint(spans) -> list[tuple[int, int]]:
    """Overlapping or touching spans merged, in order."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


set_extension("tokens", list)  # Token, sorted by start; only inside doc.ext.analysed
set_extension("analysed", list)  # (start, end) spans that were analysed


@component("analyse", requires=("text", "sentences"), assigns=("tokens", "analysed"))
def analyse_component(doc: Doc) -> None:
    spans = windows(doc.text.text)
    doc.ext.tokens = tokenize(doc.text.text, spans) if spans else []
    doc.ext.analysed = spans
