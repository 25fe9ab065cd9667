"""The per-report pipeline, built from named components as spaCy builds one.

A `Doc` flows through the components in order: repair the text, split it into
sentences, tag the words where names and posts may stand (the lexical
analyser), find dates (each story of a list page dated by its own
dateline), officials, places, visits and issues, then resolve
them into `ReportFacts`.  `Pipeline.__call__` is a pure function of the file's
bytes and the options, so a corpus can be mapped with any engine.

Components are named by the module that defines them, the way rdflib's
`plugin.register` names plugins: a module is imported only when a pipeline
uses it, and each component declares the `Doc` attributes it reads and writes
(spaCy's `requires`/`assigns`), so a pipeline with a missing step fails when
it is built, not half-way through a report.
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from kg.errors import ReportError
from kg.facts import ReportFacts
from kg.read import RawReport, read_report
from kg.text import TrackedText


@dataclass(frozen=True)
class ComponentInfo:
    name: str
    func: Callable[["Doc"], None]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


COMPONENTS: dict[str, ComponentInfo] = {}

# name -> module that registers it (imported on first use)
COMPONENT_MODULES: dict[str, str] = {
    "repair": "kg.repair.component",
    "sentences": "kg.extract.sentences",
    "analyse": "kg.analyse.component",
    "dates": "kg.extract.dates",
    "stories": "kg.stories",
    "officials": "kg.extract.officials",
    "visits": "kg.extract.visits",
    "issues": "kg.extract.issues",
    "resolve": "kg.resolve",
}


def component(name: str, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()):
    """Register a pipeline component under `name`.

    `requires` and `assigns` name `Doc` attributes (`"text"`, `"sentences"`,
    or an extension such as `"officials"`): building a pipeline checks that
    every attribute a component reads was assigned by one before it.

    >>> @component("noop", requires=("text",))
    ... def noop(doc): pass
    """

    def register(func):
        COMPONENTS[name] = ComponentInfo(name, func, tuple(requires), tuple(assigns))
        return func

    return register


# Doc extensions: working state shared between components, declared up front
# like spaCy's Doc.set_extension (name -> factory of its empty value).
EXTENSIONS: dict[str, Callable[[], Any]] = {}


def set_extension(name: str, default: Callable[[], Any] = lambda: None) -> None:
    """Declare `doc.ext.<name>`; re-declaring the same name is allowed (module reloads)."""
    EXTENSIONS[name] = default


class Extensions:
    """`doc.ext`: only declared names may be set or read."""

    def __init__(self):
        for name, default in EXTENSIONS.items():
            object.__setattr__(self, name, default())

    def __setattr__(self, name, value):
        if name not in EXTENSIONS:
            raise AttributeError(f"undeclared Doc extension {name!r}: declare it with kg.pipeline.set_extension")
        object.__setattr__(self, name, value)

    def __getattr__(self, name):  # only reached for names declared after the Doc was made
        if name in EXTENSIONS:
            value = EXTENSIONS[name]()
            object.__setattr__(self, name, value)
            return value
        raise AttributeError(f"undeclared Doc extension {name!r}")


@dataclass
class Doc:
    raw: RawReport
    key: str
    default_date: dt.date | None = None
    text: TrackedText | None = None
    sentences: list = field(default_factory=list)
    facts: ReportFacts | None = None
    ext: Extensions = field(default_factory=Extensions)


DOC_ATTRIBUTES = ("raw", "key", "default_date")
DEFAULT_PIPELINE = ("repair", "sentences", "analyse", "dates", "stories", "officials", "visits", "issues", "resolve")


def get_component(name: str) -> ComponentInfo:
    """The registered component `name`, importing its module on first use.

    Raises ValueError for a name that no module registers.
    """
    if name not in COMPONENTS and name in COMPONENT_MODULES:
        importlib.import_module(COMPONENT_MODULES[name])
    if name not in COMPONENTS:
        raise ValueError(f"unknown pipeline component: {name}")
    return COMPONENTS[name]


class Pipeline:
    """Run components in order over one report.

    >>> facts = Pipeline()(Path("seeds/hongkou-2025-02-05.txt"))  # doctest: +SKIP
    """

    def __init__(self, names=DEFAULT_PIPELINE):
        unknown = [n for n in names if n not in COMPONENTS and n not in COMPONENT_MODULES]
        if unknown:
            raise ValueError(f"unknown pipeline components: {', '.join(unknown)}")
        infos = [get_component(n) for n in names]
        have = set(DOC_ATTRIBUTES)
        for info in infos:
            missing = [r for r in info.requires if r not in have]
            if missing:
                raise ValueError(f"pipeline component {info.name!r} needs {', '.join(missing)} from an earlier component")
            have.update(info.assigns)
        self.names = tuple(names)

    def run_text(self, raw: RawReport, key: str, default_date: dt.date | None = None) -> ReportFacts:
        return self.run_doc(raw, key, default_date).facts

    def run_doc(self, raw: RawReport, key: str, default_date: dt.date | None = None) -> Doc:
        """The Doc after every component (its `facts`, its repaired `text`...).
        Raises ReportError when it holds no facts (no officials or places)."""
        doc = Doc(raw=raw, key=key, default_date=default_date)
        for name in self.names:
            # looked up per call so a component can be swapped at run time (tests' knock-outs)
            COMPONENTS[name].func(doc)
        facts = doc.facts
        if facts is None or not (facts.officials or facts.places):
            raise ReportError(raw.path, "no facts found (no officials or places recognised)")
        return doc

    def __call__(self, path: Path, key: str | None = None, default_date: dt.date | None = None) -> ReportFacts:
        raw = read_report(path)
        return self.run_text(raw, key or Path(path).name, default_date)
