"""The jurisdiction's name opening a post, read by the title's shape.

A county, district or town named before its post is written with its level
word, and the title after it opens with that level word again (青山县县长,
城关镇镇长) or with the level's organ (青山县委副书记, 青山县政府县长).  The
analyser reads most such names as places, but a name made of a verb's or a
preposition's characters (疏附, 比如, 对口, 在田, 治多) it reads as a verb, a
preposition or a word of its own (疏附/v|县/n|县长, 在/p|田县/LOC|县长), and
the post read from its words alone lost the name (县县长, 县委副书记).  The
shape decides, not the tags: two to four Han characters opening the post, the
level word, then its doubled title or organ.
"""

from __future__ import annotations

import re
from functools import cache

from kg.analyse import Token
from kg.corpus.mentions import ABOVE_DISTRICT
from kg.extract.lexicons import pattern, words
from kg.extract.place_suffixes import AREAS, LEVELS, PlaceChunk, Segment, suffix_at
from kg.extract.place_identity import identity
from kg.extract.place_proper_part import is_named, partner_phrase
from kg.extract.place_parse import parse_at
from kg.extract.places import PlaceRegistry
from kg.text import HAN

# the levels whose name a post may open with (PRC 县级 and 乡级: 区, 县, 市, 旗 and 镇, 乡)
LEVEL_CHARS = "区县市旗州盟镇乡"
# a name, its level word, then the title opening with the level word again (县县长, 镇副镇长:
# the head of that place) or the level's organ (县委, 县政府, 县人大: jurisdiction_organs.txt);
# a template of kg.extract.lexicons.pattern, the organs in its {}
NAMED_LEVEL = (
    f"(?P<name>[{HAN}]{{{{2,4}}}}?)(?P<level>[{LEVEL_CHARS}])"
    "(?P<organ>(?P=level)长|副(?P=level)长|(?P=level)委|{})")
# analyser tags of words that never make a place's name alone: function words (并与|县委书记,
# 随后|县委书记), a locative or a time (会上|县委副书记, 当天|县长), a number
FUNCTION_TAGS = frozenset({"p", "c", "d", "u", "r", "w", "xc", "f", "TIME", "m", "q"})


@cache
def _introducing_verbs() -> frozenset[str]:
    """Verbs whose object is an official (陪同县委书记, 邀请县委副书记, 带领县长):
    the word classes of such verbs (name_pivot_verbs.txt, companion_markers.txt,
    post_directive_verbs.txt, bring_words.txt)."""
    return frozenset().union(*(words(f) for f in ("name_pivot_verbs.txt", "companion_markers.txt",
                                                  "post_directive_verbs.txt", "bring_words.txt")))


@cache
def _organ_ends() -> frozenset[str]:
    """One-character heads of organisation names (organisation_heads.txt: 部, 局, 委):
    after a verb's characters they make them an organ's name (组织部长), not a verb."""
    return frozenset(w for w in words("organisation_heads.txt") if len(w) == 1)


@cache
def _level_words() -> frozenset[str]:
    """The jurisdictions' words a post opens with (post_levels.txt without 级:
    县, 社区, 街道, 嘎查), as kg.extract.official_posts.jurisdiction_words."""
    return frozenset(w[:-1] for w in words("post_levels.txt") if w.endswith("级") and len(w) > 1)


