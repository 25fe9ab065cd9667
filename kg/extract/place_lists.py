"""Lists of places and the phrases an item of one may be (`A、B和C`, `位于X的一处Y`).

Reads a text and a position and gives the places written there as chunks
(`parse_list`): a list of names sharing their parents or a type word
(`A和B四个街道`), the set members after a dash (`X的两个项目——A和B`), and an
item's own forms (a possessive, a locative, a determiner, a description
named after a dash), each item read by `place_parse`.

>>> [c.text for c in parse_list("走访了东湖村、西湖村", 3)]
['东湖村', '西湖村']
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract.lexicons import alternation, compile_words, kind_words, pattern, words
from kg.extract.place_parse import _parse_at, parse_at
from kg.extract.place_proper_part import covered, determiners, generic_words, is_named, road_name
from kg.extract.place_segments import lower_listed_areas, on_street, segment, split_peer_townships
from kg.extract.place_suffixes import ADMIN, CLASSIFIERS, LEVELS, NUMERAL, PlaceChunk, Segment, suffix_at, suffix_of, suffix_type
from kg.extract.place_window import LIST_JOINERS, NAME_CHARS, joins_units, name_window
from kg.text import HAN

LIST_SEP = re.compile("、|" + alternation(words("place_list_joins.txt")))  # 、 and place_list_joins.txt

# after a listed place, words that do not end the list: a site in it (幸福小区加装电梯现场)
# or a quoted name of a room in it (松涛小区“书记工作室”)
SITE_TAIL = re.compile(r"[^，。；、和及与\s]{1,8}?(?:现场|工地)|“[^”，。]{1,16}”")
# the words of a part of a listed place the grammar cannot name (…隐患点), up to the next separator
PART_GAP = re.compile(r"[^，。；：、和及与\s的]{1,8}")

# the type words a list's items share (`place_shared_type_words.tsv`), longest first: after 等,
# after a count
SHARED_TYPES = alternation(sorted(kind_words("place_shared_type_words.tsv", "etc"), key=len, reverse=True))
COUNTED_TYPES = alternation(sorted(kind_words("place_shared_type_words.tsv", "count"), key=len, reverse=True))
QUANTIFIED = re.compile(rf"([一二三四五六七八九十两\d]+)个({COUNTED_TYPES})")
# 云溪、青石两镇: without 个 only after a list (罗湾六村, 第三社区 are names)
# 鹭岛锦苑、翠湖湾、梧桐苑等小区: a list closed by 等 and the type word its items share
QUANTIFIED_ETC = re.compile(rf"等(?:([一二三四五六七八九十两\d]+)个)?({SHARED_TYPES})(?![{HAN}]{{0,3}}[站室馆院场园所])")
QUANTIFIED_BARE = re.compile(r"(?<=[^\d一二三四五六七八九十两第])([两二三四五六七八九十])(街道|镇|乡|社区|村)")
LOCATED_OF = re.compile(r"[^，。；的\s]{1,12}的")
# (an area's bare type word may say whose: 街道辖区的X, `place_own_area_holders.txt`; session 41)
IN_OWN_AREA = re.compile(rf"(?:{alternation(words('place_own_area_holders.txt'))})?(?:{alternation(words('place_own_area_words.txt'))})(?:内|里)?的?")
# after a place: X辖区内的Y, X内的Y, X的(一处)Y
# (or a verb of jurisdiction, `place_jurisdiction_words.txt`: X下辖的Y, X所辖的Y; FAULTS45_p164)
INSIDE_OF = re.compile(rf"(辖区|{alternation(words('place_jurisdiction_words.txt'))})?([内里中])?的")
# one place inside another (X的一处Y); a plural (X的两个项目——A和B) names a set instead
SINGLE = re.compile(r"[一这那][个处家座所片栋幢]?")

# a count of more than one (两家, 几个, 多处): what follows is a set, not one place
PLURAL_COUNT = re.compile(f"[两二三四五六七八九十几多数]+[{CLASSIFIERS}]")
SET_THEN_MEMBERS = re.compile(f"的{NUMERAL}+[{CLASSIFIERS}][^，。；]{{0,12}}?(?:——|：|:)")

# after a name: the mark of a news source (本报讯, X融媒体中心讯), not a place
BYLINE = "讯"


def parse_list(text: str, pos: int, limit: int | None = None) -> list[PlaceChunk]:
    """Places written as a list: `A、B和C`, `A和B四个街道`, `A的两个项目——B和C`;
    a twofold area listed with towns is one of their level (`lower_listed_areas`).
    A new list each call (the caller may change it); the chunks are frozen."""
    return list(_listed(text, pos, limit))


# (a sixth of the ~31 calls a report repeat one made before, by another frame reading the same
# clause; a function of its arguments and the lexicons, as `_parse_at` is.  Bounded: a few
# reports' calls, so a benchmark cycling reports finds none of the previous cycle)
@lru_cache(maxsize=256)
def _listed(text: str, pos: int, limit: int | None) -> tuple[PlaceChunk, ...]:
    """`parse_list`'s chunks, remembered for the last 256 calls."""
    return tuple(lower_listed_areas(split_peer_townships(_parse_list(text, pos, limit))))


