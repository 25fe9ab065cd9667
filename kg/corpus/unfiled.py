"""The warning for a report whose issues were raised where it names no place.

An issue is filed at the place where it was raised.  A forum held in a venue
whose owner the report never names (在县委党校报告厅召开座谈会 in a report naming
no county: kg.extract.venue_owner gives NOWHERE) raises issues with no place
to file them at; they are left out of the graph rather than filed at an earlier
stop of another place.  A user must learn that at build time, with the labels
left out, as the other per-report warnings say what is missing
(kg.corpus.unnamed, kg.corpus.undated).
"""

from __future__ import annotations

from kg.facts import ReportFacts

SHOWN = 3  # labels quoted in the line; the rest are counted


def unplaced_warning(facts: ReportFacts) -> str | None:
    """One line when `facts` left issues out for want of a place
    (`ReportFacts.unplaced`), counting and quoting them and saying how a place is
    read; None when every issue raised was filed.  Raises nothing.

    >>> unplaced_warning(ReportFacts("a.txt", "a.txt", "0" * 64, None, unplaced=["融资难", "用工贵"]))
    '2 issues raised with no place the report names (融资难、用工贵) are left out: an issue is filed where it was raised; a venue of a level (县委党校, 镇政府会议室) is read as the place of that level the report names (白马县委书记, a headline 白马县：…)'
    >>> unplaced_warning(ReportFacts("a.txt", "a.txt", "0" * 64, None)) is None
    True
    """
    labels = facts.unplaced
    if not labels:
        return None
    shown = "、".join(labels[:SHOWN]) + ("…" if len(labels) > SHOWN else "")
    count = f"{len(labels)} issue{'s' * (len(labels) != 1)}"
    if not facts.places and facts.officials:
        # the line before (kg.corpus.unnamed) says no place was read: only what is left out
        # (session 56, place56: the two lines ran to 600 characters)
        return f"{count} raised ({shown}) {'are' if len(labels) != 1 else 'is'} left out with no place to file {'them' if len(labels) != 1 else 'it'} at"
    return (f"{count} raised with no place the report names ({shown}) {'are' if len(labels) != 1 else 'is'} left out: "
            "an issue is filed where it was raised; a venue of a level (县委党校, 镇政府会议室) is read as the "
            "place of that level the report names (白马县委书记, a headline 白马县：…)")


def unvisited_warning(facts: ReportFacts) -> str | None:
    """One line when `facts` files issues but tells no visit (a meeting's report: 区长主持召开
    会议…会上，X社区居民代表反映…), naming the places they were filed at: with no visit, an
    issue is filed at the place its raiser speaks for or the clause names, which the report
    may not mean as where it was raised; None when a visit is told or no issue filed.
    Source: NEWC53 4 (a meeting report's issues filed at a community, no warning).

    >>> from kg.facts import Issue, Place
    >>> places = {"c": Place("c", "新华社区", "ResidentsCommittee")}
    >>> issues = [Issue("c", label=w, concept="Parking", visit=None, evidence=None) for w in ("停车难", "路灯不亮")]
    >>> unvisited_warning(ReportFacts("a.txt", "a.txt", "0" * 64, None, places=places, issues=issues))
    '2 issues filed with no visit told (新华社区: 停车难、路灯不亮): with no visit, an issue is filed at the place its raiser speaks for (X社区居民代表) or its clause names; check that the report means it was raised there'
    """
    if not facts.issues:
        return None
    if facts.visits:
        return _unvisited_place_warning(facts)
    at: dict[str, list[str]] = {}
    for issue in facts.issues:
        place = facts.places.get(issue.place)
        at.setdefault(place.name if place else issue.place_label or issue.place, []).append(issue.label)
    shown = "; ".join(f"{name}: {'、'.join(labels[:SHOWN])}{'…' if len(labels) > SHOWN else ''}"
                      for name, labels in list(at.items())[:SHOWN])
    more = "; …" if len(at) > SHOWN else ""
    n = len(facts.issues)
    return (f"{n} issue{'s' * (n != 1)} filed with no visit told ({shown}{more}): with no visit, an issue is filed "
            "at the place its raiser speaks for (X社区居民代表) or its clause names; check that the report means "
            "it was raised there")


def _lineage(facts: ReportFacts, key: str) -> list[str]:
    """`key` and the keys of the places holding it, innermost first (a cycle ends it)."""
    chain: list[str] = []
    while key is not None and key not in chain:
        chain.append(key)
        place = facts.places.get(key)
        key = place.parent if place else None
    return chain


def _unvisited_place_warning(facts: ReportFacts) -> str | None:
    """`unvisited_warning` for a report that does tell visits: one line naming the issues
    raised on no visit (`Issue.visit` None) and filed at a place no visit went to, neither
    a place visited nor one holding or held by a place visited (沿X溪步行察看。在A村，村民反映…
    with A村 no stop: the issue sits at A村, where the report tells no one went); None when
    every issue was raised on a visit or at a place of a visit's line.  The same words as the
    line for a report telling no visit, with `there`: the user learns of an issue filed away
    from the visits whether the report tells other visits or none.
    Source: session 55, walk55 (issues filed at a village on a river walk gave no warning,
    the same issues in a report telling no visit did).

    >>> from kg.facts import Issue, Place, Visit
    >>> places = {"r": Place("r", "清源溪"), "v": Place("v", "下河村", "VillagersCommittee")}
    >>> visits = [Visit("o", "r", date=None, evidence=None)]
    >>> issues = [Issue("v", label="垃圾堆放", concept="Sanitation", visit=None, evidence=None)]
    >>> unvisited_warning(ReportFacts("a.txt", "a.txt", "0" * 64, None, places=places, visits=visits, issues=issues)).split(":")[0]
    '1 issue filed with no visit told there (下河村'
    >>> visits.append(Visit("o", "v", date=None, evidence=None))
    >>> unvisited_warning(ReportFacts("a.txt", "a.txt", "0" * 64, None, places=places, visits=visits, issues=issues)) is None
    True
    """
    visited = {v.place for v in facts.visits}
    holding = {k for p in visited for k in _lineage(facts, p)}
    at: dict[str, list[str]] = {}
    for issue in facts.issues:
        # (a place holding one visited, or held by one: the party was in its area or at its unit)
        if issue.visit is not None or issue.place in holding or visited.intersection(_lineage(facts, issue.place)):
            continue
        place = facts.places.get(issue.place)
        at.setdefault(place.name if place else issue.place_label or issue.place, []).append(issue.label)
    if not at:
        return None
    shown = "; ".join(f"{name}: {'、'.join(labels[:SHOWN])}{'…' if len(labels) > SHOWN else ''}"
                      for name, labels in list(at.items())[:SHOWN])
    more = "; …" if len(at) > SHOWN else ""
    n = sum(len(labels) for labels in at.values())
    return (f"{n} issue{'s' * (n != 1)} filed with no visit told there ({shown}{more}): the report's visits went "
            "elsewhere; an issue is filed at the place its raiser speaks for (X社区居民代表) or its clause names; "
            "check that the report means it was raised there")
