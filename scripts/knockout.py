"""Knockout check: would the tests notice if a part of the parser stopped working?

For each pipeline component (kg.pipeline.DEFAULT_PIPELINE) and each data file
under kg/lexicons/, in turn, a temporary copy of the repository is made with
that one part disabled, and the fast tests (`pytest -m fast`) run in it:

- a component is disabled by emptying its output: it runs, then whatever it
  set on the Doc (fields and `doc.state` entries) is replaced by an empty value
  of the same type (`type(value)()`), or by the value before it ran where the
  type has no empty value.  If no test notices that, it is not run at all
  (a component whose own output is empty, such as one that only sets up a
  registry others fill, can only be missed that way), and the line says so;
- a data file is disabled by emptying it.

A knockout is caught when the fast tests fail.  Prints one line per knockout
and `N/M knockouts caught`; exits 1 if any was not caught (or if the fast tests
fail with nothing knocked out).  Usage: python scripts/knockout.py [--jobs N]
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
FAST_TESTS = ["-m", "fast", "-q", "-x", "-p", "no:cacheprovider"]

# Appended to kg/pipeline.py in the copy: the loader wraps one component.
EMPTY_COMPONENT = '''

# ---- scripts/knockout.py: component {name!r} gives empty output, or with skip, does not run
def _knockout_empty(value, before):
    if value is None or isinstance(value, (str, bytes, int, float, bool)):
        return before
    try:
        return type(value)()
    except Exception:
        return before


def _knockout(real):
    if {skip!r}:
        def skipped(doc):
            pass
        skipped.knocked_out = True
        return skipped

    def emptied(doc):
        fields = {{k: v for k, v in vars(doc).items() if k != "state"}}
        sizes = {{k: len(v) for k, v in fields.items() if isinstance(v, (list, dict, set, tuple))}}
        state = dict(doc.state)
        real(doc)
        for k, v in list(vars(doc).items()):
            if k != "state" and (v is not fields.get(k) or (k in sizes and len(v) != sizes[k])):
                setattr(doc, k, _knockout_empty(v, fields.get(k)))
        for k, v in list(doc.state.items()):
            if k not in state or v is not state[k]:
                doc.state[k] = _knockout_empty(v, state.get(k))
    emptied.knocked_out = True
    return emptied


_knockout_load = _load_components


def _load_components():
    _knockout_load()
    if not getattr(COMPONENTS[{name!r}], "knocked_out", False):
        COMPONENTS[{name!r}] = _knockout(COMPONENTS[{name!r}])
'''


@dataclass(frozen=True)
class Knockout:
    kind: str  # "component" or "data file"
    target: str  # component name, or path relative to the repository
    skip: bool = False  # a component not run at all, rather than run with its output emptied

    def __str__(self) -> str:
        return f"{self.kind} {self.target}" + (" (not run: emptying its output changed no test)" if self.skip else "")

    def apply(self, copy: Path) -> None:
        if self.kind == "component":
            with open(copy / "kg" / "pipeline.py", "a", encoding="utf-8") as f:
                f.write(EMPTY_COMPONENT.format(name=self.target, skip=self.skip))
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


def run_fast_tests(copy: Path) -> tuple[int, str]:
    env = {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run([sys.executable, "-m", "pytest", *FAST_TESTS], cwd=copy, env=env,
                          capture_output=True, text=True, timeout=1800)
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    summary = (lines or proc.stderr.strip().splitlines() or ["no output"])[-1].strip("= ")
    failed = [re.sub(r"^FAILED |^ERROR ", "", line).split(" - ")[0] for line in lines
              if line.startswith(("FAILED ", "ERROR "))]
    if failed:
        summary += f"; first: {failed[0]}"
    return proc.returncode, summary


# pytest's exit codes: 1 tests failed; 2-4 interrupted, internal or usage error; 5 no tests ran
FAILED = (1, 2, 3, 4)


def check(knockout: Knockout | None, files: list[str]) -> tuple[Knockout | None, int, str]:
    with tempfile.TemporaryDirectory(prefix="kg-knockout-") as tmp:
        copy = copy_repository(files, Path(tmp))
        if knockout is not None:
            knockout.apply(copy)
        code, summary = run_fast_tests(copy)
    if knockout is not None and knockout.kind == "component" and not knockout.skip and code not in FAILED:
        return check(Knockout(knockout.kind, knockout.target, skip=True), files)
    return knockout, code, summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="knockouts run at once")
    args = parser.parse_args()

    files = repository_files()
    _, code, summary = check(None, files)
    if code != 0:
        print(f"the fast tests fail with nothing knocked out ({summary}): fix them first")
        return 1
    knockouts = [Knockout("component", c) for c in components()] + [Knockout("data file", f) for f in data_files()]
    caught = 0
    missed = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for knockout, code, summary in pool.map(lambda k: check(k, files), knockouts):
            if code in FAILED:
                caught += 1
                print(f"caught     {knockout}: {summary}", flush=True)
            else:
                missed.append(knockout)
                print(f"NOT CAUGHT {knockout}: {summary}", flush=True)
    print(f"{caught}/{len(knockouts)} knockouts caught")
    return 0 if not missed else 1


if __name__ == "__main__":
    sys.exit(main())