def list_items(listed: str) -> list[str]:
    """The items of a list of bare names written before a shared type word (团结、和平等村):
    `listed` cut at its separators (`LIST_SEP`), but not at a joiner that opens a name word
    (`place_name_words.txt`: 和平, 和谐) nor at one right after another separator (、和…: a
    list item opens there); empty items dropped.

    >>> list_items("团结、和平"), list_items("红旗和胜利"), list_items("和美、同心")
    (['团结', '和平'], ['红旗', '胜利'], ['和美', '同心'])
    """
    items, start, last_end = [], 0, -1
    for sep in LIST_SEP.finditer(listed):
        if sep.group(0) != "、" and (sep.start() in (0, last_end) or pattern("place_name_words.txt").match(listed, sep.start())):
            continue  # (a joiner opening an item is the name's first character)
        items.append(listed[start:sep.start()])
        start = last_end = sep.end()
    items.append(listed[start:])
    return [i for i in items if i]


def _count(numeral: str) -> int | None:
    """The value of a list's count (`两`, `三`, `11`); None when not one character or digits.

    >>> _count("两"), _count("11"), _count("十二")
    (2, 11, None)
    """
    if numeral.isdigit():
        return int(numeral)
    k = "零一二三四五六七八九十".find(numeral.replace("两", "二"))
    return k if len(numeral) == 1 and k >= 0 else None


def _parse_list(text: str, pos: int, limit: int | None = None) -> list[PlaceChunk]:
    """`parse_list` before the items' levels are read together."""
    limit = limit or len(text)
    clause = re.match(r"[^，。；：！？\n]*", text[pos:limit]).group(0)
    found = [m for m in (QUANTIFIED_ETC.search(clause), QUANTIFIED.search(clause)) if m]
    q = min(found, key=lambda m: m.start()) if found else None
    if not q:
        q = QUANTIFIED_BARE.search(clause)
        if q and (not LIST_SEP.search(clause, 0, q.start()) or clause.startswith(q.group(2), LIST_SEP.search(clause).start() - len(q.group(2)))):
            q = None  # (丰收新村和丰收二村: the first item has the type word already, so 二村 is a name, not a count)
        elif q and _count(q.group(1)) != len(list_items(clause[: q.start()])):
            q = None  # (A公园、泗泾路九村: a count must count the items listed, so 九村 is a name)
    if q and q.group(1) and (n := _count(q.group(1))) is not None and n != len(list_items(clause[: q.start()])):
        q = None  # (石岭镇共有6个村, X村由11个自然村组成: a count that counts no items listed is a statistic)
    if q and (opened := pattern("place_type_char_words.txt").match(clause, q.start(2))) and opened.end() > q.end(2):
        q = None  # (供暖不热、饮水浑浊等村民意见: 村 opens 村民, the list is of complaints, no villages)
    if q:
        opener = LIST_SEP.match(clause)  # (和睦街道两个社区: no list opens with a joiner, 和 begins the name)
        head = opener.end() if opener else 0
        # 石门村(下辖)的青坑、岭头两个自然村: a named area, then 的, owns the counted items listed after it
        owner = _parse_at(clause, head, q.start()) if not opener else None
        inside = owner and owner.leaf.level in ADMIN and INSIDE_OF.match(clause, owner.end, q.start())
        if inside and is_named(owner.segments) and LIST_SEP.search(clause, inside.end(), q.start()):
            head = inside.end()
        else:
            owner = None
        items = list_items(clause[head: q.start()])
        if owner is None:
            items[:1] = [clause[:head] + i for i in items[:1]]
        suffix = q.group(2)
        if any(_states_problem(item) for item in items):
            items = []  # (路面坑洼、积水严重等村: a list of complaints is named by no shared type word)
        chunks = []
        cursor = pos
        for item in items:
            # 潍坊新村、洋泾两个街道: the shared suffix completes bare names only
            segs = segment(item)
            if not segs or not is_named(segs) or segs[-1].type != suffix_type(suffix):
                segs = segment(item if item.endswith(suffix) else item + suffix)
                if segs and not item.endswith(suffix) and segs[-1].level == "site":
                    # 翠竹坊和听涛阁两个小区: a site's name is as written, the
                    # shared word gives its type (洋泾两个街道 → 洋泾街道, the full name)
                    last = segs[-1]
                    # (大寨、坡脚等村民组: a group's own short type word, 组, is its name's end: 大寨组)
                    short = suffix[-1] if len(suffix) > 1 and suffix_type(suffix[-1]) == last.type else ""
                    segs = segs[:-1] + (Segment(last.text[: -len(suffix)] + short, last.type, last.level),)
            at = text.find(item, cursor)
            cursor = at + len(item)
            if name_window(item, 0) != item:
                break  # 区长王明到云溪: an item holding a stop or a verb is no name
            if segs and is_named(segs):
                chunks.append(PlaceChunk(at, at + len(item), (owner.segments if owner else ()) + segs))
        if len(chunks) == len(items) and chunks:
            return chunks
    if shared := _sharing_type_word(text, pos, limit, clause):
        return shared
    chunks = []
    cursor = pos
    while cursor < limit:
        chunk = _parse_item(text, cursor, limit)
        if not chunk and chunks and len(chunks[-1].segments) > 1:
            chunk = _item_in_parent(text, cursor, limit, chunks[-1].segments[:-1])
        if not chunk:
            break
        chunks.append(chunk)
        cursor = chunk.end
        site = SITE_TAIL.match(text, cursor, limit)  # 幸福小区加装电梯现场、…
        if site:
            cursor = site.end()
        cursor = work_tail_end(text, cursor, limit)  # X社区积水点改造工程和Y路…: the place's work, the list goes on
        sep = LIST_SEP.match(text, cursor)
        if sep and pattern("place_name_words.txt").match(text, cursor) and not joins_units(text, cursor):
            sep = None
        if not sep:
            sep = _sep_after_part(text, chunk, limit)
        if not sep:
            # `X的两个惠民项目——A和B` / `X的几处点位：A、B`: a set counted by a
            # quantifier, then its members after a dash or colon, inside X
            m = SET_THEN_MEMBERS.match(text, cursor, limit)
            if m and len(chunks) == 1:
                inner = parse_list(text, m.end(), limit)
                if inner:
                    return [PlaceChunk(c.start, c.end, chunks[0].segments + c.segments) for c in inner]
            break
        cursor = sep.end()
    # `云溪镇和美家园、安宁家苑和翠屏C区`: later items share the first one's parents
    if len(chunks) > 1 and len(chunks[0].segments) > 1:
        parents = chunks[0].segments[:-1]
        chunks = [chunks[0]] + [
            PlaceChunk(c.start, c.end, _above(parents, c.segments[0]) + c.segments) if len(c.segments) == 1 else c
            for c in chunks[1:]
        ]
    return chunks


