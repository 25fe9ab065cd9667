"""Where a place name written at a position may end: the name's window.

Where a name starts is decided by the caller (after a verb, 在, a list
separator...); where it ends is decided here, at stop words from
`place_stops.txt` or punctuation, unless a stop is part of the name.  Reads
a text and a position and gives the window of characters a name may take
(`name_window`), and whether a name may start there (`name_may_start`).

>>> name_window("来到新华社区开展调研", 2)
'新华社区'
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract.lexicons import alternation, pattern, table, words
from kg.extract.place_proper_part import ROAD_NAMED_LEVELS, ROAD_SECTION, covered, generic_words, is_named, object_verbs, word_unit_at
from kg.extract.place_segments import segment
from kg.extract.place_suffixes import ADMIN, LEVELS, SUFFIX_WINDOW, suffix_at, suffixes
from kg.repair.lost import UNREADABLE
from kg.text import HAN

# (and □, kg.repair.lost's mark for a character lost in the file: 北□□街道 is a name)
NAME_CHARS = re.compile(rf"[{HAN}〇{UNREADABLE}A-Za-z0-9\-+“”\"#·]+")
MAX_PLACE = 32

# joiners a name may hold (和平村): after a named place one ends it unless a name word starts there
LIST_JOINERS = "和及"


@cache
def _place_stop_words() -> tuple[str, ...]:
    """Stop words, and the visit verbs: a place name ends before 来到/察看..."""
    verbs = [row[0] for row in table("visit_verbs.tsv") if {"move", "inspect"} & set(row[1].split(","))]
    # (and the verbs of jurisdiction between two places, X所辖的Y: no site 所 in X; FAULTS45_p164)
    held = list(words("place_jurisdiction_words.txt"))
    return (*words("place_stops.txt"), *verbs, *held)


@cache
def _place_stops() -> re.Pattern:
    """`_place_stop_words` as one pattern."""
    return re.compile(f"(?:{alternation(_place_stop_words())})")


@cache
def _stop_starts() -> frozenset[str]:
    """The first characters of `_place_stop_words`: `name_window` matches the stops at a
    character only where one may start there (re's `match` tries each of the ~130 words
    in turn, ~1.5 µs, at each of a window's characters; most start none)."""
    return frozenset(w[0] for w in _place_stop_words() if w)


@cache
def _stop_before() -> re.Pattern:
    """A stop word or a visit verb ending right before a position (是|来到|在…$)."""
    return re.compile(f"(?:{_place_stops().pattern})$")


def name_may_start(text: str, pos: int) -> bool:
    """May a place name start at `pos`: at the text's start, after a character
    no name holds (punctuation), or after a stop word or a visit verb
    (`当天是雁鸣路街道…`, `走进社区`)?  Not inside a run of name characters
    (前进社区: 社区 is no name of its own there).

    >>> name_may_start("当天是雁鸣路街道", 3), name_may_start("走进社区", 2), name_may_start("前进社区", 2)
    (True, True, False)
    """
    if pos == 0 or not NAME_CHARS.match(text, pos - 1):
        return True
    stop = _stop_before().search(text, max(0, pos - SUFFIX_WINDOW), pos)
    if not stop:
        return False
    word = pattern("place_name_words.txt").match(text, stop.start())
    return not (word and word.end() > pos)  # 同|心社区: 同心 is a name word, the name starts at 同


# (half the calls repeat one made before in the report, by another frame or another reading
# of one list: each call tries its ~15 positions.  Bounded: it holds some reports' texts)
@lru_cache(maxsize=512)
def name_window(text: str, pos: int, limit: int | None = None) -> str:
    """The run at `pos` that a place name may fill: name characters up to a
    stop word, a visit verb or `的` ("" when a stop word or a clause-opening
    word stands at `pos`).  `text[pos:limit]` is read (limit None: to the end),
    and a few characters before `pos`; gives a str, "" when no name may start.
    Remembers its last 512 answers.

    >>> name_window("来到新华社区开展调研", 2), name_window("来到新华社区开展调研", 2, 4)
    ('新华社区', '新华')
    """
    run = NAME_CHARS.match(text, pos, limit or len(text))
    if not run:
        return ""
    window = run.group(0)[:MAX_PLACE]
    stops = _place_stops()
    first = stops.match(window)
    if first and not (len(first.group(0)) == 1 and (text[pos - 1:pos] == "、" or _move_verb_before(text, pos))) \
            and not _road_unit_at(window, first.end()) and not _road_at(window, first.end()) \
            and not pattern("place_name_words.txt").match(window) \
            and not word_unit_at(window, 0):
        # (after 、 a list goes on, and a movement verb takes a place, no preposition:
        # 向阳村, 来到向阳区 start with the character of the preposition 向, not a clause;
        # a name word (同心, 向阳: place_name_words.txt) opens a name after any preposition: 在同心社区)
        return ""
    left = pattern("place_left_stops.txt").match(window)
    if left and not (len(left.group(0)) == 1 and _short_name_opens(window)):
        return ""  # (为民社区: 为 and one character more name a place; a purpose clause names more)
    last_joiner = max(window.rfind(c) for c in LIST_JOINERS)  # (the title rule needs a joiner after i)
    starts = _stop_starts()
    for i in range(1, len(window)):
        stop = stops.match(window, i) if window[i] in starts else None
        if stop and (_suffix_starts(window, i, stop.end()) or pattern("place_name_words.txt").match(window, i)
                     or _in_name_word(window, i) or _road_unit_at(window, stop.end()) or word_unit_at(window, i)
                     or (i == 1 and _move_verb_before(text, pos) and _stop_ends_short_name(window, stop.end()))
                     or _stop_opens_site_name(window, i, stop.end()) or _in_company_name(window, i, stop.end())
                     or _stop_ends_type_word(window, i, stop.end())
                     or _road_after_unit(window, i, stop.end())):
            stop = None  # 工作室 holds the stop 工作; 新时代 holds the stop 时 (a name word starts there); 建设路社区
        if window[i] == "的" or stop:
            return window[:i]
        if _verb_object_after_unit(window, i):
            return window[:i]  # 青石村驻村第一书记: the village, then 驻村 opening the title (stationed in the village)
        if i < last_joiner and _title_after_unit(window, i):
            return window[:i]  # 后洋村第一书记陈志远和村…: the village, then a title and its holder's name
        if _written_again(window, i):
            return window[:i]  # 第二站：永宁路便民市场 / 市场建成后…: a header line run into the next, which names the place again
        if window[i] in LIST_JOINERS and (not pattern("place_name_words.txt").match(window, i) or joins_units(window, i)) \
                and _named_prefix(window[:i]):
            return window[:i]  # 李集村和镇区: a named place, then 和 opening the next item, not one name 李集村和镇
        if window[i] == "等" and _closes_list(window[i + 1:_next_stop(window, i + 1, stops)]):
            return window[:i]  # 红星机械厂、新光纺织厂等企业: the list is closed, the name ends before 等
    return window


def _stop_ends_short_name(window: str, end: int) -> bool:
    """Does a town's, township's, village's or community's type word start at `end`,
    right after a one-character stop word that is the second character of a two-character
    name (大将镇: 将 is a stop as the modal "will")?  Read after a move verb only
    (`_move_verb_before`, 来到大将镇龙妙村: its object is a place, and one character before
    the stop is no name and no clause of its own), as `_short_name_opens` reads a stop
    opening such a name.  Source: FAULTS38_p125 (来到大将镇龙妙村 read as 镇龙妙村).

    >>> _stop_ends_short_name("大将镇龙妙村", 2), _stop_ends_short_name("大将镇区道路", 2)
    (True, False)
    """
    for k in range(min(len(window), end + 4), end, -1):
        hit = suffix_at(window, k)
        if hit and k - hit[0] == end and end == 2 and hit[2] in ("subdistrict", "community"):
            return not any(window[end:end + n] in generic_words() for n in range(hit[0] + 1, 5))
    return False


# the copula: after a named place it tells what the place is (X小区是原Y厂的职工宿舍), never a
# preposition opening the next site's name as 同, 与 do (session 48, fstop: p193-02's shape)
COPULAS = "是"


def _stop_opens_site_name(window: str, i: int, end: int) -> bool:
    """Does the one-character stop word at `i` (同, 与, 向: a preposition) open the name
    of a site (a housing estate, a yard) written right after a named community or
    village (同安社区|同和里小区, 前进村|向荣小区)?  The name runs from the stop to a site's
    type word a few characters on, with a proper-name part before that type word (not
    generic: 同|物业公司, 与|社区干部 stay the preposition's objects).  Source: session 42
    (FAULTS42_p149: 来到同安社区同和里小区 read as the community alone).

    >>> _stop_opens_site_name("同安社区同和里小区", 4, 5), _stop_opens_site_name("同安社区同物业公司座谈", 4, 5)
    (True, False)
    """
    if end - i != 1 or not _named_prefix(window[:i]) or suffix_at(window, i) is None:
        return False
    if window[i] in COPULAS:
        return False  # (桂园小区是原纺织厂的宿舍: the copula says what the place is, no site's name opens)
    for k in range(min(len(window), i + 8), i + 2, -1):
        hit = suffix_at(window, k)
        if hit and hit[2] == "site" and k - hit[0] >= i + 2:
            name, part = window[i:k], window[i + 1:k - hit[0]]
            if any((inner := suffix_at(window, j)) and inner[2] != "site" for j in range(i + 2, k - hit[0] + 1)):
                return False  # 与|辖区企业: an area's word inside, no estate's name
            segs = segment(name)
            return bool(segs) and len(segs) == 1 and is_named(segs) and not any(part.startswith(w) for w in generic_words())
    return False


# a registered company's name ends so (浙江X科技有限公司): one name, whatever characters it holds
COMPANY_NAME_END = re.compile(r"(?:股份)?有限(?:责任)?公司")
# how far past a stop character a company's name may still run to its 有限公司
COMPANY_REACH = 10


def _in_company_name(window: str, i: int, end: int) -> bool:
    """Does the one-character stop word at `i` (经, 时, 将) lie inside a registered company's
    name, the run going on with no break to `有限公司` a few characters later (浙江X经编科技有限公司:
    经编 is a trade, no "through")?  A company registers its name whole, so a stop character inside
    it opens no clause.  Session 49 (fplace49: a works told 在X经编科技有限公司，… lost its stop).

    >>> _in_company_name("浙江青禾经编科技有限公司", 4, 5), _in_company_name("青禾村经协调", 3, 4)
    (True, False)
    """
    if end - i != 1 or i < 2:
        return False
    m = COMPANY_NAME_END.search(window, end, end + COMPANY_REACH + 6)
    return m is not None and m.start() - end <= COMPANY_REACH


def _stop_ends_type_word(window: str, i: int, end: int) -> bool:
    """Does the stop word at `i` end a place's type word begun before it (东兴胡同: 同, a
    preposition, closes 胡同, a lane), after a name part of two characters or more?  It is
    then the type word's last character, no clause's first.  Session 49 (fplace49: a lane of
    a community told 在X社区Y胡同，… was cut to 胡, its residents' words filed at the stop before).

    >>> _stop_ends_type_word("东兴胡同", 3, 4), _stop_ends_type_word("东兴村同村民座谈", 3, 4)
    (True, False)
    """
    hit = suffix_at(window, end)
    return hit is not None and hit[0] > end - i and end - hit[0] >= 2


def _in_name_word(window: str, i: int) -> bool:
    """Does a name word (`place_name_words.txt`) that starts before `i` run past it
    (大同华美纺织有限公司: 同 at 1 lies inside 大同)?  Its stop character is then no
    clause's: the name goes on.

    >>> _in_name_word("大同华美纺织有限公司", 1), _in_name_word("王明同居民座谈", 2)
    (True, False)
    """
    words_at = pattern("place_name_words.txt")
    return any((m := words_at.match(window, j)) and m.end() > i for j in range(max(0, i - 3), i))


def _verb_object_after_unit(window: str, i: int) -> bool:
    """Does a verb taking a unit as its object (`place_object_verbs.txt`: 驻, 包, 进) and a
    one-character unit type word (村, 镇) start at `i`, right after a unit's type word
    (青石村|驻村第一书记, 白沙镇|包村干部)?  The verb and its object open a title or a
    clause, no name: the place ends at `i`.

    >>> _verb_object_after_unit("青石村驻村第一书记", 3), _verb_object_after_unit("驻村", 0)
    (True, False)
    """
    if i < 2 or i + 2 > len(window) or window[i] not in object_verbs():
        return False
    before, obj = suffix_at(window, i), suffix_at(window, i + 2)
    return bool(before) and before[2] in ADMIN and bool(obj) and obj[0] == 1 and obj[2] in ADMIN


# an ordinal opening a title (第一书记)
TITLE_ORDINAL = re.compile("第[一二三四五六七八九十]")


def _title_after_unit(window: str, i: int) -> bool:
    """Does a title (`title_opening`, maybe after an ordinal: 书记, 第一书记, 主任) start at `i`, right
    after a whole named place, its holder's name and a joiner (和, 及) after it before any type
    word (青石村|第一书记陈明和村党支部书记…, but 青石村书记|工作室, X社区人大代表家门口联络站)?  A
    unit's title, its holder and the next person follow: no name runs through them
    (后洋村第一书记陈明和村 is no village).
    Source: FAULTS39_p134 (a hamlet's ten issues filed at such a junk village).

    >>> _title_after_unit("青石村第一书记陈明和村", 3), _title_after_unit("青石村书记工作室", 3)
    (True, False)
    >>> _title_after_unit("松林居民区人大代表联系点", 5), _title_after_unit("清一社区人大代表家门口联络站", 4)
    (False, False)
    """
    ordinal = TITLE_ORDINAL.match(window, i)  # 第一书记: an ordinal opens the title
    title = title_opening().match(window, ordinal.end() if ordinal else i)
    if not title or not _named_prefix(window[:i]):
        return False
    # the holder's name, then a joiner opening the next person (陈明和|村党支部书记…) before the
    # next type word; with none, the words after the title name a site (书记工作室,
    # 人大代表家门口联络站)
    starts = [j - hit[0] for j in range(title.end() + 1, len(window) + 1) if (hit := suffix_at(window, j))]
    first = min((k for k in starts if k >= i), default=len(window))
    return any(c in LIST_JOINERS for c in window[title.end():first])


@cache  # built once: it was rebuilt (a lexicon's alternation escaped and sorted) at each call
def title_opening() -> re.Pattern:
    """A title head (`post_titles.txt`), maybe after title prefixes
    (`post_title_prefixes.txt`: 常务, 专职): a window opening so is a post,
    not a place (常务副区长王明: 常务副区 is no district).

    >>> bool(title_opening().match("常务副区长王明")), bool(title_opening().match("常青镇"))
    (True, False)
    """
    prefixes, heads = alternation(words("post_title_prefixes.txt")), alternation(words("post_titles.txt"))
    return re.compile(f"(?:{prefixes})*(?:{heads})")


def _written_again(window: str, i: int) -> bool:
    """Does a named place end at `i` and its last words, type word and all, start
    again at `i` (永宁路便民市场|市场, 文昌里小区|文昌里小区)?  No name repeats its
    own type word: the repeat opens the next clause (a header line joined to its text).

    >>> _written_again("永宁路便民市场市场建成后", 7), _written_again("青山镇镇区", 3)
    (True, False)
    >>> _written_again("鼓楼社区社区卫生服务站", 4)
    False
    """
    hit = suffix_at(window, i)
    if not hit:
        return False
    again = next((k for k in range(i, hit[0] - 1, -1) if window.startswith(window[i - k:i], i)), 0)
    if not again or any(suffix_at(window, j) for j in range(i + again + 1, len(window) + 1)):
        return False  # (青山镇镇区, 鼓楼社区社区卫生服务站: the run goes on into a place inside)
    return _named_prefix(window[:i])


def joins_units(text: str, i: int) -> bool:
    """Does the joiner at `i`, though it opens a name word (和平, 和美:
    `place_name_words.txt`), join two units: a named administrative unit ends
    at `i`, and after the joiner a unit of its level or higher is named by two
    characters or more (三里屯村|和|平安社区)?  A unit never lies in one of its
    own level, so the name word's reading (三里屯村 and 和平安社区) has no more
    for it than a longer name; a place lower than the one before (青山镇和美家园,
    the estate in the town) or a one-character name (X村和平社区) keeps the word.

    >>> joins_units("三里屯村和平安社区", 4), joins_units("三里屯村和平社区", 4), joins_units("青山镇和美家园", 3)
    (True, False, False)

    So does a site's type word before it and a site or unit named by two characters or more after
    it (工人村生活馆|和|兴华公园, 青山镇文化站|和|兴隆村: no place lies in a site named so).  Source:
    NEWCOMER49b (来到东风村文化馆和兴华公园 lost both sites, 工人村生活馆和兴华公园 was one site).

    >>> joins_units("工人村生活馆和兴华公园", 6), joins_units("青山镇文化站和兴隆村", 6), joins_units("人民公园和平广场", 4)
    (True, True, False)
    """
    hit = suffix_at(text, i)
    if not hit or hit[2] not in (*ADMIN, "site"):
        return False
    kinds = ADMIN if hit[2] in ADMIN else LEVELS
    run = NAME_CHARS.match(text, i + 1)
    if not run:
        return False
    after = run.group(0)[:MAX_PLACE]
    for end in range(3, len(after) + 1):
        segs = segment(after[:end])
        if not segs or len(segs) != 1 or segs[0].level not in kinds or LEVELS[segs[0].level] > LEVELS[hit[2]]:
            continue
        own = suffix_at(after, end)
        return end - own[0] >= 2 and is_named(segs)
    return False


def _named_prefix(name: str) -> bool:
    """Is `name` a whole named place (a list joiner after it then ends it)?

    >>> _named_prefix("李集村"), _named_prefix("李集")
    (True, False)
    """
    segs = segment(name)
    return bool(segs) and is_named(segs)


@cache
def _move_verb_ending() -> re.Pattern:
    # move verbs (来到) and the inspect verbs that enter a place (走进, 步入: `enter`) both
    # take a place as their object (走进经纬社区: 经 opens the name, no clause "经…");
    # source: FAULTS37_p122 (a district secretary's 走进X社区 座谈 was lost)
    verbs = [row[0] for row in table("visit_verbs.tsv") if {"move", "enter"} & set(row[1].split(","))]
    return re.compile(f"(?:{alternation(verbs)})$")


def _short_name_opens(window: str) -> bool:
    """Does a village, community or town whose own name is two characters (its
    type word apart) open `window` (为民社区, 以恒社区)?  A purpose clause opening with
    the same character names more before any type word (为青禾社区居民办实事,
    为进一步密切…), or nothing (以村为单位).

    >>> _short_name_opens("为民社区开展活动"), _short_name_opens("为进一步密切社区"), _short_name_opens("为青禾社区居民")
    (True, False, False)
    """
    for end in range(3, min(len(window), 8) + 1):
        hit = suffix_at(window, end)
        if hit and end - hit[0] == 2 and hit[2] in ("subdistrict", "community") and _named_prefix(window[:end]):
            return True  # (a village, community or town: 为桂园 is no name, 桂园 is the garden 为 is for)
    return False


def _move_verb_before(text: str, pos: int) -> bool:
    """Does a movement verb (`visit_verbs.tsv` move: 来到, 前往; or enter: 走进, 步入) end
    right at `pos`?  Its object is a place, so a one-character stop word there opens the name.

    >>> _move_verb_before("来到向阳区", 2), _move_verb_before("居民向阳区", 2), _move_verb_before("走进经纬社区", 2)
    (True, False, True)
    """
    return _move_verb_ending().search(text, max(0, pos - SUFFIX_WINDOW), pos) is not None


def _road_unit_at(window: str, pos: int) -> bool:
    """Does a road word, maybe after the road's section (`ROAD_SECTION`: a
    direction or an ordinal), and then a subdistrict's or community's type word
    start at `pos` (建设|路社区, 工作|路街道, 建设|东路社区, 文化|二路社区)?  The word
    before is a road's name in a unit's name, not a stop word ending the place
    before it.

    >>> _road_unit_at("建设路社区", 2), _road_unit_at("建设街道", 2), _road_unit_at("建设美丽乡村", 2)
    (True, False, False)
    >>> _road_unit_at("建设东路社区", 2), _road_unit_at("建设中一路街道", 2), _road_unit_at("建设东部新区", 2)
    (True, True, False)
    """
    section = ROAD_SECTION.match(window, pos)  # (建设|东路社区: a direction before the road word)
    road = pattern("place_road_words.txt").match(window, section.end())
    if not road:
        return False
    plain, _, longest = suffixes()
    return any((hit := plain.get(window[road.end():j])) and hit[1] in ROAD_NAMED_LEVELS
               for j in range(road.end() + 1, min(len(window), road.end() + longest) + 1))


def _road_after_unit(window: str, i: int, end: int) -> bool:
    """Does the stop word at `i`, right after a subdistrict's, town's or community's type
    word, name a road or lane of that unit (`_road_at` at `end`: 龙塘街道|建设巷, X社区|建设路),
    as it does opening the window?  A unit's street named after a slogan word is a place
    written in its unit's chain.  Source: session 48, fstop (在X街道建设巷，… read as the
    subdistrict; the lane's visit lost).

    >>> _road_after_unit("龙塘街道建设巷", 4, 6), _road_after_unit("龙塘街道建设道路", 4, 6), _road_after_unit("王明建设路", 2, 4)
    (True, False, False)
    """
    hit = suffix_at(window, i)
    return bool(hit) and hit[2] in ADMIN and hit[2] != "district" and _road_at(window, end)


def _road_at(window: str, pos: int) -> bool:
    """Does a road word, maybe after the road's section (`ROAD_SECTION`), start at `pos`
    right after a stop word opening the window, and not as the first character of a
    common word (道路, 街道, 路面: `place_generic_words.txt`, `place_road_common_words.txt`)?
    The stop word is then a road's name (建设路, 工作街, 发展大道: a road named after a
    slogan word), as `_road_unit_at` reads one before a unit's type word.

    >>> _road_at("建设路", 2), _road_at("建设东段", 2), _road_at("建设道路", 2), _road_at("建设路面", 2)
    (True, False, False, False)
    """
    section = ROAD_SECTION.match(window, pos)
    road = pattern("place_road_words.txt").match(window, section.end())
    if not road:
        return False
    common = generic_words() | set(words("place_road_common_words.txt"))
    return not any(window[road.start():road.start() + n] in common for n in (2, 3))


def _next_stop(window: str, start: int, stops: re.Pattern) -> int:
    """Where the next stop word or 的 in `window` starts, from `start` (its length if none)."""
    return next((j for j in range(start, len(window)) if window[j] == "的" or stops.match(window, j)), len(window))


def _closes_list(rest: str) -> bool:
    """After 等: a type word or generic words only (企业, 地, 单位, 村组), so 等
    closes a list rather than standing in a name."""
    return rest in ("地", "处") or (bool(rest) and covered(rest))


def _suffix_starts(window: str, i: int, stop_end: int) -> bool:
    """A type word longer than the stop word starts at `i` (工作室 holds the stop 工作)."""
    plain, _, longest = suffixes()
    return any(window[i:j] in plain for j in range(stop_end + 1, min(len(window), i + longest) + 1))
