"""Report files with identical bytes under other names: built once.

A copy of a report under another name (`a.txt` and `a (1).txt`, a folder
given beside a file inside it) would be a second report with every fact
counted twice.  The copies are found before anything is extracted: files are
grouped by size (a stat each), and only files sharing a size with another are
hashed (SHA-256; a file unchanged since the last build has its hash in the
manifest).  Of identical files one is built, the others are left out with
one warning line naming both.  Identical bytes that are no report (empty,
blank, binary) are not copies: each file gets its own error.

Which name is kept: the one already in the graph with these bytes (so a
rebuild never swaps names), else the shortest key (a copy's name is the
original's with more: `a (1).txt`, `a - 副本.txt`, `a copy.txt`), else the
first in the order read (paths in the order given, a folder's files in
sorted order).  A report built earlier from
a file that is still there, unchanged, counts as in the graph even when its
folder is not given this time.  One whose file is gone while a file given
now holds its bytes (recorded hash) was moved or renamed: it leaves the
graph and the file is built under its new name, with one warning line
(otherwise renaming `x.txt` to `2024-03-28-x.txt` would count every fact
twice: the old report stays in the graph while its file is merely gone).
The same file given through another folder than before is no copy: it is
keyed once, by the wider folder's key (`_rekeyed`).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from kg.corpus.manifest import Manifest, file_sha256, unchanged
from kg.errors import ReportError
from kg.fsutil import same_file


def drop_copies(files: list[tuple[Path, str]], manifest: Manifest, removed: list[str]) -> tuple[list[tuple[Path, str]], list[ReportError]]:
    """`files` ((path, key) pairs, as kg.build.report_paths gives them) without
    the copies, and one warning per copy left out: `ReportError(copy, "the same
    bytes as KEPT: built once, as KEY")`.  A copy that an earlier build put in
    the graph under its own key leaves it (the entry is dropped from
    `manifest.reports`, and `removed` gets the key with the reason).  Files
    that cannot be read, or whose bytes are no report (empty, binary), are
    kept: the build reports each of them.

    Example: files `[(r/a.txt, "a.txt"), (r/b.txt, "b.txt")]` holding the same
    bytes -> `([(r/a.txt, "a.txt")], [ReportError(r/b.txt, "the same bytes as r/a.txt: built once, as a.txt")])`."""
    files, warnings = _rekeyed(files, manifest, removed)
    given = {key for _, key in files}
    by_size: dict[int, list] = defaultdict(list)  # size -> (path, key, entry or None, given)
    for path, key in files:
        try:
            size = path.stat().st_size
        except OSError:
            continue
        if size:  # empty files are not reports: each gets its own error
            by_size[size].append((path, key, manifest.reports.get(key), True))
    moved = []  # (key, entry) of reports in the graph whose file is gone
    for key, entry in manifest.reports.items():  # reports in the graph whose files were not given this time
        if key not in given and entry.get("size") is not None and entry.get("sha256"):
            if unchanged(entry):
                by_size[entry["size"]].append((Path(entry["source"]), key, entry, False))
            elif entry.get("source") and not Path(entry["source"]).exists():
                moved.append((key, entry))
    for key, entry in moved:  # a given file of the same size must be hashed to be matched
        if any(is_given for *_, is_given in by_size.get(entry["size"], ())):
            by_size[entry["size"]].append((Path(entry["source"]), key, entry, None))
    kept_as = {}  # key of a copy -> key built
    for group in by_size.values():
        if len(group) < 2 or sum(bool(is_given) for *_, is_given in group) == 0:
            continue
        by_hash: dict[str, list] = defaultdict(list)
        for member in group:
            # a gone file's bytes are known by the hash recorded when it was built
            digest = member[2]["sha256"] if member[3] is None else _sha256(*member[:3])
            if digest is not None:
                by_hash[digest].append(member)
        for digest, same in by_hash.items():
            gone = [m for m in same if m[3] is None]
            same = [m for m in same if m[3] is not None]
            if gone and same:
                _take_as_moved(gone, same, manifest, removed, warnings)
            if len(same) < 2:
                continue
            # the name the graph holds these bytes under, else the shortest ("a.txt", not "a (1).txt"), else the first read
            held = [m for m in same if m[2] and m[2].get("sha256") == digest]
            first = min(held or same, key=lambda m: len(m[1]))
            if not held and not _readable(first[0]):
                continue  # bytes that are no report (empty, binary): each file gets its own error, none is a "copy"
            for path, key, entry, is_given in same:
                if is_given and key != first[1]:
                    kept_as[key] = first[1]
                    what = "the same file as" if same_file(path, first[0]) else "the same bytes as"
                    warnings.append(ReportError(path, f"{what} {first[0]}: built once, as {first[1]}"))
                    if entry is not None and manifest.reports.pop(key, None) is not None:
                        removed.append(f"{key} (the same bytes as {first[1]}, which stays)")
                        manifest.assembled = None  # the graph changes: assemble it again
    return [(path, key) for path, key in files if key not in kept_as], warnings


def _rekeyed(files: list[tuple[Path, str]], manifest: Manifest, removed: list[str]) -> tuple[list[tuple[Path, str]], list[ReportError]]:
    """`files` with each file the graph holds under another key (the same file,
    read before through another folder) keyed once: by the key of the wider
    folder, the one with more path parts, as a fresh build of the widest
    folder keys it.  `kg build nest/2024` keys nest/2024/a.txt `a.txt`, then
    `kg build nest` keys it `2024/a.txt`: the old key leaves the graph (listed
    in `removed`) and the file is built under the new one, with one warning
    line.  Given through a narrower folder (or by name) after the wider one,
    the file keeps the key the graph holds, silently.  Otherwise the file was
    "the same file" kept under its old key while the summary said that key was
    not given, and the IRIs differed from a fresh build's.  Example:
    `[(nest/2024/a.txt, "2024/a.txt")]` with `a.txt` built from that file ->
    (the same list, `[ReportError(nest/2024/a.txt, "built before as a.txt (read
    through a narrower folder): now keyed 2024/a.txt, as a build of the wider
    folder keys it")]`)."""
    given = {key for _, key in files}
    by_source: dict[str, list[str]] = defaultdict(list)
    for key, entry in manifest.reports.items():
        if key not in given and entry.get("source"):
            by_source[entry["source"]].append(key)
    if not by_source:
        return files, []
    keyed, warnings = [], []
    for path, key in files:
        try:
            earlier = by_source.pop(str(path.resolve()), [])
        except OSError:
            earlier = []
        held = [old for old in earlier if len(old.split("/")) >= len(key.split("/"))]
        if held:  # read through a narrower folder: the graph's key stays
            keyed.append((path, held[0]))
            continue
        for old in earlier:
            manifest.reports.pop(old)
            manifest.failed.pop(old, None)
            removed.append(f"{old} (the same file, now keyed {key})")
            manifest.assembled = None  # the graph changes: assemble it again
            warnings.append(ReportError(path, f"built before as {old} (read through a narrower folder): now keyed {key}, "
                                              f"as a build of the wider folder keys it"))
        keyed.append((path, key))
    return keyed, warnings


def _take_as_moved(gone: list, present: list, manifest: Manifest, removed: list[str], warnings: list[ReportError]) -> None:
    """The reports in `gone` (files no longer on disk) hold the bytes of the
    given file in `present` that will be built (the one a copy would keep):
    each leaves the graph, listed in `removed`, and one warning names the
    move.  Example: `x.txt` renamed `2024-03-28-x.txt` -> removed gets
    "x.txt (its file is gone; its bytes are now 2024-03-28-x.txt)"."""
    given = [m for m in present if m[3]]
    held = [m for m in present if m[2] and m[2].get("sha256") == gone[0][2]["sha256"]]
    target = min(held or given, key=lambda m: len(m[1]))
    for path, key, entry, _ in gone:
        if manifest.reports.pop(key, None) is None:
            continue
        removed.append(f"{key} (its file is gone; its bytes are now {target[1]})")
        manifest.assembled = None  # the graph changes: assemble it again
        if target[3]:
            warnings.append(ReportError(target[0], f"the same bytes as {path}, which is gone: taken as moved, "
                                                   f"built as {target[1]} in place of {key}"))


def _readable(path: Path) -> bool:
    """Whether `path` reads as a report (kg.read.read_report raises no
    ReportError): identical bytes that are no report (blank, binary, too
    large) are each reported as failed, not built once as a copy."""
    from kg.read import read_report

    try:
        read_report(path)
    except ReportError:
        return False
    return True


def _sha256(path: Path, key: str, entry: dict | None) -> str | None:
    if entry and entry.get("sha256") and entry.get("source") == str(path.resolve()) and unchanged(entry):
        return entry["sha256"]  # unchanged since the last build: its hash is known
    try:
        return file_sha256(path)
    except OSError:
        return None

