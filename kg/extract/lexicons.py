"""Regular expressions built once from the lexicon files."""

from __future__ import annotations

import re
from functools import cache

from kg.resources import lexicon, lexicon_table


def alternation(words) -> str:
    """A regex alternation, longest words first so the longest match wins; an
    empty word class matches nothing (not the empty string everywhere)."""
    words = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words) if words else "(?!)"


@cache
def words(name: str) -> tuple[str, ...]:
    """A word-list lexicon; several words may share a line, separated by spaces."""
    return tuple(w for line in lexicon(name) for w in line.split())


@cache
def pattern(name: str, template: str = "(?:{})") -> re.Pattern:
    return re.compile(template.format(alternation(words(name))))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    return lexicon_table(name)
