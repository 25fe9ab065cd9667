"""`kg build PATH... --out DIR`: reports in, graph.ttl (and other outputs) out.

The output folder is incremental: reports already built and unchanged are
not extracted again, changed ones replace their own named graph, and
reports built earlier stay in the graph until `kg remove` takes them out.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import ReportError, UsageError
from kg.options import held_day, written_path

if TYPE_CHECKING:  # kg.build is imported when a build runs, not to parse its arguments
    from kg.build import BuildResult


def register(p) -> None:
    """The arguments of `kg build` on its parser `p` (kg.cli makes it, with its help line)."""
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="report files or folders of reports")
    p.add_argument("--out", type=written_path("--out"), default=Path("out"), help="output folder (default: out)")
    p.add_argument("--date", type=_date, help="date of the reports that give no year, neither in their text nor in their file name "
                        "(YYYY-MM-DD): a year in the text comes first, then a date in the file name, then this; it holds for the "
                        "reports read until another --date is given; --date none clears it (their text and file name alone date them)")
    p.add_argument("--base", default=None, help="base IRI for minted entities (default: the one the --out folder was built with, "
                                                  "else https://w3id.org/govkg/id/)")
    p.add_argument("--jobs", "-j", type=_jobs, default=os.cpu_count() or 1, help="worker processes (default: all cores)")
    p.add_argument("--force", action="store_true", help="extract every report again, even unchanged ones")
    p.add_argument("--no-store", action="store_true", help="do not fill the embedded stores (an earlier build's are removed once the graph changes)")
    p.add_argument("--no-html", action="store_true", help="do not write graph.html (an earlier build's is removed once the graph changes)")
    p.set_defaults(func=run)


def _date(text: str) -> dt.date | str:
    try:
        return held_day(text)
    except ValueError as exc:  # 20240301 too: the help offers YYYY-MM-DD only
        raise UsageError(f"--date {text!r}: {exc}, or none to clear the date held") from None


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise UsageError(f"--jobs must be a whole number of at least 1, not {text!r}")
    return int(text)


def run(args) -> int:
    from kg.api import _build  # build_reports, its messages naming the flags of this command

    built = _build(
        list(args.paths), args.out, date=args.date, base=args.base, store=not args.no_store, html=not args.no_html,
        jobs=args.jobs, force=args.force, dataset=False, facts=False, progress=None,
    )
    result = built.result
    for failure in result.failures:
        print(f"kg build: error: {failure}", file=sys.stderr)
    for warning in built.warnings:  # a report's (undated visits), then the build folder's
        print(f"kg build: warning: {warning}", file=sys.stderr)
    if not result.report_count:
        for why in result.stats.removed:  # the graph lost them: say so even when nothing is left
            print(f"kg build: removed from the graph: {why}", file=sys.stderr)
        print("kg build: nothing built", file=sys.stderr)
        return failed_code(args.paths)
    print(summary(result))
    for label, path in built.outputs.items():
        print(f"{label}: {path}")
    return failed_code(args.paths) if result.failures else 0


def failed_code(paths) -> int:
    """The exit code of a build that failed: 2 (a usage error, as `kg --help` says of a
    wrong path and as kg query/view/export exit) when a path given does not exist
    (`kg build nosuch.txt`), else 1 (a report failed).  The reports of the paths that
    exist are built all the same.  Session 57, nc57a (the build exited 1).

    >>> failed_code(["/no/such/report.txt"]), failed_code(["/"])
    (2, 1)
    """
    return 2 if any(not Path(p).exists() for p in paths) else 1


def summary(result: BuildResult) -> str:
    from kg.build import key_list

    s, c = result.stats, result.counts()
    # reading is planning and extraction (what the progress lines' rate counts), not the
    # outputs after it: the whole build's time is said apart
    seconds = s.extract_seconds or s.seconds
    rate = s.read / seconds if seconds else 0.0
    # one slow report would read "0/s": below one a second, the seconds each took
    speed = f"{rate:.{1 if rate < 10 else 0}f}/s" if rate >= 1 or not s.read else f"{seconds / s.read:.1f} s per report"
    lines = [
        # (the places are every one the graph holds: the visited, the areas holding them and
        # those named in passing; said, as a reader took the count for the places visited:
        # session 56, place56)
        f"built {s.reports} report(s): {c.get('officials', 0)} officials, "
        f"{c.get('places', 0)} places (all the reports name, visited or not), "
        f"{c.get('visits', 0)} visits, {c.get('issues', 0)} issues ({s.triples} triples in the union graph, "
        # the named graphs said, as a count alone read as a riddle: each report's facts, then the linker's
        f"{s.quads} quads over {s.reports + 1} named graphs: one per report, and the entities graph linking them)",
        f"read {s.read} report file(s) in {seconds:.2f} s ({speed}): {s.extracted} extracted, "
        + (f"{s.resumed} resumed (extracted by the build before, which did not finish), " if s.resumed else "")
        + f"{s.unchanged} unchanged, {len(result.failures)} failed"
        # a copy left out is a file read too: said, so the counts add up to the files read
        + (f", {s.copies} left out as {'a copy' if s.copies == 1 else 'copies'} of another report (named in a warning above)"
           if s.copies else "")
        + ("; the graph was already up to date" if result.up_to_date else "")
        + (f"; {s.seconds:.2f} s in all, with the outputs" if s.seconds - seconds >= 0.01 else ""),
        # each count names its own reports: one list after "removed" read as the removed ones
        f"graph: {len(s.added)} report(s) added{key_list(s.added)}, "
        f"{len(s.replaced)} replaced by a new version{key_list(s.replaced)}, "
        + (f"{len(s.redated_changed)} changed by another --date{key_list(s.redated_changed)}, " if s.redated_changed else "")
        + f"{len(s.removed)} removed"
        + (f"; {len(s.kept)} kept as built before, their new version failed" + key_list(s.kept) if s.kept else "")
        + ("".join(f"\n  removed: {why}" for why in s.removed)),
    ]
    # each failure was printed once, on stderr, as it happened: not again here
    if line := skipped_line(result.skipped):
        lines.append(line)
    return "\n".join(lines)


def skipped_line(skipped: list[tuple[Path, str]]) -> str:
    """The summary's count of the files of a folder that are not reports,
    `skipped`: (path, reason) pairs as kg.build.report_paths gives them.
    Each file is named once, in one place: one warning line on stderr naming
    it and why (kg.build._said), so here only counted; hidden files are only
    counted, and govkg's own outputs found among the reports (a page kg view
    wrote, an earlier build folder), warned about nowhere, are named here,
    one line each.  "" when nothing was skipped.  Raises nothing.

    >>> skipped_line([(Path("r/a.doc"), "a word-processor document"), (Path("r/.x"), "hidden file")])
    "skipped 2 file(s) that are not reports: 1 named in a warning above (stderr), 1 hidden file(s) (names starting with '.')"
    """
    from kg.build import BUILD_FOLDER
    from kg.read import OWN_PAGE

    hidden = sum(1 for _, reason in skipped if reason == "hidden file")
    own = [(p, reason) for p, reason in skipped if reason in (OWN_PAGE, BUILD_FOLDER)]
    warned = len(skipped) - hidden - len(own)
    if not skipped:
        return ""
    parts = [f"{warned} named in a warning above (stderr)"] * bool(warned) + [f"{len(own)} of govkg's own outputs"] * bool(own)
    parts += [f"{hidden} hidden file(s) (names starting with '.')"] * bool(hidden)
    return "\n".join([f"skipped {len(skipped)} file(s) that are not reports: " + ", ".join(parts)]
                     + [f"  {ReportError(p, reason)}" for p, reason in own])  # str(): control characters escaped
