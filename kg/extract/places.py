"""The report's place registry: the places of one report, merged by identity.

Written names are read by the grammar of the `place_*` modules
(`place_segments.segment`, `place_parse.parse_at`, `place_lists.parse_list`);
this module keeps the places they give: `PlaceRegistry.add` takes a
`PlaceChunk` and gives the id of its leaf, merging a place written again
(in short, under another parent, with a spot after it) with the one it is,
and the registry is the Doc's `places` extension, created empty with the
Doc and filled by the visit frame as it reads places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.lexicons import pattern, words
from kg.extract.place_identity import identity, kind
from kg.extract.place_proper_part import ORDINAL, has_proper_part, is_named, referring_word
from kg.extract.place_segments import NUMBERED, UNIT_PART, heritage_site, lone_group, lowered, rest_suffix_at, segment, twofold_area, work_on
from kg.extract.place_suffixes import ADMIN, AREAS, LEVELS, OPEN_SPACES, PlaceChunk, Segment, continues_name, suffix_at, suffixes
from kg.pipeline import set_extension

# a village's or community's group named by its number alone (七组, 第三村民小组, 3社): the number
# names it only among its unit's groups, so its label carries the unit's name (红旗村七组;
# docs/parser.md, session 32)
NUMBERED_GROUP = re.compile(r"第?[一二三四五六七八九十\d]+(?:村民小组|居民小组|组|社)")


@dataclass
class PlaceNode:
    id: int
    name: str
    type: str
    level: str
    parent: int | None = None
    written: set[str] = field(default_factory=set)
    first: int = 0
    kind: str = ""  # see kind(): 社区, 村, 镇...; "" for districts and sites

    @property
    def rank(self) -> int:
        return LEVELS[self.level]


# the shortest tail of a place's name that names it again (老村 for 禾坪老村: `_shortened`)
MIN_TAIL = 2


class PlaceRegistry:
    """The places of one report, merged by identity (level, core name, kind)."""

    def __init__(self):
        self.nodes: list[PlaceNode] = []
        self.index: dict[tuple[str, str, str], list[int]] = {}

    def _find(self, seg: Segment, parent: int | None) -> int | None:
        for pid in self.index.get(identity(seg), []):
            node = self.nodes[pid]
            if seg.level == "site" and not any(w.startswith(seg.text) or seg.text.startswith(w) for w in node.written):
                continue  # sites 江北花园小区 and 江北夜市 share the core 江北, yet neither name holds the other
                # (竹韵居民区 and 竹韵社区: one community, its type word written two ways)
            if parent is None or node.parent is None or node.parent == parent or self._same_line(node.parent, parent):
                return pid
        return None

    def _shortened(self, seg: Segment) -> int | None:
        """A place named again by the tail of its name (联络站 after
        梧桐街道代表履职联络站): the earlier place of that type whose name
        ends with it, when exactly one does; or by its whole label (a bare
        type word read back as the place it refers to, `在服务站，` after
        `新华社区党群服务站`, whose leaf 党群服务站 is no identity of its own).
        A tail of two characters counts (老村 after 禾坪老村: session 41, p143).

        >>> from kg.extract.place_parse import parse_at
        >>> r = PlaceRegistry(); a = r.add(parse_at("新华社区党群服务站", 0))
        >>> r.add(PlaceChunk(0, 3, (Segment("新华社区党群服务站", "Facility", "site"),))) == a, len(r.nodes)
        (True, 2)
        """
        if len(seg.text) < MIN_TAIL:
            return None
        hits = [n.id for n in self.nodes if n.type == seg.type and n.name.endswith(seg.text)]
        return hits[0] if len(hits) == 1 else None

    def committee_by_estate(self, pid: int) -> int | None:
        """The residents' committee named after the estate `pid` (泰山一村 for
        泰山一村居民区, 和睦新村 for 和睦新村社区): the one committee registered whose
        name is `pid`'s and a committee's type word (居民区, 社区, 居委会); None when
        `pid` is a committee itself, when none or several are.  A report names the
        stop in full and opens its paragraph with the estate's name alone
        (`X建于上世纪80年代…`): the golds give the short form as the stop's alias
        (p93-10, p97-01/07/08).  A name of another kind with the same core is
        another place (新华村 beside 新华社区: `identity`).  The registry keeps the
        two apart (a visit told to each stays one each); the paragraph's scene asks.

        >>> from kg.extract.place_parse import parse_at
        >>> r = PlaceRegistry(); a = r.add(parse_at("和睦新村社区", 0))
        >>> r.committee_by_estate(r.add(parse_at("和睦新村", 0))) == a, r.committee_by_estate(r.add(parse_at("和睦村", 0)))
        (True, None)

        Source: PLACEB33 (p97-01: the first stop's paragraph was at no stop)."""
        node = self.nodes[pid]
        if node.level not in ("site", "community") or node.type == "ResidentsCommittee":
            return None
        hits = [
            n.id for n in self.nodes
            if n.type == "ResidentsCommittee" and n.name.startswith(node.name)
            and (hit := suffix_at(n.name, len(n.name))) and len(n.name) - hit[0] == len(node.name)
        ]
        return hits[0] if len(hits) == 1 else None

    def _same_line(self, a: int, b: int) -> bool:
        return self.ancestors(a) & {b} or self.ancestors(b) & {a}

    def ancestors(self, pid: int) -> set[int]:
        seen = set()
        while pid is not None and pid not in seen:
            seen.add(pid)
            pid = self.nodes[pid].parent
        return seen

    def add(self, chunk: PlaceChunk, context: int | None = None) -> int:
        """Register a written place (and its parents); returns the leaf's id.

        `context` is a containing place known from the paragraph (在X, 来到X，察看Y):
        it becomes the parent of the chunk's top segment when that is lower.
        """
        segments = self._read_levels(_without_estate_kind(_without_open_space(chunk.segments)))
        parent = None
        top = LEVELS[segments[0].level]
        if len(segments) > 1 and segments[0].level == "site" and segments[1].level == "community":
            # 白音锡勒牧场|额尔敦嘎查 (`_settlement_unit`): a farm holding its units stands as a
            # town does; a town or 苏木 named before it is a neighbour, not its holder
            top = LEVELS["subdistrict"]
        if context is not None and self.nodes[context].rank == top and segments[0].level == "community":
            context = self.area_of_sibling(context)  # 向阳村 after 红旗村: the area the tour is in holds both
        if context is not None and self.nodes[context].rank < top:
            parent = self._area_holder(segments[0], context)
        written = chunk.text
        for i, seg in enumerate(segments):
            if i < len(segments) - 1 and self._refers_back(seg):
                # 该村|东坳组, 同村的|东坳组: the unit of that type named last, else no parent from it
                parent = self._referred(seg, chunk.start, parent)
                continue
            pid = self._find(seg, parent)
            if pid is None and i == 0 and parent is not None:
                # the parent is only the paragraph's context: 在龙潭村 after 石桥乡龙潭村
                # is that village, whatever area the tour was last in
                pid = self._find(seg, None)
            if pid is None and len(segments) == 1:
                pid = self._shortened(seg)
            if pid is None:
                pid = len(self.nodes)
                label = self._label(segments, i)
                if i == 0 and parent is not None and (lone_group(seg) or NUMBERED_GROUP.fullmatch(seg.text)):
                    # 来到石屏村，随后来到第五村民小组 / 来到石门镇，随后来到3组: a group named by its
                    # number alone is labelled with the village or area it lies in (石屏村第五村民小组,
                    # 石门镇3组), as when written after it: "3组" alone tells a reader nothing
                    # (LEFTOVERS32 item 2, places32 and users32)
                    label = self.nodes[parent].name + label
                node = PlaceNode(pid, label, seg.type, seg.level, parent, first=chunk.start, kind=kind(seg.text))
                self.nodes.append(node)
                self.index.setdefault(identity(seg), []).append(pid)
            else:
                node = self.nodes[pid]
                # no cycles: the new parent must not lie inside this place (or be it)
                if node.parent is None and parent is not None and pid not in self.ancestors(parent):
                    node.parent = parent
                elif i > 0 and self._deeper_written(node, parent):
                    # 城南社区 read under the county of the headline's post, then written 城关镇城南社区:
                    # the chain the report writes is the finer one; the place lies in the town
                    node.parent = parent
            node.written.add(seg.text)
            node.written.add(self._label(segments, i))
            parent = pid
        self.nodes[parent].written.add(written)
        return parent

    def _deeper_written(self, node: PlaceNode, parent: int | None) -> bool:
        """Is `parent`, the place written right before `node` in a chunk (城关镇 of
        城关镇城南社区), a place inside `node`'s present parent, so that the written chain
        places `node` lower on the same line (城南社区 was under 江源县, read from a
        headline's bare 城南社区 in the context of a 江源县委书记's post; the body's
        城关镇城南社区 says the town between)?  Shapes: node, parent id -> bool.
        Source: session 56, place56 (a headline's bare community left under the county).

        >>> r = PlaceRegistry(); county = r.add(PlaceChunk(0, 3, segment("江源县")))
        >>> c = r.add(PlaceChunk(3, 7, segment("城南社区")), county)
        >>> c == r.add(PlaceChunk(9, 16, segment("城关镇城南社区")), county), r.nodes[r.nodes[c].parent].name
        (True, '城关镇')
        """
        if parent is None or node.parent is None or parent == node.parent or node.id in self.ancestors(parent):
            return False
        return node.parent in self.ancestors(parent) and self.nodes[parent].rank < node.rank

    def area_of_sibling(self, context: int) -> int | None:
        """The place holding `context`, a place of the same level as one now read
        without a parent of its own (a village after a village, a town after a town):
        the nearest of its ancestors of a higher level, when the report names no other
        place of that ancestor's level off its line (after villages of two townships a
        village named alone may lie in either); None otherwise.  A
        paragraph's context of that level holds no such place (a village lies in no
        village), but the area the tour is in holds both: `到红旗乡走访。在红旗村，…
        随后来到向阳村` gives 向阳村 in 红旗乡, as 红旗村 is.  The caller asks only for
        villages and communities: a site after a site may be inside it (a room of a
        hall), and a town after a town is placed in its county by the report's counties
        (`post_jurisdiction.attach_under_one_county`; a city's towns lie in districts it
        may not write: tests/test_left33).
        Source: session 54, places54 (a later village was left in no township, then
        attached to the county of its visitor's post).

        >>> r = PlaceRegistry(); village = r.add(PlaceChunk(0, 6, segment("红旗乡红旗村")))
        >>> r.nodes[r.add(PlaceChunk(9, 12, segment("向阳村")), village)].parent == r.nodes[village].parent
        True
        """
        rank = self.nodes[context].rank
        holder = self.nodes[context].parent
        seen = {context}
        while holder is not None and holder not in seen and self.nodes[holder].rank >= rank:
            seen.add(holder)
            holder = self.nodes[holder].parent
        if holder is None or holder in seen:
            return None
        line = self.ancestors(holder)
        if any(n.level == self.nodes[holder].level and n.id not in line and holder not in self.ancestors(n.id)
               for n in self.nodes):
            return None  # (石桥镇 of 青岩县, then 黄坪镇 of 白溪县, then 枫木镇: another area of that level is named)
        return holder

    def _read_levels(self, segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
        """A twofold area (新区) the report has placed below a district once
        (`lower_areas`, `lower_listed_areas`) is at that level wherever it is
        written again alone; and a district-level node of that name read before
        the report placed it becomes one of that level too (one place, one level).

        >>> from kg.extract.place_parse import parse_at
        >>> r = PlaceRegistry(); a = r.add(parse_at("浦锦新区", 0))
        >>> b = r.add(parse_at("闵行区浦锦新区", 0)); c = r.add(parse_at("浦锦新区", 0))
        >>> a == b == c, r.nodes[a].type
        (True, 'Subdistrict')
        """
        out = []
        for seg in segments:
            as_district = Segment(seg.text, "District", "district")
            if twofold_area(seg) and identity(lowered(seg)) in self.index:
                seg = lowered(seg)
            elif seg.level == "subdistrict" and twofold_area(as_district) and identity(as_district) in self.index:
                for pid in self.index.pop(identity(as_district)):
                    self.nodes[pid].type, self.nodes[pid].level = seg.type, seg.level
                    self.index.setdefault(identity(seg), []).append(pid)
            out.append(seg)
        return tuple(out)

    @staticmethod
    def _refers_back(seg: Segment) -> bool:
        """Is `seg` a unit written by a determiner or "the same" and its type word only (该村, 同镇)?"""
        hit = suffix_at(seg.text, len(seg.text))
        return bool(hit) and seg.level in ADMIN and referring_word(seg.text[: len(seg.text) - hit[0]])

    def _referred(self, seg: Segment, start: int, parent: int | None) -> int | None:
        """The place `seg` (该村, 同村, 同一社区) refers back to: the latest place of its
        type and level first written before `start`; else `parent` (what came before it).

        >>> r = PlaceRegistry(); v = r.add(PlaceChunk(0, 3, segment("柳溪村")))
        >>> g = r.add(PlaceChunk(10, 15, segment("该村东坳组")))
        >>> r.nodes[g].parent == v, [n.name for n in r.nodes]
        (True, ['柳溪村', '东坳组'])
        """
        earlier = [n for n in self.nodes if n.type == seg.type and n.level == seg.level and n.first < start]
        return max(earlier, key=lambda n: n.first).id if earlier else parent

    def _area_holder(self, top: Segment, context: int) -> int | None:
        """The parent of a place written inside the paragraph's `context`: the
        context, unless the place is named after an area (`石门镇卫生院`, a
        town's clinic) that is not the context itself; then that area when it
        is one of the context's own containers, else none (a town's facility
        visited after a village of another town is not in that village).

        >>> reg = PlaceRegistry()
        >>> village = reg.add(PlaceChunk(0, 6, segment("柳河镇黄家村")))
        >>> reg.nodes[reg.add(PlaceChunk(9, 15, segment("石门镇卫生院")), village)].parent is None
        True

        A site named after a community or village the report placed inside
        the context (`黄家村幸福院` in a paragraph whose context is the town
        the village lies in) is that unit's, as when the paragraphs run on
        (NEWCOMER52b):

        >>> town = reg.nodes[village].parent
        >>> reg.nodes[reg.add(PlaceChunk(20, 26, segment("黄家村幸福院")), town)].parent == village
        True
        """
        units = [n for n in self.nodes if n.level == "community" and n.id != context and len(top.text) > len(n.name)
                 and top.text.startswith(n.name) and context in self.ancestors(n.id)]
        if units:
            return max(units, key=lambda n: len(n.name)).id
        area = named_area(top.text)
        if area is None:
            return context
        pid = self._find(area, None)
        if pid == context:
            return context
        return pid if pid is not None and pid in self.ancestors(context) else None

    def own_name(self, node) -> str:
        """The node's name without its parent's name written before it
        (板岭镇中心卫生院 under 板岭镇 -> 中心卫生院): a generic place is labelled
        with its parent's name, and its own words are what tell it from its
        siblings (kg.extract.short_forms, kg.resolve).

        >>> from kg.extract.place_parse import parse_at
        >>> reg = PlaceRegistry()
        >>> reg.own_name(reg.nodes[reg.add(parse_at("板岭镇中心卫生院", 0))])
        '中心卫生院'
        """
        parent = self.nodes[node.parent] if node.parent is not None else None
        if parent is not None and node.name.startswith(parent.name) and len(node.name) > len(parent.name):
            return node.name[len(parent.name):]
        return node.name

    def most_specific(self, pids: list[int]) -> list[int]:
        """The places of the lowest level among `pids` (在A、B、C三个视察点 gives all three)."""
        if not pids:
            return []
        best = max(self.nodes[p].rank for p in pids)
        return [p for p in pids if self.nodes[p].rank == best]

    @staticmethod
    def _label(segments, i: int) -> str:
        """The leaf as written, with its parent's name when the leaf alone is generic."""
        seg = segments[i]
        # (a site numbered in its series is named by its parent too: 梅岭镇第二敬老院)
        # (and a numbered or sided part of a unit: 新华社区5号网格, 江湾街道东片区)
        numbered = seg.level == "site" and (ORDINAL.match(seg.text) is not None or UNIT_PART.fullmatch(seg.text) is not None)
        # (and a site in a numbered group, named with its group: 3组猕猴桃基地, group_site)
        numbered = numbered or (i > 0 and NUMBERED.fullmatch(segments[i - 1].text) is not None and segments[i - 1].text.endswith("组"))
        # (and a unit whose type word is one only after its parent's: 一五〇团三连, a Corps company)
        after_parent = i > 0 and suffix_at(seg.text, len(seg.text)) is None \
            and rest_suffix_at(segments[i - 1].text + seg.text, len(segments[i - 1].text)) is not None
        if i > 0 and (not has_proper_part(seg.text) or own_part(segments[i - 1], seg) or numbered or after_parent):
            return segments[i - 1].text + seg.text
        return seg.text.replace("“", "").replace("”", "")  # (“家站点” is labelled 家站点: quotes mark a name, they are none of it)


def named_area(text: str) -> Segment | None:
    """The district or town a single-segment site is named after
    (`石门镇卫生院` -> 石门镇, a subdistrict); None when its name opens with
    no area's name (`黄家村卫生室`, `金穗社区服务中心`).

    >>> named_area("石门镇卫生院").text
    '石门镇'
    >>> named_area("黄家村卫生室") is None
    True
    """
    for cut in range(2, len(text) - 1):
        hit = suffix_at(text, cut)
        if hit and hit[2] in AREAS and cut - hit[0] >= (2 if hit[2] == "district" else 1):
            if continues_name(text[cut:], hit[2]):
                continue
            return Segment(text[:cut], hit[1], hit[2])
    return None


def own_part(parent: Segment, seg: Segment) -> bool:
    """`望山村村史馆`, `云溪镇镇卫生院`: a part whose name opens with its parent's
    type word (村, 镇) is that place's own facility, named by the parent."""
    hit = suffix_at(parent.text, len(parent.text))
    return bool(hit) and parent.level in ADMIN and seg.text.startswith(parent.text[len(parent.text) - hit[0]:])


def park_zone(seg: Segment) -> bool:
    """Is `seg` an open space of an area's level (`place_suffixes.tsv`: 工业园区,
    经济开发区, type Venue, level subdistrict): a zone with its own committee and
    firms, which a county or town names (`都昌县工业园区`, `石门镇工业园区`)?  It
    is a place of its own, not a spot in the unit before its type word as a
    square is (`清泉社区广场` is 清泉社区).  Source: FAULTS45_p162 (the park was read
    as its county, and the county's visit pruned as coarse).

    >>> park_zone(Segment("都昌县工业园区", "Venue", "subdistrict")), park_zone(Segment("清泉社区广场", "Venue", "site"))
    (True, False)
    """
    return seg.type in OPEN_SPACES and seg.level in AREAS


def _without_open_space(segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """`清泉社区广场`, `柏溪村文化广场`: a generic open space (`OPEN_SPACES`)
    or room (`place_room_words.txt`: 杏林居民区活动室) written after a named place is a spot in it, and the dev gold names the
    place itself as the stop (the written form stays one of its labels).  The
    segments without it; `segments` unchanged otherwise.

    >>> [s.text for s in _without_open_space(segment("清泉社区广场"))]
    ['清泉社区']
    >>> [s.text for s in _without_open_space(segment("青罕镇农贸市场"))]
    ['青罕镇', '农贸市场']
    """
    last = segments[-1]
    room = pattern("place_room_words.txt", "(?:{})$").search(last.text)
    if last.type not in OPEN_SPACES and not room or heritage_site(last.text):
        return segments  # (红军医院旧址: what the site recalls, no place holding it)
    if not room and park_zone(last):
        return segments  # 都昌县工业园区: a zone of its own, no spot in the county (FAULTS45_p162)
    if room and len(segments) > 1 and room.start() > 0 and room.group(0) in suffixes()[0]:
        return segments  # 松涛社区|居民议事厅: a hall with words of its own is the owner's site (session 26); bare (X社区议事厅) a room
    if not room and last.text.endswith(words("place_market_words.txt")):
        # 青罕镇|农贸市场: a market is a site of its own (stalls, keepers), no spot in the town; so
        # is one named after an estate in one segment (康乐苑市场, as 康乐苑便民市场; session 56, names56)
        return segments
    if len(segments) > 1 and not has_proper_part(last.text) and not UNIT_PART.fullmatch(last.text):
        return segments[:-1]  # (a numbered part, 新华社区二网格, is a site of its own, no spot in the unit)
    hit = suffix_at(last.text, len(last.text))
    inner = segment(last.text[: len(last.text) - hit[0]]) if hit else None
    if hit and inner is None and last.type in OPEN_SPACES and hit[0] == 1:
        inner = segment(last.text[: len(last.text) - 2])  # 芦溪村果园: a one-character word + 园 after the place (果园, 菜园)
    if inner and is_named(inner) and inner[-1].type not in OPEN_SPACES:
        return segments[:-1] + inner  # one segment: the grammar did not cut a bare type word off
    return segments


def _without_estate_kind(segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """`幸福家园安置小区`, `康宁苑易地扶贫搬迁安置小区`: an estate written with the words of
    its kind (`place_generic_words.txt`: 易地, 扶贫; `place_unit_kinds.txt`: 安置, 搬迁) after
    a name that is an estate's already (幸福家园, 康宁苑) is named by that name (PLACES27:
    a name before a programme's words names the place); the whole written form stays one
    of its labels (`PlaceRegistry.add` keeps the chunk's text), as the gold may name it so.
    The segments with the leaf so named; `segments` unchanged otherwise.
    Source: RURAL31 (p87: 幸福里易地扶贫搬迁安置小区 was cut to 幸福里 before it was
    registered, so no label named the estate as written).

    >>> [s.text for s in _without_estate_kind(segment("城东街道康宁苑易地扶贫搬迁安置小区"))]
    ['城东街道', '康宁苑']
    >>> [s.text for s in _without_estate_kind(segment("金沙湾安置小区"))]
    ['金沙湾安置小区']
    """
    last = segments[-1]
    cut = work_on(last.text) if last.type == "HousingEstate" else None
    if cut is None:
        return segments
    inner = segment(last.text[:cut])
    if inner and len(inner) == 1 and is_named(inner) and inner[0].type == "HousingEstate":
        return segments[:-1] + inner
    return segments


# the report's place registry: created empty with the Doc, filled by the
# visit frame as it reads places (there is no separate "places" step)
set_extension("places", PlaceRegistry)
