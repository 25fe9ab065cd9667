"""The warning for a report whose file name's date and text's date disagree.

kg.extract.dates dates a report by what it says itself before the name its
file was saved under: a text's full date (2024年9月3日) wins over the file
name's (jingan-2024-02-01.txt).  That is right when the name is a download's
or an archive's number, wrong when the text quotes an older date first; either
way a user who named files by date must learn which date the build took.  A
file named up to PUBLISHED_WITHIN days after the text's date is the report's
publication (news is filed a day or two after the visit): no warning.
A text giving a month and day but no year (`4月25日`) is compared by the day
kg.extract.dates.report_date makes of it (the year placed before the name's
date, year_before): a file named 2024-04-09 for a report of 4月25日 is warned
about as one of 2024年4月25日 is, one named 2024-01-02 for 12月30日 (2023-12-30,
published three days later) is not.
"""

from __future__ import annotations

from kg.extract.dates import FILE_DATE, FULL_DATE, MONTH_DAY, _date, reference_date, report_date, sentence_dates

PUBLISHED_WITHIN = 7  # days after the event a file name's date is its publication's


def name_date_warning(file_name: str, text: str) -> str | None:
    """One line when `file_name`'s date (FILE_DATE) and the first full date of
    `text` (FULL_DATE, the one kg.extract.dates.report_date takes; else its
    first month and day, dated by report_date) are both real dates and the
    name's is before the text's or more than PUBLISHED_WITHIN days after it;
    else None.  Raises nothing.

    >>> name_date_warning("jingan-2024-02-01.txt", "2024年9月3日，区长王明来到甲社区。")
    "the file name's date 2024-02-01 is not the text's 2024年9月3日 (2024-09-03): the text's date is used; rename the file if it is the text that is wrong"
    >>> name_date_warning("2024-09-04-a.txt", "2024年9月3日，区长王明来到甲社区。") is None  # published the next day
    True
    >>> name_date_warning("pujiang-2024-04-09.txt", "4月25日，区长王明来到甲社区。")
    "the file name's date 2024-04-09 is not the text's 4月25日 (2024-04-25): the text's date is used; rename the file if it is the text that is wrong"
    >>> name_date_warning("pujiang-2024-01-02.txt", "12月30日，区长王明来到甲社区。") is None  # 2023-12-30
    True
    >>> name_date_warning("yiwu-2024-03-12.txt", "【义乌发布】3月12日讯 市长王明来到甲社区。\\n2024年3月13日") is None  # its visit's day
    True
    """
    named = FILE_DATE.search(file_name)
    written = FULL_DATE.search(text) or MONTH_DAY.search(text)
    if not named or not written:
        return None
    name_date = _date(*named.groups())
    text_date = _date(*written.groups()) if written.re is FULL_DATE else report_date(text, file_name)
    if name_date is None or text_date is None or 0 <= (name_date - text_date).days <= PUBLISHED_WITHIN:
        return None
    if any(day == name_date for _, day in sentence_dates(text, text_date, reference_date(text, file_name))):
        return None  # named by the day a sentence opens with (【X发布】3月12日讯 …, the page's 2024年3月13日 below): its visits' (NEWC53B 4)
    return (f"the file name's date {name_date.isoformat()} is not the text's {written.group(0)} ({text_date.isoformat()}): "
            "the text's date is used; rename the file if it is the text that is wrong")
