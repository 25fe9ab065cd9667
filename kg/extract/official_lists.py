"""Names listed after or before a shared title: list items (甲、乙), transcribed
and occupation items, names listed before a plural post (甲、乙等3名代表), and
what joins them.

Reads a `Lexis` and the text; gives (name, position) items and posts to the
officials orchestrator and official_mentions.
"""

from __future__ import annotations

import re

from kg.analyse import Token, tokenize
from kg.analyse.component import CLAUSE_END
from kg.extract.guides import CLAUSE_STARTS, MAX_NAME, MAX_POST
from kg.extract.lexicons import pattern, words
from kg.extract.official_acts import (
    opens_with_residents_word, visit_verb_at, leads_or_moves, person_verbs, person_act_at, adverb_of_acts,
    act_follows, addressed_by_courtesy,
)
from kg.extract.official_lexis import Lexis
from kg.extract.official_name_shapes import OCCUPATION_TAGS, name_shaped
from kg.extract.official_names_before import organ_before
from kg.extract.official_posts import post_before
from kg.extract.official_titles import POST_BOUNDARY, POST_TAGS, CONJUNCTIONS, _titles, LAST_ITEM_JOINS
from kg.extract.official_transcribed import (
    transcription_chars, transcription_run, MIN_TRANSCRIBED, MIN_SHORT_TRANSCRIBED, SHORT_NAME_PIECE_TAGS,
    function_char_before,
)
from kg.extract.place_suffixes import suffix_at
from kg.resources import surname_initials
from kg.text import is_han


# the term of address written after an official's name (王明同志带队)
COMRADE = re.compile("同志")

# a note in brackets after a listed name (王明（区医院护士长）、李红): at most this long
MAX_NOTE = 30


def after_note(text: str, pos: int) -> int:
    """The position after a bracketed note opening at `pos`, else `pos`."""
    if pos < len(text) and text[pos] in "（(":
        close = re.compile(r"[）)]").search(text, pos, pos + MAX_NOTE)
        if close and not CLAUSE_END.search(text, pos, close.start()):
            return close.end()
    return pos


def _list_item(lx: Lexis, pos: int) -> tuple[tuple[str, int] | None, bool]:
    """The name of a list item at `pos`: the analyser's reading (then True),
    or, where it read no person, two or three characters that fill the item
    up to its separator (、, a bracketed note) or a person's act (then
    False: such an item counts only in a list where another item is read as
    a person, 区人大代表甲、乙 with 乙 tagged as a verb)."""
    named = lx.name_after(pos)
    if named:
        return named, True
    text = lx.text
    transcribed = _transcribed_item(text, lx.tokens(pos, pos + MAX_NAME + 1), pos)
    if transcribed:
        return (transcribed, pos + len(transcribed)), False
    for length in (3, 2):
        cand = text[pos:pos + length]
        end = pos + length
        if len(cand) < length or not all(is_han(c) for c in cand) or _titles().search(cand) \
                or pattern("group_words.txt").search(cand) or leads_or_moves(text, pos):
            continue
        if end < len(text) and (text[end] in "、（(" or act_follows(text, end) or visit_verb_at(text, end)):
            toks = lx.tokens(pos, end + 1)
            inside = [t for t in toks if t.start < end]
            if toks[0].start != pos or not any(t.end == end for t in toks) or function_char_before(toks, end):
                continue  # half a word is no name; 岩温|等/u|来到: the party's particle, no name's syllable
            if len(inside) < 2 and not _word_as_listed_name(cand, inside[0]) and not _listed_name_shaped(cand, inside):
                continue  # one word of its own class (居民, 群众) is no name
            return (cand, end), False
    return None, False


