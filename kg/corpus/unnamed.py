"""The warning for a report built without any official, or without any place.

govkg's graph is about which official went where: a report whose text names
places (and maybe residents' issues) but no official it recognises is built,
yet none of its facts says who came, and a user reading the counts would not
notice.  Likewise a report naming officials but no place it recognises (they
went to "the 居民区", a kind with no name): built, with no visit, and said.  (A report with neither officials nor places fails as "no facts
found": kg.pipeline.)  The rules for what is an official are kg.extract's;
this only explains their outcome.
"""

from __future__ import annotations

import re

from kg.facts import ReportFacts


def no_official_warning(facts: ReportFacts, text: str | None = None) -> str | None:
    """One line when `facts` holds no official, saying what was built and how
    an official is recognised; None when it holds one.  Raises nothing.

    >>> from kg.facts import Place
    >>> no_official_warning(ReportFacts("a.txt", "a.txt", "0" * 64, None, places={"p": Place("p", "东湖街道", "Subdistrict")}))
    'no official recognised (built: 1 place, 0 issues): an official is read from a post title beside the name (区长王明, 王明副区长); a report that names none has no visits'
    """
    if facts.officials:
        return no_place_warning(facts, text)
    places, issues = len(facts.places), len(facts.issues)
    return (f"no official recognised (built: {places} place{'s' * (places != 1)}, {issues} issue{'s' * (issues != 1)}): "
            "an official is read from a post title beside the name (区长王明, 王明副区长); a report that names none has no visits")


def no_place_warning(facts: ReportFacts, text: str | None = None) -> str | None:
    """One line when `facts` holds officials but no place, naming them and
    saying how a visit to a place is read; None when it holds a place (or no
    official: no_official_warning says that).  Raises nothing.  The forms
    named are those kg.extract.places reads (a name before a kind from
    lexicons/place_suffixes); a kind alone names no place.  The line does not
    say the text names no place: a place named in passing (研究东湖街道新华社区改造)
    or in an issue raised at an office (来到县信访局…群众反映东风社区停车难) is
    read but kept by no visit, and telling the user to write names they wrote
    misled (NEWCOMER51).

    >>> from kg.facts import Official
    >>> no_place_warning(ReportFacts("a.txt", "a.txt", "0" * 64, None, officials={"o": Official("o", "王明")}))
    'no visit to a named place read for 王明 (built: 1 official, 0 issues): a visit is read from a verb of going and a place written as its name and kind (来到东湖街道, 走进新华社区, 在长宁居民区调研), not from a kind alone (来到居民区), and a place named in passing (研究新华社区改造) or an office (县信访局) is no visit'
    """
    if facts.places or not facts.officials:
        return None
    names = sorted(o.name for o in facts.officials.values())
    shown = "、".join(names[:3]) + ("…" if len(names) > 3 else "")
    officials, issues = len(names), len(facts.issues)
    if text and (phrase := going_phrase(text)):
        return (f"no visit to a named place read for {shown} (built: {officials} official{'s' * (officials != 1)}, "
                f"{issues} issue{'s' * (issues != 1)}): 「{phrase}」 gave none: a place is read from its name and kind (来到东湖街道), "
                "not from a kind alone (来到居民区), and a place named in passing (研究新华社区改造) or an office (县信访局) is no visit")
    return (f"no visit to a named place read for {shown} (built: {officials} official{'s' * (officials != 1)}, "
            f"{issues} issue{'s' * (issues != 1)}): a visit is read from a verb of going and a place written as its name and kind "
            "(来到东湖街道, 走进新华社区, 在长宁居民区调研), not from a kind alone (来到居民区), and a place named in passing "
            "(研究新华社区改造) or an office (县信访局) is no visit")


# the most characters of a phrase after a verb of going that the warning quotes
PHRASE = 12


def going_phrase(text: str) -> str | None:
    """The first verb of going (`visit_verbs.tsv`, kind move) in `text` and the words after
    it up to the clause's end (at most `PHRASE` characters), as written: the phrase in which a
    user looks for the place govkg did not read; None when the text has no such verb.
    Shapes: text -> str | None.  Source: session 56, place56 (a newcomer's 来到渔港新村小区
    gave a warning of 600 characters naming no phrase).

    >>> going_phrase("3月5日，县长王明来到小区花园走访，居民反映路灯坏了。")
    '来到小区花园走访'
    """
    from kg.extract.lexicons import kind_words

    verbs = "|".join(map(re.escape, sorted(kind_words("visit_verbs.tsv", "move"), key=len, reverse=True)))
    m = re.search(f"(?:{verbs})[^，。；！？,;!?\\n]{{1,{PHRASE}}}", text) if verbs else None
    return m.group(0) if m else None