def named_jurisdiction_start(text: str, start: int, cut: int, toks: list[Token]) -> int:
    """Where a post whose candidate starts at `start` starts, when the words
    read from the analyser cut it at `cut`, at or right after a level word
    (区县市旗州盟镇乡): `start` when text[start:] is a jurisdiction's name of two
    to four Han characters, its level word, then that level's doubled title or
    organ (NAMED_LEVEL), and `cut` lies inside them (the words cut the name:
    在/p|田县/LOC|县长, 疏附县/v|县长, 于田县委/PER|副书记); else `cut`.  A verb
    whose object is an official (陪同县委书记: `_introducing_verbs`), a run
    holding a person's name (王海以区人大代表), or one whose word before the
    level word is a function word (并与|县委书记, 以|区人大代表: FUNCTION_TAGS;
    在 of 在/p|田县 is no word ending there) is no name, nor one whose level
    character ends a longer level word (与社区党委书记: 社区).  Source: NEWC28 3 (疏附/v|县/n|县长 gave the post 县县长).

    >>> from kg.analyse import Token
    >>> text = "疏附县县长王明"
    >>> named_jurisdiction_start(text, 0, 2, [Token("疏附", "v", 0, 2), Token("县", "n", 2, 3), Token("县长", "n", 3, 5)])
    0
    >>> text = "陪同县委副书记王明"
    >>> named_jurisdiction_start(text, 0, 2, [Token("陪同", "v", 0, 2), Token("县委", "ORG", 2, 4)])
    2
    """
    if cut <= start:
        return cut
    m = pattern("jurisdiction_organs.txt", NAMED_LEVEL).match(text, start)
    if not m or cut > m.end("organ"):
        return cut
    name = m.group("name")
    if name in _introducing_verbs():
        return cut
    if partner_phrase(name):
        return m.start("level")  # 而是和|镇人大主席: going along with the town's official, no town named so
    level = m.start("level")
    if any(len(w) > 1 and text.endswith(w, start, level + 1) for w in _level_words()):
        return cut  # 与社区党委书记: the level word is 社区, whose organ needs no name
    inside = [t for t in toks if start <= t.start and t.end <= level]
    if any(t.tag == "PER" for t in inside):
        return cut  # 王海|以|区人大代表: a person's name before the post, not a place's
    if inside and inside[-1].end == level and inside[-1].tag in FUNCTION_TAGS:
        return cut  # 以|区人大代表, 并与|县委, 随后|县委: a function word before the level word
    return start


@cache
def _introducing_verbs_longest_first() -> tuple[str, ...]:
    """`_introducing_verbs` of two characters or more, longest first (sorted once, not per call)."""
    return tuple(sorted((v for v in _introducing_verbs() if len(v) >= 2), key=len, reverse=True))


def after_introducing_verb(text: str, start: int, head: int, toks: list[Token] = ()) -> int:
    """Where a post whose candidate starts at `start` (its title's head at
    `head`) starts when a verb whose object is an official (`_introducing_verbs`:
    陪同, 带领, 邀请; two characters or more, as one-character ones are
    surnames and county names too: 随县, 率) opens it or stands across
    `start` (the analyser split it, 陪/v|同/LOC|县|县长, and the post's words
    took its second character): right after the verb; else `start`.  Not a
    verb's characters opening a longer word of the analyser's `toks`
    (组织部/n|部长: the organ's name, 组织 no verb there).

    >>> after_introducing_verb("调研，陪同县县长王明", 4, 6), after_introducing_verb("陪同沛县县长王明", 0, 4)
    (5, 2)
    >>> after_introducing_verb("随县县长王明", 0, 2)
    0
    >>> after_introducing_verb("组织部部长王明", 0, 3, [Token("组织部", "n", 0, 3), Token("部长", "n", 3, 5)])
    0
    >>> after_introducing_verb("县委常委、组织部长王明", 5, 7)  # 组织|部长 read as two words: 部 ends an organ
    5
    """
    verbs = _introducing_verbs_longest_first()
    # only the verbs written between the longest one's reach before `start` and `head` can match
    near = text[max(0, start - len(verbs[0]) + 1):head] if verbs else ""
    for verb in verbs:
        if verb not in near:
            continue
        for at in range(max(0, start - len(verb) + 1), start + 1):
            end = at + len(verb)
            if text.startswith(verb, at) and end <= head and not any(t.start < end < t.end for t in toks) \
                    and text[end:end + 1] not in _organ_ends():
                return end
    return start


def after_bare_level(text: str, start: int, head: int) -> int:
    """`head` when the post starting at `start` is a bare level word right
    before its own doubled title (陪同|县|县长, 带领|县|县长, 区|副区长: the
    place's head, the place not named; the post is 县长), else `start`.

    >>> after_bare_level("县县长王明", 0, 1), after_bare_level("区副区长", 0, 1), after_bare_level("沛县县长", 0, 2)
    (1, 1, 0)
    """
    level = text[start:start + 1]
    if level and level in LEVEL_CHARS and head == start + 1 and text.startswith((level, "副" + level), head):
        return head
    return start


