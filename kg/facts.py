"""What extraction produces: plain records, no RDF yet.

Keys are strings that identify an entity within a build; the emitter turns
them into deterministic IRIs, so building the same report twice gives the
same graph.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """A sentence of the repaired text and its span in the original text."""

    sentence: str
    start: int
    end: int


@dataclass
class Official:
    key: str
    name: str
    posts: list[str] = field(default_factory=list)
    role: str = "other"  # visitor | accompanying | other
    evidence: Evidence | None = None
    original_labels: set[str] = field(default_factory=set)  # as written in Traditional script, where converted


@dataclass
class Place:
    key: str
    name: str  # the label: the most specific name as written
    type: str = "Place"  # a gov: class local name
    parent: str | None = None  # key of the containing place
    alt_labels: set[str] = field(default_factory=set)
    evidence: Evidence | None = None
    original_labels: set[str] = field(default_factory=set)  # as written in Traditional script, where converted


@dataclass
class Visit:
    official: str  # Official.key
    place: str  # Place.key
    # the place's label (Place.name, as written: 党群服务中心 where the key says site:党群), for
    # whoever reads the record; filled by kg.api (labelled), None elsewhere; keys alone link records
    place_label: str | None = field(default=None, kw_only=True, compare=False)
    date: dt.date | None
    evidence: Evidence


@dataclass
class Issue:
    place: str  # Place.key
    place_label: str | None = field(default=None, kw_only=True, compare=False)  # as Visit.place_label
    label: str  # the report's own wording
    concept: str  # local name of a concept in ontology/issues.ttl
    visit: int | None  # index into ReportFacts.visits
    evidence: Evidence
    # what the report says was done about it, in its words (已于本月初修好); "" for none
    outcome: str = field(default="", kw_only=True)


@dataclass
class ReportFacts:
    key: str  # identifies the report within the corpus (its relative path)
    file_name: str
    sha256: str
    date: dt.date | None
    officials: dict[str, Official] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    visits: list[Visit] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    # labels of issues raised where the report names no place for them: in no graph, said in a
    # build warning (kg.corpus.unfiled); no part of the facts compared
    unplaced: list[str] = field(default_factory=list, compare=False)

    def joint_visits(self, index: int) -> list[int]:
        """The indices of the visits made together with visit `index`, itself
        included, in order: those to the same place on the same date told by
        the same sentence (`区委书记甲、区长乙来到丙社区` gives one visit per
        official).  An issue raised during one of them was raised during each
        (kg.emit.rdf links it to all), so every visitor's trail shows it.

        >>> ev = Evidence("甲、乙来到丙社区。", 0, 9)
        >>> facts = ReportFacts("r", "r.txt", "", None, visits=[
        ...     Visit("甲", "丙", None, ev), Visit("乙", "丙", None, ev), Visit("甲", "丁", None, Evidence("甲来到丁村。", 9, 15))])
        >>> facts.joint_visits(1), facts.joint_visits(2)
        ([0, 1], [2])
        """
        visit = self.visits[index]
        return [i for i, other in enumerate(self.visits)
                if (other.place, other.date, other.evidence) == (visit.place, visit.date, visit.evidence)]

    def counts(self) -> dict[str, int]:
        return {
            "officials": len(self.officials),
            "places": len(self.places),
            "visits": len(self.visits),
            "issues": len(self.issues),
        }
