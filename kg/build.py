"""Build a corpus: report paths in, one RDF dataset (a named graph per report) out.

The build folder remembers what it was built from (kg.corpus.manifest), so a
build only extracts reports that are new or changed, in parallel when asked
(`jobs`), caching each report's quads; the graph is then assembled from the
cache with entities linked across reports (kg.corpus.assemble).  Rebuilding
an unchanged folder extracts nothing and rewrites nothing.

Outputs are plugins: `OUTPUTS` maps a name to a writer `(result, out_dir,
options) -> path`; stores and views add theirs here, and a writer whose
module is not installed is skipped.  Writers read the assembled files
(`result.dataset_path`: N-Quads with named graphs; `result.turtle_path`:
the union as Turtle; `result.union_lines()`: the union as sorted N-Triples)
or, more slowly, rdflib views of them
(`result.graphs`, `.union()`, `.dataset()`).
"""

from __future__ import annotations

import concurrent.futures as cf
import functools
import importlib
import os
import tempfile
import time
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rdflib import Dataset, Graph

from kg.corpus.assemble import DATASET, TURTLE, assemble, union_lines
from kg.corpus.manifest import Manifest, extractor_fingerprint, file_sha256, locked, pack, record_id
from kg.corpus.progress import Progress
from kg.corpus.record import try_extract
from kg.emit.iri import DEFAULT_BASE
from kg.emit.rdf import new_graph
from kg.emit.terms import IRI_FORBIDDEN
from kg.emit.turtle import write_turtle as turtle_from_lines
from kg.errors import ReportError, UsageError
from kg.fsutil import atomic_path, walk_files
from kg.read import skip_reason

REPORT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".md"}
# below this many reports to extract, worker processes cost more than they save
POOL_THRESHOLD = 32


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

    @property
    def iri_base(self) -> str:
        base = self.base or DEFAULT_BASE
        if IRI_FORBIDDEN.search(base) or ":" not in base:
            raise UsageError(f"--base must be an absolute IRI without spaces or <>\"{{}}|^`\\, not {base!r}")
        return base

    def settings(self) -> dict:
        date = self.default_date.isoformat() if self.default_date else None
        return {"base": self.iri_base, "default_date": date, "extractor": extractor_fingerprint()}


@dataclass
class BuildStats:
    read: int = 0  # report files given (after expanding folders)
    extracted: int = 0  # new or changed reports extracted this time
    unchanged: int = 0
    reports: int = 0  # reports in the graph (this build's and earlier ones')
    triples: int = 0  # distinct triples of the union graph (graph.ttl)
    quads: int = 0  # statements over the named graphs (graph.nq): a triple stated by two reports counts twice
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # built earlier, their file is gone
    # what this build did to the graph, by report key
    added: list[str] = field(default_factory=list)  # reports new to the build folder
    replaced: list[str] = field(default_factory=list)  # a new version of a report built before
    removed: list[str] = field(default_factory=list)  # reports no longer in the graph, with the reason


@dataclass
class BuildResult:
    out_dir: Path
    manifest: Manifest
    failures: list[ReportError] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # files of a folder that are not reports, and why
    stats: BuildStats = field(default_factory=BuildStats)
    up_to_date: bool = False  # nothing changed: the outputs on disk are current

    @property
    def dataset_path(self) -> Path:
        return self.out_dir / DATASET

    @property
    def turtle_path(self) -> Path:
        return self.out_dir / TURTLE

    def union_lines(self):
        """The union graph as sorted, unique N-Triples lines (streamed)."""
        return union_lines(self.dataset_path, self.out_dir / "cache" / "sort")

    @property
    def report_count(self) -> int:
        return len(self.manifest.reports)

    def counts(self) -> dict[str, int]:
        return dict(self.stats.counts)

    @cached_property
    def _dataset(self) -> Dataset:
        ds = Dataset()
        for prefix, ns in new_graph().namespaces():
            ds.bind(prefix, ns)
        ds.parse(self.dataset_path, format="nquads")
        return ds

    def dataset(self) -> Dataset:
        """The dataset as rdflib objects (slow for big corpora: prefer dataset_path)."""
        return self._dataset

    @property
    def graphs(self) -> list[Graph]:
        """Each named graph (the reports' and the entities graph), in IRI order."""
        ds = self._dataset
        return sorted((g for g in ds.graphs() if g.identifier != ds.default_graph.identifier and len(g)), key=lambda g: str(g.identifier))

    def union(self) -> Graph:
        g = new_graph()
        g.parse(self.turtle_path, format="turtle")
        return g