def _transcribed_item(text: str, toks: list[Token], pos: int) -> str | None:
    """A transcribed name filling a list item at `pos` (副主任萨仁高娃、李明,
    副书记图雅和李明来到): two to MAX_NAME characters of
    name_transcription_chars.txt up to the item's end (、, a bracketed note,
    a conjunction of CONJUNCTIONS, or the person's act), whole words of the
    analyser's.  The analyser splits such a name into pieces of any tag
    (萨仁/v|高娃/n), so four characters or more need no more (as in
    `transcribed_name`); two or three must be pieces no content word is
    made of (SHORT_NAME_PIECE_TAGS: 图雅/n, 那/r|日/q|苏/LOC; not 亲自/d), nor
    an adverb of acts.  The item counts only in a list where another item is
    the analyser's person (`name_list`), as any item it did not read.

    >>> text = "副主任萨仁高娃、李明来到"
    >>> _transcribed_item(text, tokenize(text, [(0, len(text))]), 3)
    '萨仁高娃'
    """
    length = transcription_run(text, pos)
    for end in range(pos + length, pos + MIN_SHORT_TRANSCRIBED - 1, -1):
        if end >= len(text) or not (text[end] in "、（(" or text[end] in CONJUNCTIONS or person_act_at(text, end)):
            continue
        pieces = [t for t in toks if t.start < end and t.end > pos]
        if not pieces or pieces[0].start != pos or pieces[-1].end != end or function_char_before(toks, end):
            continue  # half a word is no name; 都/d before the act is its adverb
        if end - pos < MIN_TRANSCRIBED and (any(len(t.word) > 1 and t.tag not in SHORT_NAME_PIECE_TAGS for t in pieces)
                                            or adverb_of_acts(text[pos:end])):
            continue
        return text[pos:end]
    return None


def occupation_item(lx: Lexis, m: re.Match) -> tuple[str, str, int] | None:
    """A title, then 、 and a second item that is no title but the person's
    occupation or workplace, then the name (县人大代表、县第一中学教师|王某:
    a deputy named with the job they hold; the caller keeps it only after a
    deputy's or member's title, duty_post_heads.txt: the job of anyone else
    named so, 自管会主任、退休教师|王某, is no post of government): the item's nominal words and
    adjectives (OCCUPATION_TAGS, at most MAX_POST characters, no title inside,
    a nominal word last) and a clean person reading
    right after them (`Lexis.clean_person_at`).  Returns (name, occupation,
    name start) or None.
    Example: 区人大代表、东湖小学教师柏晓东来到… -> ("柏晓东", "东湖小学教师", start)."""
    text, start = lx.text, m.end()
    if text[start:start + 1] != "、":
        return None
    start += 1
    toks = lx.tokens(start, start + MAX_POST, anchor=start)
    for i, tok in enumerate(toks):
        if tok.tag == "PER":
            if i == 0 or tok.start - start < 2 or not (lx.clean_person_at(tok.start) or _person_then_preposition(text, toks, i)):
                return None
            item = text[start:tok.start]
            if _titles().search(item) or any(c in POST_BOUNDARY for c in item) or toks[i - 1].tag not in POST_TAGS:
                return None
            named = lx.name_after(tok.start)
            return (named[0] if named else tok.word), item, tok.start
        if tok.start < start or tok.tag not in OCCUPATION_TAGS:
            return None
    return None


def _person_then_preposition(text: str, toks: list[Token], i: int) -> bool:
    """Is toks[i] one PER word of two to four Han characters followed by a
    preposition or a movement verb (律师|范清源/PER|在/p|…接待, 医生|范清源|到|…):
    the name ends there as surely as before punctuation or a longer verb
    (`Lexis.clean_person_at` wants a word of two characters or more, which
    在 and 到 are not)."""
    tok = toks[i]
    if not (2 <= len(tok.word) <= 4 and all(is_han(c) for c in tok.word) and tok.word[-1] not in CONJUNCTIONS):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.start == tok.end and (nxt.tag == "p" or person_verbs().match(text, tok.end) is not None)


