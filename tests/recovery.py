"""What a synthetic report's plan says extraction should give back, and how
much of it a `ReportFacts` holds: the content check of tests/test_properties.py.

`written(plan)` lists the facts the generator wrote, by kind; `found(facts)`
lists what extraction gave in the same shape; `recovered(plan, facts)` counts,
per kind, what was written, how much of it was found and how much was extracted.

Written facts are what a reader annotating the report gives (the conventions
of the project's evaluation scorer): a place by its name,
an organ standing for its place (凉溪村委会 -> 凉溪村), an unnamed site by
the place before it (凉溪居委会社区食堂; syn.place_names); visits
as (official, innermost place); issues as (innermost place, label).  Officials,
posts and the date are compared exactly.  Places, visits and issues are
compared by the evaluation's matching rules (`place_matches`,
`issue_matches`), so a fact counts as found when the scorer would count it.
"""

from __future__ import annotations

from collections import Counter

from kg import synthetic as syn
from kg.facts import ReportFacts

KINDS = ("officials", "posts", "places", "visits", "issues", "date")


# the names of containing places a written place may carry before it (四川北路街道山一居民区)
ADMIN_ENDINGS = ("省", "市", "区", "县", "镇", "乡", "街道", "社区", "村", "居委", "居委会", "居民区", "新区")
# an issue label may run this many characters past the written phrase (its context)
ISSUE_SLACK = 10


def place_matches(label: str, name: str) -> bool:
    """Does an extracted place label name the written place?  The same name,
    the name with containing places before it (东湖街道凉溪村 for 凉溪村), or
    the name without its type word (中环花苑 for 中环花苑小区, at least half
    of it and three characters); never anything after the name (凉溪村卫生室
    is another place).  The evaluation scorer's rule."""
    if label == name:
        return True
    if label.endswith(name) and label[: -len(name)].endswith(ADMIN_ENDINGS):
        return True
    if len(label) >= 3 and name.startswith(label) and 2 * len(label) >= len(name):
        return True
    return len(label) >= 3 and name.endswith(label) and name[: -len(label)].endswith(ADMIN_ENDINGS)


def issue_matches(label: str, phrase: str) -> bool:
    """Does an extracted issue label give the written phrase?  It holds the
    phrase and at most ISSUE_SLACK characters more, or is a part of it of at
    least four characters (the evaluation scorer's rule)."""
    return (phrase in label and len(label) <= len(phrase) + ISSUE_SLACK) or (len(label) >= 4 and label in phrase)


def _same(kind: str, got, want) -> bool:
    if kind == "places":
        return place_matches(got, want)
    if kind == "visits":
        return got[0] == want[0] and place_matches(got[1], want[1])
    if kind == "issues":
        return place_matches(got[0], want[0]) and issue_matches(got[1], want[1])
    return got == want


def written(plan: syn.Plan) -> dict[str, set]:
    """The generator's facts: {kind: set of comparable items}."""
    def place(v):
        return syn.place_names(v.places)[-1]

    return {
        "officials": {v.official.name for v in plan.visits},
        "posts": {(v.official.name, p) for v in plan.visits for p in v.official.posts},
        "places": {p for v in plan.visits for p in syn.place_names(v.places)},
        "visits": {(v.official.name, place(v)) for v in plan.visits},
        "issues": {(place(v), label) for v in plan.visits for label in v.issues},
        "date": {plan.date} if plan.with_year else set(),
    }


def missed(want: dict[str, set], got: dict[str, set]) -> dict[str, set]:
    """Per kind, the written items no extracted item matches."""
    return {k: {w for w in want[k] if not any(_same(k, g, w) for g in got[k])} for k in want}


def unwritten(want: dict[str, set], got: dict[str, set]) -> dict[str, set]:
    """Per kind, the extracted items that match no written item."""
    return {k: {g for g in got[k] if not any(_same(k, g, w) for w in want[k])} for k in got}


def found(facts: ReportFacts) -> dict[str, set]:
    """The same kinds, from what extraction gave."""
    officials, places = facts.officials, facts.places
    return {
        "officials": {o.name for o in officials.values()},
        "posts": {(o.name, p) for o in officials.values() for p in o.posts},
        "places": {p.name for p in places.values()},
        "visits": {(officials[v.official].name, places[v.place].name) for v in facts.visits},
        "issues": {(places[i.place].name, i.label) for i in facts.issues},
        "date": {facts.date} if facts.date else set(),
    }


def recovered(plan: syn.Plan, facts: ReportFacts | None) -> Counter:
    """Counter with `<kind>` = items written, `<kind>:found` = of them found,
    `<kind>:extracted` = items extracted and `<kind>:right` = of them written
    (`facts=None`, i.e. "no facts found", finds nothing)."""
    want = written(plan)
    got = found(facts) if facts is not None else {k: set() for k in KINDS}
    counts = Counter()
    lost, extra = missed(want, got), unwritten(want, got)
    for kind in KINDS:
        counts[kind] += len(want[kind])
        counts[f"{kind}:found"] += len(want[kind]) - len(lost[kind])
        counts[f"{kind}:extracted"] += len(got[kind])
        counts[f"{kind}:right"] += len(got[kind]) - len(extra[kind])
    return counts


def recall(counts: Counter) -> dict[str, float]:
    """Share of what was written that was found, per kind (1.0 where nothing was written)."""
    return {k: counts[f"{k}:found"] / counts[k] if counts[k] else 1.0 for k in KINDS}


def precision(counts: Counter) -> dict[str, float]:
    """Share of what was extracted that was written, per kind (1.0 where nothing was extracted)."""
    return {k: counts[f"{k}:right"] / counts[f"{k}:extracted"] if counts[f"{k}:extracted"] else 1.0 for k in KINDS}