# bare names listed with 、 before the last item: two or three letters each (古南、文龙街道)
BARE_ITEMS = re.compile(f"(?:[{HAN}]{{2,3}}、)+")


def _sharing_type_word(text: str, pos: int, limit: int, clause: str) -> list[PlaceChunk]:
    """`古南、文龙街道`, `红旗、胜利两村`-less lists: bare names (no type word, two or three
    letters) listed before a last item that is one administrative unit written with its type
    word share that type word, as the count form does (`A和B四个街道`): 古南街道 and
    文龙街道.  Each shared name must be a named unit of the same level (`is_named`; 城市、
    农村社区 lists no names).  [] for any other shape.

    >>> [c.leaf.text for c in _sharing_type_word("古南、文龙街道调研", 0, 9, "古南、文龙街道调研")]
    ['古南街道', '文龙街道']
    >>> _sharing_type_word("老旧、文龙街道", 0, 7, "老旧、文龙街道")
    []
    """
    m = BARE_ITEMS.match(clause)
    if not m:
        return []
    last = _parse_item(text, pos + m.end(), limit)
    if last is None or len(last.segments) != 1 or last.leaf.level not in ADMIN:
        return []
    hit = suffix_at(last.leaf.text, len(last.leaf.text))
    if not hit or hit[0] >= len(last.leaf.text):
        return []
    suffix = last.leaf.text[-hit[0]:]
    chunks, cursor = [], pos
    for item in clause[: m.end()].split("、")[:-1]:
        segs = segment(item + suffix)
        if suffix_at(item, len(item)) or name_window(item, 0) != item or not segs or len(segs) != 1 \
                or segs[0].level != last.leaf.level or not is_named(segs) or _states_problem(item):
            return []
        chunks.append(PlaceChunk(cursor, cursor + len(item), segs))
        cursor += len(item) + 1
    return chunks + [last]


def _above(parents: tuple[Segment, ...], item: Segment) -> tuple[Segment, ...]:
    """The shared `parents` a later list item lies in: those of a higher level than
    the item (`LEVELS`).  清湖社区党群服务中心和景龙社区: the second community shares
    the first one's street, never the first community itself (a community holds
    no community).

    >>> q, j = Segment("清湖社区", "ResidentsCommittee", "community"), Segment("景龙社区", "ResidentsCommittee", "community")
    >>> _above((q,), j)
    ()
    """
    kept = list(parents)
    while kept and LEVELS[kept[-1].level] >= LEVELS[item.level]:
        kept.pop()
    return tuple(kept)


