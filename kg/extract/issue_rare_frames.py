"""What a sentence must hold for one of the rare raising frames to match in it.

`RaisingFrames.anchors` scans every sentence of an issue paragraph with each frame's
pattern (`kg.extract.issue_words`).  Seven of them match in about one sentence in a
hundred yet cost ~1 ms a report together (`raised_after`'s bearers before a comma and
`head_then_items`' optional counts are tried at many positions): each test below is a
string or literal-alternation check of something every match of its pattern consumes
inside the sentence, so a sentence failing it is skipped and the pattern's matches are
unchanged (a match never reads past the end given to `finditer`, and a lookahead
cannot see beyond it either).

    >>> possible_passive("车位不足的问题被多次提及。"), possible_passive("车位不足。")
    (True, False)
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import issue_words
from kg.extract.lexicons import alternation, pattern, words


def possible_passive(sentence: str) -> bool:
    """`issue_words.raised_passive` consumes 被."""
    return "被" in sentence


def possible_superlative(sentence: str) -> bool:
    """`issue_words.superlative_topic` consumes 的 after 最 + verb or verb + 得 (or 听到) + degree,
    or 的 before a quantifier (the cleft: 说的大多是, `issue_cleft_quantifiers.txt`), or a worry
    state before 的 (the bare cleft: 老人愁的是, `issue_worry_acts.txt`)."""
    return "的" in sentence and ("最" in sentence or "得" in sentence or "听" in sentence
                                 or _cleft_quantifier().search(sentence) is not None
                                 or _worry_cleft().search(sentence) is not None)


@cache
def _cleft_quantifier() -> re.Pattern:
    """的 right before a quantifier of the cleft (`issue_cleft_quantifiers.txt`: 的大多, 的都)."""
    return pattern("issue_cleft_quantifiers.txt", "的(?:{})")


@cache
def _worry_cleft() -> re.Pattern:
    """A worry state right before 的 (`issue_worry_acts.txt`: 愁的, 放心不下的), the bare cleft."""
    return pattern("issue_worry_acts.txt", "(?:{})的")


def possible_worried(sentence: str) -> bool:
    """`issue_words.worried` consumes a copula: 是, 成了, 成为, 变成."""
    return "是" in sentence or "成" in sentence


def possible_troubled(sentence: str) -> bool:
    """`issue_words.troubled` consumes a causative: 让, 令, 使."""
    return "让" in sentence or "令" in sentence or "使" in sentence


@cache
def _compound_marks() -> frozenset[str]:
    """The one-character compound marks of `issue_act_compounds.txt` (人, 者, 会…)."""
    return frozenset(w for w in words("issue_act_compounds.txt") if len(w) == 1)


def possible_act_before_word(sentence: str) -> bool:
    """`issue_words.acts_before_word` looks ahead at a compound mark after its act: the
    mark is inside the sentence (a lookahead sees no further than `finditer`'s end)."""
    return not _compound_marks().isdisjoint(sentence)


@cache
def _closing_act() -> re.Pattern:
    """A raising act of shape `any` or a degree word right before a sentence's end or
    `[。！!；;]`: where every match of `issue_words.raised_after` ends (its three branches
    end in an act or a degree, then its own lookahead)."""
    acts = [w for w, shape in issue_words.act_shapes().items() if shape == "any"]
    return re.compile(rf"(?:{alternation([*acts, *words('issue_act_degrees.txt')])})(?=[。！!；;]|$)")


def possible_raised_after(text: str, start: int, end: int) -> bool:
    """Can `issue_words.raised_after` match in text[start:end] (as its `finditer(text,
    start, end)` reads it)?

    >>> possible_raised_after("小区管网老化，居民反映强烈。", 0, 14), possible_raised_after("居民反映了停车难。", 0, 9)
    (True, False)
    """
    return _closing_act().search(text, start, end) is not None


@cache
def _link() -> re.Pattern:
    """A link of `issue_head_links.txt` or a colon: every branch of
    `issue_words.head_then_items` after its head noun consumes one."""
    return re.compile(f"[：:]|(?:{alternation(words('issue_head_links.txt'))})")


def possible_head_then_items(text: str, start: int, end: int) -> bool:
    """Can `issue_words.head_then_items` match in text[start:end]?

    >>> possible_head_then_items("问题包括停车难", 0, 7), possible_head_then_items("停车难问题突出", 0, 7)
    (True, False)
    """
    return _link().search(text, start, end) is not None
