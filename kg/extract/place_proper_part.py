"""Whether a written name has a proper part: a name of its own before its type words.

`新华社区` is named (新华), `社区` or `这个社区` is not.  Reads one segment's
text (or a run of segments, `is_named`) with the type words of
`place_suffixes` and the place lexicons (generic words, determiners, verb
names...) and gives yes or no; also the tests of a name made of words
(`word_named_unit`), of a clause that covers a type word (`covered`) and of
a work done at a place (`work_after`).

>>> has_proper_part("新华社区"), has_proper_part("这个社区")
(True, False)
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract.lexicons import alternation, pattern, words
from kg.extract.place_suffixes import ADMIN, CLASSIFIERS, NUMERAL, Segment, suffix_at, suffixes

NUMBER = re.compile(r"[\dA-Za-z一二三四五六七八九十百零〇#\-]+")
COMMEMORATIVE = re.compile(r"[一二三四五六七八九〇]{2,3}")

# the heads a verb and its object may qualify as a clause does (入园企业, 到镇卫生院): a firm's
# or a facility's type; settlements and units are named by such words (兴园小区, 下寨村民小组)
OBJECT_VERB_HEADS = frozenset({"Enterprise", "Facility"})


@cache
def generic_words() -> frozenset[str]:
    return frozenset(words("place_generic_words.txt"))


@cache
def object_verbs() -> frozenset[str]:
    return frozenset(words("place_object_verbs.txt"))


@cache
def one_character_determiners() -> frozenset[str]:
    return frozenset(w for w in words("place_determiners.txt") if len(w) == 1)


def _quoted_programme(name: str, type_word: str) -> bool:
    """Is `name` + `type_word` a programme's work: a quoted term opening the name,
    only common words after it, and a work's type word (`place_work_words.txt`:
    “幸福家园”改造工程, “净美庭院”项目, “民心”工程)?  The quotes mark a campaign's
    or a slogan's name (an estate type word inside it, 家园, names no estate), and
    the work is done wherever the report is: no site of its own.  A quoted facility
    (“暖阳驿站”) or a named project (青枫大桥建设工程) ends in no work word or is
    written without quotes.  Source: FAULTS35_p103 (察看正在推进的“X家园”改造工程 at
    an estate made the works a new stop that took the estate's issues).

    >>> _quoted_programme("“幸福家园”改造", "工程"), _quoted_programme("“暖阳驿站”", "")
    (True, False)
    """
    if not name.startswith("“") or "”" not in name or not type_word.endswith(words("place_work_words.txt")):
        return False
    rest = name[name.index("”") + 1:]
    return not rest or covered(rest)


def work_after(text: str, pos: int) -> bool:
    """Does text[pos:] open with a work's type word (`place_work_words.txt`), maybe
    after common words (改造工程, 项目)?  After a quoted term it makes the term a
    programme's name (`_quoted_programme`).

    >>> work_after("改造工程，", 0), work_after("门口，", 0)
    (True, False)
    """
    for k in range(0, 7):
        if text.startswith(words("place_work_words.txt"), pos + k) and (k == 0 or covered(text[pos:pos + k])):
            return True
    return False


def is_named(segments: tuple[Segment, ...]) -> bool:
    """A named place, not a generic one (社区食堂, 该小区, 几个安置小区, 镇里).

    A chain of several segments is named when one of them is (its generic
    leaf is labelled with the named parent's name: 杏林社区议事工作室); a chain
    of generic segments is not (全镇各村屯: the whole town's villages).  A single segment is generic when its name part (the text
    before its type suffix) has no proper-name part: it starts with a
    determiner or quantifier (`place_determiners.txt`, or numeral + classifier:
    两个, 一处), starts with a generic word (`place_generic_words.txt`), or is
    made up wholly of generic words and type words (小区活动室, 镇里).

    >>> from kg.extract.place_segments import segment
    >>> is_named(segment("翠湖小区")), is_named(segment("几个安置小区"))
    (True, False)
    """
    return any(has_proper_part(seg.text) for seg in segments)


@lru_cache(maxsize=65536)
def has_proper_part(segment_text: str) -> bool:
    """Does one segment's name part hold a proper name (see `is_named`)?"""
    hit = suffix_at(segment_text, len(segment_text))
    name = segment_text[: len(segment_text) - hit[0]] if hit else segment_text
    if hit and _quoted_programme(name, segment_text[len(segment_text) - hit[0]:]):
        return False
    name = name.strip("“”\"")
    if "”" in name:
        # “一站式”服务大厅: quotes marking a term inside the name part; its words are judged
        # as written (a generic term quoted is no proper name). Source: FAULTS32 (p91)
        name = name.replace("“", "").replace("”", "")
        segment_text = name + segment_text[len(segment_text) - hit[0]:] if hit else name
    if hit and _households_name(name, segment_text[len(segment_text) - hit[0]:], hit[2]):
        return True  # 三家子村, 五家屯: households founding a hamlet name it (家 counts no villages)
    if not name or (determiners().match(name) and not name_opening_like_determiner(name) and not _named_place_opens(name)):
        return False
    if referring_word(name):
        return False  # 同村, 同一社区: the same unit as one named before, no unit named 同
    if hit and hit[2] in ADMIN and name in words("place_former_words.txt"):
        return False  # 原村, 旧村: the unit as it was (the former villages of a resettled community), no name
    if hit and hit[2] in ROAD_NAMED_LEVELS and road_name(name):
        return True  # 文化路街道, 建设路社区: named after a road, however generic the road's first word
    if hit and hit[2] == "site" and (address := ROAD_NUMBER.fullmatch(name)) and road_name(address.group("road")):
        return True  # 文化东路45号院: a compound named by its address on a named road, however generic the road's first word
    if hit and hit[2] in ROAD_NAMED_LEVELS and _common_word_name(name):
        return True  # 建设村, 新建社区: a common word naming a unit (not its kind: 贫困村, 联系社区)
    if hit and _ordinal_name(name, segment_text[len(name):], hit[2]):
        return True  # 第三社区, 第一中学: a unit or a school numbered in its series
    if hit and hit[2] in ADMIN and _type_word_spot(name):
        return True  # 街道口社区: a unit named after a spot (the mouth of a street), not a phrase opened by 街道
    if hit and hit[2] in ADMIN and _site_word(name):
        # 渡口镇, 花园村, 创业园社区: a unit named after a site whose type word is its whole name,
        # however generic the type word's own first word (创业 of 创业园: session 39)
        return True
    if hit and hit[1] == "HousingEstate" and site_named_estate(name):
        return True  # 渔港新村小区, 码头花园: an estate named after a site (a port, a wharf) its people work at
    if hit and _paired_ways(name, segment_text[len(name):]):
        return False  # 大街小巷, 背街小巷: every street and lane (a paired idiom), no lane named so
    if hit and segment_text[len(name):] in words("place_way_sections.txt"):
        return _holds_named_way(name)  # 人民路东段, 建设路东段, not 该路东段: a way's section is named by the way
    if pattern("place_generic_words.txt").match(segment_text):
        return False
    if len(name) == 1 and hit and hit[0] == 1 and name in object_verbs():
        return False  # 驻村, 包村, 进村: a verb and its object (驻村第一书记), not a village named 驻
    if len(name) == 2 and name[0] in object_verbs() and (inner := suffix_at(name, 2)) and inner[0] == 1 \
            and hit and hit[1] in OBJECT_VERB_HEADS and name not in words("place_side_words.txt"):
        # (a firm's or a facility's head only: 兴园小区, 联村社区, 下寨村民小组 are named so)
        # 入园企业, 驻村企业, 到镇卫生院, 加强村卫生室: the verb and its object (entering the park)
        # qualify the head as a clause would; the head is a class (the park's firms), no name.
        # Source: FAULTS32 (p91: 走访入园企业 made a stop of the firms, the park's issues went there)
        return False
    if hit and hit[2] in PASSIVE_LEVELS and len(name) == 2 and name[0] in words("place_passive_markers.txt"):
        return False  # 受淹小区, 被淹小区: what befell the places (a passive marker and its verb), no name
    if partner_phrase(name):
        return False  # 并和(镇人大主席), 还与(村干部): an adverb and a partner preposition, no name
    if DISTANCE.search(name):
        return False  # 几公里外入(园), 十公里外的(学校): how far away a place is, no name of one
    if TIMES_COUNTED.fullmatch(name):
        return False  # 两天四站, 一天跑三村: a count of days and of the stops made in them, no name
    if NUMBER.fullmatch(name):
        # 10号, 3号楼: an address inside a place, not a place's name; but two or three
        # digits without a place value (五一村, 八一社区, 三八村) name a date, as places do
        return bool(hit) and COMMEMORATIVE.fullmatch(name) is not None
    if _opens_with_unit_named_after_site(name):
        return True  # 码头街道(敬老院): a town or village named after a site, then a site of it
    if hit and hit[2] == "site" and _unit_middle(name):
        return False  # 村中祠堂: the hall in the village just named, no hall named 村中
    if _opens_with_type_word(name):
        return False  # 片区居民群里: a common noun phrase opened by a bare type word, no name before it
    if len(name) >= 4 and name[0] in words("place_own_unit_openers.txt") and hit and hit[2] == "site":
        return False  # 村茶叶加工厂: the village's own plant, in the village just named (`place_own_unit_openers.txt`)
    return not covered(name)


# the levels a passive state may stand before as a name part would (受淹小区, 受灾村组); a town's
# or a district's name part is a proper name however it opens
PASSIVE_LEVELS = ("site", "community")
# a distance (几公里外, 十里开外, 两千米远): how far a place lies, inside a clause about getting
# there (只能到几公里外入园), never part of a name (a name counting 里 as 十里铺 has no 外/远 after
# it); session 59, gen59
DISTANCE = re.compile(f"{NUMERAL}+(?:公里|千米|米|里)(?:以外|开外|外|远)|{NUMERAL}+(?:公里|千米)")
# counts of time (days, nights, weeks, trips) and a numeral after them: 两天四(站), 三天五(村),
# what a headline or a summary counts its stops by (the classifiers of time are grammar)
TIMES_COUNTED = re.compile(f"(?:{NUMERAL}+[天日晚夜周月年次趟]){NUMERAL}+")
# a hamlet named after the households that founded it (三家子, 五家): 家 counts firms and shops
HOUSEHOLDS = re.compile(r"[一二三四五六七八九十两]家(子)?")
# the type words of a hamlet (屯) or a village (村), the places such a name is given to
HAMLET_WORD = "屯"
VILLAGE_WORD = "村"


def _households_name(name: str, type_word: str, level: str) -> bool:
    """Is the name part a number of households (`HOUSEHOLDS`) naming a hamlet
    (五家屯, 三家子屯) or, with 子, a village (三家子村)?  Numeral + 家 counts
    firms and shops elsewhere (三家企业, 两家超市), never hamlets or villages, so
    before their type words it is a name: the northeast's villages are named
    after the households that settled them.  Source: PLACES24 generated shapes.

    >>> _households_name("五家", "屯", "site"), _households_name("三家子", "村", "community"), _households_name("三家", "村", "community")
    (True, True, False)
    """
    m = HOUSEHOLDS.fullmatch(name)
    if not m:
        return False
    return type_word == HAMLET_WORD or (m.group(1) is not None and type_word == VILLAGE_WORD and level == "community")


def _opens_with_unit_named_after_site(name: str) -> bool:
    """Does the name part open with an administrative unit named after a site
    (渡口镇|敬老院: `_site_word` + an administrative type word)?"""
    for k in range(3, len(name) + 1):
        hit = suffix_at(name, k)
        if hit and hit[2] in ADMIN and _site_word(name[: k - hit[0]]):
            return True
    return False


def _site_word(name: str) -> bool:
    """Is `name` one site's type word of two or more characters (渡口, 花园:
    `place_suffixes.tsv`, level site), or an area's that is no administrative
    unit (园区, 开发区: type Venue)?  Before an administrative type word it is
    the unit's name (渡口镇, 园区社区).

    >>> _site_word("渡口"), _site_word("园区"), _site_word("社区"), _site_word("石桥")
    (True, True, False, False)
    """
    plain, _, _ = suffixes()
    hit = plain.get(name)
    return len(name) >= 2 and hit is not None and (hit[1] == "site" or hit[0] == "Venue")


def site_named_estate(name: str) -> bool:
    """Is a housing estate's name part (the text before its last estate type word)
    one site's type word that is no estate's, no area's and no work's (`_site_word`:
    渔港, 码头, 医院; not 花园, 片区, 项目), maybe followed by estate type words
    (渔港|新村 of 渔港新村小区)?  Estates are named after the port, the wharf, the
    plant their first residents worked at (渔港新村, 码头小区, 电厂小区), so the common
    noun is the estate's proper part; a phrase of type words alone (小区花园, 片区小区,
    新村小区) names none.  Shapes: name part -> bool.
    Source: session 56, place56 (a newcomer's 来到渔港新村小区 gave no place at all).

    >>> site_named_estate("渔港新村"), site_named_estate("码头"), site_named_estate("小区"), site_named_estate("片区")
    (True, True, False, False)
    """
    plain, _, _ = suffixes()
    for k in range(len(name), 1, -1):
        head = plain.get(name[:k])
        if head is None:
            continue
        if not _site_word(name[:k]) or head[0] == "HousingEstate" or name[:k].endswith(_NOT_ESTATE_NAMES) \
                or name[:k].endswith(tuple(words("place_work_words.txt"))):
            return False
        rest = name[k:]
        while rest:  # estate type words after the site's (渔港|新村)
            step = next((j for j in range(len(rest), 0, -1) if plain.get(rest[:j], ("",))[0] == "HousingEstate"), 0)
            if not step:
                return False
            rest = rest[step:]
        return True
    return False


# the endings of site words naming a part of a place or a group of people (休息区, 片区,
# 网格, 居民小组): no estate is named after them
_NOT_ESTATE_NAMES = ("区", "组", "格", "社", "点", "室", "中心")


def _type_word_spot(name: str) -> bool:
    """Is a unit's name part a type word of two or more characters and a spot
    word after it (`place_spot_words.txt`: 街道口, the mouth of a street)?  Such
    a toponym names the unit (街道口社区); a type word opening a longer phrase
    does not (街道办事处, 小区门口).

    >>> _type_word_spot("街道口"), _type_word_spot("小区门口"), _type_word_spot("石桥口")
    (True, False, False)
    """
    plain, _, _ = suffixes()
    return len(name) >= 3 and name[:-1] in plain and name[-1] in words("place_spot_words.txt")


# a compound's address as its name: a road's name and a house number (文化东路|45|号院; the
# type word 号院 or 号楼 takes the 号).  Source: FAULTS36_p104 (p104-05: the road's generic
# first word 文化 left the compound unnamed, and the members' stop there was lost)
ROAD_NUMBER = re.compile(r"(?P<road>.+?)(?:\d+|[一二三四五六七八九十百零〇]+)号?")
# the administrative units named after the road they lie on (文化路街道, 建设路社区)
ROAD_NAMED_LEVELS = {"subdistrict", "community"}
# what a road's name may hold between its first word and its road word: the side of the
# town the stretch runs through, its number in a series, or both (建设|东|路, 解放|二|路,
# 中山|东一|路): the closed set of direction characters and small ordinals
ROAD_SECTION = re.compile(r"[东西南北中]?[一二三四五六七八九十]?")
# an ordinal (第三, 第十二): a unit or a site numbered in its series is named by it
ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇\d]+")


def _holds_named_way(name: str) -> bool:
    """Does a way section's name part hold a named way: a word of two or more
    characters and a road word (`road_name`) from its start, the words before the road word
    no common word (`place_generic_words.txt`) unless one names the road (`common_word_road`) and no place's type word (庙前村|路东: the
    village's own road)?  拥堵 and 学校周边 hold none.

    >>> _holds_named_way("人民路东"), _holds_named_way("枫林街与资江大道"), _holds_named_way("拥堵"), _holds_named_way("庙前村路")
    (True, True, False, False)
    >>> _holds_named_way("建设路东")  # a road named by a common word (common_word_road)
    True
    """
    way = pattern("place_road_words.txt")
    for m in way.finditer(name):
        if suffix_at(name, m.start()):
            continue  # 庙前村|路东段: a unit's own way, no way named
        if road_name(name[:m.end()]) and (name[:m.start()] not in generic_words() or common_word_road(name[:m.end()])):
            return not determiners().match(name)
    return False


def _paired_ways(name: str, type_word: str) -> bool:
    """Is the segment a paired idiom of two ways, each after one character
    (大街小巷, 背街小巷, 穿街过巷: every street and lane), not a lane's name?
    The parallel shape (character, way word, character, way word) is the
    idiom's; a named lane has one way word at its end (桂花巷, 东大街).

    >>> _paired_ways("大街小", "巷"), _paired_ways("桂花", "巷"), _paired_ways("东大", "街")
    (True, False, False)
    """
    way = pattern("place_road_words.txt", "(?:{})$").fullmatch
    return (len(name) == 3 and len(type_word) == 1
            and bool(way(name[1])) and bool(way(type_word)) and not way(name[0]) and not way(name[2]))


def _common_word_name(name: str) -> bool:
    """Is a unit's whole name part one common word (`place_generic_words.txt`)
    that is no word of a unit's kind (`place_unit_kinds.txt`: 贫困, 联系, 安置)?
    Before a village's, community's or town's type word such a word is its
    name: villages are named 建设, 新建, 民生, and no unit is of the kind 建设.

    >>> _common_word_name("建设"), _common_word_name("贫困"), _common_word_name("石桥")
    (True, False, False)
    """
    return name in generic_words() and name not in unit_kinds()


@cache
def unit_kinds() -> frozenset[str]:
    return frozenset(words("place_unit_kinds.txt"))


def _ordinal_name(name: str, type_word: str, level: str) -> bool:
    """Is the name part an ordinal (`ORDINAL`) before the type word of a unit, or
    of a site of two characters or more that is no work (第一中学, 第三社区; not
    第一站, a tour's stop, nor 第二项目)?

    >>> _ordinal_name("第三", "社区", "community"), _ordinal_name("第一", "中学", "site"), _ordinal_name("第一", "站", "site")
    (True, True, False)
    """
    if not ORDINAL.fullmatch(name):
        return False
    return level in ADMIN or (len(type_word) >= 2 and not type_word.endswith(words("place_work_words.txt")))


@cache
def _verb_names() -> frozenset[str]:
    return frozenset(words("place_verb_names.txt"))


def word_named_unit(segment_text: str) -> bool:
    """Is `segment_text` a village, community or town (`ROAD_NAMED_LEVELS`,
    a village's 村 included) whose whole name part is a word that names units
    although the analyser reads it as a clause word: a common word that is no
    unit's kind (`_common_word_name`: 建设村) or a commendatory name
    (`place_verb_names.txt`: 团结社区, 发展村)?  The grammar's reading then
    holds against the analyser's verb (建设/v 村).  An estate named so is no
    name (建设小区, 建设家园 are works), nor a verb acting on a unit (扎根社区).
    Source: PLACES24 generated heading lines (a stop `建设村` on a line of its own).

    >>> word_named_unit("建设村"), word_named_unit("团结社区"), word_named_unit("建设小区"), word_named_unit("扎根社区")
    (True, True, False, False)
    """
    hit = suffix_at(segment_text, len(segment_text))
    if not hit or hit[2] not in ROAD_NAMED_LEVELS:
        return False
    part = segment_text[:len(segment_text) - hit[0]]
    return len(part) >= 2 and (_common_word_name(part) or part in _verb_names())


def word_unit_at(window: str, pos: int) -> bool:
    """Does a common word that names units (`_common_word_name`: 建设) and then a
    village's, community's or town's type word start at `pos`, the type word
    ending there (建设村，, 建设社区调研; not 建设村级…, 建设村民…: 村级 is a word)?
    The stop word 建设 then opens a name.

    >>> word_unit_at("建设村调研", 0), word_unit_at("建设村级活动", 0), word_unit_at("贫困村", 0)
    (True, False, False)
    """
    plain, _, longest = suffixes()
    for k in range(2, 4):
        if not _common_word_name(window[pos:pos + k]):
            continue
        start = pos + k
        for j in range(start + longest, start, -1):
            hit = plain.get(window[start:j])
            if hit and hit[1] in ROAD_NAMED_LEVELS:
                return not any(window[start:start + n] in generic_words() for n in range(j - start + 1, 5))
    return False


def road_name(name: str) -> bool:
    """Is `name` a road's name: a word of two or more characters and a road word
    (`place_road_words.txt`: 文化路, 建设大街)?  道路, one word, is none.

    >>> road_name("文化路"), road_name("建设大街"), road_name("道路"), road_name("文化")
    (True, True, False, False)
    """
    road = pattern("place_road_words.txt", "(?:{})$").search(name)
    return road is not None and road.start() >= 2 and name[road.start() - 1] not in "的和与及" and not covered(name)


def common_word_road(name: str) -> bool:
    """Is `name` a road named by one common word (`place_generic_words.txt`) that is
    no word of a unit's kind, maybe with the road's section (`ROAD_SECTION`) before
    the road word: 建设路, 发展大道, 建设东路?  As `_common_word_name` reads such a
    word before a village's type word (建设村), a road is named 建设 too.

    >>> common_word_road("建设路"), common_word_road("建设东路"), common_word_road("贫困路"), common_word_road("人民路")
    (True, True, False, False)
    """
    road = pattern("place_road_words.txt", "(?:{})$").search(name)
    if road is None or not road_name(name):
        return False
    head = name[:road.start()]
    section = re.search(f"(?:{ROAD_SECTION.pattern})$", head)
    return _common_word_name(head[:section.start()] if section else head)


# characters that, after a one-character determiner, keep it a determiner (这条, 那片, 这几, 各两):
# classifiers, numerals, determiners and the plural 们 (我们村)
COUNTING_CHARS = re.compile(f"[{CLASSIFIERS}条些块间位名户头边里们{NUMERAL[1:-1]}]")


def name_opening_like_determiner(name: str) -> bool:
    """`那平村`, `那坡县`, `诸暨市`: a name part of two characters whose first is a
    one-character determiner (那, 诸) and whose second is no classifier,
    numeral or determiner, nor making a determiner with it (其他), is a proper name (Zhuang village names open with 那);
    `那个村`, `这条街`, `某某社区` stay generic.

    >>> name_opening_like_determiner("那平"), name_opening_like_determiner("那条"), name_opening_like_determiner("该")
    (True, False, False)
    """
    return (
        len(name) == 2 and name[0] in one_character_determiners() and not COUNTING_CHARS.match(name, 1)
        and name[1] not in one_character_determiners() and name not in words("place_determiners.txt")
        and not _type_word_after_determiner(name)
    )


def _named_place_opens(name: str) -> bool:
    """Does a name part longer than two characters open with a place named as
    `name_opening_like_determiner` reads one, its type word right after the two
    characters (那勒墟|农贸市场, 那坡县|城关: a Zhuang market town or county, then a
    site of it written in one name)?  Session 41 (FAULTS41_p146: the stop 那勒墟农贸市场
    was cut to 那勒墟).

    >>> _named_place_opens("那勒墟农贸"), _named_place_opens("那个村卫生"), _named_place_opens("那勒")
    (True, False, False)
    """
    if len(name) <= 2 or not name_opening_like_determiner(name[:2]):
        return False
    return any((hit := suffix_at(name, end)) and hit[0] == end - 2 for end in range(3, len(name) + 1))


def _type_word_after_determiner(name: str) -> bool:
    """Does a type word follow the determiner as a word of its own (各街|镇, 全镇|村:
    the towns and subdistricts, the villages of the whole town)?  A site's type
    character after a determiner that counts no set (`place_quantifiers.txt`) is a
    name's character instead: 那弄乡 (Zhuang: 弄 is a valley) is no lane.

    >>> _type_word_after_determiner("各街"), _type_word_after_determiner("全镇"), _type_word_after_determiner("那弄")
    (True, True, False)
    """
    hit = suffix_at(name, 2)
    return bool(hit) and (hit[2] != "site" or name[0] in words("place_quantifiers.txt"))


def _opens_with_type_word(name: str) -> bool:
    """Does the name part open with a type word of two or more characters
    (片区居民群, 小区门口), or with one of any length and an inner locative
    (村内主街, 园内步道: the place just named, `INSIDE_LOCATIVE`)?  A proper
    name comes before its type word; a phrase opened by one names no place
    (`has_proper_part`).

    >>> _opens_with_type_word("小区门口"), _opens_with_type_word("村内主"), _opens_with_type_word("村东")
    (True, True, False)
    """
    plain, _, longest = suffixes()
    return any(
        len(name) > k and name[:k] in plain and (k >= 2 or INSIDE_LOCATIVE.match(name, k))
        for k in range(1, longest + 1)
    )


# after a bare type word: inside it (村内主街 is the street of the village just named)
INSIDE_LOCATIVE = re.compile("[内里]")


def _unit_middle(name: str) -> bool:
    """Is a site's name part a bare community-level type word and a side of it
    (`place_unit_sides.txt`: 村中, 社区中, 村后, 村东)?  Before a site's type word it
    locates the site in the unit just named (村中祠堂, 村中广场: the village's hall;
    村后街: the village's back street), as 村内/村里 do; it names no site.  Units above a
    village keep it (城中区, 镇中 for 镇中学 are names), so only community-level words.
    Source: session 41 (p143: 在X村，调研组在村中祠堂前召开座谈会 made the hall the stop);
    session 44 (p157: 走到村后街 made the street the stop of the village's visit).

    >>> _unit_middle("村中"), _unit_middle("社区中"), _unit_middle("村后"), _unit_middle("县中"), _unit_middle("村中心")
    (True, True, True, False, False)
    """
    plain, _, _ = suffixes()
    side = name[-1:]
    unit = name[:-1]
    return side in words("place_unit_sides.txt") and plain.get(unit, ("", ""))[1] == "community"


def covered(name: str) -> bool:
    """Is `name` a run of generic words and type words only (小区活动, 村民活动)?

    >>> covered("村民活动"), covered("万亩梯田")
    (True, False)
    """
    generic = generic_words()  # (the set built once: ~30 calls a report made it of ~200 words each time)
    plain, _, longest = suffixes()
    ok = [True] + [False] * len(name)  # ok[i]: name[:i] is covered
    for i in range(len(name)):
        if not ok[i]:
            continue
        for j in range(i + 1, min(len(name), i + max(longest, 4)) + 1):
            piece = name[i:j]
            if piece in generic or piece in plain:
                ok[j] = True
    return ok[len(name)]


@cache
def determiners() -> re.Pattern:
    # numeral + classifier (两个, 一处, 几家, 多所, 十余家) is grammar; the words are data
    return re.compile(f"(?:{alternation(words('place_determiners.txt'))}|{NUMERAL}+余?[{CLASSIFIERS}])")


def partner_phrase(name: str) -> bool:
    """Is `name` (a place's or a jurisdiction's name part) an adverb or conjunction
    (`place_partner_leads.txt`: 并, 还, 而是) then a partner preposition
    (`partner_prepositions.txt`: 和, 与, 同, 跟): going along with someone whose bare
    jurisdiction word follows (并和|镇人大主席甲), no name?  Session 59, more59.

    >>> partner_phrase("并和"), partner_phrase("而是和"), partner_phrase("太和")
    (True, True, False)
    """
    return len(name) >= 2 and name[-1] in words("partner_prepositions.txt") and name[:-1] in words("place_partner_leads.txt")


def referring_word(name: str) -> bool:
    """Is the name part only a word that refers back (`place_referring_words.txt`: 该, 本, 同, 同一)?"""
    return name in words("place_referring_words.txt")
