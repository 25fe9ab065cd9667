"""A site written again in short: its name with the generic words before its head left out.

`代表们来到青竹乡人大代表联络站…副主任也来到青竹乡代表联络站`: the second form drops a
generic qualifier (人大, the congress whose deputies' station it is) and keeps the head
(代表联络站) under the same parent (a bare 联络站, a type word since session 34, is read
by `kg.extract.visits.Reader.named_elsewhere`), so it is the same station, whichever of the two forms
the report writes first (a headline often has the short one).  The registry reads
each written form by its own core (`代表` vs `人大代表`), so the two stand apart
until here, where every place of the report is known.

Source: PLACES27 brief, kind 1 (a short re-mention of a named site is that site).
"""

from __future__ import annotations

from kg.extract.place_proper_part import has_proper_part
from kg.extract.places import PlaceRegistry


def short_forms(registry: PlaceRegistry) -> dict[int, int]:
    """{id of a site written short: id of the site it names}.

    A site S is another site F written short when they have one type, their
    parents are one line (or one of them has none), F's own name (without its
    parent's) ends with S's, and what F has before it holds no proper name
    (`has_proper_part` false: generic words only, 人大代表, 党群, 便民).  When
    several sites could be F, S stays itself (two stations, neither the one).
    A longer prefix that is a name (金色梧桐苑小区 beside 梧桐苑小区) is another place.

    >>> from kg.extract.place_suffixes import PlaceChunk
    >>> from kg.extract.place_segments import segment
    >>> from kg.extract.place_parse import parse_at
    >>> r = PlaceRegistry()
    >>> short = r.add(PlaceChunk(0, 8, segment("青竹乡代表联络站")))
    >>> full = r.add(PlaceChunk(10, 20, segment("青竹乡人大代表联络站")))
    >>> short_forms(r) == {short: full}
    True
    >>> r2 = PlaceRegistry(); a = r2.add(PlaceChunk(0, 6, segment("梧桐苑小区"))); b = r2.add(PlaceChunk(0, 6, segment("金色梧桐苑小区")))
    >>> short_forms(r2)
    {}
    """
    merged: dict[int, int] = {}
    for node in registry.nodes:
        if node.level != "site":
            continue
        own = registry.own_name(node)
        fulls = [
            other.id for other in registry.nodes
            if other.id != node.id and other.level == "site" and other.type == node.type
            and _one_line(registry, node.parent, other.parent)
            and _longer_by_generic(registry.own_name(other), own)
        ]
        if len(fulls) == 1:
            merged[node.id] = fulls[0]
    # a full form is never itself short (no chains): keep the pairs whose full form stands
    return {s: f for s, f in merged.items() if f not in merged}


def _one_line(registry: PlaceRegistry, a: int | None, b: int | None) -> bool:
    return a is None or b is None or a == b or a in registry.ancestors(b) or b in registry.ancestors(a)


def _longer_by_generic(full: str, short: str) -> bool:
    """Is `full` a generic qualifier followed by `short` (人大代表|联络站)?

    >>> _longer_by_generic("人大代表联络站", "联络站"), _longer_by_generic("金色梧桐苑小区", "梧桐苑小区")
    (True, False)
    """
    if len(full) <= len(short) or not full.endswith(short):
        return False
    return not has_proper_part(full[: len(full) - len(short)])
