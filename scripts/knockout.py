"""Knockout check: would the tests notice if a part of the parser stopped working?

For each pipeline component (kg.pipeline.DEFAULT_PIPELINE) and each data file
under kg/lexicons/, in turn, a temporary copy of the repository is made with
that one part disabled, and the fast tests (`pytest -m fast`) run in it:

- a component is disabled by emptying its output: it runs, then every Doc
  attribute it declares it assigns (`@component(..., assigns=...)`) is set to
  its empty value (the Doc field's default, or the extension's declared
  factory).  If no test notices that, the component is knocked out a second
  way, by not running it at all, and its line says so (a component whose own
  output is already empty can only be missed either way);
- a data file is disabled by emptying it.

A knockout is caught when the fast tests fail.  Prints one line per knockout
and `N/M knockouts caught`; exits 1 if any was not caught (or if the fast tests
fail with nothing knocked out).

Each knockout first runs the test function that caught it last time
(scripts/knockout_catchers.tsv), and only if that one passes, the whole fast
subset with `-x`: the same verdict, in seconds instead of minutes, because with
`-x` a knockout that only a late test file catches runs every file before it.
In that whole run a data file's tests run first in the test files that contain
most of its words (a lexicon's words are what its tests are written with): the
same tests, in an order that meets a failure early.
Mutation testers do the same (mutmut runs a mutant's last killing tests first).
`--record` writes the catchers found back to the file; a stale or missing line
only costs time, never a wrong verdict.
Usage: python scripts/knockout.py [--jobs N] [--record] [--catchers TSV] [--only NAME...] [-- EXTRA PYTEST ARGUMENTS]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATCHERS = ROOT / "scripts" / "knockout_catchers.tsv"
FAST_TESTS = ["-m", "fast", "-q", "-x", "-p", "no:cacheprovider"]

# Appended to kg/pipeline.py in the copy: registering the component wraps it, so
# every way of running it (Pipeline, COMPONENTS[name].func) gets the knocked-out one.
KNOCKOUT_COMPONENT = '''

# ---- scripts/knockout.py: component {name!r} gives empty output (with skip: does not run)
import dataclasses as _knockout_dc

_knockout_register = component


def _knockout_empty(doc, attribute):
    """The empty value of a Doc field (its default) or of a declared extension."""
    for f in _knockout_dc.fields(Doc):
        if f.name == attribute:
            return f.default_factory() if f.default_factory is not _knockout_dc.MISSING else f.default
    return EXTENSIONS[attribute]()


def _knockout(info):
    def knocked_out(doc):
        if {skip!r}:
            return
        info.func(doc)
        for attribute in info.assigns:
            value = _knockout_empty(doc, attribute)
            if any(f.name == attribute for f in _knockout_dc.fields(Doc)):
                setattr(doc, attribute, value)
            else:
                setattr(doc.ext, attribute, value)
    return knocked_out


def component(name, requires=(), assigns=()):
    register = _knockout_register(name, requires, assigns)

    def wrapped(func):
        result = register(func)
        if name == {name!r}:
            COMPONENTS[name] = _knockout_dc.replace(COMPONENTS[name], func=_knockout(COMPONENTS[name]))
        return result
    return wrapped
'''


@dataclass(frozen=True)
class Knockout:
    kind: str  # "component" or "data file"
    target: str  # component name, or path relative to the repository
    skip: bool = False  # a component not run at all, rather than run with its output emptied

    @property
    def key(self) -> str:
        """Its line's key in knockout_catchers.tsv, e.g. `data file kg/lexicons/x.txt`."""
        return f"{self.kind} {self.target}" + (" (not run)" if self.skip else "")

    def __str__(self) -> str:
        return f"{self.kind} {self.target}" + (" (not run: emptying its output changed no test)" if self.skip else "")

    def test_order(self, copy: Path) -> list[str]:
        """The fast test files to run, most likely to fail first; [] (pytest's own order) for a component.

        A data file's words (its Han runs of two or more characters, comments
        left out) are counted, distinct, in each tests/test_*.py; files with more
        of them run first, ties by name.  Every test file is given, so the set of
        tests is the same as with none given.
        """
        if self.kind != "data file":
            return []
        sys.path.insert(0, str(ROOT))
        from kg.text import HAN

        text = (ROOT / self.target).read_text(encoding="utf-8", errors="replace")
        words = set(re.findall(f"[{HAN}]{{2,}}", "\n".join(
            line for line in text.splitlines() if not line.lstrip().startswith("#"))))
        tests = sorted((copy / "tests").glob("test_*.py"))
        hits = {t: sum(w in body for w in words) for t in tests for body in [t.read_text(encoding="utf-8")]}
        return [str(t.relative_to(copy)) for t in sorted(tests, key=lambda t: (-hits[t], t.name))]

    def apply(self, copy: Path) -> None:
        if self.kind == "component":
            with open(copy / "kg" / "pipeline.py", "a", encoding="utf-8") as f:
                f.write(KNOCKOUT_COMPONENT.format(name=self.target, skip=self.skip))
        else:
            (copy / self.target).write_bytes(b"")


