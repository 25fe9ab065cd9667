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
PRONOUN_CHAR = re.compile(r"[他她]")
PLURAL = ("们", "們")


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
        # in_span is asked ~140 times a report: 他/她 are found once (PRONOUN's
        # lookahead is checked per span, as a scan ending at `end` sees it), and
        # the party words are scanned for only when the text holds one
        self.pronoun_starts = [m.start() for m in PRONOUN_CHAR.finditer(text)]
        self.has_groups = pattern("group_words.txt").search(text) is not None

    def in_span(self, start: int, end: int) -> list[Actor]:
        """The actors written in text[start:end], by start: names, then 他/她
        (PRONOUN, as a scan of the span finds them) and party words."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        found = [Actor(a, b, "name", n) for a, b, n in self.mentions[lo:hi]]
        text, pronouns = self.text, self.pronoun_starts
        i = bisect.bisect_left(pronouns, start)
        while i < len(pronouns) and pronouns[i] < end:
            p = pronouns[i]
            if text[p + 1 : min(end, p + 2)] not in PLURAL:
                found.append(Actor(p, p + 1, "pronoun"))
            i += 1
        if self.has_groups:
            owned = pattern("group_owned_works.txt")
            for m in pattern("group_words.txt").finditer(text, start, end):
                if not owned.match(text, m.end()):  # (小组道路: the village group's road, no party)
                    found.append(Actor(m.start(), m.end(), "group"))
        return sorted(found, key=lambda a: a.start)

    def phrase_over(self, start: int, end: int) -> bool:
        """Does an official's mention (a name and the title written after it)
        start at `start` and run past `end`?  Then text[start:end] is the name
        and the title's first characters (陈刚村|支书: 陈刚, 村支书), no place's
        name, though it reads as one (陈刚村).

        >>> idx = ActorIndex("陈刚村支书陪同", [(0, 5, "陈刚")])
        >>> idx.phrase_over(0, 3), ActorIndex("高山镇", [(0, 2, "高山")]).phrase_over(0, 3)
        (True, False)
        """
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] == start and self.mentions[i][1] > end

    def starts_at(self, pos: int) -> bool:
        i = bisect.bisect_left(self.starts, pos)
        return i < len(self.starts) and self.starts[i] == pos
