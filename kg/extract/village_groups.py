"""A village group written by its number alone, in a report about its village.

`来到西来村，随后在3组与村民座谈`: a villagers' group (村民小组) is named by its number
among its village's groups (3组, 第五组), so the grammar reads a bare number and 组
as no place (`place_segments.segment`: a number alone names nothing) and `西来村3组` as the
group inside the village.  Once a village (or a residents' community, which has its
groups too) is named, a numbered group written as a word of its own is that
unit's group: the name is read as if written after the unit's (西来村|3组), and a
site written right after the group lies in it (3组猕猴桃基地: `place_segments.group_site`).
As `kg.extract.corps_units.company_at` reads a Corps company after its regiment.

Source: PLACES31 (a bare group after its village gave no place; the tour's stop
fell back to the village).
"""

from __future__ import annotations

import re

from kg.extract.lexicons import pattern, words
from kg.extract.place_suffixes import PlaceChunk, suffix_at
from kg.extract.place_window import name_may_start
from kg.extract.place_parse import PERSONAL_PRONOUNS, parse_at
from kg.extract.place_lists import unit_locative_end
from kg.extract.places import PlaceRegistry
from kg.text import HAN, is_han

# a numbered group as a word of its own: 3组, 第五组, 五组村民; not 组织, 组长, 组建, 组团
# (or 社, as Sichuan and Chongqing call a village's groups: 3社, 八社; place_suffixes.tsv; not 社区, 社会)
GROUP = re.compile(r"第?(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?:组(?![织长员建团成合])|社(?![区会保团员长]))")
# a group written by its own two-character name as a word of its own (上坪组、塘背组: the
# villages of Jiangxi, Hunan and Hubei name their groups after a hamlet): read as a numbered
# one is, in the unit named before, when the grammar takes it for a group there (西来村|上坪组;
# not 工作组, a generic word), it is no party's name (`group_words.txt`: 调研组, 督导组), and
# it is listed with another such group (走进上坪组、塘背组) or was read so before (在塘背组，
# after that list).  A named group alone is left to the sibling rule (a group named with its
# village before: tests/test_rural31.py), as 来到下屋组 alone may be a team (攻坚组).
# Source: FAULTS34 (p102: 先后走进上坪组、塘背组 read only the first, tagged by the analyser)
NAMED_GROUP = re.compile(rf"[{HAN}]{{2}}组(?![织长员建团成合])")
GROUP_LIST_SEP = "、和及与"
# the units a numbered group lies in (place_suffixes.tsv classes)
GROUP_HOLDERS = frozenset({"VillagersCommittee", "ResidentsCommittee"})


def latest_unit(places: PlaceRegistry, pos: int, text: str | None = None) -> str | None:
    """The name of the village or community (`GROUP_HOLDERS`) written last before `pos`
    among the registry's places, or None.  With the `text`, a unit is ranked by where
    any of its written forms stands last before `pos` (在杨柳村，… 住在三组的村民 after
    a lede listing 杨柳村、河口村: 杨柳村, the scene's unit, not the one listed after it);
    without it, by where it was first written.  Source: session 56, diag222 (a hamlet's
    group in the first stop's paragraph was put in the second stop of the lede's list).

    >>> r = PlaceRegistry(); _ = r.add(parse_at("来到西来村，", 2))
    >>> latest_unit(r, 20), latest_unit(r, 1)
    ('西来村', None)
    >>> t = "走访西来村、东山村。在西来村，三组的村民说"
    >>> r = PlaceRegistry(); _ = r.add(parse_at(t, 2)); _ = r.add(parse_at(t, 6))
    >>> latest_unit(r, 17), latest_unit(r, 17, t)
    ('东山村', '西来村')
    """
    def last(node) -> int:
        if text is None:
            return node.first
        return max([node.first, *(text.rfind(w, 0, pos) for w in node.written if len(w) >= MIN_UNIT_FORM)])

    named = [(last(node), node.name) for node in places.nodes
             if node.type in GROUP_HOLDERS and node.level == "community" and node.first < pos]
    return max(named)[1] if named else None


