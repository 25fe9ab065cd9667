"""The warning for a report built with undated visits: which sentence holds the
incomplete date, and how to give the year.

A report dated `5月20日` with no year anywhere (not in the text, the file
name or `--date`) is built, but its visits carry no date; a user must learn
that at build time rather than from an empty date column later.  The rules
for what dates a report are kg.extract.dates'; this only explains their
outcome.
"""

from __future__ import annotations

import re

from kg.extract.dates import FILE_DATE, FULL_DATE, MONTH_DAY, number
from kg.facts import ReportFacts
from kg.repair.lost import lost_marks

# a sentence of the report as written: up to 。！？ or a line break
_SENTENCE = re.compile(r"[^。！？!?\n]*[。！？!?]?")
QUOTE_CHARS = 40


def undated_warning(facts: ReportFacts, text: str) -> str | None:
    """Why `facts`' visits are undated and what to do, in one line, or None when
    every visit has a date.  `text` is the report as read (kg.read.RawReport.text),
    so the quoted sentence can be found in the file.

    Example: for a report whose only date is in `5月20日上午，区长王明来到甲社区。`
    -> `'「5月20日上午，区长王明来到甲社区。」 gives a month and day but no year, so 1 visit
    is undated; put the date in the file name (YYYY-05-20-report.txt) or give --date ...'`.
    """
    undated = sum(1 for visit in facts.visits if visit.date is None)
    if not undated:
        return None
    visits = f"{undated} visit{'s are' if undated > 1 else ' is'} undated"

    def remedy(month_day: str = "MM-DD") -> str:
        # a date in the file name gives the year of this report alone; --date those of the build given it
        given = "give --date YYYY-MM-DD (its year completes the month and day of every report that build reads that gives no year; a report with no date at all takes the whole date)"
        if unread := unread_file_date(facts.file_name):  # the user did put a date there: say why it was not read
            written, iso, renamed = unread
            return (f"the file name's {written} is not read as a date (a file name gives it as {iso} or "
                    f"{iso.replace('-', '')}): rename the file {renamed}, or {given}")
        return f"put the date in the file name ({'YYYY-' + month_day}-{facts.file_name}) or {given}"

    if m := FULL_DATE.search(text):
        return f"{_quote(text, m.start())} gives a date that does not exist, so {visits}; correct it, or {remedy()}"
    if m := MONTH_DAY.search(text):
        month_day = f"{number(m.group(1)):02d}-{number(m.group(2)):02d}"
        return f"{_quote(text, m.start())} gives a month and day but no year, so {visits}; {remedy(month_day)}"
    # say which forms are read (kg.extract.dates), so a date in some other form is recognised as the cause
    return f"no date in the form govkg reads (2025年5月20日, 二〇二五年五月二十日, 2025/5/20), so {visits}; {remedy()}"


def unread_file_date(file_name: str) -> tuple[str, str, str] | None:
    """A date written in `file_name` in words (`2024年6月4日 报道.txt`), which
    kg.extract.dates does not read from a file name (FILE_DATE: digits and
    - _ . only), as (as written, YYYY-MM-DD, the name with it so written);
    None when the name has none, or has one that is read.  Raises nothing.

    >>> unread_file_date("2024年6月4日 报道.txt")
    ('2024年6月4日', '2024-06-04', '2024-06-04 报道.txt')
    >>> unread_file_date("2024-06-04 报道.txt") is None
    True
    """
    m = FULL_DATE.search(file_name)
    if not m or FILE_DATE.search(file_name):
        return None
    try:
        year, month, day = (number(g) for g in m.groups()[:3])
    except ValueError:
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    return m.group(), iso, file_name[:m.start()] + iso + file_name[m.end():]


def _quote(text: str, at: int) -> str:
    """The sentence of `text` around offset `at`, shortened, in 「」.  A `?` a file wrote for a
    lost character (kg.repair.lost: 区委书记刘??强来到) ends no sentence.

    >>> _quote("5月20日，区委书记刘??强来到甲社区。", 0)
    '「5月20日，区委书记刘??强来到甲社区。」'
    """
    # the sentences found where the lost characters' marks stand masked, one for one, and quoted as written
    masked = list(text)
    for m in lost_marks(text):
        masked[m.start():m.end()] = "\u25a1" * len(m.group())
    masked = "".join(masked)
    for m in _SENTENCE.finditer(masked):
        if m.start() <= at < max(m.end(), m.start() + 1):
            sentence = text[m.start():m.end()].strip()
            break
    else:  # not reached: the sentences cover the text
        sentence = text[at:]
    if len(sentence) > QUOTE_CHARS:
        sentence = sentence[: QUOTE_CHARS - 1] + "…"
    return f"「{sentence}」"
