"""Report files with identical bytes under other names: built once.

A copy of a report under another name (`a.txt` and `a (1).txt`, a folder
given beside a file inside it) would be a second report with every fact
counted twice.  The copies are found before anything is extracted: files are
grouped by size (a stat each), and only files sharing a size with another are
hashed (SHA-256; a file unchanged since the last build has its hash in the
manifest).  Of identical files one is built, the others are left out with
one warning line naming both.

Which name is kept: the one already in the graph with these bytes (so a
rebuild never swaps names), else the shortest key (a copy's name is the
original's with more: `a (1).txt`, `a - 副本.txt`, `a copy.txt`), else the
first in the order read (paths in the order given, a folder's files in
sorted order).  A report built earlier from
a file that is still there, unchanged, counts as in the graph even when its
folder is not given this time; one whose file is gone does not (its copy
elsewhere is taken as the file moved).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from kg.corpus.manifest import Manifest, file_sha256
from kg.errors import ReportError
from kg.fsutil import same_file


def drop_copies(files: list[tuple[Path, str]], manifest: Manifest, removed: list[str]) -> tuple[list[tuple[Path, str]], list[ReportError]]:
    """`files` ((path, key) pairs, as kg.build.report_paths gives them) without
    the copies, and one warning per copy left out: `ReportError(copy, "the same
    bytes as KEPT: built once, as KEY")`.  A copy that an earlier build put in
    the graph under its own key leaves it (the entry is dropped from
    `manifest.reports`, and `removed` gets the key with the reason).  Files
    that cannot be read are kept: the build reports them.

    Example: files `[(r/a.txt, "a.txt"), (r/b.txt, "b.txt")]` holding the same
    bytes -> `([(r/a.txt, "a.txt")], [ReportError(r/b.txt, "the same bytes as r/a.txt: built once, as a.txt")])`."""
    given = {key for _, key in files}
    by_size: dict[int, list] = defaultdict(list)  # size -> (path, key, entry or None, given)
    for path, key in files:
        try:
            by_size[path.stat().st_size].append((path, key, manifest.reports.get(key), True))
        except OSError:
            continue
    for key, entry in manifest.reports.items():  # reports in the graph whose files were not given this time
        if key not in given and entry.get("size") is not None and entry.get("sha256") and _unchanged(entry):
            by_size[entry["size"]].append((Path(entry["source"]), key, entry, False))
    kept_as, warnings = {}, []  # key of a copy -> key built; the warnings
    for group in by_size.values():
        if len(group) < 2 or sum(is_given for *_, is_given in group) == 0:
            continue
        by_hash: dict[str, list] = defaultdict(list)
        for member in group:
            if (digest := _sha256(*member[:3])) is not None:
                by_hash[digest].append(member)
        for digest, same in by_hash.items():
            if len(same) < 2:
                continue
            # the name the graph holds these bytes under, else the shortest ("a.txt", not "a (1).txt"), else the first read
            held = [m for m in same if m[2] and m[2].get("sha256") == digest]
            first = min(held or same, key=lambda m: len(m[1]))
            for path, key, entry, is_given in same:
                if is_given and key != first[1]:
                    kept_as[key] = first[1]
                    what = "the same file as" if same_file(path, first[0]) else "the same bytes as"
                    warnings.append(ReportError(path, f"{what} {first[0]}: built once, as {first[1]}"))
                    if entry is not None and manifest.reports.pop(key, None) is not None:
                        removed.append(f"{key} (the same bytes as {first[1]}, which stays)")
                        manifest.assembled = None  # the graph changes: assemble it again
    return [(path, key) for path, key in files if key not in kept_as], warnings


def _unchanged(entry: dict) -> bool:
    """The file a manifest entry was built from is still there with the size and mtime recorded."""
    try:
        st = Path(entry["source"]).stat()
    except (OSError, TypeError, KeyError):
        return False
    return st.st_size == entry.get("size") and st.st_mtime_ns == entry.get("mtime_ns")


def _sha256(path: Path, key: str, entry: dict | None) -> str | None:
    if entry and entry.get("sha256") and entry.get("source") == str(path.resolve()) and _unchanged(entry):
        return entry["sha256"]  # unchanged since the last build: its hash is known
    try:
        return file_sha256(path)
    except OSError:
        return None

