"""Build a corpus: report paths in, one RDF dataset (a named graph per report) out.

The build folder remembers what it was built from (kg.corpus.manifest), so a
build only extracts reports that are new or changed, in parallel when asked
(`jobs`), caching each report's quads; the graph is then assembled from the
cache with entities linked across reports (kg.corpus.assemble).  Rebuilding
an unchanged folder extracts nothing and rewrites nothing.

Data flows once: the assembly writes graph.nq and graph.ttl and, in the same
pass, feeds every other output (kg.corpus.assemble.Sink).  Outputs are
plugins: `OUTPUTS` maps a name to a sink factory `(result, options) -> Sink`
given as "module:name", imported only when that output is wanted (a module
that is not installed is skipped).  No output reads a file written by the
same build.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import datetime as dt
import functools
import gc
import importlib
import os
import shlex
import shutil
import stat
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.options import blank_part
from kg.stores.swap import sweep_scratch
from kg.stores.threads import shared_arena
from kg.corpus.copies import drop_copies
from kg.corpus.forms import drop_same_text, restore_same_text, versions
from kg.corpus.manifest import (BUILT, DATASET, MANIFEST, TURTLE, Manifest, built_base, extractor_fingerprint, file_sha256, file_state, is_build_folder, locked, pack,
                                record_id, unchanged)
from kg.corpus.progress import Progress
from kg.corpus.stale import drop_stale_outputs
from kg.corpus.workers import process_pool
from kg.emit.iri import DEFAULT_BASE, IRI_FORBIDDEN
from kg.errors import ReportError, UsageError
from kg.fsutil import other_contents, same_file, temporary_of, walk_files
from kg.read import BINARY_SIGNATURES, MAX_BYTES, OWN_PAGE, REPORT_SUFFIXES, is_hidden, is_own_page, report_formats, skip_reason

# why a govkg build folder inside a folder of reports is skipped (its outputs are govkg's: said in the summary only)
BUILD_FOLDER = "a govkg build folder (an earlier --out): its outputs are no reports, skipped whole"
# below this many reports to extract, worker processes cost more than they save
POOL_THRESHOLD = 32
# extracted records are committed to the cache at least this often (seconds), so a
# build stopped early leaves them to the next (a commit in WAL mode costs ~1 ms)
COMMIT_SECONDS = 1.0
# a report over this many bytes takes seconds alone (~5 s at 250 KB, one CPU): said while it is read
LONG_REPORT_BYTES = 200_000


@dataclass
class BuildOptions:
    default_date: object = None
    base: str | None = None
    store: bool = True
    html: bool = True
    out: Path | None = None  # the build folder (manifest, cache, outputs); None: a temporary one
    jobs: int = 1
    progress: bool | None = None  # a progress bar; None: when stderr is a terminal
    force: bool = False  # extract every report again
    keep_facts: bool = False  # keep each extracted report's ReportFacts in BuildResult.facts (kg.api)
    clear_date: bool = False  # --date none: the reports read are built without the date held for them

    @property
    def iri_base(self) -> str:
        base = self.base or DEFAULT_BASE
        if IRI_FORBIDDEN.search(base) or ":" not in base:
            raise UsageError(f"--base must be an absolute IRI without spaces or <>\"{{}}|^`\\, not {base!r}")
        return base

    @property
    def date_iso(self) -> str | None:
        """`default_date` as YYYY-MM-DD, or None."""
        return self.default_date.isoformat() if self.default_date else None

    def settings(self) -> dict:
        """What every report of the folder is built under: change any and all are
        extracted again.  `default_date` is not among them: it is a setting of
        each report (kept in its manifest entry and record id), so a build's
        --date dates the reports it reads, not those built before."""
        return {"base": self.iri_base, "extractor": extractor_fingerprint()}


@dataclass
class BuildStats:
    read: int = 0  # report files given (after expanding folders)
    extracted: int = 0  # new or changed reports extracted this time
    reassembled: int = 0  # reports assembled anew (new or changed, or linked differently); the rest came from the cache
    unchanged: int = 0
    copies: int = 0  # files left out as copies of another report (kg.corpus.copies: each named in a warning)
    resumed: int = 0  # reports a build stopped early had extracted (its cached records): taken, not extracted again
    reports: int = 0  # reports in the graph (this build's and earlier ones')
    triples: int = 0  # distinct triples of the union graph (graph.ttl)
    quads: int = 0  # statements over the named graphs (graph.nq): a triple stated by two reports counts twice
    seconds: float = 0.0
    extract_seconds: float = 0.0  # planning and the per-report step (read -> record cached)
    facts_seconds: float = 0.0  # of which read -> resolve (the facts), summed over processes
    output_seconds: float = 0.0  # linking, assembly and every output
    extract_cpu: float = 0.0  # CPU seconds of this process (all its threads) in extraction
    output_cpu: float = 0.0  # and after it (with --jobs > 1 the workers' CPU is not counted)
    stage_seconds: dict[str, float] = field(default_factory=dict)  # assembly (incl. feeding the outputs), then each output's close
    counts: dict[str, int] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # built earlier, their file is gone
    # what this build did to the graph, by report key
    added: list[str] = field(default_factory=list)  # reports new to the build folder
    replaced: list[str] = field(default_factory=list)  # a new version of a report built before
    removed: list[str] = field(default_factory=list)  # reports no longer in the graph, with the reason
    kept: list[str] = field(default_factory=list)  # reports whose new version failed: the graph keeps the one built before
    redated: list[str] = field(default_factory=list)  # reports built before under another --date, read again under this build's
    redated_changed: list[str] = field(default_factory=list)  # of those, the ones whose graph the new date changed
    redated_from: dict = field(default_factory=dict)  # of those, key -> the date it was built with (None: none)


@dataclass
class BuildResult:
    """What build_corpus, ingest and remove_reports did: the folder, its manifest,
    the reports that failed, the figures (`stats`), the outputs written (name ->
    path), and for kg.api the facts extracted and what the stores' update touched."""

    out_dir: Path
    manifest: Manifest
    failures: list[ReportError] = field(default_factory=list)
    warnings: list[ReportError] = field(default_factory=list)  # reports built with something missing (undated visits)
    notices: list[str] = field(default_factory=list)  # about the build folder as a whole (one line each)
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # files of a folder that are not reports, and why
    stats: BuildStats = field(default_factory=BuildStats)
    up_to_date: bool = False  # nothing changed: the outputs on disk are current

    outputs: dict[str, Path] = field(default_factory=dict)  # output name -> path, as of this build
    facts: dict = field(default_factory=dict)  # report key -> ReportFacts, when BuildOptions.keep_facts
    incremental: bool = False  # stores may be updated in place rather than rewritten
    store_changes: object = None  # what the Oxigraph output changed (kg.stores.oxigraph_store.Changes)

    @property
    def dataset_path(self) -> Path:
        return self.out_dir / DATASET

    @property
    def turtle_path(self) -> Path:
        return self.out_dir / TURTLE

    @property
    def report_count(self) -> int:
        return len(self.manifest.reports)

    def counts(self) -> dict[str, int]:
        return dict(self.stats.counts)


