"""Where the data files live: ontology/, queries/ and the lexicons.

In a source checkout they sit beside the package; an installed wheel carries
them inside it (see pyproject's force-include).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    for candidate in (PACKAGE / f"_{name}", PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"govkg data folder '{name}' not found beside {PACKAGE}")


def ontology_dir() -> Path:
    return _data_dir("ontology")


def queries_dir() -> Path:
    return _data_dir("queries")


def lexicon_path(name: str) -> Path:
    return PACKAGE / "lexicons" / name


@cache
def lexicon(name: str) -> tuple[str, ...]:
    """A lexicon file: one entry a line; blank lines and '#' comments skipped."""
    entries = []
    for line in lexicon_path(name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return tuple(entries)


@cache
def lexicon_table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated lexicon: one row a line, columns split on tabs."""
    return tuple(tuple(col.strip() for col in row.split("\t")) for row in lexicon(name))


@cache
def surname_initials() -> frozenset[str] | None:
    """First characters of the surnames in `surnames.txt` (several a line,
    space-separated): only there can a Chinese name start.  Read by repair (a
    lost `?` after one is a name's character) and by extraction (only there is
    the analyser asked for a name).  None when the lexicon is not shipped.

    >>> "王" in surname_initials() and "欧" in surname_initials()
    True
    """
    try:
        return frozenset(w[0] for line in lexicon("surnames.txt") for w in line.split())
    except FileNotFoundError:
        return None
