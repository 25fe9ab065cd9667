"""Who is mentioned in a sentence: named officials, 他/她, and party words.

Shared by the visit and issue frames: a visit needs its actor, an issue
needs to know that the nearest speaker is not an official.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.extract.lexicons import pattern

PRONOUN = re.compile(r"[他她](?![们們])")


@dataclass
class Actor:
    start: int
    end: int
    kind: str  # name | pronoun | group
    name: str | None = None


class ActorIndex:
    """The actors of a report, looked up per sentence.

    `mentions` are (start, end, name) of known officials, sorted by start.

    >>> idx = ActorIndex("王明来到。他说", [(0, 2, "王明")])
    >>> [a.kind for a in idx.in_span(0, 7)]
    ['name', 'pronoun']
    """

    def __init__(self, text: str, mentions: list[tuple[int, int, str]]):
        self.text = text
        self.mentions = mentions
        self.starts = [a for a, _, _ in mentions]

    def in_span(self, start: int, end: int) -> list[Actor]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        found = [Actor(a, b, "name", n) for a, b, n in self.mentions[lo:hi]]
        for m in PRONOUN.finditer(self.text, start, end):
            found.append(Actor(m.start(), m.end(), "pronoun"))
        for m in pattern("group_words.txt").finditer(self.text, start, end):
            found.append(Actor(m.start(), m.end(), "group"))
        return sorted(found, key=lambda a: a.start)

    def starts_at(self, pos: int) -> bool:
        i = bisect.bisect_left(self.starts, pos)
        return i < len(self.starts) and self.starts[i] == pos