def report_paths(paths, exclude: Path | None = None, skipped: list | None = None) -> tuple[list[tuple[Path, str]], list[ReportError]]:
    """(file, key) pairs in a stable order; keys are paths relative to the folder given
    (a `(file, key)` pair given is kept as it is).
    Files under `exclude` (the build folder, when it sits inside a corpus) are skipped;
    other files of a folder that are not reports go to `skipped` as (path, reason)."""
    found, errors = [], []
    skipped = [] if skipped is None else skipped
    skip = exclude.resolve() if exclude is not None else None
    for root in paths:
        if isinstance(root, tuple):  # a file given with its key (kg.api.build_texts): a name is a name, whatever its suffix
            found.append((Path(root[0]), root[1]))
            continue
        root = Path(root)
        if root.is_dir():
            all_files, unreadable = walk_files(root)  # rglob would skip unreadable folders silently
            errors.extend(ReportError(folder, f"{reason}: folder skipped") for folder, reason in unreadable)
            if skip and skip.is_relative_to(root.resolve()):  # the build folder is inside the corpus
                all_files = [p for p in all_files if not p.resolve().is_relative_to(skip)]
            # another govkg build inside the folder (an earlier --out): its page and caches are no reports
            builds = [p.parent for p in all_files if p.name == MANIFEST and p.parent != root and is_build_folder(p.parent)]
            if builds:
                skipped.extend((b, BUILD_FOLDER) for b in builds)
                all_files = [p for p in all_files if not any(p.is_relative_to(b) for b in builds)]
            # a hidden copy (.ipynb_checkpoints/, .git/) would count every fact twice
            reports = {p for p in all_files
                       if p.suffix.lower() in REPORT_SUFFIXES and not is_hidden(p.relative_to(root))}
            # a page kg view wrote into the folder: govkg's own output, said and passed over
            pages = {p for p in reports if is_own_page(p)}
            reports -= pages
            skipped.extend((p, OWN_PAGE) for p in sorted(pages))
            # a folder's README (README.md: notes about the folder) is read as no report; given by name, it is
            notes = {p for p in reports if p.stem.upper() in FOLDER_NOTES}
            reports -= notes
            files = [p for p in all_files if p in reports and p.is_file()]
            here = [(p, _why_skipped(p, root, notes)) for p in all_files if p not in reports and p not in pages]
            # a report's name on something that is no regular file: said, not passed over
            here += [(p, _not_regular(p)) for p in all_files if p in reports and not p.is_file()]
            if not files and not unreadable:
                # the files the error names are said there only: once, in one place
                errors.append(ReportError(root, no_reports(root, here)))
                named = [item for item in here if item[1] != "hidden file"][:NO_REPORTS_SHOWN]
                here = [item for item in here if item not in named]
            skipped.extend(here)
            found.extend((f, f.relative_to(root).as_posix()) for f in files)
        elif root.exists() and (why := graph_file(root)):  # a graph given as a report: no facts, and why
            errors.append(ReportError(root, why))
        elif root.exists():
            found.append((root, root.name))
        else:
            errors.append(ReportError(root, "no such file or folder"))
    return found, errors


# the names (any case, any suffix) of a folder's own notes: README.md beside the reports tells
# what the folder holds; read as a report, its examples would enter the graph as facts
FOLDER_NOTES = {"README", "READ_ME", "README_FIRST"}
NOTES_REASON = "the folder's README (notes about it, not a report): give it by name to build it as one"


# the RDF files kg validate and kg view read (kg.rdffile.READS), by suffix: named here, as
# kg.rdffile imports rdflib, which a folder walk (an up-to-date rebuild) never loads
RDF_SUFFIXES = {".ttl": "Turtle", ".turtle": "Turtle", ".nt": "N-Triples", ".trig": "TriG", ".nq": "N-Quads", ".nquads": "N-Quads",
                ".jsonld": "JSON-LD", ".rdf": "RDF/XML", ".owl": "RDF/XML"}


def graph_file(path: Path) -> str | None:
    """Why the file `path` is no report when its suffix is an RDF graph's
    (RDF_SUFFIXES): a graph has no text to read facts from, and would fail as
    `no facts found`; the reason says which commands read it.  None for any
    other file.  Raises nothing.

    >>> graph_file(Path("g.ttl"))
    'an RDF graph (Turtle), which kg validate g.ttl checks and kg view g.ttl --out page.html draws; kg build reads reports (.htm, .html, .md, .text, .txt, .xhtml)'
    >>> graph_file(Path("a.txt")), graph_file(Path("data.xml"))
    (None, None)
    """
    name = RDF_SUFFIXES.get(Path(path).suffix.lower())
    if name is None:
        return None
    where = shlex.quote(str(path))
    return (f"an RDF graph ({name}), which kg validate {where} checks and kg view {where} --out page.html "
            f"draws; kg build reads reports ({report_formats()})")


def _why_skipped(path: Path, root: Path, notes: set[Path]) -> str:
    """Why a file of the folder `root` is no report: hidden, the folder's README (in `notes`),
    an RDF graph (graph_file), or kg.read.skip_reason's answer for its type."""
    rel = path.relative_to(root)
    if is_hidden(rel):
        return skip_reason(rel)
    return NOTES_REASON if path in notes else graph_file(path) or skip_reason(rel)


NO_REPORTS_SHOWN = 3  # the files a folder without reports names in its error line; the others get a warning each


