"""The shape of a name after a title: whether the characters read as a name
are one (not a place word, an organ, a common word, a verb or adverb the
analyser made of a given name), and the name fitted to a list item or glued
to the next post.

Reads the text and the analyser's tokens with official_acts and
official_transcribed; gives names and yes/no answers to official_lexis,
official_holders, official_lists and official_names_before.
"""

from __future__ import annotations

import re
from functools import cache

from kg.analyse import Token
from kg.analyse.component import NAME_DOTS
from kg.extract.dates import FULL_DATE, MONTH_DAY
from kg.extract.guides import MAX_NAME, MAX_POST
from kg.extract.issue_words import acts as raising_acts, remark_acts
from kg.extract.lexicons import alternation, pattern, words
from kg.extract.official_acts import (
    leads_or_moves, follow_adverb_at, adverb_of_acts, act_follows, move_verbs, person_act_at, compound_surname, find_all, time_words,
    visit_verb_at,
)
from kg.extract.official_titles import (
    POST_BOUNDARY, MAX_DOTTED_NAME, POST_TAGS, CONJUNCTIONS, LIST_CONJUNCTIONS, GIVEN_NAME_TAGS, NAME_END_TAGS,
    ADVERBIAL_TAGS, SURNAME_LIKE_TAGS, _titles, LAST_ITEM_JOINS, VERB_NAME_TAGS, ADVERB_NAME_TAGS,
)
from kg.extract.official_transcribed import transcription_shaped
from kg.extract.place_suffixes import suffix_at
from kg.resources import surname_initials
from kg.text import is_han


# tags of a word of two or more characters that is no part of a name: verbs, adverbs,
# function words, numerals, times (书记|亲自|部署, 局长|高度|重视)
NOT_NAME_PART_TAGS = frozenset({"v", "vd", "vn", "d", "ad", "p", "c", "u", "m", "q", "TIME", "f", "w", "xc"})
# a list item of post + name ends at one of these (区民政局局长其木格，区…局长…)
ITEM_SEPARATORS = "，、,"


def name_filling_item(text: str, toks: list[Token], pos: int) -> str | None:
    """Two to four characters after a title that fill a list item up to its
    separator (a comma, 、, or a one-character conjunction such as 和), in a list
    of post + name items (区应急管理局局长其/r木格/n，区民政局副局长刘振宇等陪同;
    局长其其/r格/n等陪同; 区委书记谈志/v和区委书记…): the tagger read no person there (a
    name outside the Han pattern), but a list of posts and names lists a name
    after each post.  The next item must open with a post, or 等 must close
    the list; the characters must be whole words, none a verb, adverb,
    function word, numeral or time of two characters or more (局长|高度|重视，),
    nor one common noun (组长|单位，), a title, a place's or an organisation's
    type word, a party word or the residents' word class.

    >>> # 区应急管理局局长其木格，区民政局副局长刘振宇等陪同 -> '其木格'
    """
    joins = {t.start for t in toks if t.word in CONJUNCTIONS}  # 谈志/v|和|区委书记: a conjunction ends an item too
    end = pos
    while end < len(text) and end - pos <= 4 and is_han(text[end]) and text[end] != "等" \
            and not (end - pos >= 2 and end in joins):
        end += 1
    if not 2 <= end - pos <= 4 or end >= len(text) or text[end] not in ITEM_SEPARATORS + "等" and end not in joins:
        return None
    cand = text[pos:end]
    inside = [t for t in toks if t.start < end]
    if not inside or inside[0].start != pos or inside[-1].end != end:
        return None
    if any(t.tag == "w" for t in inside):
        return None
    if any(len(t.word) >= 2 and t.tag in NOT_NAME_PART_TAGS for t in inside) \
            and not (len(inside) == 1 and inside[0].tag in VERB_NAME_TAGS | ADVERB_NAME_TAGS and name_shaped(cand)
                     and not adverb_of_acts(cand)):
        # (区委书记|谈志/v，区长…, 镇党委书记|齐备/d，镇长…: one verb or adverb word opening with a
        # surname fills the item as a name; not an adverb of the person's act, 全程)
        return None
    if len(inside) == 1 and (inside[0].tag == "r" or inside[0].tag in ("n", "vn", "an") and not name_shaped(cand)
                             and not transcription_shaped(cand)):
        return None  # one common noun (组长|单位，), unless shaped as a name (区长|高峰/n，, 旗长|图雅/n，)
    if _titles().search(cand) or cand in words("group_words.txt") or cand in words("issue_raisers.txt") \
            or suffix_at(cand, len(cand)) or pattern("organisation_heads.txt", "(?:{})$").search(cand):
        return None
    if text[end] != "等":
        nxt = _titles().search(text, end + 1, end + 1 + MAX_POST)
        if not nxt or any(c in POST_BOUNDARY for c in text[end + 1:nxt.start()]):
            return None
    return cand


