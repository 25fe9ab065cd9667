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
from bisect import bisect_left, bisect_right
from math import inf

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
        if start < end:  # analysed spans are disjoint, so bisection finds the one holding it or those overlapping it
            i = bisect_right(merged, (start, inf)) - 1  # the last analysed span starting at or before `start`
            if i >= 0 and end <= merged[i][1]:
                continue
            first = i if i >= 0 and merged[i][1] > start else i + 1
            last = bisect_left(merged, (end,)) - 1  # the last one starting before `end`
            if first <= last:  # overlapping: one span
                start, end = min(merged[first][0], start), max(merged[last][1], end)
        elif any(a <= start and end <= b for a, b in merged):
            continue
        else:  # an empty or backward span, as it comes
            for a, b in merged:
                if a < end and start < b:
                    start, end = min(a, start), max(b, end)
        todo.append((start, end))
    if not todo:
        return
    kept_spans = [(a, b) for a, b in merged if not any(s <= a and b <= e for s, e in todo)]
    analysed = _disjoint([*kept_spans, *todo])
    todo = _disjoint(todo)
    new = tokenize(doc.text.text, todo)
    # splice, as sorting kept and new tokens by start would: each span's old
    # tokens (those starting inside it) give way to its new ones
    tokens, out, k, n = doc.ext.tokens, [], 0, 0
    for start, end in todo:
        i = bisect_left(tokens, start, lo=k, key=_start)
        out.extend(tokens[k:i])
        k = bisect_left(tokens, end, lo=i, key=_start)
        m = bisect_left(new, end, lo=n, key=_start)
        out.extend(new[n:m])
        n = m
    out.extend(tokens[k:])
    doc.ext.tokens, doc.ext.analysed = out, analysed


def _start(token: Token) -> int:
    return token.start


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
