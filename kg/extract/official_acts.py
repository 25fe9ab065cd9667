"""A person's act after a name: whether the words at a position are what an
official does (a movement, visit, leading or activity verb, a remark, a party
word), which tells a name before them from a common word (`池志先|后来到`).

Reads the report's text (and analyser tokens where given) with the visit,
activity and person verb lexicons; gives yes/no answers and positions to the
name readers (official_lexis, official_name_shapes, official_transcribed,
official_lists, official_names_before).  The act after a companion's name
tells officials.py too whether they go along with the lead (`joins_lead`,
`joins_tour`: ，副区长乙一同调研).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.analyse import Token
from kg.analyse.component import CLAUSE_END
from kg.extract.guides import CLAUSE_STARTS, MAX_POST, guide_close_at, guided_at
from kg.extract.issue_words import remark_acts
from kg.extract.lexicons import alternation, compile_words, kind_words, pattern, table, words
from kg.extract.official_titles import (
    CONJUNCTIONS, PLACE_LIKE_TAGS, NOT_NAME_TAGS, ONE_WORD_NOT_NAME_TAGS, ACCOMPANIED_AFTER, ACCOMPANIED_FRAME,
    SURNAME_LIKE_TAGS, _titles, GIVEN_NAME_WORD_TAGS, NOT_GIVEN_NAME_TAGS,
)
from kg.extract.place_suffixes import suffix_at
from kg.resources import surname_initials
from kg.text import HAN, is_han


# what follows a person's home (王德胜家|的院子, 家|中, 家|里, 家|门口, 家|院里)
HOME_FOLLOWS = re.compile(r"的|中|里|门|院|附近|旁")


def home_after_name(text: str, tok: Token) -> bool:
    """Is the one-character word `tok` after a name the person's home (`name_home_words.txt`:
    家), followed by 的, a locative or a part of a house (组长王德胜家的院子里, 李大成家中)?
    Then it is no part of the name.  Source: FAULTS32 (p89-09 王德胜家 held 组长).

    >>> from kg.analyse import Token
    >>> home_after_name("王德胜家的院子", Token("家", "n", 3, 4)), home_after_name("白朝格吉乐图带领", Token("图", "n", 5, 6))
    (True, False)
    """
    return tok.word in words("name_home_words.txt") and HOME_FOLLOWS.match(text, tok.end) is not None


@cache
def opens_with_residents_word(name: str) -> bool:
    """Does a name read after a title open with a residents' word of two
    characters or more (`issue_raisers.txt`: 居民代表, 村民代表 listed after
    `政协委员及企业、`)?  Residents are no officials, and no person's name opens
    with such a word.

    >>> opens_with_residents_word("居民代表"), opens_with_residents_word("居明德")
    (True, False)
    """
    openers = _residents_openers()
    return name.startswith(openers) and any(len(name) > len(w) and name.startswith(w) for w in openers)


@cache
def _residents_openers() -> tuple[str, ...]:
    """The residents' words of two characters or more (`issue_raisers.txt`), chosen once:
    `opens_with_residents_word` is asked of every new name, and most open with none, which
    one `startswith` of the tuple tells (session 57, speed57)."""
    return tuple(w for w in words("issue_raisers.txt") if len(w) >= 2)


@cache
def move_verbs() -> re.Pattern:
    return compile_words(kind_words("visit_verbs.tsv", "move"), "{}")


@cache
def move_or_lead_verbs() -> re.Pattern:
    """Movement (来到) and leading (带领) verbs: what a named person does."""
    return compile_words([*kind_words("visit_verbs.tsv", "move"), *words("lead_markers.txt")], "{}")


def find_all(text: str, word: str) -> list[int]:
    """Offsets of every occurrence of `word` in `text`."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


@cache
def visit_verbs() -> re.Pattern:
    """Verbs that go to or look at a place (visit_verbs.tsv: move, inspect)."""
    return compile_words(kind_words("visit_verbs.tsv", "move", "inspect"), "{}")


def visit_verb_at(text: str, pos: int) -> bool:
    """Does a visit verb of two or more characters start at `pos` (走进, 察看)?
    Ends a list of names (甲、乙、丙走进…): one-character ones (到, 去) are
    left out, they start words and names too."""
    m = visit_verbs().match(text, pos)
    return m is not None and len(m.group(0)) >= 2


