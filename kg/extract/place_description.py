"""A description sentence: a place as the subject of a copula or a verb of
having, lying or belonging (`place_description_verbs.txt`: X村是全镇最大的村,
X社区现有楼栋四十栋, X镇地处山区).

The sentence describes the place; it tells nothing about where the officials
are.  A paragraph it opens is about the place only when the report has been
there (a stop of the tour told before, or a place inside one) or an official
acts in the paragraph (X村地处山区，…。王明详细了解了情况: they are there);
otherwise the scene stays where the officials are (a reception venue, the stop
before).  The scene moves only with
an official's move verb or a sentence-opening 在X (kg.extract.visits,
kg.extract.issue_scene).

Source: FAULTS29 kind 8 (a place-subject description sentence moved the issues
of a reception away from its venue).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.lexicons import compile_words, pattern, raising_acts, words
from kg.extract.sentences import CLAUSE_END

# words opening with a predicate's character that are no predicate (X村有关负责人: the village's officials)
NOT_PREDICATE = ("有关", "是否", "离开", "离任")


@cache
def _predicate() -> re.Pattern:
    """A description predicate (`place_description_verbs.txt`), longest first."""
    return pattern("place_description_verbs.txt")


@cache
def _speaking() -> re.Pattern:
    """A verb of speaking or raising (`issue_speech_verbs.txt`, `issue_acts.tsv`: 反映, 提出)."""
    return compile_words([*words("issue_speech_verbs.txt"), *raising_acts()])


def describes(text: str, end: int) -> bool:
    """Is the place written ending at `end` the subject of a description predicate
    right after it, in a clause that names no residents (X村有村民反映 is people
    raising, X社区是…安置社区 a description)?

    >>> describes("石门村是全镇最大的村，", 3), describes("石门村地处深山。", 3)
    (True, True)
    >>> describes("石门村有村民反映，路太窄", 3), describes("石门村，村民反映路窄", 3)
    (False, False)
    >>> describes("石门社区现有居民楼三十栋，", 4)
    True
    """
    m = _predicate().match(text, end)
    if m is None or text.startswith(NOT_PREDICATE, end):
        return False
    stop = CLAUSE_END.search(text, m.end())
    clause = text[m.end() : stop.start() if stop else len(text)]
    # (residents in the clause who speak or raise: people of the place, not the place
    # described; 居民楼三十栋 names no one speaking)
    people = pattern("issue_raisers.txt").search(clause)
    return people is None or not _speaking().search(clause, people.end())


SENTENCE_OPEN = "。！？!?\n；;"


def opens_description(text: str, at: int, written: str) -> bool:
    """Is the place `written` at `at` the subject opening a description sentence
    (a sentence start before it, `describes` after it)?

    >>> opens_description("来到北岭村。南坳村地处深山。", 6, "南坳村"), opens_description("来到南坳村地处", 2, "南坳村")
    (True, False)
    """
    before = text[:at].rstrip(" \t\u3000")
    return (not before or before[-1] in SENTENCE_OPEN) and describes(text, at + len(written))
