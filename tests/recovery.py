"""What a synthetic report's plan says extraction should give back, and how
much of it a `ReportFacts` holds: the content check of tests/test_properties.py.

`written(plan)` lists the facts the generator wrote, by kind; `found(facts)`
lists what extraction gave in the same shape; `recovered(plan, facts)` counts,
per kind, what was written, how much of it was found and how much was extracted.  Places are compared by name, visits as
(official, innermost place), issues as (innermost place, the label as written).
"""

from __future__ import annotations

from collections import Counter

from kg import synthetic as syn
from kg.facts import ReportFacts

KINDS = ("officials", "posts", "places", "visits", "issues", "date")


def written(plan: syn.Plan) -> dict[str, set]:
    """The generator's facts: {kind: set of comparable items}."""
    return {
        "officials": {v.official.name for v in plan.visits},
        "posts": {(v.official.name, p) for v in plan.visits for p in v.official.posts},
        "places": {p for v in plan.visits for p in v.places},
        "visits": {(v.official.name, v.places[-1]) for v in plan.visits},
        "issues": {(v.places[-1], label) for v in plan.visits for label in v.issues},
        "date": {plan.date} if plan.with_year else set(),
    }


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
    """Counter with `<kind>` = items written and `<kind>:found` = of them found
    (`facts=None`, i.e. "no facts found", finds nothing)."""
    want = written(plan)
    got = found(facts) if facts is not None else {k: set() for k in KINDS}
    counts = Counter()
    for kind in KINDS:
        counts[kind] += len(want[kind])
        counts[f"{kind}:found"] += len(want[kind] & got[kind])
        counts[f"{kind}:extracted"] += len(got[kind])
    return counts


def recall(counts: Counter) -> dict[str, float]:
    """Share of what was written that was found, per kind (1.0 where nothing was written)."""
    return {k: counts[f"{k}:found"] / counts[k] if counts[k] else 1.0 for k in KINDS}


def precision(counts: Counter) -> dict[str, float]:
    """Share of what was extracted that was written, per kind (1.0 where nothing was extracted)."""
    return {k: counts[f"{k}:found"] / counts[f"{k}:extracted"] if counts[f"{k}:extracted"] else 1.0 for k in KINDS}