def inside_visited_place(text: str, title: re.Match) -> bool:
    """Is the title's first character the end of a place's type word
    (place_suffixes.tsv) in the object of a movement verb?  来到兴隆村长风站
    is 兴隆村 + 长风站 and 返回青云居委会长风弄 is 青云居委会 + 长风弄, not
    村长/会长 and a person: what a movement verb reaches is a place.  A
    title right after the verb (来到村长家中) keeps its reading."""
    hit = suffix_at(text, title.start() + 1)
    if not hit:
        return False
    stem_end = title.start() + 1 - hit[0]
    if stem_end <= 0 or not is_han(text[stem_end - 1]):
        return False
    start = max(0, stem_end - MAX_POST)
    for cut in CLAUSE_END.finditer(text, start, stem_end):
        start = cut.end()
    verb = None
    for verb in move_verbs().finditer(text, start, stem_end):
        pass
    return verb is not None and verb.end() < stem_end


def moves(text: str, pos: int) -> bool:
    """Does a movement verb (来到, 前往…) start at `pos`, after any party word
    (一行)?  Its subject is a person, so a common noun before it (乌云来到…)
    is a name there."""
    party = pattern("group_words.txt").match(text, pos)  # 乌云一行来到
    return move_verbs().match(text, party.end() if party else pos) is not None


def leads_or_moves(text: str, pos: int) -> bool:
    """Does a leading, accompanying or movement verb of two or more
    characters start at `pos` (带队, 陪同, 来到)?  Right after a title that is
    what the person does (王明副县长带队到…), never their name: one-character
    verbs (率, 到) are left out, they are surnames too (区长率明)."""
    m = person_verbs().match(text, pos)
    return m is not None and len(m.group(0)) >= 2


def acts_as_person(text: str, pos: int) -> bool:
    """Does a party word (一行) start at `pos`, or a verb of two or more
    characters that only a person does: moving, leading, accompanying
    (来到, 赶赴, 带领, 陪同) or an official's own remarks (强调, 指出:
    issue_official_acts.txt)?  Whatever stands before it as a clause's
    subject is a person, even where the tagger read it as a place, a time or
    a noun (印宁/LOC一行, 凌晨/TIME建深入, 车勇强/n强调).  One-character verbs
    (到, 率, 说) are left out: they follow common words too."""
    if pattern("group_words.txt").match(text, pos):
        return True
    if _leads_party_at(text, pos):
        return True
    m = person_verbs().match(text, pos) or remark_acts().match(text, pos)
    return m is not None and len(m.group(0)) >= 2


def _leads_party_at(text: str, pos: int) -> bool:
    """Does a leading verb (lead_markers.txt) start at `pos`, with the party
    it leads after it (group_words.txt: 高山|率调研组)?  A one-character
    leading verb (率) is a surname too; with its party it is the act.

    >>> _leads_party_at("率调研组到", 0), _leads_party_at("率明来到", 0)
    (True, False)
    """
    lead = pattern("lead_markers.txt").match(text, pos)
    return lead is not None and pattern("group_words.txt").match(text, lead.end()) is not None


@cache
def person_verbs() -> re.Pattern:
    """Verbs whose subject is a person: movement (来到, 前往), leading (带领, 率)
    and accompanying (陪同)."""
    return compile_words([*kind_words("visit_verbs.tsv", "move"), *words("lead_markers.txt"), *words("companion_markers.txt")], "{}")


def set_of_holders(text: str, start: int) -> bool:
    """Does a word of `post_set_words.txt` (各级, 全体, 广大) end at `start`, where a
    title starts?  `昭觉县各级人大代表累计走访选民` names the post's holders as a class:
    a word after the title the analyser reads as no person is no name.  Source:
    FAULTS38_p123 (累计 read as a deputy's name, with a visit of its own).

    >>> set_of_holders("各级人大代表累计走访", 2), set_of_holders("县人大代表王明走访", 1)
    (True, False)
    """
    return any(text.endswith(w, 0, start) for w in words("post_set_words.txt"))


def collective_before(text: str, pos: int) -> bool:
    """Does a staff noun (`name_staff_nouns.txt`: 领导, 干部) end at `pos` with
    no surname's character after it?  `区领导分两路走访` names the district's
    leaders as a group: with no word the tagger reads as a person, the title's
    holder is nobody; a surname after it (市领导储明来到) may still open a name.

    >>> collective_before("区领导分两路走访", 3), collective_before("市领导储明来到", 3)
    (True, False)
    """
    initials = surname_initials() or frozenset()
    return pos < len(text) and text[pos] not in initials \
        and any(text.endswith(w, 0, pos) for w in words("name_staff_nouns.txt"))