def report_paths(paths, exclude: Path | None = None, skipped: list | None = None) -> tuple[list[tuple[Path, str]], list[ReportError]]:
    """(file, key) pairs in a stable order; keys are paths relative to the folder given.
    Files under `exclude` (the build folder, when it sits inside a corpus) are skipped;
    other files of a folder that are not reports go to `skipped` as (path, reason)."""
    found, errors = [], []
    skipped = [] if skipped is None else skipped
    skip = exclude.resolve() if exclude is not None else None
    for root in paths:
        root = Path(root)
        if root.is_dir():
            all_files, unreadable = walk_files(root)  # rglob would skip unreadable folders silently
            errors.extend(ReportError(folder, f"{reason}: folder skipped") for folder, reason in unreadable)
            if skip and skip.is_relative_to(root.resolve()):  # the build folder is inside the corpus
                all_files = [p for p in all_files if not p.resolve().is_relative_to(skip)]
            files = [p for p in all_files if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES]
            skipped.extend((p, skip_reason(p.relative_to(root))) for p in all_files if p.suffix.lower() not in REPORT_SUFFIXES)
            if not files and not unreadable:
                errors.append(ReportError(root, "folder holds no report files (.txt, .md, .html)"))
            found.extend((f, f.relative_to(root).as_posix()) for f in files)
        elif root.exists():
            found.append((root, root.name))
        else:
            errors.append(ReportError(root, "no such file or folder"))
    return found, errors


# ---------------------------------------------------------------- planning


