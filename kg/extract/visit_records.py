"""What the visit frame gives: a visit (`VisitRecord`), where a sentence stands
(`Scene`), and the 在 a scene-setting place goes without (`ImpliedAt`).

Reads nothing; gives the records `kg.extract.visits` fills and the issue frame
(issue_scene, issue_placement, issues) reads, and registers the doc extensions
`visits`, `scenes` and `followed` they are kept in.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.pipeline import set_extension


class ImpliedAt:
    """The 在 a scene-setting place goes without (`X室里，…`): a zero-width match of
    "在" at `pos`, read by `Reader.read_paragraph` as a written 在 is."""

    def __init__(self, pos: int):
        self.pos = pos

    def group(self, _: int = 0) -> str:
        return "在"

    def start(self) -> int:
        return self.pos

    def end(self) -> int:
        return self.pos


@dataclass
class VisitRecord:
    official: str
    place: int
    start: int
    end: int
    stop: bool = False  # the official did something there (kept beside stops inside it)
    headline: bool = False  # told in the report's headline, which names the trip in short
    matter: bool = False  # named only inside the matter an inspect verb takes (调研X村…工作): no stop beside stops told


@dataclass
class Scene:
    """Where one sentence stands: `group` the places of the latest visit in its
    paragraph, `context` the places the paragraph is about, `at` the specific
    places the sentence itself names after 在/将, `report_group` the places of
    the latest visit in the report and `visitor` who made it (place ids index
    `doc.ext.places.nodes`); `receiving` when that visit's sentence tells the
    officials receive people there (`visit_reception_words.txt`: 接待), so
    residents named with their own place (X村村民) raise issues at the stop."""

    group: list[int]
    context: list[int]
    at: list[int]
    report_group: list[int]
    visitor: str | None
    receiving: bool = False  # the latest visit is a stop where officials receive people from elsewhere


set_extension("visits", list)  # list[VisitRecord]
set_extension("scenes", dict)  # sentence start -> Scene
# the official the report's observer goes along with (我跟着A出了门: Reader._followed), or None:
# A is the report's visitor, whatever post A holds (issue_raisers: A's words are no resident's)
set_extension("followed", lambda: None)
