"""Places written as a class rather than as one place: `老旧小区`, `几个安置小区`.

Reads a leaf segment or a phrase in its text and tells whether it names a
class of places (an estate's kind, `estate_class`), a quantified set
(`quantified_leaf`), or a phrase the report also writes after a quantifier
(`written_as_class`); gives yes or no, or the segment without the class.

>>> quantified_leaf("几个安置小区")
True
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.lexicons import alternation, words
from kg.extract.place_proper_part import covered, determiners, has_proper_part, name_opening_like_determiner, unit_kinds
from kg.extract.place_suffixes import CLASSIFIERS, NUMERAL, SUFFIX_WINDOW, Segment, suffix_at


def estate_class(seg: Segment) -> bool:
    """Is `seg` an estate named by a kind of unit alone (`place_unit_kinds.txt`: 老旧小区,
    安置小区), so that after a named area (青云街道老旧小区改造) it is the area's estates of
    that kind, a class, no one estate?  Source: FAULTS35_p103 (a headline's 调研X街道老旧小区
    改造 made a stop of the class).

    >>> estate_class(Segment("老旧小区", "HousingEstate", "site")), estate_class(Segment("翠湖小区", "HousingEstate", "site"))
    (True, False)
    """
    hit = suffix_at(seg.text, len(seg.text))
    return seg.type == "HousingEstate" and bool(hit) and seg.text[: len(seg.text) - hit[0]] in unit_kinds()


def estate_then_class(seg: Segment) -> Segment | None:
    """The named estate or lane opening `seg` when the rest of it is a class of its
    kind written in generic words (`covered`: 老旧小区, 背街小巷), read as one name by
    the segmenter (红星小区老旧小区, of 红星小区老旧小区改造项目: the estate renovated as
    an old one; 金桥巷背街小巷照明: the lane's lights); None otherwise.  A kind word
    of the estate itself (康宁苑安置小区: one estate named with its kind, 阳光花园小区)
    is no class: the class has a word before its type word.  Source: FAULTS37_p116 (a
    county head's 查看X小区老旧小区改造项目 lost the estate).

    >>> estate_then_class(Segment("红星小区老旧小区", "HousingEstate", "site")).text
    '红星小区'
    >>> estate_then_class(Segment("金桥巷背街小巷", "HousingEstate", "site")).text
    '金桥巷'
    >>> [estate_then_class(Segment(t, "HousingEstate", "site")) for t in ("康宁苑安置小区", "阳光花园小区")]
    [None, None]
    """
    if seg.type != "HousingEstate":
        return None
    hit = suffix_at(seg.text, len(seg.text))
    for k in range(len(seg.text) - 3, 1, -1):
        inner = suffix_at(seg.text, k)
        rest = seg.text[k:]
        if not inner or inner[1] != "HousingEstate" or not hit or len(rest) - hit[0] < 2 or not covered(rest):
            continue
        # the rest is a class (老旧小区, 背街小巷) ending in the type word that ends the named
        # part before it (红星小区|老旧小区, 金桥巷|背街小巷); 康宁苑|安置小区 is one estate named
        # with its kind (苑 is no 小区)
        if has_proper_part(seg.text[: k - inner[0]]) and rest.endswith(seg.text[k - inner[0]:k]):
            return Segment(seg.text[:k], seg.type, seg.level)
    return None


def quantified_leaf(segment_text: str) -> bool:
    """Does a segment open with a determiner or quantifier (`place_determiners.txt`,
    `place_quantifiers.txt`: 部分, 各, 一些, 有关…), so that after a named parent it
    names some of the parent's units, none by name (X镇|部分村, X街道|各社区,
    X区|一些小区)?  A name opening like a determiner (那平村) is a name.
    Source: STOPS26 (a visit `到X镇部分村庄` went to a place 部分村).

    >>> quantified_leaf("部分村"), quantified_leaf("各社区"), quantified_leaf("有关社区"), quantified_leaf("那平村")
    (True, True, True, False)
    >>> quantified_leaf("新华村")
    False
    """
    name = segment_text.strip("“”\"")
    if name_opening_like_determiner(name[:2]) and not _quantifiers().match(name):
        return False
    return bool(_quantifiers().match(name) or determiners().match(name))


@cache
def _quantifiers() -> re.Pattern:
    """The words of `place_quantifiers.txt` opening a text (部分, 一些, 各)."""
    return re.compile(alternation(words("place_quantifiers.txt")))


@cache
def _quantifier_before() -> re.Pattern:
    """A quantifier of a set (`place_quantifiers.txt`) or a count ending right
    where a place phrase starts (部分|X小区, 三个|X小区)."""
    return re.compile(f"(?:{alternation(words('place_quantifiers.txt'))}|{NUMERAL}+余?[{CLASSIFIERS}])$")


# X小区23个，: a count of them closing the clause (not A和B两个小区: a list's count before its type word)
COUNT_AFTER = re.compile(f"{NUMERAL}+余?个(?=[，。；,;\\s]|$)")


def written_as_class(text: str, phrase: str) -> bool:
    """Does the report write `phrase` (one place segment, 弃管小区) after a
    quantifier or with a count somewhere (辖区部分弃管小区, 共有弃管小区23个)?
    A proper name takes neither, so the phrase names a class of places,
    not one place to visit.

    >>> written_as_class("走访弃管小区。辖区部分弃管小区无人管理。", "弃管小区")
    True
    >>> written_as_class("走访青禾小区。青禾小区建于1990年。", "青禾小区")
    False

    Answered once a phrase a report: the answers for the last text asked
    about are kept (a long report asks about the same phrase at every
    sentence naming it, each answer a search of the whole text: issue 10).
    """
    global _class_answers
    answers = _class_answers
    if answers[0] is not text:  # (identity: a report's text is one object, and a new one starts afresh)
        answers = _class_answers = (text, {})
    got = answers[1].get(phrase)
    if got is None:
        got = answers[1][phrase] = _written_as_class(text, phrase)
    return got


_class_answers: tuple[str, dict[str, bool]] = ("", {})  # (text, phrase -> written_as_class)


def _written_as_class(text: str, phrase: str) -> bool:
    det = _quantifier_before()
    at = text.find(phrase)
    while at >= 0:
        if det.search(text, max(0, at - SUFFIX_WINDOW), at) or COUNT_AFTER.match(text, at + len(phrase)):
            return True
        at = text.find(phrase, at + 1)
    return False
