"""`kg export [DIR | --from DIR] --format FORMAT [--to FILE]`: the built graph in another format.

The build folder is given first (`kg export out --to g.ttl`), as kg view, kg
query and kg validate take it, or as `--from` (default: out).

Where it goes, one rule for every format: to standard output, unless `--to`
names a file (`--to -` is standard output too); neo4j-csv writes two files,
so it needs `--to FOLDER`.  Nothing is written anywhere else: not into the
build folder, nor a file the user did not name.  `--to` names what the format
writes (`destination`): a file format refuses a folder (`--to dir/`) and
another format's suffix, and warns on a suffix no format has (`g.txt`) or
none; neo4j-csv refuses a new folder named as a file (`--to x.csv`).

Formats: turtle (the union of all graphs), trig and nquads (one named graph
per report, plus the entities graph), jsonld (the named graphs), graphml (the
union, for networkx/Gephi/yEd) and neo4j-csv (nodes.csv and
relationships.csv for `neo4j-admin database import full`).  Nothing is
extracted: the export reads the assembled files of the build folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from kg.corpus.assemble import DATASET, TURTLE, union_lines
from kg.corpus.manifest import MANIFEST, Manifest, build_folder_of, not_a_build_folder
from kg.commands.view import check_target
from kg.errors import UsageError
from kg.fsutil import atomic_path
from kg.options import written_path

FORMATS = ("turtle", "trig", "nquads", "jsonld", "graphml", "neo4j-csv")
# the suffixes of each format's files: an existing --to with another is not an
# earlier export of that format, and is replaced only with --force; a --to named
# with another format's suffix is written only with --force (check_suffix)
SUFFIXES = {"turtle": (".ttl", ".turtle"), "trig": (".trig",), "nquads": (".nq", ".nquads"), "jsonld": (".jsonld", ".json"),
            "graphml": (".graphml", ".xml")}
# text every earlier export of a format holds: a file with the right suffix but
# without it (a user's own ontology.ttl) is not replaced unless --force
MARKERS = {"turtle": "https://w3id.org/govkg/ontology#", "trig": "https://w3id.org/govkg/ontology#",
           "nquads": "https://w3id.org/govkg/ontology#", "jsonld": "https://w3id.org/govkg/ontology#",
           "graphml": 'attr.name="reportKey"'}
NEO4J_FILES = {"nodes.csv", "relationships.csv"}  # what --format neo4j-csv writes into its folder


def register(p) -> None:
    """The arguments of `kg export` on its parser `p` (kg.cli makes it, with its help line)."""
    p.add_argument("--from", dest="out", type=Path, default=None, metavar="DIR", help="the build folder to read (default: out)")
    # the old spelling apart, so that a --out naming no build folder (a file meant as --to) is said as such
    p.add_argument("--out", dest="old_out", type=Path, default=None, metavar="DIR",
                   help="the old spelling of --from, still accepted; with --from, the file written (as --to)")
    # `kg export o1 --format trig`: the build folder first, as kg view, kg query and kg validate take it
    p.add_argument("given", nargs="?", type=Path, metavar="DIR", help="the build folder to read, as --from gives it")
    # TriG, N-Quads, JSON-LD as the formats are written in prose: the name in any case, with or without its hyphen
    p.add_argument("--format", "-f", default=None, type=_format, choices=sorted(FORMATS),
                   help="output format (default: the one --to's suffix names: .ttl turtle, .trig, .nq nquads, .jsonld, .graphml)")
    p.add_argument("--to", type=_to, default=None, metavar="FILE", help="the file to write, named with the format's suffix (g.ttl, g.trig, ...); for neo4j-csv a folder, "
                                                      "named without one (it needs it); "
                                                      "without it, or with '-', the export goes to standard output")
    p.add_argument("--force", action="store_true", help="write --to even when it is a file that is not an earlier export of this format, "
                                                         "or is named with another format's suffix")
    p.set_defaults(func=run)


def _lines(path: Path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\n")


def run(args) -> int:
    if args.given is not None:
        # `kg export out --to g.ttl`: the build folder first, as kg view, kg query and kg validate take it
        if args.out is not None and args.out != args.given:
            raise UsageError(f"{args.given} and --from {args.out}: two build folders to read; give one "
                             f"(kg export {args.given} {_rest(args)})")
        args.out = args.given
    if args.out is not None and args.old_out is not None:
        # `--from out --out g.ttl`: --out is what the command writes, as in kg build and kg view
        if args.to is not None:
            raise UsageError(f"--out {args.old_out} and --to {args.to}: two files to write; "
                             f"give one (kg export writes the file named by --to)")
        args.to, args.old_out = _to(str(args.old_out)), None
        read = f"the build folder {args.out}" if args.given is not None else f"--from {args.out}"
        print(f"kg export: note: --out {args.to} with {read}: writing the export to {args.to} "
              f"(kg export names the file written --to)", file=sys.stderr)
    folder = args.out or args.old_out or Path("out")
    if args.out is None and args.old_out is not None and not (folder / MANIFEST).exists():
        # `--out g.trig` read as kg build's and kg view's --out, what the command writes
        raise UsageError(f"--out {folder}: is not a build folder; in kg export --out is the old spelling of --from, "
                         f"the build folder read: to write the export to {folder}, give --to {folder} "
                         f"(kg export --from DIR --format {args.format} --to {folder})")
    if (args.given or args.out) is not None and not (folder / MANIFEST).is_file():
        # a folder named that is no build (a report file, a folder of reports) is said before the format
        raise not_a_build_folder(folder)
    args.format = format_of(args.to, args.format)  # before the folder is read: nothing to do without it
    Manifest.open(folder).close()  # a clear error when this is not a build folder
    dataset = folder / DATASET
    if not dataset.is_file():
        raise UsageError(f"{folder}: the graph was not assembled (run kg build PATH --out {folder})")
    fmt = args.format
    if args.to in (None, "-") and fmt == "neo4j-csv":
        raise UsageError("--format neo4j-csv writes two files (nodes.csv, relationships.csv), not standard output: "
                         "give --to FOLDER (a new or empty folder)")
    target = None if args.to in (None, "-") else Path(args.to)
    notes = []
    if target is not None:
        # what is there said first (a file, a build's output); then whether the name fits the format
        if fmt == "neo4j-csv":
            _check_csv_folder(target, args.force)
        elif not (target.is_dir() or args.to.endswith(("/", os.sep))):  # a folder: destination says it
            check_target(target, "--to", f"the {fmt} file", SUFFIXES[fmt], args.force, build=folder, marker=MARKERS[fmt])
        notes = destination(args.to, fmt, args.force)
    for line in notes:  # before the work: a long export is not a surprise at its end
        print(f"kg export: warning: {line}", file=sys.stderr)
    summary = export(fmt, folder, target)  # `--to - | head`: kg.streams ends it quietly (exit 141)
    print(f"{fmt}: {summary} -> {target or 'stdout'}", file=sys.stderr)
    return 0


def _rest(args) -> str:
    """The options of `args` other than the build folder, as typed again: for messages."""
    import shlex

    parts = [f"--format {args.format}"] * bool(args.format) + [f"--to {shlex.quote(str(args.to))}"] * (args.to is not None)
    return " ".join(parts + ["--force"] * bool(args.force)) or "--format FORMAT"


def _accepted() -> str:
    """The suffixes each file format is named with, for messages: `.ttl (turtle), .trig (trig), ...`."""
    return ", ".join(f"{'/'.join(suffixes)} ({fmt})" for fmt, suffixes in SUFFIXES.items())


def format_of(to: str | None, fmt: str | None) -> str:
    """The format `kg export` writes: `fmt` when --format gave it, else the
    one whose suffix (SUFFIXES) the --to file `to` is named with.  Raises
    UsageError, before anything is read or written, when neither says it: no
    --format and standard output (`to` None or '-'), or a --to whose suffix
    no format has (a misspelt `g.nqads`, `g.txt`, none), naming the accepted
    suffixes and the one likeliest meant.  neo4j-csv (a folder) is only
    chosen by --format.

    >>> format_of("g.NQ", None), format_of("g.txt", "turtle")
    ('nquads', 'turtle')
    >>> format_of("g.nqads", None)
    Traceback (most recent call last):
    kg.errors.UsageError: --to g.nqads: .nqads is no export format's suffix (did you mean .nquads?), and no --format was given: name the file with one of .ttl/.turtle (turtle), .trig (trig), .nq/.nquads (nquads), .jsonld/.json (jsonld), .graphml/.xml (graphml), or give --format (neo4j-csv, a folder: --format neo4j-csv --to FOLDER); nothing was written
    """
    import difflib

    if fmt is not None:
        return fmt
    if to in (None, "-"):
        raise UsageError(f"--format is needed to write to standard output: one of {', '.join(FORMATS)} "
                         f"(or --to FILE named with its format's suffix: {_accepted()})")
    suffix = Path(to).suffix.lower()
    found = next((name for name, suffixes in SUFFIXES.items() if suffix in suffixes), None)
    if found:
        return found
    known = [x for suffixes in SUFFIXES.values() for x in suffixes]
    close = difflib.get_close_matches(suffix, known, n=1, cutoff=0.6) if suffix else []
    said = (f"{suffix} is no export format's suffix" + (f" (did you mean {close[0]}?)" if close else "")) if suffix else "it has no suffix"
    raise UsageError(f"--to {to}: {said}, and no --format was given: name the file with one of {_accepted()}, "
                     f"or give --format (neo4j-csv, a folder: --format neo4j-csv --to FOLDER); nothing was written")


def _format(text: str) -> str:
    """--format as the choices spell it: `TriG` -> `trig`, `N-Quads` -> `nquads`,
    `JSON-LD` -> `jsonld`; neo4j-csv keeps its hyphen.  Anything else is left
    for argparse to refuse, listing the choices.
    Example: `_format("N-Quads")` -> `"nquads"`."""
    lowered = text.strip().lower()
    return lowered if lowered in FORMATS else lowered.replace("-", "")


def _to(text: str) -> str:
    """--to as given ('-' is stdout), refused when its name is blank (kg.options.written_path)."""
    if text != "-":
        written_path("--to")(text)
    return text


# a name ending in a suffix of letters (x.csv, g.txt) reads as a file's; a folder's dots are rarer (csv.v2 passes)
_FILE_SUFFIX = re.compile(r"\.[A-Za-z]{1,8}")


def destination(to: str, fmt: str, force: bool) -> list[str]:
    """The rule for `--to` as given (`to`, the text typed) against what
    `--format fmt` writes, checked before anything is written: a file format
    (all but neo4j-csv) writes one file, neo4j-csv a folder of two.  Returns
    the warning lines to print (a file format named with a suffix no format
    has, or none: written, but a tool choosing its reader by the suffix would
    not read it as `fmt`); raises UsageError, naming the path and the format,
    for a file format given a folder (`--to dir/`: a trailing separator), a
    file format given another format's suffix (check_suffix), and neo4j-csv
    given a name with a file suffix (`--to x.csv`) that is no folder yet; the
    last two unless `force`.  Source of the suffixes: SUFFIXES.

    >>> destination("g.ttl", "turtle", False)
    []
    >>> destination("g.txt", "turtle", False)
    ['--to g.txt: written as turtle, but .txt is no turtle suffix (.ttl, .turtle): a tool that picks its reader by the suffix will not read it as turtle; name it g.ttl to say what it holds']
    >>> destination("x.csv", "neo4j-csv", False)
    Traceback (most recent call last):
    kg.errors.UsageError: --to x.csv: --format neo4j-csv writes a folder (x.csv/nodes.csv, x.csv/relationships.csv), and x.csv is named as a file (.csv); name the folder without a suffix (--to x), or give --force to make a folder named x.csv
    """
    path = Path(to)
    if fmt == "neo4j-csv":
        if not force and not path.is_dir() and _FILE_SUFFIX.fullmatch(path.suffix):
            raise UsageError(f"--to {to}: --format neo4j-csv writes a folder ({path / 'nodes.csv'}, {path / 'relationships.csv'}), "
                             f"and {to} is named as a file ({path.suffix}); name the folder without a suffix "
                             f"(--to {path.with_suffix('')}), or give --force to make a folder named {to}")
        return []
    own = SUFFIXES[fmt][0]
    if to.endswith(("/", os.sep)) or path.is_dir():
        what = "is a folder" if path.is_dir() else "names a folder (it ends with /)"
        # a file in it; beside it for a build folder, which only kg build writes into
        inside = (path / MANIFEST).is_file()
        what += " (a build folder)" if inside else ""
        named = path.with_name(path.name + own) if inside else path / ("graph" + own)
        raise UsageError(f"--to {to}: {what}, and --format {fmt} writes one file; name the file (--to {named})")
    check_suffix(path, fmt, force)
    suffix = path.suffix.lower()
    if suffix in SUFFIXES[fmt]:
        return []
    said = f"{suffix} is no {fmt} suffix ({', '.join(SUFFIXES[fmt])})" if suffix else f"it has no suffix ({fmt}: {', '.join(SUFFIXES[fmt])})"
    name = path.with_suffix(own).name if suffix else path.name + own
    return [f"--to {to}: written as {fmt}, but {said}: a tool that picks its reader by the suffix will not read it as {fmt}; "
            f"name it {name} to say what it holds"]


def check_suffix(target: Path, fmt: str, force: bool) -> None:
    """Raise UsageError when the file `target` is named with the suffix of
    another format than `fmt` (`--format trig --to g.ttl`: a Turtle reader
    would refuse the file), unless `force`.  A suffix no format has
    (`g.txt`, none) is the user's choice.  Source of the suffixes: SUFFIXES.

    >>> check_suffix(Path("g.trig"), "trig", False)
    >>> check_suffix(Path("g.ttl"), "trig", False)
    Traceback (most recent call last):
    kg.errors.UsageError: --to g.ttl: .ttl is the suffix of turtle files, and --format trig writes trig; name the file with .trig, or give --format turtle (--force writes trig there all the same)
    """
    suffix = target.suffix.lower()
    if force or suffix in SUFFIXES[fmt]:
        return
    other = next((name for name, suffixes in SUFFIXES.items() if suffix in suffixes), None)
    if other:
        raise UsageError(f"--to {target}: {suffix} is the suffix of {other} files, and --format {fmt} writes {fmt}; "
                         f"name the file with {SUFFIXES[fmt][0]}, or give --format {other} (--force writes {fmt} there all the same)")


def _check_csv_folder(target: Path, force: bool) -> None:
    """Raise UsageError when --format neo4j-csv's --to folder is no place for
    its CSVs: a file, a build folder or an output of one, a folder holding
    files of its own (a folder of reports: not an earlier neo4j-csv export)
    unless `force`, or a folder inside one that does not exist."""
    if target.exists() and not target.is_dir():
        raise UsageError(f"--to {target}: is a file; --format neo4j-csv writes a folder (nodes.csv, relationships.csv)")
    if (target / MANIFEST).is_file() or build_folder_of(target):
        raise UsageError(f"--to {target}: is a build folder or one of its outputs; name another folder")
    if not target.parent.is_dir():
        raise UsageError(f"--to {target}: the folder {target.parent} does not exist; make it first, or name a folder in one that does")
    others = sorted(p.name for p in target.iterdir() if p.name not in NEO4J_FILES) if target.is_dir() else []
    if others and not force:
        shown = ", ".join(others[:3]) + (", ..." if len(others) > 3 else "")
        raise UsageError(f"--to {target}: the folder holds other files ({shown}), not an earlier neo4j-csv export; "
                         f"name a new or empty folder, or give --force to write nodes.csv and relationships.csv there")


def export(fmt: str, folder: Path, target: Path | None) -> str:
    from kg.emit.graphml import write_graphml
    from kg.emit.jsonld import write_jsonld
    from kg.emit.neo4j_csv import write_neo4j_csv
    from kg.emit.turtle import write_trig, write_turtle

    dataset = folder / DATASET

    def union():
        return union_lines(dataset, folder / "cache" / "sort")

    if fmt in ("neo4j-csv", "graphml"):
        # named as the stores name them: the scheme's concepts, Place/kind (docs/property-graph.md)
        from kg.emit.terms import local_name
        from kg.stores.mapping import schema
        from kg.stores.source import scheme_lines

        scheme, families = scheme_lines(), {local_name(c): f for c, f in schema().family.items()}
    if fmt == "neo4j-csv":
        nodes, edges = write_neo4j_csv(union(), target, scheme, families)
        return f"{nodes} nodes, {edges} relationships"
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        if target is None:  # networkx writes a file: written aside, then copied out
            with tempfile.TemporaryDirectory(prefix="kg-export-") as scratch:
                tmp = Path(scratch) / "graph.graphml"
                nodes, edges = write_graphml(union(), tmp, scheme, families)
                with open(tmp, encoding="utf-8") as f:
                    shutil.copyfileobj(f, sys.stdout)
        else:
            with atomic_path(target) as tmp:
                nodes, edges = write_graphml(union(), tmp, scheme, families)
        return f"{nodes} nodes, {edges} edges"
    copy = {"nquads": dataset, "turtle": folder / TURTLE}.get(fmt)
    if copy is not None and target is not None and copy.is_file():
        shutil.copyfile(copy, target)
        # counted as the build counted them (its manifest), as the line for standard output counts
        manifest = Manifest.open(folder)
        summary = manifest.summary
        manifest.close()
        counted = f"{summary['triples']} triples in the union graph" if fmt == "turtle" else f"{summary['quads']} quads over the named graphs"
        return f"{counted} (a copy of {copy.name})" if {"triples", "quads"} <= summary.keys() else f"a copy of {copy.name}"
    with _text_target(target) as out:
        if fmt == "nquads":
            quads = 0
            for line in _lines(dataset):
                out.write(line + "\n")
                quads += bool(line.strip()) and not line.lstrip().startswith("#")
            return f"{quads} quads over the named graphs"
        writer, source = {"turtle": (write_turtle, union), "trig": (write_trig, lambda: _lines(dataset)), "jsonld": (write_jsonld, lambda: _lines(dataset))}[fmt]
        # Turtle is the union graph (distinct triples); TriG and JSON-LD keep the
        # named graphs, so a triple two reports state counts in each (quads)
        counted = "triples in the union graph" if fmt == "turtle" else "quads over the named graphs"
        return f"{writer(source(), out)} {counted}"


@contextlib.contextmanager
def _text_target(target: Path | None):
    if target is None:
        yield sys.stdout
        return
    with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8") as out:
        yield out