def _word_as_listed_name(cand: str, tok: Token) -> bool:
    """Is one word of the analyser's, listed among names after a title, a
    name it misread (副区长韦国明、石红/n、祁连山/LOC来到)?  A proper noun or
    a noun opening with a surname (surnames.txt: the shape of a Han name,
    checked only where the list already says a person stands), not a place's
    or organisation's type word, nor a word of the residents', party or
    title classes (居民, 党员, 村委会).  An adverb shaped as a name that no act
    takes (区人大代表甲、乙、任重/d走进: not 亲自, 随后; `adverb_of_acts`) is
    one too, as it is right after a title (`_common_word_as_name`).  Source:
    FAULTS35_p108 (the last of three deputies under one title was lost)."""
    if tok.tag == "d":
        return name_shaped(cand) and not adverb_of_acts(cand)
    return tok.tag in ("n", "nz", "LOC", "ORG", "a") and name_shaped(cand)


def name_list(lx: Lexis, first: tuple[str, int]) -> list[tuple[str, int]]:
    """The names sharing one title (区人大代表甲、乙（区医院护士长）、丙):
    `first` and the items joined to it by 、, each possibly followed by a
    bracketed note; items the analyser did not read as persons are kept
    when one item of the list is read as a person."""
    text = lx.text
    items, read = [first], [lx.name_after(first[1] - len(first[0])) is not None]
    after = after_note(text, first[1])
    while after < len(text) and (text[after] == "、" or text[after] in LAST_ITEM_JOINS) and len(items) < 12:
        if _post_item(lx, after + 1):
            break  # 局长甲、区人大代表乙: the next item is a post and a name of its own (区人大|代表|乙), no bare name
        joiner = text[after]
        nxt, by_tagger = _list_item(lx, after + 1)
        if not nxt or nxt[0] in words("issue_raisers.txt") or opens_with_residents_word(nxt[0]):
            break  # 委员及企业、居民代表: residents listed after the officials are no names
        if joiner in LAST_ITEM_JOINS and not person_act_at(text, after_note(text, nxt[1])):
            break  # 副主任甲和乙一行来到 closes the list; 书记甲和乙谈心 may join anyone
        items.append(nxt)
        read.append(by_tagger)
        after = after_note(text, nxt[1])
        if joiner in LAST_ITEM_JOINS:
            break
    return items if any(read) or _names_by_list(lx, items, after) else [first]


def _names_by_list(lx: Lexis, items: list[tuple[str, int]], after: int) -> bool:
    """Is a list after a title whose items the analyser read as no person
    (副市长玉岚/n、刀/n 建华/v 一行来到) a list of names all the same?  It is
    when it holds two items or more, closes with the party word
    (group_words.txt: 一行) or a person's act (来到, 等 + act), and every item
    is shaped as a name (`_listed_name_shaped`): the list itself is the
    evidence no tagged person gives.  Rule: FAULTS27 kind 5."""
    if len(items) < 2:
        return False
    text = lx.text
    closed = pattern("group_words.txt").match(text, after) is not None or person_act_at(text, after)
    return closed and all(
        _listed_name_shaped(name, [t for t in lx.tokens(end - len(name), end) if t.start < end]) for name, end in items)


# tags of a word no name is, read whole (a verb, a place, an organ, a time)
OTHER_CLASS_TAGS = frozenset({"v", "vn", "vd", "ad", "d", "LOC", "ORG", "TIME", "m", "q", "f", "s", "r", "p", "c", "u"})


def _listed_name_shaped(cand: str, toks: list[Token]) -> bool:
    """Is `cand`, a list item after a title, shaped as a name: two or three Han
    characters opening with a surname (surnames.txt) or a transcribed name's
    syllable (name_transcription_chars.txt: 玉, 岩, 刀 of Dai names), not one
    analyser word of another class (OTHER_CLASS_TAGS: a verb, a place, an
    organ), and none of the words `name_shaped` refuses (a place's or organ's
    type word, a title, a residents', party or staff word)?

    >>> text = "玉岚、刀建华、岩头村、调研"
    >>> [_listed_name_shaped(w, tokenize(w, [(0, len(w))])) for w in text.split("、")]
    [True, True, False, False]
    """
    if not 2 <= len(cand) <= 3 or not all(is_han(c) for c in cand):
        return False
    if cand[0] not in (surname_initials() or frozenset()) | transcription_chars():
        return False
    whole = len(toks) == 1 and toks[0].word == cand
    if whole and toks[0].tag in OTHER_CLASS_TAGS:
        return False
    return not suffix_at(cand, len(cand)) and not pattern("organisation_heads.txt", "(?:{})$").search(cand) \
        and not _titles().search(cand) and cand not in words("issue_raisers.txt") \
        and cand not in words("group_words.txt") and cand not in words("name_staff_nouns.txt")