def subject_of_person_verb(text: str, toks: list[Token], pos: int) -> str | None:
    """Two to four characters after a title, then a verb only a person does
    (区委书记|储明|带领, 区长|储明率|…): the tagger read the name as a verb or
    glued it to the next word, but a title, then a person's verb, names the
    person between them.  The first word must not be an adverb, pronoun,
    number, time or place (书记|亲自|带领, 镇长|一行|来到).  Prefers a
    candidate ending where the tagger ends a word.

    Also, with the same title-and-verb evidence: a party word before the verb
    (和云|一行|来到), an adverb between name and verb (揭强|先后|来到); a
    one-character function word that is the surname of a one-character
    given name (区长|和/c|云/n|来到: a conjunction joins no single character
    to a title); a one-character word before a person's name, the first
    character of a compound surname (书记|长/a|孙斌峰/PER|来到).

    >>> # 区委书记储明带领工作组来到… -> '储明'
    """
    if not toks or toks[0].start != pos or toks[0].tag in ("PER", "w"):
        return None
    ends = {t.end for t in toks}
    initials = surname_initials() or frozenset()
    # 市委书记|尤/d|立成/v|来到: a surname the tagger read as a one-character
    # adverb or pronoun, then a word of the given name's kind (a conjunction or
    # preposition there joins a noun: 区长|和|群众|来到)
    odd_surname = len(toks[0].word) == 1 and toks[0].tag in ("d", "r") and text[pos] in initials \
        and len(toks) > 1 and toks[1].tag in GIVEN_NAME_WORD_TAGS
    found = []
    for length in (2, 3, 4):
        cand = text[pos:pos + length]
        if length == 4 and not (len(toks) > 1 and len(toks[0].word) == 1 and toks[0].tag in SURNAME_LIKE_TAGS
                                and toks[1].tag == "PER" and toks[1].end == pos + 4):
            continue  # four characters only as 长|孙斌峰: a compound surname read apart
        surname = (length == 2 and len(toks[0].word) == 1 and toks[0].tag in ("c", "p") and len(toks) > 1
                   and len(toks[1].word) == 1 and toks[1].tag in SURNAME_LIKE_TAGS and toks[1].end == pos + 2)
        # a word of the candidate must be a possible name; a word running past it is the tagger's glue
        if toks[0].end <= pos + length and toks[0].tag in NOT_NAME_TAGS | PLACE_LIKE_TAGS | {"r", "p", "c"} \
                and not surname and not (odd_surname and pos + length in ends and toks[1].end == pos + length):
            continue
        if toks[0].end == pos + length and toks[0].tag in ("n", "vn"):
            continue  # 代表|身份|到: one common noun is no name
        if any(t.tag == "u" and pos < t.start < pos + length for t in toks):
            continue  # 镇长|领/v|着/u|一行人来到: a particle closes a verb, no given name holds one
        if any(_name_tail_at(text, pos + k) is not None or ACCOMPANIED_AFTER.match(text, pos + k)
               or _leads_party_at(text, pos + k) or guide_close_at(text, pos + k) for k in range(2, length)):
            break  # 陆地|等陪同, 陆地|的陪同, 陆地|率调研组: the name ends where what follows a name starts
        if len(cand) == length and all(is_han(c) for c in cand) and not _titles().search(cand) \
                and cand not in words("group_words.txt"):
            skip = _person_act_after(text, toks, pos + length)
            if skip is not None:
                # the act right after it first, then the longer adverb (有建|分别深入, not 有建分|别深入)
                found.append((pos + length in ends, skip == 0, skip, length, cand))
    return max(found)[-1] if found else None


def follow_adverb_at(text: str, pos: int) -> bool:
    """Does an adverb of manner that follows a name (name_follow_adverbs.txt: 实地,
    亲自) start at `pos`?"""
    return pattern("name_follow_adverbs.txt").match(text, pos) is not None


def person_act_at(text: str, pos: int) -> bool:
    """What a person does at `pos`: their act (act_follows: 来到, 一行, 陪同,
    在X调研), a visit verb, a remark (说, 指出), or an activity at a venue
    (`_acts_in_at`: 在X主持)."""
    return act_follows(text, pos) or visit_verb_at(text, pos) or remark_acts().match(text, pos) is not None \
        or _acts_in_at(text, pos) or _adverb_then_visit_at(text, pos)