def post_areas(post: str) -> tuple[Segment, ...]:
    """The areas (districts, counties, cities, towns, subdistricts: `AREAS`)
    a post opens with, top down, when a title follows the deepest of them:
    `长春市南关区区长` -> 长春市, 南关区; `安宁市梧桐街道党工委书记` -> 安宁市,
    梧桐街道.  () for a post naming no area (区长, 市委书记), only a site
    (青山中学校长), or a place below its areas (`梧桐街道新华社区党委书记`: a
    community's cadre hosts their community, and the tour's other places may
    lie in any subdistrict).  Raises nothing.

    >>> [s.text for s in post_areas("长春市南关区区长")], post_areas("区长")
    (['长春市', '南关区'], ())
    >>> post_areas("梧桐街道新华社区党委书记"), post_areas("青山中学校长")
    ((), ())
    """
    chunk = parse_at(post, 0)
    if chunk is None or chunk.end >= len(post) or not is_named(chunk.segments):
        return ()
    if any(seg.level not in AREAS for seg in chunk.segments):
        return ()
    return chunk.segments


def attach_under_post_areas(officials, places: PlaceRegistry) -> None:
    """Put each town, subdistrict, village or community of the report that has
    no parent (a name written alone: 来到南湖街道) inside the area the officials'
    posts name right above its level (长春市南关区区长王明来到南湖街道: 南湖街道 in
    南关区, and 南关区 in 长春市, as the post writes them), registering the
    post's areas as places.  An official tours the area of their post, and the
    PRC's levels say what holds what: a county's or district's towns and
    subdistricts, a town's or subdistrict's villages and communities.

    `officials`: the report's `OfficialInfo` (posts, first mention's offset),
    accompanying ones too (a town's secretary along on a county head's tour
    names the town the villages lie in).  Only when the posts name one area at
    that level (two districts' or two towns' heads: which place is whose is not
    written; a city above a district in one post is no second area), not a
    city's or prefecture's alone (枫原市市长: the district between is not
    written), and the report names no other area of that level and type word (来到临江县石门镇 in a
    青山县县长's report: the tour left the county).  Sites are left alone (a
    company, a school may lie anywhere the official went).  Source: HIERARCHY31
    (南湖街道 stood under no district though the lead's post named it).

    >>> from types import SimpleNamespace as O
    >>> r = PlaceRegistry(); pid = r.add(parse_at("来到南湖街道，", 2))
    >>> attach_under_post_areas([O(posts=["长春市南关区区长"], first=0)], r)
    >>> up = r.nodes[pid].parent; r.nodes[up].name, r.nodes[r.nodes[up].parent].name
    ('南关区', '长春市')
    """
    # (a city's, prefecture's or province's post, 枫原市市长, names the area above the district
    # a stop lies in, which is not written: the area is left to the linker, as for its officials,
    # kg.corpus.mentions.above_district; 长春市 above a written 南关区 is placed all the same)
    _bare_areas_under_post_chain(officials, places)
    chains = [(o.first, areas) for o in officials for areas in map(post_areas, o.posts)
              if areas and not areas[-1].text.endswith(ABOVE_DISTRICT)]
    orphans = [n for n in places.nodes if n.parent is None and n.level in ("subdistrict", "community")]
    if not chains or not orphans:
        return
    # an area another post writes below a named area is no second area of its level
    # (市委书记 of 长春市 and 区长 of 长春市南关区: 南关区 is the deeper, 长春市 above it)
    above = {identity(seg) for _, areas in chains for seg in areas[:-1]}
    leaves: dict[tuple[str, str, str], tuple[int, tuple[Segment, ...]]] = {}
    for first, areas in chains:
        if identity(areas[-1]) not in above:
            leaves.setdefault(identity(areas[-1]), (first, areas))
    for node in orphans:
        if node.parent is not None:
            continue
        below = [k for k in leaves if LEVELS[k[0]] < node.rank]
        if not below:
            continue
        level = max(LEVELS[k[0]] for k in below)
        at_level = [k for k in below if LEVELS[k[0]] == level]
        if len(at_level) != 1:
            continue  # two areas' officials: which place lies in which is not written
        first, areas = leaves[at_level[0]]
        if _another_area(places, areas):
            continue
        pid = places.add(PlaceChunk(first, first + sum(len(s.text) for s in areas), areas))
        if node.id != pid and node.id not in places.ancestors(pid):
            node.parent = pid


