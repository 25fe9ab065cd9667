"""The warning for a report whose file name's date and text's date disagree.

kg.extract.dates dates a report by what it says itself before the name its
file was saved under: a text's full date (2024年9月3日) wins over the file
name's (jingan-2024-02-01.txt).  That is right when the name is a download's
or an archive's number, wrong when the text quotes an older date first; either
way a user who named files by date must learn which date the build took.  A
file named up to PUBLISHED_WITHIN days after the text's date is the report's
publication (news is filed a day or two after the visit): no warning.
"""

from __future__ import annotations

from kg.extract.dates import FILE_DATE, FULL_DATE, _date

PUBLISHED_WITHIN = 7  # days after the event a file name's date is its publication's


def name_date_warning(file_name: str, text: str) -> str | None:
    """One line when `file_name`'s date (FILE_DATE) and the first full date of
    `text` (FULL_DATE, the one kg.extract.dates.report_date takes) are both
    real dates and the name's is before the text's or more than
    PUBLISHED_WITHIN days after it; else None.  Raises nothing.

    >>> name_date_warning("jingan-2024-02-01.txt", "2024年9月3日，区长王明来到甲社区。")
    "the file name's date 2024-02-01 is not the text's 2024年9月3日 (2024-09-03): the text's date is used; rename the file if it is the text that is wrong"
    >>> name_date_warning("2024-09-04-a.txt", "2024年9月3日，区长王明来到甲社区。") is None  # published the next day
    True
    """
    named, written = FILE_DATE.search(file_name), FULL_DATE.search(text)
    if not named or not written:
        return None
    name_date, text_date = _date(*named.groups()), _date(*written.groups())
    if name_date is None or text_date is None or 0 <= (name_date - text_date).days <= PUBLISHED_WITHIN:
        return None
    return (f"the file name's date {name_date.isoformat()} is not the text's {written.group(0)} ({text_date.isoformat()}): "
            "the text's date is used; rename the file if it is the text that is wrong")