def joins_lead(text: str, first: int, after: int, others: list[int]) -> bool:
    """Is the official whose title starts at `first` (their name ending at
    `after`) a companion of a visit named before them: their clause opens with
    the title and name, then a together-adverb (together_adverbs.txt: 一同,
    一起, 一道; 也 or 还 may come first) and a visit verb (`visit_verb_at`:
    调研, 察看), and another official's mention (`others`: where each of their
    mentions starts, a bare name too: 随后，甲来到X，副区长乙一同调研) stands
    earlier in the same sentence, before this clause, with a visit told there.  They go with the
    lead as one who 陪同 does, so they are read as accompanying, not as a visitor of their own
    nor a bystander (in a sentence of their own they join the party: `joins_tour`).  A name listed with the lead in one
    clause (区委书记甲、区长乙一同来到) opens no clause: both lead; nor does a
    list of officials split by commas, with no visit told before the name
    (市人大代表甲，区政协委员乙一同来到: all of them lead).  Source:
    NEWC27 finding 9; docs/parser.md (companion shapes).

    >>> text = "区长甲来到东湖社区调研，副区长乙一同调研。"
    >>> joins_lead(text, 12, 16, [0]), joins_lead(text, 12, 16, [])
    (True, False)
    >>> joins_lead("区委书记甲、区长乙一同来到东湖社区。", 6, 9, [0])
    False
    >>> joins_lead("市人大代表甲，区政协委员乙一同来到东湖社区。", 7, 13, [0])
    False
    """
    opens = _together_clause(text, first, after)
    if opens is None:
        return False
    sentence = max(text.rfind(c, 0, opens) for c in "。！？!?\n") + 1
    # (the visit told before is the other official's, after their mention: 为深入践行…，书记甲，
    # 镇长乙一同深入X opens with 深入 as an adverb, before anyone is named; both lead.
    # Source: FAULTS32, p91: the town head of such a lede lost both stops)
    named = [other for other in others if sentence <= other < opens]
    return bool(named) and any(visit_verb_at(text, i) for i in range(min(named), opens))


def joins_tour(text: str, first: int, after: int, others: list[int]) -> bool:
    """Is the official whose title starts at `first` (their name ending at `after`)
    one who goes along with a tour told before, in a sentence of their own: the
    clause opens with the title and name, then a together-adverb and a visit verb
    (`together_adverbs.txt`, `visit_verb_at`: 副区长乙一同调研。), and another
    official is mentioned earlier in the text (`others`: where each mention starts)?
    `joins_lead` reads the same shape inside the sentence telling the lead's visit.
    The readable golds give such a leader the lead's stops (p134-09, p139-10: they
    investigate together, no one is shown round).

    >>> text = "区长甲来到东湖社区调研。副区长乙一同调研。"
    >>> joins_tour(text, 12, 16, [0]), joins_tour(text, 12, 16, [])
    (True, False)
    """
    opens = _together_clause(text, first, after)
    return opens is not None and any(other < opens for other in others)


def _together_clause(text: str, first: int, after: int) -> int | None:
    """Where the clause opens whose title and name start at `first` (the name ending at
    `after`) and go on with a together-adverb and a visit verb (副区长乙一同调研), or None
    (another shape, or a clause opening with other words or at the text's start)."""
    adverb = pattern("together_adverbs.txt", "[也还]?(?:{})").match(text, after)
    if adverb is None or not visit_verb_at(text, adverb.end()):
        return None
    opens = clause_start(text, first)
    return None if text[opens:first].strip() or opens == 0 else opens


def _adverb_then_visit_at(text: str, pos: int) -> bool:
    """Does a manner or sequence adverb (name_follow_adverbs.txt: 一同, 一起,
    共同; sequence_words.txt) start at `pos`, with a visit verb of two or more
    characters right after it (`visit_verb_at`: 调研, 察看)?  A companion
    named after a lead's visit (副旗长萨仁其其格一同调研) does that: the
    adverb and the verb after a title close the name before them, as a visit
    verb alone does.  Source: NEWC26 finding 3 (a transcribed name before
    一同调研 cut or lost).

    >>> _adverb_then_visit_at("一同调研。", 0), _adverb_then_visit_at("一起察看", 0), _adverb_then_visit_at("一同意见", 0)
    (True, True, False)
    """
    adverb = pattern("name_follow_adverbs.txt").match(text, pos) or pattern("sequence_words.txt").match(text, pos)
    return adverb is not None and visit_verb_at(text, adverb.end())


@cache
def _activity_verbs() -> re.Pattern:
    """Verbs of what an official does at a place (visit_verbs.tsv: activity:
    主持, 座谈, 出席)."""
    return compile_words(kind_words("visit_verbs.tsv", "activity"), "{}")


def _acts_in_at(text: str, pos: int) -> bool:
    """Does a phrase `在 VENUE ACTIVITY` start at `pos` (在镇政府会议室主持召开,
    在党群服务中心出席): 在, at most MAX_POST characters with no clause break,
    then an activity verb of two or more characters (visit_verbs.tsv: activity)?
    Only a person presides or attends: the words before it are its subject.

    >>> _acts_in_at("在镇政府会议室主持召开座谈会", 0), _acts_in_at("在会上指出", 0)
    (True, False)
    """
    def activity_at(k: int) -> bool:
        m = _activity_verbs().match(text, k)
        return m is not None and len(m.group(0)) >= 2

    return _verb_after_zai(text, pos, activity_at)