def _post_item(lx: Lexis, start: int) -> bool:
    """Does the list item at `start` open with a post of its own followed by a
    name (区人大代表乙: a jurisdiction and organ of at most MAX_ORGAN_BEFORE
    characters, a title, then a person), so that it is no bare name sharing
    the list's title?  Not 高福生与党代表 (a name, then a title no name follows).
    Example: in 局长甲、区人大代表乙陪同, the item at 区 -> True.
    Not a person the analyser reads, then 和/与/及 and the next post (区人大代表甲、乙、
    程某和市人大代表丙: 程某 is the list's last bare name, 和 opens the next item, so
    程某和市人大 is no organ; session 42, p145-03)."""
    text = lx.text
    named = lx.name_after(start)
    if named and named[1] < len(text) and text[named[1]] in LAST_ITEM_JOINS:
        return False
    m = ITEM_END.search(text, start, start + MAX_POST)
    title = _titles().search(text, start, m.start() if m else min(len(text), start + MAX_POST))
    return bool(title) and title.start() - start <= MAX_ORGAN_BEFORE and lx.name_after(title.end()) is not None


ITEM_END = re.compile(r"[、，。；：,;:（(\n]")
MAX_ORGAN_BEFORE = 6  # characters of jurisdiction and organ before a title in a list item (区住建局|局长)


def unread_list_head(lx: Lexis, pos: int) -> tuple[str, int] | None:
    """The first name of a list after a title that the analyser did not read
    as a person (区人大代表甲、乙来到, 甲 tagged as an adverb and a verb),
    accepted when a later item of the list is read as one."""
    head, by_tagger = _list_item(lx, pos)
    if not head or by_tagger:
        return head
    listed = name_list(lx, head)
    if len(listed) > 1:
        return head
    # 县人大代表甲、乡人大代表乙: a list of post + name pairs, the next one read
    text = lx.text
    if text[head[1]:head[1] + 1] == "、":
        nxt = _titles().search(text, head[1] + 1, head[1] + 1 + MAX_POST)
        if nxt and not any(c in POST_BOUNDARY for c in text[head[1] + 1:nxt.start()]) \
                and _list_item(lx, nxt.end())[1]:
            return head
    return None


# 等, a count of people, or both (等3名, 两位, 等两位): names listed before a plural post
PLURAL_AFTER_NAMES = re.compile(r"(?:等(?:[0-9一二两三四五六七八九十]+[名位])?|[0-9一二两三四五六七八九十]+[名位])$")
COUNT_BEFORE_POST = re.compile(r"^[0-9一二两三四五六七八九十]*[名位]")


