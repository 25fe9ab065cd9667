"""The suffix grammar's ground: a place's levels, its segments, and the type word at a position.

A written place name is a run of segments, each a name plus a suffix from
`place_suffixes.tsv` (街道, 社区, 小区...).  This module reads the lexicon of
type words and tells which one ends a text at a position (`suffix_at`), and
whether a name goes on past it (`continues_name`).  It reads the lexicons
only and gives `Segment`, `PlaceChunk`, the level sets (`LEVELS`, `ADMIN`,
`AREAS`) and the suffix look-ups the rest of the grammar is built on.

>>> suffix_at("梧桐街道", 4)
(2, 'Subdistrict', 'subdistrict')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.extract.lexicons import table, words
from kg.text import HAN

LEVELS = {"district": 0, "subdistrict": 1, "community": 2, "site": 3}
ADMIN = {"district", "subdistrict", "community"}
AREAS = {"district", "subdistrict"}
# types of open-air places: a generic one after a named place (X社区广场) is a spot in it,
# and the dev gold names the named place as the stop (the written form is another label)
OPEN_SPACES = {"Venue"}

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


NUMERAL = "[一二三四五六七八九十百两几数多\\d]"
CLASSIFIERS = "个处家座所片栋幢"

# a counted thing inside a name (空地上建一处社区食堂, 新建两个停车场): a clause about building
# or having places, no name; an ordinal (第一所) names one.  Source: FAULTS38_p126 (p126-07:
# 盼着在小区旁边的空地上建一处社区食堂 read as a visited site, the issues of its paragraph there)
# (a count opening the name, 几个安置小区, is a determiner phrase: `is_named` tells it)
COUNTED_SITES = re.compile(rf"(?<=[{HAN}])(?<![第一二两三四五六七八九十])[一两二三四五六七八九十几数]+[个处座所](?=.)")


def counted_site_clause(name: str) -> bool:
    """Does `name` hold a counted thing (`COUNTED_SITES`: 空地上建一处社区食堂) that is no
    spot counted in a place: right after an administrative unit's type word, the count
    picks one spot of the unit (云杉街道一处青鸟快递驿站: `_counted_spot` reads it).

    >>> counted_site_clause("空地上建一处社区食堂"), counted_site_clause("云杉街道一处青鸟快递驿站")
    (True, False)
    """
    m = COUNTED_SITES.search(name)
    if m is None:
        return False
    unit = suffix_at(name, m.start())
    return not (unit and unit[2] in ADMIN)


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
def organ_words() -> dict[str, str]:
    """Suffixes naming a place's organ -> the place's own type word (街道办事处 -> 街道)."""
    return {row[0]: row[3] for row in table("place_suffixes.tsv") if len(row) > 3 and row[3]}


@cache
def suffixes():
    plain, regex = {}, []
    for row in table("place_suffixes.tsv"):
        suffix, type_, level = row[0], row[1], row[2]
        if suffix.startswith("re:"):
            regex.append((re.compile(f"(?:{suffix[3:]})$"), type_, level))
        else:
            plain[suffix] = (type_, level)
    return plain, regex, max(len(s) for s in plain)


@cache
def inside_words() -> dict[str, str]:
    """Suffixes whose places lie only in a place of a given type -> that type
    word (组 -> 村: a village group), from the 5th column of `place_suffixes.tsv`."""
    return {row[0]: row[4] for row in table("place_suffixes.tsv") if len(row) > 4 and row[4]}


SUFFIX_WINDOW = 8  # no suffix, plain or regex, is longer


def suffix_at(text: str, end: int) -> tuple[int, str, str] | None:
    """The longest place suffix ending at `end`: (length, type, level).

    ~1,500 calls a report, most at a character no suffix ends in: that character is looked
    up first (`suffix_ends`), and only the others slice a tail for `suffix_of`'s cache.

    >>> suffix_at("梧桐街道开展", 4), suffix_at("梧桐街道开展", 5)
    ((2, 'Subdistrict', 'subdistrict'), None)
    """
    if 0 < end <= len(text) and text[end - 1] not in (_ENDS or _ends()):
        return None
    return suffix_of(text[end - SUFFIX_WINDOW if end > SUFFIX_WINDOW else 0:end])  # (no max(): ~1,400 calls a report)


@cache
def suffix_ends() -> frozenset[str]:
    """Every character a tail may end in and have a place suffix (`suffix_of` not None):
    the last characters of the plain suffixes, those a regex suffix may end in
    (`_regex_by_last`), and a newline (`$` matches before it).  With a regex suffix whose
    last character cannot be told, every character (a set holding all would be the same:
    the fast test in `suffix_at` is then never taken).

    >>> "道" in suffix_ends(), "开" in suffix_ends()
    (True, False)
    """
    plain, _, _ = suffixes()
    by_last, unknown = _regex_by_last()
    if unknown:
        return _EVERY
    return frozenset({s[-1] for s in plain if s} | set(by_last) | {"\n"})


_ENDS: frozenset[str] = frozenset()  # `suffix_ends()`, kept where `suffix_at` reads it without a call


def _ends() -> frozenset[str]:
    global _ENDS
    _ENDS = suffix_ends()  # (_EVERY is empty as a set: then every call comes here, and it answers the same)
    return _ENDS


class _Every(frozenset):
    """A set holding every character (a regex suffix of unknown last character)."""

    def __contains__(self, item) -> bool:
        return True


_EVERY = _Every()


@lru_cache(maxsize=65536)
def suffix_of(tail: str) -> tuple[int, str, str] | None:
    plain, _, longest = suffixes()
    best = None
    for length in range(min(longest, len(tail)), 0, -1):
        hit = plain.get(tail[len(tail) - length:])
        if hit:
            best = (length, *hit)
            break
    # (a new tail is ~200 a report: the ~25 regex suffixes' searches were most of its cost,
    # and a regex whose match must end in one of a few characters cannot match another tail)
    by_last, unknown = _regex_by_last()
    # ($ also matches before a final newline: such a tail is searched by every regex)
    for rx, type_, level in by_last.get(tail[-1:], unknown) if tail[-1:] != "\n" else suffixes()[1]:
        m = rx.search(tail)
        if m and (best is None or len(m.group(0)) > best[0]):
            best = (len(m.group(0)), type_, level)
    return best


@cache
def _regex_by_last() -> tuple[dict[str, tuple], tuple]:
    """The regex suffixes (`suffixes()`'s second item, (regex, type, level) each) that may
    match a tail ending in a given character, in their order: a dict character -> tuple,
    and the tuple of those whose last character `_last_chars` cannot tell (searched for
    every tail).  Raises nothing.

    >>> by_last, unknown = _regex_by_last()
    >>> any(rx.pattern.endswith("盟)$") for rx, _, _ in by_last["盟"]), any(rx.pattern.endswith("盟)$") for rx, _, _ in by_last["区"])
    (True, False)
    """
    _, regex, _ = suffixes()
    try:
        from re import _parser  # CPython's own regex parser: private, so a Python without it
    except ImportError:  # searches every regex suffix for every tail, as before this table
        return {}, tuple(regex)
    ends = [_last_chars(_parser.parse(rx.pattern[3:-2])) for rx, _, _ in regex]  # (?:X)$ -> X
    unknown = tuple(r for r, e in zip(regex, ends) if e is None)
    chars = set().union(*(e for e in ends if e is not None))
    by_last = {c: tuple(r for r, e in zip(regex, ends) if e is None or c in e) for c in chars}
    return by_last, unknown


def _last_chars(items) -> frozenset[str] | None:
    """The characters a match of the parsed regex `items` (a `re._parser` SubPattern or
    list of (op, arg)) can end in; None when that cannot be told (an assertion, a
    category such as \\d, a negated set, a part that may match nothing last).  Sound,
    not complete: None only costs a search.

    >>> from re import _parser
    >>> sorted(_last_chars(_parser.parse("(?<![山村])[寨屯]"))), _last_chars(_parser.parse("x(?=y)"))
    (['寨', '屯'], None)
    """
    from re import _constants as c

    if not len(items):
        return None
    op, av = items[-1]
    if op is c.LITERAL:
        return frozenset(chr(av))
    if op is c.IN:
        out = set()
        for o, a in av:
            if o is c.LITERAL:
                out.add(chr(a))
            elif o is c.RANGE and a[1] - a[0] < 256:
                out.update(map(chr, range(a[0], a[1] + 1)))
            else:  # NEGATE, CATEGORY, a wide range
                return None
        return frozenset(out)
    if op is c.SUBPATTERN:
        return _last_chars(av[-1])
    if op is c.BRANCH:
        parts = [_last_chars(b) for b in av[1]]
        return None if any(p is None for p in parts) else frozenset().union(*parts)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _last_chars(av[2])
    return None


def suffix_type(suffix: str) -> str | None:
    hit = suffix_at(suffix, len(suffix))
    return hit[1] if hit else None


def continues_name(rest: str, level: str) -> bool:
    """`真如镇街道`: a suffix word of the same or a higher level right after a
    suffix continues the same name (镇+街道) rather than starting a new place."""
    return _continues(rest[:SUFFIX_WINDOW], level)


@lru_cache(maxsize=65536)
def _continues(head: str, level: str) -> bool:
    return head.startswith(_continuing(level))


@cache
def _continuing(level: str) -> tuple[str, ...]:
    """The plain suffixes of two characters or more of an administrative level at or
    above `level`: those that continue a name after a suffix of `level`.  Chosen once a
    level (`_continues` ran the test on every suffix for each new head: ~3 % of a synthetic
    report's extraction; session 57, speed57).

    >>> "街道" in _continuing("community"), "社区" in _continuing("subdistrict")
    (True, False)
    """
    plain, _, _ = suffixes()
    return tuple(s for s, (_, lv) in plain.items() if len(s) > 1 and lv in ADMIN and LEVELS[lv] <= LEVELS[level])


# a committee (居委会, 村民委员会) after its place's type word is that place's organ; another
# type word after one is part of the name (真如镇街道: a subdistrict named after the town it was)
COMMITTEE_ENDINGS = words("place_committee_endings.txt")