def _file_state(path: Path) -> dict:
    st = path.stat()
    return {"source": str(path.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _same_stat(entry: dict, state: dict) -> bool:
    return entry.get("size") == state["size"] and entry.get("mtime_ns") == state["mtime_ns"]


def _plan(files, manifest: Manifest, force: bool, stats: BuildStats, failures: list) -> list[tuple[Path, str, dict]]:
    """The reports to extract; unchanged ones are counted, earlier failures re-reported."""
    todo, seen = [], {}
    for path, key in files:
        if key in seen:
            failures.append(ReportError(path, f"same report key {key!r} as {seen[key]} (build the two folders into separate outputs)"))
            continue
        seen[key] = path
        try:
            state = _file_state(path)
        except OSError as exc:
            failures.append(ReportError(path, f"cannot read ({exc.strerror or exc})"))
            continue
        entry, failed = manifest.reports.get(key), manifest.failed.get(key)
        if entry and (clash := _other_report(key, entry, path, state)):
            failures.append(ReportError(path, clash))
            continue
        if not force and entry and manifest.has_record(key):
            if _same_stat(entry, state):
                stats.unchanged += 1
                continue
            try:
                if file_sha256(path) == entry["sha256"]:
                    entry.update(state)  # touched, not changed
                    stats.unchanged += 1
                    continue
            except OSError:
                pass
        elif not force and failed and _same_stat(failed, state) and not manifest.stale:
            failures.append(ReportError(path, failed["reason"] + " (unchanged since the last build)"))
            continue
        todo.append((path, key, state))
    for key, entry in sorted(manifest.reports.items()):
        source = Path(entry["source"]) if entry.get("source") else None  # None: ingested records
        if key in seen or manifest.has_record(key):
            if key not in seen and source and not source.exists():
                stats.missing.append(key)
            continue
        if source and source.is_file():  # built earlier under other settings: extract again
            todo.append((source, key, _file_state(source)))
        else:
            del manifest.reports[key]
            stats.missing.append(key)
            stats.removed.append(f"{key} (its file is gone and nothing of it was cached)")
    return todo


def _other_report(key: str, entry: dict, path: Path, state: dict) -> str | None:
    """Why `path` may not take the key of the report `entry` built earlier: a
    report's key is its path relative to the folder given, so `a/report.txt`
    and `b/report.txt` built one after the other would share the key
    `report.txt`.  When the earlier file is elsewhere, still exists and holds
    other bytes, it is another report: refuse rather than replace it.  (An
    earlier file that is gone was moved: its new version replaces it.)"""
    source = entry.get("source")
    if not source or source == state["source"] or not Path(source).is_file():
        return None
    try:
        if entry.get("sha256") and file_sha256(path) == entry["sha256"]:
            return None  # a copy of the same report
    except OSError:
        return None
    return (f"another report with the same key {key!r} is already in this build folder (built from "
            f"{source}); build both from their common folder, or into separate --out folders, or "
            f"`kg remove` the earlier one first")


# ---------------------------------------------------------------- extraction


def _extract_task(task) -> dict:
    """Runs in a worker: extract one report; returns its summary and packed record."""
    path, key, default_date, base, stem_of = task
    got = try_extract(path, key, default_date, base)
    if isinstance(got, ReportError):
        return {"key": key, "reason": got.reason}
    stem = stem_of(key, got.sha256)
    return {"key": key, "sha256": got.sha256, "stem": stem, "graph": got.graph, "counts": got.meta["counts"], "row": pack(got, stem)}


def _run(tasks: list, jobs: int):
    if jobs <= 1 or len(tasks) < POOL_THRESHOLD:
        yield from map(_extract_task, tasks)
        return
    chunk = max(1, min(64, len(tasks) // (jobs * 8)))
    _warm_up()  # workers fork from here and inherit what is loaded
    with cf.ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_extract_task, tasks, chunksize=chunk)


def _warm_up() -> None:
    """Load the lexicons, the pipeline and the pinyin dictionary once."""
    from kg.corpus.record import _pipeline
    from kg.emit.iri import slug

    _pipeline()
    slug("王明")


def _extract(todo, options: BuildOptions, manifest: Manifest, stats: BuildStats, failures: list) -> None:
    stem_of = functools.partial(record_id, manifest.settings)
    tasks = [(str(p), key, options.default_date, manifest.settings["base"], stem_of) for p, key, _ in todo]
    states = {key: (path, state) for path, key, state in todo}
    rows = []
    with Progress(len(tasks), "extracting reports", bar=options.progress) as progress:
        for summary in _run(tasks, options.jobs):
            key = summary["key"]
            path, state = states[key]
            if "reason" in summary:
                if manifest.reports.pop(key, None) is not None:
                    stats.removed.append(f"{key} (its new version failed: {summary['reason']})")
                manifest.failed[key] = {**state, "reason": summary["reason"]}
                failures.append(ReportError(path, summary["reason"]))
            else:
                manifest.failed.pop(key, None)
                earlier = manifest.reports.get(key, {}).get("sha256")
                if key not in manifest.reports:
                    stats.added.append(key)
                elif earlier and earlier != summary["sha256"]:
                    stats.replaced.append(key)
                manifest.reports[key] = {**state, **{k: summary[k] for k in ("sha256", "stem", "graph", "counts")}}
                rows.append(summary["row"])
                stats.extracted += 1
            if len(rows) >= 500:
                manifest.records.put(rows)
                rows = []
            progress.advance()
    manifest.records.put(rows)


# ---------------------------------------------------------------- the build


def _assembled_state(folder: Path) -> dict | None:
    try:
        return {name: [(st := (folder / name).stat()).st_size, st.st_mtime_ns] for name in (DATASET, TURTLE)}
    except OSError:
        return None


def build_corpus(paths, options: BuildOptions) -> BuildResult:
    started = time.perf_counter()
    out = Path(options.out) if options.out else Path(tempfile.mkdtemp(prefix="kg-build-"))
    with locked(out):
        manifest = Manifest.load(out, options.settings())
        result = BuildResult(out, manifest)
        stats = result.stats
        files, result.failures = report_paths(paths, exclude=out, skipped=result.skipped)
        stats.read = len(files)
        todo = _plan(files, manifest, options.force, stats, result.failures)
        _extract(todo, options, manifest, stats, result.failures)
        current = manifest.assembled is not None and manifest.assembled == _assembled_state(out)
        result.up_to_date = current and not todo and not manifest.stale
        if result.up_to_date:
            stats.reports = len(manifest.reports)
            stats.triples, stats.counts = manifest.summary.get("triples", 0), manifest.summary.get("counts", {})
            stats.quads = manifest.summary.get("quads", 0)
        else:
            _assemble(result, options.jobs)
        manifest.sweep()
        manifest.close()
    stats.seconds = time.perf_counter() - started
    return result


def _assemble(result: BuildResult, jobs: int = 1) -> None:
    """Link and assemble the graph from the cached records, and remember it."""
    manifest, stats = result.manifest, result.stats
    manifest.outputs = {}
    assembly = assemble(manifest, manifest.settings["base"], jobs=jobs)
    stats.reports = len(manifest.reports)
    stats.triples, stats.quads, stats.counts = assembly.triples, assembly.quads, assembly.counts
    manifest.assembled = _assembled_state(result.out_dir)
    manifest.summary = {"triples": stats.triples, "quads": stats.quads, "counts": stats.counts}
    manifest.save()


def ingest(records, options: BuildOptions) -> BuildResult:
    """Records extracted elsewhere (say by a Dask or Spark map of
    kg.corpus.extract_record) into the build folder, then the graph assembled:
    the same folder, cache and outputs as `kg build` gives.  `records` is any
    iterable of kg.corpus.Record, consumed once, as a stream."""
    started = time.perf_counter()
    out = Path(options.out)
    with locked(out):
        manifest = Manifest.load(out, options.settings())
        result = BuildResult(out, manifest)
        base, rows = manifest.settings["base"], []
        for record in records:
            if not record.graph.startswith(base):
                raise UsageError(f"record {record.key!r} was extracted with another base IRI than {base}")
            stem = manifest.stem(record.key, record.sha256)
            rows.append(pack(record, stem))
            manifest.failed.pop(record.key, None)
            earlier = manifest.reports.get(record.key)
            if earlier is None:
                result.stats.added.append(record.key)
            elif earlier.get("sha256") and earlier["sha256"] != record.sha256:
                result.stats.replaced.append(record.key)
            manifest.reports[record.key] = {
                "source": None, "sha256": record.sha256, "stem": stem, "graph": record.graph, "counts": record.meta["counts"],
            }
            result.stats.extracted += 1
            if len(rows) >= 500:
                manifest.records.put(rows)
                rows = []
        manifest.records.put(rows)
        result.stats.read = result.stats.extracted
        _assemble(result, options.jobs)
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
    if path.exists():
        source = str(path.resolve())
        for key in sorted(keys):
            if (manifest.reports.get(key) or manifest.failed.get(key)).get("source") == source:
                return key
    matches = sorted(k for k in keys if k.rsplit("/", 1)[-1] == path.name or k.endswith("/" + name))
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise UsageError(f"{name!r} names several reports ({', '.join(matches[:5])}): give the key")
    raise UsageError(f"no report {name!r} in {manifest.folder} (kg export lists them; keys are paths relative to the folder built)")


def remove_reports(names, out: Path) -> tuple[BuildResult, list[str]]:
    """Take reports out of a build folder: their named graphs go, the rest is re-linked."""
    started = time.perf_counter()
    out = Path(out)
    with locked(out):
        manifest = Manifest.open(out)
        keys = list(dict.fromkeys(find_report(manifest, name) for name in names))
        for key in keys:
            manifest.reports.pop(key, None)
            manifest.failed.pop(key, None)
        result = BuildResult(out, manifest)
        _assemble(result)
        manifest.sweep()
        manifest.close()
    result.stats.seconds = time.perf_counter() - started
    return result, keys


# ---------------------------------------------------------------- outputs


def write_turtle(result: BuildResult, out_dir: Path, options: BuildOptions) -> Path:
    """graph.ttl: written with the dataset when the graph is assembled; elsewhere, from it."""
    target = Path(out_dir) / TURTLE
    if Path(out_dir).resolve() != result.out_dir.resolve() or not target.is_file():
        with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8") as out:
            turtle_from_lines(result.union_lines(), out)
    return target


# name -> writer or "module:function"; order is the order they run
OUTPUTS = {
    "turtle": write_turtle,
    "store": "kg.stores.oxigraph_store:write_build",
    "cypher": "kg.stores.ladybug_store:write_build",
    "html": "kg.views.html:write_build",
}


def write_outputs(result: BuildResult, out_dir: Path, options: BuildOptions) -> dict[str, Path]:
    written = {}
    manifest = result.manifest
    with locked(out_dir):
        for name, writer in OUTPUTS.items():
            if name == "store" and not options.store or name == "html" and not options.html:
                continue
            previous = manifest.outputs.get(name)
            if result.up_to_date and previous and (Path(out_dir) / previous).exists():
                written[name] = Path(out_dir) / previous  # nothing changed: the output on disk is current
                continue
            if isinstance(writer, str):
                module, func = writer.split(":")
                try:
                    writer = getattr(importlib.import_module(module), func)
                except ModuleNotFoundError:
                    continue
            path = writer(result, Path(out_dir), options)
            if path:
                written[name] = path
                manifest.outputs[name] = os.path.relpath(path, out_dir)
        manifest.save()
    return written
