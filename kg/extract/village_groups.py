"""A villagers' group written alone, in a report on the village it belongs to.

`来到柳溪村，走访农户。在3组，村民反映…`: a villagers' group (村民小组) is a
numbered unit of its village.  The grammar reads `柳溪村3组` as the group in
the village (`place_suffixes.tsv`: 组 is a type word only right after its 村,
since 调研组 and 工作组 are teams); a report touring the village then names its
groups alone (`3组`, `二组`, `第五村民小组`).  Once a village is named, a
numbered group written as a word of its own (a list separator, a clause mark,
和 or 的 after it) is that village's group: the name is read as if written
after the village's, as a Corps company after its regiment
(kg.extract.corps_units).

Source: HIERARCHY31 (a bare 3组 after a village gave no place, and what its
villagers raised went to the village).
"""

from __future__ import annotations

import re

from kg.extract.places import PlaceChunk, PlaceRegistry, Segment, segment

# a numbered group as a word of its own: 3组，, 二组、, 第五村民小组和; not 三组数据, 一组照片, 调研组
GROUP = re.compile(r"第?(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?:村民小组|组)(?=[、，,。；;：:和及与的（(\s]|$)")
VILLAGE = "VillagersCommittee"


def latest_village(places: PlaceRegistry, pos: int) -> str | None:
    """The name of the village (a VillagersCommittee) first written last before
    `pos` among the registry's places, or None.

    >>> from kg.extract.places import parse_at
    >>> r = PlaceRegistry(); _ = r.add(parse_at("来到柳溪村，", 2))
    >>> latest_village(r, 20), latest_village(r, 1)
    ('柳溪村', None)
    """
    named = [(node.first, node.name) for node in places.nodes if node.type == VILLAGE and node.first < pos]
    return max(named)[1] if named else None


def group_at(text: str, pos: int, end: int, places: PlaceRegistry) -> PlaceChunk | None:
    """The villagers' group written alone at `pos` (`3组，`, `二组、`) in the
    village named last before it: the chunk spans the group as written, its
    segments are the village's and the group's (柳溪村|3组).  None when no
    village was named before, or no numbered group stands there as a word of
    its own.

    Shapes: 走访了3组、5组 (each a group); 在二组，村民反映… (a stop); not 三组数据,
    一组照片 (no word of its own), nor a group before any village.

    >>> from kg.extract.places import parse_at
    >>> r = PlaceRegistry(); _ = r.add(parse_at("来到柳溪村，", 2))
    >>> c = group_at("来到柳溪村，在3组，村民说", 7, 13, r); c.start, c.end, [s.text for s in c.segments]
    (7, 9, ['柳溪村', '3组'])
    >>> group_at("来到柳溪村，拍了一组照片", 9, 12, r) is None
    True
    """
    m = GROUP.match(text[:end], pos)
    if not m:
        return None
    village = latest_village(places, pos)
    if village is None:
        return None
    segs = segment(village + m.group(0))
    if not segs or len(segs) < 2 or segs[-2].text != village or segs[-2].type != VILLAGE:
        return None
    return PlaceChunk(pos, m.end(), (Segment(village, VILLAGE, segs[-2].level), segs[-1]))
