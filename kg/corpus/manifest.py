"""The build folder's memory: which report files went into it, and their records.

`DIR/manifest.json` maps each report key (its path relative to the folder
given to `kg build`) to the file's size, mtime and SHA-256 and to its cached
record in `DIR/cache/records.sqlite` (the report's named graph as N-Quads,
zlib-compressed, and the mentions the linker reads).  One SQLite file rather
than a file per report: creating thousands of small files costs more than
extracting them on a VM disk.  A record's id is derived from the settings,
key and content hash, so a build killed half-way never leaves a manifest
entry pointing at a half-written record.  The settings include a
fingerprint of the extractor's code and lexicons: change either and every
report is extracted again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.emit.iri import digest
from kg.fsutil import atomic_write_text, held_lock
from kg.resources import PACKAGE, ontology_dir

if TYPE_CHECKING:
    from kg.corpus.record import Record

MANIFEST = "manifest.json"
RECORDS = Path("cache") / "records.sqlite"
FORMAT = 1
# what shapes a record: change any of it and cached records are stale
EXTRACTOR_SOURCES = (
    "read.py", "text.py", "pipeline.py", "facts.py", "resolve.py", "namespaces.py",
    "repair", "extract", "lexicons", "emit/rdf.py", "emit/iri.py", "emit/terms.py",
    "corpus/mentions.py", "corpus/name_date.py", "corpus/record.py", "corpus/undated.py",
    "corpus/link.py",  # the linker decides the graph as much as extraction: a change rebuilds it
    # what reading (kg.read) and the rules call: the decoding of a file, mojibake, the site's chrome
    # dropped, the analysers' words; and the per-report warning on lost characters a record keeps
    "mojibake.py", "mixed.py", "chrome.py", "analyse", "corpus/guessed.py",
    # and the other per-report warnings a record keeps (kg.build._extract_task)
    "corpus/unnamed.py", "corpus/unfiled.py",
)


# what a build writes into its folder (kg.build, kg.corpus.assemble): no other
# command may write over it
DATASET = "graph.nq"  # the union and every report's named graph (kg.corpus.assemble writes both)
TURTLE = "graph.ttl"  # the union graph
BUILT = (MANIFEST, TURTLE, DATASET, "graph.html", "store", "cache", ".lock")


def build_folder_of(path: Path) -> Path | None:
    """The build folder whose own output `path` is (or would replace), else None.
    Example: `build_folder_of(Path("out/graph.ttl"))` -> `Path("/abs/out")` when
    out/manifest.json exists; `build_folder_of(Path("out/export/g.trig"))` -> None."""
    path = Path(path).resolve()
    for folder in path.parents:
        if (folder / MANIFEST).is_file():
            return folder if path.relative_to(folder).parts[0] in BUILT else None
    return None


def extractor_fingerprint() -> str:
    h = hashlib.sha256()
    files = []
    for name in EXTRACTOR_SOURCES:
        path = PACKAGE / name
        files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in {".py", ".txt", ".tsv", ".json"}) if path.is_dir() else [path])
    files.append(ontology_dir() / "issues.ttl")
    for path in files:
        if path.is_file():
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def file_state(path: Path) -> dict:
    """What a manifest entry records of a report's file to tell, by one stat,
    that it is unchanged: `{"source": absolute path, "size": bytes, "mtime_ns": ns}`.
    Raises OSError when the file cannot be stat'ed."""
    st = Path(path).stat()
    return {"source": str(Path(path).resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def unchanged(entry: dict, state: dict | None = None) -> bool:
    """Is the file a manifest entry (a report's or a failure's) was read from
    still the size and mtime recorded?  `state` is the file's `file_state` when
    already taken; else the entry's `source` is stat'ed, and a file gone or
    unreadable (or no source) is not unchanged.  Example: right after a build,
    `unchanged(manifest.reports["a.txt"])` -> True; after `touch a.txt` -> False."""
    if state is None:
        try:
            state = file_state(entry["source"])
        except (OSError, TypeError, KeyError):
            return False
    return entry.get("size") == state["size"] and entry.get("mtime_ns") == state["mtime_ns"]



def is_build_folder(folder: Path) -> bool:
    """Does `folder` hold a govkg build (a `manifest.json` that is a JSON
    object with govkg's `format` and `reports` keys)?  A folder walked for
    reports skips such a folder: its graph.html, caches and stores are
    outputs, not reports.  A `manifest.json` of anything else (unreadable,
    not JSON, other keys) is no build.

    Example: after `kg build seeds/ --out seeds/out`, `is_build_folder(Path("seeds/out"))` -> True."""
    try:
        data = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and "format" in data and "reports" in data

@dataclass
class Manifest:
    folder: Path
    settings: dict
    reports: dict[str, dict] = field(default_factory=dict)  # key -> source, size, mtime_ns, sha256, stem, counts
    failed: dict[str, dict] = field(default_factory=dict)  # key -> source, size, mtime_ns, reason
    # key -> a report's entry left out of the graph as the same article as the report "kept" (kg.corpus.forms);
    # its record stays cached, so it takes that report's place when the kept file goes
    same_text: dict[str, dict] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)  # writer name -> path written last time
    assembled: dict | None = None  # size and mtime of the assembled files, to tell they are current
    summary: dict = field(default_factory=dict)  # triples and counts of the assembled graph
    stale: bool = False  # the settings changed since the last build: nothing cached is valid
    _records: "RecordStore | None" = field(default=None, repr=False)

    @classmethod
    def load(cls, folder: Path, settings: dict) -> "Manifest":
        folder = Path(folder)
        try:
            data = _read(folder)
        except FileNotFoundError:
            return cls(folder, settings)
        if data.get("format") != FORMAT:
            return cls(folder, settings, stale=True)
        if data.get("settings") != settings:
            # keep the reports' sources so a changed setting rebuilds everything built before
            # and the outputs it wrote, which the next assembly replaces or removes (kg.corpus.stale)
            def again(entries: dict) -> dict:  # every report is extracted again, those left out as copies too
                return {k: {"source": v["source"], "sha256": None, "default_date": v.get("default_date")} for k, v in entries.items()}

            return cls(folder, settings, reports=again(data.get("reports", {})), same_text=again(data.get("same_text", {})),
                       outputs=data.get("outputs", {}), stale=True)
        return cls(
            folder, settings, data.get("reports", {}), data.get("failed", {}), data.get("same_text", {}), data.get("outputs", {}),
            data.get("assembled"), data.get("summary", {}),
        )

    @classmethod
    def open(cls, folder: Path) -> "Manifest":
        """An existing build folder's manifest, with the settings it was built with."""
        try:
            settings = _read(Path(folder))["settings"]
        except (FileNotFoundError, NotADirectoryError):  # no folder, or a file named as the folder
            raise not_a_build_folder(folder) from None
        return cls.load(folder, settings)

    def save(self) -> None:
        data = {
            "format": FORMAT,
            "settings": self.settings,
            "assembled": self.assembled,
            "summary": self.summary,
            "outputs": dict(sorted(self.outputs.items())),
            "reports": dict(sorted(self.reports.items())),
            "failed": dict(sorted(self.failed.items())),
        }
        if self.same_text:  # a folder without such copies keeps the manifest it always had
            data["same_text"] = dict(sorted(self.same_text.items()))
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        path = self.folder / MANIFEST
        if not path.is_file() or path.read_text(encoding="utf-8") != text:  # an unchanged build touches nothing
            atomic_write_text(path, text)

    # ------------------------------------------------------------ records

    def stem(self, key: str, sha256: str, default_date: str | None = None) -> str:
        return record_id(self.settings, key, sha256, default_date)

    @property
    def records(self) -> "RecordStore":
        if self._records is None:
            self._records = RecordStore(self.folder / RECORDS)
        return self._records

    def has_record(self, key: str) -> bool:
        entry = self.reports.get(key)
        return bool(entry and entry.get("stem")) and entry["stem"] in self.records

    def unfinished(self) -> set[str]:
        """Ids of the records in the cache that no manifest entry names: what a
        build stopped before writing its manifest (Ctrl-C, kill) had extracted.
        Each was committed whole (one SQLite transaction) under an id derived
        from the settings, key and content hash (`record_id`), so one whose id
        a file's current bytes give again is that file's record.  Empty when
        the folder has no cache (nothing is created to find out)."""
        if self._records is None and not (self.folder / RECORDS).is_file():
            return set()
        return self.records.stems() - self._named()

    def key_of_source(self, path) -> str | None:
        """The key of the report (built, or failed) read from the file `path`,
        by its resolved path (the entries' `source`); None when no build read it.
        What `kg remove FILE` finds its report by, and what `kg view --out`
        refuses to write over.  Example: after `kg build reports --out out`,
        `Manifest.open(Path("out")).key_of_source("reports/a.txt")` -> `"a.txt"`."""
        source = str(Path(path).resolve())
        for key in sorted(set(self.reports) | set(self.failed)):
            # a report kept as built before whose new version failed has two entries, maybe two files
            if any((entry or {}).get("source") == source for entry in (self.reports.get(key), self.failed.get(key))):
                return key
        return None

    def read_meta(self, key: str) -> dict:
        return self.records.meta(self.reports[key]["stem"])

    def read_quads(self, key: str) -> str:
        return self.records.quads(self.reports[key]["stem"])

    def sweep(self) -> int:
        """Delete records no manifest entry refers to; returns how many."""
        return self.records.keep_only(self._named())

    def _named(self) -> set[str]:
        """The ids of the records the manifest names: the graph's reports' and
        those of the same articles left out of it (`same_text`)."""
        return {e["stem"] for entries in (self.reports, self.same_text) for e in entries.values() if e.get("stem")}

    def close(self) -> None:
        if self._records is not None:
            self._records.close()
            self._records = None


def _read(folder: Path) -> dict:
    """The manifest of `folder` as written.  Raises FileNotFoundError when there is
    none, UsageError when it is damaged (cut short, edited): it is the only list
    of what the folder's graph holds, so a build must not start afresh over it and
    drop the reports built earlier from other folders."""
    path = folder / MANIFEST
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("settings"), dict) or not isinstance(data.get("reports", {}), dict):
            raise ValueError("not a govkg manifest")
    except ValueError as exc:
        from kg.errors import UsageError

        raise UsageError(f"{path}: damaged ({str(exc).splitlines()[0]}); it lists what the graph holds, so nothing was "
                         f"changed: restore it, or delete {folder} and build every report again") from None
    return data


