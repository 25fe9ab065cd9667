"""Companions: which officials listed before or after an accompanying frame
(…等陪同, 在…的陪同下, 陪同调研的有) accompany, and who set out together with
a named official.

Reads the text and the found officials; marks `OfficialInfo.accompanying`
for the officials orchestrator.
"""

from __future__ import annotations

import re

from kg.extract.guides import host_leads
from kg.extract.lexicons import pattern, words
from kg.extract.official_holders import OfficialInfo
from kg.extract.official_mentions import occurrences
from kg.extract.official_titles import ACCOMPANYING_LIST


# the verbs whose object is the official accompanied (街道党工委书记甲陪同区长乙来到, 甲陪着乙):
# of the companion markers, the ones that do not make the name after them accompany (accompany_verbs.txt)
ACCOMPANY_VERBS = frozenset(words("accompany_verbs.txt"))


# a list of posts and names closed by 陪同: `…等陪同`, `在…的陪同下`; not 陪同人员
# (王明及陪同人员: the staff who accompany him)
LISTED_BEFORE_ACCOMPANYING = re.compile(r"[等的]?陪同(?!人员|者)")


def together_with_named(text: str, first: int, found: dict[str, OfficialInfo]) -> bool:
    """Does a together-word (together_adverbs.txt: 一同, 一齐, 结伴) stand right
    before the title or name starting at `first`, right after the name of an
    official already read (县长甲一同副县长乙来到X, 甲结伴乙来到X)?  Written
    between two names it takes the second as its object, as 携 does: the first
    official goes with the second along, the second accompanies (the together-words
    are one class, whether they stand after both names, 甲、乙一同来到, or
    between them).  Source: NAMES31 (甲一齐/结伴/一同乙来到X: 乙's stop alone).

    >>> found = {"冷秋实": OfficialInfo("冷秋实")}
    >>> together_with_named("县长冷秋实一同副县长邵立华来到青禾村", 7, found)
    True
    >>> together_with_named("县长冷秋实来到青禾村，一同副县长邵立华", 13, found)
    False
    """
    word = pattern("together_adverbs.txt", "(?:{})$").search(text, max(0, first - 4), first)
    return word is not None and any(text.endswith(name, 0, word.start()) for name in found)


def mark_listed_companions(text: str, found: dict[str, OfficialInfo]) -> None:
    """`副区长林峰，区住建委主任孙涛等陪同`, `在区委常委、副区长林峰，区住建委主任
    孙涛的陪同下`: everyone listed before 陪同 accompanies."""
    if not found:
        return
    people = {*found, *(p for o in found.values() for p in o.posts)}
    for m in LISTED_BEFORE_ACCOMPANYING.finditer(text):
        clause_start = max(text.rfind(c, 0, m.start()) for c in "。；\n")
        names = []
        cursor = m.start()
        # walk back over `post name，post name` to the start of the list
        tokens = occurrences(text, people, clause_start + 1, m.start())
        for start, end, token in reversed(tokens):
            if text[end:cursor].strip("，、和及 （）()") != "":  # (甲（区委常委）、乙（…）陪同: the brackets too)
                break
            if token in found:
                names.append(token)
            cursor = start
        for name in names:
            found[name].accompanying = True
    # `区委书记A带领区委常委B、副区长C来到`, `陪同调研的有：区委常委B，副区长C`:
    # everyone listed after 带领/携 or 陪同…的有 accompanies (the leader's party:
    # kg.extract.visits gives them the leader's stops); after 陪同 itself
    # (A陪同B) stands the one accompanied
    # (not after a guide's phrase, 由甲带领，区长乙来到 / 在甲的带领下，…: the one after it is the guided visitor)
    starts = [m.end() for m in pattern("companion_markers.txt").finditer(text)
              if m.group(0) not in ACCOMPANY_VERBS and not text.startswith(("下", "，", ","), m.end())]
    starts += [m.end() for m in ACCOMPANYING_LIST.finditer(text)]
    held = {n: o.posts for n, o in found.items()}
    for list_start in sorted(starts):
        if host_leads(text, held, list_start):
            continue  # 村支书甲带领区长乙: a stop's cadre guides the visitors (kg.extract.guides)
        # the list may run on over commas (带领区委常委、部长甲，副区长乙来到): it ends at the first word that is no post or name
        clause_end = min((i for i in (text.find(c, list_start) for c in "。；\n") if i >= 0), default=len(text))
        cursor = list_start
        for start, end, token in occurrences(text, people, list_start, clause_end):
            gap = text[cursor:start].strip("，、和及 ")
            # 带领区民政局甲、…: the organ of the next name's post, written before it
            if gap and not (token in found and any(p.startswith(gap) for p in found[token].posts)):
                break
            if token in found:
                found[token].accompanying = True
            cursor = end