# the shortest written form of a unit searched in the text (a two-character name, 和村)
MIN_UNIT_FORM = 2


def town_without_units(places: PlaceRegistry, pos: int) -> str | None:
    """The name of the town or subdistrict first written last before `pos`, when the
    registry holds no village or community (`GROUP_HOLDERS`) written before it; else
    None.  A report naming its town and then a numbered group (来到石门镇…在3组，村民
    反映) does not write the group's village: the group is the town's as far as the
    report tells (石门镇3组, the label `PlaceRegistry.add` gives a group told after its
    town), not no place, where its issues fell to the town.  Source: LEFT33 item 6.

    >>> r = PlaceRegistry(); _ = r.add(parse_at("来到石门镇，", 2))
    >>> town_without_units(r, 20), town_without_units(r, 1)
    ('石门镇', None)
    >>> _ = r.add(parse_at("来到西来村，", 2)); town_without_units(r, 20) is None
    True
    """
    nodes = [node for node in places.nodes if node.first < pos]
    if any(node.type in GROUP_HOLDERS for node in nodes):
        return None
    towns = [(node.first, node.name) for node in nodes if node.type == "Subdistrict" and node.level == "subdistrict"]
    return max(towns)[1] if towns else None


SENTENCE_END = re.compile(r"[。！？!?\n]")
UNIT_END = re.compile(r"村|社区|居委会|居民区")
REACH = 12  # the longest unit name read back from its type word


POST_ORGAN = 4  # the longest organ read between a unit and its post's title head (党支部|书记, 第一|书记)


def post_unit(text: str, pos: int) -> str | None:
    """The village or community named last before `pos` in a post (`桃坪村第一书记`,
    `X村驻村第一书记`, `X社区党委书记`: the unit, maybe 驻村, then a title of `post_titles.txt`),
    as the grammar reads it; None when no post names one.  A cadre of a village going round
    its groups (派驻X村第一书记A…。A先到上屋组) names the groups alone: they are that village's,
    as a company written alone is its regiment's (`corps_units.post_regiment`).
    Source: session 46, fplace (a first secretary's two groups lost, their issues at the village).

    >>> post_unit("派驻柏溪乡桃坪村第一书记李文走村串户。李文先到上屋组", 26)
    '桃坪村'
    >>> post_unit("县长来到桃坪村。李文先到上屋组", 14) is None
    True
    """
    title_after = pattern("post_titles.txt", f"[{HAN}]{{{{0,{POST_ORGAN}}}}}?(?:{{}})")
    for m in reversed(list(UNIT_END.finditer(text, 0, pos))):
        after = m.end() + 2 if text.startswith("驻村", m.end()) else m.end()
        if not title_after.match(text, after):
            continue  # (a short organ may stand before the title head: 第一书记, 党支部书记)
        for k in range(max(0, m.end() - REACH), m.end() - 1):
            chunk = parse_at(text, k, m.end()) if name_may_start(text, k) and text[k] not in PERSONAL_PRONOUNS else None
            if chunk and chunk.end == m.end() and chunk.leaf.type in GROUP_HOLDERS and chunk.leaf.level == "community":
                return chunk.leaf.text
    return None


def written_unit(text: str, pos: int) -> str | None:
    """The village or community written last in `pos`'s sentence before it
    (来到西来村，在3组…: 西来村), as the grammar reads it; None when there is none.
    The registry holds a stop only once its sentence is read, so a group written in
    the sentence that names its village is read with the village from the text.

    >>> written_unit("县长来到西来村，在3组座谈", 9), written_unit("西来村。在3组", 5)
    ('西来村', None)
    >>> written_unit("县长来到西来村，听取村工作汇报，来到3组", 18)
    '西来村'
    >>> written_unit("上午，我和村支书一起去了3组", 12) is None
    True
    """
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, pos)), default=0)
    for m in reversed(list(UNIT_END.finditer(text, start, pos))):
        for k in range(max(start, m.end() - REACH), m.end() - 1):
            # (a name starts where a word may: not the 取村 of 听取村工作汇报)
            # (nor at a personal pronoun: 我和村党总支书记A一起去了B组, a diarist and the village's cadre)
            chunk = parse_at(text, k, m.end()) if name_may_start(text, k) and text[k] not in PERSONAL_PRONOUNS else None
            if chunk and chunk.end == m.end() and chunk.leaf.type in GROUP_HOLDERS and chunk.leaf.level == "community":
                return chunk.leaf.text
    return None