@cache
def _problem_words() -> re.Pattern:
    """The problem predicates and trouble words of two characters or more
    (`issue_problem_words.txt`: 破损, 坑洼, 不亮; `issue_trouble_words.txt`: 严重),
    the issue frame's own word classes: one character (难, 少, 坏) is as often
    part of a name (少华村), so it is left out, and so are the request markers
    (`issue_clause_markers.tsv` request: 希望, 期盼), no adverse state and a
    common name (希望村)."""
    requests = set(kind_words("issue_clause_markers.tsv", "request"))
    return compile_words(w for f in ("issue_problem_words.txt", "issue_trouble_words.txt")
                         for w in words(f) if len(w) > 1 and w not in requests)


def _states_problem(item: str) -> bool:
    """Does a list item state a problem (`路面坑洼`, `积水严重`, `路灯不亮`)?  Such an item
    before a shared type word (`等村`, `两个小区`) is a complaint, never a place's name:
    the type word is not written after it, so nothing but the item says it is a name.
    Source: PLACES31 (a list of complaints before 等村民意见 read as villages).

    >>> _states_problem("路面坑洼"), _states_problem("青山")
    (True, False)
    """
    return bool(_problem_words().search(item))


def _item_in_parent(text: str, pos: int, limit: int, parents: tuple[Segment, ...]) -> PlaceChunk | None:
    """`桃源村一组、二组和三组`, `桃源村党群服务中心、卫生室`: a list item written
    without the place it lies in, which the item before it named (its
    `parents`): a numbered part or a generic facility, read with the parents'
    names before it.  Only a place lower than the last parent (a village's
    group, a community's facility), never one the item names by itself.

    >>> [c.text for c in parse_list("桃源村一组、二组", 0)]
    ['桃源村一组', '桃源村二组']
    """
    window = name_window(text, pos, limit)
    sep = next((m for m in LIST_SEP.finditer(window) if not pattern("place_name_words.txt").match(window, m.start())), None)
    item = window[: sep.start()] if sep else window
    written = "".join(seg.text for seg in parents)
    own = _parent_type_opening(parents[-1], item)
    for end in range(len(item), 1, -1):
        hit = suffix_at(item, end)
        if not hit or LEVELS[hit[2]] <= LEVELS[parents[-1].level]:
            continue
        name = written + item[own:end]
        segs = segment(name)
        if segs and is_named(segs) and "".join(seg.text for seg in segs) == name:
            return PlaceChunk(pos, pos + end, segs)
    return None


def _parent_type_opening(parent: Segment, item: str) -> int:
    """The length of the parent's own type word opening a list item
    (`苏木卫生院` after `额尔登苏木…`, `镇卫生院` after `石门镇…`): there the type
    word stands for the parent itself (the town's clinic), so the item is
    named with the parent once (石门镇卫生院), not twice (石门镇镇卫生院).
    0 when the item opens otherwise or is that type word alone.

    >>> _parent_type_opening(Segment("石门镇", "Subdistrict", "subdistrict"), "镇卫生院")
    1
    >>> _parent_type_opening(Segment("石门镇", "Subdistrict", "subdistrict"), "村卫生室")
    0
    """
    hit = suffix_at(parent.text, len(parent.text))
    if not hit or hit[0] >= len(parent.text):
        return 0
    word = parent.text[-hit[0]:]
    return len(word) if item.startswith(word) and len(item) > len(word) else 0


def _sep_after_part(text: str, chunk: PlaceChunk, limit: int) -> re.Match | None:
    """`梅林村地质灾害隐患点和樟树湾镇中心小学`: a part of the place the grammar
    cannot name (no type word on the list) before the list goes on.  The list
    separator after it, when the words between hold no stop word or verb (they
    lie in the first item's name window) and a place follows the separator."""
    window_end = chunk.start + len(name_window(text, chunk.start, limit))
    gap = PART_GAP.match(text, chunk.end, min(limit, window_end + 1))
    if not gap:
        return None
    sep = LIST_SEP.match(text, gap.end(), limit)
    item = sep and _parse_item(text, sep.end(), limit)
    if not sep or gap.end() > window_end or not item or _one_character_name(item.segments[0].text):
        return None  # (东湖街道永和路社区: no item is named by one character, 路社区, so 和 is inside the name)
    if _joiner_in_name(text, chunk, sep, limit):
        return None  # 浦锦街道浦江瑞和城居民区: 和 is inside the community's name
    if determiners().match(text, chunk.end) and len(item.segments) == 1 and item.segments[0].level not in ADMIN:
        # 黎明街道部分老旧小区和换热站: the determiner before the first conjunct scopes over the
        # next (部分[老旧小区和换热站]): a class of sites, no site named (session 46, fplace)
        return None
    return sep