def no_reports(root: Path, skipped: list[tuple[Path, str]], shown: int = NO_REPORTS_SHOWN) -> str:
    """Why a folder gave no report, naming the formats read and the files
    skipped with what to do about each (`skipped`: (path, reason) pairs, as
    kg.read.skip_reason gives them).  Example: a folder holding only a.docx ->
    `"holds no report files (govkg reads .htm, .html, .md, .text, .txt, .xhtml); skipped 1 file(s): a.docx (a
    word-processor document: save it as .txt (or .html) and build again)"`."""
    formats = f"govkg reads {report_formats()}"
    line = f"holds no report files ({formats})"
    if not skipped:
        return line + "; it is empty"
    hidden = sum(1 for _, reason in skipped if reason == "hidden file")
    named = [(p, reason) for p, reason in skipped if reason != "hidden file"]
    # the formats are said once, at the head of the line
    parts = [f"{p.relative_to(root).as_posix()} ({reason.removesuffix(': ' + formats)})" for p, reason in named[:shown]]
    if len(named) > shown:
        parts.append(f"... {len(named) - shown} more, each named in a warning")
    if hidden:
        parts.append(f"{hidden} hidden file(s) (names starting with '.')")
    return line + f"; skipped {len(skipped)} file(s): " + ", ".join(parts)


def say_waiting(command: str):
    """`locked`'s on_wait for `command` ("kg build", "kg remove"): says on stderr,
    at once, that it waits for another build into the same folder (a silent
    wait looks like a hang).  Example: `say_waiting("kg remove")(line)` prints
    `kg remove: out: another build is running here (pid 4242, ...); waiting for it to finish`."""
    return lambda line: print(f"{command}: {line}", file=sys.stderr, flush=True)