def group_at(text: str, pos: int, end: int, places: PlaceRegistry, visited: bool = False) -> PlaceChunk | None:
    """The numbered group written alone at `pos` (`3组，`, `第五组与`, `3组猕猴桃基地`)
    in the village or community named last before it: the chunk spans what is
    written (the group, and a site after it), its segments are the unit's, the
    group's (and the site's).  None when no such unit was named before, or no
    numbered 组 stands at `pos` as a word of its own.

    Shapes: 来到西来村…在3组与村民座谈 (西来村|3组); 在3组猕猴桃基地察看 (西来村|3组|猕猴桃基地);
    not 组织, 组长 (no group), nor a group before any unit (a number names nothing alone).
    In a town's report naming no village or community before it (`town_without_units`:
    来到石门镇…在3组), the group lies in the town (石门镇|3组).

    >>> r = PlaceRegistry(); _ = r.add(parse_at("来到西来村，", 2))
    >>> c = group_at("来到西来村，在3组与村民座谈", 7, 14, r); c.start, c.end, [s.text for s in c.segments]
    (7, 9, ['西来村', '3组'])
    >>> group_at("来到西来村，在3组织村民", 7, 12, r) is None
    True

    A group written by its own name (`NAMED_GROUP`: 上坪组) is read so too when listed, named
    before, or `visited` (the object of a visit verb: 随后来到西岭组); a party's name (调研组)
    or a generic one (工作组) is none.

    >>> [s.text for s in group_at("来到西来村，走进上坪组、塘背组", 8, 15, r).segments]
    ['西来村', '上坪组']
    >>> group_at("来到西来村，走进调研组", 8, 11, r), group_at("来到西来村，走进工作组", 8, 11, r, visited=True)
    (None, None)
    >>> [s.text for s in group_at("来到西来村，随后来到西岭组，", 10, 14, r, visited=True).segments]
    ['西来村', '西岭组']

    The visit verb may carry its aspect particle (又到了西岭组, 去了西岭组: FAULTS37_p120,
    a diarist's hamlets after 到了/去了 gave no stop).

    >>> [s.text for s in group_at("来到西来村，又到了西岭组，", 9, 13, r, visited=True).segments]
    ['西来村', '西岭组']

    A determiner of the unit before the group (`place_unit_locatives.txt`: 村里的三组院坝)
    is passed over: the group is that unit's (FAULTS40_p139).

    >>> [s.text for s in group_at("来到西来村，在村里的3组院坝开会", 7, 16, r).segments]
    ['西来村', '3组']
    """
    # 在村里的三组院坝: 村里的 is a determiner (the unit the report is at); the group follows it
    pos = unit_locative_end(text, pos, end)
    m = GROUP.match(text[:end], pos)
    if not m and (named := NAMED_GROUP.match(text[:end], pos)) and not named.group(0).endswith("小组") \
            and named.group(0) not in words("group_words.txt") \
            and (name_may_start(text, pos) or visited and pos > 0 and name_may_start(text, pos - 1) and text[pos - 1] == "了") \
            and (visited or _listed_group(text, pos, named.end(), end) or any(n.name.endswith(named.group(0)) and n.type == "Place" for n in places.nodes)):
        m = named  # 走进上坪组、塘背组: groups named, not numbered
    if not m:
        return None
    unit = written_unit(text, pos) or latest_unit(places, pos, text) or post_unit(text, pos) or town_without_units(places, pos)
    if unit is None:
        return None
    chunk = parse_at(unit + text[pos:end], 0)
    if not chunk or chunk.end <= len(unit) + len(m.group(0)) - 1 or len(chunk.segments) < 2:
        return None
    if "".join(s.text for s in chunk.segments[:-1]) != unit and chunk.segments[1].text != m.group(0):
        return None  # (the unit's name and the group must be cut where they were joined)
    hit = suffix_at(chunk.segments[1].text, len(chunk.segments[1].text))
    if not hit or hit[1] != "Place":
        return None
    return PlaceChunk(pos, pos + chunk.end - len(unit), chunk.segments)


