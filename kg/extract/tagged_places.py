"""Places the lexical analyser names, where a place must stand.

The suffix grammar (`kg.extract.places`) reads a place from its type word
(小区, 社区, 公司…).  Many visited places carry no type word on that list, or
carry one after a name the grammar cannot delimit: an estate's brand name
(`东方花城`), a named bay, river or hill (`青龙湾`).  The analyser (LAC, see
`kg.analyse`) knows these by what they are: a LOC word.  Callers use this
only where a place must stand (the object of a visit verb, a clause-opening
`在X，`, the place after `位于…的`); elsewhere a LOC word is as often a city
or a river as a stop.  A facility named in quotes inside an administrative
place (`闻溪街道“委员会客厅”`) is the other place without a type word read here.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.lexicons import pattern, words

from kg.extract.place_suffixes import ADMIN, PlaceChunk, Segment, suffix_at
from kg.extract.place_proper_part import ROAD_SECTION, common_word_road, covered, has_proper_part, is_named
from kg.extract.place_segments import COUNTED_PEOPLE, NOT_IN_NAME, segment
from kg.extract.place_window import MAX_PLACE, NAME_CHARS
from kg.extract.place_parse import parse_at
from kg.extract.place_lists import skip_determiner

# LAC's entity tag for a named place.  (ORG too was measured: no stop gained on
# unseen evaluation reports, some wrong ones, so an organisation needs the grammar's type word.)
PLACE_TAGS = frozenset({"LOC"})
# after a place and a list separator (来到翠湖湾、碧水云天) the list shows the
# item is a place, so an ORG word counts too
LISTED_TAGS = PLACE_TAGS | {"ORG"}
# the word after a name must end it (punctuation, a conjunction, a verb, an adverb, a
# preposition, a particle, a locative), not go on into a noun (中山公园北门)
ENDS_NAME = frozenset({"w", "c", "v", "vd", "d", "p", "u", "xc", "f"})
TAGGED_TYPE = ("Place", "site")  # no type word: a place of unknown kind, as specific as a site
# a name in quotes, then at most a few words of its kind (“邻里小灶”助餐点) before the clause or list goes on
QUOTED_NAME = re.compile(r"“([^“”，。；：、！？\s]{2,10})”(?=[^，,。；：、和及与\s]{0,4}(?:[，,。；：、和及与\s]|$))")


def tagged_place(tokens, text: str, pos: int, limit: int, tags: frozenset[str] = PLACE_TAGS) -> PlaceChunk | None:
    """The place the lexical analyser names at `pos` when the suffix grammar
    finds none there: `东方花城`, `青龙湾` (LOC, no type word on the list).

    `tokens` are `kg.analyse.Token`s covering text[pos:limit], sorted.  The
    name is the run of LOC tokens starting exactly at `pos`; it counts only
    when the next token ends it (`ENDS_NAME`) and the grammar does not read it
    as a generic place (街道社区); `tags` are the entity tags that name a
    place here (`LISTED_TAGS` in a list after a place).  `X的Y` with a place Y the grammar reads
    gives Y inside X.  Returns None otherwise.

    >>> from kg.analyse import Token
    >>> toks = [Token("东方花城", "LOC", 0, 4), Token("，", "w", 4, 5)]
    >>> tagged_place(toks, "东方花城，", 0, 5).leaf
    Segment(text='东方花城', type='Place', level='site')
    >>> toks = [Token("汇川路", "LOC", 0, 3), Token("沿线", "n", 3, 5), Token("，", "w", 5, 6)]
    >>> tagged_place(toks, "汇川路沿线，", 0, 6).text
    '汇川路'
    """
    run = [t for t in tokens if pos <= t.start < limit]
    if not run or run[0].start != pos or run[0].tag not in tags:
        return None
    end = 0
    while end < len(run) and run[end].tag in tags and (end == 0 or run[end].start == run[end - 1].end):
        end += 1
    end += split_road_word(run, end)
    name = text[pos:run[end - 1].end]
    if len(name) < 2 or len(name) > MAX_PLACE or NOT_IN_NAME.search(name) or COUNTED_PEOPLE.search(name) or not NAME_CHARS.fullmatch(name):
        return None  # (a count of people or households, 12户低保户, is whom the party calls on, no place)
    longer = parse_at(text, pos)
    if longer is not None and longer.end > pos + len(name):
        # 江湾街道|新华居民区, 锦绣府|小区: the grammar's name goes on past the
        # analyser's word; the place written there is the grammar's
        return longer
    segs = _segments(name)
    if segs is None:
        return None
    after = run[end] if end < len(run) else None
    if after is not None and after.word == "的":
        inner = parse_at(text, skip_determiner(text, after.end, limit), limit)
        return PlaceChunk(pos, inner.end, segs + inner.segments) if inner else None
    if after is not None and after.tag not in ENDS_NAME and not _extent_then_end(run, end):
        return None
    return PlaceChunk(pos, pos + len(name), segs)


def split_road_word(run, at: int) -> int:
    """1 when the token at `at`, right after the place's name, is the rest of a
    road's name that the analyser split off: a road word after the road's
    section (`ROAD_SECTION`: a direction or a small ordinal; `place_road_words.txt`),
    `上梅|中路`, `下沙|东路`, `文昌|二路`, `青年|北大街`; else 0.  The name is the
    whole road's (上梅中路), as when the analyser reads it as one word.
    Source: FAULTS45_p162 (来到上梅中路: LAC read 上梅 LOC + 中路 n, in one context
    and 上梅中路 LOC in another; the stop's visits and issues were lost).

    >>> from kg.analyse import Token
    >>> split_road_word([Token("上梅", "LOC", 0, 2), Token("中路", "n", 2, 4)], 1)
    1
    >>> split_road_word([Token("上梅", "LOC", 0, 2), Token("中心", "n", 2, 4)], 1)
    0
    """
    if at == 0 or at >= len(run) or run[at].start != run[at - 1].end:
        return 0
    word = run[at].word
    section = ROAD_SECTION.match(word)
    return int(section.end() > 0 and pattern("place_road_words.txt", "(?:{})$").fullmatch(word, section.end()) is not None)


@cache
def _junction() -> re.Pattern:
    """Two roads' names (each ending in a road word, `place_road_words.txt`, maybe after
    the road's section), 与/和/同 between them, then a word of where roads meet
    (`place_junction_words.txt`)."""
    road = pattern("place_road_words.txt").pattern
    name = f"[^，,。；;：:、\\s与和同的]{{1,8}}?(?:{road})"
    return re.compile(f"(?P<a>{name})[与和同](?P<b>{name})(?:{pattern('place_junction_words.txt').pattern})")


def junction_at(text: str, pos: int, end: int) -> PlaceChunk | None:
    """The junction of two named roads written at `pos` (before `end`), one place:
    `枫林街与资江大道交叉口`, `建设路和光明街交汇处`; None when no such words stand
    there or a road's name is generic words only (城市道路与乡村道路交叉口,
    `covered`).  The stop of a traffic inspection, where the residents and
    shopkeepers met there raise what they see; neither road alone is the stop.
    Source: FAULTS45_p162 (在X街与Y大道交叉口，商户谈到…: the grammar read X街 and
    filed the junction's issues at the stop before).

    >>> junction_at("在枫林街与资江大道交叉口，", 1, 14).text
    '枫林街与资江大道交叉口'
    >>> junction_at("在城市道路与乡村道路交叉口，", 1, 14) is None, junction_at("在枫林街与资江大道沿线，", 1, 12) is None
    (True, True)
    """
    m = _junction().match(text, pos, end)
    if m is None or covered(m["a"]) or covered(m["b"]) or not NAME_CHARS.fullmatch(m["a"] + m["b"]):
        return None
    return PlaceChunk(pos, m.end(), (Segment(m.group(0), *TAGGED_TYPE),))


def may_name_at(text: str, pos: int) -> bool:
    """Can `tagged_place` find a name at `pos`, whatever the analyser reads?
    Its name is two characters or more from `pos`, all of a name (NAME_CHARS)
    and none of NOT_IN_NAME, so the first two must be: a character test for
    callers to make before they have the clause analysed (`场的居民`, `了解X`,
    `，开展` never give one).

    >>> may_name_at("来到东方花城，", 2), may_name_at("在场的居民", 1), may_name_at("东，", 0)
    (True, False, False)
    """
    head = text[pos:pos + 2]
    return len(head) == 2 and NAME_CHARS.fullmatch(head) is not None and not NOT_IN_NAME.search(head)


def _extent_then_end(run, at: int) -> bool:
    """`来到汇川路沿线，`: a word of extent (`place_extent_words.txt`) right
    after the name, then punctuation: the stretch along the place is visited,
    and the place is the stop (the word of extent is no part of its name)."""
    return (
        at + 1 < len(run) and run[at].word in words("place_extent_words.txt")
        and run[at + 1].tag == "w" and run[at + 1].start == run[at].end
    )


# a noun phrase closing a visit verb's object after an administrative place (青溪镇万亩梯田，):
# numerals and classifiers may open it, a noun or a named entity ends it
PHRASE_TAGS = frozenset({"n", "nz", "nw", "LOC", "ORG", "m", "q"})
PHRASE_HEADS = frozenset({"n", "nz", "nw", "LOC", "ORG"})


def noun_phrase_after(tokens, text: str, start: int, pos: int, limit: int) -> PlaceChunk | None:
    """`来到青溪镇万亩梯田，`, `青溪镇中心校，`: after an administrative place the
    grammar read at `start`..`pos`, the rest of the visit verb's object, a noun
    phrase the analyser reads (nouns, named entities, a numeral) closed by
    punctuation, is a site in that place though no type word ends it.  A token
    may run from inside the place's name into it (LAC reads 青溪镇中心校 as one
    ORG).  None when a verb, particle or preposition stands in it, when it is
    generic words only (`place_generic_words.txt`: 村民活动) or shorter than
    three characters (two are as often a word as a name).  Session 15: the stop
    is the specific unit inside the area, not the area.

    >>> from kg.analyse import Token
    >>> toks = [Token("青溪镇", "LOC", 0, 3), Token("万亩", "m", 3, 5), Token("梯田", "n", 5, 7), Token("，", "w", 7, 8)]
    >>> noun_phrase_after(toks, "青溪镇万亩梯田，", 0, 3, 8).leaf
    Segment(text='万亩梯田', type='Place', level='site')
    """
    run = [t for t in tokens if t.end > pos and t.start < limit]
    if not run or run[0].start < start or (run[0].start != pos and run[0].tag not in {"ORG", "LOC"}):
        return None
    end = 0
    while end < len(run) and run[end].tag in PHRASE_TAGS and (end == 0 or run[end].start == run[end - 1].end):
        end += 1
    if end == 0 or run[end - 1].tag not in PHRASE_HEADS or end >= len(run) or run[end].tag != "w":
        return None
    name = text[pos:run[end - 1].end]
    if len(name) < 3 or len(name) > 10 or not NAME_CHARS.fullmatch(name) or NOT_IN_NAME.search(name) or COUNTED_PEOPLE.search(name):
        return None  # (新丰村12户低保户: the households counted in the village are no site in it)
    if covered(name) or not has_proper_part(name) or unit_word_follows(text, pos) or resident_home(name):
        return None
    return PlaceChunk(pos, pos + len(name), (Segment(name, *TAGGED_TYPE),))


def resident_home(name: str) -> bool:
    """Is `name` a resident's home: a residents' word (`issue_raisers.txt`: 村民, 牧民), a
    name, a home word (`name_home_words.txt`: 家)?  牧民宝音家 is a household visited
    in the place before it, no site (session 39, p138: a name the tagger reads as nouns).

    >>> resident_home("牧民宝音家"), resident_home("万亩梯田")
    (True, False)
    """
    homes = tuple(words("name_home_words.txt"))
    return name.endswith(homes) and pattern("issue_raisers.txt").match(name) is not None


def unit_word_follows(text: str, pos: int) -> bool:
    """Is the administrative type word ending at `pos` written again right
    after it (柳河镇|镇党委, 白沙乡|乡人大)?  The repeat opens a word of the
    unit's own, its organ, so what follows is the unit, not a site in it.
    Source: NAMES25 brief (柳河镇镇党委 stood as a place of unknown kind).

    >>> unit_word_follows("柳河镇镇党委，", 3), unit_word_follows("柳河镇中心校，", 3)
    (True, False)
    """
    hit = suffix_at(text, pos)
    return bool(hit) and hit[2] in ADMIN and text.startswith(text[pos - hit[0]:pos], pos)


def named_segments(name: str) -> tuple[Segment, ...] | None:
    """The segments of a name the analyser tagged a place (`_segments`): the
    grammar's reading when it has one, else one place of unknown type; None for a
    generic place.  Public for the visit frame's route along a way
    (`visits.Reader.route_before_extent`)."""
    return _segments(name)


def _segments(name: str) -> tuple[Segment, ...] | None:
    """The grammar's reading of the name when it has one (石门镇青禾公司:
    the town, then the company), else one place of unknown type; None when
    the grammar reads a generic place (街道社区, 村卫生室: no proper name)."""
    segs = segment(name)
    if segs and not is_named(segs):
        return None
    hit = suffix_at(name, len(name))
    if not segs and hit and hit[0] == len(name):
        return None  # a bare type word (经济开发区, 工业园区) names no place, as a generic one does not
    if not segs and hit and (rest := suffix_at(name, len(name) - hit[0])) and rest[0] == len(name) - hit[0]:
        # 镇街, 街居: two type words together name the kind of units collectively (the towns
        # and subdistricts), no one place; the analyser may call them LOC. Source: FAULTS36_p104
        return None
    if not segs and pattern("place_generic_words.txt").match(name) and not common_word_road(name):
        return None  # 镇区, 县城: a generic word (a town's built-up area) the analyser calls LOC names no place
    return segs if segs else (Segment(name, *TAGGED_TYPE),)


def quoted_inside(text: str, chunk: PlaceChunk, limit: int) -> PlaceChunk:
    """`在闻溪街道“委员会客厅”`, `翠屿山社区的“邻里小灶”助餐点`: a name in
    quotes right after an administrative place (maybe after 的) is a facility
    in it, named by the quotes though no type word ends the name (a named
    room after a site, 松涛小区“书记工作室”, stays part of that site).  The
    chunk extended to that facility; `chunk` unchanged otherwise.

    >>> quoted_inside("闻溪街道“红枫议事厅”，", PlaceChunk(0, 4, segment("闻溪街道")), 12).leaf.text
    '“红枫议事厅”'
    """
    if chunk.leaf.level not in ADMIN:
        return chunk
    at = chunk.end + (1 if text.startswith("的", chunk.end) else 0)
    m = QUOTED_NAME.match(text, at, limit)
    if not m or not has_proper_part(m.group(1)):
        return chunk
    return PlaceChunk(chunk.start, m.end(), chunk.segments + (Segment(m.group(0), *TAGGED_TYPE),))
