"""The owner of a meeting's venue that is no place: an organ's seat named by its level.

A forum held at 县委党校报告厅, 镇政府会议室 or 区行政中心三楼 is held by that level's
administration: its issues belong to the place of that level — the one named before
the level word (白马镇党委会议室 -> 白马镇), else the report's place of that level
written last before the meeting (镇政府 after 白马镇 was named), else nowhere that the
report names (never an earlier stop of another place).  Source: the eval convention
(../shared/eval/README.md: issues are filed at the place where they were raised) and
the generated forum shapes of /work/tools/s23/placement23/gen23.py.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.lexicons import alternation, kind_words, table, words
from kg.extract.place_proper_part import has_proper_part
from kg.extract.place_parse import parse_at
from kg.extract.places import PlaceRegistry
from kg.text import is_han

NOWHERE = -1  # a venue owned by a level the report names no place of


@cache
def _levels() -> dict[str, tuple[str, str]]:
    """Level word -> (place level, name ending or '')."""
    return {row[0]: (row[1], "" if row[2] == "-" else row[2]) for row in table("scene_venue_levels.tsv")}


@cache
def _seat() -> re.Pattern:
    """A level word and an organ right after it (县|委党校, 镇|政府)."""
    return re.compile(f"({alternation(_levels())})(?:{alternation(words('scene_venue_organs.txt'))})")


def venue_owner(text: str, a: int, b: int, places: PlaceRegistry, before: int) -> int | None:
    """The place owning the venue text[a:b] of a meeting (`在V召开…会`), V an organ's
    seat (`scene_venue_organs.txt` after a level word of `scene_venue_levels.tsv`):
    the administrative place named before the level word (registered now when new);
    else the registered place of that level (and name ending) written last before
    `before`; else such a place written before `before` in a clause's first words
    (a post's jurisdiction: 鹤岭镇党委书记, registered now) or after a visit verb
    (a headline's 走进永安县：); else `NOWHERE`.  None when V names no organ's seat.

    >>> from kg.extract.places import PlaceRegistry
    >>> reg = PlaceRegistry()
    >>> t = "在白马镇党委会议室召开座谈会"
    >>> reg.nodes[venue_owner(t, 1, 9, reg, 0)].name
    '白马镇'
    >>> venue_owner("在县委党校报告厅召开座谈会", 1, 8, reg, 0) == NOWHERE
    True
    >>> venue_owner("在幸福小区召开座谈会", 1, 5, reg, 0) is None
    True
    """
    m = _seat().search(text, a, b)
    if m is None:
        return None
    level, ending = _levels()[m.group(1)]
    end = m.end(1)
    if m.start(1) > a:
        # a name before the level word: 白马镇|党委, 城南街道|办事处
        known = [(len(w), n.id) for n in places.nodes for w in n.written if len(w) > len(m.group(1)) and text.endswith(w, a, end)]
        if known:
            return max(known)[1]
        for start in range(a, m.start(1)):
            chunk = parse_at(text, start, end)
            if chunk is not None and chunk.end == end and chunk.leaf.level == level:
                return places.add(chunk)
    best, best_at = NOWHERE, -1
    for n in places.nodes:
        if n.level != level or (ending and not n.name.endswith(ending)):
            continue
        at = max((text.rfind(w, 0, before) for w in n.written), default=-1)
        if at > best_at:
            best, best_at = n.id, at
    if best == NOWHERE and ending:
        best = _jurisdiction(text, ending, level, places, before)
    return best


@cache
def _went() -> re.Pattern:
    """A verb of going to or looking at a place (`visit_verbs.tsv` move, inspect) ending
    right before a name: 走进永安县 in a headline names the report's area."""
    return re.compile(f"(?:{alternation(kind_words('visit_verbs.tsv', 'move', 'inspect'))})$")


def _jurisdiction(text: str, ending: str, level: str, places: PlaceRegistry, before: int) -> int:
    """The place of `level` whose name ends with `ending` written last before
    `before` where no step registered it (the jurisdiction of a post: 鹤岭镇党委书记),
    a name opening a clause (after no Han character) or after a visit verb
    (a headline's 走进永安县：…, no one's visit); registered now, else NOWHERE."""
    end = text.rfind(ending, 0, before)
    while end >= 0:
        stop = end + len(ending)
        for start in range(max(0, stop - 8), stop - len(ending) - 1):
            if start > 0 and is_han(text[start - 1]) and not _went().search(text, max(0, start - 4), start):
                continue
            chunk = parse_at(text, start, stop)
            if chunk is not None and chunk.start == start and chunk.end == stop and chunk.leaf.level == level and has_proper_part(chunk.leaf.text):
                return places.add(chunk)
        end = text.rfind(ending, 0, end)
    return NOWHERE
