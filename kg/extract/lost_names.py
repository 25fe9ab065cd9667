"""A name read with characters lost (`郑??` read `郑某某`: kg.repair.lost) that
the same report writes in full elsewhere (`郑可欣`) is that person.

A file saved through an encoding that could not hold a character loses it in
one mention and may keep it in another (a headline typed again, a paragraph
pasted from elsewhere).  The damaged mention is then a pattern of the full
name: its surviving characters where they stand and, for each run of lost
marks, one or two characters fewer or as many as the marks (a character lost
byte by byte leaves two marks, so `郑??` is `郑X` or `郑XY`).  A damaged name
that exactly one full name of the report fits is that name; where two fit
(`郑可欣` and `郑立华`) the report does not say which, and the damaged name
stays as read.  The full names are the report's other officials (read after a
title) and names written with a person's act after them (`郑可欣察看…`,
kg.extract.officials).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from kg.repair.lost import LOST, lost_run_end
from kg.text import HAN, TrackedText


def lost_name_pattern(text: TrackedText, name: str) -> re.Pattern | None:
    """The full names that `name` may stand for, as a pattern, when one of its
    mentions in the repaired `text` holds characters lost there (a `某` that
    was `?` or U+FFFD as received): each surviving character as written, each
    run of k lost characters any ceil(k/2) to k Han characters.  None when no
    mention of `name` has a lost character (王某 as the writer typed it).

    >>> from kg.repair.lost import mark_lost_characters
    >>> repaired = mark_lost_characters(TrackedText("副县长郑??来到溪口村。"))
    >>> lost_name_pattern(repaired, "郑某某").pattern == f"郑[{HAN}]{{1,2}}"
    True
    >>> lost_name_pattern(TrackedText("居民郑某某来到溪口村。"), "郑某某") is None
    True
    """
    if LOST not in name:
        return None  # the common case: a name with no 某 at all
    current = text.text
    at = current.find(name)
    while at >= 0:
        parts, i, lost = [], 0, False
        while i < len(name):
            end = lost_run_end(text, at + i) - at if name[i] == LOST else i
            if end > i:
                k = end - i
                parts.append(f"[{HAN}]{{{(k + 1) // 2},{k}}}")
                lost, i = True, end
            else:
                parts.append(re.escape(name[i]))
                i += 1
        if lost:
            return re.compile("".join(parts))
        at = current.find(name, at + 1)
    return None


def full_name_of(pattern: re.Pattern, candidates: Iterable[str]) -> str | None:
    """The one candidate name (2-4 characters, none lost) that `pattern`
    (`lost_name_pattern`) matches whole, or None when none or several do.

    >>> p = re.compile(f"郑[{HAN}]{{1,2}}")
    >>> full_name_of(p, ["郑可欣", "孟文杰"]), full_name_of(p, ["郑可欣", "郑立华"])
    ('郑可欣', None)
    """
    fits = {c for c in candidates if 2 <= len(c) <= 4 and LOST not in c and pattern.fullmatch(c)}
    return fits.pop() if len(fits) == 1 else None


def written_full_names(text: str, pattern: re.Pattern, is_name_at: Callable[[int, int], bool]) -> set[str]:
    """The strings of `text` that `pattern` matches, outside any lost
    character, where `is_name_at(start, end)` says a person is named (a
    person's act after it: the caller's frame).

    >>> sorted(written_full_names("。郑可欣察看。", re.compile(f"郑[{HAN}]{{1,2}}"), lambda s, e: e == 4))
    ['郑可欣']
    """
    found = set()
    for start in range(len(text)):
        for end in range(start + 2, min(len(text), start + 4) + 1):
            name = text[start:end]
            if LOST not in name and pattern.fullmatch(name) and is_name_at(start, end):
                found.add(name)
    return found


def resolve_lost_names(text: TrackedText, names: Iterable[str], is_name_at: Callable[[int, int], bool],
                       same_person: Callable[[str, str], bool] = lambda damaged, full: True) -> dict[str, str]:
    """damaged name -> full name, for each of `names` read with characters
    lost that exactly one full name of the report fits (`lost_name_pattern`):
    one of `names` or a name written in `text` where `is_name_at` says a
    person is named, and that `same_person(damaged, full)` allows (the
    caller's posts: 副县长郑?? is not 县长郑可欣).

    >>> from kg.repair.lost import mark_lost_characters
    >>> repaired = mark_lost_characters(TrackedText("副县长郑??来到溪口村。副县长郑可欣察看村道。"))
    >>> resolve_lost_names(repaired, ["郑某某", "郑可欣"], lambda s, e: False)
    {'郑某某': '郑可欣'}
    """
    names = list(names)
    out = {}
    for name in names:
        pattern = lost_name_pattern(text, name)
        if pattern is None:
            continue
        others = [n for n in names if n != name and lost_name_pattern(text, n) is None]
        candidates = set(others) | written_full_names(text.text, pattern, is_name_at)
        full = full_name_of(pattern, candidates)
        if full is not None and same_person(name, full):
            out[name] = full
    return out