def _verb_after_zai(text: str, pos: int, verb_at) -> bool:
    """Does `在` start at `pos`, followed within MAX_POST characters and before
    any clause break by a position where `verb_at(k)` holds?  The scan shared by
    `_acts_in_at` and `_visits_in_at`.

    >>> _verb_after_zai("在村里走访", 0, lambda k: k == 3), _verb_after_zai("在村，走访", 0, lambda k: k == 3)
    (True, False)
    """
    if not text.startswith("在", pos):
        return False
    for k in range(pos + 2, min(len(text), pos + 1 + MAX_POST)):
        if text[k] in CLAUSE_STARTS:
            return False
        if verb_at(k):
            return True
    return False


@cache
def _attending_verbs() -> re.Pattern:
    """Verbs of what an official does at a place or an event: an activity or
    a presence (visit_verbs.tsv: activity, presence: 主持, 出席, 看望, 慰问) or a
    part in running the event (event_role_verbs.txt: 汇报, 介绍, 发言)."""
    return compile_words([*kind_words("visit_verbs.tsv", "activity", "presence"), *words("event_role_verbs.txt")], "{}")


def activity_verb_at(text: str, pos: int) -> bool:
    """Does a verb of attending of two or more characters (`_attending_verbs`:
    主持, 出席, 看望, 汇报) start at `pos`?  Right after a transcribed name read
    from a title (`transcribed_name`: 副县长那仁满都拉|主持召开, 副县长乌云其木格|
    看望) it is the person's act, as `在X主持` is (`_acts_in_at`).  Source: OFF35
    item 1 (a Mongolian name before 主持 or 看望 lost or cut).

    >>> activity_verb_at("主持召开会议", 0), activity_verb_at("看望慰问", 0), activity_verb_at("主任", 0)
    (True, True, False)
    """
    m = _attending_verbs().match(text, pos)
    return m is not None and len(m.group(0)) >= 2


# the longest list of units read before their people and the accompanying verb (旗水利局、交通运输局主要负责同志陪同)
UNITS_SPAN = 30


@cache
def _unit_people_accompany() -> re.Pattern:
    """Units (Han characters and 、, no clause break), their people left unnamed
    (`unit_people_words.txt`: 负责同志, 负责人) and an accompanying verb
    (`accompany_verbs.txt`: 陪同) right after them."""
    people = alternation(sorted(words("unit_people_words.txt"), key=len, reverse=True))
    verbs = alternation(sorted(words("accompany_verbs.txt"), key=len, reverse=True))
    return re.compile(rf"[{HAN}、]{{2,{UNITS_SPAN}}}?(?:{people})(?:{verbs})")


def _units_accompany_after(text: str, pos: int) -> bool:
    """Does a list of units whose unnamed people accompany open at `pos`
    (`_unit_people_accompany`: 旗水利局、交通局主要负责同志陪同)?  After a comma that
    follows a transcribed name (苏木党委书记乌云其木格，旗水利局主要负责同志陪同) the
    name's clause ends at the comma: the units' people are its next companions, as
    the next official's post is (`next_official_after_comma`).  Session 39 (p135:
    a Mongolian name before such a list lost with its post).

    >>> _units_accompany_after("县水利局、交通局主要负责同志陪同", 0), _units_accompany_after("县水利局负责同志介绍", 0)
    (True, False)
    """
    return _unit_people_accompany().match(text, pos) is not None


def next_official_after_comma(text: str, pos: int) -> bool:
    """Is `pos` a comma (，,) after which the next official's post opens: Han
    characters, no clause break, then a title (`_titles`), and then a Han
    character (the next name) — a list of officials split by commas
    (副旗长乌云其木格，苏木党委书记李明陪同), or a list of units whose unnamed people
    accompany (`_units_accompany_after`)?  The transcribed name before it
    ends at the comma, as a list item ends at 、 (`transcribed_name`).
    Source: OFF35 item 1 (p105: a Mongolian name before such a comma lost).

    >>> next_official_after_comma("，乡党委书记赵亮陪同", 0), next_official_after_comma("，来到乡里", 0)
    (True, False)
    """
    if pos >= len(text) or text[pos] not in "，,":
        return False
    if _units_accompany_after(text, pos + 1):
        return True
    title = _titles().search(text, pos + 1, pos + 1 + MAX_POST)
    return title is not None and all(is_han(c) for c in text[pos + 1:title.end() + 1]) \
        and title.end() < len(text)


@cache
def time_words() -> frozenset[str]:
    """The time words the project knows (date_relative_days.tsv, post_time_words.txt,
    scene_time_words.txt: 次日, 当日, 近日, 当晚)."""
    relative = (row[0] for row in table("date_relative_days.tsv"))
    return frozenset((*relative, *words("post_time_words.txt"), *words("scene_time_words.txt")))