# tags of a word into which the analyser glues a name, a conjunction and the next item's organ
# (王建平和街道党工委/ORG)
GLUED_ORGAN_TAGS = frozenset({"ORG", "LOC", "nz", "n"})


def name_glued_to_next_post(text: str, toks: list[Token], pos: int) -> str | None:
    """The name at `pos` when the analyser glued it, with the conjunction
    after it, to the organ of the next post + name item (主任|王建平和街道党工委/ORG|
    委员、…|李敏): one word opening at `pos` holds two or three characters
    shaped as a name (`name_shaped`: a surname first), then 和/与/及, and the
    word goes on to a title with no break between (the next item's post).
    A list of post + name items names a person after each post.

    >>> text = "人大工委主任王建平和街道党工委委员李敏"
    >>> name_glued_to_next_post(text, [Token("王建平和街道党工委", "ORG", 6, 15)], 6)
    '王建平'

    The analyser also reads such a span as one person (书记|林晓红和县人大/PER|代表):
    a PER word counts only when what follows the conjunction opens a
    jurisdiction or ends in an organ (`_opens_organ`), since a post never holds
    a person's name inside it (rule: FAULTS27 kind 7).

    >>> text = "社区党委书记林晓红和县人大代表周建"
    >>> name_glued_to_next_post(text, [Token("林晓红和县人大", "PER", 6, 13)], 6)
    '林晓红'
    """
    if not toks or toks[0].start != pos or toks[0].tag not in GLUED_ORGAN_TAGS | {"PER"}:
        return None
    for length in (3, 2):
        join = pos + length
        if join + 1 >= toks[0].end or text[join] not in LAST_ITEM_JOINS or not name_shaped(text[pos:join]):
            continue
        if toks[0].tag == "PER" and not _opens_organ(text[join + 1:toks[0].end]):
            continue  # 王明和李红/PER: two names; 陆春燕和县人大/PER: a name and the next post's organ
        title = _titles().search(text, join + 1, join + 1 + MAX_POST)
        if title and not any(c in POST_BOUNDARY for c in text[join + 1:title.start()]):
            return text[pos:join]
    return None


def _opens_organ(rest: str) -> bool:
    """Does `rest`, the part of an analyser's person word after a conjunction,
    open with a jurisdiction's type word (县, 区, 镇, 街道: place_suffixes.tsv)
    or end in an organ's head (organisation_heads.txt: 人大, 政协, 党委)?

    >>> _opens_organ("县人大"), _opens_organ("街道党工委"), _opens_organ("李红")
    (True, True, False)
    """
    opening = next((suffix_at(rest, k) for k in (2, 1) if k <= len(rest) and suffix_at(rest, k)
                    and suffix_at(rest, k)[0] == k), None)
    return opening is not None or pattern("organisation_heads.txt", "(?:{})$").search(rest) is not None


