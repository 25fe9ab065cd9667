"""`kg remove REPORT... --from DIR`: take reports out of a built graph.

REPORT is a report's key (its path relative to the folder built), its file
path, or its file name when only one report has it.  The reports' named
graphs go, entities only they named go with them, the rest is linked again
from the cache (nothing is extracted) and the outputs are rewritten.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.build import remove_reports, write_outputs
from kg.errors import UsageError


def register(p) -> None:
    """The arguments of `kg remove` on its parser `p` (kg.cli makes it, with its help line)."""
    p.add_argument("reports", nargs="+", metavar="REPORT", help="report key, file path or file name")
    p.add_argument("--from", dest="out", type=Path, default=None, metavar="DIR",
                   help="the build folder to change (default: out)")
    # apart, so that two folders (`--from a --out b`) are refused rather than the last one silently taken
    p.add_argument("--out", dest="old_out", type=Path, default=None, metavar="DIR",
                   help="the old spelling of --from, still accepted")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.out is not None and args.old_out is not None and args.out != args.old_out:
        raise UsageError(f"--from {args.out} and --out {args.old_out}: two build folders; give one "
                         f"(--from, the build folder kg remove changes)")
    result, keys = remove_reports(args.reports, args.out or args.old_out or Path("out"))  # the outputs the folder had are rewritten
    for notice in result.notices:  # a build before that did not finish, an output no longer kept
        print(f"kg remove: warning: {notice}", file=sys.stderr)
    written = write_outputs(result)
    c = result.counts()
    removed = result.stats.removed
    print(f"removed {len(removed)} report(s)" + (f": {', '.join(removed)}" if removed else ""))
    if forgotten := [key for key in keys if key not in removed]:
        print(f"forgot {len(forgotten)} report(s) whose build had failed (they were not in the graph): {', '.join(forgotten)}")
    print(
        f"the graph now holds {result.report_count} report(s): {c.get('officials', 0)} officials, "
        f"{c.get('places', 0)} places, {c.get('visits', 0)} visits, {c.get('issues', 0)} issues"
    )
    for label, path in written.items():
        print(f"{label}: {path}")
    return 0