def components() -> list[str]:
    """The components the default pipeline runs, as kg/pipeline.py lists them."""
    sys.path.insert(0, str(ROOT))
    from kg.pipeline import DEFAULT_PIPELINE

    return list(DEFAULT_PIPELINE)


def data_files() -> list[str]:
    """Every data file under kg/lexicons/ (lexicons, word classes, tables)."""
    folder = ROOT / "kg" / "lexicons"
    return sorted(
        str(p.relative_to(ROOT)) for p in folder.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    )


def repository_files() -> list[str]:
    """Tracked files and new ones not ignored (a work tree's uncommitted tests count)."""
    out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                         cwd=ROOT, capture_output=True, check=True).stdout
    return [name for name in out.decode("utf-8").split("\0") if name and (ROOT / name).is_file()]


def copy_repository(files: list[str], into: Path) -> Path:
    for name in files:
        target = into / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    return into


def run_fast_tests(copy: Path, extra: list[str]) -> tuple[int, str, str | None]:
    """Run `pytest -m fast -x` in `copy`: (exit code, summary line, the failing test function or None).

    The failing test is `file::function`, its parameters cut off, so that it names
    every case of the test and never an escaped id.
    """
    env = {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run([sys.executable, "-m", "pytest", *FAST_TESTS, *extra], cwd=copy, env=env,
                          capture_output=True, text=True, timeout=1800)
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    summary = (lines or proc.stderr.strip().splitlines() or ["no output"])[-1].strip("= ")
    failed = [re.sub(r"^FAILED |^ERROR ", "", line).split(" - ")[0] for line in lines
              if line.startswith(("FAILED ", "ERROR "))]
    if failed:
        # pytest escapes non-ASCII test ids; show them as written, cut short
        first = re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), failed[0])
        summary += f"; first: {first[:100]}"
    catcher = failed[0].split("[")[0] if failed and proc.returncode == 1 else None
    return proc.returncode, summary, catcher


def read_catchers(path: Path = CATCHERS) -> dict[str, str]:
    """knockout_catchers.tsv as {knockout key: test function}; {} if there is no file.

    >>> read_catchers(Path("/nonexistent"))
    {}
    """
    if not path.exists():
        return {}
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return {row[0]: row[1] for row in rows if len(row) == 2}


def write_catchers(catchers: dict[str, str], path: Path = CATCHERS) -> None:
    """Write {knockout key: test function} as knockout_catchers.tsv, sorted by key."""
    header = ("# knockout<TAB>the fast test function that failed when it was knocked out; written by\n"
              "# `python scripts/knockout.py --record`, read to run that test first (a hint, not a verdict)\n")
    path.write_text(header + "".join(f"{k}\t{v}\n" for k, v in sorted(catchers.items())), encoding="utf-8")