# tags of a word that keeps three characters after a title from being a name: a
# preposition, conjunction, particle, pronoun, numeral or locative (书记|向/p|记者|介绍,
# 主任|高兴|地/u|说); an adverb or a time only where it opens them (主任|马上/d|说,
# 主任|周一/TIME|说; 符|国庆/TIME is a given name read as the holiday)
NOT_IN_NAME_TAGS = frozenset({"p", "c", "u", "r", "m", "q", "w", "xc", "f"})
COMMON_WORD_NAME = 3  # a surname and a two-character given name that is a common word


def common_words_as_given_name(text: str, toks: list[Token], pos: int) -> str | None:
    """The name at `pos`, right after a title, when the analyser read it as
    common words (吉文/n|才/d, 书记吉/n|建设/v, 向解/v|放): the title grammar,
    title + name + act, puts a person there.  Three Han characters shaped as
    a name (`name_shaped`: a surname first), ending where a word ends and
    followed at once by a person's act or remark (`act_follows`,
    `remark_acts`: 来到, 介绍) or a raising act (issue_words.acts: 反映, 说);
    no word inside tagged a function word (NOT_IN_NAME_TAGS: 书记|向/p|记者|
    介绍 is no 向记者), the first word inside no adverb (主任|马上说), the
    given name no adverb of the act (name_follow_adverbs.txt).  The first
    word may run from the title into the surname (书记吉/n: the title ends at
    `pos`, the caller's evidence).  FAULTS29 kind 13: 村党支部书记吉文才反映.

    >>> from kg.analyse import Token
    >>> toks = [Token("吉文", "n", 0, 2), Token("才", "d", 2, 3), Token("反映", "v", 3, 5)]
    >>> common_words_as_given_name("吉文才反映，", toks, 0)
    '吉文才'
    >>> toks = [Token("向", "p", 0, 1), Token("记者", "n", 1, 3), Token("介绍", "v", 3, 5)]
    >>> common_words_as_given_name("向记者介绍，", toks, 0) is None
    True
    """
    end = pos + COMMON_WORD_NAME
    cand = text[pos:end]
    if len(cand) < COMMON_WORD_NAME or not name_shaped(cand) or follow_adverb_at(text, pos) \
            or follow_adverb_at(text, pos + 1) or adverb_of_acts(cand[1:]):
        return None
    inside = [t for t in toks if t.start < end and t.end > pos]
    if not inside or inside[-1].end != end or any(t.tag in NOT_IN_NAME_TAGS for t in inside) \
            or inside[0].start == pos and inside[0].tag in ADVERBIAL_TAGS | {"TIME"} \
            or any(t.tag == "PER" and t.end > pos + 1 for t in inside):
        return None  # (a PER word only as the surname alone, 吉/PER|建设/v: the tagger's longer PER is read elsewhere)
    if not (act_follows(text, end) or remark_acts().match(text, end) or raising_acts().match(text, end)):
        return None
    return cand


def lone_move_at(text: str, toks: list[Token], pos: int) -> bool:
    """Does a one-character movement verb (visit_verbs.tsv move: 到, 去, 赴)
    start at `pos` as a word of its own in the analyser's reading (到/v, not
    the 到 of 到来/v or 等到/v), with a Han character after it, the place it goes
    to?  After a common word right after a title it closes a name as a verb of
    two characters does (副市长|田野|到|石桥村 as 副市长|田野|来到|石桥村); elsewhere
    (`visit_verb_at`, `acts_as_person`) one-character verbs are left out, as they
    start words and names too.  Source: session 54, names54.

    >>> lone_move_at("到石桥村", [Token("到", "v", 0, 1), Token("石桥村", "LOC", 1, 4)], 0)
    True
    >>> lone_move_at("到来。", [Token("到来", "v", 0, 2)], 0)
    False
    """
    tok = next((t for t in toks if t.start == pos), None)
    return tok is not None and tok.tag == "v" and len(tok.word) == 1 and move_verbs().fullmatch(tok.word) is not None \
        and pos + 1 < len(text) and is_han(text[pos + 1])


