"""Wishes restating the complaints: 希望解决X问题 after the items X names.

Residents often close a complaint with a wish that it be solved, naming it again in
a shorter form: 饮水井水量不足，道路积雪影响出行，希望解决饮水安全和道路通行问题.  The
wish's object is the complaint before it, no issue of its own.  A wish naming
something new (路面破损，希望解决停车问题) stands, labelled by the problem (停车), not by
the act of solving it (`strip_resolve`).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import issue_words
from kg.extract.lexicons import alternation, kind_words, words

ADVERBS = "(?:能|尽快|早日|及时|抓紧|帮忙|帮助|帮|协调|彻底|切实|一并|统筹|从根本上|给|把)*"
PART_SPLIT = re.compile(r"[和及与、]")
CLAUSE_SPAN = 16  # the characters looked back for the request opening the wish


@cache
def resolve_verb() -> str:
    return alternation(words("issue_resolve_verbs.txt"))


@cache
def leading_resolve() -> re.Pattern:
    """A resolving verb (`issue_resolve_verbs.txt`) and its adverbs opening an item,
    with two characters at least after it (解决停车, 尽快处理好噪音扰民)."""
    return re.compile(f"^{ADVERBS}(?:{resolve_verb()})(?=[^，,]{{2}})")


@cache
def _wish() -> str:
    """A request (`issue_clause_markers.tsv` request: 希望, 盼望), adverbs and a resolving verb."""
    requests = alternation(kind_words("issue_clause_markers.tsv", "request"))
    return f"(?:{requests}){ADVERBS}(?:{resolve_verb()})"


@cache
def wish_before() -> re.Pattern:
    """A wish to solve (`_wish`) closing the text before an item: the item is what
    the wish asks to be solved."""
    return re.compile(f"{_wish()}$")


@cache
def wish_opening() -> re.Pattern:
    """A wish to solve (`_wish`) opening a clause."""
    return re.compile(f"^{_wish()}")


def wish_to_solve(clause: str) -> bool:
    """Does `clause` open with a request and a resolving verb (希望解决, 盼望尽快处理)?

    >>> wish_to_solve("希望解决停车问题"), wish_to_solve("希望增设停车位")
    (True, False)
    """
    return bool(wish_opening().match(clause))


def strip_resolve(item: str) -> str:
    """`item` without a resolving verb opening it, when what is left is no vague word.

    >>> strip_resolve("解决停车"), strip_resolve("尽快处理好噪音扰民"), strip_resolve("解决实际困难")
    ('停车', '噪音扰民', '解决实际困难')
    >>> strip_resolve("解决方案不透明")  # (a noun holding the verb: 解决方案)
    '解决方案不透明'
    """
    m = leading_resolve().match(item)
    if not m:
        return item
    rest = item[m.end():]
    generic = issue_words.item_filters()[0]
    if rest in generic or any(rest.endswith(g) for g in generic) or rest.startswith(("方案", "办法", "途径", "措施")):
        return item  # 解决实际困难: resolving, nothing named (issue_items.keep drops it)
    return rest


def bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def restated(text: str, at: int, item: str, before: list[str]) -> bool:
    """Is `item`, written at `at` in `text`, the object of a wish to solve (`wish_before`)
    that names again only what the items `before` it complained of: every part of it
    (split on 和/及/与/、) shares two characters with one of them?

    >>> restated("井水不足，道路积雪，希望解决饮水安全和道路通行问题", 14, "饮水安全和道路通行", ["井水不足", "道路积雪"])
    False
    >>> restated("饮水井水量不足，道路积雪，希望解决饮水和道路问题", 17, "饮水和道路", ["饮水井水量不足", "道路积雪"])
    True
    >>> restated("路面破损，希望解决停车问题", 9, "停车", ["路面破损"])
    False
    """
    if not before or not wish_before().search(text, max(0, at - CLAUSE_SPAN), at):
        return False
    told = set().union(*(bigrams(b) for b in before))
    parts = [p for p in PART_SPLIT.split(item) if p]
    return bool(parts) and all(bigrams(p) & told for p in parts)
