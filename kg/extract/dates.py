"""The report's event date: `2019年4月12日`, or `2月5日` with the year taken from
elsewhere in the text (`2025年一季度`), the file name, or the --date option."""

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


set_extension("date")  # datetime.date | None


@component("dates", requires=("text", "raw"), assigns=("date",))
def dates_component(doc: Doc) -> None:
    doc.ext.date = report_date(doc.text.text, doc.raw.path.name, doc.default_date)