# a sentence's end: a time told before it belongs to an earlier sentence
SENTENCE_END = "。！？!?\n"


def time_word_as_name(text: str, toks: list[Token], pos: int) -> bool:
    """Is the analyser's time word at `pos`, right after a title and shaped as
    a name (`name_shaped`: a surname first, 周一, 夏天), the title holder's name?
    So it is when a word that follows names only closes it (name_tail_words.txt
    同志, 等; group_words.txt 一行: 副市长|夏天|同志|到), or when its sentence told
    its date already before the title (2024年3月5日，副市长|周一|来到: one sentence
    tells one time) and the person's act follows (`act_follows`, `lone_move_at`).
    With no date before it the time reading stands (区长|周末|来到 is on a weekend),
    and so does an adverb's or a place word's reading elsewhere (区长|高度|重视,
    书记|田间|察看: the caller takes no such tag).  Source: session 54, names54.

    >>> t = "2024年3月5日，副市长周一来到石桥村"
    >>> time_word_as_name(t, [Token("周一", "TIME", 13, 15)], 13)
    True
    >>> time_word_as_name("副市长周末来到石桥村", [Token("周末", "TIME", 3, 5)], 3)
    False
    """
    tok = next((t for t in toks if t.start == pos), None)
    if tok is None or tok.tag != "TIME" or not 2 <= len(tok.word) <= 3 or not name_shaped(tok.word):
        return False
    end = tok.end
    if pattern("group_words.txt").match(text, end) \
            or (pattern("name_tail_words.txt").match(text, end) and act_follows(text, end)):
        return True
    start = max((i + 1 for i in range(max(0, pos - 3 * MAX_POST), pos) if text[i] in SENTENCE_END),
                default=max(0, pos - 3 * MAX_POST))
    dated = FULL_DATE.search(text, start, pos) or MONTH_DAY.search(text, start, pos)
    return dated is not None and (act_follows(text, end) or lone_move_at(text, toks, end))


@cache
def _gap_time_words() -> re.Pattern:
    """The time words of two or more characters (`time_words`: date_relative_days.tsv
    同日, 次日; scene_time_words.txt 当天; post_time_words.txt 随后)."""
    return re.compile(alternation([w for w in time_words() if len(w) >= 2]))


def act_after_time_word(text: str, toks: list[Token], pos: int) -> bool:
    """Does a time word (`_gap_time_words`: 同日, 当天, 次日, 随后) start at `pos`,
    with the person's act (`act_follows`: 来到), a visit verb of two or more
    characters (`visit_verb_at`: 走进, 察看) or a one-character movement verb of its
    own (`lone_move_at`: 到, 赴) right after it?  After a common word right after a
    title it closes a name as the act alone does: 镇长|金山/LOC|同日|走进X reads as
    镇长|金山|走进X (`OfficialLexis._common_word_as_name`).  Source: session 55,
    names55 (extends names54's frame).

    >>> t = "同日走进前进村"
    >>> act_after_time_word(t, [Token("同日", "TIME", 0, 2), Token("走进", "v", 2, 4)], 0)
    True
    >>> act_after_time_word("同日召开会议", [Token("同日", "TIME", 0, 2), Token("召开", "v", 2, 4)], 0)
    False
    """
    gap = _gap_time_words().match(text, pos)
    if gap is None:
        return False
    end = gap.end()
    return act_follows(text, end) or visit_verb_at(text, end) or lone_move_at(text, toks, end)


def noun_by_suffix(tok: Token) -> bool:
    """Is the analyser's noun `tok` one of two characters made a common noun by its
    suffix (name_noun_suffixes.txt: 头, 子, 儿: 石头/n, 李子/n), no name after a
    title however a name it is shaped (书记|石头|到X)?  Source: session 55, names55.

    >>> noun_by_suffix(Token("石头", "n", 0, 2)), noun_by_suffix(Token("田野", "n", 0, 2))
    (True, False)
    """
    return tok.tag == "n" and len(tok.word) == 2 and tok.word[1] in words("name_noun_suffixes.txt")