def _listed_group(text: str, pos: int, stop: int, end: int) -> bool:
    """Is the named group text[pos:stop] an item of a list of named groups (上坪组、塘背组:
    another `NAMED_GROUP` right after a list separator, or right before one)?

    >>> _listed_group("走进上坪组、塘背组。", 2, 5, 10), _listed_group("走进上坪组、塘背组。", 6, 9, 10)
    (True, True)
    >>> _listed_group("来到下屋组，开会", 2, 5, 8)
    False
    """
    after = stop < end and text[stop] in GROUP_LIST_SEP and NAMED_GROUP.match(text[:end], stop + 1)
    before = pos >= 4 and text[pos - 1] in GROUP_LIST_SEP and NAMED_GROUP.fullmatch(text, pos - 4, pos - 1)
    return bool(after or before)


def opens_with_group(chunk: PlaceChunk) -> bool:
    """Does the grammar's chunk open with a numbered group written with no unit before
    it (3组|猕猴桃基地)?  Its unit is then the one `group_at` finds.

    >>> opens_with_group(parse_at("3组猕猴桃基地", 0)), opens_with_group(parse_at("西来村3组猕猴桃基地", 0))
    (True, False)
    """
    return GROUP.fullmatch(chunk.segments[0].text) is not None


# a unit's own facility written with the unit's type word alone (村卫生室, 社区幼儿园): the
# type word, then the facility's type word and nothing more (not 村民, 村里, 社区居民)
OWN_FACILITY = re.compile(r"村|社区|嘎查")


def own_facility_at(text: str, pos: int, end: int, places: PlaceRegistry) -> PlaceChunk | None:
    """The facility of the village or community named last before `pos`, written at
    `pos` with the unit's type word alone before the facility's type word
    (`place_suffixes.tsv` Facility: 卫生室, 幼儿园): 来到马家岔村…下午又去了村卫生室 is
    马家岔村卫生室, as a numbered group alone is the unit's group (`group_at`).  The
    chunk spans what is written, its one segment the facility named with the unit's
    name.  None when no such unit was named before (of the same type word), or what
    follows the type word is no facility's type word alone.

    >>> r = PlaceRegistry(); _ = r.add(parse_at("来到西来村，", 2))
    >>> c = own_facility_at("来到西来村，又去了村卫生室。", 9, 14, r); c.start, c.end, c.leaf.text
    (9, 13, '西来村卫生室')
    >>> own_facility_at("来到西来村，又去了村民家中。", 9, 14, r), own_facility_at("来到西来村，又去了社区卫生室。", 9, 15, r)
    (None, None)

    Source: FAULTS35_p105 (an opened probe's third stop, its heading 第三站：村卫生室, was no place).
    """
    m = OWN_FACILITY.match(text, pos, end)
    if not m:
        return None
    unit = latest_unit(places, pos)
    if unit is None or not unit.endswith(m.group(0)):
        return None
    rest = end = min(end, len(text))
    while rest > m.end() and not is_han(text[rest - 1]):
        rest -= 1
    for stop in range(m.end() + 2, rest + 1):
        hit = suffix_at(text, stop)
        if not hit or hit[0] != stop - m.end() or hit[1] != "Facility" or (stop < end and is_han(text[stop])):
            continue
        chunk = parse_at(unit + text[m.end():stop], 0)
        if chunk and chunk.end == len(unit) + stop - m.end() and len(chunk.segments) == 1 and chunk.leaf.type == "Facility":
            return PlaceChunk(pos, stop, chunk.segments)
    return None
