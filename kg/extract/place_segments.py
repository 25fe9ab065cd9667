"""A written place name cut into segments at administrative type words.

`梧桐街道竹韵居委松涛大楼小区` is a housing estate (松涛大楼小区) in a
residents' committee (竹韵居委) in a subdistrict (梧桐街道).  Names are only
cut after administrative suffixes (district, subdistrict, community), so
松涛大楼小区 stays whole.  Reads one name's text (already ended by the
caller) with the suffix look-ups and the proper-part tests, and gives its
segments (`segment`), with the rules of parts named by number, lane, group
or hamlet, areas lowered to a level, and works written after a place.

>>> [s.text for s in segment("梧桐街道竹韵居委松涛大楼小区")]
['梧桐街道', '竹韵居委', '松涛大楼小区']
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract.lexicons import alternation, compile_words, kind_words, pattern, table, words
from kg.extract.place_classes import quantified_leaf
from kg.extract.place_proper_part import covered, generic_words, has_proper_part, one_character_determiners
from kg.extract.place_suffixes import ADMIN, AREAS, COMMITTEE_ENDINGS, LEVELS, OPEN_SPACES, PlaceChunk, SUFFIX_WINDOW, Segment, continues_name, counted_site_clause, inside_words, organ_words, side_hamlet, suffix_at, suffix_of, suffixes
from kg.text import is_han

NUMBERED = re.compile(r"第?[一二三四五六七八九十\d]+[组社屯期]")  # (a numbered part in either style: 五组, 第五组; 3社, a group in Sichuan; 三屯, a hamlet in the north-east)

# a part of a village, community or subdistrict named by its number or side: a grid of
# its grid management (5号网格, 第三网格) or an area of it (东片区, 二片区), named by the unit
UNIT_PART = re.compile(r"(?:第?[一二三四五六七八九十\d]+号?|[东西南北中])(?:片区|网格)")

NOT_IN_NAME = re.compile(r"[的了们着吗呢吧啊]")
# a count of people (20多名, 三位) never stands in a name: 20多名委员共接待社区 is a clause, not a place;
# nor does a count in figures of units or households (江门村共有8个屯, 新丰村12户低保户: a clause
# telling how many, or the households visited; a name's figures are numbers, 5社 or 3号院, never
# counted with 个 or 户).  Source: FAULTS32 (p91: the count became the stop, the village lost)
COUNTED_PEOPLE = re.compile(r"[\d一二两三四五六七八九十百千几数多]+余?[名位]|^[\d一二两三四五六七八九十几数多]+余?户|\d+余?[个户]")

# the frame 以X为Y (taking X as Y) is a clause: 以人民为中心 (people-centred, after 深入践行 or
# 坚持) ends in 中心 but names no centre.  Source: FAULTS32 (p91: 深入践行以人民为中心的发展思想
# read as a visit to a facility)
TAKING_AS = re.compile(r"以[^以为]{1,8}为")


def _town_named_after_village(name: str, cut: int) -> bool:
    """Does a town's or township's type word (镇, 乡: a subdistrict-level suffix of one
    character) follow the village ending at `cut`, with a community-level unit after it
    (孔村|镇|南李村, 王村|镇|西李村)?  Then the town is named after a village (孔村镇, 王村镇,
    as towns often are) and the cut belongs after its type word: a village never holds a
    village, so 孔村 holding 镇南李村 is no reading.  Session 59 (a newcomer's report).

    >>> _town_named_after_village("孔村镇南李村", 2), _town_named_after_village("镇南村", 1)
    (True, False)
    """
    town = suffix_at(name, cut + 1)
    if not town or town[0] != 1 or town[2] != "subdistrict" or name[cut] not in TOWN_WORDS:
        return False
    after = suffix_at(name, len(name))
    return bool(after) and after[2] == "community" and len(name) - after[0] - (cut + 1) >= 1


# the one-character type words of a town and a township
TOWN_WORDS = "镇乡"


@lru_cache(maxsize=256)  # (two calls in three repeat one made before: a name is tried by several frames)
def segment(name: str) -> tuple[Segment, ...] | None:
    """Cut a written name into segments (a tuple of frozen `Segment`s, outermost first);
    None when it is not a place name.  A function of `name` and the lexicons only, so its
    last 256 answers are kept.

    >>> [(s.text, s.level) for s in segment("梧桐街道新华社区")]
    [('梧桐街道', 'subdistrict'), ('新华社区', 'community')]
    """
    if NOT_IN_NAME.search(name) or COUNTED_PEOPLE.search(name) or counted_site_clause(name) or TAKING_AS.search(name) or _runs_into_list_close(name):
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
        if opens_word_at(name, cut):
            continue  # 有村|民说村: 村 opens 村民 (the raiser of 有村民说…), as it ends no name (`place_parse`)
        if _organ_follows(name, cut - length, length):
            continue  # 白沙街道|办事处金穗社区: the type word runs on into its organ (街道办事处); cut after that
        if _type_word_opens_common_word(name, cut, length) and not has_proper_part(name[start:cut]):
            continue  # 社区新市|民服务大厅: 市 opens 市民 (new citizens), no city 社区新市
        rest = name[cut:]
        if hit[2] == "community" and _town_named_after_village(name, cut):
            continue  # 孔村|镇南李村: 孔村镇 is the town (no village holds a village), 南李村 its village
        if hit[2] == "subdistrict" and cut - length - start == 1 and (inner := suffix_at(name[:cut + 2], cut + 2)) \
                and inner[2] == "community" and inner[0] == 2:
            continue  # 鲈乡|社区, 侨乡社区: one character and 乡 is a word (水乡, 侨乡) opening the community's name (session 60, qa60)
        min_name = 2 if hit[2] == "district" else 1  # 辖区, 城区: not districts
        if cut - length - start < min_name or (continues_name(rest, hit[2]) and not _own_word_site(name[cut - length:cut], rest)) \
                or _named_after_unit(name[start:cut], rest, hit[2]):
            continue
        rest_suffix = rest_suffix_at(name, cut)
        if not rest_suffix or (len(rest) - rest_suffix[0] < 2 and not NUMBERED.fullmatch(rest) and not doubled_name(name[start:cut - length], rest) and not numbered_lane().fullmatch(rest) and not UNIT_PART.fullmatch(rest) and not side_hamlet(rest)
                               and not ordinal_part(rest, hit[2], rest_suffix) and not _own_site(rest, name[cut - length:cut], rest_suffix)
                               and not quantified_leaf(rest)):
            continue  # (a numbered part, 五组 or 3期, is a place inside: 下洲村|五组; so is an ordinal unit, 青山镇|一村;
            # and a quantified one, 江滨街道|各社区: some units of the place, cut so the place is the stop)
        if start == 0 and name[:cut] in generic_words():
            continue  # 乡村|振兴项目: a common word opening the name and ending in a type word (乡村, 农村) is no place
        if type_word_in_common_word(name[start:cut], length) and not _named_cheng(name[start:cut], length):
            continue  # 北关片区城市|更新项目: the type character ends a common word (城市, 农村), not a name
        if _scope_reference(name[start:cut - length]):
            return None  # 被列入全区老旧小区: a clause ran into 全区 (the whole district), no name
        organ = organ_words().get(name[cut - length:cut])  # 白沙街道办事处金穗社区: the organ is its place (白沙街道)
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
    if _county_then_township_word(tail):
        return None  # 石泉县乡|村: a county and 乡村 (or 县乡, 乡镇), no township 石泉县乡
    within = inside_words().get(tail[len(tail) - length:])
    if within and not (segments and segments[-1].text.endswith(within) and has_proper_part(tail)):
        return None  # 调研组, 驻村工作组: a group is a place only as a named part of a village (柳湾村上滩组)
    if within and type_word_in_common_word(tail, length):
        return None  # 青山村|供销社: the group's type word (社) is a character of a common word, no group
    committee = tail.endswith(COMMITTEE_ENDINGS)
    organ = organ_words().get(tail[len(tail) - length:])
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
    if _joined_kinds(tail):
        return None  # 人大代表联络站+政协委员工作室: a scheme joining two kinds of site, no place
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

    >>> _hamlet_group("马家坪", (1, "Place", "site"), "村上滩组"), _hamlet_group("大王庄社", (1, "Place", "site"), "区第三居民小组")
    (False, False)
    """
    if hit[1] != "Place" or len(hamlet) - hit[0] < 2 or not has_proper_part(hamlet):
        return False
    if any((unit := suffix_at(hamlet + rest, len(hamlet) + k)) and unit[2] in ADMIN and unit[0] >= k
           for k in range(1, min(len(rest), SUFFIX_WINDOW) + 1)):
        # 马家坪|村上滩组: an administrative type word right after the hamlet ends its name (马家坪村);
        # so does one its type character opens (大王庄社|区第三居民小组: 社区, session 44)
        return False
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
            inner = suffix_of(name[len(name) - k:])
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


# the words that, right after a county's name written whole, open a common word and
# name no unit (县乡 "county and township", 乡村, 乡镇, 区镇): a township or village is
# never named as a county is
COUNTY_TOWNSHIP_WORDS = ("乡村", "乡镇", "乡", "镇")


def _county_then_township_word(tail: str) -> bool:
    """Is `tail` a county-level district written whole (石泉县, 岳麓区: a name part of
    two characters or more and 县, 区 or 旗) and then a township's type word, or a
    word opening with one (乡, 乡镇, 乡村, 镇), with nothing between?  Then it names no
    township or village: 石泉县乡 from 石泉县乡村振兴 or 来到石泉县乡下 (县乡 and 乡村 are
    words), 勐海县乡镇 from 走访勐海县乡镇; a township is never named by a whole
    county's name.  旧县乡 and 古县乡 (one character before 县, no county) are
    townships.  Source: NEWCOMER50 (石泉县乡 read as a town from running text).

    >>> _county_then_township_word("石泉县乡"), _county_then_township_word("勐海县乡镇"), _county_then_township_word("岳麓区乡村")
    (True, True, True)
    >>> _county_then_township_word("旧县乡"), _county_then_township_word("石泉县城关镇"), _county_then_township_word("长沙市乡")
    (False, False, False)
    """
    word = next((w for w in COUNTY_TOWNSHIP_WORDS if tail.endswith(w)), None)
    if word is None or len(tail) - len(word) < 3:
        return False
    county = segment(tail[: len(tail) - len(word)])
    return bool(county) and len(county) == 1 and county_level(county[0])


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


# the type words of the township level, peers of each other: none lies inside another
TOWNSHIP_WORDS = ("镇", "乡", "街道", "苏木")


def split_peer_townships(chunks: list[PlaceChunk]) -> list[PlaceChunk]:
    """A chunk whose name runs one township into another (`永安镇太平乡`, two units of one
    level written with no 、 between, as a headline writes them) is two places: a town,
    a township or a subdistrict (`TOWNSHIP_WORDS`) never lies inside another.  The second
    keeps no parent of the first.  Source: session 41 (p138-10: 到永安镇太平乡调研 made a
    visit to the first town, the second read as inside it).

    >>> from kg.extract.place_lists import parse_list
    >>> [c.text for c in parse_list("永安镇太平乡调研", 0)], [c.text for c in parse_list("永安镇太平村调研", 0)]
    (['永安镇', '太平乡'], ['永安镇太平村'])
    """
    out = []
    for c in chunks:
        segs = c.segments
        cut = next((i for i in range(1, len(segs)) if segs[i - 1].level == segs[i].level == "subdistrict"
                    and segs[i - 1].text.endswith(TOWNSHIP_WORDS) and segs[i].text.endswith(TOWNSHIP_WORDS)), None)
        if cut is None:
            out.append(c)
            continue
        mid = c.start + sum(len(s.text) for s in segs[:cut])
        out += [PlaceChunk(c.start, mid, segs[:cut]), PlaceChunk(mid, c.end, segs[cut:])]
    return out


def lower_listed_areas(chunks: list[PlaceChunk]) -> list[PlaceChunk]:
    """A twofold area (新区) listed beside towns or subdistricts (颛桥镇、浦锦新区和江川路街道)
    is one of them, an area of the subdistrict level: a list names places of one level,
    and a district's towns are listed with its other parts, not with other districts.
    Only when no other item is a district (闵行区和浦锦新区 lists two districts) and the
    twofold area is written alone or below a county-level district (上海市浦东新区 is
    the city's district whatever is listed beside it).  Source: LEFTOVERS32 users 1.

    >>> from kg.extract.place_lists import parse_list
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
    return organ_words().get(word, word) in words("place_urban_units.txt")


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
    >>> _area_own_unit("鲈乡社区", 2, "community") is None
    True
    """
    if level != "community":
        return None
    inner = suffix_at(tail, len(tail) - length)
    # (one character of name before the area's type word is a word naming the community, 鲈乡社区,
    # 侨乡社区: no area of that name; session 60, qa60)
    if not inner or inner[2] not in ADMIN or LEVELS[inner[2]] >= LEVELS[level] or len(tail) - length - inner[0] < 2:
        return None
    area = tail[: len(tail) - length]
    return Segment(area, inner[1], inner[2]) if segment(area) else None


def _organ_follows(name: str, at: int, length: int) -> bool:
    """An organ word (`place_suffixes.tsv`, 4th column: 街道办事处, 镇人民政府)
    longer than the type word of `length` at `at` starts there: the cut
    belongs after the organ.

    >>> _organ_follows("白沙街道办事处金穗社区", 2, 2), _organ_follows("白沙街道金穗社区", 2, 2)
    (True, False)
    """
    return any(len(o) > length and name.startswith(o, at) for o in organ_words())


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
    return len(name_part) > 2 and name_part[-1] in one_character_determiners()


def work_on(segment_text: str) -> int | None:
    """`竹韵小区加装电梯项目`: a site named by a place and the work done there.
    The length of the place (竹韵小区) when the words between it and the final
    type word are generic words only (not one bare type word: 梁家营|镇|敬老院 is
    the town's home, no work on 梁家营); None otherwise.

    >>> work_on("竹韵小区加装电梯项目"), work_on("梁家营镇敬老院")
    (4, None)
    """
    hit = suffix_at(segment_text, len(segment_text))
    if not hit:
        return None
    name_end = len(segment_text) - hit[0]
    for k in range(name_end - 1, 1, -1):
        inner = suffix_at(segment_text, k)
        if inner and k - inner[0] >= 2 and covered(segment_text[k:name_end]) and inner[1] not in OPEN_SPACES \
                and segment_text[k:name_end] not in suffixes()[0] \
                and not type_word_in_common_word(segment_text[:k], inner[0]):
            return k  # (a work on an area, 北关片区城市更新项目, is the site visited: not the area)
    return None


def facility_of_enterprise(seg: Segment, cut: int) -> tuple[Segment, Segment] | None:
    """`金穗农场职工医院`, `红星机械厂子弟学校`: an enterprise (a farm, a works, a
    company: type Enterprise) named before generic words and a facility's type
    word (医院, 学校, 食堂) that is no work (`place_work_words.txt`) is the
    enterprise's own facility, a site inside it (labelled with its name, as
    `PlaceRegistry._label` does for a generic part).  `cut` is where the
    enterprise's name ends in `seg` (`work_on`).  The two segments, or None.

    >>> [s.text for s in facility_of_enterprise(Segment("金穗农场职工医院", "Facility", "site"), 4)]
    ['金穗农场', '职工医院']
    >>> facility_of_enterprise(Segment("竹韵小区加装电梯项目", "Facility", "site"), 4) is None
    True
    """
    inner = suffix_at(seg.text, cut)
    if seg.type != "Facility" or not inner or inner[1] != "Enterprise" or seg.text.endswith(words("place_work_words.txt")):
        return None
    return Segment(seg.text[:cut], inner[1], inner[2]), Segment(seg.text[cut:], seg.type, seg.level)


def estate_facility(seg: Segment, cut: int) -> bool:
    """Is `seg` (a site read whole: `X苑便民市场`, `X花园农贸市场`) a market named after
    an estate, rather than a work done on the estate or the estate's own office (`work_on`
    cut it at `cut`, the end of the estate's name)?  So it is when the name before `cut`
    is an estate (HousingEstate) and the segment ends in a market's word
    (`place_market_words.txt`: 市场, 菜场, 集市): a market is a site of its own (stalls and
    their keepers, `places._without_open_space`), read whole as `X苑市场` (no generic word
    between) already was.  The estate's own facility stays the estate (X小区人大代表联络站,
    X新村党群服务中心: tests/test_f108_35, test_visits29), and so does its work
    (X小区加装电梯项目).  Source: session 56, names56 (p213: X苑便民市场 read as the estate X苑).

    >>> estate_facility(Segment("康乐苑便民市场", "Venue", "site"), 3)
    True
    >>> estate_facility(Segment("竹韵小区加装电梯项目", "Facility", "site"), 4)
    False
    >>> estate_facility(Segment("清河小区人大代表联络站", "Facility", "site"), 4)
    False
    >>> estate_facility(Segment("梧桐镇便民市场", "Venue", "site"), 3)
    False
    """
    inner = suffix_at(seg.text, cut)
    return bool(inner) and inner[1] == "HousingEstate" and seg.text.endswith(words("place_market_words.txt"))


def type_word_in_common_word(text: str, length: int) -> bool:
    """Does `text` end in a common word (`place_generic_words.txt`) longer than
    the type word of `length` it ends in (城市, 农村, 乡村, 城镇)?  The type word
    is then a character of that word, and no place's name ends there
    (北关片区城市|更新项目 is one work's name, not a city 北关片区城).

    >>> type_word_in_common_word("北关片区城市", 1), type_word_in_common_word("临川市", 1)
    (True, False)
    """
    generic, longest = generic_words(), _longest_generic()
    return any(text[-k:] in generic for k in range(length + 1, min(len(text), longest) + 1))


def _named_cheng(part: str, length: int) -> bool:
    """Is `part` a city, district or town named X城 (聊城市, 东城区, 赤城镇, 古城镇), whose type
    word only seems to end a common word (城市, 城区, 城镇)?  One character and 城 before a one-character
    type word is the unit's own name, as it is when the name ends there (聊城市 alone is a city);
    not a determiner (各城市, 全城镇), a type character (县城镇: 县城, the county seat) or a size
    (大城市, 小城镇), nor a common word of three (主城区, 老城区).  Source: NEWCOMER49 (聊城市东昌府区 and
    西城区什刹海街道 read one unit each, 蓬溪县赤城镇石佛村 a village 赤城镇石佛村 in no town).

    >>> _named_cheng("聊城市", 1), _named_cheng("赤城镇", 1), _named_cheng("各城市", 1), _named_cheng("北关片区城市", 1)
    (True, True, False, False)
    """
    if length != 1 or len(part) != 3 or part[1] != "城" or not is_han(part[0]):
        return False
    generic = generic_words()
    return part not in generic and part[:2] not in generic and part[0] not in one_character_determiners() \
        and part[0] not in "大小" and not suffix_at(part[0], 1)


def opens_word_at(name: str, cut: int) -> bool:
    """Does the type character ending at `cut` open a word of `place_type_char_words.txt`
    (村民, 市民, 所在, 乡亲) that runs on past it?  Then no segment ends there: `有村民说村`
    (还有村民说村里…) is no village 民说村 inside a village 有村, as `place_parse._parse_at`
    ends no name at such a character (近期有市民反映).  A name written before its residents
    keeps its own type word (幸福村|村民…: the second 村 opens 村民, the first does not).
    Source: session 54, places54 (a raiser word split by a type word made two junk places).

    >>> opens_word_at("有村民说村", 2), opens_word_at("幸福村村民说村", 3), opens_word_at("幸福村民俗馆", 3)
    (True, False, True)
    """
    return cut < len(name) and pattern("place_type_char_words.txt").match(name, cut - 1) is not None


def _type_word_opens_common_word(name: str, cut: int, length: int) -> bool:
    """Does the type word ending at `cut` open a common word (`place_generic_words.txt`)
    that runs on past it (新市|民: 市民)?  Then the cut may be inside a word; the caller
    keeps it only when the name before it is a proper one (杭州市|民政局 stays cut).

    >>> _type_word_opens_common_word("社区新市民服务大厅", 4, 1), _type_word_opens_common_word("临川市卫生院", 3, 1)
    (True, False)
    """
    generic, longest = generic_words(), _longest_generic()
    at = cut - length
    return any(name[at : at + k] in generic for k in range(length + 1, min(len(name) - at, longest) + 1))


@cache
def _longest_generic() -> int:
    return max(map(len, generic_words()), default=0)


def generic_work(segment_text: str) -> bool:
    """Is the segment a generic work (`place_work_words.txt` type word, no
    proper part: 村庄微更新项目, 污水管网改造工程)?

    >>> generic_work("村庄微更新项目"), generic_work("青枫大桥工程")
    (True, False)
    """
    return segment_text.endswith(words("place_work_words.txt")) and not has_proper_part(segment_text)


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
    return compile_words(w for w in generic_words() if any(l in w for l in locatives))


def _joined_kinds(leaf: str) -> bool:
    """Is `leaf` two or more kinds of site joined by `+`, none with a proper name of its own
    (`人大代表联络站+政协委员工作室`: a scheme of joint reception days, no place)?  A name
    joined so with a named part is a project's (沂林路+临沂公园…项目: the dev gold's place).
    Session 54, diag213 (FAULTS_p213: a joint scheme's quoted name in a headline read as
    the host of its reception day).

    >>> _joined_kinds("人大代表联络站+政协委员工作室"), _joined_kinds("沂林路+临沂公园提升项目")
    (True, False)
    """
    parts = leaf.strip("“”\"").split("+")
    return len(parts) > 1 and all(
        (hit := suffix_at(p, len(p))) and hit[2] == "site" and not has_proper_part(p) for p in (q.strip("“”\"") for q in parts))