# the longest run of name characters left before a joiner that may open a name
# with it (浦江瑞|和城居民区, 春|和景明居民区): a place's own name is short;
# a longer run before 和 is a part described in words (梅林村地质灾害隐患点|和…)
NAME_FRAGMENT = 4


def _joiner_in_name(text: str, left: PlaceChunk, sep: re.Match, limit: int) -> bool:
    """Is the joiner `sep` (和, 及: `LIST_JOINERS`) inside the name of the place
    written after the complete place `left`, not between two list items?  A
    joiner joins two complete place names, each ending in its type word
    (`place_suffixes.tsv`).  Here the words between `left` and the joiner
    (at most `NAME_FRAGMENT` name characters) end in no type word, and they,
    the joiner and what follows read as one named place below `left`'s level:
    `浦锦街道|浦江瑞和城居民区`, `浦锦街道|春和景明居民区`, `X街道|瑞和城第一居民区`.
    A unit of `left`'s level or higher after the joiner opens a new item
    (a unit never lies in one of its own level: `梅林村…和樟树湾镇中心小学`).
    Source: VISITS31 2, a newcomer's finding (the community was cut at 和 to
    a made-up `城第一居民区`, or lost, the visit going to the subdistrict).

    >>> t = "浦锦街道浦江瑞和城居民区"
    >>> _joiner_in_name(t, parse_at(t, 0, 4), LIST_SEP.search(t), len(t))
    True
    >>> t = "青山镇石桥村和平安社区"
    >>> _joiner_in_name(t, parse_at(t, 0, 6), LIST_SEP.search(t), len(t))
    False
    """
    if sep.group(0) not in LIST_JOINERS:
        return False
    fragment = text[left.end:sep.start()]
    if not 0 < len(fragment) <= NAME_FRAGMENT or not NAME_CHARS.fullmatch(fragment) or suffix_at(text, sep.start()):
        return False
    whole = parse_at(text, left.end, limit)
    if whole is None or whole.start != left.end or whole.segments[0].text != text[left.end:left.end + len(whole.segments[0].text)]:
        return False
    first = whole.segments[0]
    return left.end + len(first.text) > sep.end() and is_named((first,)) \
        and LEVELS[first.level] > LEVELS[left.leaf.level]


def work_tail_end(text: str, pos: int, limit: int) -> int:
    """Where the generic work written right after a listed place ends (common words, then a
    work's type word, `place_work_words.txt`: 积水点改造工程, 微更新项目), so the list goes on
    after it (察看了X社区积水点改造工程和Y路排水管网施工现场: two stops); `pos` when no work
    follows.  Source: FAULTS45_p164 (the work cut off the first item ended the list).

    >>> work_tail_end("积水点改造工程和青松路", 0, 11), work_tail_end("和青松路", 0, 4)
    (7, 0)
    """
    works = words("place_work_words.txt")
    for k in range(0, 7):
        if pos + k >= limit:
            break
        word = next((w for w in works if text.startswith(w, pos + k)), None)
        if word and (k == 0 or covered(text[pos:pos + k])) and pos + k + len(word) <= limit:
            return pos + k + len(word)
    return pos


def _one_character_name(segment_text: str) -> bool:
    """Is the segment a one-character name before its type word (路社区)?

    >>> _one_character_name("路社区"), _one_character_name("永和路社区")
    (True, False)
    """
    hit = suffix_of(segment_text)
    return hit is not None and len(segment_text) - hit[0] == 1


