"""The evidence span of one issue: the sentence its item is written in.

An issue's evidence is the sentence that raised it (`IssueRecord.start/end`).
Reported speech may run past that sentence: a list of points after a colon
(`居民反映的问题有：一是A；二是B；三是C。`, `（一）A；（二）B`, `1.A；2.B`) is read
from the raising sentence to its content's end, and every point after the first
is written in a sentence of its own (；ends a sentence, as does a line).  Each
point's evidence is the sentence holding it, not the raising's first one.
"""

from __future__ import annotations

from bisect import bisect_right

from kg.extract.sentences import Sentence


def item_span(text: str, sentences: list[Sentence], label: str, raising: Sentence, upto: int) -> tuple[int, int]:
    """The (start, end) of the evidence sentence of the item `label` raised in the
    sentence `raising`, whose content was read up to `upto`.

    Shapes: the label written in `raising` (or nowhere after it before `upto`, as
    a quotation before its speaker, or a label not written as such) -> `raising`'s
    span; written in a later sentence before `upto` (the second and later points of
    `一是A；二是B`, `（一）A；（二）B`, `1.A\\n2.B`) -> that sentence's span.
    `sentences` are the report's sentences in text order.

    >>> from kg.extract.sentences import split_sentences
    >>> t = "居民反映的问题有：一是路灯损坏；二是楼道堆物。"
    >>> ss = split_sentences(t)
    >>> item_span(t, ss, "楼道堆物", ss[0], len(t))
    (16, 23)
    >>> item_span(t, ss, "路灯损坏", ss[0], len(t))
    (0, 16)
    """
    if upto <= raising.end or text.find(label, raising.start, raising.end) >= 0:
        return raising.start, raising.end
    at = text.find(label, raising.end, upto)
    if at < 0:
        return raising.start, raising.end
    i = bisect_right([s.start for s in sentences], at) - 1
    if i < 0 or at >= sentences[i].end:
        return raising.start, raising.end
    return sentences[i].start, sentences[i].end