def _not_regular(path: Path) -> str:
    """Why `path`, named like a report but no regular file, is not read (a
    FIFO or device would block or never end: kg.read.read_report refuses
    them too).  Example: a FIFO `f.txt` -> "not a regular file (a FIFO): not read"."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return "a link to nothing: not read"
    kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "no regular file"
    return f"not a regular file ({kind}): not read"


# ---------------------------------------------------------------- planning


def _plan(files, manifest: Manifest, options: BuildOptions, stats: BuildStats, failures: list) -> list[tuple[Path, str, dict]]:
    """The reports to extract, as (path, key, state): the file's source, size and
    mtime_ns, and the `default_date` (ISO or None) it is extracted with, which
    is this build's for the files it reads and their own for reports built
    before under other settings.  Unchanged ones are counted, earlier failures
    re-reported; a report read again under another date goes to `stats.redated`."""
    force, date = options.force, options.date_iso
    todo, seen, refused = [], {}, set()
    unfinished = set() if force else manifest.unfinished()  # records of a build stopped before its manifest
    for path, key in files:
        if key in seen:
            if same_file(path, seen[key]):
                continue  # the same file named twice (a folder and a file in it): one report
            failures.append(ReportError(path, f"same report key {key!r} as {seen[key]} (build the two folders into separate outputs)"))
            continue
        seen[key] = path
        entry = manifest.reports.get(key)
        # no --date given: a report keeps the date it was built with (a date given holds until another is,
        # or --date none clears it)
        held = date if options.default_date or options.clear_date else (entry or {}).get("default_date")
        try:
            state = {**file_state(path), "default_date": held}
        except OSError as exc:
            failures.append(ReportError(path, f"cannot read ({exc.strerror or exc})"))
            continue
        entry, failed = manifest.reports.get(key), manifest.failed.get(key)
        if entry and (clash := _other_report(key, entry, path, state)) and not _copied_folder(key, entry, state, manifest):
            failures.append(ReportError(path, clash))
            refused.add(key)  # the report of the key stays the one built before
            continue
        if not force and failed and unchanged(failed, state) and not manifest.stale:
            failures.append(ReportError(path, failed["reason"] + " (unchanged since the last build)" + _kept_note(manifest, key)))
            if manifest.has_record(key):
                stats.kept.append(key)
            continue
        if entry and manifest.has_record(key) and entry.get("default_date") != held and not entry.get("own_date"):
            stats.redated.append(key)  # a new --date applies to the reports this build reads
            stats.redated_from[key] = entry.get("default_date")
        elif not force and entry and manifest.has_record(key):
            # a report that dates itself (own_date) is extracted alike under any date: its record holds
            if unchanged(entry, state):
                entry["default_date"] = held
                manifest.failed.pop(key, None)
                stats.unchanged += 1
                continue
            try:
                if file_sha256(path) == entry["sha256"]:
                    entry.update(state)  # touched, not changed (or a failed version undone)
                    manifest.failed.pop(key, None)
                    stats.unchanged += 1
                    continue
            except OSError:
                pass
        if unfinished and _resume(manifest, path, key, state, unfinished, stats):
            continue
        todo.append((path, key, state))
    for key, entry in sorted(manifest.reports.items()):
        source = Path(entry["source"]) if entry.get("source") else None  # None: ingested records
        if (key in seen and key not in refused) or manifest.has_record(key):
            if key not in seen and source and not source.exists():
                stats.missing.append(key)
            continue
        if source and source.is_file():  # built earlier under other settings: extract again, with its own date
            state = {**file_state(source), "default_date": entry.get("default_date")}
            if not (unfinished and _resume(manifest, source, key, state, unfinished, stats)):
                todo.append((source, key, state))
        else:
            del manifest.reports[key]
            stats.missing.append(key)
            stats.removed.append(f"{key} (its file is gone and nothing of it was cached)")
    return todo


def _resume(manifest: Manifest, path: Path, key: str, state: dict, unfinished: set[str], stats: BuildStats) -> bool:
    """Take into the manifest the record a build stopped early (Ctrl-C, kill)
    committed for this file's current bytes, instead of extracting it again;
    False when there is none.  The record's id is derived from the settings,
    the key and the SHA-256 of the bytes (kg.corpus.manifest.record_id), and
    each record was committed whole, so a record found is this file's, under
    these settings and this extractor.  Example: Ctrl-C at 240 of 300 reports
    -> the next build resumes ~240 and extracts ~60."""
    try:
        sha256 = file_sha256(path)
    except OSError:
        return False  # the extraction will say why
    stem = manifest.stem(key, sha256, state["default_date"])
    if stem not in unfinished:
        return False
    meta = manifest.records.meta(stem)
    _enter(manifest, stats, key, state, {"sha256": sha256, "stem": stem, "graph": meta["graph"], "counts": meta["counts"],
                                         "own_date": meta.get("own_date"), "text": meta.get("text"), "body": meta.get("body"), "lede": meta.get("lede"), "form": meta.get("form")},
           meta.get("warning"))
    manifest.assembled = None  # the graph gains it: assemble again
    stats.resumed += 1
    return True


def _enter(manifest: Manifest, stats: BuildStats, key: str, state: dict, record: dict, warning: str | None) -> None:
    """Name a report's record in the manifest (`record`: its sha256, stem, graph
    and counts; `state`: its file's source, size and mtime), counting it as
    added or replaced."""
    manifest.failed.pop(key, None)
    earlier = manifest.reports.get(key, {}).get("sha256")
    if key not in manifest.reports:
        stats.added.append(key)
    elif earlier and earlier != record["sha256"]:
        stats.replaced.append(key)
    manifest.reports[key] = {**state, **record}
    if warning:  # said again by every build that reads the report unchanged
        manifest.reports[key]["warning"] = warning


def _kept_note(manifest: Manifest, key: str) -> str:
    """What a failed report's error adds when the graph keeps the version built
    before: the user must learn that the graph holds the last good facts, not
    these, and how to drop them."""
    if not manifest.has_record(key):
        return ""
    return f"; the graph keeps the version built before (`kg remove {shlex.quote(key)} --from {shlex.quote(str(manifest.folder))}` drops it)"


def _root_of(source: str, key: str) -> Path | None:
    """The folder a report of `key` (its path relative to the folder given)
    was read from, its file being `source`; None when `source` does not end
    with the key."""
    parts = Path(key).parts
    path = Path(source)
    if path.parts[-len(parts):] != parts:
        return None
    return path.parents[len(parts) - 1]


def _copied_folder(key: str, entry: dict, state: dict, manifest: Manifest) -> bool:
    """Is the folder this build reads a copy of the one `entry` (the report
    of `key` built before) came from, so that the file of `key` here is that
    report edited in the copy, not another report of the same name?  Yes when
    another report of the build folder has one and the same file, the bytes
    the build folder holds, under both folders (`cp -r r r2`, an edit in r2,
    `kg build r2` into the build of r, or into its copy).  A manifest of other settings
    (`Manifest.stale`: every report to extract again) holds no bytes: the two files alone
    tell then.  Raises nothing."""
    earlier, here = _root_of(entry.get("source") or "", key), _root_of(state["source"], key)
    if earlier is None or here is None or earlier == here:
        return False
    for other, held in manifest.reports.items():
        if other == key or not (held.get("sha256") or manifest.stale):
            continue
        try:
            bytes_there = file_sha256(earlier / other)
            if bytes_there == (held.get("sha256") or bytes_there) == file_sha256(here / other):
                return True
        except OSError:
            continue
    return False


def _other_report(key: str, entry: dict, path: Path, state: dict) -> str | None:
    """Why `path` may not take the key of the report `entry` built earlier: a
    report's key is its path relative to the folder given, so `a/report.txt`
    and `b/report.txt` built one after the other would share the key
    `report.txt`.  When the earlier file is elsewhere, still exists and holds
    other bytes, it is another report: refuse rather than replace it.  (An
    earlier file that is gone was moved: its new version replaces it.)  A manifest
    of other settings keeps no report's bytes (`Manifest.load`): the earlier file's
    bytes are compared then."""
    source = entry.get("source")
    if not source or source == state["source"] or not Path(source).is_file():
        return None
    try:
        if file_sha256(path) == (entry.get("sha256") or file_sha256(Path(source))):
            return None  # a copy of the same report
    except OSError:
        return None
    return (f"another report with the same key {key!r} is already in this build folder (built from "
            f"{source}); build both from their common folder, or into separate --out folders, or "
            f"`kg remove` the earlier one first")


# ---------------------------------------------------------------- extraction


def _extract_task(task) -> dict:
    """Runs in a worker: extract one report; returns its summary and packed record."""
    # here, not at import: extraction's modules (rdflib, the analysers' patterns) load
    # when a report is extracted; a build that extracts nothing does without them
    from kg.corpus.record import try_extract
    from kg.corpus.name_date import name_date_warning
    from kg.corpus.undated import undated_warning
    from kg.corpus.unfiled import unplaced_warning, unvisited_warning
    from kg.corpus.unnamed import no_official_warning

    path, key, default_date, base, stem_of, keep = task
    info: dict = {}
    got = try_extract(path, key, default_date and dt.date.fromisoformat(default_date), base, info)
    if isinstance(got, ReportError):
        return {"key": key, "reason": got.reason, "facts_seconds": info.get("facts_seconds", 0.0)}
    stem = stem_of(key, got.sha256, default_date)
    # one line: what reading did (mixed encodings, mojibake, lost characters in names), who is
    # missing (no official), then what is (undated visits, a date the file name contradicts, issues with no place)
    facts = info["facts"]
    warning = "; ".join(w for w in (*info["notes"], no_official_warning(facts, info["text"]), undated_warning(facts, info["text"]),
                                    name_date_warning(facts.file_name, info["text"]), unplaced_warning(facts),
                                    unvisited_warning(facts)) if w) or None
    if warning:  # kept with the record: a build that resumes it (_resume) says it too
        got.meta["warning"] = warning
    return {"key": key, "sha256": got.sha256, "stem": stem, "graph": got.graph, "counts": got.meta["counts"],
            "own_date": got.meta["own_date"], "text": got.meta["text"], "body": got.meta.get("body"), "lede": got.meta.get("lede"), "form": got.meta["form"],
            "row": pack(got, stem), "facts_seconds": info["facts_seconds"], "facts": info["facts"] if keep else None,
            "warning": warning}


def _in_process(jobs: int, reports: int) -> bool:
    """Whether `reports` reports are extracted in this process rather than by
    `jobs` worker processes (POOL_THRESHOLD)."""
    return jobs <= 1 or reports < POOL_THRESHOLD


def _run(tasks: list, jobs: int):
    if _in_process(jobs, len(tasks)):
        yield from map(_extract_task, tasks)
        return
    chunk = max(1, min(64, len(tasks) // (jobs * 8)))
    _warm_up()  # workers fork from here and inherit what is loaded
    with process_pool(jobs) as pool:  # Ctrl-C (or closing this generator) terminates the workers
        yield from pool.map(_extract_task, tasks, chunksize=chunk)


def _warm_up() -> None:
    """Load the lexicons, the pipeline and the pinyin dictionary once."""
    from kg.corpus.record import _pipeline
    from kg.emit.iri import slug

    _pipeline()
    slug("王明")


# a build folder of at most this many reports, extracted in this process, is
# small: its model loads in a thread and its threads share one malloc arena
SMALL_REPORTS = 100


def _small(todo: list, manifest: Manifest, options: BuildOptions) -> bool:
    """Whether the build is a small one (SMALL_REPORTS), whose reports are
    extracted here, not by worker processes (forked: no thread may run then)."""
    return _in_process(options.jobs, len(todo)) and len(manifest.reports) + len(todo) <= SMALL_REPORTS


def _preload_models() -> None:
    """Start loading the lexical analyser's model in a thread (kg.analyse.preload)."""
    from kg.analyse import preload

    preload()