def _parse_item(text: str, pos: int, limit: int) -> PlaceChunk | None:
    """One list item, with the locative frames around it.

    `位于X的(一处)Y` and `X辖区内的Y` give Y inside X; `辖区内的Y` (the
    report's own area) gives Y; `X及周边区域` keeps X.
    """
    area = IN_OWN_AREA.match(text, pos, limit)
    if area:
        pos = area.end()
    pos = possessive_end(text, pos, limit)  # 我们朝阳社区: 朝阳社区
    pos = unit_locative_end(text, pos, limit)  # 村里的X合作社: X合作社
    pos = appositive_end(text, pos, limit)  # 安置小区河湾新村: 河湾新村
    if named := dash_named(text, pos, limit):
        return named  # 社区的“长者食堂”试点——槐北社区幸福餐厅: the place the dash names
    beside = pattern("place_beside_words.txt").match(text, pos, limit)
    of = beside and LOCATED_OF.match(text, beside.end(), limit)
    if of:  # 紧邻项目的双桥巷小区: the place beside another, written before it
        return parse_at(text, skip_determiner(text, of.end(), limit), limit)
    located = pattern("place_located_verbs.txt").match(text, pos, limit)
    if located:
        pos = located.end()
    chunk = _parse_single(text, pos, limit)
    if not chunk or _bare_locative().match(text, chunk.end, limit):
        # 联络站旁的X小学: the place beside the first one, not the first one
        near = _near_place(text, pos, limit)
        if near:
            return near
    of = LOCATED_OF.match(text, pos, limit) if located else None
    if of and (not chunk or chunk.end < of.end() - 1):
        # 位于青枫路的Y: the location is no place we know; 位于X二楼的Y: X is only where Y is
        inner = parse_at(text, skip_determiner(text, of.end(), limit), limit)
        if inner or not chunk:
            return inner
    if not chunk or text.startswith(BYLINE, chunk.end):
        return None  # 西岭区融媒体中心讯: the report's source (a byline), no place in it
    inside = INSIDE_OF.match(text, chunk.end, limit)
    if inside and PLURAL_COUNT.match(text, inside.end(), limit) and not SET_THEN_MEMBERS.match(text, chunk.end, limit):
        return chunk  # X内的两家超市: several unnamed things in X; the stop is X
    # 青枫高新区的云帆公司, 光华社区的永春小区: a named place in an administrative area lies in it (not a counted set: X的两个项目——A和B)
    area = chunk.leaf.level in ADMIN and inside is not None and not determiners().match(text, inside.end(), limit)
    # 谈固东街的东风里小区, 和平街的幸福小区: a street (a road's type word closing a site's name:
    # `place_lane_words.tsv`) holds the named place written after its 的, the stop (FAULTS38_p126)
    street = inside is not None and on_street(chunk.leaf) and not determiners().match(text, inside.end(), limit)
    if inside and (located or area or street or inside.group(1) or inside.group(2) or SINGLE.match(text, inside.end(), limit)):
        inner = parse_at(text, appositive_end(text, skip_determiner(text, inside.end(), limit), limit), limit)
        if inner and (not street or is_named((inner.leaf,))):
            return PlaceChunk(inner.start, inner.end, chunk.segments + inner.segments)
        if inner is None and area and inside.group(1) and (road := road_in_area(text, inside.end(), limit)):
            return PlaceChunk(chunk.start, road.end, chunk.segments + road.segments)
    return chunk


# a named road closing its phrase after an area's jurisdiction (X街道辖区内的遵义路，)
ROAD_CLOSED = re.compile(rf"([{HAN}]{{2,5}}?(?:{alternation(words('place_road_words.txt'))}))(?=[，,。；;：:])")


def road_in_area(text: str, pos: int, limit: int | None = None) -> PlaceChunk | None:
    """A named road (`place_road_words.txt`: 路, 大街, 大道; `road_name`) at `pos`, right
    after an area's jurisdiction (`X街道辖区内的`, `X镇所辖的`), closing its phrase (a
    comma or a stop follows): the road is the place in the area the report sets its
    scene at (X街道辖区内的遵义路，工程已进入…), a site of unknown kind (`TAGGED_TYPE`),
    as a road walked along is (`road_walked`).  A road is no type word elsewhere: a road
    written in passing (家住X路, X路与Y路交叉口) is read as before.  None otherwise.
    Source: session 56, names56 (p212: the area was the stop, the road the gold's).

    >>> road_in_area("天河街道辖区内的青柳路，工程已开工", 8).text
    '青柳路'
    >>> road_in_area("天河街道辖区内的道路，", 8) is None, road_in_area("天河街道辖区内的青柳路口", 8) is None
    (True, True)
    """
    m = ROAD_CLOSED.match(text, pos, len(text) if limit is None else limit)
    if m is None or not road_name(m.group(1)) or segment(m.group(1)) is not None:
        return None
    return PlaceChunk(pos, m.end(1), (Segment(m.group(1), "Place", "site"),))


def possessive_end(text: str, pos: int, limit: int | None = None) -> int:
    """Where a named place starts after a possessive first-person pronoun at `pos`
    (`place_possessive_pronouns.txt`: 我们, 咱们, 俺们, with or without 的): the
    pronoun is no part of the name (来到我们朝阳社区 -> 朝阳社区; read as one name,
    its opening 我 made it a determiner phrase, no place).  `pos` when no such
    pronoun, or when no named place follows it (我们村, 咱们社区: the speaker's
    unit, generic as before).  Source: NCFIX33 3, a newcomer's finding.

    >>> possessive_end("我们朝阳社区，", 0), possessive_end("咱们的白沙村", 0), possessive_end("我们村", 0)
    (2, 3, 0)
    """
    m = _possessive().match(text, pos, len(text) if limit is None else limit)
    if not m:
        return pos
    chunk = _parse_at(text, m.end(), limit)
    return m.end() if chunk is not None and chunk.start == m.end() and is_named(chunk.segments) else pos