# pytest's exit codes: 1 tests failed; 2-4 interrupted, internal or usage error; 5 no tests ran
FAILED = (1, 2, 3, 4)


def check(knockout: Knockout | None, files: list[str], extra: list[str],
          catchers: dict[str, str]) -> tuple[Knockout | None, int, str, str | None]:
    """Run the fast tests with `knockout` applied: (knockout, exit code, summary, catching test).

    Its recorded catcher runs first; only a real test failure (exit 1) there counts,
    so a renamed or deleted test just falls through to the whole fast subset.
    """
    with tempfile.TemporaryDirectory(prefix="kg-knockout-") as tmp:
        copy = copy_repository(files, Path(tmp))
        if knockout is not None:
            knockout.apply(copy)
        hint = catchers.get(knockout.key) if knockout is not None else None
        code, summary, catcher = run_fast_tests(copy, [*extra, hint]) if hint else (0, "", None)
        if code != 1:
            order = knockout.test_order(copy) if knockout is not None and not extra else []
            code, summary, catcher = run_fast_tests(copy, [*extra, *order])
    if knockout is not None and knockout.kind == "component" and not knockout.skip and code not in FAILED:
        return check(Knockout(knockout.kind, knockout.target, skip=True), files, extra, catchers)
    return knockout, code, summary, catcher


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("Usage:")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="exit status: 0 every knockout caught; 1 one was not caught, or the fast "
                                            "tests fail with nothing knocked out; 2 a wrong argument")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="knockouts run at once (default: every CPU, %(default)s here)")
    parser.add_argument("--catchers", type=Path, default=CATCHERS,
                        help=f"the file of recorded catching tests (default: scripts/{CATCHERS.name})")
    parser.add_argument("--record", action="store_true",
                        help="write the catching tests found to --catchers (with no --only: a full run, long)")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="knock out only these: a component name or a data file's name or path (see --list)")
    parser.add_argument("--list", action="store_true", help="print every knockout's name and stop")
    parser.add_argument("pytest_args", nargs=argparse.REMAINDER, help="after --: more pytest arguments (e.g. --deselect)")
    args = parser.parse_args()
    extra = [a for a in args.pytest_args if a != "--"]

    knockouts = [Knockout("component", c) for c in components()] + [Knockout("data file", f) for f in data_files()]
    if args.list:
        try:
            print("\n".join(str(k) for k in knockouts), flush=True)
        except BrokenPipeError:  # `--list | head`: the reader had enough
            sys.stdout = None
        return 0
    if args.only:
        names = {name for k in knockouts for name in (k.target, Path(k.target).name)}
        unknown = [name for name in args.only if name not in names]
        if unknown:
            parser.error(f"no knockout named {', '.join(unknown)} (python scripts/knockout.py --list names them)")
        knockouts = [k for k in knockouts if k.target in args.only or Path(k.target).name in args.only]
    files = repository_files()
    catchers = read_catchers(args.catchers)
    _, code, summary, _ = check(None, files, extra, catchers)
    if code != 0:
        print(f"the fast tests fail with nothing knocked out ({summary}): fix them first")
        return 1
    caught = 0
    missed = []
    found: dict[str, str] = {}
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for knockout, code, summary, catcher in pool.map(lambda k: check(k, files, extra, catchers), knockouts):
            if code in FAILED:
                caught += 1
                if catcher:
                    found[knockout.key] = catcher
                    if args.record:  # as each is found: a run stopped halfway keeps what it learnt
                        write_catchers({**catchers, **found}, args.catchers)
                print(f"caught     {knockout}: {summary}", flush=True)
            else:
                missed.append(knockout)
                print(f"NOT CAUGHT {knockout}: {summary}", flush=True)
    print(f"{caught}/{len(knockouts)} knockouts caught")
    return 0 if not missed else 1


if __name__ == "__main__":
    sys.exit(main())
