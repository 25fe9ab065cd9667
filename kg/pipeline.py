"""The per-report pipeline, built from named components as spaCy builds one.

A `Doc` flows through the components in order: repair the text, split it into
sentences, find dates, officials, places, visits and issues, then resolve
them into `ReportFacts`.  `Pipeline.__call__` is a pure function of the file's
bytes and the options, so a corpus can be mapped with any engine.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kg.errors import ReportError
from kg.facts import ReportFacts
from kg.read import RawReport, read_report
from kg.text import TrackedText

COMPONENTS: dict[str, Callable[["Doc"], None]] = {}


def component(name: str):
    """Register a pipeline component under `name`."""

    def register(func):
        COMPONENTS[name] = func
        return func

    return register


@dataclass
class Doc:
    raw: RawReport
    key: str
    default_date: dt.date | None = None
    text: TrackedText | None = None
    sentences: list = field(default_factory=list)
    year: int | None = None
    facts: ReportFacts | None = None
    # working state shared between extraction components
    state: dict = field(default_factory=dict)


DEFAULT_PIPELINE = ("repair", "sentences", "dates", "officials", "places", "events", "resolve")


class Pipeline:
    def __init__(self, names=DEFAULT_PIPELINE):
        _load_components()
        missing = [n for n in names if n not in COMPONENTS]
        if missing:
            raise ValueError(f"unknown pipeline components: {', '.join(missing)}")
        self.names = tuple(names)

    def run_text(self, raw: RawReport, key: str, default_date: dt.date | None = None) -> ReportFacts:
        doc = Doc(raw=raw, key=key, default_date=default_date)
        for name in self.names:
            COMPONENTS[name](doc)
        facts = doc.facts
        if facts is None or not (facts.officials or facts.places):
            raise ReportError(raw.path, "no facts found (no officials or places recognised)")
        return facts

    def __call__(self, path: Path, key: str | None = None, default_date: dt.date | None = None) -> ReportFacts:
        raw = read_report(path)
        return self.run_text(raw, key or Path(path).name, default_date)


def _load_components() -> None:
    # importing the modules registers their components
    import kg.extract.dates  # noqa: F401
    import kg.extract.events  # noqa: F401
    import kg.extract.officials  # noqa: F401
    import kg.extract.places  # noqa: F401
    import kg.extract.sentences  # noqa: F401
    import kg.repair.component  # noqa: F401
    import kg.resolve  # noqa: F401