def adverb_run_into(text: str, pos: int, name: str) -> str:
    """`name` (read at `pos`) cut where an adverb of manner that follows a name
    (name_follow_adverbs.txt) starts inside it: the tagger ran the adverb into
    the name (孔德明实|地|察看, 孔德明实地|察看 -> 孔德明).  At least two
    characters of the name stay.

    >>> adverb_run_into("区委书记孔德明实地察看", 4, "孔德明实")
    '孔德明'
    """
    for i in range(2, len(name)):
        if follow_adverb_at(text, pos + i):
            return name[:i]
    return name


@cache
def _manner_words() -> re.Pattern:
    """A way of moving written before the movement or visit verb (`visit_walk_words.txt`:
    步行, 徒步; `visit_travel_manners.txt`: 驱车, 骑行), of two characters or more
    (the one-character 行, 走 start given names and words too)."""
    return re.compile(alternation([w for w in {*words("visit_walk_words.txt"), *words("visit_travel_manners.txt")}
                                   if len(w) >= 2]))


def manner_run_into(text: str, pos: int, name: str) -> str:
    """`name` (read at `pos`) cut where a way of moving (`_manner_words`: 步行,
    驱车, 骑行) starts inside its tail and runs on past its end, a person's act
    or movement verb right after it (`person_act_at`, visit_verbs.tsv move, 至 after
    the way): the analyser ran the way's first character into the name
    (区长|张海步/PER|行/v|察看 -> 张海 步行察看).  The name left is a surname
    (a compound one too) and one or two characters (`name_shaped`).  Not where the
    report writes the whole name elsewhere without the way's rest after it (李进步
    written again before 指出: the report's name has three characters).
    Source: session 55, names55 (a newcomer's 区长张海步行察看 read 张海步).

    >>> manner_run_into("区长张海步行察看了沿河步道", 2, "张海步")
    '张海'
    >>> manner_run_into("区长李进步行至石桥村。李进步指出", 2, "李进步")
    '李进步'
    >>> manner_run_into("区长张海步行业", 2, "张海步")
    '张海步'
    """
    end = pos + len(name)
    surname = 2 if compound_surname(name[:2]) else 1
    for i in range(surname + 1, min(len(name), surname + 3)):
        way = _manner_words().match(text, pos + i)
        if way is None or way.end() <= end or not name_shaped(name[:i]):
            continue
        after = way.end()
        if not (person_act_at(text, after) or move_verbs().match(text, after) or text[after:after + 1] == "至"):
            continue
        rest = text[end:after]
        if any(j != pos and text[j + len(name):j + len(name) + len(rest)] != rest for j in find_all(text, name)):
            return name  # the whole name written elsewhere, something else after it
        return name[:i]
    return name


def joined_post_follows(text: str, pos: int) -> bool:
    """Does a conjunction (和, 与, 及) or 、 at `pos` join another official's
    post to the name before it (买买提·艾力|和|县委副书记王明): the act comes
    after the next person, and the name ends at the conjunction, as a list
    item ends at its separator.

    >>> joined_post_follows("和县委副书记王明来到", 0), joined_post_follows("和居民座谈", 0)
    (True, False)
    """
    if pos >= len(text) or text[pos] not in LIST_CONJUNCTIONS | {"、"}:
        return False
    title = _titles().search(text, pos + 1, pos + 1 + MAX_POST)
    return title is not None and all(is_han(c) for c in text[pos + 1:title.start()])


