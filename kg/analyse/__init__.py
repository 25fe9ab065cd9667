"""The lexical layer: statistical analysers that cut Chinese text into words
and tag each with a part of speech or a named-entity type.

Analysers are plugins named by module path, as rdflib names its parsers: a
module is imported (and its model loaded) only when the analyser is first
used.  Every analyser returns the same shape, so the extraction rules above do
not care which one runs:

    >>> from kg.analyse import get_analyser
    >>> get_analyser("lac").tag(["区长王明来到新华社区"])  # doctest: +SKIP
    [[('区长', 'n'), ('王明', 'PER'), ('来到', 'v'), ('新华社区', 'LOC')]]

Tags are LAC's (Baidu's Lexical Analysis of Chinese) tag set: the entity types
PER (person), LOC (place), ORG (organisation), TIME, and the PKU-style parts of
speech n/nz/v/vn/vd/a/ad/an/d/f/r/s/t/m/q/p/c/u/xc/w.  Analysers with another
tag set map theirs onto it (see `kg.analyse.jieba_posseg`).
"""

from __future__ import annotations

import re

import importlib
import os
from dataclasses import dataclass
from typing import Protocol, Sequence

ENTITY_TAGS = frozenset({"PER", "LOC", "ORG", "TIME"})

# analyser name -> module that registers it (imported on first use)
ANALYSER_MODULES: dict[str, str] = {
    "lac": "kg.analyse.lac",
    "jieba": "kg.analyse.jieba_posseg",
}
DEFAULT_ANALYSER = "lac"
# `KG_ANALYSER=jieba kg build ...` swaps the analyser for a comparison run
ENV_VAR = "KG_ANALYSER"


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text: `text[start:end] == word`, `tag` as described above."""

    word: str
    tag: str
    start: int
    end: int


class Analyser(Protocol):
    name: str

    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        """Words and tags of each text; the words of a text join back to it."""


_FACTORIES: dict[str, type] = {}
_INSTANCES: dict[str, Analyser] = {}


def register(name: str):
    """Class decorator: register an analyser class under `name`."""

    def wrap(cls):
        _FACTORIES[name] = cls
        return cls

    return wrap


def analyser_name() -> str:
    """The analyser a build uses: $KG_ANALYSER, else `DEFAULT_ANALYSER`."""
    return os.environ.get(ENV_VAR) or DEFAULT_ANALYSER


def get_analyser(name: str | None = None) -> Analyser:
    """The (shared) analyser `name`, importing its module and loading its model
    on first use (or taking the one `preload` is loading, once it is loaded).
    Raises ValueError for a name no module registers, and what loading raised."""
    name = name or analyser_name()
    if name in _INSTANCES:
        return _INSTANCES[name]
    if name in _LOADING:
        try:
            return _LOADING[name].result()  # what the thread raised is raised here, where the analyser is wanted
        finally:
            _LOADING.pop(name, None)
    return _load(name)


def tag_text(text: str) -> list[tuple[str, str]]:
    """The words and tags of one short text (a label, a clause) by the shared analyser:
    `get_analyser().tag([text])[0]`, for the readers that judge one item's words.

    >>> "".join(word for word, _ in tag_text("楼道灯坏了"))
    '楼道灯坏了'
    """
    return list(get_analyser().tag([text])[0])


# analyser name -> the Future of its load in a thread (preload)
_LOADING: dict = {}


def preload(name: str | None = None) -> None:
    """Start loading the analyser `name` in a thread, for `get_analyser` to take
    when a report first needs it.  Importing numpy and ONNX Runtime and making
    LAC's session is ~0.2-0.3 s CPU of a one-report build, and ONNX Runtime
    makes the session without holding the GIL: on two cores it overlaps the
    build's own imports and the report's reading and repair.  Not for a
    process about to fork (a worker pool): fork with a thread running is unsafe.

    >>> preload(); get_analyser().name  # doctest: +SKIP
    'lac'
    """
    from concurrent.futures import Future
    import threading

    name = name or analyser_name()
    if name in _INSTANCES or name in _LOADING:
        return
    future = _LOADING[name] = Future()

    def run():
        try:
            future.set_result(_load(name))
        except BaseException as exc:
            future.set_exception(exc)

    # not a daemon: the interpreter waits for the load before it exits.  A daemon thread still
    # inside ONNX Runtime's session set-up when kg ends (Ctrl-C in the build's first half-second)
    # aborted the process (C++ "terminate called without an active exception", exit -6)
    threading.Thread(target=run, name=f"kg-load-{name}", daemon=False).start()


def _load(name: str) -> Analyser:
    if name not in _FACTORIES and name in ANALYSER_MODULES:
        importlib.import_module(ANALYSER_MODULES[name])
    if name not in _FACTORIES:
        known = ", ".join(sorted(ANALYSER_MODULES))
        raise ValueError(f"unknown lexical analyser {name!r} (known: {known})")
    _INSTANCES[name] = analyser = _FACTORIES[name]()
    return analyser


def release() -> None:
    """Drop the loaded analysers and their models (LAC's ONNX session holds
    ~40 MB): a build calls it once extraction is done, so the outputs stage
    does not carry them (a load `preload` started is waited for first, and
    dropped too).  The next `get_analyser` loads again (~0.15 s)."""
    while _LOADING:
        _, future = _LOADING.popitem()
        future.exception()  # waits; what it raised no longer matters
    _INSTANCES.clear()


def tokenize(text: str, spans: Sequence[tuple[int, int]], analyser: Analyser | None = None) -> list[Token]:
    """Tokens of `text[start:end]` for each span, with offsets into `text`,
    in text order.  Spans must not overlap.  All spans go to the analyser in
    one call, so it can batch them.

    >>> tokenize("区长王明来到新华社区", [(0, 6)])  # doctest: +SKIP
    [Token(word='区长', tag='n', start=0, end=2), Token(word='王明', tag='PER', start=2, end=4), ...]
    """
    analyser = analyser or get_analyser()
    spans = sorted(spans)
    pieces = [text[s:e] for s, e in spans]
    out: list[Token] = []
    make = _make_token
    for (start, _), piece, words in zip(spans, pieces, analyser.tag(pieces)):
        pos = start
        spaced = _SPACE.search(piece) is not None  # (most spans hold no space: no word of them is searched)
        for word, tag in words:
            if spaced and len(word) > 1 and _SPACE.search(word) and not word.isspace():
                # (a word read across a line break, 韩书远\n/PER: a byline's name before the date
                # line; no word holds a space: each run its own token, the spaces punctuation)
                for run in _RUNS.finditer(word):
                    out.append(make(run.group(0), "w" if run.group(0).isspace() else tag, pos + run.start(), pos + run.end()))
            else:
                out.append(make(word, tag, pos, pos + len(word)))
            pos += len(word)
    return out


_SPACE = re.compile(r"\s")
_RUNS = re.compile(r"\s+|\S+")


_new = object.__new__
_set_word, _set_tag, _set_start, _set_end = Token.word.__set__, Token.tag.__set__, Token.start.__set__, Token.end.__set__


def _make_token(word: str, tag: str, start: int, end: int) -> Token:
    """`Token(word, tag, start, end)` without the frozen dataclass's `__init__`
    (its `object.__setattr__` calls): 1.5 -> 0.9 µs, some 300 tokens a report."""
    token = _new(Token)
    _set_word(token, word)
    _set_tag(token, tag)
    _set_start(token, start)
    _set_end(token, end)
    return token
