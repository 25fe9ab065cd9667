"""The per-report step: a report file in, its named graph and mentions out.

`extract_record` is a pure function of the file's bytes and the settings,
so a corpus can be mapped with any engine (processes here, Dask or Spark
elsewhere; see docs/corpus.md).  A `Record` is what the corpus build caches
per report: the report's quads (N-Quads, entities as mention IRIs) and the
small summary the cross-report linker reads.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from kg.corpus.mentions import report_mentions
from kg.emit.iri import DEFAULT_BASE
from kg.emit.rdf import Minter, report_quads
from kg.errors import ReportError, interrupt_behind
from kg.read import read_report


@dataclass
class Record:
    key: str
    meta: dict  # file, sha256, date, graph, counts, mentions (JSON-ready)
    quads: list[str] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        return self.meta["sha256"]

    @property
    def graph(self) -> str:
        return self.meta["graph"]

    def to_json(self) -> str:
        return json.dumps({"key": self.key, "meta": self.meta, "quads": self.quads}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "Record":
        data = json.loads(text)
        return cls(data["key"], data["meta"], data["quads"])


_PIPELINE = None


def _pipeline():
    # one per process: building it loads the lexicons
    global _PIPELINE
    if _PIPELINE is None:
        from kg.pipeline import Pipeline

        _PIPELINE = Pipeline()
    return _PIPELINE


def extract_facts(path, key: str | None = None, default_date: dt.date | None = None):
    """One report file -> (RawReport, ReportFacts): read, repair, extract, resolve.
    Raises ReportError (one-line reason) on bad input."""
    raw, doc = _extract_doc(path, key, default_date)
    return raw, doc.facts


def _extract_doc(path, key, default_date):
    raw = read_report(Path(path))
    return raw, _pipeline().run_doc(raw, key or Path(path).name, default_date)


def dates_itself(doc) -> bool:
    """Does the report give its own date (its text or its file name), so that
    the default date (kg build --date) changed nothing in its facts?  The
    default is read only through kg.extract.dates.report_date, which consults it
    only when it finds no date without it: a report it dates without one is
    extracted alike under any --date (kg.build reuses its record then).
    Example: a `2024-03-01-a.txt` saying `3月1日，…` -> True; `a.txt` saying it -> False."""
    from kg.extract.dates import report_date

    return report_date(doc.text.text, doc.raw.path.name, None) is not None


def extract_record(path, key: str | None = None, default_date: dt.date | None = None, base: str = DEFAULT_BASE,
                   info: dict | None = None) -> Record:
    """One report file -> its Record.  Raises ReportError (one-line reason) on bad input.
    `info`, if given, gets the ReportFacts ("facts"), the text as read ("text") and
    the seconds spent on them, read -> resolve ("facts_seconds").  The record's
    meta says whether the report dates itself ("own_date": dates_itself)."""
    started = time.perf_counter()
    raw, doc = _extract_doc(path, key, default_date)
    facts = doc.facts
    if info is not None:
        info["facts_seconds"] = time.perf_counter() - started
        info["facts"] = facts
        info["text"] = raw.text  # the report as read: a warning quotes it (kg.corpus.undated)
        info["notes"] = read_notes(raw, doc)
    record = to_record(raw, facts, base)
    record.meta["own_date"] = dates_itself(doc)
    # the same article in another form (kg.corpus.forms) is told by these two
    record.meta["text"] = text_digest(doc.text.text)
    record.meta["body"] = body_digest(doc.text.text)
    # two versions of one report (an edited file beside its old copy) are told by this one
    record.meta["lede"] = lede_digest(doc.text.text)
    record.meta["form"] = form_of(raw)
    return record


def read_notes(raw, doc) -> list[str]:
    """What reading and repairing `raw` (its Doc: `doc`) did that the build must
    say: parts in two encodings, mojibake decoded back (RawReport.notes), names
    read with characters lost (kg.corpus.guessed).  Raises nothing.
    Example: a file saying `区长王??明来到…` ->
    `["characters lost in 1 name (? or U+FFFD in the file): 「王??明」 read as 王某某明 …"]`."""
    from kg.corpus.guessed import guessed_names_warning

    return [*raw.notes, *filter(None, [guessed_names_warning(doc.facts, doc.text)])]


def text_digest(repaired: str) -> str:
    """SHA-256 (hex) of a report's repaired text with every whitespace
    character and the page's metadata lines dropped: the article's identity
    whatever form it came in (an HTML page with its byline, source, editor
    and tool lines or its text pasted without them, Traditional or
    Simplified, lines wrapped or indented otherwise, pinyin notes; the
    metadata lines and a pasted page's site header and footer are
    kg.repair.page.article_text).  Chinese puts no spaces between words,
    so dropping them loses nothing that tells two articles apart; any other
    character (a corrected sentence, one digit) gives another digest.  Raises
    nothing.

    >>> text_digest("区长王明来到\\n东湖街道。") == text_digest("　　区长王明来到东湖街道。 ")
    True
    >>> text_digest("区长王明来到东湖街道。") == text_digest("区长王明来到西湖街道。")
    False
    >>> text_digest("来源：东湖区融媒体\\n区长王明来到东湖街道。\\n责任编辑：李华") == text_digest("区长王明来到东湖街道。")
    True
    >>> text_digest("居民说「停车难」。") == text_digest("居民说“停车难”。")
    True
    """
    from kg.repair.page import article_text

    return _digest(article_text(repaired))


def _digest(bare: str) -> str:
    """SHA-256 (hex) of `bare` (a text without its metadata lines) with every
    whitespace character dropped and the marks editions write differently
    folded (kg.repair.punctuation.folded_punctuation: 「」 as “”)."""
    from kg.repair.punctuation import folded_punctuation

    return hashlib.sha256(folded_punctuation("".join(bare.split())).encode("utf-8")).hexdigest()


LEDE_MIN = 12  # characters: a shorter opening (a dateline alone) tells no report from another


def lede_digest(repaired: str) -> str | None:
    """`text_digest` of the report's opening up to its first sentence end
    (。！？, a headline with it): what two versions of one report share when
    one was edited after it (a word corrected, a paragraph added) and what
    two reports seldom do.  None when the opening is shorter than LEDE_MIN
    characters.  kg.corpus.forms.versions warns of reports sharing it.
    Raises nothing.

    >>> lede_digest("区长王明来到东湖街道调研。居民反映停车难。") == lede_digest("区长王明来到东湖街道调研。居民反映路灯坏了。")
    True
    >>> lede_digest("区长王明来到东湖街道调研。") == lede_digest("区长王明来到西湖街道调研。"), lede_digest("6月3日。")
    (False, None)

    A headline is left out, as body_digest leaves it out: a page keeps it
    where its pasted text has none, and the page edited later opens as the
    text still does (NEWCOMER52b).

    >>> lede_digest("区长调研东湖街道\\n区长王明来到东湖街道调研。居民反映停车难。") == lede_digest("区长王明来到东湖街道调研。")
    True
    """
    from kg.repair.page import article_text
    from kg.text import HEADLINE_END

    text = article_text(repaired).strip()
    first, _, rest = text.partition("\n")
    if rest.strip() and not HEADLINE_END.search(first.rstrip()):
        text = rest  # a headline: the opening is the body's
    bare = "".join(text.split())
    end = re.search(r"[。！？!?]", bare)
    opening = bare[: end.end()] if end else bare
    return _digest(opening) if len(opening) >= LEDE_MIN else None


def body_digest(repaired: str) -> str | None:
    """`text_digest` of the report without its headline: the first line left
    once the metadata lines are dropped, when it has no sentence end
    (kg.text.HEADLINE_END) and prose follows it.  None when the text opens
    with no headline.  A page's article element often leaves the headline out
    while the text pasted from it keeps it (or the page's title carries the
    site's name): the two forms share this digest (kg.corpus.forms).  Raises
    nothing.

    >>> body_digest("区长走访社区\\n区长王明来到东湖街道。") == text_digest("区长王明来到东湖街道。")
    True
    >>> body_digest("区长王明来到东湖街道。\\n居民反映停车难。") is None
    True
    """
    from kg.repair.page import article_text
    from kg.text import HEADLINE_END

    first, _, rest = article_text(repaired).strip().partition("\n")
    if not rest.strip() or HEADLINE_END.search(first.rstrip()):
        return None
    return _digest(rest)  # the metadata lines are already out of it


def form_of(raw) -> str:
    """How a report came (a RawReport: its reader, its script), for the
    warning that names two forms of one article: `"HTML"`, `"text"`,
    `"Markdown"`, with `", Traditional"` when the text as read is written in
    Traditional characters (kg.repair.script.is_traditional).  Raises nothing.

    >>> from kg.read import RawReport
    >>> form_of(RawReport(Path("a.txt"), "區長來到社區。", "x", "utf-8"))
    'text, Traditional'
    """
    from kg.repair.script import is_traditional

    return raw.form + (", Traditional" if is_traditional(raw.text) else "")


def to_record(raw, facts, base: str = DEFAULT_BASE) -> Record:
    """A report's facts -> its Record (quads with mention IRIs, and mentions)."""
    key = facts.key
    return Record(
        key=key,
        meta={
            "file": facts.file_name,
            "sha256": facts.sha256,
            "date": facts.date.isoformat() if facts.date else None,
            "graph": Minter(base).report(key),
            "counts": facts.counts(),
            "mentions": report_mentions(facts),
        },
        quads=report_quads(facts, raw.text, base),
    )


def try_extract(path, key: str, default_date=None, base: str = DEFAULT_BASE, info: dict | None = None) -> Record | ReportError:
    """`extract_record`, with a bad report returned rather than raised (for map-style engines)."""
    try:
        return extract_record(path, key, default_date, base, info)
    except ReportError as exc:
        return exc
    except Exception as exc:  # a bug this report trips must not cost the other reports
        if os.environ.get("KG_DEBUG") or interrupt_behind(exc):  # `kg --debug`; a Ctrl-C Python wrapped
            raise
        return ReportError(path, f"internal error ({type(exc).__name__}: {exc}); `kg --debug build --force` shows the traceback")
