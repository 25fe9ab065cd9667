"""Session 20: the analyser component's span bookkeeping splices in place.

`analyse_spans` used to build a fresh copy of the whole token list at every
call, quadratic on a long report (11,490 calls at 976 KB); it now replaces
each part's tokens in the list itself.  These check the in-place splice
against the copying one it replaced, on the real analyser."""

from __future__ import annotations

import random
from bisect import bisect_left

import pytest

from kg.analyse import tokenize
from kg.analyse.component import _disjoint, _edge_end, _edge_start, _merged, _uncovered, analyse_spans
from tests.test_analyse import _doc, assert_tokens_well_formed

TEXT = ("西岭区副区长葛春燕来到桃溪街道云杉社区，看望了独居老人。随后她又走访了竹林村和河口村的农户，了解春耕情况。"
        "县委书记林沛然在梧桐镇青石村召开座谈会，村民反映了村道破损、自来水压力不足等问题；他要求镇里抓紧研究。\n"
        "当天下午，林沛然又走访了梧桐镇卫生院，卫生院反映了医生人手紧张、检验设备老化等问题。")


def _copying_splice(text, tokens, analysed, spans):
    """The splice as it was before session 20: a new list each call."""
    todo = []
    for start, end in _disjoint((s, e) for s, e in spans if s < e):
        for a, b in _uncovered(analysed, start, end):
            todo.append((_edge_start(text, tokens, a), _edge_end(text, tokens, b)))
    if not todo:
        return tokens, analysed
    todo = _disjoint(todo)
    new = tokenize(text, todo)
    out, k, n = [], 0, 0
    for start, end in todo:
        i = bisect_left(tokens, start, lo=k, key=lambda t: t.start)
        out.extend(tokens[k:i])
        k = bisect_left(tokens, end, lo=i, key=lambda t: t.start)
        m = bisect_left(new, end, lo=n, key=lambda t: t.start)
        out.extend(new[n:m])
        n = m
    out.extend(tokens[k:])
    return out, _merged(analysed, todo)


@pytest.mark.fast
def test_splicing_in_place_gives_the_tokens_the_copying_splice_gave(tmp_path):
    rng = random.Random(20)
    for round_ in range(12):
        doc = _doc(tmp_path, TEXT)
        tokens, analysed = [], []
        for _ in range(rng.randint(1, 8)):
            spans = [(x := rng.randint(0, len(TEXT) - 1), x + rng.randint(0, 30)) for _ in range(rng.randint(1, 4))]
            spans = [(s, min(e, len(TEXT))) for s, e in spans]
            tokens, analysed = _copying_splice(TEXT, tokens, analysed, spans)
            held = doc.ext.tokens
            analyse_spans(doc, spans)
            assert doc.ext.tokens is held  # the same list, changed in place
            assert doc.ext.tokens == tokens and doc.ext.analysed == analysed, round_
        assert_tokens_well_formed(doc)