@cache
def _possessive() -> re.Pattern:
    return pattern("place_possessive_pronouns.txt")


@cache
def _unit_locative() -> re.Pattern:
    return pattern("place_unit_locatives.txt", "(?:{})的")


def unit_locative_end(text: str, pos: int, limit: int | None = None) -> int:
    """Where a named place starts after a locative modifier at `pos`: a bare unit
    type word, a locative (`place_unit_locatives.txt`) and 的 (村里的X合作社,
    镇上的X敬老院, 社区里的X服务站: the one in the unit the report is at, a
    determiner, not a place of its own); `pos` when there is none.
    Source: FAULTS29 kind 10 (村里的 before a named cooperative hid it).

    >>> unit_locative_end("村里的青禾合作社", 0), unit_locative_end("社区里的便民服务站", 0)
    (3, 4)
    >>> unit_locative_end("青禾村里的合作社", 0), unit_locative_end("村里的老人", 0)
    (0, 3)
    """
    end = len(text) if limit is None else limit
    for k in range(min(3, end - pos), 0, -1):
        hit = suffix_at(text[pos:pos + k], k)
        if hit and hit[0] == k and (m := _unit_locative().match(text, pos + k, end)):
            return m.end()
    return pos


def unit_locative_word(text: str, pos: int) -> tuple[int, str] | None:
    """(start, type word) of the bare unit type word of a unit-locative determiner
    ending right at `pos`, where a named place starts (察看了社区内的|X新村: (3, "社区");
    走进村里的|Y合作社), the unit the report is at holding the place named after it;
    None when there is none, or the type word ends a name written before it (青禾村里的|Y:
    a named village, read by the place parser itself).

    >>> unit_locative_word("察看了社区内的渔港新村", 7), unit_locative_word("察看了渔港新村", 3)
    ((3, '社区'), None)
    """
    for start in range(max(0, pos - 6), pos - 2):
        if unit_locative_end(text, start, pos) != pos:
            continue
        end = next(start + k for k in (3, 2, 1) if (hit := suffix_at(text[start:start + k], k)) and hit[0] == k
                   and _unit_locative().match(text, start + k, pos))
        for a in range(max(0, start - 8), start):
            named = _parse_at(text, a, end)
            if named is not None and named.start == a and named.end == end and is_named(named.segments):
                return None
        return start, text[start:end]
    return None


# the longest generic class phrase read before a named place in apposition (易地搬迁安置小区)
APPOSITIVE_HEAD = 10


def appositive_end(text: str, pos: int, limit: int | None = None) -> int:
    """Where a named place starts after a generic class phrase in apposition at `pos`:
    a phrase ending in a type word of two letters or more that names no place itself
    (`is_named`: 安置小区, 易地搬迁安置小区, 老旧小区; no determiner phrase) written right before a named place (安置小区河湾新村:
    the estate 河湾新村, of the kind 安置小区).  Read as one name, the generic opening made
    the whole of it generic, no place.  `pos` when there is no such phrase or no named
    place after it.  Source: session 36 (p113: 来到X村的易地搬迁安置小区Y新村).

    >>> appositive_end("安置小区河湾新村，", 0), appositive_end("易地搬迁安置点", 0), appositive_end("河湾新村小区", 0)
    (4, 0, 0)
    """
    if determiners().match(text, pos, len(text) if limit is None else limit):
        return pos  # 各居民区推行…: a determiner phrase counts places, names none in apposition
    window = name_window(text, pos, limit)  # (街道在各居民区: a stop word ends the head)
    for k in range(min(APPOSITIVE_HEAD, len(window)), 1, -1):
        hit = suffix_at(text[pos:pos + k], k)
        if not hit or hit[0] < 2 or hit[0] >= k or not (segs := segment(text[pos:pos + k])) or is_named(segs):
            continue  # (a one-letter type word ends a generic head by chance: 书记镇|长进村)
        if LIST_SEP.match(text, pos + k):
            continue  # 服务中心和X车间: a list of two places, no apposition
        chunk = _parse_at(text, pos + k, limit)
        if chunk is not None and chunk.start == pos + k and len(chunk.text) > hit[0] + 1 and is_named(chunk.segments):
            return pos + k
    return pos


# a description of one place (no clause break, no list) and the dash that names it
DASH_NAMED = re.compile(r"[^，,。；;：:、！？!?\s—]{1,20}——")


