"""A place's core name, its kind and its identity in the registry.

Reads a segment's text (`core`, `kind`) or a `Segment` (`identity`) with the
suffix look-ups of `place_suffixes` and gives its core (`中环`: the name without
every type word, 花苑 and 小区 both, so 中环花苑小区 and 中环花苑 share it: `core`),
its kind (`kind`: 小区 -> estate) and the key by which the registry merges two
writings of one place (`identity`).

>>> core("中环花苑小区")
'中环'
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract.lexicons import alternation, table, words
from kg.extract.place_suffixes import Segment, organ_words, suffix_at


# (~23 calls a report, four in five repeating one made before: the registry, the linker and
# the identity of each mention ask again; a function of its argument and the lexicons only,
# as `place_segments.segment` is, so its last answers are kept.  The keys are short names)
@lru_cache(maxsize=2048)
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


# (~60 calls a report, nine in ten repeating one made before, `core` asking at each of its
# suffixes; a function of its argument and the lexicons only: remembered as `core` is)
@lru_cache(maxsize=2048)
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
    word = organ_words().get(word, word)
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