def names_before_plural_post(lx: Lexis, m: re.Match) -> list[tuple[str, str, int]]:
    """`甲、乙等区领导来到`, `甲等3名区人大代表`, `甲、乙两位副区长`: the persons
    listed before 等 or a count of people hold the post written after it.  Returns (name, post, name start) for
    each, or [] if no name list stands there."""
    text = lx.text
    got = post_before(lx, m.end(), m.start())
    if not got:
        return []
    post, start = got
    count = COUNT_BEFORE_POST.match(post)
    if count:
        post = post[count.end():]
    if not post:
        return []
    plural = PLURAL_AFTER_NAMES.search(text, max(0, start - 8), start + (count.end() if count else 0))
    if not plural or not count and plural.end() != start:
        return []
    found, end, read = [], plural.start(), False
    while True:
        named = lx.name_before(end)
        read = read or named is not None
        # 甲、乙、郝/PER建设/vn、丁等区人大代表: an item the analyser misread,
        # shaped as a name and filling its place in the list, is kept when
        # another item of the list is read as a person
        named = named or _unread_item_before(lx, end)
        if not named:
            break
        found.insert(0, (named[0], post, named[1]))
        if named[1] > 0 and text[named[1] - 1] not in "、，":
            # 区人大常委会甲、区政协乙两位副主任: an item with its own organ
            organ = organ_before(lx, named[1])
            if not organ:
                break
            found[0] = (named[0], organ[0] + post, named[1])
            if organ[1] == 0 or text[organ[1] - 1] != "、":
                break
            end = organ[1] - 1
            continue
        if named[1] == 0:
            break
        if text[named[1] - 1] == "，":
            # 甲，乙等区领导: a comma joins a name standing alone in its clause
            before = lx.name_before(named[1] - 1)
            if not before or before[1] > 0 and text[before[1] - 1] not in CLAUSE_STARTS:
                break
        end = named[1] - 1
    if not read:
        return []
    # an unread item opening the list must open its clause (甲、乙 after 居民 or a verb is no list of names)
    while found and lx.name_before(found[0][2] + len(found[0][0])) is None \
            and not (found[0][2] == 0 or text[found[0][2] - 1] in POST_BOUNDARY):
        found.pop(0)
    return found


# a list item the analyser did not read as a person: at most this many characters
MAX_UNREAD_ITEM = 3


def _unread_item_before(lx: Lexis, end: int) -> tuple[str, int] | None:
    """The list item ending at `end` (甲、|郝建设|、丁等), when the analyser
    read no person there: two or three Han characters back to the list's
    separator (、，) or a clause start, whole words (a word starts where
    the item does and one ends at `end`) and shaped as a name (name_shaped:
    a surname first, no place's or organisation's type word).  Returns
    (name, start) or None; callers keep it only in a list where another
    item is read as a person."""
    text = lx.text
    start = end
    while start > 0 and end - start < MAX_UNREAD_ITEM and is_han(text[start - 1]):
        start -= 1
    if start > 0 and text[start - 1] not in POST_BOUNDARY or end - start < 2:
        return None
    cand = text[start:end]
    if not name_shaped(cand):
        return None
    toks = lx.tokens(start, end, anchor=end - 1)
    if not toks or toks[0].start != start or toks[-1].end != end or any(t.tag == "w" for t in toks):
        return None
    return cand, start


# what joins names listed before a post they share (甲、乙副区长, 甲和乙副区长)
NAME_JOINERS = "、和及与"


def names_joined_before(lx: Lexis, start: int) -> tuple[list[tuple[str, int, str]], str]:
    """The names joined by 、 or a conjunction before the name starting at
    `start` (甲、乙|丙副区长 → 乙, 甲), nearest first, each read as a person or
    shaped as one (`Lexis.name_shaped_before`), none named by courtesy
    (张大妈); at most a dozen; none unless the list opens its clause or an
    organ does (organ_before: 区人大常委会甲、乙|丙副主任).  Returns (name,
    start, the item's own organ or '') of each (区民政局甲、|区住建委乙|、丙) and
    the organ opening the list ('' if none)."""
    text, out = lx.text, []
    while start > 1 and text[start - 1] in NAME_JOINERS and len(out) < 12:
        named = lx.name_shaped_before(start - 1)
        if not named or addressed_by_courtesy(named[0]):
            break
        start = named[1]
        organ = organ_before(lx, start) if start > 0 and text[start - 1] not in NAME_JOINERS + "，" else None
        if organ and organ[1] > 0 and text[organ[1] - 1] in NAME_JOINERS:
            out.append((*named, organ[0]))  # 区民政局甲、|区住建委乙|、丙副主任: an item with its own organ
            start = organ[1]
            continue
        out.append((*named, ""))
    # the list opens a clause or follows an agent marker (由甲、乙副主任带队), as
    # a name before its post does: 居民李强和王明副区长交谈 lists no official
    if out and not (start == 0 or text[start - 1] in POST_BOUNDARY
                    or text[max(0, start - 4):start].endswith(words("post_agent_markers.txt"))):
        organ = organ_before(lx, start)
        return (out, organ[0]) if organ else ([], "")
    return out, ""