def _release_models() -> None:
    """Free what only extraction needs (the lexical analyser's model) before
    the outputs are built, so their memory peak does not add to it."""
    if "kg.analyse" in sys.modules:  # not imported: nothing was extracted
        sys.modules["kg.analyse"].release()


def long_report_lines(todo, options: BuildOptions) -> list[str]:
    """One line for each report of `todo` ((path, key, state) triples) over
    LONG_REPORT_BYTES, so that a build reading it does not look hung (issue 10);
    none when `options.progress` is False (kg.api, tests' quiet builds).
    Example: a 999,937-byte big.txt -> `["kg build: reading big.txt (977 KB):
    a long report; this takes a while"]`.  A file that starts like a binary
    format (kg.read.BINARY_SIGNATURES) gets no line: the reader refuses it at
    once, and "a long report" before "binary file" contradicted it.  Raises
    nothing (a file gone since planning is left to the reader to report).

    >>> long_report_lines([], BuildOptions())
    []
    """
    if options.progress is False:
        return []
    out = []
    for path, _key, _state in todo:
        try:
            size = Path(path).stat().st_size
            with open(path, "rb") as f:
                head = f.read(8)
        except OSError:
            continue
        # a larger file, or a binary one, is refused at once: no line saying it is being read
        if LONG_REPORT_BYTES < size <= MAX_BYTES and not head.startswith(tuple(BINARY_SIGNATURES)):
            out.append(f"kg build: reading {_shown(Path(path))} ({round(size / 1024)} KB): a long report; this takes a while")
    return out


def _extract(todo, options: BuildOptions, manifest: Manifest, stats: BuildStats, failures: list, facts: dict) -> None:
    for line in long_report_lines(todo, options):
        print(line, file=sys.stderr, flush=True)
    stem_of = functools.partial(record_id, manifest.settings)
    tasks = [(str(p), key, state["default_date"], manifest.settings["base"], stem_of, options.keep_facts) for p, key, state in todo]
    states = {key: (path, state) for path, key, state in todo}
    rows, committed = [], time.monotonic()
    redated = set(stats.redated)
    try:
        # closed at once on Ctrl-C, so its workers are terminated before the records are committed
        # progress=False (kg.api's default): no lines at all; None (kg build): a bar on a terminal, else lines
        with Progress(len(tasks), "extracting reports", bar=options.progress, quiet=options.progress is False) as progress, \
                contextlib.closing(_run(tasks, options.jobs)) as closing_run:
            for summary in closing_run:
                key = summary["key"]
                stats.facts_seconds += summary["facts_seconds"]
                path, state = states[key]
                if "reason" in summary:
                    _failed(manifest, stats, failures, path, key, state, summary["reason"])
                else:
                    earlier = manifest.reports.get(key, {}).get("stem") if key in redated else None
                    _enter(manifest, stats, key, state, {k: summary[k] for k in ("sha256", "stem", "graph", "counts", "own_date", "text", "body", "lede", "form")}, summary["warning"])
                    if earlier and _quads_differ(manifest, earlier, summary["row"]):
                        stats.redated_changed.append(key)
                    rows.append(summary["row"])
                    stats.extracted += 1
                    if summary["facts"] is not None:
                        facts[key] = summary["facts"]
                # committed as it goes: a build stopped early (Ctrl-C, kill) leaves what it
                # extracted for the next one to resume (_resume), losing at most COMMIT_SECONDS of work
                if len(rows) >= 500 or rows and time.monotonic() - committed >= COMMIT_SECONDS:
                    manifest.records.put(rows)
                    rows, committed = [], time.monotonic()
                progress.advance()
    finally:
        manifest.records.put(rows)  # also when interrupted: each record is committed whole


def _quads_differ(manifest: Manifest, stem: str, row: tuple) -> bool:
    """Whether the record `row` (kg.corpus.manifest.pack) holds other quads than
    the cached record `stem`: a report read again under another --date whose
    graph the date changed (one giving its own full date keeps its graph).
    True when the earlier record is no longer cached."""
    if stem not in manifest.records:
        return True
    before = manifest.records.quads(stem).splitlines()
    return sorted(before) != sorted(zlib.decompress(row[2]).decode("utf-8").splitlines())


def _failed(manifest: Manifest, stats: BuildStats, failures: list, path: Path, key: str, state: dict, reason: str) -> None:
    """Note a report whose extraction failed; the graph keeps a version built before."""
    manifest.failed[key] = {**state, "reason": reason}
    if manifest.has_record(key):
        stats.kept.append(key)  # a damaged or emptied new version never costs the facts built before
    elif manifest.reports.pop(key, None) is not None:  # settings changed: nothing of it is cached
        stats.removed.append(f"{key} (its new version failed: {reason})")
    failures.append(ReportError(path, reason + _kept_note(manifest, key)))


# ---------------------------------------------------------------- the build


def _warnings(files, manifest: Manifest, failures: list) -> list[ReportError]:
    """The warnings of the reports this build read and built (a report whose new
    version failed has its error instead), in the order read."""
    failed, warned = {e.path for e in failures}, {}
    for path, key in files:
        if key not in warned and str(path) not in failed and (why := manifest.reports.get(key, {}).get("warning")):
            warned[key] = ReportError(path, why)
    return list(warned.values())


def _notices(files, manifest: Manifest, stats: BuildStats, out: Path, new_folder: bool) -> list[str]:
    """What the user must be told about the build folder itself: a folder that
    already held a build gains the reports given, and its earlier reports that
    were not given stay in the graph.  (Reports whose file is gone have their
    own line in the summary: stats.missing.)  Example:
    `["out already holds 12 report(s) of an earlier build that were not given
    (a.txt, b.txt, ...): they stay in the graph beside this build's; ..."]`"""
    if new_folder:
        return []
    lines = []
    if stats.redated:
        # what changed, said: the date given and each report's before (a build without --date keeps it: _plan)
        now = next((e["default_date"] for k in stats.redated if (e := manifest.reports.get(k)) and e.get("default_date")), "none")
        before: dict[str, list[str]] = {}
        for key in stats.redated:
            before.setdefault(stats.redated_from.get(key) or "none", []).append(key)
        was = ", ".join(f"{date}{key_list(keys, 3)}" for date, keys in before.items())
        lines.append(f"{len(stats.redated)} report(s) built before under another --date were read again under this "
                     f"build's: --date {now} in place of {was}; a date given applies to the "
                     f"reports a build reads and holds for them until another --date is given (--date none clears it); the others in {out} keep "
                     f"the date they were built with")
    given, gone = {key for _, key in files}, set(stats.missing)
    earlier = sorted(key for key in manifest.reports if key not in given and key not in gone)
    if not earlier:
        return lines
    where = shlex.quote(str(out))
    return lines + [f"{out} already holds {len(earlier)} report(s) of an earlier build that were not given{key_list(earlier, 3)}: "
            f"they stay in the graph beside this build's (`kg remove REPORT --from {where}` takes one out; "
            f"a new --out folder starts a separate graph)"]


