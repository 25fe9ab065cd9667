"""The warning for a report built without any official.

govkg's graph is about which official went where: a report whose text names
places (and maybe residents' issues) but no official it recognises is built,
yet none of its facts says who came, and a user reading the counts would not
notice.  (A report with neither officials nor places fails as "no facts
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
        return None
    places, issues = len(facts.places), len(facts.issues)
    return (f"no official recognised (built: {places} place{'s' * (places != 1)}, {issues} issue{'s' * (issues != 1)}): "
            "an official is read from a post title beside the name (区长王明, 王明副区长); a report that names none has no visits")
