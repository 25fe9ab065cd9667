"""A visit verb inside the words someone reports is no visit (session 18).

`有乘客建议，增开到火车站的专线` (a residents' word, or 有 someone unnamed) or `站长汇报，货车只能开到北码头卸货`: the
movement verb belongs to what the residents or the stop's cadre say, not to the
official touring.  The speaker's act comes from the raising lexicons the issue
frames read (`issue_raisers.txt`, `issue_speech_verbs.txt`, `issue_acts.tsv`).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.lexicons import alternation, pattern, raising_acts, words
from kg.extract.place_suffixes import suffix_at
from kg.extract.sentences import clause_marks

# what may stand before a residents' word in its clause (有, 还有, 也有, 另有两位…)
CLAUSE_OPENING = 3
# a time clause (听取村民反映后，…; 村民反映时，…) or a noun phrase (村民反映的问题) is no report
SUBORDINATE = re.compile(r"[^，,：:；;。]*?(?:后|时|的)")
CLAUSE_MARK = clause_marks(stops=False)  # a clause inside the sentence (，：；)
NO_ONE = "没有"  # the 有 of a negation: 没有通知街道 names no one who speaks


@cache
def speech_acts() -> str:
    """The acts of speaking, as one regex alternation: the quotation verbs
    (`issue_speech_verbs.txt`: 说, 讲, 发言) and the raising acts
    (`lexicons.raising_acts`: 反映, 提出, 吐苦水).

    >>> import re; bool(re.fullmatch(speech_acts(), "反映")), bool(re.fullmatch(speech_acts(), "来到"))
    (True, False)
    """
    return alternation([*words("issue_speech_verbs.txt"), *raising_acts()])


@cache
def _residents_report() -> re.Pattern:
    """A residents' word, or 有 (someone unnamed: 有乘客建议), opening its
    clause, then within four characters an act of speaking."""
    return re.compile(f"(?:{alternation(words('issue_raisers.txt'))}|有)[^，,。；：]{{0,4}}?(?:{speech_acts()})")


@cache
def _spoken_with() -> re.Pattern:
    """A preposition making the residents after it the partners or addressees of the
    official's act (与村干部座谈, 向村民了解): `partner_prepositions.txt`,
    `issue_addressee_markers.txt`; they report nothing there."""
    return re.compile(f"(?:{alternation([*words('partner_prepositions.txt'), *words('issue_addressee_markers.txt')])})$")


@cache
def _speaker_report() -> re.Pattern:
    """Right after a named speaker (at most two adverbs): an act of speaking."""
    return re.compile(f"[^，,。；：]{{0,2}}?(?:{speech_acts()})")


def in_reported_words(text: str, speaker_end: int, verb: int, start: int) -> bool:
    """Is the visit verb at `verb` inside words reported in its sentence
    (starting at `start`): a clause opened by a residents' word and an act of
    speaking (`issue_raisers.txt` + `issue_speech_verbs.txt`/`issue_acts.tsv`), or
    an act right after the last person named (ending at `speaker_end`), then a
    clause mark before the verb?  An act opening a time clause or a noun phrase
    (`村民反映后`, `村民反映的问题`) reports nothing.

    Args: text, and offsets into it with start <= speaker_end <= verb.
    Returns: bool; raises nothing.

    >>> t = "王明来到车站。有旅客建议，增开到火车站的专线。"
    >>> in_reported_words(t, 7, t.index("到火"), 7)
    True
    >>> t = "王明听取村民反映后，来到新桥村。"
    >>> in_reported_words(t, 2, t.index("来到"), 0)
    False
    >>> t = "县长来到柳村，与村干部座谈，随后来到3组。"
    >>> in_reported_words(t, 2, t.index("来到3"), 0)
    False
    >>> t = "站长李平汇报，货车只能开到北码头卸货。"
    >>> in_reported_words(t, 4, t.index("到北"), 0)
    True
    >>> t = "乡长王明与副乡长周建国一道，深入青山村走访。"
    >>> in_reported_words(t, t.index("一道"), t.index("深入"), 0)
    False
    >>> t = "区长王明没有通知街道，直接走进青山小区。"
    >>> in_reported_words(t, 4, t.index("走进"), 0)
    False
    """
    lo = max(start, speaker_end)
    found = []
    for m in _residents_report().finditer(text, lo, verb):
        if text.startswith(NO_ONE, m.start() - 1) or suffix_at(text, m.end()):
            # 没有通知街道，走进X: 没有 is a negation (no one unnamed), and an act ending in a
            # place's type word (街道 holds 道) is that place named, no one speaking (session 54)
            continue
        opening = max([lo, *(k.end() for k in CLAUSE_MARK.finditer(text, lo, m.start()))])
        if m.start() - opening <= CLAUSE_OPENING and not _spoken_with().search(text, opening, m.start()):
            found.append(m.end())
    own = _speaker_report().match(text, speaker_end, verb) if speaker_end > start else None
    if own and pattern("together_adverbs.txt", "[也还]?(?:{})").fullmatch(text, speaker_end, own.end()):
        own = None  # 甲与乙一道，深入X: 一道 (together) ends in 道, no act of speaking
    if own:
        found.append(own.end())
    for end in found:
        mark = CLAUSE_MARK.search(text, end, verb)
        if mark and not SUBORDINATE.match(text, end, mark.start()):
            return True
    return False


# the one movement verb that joins two places into a route (村里到镇上的路, 嘎查到苏木的信号)
ROUTE_VERB = "到"
BETWEEN = "之间"  # after a route's far end: the stretch between its two places


def route_between(text: str, verb: int, object_end: int) -> bool:
    """Is the `到` at `verb` the middle of a route named as a thing (`嘎查到苏木的
    手机信号`, `青石村到镇上的公路`): a place's type word right before it and a
    `的` after its object, ending at `object_end`?  What is told is the road or
    the line between two places, not anyone going there.

    >>> t = "二是嘎查到苏木的手机信号不稳定"
    >>> route_between(t, t.index("到"), len(t))
    True
    >>> t = "小区到公交站之间的人行道没有坡道"
    >>> route_between(t, t.index("到"), t.index("之"))
    True
    >>> t = "居民说，青石村到柳村的机耕路塌了"
    >>> route_between(t, t.index("到"), t.index("的"))
    True
    >>> t = "王明到青石村的田间察看"
    >>> route_between(t, t.index("到"), t.index("察"))
    False
    """
    if not text.startswith(ROUTE_VERB, verb) or not suffix_at(text, verb):
        return False
    # (or 之间 right after the object: 小区到公交站之间的人行道, the stretch between the two;
    # FAULTS36_p118: the bus stop became a stop of the visit and took the complaint)
    # (的 may close the far end's name itself: 茶村到杉村的通组公路, FAULTS40_p140, where
    # the far village became a stop of the reception and took every complaint)
    return text.find("的", verb + len(ROUTE_VERB), object_end + 1) >= 0 or text.startswith(BETWEEN, object_end)


# before a residents' word opening the speaker's clause: a short modifier (72岁的, 退休的, 老)
SPEAKER_MODIFIER = 8


@cache
def _resident_speaks() -> re.Pattern:
    """A clause whose subject is residents (`issue_raisers.txt`, or a person named by
    courtesy, `name_address_terms.txt`: 退休教师刘老师; at most a short modifier
    before it: 72岁的张大爷, 居民王师傅), an act of speaking within four
    characters (`issue_speech_verbs.txt`, `issue_acts.tsv`), at most an addressee
    (告诉区长), then a clause mark: what follows is their words."""
    return re.compile(
        f"([^，,。；：:！？]{{0,{SPEAKER_MODIFIER}}}?)(?:{alternation([*words('issue_raisers.txt'), *words('name_address_terms.txt')])})"
        f"[^，,。；：:！？]{{0,4}}?({speech_acts()})[^，,。；：:！？]{{0,6}}?[，,：:]"
    )


def pronoun_in_residents_words(text: str, start: int, pos: int, people: list[int]) -> bool:
    """Is the 他/她 at `pos` the residents' own, inside the words a resident
    speaking reports in its sentence (starting at `start`)?  `居民王师傅说，他去年到
    区政务中心办事` and `张大爷告诉区长，她女儿…`: the pronoun stands for the speaker, not
    for the official touring, so what it does (到X, 在X) is no visit.

    The latest clause before `pos` opened by a residents' speech act
    (`_resident_speaks`) decides, when no one at `people` (the offsets of the
    officials and parties named in the sentence) is its subject — one after a
    preposition of address (`recipient_markers.txt`: 向区长反映) is spoken to — and
    no one at `people` is named between it and the pronoun (`居民说，王明听后表示，他…`).
    A residents' word after a preposition of company (`与村民座谈，他…`) is no speaker.

    Args: text, offsets start <= pos, people sorted or not.  Returns: bool.

    >>> t = "居民王师傅说，他去年到区政务中心办事。"
    >>> pronoun_in_residents_words(t, 0, t.index("他"), [])
    True
    >>> t = "区长王明对居民说，他会再来。"
    >>> pronoun_in_residents_words(t, 0, t.index("他"), [2])
    False
    """
    spoken_to = set(words("recipient_markers.txt"))
    openings = [start, *(m.end() for m in CLAUSE_MARK.finditer(text, start, pos))]
    for opening in reversed(openings):
        m = _resident_speaks().match(text, opening, pos)
        if not m or m.end() > pos:
            continue
        if SUBORDINATE.match(text, m.end(2), m.end()):
            continue  # 居民反映后，: a time clause reports nothing
        before = text[opening : m.end(1)]
        if before.endswith(tuple(words("partner_prepositions.txt"))):
            return False  # 与村民座谈：the residents are partners of someone else's act
        if any(m.end() <= p < pos for p in people):
            return False
        # a person before the act, not after a preposition of address, is its subject
        # (one after the act, 告诉区长，, is spoken to)
        return not any(opening <= p < m.start(2) and text[p - 1 : p] not in spoken_to for p in people)
    return False


@cache
def _one_resident_opening() -> re.Pattern:
    """A clause opening (at most a short modifier: 72岁的, 居民) with one resident:
    named by courtesy (张大爷, 刘老师: a surname, `surnames.txt`, and a term of
    address, `name_address_terms.txt`) or counted as one (一位老党员, 这位村民:
    `issue_raisers.txt`).  Many residents (村民们, 居民) are no antecedent of 他/她."""
    surnames = alternation(words("surnames.txt"))
    terms = alternation(words("name_address_terms.txt"))
    raisers = alternation(words("issue_raisers.txt"))
    return re.compile(
        f"[^，,。；：:！？]{{0,{SPEAKER_MODIFIER}}}?(?:(?:{surnames})(?:{terms})|(?:[一这那另有]位|一名)[^，,。；：:！？]{{0,4}}?(?:{raisers}))"
    )


def resident_subject(text: str, start: int, end: int, people: list[int]) -> bool:
    """Does the sentence text[start:end] open with one resident as its subject
    (`_one_resident_opening`: 居民张大爷是…, 72岁的李阿姨独自…) and name no official or
    party at all (`people`: their offsets)?  Then a 他/她 after it, in it or opening
    the next sentence, stands for that resident (`他年轻时到X当过主任` is no stop of the
    official touring).  A sentence naming an official too (张大爷拉着区长的手) is left:
    who 他 is then is not told by the order alone.

    >>> t = "居民张大爷是社区的老党员。"
    >>> resident_subject(t, 0, len(t), []), resident_subject("区长看望了张大爷。", 0, 9, [0])
    (True, False)
    """
    if any(start <= p < end for p in people):
        return False
    return _one_resident_opening().match(text, start, end) is not None