def _said(skipped, manifest: Manifest, stats: BuildStats, out: Path) -> list[str]:
    """One warning line per file of a folder given that is no report (hidden
    files and govkg's own outputs aside: the summary counts the one, names the other; each file is named once), and per report built earlier whose
    file is gone: it stays in the graph (a build never drops what it cannot
    read again: the file may be on a drive not mounted), and the line says how
    to take it out.  Example: `["reports/a.doc: not a report, skipped: a
    word-processor document: ...", "a.txt: its file reports/a.txt is gone; the
    report stays in the graph as built before (`kg remove a.txt --from out`
    takes it out)"]`."""
    lines = [str(ReportError(path, f"not a report, skipped: {reason}")) for path, reason in skipped
             if reason not in ("hidden file", OWN_PAGE, BUILD_FOLDER)]
    where = shlex.quote(str(out))
    for key in stats.missing:
        if entry := manifest.reports.get(key):
            lines.append(str(ReportError(_shown(Path(entry.get("source") or key)), "built before, and its file is gone: the report stays "
                                         f"in the graph as built then (`kg remove {shlex.quote(key)} --from {where}` takes it out)")))
    return lines


def _shown(path: Path) -> Path:
    """`path` as the other warnings name a file: relative to the working
    folder when it lies inside it (the manifest keeps sources absolute).
    Example: `_shown(Path.cwd() / "reports/a.txt")` -> `Path("reports/a.txt")`."""
    try:
        return path.relative_to(Path.cwd()) if path.is_absolute() else path
    except ValueError:
        return path


def _held_base(out: Path, options: BuildOptions) -> tuple[BuildOptions, list[str]]:
    """The options with the base IRI the folder `out` was built with when
    --base is not given (a plain rebuild would otherwise mint every IRI anew
    under the default, silently); and, when --base names another one than the
    folder's, one notice line saying so (every report is extracted again)."""
    held = built_base(out)
    if held is None or held == options.iri_base:
        return options, []
    if options.base is None:
        return replace(options, base=held), []
    return options, [f"{out} was built with --base {held}; every report is extracted again under --base {options.iri_base} "
                     f"(the IRIs of the graph change; build without --base keeps the one given last)"]


def key_list(keys: list[str], shown: int = 5) -> str:
    """Report keys for a message line: `" (a.txt, b.txt, ... 3 more)"`, or "" for none."""
    if not keys:
        return ""
    return " (" + ", ".join(keys[:shown]) + (f", ... {len(keys) - shown} more" if len(keys) > shown else "") + ")"


def _assembled_state(folder: Path) -> dict | None:
    try:
        return {name: [(st := (folder / name).stat()).st_size, st.st_mtime_ns] for name in (DATASET, TURTLE)}
    except OSError:
        return None


def build_corpus(paths, options: BuildOptions, sinks: tuple = ()) -> BuildResult:
    """Extract what is new or changed under `paths` into the build folder, then
    assemble the graph and write every output `options` asks for, in one pass.
    `sinks` are extra outputs fed by that pass (kg.api uses one for an rdflib
    Dataset); with them, an up-to-date folder is assembled again from its cache."""
    started, cpu = time.perf_counter(), time.process_time()
    out = Path(options.out) if options.out else Path(tempfile.mkdtemp(prefix="kg-build-"))
    check_out_folder(out, paths)
    if options.store:  # what a killed build left in memory goes now, not when a store is next filled there
        sweep_scratch()
    created = not out.exists()
    try:  # here, not in the lock: the error names --out (the lock's would name only the path)
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"--out {out}: cannot make the build folder there ({exc.strerror}: {exc.filename}); "
                         f"name a folder you can write") from None
    with locked(out, on_wait=say_waiting("kg build")) as taken_over, contextlib.ExitStack() as stack:
        # read under the lock: a build that waited for another one into the same folder finds its manifest
        new_folder = not (out / MANIFEST).exists()
        options, base_note = _held_base(out, options)
        manifest = Manifest.load(out, options.settings())
        result = BuildResult(out, manifest)
        stats = result.stats
        files, result.failures = report_paths(paths, exclude=out, skipped=result.skipped)
        stats.read = len(files)
        files, copies = drop_copies(files, manifest, stats.removed)  # one report per content: no fact counted twice
        stats.copies = stats.read - len(files)  # the summary's count of the files read adds up with them
        restored = restore_same_text(manifest)  # planned as any report: extracted only when new or changed
        todo = _plan(files, manifest, options, stats, result.failures)
        small = _small(todo, manifest, options)
        if small:  # a first run: the model loads beside the build's own work (kg.analyse.preload)
            stack.enter_context(shared_arena())
            if todo:
                _preload_models()
        _extract(todo, options, manifest, stats, result.failures, result.facts)
        # one article in other forms (HTML and its text, Traditional and Simplified): one report
        copies += drop_same_text(files, manifest, stats, restored, result.facts)
        copies += versions(files, manifest)  # an edited report beside its old copy: both built, said
        result.warnings = copies + _warnings(files, manifest, result.failures)
        result.notices = ([taken_over] * bool(taken_over) + base_note + _notices(files, manifest, stats, out, new_folder)
                          + _said(result.skipped, manifest, stats, out))
        _release_models()
        stats.extract_seconds, stats.extract_cpu = time.perf_counter() - started, time.process_time() - cpu
        current = manifest.assembled is not None and manifest.assembled == _assembled_state(out)
        result.up_to_date = current and not todo and not manifest.stale and _outputs_present(manifest, out, options)
        result.incremental = not options.force and not manifest.stale and (stats.extracted + stats.resumed + len(stats.missing)) <= INCREMENTAL_SHARE * max(len(manifest.reports), 1)
        empty = new_folder and not manifest.reports and not sinks
        if empty:
            pass  # nothing was ever built here: no empty graph, stores or page to mistake for a build
        elif result.up_to_date and not sinks:
            stats.reports = len(manifest.reports)
            stats.triples, stats.counts = manifest.summary.get("triples", 0), manifest.summary.get("counts", {})
            stats.quads = manifest.summary.get("quads", 0)
            result.notices += manifest.summary.get("joined", [])  # said by every build, as a report's warnings are
            result.outputs = {name: out / manifest.outputs[name] for name in OUTPUTS if name in manifest.outputs}
            manifest.save()  # a touched file's new mtime, a failed version undone: written only when changed
        else:
            _assemble(result, options, sinks)
        manifest.sweep()
        manifest.close()
    if empty and created:  # and no folder left behind that this build made
        shutil.rmtree(out, ignore_errors=True)
    stats.seconds = time.perf_counter() - started
    stats.output_seconds = stats.seconds - stats.extract_seconds
    stats.output_cpu = time.process_time() - cpu - stats.extract_cpu
    return result