def dash_named(text: str, pos: int, limit: int | None = None) -> PlaceChunk | None:
    """`全县首个智慧农业示范基地——青禾农场`, `社区的“长者食堂”试点——槐北社区幸福餐厅`:
    a phrase describing one place, a dash, then the place's name (`is_named`, the
    clause going on after it: no list): that place, the stop.  None otherwise, or
    when the phrase counts a set (`X的两个项目——A和B`: `SET_THEN_MEMBERS`, read by
    `parse_list`).  Source: FAULTS38_p126 (p126-07: the quoted kind before the dash
    was the stop, the named canteen dropped).

    >>> dash_named("社区的“长者食堂”试点——槐北社区幸福餐厅，", 0).text
    '槐北社区幸福餐厅'
    >>> dash_named("大寺镇的两个民心工程项目——大寺村卫生室和金友花园", 0) is None
    True
    """
    limit = len(text) if limit is None else limit
    dash = DASH_NAMED.match(text, pos, limit)
    if dash is None or SET_THEN_MEMBERS.search(text, pos, dash.end()):
        return None
    inner = _parse_single(text, dash.end(), limit)
    if inner is None or inner.start != dash.end() or not is_named(inner.segments) or LIST_SEP.match(text, inner.end, limit):
        return None
    return inner


def _near_place(text: str, pos: int, limit: int) -> PlaceChunk | None:
    """`小区附近的金桂市场`, `学校对面的X`: a place (often a generic one, the
    one just visited) and a locative word (`place_locatives.txt`) + 的 before
    a named place: that place, beside the first rather than inside it; the
    first place may be left out (`来到附近的金桂市场`: beside where the report is).

    >>> _near_place("小区附近的青枫菜市场", 0, 10).text
    '青枫菜市场'
    """
    m = _locative_of().match(text, pos, limit)
    # 青石路上的红星小区: a road is no place of ours but tells where the place lies;
    # 上 places a place on a road only (no 村上的: a village's 上 is no locative)
    on_road = m is not None and road_name(m.group(1))
    if m and text.startswith("上的", m.end() - 2) and not on_road:
        m = None
    if not m or not (suffix_at(m.group(1), len(m.group(1))) or on_road):
        # 来到附近的X: the place it is beside is the one the report is at
        m = _bare_locative().match(text, pos, limit)
        if not m:
            return None
    return parse_at(text, skip_determiner(text, m.end(), limit), limit)


def _bare_locative() -> re.Pattern:
    return pattern("place_locatives.txt", "(?:{})的")


def _locative_of() -> re.Pattern:
    return pattern("place_locatives.txt", "([^，。；、的\\s]{{1,10}}?)(?:{})的")


def skip_determiner(text: str, pos: int, limit: int) -> int:
    m = determiners().match(text, pos, limit)
    return m.end() if m else pos


def _parse_single(text: str, pos: int, limit: int) -> PlaceChunk | None:
    """One place; the window of one item stops at the next list separator that starts a place."""
    chunk = parse_at(text, pos, limit)
    if not chunk:
        return None
    for sep in LIST_SEP.finditer(text, pos, chunk.end):
        if pattern("place_name_words.txt").match(text, sep.start()):
            continue  # 和美家园: the separator starts a name
        if sep.start() - pos == 1 and sep.group(0) in LIST_JOINERS and not suffix_of(text[pos]) and _named_between(text, pos, chunk.end):
            continue  # 新和社区, 丰和居民区: no list item is one character long, so 和 is inside the name (镇和村: 镇 is a type word)
        left = parse_at(text, pos, sep.start())
        if left and _joiner_in_name(text, left, sep, limit):
            continue  # 浦锦街道春和景明居民区: 春 ends in no type word, so 和 is inside the next name
        right = _parse_item(text, sep.end(), limit)
        if left and right:
            return left
        if not right and _generic_after(text, sep.end(), chunk.end):
            if left and left.end < sep.start() and text[sep.end():chunk.end] not in generic_words() and left.leaf.level in ADMIN:
                continue  # 三门路街道政和居民区: the separator is inside the next name (政和), not between items
                # (after a site no unit's name runs on: 金桥巷背街小巷照明和社区老年食堂 lists a lane's
                # lights and the community's canteen, no community 照明和社区; FAULTS37_p116)
            # (礼泉县果业发展和农村: a common word after it, 农村, is no name's end: the place is the one before)
            # X及周边区域 keeps X; 接诉即办和老旧小区 (a topic and a generic place) is no place
            return left
        if not left and not right and not _named_between(text, sep.end(), chunk.end):
            return None  # 干部和村(民): the separator joins common words; a bare type word is left
        if not left and right and sep.start() > pos:
            return None  # 村卫生室和村级…中心: no place before the separator, so no name runs across it
    return chunk


def _named_between(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a named place (not a bare type word such as 村)?"""
    segs = segment(text[start:end])
    return bool(segs) and is_named(segs)


def _generic_after(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a generic place (老旧小区, 社区食堂)?"""
    segs = segment(text[start:end])
    return bool(segs) and not is_named(segs)
