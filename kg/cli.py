"""The `kg` command.  Each subcommand lives in kg/commands/<name>.py and
declares its arguments with `register(parser)`; this module only dispatches.
A command's module is imported only when that command runs (or its --help is
asked): `kg query` does not load the build machinery, nor `kg build` the stores'
query code."""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import threading

from kg import __version__, streams
from kg.errors import ReportError, UsageError, interrupt_behind, printable

# Each command's help line, in `kg --help`'s order; its arguments are declared by
# kg.commands.<name>.register, imported only for the command that runs (as rdflib
# names its plugins by module and imports one when it is used)
COMMANDS = {
    "build": "build a knowledge graph from report files or folders",
    "validate": "check a graph against ontology/shapes.ttl (SHACL)",
    "query": "run a SPARQL or Cypher query (or a named one from queries/)",
    "load": "load a build or RDF file into Neo4j, a SPARQL server or an embedded store",
    "view": "write an interactive HTML view of a graph (all of it, or around chosen names)",
    "export": "write the built graph as Turtle, TriG, N-Quads, JSON-LD, GraphML or neo4j-admin CSV",
    "remove": "remove reports (and the facts only they gave) from a built graph",
}


# what main returns, said by `kg --help` (and README.md's kg query section)
EXIT_CODES = ("exit codes: 0 done; 1 a command failed (a report, a store, a server, a query the engine refused); "
              "2 a usage error (an option, a path, a named question or a --param that is wrong or missing); "
              "130 and 143 interrupted (Ctrl-C, SIGTERM); 141 the reader of its output closed it")


def parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The `kg` argument parser.  With `argv`, only the command it names gets its
    arguments (its module imported); the others are listed with their help line,
    so `kg --help`, an unknown command's error and `kg build --help` read as with
    every command declared.  Without `argv`, every command is declared in full.
    Example: `parser(["query", "--sparql", "x"]).parse_args(["query", "--sparql", "x"]).command` -> `"query"`."""
    ap = argparse.ArgumentParser(prog="kg", description="Build and query knowledge graphs of local-government reports.",
                                 epilog=EXIT_CODES)
    ap.add_argument("--version", action="version", version=f"govkg {__version__}")
    ap.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")
    wanted = set(COMMANDS) if argv is None else {_command(argv)}
    for name, help_text in COMMANDS.items():
        p = sub.add_parser(name, help=help_text)
        if name in wanted:
            importlib.import_module(f"kg.commands.{name}").register(p)
    return ap


def _command(argv: list[str]) -> str | None:
    """The command `argv` names: its first word that is not an option (the options
    before a command, --debug, --version and --help, take no value), or None.
    Example: `_command(["--debug", "build", "x"])` -> `"build"`."""
    return next((a for a in argv if not a.startswith("-")), None)


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
    except KeyboardInterrupt as exc:  # Ctrl-C before the command ran (its module being imported)
        code = _interrupted(_command(argv), exc)
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


def forget_unhandled_interrupt() -> None:
    """Let the interpreter exit with kg's code (130) after a KeyboardInterrupt
    that kg caught.  CPython (3.11-3.13, `run_eval_code_obj` in
    Python/pythonrun.c) records a KeyboardInterrupt that leaves code compiled
    from a string, as dataclasses and namedtuple build their methods: a Ctrl-C
    during a lazy import lands there.  At exit `python -m kg` then kills itself
    with SIGINT, caught or not: a parent saw -2, not 130 (tests/test_newcomer's
    Ctrl-C test failed so once in ~30 runs on a loaded machine).  The same
    function clears the record each time it starts, so evaluating an empty
    string clears it.
    Example: `forget_unhandled_interrupt()` -> `None`."""
    exec("None")  # noqa: S102 - a constant string: only its entry into run_eval_code_obj matters


def _main(argv: list[str]) -> int:
    command = _command(argv)
    if command in RENAMED and not {"-h", "--help"} & set(argv):
        # said at once, before the work and whatever its end: the user learns the new spelling even
        # when the command fails (perhaps because the old one was read as kg build's --out)
        for line in old_spellings(command, argv):
            print(f"kg {command}: note: {line}", file=sys.stderr)
    try:
        args = parser(argv).parse_args(argv)
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
    except Exception as exc:
        if (interrupt := interrupt_behind(exc)) is None:
            return _failed(args, exc)
        return _interrupted(args.command, interrupt)
    except KeyboardInterrupt as exc:
        return _interrupted(args.command, exc)


def _interrupted(command: str | None, exc: KeyboardInterrupt) -> int:
    """Say that `command` was interrupted (Ctrl-C) or terminated (SIGTERM) and return 130 or 143."""
    # a build folder keeps every file whole (kg.fsutil); the next build takes over and says so
    after = "; files written so far are whole: run it again to finish" if command in ("build", "remove") else ""
    how, signum = ("terminated", signal.SIGTERM) if isinstance(exc, Terminated) else ("interrupted", signal.SIGINT)
    forget_unhandled_interrupt()
    # the stores' scratch copies: one made just as the signal came may have escaped its caller's cleanup;
    # a command that never imported the module made none
    if (swap := sys.modules.get("kg.stores.swap")) is not None:
        swap.drop_own_scratch()
    print(f"kg {command}: {how}{after}" if command else f"kg: {how}", file=sys.stderr)
    return 128 + signum  # as the shell reports a program the signal ended: 130, 143


def _failed(args, exc: Exception) -> int:
    """Say in one line why `args.command` failed and return 1 (--debug: re-raise, the traceback)."""
    # one line for users; --debug shows the traceback
    if args.debug:
        raise exc
    if isinstance(exc, OSError) and exc.filename and exc.strerror:
        # a path that cannot be used (--out naming a file, a read-only place): the path and why;
        # a rename's is its target (filename2), not the temporary file written beside it
        print(f"kg {args.command}: error: {printable(exc.filename2 or exc.filename)}: {exc.strerror}", file=sys.stderr)
    else:
        print(f"kg {args.command}: error: {type(exc).__name__}: {one_line(exc)}", file=sys.stderr)
    return 1


# Options renamed so that one word names one thing in every command (README.md, "Options name"):
# --from the build folder a command reads or changes, --out what a command writes.
# The old spellings still work; a run that uses one says so first, in a note.
RENAMED = {"export": {"--out": "--from"}, "remove": {"--out": "--from"}}
# commands whose first word after the command, given without a flag, is the build folder (as --from):
# given so, --out is no spelling of --from but what the command writes (`kg export out --out g.ttl`)
FOLDER_FIRST = {"export"}
FLAGS = {"--force", "--debug", "-h", "--help"}  # options that take no value (the words after them are not theirs)


def old_spellings(command: str, argv: list[str]) -> list[str]:
    """One note per old spelling of an option (RENAMED) in `argv`, saying the
    new one; [] when none was used, or when the new spelling is given too (then
    the old one is no spelling of it: `kg export --from o --out g.ttl` writes g.ttl).  Raises nothing.

    >>> old_spellings("remove", ["remove", "a.txt", "--out", "o"])
    ['--out is the old spelling of --from (the build folder kg remove reads and changes): it still works; write --from o']
    >>> old_spellings("build", ["build", "r", "--out", "o"])
    []
    >>> old_spellings("export", ["export", "--from", "o", "--out", "g.ttl"])
    []
    >>> old_spellings("export", ["export", "o", "--out", "g.ttl"])
    []
    """
    notes = []
    for old, new in RENAMED.get(command, {}).items():
        if any(arg == new or arg.startswith(new + "=") for arg in argv) or (command in FOLDER_FIRST and _given(argv, command)):
            continue  # both given: not an old spelling (the command says how it reads them)
        for i, arg in enumerate(argv):
            if arg == old or arg.startswith(old + "="):
                value = arg.split("=", 1)[1] if "=" in arg else (argv[i + 1] if i + 1 < len(argv) else "")
                what = "reads and changes" if command == "remove" else "reads"
                notes.append(f"{old} is the old spelling of {new} (the build folder kg {command} {what}): "
                             f"it still works; write {new} {value}".rstrip())
                break
    return notes


def _given(argv: list[str], command: str) -> list[str]:
    """The words of `argv` after `command` given without a flag (not an option, nor
    an option's value: every option but FLAGS takes one).
    Example: `_given(["export", "--format", "trig", "out"], "export")` -> `["out"]`."""
    words, after = [], argv[argv.index(command) + 1:] if command in argv else []
    skip = False
    for arg in after:
        if skip:
            skip = False
        elif arg.startswith("-") and arg != "-":
            skip = "=" not in arg and arg not in FLAGS
        else:
            words.append(arg)
    return words


def _prog(argv: list[str]) -> str:
    """`kg COMMAND` for an option of COMMAND refused while parsing (`kg build
    --date 2024-13-01` -> `kg build`), as every error of a command is said;
    `kg` when no command was read.  Example: `_prog(["--debug", "build", "x"])` -> `"kg build"`."""
    command = _command(argv)
    return f"kg {command}" if command in COMMANDS else "kg"


def one_line(exc: BaseException) -> str:
    """The message on one line: libraries (rdflib's parser, drivers) write several."""
    return printable(" ".join(str(exc).split()))
