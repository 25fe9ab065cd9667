"""One article in two forms: built once.

A journalist's folder often holds an article twice in other forms: the page
saved as .html and its text pasted as .txt, a Traditional and a Simplified
edition, the text re-saved with other line breaks or indentation.  The bytes
differ (kg.corpus.copies finds identical bytes and the same text in another
encoding before extraction), but once read and repaired (HTML -> article
text, Traditional -> Simplified, pinyin notes and lost indents dropped) the
text is the same, and built twice every visit and issue would count twice.

Each report's record carries the SHA-256 of its repaired text with the
whitespace dropped (kg.corpus.record.text_digest), and of the text after
its headline (body_digest: the page's article element without the headline
the pasted text keeps), so the comparison costs
nothing more than the extraction a new or changed file gets anyway.  After
extraction (kg.build.build_corpus; kg.build.ingest for records extracted
elsewhere) the reports with one digest are one article: one stays in the
graph, the others are left out (`Manifest.same_text`, their records kept in
the cache) with one warning each naming both files, which was kept and why.
A text that differs in any character other than whitespace (a corrected
edition, one date changed) is another report.

Which one is kept, and why the warning says so:
- the report the graph already holds (so later builds never swap them);
- else the one that gives its own date when another does not (a page's
  publication line, `发布时间：2024-06-03`, beside the pasted text's `6月3日`:
  the metadata lines do not make two forms differ, kg.corpus.record.text_digest,
  but the date they give dates the visits);
- else the one read into the most visits, then issues (the page's paragraphs
  kept apart where the pasted text ran them together read a second stop the
  text lost: NEWCOMER51);
- else the shortest key (`a.txt` before `a - 繁體.txt`), then the first by
  path (`a.html` before `a.txt`): the choice of a fresh build of the folder.
When the forms read differently, the warning says what each gave (and, when
the one left out gave more, how to build it instead).
When the kept file is gone and a copy is still there, the copy takes its
place (nothing lost): the gone report leaves the graph, as a moved file does
(kg.corpus.copies).  When the kept report is edited into another text, each
file is its own report again.  The data flows one way: records -> manifest
entries -> this grouping -> the assembly; nothing written in the run is read
back.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from kg.corpus.manifest import Manifest
from kg.errors import ReportError


def restore_same_text(manifest: Manifest) -> set[str]:
    """Put the reports an earlier build left out as the same article back
    among `manifest.reports`, for this build to plan them as any other (an
    unchanged one is not extracted again; a changed one is); `drop_same_text`
    then decides anew.  Returns their keys.  Raises nothing.

    >>> m = Manifest(Path("out"), {}, reports={"a.txt": {"text": "d"}}, same_text={"a.html": {"text": "d", "kept": "a.txt"}})
    >>> restore_same_text(m), sorted(m.reports), m.same_text
    ({'a.html'}, ['a.html', 'a.txt'], {})
    """
    out = set(manifest.same_text)
    for key, entry in manifest.same_text.items():
        manifest.reports.setdefault(key, {k: v for k, v in entry.items() if k != "kept"})
    manifest.same_text = {}
    return out


def drop_same_text(files: list[tuple[Path, str]], manifest: Manifest, stats, restored: set[str],
                   facts: dict | None = None) -> list[ReportError]:
    """Leave out of `manifest.reports` every report whose repaired text (its
    entry's `text` digest) another report has, keeping one per article as the
    module doc says; returns one warning per copy given this build, on the
    copy: `ReportError(r/a.html, "the same article as r/a.txt once read and
    repaired (HTML here, text there): built once, as a.txt (the first by
    path)")`.  `files` are the (path, key) pairs given, `restored` the keys
    `restore_same_text` gave back, `stats` a kg.build.BuildStats whose
    added/replaced/removed/missing lists are corrected, `facts` (key ->
    ReportFacts, kg.api) loses the copies.  Sets `manifest.assembled` to None
    when the graph's reports change.  Raises nothing.

    >>> from kg.build import BuildStats
    >>> m = Manifest(Path("out"), {}, reports={"a.txt": {"text": "d"}, "a.html": {"text": "d", "form": "HTML"}})
    >>> stats = BuildStats(added=["a.html", "a.txt"])
    >>> [w.reason for w in drop_same_text([(Path("a.html"), "a.html")], m, stats, set())]
    ['the same article as a.txt once read and repaired (HTML here, text there): built once, as a.txt (the shorter name)']
    >>> sorted(m.reports), m.same_text["a.html"]["kept"], stats.added
    (['a.txt'], 'a.txt', ['a.txt'])
    """
    given = {key: path for path, key in files}
    facts = {} if facts is None else facts
    groups = _articles(manifest.reports)
    before = set(manifest.reports) - restored - set(stats.added)  # what the graph held
    warnings = []
    for keys in groups:
        if len(keys) < 2:
            continue
        present = [k for k in keys if _there(manifest.reports[k])]
        candidates = present or keys
        held = [k for k in candidates if k in before]
        # a form that dates itself (a page's publication line) beside one that does not: its visits are dated
        dated = [k for k in candidates if manifest.reports[k].get("own_date")]
        pool = held or (dated if len(dated) < len(candidates) else []) or candidates
        # of forms alike so far, the one read into more visits, then issues (a page's paragraphs
        # kept apart where the pasted text ran them together: NEWCOMER51)
        most = max(_read(manifest.reports[k]) for k in pool)
        best = pool if held else [k for k in pool if _read(manifest.reports[k]) == most]
        kept = min(best, key=lambda k: (len(k), k))
        why = ("the report the graph holds" if held else "the one that gives its date" if pool is dated else
               "the one read into more facts" if len(best) < len(pool) else
               "the shorter name" if all(len(kept) < len(k) for k in best if k != kept) else "the first by path")
        there = given.get(kept) or Path(manifest.reports[kept].get("source") or kept)
        for key in keys:
            if key == kept:
                continue
            entry = manifest.reports.pop(key)
            facts.pop(key, None)
            _unlist(stats, key)
            gone = not _there(entry)
            if key in before:
                manifest.assembled = None  # the graph loses it: assemble again
                stats.removed.append(f"{key} (its file is gone; the same article is now {kept})" if gone and present else
                                     f"{key} (the same article as {kept}, which stays)")
            if gone and present:  # a copy whose file is gone is forgotten; the one there stays the report
                if key in before and kept in given:
                    warnings.append(ReportError(there, f"the same article as {entry.get('source') or key}, which is gone: "
                                                       f"built as {kept} in place of {key}"))
                continue
            manifest.same_text[key] = {**entry, "kept": kept}
            if key in given:
                forms = f"{entry.get('form') or 'text'} here, {manifest.reports[kept].get('form') or 'text'} there"
                apart = ""  # the two read differently: say what each gave, and how to build the one left out
                if _read(entry) != _read(manifest.reports[kept]):
                    apart = (f"; the two read differently: {kept} gives {_told(manifest.reports[kept])}, {key} {_told(entry)}"
                             + (f" (delete {kept}, or kg remove it, to build {key} in its place)"
                                if _read(entry) > _read(manifest.reports[kept]) else ""))
                warnings.append(ReportError(given[key], f"the same article as {there} once read and repaired ({forms}): "
                                                        f"built once, as {kept} ({why}){apart}"))
    for key in restored & set(manifest.reports):  # left out before, its own article now (or its kept one gone)
        _unlist(stats, key)
        if _there(manifest.reports[key]):
            stats.added.append(key)
        else:
            del manifest.reports[key]  # never in the graph, and its file is gone: forgotten
        manifest.assembled = None
    return warnings


def versions(files: list[tuple[Path, str]], manifest: Manifest) -> list[ReportError]:
    """Warnings for reports of the graph (`manifest.reports`, after
    `drop_same_text`) that open alike (their entries' `lede` digest,
    kg.corpus.record.lede_digest) but differ after: two versions of one
    report, such as an edited file beside its old copy (`r.txt` corrected,
    `r (1).txt` not).  Both stay reports, so a fresh and an incremental build
    of a folder agree (docs/corpus.md); the warning, on each such report given
    this build but the first by key, names the other so the user can delete
    the older.  `files` are the (path, key) pairs given.  Raises nothing.

    >>> m = Manifest(Path("out"), {}, reports={"r.txt": {"text": "a", "lede": "L"}, "r (1).txt": {"text": "b", "lede": "L"}, "s.txt": {"text": "c", "lede": "M"}})
    >>> [(str(w.path), w.reason[:24]) for w in versions([(Path("r (1).txt"), "r (1).txt")], m)]
    [('r (1).txt', 'opens as r.txt does but ')]
    """
    given = {key: path for path, key in files}
    by_lede: dict[str, list[str]] = defaultdict(list)
    for key, entry in manifest.reports.items():
        if entry.get("lede"):
            by_lede[entry["lede"]].append(key)
    warnings = []
    for keys in by_lede.values():
        first, *others = sorted(keys, key=lambda k: (len(k), k))
        for key in others:
            if key in given:
                warnings.append(ReportError(given[key], f"opens as {first} does but differs after it: two versions of one "
                                                        f"report? Both are built, and what they share counts twice "
                                                        f"(delete the older file)"))
    return warnings


def _articles(reports: dict[str, dict]) -> list[list[str]]:
    """The keys of `reports` (key -> manifest entry) grouped by article: two
    entries are one article when they share a digest, of the whole text
    (`text`) or of the text after its headline (`body`, kg.corpus.record.
    body_digest: the headline kept in one form and not in the other), and so
    on through any chain of them.  Keys keep their order in `reports`.

    >>> _articles({"a.html": {"text": "B"}, "a.txt": {"text": "HB", "body": "B"}, "c.txt": {"text": "C"}})
    [['a.html', 'a.txt'], ['c.txt']]
    """
    first: dict[str, str] = {}  # digest -> the first key that has it
    parent = {key: key for key in reports}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = key = parent[parent[key]]
        return key

    for key, entry in reports.items():
        for digest in (entry.get("text"), entry.get("body")):
            if digest:
                parent[root(key)] = root(first.setdefault(digest, key))
    groups: dict[str, list[str]] = defaultdict(list)
    for key in reports:
        groups[root(key)].append(key)
    return list(groups.values())


def _read(entry: dict) -> tuple[int, int]:
    """(visits, issues) a report's entry records (its `counts`): what a form was read into."""
    counts = entry.get("counts") or {}
    return counts.get("visits", 0), counts.get("issues", 0)


def _told(entry: dict) -> str:
    """What a report's entry was read into, as the warning says it: `2 visits, 3 issues`.

    >>> _told({"counts": {"visits": 1, "issues": 3}}), _told({})
    ('1 visit, 3 issues', '0 visits, 0 issues')
    """
    visits, issues = _read(entry)
    return f"{visits} visit{'s' * (visits != 1)}, {issues} issue{'s' * (issues != 1)}"


def _there(entry: dict) -> bool:
    """Is the file a report was read from still on disk?  (A record ingested
    from elsewhere has no source: it counts as there.)"""
    return not entry.get("source") or Path(entry["source"]).exists()


def _unlist(stats, key: str) -> None:
    """Take `key` off the lists of what the build did to the graph: a report
    left out as a copy was not added, replaced or lost there."""
    for named in (stats.added, stats.replaced, stats.missing):
        while key in named:
            named.remove(key)