def check_out_folder(out: Path, paths) -> None:
    """Raise UsageError when `out` cannot be the build folder of `paths`: it is
    a file, or it is one of the folders of reports given (the build would
    skip every report in it as its own output, and write beside them), or a
    folder of other files that is no build folder (kg.fsutil.other_contents,
    the rule `kg load --store` keeps too); a new, empty or build folder is fine.

    Example: `check_out_folder(Path("reports2023"), ["new.txt"])` raises
    `UsageError("--out reports2023: a folder that holds other files (a.txt, ...`."""
    out = Path(out)
    if why := blank_part(out):  # `out=" "`: a quoting slip, not a folder to make
        raise UsageError(f"--out {str(out)!r}: {why}; name the build folder with a visible name (default: out)")
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: is a file; --out names the build folder (default: out)")
    for path in paths:
        if not isinstance(path, tuple) and Path(path).is_dir() and same_file(Path(path), out):
            raise UsageError(f"--out {out}: is the folder of reports given; name a build folder beside it (default: out)")
    if held := other_contents(out, _own_build_folder):
        named = f"{out} (the current folder, {Path.cwd()})" if out == Path() else str(out)
        raise UsageError(f"--out {named}: a folder that holds other files ({held}), not a build folder; graph.ttl, "
                         f"manifest.json and cache/ would go among them. Name a new or empty folder (say --out "
                         f"{Path('out') if out == Path() else out.with_name(out.name + '-build')}) or the folder of an earlier build")


def _own_build_folder(folder: Path) -> bool:
    """A folder an earlier build wrote: its manifest, or only what a build
    writes (kg.corpus.manifest.BUILT: one stopped before its first manifest,
    its temporaries too when it was killed mid-write)."""
    return is_build_folder(folder) or all(p.name in BUILT or temporary_of(p.name) in BUILT for p in folder.iterdir())


# a build that extracts (or drops) more than this share of the reports rewrites
# the stores rather than updating them graph by graph
INCREMENTAL_SHARE = 0.2


def _wanted(options: BuildOptions) -> list[str]:
    return [name for name in OUTPUTS if not (name in ("store", "cypher") and not options.store or name == "html" and not options.html)]


def _outputs_present(manifest: Manifest, out: Path, options: BuildOptions) -> bool:
    return all(name in manifest.outputs and (out / manifest.outputs[name]).exists() for name in _wanted(options))


def _sinks(result: BuildResult, options: BuildOptions) -> list[tuple[str, object]]:
    made = []
    for name in _wanted(options):
        spec = OUTPUTS[name]
        if spec is None:
            continue
        module, factory = spec.split(":")
        try:
            made.append((name, getattr(importlib.import_module(module), factory)(result, options)))
        except ModuleNotFoundError:
            continue
    return made


# Young-generation collections during the outputs stage: every few thousand
# allocations by default, each also scanning the objects the linker, the sort
# buffers and the view's index keep alive (~10 % of the stage at 600 reports)
OUTPUT_GC_THRESHOLD = 50_000