def built_base(folder: Path) -> str | None:
    """The base IRI the build folder `folder` was built with (its manifest's
    settings), or None when it holds no build yet.  Raises UsageError for a
    damaged manifest (as `_read`).  `kg build` without --base keeps it.

    >>> built_base(Path("/no/such/folder")) is None
    True
    """
    try:
        return _read(Path(folder))["settings"].get("base")
    except FileNotFoundError:
        return None


def record_id(settings: dict, key: str, sha256: str, default_date: str | None = None) -> str:
    """The id of a report's record: a digest of the folder's settings, the
    report's key, the SHA-256 of its bytes and the date it was extracted
    with when it gives no year (`--date`, ISO, or None), so a record is
    found again only for those very inputs.  Example:
    `record_id({"base": B, "extractor": F}, "a.txt", "9f…", None)` -> 20 hex digits."""
    return digest(json.dumps([settings, key, sha256, default_date], ensure_ascii=False), 20)


def pack(record: Record, stem: str) -> tuple[str, str, bytes]:
    """A record as a row of the store: (id, mentions JSON, compressed quads)."""
    meta = json.dumps({"key": record.key, **record.meta}, ensure_ascii=False)
    # unsorted: the assembly sorts each report's lines once its IRIs are final
    return stem, meta, zlib.compress("".join(line + "\n" for line in record.quads).encode("utf-8"), 3)