def _bare_areas_under_post_chain(officials, places: PlaceRegistry) -> None:
    """Put an area the report writes bare (南湖区召开会议, a place with no parent) under the
    areas a post writes above it (临江市南湖区区长: 临江市), registering them as places: the
    post names the chain, and the report's places under 南湖区 lie in 临江市 too.  Only a
    post's chain of two areas or more, only for the area the post writes below another,
    only when the report names no other area of the top area's level and type word
    (`_another_area`: 来到青川市…, the tour left the city), and never when the area
    already has a parent.  Shapes: officials (posts, first), registry -> None (the registry
    changed in place).  Source: session 56, place56 (a newcomer's 临江市南湖区区长 kept
    临江市 only inside the post).

    >>> from types import SimpleNamespace as O
    >>> r = PlaceRegistry(); pid = r.add(parse_at("南湖区召开会议", 0))
    >>> _bare_areas_under_post_chain([O(posts=["临江市南湖区区长"], first=9)], r)
    >>> r.nodes[r.nodes[pid].parent].name
    '临江市'
    """
    for o in officials:
        for areas in map(post_areas, o.posts):
            for j in range(1, len(areas)):
                bare = [n for n in places.nodes if n.parent is None and n.level == areas[j].level
                        and identity(Segment(n.name, n.type, n.level)) == identity(areas[j])]
                if bare and not _another_area(places, areas[:j]):
                    places.add(PlaceChunk(o.first, o.first + sum(len(s.text) for s in areas[: j + 1]), areas[: j + 1]))


def _another_area(places: PlaceRegistry, areas: tuple[Segment, ...]) -> bool:
    """Does the registry hold another area of the level of the post's deepest
    area, not one the post names: 临江县 beside a 青山县县长's 青山县, 青溪镇 beside
    a 石门镇党委书记's 石门镇 (any town or subdistrict), but a district only
    when written with the same type word (长春市 beside 南关区 is the city
    holding it, a level the analyser's `district` covers too)."""
    leaf = areas[-1]
    own = {identity(s) for s in areas}
    for node in places.nodes:
        if node.level != leaf.level or identity(Segment(node.name, node.type, node.level)) in own:
            continue
        if leaf.level == "district" and node.name[-1:] != leaf.text[-1:]:
            continue
        return True
    return False


@cache
def _county_words() -> frozenset[str]:
    return frozenset(words("place_county_words.txt"))


def county_level(seg: Segment) -> bool:
    """Is `seg` a county-level unit: a district-level place whose type word is a
    county's, a city district's or a banner's (`place_county_words.txt`: 雷山县,
    松江区, 正蓝旗), not a city's, a prefecture's or a new area's (凯里市, 浦东新区)?

    >>> [county_level(Segment(n, "District", "district")) for n in ("雷山县", "松江区", "凯里市", "泗泾新区")]
    [True, True, False, False]
    >>> county_level(Segment("西江镇", "Subdistrict", "subdistrict"))
    False
    """
    if seg.level != "district":
        return False
    hit = suffix_at(seg.text, len(seg.text))
    return bool(hit) and seg.text[len(seg.text) - hit[0]:] in _county_words()


def attach_under_one_county(officials, places: PlaceRegistry) -> None:
    """Put each town or subdistrict of the report that still has no parent (a
    name written alone: 来到丹江镇乌东村) inside the report's one county-level
    unit, when the report names exactly one (`county_level`), as a place
    (到雷山县西江镇调研) or in a post (`post_areas`: 台江县县长): a report tells
    one county's tour unless it names another.  Never when it names two (到雷山县
    西江镇…来到台江县: which county holds the town is not written), and never
    into a city or a new area (not county-level: a city's towns lie in its
    districts).  Run after `attach_under_post_areas`, which places the towns of
    a post's county first.  Villages and sites are left to the town they are
    written in.  docs/corpus.md promises the same to the linker's chains
    (kg.corpus.link.Linker.in_jurisdiction).  Source: LEFT33 item 1.

    >>> from types import SimpleNamespace as O
    >>> def town_in(*written):
    ...     r = PlaceRegistry(); pids = [r.add(parse_at(w, 0)) for w in written]
    ...     attach_under_one_county([O(posts=["县长"])], r); up = r.nodes[pids[-1]].parent
    ...     return up is not None and r.nodes[up].name
    >>> town_in("雷山县西江镇", "丹江镇"), town_in("雷山县西江镇", "台江县", "丹江镇")
    ('雷山县', False)
    """
    counties = {identity(Segment(n.name, n.type, n.level)): n.id for n in places.nodes
                if county_level(Segment(n.name, n.type, n.level))}
    posted = {identity(seg) for o in officials for post in o.posts for seg in post_areas(post) if county_level(seg)}
    if len(counties) != 1 or posted - set(counties):
        return
    county = next(iter(counties.values()))
    for node in places.nodes:
        if node.parent is None and node.level == "subdistrict" and node.type == "Subdistrict" \
                and node.id != county and node.id not in places.ancestors(county):
            node.parent = county
