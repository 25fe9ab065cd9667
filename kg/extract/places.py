"""Place names and their hierarchy.

A written place name is a run of segments, each a name plus a suffix from
`place_suffixes.tsv`: `梧桐街道竹韵居委松涛大楼小区` is a housing estate
(松涛大楼小区) in a residents' committee (竹韵居委) in a subdistrict
(梧桐街道).  Names are only cut after administrative suffixes (district,
subdistrict, community), so 松涛大楼小区 stays whole.  Where a name starts is
decided by the caller (after a verb, 在, a list separator...); where it ends
is decided here, at stop words from `place_stops.txt` or punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from kg.extract.issue_words import raiser_words
from kg.extract.lexicons import alternation, compile_words, kind_words, pattern, table, words
from kg.pipeline import set_extension
from kg.repair.lost import UNREADABLE
from kg.text import HAN

LEVELS = {"district": 0, "subdistrict": 1, "community": 2, "site": 3}
ADMIN = {"district", "subdistrict", "community"}
AREAS = {"district", "subdistrict"}
# types of open-air places: a generic one after a named place (X社区广场) is a spot in it,
# and the dev gold names the named place as the stop (the written form is another label)
OPEN_SPACES = {"Venue"}
# (and □, kg.repair.lost's mark for a character lost in the file: 北□□街道 is a name)
NAME_CHARS = re.compile(rf"[{HAN}〇{UNREADABLE}A-Za-z0-9\-+“”\"#·]+")
MAX_PLACE = 32
LIST_SEP = re.compile("、|" + alternation(words("place_list_joins.txt")))  # 、 and place_list_joins.txt
# joiners a name may hold (和平村): after a named place one ends it unless a name word starts there
LIST_JOINERS = "和及"
# after a listed place, words that do not end the list: a site in it (幸福小区加装电梯现场)
# or a quoted name of a room in it (松涛小区“书记工作室”)
SITE_TAIL = re.compile(r"[^，。；、和及与\s]{1,8}?(?:现场|工地)|“[^”，。]{1,16}”")
# the words of a part of a listed place the grammar cannot name (…隐患点), up to the next separator
PART_GAP = re.compile(r"[^，。；：、和及与\s的]{1,8}")
NUMBERED = re.compile(r"第?[一二三四五六七八九十\d]+[组社期]")  # (a numbered part in either style: 五组, 第五组; 3社, a group in Sichuan)
# a part of a village, community or subdistrict named by its number or side: a grid of
# its grid management (5号网格, 第三网格) or an area of it (东片区, 二片区), named by the unit
# a village's or community's group named by its number alone (七组, 第三村民小组, 3社): the number
# names it only among its unit's groups, so its label carries the unit's name (红旗村七组;
# docs/parser.md, session 32)
NUMBERED_GROUP = re.compile(r"第?[一二三四五六七八九十\d]+(?:村民小组|居民小组|组|社)")
UNIT_PART = re.compile(r"(?:第?[一二三四五六七八九十\d]+号?|[东西南北中])(?:片区|网格)")
# a village's natural hamlet named by a side word (place_side_words.txt: 上寨, 下寨): one
# character names it only as a part of the village written before it, or listed with one
SIDE_HAMLET_TYPES = "寨屯"


@cache
def _side_hamlet() -> re.Pattern:
    return re.compile(f"(?:{'|'.join(map(re.escape, words('place_side_words.txt')))})[{SIDE_HAMLET_TYPES}]")


def side_hamlet(rest: str) -> bool:
    """Is `rest` a natural hamlet named by a side word alone (上寨, 下寨; `place_side_words.txt`)?

    >>> side_hamlet("上寨"), side_hamlet("山寨"), side_hamlet("李家寨")
    (True, False, False)
    """
    return _side_hamlet().fullmatch(rest) is not None


NUMBER = re.compile(r"[\dA-Za-z一二三四五六七八九十百零〇#\-]+")
COMMEMORATIVE = re.compile(r"[一二三四五六七八九〇]{2,3}")
QUANTIFIED = re.compile(r"([一二三四五六七八九十两\d]+)个(街道|镇|乡|社区|村|小区|居民区)")
# 云溪、青石两镇: without 个 only after a list (罗湾六村, 第三社区 are names)
# 鹭岛锦苑、翠湖湾、梧桐苑等小区: a list closed by 等 and the type word its items share
QUANTIFIED_ETC = re.compile(rf"等(?:([一二三四五六七八九十两\d]+)个)?(街道|镇|乡|社区|村|小区|居民区)(?![{HAN}]{{0,3}}[站室馆院场园所])")
QUANTIFIED_BARE = re.compile(r"(?<=[^\d一二三四五六七八九十两第])([两二三四五六七八九十])(街道|镇|乡|社区|村)")
LOCATED_OF = re.compile(r"[^，。；的\s]{1,12}的")
IN_OWN_AREA = re.compile(rf"(?:{alternation(words('place_own_area_words.txt'))})(?:内|里)?的?")
# after a place: X辖区内的Y, X内的Y, X的(一处)Y
INSIDE_OF = re.compile(r"(辖区)?([内里中])?的")
# one place inside another (X的一处Y); a plural (X的两个项目——A和B) names a set instead
SINGLE = re.compile(r"[一这那][个处家座所片栋幢]?")
NUMERAL = "[一二三四五六七八九十百两几数多\\d]"
CLASSIFIERS = "个处家座所片栋幢"
# a count of more than one (两家, 几个, 多处): what follows is a set, not one place
PLURAL_COUNT = re.compile(f"[两二三四五六七八九十几多数]+[{CLASSIFIERS}]")
SET_THEN_MEMBERS = re.compile(f"的{NUMERAL}+[{CLASSIFIERS}][^，。；]{{0,12}}?(?:——|：|:)")
# characters that never stand in a place's name part: particles (人员提出了小区)
# a building's number after an estate's name (3号楼, 12栋, 二单元): an address inside the estate
BUILDING = re.compile(r"[0-9０-９一二三四五六七八九十百]+(?:号楼|栋|幢|单元)$")
# a leaf opened by a numeral and a classifier (一家新材料企业, 一处安置点): an indefinite, never a name
INDEFINITE = re.compile(f"{NUMERAL}+[{CLASSIFIERS}]")
# the classifier of spots (一处): after a named place, one named spot counted is a site in it
SPOT_CLASSIFIER = "处"
# after a name: the mark of a news source (本报讯, X融媒体中心讯), not a place
BYLINE = "讯"
NOT_IN_NAME = re.compile(r"[的了们着吗呢吧啊]")
# a count of people (20多名, 三位) never stands in a name: 20多名委员共接待社区 is a clause, not a place;
# nor does a count in figures of units or households (江门村共有8个屯, 新丰村12户低保户: a clause
# telling how many, or the households visited; a name's figures are numbers, 5社 or 3号院, never
# counted with 个 or 户).  Source: FAULTS32 (p91: the count became the stop, the village lost)
COUNTED_PEOPLE = re.compile(r"[\d一二两三四五六七八九十百千几数多]+余?[名位]|^[\d一二两三四五六七八九十几数多]+余?户|\d+余?[个户]")
# a counted thing inside a name (空地上建一处社区食堂, 新建两个停车场): a clause about building
# or having places, no name; an ordinal (第一所) names one.  Source: FAULTS38_p126 (p126-07:
# 盼着在小区旁边的空地上建一处社区食堂 read as a visited site, the issues of its paragraph there)
# (a count opening the name, 几个安置小区, is a determiner phrase: `is_named` tells it)
COUNTED_SITES = re.compile(rf"(?<=[{HAN}])(?<![第一二两三四五六七八九十])[一两二三四五六七八九十几数]+[个处座所](?=.)")


def _counted_site_clause(name: str) -> bool:
    """Does `name` hold a counted thing (`COUNTED_SITES`: 空地上建一处社区食堂) that is no
    spot counted in a place: right after an administrative unit's type word, the count
    picks one spot of the unit (云杉街道一处青鸟快递驿站: `_counted_spot` reads it).

    >>> _counted_site_clause("空地上建一处社区食堂"), _counted_site_clause("云杉街道一处青鸟快递驿站")
    (True, False)
    """
    m = COUNTED_SITES.search(name)
    if m is None:
        return False
    unit = suffix_at(name, m.start())
    return not (unit and unit[2] in ADMIN)


# the frame 以X为Y (taking X as Y) is a clause: 以人民为中心 (people-centred, after 深入践行 or
# 坚持) ends in 中心 but names no centre.  Source: FAULTS32 (p91: 深入践行以人民为中心的发展思想
# read as a visit to a facility)
TAKING_AS = re.compile(r"以[^以为]{1,8}为")
# the heads a verb and its object may qualify as a clause does (入园企业, 到镇卫生院): a firm's
# or a facility's type; settlements and units are named by such words (兴园小区, 下寨村民小组)
OBJECT_VERB_HEADS = frozenset({"Enterprise", "Facility"})
# the locative characters that a one-character type word (里) may also be
INSIDE_CHARS = re.compile(r"[里内中]")


@dataclass(frozen=True)
class Segment:
    text: str
    type: str
    level: str


@dataclass(frozen=True)
class PlaceChunk:
    start: int
    end: int
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)

    @property
    def leaf(self) -> Segment:
        return self.segments[-1]


@cache
def _organ_words() -> dict[str, str]:
    """Suffixes naming a place's organ -> the place's own type word (街道办事处 -> 街道)."""
    return {row[0]: row[3] for row in table("place_suffixes.tsv") if len(row) > 3 and row[3]}


@cache
def _suffixes():
    plain, regex = {}, []
    for row in table("place_suffixes.tsv"):
        suffix, type_, level = row[0], row[1], row[2]
        if suffix.startswith("re:"):
            regex.append((re.compile(f"(?:{suffix[3:]})$"), type_, level))
        else:
            plain[suffix] = (type_, level)
    return plain, regex, max(len(s) for s in plain)


@cache
def _inside_words() -> dict[str, str]:
    """Suffixes whose places lie only in a place of a given type -> that type
    word (组 -> 村: a village group), from the 5th column of `place_suffixes.tsv`."""
    return {row[0]: row[4] for row in table("place_suffixes.tsv") if len(row) > 4 and row[4]}


SUFFIX_WINDOW = 8  # no suffix, plain or regex, is longer


def suffix_at(text: str, end: int) -> tuple[int, str, str] | None:
    """The longest place suffix ending at `end`: (length, type, level)."""
    return _suffix_of(text[max(0, end - SUFFIX_WINDOW):end])


@lru_cache(maxsize=65536)
def _suffix_of(tail: str) -> tuple[int, str, str] | None:
    plain, regex, longest = _suffixes()
    best = None
    for length in range(min(longest, len(tail)), 0, -1):
        hit = plain.get(tail[len(tail) - length:])
        if hit:
            best = (length, *hit)
            break
    for rx, type_, level in regex:
        m = rx.search(tail)
        if m and (best is None or len(m.group(0)) > best[0]):
            best = (len(m.group(0)), type_, level)
    return best


def _suffix_type(suffix: str) -> str | None:
    hit = suffix_at(suffix, len(suffix))
    return hit[1] if hit else None


def _continues_name(rest: str, level: str) -> bool:
    """`真如镇街道`: a suffix word of the same or a higher level right after a
    suffix continues the same name (镇+街道) rather than starting a new place."""
    return _continues(rest[:SUFFIX_WINDOW], level)


@lru_cache(maxsize=65536)
def _continues(head: str, level: str) -> bool:
    plain, _, _ = _suffixes()
    return any(
        head.startswith(s) and len(s) > 1 and lv in ADMIN and LEVELS[lv] <= LEVELS[level]
        for s, (_, lv) in plain.items()
    )


# a committee (居委会, 村民委员会) after its place's type word is that place's organ; another
# type word after one is part of the name (真如镇街道: a subdistrict named after the town it was)
COMMITTEE_ENDINGS = words("place_committee_endings.txt")


def segment(name: str) -> tuple[Segment, ...] | None:
    """Cut a written name into segments; None when it is not a place name."""
    if NOT_IN_NAME.search(name) or COUNTED_PEOPLE.search(name) or _counted_site_clause(name) or TAKING_AS.search(name) or _runs_into_list_close(name):
        return None
    end = len(name)
    last = suffix_at(name, end)
    if not last or last[0] >= end:
        return None
    segments = []
    start = 0
    for cut in range(1, end - last[0] + 1):  # (never inside the last type word: 第三|村民小组)
        hit = suffix_at(name, cut)
        if hit and hit[2] == "site" and (_settlement_unit(name[start:cut], name[cut:]) or _hamlet_group(name[start:cut], hit, name[cut:])
                                         or estate_lane(name[start:cut], hit, name[cut:]) or group_site(name[start:cut], hit, name[cut:])):
            # 白音锡勒牧场|额尔敦嘎查: a farm run as a settlement holds its units
            segments.append(Segment(name[start:cut], hit[1], hit[2]))
            start = cut
            continue
        if not hit or hit[2] not in ADMIN:
            continue
        length = hit[0]
        if _organ_follows(name, cut - length, length):
            continue  # 白沙街道|办事处金穗社区: the type word runs on into its organ (街道办事处); cut after that
        if _type_word_opens_common_word(name, cut, length) and not has_proper_part(name[start:cut]):
            continue  # 社区新市|民服务大厅: 市 opens 市民 (new citizens), no city 社区新市
        rest = name[cut:]
        min_name = 2 if hit[2] == "district" else 1  # 辖区, 城区: not districts
        if cut - length - start < min_name or (_continues_name(rest, hit[2]) and not _own_word_site(name[cut - length:cut], rest)) \
                or _named_after_unit(name[start:cut], rest, hit[2]):
            continue
        rest_suffix = rest_suffix_at(name, cut)
        if not rest_suffix or (len(rest) - rest_suffix[0] < 2 and not NUMBERED.fullmatch(rest) and not doubled_name(name[start:cut - length], rest) and not numbered_lane().fullmatch(rest) and not UNIT_PART.fullmatch(rest) and not side_hamlet(rest)
                               and not ordinal_part(rest, hit[2], rest_suffix) and not _own_site(rest, name[cut - length:cut], rest_suffix)
                               and not quantified_leaf(rest)):
            continue  # (a numbered part, 五组 or 3期, is a place inside: 下洲村|五组; so is an ordinal unit, 青山镇|一村;
            # and a quantified one, 江滨街道|各社区: some units of the place, cut so the place is the stop)
        if start == 0 and name[:cut] in _generic_words():
            continue  # 乡村|振兴项目: a common word opening the name and ending in a type word (乡村, 农村) is no place
        if _type_word_in_common_word(name[start:cut], length):
            continue  # 北关片区城市|更新项目: the type character ends a common word (城市, 农村), not a name
        if _scope_reference(name[start:cut - length]):
            return None  # 被列入全区老旧小区: a clause ran into 全区 (the whole district), no name
        organ = _organ_words().get(name[cut - length:cut])  # 白沙街道办事处金穗社区: the organ is its place (白沙街道)
        segments.append(Segment(name[start:cut - length] + organ if organ else name[start:cut], hit[1], hit[2]))
        start = cut
    tail = name[start:]
    length, type_, level = name_suffix(tail) or suffix_at(name, end)
    if len(tail) - length < 1 and not (segments and (NUMBERED.fullmatch(tail) or UNIT_PART.fullmatch(tail))):
        return None
    if type_ == "District" and segments == [] and len(tail) <= 2:
        return None
    if level == "site" and len(tail) - length < 2 and not segments:
        return None  # 泵站, 家里, 受水库: a site's own name has two characters or more (one is a word)
    within = _inside_words().get(tail[len(tail) - length:])
    if within and not (segments and segments[-1].text.endswith(within) and has_proper_part(tail)):
        return None  # 调研组, 驻村工作组: a group is a place only as a named part of a village (柳湾村上滩组)
    committee = tail.endswith(COMMITTEE_ENDINGS)
    organ = _organ_words().get(tail[len(tail) - length:])
    if organ:  # 梧桐街道办事处, 云溪镇人民政府: the organ stands for its place
        tail = tail[: len(tail) - length] + organ
        length = len(organ)
    if level in ADMIN and (committee or organ):
        inner = suffix_at(tail, len(tail) - length)
        if inner and inner[2] == level and len(tail) - length - inner[0] >= 1 and (committee or tail[-2 * length:-length] == tail[-length:]):
            # 柏溪村村委会, 竹韵社区居委会: the place's own organ is the place; so is an organ
            # written with the unit's type word again (城关镇镇政府, 江湾街道街道办事处: no town 城关镇镇)
            tail = tail[: len(tail) - length]
    if any(_locative_in(seg.text) for seg in segments) or _locative_in(tail, len(tail) - length):
        return None  # 小区附近设置便民菜站: a locative word (附近) is never part of a name
    if segments and LEVELS[level] < LEVELS[segments[-1].level] and not _settlement_unit(segments[-1].text, tail):
        return None  # 清泉社区督导城市: a district never lies inside a community; the name ended earlier
    own = _area_own_unit(tail, length, level)
    segments.append(own or Segment(tail, type_, level))
    return lower_areas(_numbered_estates(_without_twin_division(tuple(segments))))


# a Corps division (第八师, 第十二师): its number and 师
DIVISION = re.compile(r"第[一二三四五六七八九十]{1,2}师")


# what closes a list of places and names the kind its items share (A、B两个老旧小区, A、B等低洼片区):
# a count in words and 个 after a name, or 等 right after a place's type word
LIST_COUNT = re.compile(r"(?<=.)[两二三四五六七八九十几]个")


def _runs_into_list_close(name: str) -> bool:
    """Does `name` run on past a list item into the words closing the list: a
    count in words with 个 after the first character (仁和里两个老旧小区), or 等 right
    after a type word (南方村等低洼片区)?  Then no place is named so; the caller
    tries the shorter name (仁和里, 南方村).  平等村 holds 等 after no type word.
    Source: FAULTS35_p106 (a list of stops closed by a count or 等 and a descriptor
    before its shared type word, 老旧, 低洼: the existing count shapes take the type
    word right after 个 or 等 only).

    >>> _runs_into_list_close("仁和里两个老旧小区"), _runs_into_list_close("南方村等低洼片区"), _runs_into_list_close("平等村"), _runs_into_list_close("三个庄村")
    (True, True, False, False)
    """
    if LIST_COUNT.search(name):
        return True
    return any(name[i] == "等" and suffix_at(name, i) for i in range(1, len(name)))


def _without_twin_division(segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """A Corps division written right before a city (第八师石河子市): the division and the
    city it seats are one unit under two names (师市合一), neither inside the other; the
    chain keeps the city, with no division above it.  Source: NEWC26 7 (石河子市 was
    put inside 第八师).

    >>> [s.text for s in _without_twin_division(segment("第八师石河子市"))]
    ['石河子市']
    >>> [s.text for s in _without_twin_division(segment("第八师一四九团"))]
    ['第八师', '一四九团']
    """
    return tuple(
        seg for i, seg in enumerate(segments)
        if not (DIVISION.fullmatch(seg.text) and i + 1 < len(segments) and segments[i + 1].level == "district" and segments[i + 1].text.endswith("市"))
    )


def doubled_name(parent_name: str, rest: str) -> bool:
    """Is `rest`, written right after a unit whose name part is `parent_name`, a
    community-level unit named as that unit is: the unit's whole name part
    (`冼村街道|冼村`: a subdistrict named after the village it holds) or the same
    name part before its own type word (`凤街道|凤村`)?  The doubled name is a
    parent and its child, though the child's own name part has one character.
    Source: VISITS29 3 (`X村街道X村` was one place).

    >>> doubled_name("冼村", "冼村"), doubled_name("凤", "凤村"), doubled_name("柳村", "柳村社区")
    (True, True, True)
    >>> doubled_name("冼村", "石村"), doubled_name("冼村", "冼村小区"), doubled_name("冼", "冼")
    (False, False, False)
    """
    hit = suffix_at(rest, len(rest))
    if not hit or hit[2] != "community" or hit[0] >= len(rest):
        return False
    return rest == parent_name or rest[: len(rest) - hit[0]] == parent_name


def _own_word_site(type_word: str, rest: str) -> bool:
    """Is `rest`, written right after an area's type word `type_word` of two
    characters or more, a site named by that word again (泗泾新区|新区文化中心:
    the 新区's own culture centre, as 青松镇|镇卫生院 is the town's clinic)?  The
    type word written twice is then the area's end and its site's opening, not a
    longer type word going on (真如镇|街道: a subdistrict named after the town).
    Source: LEFT33 item 3 (泗泾新区新区 was one district).

    >>> _own_word_site("新区", "新区文化中心"), _own_word_site("新区", "新区"), _own_word_site("街道", "街道办事处")
    (True, False, False)
    """
    hit = suffix_at(rest, len(rest))
    return len(type_word) > 1 and rest.startswith(type_word) and hit is not None and hit[2] == "site" \
        and len(rest) - hit[0] > len(type_word)


def _named_after_unit(unit: str, rest: str, level: str) -> bool:
    """Is `rest`, after a unit `unit` of `level`, a higher unit's one-character type
    word and then `unit` again (`柳村|镇柳村`: a town named after its village, then
    that village)?  The first type word is then inside the higher unit's name, no
    cut there.  Source: VISITS29 3 (`柳村镇柳村` was cut 柳村 + 镇柳村).

    >>> _named_after_unit("柳村", "镇柳村", "community"), _named_after_unit("柳村", "镇柳村小学", "community")
    (True, True)
    >>> _named_after_unit("柳村", "镇北村", "community"), _named_after_unit("柳村", "柳村", "community")
    (False, False)
    """
    hit = suffix_at(rest[:1], 1)
    return bool(hit) and hit[2] in ADMIN and LEVELS[hit[2]] < LEVELS[level] and rest[1:].startswith(unit)


@cache
def lane_words() -> tuple[str, ...]:
    """A lane's type words (`place_lane_words.tsv`, kind lane: 巷, 弄, 胡同).

    >>> "胡同" in lane_words(), "路" in lane_words()
    (True, False)
    """
    return kind_words("place_lane_words.tsv", "lane")


@cache
def numbered_lane() -> re.Pattern:
    """A lane numbered or sided (东三巷, 12弄, 西弄), or a road word that names a lane
    only so (`place_lane_words.tsv`, kind numbered: 二街; not 中山路).

    >>> [bool(numbered_lane().fullmatch(w)) for w in ("东三巷", "12弄", "二街", "西弄", "中山路", "西街")]
    [True, True, True, True, False, False]
    """
    lanes = alternation(lane_words())
    roads = alternation(kind_words("place_lane_words.tsv", "lane", "numbered"))
    return re.compile(f"[东西南北中前后]?(?:[一二三四五六七八九十百]{{1,3}}|\\d{{1,3}})(?:{roads})|[东西南北中前后](?:{lanes})")


def on_street(seg: "Segment") -> bool:
    """A site named as a street: a name of three characters or more closing in a road's
    type word (`place_lane_words.tsv`, any kind: 街, 巷, 胡同...; 谈固东街, 和平街), the
    area a place named after its 的 lies on (谈固东街的东风里小区).  Source: FAULTS38_p126
    (p126-07: the street was the stop, the estate dropped, its issues at the street).

    >>> on_street(segment("谈固东街")[0]), on_street(segment("东风里小区")[0])
    (True, False)
    """
    return seg.level == "site" and len(seg.text) >= 3 and seg.text.endswith(kind_words("place_lane_words.tsv", "lane", "numbered"))


def estate_lane(estate: str, hit: tuple[int, str, str], rest: str) -> bool:
    """Is `rest` a lane (`numbered_lane`: 东三巷, 12弄, 二街; or a lane word after a
    name of two or three characters: 桂花巷) written right after `estate`, a named
    settlement (class HousingEstate, `hit` its type word: 新村, 小区, 花园, 安置点)
    that is no lane itself?  The settlement holds its lanes, as a village does
    (石牌村|东二巷): 新村 is a settlement's type word, and the lane a place in it.
    Source: VISITS29 4 (`X新村东二巷` was one place).

    >>> estate_lane("梅林新村", (2, "HousingEstate", "site"), "东三巷"), estate_lane("阳光小区", (2, "HousingEstate", "site"), "12弄")
    (True, True)
    >>> estate_lane("梅林新村", (2, "HousingEstate", "site"), "桂花巷"), estate_lane("青石巷", (1, "HousingEstate", "site"), "3弄")
    (True, False)
    >>> estate_lane("梅林新村", (2, "HousingEstate", "site"), "中山路"), estate_lane("新村", (2, "HousingEstate", "site"), "东三巷")
    (False, False)
    """
    if hit[1] != "HousingEstate" or estate.endswith(lane_words()) or len(estate) - hit[0] < 2 or not has_proper_part(estate):
        return False
    if numbered_lane().fullmatch(rest):
        return True
    lane = next((w for w in lane_words() if rest.endswith(w)), None)
    return lane is not None and 2 <= len(rest) - len(lane) <= 3 and has_proper_part(rest)


def _settlement_unit(farm: str, rest: str) -> bool:
    """Is `rest` a named community-level unit (a 嘎查, a village, a management area:
    two characters or more before its type word) written right after `farm`, a named
    farm run as a settlement (`place_settlement_enterprises.txt`: 农场, 林场, 牧场)?
    The farm holds the unit, as a town holds its villages.  Source: NEWC26 5 (a
    ranch's 嘎查 became one village named with the ranch, under an earlier 苏木).

    >>> _settlement_unit("白云牧场", "乌兰嘎查"), _settlement_unit("红星农场", "第三管理区")
    (True, True)
    >>> _settlement_unit("牧场", "乌兰嘎查"), _settlement_unit("白云牧场", "门口"), _settlement_unit("白云牧场", "卫生院")
    (False, False, False)
    """
    kinds = words("place_settlement_enterprises.txt")
    if not farm.endswith(kinds) or not has_proper_part(farm) or len(farm) - max(len(k) for k in kinds if farm.endswith(k)) < 2:
        return False
    hit = suffix_at(rest, len(rest))
    return bool(hit) and hit[2] == "community" and (len(rest) - hit[0] >= 2 or bool(ORDINAL_UNIT.fullmatch(rest[: len(rest) - hit[0]])))


def _hamlet_group(hamlet: str, hit: tuple[int, str, str], rest: str) -> bool:
    """Is `rest` a group (组, 村民小组, 居民小组: a type word ending in 组) named by its
    number or its own name, written right after `hamlet`, a named natural village
    (屯, 寨, 庄…: a site of class Place, `hit` its type word)?  The natural village
    holds its groups, as a village does (那豆屯|第二村民小组, 李家寨|三组), each a
    place of its own.  Source: NEWC27 7 (a 屯 and its 组 merged into one site).

    >>> _hamlet_group("那豆屯", (1, "Place", "site"), "第二村民小组"), _hamlet_group("李家寨", (1, "Place", "site"), "三组")
    (True, True)
    >>> _hamlet_group("那豆屯", (1, "Place", "site"), "卫生室"), _hamlet_group("阳光小区", (2, "HousingEstate", "site"), "三组")
    (False, False)

    Not when the hamlet's name runs on into an administrative type word: 马家坪|村上滩组
    is the village 马家坪村 and its group 上滩组 (a family hamlet's word, 家坪, names a village too).

    >>> _hamlet_group("马家坪", (1, "Place", "site"), "村上滩组")
    False
    """
    if hit[1] != "Place" or len(hamlet) - hit[0] < 2 or not has_proper_part(hamlet):
        return False
    if any((unit := suffix_at(hamlet + rest, len(hamlet) + k)) and unit[2] in ADMIN and unit[0] == k
           for k in range(1, min(len(rest), SUFFIX_WINDOW) + 1)):
        return False  # 马家坪|村上滩组: an administrative type word right after the hamlet ends its name (马家坪村)
    group = suffix_at(rest, len(rest))
    if not group or not rest.endswith("组"):
        return False
    name = rest[: len(rest) - group[0]]
    return bool(NUMBERED.fullmatch(rest) or ORDINAL_UNIT.fullmatch(name) or len(name) >= 2 and has_proper_part(rest))


def group_site(group: str, hit: tuple[int, str, str], rest: str) -> bool:
    """Is `group` a numbered group (`NUMBERED`: 3组, 第五组; `hit` its type word, class
    Place) and `rest`, written right after it, a site of its own (a site's type word and
    a name of two characters or more: 猕猴桃基地, 党员活动室)?  The site lies in the group,
    as the group lies in its village (西来村|3组|猕猴桃基地), and is labelled with the group
    (`PlaceRegistry._label`): a group's number is no part of a site's own name, so
    without the cut `3组猕猴桃基地` was one site beside the group `西来村3组`.
    Source: PLACES31.

    >>> group_site("3组", (1, "Place", "site"), "猕猴桃基地"), group_site("3组", (1, "Place", "site"), "号楼")
    (True, False)
    >>> group_site("上滩组", (1, "Place", "site"), "猕猴桃基地"), group_site("3组", (1, "Place", "site"), "五组")
    (False, False)
    """
    if hit[1] != "Place" or not NUMBERED.fullmatch(group) or not group.endswith("组"):
        return False
    site = suffix_at(rest, len(rest))
    return bool(site) and site[2] == "site" and site[1] != "Place" and len(rest) - site[0] >= 2


def lies_in_unit(type_: str, name: str) -> bool:
    """Is a site of class `type_` named `name` one of the units people live in
    inside a community or village: a housing estate, or, by its type word, a group
    or a natural village (村民小组, 三组, 那豆屯: class Place, place_suffixes.tsv)?
    A place the analyser alone named (class Place, no such type word) is not.

    >>> lies_in_unit("HousingEstate", "阳光小区"), lies_in_unit("Place", "第三村民小组"), lies_in_unit("Place", "那豆屯")
    (True, True, True)
    >>> lies_in_unit("Place", "青龙湾"), lies_in_unit("Facility", "卫生室")
    (False, False)
    """
    if type_ == "HousingEstate":
        return True
    hit = suffix_at(name, len(name))
    return type_ == "Place" and bool(hit) and hit[1] == "Place"


def lone_group(seg: Segment) -> bool:
    """Is `seg` a villagers' group written by its number alone (`3组`, `第五组`:
    `NUMBERED`, a unit of class Place), a name that only its village completes?

    >>> lone_group(Segment("3组", "Place", "site")), lone_group(Segment("上滩组", "Place", "site"))
    (True, False)
    """
    return seg.text.endswith("组") and NUMBERED.fullmatch(seg.text) is not None


def heritage_site(name: str) -> bool:
    """Is `name` (a site's written name) a memorial or heritage site, its type word one of
    `place_heritage_words.txt` (旧址, 遗址, 故居) with a name before it?  Such a site is
    kept for what it recalls: the words before the type word name what was there, no place
    holding it (`王家大院遗址` is no spot in an estate), and visited inside a village it is
    the stop.  Source: LEFTOVERS32 item 1.

    >>> heritage_site("红军医院旧址"), heritage_site("李明故居"), heritage_site("革命旧址"), heritage_site("青山广场")
    (True, True, False, False)
    """
    hit = pattern("place_heritage_words.txt", "(?:{})$").search(name)
    return bool(hit) and hit.start() > 0 and has_proper_part(name)


def _own_site(rest: str, type_word: str, rest_suffix: tuple[int, str, str]) -> bool:
    """Is `rest`, written right after a unit's type word `type_word`, that
    word again and a site's type word (柳河镇|镇卫生院, 望山村|村卫生室): the
    unit's own facility, a place inside it (labelled with the unit's name,
    `own_part`), though one character names it.

    >>> _own_site("镇卫生院", "镇", suffix_at("镇卫生院", 4)), _own_site("东卫生院", "镇", suffix_at("东卫生院", 4))
    (True, False)
    """
    return rest_suffix[2] == "site" and len(rest) - rest_suffix[0] == len(type_word) and rest.startswith(type_word)


ORDINAL_UNIT = re.compile(r"第?[一二三四五六七八九十百\d]{1,3}")


def name_suffix(name: str) -> tuple[int, str, str] | None:
    """The type word ending `name`, a place's own segment (no parent before it):
    `suffix_at`'s longest one, except that an estate's type word leaving one character
    of own name (朗|新村) yields to a shorter unit's type word ending it that leaves two
    (朗新|村, a village: 永新村, 建新村); an estate's own name has two characters or more
    (`segment`), so the one-character reading names nothing.  Source: FAULTS37_p122
    (an urban village X新村 under its subdistrict was read as one estate, 江湾街道朗新村).
    Shape: (length, type, level) as `suffix_at`, or None.

    >>> name_suffix("朗新村"), name_suffix("曹杨新村")
    ((1, 'VillagersCommittee', 'community'), (2, 'HousingEstate', 'site'))
    """
    hit = suffix_at(name, len(name))
    if hit and hit[2] == "site" and len(name) - hit[0] == 1:
        for k in range(hit[0] - 1, 0, -1):
            inner = _suffix_of(name[len(name) - k:])
            # (a village or community only: 北|片区 is no district 北片|区)
            if inner and inner[0] == k and inner[2] == "community":
                return inner
    return hit


def rest_suffix_at(name: str, cut: int) -> tuple[int, str, str] | None:
    """The type word ending `name` after a cut at `cut`: the one of the rest
    alone, or, when the rest has none, the one of the whole name if it lies
    inside the rest: a type word that is one only right after its parent's
    (a Corps company, 连, after its regiment farm's 团: `一五〇团|三连`, where
    三连 alone is no unit).  Source: CORPS25 (一五〇团三连 was one place with
    no parent, keyed by the 团 alone).

    >>> rest_suffix_at("一五〇团三连", 4), rest_suffix_at("青山镇一村", 3)
    ((1, 'VillagersCommittee', 'community'), (1, 'VillagersCommittee', 'community'))
    >>> rest_suffix_at("三连冠", 0) is None
    True
    """
    rest = name[cut:]
    own = name_suffix(rest)
    if own:
        return own
    whole = suffix_at(name, len(name))
    return whole if whole and whole[0] < len(rest) else None


def ordinal_part(rest: str, level: str, hit: tuple[int, str, str] | None = None) -> bool:
    """Is `rest` an ordinal unit (a numeral, maybe after 第, then a type word)
    lying inside a place of `level`, written right after it (`青山镇|一村`,
    `江湾街道|三社区`, `白沙镇|二组`)?  The numeral names the unit among its
    parent's, so the parent's name is cut off before it, as `下洲村|五组` is
    (`NUMBERED`).  Source: PLACES23 generated shapes (issue 9: `青山镇一村`
    gave one village 青山镇一村 with no parent).

    >>> ordinal_part("一村", "subdistrict"), ordinal_part("三社区", "subdistrict"), ordinal_part("一村", "community")
    (True, True, False)
    >>> ordinal_part("新村", "subdistrict"), ordinal_part("二镇", "district"), ordinal_part("五号", "subdistrict")
    (False, False, False)
    """
    hit = hit or suffix_at(rest, len(rest))  # (`hit`: the rest's type word read in its name, rest_suffix_at)
    if not hit or hit[2] != "community" or LEVELS[level] >= LEVELS["community"]:
        return False  # (towns are counted, 二镇, not ordered; a site's number is an address, 五号)
    return bool(ORDINAL_UNIT.fullmatch(rest[: len(rest) - hit[0]]))


@cache
def _twofold(kind_: str) -> tuple[str, ...]:
    """The words of `kind_` (twofold, county) in `place_twofold_areas.tsv`."""
    return tuple(w for row in table("place_twofold_areas.tsv") if row[0] == kind_ for w in row[1].split())


def twofold_area(seg: Segment) -> bool:
    """Is `seg` written with a type word of an area that may stand at a district's level
    or below one (`place_twofold_areas.tsv`: 新区), and read at the district's?

    >>> twofold_area(segment("浦锦新区")[0]), twofold_area(segment("闵行区")[0])
    (True, False)
    """
    hit = suffix_at(seg.text, len(seg.text))
    return seg.level == "district" and bool(hit) and seg.text[len(seg.text) - hit[0]:] in _twofold("twofold")


def county_level(seg: Segment) -> bool:
    """Is `seg` a district written with a county-level type word (区, 县, 旗:
    `place_twofold_areas.tsv`), not a city's, prefecture's or province's (市, 州, 省)?"""
    return seg.level == "district" and seg.text.endswith(_twofold("county"))


def lowered(seg: Segment) -> Segment:
    """`seg` (a twofold area) as an area of the subdistrict level."""
    return Segment(seg.text, "Subdistrict", "subdistrict")


def lower_areas(segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """A twofold area (新区) written right after a county-level district (闵行区浦锦新区)
    is an area of the subdistrict level inside it: a district is never written inside
    another district, so the report itself says the 新区 is below one.  Not when a town
    or subdistrict is written inside it (X区Y新区Z街道: it holds that level itself), nor
    after a city (上海市浦东新区, 天津市滨海新区: the districts of a city).  Source:
    LEFTOVERS32 users 1 (a 新区 inside a district was a district, and the subdistrict
    told next was put inside it).

    >>> [s.type for s in segment("闵行区浦锦新区")], [s.type for s in segment("上海市浦东新区")]
    (['District', 'Subdistrict'], ['District', 'District'])
    """
    out = list(segments)
    for i in range(1, len(out)):
        holds_area = i + 1 < len(out) and out[i + 1].level in AREAS
        if twofold_area(out[i]) and county_level(out[i - 1]) and not holds_area:
            out[i] = lowered(out[i])
    return tuple(out)


def lower_listed_areas(chunks: list[PlaceChunk]) -> list[PlaceChunk]:
    """A twofold area (新区) listed beside towns or subdistricts (颛桥镇、浦锦新区和江川路街道)
    is one of them, an area of the subdistrict level: a list names places of one level,
    and a district's towns are listed with its other parts, not with other districts.
    Only when no other item is a district (闵行区和浦锦新区 lists two districts) and the
    twofold area is written alone or below a county-level district (上海市浦东新区 is
    the city's district whatever is listed beside it).  Source: LEFTOVERS32 users 1.

    >>> [c.leaf.type for c in lower_listed_areas(parse_list("颛桥镇、浦锦新区和江川路街道", 0))]
    ['Subdistrict', 'Subdistrict', 'Subdistrict']
    >>> [c.leaf.type for c in lower_listed_areas(parse_list("闵行区和浦锦新区", 0))]
    ['District', 'District']
    """
    twofold = [c for c in chunks if twofold_area(c.leaf) and (len(c.segments) == 1 or county_level(c.segments[-2]))]
    others = [c for c in chunks if c not in twofold]
    if not twofold or not any(c.leaf.level == "subdistrict" for c in others) or any(c.leaf.level == "district" for c in others):
        return chunks
    return [PlaceChunk(c.start, c.end, c.segments[:-1] + (lowered(c.leaf),)) if c in twofold else c for c in chunks]


def _numbered_estates(segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """A village word after a name and an ordinal (`田林十二村`, `罗山六村`) in a city's
    unit (`place_urban_units.txt`: 区, 街道, 社区…) names a numbered housing estate
    built in the 新村 style, not a village: villages lie in towns (`青山镇联七村`).
    Source: the readable gold (dev: 罗山六村 in 金杨新村街道, 鲤鱼池一村 in a
    community are HousingEstate) and PLACES23 generated shapes.

    >>> [s.type for s in _numbered_estates(segment("徐汇区田林十二村"))]
    ['District', 'HousingEstate']
    >>> [s.type for s in _numbered_estates(segment("青山镇联七村"))]
    ['Subdistrict', 'VillagersCommittee']
    """
    out = list(segments)
    for i in range(1, len(out)):
        seg, parent = out[i], out[i - 1]
        if seg.type != "VillagersCommittee" or not _urban_unit(parent.text):
            continue
        hit = suffix_at(seg.text, len(seg.text))
        numeral = re.search(f"{ORDINAL_UNIT.pattern}$", seg.text[: len(seg.text) - hit[0]])
        if numeral and numeral.start() > 0 and not seg.text.startswith("第"):
            out[i] = Segment(seg.text, "HousingEstate", "site")
    return tuple(out)


def _urban_unit(segment_text: str) -> bool:
    """Is the segment a city's unit by its type word (`place_urban_units.txt`)?"""
    hit = suffix_at(segment_text, len(segment_text))
    word = segment_text[len(segment_text) - hit[0]:] if hit else ""
    return _organ_words().get(word, word) in words("place_urban_units.txt")


def _area_own_unit(tail: str, length: int, level: str) -> Segment | None:
    """`殷行街道社区`, `青山镇社区`: a community type word right after a named
    area's own type word, no name of its own between them, is the area's
    community (the subdistrict as a community of residents), not a community
    named after the area: the place is the area.  Source: PLACES22 (a key
    `community:社区社区` under 殷行街道); the gold names facilities so written
    after the area (江洲路街道社区食堂, parent 江洲路街道) and no such community.

    >>> _area_own_unit("殷行街道社区", 2, "community")
    Segment(text='殷行街道', type='Subdistrict', level='subdistrict')
    >>> _area_own_unit("新华社区", 2, "community") is None, _area_own_unit("李家村社区", 2, "community") is None
    (True, True)
    """
    if level != "community":
        return None
    inner = suffix_at(tail, len(tail) - length)
    if not inner or inner[2] not in ADMIN or LEVELS[inner[2]] >= LEVELS[level] or len(tail) - length - inner[0] < 1:
        return None
    area = tail[: len(tail) - length]
    return Segment(area, inner[1], inner[2]) if segment(area) else None


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(words("place_generic_words.txt"))


def _organ_follows(name: str, at: int, length: int) -> bool:
    """An organ word (`place_suffixes.tsv`, 4th column: 街道办事处, 镇人民政府)
    longer than the type word of `length` at `at` starts there: the cut
    belongs after the organ.

    >>> _organ_follows("白沙街道办事处金穗社区", 2, 2), _organ_follows("白沙街道金穗社区", 2, 2)
    (True, False)
    """
    return any(len(o) > length and name.startswith(o, at) for o in _organ_words())


@cache
def _object_verbs() -> frozenset[str]:
    return frozenset(words("place_object_verbs.txt"))


@cache
def _one_character_determiners() -> frozenset[str]:
    return frozenset(w for w in words("place_determiners.txt") if len(w) == 1)


def _scope_reference(name_part: str) -> bool:
    """Does an administrative segment's name part end in a one-character
    determiner (`place_determiners.txt`: 全, 本, 该) after two characters or
    more (今年被列入|全|区, 推进|本|市)?  Determiner + type word refers to an
    area (the whole district, this city); the words before it are a clause the
    name window ran over, not a name.  One character before it is a name
    (万全区).

    >>> _scope_reference("今年被列入全"), _scope_reference("万全"), _scope_reference("黄浦")
    (True, False, False)
    """
    return len(name_part) > 2 and name_part[-1] in _one_character_determiners()


def _work_on(segment_text: str) -> int | None:
    """`竹韵小区加装电梯项目`: a site named by a place and the work done there.
    The length of the place (竹韵小区) when the words between it and the final
    type word are generic words only (not one bare type word: 梁家营|镇|敬老院 is
    the town's home, no work on 梁家营); None otherwise.

    >>> _work_on("竹韵小区加装电梯项目"), _work_on("梁家营镇敬老院")
    (4, None)
    """
    hit = suffix_at(segment_text, len(segment_text))
    if not hit:
        return None
    name_end = len(segment_text) - hit[0]
    for k in range(name_end - 1, 1, -1):
        inner = suffix_at(segment_text, k)
        if inner and k - inner[0] >= 2 and covered(segment_text[k:name_end]) and inner[1] not in OPEN_SPACES \
                and segment_text[k:name_end] not in _suffixes()[0] \
                and not _type_word_in_common_word(segment_text[:k], inner[0]):
            return k  # (a work on an area, 北关片区城市更新项目, is the site visited: not the area)
    return None


def _facility_of_enterprise(seg: Segment, cut: int) -> tuple[Segment, Segment] | None:
    """`金穗农场职工医院`, `红星机械厂子弟学校`: an enterprise (a farm, a works, a
    company: type Enterprise) named before generic words and a facility's type
    word (医院, 学校, 食堂) that is no work (`place_work_words.txt`) is the
    enterprise's own facility, a site inside it (labelled with its name, as
    `PlaceRegistry._label` does for a generic part).  `cut` is where the
    enterprise's name ends in `seg` (`_work_on`).  The two segments, or None.

    >>> [s.text for s in _facility_of_enterprise(Segment("金穗农场职工医院", "Facility", "site"), 4)]
    ['金穗农场', '职工医院']
    >>> _facility_of_enterprise(Segment("竹韵小区加装电梯项目", "Facility", "site"), 4) is None
    True
    """
    inner = suffix_at(seg.text, cut)
    if seg.type != "Facility" or not inner or inner[1] != "Enterprise" or seg.text.endswith(words("place_work_words.txt")):
        return None
    return Segment(seg.text[:cut], inner[1], inner[2]), Segment(seg.text[cut:], seg.type, seg.level)


def _type_word_in_common_word(text: str, length: int) -> bool:
    """Does `text` end in a common word (`place_generic_words.txt`) longer than
    the type word of `length` it ends in (城市, 农村, 乡村, 城镇)?  The type word
    is then a character of that word, and no place's name ends there
    (北关片区城市|更新项目 is one work's name, not a city 北关片区城).

    >>> _type_word_in_common_word("北关片区城市", 1), _type_word_in_common_word("临川市", 1)
    (True, False)
    """
    generic, longest = _generic_words(), _longest_generic()
    return any(text[-k:] in generic for k in range(length + 1, min(len(text), longest) + 1))


def _type_word_opens_common_word(name: str, cut: int, length: int) -> bool:
    """Does the type word ending at `cut` open a common word (`place_generic_words.txt`)
    that runs on past it (新市|民: 市民)?  Then the cut may be inside a word; the caller
    keeps it only when the name before it is a proper one (杭州市|民政局 stays cut).

    >>> _type_word_opens_common_word("社区新市民服务大厅", 4, 1), _type_word_opens_common_word("临川市卫生院", 3, 1)
    (True, False)
    """
    generic, longest = _generic_words(), _longest_generic()
    at = cut - length
    return any(name[at : at + k] in generic for k in range(length + 1, min(len(name) - at, longest) + 1))


@cache
def _longest_generic() -> int:
    return max(map(len, _generic_words()), default=0)


def _generic_work(segment_text: str) -> bool:
    """Is the segment a generic work (`place_work_words.txt` type word, no
    proper part: 村庄微更新项目, 污水管网改造工程)?

    >>> _generic_work("村庄微更新项目"), _generic_work("青枫大桥工程")
    (True, False)
    """
    return segment_text.endswith(words("place_work_words.txt")) and not has_proper_part(segment_text)


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
    if not name or (_determiners().match(name) and not _name_opening_like_determiner(name)):
        return False
    if _referring_word(name):
        return False  # 同村, 同一社区: the same unit as one named before, no unit named 同
    if hit and hit[2] in ADMIN and name in words("place_former_words.txt"):
        return False  # 原村, 旧村: the unit as it was (the former villages of a resettled community), no name
    if hit and hit[2] in ROAD_NAMED_LEVELS and _road_name(name):
        return True  # 文化路街道, 建设路社区: named after a road, however generic the road's first word
    if hit and hit[2] == "site" and (address := ROAD_NUMBER.fullmatch(name)) and _road_name(address.group("road")):
        return True  # 文化东路45号院: a compound named by its address on a named road, however generic the road's first word
    if hit and hit[2] in ROAD_NAMED_LEVELS and _common_word_name(name):
        return True  # 建设村, 新建社区: a common word naming a unit (not its kind: 贫困村, 联系社区)
    if hit and _ordinal_name(name, segment_text[len(name):], hit[2]):
        return True  # 第三社区, 第一中学: a unit or a school numbered in its series
    if hit and hit[2] in ADMIN and _type_word_spot(name):
        return True  # 街道口社区: a unit named after a spot (the mouth of a street), not a phrase opened by 街道
    if pattern("place_generic_words.txt").match(segment_text):
        return False
    if len(name) == 1 and hit and hit[0] == 1 and name in _object_verbs():
        return False  # 驻村, 包村, 进村: a verb and its object (驻村第一书记), not a village named 驻
    if len(name) == 2 and name[0] in _object_verbs() and (inner := suffix_at(name, 2)) and inner[0] == 1 \
            and hit and hit[1] in OBJECT_VERB_HEADS and name not in words("place_side_words.txt"):
        # (a firm's or a facility's head only: 兴园小区, 联村社区, 下寨村民小组 are named so)
        # 入园企业, 驻村企业, 到镇卫生院, 加强村卫生室: the verb and its object (entering the park)
        # qualify the head as a clause would; the head is a class (the park's firms), no name.
        # Source: FAULTS32 (p91: 走访入园企业 made a stop of the firms, the park's issues went there)
        return False
    if TIMES_COUNTED.fullmatch(name):
        return False  # 两天四站, 一天跑三村: a count of days and of the stops made in them, no name
    if NUMBER.fullmatch(name):
        # 10号, 3号楼: an address inside a place, not a place's name; but two or three
        # digits without a place value (五一村, 八一社区, 三八村) name a date, as places do
        return bool(hit) and COMMEMORATIVE.fullmatch(name) is not None
    if hit and hit[2] in ADMIN and _site_word(name) or _opens_with_unit_named_after_site(name):
        return True  # 渡口镇, 花园村, 码头街道(敬老院): a town or village named after a site, not a site's phrase
    if _opens_with_type_word(name):
        return False  # 片区居民群里: a common noun phrase opened by a bare type word, no name before it
    if len(name) >= 4 and name[0] in words("place_own_unit_openers.txt") and hit and hit[2] == "site":
        return False  # 村茶叶加工厂: the village's own plant, in the village just named (`place_own_unit_openers.txt`)
    return not covered(name)


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
    plain, _, _ = _suffixes()
    hit = plain.get(name)
    return len(name) >= 2 and hit is not None and (hit[1] == "site" or hit[0] == "Venue")


def _type_word_spot(name: str) -> bool:
    """Is a unit's name part a type word of two or more characters and a spot
    word after it (`place_spot_words.txt`: 街道口, the mouth of a street)?  Such
    a toponym names the unit (街道口社区); a type word opening a longer phrase
    does not (街道办事处, 小区门口).

    >>> _type_word_spot("街道口"), _type_word_spot("小区门口"), _type_word_spot("石桥口")
    (True, False, False)
    """
    plain, _, _ = _suffixes()
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


def _common_word_name(name: str) -> bool:
    """Is a unit's whole name part one common word (`place_generic_words.txt`)
    that is no word of a unit's kind (`place_unit_kinds.txt`: 贫困, 联系, 安置)?
    Before a village's, community's or town's type word such a word is its
    name: villages are named 建设, 新建, 民生, and no unit is of the kind 建设.

    >>> _common_word_name("建设"), _common_word_name("贫困"), _common_word_name("石桥")
    (True, False, False)
    """
    return name in _generic_words() and name not in _unit_kinds()


@cache
def _unit_kinds() -> frozenset[str]:
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


def _word_unit_at(window: str, pos: int) -> bool:
    """Does a common word that names units (`_common_word_name`: 建设) and then a
    village's, community's or town's type word start at `pos`, the type word
    ending there (建设村，, 建设社区调研; not 建设村级…, 建设村民…: 村级 is a word)?
    The stop word 建设 then opens a name.

    >>> _word_unit_at("建设村调研", 0), _word_unit_at("建设村级活动", 0), _word_unit_at("贫困村", 0)
    (True, False, False)
    """
    plain, _, longest = _suffixes()
    for k in range(2, 4):
        if not _common_word_name(window[pos:pos + k]):
            continue
        start = pos + k
        for j in range(start + longest, start, -1):
            hit = plain.get(window[start:j])
            if hit and hit[1] in ROAD_NAMED_LEVELS:
                return not any(window[start:start + n] in _generic_words() for n in range(j - start + 1, 5))
    return False


def _road_name(name: str) -> bool:
    """Is `name` a road's name: a word of two or more characters and a road word
    (`place_road_words.txt`: 文化路, 建设大街)?  道路, one word, is none.

    >>> _road_name("文化路"), _road_name("建设大街"), _road_name("道路"), _road_name("文化")
    (True, True, False, False)
    """
    road = pattern("place_road_words.txt", "(?:{})$").search(name)
    return road is not None and road.start() >= 2 and name[road.start() - 1] not in "的和与及" and not covered(name)


# characters that, after a one-character determiner, keep it a determiner (这条, 那片, 这几, 各两):
# classifiers, numerals, determiners and the plural 们 (我们村)
COUNTING_CHARS = re.compile(f"[{CLASSIFIERS}条些块间位名户头边里们{NUMERAL[1:-1]}]")


def _name_opening_like_determiner(name: str) -> bool:
    """`那平村`, `那坡县`, `诸暨市`: a name part of two characters whose first is a
    one-character determiner (那, 诸) and whose second is no classifier,
    numeral or determiner, nor making a determiner with it (其他), is a proper name (Zhuang village names open with 那);
    `那个村`, `这条街`, `某某社区` stay generic.

    >>> _name_opening_like_determiner("那平"), _name_opening_like_determiner("那条"), _name_opening_like_determiner("该")
    (True, False, False)
    """
    return (
        len(name) == 2 and name[0] in _one_character_determiners() and not COUNTING_CHARS.match(name, 1)
        and name[1] not in _one_character_determiners() and name not in words("place_determiners.txt")
        and not _type_word_after_determiner(name)
    )


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
    plain, _, longest = _suffixes()
    return any(
        len(name) > k and name[:k] in plain and (k >= 2 or INSIDE_LOCATIVE.match(name, k))
        for k in range(1, longest + 1)
    )


# after a bare type word: inside it (村内主街 is the street of the village just named)
INSIDE_LOCATIVE = re.compile("[内里]")


def covered(name: str) -> bool:
    """Is `name` a run of generic words and type words only (小区活动, 村民活动)?

    >>> covered("村民活动"), covered("万亩梯田")
    (True, False)
    """
    generic = set(words("place_generic_words.txt"))
    plain, _, longest = _suffixes()
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
def _determiners() -> re.Pattern:
    # numeral + classifier (两个, 一处, 几家, 多所, 十余家) is grammar; the words are data
    return re.compile(f"(?:{alternation(words('place_determiners.txt'))}|{NUMERAL}+余?[{CLASSIFIERS}])")


def estate_class(seg: Segment) -> bool:
    """Is `seg` an estate named by a kind of unit alone (`place_unit_kinds.txt`: 老旧小区,
    安置小区), so that after a named area (青云街道老旧小区改造) it is the area's estates of
    that kind, a class, no one estate?  Source: FAULTS35_p103 (a headline's 调研X街道老旧小区
    改造 made a stop of the class).

    >>> estate_class(Segment("老旧小区", "HousingEstate", "site")), estate_class(Segment("翠湖小区", "HousingEstate", "site"))
    (True, False)
    """
    hit = suffix_at(seg.text, len(seg.text))
    return seg.type == "HousingEstate" and bool(hit) and seg.text[: len(seg.text) - hit[0]] in _unit_kinds()


def _estate_then_class(seg: Segment) -> Segment | None:
    """The named estate or lane opening `seg` when the rest of it is a class of its
    kind written in generic words (`covered`: 老旧小区, 背街小巷), read as one name by
    the segmenter (红星小区老旧小区, of 红星小区老旧小区改造项目: the estate renovated as
    an old one; 金桥巷背街小巷照明: the lane's lights); None otherwise.  A kind word
    of the estate itself (康宁苑安置小区: one estate named with its kind, 阳光花园小区)
    is no class: the class has a word before its type word.  Source: FAULTS37_p116 (a
    county head's 查看X小区老旧小区改造项目 lost the estate).

    >>> _estate_then_class(Segment("红星小区老旧小区", "HousingEstate", "site")).text
    '红星小区'
    >>> _estate_then_class(Segment("金桥巷背街小巷", "HousingEstate", "site")).text
    '金桥巷'
    >>> [_estate_then_class(Segment(t, "HousingEstate", "site")) for t in ("康宁苑安置小区", "阳光花园小区")]
    [None, None]
    """
    if seg.type != "HousingEstate":
        return None
    hit = suffix_at(seg.text, len(seg.text))
    for k in range(len(seg.text) - 3, 1, -1):
        inner = suffix_at(seg.text, k)
        rest = seg.text[k:]
        if not inner or inner[1] != "HousingEstate" or not hit or len(rest) - hit[0] < 2 or not covered(rest):
            continue
        # the rest is a class (老旧小区, 背街小巷) ending in the type word that ends the named
        # part before it (红星小区|老旧小区, 金桥巷|背街小巷); 康宁苑|安置小区 is one estate named
        # with its kind (苑 is no 小区)
        if has_proper_part(seg.text[: k - inner[0]]) and rest.endswith(seg.text[k - inner[0]:k]):
            return Segment(seg.text[:k], seg.type, seg.level)
    return None


def quantified_leaf(segment_text: str) -> bool:
    """Does a segment open with a determiner or quantifier (`place_determiners.txt`,
    `place_quantifiers.txt`: 部分, 各, 一些, 有关…), so that after a named parent it
    names some of the parent's units, none by name (X镇|部分村, X街道|各社区,
    X区|一些小区)?  A name opening like a determiner (那平村) is a name.
    Source: STOPS26 (a visit `到X镇部分村庄` went to a place 部分村).

    >>> quantified_leaf("部分村"), quantified_leaf("各社区"), quantified_leaf("有关社区"), quantified_leaf("那平村")
    (True, True, True, False)
    >>> quantified_leaf("新华村")
    False
    """
    name = segment_text.strip("“”\"")
    if _name_opening_like_determiner(name[:2]) and not _quantifiers().match(name):
        return False
    return bool(_quantifiers().match(name) or _determiners().match(name))


@cache
def _quantifiers() -> re.Pattern:
    """The words of `place_quantifiers.txt` opening a text (部分, 一些, 各)."""
    return re.compile(alternation(words("place_quantifiers.txt")))


@cache
def _quantifier_before() -> re.Pattern:
    """A quantifier of a set (`place_quantifiers.txt`) or a count ending right
    where a place phrase starts (部分|X小区, 三个|X小区)."""
    return re.compile(f"(?:{alternation(words('place_quantifiers.txt'))}|{NUMERAL}+余?[{CLASSIFIERS}])$")


# X小区23个，: a count of them closing the clause (not A和B两个小区: a list's count before its type word)
COUNT_AFTER = re.compile(f"{NUMERAL}+余?个(?=[，。；,;\\s]|$)")


def written_as_class(text: str, phrase: str) -> bool:
    """Does the report write `phrase` (one place segment, 弃管小区) after a
    quantifier or with a count somewhere (辖区部分弃管小区, 共有弃管小区23个)?
    A proper name takes neither, so the phrase names a class of places,
    not one place to visit.

    >>> written_as_class("走访弃管小区。辖区部分弃管小区无人管理。", "弃管小区")
    True
    >>> written_as_class("走访青禾小区。青禾小区建于1990年。", "青禾小区")
    False

    Answered once a phrase a report: the answers for the last text asked
    about are kept (a long report asks about the same phrase at every
    sentence naming it, each answer a search of the whole text: issue 10).
    """
    global _class_answers
    answers = _class_answers
    if answers[0] is not text:  # (identity: a report's text is one object, and a new one starts afresh)
        answers = _class_answers = (text, {})
    got = answers[1].get(phrase)
    if got is None:
        got = answers[1][phrase] = _written_as_class(text, phrase)
    return got


_class_answers: tuple[str, dict[str, bool]] = ("", {})  # (text, phrase -> written_as_class)


def _written_as_class(text: str, phrase: str) -> bool:
    det = _quantifier_before()
    at = text.find(phrase)
    while at >= 0:
        if det.search(text, max(0, at - SUFFIX_WINDOW), at) or COUNT_AFTER.match(text, at + len(phrase)):
            return True
        at = text.find(phrase, at + 1)
    return False


@cache
def _place_stops() -> re.Pattern:
    """Stop words, and the visit verbs: a place name ends before 来到/察看..."""
    verbs = [row[0] for row in table("visit_verbs.tsv") if {"move", "inspect"} & set(row[1].split(","))]
    return re.compile(f"(?:{alternation(list(words('place_stops.txt')) + verbs)})")


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


def name_window(text: str, pos: int, limit: int | None = None) -> str:
    """The run at `pos` that a place name may fill: name characters up to a
    stop word, a visit verb or `的` ("" when a stop word or a clause-opening
    word stands at `pos`)."""
    run = NAME_CHARS.match(text, pos, limit or len(text))
    if not run:
        return ""
    window = run.group(0)[:MAX_PLACE]
    stops = _place_stops()
    first = stops.match(window)
    if first and not (len(first.group(0)) == 1 and (text[pos - 1:pos] == "、" or _move_verb_before(text, pos))) \
            and not _road_unit_at(window, first.end()) and not pattern("place_name_words.txt").match(window) \
            and not _word_unit_at(window, 0):
        # (after 、 a list goes on, and a movement verb takes a place, no preposition:
        # 向阳村, 来到向阳区 start with the character of the preposition 向, not a clause;
        # a name word (同心, 向阳: place_name_words.txt) opens a name after any preposition: 在同心社区)
        return ""
    left = pattern("place_left_stops.txt").match(window)
    if left and not (len(left.group(0)) == 1 and _short_name_opens(window)):
        return ""  # (为民社区: 为 and one character more name a place; a purpose clause names more)
    for i in range(1, len(window)):
        stop = stops.match(window, i)
        if stop and (_suffix_starts(window, i, stop.end()) or pattern("place_name_words.txt").match(window, i)
                     or _in_name_word(window, i) or _road_unit_at(window, stop.end()) or _word_unit_at(window, i)
                     or (i == 1 and _move_verb_before(text, pos) and _stop_ends_short_name(window, stop.end()))):
            stop = None  # 工作室 holds the stop 工作; 新时代 holds the stop 时 (a name word starts there); 建设路社区
        if window[i] == "的" or stop:
            return window[:i]
        if _verb_object_after_unit(window, i):
            return window[:i]  # 青石村驻村第一书记: the village, then 驻村 opening the title (stationed in the village)
        if _written_again(window, i):
            return window[:i]  # 第二站：永宁路便民市场 / 市场建成后…: a header line run into the next, which names the place again
        if window[i] in LIST_JOINERS and (not pattern("place_name_words.txt").match(window, i) or _joins_units(window, i)) \
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
            return not any(window[end:end + n] in _generic_words() for n in range(hit[0] + 1, 5))
    return False


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
    if i < 2 or i + 2 > len(window) or window[i] not in _object_verbs():
        return False
    before, obj = suffix_at(window, i), suffix_at(window, i + 2)
    return bool(before) and before[2] in ADMIN and bool(obj) and obj[0] == 1 and obj[2] in ADMIN


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


def _joins_units(text: str, i: int) -> bool:
    """Does the joiner at `i`, though it opens a name word (和平, 和美:
    `place_name_words.txt`), join two units: a named administrative unit ends
    at `i`, and after the joiner a unit of its level or higher is named by two
    characters or more (三里屯村|和|平安社区)?  A unit never lies in one of its
    own level, so the name word's reading (三里屯村 and 和平安社区) has no more
    for it than a longer name; a place lower than the one before (青山镇和美家园,
    the estate in the town) or a one-character name (X村和平社区) keeps the word.

    >>> _joins_units("三里屯村和平安社区", 4), _joins_units("三里屯村和平社区", 4), _joins_units("青山镇和美家园", 3)
    (True, False, False)
    """
    hit = suffix_at(text, i)
    if not hit or hit[2] not in ADMIN:
        return False
    run = NAME_CHARS.match(text, i + 1)
    if not run:
        return False
    after = run.group(0)[:MAX_PLACE]
    for end in range(3, len(after) + 1):
        segs = segment(after[:end])
        if not segs or len(segs) != 1 or segs[0].level not in ADMIN or LEVELS[segs[0].level] > LEVELS[hit[2]]:
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
    plain, _, longest = _suffixes()
    return any((hit := plain.get(window[road.end():j])) and hit[1] in ROAD_NAMED_LEVELS
               for j in range(road.end() + 1, min(len(window), road.end() + longest) + 1))


def _next_stop(window: str, start: int, stops: re.Pattern) -> int:
    """Where the next stop word or 的 in `window` starts, from `start` (its length if none)."""
    return next((j for j in range(start, len(window)) if window[j] == "的" or stops.match(window, j)), len(window))


def _closes_list(rest: str) -> bool:
    """After 等: a type word or generic words only (企业, 地, 单位, 村组), so 等
    closes a list rather than standing in a name."""
    return rest in ("地", "处") or (bool(rest) and covered(rest))


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
        if hit and hit[2] in ADMIN and _referring_word(word[: k - hit[0]]):
            return PlaceChunk(pos, pos + k, (Segment(word, hit[1], hit[2]),))
    return None


def _referring_word(name: str) -> bool:
    """Is the name part only a word that refers back (`place_referring_words.txt`: 该, 本, 同, 同一)?"""
    return name in words("place_referring_words.txt")


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
    whole = _parse_at(text[:head.end] + text[head.end + skip:end], head.start)
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


def _parse_at(text: str, pos: int, limit: int | None = None) -> PlaceChunk | None:
    window = name_window(text, pos, limit)
    if not window or _title_opening().match(window):
        return None  # (在副乡长X陪同下, 常务副区长X: no place opens with a title head, 副乡 is no town)
    # the longest prefix that is a named place
    cap = None  # (the end of a name whose type word is written twice)
    for end in range(len(window), 1, -1):
        hit = suffix_at(window, end)
        if not hit:
            continue
        if hit[0] == 1 and INSIDE_CHARS.match(window, end - 1) and suffix_at(window, end - 1):
            continue  # 湿地公园里: a locative character after a type word (里, 内) is no type word (阆苑村 is a village)
        if hit[0] == 1 and pattern("place_type_char_words.txt").match(text, pos + end - 1):
            continue  # 近期有市民反映, X所在的: a type character opening a word (市民, 所在) ends no name
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
        segs = segment(window[:end])
        if segs is None and not quoted:
            segs = _group_of_named_village(text, pos, window[:end])  # 来到下屋组, after 坳背村上坪组
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
            work = _work_on(segs[-1].text) if segs[-1].level == "site" and segs[-1].type != "HousingEstate" else None
            if work is not None and (own := _facility_of_enterprise(segs[-1], work)):
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
            elif (own := _estate_then_class(segs[-1])) is not None:
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
            elif len(segs) > 1 and _generic_work(segs[-1].text) and segs[-2].level != "district":
                # 梧桐镇村庄微更新项目: a generic work in a named place is that place's work (a
                # county's or district's, 山阳县城乡供水一体化工程, is a site of its own: no one
                # visits a whole county at one stop)
                end -= len(segs[-1].text)
                segs = segs[:-1]
            return PlaceChunk(pos, pos + end, segs)
    return None


def _without_class(segs: tuple[Segment, ...], end: int) -> tuple[tuple[Segment, ...], int]:
    """`segs` (a name's segments, ending at `end` of its window) without a last segment
    that is a class of estates (`estate_class`, `_estate_then_class`): 红星小区老旧小区 ->
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
    if (own := _estate_then_class(segs[-1])) is not None:
        return segs[:-1] + (own,), end - (len(segs[-1].text) - len(own.text))
    if len(segs) > 1 and segs[-2].level in ADMIN and estate_class(segs[-1]):
        return segs[:-1], end - len(segs[-1].text)
    return segs, end


def _group_of_named_village(text: str, pos: int, name: str) -> tuple[Segment, ...] | None:
    """`name` (read at `pos`) a bare village group (`下屋组`: a suffix whose places lie
    only in a village, `_inside_words`) that a report about one village writes alone
    once it has named a sibling group with its village (`坳背村上坪组` … `来到下屋组`):
    the segments of the group inside that village, the village's last written with a
    group before `pos`.  None when no village's group was named before, or when the
    word is a party of officials (`group_words.txt`: 调研组, 小组) or no name (工作组).
    Source: RURAL31 (p87: a township head's three days in one village, its second
    group written alone, was no stop).

    >>> [s.text for s in _group_of_named_village("走进柳湾村上滩组。次日来到下屋组", 13, "下屋组")]
    ['柳湾村', '下屋组']
    >>> _group_of_named_village("走进柳湾村上滩组。次日调研组来到", 11, "调研组") is None
    True
    """
    hit = suffix_at(name, len(name))
    within = hit and _inside_words().get(name[len(name) - hit[0]:])
    if side_hamlet(name):
        within = "村"  # 下寨 after 九摆村上寨: a village's hamlet named by its side
    elif not within or not has_proper_part(name) or pattern("group_words.txt", "(?:{})$").search(name):
        return None
    written = name[len(name) - hit[0]:]
    for j in range(pos - 1, 0, -1):  # the last village group written before, nearest first
        if not text.startswith(written, j) or text.startswith(name, j - len(name) + len(written)):
            continue
        for k in range(max(0, j - 12), j):
            if not name_may_start(text, k):
                continue  # (走进柳湾村上滩组: the village's name starts after the verb, not at 进)
            chunk = _parse_at(text, k, j + len(written))
            if chunk and chunk.end == j + len(written) and len(chunk.segments) > 1 \
                    and chunk.segments[-2].text.endswith(within):
                segs = segment(chunk.segments[-2].text + name)
                if segs and len(segs) == 2 and segs[-1].text == name:
                    return chunk.segments[:-1] + segs[-1:]
    return _group_of_village_before(text, pos, name, within)


SAME_SENTENCE_VILLAGE = 30  # characters back from a bare group to the village of its sentence
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
        for k in range(max(0, j - 12), j):
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
    titles = _title_opening()
    return any((m := titles.match(text, s)) and m.end() > end for s in range(max(0, start - 4), start))


@cache  # built once: it was rebuilt (a lexicon's alternation escaped and sorted) at each call
def _title_opening() -> re.Pattern:
    """A title head (`post_titles.txt`), maybe after title prefixes
    (`post_title_prefixes.txt`: 常务, 专职): a window opening so is a post,
    not a place (常务副区长王明: 常务副区 is no district).

    >>> bool(_title_opening().match("常务副区长王明")), bool(_title_opening().match("常青镇"))
    (True, False)
    """
    prefixes, heads = alternation(words("post_title_prefixes.txt")), alternation(words("post_titles.txt"))
    return re.compile(f"(?:{prefixes})*(?:{heads})")


def _suffix_starts(window: str, i: int, stop_end: int) -> bool:
    """A type word longer than the stop word starts at `i` (工作室 holds the stop 工作)."""
    plain, _, longest = _suffixes()
    return any(window[i:j] in plain for j in range(stop_end + 1, min(len(window), i + longest) + 1))


def parse_list(text: str, pos: int, limit: int | None = None) -> list[PlaceChunk]:
    """Places written as a list: `A、B和C`, `A和B四个街道`, `A的两个项目——B和C`;
    a twofold area listed with towns is one of their level (`lower_listed_areas`)."""
    return lower_listed_areas(_parse_list(text, pos, limit))


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
        elif q and "零一二三四五六七八九十".find(q.group(1).replace("两", "二")) != len([i for i in LIST_SEP.split(clause[: q.start()]) if i]):
            q = None  # (A公园、泗泾路九村: a count must count the items listed, so 九村 is a name)
    if q and pattern("place_type_char_words.txt").match(clause, q.start(2)):
        q = None  # (供暖不热、饮水浑浊等村民意见: 村 opens 村民, the list is of complaints, no villages)
    if q:
        opener = LIST_SEP.match(clause)  # (和睦街道两个社区: no list opens with a joiner, 和 begins the name)
        head = opener.end() if opener else 0
        items = [i for i in LIST_SEP.split(clause[head: q.start()]) if i]
        items[:1] = [clause[:head] + i for i in items[:1]]
        suffix = q.group(2)
        if any(_states_problem(item) for item in items):
            items = []  # (路面坑洼、积水严重等村: a list of complaints is named by no shared type word)
        chunks = []
        cursor = pos
        for item in items:
            # 潍坊新村、洋泾两个街道: the shared suffix completes bare names only
            segs = segment(item)
            if not segs or not is_named(segs) or segs[-1].type != _suffix_type(suffix):
                segs = segment(item if item.endswith(suffix) else item + suffix)
                if segs and not item.endswith(suffix) and segs[-1].level == "site":
                    # 翠竹坊和听涛阁两个小区: a site's name is as written, the
                    # shared word gives its type (洋泾两个街道 → 洋泾街道, the full name)
                    last = segs[-1]
                    segs = segs[:-1] + (Segment(last.text[: -len(suffix)], last.type, last.level),)
            at = text.find(item, cursor)
            cursor = at + len(item)
            if name_window(item, 0) != item:
                break  # 区长王明到云溪: an item holding a stop or a verb is no name
            if segs and is_named(segs):
                chunks.append(PlaceChunk(at, at + len(item), segs))
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
        sep = LIST_SEP.match(text, cursor)
        if sep and pattern("place_name_words.txt").match(text, cursor) and not _joins_units(text, cursor):
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


def _one_character_name(segment_text: str) -> bool:
    """Is the segment a one-character name before its type word (路社区)?

    >>> _one_character_name("路社区"), _one_character_name("永和路社区")
    (True, False)
    """
    hit = _suffix_of(segment_text)
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
    area = chunk.leaf.level in ADMIN and inside is not None and not _determiners().match(text, inside.end(), limit)
    # 谈固东街的东风里小区, 和平街的幸福小区: a street (a road's type word closing a site's name:
    # `place_lane_words.tsv`) holds the named place written after its 的, the stop (FAULTS38_p126)
    street = inside is not None and on_street(chunk.leaf) and not _determiners().match(text, inside.end(), limit)
    if inside and (located or area or street or inside.group(1) or inside.group(2) or SINGLE.match(text, inside.end(), limit)):
        inner = parse_at(text, appositive_end(text, skip_determiner(text, inside.end(), limit), limit), limit)
        if inner and (not street or is_named((inner.leaf,))):
            return PlaceChunk(inner.start, inner.end, chunk.segments + inner.segments)
    return chunk


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
    if _determiners().match(text, pos, len(text) if limit is None else limit):
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
    on_road = m is not None and _road_name(m.group(1))
    if m and text.startswith("上的", m.end() - 2) and not on_road:
        m = None
    if not m or not (suffix_at(m.group(1), len(m.group(1))) or on_road):
        # 来到附近的X: the place it is beside is the one the report is at
        m = _bare_locative().match(text, pos, limit)
        if not m:
            return None
    return parse_at(text, skip_determiner(text, m.end(), limit), limit)


@cache
def _locative_inside() -> re.Pattern:
    """The locative words of two or more characters (附近, 对面): one inside a
    written name shows it is a phrase about places, not a name."""
    return compile_words(w for w in words("place_locatives.txt") if len(w) > 1)


def _locative_in(text: str, end: int | None = None) -> bool:
    """Does text[:end] hold a locative word of two or more characters (`_locative_inside`)
    that is not part of a common word written around it (`place_generic_words.txt`)?
    家门口 (the doorstep: the genre's word for near home, 青松居民区家门口服务站, the
    community's station) holds 门口 (at the gate of) but is no phrase placing one place
    beside another, as 小区门口 is.  Source: FAULTS35_p103 (a named community's
    “家门口”服务站 was cut to the community, its forum's issues filed there; p100 too).

    >>> _locative_in("青松居民区家门口服务站"), _locative_in("小区门口便民服务站")
    (False, True)
    """
    stop = len(text) if end is None else end
    masked = [(m.start(), m.end()) for m in _generic_with_locative().finditer(text)]
    return any(not any(a <= m.start() and m.end() <= b for a, b in masked)
               for m in _locative_inside().finditer(text, 0, stop))


@cache
def _generic_with_locative() -> re.Pattern:
    """The common words (`place_generic_words.txt`) holding a locative word (家门口)."""
    locatives = [w for w in words("place_locatives.txt") if len(w) > 1]
    return compile_words(w for w in _generic_words() if any(l in w for l in locatives))


def _bare_locative() -> re.Pattern:
    return pattern("place_locatives.txt", "(?:{})的")


def _locative_of() -> re.Pattern:
    return pattern("place_locatives.txt", "([^，。；、的\\s]{{1,10}}?)(?:{})的")


def skip_determiner(text: str, pos: int, limit: int) -> int:
    m = _determiners().match(text, pos, limit)
    return m.end() if m else pos


def _parse_single(text: str, pos: int, limit: int) -> PlaceChunk | None:
    """One place; the window of one item stops at the next list separator that starts a place."""
    chunk = parse_at(text, pos, limit)
    if not chunk:
        return None
    for sep in LIST_SEP.finditer(text, pos, chunk.end):
        if pattern("place_name_words.txt").match(text, sep.start()):
            continue  # 和美家园: the separator starts a name
        if sep.start() - pos == 1 and sep.group(0) in LIST_JOINERS and not _suffix_of(text[pos]) and _named_between(text, pos, chunk.end):
            continue  # 新和社区, 丰和居民区: no list item is one character long, so 和 is inside the name (镇和村: 镇 is a type word)
        left = parse_at(text, pos, sep.start())
        if left and _joiner_in_name(text, left, sep, limit):
            continue  # 浦锦街道春和景明居民区: 春 ends in no type word, so 和 is inside the next name
        right = _parse_item(text, sep.end(), limit)
        if left and right:
            return left
        if not right and _generic_after(text, sep.end(), chunk.end):
            if left and left.end < sep.start() and text[sep.end():chunk.end] not in _generic_words() and left.leaf.level in ADMIN:
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


# ---------------------------------------------------------------- registry


def core(segment_text: str) -> str:
    """A name without its type suffixes: 中环花苑小区 and 中环花苑 share 中环.
    An administrative unit's name is everything before its own type words
    (those of its kind, `kind`): 幸福里社区 is 幸福里, a community apart from
    幸福社区, and 光明新村社区 is not 光明社区, while 新华社区居委会 is 新华.

    >>> core("中环花苑小区"), core("幸福里社区"), core("新华社区居委会")
    ('中环', '幸福里', '新华')

    An autonomous unit is its short name's (`autonomous_short`), and a prefecture
    keeps its level word (`PREFECTURE_WORDS`): the city of its name is another place.

    >>> core("凉山彝族自治州"), core("凉山州"), core("玉树州"), core("玉树市"), core("峨边彝族自治县")
    ('凉山州', '凉山州', '玉树州', '玉树', '峨边')
    """
    name = autonomous_short(segment_text.strip("“”\""))
    unit = kind(name)
    while True:
        hit = suffix_at(name, len(name))
        if not hit or len(name) - hit[0] < 2:
            break
        rest = name[: -hit[0]]
        if unit and kind(name) != unit:
            break  # a type word of another kind inside a unit's name is part of the name
        if name[-hit[0]:] in PREFECTURE_WORDS:
            return rest + PREFECTURE_SHORT  # 玉树州 keeps its level: a prefecture, not the city 玉树市
        name = rest
    return name.replace("“", "").replace("”", "")


# a prefecture's type words (an autonomous prefecture, 自治州, or its short form 州): its core
# keeps 州, as a prefecture and the city of the same name are two places (玉树州, 玉树市)
PREFECTURE_WORDS = frozenset(words("place_prefecture_words.txt"))
PREFECTURE_SHORT = min(PREFECTURE_WORDS, key=len, default="")  # 州: the level word a core keeps


def autonomous_short(name: str) -> str:
    """An autonomous unit's short name: its full name without the ethnic groups
    (`place_ethnic_names.txt` + 族, one or more) and 自治 before its level word
    (凉山彝族自治州 -> 凉山州, 峨边彝族自治县 -> 峨边县, 广西壮族自治区 -> 广西区);
    any other name as it is.  A report writes the unit in full or short, one place.

    >>> autonomous_short("黔东南苗族侗族自治州"), autonomous_short("峨边彝族自治县"), autonomous_short("玉树市")
    ('黔东南州', '峨边县', '玉树市')
    """
    m = _autonomous().search(name)
    if not m or m.start() < 2:
        return name
    return name[: m.start()] + m.group("level")


@cache
def _autonomous() -> re.Pattern:
    """Ethnic groups with 族, then 自治 and a level word, ending a name."""
    groups = alternation(words("place_ethnic_names.txt"))
    return re.compile(f"(?:(?:{groups})族)+自治(?P<level>[州县区旗])$")


@cache
def _kinds() -> tuple[dict[str, str], list[tuple[re.Pattern, str]]]:
    """`place_kinds.tsv`: type word -> kind, plain words and `re:` patterns."""
    plain, regex = {}, []
    for word, kind_word in table("place_kinds.tsv"):
        if word.startswith("re:"):
            regex.append((re.compile(word[3:]), kind_word))
        else:
            plain[word] = kind_word
    return plain, regex


@cache
def _site_generic_words() -> tuple[frozenset[str], tuple[re.Pattern, ...]]:
    """`place_site_generic_words.txt`: plain words and `re:` patterns."""
    ws = words("place_site_generic_words.txt")
    return (frozenset(w for w in ws if not w.startswith("re:")),
            tuple(re.compile(w[3:]) for w in ws if w.startswith("re:")))


def _site_generic(word: str) -> bool:
    """Is a site's type word one that only says what it is (小区, 号楼, 一期)?"""
    plain, regex = _site_generic_words()
    return word in plain or any(rx.fullmatch(word) for rx in regex)


def kind(segment_text: str) -> str:
    """The kind of place a segment names, from its type word (`place_kinds.tsv`):
    the kind's usual type word, or "" when the type word has none (districts
    and sites named by a generic word, merged by core name alone).  An organ's
    word is its place's type word first (街道办事处 -> 街道, `place_suffixes.tsv`
    4th column); a site's is the one before its generic words
    (`place_site_generic_words.txt`: 锦绣府小区 is of the kind 府, as 锦绣府 is).

    >>> kind("新华居委会"), kind("新华村委会"), kind("安康镇"), kind("中环花苑小区")
    ('社区', '村', '镇', '')
    >>> kind("锦绣府小区"), kind("锦绣府"), kind("锦绣园"), kind("锦绣广场")
    ('府', '府', '园', '广场')
    """
    name = segment_text.strip("“”\"")
    hit = suffix_at(name, len(name))
    if not hit:
        return ""
    word = name[len(name) - hit[0]:]
    if hit[2] == "site" and _site_generic(word) and len(name) - hit[0] >= 2:
        return kind(name[: -hit[0]])  # 锦绣府小区 is 锦绣府: the generic word says no more
    word = _organ_words().get(word, word)
    plain, regex = _kinds()
    if word in plain:
        return plain[word]
    return next((k for rx, k in regex if rx.fullmatch(word)), "")


def identity(seg: Segment) -> tuple[str, str, str]:
    """What a report's place is known by: (level, core name, kind).  Places of
    one name but different kinds are different places (安康镇 and 安康街道,
    新华村 and 新华社区); one kind written with different type words is one
    place (新华社区 and 新华居委会), and so is a site written with or without
    its type word (中环花苑 and 中环花苑小区, whose core is 中环).

    >>> identity(Segment("新华居民区", "ResidentsCommittee", "community"))
    ('community', '新华', '社区')
    """
    return seg.level, core(seg.text), kind(seg.text)


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

        >>> r = PlaceRegistry(); a = r.add(parse_at("新华社区党群服务站", 0))
        >>> r.add(PlaceChunk(0, 3, (Segment("新华社区党群服务站", "Facility", "site"),))) == a, len(r.nodes)
        (True, 2)
        """
        if len(seg.text) < 3:
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
            node.written.add(seg.text)
            node.written.add(self._label(segments, i))
            parent = pid
        self.nodes[parent].written.add(written)
        return parent

    def _read_levels(self, segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
        """A twofold area (新区) the report has placed below a district once
        (`lower_areas`, `lower_listed_areas`) is at that level wherever it is
        written again alone; and a district-level node of that name read before
        the report placed it becomes one of that level too (one place, one level).

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
        return bool(hit) and seg.level in ADMIN and _referring_word(seg.text[: len(seg.text) - hit[0]])

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
        """
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
            if _continues_name(text[cut:], hit[2]):
                continue
            return Segment(text[:cut], hit[1], hit[2])
    return None


def own_part(parent: Segment, seg: Segment) -> bool:
    """`望山村村史馆`, `云溪镇镇卫生院`: a part whose name opens with its parent's
    type word (村, 镇) is that place's own facility, named by the parent."""
    hit = suffix_at(parent.text, len(parent.text))
    return bool(hit) and parent.level in ADMIN and seg.text.startswith(parent.text[len(parent.text) - hit[0]:])


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
    if room and len(segments) > 1 and room.start() > 0 and room.group(0) in _suffixes()[0]:
        return segments  # 松涛社区|居民议事厅: a hall with words of its own is the owner's site (session 26); bare (X社区议事厅) a room
    if len(segments) > 1 and not room and last.text.endswith(words("place_market_words.txt")):
        return segments  # 青罕镇|农贸市场: a market is a site of its own (stalls, keepers), no spot in the town
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
    cut = _work_on(last.text) if last.type == "HousingEstate" else None
    if cut is None:
        return segments
    inner = segment(last.text[:cut])
    if inner and len(inner) == 1 and is_named(inner) and inner[0].type == "HousingEstate":
        return segments[:-1] + inner
    return segments


# the report's place registry: created empty with the Doc, filled by the
# visit frame as it reads places (there is no separate "places" step)
set_extension("places", PlaceRegistry)
