"""Places the lexical analyser names, where a place must stand.

The suffix grammar (`kg.extract.places`) reads a place from its type word
(小区, 社区, 公司…).  Many visited places carry no type word on that list, or
carry one after a name the grammar cannot delimit: an estate's brand name
(`东方花城`), an organisation (`青禾科技有限公司` tagged ORG), a named river or
hill, or a proper name then a facility head (`松涛/LOC 文化/n 礼堂/n`).  The
analyser (LAC, see `kg.analyse`) knows these by what they are: a LOC or ORG
word.  Callers use this only where a place must stand (the object of a visit
verb, a clause-opening `在X，`, the place after `位于…的`); elsewhere a LOC
word is as often a city or a river as a stop.
"""

from __future__ import annotations

from kg.extract.places import (
    MAX_PLACE, NAME_CHARS, NOT_IN_NAME, PlaceChunk, Segment, is_named, parse_at, segment, skip_determiner, suffix_at,
)

# LAC's entity tags for a named place or organisation (an organisation stands for its premises)
PLACE_TAGS = frozenset({"LOC"})
# the word after a name must end it (punctuation, a conjunction, a verb, an adverb, a
# preposition, a particle, a locative), not go on into a noun (中山公园北门)
ENDS_NAME = frozenset({"w", "c", "v", "vd", "d", "p", "u", "xc", "f"})
# nouns that may follow the name up to a type word of the grammar (松涛 文化 礼堂)
HEAD_TAGS = frozenset({"n", "nz", "LOC", "ORG"})
MAX_HEAD_WORDS = 2
TAGGED_TYPE = ("Place", "site")  # no type word: a place of unknown kind, as specific as a site


def tagged_place(tokens, text: str, pos: int, limit: int) -> PlaceChunk | None:
    """The place the lexical analyser names at `pos` when the suffix grammar
    finds none there: `东方花城`, `红旗屯` (LOC), `碧水蓝天物业公司` (ORG),
    `松涛文化礼堂` (LOC + nouns ending in a type word of `place_suffixes.tsv`).

    `tokens` are `kg.analyse.Token`s covering text[pos:limit], sorted.  The
    name is the run of LOC/ORG tokens starting exactly at `pos`, extended by
    at most `MAX_HEAD_WORDS` nouns when they end in a place type word; it
    counts only when the next token ends it (`ENDS_NAME`).  `X的Y` with a
    place Y the grammar reads gives Y inside X.  Returns None otherwise.

    >>> from kg.analyse import Token
    >>> toks = [Token("东方花城", "LOC", 0, 4), Token("，", "w", 4, 5)]
    >>> tagged_place(toks, "东方花城，", 0, 5).leaf
    Segment(text='东方花城', type='Place', level='site')
    """
    run = [t for t in tokens if pos <= t.start < limit]
    if not run or run[0].start != pos or run[0].tag not in PLACE_TAGS:
        return None
    end = 0
    while end < len(run) and run[end].tag in PLACE_TAGS and (end == 0 or run[end].start == run[end - 1].end):
        end += 1
    end = _head_words(run, text, pos, end)
    name = text[pos:run[end - 1].end]
    if len(name) < 2 or len(name) > MAX_PLACE or NOT_IN_NAME.search(name) or not NAME_CHARS.fullmatch(name):
        return None
    segs = _segments(name)
    if segs is None:
        return None
    after = run[end] if end < len(run) else None
    if after is not None and after.word == "的":
        inner = parse_at(text, skip_determiner(text, after.end, limit), limit)
        return PlaceChunk(pos, inner.end, segs + inner.segments) if inner else None
    if after is not None and after.tag not in ENDS_NAME:
        return None
    return PlaceChunk(pos, pos + len(name), segs)


def _head_words(run, text: str, pos: int, end: int) -> int:
    """The end (a token index) of the name with the nouns after it that close
    it with a place type word (松涛 + 文化礼堂), or `end` when none do."""
    best = end
    for k in range(end, min(len(run), end + MAX_HEAD_WORDS)):
        if run[k].tag not in HEAD_TAGS or run[k].start != run[k - 1].end:
            break
        if suffix_at(text[pos:run[k].end], run[k].end - pos):
            best = k + 1
    return best


def _segments(name: str) -> tuple[Segment, ...] | None:
    """The grammar's reading of the name when it has one (石门镇青禾公司:
    the town, then the company), else one place of unknown type; None when
    the grammar reads a generic place (街道社区, 村卫生室: no proper name)."""
    segs = segment(name)
    if segs and not is_named(segs):
        return None
    return segs if segs else (Segment(name, *TAGGED_TYPE),)
