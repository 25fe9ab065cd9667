"""Report files with identical bytes under other names: built once.

A copy of a report under another name (`a.txt` and `a (1).txt`, a folder
given beside a file inside it) would be a second report with every fact
counted twice.  The copies are found before anything is extracted: files are
grouped by size (a stat each), and only files sharing a size with another are
hashed (SHA-256; a file unchanged since the last build has its hash in the
manifest).  Of identical files one is built, the others are left out with
one warning line naming both.  So with a copy saved in another encoding
(GB18030, UTF-16, a byte-order mark, CRLF line breaks): the same text once
decoded (`_decoded_copies`).  Identical bytes that are no report (empty,
blank, binary) are not copies: each file gets its own error.

Which name is kept: the one already in the graph with these bytes (so a
rebuild never swaps names), else one whose file name gives a date
(`pujiang-2024-04-09.txt` beside `p.txt`: kg.extract.dates reads the year of a
text's `4月9日` from it, which the other name would leave undated), else the
shortest key (a copy's name is the original's with more: `a (1).txt`,
`a - 副本.txt`, `a copy.txt`), else the first in the order read (paths in the
order given, a folder's files in sorted order).  The warning on each copy
left out says why the other was kept (`_why`).  A report built earlier from
a file that is still there, unchanged, counts as in the graph even when its
folder is not given this time.  One whose file is gone while a file given
now holds its bytes (recorded hash) was moved or renamed: it leaves the
graph and the file is built under its new name, with one warning line
(otherwise renaming `x.txt` to `2024-03-28-x.txt` would count every fact
twice: the old report stays in the graph while its file is merely gone).
The same file given through another folder than before is no copy: it is
keyed once, by the wider folder's key (`_rekeyed`).  The same article in
another form (an HTML page and its text, Traditional and Simplified) is
told after extraction, by its repaired text: kg.corpus.forms.
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
            # the name the graph holds these bytes under, else one giving a date, else the shortest ("a.txt", not
            # "a (1).txt"), else the first read
            held = [m for m in same if m[2] and m[2].get("sha256") == digest]
            first = min(held or same, key=lambda m: (not _dated(m[1]), len(m[1])))
            if not held and not _readable(first[0]):
                continue  # bytes that are no report (empty, binary): each file gets its own error, none is a "copy"
            for path, key, entry, is_given in same:
                if is_given and key != first[1]:
                    kept_as[key] = first[1]
                    what = "the same file as" if same_file(path, first[0]) else "the same bytes as"
                    warnings.append(ReportError(path, f"{what} {first[0]}: built once, as {first[1]}{_why(first[1], key, bool(held))}"))
                    if entry is not None and manifest.reports.pop(key, None) is not None:
                        removed.append(f"{key} (the same bytes as {first[1]}, which stays)")
                        manifest.assembled = None  # the graph changes: assemble it again
    files, decoded = _decoded_copies([(path, key) for path, key in files if key not in kept_as], manifest, removed)
    return files, warnings + decoded


# the ways a text may be saved that kg.read.decode reads back as the same text:
# (encoding, byte-order mark, bytes a line break's \r adds)
_SAVED_AS = (("utf-8", b"", 1), ("utf-8", b"\xef\xbb\xbf", 1), ("gb18030", b"", 1), ("big5", b"", 1),
             ("utf-16-le", b"", 2), ("utf-16-le", b"\xff\xfe", 2), ("utf-16-be", b"", 2), ("utf-16-be", b"\xfe\xff", 2))


def _decoded_copies(files: list[tuple[Path, str]], manifest: Manifest, removed: list[str]) -> tuple[list[tuple[Path, str]], list[ReportError]]:
    """`files` without the copies of a report saved in another encoding (GB18030
    beside UTF-8, with or without a byte-order mark, CRLF beside LF line
    breaks): the same text once decoded, other bytes.  Each new or changed file
    (those a build reads anyway) is decoded; its text, saved each way
    kg.read.decode reads, has a few possible sizes, and only the files given or
    in the graph of those sizes are decoded to compare.  Which one is kept, and
    the warning naming both, as for identical bytes (drop_copies).

    Example: `a.txt` (UTF-8) and `a_gb.txt` (its GB18030 copy) ->
    `([(r/a.txt, "a.txt")], [ReportError(r/a_gb.txt, "the same text as r/a.txt (GB18030 here, UTF-8 there): built once, as a.txt")])`."""
    given = {key for _, key in files}
    fresh = []
    by_size: dict[int, list] = defaultdict(list)  # size -> (path, key, entry or None, given)
    for order, (path, key) in enumerate(files):
        try:
            st = path.stat()
        except OSError:
            continue
        entry = manifest.reports.get(key)
        # built before and unchanged (kg.corpus.manifest.unchanged, by the one stat taken)
        held = entry is not None and unchanged(entry, {"size": st.st_size, "mtime_ns": st.st_mtime_ns})
        member = (path, key, entry if held else None, order)
        by_size[st.st_size].append(member)
        if not held:
            fresh.append(member)
    if not fresh:
        return files, []
    for key, entry in manifest.reports.items():  # reports in the graph whose files were not given this time
        if key not in given and entry.get("size") is not None and unchanged(entry):
            by_size[entry["size"]].append((Path(entry["source"]), key, entry, None))
    texts: dict[Path, tuple[str, str] | None] = {}
    kept_as: dict[str, str] = {}
    warnings = []
    for ours in fresh:
        path, key = ours[:2]
        if key in kept_as or (read := _text(path, texts)) is None:
            continue
        text = read[0]
        sizes = set()
        for saved, bom, extra in _SAVED_AS:
            try:
                size = len(bom) + len(text.encode(saved))
            except UnicodeEncodeError:
                continue
            sizes |= {size, size + extra * text.count("\n")}
        same = [m for size in sorted(sizes) for m in by_size.get(size, ()) if m[1] not in kept_as and m[1] != key
                and not same_file(m[0], path) and (other := _text(m[0], texts)) is not None and other[0] == text]
        if not same:
            continue
        group = [ours] + same
        # the one the graph holds, else one whose name gives a date, else the shortest name, else the first read
        first = min(group, key=lambda m: (m[2] is None, not _dated(m[1]), len(m[1]), m[3] if m[3] is not None else -1))
        for m_path, m_key, entry, order in group:
            if order is not None and m_key != first[1]:
                kept_as[m_key] = first[1]
                warnings.append(ReportError(m_path, f"the same text as {first[0]} ({_how_saved(m_path, first[0], texts)}): "
                                                    f"built once, as {first[1]}{_why(first[1], m_key, first[2] is not None)}"))
                if entry is not None and manifest.reports.pop(m_key, None) is not None:
                    removed.append(f"{m_key} (the same text as {first[1]}, which stays)")
                    manifest.assembled = None  # the graph changes: assemble it again
    return [(path, key) for path, key in files if key not in kept_as], warnings


def _dated(key: str) -> bool:
    """Does the file name of `key` give a real date (kg.extract.dates.FILE_DATE)?

    >>> _dated("2024/pujiang-2024-04-09.txt"), _dated("p.txt"), _dated("a-2024-13-45.txt")
    (True, False, False)
    """
    from kg.extract.dates import FILE_DATE, _date

    found = FILE_DATE.search(Path(key).name)
    return found is not None and _date(*found.groups()) is not None


def _why(kept: str, dropped: str, held: bool) -> str:
    """Why `kept` was built rather than its copy `dropped` (the rule of the
    module doc), and that the copy is left out, for the warning's end.

    >>> _why("pujiang-2024-04-09.txt", "p.txt", False)
    ' (the name that gives its date), p.txt left out'
    >>> _why("a.txt", "a (1).txt", False), _why("a (1).txt", "a.txt", True)
    (' (the shorter name), a (1).txt left out', ' (the name the graph holds), a.txt left out')
    """
    if held:
        why = "the name the graph holds"
    elif _dated(kept) and not _dated(dropped):
        why = "the name that gives its date"
    elif len(kept) < len(dropped):
        why = "the shorter name"
    else:
        why = "the first read"
    return f" ({why}), {dropped} left out"


def _text(path: Path, texts: dict) -> tuple[str, str] | None:
    """`(text, encoding)` of a file as kg.read.decode reads it, line breaks as
    `\n`, or None when it is unreadable or no report (too large, blank, binary,
    no Chinese: each such file gets its own error, as in drop_copies), cached
    in `texts`."""
    if path not in texts:
        from kg.read import MAX_BYTES, decode
        from kg.text import HAN_RUN

        texts[path] = None
        try:
            data = path.read_bytes() if path.stat().st_size <= MAX_BYTES else b""
            text, encoding = decode(data, path) if data.strip() else ("", "")
        except (OSError, ReportError):
            return None
        if HAN_RUN.search(text):
            texts[path] = (text.replace("\r\n", "\n"), encoding)
    return texts[path]


def _how_saved(copy: Path, kept: Path, texts: dict) -> str:
    """How two files of the same text differ: `GB18030 here, UTF-8 there`."""
    named = [{"big5": "Big5"}.get(texts[p][1], texts[p][1].upper()) for p in (copy, kept)]
    if named[0] != named[1]:
        return f"{named[0]} here, {named[1]} there"
    return f"both {named[0]}, saved with other line breaks or byte-order mark"


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

