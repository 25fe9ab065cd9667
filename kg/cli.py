"""The `kg` command.  Each subcommand lives in kg/commands/<name>.py and
registers itself with `register(subparsers)`; this module only dispatches."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import signal
import sys
import threading

from kg import __version__, streams
from kg.errors import ReportError, UsageError, printable

COMMANDS = ("build", "validate", "query", "load", "view", "export", "remove")


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kg", description="Build and query knowledge graphs of local-government reports.")
    ap.add_argument("--version", action="version", version=f"govkg {__version__}")
    ap.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        if importlib.util.find_spec(f"kg.commands.{name}") is not None:
            importlib.import_module(f"kg.commands.{name}").register(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    """Run `kg` with `argv` (default: the command line) and return its exit
    code: 0, 1 (a command failed), 2 (a usage error), 130 (interrupted:
    Ctrl-C), 143 (terminated: SIGTERM, ended through the same cleanup), or
    141 (128 + SIGPIPE) when the reader of stdout or stderr closed it (`kg
    query ... | head -1`: the output stops there, but a build or a load is
    finished first; see kg.streams).
    Example: `main(["build", "reports/", "--out", "out"])` -> 0."""
    argv = sys.argv[1:] if argv is None else argv
    saved = sys.stdout, sys.stderr
    streams.guard()
    # SIGTERM (kill, timeout, a service manager) ends kg as Ctrl-C does, through its
    # cleanup (locks, temporary files, the stores' scratch copies), not at once
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminated) if main_thread else None
    try:
        code = _main(argv)
    except streams.ReaderGone:  # stdout's reader has had enough: say nothing more
        code = 0
    finally:
        lost = streams.lost()
        sys.stdout, sys.stderr = saved  # a caller's (a test's) streams, as they were
        if main_thread:
            signal.signal(signal.SIGTERM, previous)
    return streams.EXIT_CODE if lost and code == 0 else code


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where kg is, so it ends through its cleanup as at Ctrl-C."""


def _terminated(signum, frame):
    raise Terminated()


def _main(argv: list[str]) -> int:
    try:
        args = parser().parse_args(argv)
    except UsageError as exc:  # raised by an option's type check (--date, --jobs)
        if "--debug" in argv:
            raise
        print(f"{_prog(argv)}: error: {one_line(exc)}", file=sys.stderr)
        return 2
    if args.debug:
        # worker processes inherit it: a report that trips a bug shows its traceback
        os.environ["KG_DEBUG"] = "1"
    try:
        return int(args.func(args) or 0)
    except (UsageError, ReportError) as exc:
        if args.debug:
            raise
        print(f"kg {args.command}: error: {one_line(exc)}", file=sys.stderr)
        return 2
    except streams.ReaderGone:
        raise
    except KeyboardInterrupt as exc:
        # a build folder keeps every file whole (kg.fsutil); the next build takes over and says so
        after = "; files written so far are whole: run it again to finish" if args.command in ("build", "remove") else ""
        how, signum = ("terminated", signal.SIGTERM) if isinstance(exc, Terminated) else ("interrupted", signal.SIGINT)
        print(f"kg {args.command}: {how}{after}", file=sys.stderr)
        return 128 + signum  # as the shell reports a program the signal ended: 130, 143
    except Exception as exc:  # one line for users; --debug shows the traceback
        if args.debug:
            raise
        if isinstance(exc, OSError) and exc.filename and exc.strerror:
            # a path that cannot be used (--out naming a file, a read-only place): the path and why;
            # a rename's is its target (filename2), not the temporary file written beside it
            print(f"kg {args.command}: error: {printable(exc.filename2 or exc.filename)}: {exc.strerror}", file=sys.stderr)
        else:
            print(f"kg {args.command}: error: {type(exc).__name__}: {one_line(exc)}", file=sys.stderr)
        return 1


def _prog(argv: list[str]) -> str:
    """`kg COMMAND` for an option of COMMAND refused while parsing (`kg build
    --date 2024-13-01` -> `kg build`), as every error of a command is said;
    `kg` when no command was read.  Example: `_prog(["--debug", "build", "x"])` -> `"kg build"`."""
    command = next((a for a in argv if not a.startswith("-")), None)
    return f"kg {command}" if command in COMMANDS else "kg"


def one_line(exc: BaseException) -> str:
    """The message on one line: libraries (rdflib's parser, drivers) write several."""
    return printable(" ".join(str(exc).split()))