@contextlib.contextmanager
def _quiet_gc():
    """The cyclic collector, eased for the outputs stage: what is alive when it
    starts (modules, lexicons, the manifest) is frozen out of every scan
    (gc.freeze), and young collections come every OUTPUT_GC_THRESHOLD
    allocations; both are restored afterwards.  Reference counting frees
    nearly everything the stage makes; the collector is only for cycles."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(OUTPUT_GC_THRESHOLD, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _assemble(result: BuildResult, options: BuildOptions, extra: tuple = ()) -> None:
    """Link and assemble the graph from the cached records, feeding every output, and remember it."""
    with _quiet_gc():
        _assemble_outputs(result, options, extra)


def _assemble_outputs(result: BuildResult, options: BuildOptions, extra: tuple) -> None:
    manifest, stats = result.manifest, result.stats
    outputs = _sinks(result, options)
    earlier, manifest.outputs = manifest.outputs, {}
    started = time.perf_counter()
    from kg.corpus.assemble import assemble  # the linker and the writers: only when assembling

    assembly = assemble(manifest, manifest.settings["base"], jobs=options.jobs, sinks=tuple(s for _, s in outputs) + tuple(extra),
                        incremental=result.incremental)
    stats.stage_seconds["assembly"] = time.perf_counter() - started
    stats.reports = len(manifest.reports)
    stats.triples, stats.quads, stats.counts = assembly.triples, assembly.quads, assembly.counts
    stats.reassembled = assembly.reassembled
    result.outputs = {"turtle": assembly.turtle}
    pending = {}
    for name, sink in outputs:  # in order: the Cypher store's update needs the Oxigraph store's changes
        started = time.perf_counter()
        path = sink.close()
        stats.stage_seconds[name] = time.perf_counter() - started
        if name == "store":
            result.store_changes = sink.changes
        if isinstance(path, cf.Future):  # written in a thread while the next outputs are
            pending[name] = path
        elif path:
            result.outputs[name] = Path(path)
    for sink in extra:
        sink.close()
    for name, future in pending.items():
        started = time.perf_counter()
        path = future.result()
        stats.stage_seconds[name] += time.perf_counter() - started
        if path:
            result.outputs[name] = Path(path)
    result.outputs = {name: result.outputs[name] for name in OUTPUTS if name in result.outputs}
    manifest.outputs = {name: os.path.relpath(path, result.out_dir) for name, path in result.outputs.items()}
    result.notices += drop_stale_outputs(result.out_dir, earlier, manifest.outputs)  # a page or store left would not match
    result.notices += assembly.joined  # one place made of two reports' by the name alone (kg.corpus.joined)
    manifest.assembled = _assembled_state(result.out_dir)
    manifest.summary = {"triples": stats.triples, "quads": stats.quads, "counts": stats.counts, "joined": assembly.joined}
    manifest.save()


def ingest(records, options: BuildOptions) -> BuildResult:
    """Records extracted elsewhere (say by a Dask or Spark map of
    kg.corpus.extract_record) into the build folder, then the graph assembled:
    the same folder, cache and outputs as `kg build` gives.  `records` is any
    iterable of kg.corpus.Record, consumed once, as a stream."""
    started = time.perf_counter()
    out = Path(options.out)
    with locked(out, on_wait=say_waiting("kg.build.ingest")) as taken_over:
        manifest = Manifest.load(out, options.settings())
        result = BuildResult(out, manifest)
        result.notices = [taken_over] * bool(taken_over)
        base, rows, keys = manifest.settings["base"], [], []
        restored = restore_same_text(manifest)
        for record in records:
            if not record.graph.startswith(base):
                raise UsageError(f"record {record.key!r} was extracted with another base IRI than {base}")
            stem = manifest.stem(record.key, record.sha256, options.date_iso)
            rows.append(pack(record, stem))
            manifest.failed.pop(record.key, None)
            earlier = manifest.reports.get(record.key)
            if earlier is None:
                result.stats.added.append(record.key)
            elif earlier.get("sha256") and earlier["sha256"] != record.sha256:
                result.stats.replaced.append(record.key)
            manifest.reports[record.key] = {
                "source": None, "sha256": record.sha256, "stem": stem, "graph": record.graph, "counts": record.meta["counts"],
                "default_date": options.date_iso, "text": record.meta.get("text"), "body": record.meta.get("body"), "lede": record.meta.get("lede"), "form": record.meta.get("form"),
            }
            keys.append(record.key)
            result.stats.extracted += 1
            if len(rows) >= 500:
                manifest.records.put(rows)
                rows = []
        manifest.records.put(rows)
        result.stats.read = result.stats.extracted
        # one article in two forms is one report, as kg build keeps it (kg.corpus.forms)
        result.warnings = drop_same_text([(Path(key), key) for key in keys], manifest, result.stats, restored)
        result.warnings += versions([(Path(key), key) for key in keys], manifest)
        result.incremental = not manifest.stale and result.stats.extracted <= INCREMENTAL_SHARE * max(len(manifest.reports), 1)
        _assemble(result, options)
        manifest.sweep()
        manifest.close()
    result.stats.seconds = time.perf_counter() - started
    return result


def find_report(manifest: Manifest, name: str) -> str:
    """The key of a built report named by its key, its file path, or a unique file name."""
    keys = set(manifest.reports) | set(manifest.failed)
    if name in keys:
        return name
    path = Path(name)
    if path.exists() and (key := manifest.key_of_source(path)) is not None:
        return key
    matches = sorted(k for k in keys if k.rsplit("/", 1)[-1] == path.name or k.endswith("/" + name))
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise UsageError(f"{name!r} names several reports ({', '.join(matches[:5])}): give the key")
    raise UsageError(f"no report {name!r} in {manifest.folder} (`kg query --store {manifest.folder} --sparql reports-overview` lists them; keys are paths relative to the folder built)")


def remove_reports(names, out: Path, options: BuildOptions | None = None) -> tuple[BuildResult, list[str]]:
    """Take reports out of a build folder: their named graphs go, the rest is re-linked,
    and the outputs the folder had (or those `options` asks for) follow.  Returns the
    result (`stats.removed`: the keys that were in the graph) and every key named
    (a report whose build failed is forgotten too)."""
    started = time.perf_counter()
    out = Path(out)
    with locked(out, on_wait=say_waiting("kg remove"), create=False) as taken_over:
        manifest = Manifest.open(out)
        if options is None:
            had = set(manifest.outputs)
            options = BuildOptions(base=manifest.settings["base"], out=out, store="store" in had, html="html" in had)
        keys = list(dict.fromkeys(find_report(manifest, name) for name in names))
        result = BuildResult(out, manifest)
        result.notices = [taken_over] * bool(taken_over)
        result.notices += _still_on_disk(manifest, keys)
        for key in keys:
            if manifest.reports.pop(key, None) is not None:
                result.stats.removed.append(key)  # the others had only failed: forgotten, never in the graph
            manifest.failed.pop(key, None)
            # its copies in other forms go with it (never in the graph); a build that reads one decides anew
            manifest.same_text = {k: e for k, e in manifest.same_text.items() if e.get("kept") != key}
        result.incremental = len(keys) <= INCREMENTAL_SHARE * max(len(manifest.reports), 1)
        _assemble(result, options)
        manifest.sweep()
        manifest.close()
    result.stats.seconds = time.perf_counter() - started
    return result, keys


def _still_on_disk(manifest: Manifest, keys: list[str]) -> list[str]:
    """A line for each report taken out whose file is still where it was built
    from: a removal lasts until the next build of that folder, which reads the
    file again and adds it back.  Example: `["r6.txt is still in /data/reports/:
    the next build of that folder adds it back (move or delete the file to keep
    it out)"]`."""
    lines = []
    for key in keys:
        source = (manifest.reports.get(key) or manifest.failed.get(key) or {}).get("source")
        if source and Path(source).is_file():
            lines.append(f"{key} is still in {Path(source).parent}{os.sep}: the next build of that folder adds it back "
                         f"(move or delete the file to keep it out)")
    return lines


# ---------------------------------------------------------------- outputs


# name -> sink factory as "module:name", in the order they are fed and closed
# (the Cypher store's incremental update follows the Oxigraph store's); graph.ttl
# and graph.nq are written by the assembly itself
OUTPUTS = {
    "turtle": None,
    "store": "kg.stores.oxigraph_store:StoreSink",
    "cypher": "kg.stores.ladybug_store:CypherSink",
    "html": "kg.views.sink:PageSink",
}


def write_outputs(result: BuildResult, out_dir: Path | None = None, options: BuildOptions | None = None) -> dict[str, Path]:
    """The outputs of the build (name -> path).  They are written while the graph is
    assembled (build_corpus, ingest, remove_reports); this only reports them."""
    if out_dir is not None and Path(out_dir).resolve() != result.out_dir.resolve():
        raise UsageError(f"outputs are written into the build folder {result.out_dir}, not {out_dir}")
    return dict(result.outputs)
