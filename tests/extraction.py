"""Run the real pipeline on a text, for tests."""

import hashlib
from pathlib import Path

from kg.facts import ReportFacts
from kg.pipeline import Pipeline
from kg.read import RawReport

_PIPELINE = None


def facts_of(text: str, name: str = "fixture.txt", default_date=None) -> ReportFacts:
    global _PIPELINE
    _PIPELINE = _PIPELINE or Pipeline()
    raw = RawReport(Path(name), text, hashlib.sha256(text.encode()).hexdigest(), "utf-8")
    return _PIPELINE.run_text(raw, name, default_date)


def visits(facts: ReportFacts) -> set[tuple[str, str]]:
    return {(facts.officials[v.official].name, facts.places[v.place].name) for v in facts.visits}


def dated_visits(facts: ReportFacts) -> list[tuple[str, object]]:
    """(place name, date) of every visit, sorted: what a report's dates gave its visits."""
    return sorted((facts.places[v.place].name, v.date) for v in facts.visits)


def issues(facts: ReportFacts) -> set[tuple[str, str]]:
    return {(facts.places[i.place].name, i.label) for i in facts.issues}


def at(place: str, *labels: str) -> set[tuple[str, str]]:
    """The (place, label) pairs `issues` gives for `labels` raised at `place`."""
    return {(place, label) for label in labels}


# a village visit opening the fixtures of the issue-content tests, one paragraph before their text
VILLAGE = "2024年4月8日，县长柏文来到青岚镇石屏村，调研乡村振兴工作。"


def issues_in_village(text: str, visit: str = VILLAGE) -> set[tuple[str, str]]:
    """`issues` of `text` told in a paragraph after `visit`."""
    return issues(facts_of(visit + "\n\n" + text))


# a county head at a village: the lede the fault tests of sessions 31-32 tell their fixtures after
COUNTY_VISIT = "2024年5月6日，县长郑海来到石门镇青山村调研。"


def labels_in_village(text: str, visit: str = COUNTY_VISIT) -> set[str]:
    """The issue labels of `text` told in a paragraph after `visit`.

    >>> sorted(labels_in_village("村民反映，村口的路灯坏了。"))
    ['村口的路灯坏了']
    """
    return {label for _, label in issues_in_village(text, visit)}


def official_names(facts: ReportFacts) -> set[str]:
    """The names of the officials read (a set of str)."""
    return {o.name for o in facts.officials.values()}


def posts(facts: ReportFacts) -> dict[str, list[str]]:
    return {o.name: o.posts for o in facts.officials.values()}


def parent_name(facts: ReportFacts, place_name: str) -> str | None:
    place = next(p for p in facts.places.values() if p.name == place_name)
    return facts.places[place.parent].name if place.parent else None


def issue_labels(text: str, name: str = "r.txt") -> set[str]:
    """The labels of the issues `kg.build_texts` extracts from `text` (one report)."""
    import kg

    built = kg.build_texts({name: text})
    return {issue.label for f in built.facts.values() for issue in f.issues}


def kept_by_rules(text: str) -> set[str]:
    """The items of `text` the hand rules keep (`doc.ext.issue_candidates` whose reason is
    no passed-over one nor an effect), before the learned filter's kept-item model judges
    the later ones (session 36): what a rule decides, whatever the model does after it.

    >>> sorted(kept_by_rules("2024年5月6日，县长郑海来到石门镇青山村调研。村民反映，村口的路灯坏了。"))
    ['村口的路灯坏了']
    """
    from kg.extract.issue_filter import DECIDED

    global _PIPELINE
    _PIPELINE = _PIPELINE or Pipeline()
    raw = RawReport(Path("fixture.txt"), text, hashlib.sha256(text.encode()).hexdigest(), "utf-8")
    doc = _PIPELINE.run_doc(raw, "fixture.txt")
    return {label for label, _, why, _ in doc.ext.issue_candidates if why not in DECIDED and why != "effect"}
