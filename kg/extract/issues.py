"""Residents' issues: what residents raised, and where.

Issues: `issue_patterns.txt`, raised by residents (`issue_raisers.txt`), not
by officials, at the place of the sentence's scene (see `kg.extract.visits`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.actors import Actor, ActorIndex
from kg.extract.issue_scheme import categorise
from kg.extract.lexicons import pattern, words
from kg.extract.places import PlaceRegistry
from kg.extract.sentences import Sentence
from kg.extract.visits import Scene
from kg.pipeline import Doc, component, set_extension
from kg.resources import lexicon

ITEM_SPLIT = re.compile(r"[、，,；]|以及|还有|并且")
PAIR_SPLIT = re.compile(r"和|及|与")
MIN_PAIR_SIDE = 3
ITEM_TRIM_HEAD = re.compile(r"^(?:了|关于|包括)")
ITEM_TRIM_TAIL = re.compile(r"(?:等方面|等问题|等工作|等事项|等|方面|的问题)+$")


@dataclass
class IssueRecord:
    place: int
    label: str
    concept: str
    official: str | None
    start: int
    end: int


set_extension("issues", list)  # list[IssueRecord]


@cache
def _issue_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in lexicon("issue_patterns.txt"))


class IssueReader:
    def __init__(self, doc: Doc):
        self.text = doc.text.text
        self.places: PlaceRegistry = doc.ext.places
        self.index = ActorIndex(self.text, doc.ext.name_mentions)
        self.scenes: dict[int, Scene] = doc.ext.scenes
        self.issues: list[IssueRecord] = []
        self.issue_keys: set[tuple[int, str]] = set()

    def read(self, sentences: list[Sentence]) -> None:
        for s in sentences:
            scene = self.scenes.get(s.start)
            if scene is not None:
                self.read_sentence(s, self.index.in_span(s.start, s.end), scene)

    def read_sentence(self, s: Sentence, actors: list[Actor], scene: Scene) -> None:
        matches = []
        for rx in _issue_patterns():
            for m in rx.finditer(self.text, s.start, s.end):
                matches.append((m.start(), -(m.end() - m.start()), m))
        taken_end = -1
        for start, _, m in sorted(matches, key=lambda t: (t[0], t[1])):
            if start < taken_end:
                continue
            if not self.raised_by_residents(s, actors, start):
                continue
            taken_end = m.end()
            places = scene.at or self.issue_places(scene)
            if not places:
                continue
            for label in split_items(m.group("items")):
                for pid in places:
                    if (pid, label) in self.issue_keys:
                        continue
                    self.issue_keys.add((pid, label))
                    self.issues.append(IssueRecord(pid, label, categorise(label), scene.visitor, s.start, s.end))

    def raised_by_residents(self, s: Sentence, actors: list[Actor], pos: int) -> bool:
        """The nearest speaker before the pattern is residents, or nobody at all."""
        nearest_raiser = max((m.end() for m in pattern("issue_raisers.txt").finditer(self.text, s.start, pos)), default=-1)
        spoken_to = set(words("recipient_markers.txt"))
        blockers = [a.end for a in actors if a.start < pos and self.text[a.start - 1 : a.start] not in spoken_to]
        blockers += [m.end() for m in pattern("issue_blockers.txt").finditer(self.text, s.start, pos)]
        nearest_blocker = max(blockers, default=-1)
        return nearest_raiser >= nearest_blocker

    def issue_places(self, scene: Scene) -> list[int]:
        if scene.group:
            return scene.group
        if scene.report_group and not scene.context:
            return scene.report_group
        # 在彩虹社区，…会上，居民们…: of the places just visited, the one the paragraph is about
        shared = [p for p in scene.report_group if p in scene.context]
        if shared:
            return shared
        return self.places.most_specific(scene.context) or list(scene.report_group)


def split_items(items: str) -> list[str]:
    out = []
    generic = set(words("issue_generic.txt"))
    for part in ITEM_SPLIT.split(items):
        part = part.strip(" 。；：:")
        pieces = PAIR_SPLIT.split(part)
        if len(pieces) > 1 and all(len(p) >= MIN_PAIR_SIDE for p in pieces):
            candidates = pieces
        else:
            candidates = [part]
        for c in candidates:
            c = ITEM_TRIM_TAIL.sub("", ITEM_TRIM_HEAD.sub("", c.strip())).strip()
            if len(c) >= 2 and c not in generic and c not in out:
                out.append(c)
    return out


@component("issues", requires=("sentences", "name_mentions", "places", "scenes"), assigns=("issues",))
def issues_component(doc: Doc) -> None:
    reader = IssueReader(doc)
    reader.read(doc.sentences)
    doc.ext.issues = reader.issues