def joined_post_cut(text: str, pos: int, name: str) -> str:
    """`name` (read at `pos`) cut at a conjunction (和, 与, 及) inside it that joins another
    official's post (`joined_post_follows`): the analyser ran the conjunction and the next
    post's jurisdiction into the person (`武装部部长林一鸣和街道/PER|综合行政执法队队长陈斌`).
    At least two characters stay before the conjunction.  Session 54, diag213 (FAULTS_p213:
    an accompanying official named 林一鸣和街道, her posts lost).

    >>> joined_post_cut("部长林一鸣和街道执法队队长陈斌陪同", 2, "林一鸣和街道")
    '林一鸣'
    >>> joined_post_cut("部长王和平来到", 2, "王和平"), joined_post_cut("书记李明和居民座谈", 2, "李明和")
    ('王和平', '李明和')
    """
    for i in range(2, len(name)):
        if name[i] in LIST_CONJUNCTIONS and joined_post_follows(text, pos + i):
            return name[:i]
    return name


def max_name(name: str) -> int:
    """The longest a name can be: longer for a transcribed name with a dot."""
    return MAX_DOTTED_NAME if any(d in name for d in NAME_DOTS) else MAX_NAME


def ends_word_before_name_end(toks: list[Token], end: int) -> bool:
    """Does a word end at `end`, followed by a word that can follow a name?"""
    nxt = next((t for t in toks if t.start == end), None)
    return any(t.end == end for t in toks) and nxt is not None and can_follow_name(nxt)


def two_characters_before_name_end(toks: list[Token]) -> bool:
    """Two one-character words right after a title, the first nominal (a
    surname the tagger read as a noun), then a word that can follow a name:
    after a title, common words come as longer words (高度, 常年, 单位)."""
    return (
        len(toks) >= 3
        and len(toks[0].word) == len(toks[1].word) == 1
        and toks[0].tag in SURNAME_LIKE_TAGS
        and toks[1].tag != "w"
        and all(is_han(t.word) for t in toks[:2])
        and can_follow_name(toks[2])
    )


def proper_noun_as_name(toks: list[Token]) -> bool:
    """A short place, organisation or other proper noun right after a title,
    then a word that can follow a name: a person whose name is also a
    place's (区长|黄河|来到); a title is not followed by a bare place."""
    return (
        len(toks) >= 2
        and toks[0].tag in ("LOC", "ORG", "nz")
        and 2 <= len(toks[0].word) <= 3
        and all(is_han(c) for c in toks[0].word)
        and can_follow_name(toks[1])
    )


def can_follow_name(tok: Token) -> bool:
    """A verb, adverb, function word or punctuation, or a party word (一行)."""
    return tok.tag in NAME_END_TAGS or tok.word in words("group_words.txt") or tok.word in words("name_tail_words.txt")


