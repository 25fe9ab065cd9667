"""govkg from Python: reports in, an RDF dataset and the extracted facts out.

    import kg
    result = kg.build_reports(["reports/"])              # in memory: nothing is left on disk
    result.dataset.graph(result.graph_of["0301.txt"])    # one report's named graph (rdflib)
    result.facts["0301.txt"].visits                      # what extraction found, as plain records
    kg.build_reports(["reports/"], out="out")            # a build folder, as `kg build` writes it

`build_reports` takes report files and folders, `build_texts` takes texts
with a name each; both run the same pipeline as `kg build` (the command line
is a thin layer over the function behind `build_reports`) and give back a
`Build`.  An empty input is an error (UsageError) for both, as for `kg build`;
messages name options by the parameters passed (`date=`, `html=False`), not
the command line's flags.  (`kg.build`
is the module that does the work, hence the longer name.)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable, Mapping

from kg.build import BuildOptions, BuildResult, build_corpus
from kg.errors import ReportError, UsageError
from kg.facts import ReportFacts
from kg.options import NO_DATE, iso_day

__all__ = ["Build", "build_reports", "build_texts"]


@dataclass(repr=False)
class Build:
    """What a build gave.

    - `dataset`: an `rdflib.Dataset` (default_union=True: `dataset.query()` sees
      every graph) with one named graph per report, named by the report's IRI,
      plus the entities graph (`{base}graph/entities`: canonical labels, merge
      reasons).  None when `build_reports(..., dataset=False)`.
    - `facts`: report key -> `kg.facts.ReportFacts` (officials, places, visits,
      issues with their evidence; a visit's or issue's `place` is the key of
      `places`, its `place_label` the place's name as written: `labelled`) of every report extracted by this call; in a
      build folder, reports unchanged since the last build are not extracted
      again (pass `force=True` to have them all).
    - `graph_of`: report key -> the IRI of its named graph (every report in the graph).
    - `failures`: one `ReportError` per report that could not be built
      (`str()` names the file and the problem).
    - `warnings`: one line per thing built but worth a look, as `kg build`
      prints them: a report built with something missing (its undated
      visits, naming the file), a copy of another report (the same bytes,
      or the same text saved in another encoding: built once), a build folder that already held other reports (they
      stay in the graph), an earlier build's page or stores removed
      (`html=False` / `store=False`), or a build before that did not finish.
    - `counts`: officials, posts, places, visits and issues in the graph, and `triples`.
    - `out`: the build folder, or None in memory; `outputs`: output name ->
      path written there (`turtle`, `store`, `cypher`, `html`).
    - `result`: the underlying `kg.build.BuildResult` (timings, manifest).

    `query()` asks a SPARQL question of the dataset as `kg query --sparql`
    asks the store: a named question from queries/ or the text, with the
    issue scheme beside the data (the dataset holds only the build's graphs,
    as graph.ttl does, so `dataset.query()` finds no scheme concept:
    `issues-by-category` gives 0 rows there).
    """

    dataset: object
    facts: dict[str, ReportFacts]
    graph_of: dict[str, str]
    failures: list[ReportError]
    counts: dict[str, int]
    out: Path | None
    outputs: dict[str, Path] = field(default_factory=dict)
    result: BuildResult | None = None
    warnings: list[str] = field(default_factory=list)
    _store: tuple | None = field(default=None, repr=False, compare=False)  # (len(dataset), Oxigraph store)

    def query(self, q: str, **params):
        """The rows of SPARQL `q` (a name from queries/, as `kg query --list`
        lists them, a file, or the query text) on this build's graph and the
        issue scheme, as `kg query --sparql` gives them from the store: a
        `kg.stores.results.Table` (`columns`, `rows` of Python values;
        `print()` shows it as the command line does).  `params` bind the named
        question's parameters (`official="吕鸣"`, `from_=` for a name that is a
        Python keyword; a date as a `datetime.date` or `"YYYY-MM-DD"`).

        A gov:/issue: term that matches nothing (misspelt, or a class as a
        predicate), and a name given that names nothing (`official="吕明"`
        for 吕鸣, when no row comes back), give a UserWarning saying so, as
        `kg query` warns.  An official named in part, as `kg view --focus`
        takes it (`official="巴特尔"`: the given name of 巴特尔·额尔敦, or the
        start of one official's name), is answered for that official, with a
        UserWarning naming them; a part that several officials' names share
        raises StoreError listing them (kg.stores.names.resolved).
        Raises UsageError without a dataset (`dataset=False`), StoreError for
        an unknown name or parameter, QueryError for a query the store refuses.

        >>> import kg
        >>> built = kg.build_texts({"a.txt": "2024年3月1日，区长王明来到东湖街道新华居民区，居民反映加装电梯难。"})
        >>> print(built.query("issues-by-category"))
        category | issues
        ---------+-------
        加装电梯 | 1
        (1 row)
        """
        import warnings

        from kg.stores import named, oxigraph_store
        from kg.stores.errors import QueryError, StoreError
        from kg.stores.names import resolved, unmatched_lines
        from kg.stores.positions import placed
        from kg.stores.vocabulary import warning

        if self.dataset is None:
            raise UsageError("this build has no dataset (dataset=False): build again with dataset=True to query it")
        given = {name.rstrip("_"): v.isoformat() if isinstance(v, dt.date) else str(v) for name, v in params.items()}
        try:
            question = named.resolve(q, "sparql")
            text = named.bind_sparql(question, given)
        except StoreError as exc:  # its words name the command line's --param
            raise type(exc)(as_parameters(str(exc))) from None
        if line := warning(question.text):
            warnings.warn(line, UserWarning, stacklevel=2)
        store = self._oxigraph()

        def ask(lookup: str):
            return oxigraph_store.query(store, lookup)
        given, lines = resolved(question, given, ask)  # official="巴特尔" for 巴特尔·额尔敦, as kg view --focus
        for line in lines:
            warnings.warn(line, UserWarning, stacklevel=2)
        text = named.bind_sparql(question, given)
        try:
            table = oxigraph_store.query(store, text)
        except QueryError as exc:  # where the user wrote it, as kg query says it
            raise QueryError(placed(str(exc), text, question.text, question.source)) from None
        for line in unmatched_lines(question, given, table, ask):
            warnings.warn(line, UserWarning, stacklevel=2)
        return table

    def _oxigraph(self):
        """The dataset and the issue scheme in an in-memory Oxigraph store, made
        once (again when the dataset's size changed)."""
        if self._store is None or self._store[0] != len(self.dataset):
            import warnings

            from pyoxigraph import RdfFormat, Store

            from kg.stores.source import add_scheme

            store = Store()
            with warnings.catch_warnings():  # rdflib's own N-Quads writer calls its deprecated Dataset.contexts
                warnings.simplefilter("ignore", DeprecationWarning)
                data = self.dataset.serialize(format="nquads", encoding="utf-8")
            store.load(data, format=RdfFormat.N_QUADS)
            self._store = (len(self.dataset), add_scheme(store))
        return self._store[1]

    def __repr__(self) -> str:
        """A one-line summary (the fields hold every fact: printed whole, a
        notebook cell of 10,000 reports would never end).  Example:
        `<Build: 1 report (officials=5, places=15, visits=8, issues=10, triples=408); 0 failures, 0 warnings; in memory>`"""
        c = self.counts
        kinds = ", ".join(f"{k}={c.get(k, 0)}" for k in ("officials", "places", "visits", "issues", "triples"))
        where = f"out={str(self.out)!r}" if self.out is not None else "in memory"
        return (f"<Build: {_plural(len(self.graph_of), 'report')} ({kinds}); {_plural(len(self.failures), 'failure')}, "
                f"{_plural(len(self.warnings), 'warning')}; {where}>")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def build_reports(paths: Iterable[str | Path] | str | Path, out: str | Path | None = None, *, date: dt.date | str | None = None,
          base: str | None = None, store: bool | None = None, html: bool | None = None, jobs: int = 1,
          force: bool = False, dataset: bool = True, facts: bool = True, progress: bool | None = False) -> Build:
    """Build the graph of report files (.txt, .html, ...) and folders of them.

    `out`: a build folder (created if needed; incremental: unchanged reports are
    not extracted again) that gets graph.ttl, graph.nq and, unless turned off
    with `store=False` / `html=False`, the Oxigraph and LadybugDB stores and
    graph.html.  None (the default): the build runs in a temporary folder that
    is removed afterwards; no stores or page unless asked for.
    `date`: the date of reports that give no year, a `datetime.date` or an ISO
    string (`"2022-01-01"`), or `"none"` to clear the date an `out` folder
    holds (the reports given are dated by their text and file name alone);
    anything else raises TypeError (another type) or
    ValueError (a string that is no date) naming it; `base`: the base IRI of
    minted entities (default https://w3id.org/govkg/id/); `jobs`: extraction
    processes; `dataset` / `facts`: whether to return them (they cost memory);
    `progress`: False (the default) writes nothing while building, None a
    bar on a terminal and a line every tenth of the reports otherwise (as
    `kg build` does), True a bar.
    In an `out` folder built before, the `date` and `base` given then hold
    when these are None (a report is not extracted again for them); another
    value replaces them, with a line in `Build.warnings` naming the reports
    whose date changed.

    Bad reports (and paths that do not exist) do not stop the build: each is a
    `ReportError` in `Build.failures`; what was built with something missing,
    and an `out` folder that already held other reports (they stay in the
    graph), are lines in `Build.warnings`; they name options by the parameters
    of this function (`date=`, `html=False`), as `kg build` names its flags.
    Raises `UsageError` when the options cannot work (a relative `base`,
    `jobs` < 1) or when no path is given (an empty input is an error, as
    for `build_texts` and the command line).

    >>> import kg
    >>> result = kg.build_reports(["seeds/"])
    >>> sorted(o.name for f in result.facts.values() for o in f.officials.values())[:2]
    ['吕鸣', '姜爱锋']
    >>> result.counts["visits"]
    8
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    if not paths:
        raise UsageError("no paths given: pass report files or folders (build_texts takes texts)")
    with _parameters_named():
        return _as_parameters(_build(paths, out, date=date, base=base, store=store, html=html, jobs=jobs, force=force,
                                     dataset=dataset, facts=facts, progress=progress))


# Messages name options as the command line spells them (`--date YYYY-MM-DD`,
# `--no-html`): `kg build` prints them as they are.  A caller of this module
# passed parameters, so its warnings, failures and errors name those.  A
# command quoted in backticks (`kg remove a.txt --out out`) is run as written:
# left whole.
_FLAG = re.compile(r"--(date|base|out|no-html|no-store|force)\b( YYYY-MM-DD| none\b)?|--param ")
_PARAMETER = {"date": "date=", "base": "base=", "out": "out=", "no-html": "html=False", "no-store": "store=False",
              "force": "force=True"}


def as_parameters(message: str) -> str:
    """`message` with the command line's flags named as this module's parameters,
    outside backticks.  Example: `as_parameters("... or give --date YYYY-MM-DD (...)")`
    -> `"... or give date=datetime.date(YYYY, MM, DD) (...)"`; `"build again without
    --no-html"` -> `"build again without html=False"`."""
    parts = message.split("`")
    for i in range(0, len(parts), 2):
        parts[i] = _FLAG.sub(_parameter, parts[i])
    return "`".join(parts)


def _parameter(m: re.Match) -> str:
    if m.group(1) is None:
        return "the parameter "  # `--param official=…` is the keyword official=… of Build.query
    if m.group(2) == " none":
        return 'date="none"'
    return "date=datetime.date(YYYY, MM, DD)" if m.group(2) else _PARAMETER[m.group(1)]


@contextlib.contextmanager
def _parameters_named():
    """A UsageError raised inside names options as this module's parameters."""
    try:
        yield
    except UsageError as exc:
        raise UsageError(as_parameters(str(exc))) from None


def _as_parameters(built: Build) -> Build:
    """`built` with its failures and warnings naming options as parameters (as_parameters)."""
    built.failures = [ReportError(e.path, as_parameters(e.reason)) for e in built.failures]
    built.warnings = [as_parameters(w) for w in built.warnings]
    return built


def as_date(date) -> dt.date | str | None:
    """The `date=` parameter as a `datetime.date`: a date (a datetime gives its
    day), an ISO string `"2022-01-01"`, or None; `"none"` (NO_DATE, any case) is
    kept as it is: the folder's held date cleared.  Raises TypeError for another
    type and ValueError for a string that is no YYYY-MM-DD date, each naming the
    parameter and the value, at the call (not deep inside the build).
    Example: `as_date("2022-01-01")` -> `datetime.date(2022, 1, 1)`;
    `as_date(20220101)` -> TypeError `date= takes a datetime.date or a YYYY-MM-DD string, not int (20220101)`."""
    if date is None:
        return None
    if isinstance(date, dt.datetime):
        return date.date()
    if isinstance(date, dt.date):
        return date
    if isinstance(date, str):
        if date.strip().lower() == NO_DATE:
            return NO_DATE
        try:
            return iso_day(date)
        except ValueError:
            raise ValueError(f"date= takes a YYYY-MM-DD date, not {date!r} (or \"none\" to clear the date held)") from None
    raise TypeError(f"date= takes a datetime.date or a YYYY-MM-DD string, not {type(date).__name__} ({date!r})")


def _build(paths: list, out, *, date=None, base=None, store=None, html=None, jobs=1, force=False, dataset=True, facts=True,
           progress=False) -> Build:
    """build_reports on paths already listed: folders, files, or (file, key) pairs
    (build_texts); messages name the command line's flags (`kg build` calls it)."""
    if jobs < 1:
        raise UsageError(f"jobs must be at least 1, not {jobs}")
    date = as_date(date)
    temporary = out is None
    folder = Path(tempfile.mkdtemp(prefix="kg-build-")) if temporary else Path(out)
    cleared = date == NO_DATE
    options = BuildOptions(default_date=None if cleared else date, clear_date=cleared, base=base, out=folder, jobs=jobs,
                           force=force, progress=progress,
                           store=(not temporary) if store is None else store, html=(not temporary) if html is None else html)
    options.iri_base  # raises UsageError for a bad base before anything is read
    sinks = ()
    if dataset:
        from kg.emit.dataset import DatasetSink

        sinks = (DatasetSink(),)
    options.keep_facts = facts
    try:
        result = build_corpus(paths, options, sinks=sinks)
        return Build(
            dataset=sinks[0].dataset if sinks else None,
            facts={key: labelled(facts) for key, facts in sorted(result.facts.items())},
            graph_of={key: entry["graph"] for key, entry in sorted(result.manifest.reports.items())},
            failures=list(result.failures),
            counts={**result.counts(), "triples": result.stats.triples},
            warnings=[str(w) for w in result.warnings] + list(result.notices),
            out=None if temporary else folder,
            outputs={} if temporary else dict(result.outputs),
            result=result,
        )
    finally:
        if temporary:
            shutil.rmtree(folder, ignore_errors=True)


def labelled(facts: ReportFacts) -> ReportFacts:
    """`facts` with each visit's and issue's `place_label` set to its place's
    label (`facts.places[key].name`, the name as written), so that a record
    printed reads as the report does: the place key (`subdistrict:青河街道/site:党群`,
    core names that link reports) is no name a user wrote.  Changes `facts` in
    place and returns it; a key with no place keeps None.  Raises nothing.

    >>> from kg.facts import Evidence, Place, Visit
    >>> f = ReportFacts("a.txt", "a.txt", "0" * 64, None, places={"site:党群": Place("site:党群", "党群服务中心")},
    ...                 visits=[Visit("王明", "site:党群", None, Evidence("", 0, 0))])
    >>> labelled(f).visits[0].place_label
    '党群服务中心'
    """
    for record in (*facts.visits, *facts.issues):
        if (place := facts.places.get(record.place)) is not None:
            record.place_label = place.name
    return facts


def build_texts(texts: Mapping[str, str | bytes], out: str | Path | None = None, **options) -> Build:
    """Build the graph of reports given as texts, each under a name: `{"2024/0301.txt": "…"}`.

    A name is the report's key (a relative path) and names its graph and facts;
    any name will do (`"0301"`, `"notes.docx"`): a `.html`/`.htm`/`.xhtml`
    suffix reads the text as HTML, any other as plain text (HTML all the same
    when it is an HTML page: it starts with a doctype or `<html>`), as for files.  Texts go through the same reader as
    files (bytes are decoded as files are).  Other options as for
    `build_reports`.  Raises `TypeError` when `texts` is not a mapping of str
    names to str or bytes texts (a list of texts has no names), `UsageError`
    for a name that is absolute, empty or leaves its folder (`..`).

    >>> import kg
    >>> result = kg.build_texts({"a.txt": "2024年3月1日，区长王明来到东湖街道新华居民区。"})
    >>> result.facts["a.txt"].visits[0].date
    datetime.date(2024, 3, 1)
    """
    if not isinstance(texts, Mapping):
        raise TypeError(f"build_texts takes a mapping of report names to texts, {{'a.txt': '…'}}, not a {type(texts).__name__}"
                        + (" (a text needs a name: its report's key)" if isinstance(texts, (list, tuple, str, bytes)) else ""))
    if not texts:
        raise UsageError("no texts given: pass a mapping of report names to texts")
    for name, text in texts.items():
        if not isinstance(name, str) or not isinstance(text, (str, bytes)):
            raise TypeError(f"build_texts takes a mapping of str names to str or bytes texts, not {type(name).__name__} -> "
                            f"{type(text).__name__} ({name!r})")
    folder = Path(tempfile.mkdtemp(prefix="kg-texts-"))
    try:
        given = []
        for name, text in texts.items():
            rel = PurePosixPath(name)
            if not name or rel.is_absolute() or ".." in rel.parts or "\\" in name or not rel.parts:
                raise UsageError(f"report name {name!r}: give a relative path without '..'")
            target = folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
            given.append((target, rel.as_posix()))  # its name, not a folder walk: no suffix is needed
        with _parameters_named():
            built = _build(given, out, **options)
        # failures name the report as the caller did, not the temporary file
        built.failures = [_renamed(e, folder) for e in built.failures]
        built.warnings = [str(_renamed(w, folder)) for w in built.result.warnings] + list(built.result.notices)
        return _as_parameters(built)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _renamed(error: ReportError, folder: Path) -> ReportError:
    """`error` naming its report by the name given to `build_texts` (its path
    under `folder`) instead of the temporary file."""
    reason = error.reason.replace(f"{folder}{os.sep}", "")  # another text named in the reason (a copy's original)
    try:
        name = Path(error.path).relative_to(folder).as_posix()
    except ValueError:
        return ReportError(error.path, reason)
    return ReportError(name, reason)