def adverb_of_acts(word: str) -> bool:
    """Is `word` an adverb written before a person's act (name_follow_adverbs.txt:
    亲自, 全力, 马上; sequence_words.txt: 随后, 先后), not a name however the
    tagger reads it?

    >>> adverb_of_acts("全力"), adverb_of_acts("随后"), adverb_of_acts("任重")
    (True, True, False)
    """
    return word in words("name_follow_adverbs.txt") or word in words("sequence_words.txt")


def words_after_person(text: str, pos: int, end: int, word: Token | None) -> bool:
    """Do the characters from `pos` to `end` (two, after a name the analyser
    read as one person; `word` is its word starting at `pos`, if any) open
    what follows a person and is never a name's part?  A party word
    (group_words.txt: 一行), a leading verb (`_leads_party_at`: 带队, 率队), a
    sequence, together or split word (随后, 一同, 分别) before an act, or one
    word ending at `end`, a time (the analyser's TIME or the project's time
    words: 深夜, 当晚) or a verb of the manner or means of going (踏雪/v,
    步行/v, 驱车/v), with the person's act right after it (来到, 走访).

    >>> from kg.analyse import Token
    >>> words_after_person("林涛一行来到石门村", 2, 4, Token("一行", "m", 2, 4))
    True
    >>> words_after_person("林涛深夜来到石门村", 2, 4, Token("深夜", "TIME", 2, 4))
    True
    >>> words_after_person("孙立强调研石门村", 2, 4, Token("强调", "v", 2, 4))
    False
    """
    if pattern("group_words.txt").match(text, pos) or _leads_party_at(text, pos):
        return True
    seq = pattern("sequence_words.txt").match(text, pos) or pattern("together_adverbs.txt").match(text, pos) \
        or pattern("visit_split_words.txt").match(text, pos)
    if seq is not None and seq.end() <= end and person_act_at(text, seq.end()):
        return True
    if word is None or word.end != end or not (word.tag in ("TIME", "v", "vd") or word.word in time_words()):
        return False
    return person_act_at(text, end)


BRAVED = 12  # characters of what is braved (零下二十多度的严寒)


@cache
def braving() -> re.Pattern:
    """A manner phrase of braving the weather or the way (name_braving_verbs.txt: 冒着, 顶着,
    踏着 + at most BRAVED characters of one clause + a comma) ending before the act it goes
    with: 冒着零下二十多度的严寒，|深入X (`act_follows` asks for the act at the match's end).

    >>> braving().match("冒着严寒，深入牧区").group(0)
    '冒着严寒，'
    """
    verbs = alternation(words("name_braving_verbs.txt"))
    return re.compile(f"(?:{verbs})[{HAN}\\d]{{1,{BRAVED}}}[，,]")


# (~24 calls a report, two in five repeating one made before: the officials' frames ask at one
# name's end in turn; a function of its arguments and the lexicons only, so its last answers
# are kept.  Bounded: a few reports' calls, keyed by the report's own text)
@lru_cache(maxsize=512)
def act_follows(text: str, pos: int) -> bool:
    """A person's act at `pos` (acts_as_person), or after a sequence adverb
    (sequence_words.txt: 先后来到, 随后前往, 也来到), a manner adverb
    (name_follow_adverbs.txt: 一同来到, 亲自带队) or a split word
    (visit_split_words.txt: 分别来到, 分头带队), or after a word that
    follows a name (_name_tail_at: 王明等陪同, 王明同志到), or the
    accompanied person's 的陪同 (在王明的陪同下), or the frame of the one
    accompanied (王明|在李红陪同下) or guided (王明|在李红的带领下: `guided_at`),
    the guide's own close (李红|的带领下: `_guide_close_at`), or taking part
    (visit_join_words.txt: 王明|参加)."""
    seq = pattern("sequence_words.txt").match(text, pos) or pattern("name_follow_adverbs.txt").match(text, pos) \
        or pattern("visit_split_words.txt").match(text, pos) \
        or braving().match(text, pos)  # 艾山·吐尔洪|分别来到: a party splitting; 苏和巴特尔|冒着严寒，深入: a manner phrase
    return acts_as_person(text, pos) or (seq is not None and acts_as_person(text, seq.end())) \
        or _name_tail_at(text, pos) is not None or ACCOMPANIED_AFTER.match(text, pos) is not None \
        or ACCOMPANIED_FRAME.match(text, pos) is not None or pattern("visit_join_words.txt").match(text, pos) is not None \
        or guided_at(text, pos) or guide_close_at(text, pos) or _visits_in_at(text, pos)


