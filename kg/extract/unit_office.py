"""A village's or community's own office written by its type word alone.

`在社区党群服务中心召开的议事会上`, `在村委会召开座谈会`: a community or village
type word (社区, 村, 居委会, 村委会: level community in `place_suffixes.tsv`)
opening a name of generic words only that ends in a facility's type word or a
room's word (党群服务中心, 会议室), or standing alone as the unit's committee
(村委会, 居委会), is the office of the unit of that type the report is in: the
community or village of the latest visit, or the one holding its stop (an
estate of the community).  The golds file the stop at the unit, the most
specific place the report names (a bare office has no name of its own).
Source: FAULTS28 kind 10 (a meeting at the community's service centre after a
stop at an estate of it).
"""

from __future__ import annotations

from kg.extract.lexicons import pattern
from kg.extract.place_suffixes import PlaceChunk, Segment, suffix_at
from kg.extract.place_proper_part import covered
from kg.extract.place_window import name_window
from kg.extract.places import PlaceRegistry

UNIT_LEVEL = "community"


def unit_office(text: str, pos: int, end: int, places: PlaceRegistry, visits) -> PlaceChunk | None:
    """The unit (a village or community of `places`) whose office the words at
    `pos` name, as a chunk spanning those words; None when they are no bare
    office or no unit of that type is in the scene.

    Shapes: 社区党群服务中心, 村党群服务中心, 社区会议室, 村委会, 社区居委会.  Not a
    named place (石榴社区服务中心 names its own unit), not a work or a thing
    (社区建设, 村级道路: no facility or room word ends them).

    >>> office_words("社区党群服务中心召开的议事会上", 0), office_words("村委会召开座谈会", 0)
    (8, 3)
    >>> office_words("社区居委会门前", 0), office_words("村委会会议室里", 0), office_words("社区会议室", 0)
    (5, 6, 5)
    >>> office_words("社区建设工作", 0), office_words("石榴社区服务中心", 0)
    (None, None)
    """
    cut = office_words(text, pos, end)
    if cut is None:
        return None
    type_ = _unit_type(text[pos:pos + 4])
    pid = _unit_in_scene(type_, places, visits)
    if pid is None:
        return None
    node = places.nodes[pid]
    return PlaceChunk(pos, pos + cut, (Segment(node.name, node.type, node.level),))


QUOTES = "“”"


def office_words(text: str, pos: int, end: int | None = None) -> int | None:
    """The length of a bare unit office's words at `pos` (see `unit_office`), or None.
    A programme's quoted term inside them is read by its words (居民区“家门口”服务站:
    the words 居民区家门口服务站, the length counting the marks), so a quoted
    generic term keeps the office bare and a quoted name (社区“红枫”服务站) does not.
    Source: PLACE33 (p93: the station was read as no office and the rooms looked at
    inside it became stops).

    >>> office_words("社区“家门口”服务站，", 0), office_words("社区“红枫”服务站，", 0)
    (10, None)
    """
    stop = end if end is not None else len(text)
    if pos < stop and text[pos] not in QUOTES and any(q in text[pos:min(stop, pos + 24)] for q in QUOTES):
        raw = text[pos:min(stop, pos + 24)]
        plain = "".join(ch for ch in raw if ch not in QUOTES)
        cut = _office_words(plain, 0, None)
        if cut is None:
            return None
        seen = 0
        for i, ch in enumerate(raw):  # the cut in the text as written, a closing mark kept with its words
            if ch not in QUOTES:
                seen += 1
            if seen == cut:
                return i + 1 + (raw[i + 1 : i + 2] == "”")
        return None
    return _office_words(text, pos, end)


def _office_words(text: str, pos: int, end: int | None = None) -> int | None:
    window = name_window(text, pos, end)
    unit = next((k for k in range(min(4, len(window)), 0, -1)
                 if (hit := suffix_at(window, k)) and hit[0] == k and hit[2] == UNIT_LEVEL), None)
    if unit is None:
        return None
    for cut in range(len(window), unit - 1, -1):
        hit = suffix_at(window, cut)
        if hit and hit[2] == UNIT_LEVEL and _committee(window[cut - hit[0]:cut]) and cut - hit[0] in (0, unit):
            return cut  # 村委会, 社区居委会: the unit's committee, alone or after the unit's type word
        room = pattern("place_room_words.txt", "(?:{})$").search(window, 0, cut)
        if hit and hit[1] == "Facility" and hit[2] == "site" and covered(window[unit:cut]):
            return cut  # 社区党群服务中心: generic words and a facility's type word
        if room and (room.start() == unit or covered(window[unit:room.start()])):
            return cut  # 社区会议室, 村委会会议室: a room of the unit
    return None


def _committee(word: str) -> bool:
    """Is the type word itself a unit's committee (村委会, 居委会), an office, not
    the bare 村 or 社区 (which name the unit or the kind of unit)?"""
    return word.endswith("会")


def _unit_type(words: str) -> str | None:
    hit = next((h for k in range(len(words), 0, -1) if (h := suffix_at(words, k)) and h[0] == k), None)
    return hit[1] if hit else None


def _unit_in_scene(type_: str | None, places: PlaceRegistry, visits) -> int | None:
    """The place of type `type_` the latest visit went to or lies in; else the last
    one of that type a visit went to."""
    if not visits or type_ is None:
        return None
    latest = visits[-1].place
    for pid in [latest, *sorted(places.ancestors(latest), key=lambda a: -places.nodes[a].rank)]:
        if places.nodes[pid].type == type_:
            return pid
    of_type = [v.place for v in visits if places.nodes[v.place].type == type_]
    return of_type[-1] if of_type else None
