"""The report's event date: `2019年4月12日`, or `2月5日` with the year taken from
elsewhere in the text (`2025年一季度`), the file name, or the --date option;
and the dates that open a sentence (`3月20日上午，…`), which date the visits
told after them: a round-up of several days dates each visit by its own day."""

from __future__ import annotations

import datetime as dt
import re

from kg.pipeline import Doc, component, set_extension

FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
FILE_DATE = re.compile(r"((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})")


def _date(y, m, d) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def report_date(text: str, file_name: str = "", default: dt.date | None = None) -> dt.date | None:
    m = FULL_DATE.search(text)
    if m and (found := _date(*m.groups())):
        return found
    file_match = FILE_DATE.search(file_name)
    file_date = _date(*file_match.groups()) if file_match else None
    md = MONTH_DAY.search(text)
    if md:
        year_match = YEAR.search(text)
        if year_match:
            year = int(year_match.group(1))
        elif default:
            year = default.year
        elif file_date:
            year = file_date.year
        else:
            year = None
        if year and (found := _date(year, *md.groups())):
            return found
    return default or file_date


# a date opening a sentence or a line: the time adverbial of what the sentence tells
SENTENCE_DATE = re.compile(
    r"(?:^|(?<=[\n。；！？]))[ \u3000]*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日"
)


def sentence_dates(text: str, date: dt.date | None) -> list[tuple[int, dt.date]]:
    """(offset, date) of each date that opens a sentence in `text`, in order.
    A month and day without a year take the year of the last full date
    before them, else of `date` (the report's); with neither they are left out.
    A date inside a sentence (自2023年1月1日以来) dates nothing.

    >>> sentence_dates("3月1日，王明来到甲社区。3月20日，陈刚来到乙社区。", dt.date(2024, 3, 1))
    [(0, datetime.date(2024, 3, 1)), (13, datetime.date(2024, 3, 20))]
    """
    out = []
    year = date.year if date else None
    for m in SENTENCE_DATE.finditer(text):
        y, month, day = m.groups()
        if y:
            year = int(y)
        if year and (found := _date(year, month, day)):
            out.append((m.start(), found))
    return out


def date_at(dates: list[tuple[int, dt.date]], pos: int, default: dt.date | None) -> dt.date | None:
    """The date of what is told at `pos`: the last sentence-opening date
    before it, else `default`."""
    found = default
    for offset, date in dates:
        if offset > pos:
            break
        found = date
    return found


set_extension("date")  # datetime.date | None
set_extension("sentence_dates", list)  # [(offset, datetime.date)], in text order


@component("dates", requires=("text", "raw"), assigns=("date", "sentence_dates"))
def dates_component(doc: Doc) -> None:
    doc.ext.date = report_date(doc.text.text, doc.raw.path.name, doc.default_date)
    doc.ext.sentence_dates = sentence_dates(doc.text.text, doc.ext.date)
