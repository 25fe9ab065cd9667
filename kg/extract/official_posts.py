"""The post before a title: jurisdiction + organ + title head read back from a
title's end over the analyser's words (`post_before`), numbered units
(123团), level words and the jurisdiction that opens a post, and the posts a
name written before or after other names takes.

Reads a `Lexis` (official_lexis) and the text; gives posts and their start to
official_lexis, official_lists, official_names_before, official_mentions and
the orchestrator (officials).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kg.analyse import Token
from kg.analyse.component import reads
from kg.extract.guides import CLAUSE_STARTS, MAX_POST
from kg.extract.lexicons import pattern, words
from kg.extract.official_titles import (
    POST_BOUNDARY, POST_TAGS, CONJUNCTIONS, ABBREVIATION_TAGS, _titles, title_at_end, post_breaks,
)
from kg.extract.place_segments import segment
from kg.extract.place_suffixes import suffix_at
from kg.extract.post_jurisdiction import after_bare_level, after_introducing_verb, named_jurisdiction_start
from kg.text import HAN_RUN, is_han

if TYPE_CHECKING:
    from kg.extract.official_holders import OfficialInfo
    from kg.extract.official_lexis import Lexis


# between a title and its name: spaces, a colon, or 有/为 and a colon introducing
# the names (区长 王明, 区长：王明, 出席的区领导有：王明、李红)
TITLE_GAP = re.compile(r"[ \u3000]*(?:[有为]?[：:][ \u3000]*)?")


def skip_title_gap(text: str, pos: int) -> int:
    """Past any spaces or colon after a title (TITLE_GAP)."""
    return TITLE_GAP.match(text, pos).end()


def post_candidate(text: str, end: int, head_start: int | None = None):
    """The text a post ending at `end` may start from, before the analyser
    decides: back to punctuation (at most MAX_POST characters), after any
    date or time word.  Returns (start, head start, the time words' matches)
    or None if no title head ends there.  A new list of matches each call."""
    cand = _post_candidate(text, end, head_start)
    return cand and (cand[0], cand[1], list(cand[2]))


# (~18 calls a report, two in five repeating one made before: `Lexis.prepare` reads each title's
# post, and the frames read it again; a function of its arguments and the lexicons only, so its
# last answers are kept, the matches as a tuple.  Bounded: a few reports' calls)
@lru_cache(maxsize=512)
def _post_candidate(text: str, end: int, head_start: int | None = None):
    """`post_candidate`'s answer, the time words' matches as a tuple."""
    start = end
    while start > 0 and end - start < MAX_POST and (text[start - 1] not in POST_BOUNDARY or _numbered_unit_at(text, start) < start):
        start = _numbered_unit_at(text, start) if text[start - 1].isdigit() else start - 1
    post = text[start:end]
    m = title_at_end().search(post)
    if not m:
        return None
    head = start + m.start() if head_start is None else head_start
    if start > 0 and text[start - 1].isdigit() and post[:1] in "日时号":
        start += 1
    times = tuple(pattern("post_time_words.txt").finditer(text, start, head))
    if times:
        start = times[-1].end()
    return start, head, times


# a unit numbered in Arabic numerals (123团, a Corps regiment farm) has at most three digits
MAX_UNIT_NUMBER = 3


def _numbered_unit_at(text: str, pos: int) -> int:
    """Where the number ending at `pos` starts when a unit's type word of the
    town or village level follows it (`123团政委`, `123团7连连长`: a Corps
    regiment farm or company named by its number); else `pos`.  Digits end a
    post's candidate (a date: 6日区长), but not the number naming a unit.
    Source: CORPS25 (123团政委 gave the post 团政委).

    >>> text = "123团政委"
    >>> _numbered_unit_at(text, 3), _numbered_unit_at("6日区长", 1), _numbered_unit_at("3号楼楼长", 1)
    (0, 1, 1)
    """
    start = pos
    while start > 0 and pos - start < MAX_UNIT_NUMBER and text[start - 1].isdigit():
        start -= 1
    if start == pos or (start > 0 and text[start - 1].isdigit()):
        return pos
    for end in range(pos + 1, min(len(text), pos + MAX_UNIT_NUMBER) + 1):
        hit = suffix_at(text, end)
        if hit and end - hit[0] == pos and hit[2] in UNIT_LEVELS:
            return start
    return pos


# the levels of a unit named by its number alone: a town's (123团) and a village's (7连)
UNIT_LEVELS = ("subdistrict", "community")


def post_before(lx: Lexis, end: int, head_start: int | None = None) -> tuple[str, int] | None:
    """The post ending at `end` (exclusive), and where it starts.

    The candidate runs back to punctuation (at most MAX_POST characters) and
    after any date or time word; then the analyser's words decide: the post
    is the nominal words before the head.  Returns None if no title head ends
    the candidate.  Answered again from memory (`Lexis.posts`) while no tokens
    were read into the document since a call that read none.
    """
    seen = reads()
    hit = lx.posts.get((end, head_start))
    if hit is not None and hit[0] == seen:
        return hit[1]
    got = _post_before(lx, end, head_start)
    if reads() == seen:
        lx.posts[end, head_start] = (seen, got)
    return got


def _post_before(lx: Lexis, end: int, head_start: int | None) -> tuple[str, int] | None:
    """`post_before`'s answer, read."""
    text = lx.text
    cand = post_candidate(text, end, head_start)
    if not cand:
        return None
    start, head, times = cand
    toks = lx.tokens(start, head + 1, anchor=head)
    if toks and toks[0].start <= start:
        # walk back from the head's word over nominal words
        i = len(toks) - 1
        while i > 0 and toks[i].start > head:
            i -= 1
        cut = toks[i].start
        while i > 0 and toks[i - 1].start >= start:
            prev = toks[i - 1]
            # 住房和城乡建设部: a conjunction inside an organisation's name,
            # unless a post stands before it (区长和副区长)
            inner_and = (
                prev.tag == "c" and prev.word in CONJUNCTIONS and i > 1 and toks[i - 2].tag in POST_TAGS
                and not _titles().search(text, start, prev.start)
            )
            # 社区|办|主任: one character between nominal words is an abbreviated noun
            abbreviation = len(prev.word) == 1 and i > 1 and toks[i - 2].tag in POST_TAGS and prev.tag in ABBREVIATION_TAGS \
                and prev.word not in words("post_link_verbs.txt")  # 人员|有|副区长: a verb introducing the post
            # 区级|河长, 市级|总|河长: a jurisdiction's level the analyser calls an adjective
            level = prev.word in words("post_levels.txt")
            # 哈达|嘎查/v|副嘎查达: a jurisdiction's word of two characters (post_levels.txt
            # without 级: 嘎查, 苏木) is a post's, whatever the tagger called it
            level = level or len(prev.word) >= 2 and prev.word in jurisdiction_words()
            # 监管|所/u|所长, 工作|站|站长: the organ's type character right before its
            # head's title, which starts with it, whatever the tagger called it
            organ_type = prev.end == head and len(prev.word) == 1 and text.startswith(prev.word, head)
            # 巴音苏木/PER|党委书记, 苏木/PER|党委书记: a jurisdiction the analyser reads as a name
            # (a place name ending in a level's word, or the word alone)
            place = prev.tag == "PER" and (prev.word in jurisdiction_words() or jurisdiction_ends(prev.word))
            # 巴音/PER|苏木|苏木达: a place's name split from its level word, written twice (the
            # level word opens the title too: 巴音苏木(副)苏木达, as 青山县县长)
            doubled = toks[i].word in jurisdiction_words() and text.startswith(toks[i].word, toks[i].end + text.startswith("副", toks[i].end)) \
                or _doubled_level_glued(text, toks[i])
            place = place or (prev.tag == "PER" and len(prev.word) >= 2 and doubled)
            # 林场/PER|场长, 青松林场/PER|场长: a unit the analyser reads as a name (`_unit_word`)
            place = place or (prev.tag == "PER" and prev.end == head and _unit_word(prev.word))
            # 田阳/PER|区委书记, 凌云/PER|县委书记: a district's name the analyser reads as a
            # person's, opening the post before its level word and organ (the title's shape)
            place = place or (prev.tag == "PER" and prev.start <= start and _district_opening(text, prev))
            if prev.tag not in POST_TAGS and not inner_and and not abbreviation and not level and not organ_type and not place:
                break
            if _closes_adverbial(toks, i - 1, start):
                break  # 调研过程中|镇长王明, 走访期间|区长: the frame's locative ends an adverbial, not a post's word
            if prev.word in words("post_directive_verbs.txt"):
                break  # 通知|副市长王明带队: a verb directing the official (tagged a noun) is no post's word
            i -= 1
            cut = toks[i].start
        # 疏附/v|县/n|县长, 疏附/v|县委: a jurisdiction's name the analyser read as another word
        cut = named_jurisdiction_start(text, start, cut, toks)
        # 陪/v|同/LOC|县|县长, 陪同|沛县县长: the verb introducing the official, split or glued, is no post's word
        cut = max(cut, after_introducing_verb(text, start, head, toks))
        glued = toks[i - 1] if i > 0 else None
        if times and glued and glued.start < start < glued.end and glued.tag in POST_TAGS:
            cut = start  # 日前镇|党委书记: the tagger glued the post's first characters to the time word
        start = max(start, cut)
    else:
        # not analysed to the post's start (a long post): the word list decides
        cuts = [
            b.end()
            for b in post_breaks().finditer(text, start, head)
            if b.group(0) not in CONJUNCTIONS or _titles().search(text, start, b.start())
        ]
        if cuts:
            start = cuts[-1]
    if start >= head:
        start = head
    start = after_bare_level(text, start, head)  # 带领|县|县长: the county's head, no county named
    return text[start:end], start


def _closes_adverbial(toks: list[Token], i: int, start: int) -> bool:
    """Is toks[i] a locative closing an adverbial of time or occasion
    (`post_frame_locatives.txt`: 中, 期间, 时, 后; tagged f, or a noun right
    after a verb: 检查|时) after another word of the post's candidate
    (调研|过程|中, 座谈|中)?  Then the post starts after it.  A
    locative opening the candidate (前|镇长) is the post's own.  Source: NAMES25
    brief (`高飞过程中镇长X` gave the post 过程中镇长).

    >>> from kg.analyse import Token
    >>> toks = [Token("走访", "v", 0, 2), Token("中", "f", 2, 3), Token("区长", "n", 3, 5)]
    >>> _closes_adverbial(toks, 1, 0), _closes_adverbial(toks[1:], 0, 2)
    (True, False)
    """
    tok = toks[i]
    if tok.word not in words("post_frame_locatives.txt") or i == 0 or toks[i - 1].start < start:
        return False
    return tok.tag == "f" or (tok.tag == "n" and toks[i - 1].tag in ("v", "vn"))  # (检查|时/n: after a verb)


def posts_before(lx: Lexis, end: int, head_start: int) -> tuple[list[str], int] | None:
    """This post and any joined to it by 、 before (区委副书记、区长王明)."""
    posts: list[str] = []
    first = None
    cursor, head = end, head_start
    while True:
        got = post_before(lx, cursor, head)
        if not got:
            break
        post, start = got
        posts.insert(0, post)
        first = start
        if start > 0 and lx.text[start - 1] in "、，":
            prev = title_at_end().search(lx.text, max(0, start - 1 - MAX_POST), start - 1)
            if prev and not lx.name_before(start - 1) \
                    and (lx.text[start - 1] == "、" or _whole_clause_is_post(lx, start - 1, prev.start())):
                cursor, head = start - 1, prev.start()
                continue
        break
    return (posts, first) if posts else None


def _whole_clause_is_post(lx: Lexis, end: int, head: int) -> bool:
    """Is the clause ending at `end` nothing but a post (its head at
    `head`), or posts joined by 、?  Then a comma joins it to the post after
    it, all the same person's (`市人大常委会副主任，市总工会主席王明`, and
    a twin unit's posts: `农五师党委书记、政委，博乐市委书记王明`); a clause
    with anything else in it (王明任副区长，区委书记李红), or a name before
    a 、 (区长王明、副区长李红，…), keeps its post.  Source: NEWC26 finding 4."""
    text = lx.text
    got = post_before(lx, end, head)
    while got is not None and got[1] > 0 and text[got[1] - 1] == "、":
        sep = got[1] - 1  # the 、 before this post: the one before it must be a post too, with no name after it
        prev = title_at_end().search(text, max(0, sep - MAX_POST), sep)
        if prev is None or lx.name_before(sep):
            return False
        got = post_before(lx, sep, prev.start())
    return got is not None and (got[1] == 0 or text[got[1] - 1] in CLAUSE_STARTS and text[got[1] - 1] != "、")


# how far before a post a name joined to it by a conjunction may end (区建设管理委: 6)
MAX_JOINED_GAP = 8


def after_name_before(text: str, posts: list[str], first: int, head: int, name_ends: list[int]) -> tuple[list[str], int]:
    """The first of `posts` (starting at `first`, its head at `head`) starts
    right after the name of the official written before it and the
    conjunction, comma, lead or companion word joining them, whatever words the tagger made of the
    characters there: 暨宏|和区…副主任 (宏和区/LOC) is 区…副主任, and
    璩涛平|和街道党工委副书记 (璩涛平和街道党工委/PER, where the post read
    from the words was only 副书记) is 街道党工委副书记.  Returns the posts
    and the first one's start."""
    i = bisect_right(name_ends, head) - 1  # name_ends is sorted: the last name ending by the head
    end = name_ends[i] if i >= 0 and name_ends[i] > first - MAX_JOINED_GAP else None
    if end is None:
        return posts, first
    # 和, 率, 陪同: a conjunction, lead or companion word after the name
    joint = post_breaks().match(text, end)
    start = joint.end() if joint else end + 1 if text[end] in "、，" else end
    if start == first or start > head:
        return posts, first
    if end < first:
        # only such a word and nominal characters between the name and the post
        gap = text[start:first]
        if not joint or any(c in POST_BOUNDARY for c in gap) or _titles().search(gap):
            return posts, first
    start = after_bare_level(text, start, head)  # 王明带领|县|县长: the county's head, no county named
    return [text[start:first + len(posts[0])], *posts[1:]], start


def after_other_names(post: str, found: dict[str, "OfficialInfo"]) -> str:
    """A post holds no other official: 区委常委乌丽和区民政局局长 (read back
    across a name the analyser did not tag) is 区民政局局长, and so is
    区委书记储明率区民政局局长."""
    for name in found:
        i = post.rfind(name)
        if i < 0:
            continue
        after = i + len(name)
        if post[after:after + 1] in {"、", "，"}:
            post = post[after + 1:]
        elif m := post_breaks().match(post, after):  # 和, 陪同, 率: a conjunction, companion or lead word
            post = post[m.end():]
    return post


# a rank written before a title (二级巡视员, 一级调研员): no jurisdiction, no name
# a civil-service rank's ordinal (公务员职级: 一级巡视员, 二级调研员; 《公务员职务与职级并行规定》, 2019)
RANK = re.compile(r"[一二三四五六七八九十]+级")
RANK_BEFORE_TITLE = re.compile(f"{RANK.pattern}$")


@cache
def jurisdiction_words() -> tuple[str, ...]:
    """The administrative words a post opens with when it names no place
    (县政协主席, 区委副书记, 村党支部书记): the jurisdictions of
    post_levels.txt without their 级 (县级 -> 县), longest first."""
    return tuple(sorted({w[:-1] for w in words("post_levels.txt") if w.endswith("级") and len(w) > 1},
                        key=len, reverse=True))


def _doubled_level_glued(text: str, tok: Token) -> bool:
    """Does `tok` open with a level word of two characters or more
    (post_levels.txt: 嘎查, 苏木, 社区) written twice, the tagger having glued
    it to the title (and the name) after it (哈达/PER|嘎查嘎查达图雅/v: the
    level word opens the title too, 嘎查达, as 巴音苏木|苏木达)?  The word
    before it is then the place's name, not a person's.

    >>> _doubled_level_glued("嘎查嘎查达图雅", Token("嘎查嘎查达图雅", "v", 0, 7))
    True
    >>> _doubled_level_glued("村村主任", Token("村村主任", "n", 0, 4))
    False
    """
    for jur in jurisdiction_words():
        if len(jur) >= 2 and len(tok.word) > len(jur) and tok.word.startswith(jur):
            after = tok.start + len(jur)
            return text.startswith(jur, after + text.startswith("副", after))
    return False


def _unit_word(word: str) -> bool:
    """Is `word`, written right before a title, a unit's name rather than a
    person's: a place's type word of two characters or more ends it
    (place_suffixes.tsv: 林场, 医院, 中心) or the word is a type word whole
    (站, 所)?  A name is never a type word, nor ends in one of two characters;
    one character after a name part is a name's (罗村: `place_word_as_name`).

    >>> _unit_word("林场"), _unit_word("青松林场"), _unit_word("罗村"), _unit_word("方圆")
    (True, True, False, False)
    """
    suffix = suffix_at(word, len(word))
    return suffix is not None and (suffix[0] >= 2 or suffix[0] == len(word))


# a district-level unit's party committee, government or congress right after its level word
# (区委, 县政府, 旗人大, 州委: jurisdiction_organs.txt): the organ a post names after its district's
# name.  Not 长 (王明县长: a name before its title) nor 副 (王明副区长); a pattern template
DISTRICT_ORGAN = "[区县市旗州盟](?={})"


def _district_opening(text: str, tok: Token) -> bool:
    """Is `tok`, a word opening a post, a district's name by the title's shape: a
    name of two to four Han characters, then a district's level word and its
    organ (`DISTRICT_ORGAN`: 田阳|区委书记, 凌云|县政府副县长), the name and the level
    word making one district (kg.extract.place_segments.segment)?  Whether the analyser
    knows the place does not matter: 江宁区委书记 and 田阳区委书记 are one shape.
    Source: NEWC27 8 (田阳/PER|区委书记 lost its district).

    >>> _district_opening("田阳区委书记", Token("田阳", "PER", 0, 2)), _district_opening("凌云县政府副县长", Token("凌云", "PER", 0, 2))
    (True, True)
    >>> _district_opening("王明县长", Token("王明", "PER", 0, 2)), _district_opening("王明副区长", Token("王明", "PER", 0, 2))
    (False, False)
    """
    if not (2 <= len(tok.word) <= 4 and HAN_RUN.fullmatch(tok.word) and pattern("jurisdiction_organs.txt", DISTRICT_ORGAN).match(text, tok.end)):
        return False
    segments = segment(tok.word + text[tok.end])
    return bool(segments) and len(segments) == 1 and segments[0].type == "District"


def jurisdiction_ends(lead: str) -> bool:
    """Does `lead`, written before a title, end in a jurisdiction word after
    two characters or more (陈刚村|支书, 石桥村|主任: the word is the post's,
    村支书; the characters before it are a village's name or a person's,
    which only `name_glued_to_title` decides)?  A one-character name part
    before it is a name's (罗镇 stays whole).

    >>> jurisdiction_ends("陈刚村"), jurisdiction_ends("罗镇"), jurisdiction_ends("方圆")
    (True, False, False)
    """
    return any(lead.endswith(w) and len(lead) - len(w) >= 2 for w in jurisdiction_words())


def bare_jurisdiction(lead: str) -> bool:
    """Is `lead`, written between a name and its title, a post's opening that
    names no place: nothing (钟声|副镇长), a rank (方圆|二级巡视员), a level
    (post_levels.txt: 王明|区级河长), one jurisdiction word then an organ
    not opening with another (高山|县委书记, 刘成|村党支部书记; 王建村|村党支部
    is the name 王建村, not 王建 of 村村党支部), or organs alone
    (organisation_heads.txt: 陈静|党工委书记)?

    >>> [bare_jurisdiction(x) for x in ("", "二级", "县政协", "村村党支部", "梅区委", "区民政局", "党工委")]
    [True, True, True, False, False, True, True]
    """
    if not lead or RANK_BEFORE_TITLE.match(lead) or lead in words("post_levels.txt"):
        return True
    for jur in jurisdiction_words():
        if lead.startswith(jur):
            organ = lead[len(jur):]
            return not organ.startswith(jurisdiction_words()) and all(is_han(c) for c in organ)
    # an organ alone (陈静|党工委书记): organisation_heads.txt, no jurisdiction inside (李红|梅区委 is no organ)
    return bool(pattern("organisation_heads.txt", "(?:{})$").search(lead)) and all(is_han(c) for c in lead) \
        and not any(jur in lead for jur in jurisdiction_words())
