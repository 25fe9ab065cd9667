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

from kg.facts import ReportFacts


def no_official_warning(facts: ReportFacts) -> str | None:
    """One line when `facts` holds no official, saying what was built and how
    an official is recognised; None when it holds one.  Raises nothing.

    >>> from kg.facts import Place
    >>> no_official_warning(ReportFacts("a.txt", "a.txt", "0" * 64, None, places={"p": Place("p", "东湖街道", "Subdistrict")}))
    'no official recognised (built: 1 place, 0 issues): an official is read from a post title beside the name (区长王明, 王明副区长); a report that names none has no visits'
    """
    if facts.officials:
        return no_place_warning(facts)
    places, issues = len(facts.places), len(facts.issues)
    return (f"no official recognised (built: {places} place{'s' * (places != 1)}, {issues} issue{'s' * (issues != 1)}): "
            "an official is read from a post title beside the name (区长王明, 王明副区长); a report that names none has no visits")


def no_place_warning(facts: ReportFacts) -> str | None:
    """One line when `facts` holds officials but no place, naming them and
    saying how a place is recognised; None when it holds a place (or no
    official: no_official_warning says that).  Raises nothing.  The forms
    named are those kg.extract.places reads (a name before a kind from
    lexicons/place_suffixes); a kind alone names no place.

    >>> from kg.facts import Official
    >>> no_place_warning(ReportFacts("a.txt", "a.txt", "0" * 64, None, officials={"o": Official("o", "王明")}))
    'no place recognised for 王明 (built: 1 official, 0 issues): a place is read from its name before its kind (东湖街道, 新华社区, 长宁居民区), not from a kind alone (来到居民区); a report that names none has no visits'
    """
    if facts.places or not facts.officials:
        return None
    names = sorted(o.name for o in facts.officials.values())
    shown = "、".join(names[:3]) + ("…" if len(names) > 3 else "")
    officials, issues = len(names), len(facts.issues)
    return (f"no place recognised for {shown} (built: {officials} official{'s' * (officials != 1)}, "
            f"{issues} issue{'s' * (issues != 1)}): a place is read from its name before its kind (东湖街道, 新华社区, 长宁居民区), "
            "not from a kind alone (来到居民区); a report that names none has no visits")