def _visits_in_at(text: str, pos: int) -> bool:
    """Does a phrase `在 PLACE VISIT-VERB` start at `pos` (在青禾社区调研时指出,
    在石桥村走访): 在, at most MAX_POST characters with no clause break, then a
    visit verb of two or more characters (`visit_verb_at`: 调研, 走访, 察看)?
    Only a person visits somewhere: the words before it are its subject.

    >>> _visits_in_at("在青禾社区调研时指出", 0), _visits_in_at("在石桥村召开会议", 0)
    (True, False)
    """
    return _verb_after_zai(text, pos, lambda k: visit_verb_at(text, k))


def _name_tail_at(text: str, pos: int) -> int | None:
    """Where a word that follows a person's name (name_tail_words.txt: 同志,
    等) ends, when one starts at `pos` and the person's act (a movement,
    leading, accompanying or visit verb, a remark, 到 too) or the clause's
    end follows it; else None.  The word marks the characters before it as a
    person where they are also a common word (陆地等陪同, 黄河同志到).

    >>> _name_tail_at("陆地等陪同。", 2), _name_tail_at("黄河同志到村里", 2), _name_tail_at("工作等方面", 2)
    (3, 4, None)
    >>> _name_tail_at("夏天等人到村里", 2), _name_tail_at("黄河同志等人到村里", 2)
    (4, 6)
    """
    tail = pattern("name_tail_words.txt").match(text, pos)
    if tail is None:
        return None
    end = tail.end()
    more = pattern("name_tail_words.txt").match(text, end)
    if more is not None and more.group(0) != tail.group(0):
        end = more.end()  # 黄河同志|等人|到: the term of respect, then the plural (session 55, names55)
    if end >= len(text) or text[end] in CLAUSE_STARTS or acts_as_person(text, end) \
            or move_verbs().match(text, end) or visit_verb_at(text, end) or remark_acts().match(text, end):
        return end
    return None


def fit_to_person_act(text: str, toks: list[Token], pos: int, name: str) -> str:
    """The name read at `pos`, moved by one character where the tagger's
    person word and the person's act that follows disagree: a title before,
    a person's act after (a party word, a verb of two or more characters,
    after any sequence adverb) place the name between them.

    - one character too many, the act's first (池志先|后来到 → 池志 先后来到,
      秦军来|到 → 秦军 来到), for a name of three characters or more;
    - the characters of an act the tagger read into the name (丁一带队/PER到,
      苏醒率/nz调研组, 丁一等/PER陪同: a verb of two characters or more that
      ends at the name's end or beyond, 率 with its party, a word that
      follows names), cut off;
    - one character too few (郝斌|超|率队, 屈|建|一行, 令狐|超|一行), where
      that character is no function word, adverb or time and starts no act
      or sequence adverb itself (王明|等|来到, 王明|也|来到 stay 王明)."""
    if not name:
        return name
    end = pos + len(name)
    for k in range(2, len(name)):
        verb = person_verbs().match(text, pos + k)
        if (verb and len(verb.group(0)) >= 2 and verb.end() >= end) or _leads_party_at(text, pos + k) \
                or _name_tail_at(text, pos + k) is not None:
            return name[:k]  # 丁一带队/PER|到, 苏醒率/nz|调研组, 丁一等/PER|陪同: what follows the name, run into it
    if act_follows(text, end):
        return name
    if len(name) >= 3 and is_han(name[-1]) and act_follows(text, end - 1):
        return name[:-1]
    nxt = next((t for t in toks if t.start == end), None)
    if len(name) < 4 and end < len(text) and is_han(text[end]) and act_follows(text, end + 1) \
            and (nxt is None or nxt.tag not in NOT_GIVEN_NAME_TAGS) \
            and not pattern("sequence_words.txt").match(text, end) and not person_verbs().match(text, end):
        return name + text[end]
    return name


def _person_act_after(text: str, toks: list[Token], pos: int) -> int | None:
    """Does a person's verb start at `pos` (带领, 率, 来到), or after a party
    word (一行来到) or a sequence adverb (sequence_words.txt: 先后来到)?  Then
    0.  After one adverb the tagger marks (分别来到, 先|后来|到: the tagger
    may run the adverb into the verb), the adverb's length.  Else None."""
    if person_verbs().match(text, pos) or guide_close_at(text, pos) or guided_at(text, pos):
        return 0  # 来到; 任重|的带领下 (a guide's phrase closing after the name); 高山|在X的带领下来到
    seq = pattern("sequence_words.txt").match(text, pos)
    if seq and acts_as_person(text, seq.end()):
        return 0  # 揭强|先后|来到: a sequence adverb between name and verb
    party = pattern("group_words.txt").match(text, pos)
    if party:
        return 0 if person_verbs().match(text, party.end()) else None
    adverb = next((t for t in toks if t.start == pos), None)
    if adverb is None or adverb.tag != "d" or len(adverb.word) > 2:
        return None
    # a two-character verb within two characters
    for end in range(adverb.end, min(pos + 2, len(text)) + 1):
        verb = person_verbs().match(text, end)
        if verb and len(verb.group(0)) >= 2:
            return end - pos
    return None


