"""Values users type for options, checked the same way on the command line
(`kg build --date`, `--out`) and in the API (`date=`, `out=`).

Each check returns what is wrong in words, or raises ValueError saying it, so
the caller names its own option (`--date`) or parameter (`date=`).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePath

# YYYY-MM-DD exactly: datetime.date.fromisoformat (Python 3.11) also takes
# 20240301 and 2024-W09-5, which the help and the messages do not offer
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_day(text: str) -> dt.date:
    """The day `text` writes as YYYY-MM-DD (spaces around it ignored).
    Raises ValueError `not YYYY-MM-DD` for another form (`20240301`,
    `2024/03/01`) and `no such day` for a date the calendar lacks.
    Example: `iso_day("2024-03-01")` -> `datetime.date(2024, 3, 1)`;
    `iso_day("20240301")` raises ValueError("not YYYY-MM-DD")."""
    text = text.strip()
    if not _ISO_DAY.fullmatch(text):
        raise ValueError("not YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError("no such day (YYYY-MM-DD)") from None


# `--date none` (`date="none"` from Python): the date a build folder holds for its
# reports, cleared; the reports read take their date from their text and file name only
NO_DATE = "none"


def held_day(text: str) -> dt.date | str:
    """`--date`'s value: the day `text` writes as YYYY-MM-DD (iso_day), or
    NO_DATE for `none` (any case, spaces around it ignored): a --date given
    holds for a folder's reports, so clearing it needs a word of its own.
    Raises ValueError as iso_day does, for anything else.
    Example: `held_day("None")` -> `"none"`; `held_day("2024-03-01")` -> `datetime.date(2024, 3, 1)`."""
    if text.strip().lower() == NO_DATE:
        return NO_DATE
    return iso_day(text)


def blank_part(path) -> str | None:
    """What is wrong with a path whose name, or the name of one of its
    folders, is blank (only spaces, tabs or full-width spaces): a quoting slip
    (`--out " "`), never a folder anyone means to make.  None when every part
    has a visible character; the empty path (the current folder) passes.
    Example: `blank_part(" ")` -> `"a name of only spaces"`;
    `blank_part("out/ /x")` -> `"its part ' ' is only spaces"`; `blank_part("out")` -> None."""
    parts = PurePath(path).parts
    blank = [p for p in parts if not p.strip()]
    if not blank:
        return None
    return "a name of only spaces" if len(parts) == 1 else f"its part {blank[0]!r} is only spaces"


def written_path(option: str):
    """An argparse `type=` for an option naming a file or folder to write
    (`kg build --out`, `kg view --out`): the Path, or UsageError naming
    `option` when `blank_part` finds a blank name, before anything is built.
    Example: `written_path("--out")(" ")` raises
    `UsageError("--out ' ': a name of only spaces; name a file or folder with a visible name")`."""
    from kg.errors import UsageError

    def check(text: str) -> PurePath:
        from pathlib import Path

        if why := blank_part(text):
            raise UsageError(f"{option} {text!r}: {why}; name a file or folder with a visible name")
        return Path(text)

    return check
