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
from functools import cache
from math import inf

from kg.analyse import Token, tokenize
from kg.extract.lexicons import assignment_titles, compile_words, organ_cadre_titles, words
from kg.pipeline import Doc, component, set_extension

# characters that end a clause: a name and its post never cross them
CLAUSE_END = re.compile(r"[，。；：！？,;:!?\n]")
LEFT = 10  # a name (2-4), a marker (以/由) and an organisation before the head
RIGHT = 8  # a name (2-4) and the next word after the head
NAME_DOTS = "·•・‧"  # separators of transcribed names
NAME_DOT = re.compile(f"[{NAME_DOTS}]")  # (one search of a window, not a slice and a test per dot)
RIGHT_DOTTED = 20


@cache
def _heads() -> re.Pattern:
    """Post-title heads (post_titles.txt) and the titles of cadres posted to
    a place (驻村干部: kg.extract.lexicons.assignment_titles) or of an organ
    (农业农村厅干部: organ_cadre_titles), whose head alone (干部) is no title."""
    return compile_words([*words("post_titles.txt"), *assignment_titles(), *organ_cadre_titles()])


def windows(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans to analyse: around every post-title head, cut at
    clause ends, overlapping ones merged, in text order."""
    spans = []
    for m in _heads().finditer(text):
        right = RIGHT
        if NAME_DOT.search(text, m.end(), m.end() + RIGHT):
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


# how many times tokens were read into a document (`analyse_spans`, `analyse_component`): a
# reader that remembers an answer drawn from the tokens keeps it only while this stays the
# same (`Lexis.name_after`), as the tokens it read are then the ones it would read again
_reads = [0]


def reads() -> int:
    """How many times tokens were read into a document so far, in this process (any
    document: a count that has not moved means no document's tokens changed)."""
    return _reads[0]


def analyse_spans(doc: Doc, spans) -> None:
    """Tokenise `spans` (doc.text offsets) too, each character once: the
    parts of the spans not yet analysed go to the analyser (in one call), the
    tokens already read stay.  Where such a part meets analysed words of its
    own clause (an earlier span's edge may have cut a word: `居民代表、社|区干部`),
    it takes them in, up to the clause's edge or the analysed text's, and they
    are read again with it, so the new reading sees the clause as far as it
    was read; at a clause's end (after `，。；：！？` or a line break) no word
    runs across, so parts meet there as they are.  Overlapping spans of one
    call are one part.  Empty and backward spans read nothing.

    Re-reading the union of an overlapping span and all the analysed text it
    touched (as this did before) read 23-29 % of a report's characters two
    or three times (`benchmarks/throughput.py`).

    >>> # analysed: 看望老人。随后[走访了竹林]; analyse_spans(doc, [(0, len(text))])
    >>> # reads 看望老人。 alone and 随后走访了竹林村和河口村。 as one part
    """
    text = doc.text.text
    analysed = doc.ext.analysed
    tokens = doc.ext.tokens
    todo = []
    for start, end in _disjoint((s, e) for s, e in spans if s < e):
        for gap_start, gap_end in _uncovered(analysed, start, end):
            todo.append((_edge_start(text, tokens, gap_start), _edge_end(text, tokens, gap_end)))
    if not todo:
        return
    todo = _disjoint(todo)
    new = tokenize(text, todo)
    _reads[0] += 1
    # splice in place, last part first (the earlier parts' offsets stay valid):
    # each part's old tokens (those starting inside it) give way to its new
    # ones.  A fresh copy of the whole list at each call (as before) made a
    # long report quadratic: 11,490 calls at 976 KB, 20 s; slice assignment
    # moves the tail in C.  No caller holds the list across a call.
    cuts, n = [], 0
    for start, end in todo:
        m = bisect_left(new, end, lo=n, key=_start)
        cuts.append((start, end, n, m))
        n = m
    for start, end, n, m in reversed(cuts):
        i = bisect_left(tokens, start, key=_start)
        k = bisect_left(tokens, end, lo=i, key=_start)
        tokens[i:k] = new[n:m]
    _merge_into(analysed, todo)


def _uncovered(analysed: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of [start, end) outside the (sorted, disjoint) analysed spans."""
    out = []
    i = max(0, bisect_right(analysed, (start, inf)) - 1)
    pos = start
    while i < len(analysed) and analysed[i][0] < end:
        a, b = analysed[i]
        if b > pos:
            if a > pos:
                out.append((pos, a))
            pos = b
        i += 1
    if pos < end:
        out.append((pos, end))
    return out


def _edge_start(text: str, tokens: list[Token], pos: int) -> int:
    """Where a new part starting at `pos` starts: `pos` at a clause's
    start, else the start of the analysed words right before it in the same
    clause (an earlier span's edge may have cut a word there, and the new
    reading sees the clause as one would whole)."""
    i = bisect_left(tokens, pos, key=_end)
    while 0 <= i < len(tokens) and tokens[i].end == pos and not _clause_edge(text, pos):
        pos = tokens[i].start
        i -= 1
    return pos


def _edge_end(text: str, tokens: list[Token], pos: int) -> int:
    """Where a new part ending at `pos` ends: `pos` at a clause's end, else
    the end of the analysed words right after it in the same clause."""
    i = bisect_left(tokens, pos, key=_start)
    while i < len(tokens) and tokens[i].start == pos and not _clause_edge(text, pos):
        pos = tokens[i].end
        i += 1
    return pos


def _clause_edge(text: str, pos: int) -> bool:
    """Is `pos` the start or end of the text, or next to a clause's end mark
    (no word runs across it)?"""
    return pos <= 0 or pos >= len(text) or bool(CLAUSE_END.match(text, pos - 1) or CLAUSE_END.match(text, pos))


def _end(token: Token) -> int:
    return token.end


def _start(token: Token) -> int:
    return token.start


def _merged(spans: list[tuple[int, int]], new: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`_disjoint(spans + new)` for sorted disjoint `spans`, each new span put
    in place by bisection: a long report analyses thousands of small parts,
    and merging the whole list at each (as before) made it quadratic.

    >>> _merged([(0, 5), (10, 15), (20, 25)], [(4, 11), (30, 31)])
    [(0, 15), (20, 25), (30, 31)]
    """
    out = list(spans)
    _merge_into(out, new)
    return out


def _merge_into(out: list[tuple[int, int]], new: list[tuple[int, int]]) -> None:
    """`_merged`, in place: `out` (sorted, disjoint) takes in the `new` spans.

    >>> spans = [(0, 5), (10, 15)]; _merge_into(spans, [(15, 18)]); spans
    [(0, 5), (10, 18)]
    """
    for start, end in new:
        i = bisect_left(out, (start, -inf))
        if i > 0 and out[i - 1][1] >= start:
            i -= 1
        j = i
        while j < len(out) and out[j][0] <= end:
            j += 1
        if j > i:
            start, end = min(start, out[i][0]), max(end, out[j - 1][1])
        out[i:j] = [(start, end)]


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
    _reads[0] += 1