def given_name_read_as_verb(text: str, toks: list[Token]) -> bool:
    """After a title, a surname the tagger read alone as a person (蓝/PER), a
    word of two Han characters it read as a verb, then a movement verb
    (`visit_verbs.tsv` move, 到 too): the two characters are the given name
    (县长蓝|启航|到甲溪乡), not the person's act, unless they are an act of
    their own (leading, moving, accompanying: 王|带队|到) or an adverb of manner
    (`name_follow_adverbs.txt`: 李|亲自|到).

    >>> from kg.analyse import Token
    >>> given_name_read_as_verb("蓝启航到", [Token("蓝", "PER", 0, 1), Token("启航", "v", 1, 3), Token("到", "v", 3, 4)])
    True
    >>> given_name_read_as_verb("王带队到", [Token("王", "PER", 0, 1), Token("带队", "v", 1, 3), Token("到", "v", 3, 4)])
    False
    """
    if len(toks) < 3 or toks[0].tag != "PER" or not (len(toks[0].word) == 1 or compound_surname(toks[0].word)):
        return False  # (欧阳/PER|建国/v|来到: a compound surname read alone, as a one-character one is)
    given, verb = toks[1], toks[2]
    return len(given.word) == 2 and all(is_han(c) for c in given.word) and given.tag == "v" \
        and verb.start == given.end and move_verbs().match(text, verb.start) is not None \
        and not person_verbs().match(text, given.start) and not follow_adverb_at(text, given.start)


def compound_surname(word: str) -> bool:
    """Is `word` a surname of two characters (surnames.txt: 欧阳, 司马)?

    >>> compound_surname("欧阳"), compound_surname("王明")
    (True, False)
    """
    return len(word) == 2 and word in words("surnames.txt")


def verb_then_verb(toks: list[Token], pos: int, length: int) -> bool:
    """Is text[pos:pos+length] one verb, adjective or adverb followed by a
    verb (乡长|冒雪|入户|走访)?  After a title that is what the person did, in a
    headline's short style, not their name."""
    first = next((t for t in toks if t.start == pos), None)
    return first is not None and first.end == pos + length and first.tag in ONE_WORD_NOT_NAME_TAGS \
        and verb_follows(toks, first.end)


def verb_follows(toks: list[Token], pos: int) -> bool:
    """Does a word tagged as a verb start at `pos`?"""
    return any(t.start == pos and t.tag in ("v", "vd", "vn") for t in toks)


def addressed_by_courtesy(name: str) -> bool:
    """A surname (one or two characters) and a term of address
    (name_address_terms.txt: 施阿姨, 钱先生): a person named by courtesy is a
    resident, not an official with a post (an official is named in full)."""
    m = pattern("name_address_terms.txt", "(?:{})$").search(name)
    return m is not None and 1 <= m.start() <= 2 or familiar_form(name)


def familiar_form(name: str) -> bool:
    """A familiar prefix (`name_familiar_prefixes.txt`: 老, 小) and a surname alone
    (`surnames.txt`): 老李, 小许, 老欧阳 — a person called as neighbours call one another,
    no official's full name.  Source: FAULTS45_p165.

    >>> familiar_form("老李"), familiar_form("小许"), familiar_form("李小明"), familiar_form("老区")
    (True, True, False, False)
    """
    return name[:1] in words("name_familiar_prefixes.txt") and name[1:] in _surnames()


@cache
def _surnames() -> frozenset[str]:
    """The surnames of `surnames.txt` (one or two characters)."""
    return frozenset(words("surnames.txt"))


def same_person_longer(repeated: str, name: str) -> bool:
    """Does the report's repeated form correct the tagger's reading: longer
    (简斌|红 → 简斌红), or shorter by a conjunction it ran into (成明和 → 成明)?"""
    if len(repeated) > len(name):
        return repeated.startswith(name)
    return len(repeated) < len(name) and name.startswith(repeated) and name[len(repeated)] in CONJUNCTIONS


def clause_start(text: str, pos: int) -> int:
    """Offset just after the clause end before `pos` (0 if none)."""
    cut = None
    for cut in CLAUSE_END.finditer(text, max(0, pos - 40), pos):
        pass
    return cut.end() if cut else max(0, pos - 40)
