"""`kg build PATH... --out DIR`: reports in, graph.ttl (and other outputs) out."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from kg.build import BuildOptions, build_corpus, write_outputs
from kg.errors import UsageError


def register(sub) -> None:
    p = sub.add_parser("build", help="build a knowledge graph from report files or folders")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="report files or folders of reports")
    p.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out)")
    p.add_argument("--date", type=_date, help="date of the reports when they give no year (YYYY-MM-DD)")
    p.add_argument("--base", default=None, help="base IRI for minted entities (default https://w3id.org/govkg/id/)")
    p.add_argument("--no-store", action="store_true", help="do not fill the embedded stores")
    p.add_argument("--no-html", action="store_true", help="do not write graph.html")
    p.set_defaults(func=run)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--date must be YYYY-MM-DD, not {text!r}") from None


def run(args) -> int:
    options = BuildOptions(default_date=args.date, base=args.base, store=not args.no_store, html=not args.no_html)
    result = build_corpus(args.paths, options)
    for failure in result.failures:
        print(f"kg build: error: {failure}", file=sys.stderr)
    if not result.reports:
        print("kg build: nothing built", file=sys.stderr)
        return 1
    written = write_outputs(result, args.out, options)
    c = result.counts()
    print(
        f"built {len(result.reports)} report(s): {c['officials']} officials, {c['places']} places, "
        f"{c['visits']} visits, {c['issues']} issues"
    )
    for label, path in written.items():
        print(f"{label}: {path}")
    return 1 if result.failures else 0
