"""Visits, read paragraph by paragraph, and where the report is at each sentence.

Visits: an official (named, 他/她, or their party: 一行, 调研组) followed by a
visit verb (`visit_verbs.tsv`) and a place.  "move" verbs always start a
visit; "inspect" verbs (察看, 参观, 走进) only when the official is not yet at
a specific place in the paragraph, otherwise they look around inside it.  A
paragraph about a place (its first words, 在X，, 将X) with an official present
(`presence_verbs.txt`: 驻足, 实地查看...) is a visit to the most specific such
place.  Each sentence gets a `Scene`: the places it is about and the stop the
report is at, which the issue frame uses to place what residents raised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.actors import Actor, ActorIndex
from kg.extract.lexicons import alternation, pattern, table, words
from kg.extract.places import ADMIN, PlaceRegistry, parse_list
from kg.extract.sentences import Sentence
from kg.pipeline import Doc, component, set_extension

# at a community or a site, 察看/走进 X looks around inside it
INSIDE_LEVELS = {"community", "site"}
CONTEXT_INTRO = re.compile(r"在|将|把|位于|地处")
INSIDE = re.compile(r"[内里中]")
ACTOR_AT = re.compile(r"(?:一行)?(?:还|又|也|先后|首先|随后|专程)?")
# between two names of one list: a separator and at most the next one's post
LISTED = re.compile(r"^[、和与及，][^，。；：\s]{0,20}$")


@dataclass
class VisitRecord:
    official: str
    place: int
    start: int
    end: int


@dataclass
class Scene:
    """Where one sentence stands: `group` the places of the latest visit in its
    paragraph, `context` the places the paragraph is about, `at` the specific
    places the sentence itself names after 在/将, `report_group` the places of
    the latest visit in the report and `visitor` who made it (place ids index
    `doc.ext.places.nodes`)."""

    group: list[int]
    context: list[int]
    at: list[int]
    report_group: list[int]
    visitor: str | None


set_extension("visits", list)  # list[VisitRecord]
set_extension("scenes", dict)  # sentence start -> Scene


@cache
def _visit_verbs() -> tuple[re.Pattern, dict[str, str]]:
    kinds = {row[0]: row[1] for row in table("visit_verbs.tsv")}
    # 做到, 受到, 看到...: a verb ending in a visit verb's character is not a visit
    not_after = "".join(words("visit_verb_blockers.txt"))
    return re.compile(f"(?<![{re.escape(not_after)}])(?:{alternation(kinds)})"), kinds


class Reader:
    """Walks the sentences of one report, keeping who is where."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text.text
        self.officials = doc.ext.officials
        self.index = ActorIndex(self.text, doc.ext.name_mentions)
        self.places: PlaceRegistry = doc.ext.places
        self.visits: list[VisitRecord] = []
        self.scenes: dict[int, Scene] = {}
        self.sentence_places: dict[int, list[int]] = {}  # sentence start -> places of its 在X
        self.current_actor: str | None = None
        self.last_named: str | None = None
        self.doc_group: list[int] = []  # places of the latest visit in the report
        self.doc_visitor: str | None = None

    # ----------------------------------------------------------- people
    def lead(self) -> str | None:
        leaders = [o for o in self.officials.values() if o.leads and not o.accompanying]
        if leaders:
            return min(leaders, key=lambda o: o.first).name
        if self.current_actor:
            return self.current_actor
        principal = [o for o in self.officials.values() if not o.accompanying]
        return min(principal, key=lambda o: o.first).name if principal else None

    def actors(self, s: Sentence) -> list[Actor]:
        return self.index.in_span(s.start, s.end)

    def resolve(self, actor: Actor, actors: list[Actor]) -> str | None:
        if actor.kind == "name":
            return actor.name
        if actor.kind == "pronoun":
            return self.last_named or self.lead()
        # 杭迎伟一行: the party of the name right before it
        before = [a for a in actors if a.kind == "name" and a.end == actor.start]
        return before[0].name if before else self.lead()

    def subject(self, actors: list[Actor], pos: int) -> list[str]:
        """Who does what is written at `pos`: the nearest actor before it, with
        the officials listed alongside (`区委书记A、区长B一同来到`)."""
        before = [a for a in actors if a.start < pos]
        for i in range(len(before) - 1, -1, -1):
            actor = before[i]
            if actor.kind == "name" and self.officials[actor.name].accompanying:
                continue
            who = self.resolve(actor, actors)
            if not who:
                continue
            team = [who]
            if actor.kind == "group":  # 主任A，副主任B、C一行: the party is led by the list
                named = [k for k in range(i) if before[k].kind == "name" and before[k].end == actor.start]
                if named:
                    i, actor = named[0], before[named[0]]
            if actor.kind == "name":
                j = i
                while j > 0 and before[j - 1].kind == "name" and self._listed_together(before[j - 1], before[j]):
                    j -= 1
                    other = before[j].name
                    if not self.officials[other].accompanying and other not in team:
                        team.insert(0, other)
            return team
        fallback = self.current_actor or self.lead()
        return [fallback] if fallback else []

    def _listed_together(self, a: Actor, b: Actor) -> bool:
        between = self.text[a.end:b.start]
        return bool(LISTED.match(between)) and not pattern("lead_markers.txt").search(between)

    def note_names(self, actors: list[Actor], upto: int) -> None:
        for a in actors:
            if a.kind == "name" and a.start < upto and not self.officials[a.name].accompanying:
                self.last_named = a.name

    # ----------------------------------------------------------- paragraphs
    def read(self) -> None:
        paragraphs: dict[int, list[Sentence]] = {}
        for s in self.doc.sentences:
            paragraphs.setdefault(s.paragraph, []).append(s)
        for sentences in paragraphs.values():
            self.read_paragraph(sentences)

    def read_paragraph(self, sentences: list[Sentence]) -> None:
        here: dict[str, list[int]] = {}  # official -> places visited in this paragraph
        context: list[int] = []  # places the paragraph is about
        group: list[int] = []  # places of the latest visit in this paragraph
        first = sentences[0]
        topic = []
        starts_with_person = self.index.starts_at(first.start)
        if not starts_with_person and not CONTEXT_INTRO.match(self.text, first.start):
            topic = parse_list(self.text, first.start, first.end)
        for chunk in topic:
            context.append(self.places.add(chunk, self._admin(context)))
        for s in sentences:
            actors = self.actors(s)
            inside = False
            actor_at = False  # 王明在新华社区主持召开座谈会: the official is there
            for m in CONTEXT_INTRO.finditer(self.text, s.start, s.end):
                chunks = parse_list(self.text, m.end(), s.end)
                if not chunks:
                    continue
                if m.group(0) == "在" and any(ACTOR_AT.fullmatch(self.text, a.end, m.start()) for a in actors):
                    actor_at = True
                if INSIDE.match(self.text, chunks[-1].end):
                    inside = True
                for chunk in chunks:
                    pid = self.places.add(chunk, self._admin(context))
                    if pid not in context:
                        context.append(pid)
                    if self.places.nodes[pid].level in INSIDE_LEVELS:
                        self.sentence_places.setdefault(s.start, []).append(pid)
            visited_here = self.explicit_visits(s, actors, here, context, inside)
            if visited_here:
                group = visited_here
            elif actor_at or self.present(s, actors):
                team = [w for w in self.subject(actors, s.end) if not here.get(w)]
                targets = self.places.most_specific(context)
                if team and targets:
                    for who in team:
                        self.add_visit(who, targets, s)
                        here[who] = targets
                    group = targets
            self.note_names(actors, s.end)
            self.scenes[s.start] = Scene(
                list(group), list(context), list(self.sentence_places.get(s.start, [])), list(self.doc_group), self.doc_visitor
            )

    def explicit_visits(self, s, actors, here, context, inside) -> list[int]:
        verbs, kinds = _visit_verbs()
        made: list[int] = []
        for m in verbs.finditer(self.text, s.start, s.end):
            pos = m.end()
            if self.text.startswith("了", pos) and not self.text.startswith("了解", pos):
                pos += 1
            elif self.text.startswith("到", pos):  # 深入到, 走访到
                pos += 1
            chunks = parse_list(self.text, pos, s.end)
            if not chunks:
                continue
            team = self.subject(actors, m.start())
            if not team:
                continue
            at = here.get(team[-1], [])
            at_specific = any(self.places.nodes[p].level in INSIDE_LEVELS for p in at)
            if kinds[m.group(0)] == "inspect" and (at_specific or inside):
                continue  # looking around inside the place already visited
            admin = [p for p in at if self.places.nodes[p].level in ADMIN] or context
            pids = [self.places.add(chunk, self._admin(admin)) for chunk in chunks]
            for who in team:
                self.add_visit(who, pids, s)
                here[who] = pids
            made = pids
        return made

    def present(self, s: Sentence, actors: list[Actor]) -> bool:
        if not actors:
            return False
        first = actors[0].start
        return pattern("presence_verbs.txt").search(self.text, first, s.end) is not None

    def add_visit(self, who: str, pids: list[int], s: Sentence) -> None:
        for pid in pids:
            self.visits.append(VisitRecord(who, pid, s.start, s.end))
        self.current_actor = who
        self.doc_group = list(pids)
        self.doc_visitor = who

    def _admin(self, pids: list[int]) -> int | None:
        admin = [p for p in pids if self.places.nodes[p].level in ADMIN]
        return max(admin, key=lambda p: self.places.nodes[p].rank) if admin else None


@component("visits", requires=("sentences", "officials", "name_mentions", "places"), assigns=("visits", "scenes"))
def visits_component(doc: Doc) -> None:
    reader = Reader(doc)
    reader.read()
    doc.ext.visits = reader.visits
    doc.ext.scenes = reader.scenes