class RecordStore:
    """The cached records of a build folder (SQLite)."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        # forked assembly workers write their assembled reports here at once: wait for each other
        self.db = sqlite3.connect(path, timeout=120)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS records (stem TEXT PRIMARY KEY, meta TEXT NOT NULL, quads BLOB NOT NULL)")
        # what each record gave once assembled (kg.corpus.assemble.Assembled), under the
        # key of the links it was assembled with: an incremental build reuses it
        self.db.execute("CREATE TABLE IF NOT EXISTS assembled (stem TEXT PRIMARY KEY, key TEXT NOT NULL, data BLOB NOT NULL)")
        self._stems = {row[0] for row in self.db.execute("SELECT stem FROM records")}

    def __contains__(self, stem: str) -> bool:
        return stem in self._stems

    def stems(self) -> set[str]:
        """The ids of every record held."""
        return set(self._stems)

    def put(self, rows) -> None:
        rows = list(rows)
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?)", rows)
        self._stems.update(r[0] for r in rows)

    def meta(self, stem: str) -> dict:
        return json.loads(self._get("meta", stem))

    def quads(self, stem: str) -> str:
        return zlib.decompress(self._get("quads", stem)).decode("utf-8")

    def assembled(self, stem: str, key: str) -> bytes | None:
        """The assembled form of record `stem` kept under `key` (compressed), or None
        when there is none or it was assembled with other links."""
        row = self.db.execute("SELECT data FROM assembled WHERE stem = ? AND key = ?", (stem, key)).fetchone()
        return row[0] if row else None

    def put_assembled(self, rows) -> None:
        """(stem, key, data) rows; each replaces what the stem had."""
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO assembled VALUES (?, ?, ?)", rows)

    def _get(self, column: str, stem: str):
        row = self.db.execute(f"SELECT {column} FROM records WHERE stem = ?", (stem,)).fetchone()
        if row is None:
            raise KeyError(f"record {stem} missing from the cache")
        return row[0]

    def keep_only(self, stems: set[str]) -> int:
        gone = self._stems - stems
        if gone:
            with self.db:
                self.db.executemany("DELETE FROM records WHERE stem = ?", [(s,) for s in gone])
                self.db.executemany("DELETE FROM assembled WHERE stem = ?", [(s,) for s in gone])
            self._stems -= gone
        return len(gone)

    def close(self) -> None:
        self.db.close()


def not_a_build_folder(folder: Path):
    """The UsageError for a path that holds no build (no manifest.json), saying
    what the path is and what to run: it does not exist, is a file, holds build
    folders (named), holds reports (build them into another folder), or else.
    Raises nothing (returns the error).

    >>> str(not_a_build_folder(Path("no/such")))
    'no/such: does not exist, so it is not a build folder; kg build REPORTS --out no/such makes one there'
    """
    from kg.errors import UsageError
    from kg.read import REPORT_SUFFIXES

    folder = Path(folder)
    if not folder.exists():
        return UsageError(f"{folder}: does not exist, so it is not a build folder; kg build REPORTS --out {folder} makes one there")
    if not folder.is_dir():
        if is_report_file(folder) and (why := unreadable_report(folder)):  # kg build would refuse it too
            return UsageError(f"{folder}: is a file, not a build folder, nor a report kg build can read ({why})")
        if is_report_file(folder):  # a report given where its build was meant: build it first
            return UsageError(f"{folder}: is a file, not a build folder: a report, which kg build reads; "
                              f"kg build {folder} --out OUT builds it, then give OUT")
        return UsageError(f"{folder}: is a file, not a build folder (the folder kg build --out wrote)")
    try:
        held = sorted(folder.iterdir())
    except OSError:
        held = []
    inside = [p for p in held if p.is_dir() and is_build_folder(p)]
    if inside:
        shown = ", ".join(str(p) for p in inside[:5]) + (", ..." if len(inside) > 5 else "")
        return UsageError(f"{folder}: not a build folder (no {MANIFEST}), but holds {len(inside)} build "
                          f"folder{'s' * (len(inside) > 1)}: {shown}; give one of them")
    reports = [p for p in held if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES]
    if reports:  # the reports themselves: building into their folder would mix outputs with them
        return UsageError(f"{folder}: not a build folder (no {MANIFEST}): it holds {len(reports)} report file"
                          f"{'s' * (len(reports) > 1)}; kg build {folder} --out OUT builds them, then give OUT")
    return UsageError(f"{folder}: not a build folder (no {MANIFEST}); kg build REPORTS --out {folder} makes one there")


def is_report_file(path: Path) -> bool:
    """Is `path` a file kg build reads as a report (its suffix is a report's,
    kg.read.REPORT_SUFFIXES, and it is no page kg view wrote), not a graph?

    >>> is_report_file(Path("no/such.txt"))
    False
    """
    from kg.read import REPORT_SUFFIXES, is_own_page

    path = Path(path)
    return path.is_file() and path.suffix.lower() in REPORT_SUFFIXES and not is_own_page(path)


def unreadable_report(path: Path) -> str | None:
    """Why kg build would refuse the report file `path` before extracting it
    (empty, binary, undecodable, too large: kg.read.read_report's reason), or
    None when it reads: a command pointing at a report it cannot build says so,
    not "kg build it first".  Whether it holds facts is not tried here.

    >>> unreadable_report(Path("no/such.txt"))
    'no such file'
    """
    from kg.errors import ReportError
    from kg.read import read_report

    try:
        read_report(Path(path))
    except ReportError as exc:
        return exc.reason
    return None


@contextlib.contextmanager
def locked(folder: Path, on_wait=None, create: bool = True):
    """One build at a time per folder (a second waits for the first, after
    `on_wait(line)` with a line saying whom it waits for).  Yields a
    one-line notice when the build before did not finish (killed or
    interrupted: its lock is taken over, kg.fsutil.held_lock), else None.
    With `create=False` (commands that change an existing build, such as
    `kg remove`) a folder without a manifest raises UsageError and nothing
    is written there: not even the lock file."""
    folder = Path(folder)
    if not create and not (folder / MANIFEST).is_file():
        raise not_a_build_folder(folder)
    folder.mkdir(parents=True, exist_ok=True)
    wait = None if on_wait is None else (lambda holder: on_wait(f"{folder}: another build is running here ({holder}); waiting for it to finish"))
    with held_lock(folder / ".lock", wait) as earlier:
        yield (f"{folder}: the build before ({earlier}) did not finish (killed or interrupted); its lock is taken "
               f"over, and this build redoes what it left undone" if earlier else None)
