"""One place read at a position in a text: the grammar's single-name reader.

Reads a text and a position (with the window of `place_window` and the
segments of `place_segments`) and gives one `PlaceChunk` (`parse_at`): the
place written there with its parents, its span, and the readings around
it (a unit written with its parent after it in brackets, X的Y, a village's
group named by number or by name after the village the sentence named: 上滩组,
上庄社, a title or an organ that is no place).

>>> [s.text for s in parse_at("来到新华社区开展调研", 2).segments]
['新华社区']
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract.issue_words import raiser_words
from kg.extract.lexicons import pattern, words
from kg.text import HAN
from kg.extract.place_classes import estate_class, estate_then_class, quantified_leaf
from kg.extract.place_proper_part import generic_words, has_proper_part, is_named, referring_word, work_after
from kg.extract.place_segments import estate_facility, facility_of_enterprise, generic_work, segment, type_word_in_common_word, work_on
from kg.extract.place_suffixes import ADMIN, CLASSIFIERS, LEVELS, NUMERAL, PlaceChunk, Segment, inside_words, side_hamlet, suffix_at
from kg.extract.place_window import name_may_start, name_window, title_opening

# characters that never stand in a place's name part: particles (人员提出了小区)
# a building's number after an estate's name (3号楼, 12栋, 二单元): an address inside the estate
BUILDING_NUMBER = r"[0-9０-９一二三四五六七八九十百]+(?:号楼|栋|幢|单元)"
BUILDING = re.compile(BUILDING_NUMBER + "$")
# the same written right after a name the parser stopped at (九街坊小区|8号楼): the estate's corner
BUILDING_AFTER = re.compile(BUILDING_NUMBER)
# a leaf opened by a numeral and a classifier (一家新材料企业, 一处安置点): an indefinite, never a name
INDEFINITE = re.compile(f"{NUMERAL}+[{CLASSIFIERS}]")
# the classifier of spots (一处): after a named place, one named spot counted is a site in it
SPOT_CLASSIFIER = "处"

# the locative characters that a one-character type word (里) may also be
INSIDE_CHARS = re.compile(r"[里内中]")


# (~55 calls a report, one in nine repeating one made before by another frame or list reading;
# a function of its arguments and the lexicons, as `_parse_at` is, whose checks after it
# (`cuts_name`, `_inner_after_of`, `_with_parent_after`) are too: remembered, bounded as it is)
@lru_cache(maxsize=1024)
def parse_at(text: str, pos: int, limit: int | None = None) -> PlaceChunk | None:
    """The place name starting at `pos`, if there is one, ending by `limit`.

    A name read up to a `limit` that cuts one of the name's segments is no name
    (`cuts_name`): 幸福里|居民区 read up to a raiser word (居民) inside the type
    word 居民区 is not an estate 幸福里.

    >>> parse_at("幸福里居民区今年", 0).text, parse_at("幸福里居民区今年", 0, 3)
    ('幸福里居民区', None)
    """
    chunk = _parse_at(text, pos, limit)
    if chunk is not None and limit is not None and chunk.end == limit and cuts_name(text, chunk.start, limit):
        return None
    inner = _inner_after_of(text, chunk or _referring_unit(text, pos, limit), limit)
    if inner is not None:
        return inner
    return _with_parent_after(text, chunk, limit) if chunk is not None else None


def _referring_unit(text: str, pos: int, limit: int | None) -> PlaceChunk | None:
    """`该村`, `本镇`, `同村`, `同一社区` at `pos`: a demonstrative or a word for "the
    same" (`place_referring_words.txt`) and one administrative
    type word, naming no unit itself but referring back to one (the registry
    resolves it, `PlaceRegistry.add`).  None otherwise.

    >>> _referring_unit("同村的东坳组", 0, None).leaf
    Segment(text='同村', type='VillagersCommittee', level='community')
    >>> _referring_unit("同心村", 0, None) is None
    True
    """
    end = len(text) if limit is None else limit
    for k in range(min(5, end - pos), 1, -1):
        word = text[pos:pos + k]
        hit = suffix_at(word, k)
        if hit and hit[2] in ADMIN and referring_word(word[: k - hit[0]]):
            return PlaceChunk(pos, pos + k, (Segment(word, hit[1], hit[2]),))
    return None


# between a unit and a place inside it: 的, or the unit's seat then 的 (X镇政府所在地的Y社区,
# X苏木驻地的Y嘎查: the community at the town's seat lies in the town).  Source: FAULTS38_p125
SEAT_OF = re.compile(r"(?:(?:政府|人民政府)?(?:所在地|驻地))?的")


def _inner_after_of(text: str, head: PlaceChunk | None, limit: int | None) -> PlaceChunk | None:
    """`柳溪村的东坳组`, `同村的东坳组`, `该社区的翠竹小区`: an administrative unit, 的,
    then a named place of a lower level is that place inside the unit (the chunk
    spans both, the unit's segments first).  None when no such place follows.
    Source: PLACES27 brief, kind 8 (the place written after 同村的 is the stop).

    >>> [s.text for s in parse_at("来到同村的东坳组，", 2).segments]
    ['同村', '东坳组']
    >>> parse_at("来到柳溪村的村民家中", 2).text
    '柳溪村'
    >>> [s.text for s in parse_at("到青山镇政府所在地的翠竹社区转转", 1).segments]
    ['青山镇', '翠竹社区']
    """
    if head is None or head.leaf.level not in ADMIN:
        return None
    of = SEAT_OF.match(text, head.end)
    if not of:
        return None
    skip = len(of.group(0))
    # read with the unit written right before it: a village group (组) is a place only in a village
    # (the text before stays: a move verb there lets 同 open a name, elsewhere it is the preposition "with")
    end = len(text) if limit is None else limit
    # (parsed afresh, not remembered: the text built here is a new string at every call, and
    # the memory would keep each one, a report's length apiece; newcomer, session 44)
    whole = _parse_at.__wrapped__(text[:head.end] + text[head.end + skip:end], head.start)
    if whole is None or whole.end <= head.end or len(whole.segments) != len(head.segments) + 1 \
            or whole.segments[len(head.segments) - 1].text != head.leaf.text:
        return None
    inner = whole.segments[-1]
    if not has_proper_part(inner.text) or LEVELS[inner.level] <= LEVELS[head.leaf.level]:
        return None
    return PlaceChunk(head.start, whole.end + skip, head.segments + (inner,))


PARENT_AFTER = re.compile(r"[（(]")
PARENT_AFTER_CLOSE = re.compile(r"[）)]")


def _with_parent_after(text: str, chunk: PlaceChunk, limit: int | None) -> PlaceChunk:
    """`西岭村（青山镇）`, `春晖社区(江湾街道)`, `金桥小区（江湾街道春晖社区）`: the
    place, then in brackets the administrative places it lies in, and nothing
    else.  The chunk runs to the closing bracket, its parents' segments before
    its own; a bracket holding anything else (a note, a lower place) leaves it.
    Source: issue 9 (users: the parent written after the place was never read).

    >>> [s.text for s in parse_at("来到西岭村（青山镇），", 2).segments]
    ['青山镇', '西岭村']
    >>> parse_at("来到西岭村（青山镇），", 2).end, parse_at("来到青山镇（西岭村）", 2).text
    (10, '青山镇')
    """
    end = limit if limit is not None else len(text)
    opening = PARENT_AFTER.match(text, chunk.end, end)
    if not opening:
        return chunk
    outer = _parse_at(text, opening.end(), end)
    close = outer and PARENT_AFTER_CLOSE.match(text, outer.end, end)
    if not close or outer.start != opening.end() or outer.leaf.level not in ADMIN \
            or LEVELS[outer.leaf.level] >= LEVELS[chunk.segments[0].level]:
        return chunk  # (青山镇（西岭村）: a lower place in brackets is no parent)
    return PlaceChunk(chunk.start, close.end(), outer.segments + chunk.segments)


def cuts_name(text: str, start: int, end: int) -> bool:
    """Does `end` fall inside a segment of the place name the grammar reads at
    `start` with no limit (`幸福里|居民区`, `和平街道锦绣府|小区`)?  Then a name
    ending at `end` lost its type word.  Source: PLACES22 generated shapes
    (a raiser word 居民 inside 居民区, an analyser's LOC word ending before 小区).

    >>> cuts_name("幸福里居民区", 0, 3), cuts_name("江湾街道幸福里居民区", 0, 4)
    (True, False)
    >>> cuts_name("翠湖小区业主反映小区路灯不亮", 0, 4), cuts_name("翠湖小区物业反映小区路灯不亮", 0, 4)
    (False, False)
    """
    full = _parse_at(text, start)
    if full is None or full.end <= end:
        return False
    at = full.start
    for seg in full.segments:
        if text.startswith(seg.text, at):
            if at < end < at + len(seg.text):
                # only a cut inside the segment's type word loses it: a name ending in a
                # type word of its own before a clause that ends in another (翠湖小区|业主
                # 反映小区: the greedy reading spans the raisers' act; a speaker's word, 物业, the
                # same: issue_words.raiser_words) is whole
                hit = suffix_at(seg.text, len(seg.text))
                return hit is None or at + len(seg.text) - end <= hit[0] or not suffix_at(text, end) \
                    or not text.startswith(raiser_words(), end)
            at += len(seg.text)
        else:
            return False  # a segment not written as it is read (a quote added): no claim
    return False


# a function of its arguments and the lexicons, as `name_window` is.  Remembered because
# `_group_of_named_village` reads every village group written before a bare one by parsing
# again at up to GROUP_CHAIN_REACH positions before it, which parse groups again in turn: a
# report naming many groups took 1.5 s (p159), each position now parsed once.  Bounded
# (~10 reports' calls), so the benchmark's cycled reports find none of a previous cycle.  Its
# keys hold the report's own text (one string shared by every entry of a report), never a text
# built for one call (`_inner_after_of` parses those afresh)
@lru_cache(maxsize=1024)
def _parse_at(text: str, pos: int, limit: int | None = None) -> PlaceChunk | None:
    """The longest named place read at `pos` (its window: `name_window`), before
    `parse_at`'s checks of a limit cutting a name and of a referring or inner unit: a
    `PlaceChunk` (frozen), or None.  Remembers its last 1,024 answers.

    >>> _parse_at("来到新华社区开展调研", 2).text
    '新华社区'
    """
    window = name_window(text, pos, limit)
    if not window or title_opening().match(window):
        return None  # (在副乡长X陪同下, 常务副区长X: no place opens with a title head, 副乡 is no town)
    # the longest prefix that is a named place
    cap = None  # (the end of a name whose type word is written twice)
    for end in range(len(window), 1, -1):
        hit = suffix_at(window, end)
        if not hit:
            continue
        if hit[0] == 1 and INSIDE_CHARS.match(window, end - 1) and suffix_at(window, end - 1):
            continue  # 湿地公园里: a locative character after a type word (里, 内) is no type word (阆苑村 is a village)
        if (hit[0] == 1 or suffix_at(window, end - 1)) and pattern("place_type_char_words.txt").match(text, pos + end - 1):
            # 近期有市民反映, X所在的: a type character opening a word (市民, 所在) ends no name; nor
            # does a longer type word whose last character opens one after a shorter type word
            # (梅苑中学|校门口: no 中学校, FAULTS45_p162)
            continue
        if hit[2] in ADMIN and _countryside_of_place(window, end, hit[0]):
            continue  # 北辛庄镇农村: the countryside of a named place (农村, 城市) ends in no village (FAULTS45_p164)
        if _in_title(text, pos + end - hit[0], pos + end):
            continue  # 在王明副镇长的带领下: the type word is inside a title (副镇长), no town 王明副镇
        if cap is not None and end > cap:
            continue
        if _type_written_twice(window, end - hit[0], end):
            cap = end - hit[0]  # 青山县|县长, 城关镇|镇政府: the name ends at the first type word
            continue
        quoted = window[:end].count("“") - window[:end].count("”")
        if quoted and not (quoted == 1 and hit[2] == "site" and window.startswith("”", end)):
            continue  # `“创建全国文明镇`: a slogan in quotes, not a place
        if _sums_up_list(text, pos, window[: end - hit[0]]):
            continue  # 助浴、理发、阅览等功能区: the class of the items listed, no area named 阅览等功能
        segs = segment(window[:end])
        if segs is None and not quoted:
            segs = _group_of_named_village(text, pos, window[:end])  # 来到下屋组, after 坳背村上坪组
        if segs and any(act_opens(seg.text) for seg in segs):
            continue  # 在东湖社区|反映小区停车难: a raising act opens no place's name (session 58, nc58)
        if segs and quoted:
            # 青禾社区“暖阳驿站”: a facility's name in quotes, with its closing quote; not a
            # quoted room after a site's name (松涛小区“书记工作室”: the quote opens no segment)
            if not segs[-1].text.startswith("“"):
                continue
            if work_after(window, end + 1):
                continue  # “幸福家园”改造工程: a programme's name in quotes, no estate (`_quoted_programme`)
            segs = segs[:-1] + (_quoted_site(segs[-2] if len(segs) > 1 else None, segs[-1].text + "”", segs[-1]),)
            end += 1
        if segs and is_named(segs):
            # (an estate is where people live, never a work done on a place: 康宁苑安置小区,
            # X苑易地扶贫搬迁安置小区 name one estate by its kind; the chunk is all of it, and
            # the registry names it without its kind words, `_without_estate_kind`)
            work = work_on(segs[-1].text) if segs[-1].level == "site" and segs[-1].type != "HousingEstate" else None
            if work is not None and estate_facility(segs[-1], work):
                work = None  # 康乐苑便民市场: a market bearing the estate's name, no work on the estate
            if work is not None and (own := facility_of_enterprise(segs[-1], work)):
                segs = segs[:-1] + own  # 金穗农场职工医院: the farm's own hospital, a site inside the farm
            elif work is not None:  # the place, not the project on it
                cut = end - len(segs[-1].text) + work
                segs = segment(window[:cut]) or segs
                end = cut if segs is not None else end
                # the place left may be a class of estates (X社区老旧小区|改造项目): cut it
                # as below, where no work follows (source: FAULTS37_p122)
                segs, end = _without_class(segs, end)
            elif len(segs) > 1 and (counted := INDEFINITE.match(segs[-1].text)):
                spot = _counted_spot(segs[-1], counted)
                if spot is not None:
                    segs = segs[:-1] + (spot,)  # 北渚街道一处青鸟快递驿站: one named spot in the place
                else:
                    # 顾泾镇一家新材料企业: a thing counted, not named, in a named place; the stop is the place
                    end -= len(segs[-1].text)
                    segs = segs[:-1]
            elif len(segs) > 1 and quantified_leaf(segs[-1].text):
                # 崔岭镇部分村庄, 江滨街道各社区: some of the place's units, none named; the stop is the place
                end -= len(segs[-1].text)
                segs = segs[:-1]
            elif (own := estate_then_class(segs[-1])) is not None:
                # 福兴小区老旧小区改造项目: a named estate, then the class it is renovated as
                # (老旧小区, `estate_class`); the place is the estate
                end -= len(segs[-1].text) - len(own.text)
                segs = segs[:-1] + (own,)
            elif len(segs) > 1 and segs[-2].level in ADMIN and estate_class(segs[-1]):
                # 青云街道老旧小区(改造): the area's estates of a kind, none named; the place is the area
                end -= len(segs[-1].text)
                segs = segs[:-1]
            elif (building := BUILDING.search(segs[-1].text)) and building.start() > 0 and (rest := segment(window[: end - len(building.group(0))])) and is_named(rest):
                # 华信新苑3号楼前, 幸福小区5号楼: a building of a named estate is a corner of it; the stop is the estate
                end -= len(building.group(0))
                segs = rest
            elif len(segs) > 1 and generic_work(segs[-1].text) and segs[-2].level != "district":
                # 梧桐镇村庄微更新项目: a generic work in a named place is that place's work (a
                # county's or district's, 山阳县城乡供水一体化工程, is a site of its own: no one
                # visits a whole county at one stop)
                end -= len(segs[-1].text)
                segs = segs[:-1]
            if segs[-1].type == "HousingEstate" and (skip := _after_descriptor(segs[-1].text)):
                # 原冶炼厂职工宿舍新华里小区: what the estate was, then its own name; the place is
                # the estate as named (its parents before the descriptor stay)
                rest = segment(segs[-1].text[skip:])
                if len(segs) == 1:
                    return PlaceChunk(pos + skip, pos + end, rest)
                segs = segs[:-1] + rest
            return PlaceChunk(pos, pos + end, segs)
    return None


def act_opens(name: str) -> bool:
    """A raising act of the issue extractor's class (`issue_acts.tsv`, shape `any`:
    反映, 提出, 建议, 呼吁, 投诉) opens the segment `name`, so that it is no place's
    name: a visitor's or resident's act after the place (在东湖社区|反映小区停车难问题).
    A wish (`issue_clause_markers.tsv` request: 希望, 期待) opens names (希望小学) and
    is left out, unless it is a proposal act (`issue_proposal_acts.txt`: 建议).  Source: session 58, nc58 (a newcomer's report gave the place 反映小区).

    >>> act_opens("反映小区"), act_opens("建议小区"), act_opens("希望小学"), act_opens("东湖社区")
    (True, True, False, False)
    """
    return bool(_act_opening().match(name))


@cache
def _act_opening() -> re.Pattern:
    from kg.extract import issue_words  # (issue_words is heavy; read once)

    proposals = set(words("issue_proposal_acts.txt"))
    acts = [a for a, shape in issue_words.act_shapes().items()
            if shape == "any" and len(a) > 1 and HAN_ONLY.fullmatch(a) and (not issue_words.request().match(a) or a in proposals)]
    return re.compile("|".join(sorted(map(re.escape, acts), key=len, reverse=True)))


HAN_ONLY = re.compile(f"[{HAN}]+")


def _sums_up_list(text: str, pos: int, name: str) -> bool:
    """Is the would-be place read at `pos` (its text before the type word: `name`)
    the last item of an enumeration, written right after a list separator (、 or a
    word of `place_list_joins.txt`), with a word closing the enumeration inside it
    (`place_list_closers.txt`: 等, 之类), so that the type word sums up the items
    listed (助浴、理发、阅览等功能区, 康复、文娱等区域) instead of ending a name?
    The closer stands after two characters at least (平等村 is a village).
    Source: session 54, diag54 (FAULTS54: a paragraph's issues went to `X等功能区`,
    a place registered from the sentence before them).

    >>> _sums_up_list("察看了助浴、阅览等功能区", 6, "阅览等功能"), _sums_up_list("来到阅览等功能区", 2, "阅览等功能")
    (True, False)
    >>> _sums_up_list("走访了团结村、平等村", 7, "平等")  # two characters before 等: a name
    False
    """
    if not text.endswith(("、", *words("place_list_joins.txt")), 0, pos):
        return False
    return any(name.find(w, 2) >= 2 for w in words("place_list_closers.txt"))  # (平等村 is a name)


def _after_descriptor(name: str) -> int:
    """Where an estate's own name starts after a descriptor of a residence class
    (`place_estate_descriptors.txt`: 宿舍, 家属区) written before it with no mark: the
    rest is a named estate of its own (a name part, then its type word), 0 when none.

    >>> _after_descriptor("原冶炼厂职工宿舍新华里小区"), _after_descriptor("桂园小区"), _after_descriptor("煤机厂家属区")
    (8, 0, 0)
    """
    best = 0
    for m in pattern("place_estate_descriptors.txt").finditer(name):
        rest = segment(name[m.end():])
        if m.start() > 0 and rest and len(rest) == 1 and rest[0].type == "HousingEstate" and is_named(rest):
            best = m.end()
    return best


def _countryside_of_place(window: str, end: int, length: int) -> bool:
    """Does window[:end] end in a common word (`place_generic_words.txt`: 农村, 城市) longer
    than its type word of `length`, written right after a whole named place with its own
    type word (北辛庄镇|农村, 青山县|农村)?  Then the words are the place's countryside,
    no village; a name whose type word only ends such a word (陈集镇: 集镇) is a name.

    >>> _countryside_of_place("北辛庄镇农村和", 6, 1), _countryside_of_place("固始县陈集镇", 6, 1)
    (True, False)
    """
    text = window[:end]
    for k in range(length + 1, min(len(text), 4) + 1):
        if text[-k:] in generic_words() and suffix_at(text, len(text) - k) and (segs := segment(text[:-k])) and is_named(segs):
            return True
    return False


def _without_class(segs: tuple[Segment, ...], end: int) -> tuple[tuple[Segment, ...], int]:
    """`segs` (a name's segments, ending at `end` of its window) without a last segment
    that is a class of estates (`estate_class`, `estate_then_class`): 红星小区老旧小区 ->
    红星小区; 浦南社区|老旧小区 -> 浦南社区 (the area's old estates, none named).  Used
    after a work is cut off a name (X社区老旧小区改造项目), where `_parse_at`'s own class
    branches are not reached.  Source: FAULTS37_p122 (查看了X社区老旧小区改造项目 made
    a stop of the class, not the community).

    >>> segs, end = _without_class(segment("浦南社区老旧小区"), 8)
    >>> [s.text for s in segs], end
    (['浦南社区'], 4)
    >>> [s.text for s in _without_class(segment("翠湖小区"), 4)[0]]
    ['翠湖小区']
    """
    if (own := estate_then_class(segs[-1])) is not None:
        return segs[:-1] + (own,), end - (len(segs[-1].text) - len(own.text))
    if len(segs) > 1 and segs[-2].level in ADMIN and estate_class(segs[-1]):
        return segs[:-1], end - len(segs[-1].text)
    return segs, end


# characters back from a group's type word to where the chain of places naming it may start
# (播州区石板河镇茶园坪村岩脚组: district, town and village before the group)
GROUP_CHAIN_REACH = 24


def _group_of_named_village(text: str, pos: int, name: str) -> tuple[Segment, ...] | None:
    """`name` (read at `pos`) a bare village group (`下屋组`: a suffix whose places lie
    only in a village, `inside_words`) that a report about one village writes alone
    once it has named a sibling group with its village (`坳背村上坪组` … `来到下屋组`),
    or the group itself (`坳背村上坪组的晒坝上…` … `来到上坪组`):
    the segments of the group inside that village, the village's last written with a
    group before `pos`.  None when no village's group was named before, or when the
    word is a party of officials (`group_words.txt`: 调研组, 小组) or no name (工作组).
    Source: RURAL31 (p87: a township head's three days in one village, its second
    group written alone, was no stop).

    >>> [s.text for s in _group_of_named_village("走进柳湾村上滩组。次日来到下屋组", 13, "下屋组")]
    ['柳湾村', '下屋组']
    >>> _group_of_named_village("走进柳湾村上滩组。次日调研组来到", 11, "调研组") is None
    True
    >>> [s.text for s in _group_of_named_village("柳湾村上滩组的晒坝上坐满了人。镇长来到上滩组", 20, "上滩组")]
    ['柳湾村', '上滩组']
    """
    hit = suffix_at(name, len(name))
    within = hit and inside_words().get(name[len(name) - hit[0]:])
    if side_hamlet(name):
        within = "村"  # 下寨 after 九摆村上寨: a village's hamlet named by its side
    elif not within or not has_proper_part(name) or pattern("group_words.txt", "(?:{})$").search(name) \
            or type_word_in_common_word(name, hit[0]):
        return None  # (县供销社: 社 a character of a common word, no village's group)
    written = name[len(name) - hit[0]:]
    for j in range(pos - 1, 0, -1):  # the last village group written before, nearest first
        if not text.startswith(written, j):
            continue
        # (the group itself named before with its village, 茶园坪村岩脚组的晒坝上…来到岩脚组: that group)
        same = text.startswith(name, j - len(name) + len(written))
        for k in range(max(0, j - GROUP_CHAIN_REACH), j):
            if not name_may_start(text, k):
                continue  # (走进柳湾村上滩组: the village's name starts after the verb, not at 进)
            chunk = _parse_at(text, k, j + len(written))
            if chunk and chunk.end == j + len(written) and len(chunk.segments) > 1 \
                    and chunk.segments[-2].text.endswith(within):
                if same:
                    if chunk.segments[-1].text == name:
                        return chunk.segments
                    continue
                segs = segment(chunk.segments[-2].text + name)
                if segs and len(segs) == 2 and segs[-1].text == name:
                    return chunk.segments[:-1] + segs[-1:]
    return _group_of_village_before(text, pos, name, within)


# characters back from a bare group to the village of its sentence (a lede names the village in
# its subject's post and the groups after a companion and a circumstance: 阳山村驻村第一书记甲和村委会
# 主任乙一道，冒着零下十几度的严寒走进上庄社, 40 characters; session 42, p154)
SAME_SENTENCE_VILLAGE = 60
# personal pronouns: no village's name opens with one (我和村党总支书记A: a diarist and a
# cadre, FAULTS37_p120)
PERSONAL_PRONOUNS = frozenset("我你他她")


def _group_of_village_before(text: str, pos: int, name: str, within: str) -> tuple[Segment, ...] | None:
    """`name` (a bare group, checked by `_group_of_named_village`) inside the village
    written last before `pos` in the same sentence (`一到罗官村就直奔下营组`: the party
    reaches the village, then goes on to one of its groups): the village's segments
    and the group's.  None when the sentence names no village before it (a group
    written far from any village stays no place).  Source: FAULTS33_p99 (a county
    secretary's 蹲点, the group's 院坝会 filed at the village).

    >>> [s.text for s in _group_of_village_before("书记一到柳湾村就直奔上滩组", 11, "上滩组", "村")]
    ['柳湾村', '上滩组']
    >>> _group_of_village_before("书记到过柳湾村。次日直奔上滩组", 12, "上滩组", "村") is None
    True
    >>> _group_of_village_before("我和村支书一起去了上滩组", 9, "上滩组", "村") is None
    True
    """
    for j in range(pos - 1, max(0, pos - SAME_SENTENCE_VILLAGE), -1):
        if text[j] in "。！？；\n":
            return None  # the village must be the sentence's own
        if not text.startswith(within, j):
            continue
        for k in range(max(0, j - GROUP_CHAIN_REACH), j):
            if not name_may_start(text, k) or text[k] in PERSONAL_PRONOUNS:
                continue  # (我和村支书一起去了上滩组: the writer and the village's cadre, no 我和村)
            chunk = _parse_at(text, k, j + len(within))
            if chunk and chunk.end == j + len(within) and chunk.segments[-1].text.endswith(within) \
                    and chunk.segments[-1].level == "community":
                segs = segment(chunk.segments[-1].text + name)
                if segs and len(segs) == 2 and segs[-1].text == name:
                    return chunk.segments + segs[-1:]
    return None


@cache
def _community_site_words() -> tuple[str, ...]:
    return words("place_community_site_words.txt")


def _quoted_site(unit: Segment | None, text: str, seg: Segment) -> Segment:
    """The site named in quotes `text` (“家站点”, its quotes included) right after
    `unit`: a village's, community's or town's own service site when its head word
    is one of a unit's site words (`place_community_site_words.txt`: 站点, 驿站,
    之家, 家园), so a Facility of that unit whatever the word's type elsewhere
    (站点 a firm's, 家园 an estate); else `seg`'s type.  Source: issue 9
    (newcomer: 古北社区“家站点” was typed Enterprise).

    >>> _quoted_site(Segment("古北社区", "ResidentsCommittee", "community"), "“家站点”", Segment("“家站点", "Enterprise", "site")).type
    'Facility'
    >>> _quoted_site(None, "“家站点”", Segment("“家站点", "Enterprise", "site")).type
    'Enterprise'
    """
    if unit is not None and unit.level in ADMIN and text.strip("“”").endswith(_community_site_words()):
        return Segment(text, "Facility", seg.level)
    return Segment(text, seg.type, seg.level)


def _counted_spot(leaf: Segment, counted: re.Match) -> Segment | None:
    """`一处青鸟快递驿站` after a named place: one spot (处, `SPOT_CLASSIFIER`, counts
    places; 家 and 个 count firms and things) whose name the grammar reads as
    named is a site in the place, as `位于X的一处Y` gives Y.  The leaf without
    its count; None for an indefinite thing (一家食品企业, 一处安置点).

    >>> _counted_spot(Segment("一处青鸟快递驿站", "Facility", "site"), INDEFINITE.match("一处青鸟快递驿站")).text
    '青鸟快递驿站'
    """
    if not counted.group(0).endswith(SPOT_CLASSIFIER) or counted.group(0)[0] != "一":
        return None
    rest = segment(leaf.text[counted.end():])
    if not rest or len(rest) != 1 or not is_named(rest):
        return None
    return rest[0]


# what follows a type word that opens its place's organ or its head's title (县|委, 县|长, 镇|政府,
# 县|人大: the organs of jurisdiction_organs.txt, and the head's title 长); a pattern template
ORGAN_AFTER_TYPE = "长|(?:{})"


def _type_written_twice(window: str, start: int, end: int) -> bool:
    """Is the type word window[start:end] written right after the same type word
    that ends a name of two or more characters before it (青山县|县长 read up to
    县县, 江湾街道|街道)?  Then the second opens the next word, a title or an organ,
    and the name ends at the first: no place is named 青山县县.  A one-character
    name keeps its doubled type (西村村: the village 西村) unless the second
    opens the place's organ or its head's title (滑县|县委, 沛县|县长); an organ written as a
    type word (柏溪村|村委会) is read whole before this is asked.  Source: the
    newcomer's reports (session 24: `青山县县长…` gave the place 青山县县).

    >>> _type_written_twice("城关镇镇", 3, 4), _type_written_twice("青山县县", 3, 4)
    (True, True)
    >>> _type_written_twice("西村村", 2, 3), _type_written_twice("青山县", 2, 3)
    (False, False)
    >>> _type_written_twice("滑县县委", 2, 3), _type_written_twice("沛县县长", 2, 3), _type_written_twice("西村村口", 2, 3)
    (True, True, False)
    """
    size = end - start
    if not (start - size >= 1 and window.startswith(window[start:end], start - size) and suffix_at(window, start)):
        return False
    # a one-character name (滑县, 西村) doubles its type word only where the second opens its organ
    # or its head's title (滑县|县委, 滑县|县长, 单县|县政府): the name is not 滑县县
    return start - size >= 2 or pattern("jurisdiction_organs.txt", ORGAN_AFTER_TYPE).match(window, end) is not None


# not cached: on dev a call costs ~2µs and a quarter of the calls repeat (0.3 ms of a 3 s
# build), while a cache keyed by the report text kept every report's text alive
def _in_title(text: str, start: int, end: int) -> bool:
    """Is the type word at text[start:end] inside a title that opens before it
    and runs on after it (`post_titles.txt`: 副镇长 in 王明副镇长, 常务副区长)?
    Such a span is a person and a post, not a place; a title opening at the
    type word (青河镇长) leaves the place before it alone.

    >>> _in_title("王明副镇长", 3, 4), _in_title("青河镇镇长", 2, 3), _in_title("青河镇长", 2, 3)
    (True, False, False)
    """
    titles = title_opening()
    return any((m := titles.match(text, s)) and m.end() > end for s in range(max(0, start - 4), start))