def covering(toks: list[Token], end: int) -> list[Token]:
    """The leading tokens that end at or before `end`."""
    return [t for t in toks if t.end <= end]


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened by a few characters of context, within the line."""
    lo = max(0, start - 4, text.rfind("\n", 0, start) + 1)
    nl = text.find("\n", end)
    hi = min(len(text), end + 4, nl if nl >= 0 else len(text))
    return lo, max(hi, end)


# words of an occupation or a workplace: nominal words, and the adjectives inside names (第一高级中学)
OCCUPATION_TAGS = POST_TAGS | {"a", "b"}


def surname_read_as_modal(toks: list[Token]) -> bool:
    """After a title: one character the tagger read as a verb or adverb
    (应, 能, 将, 还…) that is a surname's first character (surnames.txt),
    then a given name of one or two characters read as a person, then a
    name's end.  A modal or an adverb right before a person's name is not
    grammar (书记应海波说: 应 "should" wants a verb), so the three are the
    name; a preposition before a name is (区长向王明了解: 向/p stays out).
    Example: tokens 应/v 海波/PER 说/v -> True."""
    if len(toks) < 3 or len(toks[0].word) != 1 or toks[0].tag not in ("v", "d") or toks[1].tag != "PER" \
            or toks[1].start != toks[0].end or not 1 <= len(toks[1].word) <= 2 or toks[2].tag not in NAME_END_TAGS:
        return False
    initials = surname_initials()
    return initials is not None and toks[0].word in initials


def surname_read_as_function_word(toks: list[Token]) -> bool:
    """One character the tagger read as a conjunction or preposition (和, 向,
    于…) that is a surname's first character (surnames.txt), then a given name
    of one or two Han characters read as a person or a word that may be a
    given name (GIVEN_NAME_TAGS: 和|军云/n), not a residents' word or a title.  Callers say where that is a
    name: after a title, before the title's holder's movement verb, maybe
    after adverbs, or before the next official of a list with their title
    (县长和志强来到, 区委书记和丽海分别深入, 区委书记和丽海、区长…: "the head and
    志强 came" would leave the title nameless, and 向/于 take no movement
    verb), or opening a clause before a title (和丽萍副县长来到).
    Example: tokens 和/c 志强/PER 来到/v -> True."""
    if len(toks) < 2 or len(toks[0].word) != 1 or toks[0].tag not in ("c", "p") or toks[1].tag not in GIVEN_NAME_TAGS \
            or toks[1].start != toks[0].end or not 1 <= len(toks[1].word) <= 2 or not all(map(is_han, toks[1].word)):
        return False
    if toks[1].tag != "PER" and (toks[1].word in words("issue_raisers.txt") or _titles().search(toks[1].word)):
        return False  # 区长和居民: residents or a title are no given name (the tagger may read one as a noun: 和|军云/n)
    initials = surname_initials()
    return initials is not None and toks[0].word in initials


# what joins officials listed with their titles (区长甲，副区长乙; 区长甲和副区长乙)
LIST_JOINS = LIST_CONJUNCTIONS | {"，", "、"}


def act_after_adverbs(text: str, toks: list[Token]) -> bool:
    """Does a leading or movement verb (`leads_or_moves`) start `toks`, after at
    most two adverbs (分别深入, 一起来到), or another title after a separator
    (县长和志强、副县长李明来到: a list of officials, each with their title)?
    Example: tokens 分别/d 深入/v -> True."""
    if toks and toks[0].word in LIST_JOINS:
        title = _titles().search(text, toks[0].end, toks[0].end + MAX_POST)
        if title and not any(c in POST_BOUNDARY for c in text[toks[0].end:title.start()]):
            return True
    for tok in toks[:3]:
        if leads_or_moves(text, tok.start):
            return True
        if tok.tag != "d":
            return False
    return False


def name_shaped(cand: str) -> bool:
    """Can Han characters the tagger did not read as a person be a name where
    the frame says one stands: opening with a surname (surnames.txt: the
    shape of a Han name, asked only there), not ending in a place's or an
    organisation's type word (金山村, 纪委, 政协), and no title, party word
    or word of the residents' class (居民, 党员) or the staff's (干部: name_staff_nouns.txt)?"""
    initials = surname_initials()
    return initials is not None and len(cand) >= 2 and cand[0] in initials and all(is_han(c) for c in cand) \
        and not suffix_at(cand, len(cand)) and not pattern("organisation_heads.txt", "(?:{})$").search(cand) \
        and not _titles().search(cand) and cand not in words("issue_raisers.txt") \
        and cand not in words("group_words.txt") and cand not in words("name_staff_nouns.txt")


def place_word_as_name(cand: str) -> bool:
    """Two or three Han characters opening with a surname and ending in a
    place's type word (徐街, 罗村, 王建村): a name where the frame names a
    person (a title before, the person's act after), never elsewhere.

    >>> place_word_as_name("徐街"), place_word_as_name("联络站"), place_word_as_name("王明"), place_word_as_name("居民区")
    (True, False, False, False)
    """
    initials = surname_initials() or frozenset()
    suffix = suffix_at(cand, len(cand))
    # the type word is one character after the name's first: 居民区 is a type word whole
    return 2 <= len(cand) <= 3 and cand[0] in initials and all(is_han(c) for c in cand) \
        and suffix is not None and suffix[0] == 1 and not _titles().search(cand) \
        and not pattern("organisation_heads.txt", "(?:{})$").search(cand)
