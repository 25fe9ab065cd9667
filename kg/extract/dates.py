"""The report's event date: `2019年4月12日`, or `2月5日` with the year taken from
elsewhere in the text (`2025年一季度`, a page's `2025-02-06` publication line),
else the file name, else the --date option; and the dates that open a sentence
(`3月20日上午，…`), which date the visits told after them: a round-up of
several days dates each visit by its own day.

Numbers are read as Chinese pages write them: ASCII or full-width digits
(`２０２４年５月２０日`) and Chinese numerals (`二〇二四年五月二十日`); a date
written with separators (`2024/5/20`, `2024-05-20`) gives a year, or the date
itself when the text has no other.

A month and day whose year comes from a date elsewhere (a page's publication
line, the file name's date: the report's reference date) take the latest year
that does not put them more than FUTURE_DAYS after it: a report tells what
has happened, so `12月30日` in a page of 2024-01-02 is 2023-12-30, not a day
eleven months after its own publication.  This is how temporal taggers
resolve an underspecified date in news against the document's creation time
(HeidelTime, Strötgen & Gertz 2013, "Multilingual and cross-domain temporal
tagging", news domain; dateparser's PREFER_DATES_FROM="past").  A year the
text writes (`2025年`) is kept as written, and --date only gives a year."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from kg.extract.lexicons import table, words
from kg.pipeline import Doc, component, set_extension
from kg.text import HAN

# \d is any Unicode decimal digit (ASCII and full-width alike); int() reads both
_CN_DIGITS = "〇零○一二三四五六七八九"
_CN_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
_Y = rf"((?:19|20|１９|２０)\d{{2}}|[一二][{_CN_DIGITS}]{{3}})"
_MD = r"(\d{1,2}|[一二三四五六七八九十廿]{1,3})"
# what joins the first and last day of a range (15日至16日, 15-16日, 15～16日, 15、16日)
_TO = r"(?:至|到|－|-|—|–|~|～|、)"
# a range's last day written before the first day's 日 (10月15-16日): the date is its first day
_DAYS_TO = rf"(?:\s*{_TO}\s*(?:\d{{1,2}}|[一二三四五六七八九十廿]{{1,3}}))?"
FULL_DATE = re.compile(rf"{_Y}\s*年\s*{_MD}\s*月\s*{_MD}{_DAYS_TO}\s*日")
MONTH_DAY = re.compile(rf"(?<![\d年{_CN_DIGITS}十]){_MD}\s*月\s*{_MD}{_DAYS_TO}\s*日")
YEAR = re.compile(rf"{_Y}\s*年")
# 2024/5/20, 2024-05-20, 2024.5.20 (a page's publication line), not part of a longer number
NUMERIC_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[/／.\-－]\s*(\d{1,2})\s*[/／.\-－]\s*(\d{1,2})(?!\d)")
FILE_DATE = re.compile(r"((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})")

# How far after the reference date a month and day may fall and keep its year:
# a page announcing a coming event (将于1月15日…), and a file named by the first day
# of a round-up of the weeks after it.  A month: eleven months after it is no
# announcement but last year's day (12月30日 in a page of 1月2日).
FUTURE_DAYS = 31


def number(written: str) -> int:
    """The value of a year, month or day as written: digits of any width, or
    Chinese numerals read digit by digit (a year: 二〇二四 -> 2024) or with
    十 as tens (二十一 -> 21, 十二 -> 12, 廿三 -> 23).  Raises ValueError for
    anything else.

    >>> [number(s) for s in ("2024", "２０", "二〇二四", "十", "二十一", "廿三")]
    [2024, 20, 2024, 10, 21, 23]
    """
    if written.isdecimal():
        return int(written)
    written = written.replace("廿", "二十")
    if "十" in written:
        tens, _, ones = written.partition("十")
        return (_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[ones] if ones else 0)
    value = 0
    for char in written:
        value = value * 10 + _CN_VALUE[char]  # KeyError for a non-numeral
    return value


def _date(y, m, d) -> dt.date | None:
    try:
        return dt.date(number(y), number(m), number(d))
    except (ValueError, KeyError):
        return None


def year_before(month: str, day: str, reference: dt.date) -> dt.date | None:
    """The day `month`/`day` (as written) of the latest year that puts it no
    more than FUTURE_DAYS after `reference`; None when it is no day (2月30日).

    >>> year_before("12", "30", dt.date(2024, 1, 2))   # last year's: 2024-12-30 is after the page
    datetime.date(2023, 12, 30)
    >>> year_before("1", "15", dt.date(2024, 1, 2))    # announced for the same month
    datetime.date(2024, 1, 15)
    >>> year_before("2", "29", dt.date(2025, 3, 1))    # the latest leap year before
    datetime.date(2024, 2, 29)
    """
    latest = reference + dt.timedelta(days=FUTURE_DAYS)
    for year in range(latest.year, latest.year - 8, -1):  # eight years hold a 2月29日
        if (found := _date(str(year), month, day)) and found <= latest:
            return found
    return None


def reference_date(text: str, file_name: str = "") -> dt.date | None:
    """The date a month and day with no year are placed before (year_before),
    when the text writes no year itself (no FULL_DATE, no YEAR): its first
    separator-written date (a page's publication line), else the file name's
    date; else None.

    >>> reference_date("发布时间：2025-01-02\\n12月30日，王明来到甲社区。")
    datetime.date(2025, 1, 2)
    >>> reference_date("12月30日，王明来到甲社区。", "a-2024-01-02.txt")
    datetime.date(2024, 1, 2)
    >>> reference_date("2023年12月30日，王明来到甲社区。", "a-2024-01-02.txt") is None  # the text's year
    True
    """
    if FULL_DATE.search(text) or text_year(text):
        return None
    numeric = next((d for m in NUMERIC_DATE.finditer(text) if (d := _date(*m.groups()))), None)
    file_match = FILE_DATE.search(file_name)
    return numeric or (_date(*file_match.groups()) if file_match else None)


def report_date(text: str, file_name: str = "", default: dt.date | None = None) -> dt.date | None:
    """The event date of a report: its first full date (year, month, day);
    else its first month and day, with the year of the text (`2025年`, else a
    separator-written date such as a publication line `2025-02-06`), else of
    the file name's date (either placed before it: year_before), else of
    `default`; else a separator-written date; else the file name's date; else
    `default`.  None when nothing gives one.

    The order is that of how near each source is to the report: what it says
    itself, then the name its file was saved under, then `default` (kg build's
    --date, "for reports that give no year": a file name giving one is not such
    a report).

    >>> report_date("发布时间：2025-02-06\\n2月5日，王明来到甲社区。")
    datetime.date(2025, 2, 5)
    >>> report_date("3月28日，王明来到甲社区。", "2019-03-28-a.txt", dt.date(2018, 6, 1))
    datetime.date(2019, 3, 28)
    >>> report_date("12月30日，王明来到甲社区。", "a-2024-01-02.txt")  # published after it
    datetime.date(2023, 12, 30)
    """
    m = FULL_DATE.search(text)
    if m and (found := _date(*m.groups())):
        return found
    file_match = FILE_DATE.search(file_name)
    file_date = _date(*file_match.groups()) if file_match else None
    numeric = next((d for m in NUMERIC_DATE.finditer(text) if (d := _date(*m.groups()))), None)
    md = MONTH_DAY.search(text)
    if md:
        year_match = text_year(text)
        if year_match:
            year = number(year_match.group(1))
        elif reference := numeric or file_date:
            if found := year_before(*md.groups(), reference):
                return found
            year = None
        else:
            year = default.year if default else None
        if year and (found := _date(str(year), *md.groups())):
            return found
    return numeric or file_date or default


def text_year(text: str) -> re.Match | None:
    """The first year the text writes (`YEAR`) that is not the year of another event
    (`date_event_year_markers.txt` right before it: 建于1987年, 将于2027年完工) nor the
    edge of a span (`date_span_year_ends.txt` right after it: 1990年前, 2023年以来), as a
    match whose group 1 is the year; None when there is none.

    >>> text_year("这个院子建于1987年。2025年，小区改造。").group(1), text_year("建于1987年") is None
    ('2025', True)
    >>> text_year("1990年前建成的老楼，2023年以来改造") is None
    True
    """
    markers, ends = tuple(words("date_event_year_markers.txt")), tuple(words("date_span_year_ends.txt"))
    return next((m for m in YEAR.finditer(text)
                 if not text.endswith(markers, 0, m.start()) and not text.startswith(ends, m.end())), None)


# a date opening a sentence or a line: the time adverbial of what the sentence tells;
# a dateline set in brackets (【6月1日】, 〔6月1日〕, （6月1日）) is one too: a page of dated
# stories heads each with its day (newcomer31b finding 1)
# A bracketed dateline closed before a date (（2024-04-15）4月14日，… / 【2024年4月15日】4月14日，…)
# is the page's: the date after it opens the sentence and dates what it tells (NEWC53 1)
_Y_NC = r"(?:(?:19|20|１９|２０)\d{2}|[一二][〇零○一二三四五六七八九]{3})"
_MD_NC = r"(?:\d{1,2}|[一二三四五六七八九十廿]{1,3})"
_BRACKET_DATELINE = (rf"(?:[【〔［\[（(][ \u3000]*(?P<dateline>{_Y_NC}\s*年\s*{_MD_NC}\s*月\s*{_MD_NC}\s*日"
                     rf"|(?:19|20)\d{{2}}\s*[/／.\-－]\s*\d{{1,2}}\s*[/／.\-－]\s*\d{{1,2}}(?!\d))[ \u3000]*[】〕］\]）)][ \u3000]*)")
# A story's source opens the sentence before its date as well (NEWC53B 1: the page's full
# publication date further down dated its visits instead): a source's name set in brackets
# (【义乌发布】3月12日，…), a byline's 讯 or 电 with any （记者 X） (本报讯 3月12日，…; 本报讯（记者
# X）3月12日，…), and a dispatch's own date, the 讯 or 电 right after it (义乌发布3月12日讯 …;
# 新华社北京3月12日电 …)
_SOURCE_BRACKET = r"(?:[【〔［\[][^】〕］\]\n。，\d]{1,16}[】〕］\]][ \u3000]*)"
_DISPATCH_AHEAD = (rf"(?<![\d年{_CN_DIGITS}十])(?=(?:{_Y_NC}\s*年\s*)?{_MD_NC}\s*月\s*{_MD_NC}\s*日[电讯]"
                   rf"(?![{HAN}]))")
# A list's marker opening an item (▲6月3日，…; ■ / ● / ◆ / ★ / · bullets, （一） / (2) / 一、 / 1.
# enumerators) stands before the item's dateline: a digest page dates each item by its own day
# (nc57a 1: every item took the first item's date). The bullets are the word class
# date_list_bullets.txt; the enumerators are shapes.
_BULLETS = "".join(map(re.escape, words("date_list_bullets.txt")))
LIST_MARK = ("(?:" + (rf"(?:[{_BULLETS}][ \u3000]*)+|" if _BULLETS else "")
             + rf"[（(][{_CN_DIGITS}十\d]{{1,2}}[）)][ \u3000]*|[一二三四五六七八九十]{{1,3}}、[ \u3000]*"
             rf"|\d{{1,2}}[.．、](?![\d.．])[ \u3000]*)"
             )
SENTENCE_DATE = re.compile(rf"(?:^|(?<=[\n。；！？])|(?<=[电讯])|[电讯][（(][^）)\n]{{0,24}}[）)]|{_DISPATCH_AHEAD})[ \u3000]*(?:{LIST_MARK})?"
                           rf"(?:{_BRACKET_DATELINE}(?=[^【〔［\[（(]))?{_SOURCE_BRACKET}?"
                           rf"[【〔［\[（(]?(?:{_Y}\s*年\s*)?{_MD}\s*月\s*{_MD}{_DAYS_TO}\s*日")
# a day alone opening a sentence (4日，…; 5日上午，…): a later day of the last date's month
DAY_ONLY = re.compile(rf"(?:^|(?<=[\n。；！？]))[ \u3000]*(?:{LIST_MARK})?{_MD}{_DAYS_TO}\s*日(?=[，,、 \u3000]|[上下中晚早凌傍夜])")


@cache
def _relative_days() -> tuple[re.Pattern, dict[str, int]]:
    """The sentence-opening words that date relative to the last date
    (date_relative_days.tsv: 次日 -> +1) and the pattern finding them."""
    days = {row[0]: int(row[1]) for row in table("date_relative_days.tsv") if len(row) > 1}
    words = "|".join(sorted(map(re.escape, days), key=len, reverse=True)) or "(?!)"
    # opening a sentence, or the story after a dispatch dateline (3月10日电 昨天，/ …电（记者 X）昨天，)
    return re.compile(rf"{_STORY_OPEN}({words})"), days


# what opens a sentence's story: its start, or a dispatch's dateline (3月10日电 昨天，/
# …电（记者 X）昨天，/ 本报讯（记者 X）昨天，)
_STORY_OPEN = r"(?:^|(?<=[\n。；！？])|(?<=[电讯])|[电讯][（(][^）)]{0,24}[）)])[ \u3000]*(?:" + LIST_MARK + ")?"


@cache
def _relative_weeks() -> tuple[re.Pattern, dict[str, int], dict[str, int]]:
    """The sentence-opening words of a day of a week relative to the last date
    (date_relative_weeks.tsv: 上周 -> -1, then date_weekdays.tsv: 三 -> 2), the
    pattern finding them (groups: the week word, the day), and both tables."""
    weeks = {row[0]: int(row[1]) for row in table("date_relative_weeks.tsv") if len(row) > 1}
    days = {row[0]: int(row[1]) for row in table("date_weekdays.tsv") if len(row) > 1}
    week_words = "|".join(sorted(map(re.escape, weeks), key=len, reverse=True)) or "(?!)"
    day_words = "|".join(map(re.escape, days)) or "(?!)"
    return re.compile(rf"{_STORY_OPEN}({week_words})({day_words})"), weeks, days


@cache
def _inner_relative() -> re.Pattern:
    """A relative day (date_inner_words.txt: 昨天) or a week's day (上周三) written
    inside a sentence, not before 的 (昨天的会议 dates a thing, not the sentence).
    Groups: the day word, or the week word and the day."""
    day_words = words("date_inner_words.txt")
    _, weeks, days = _relative_weeks()
    alt = lambda ws: "|".join(sorted(map(re.escape, ws), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:({alt(day_words)})|({alt(weeks)})({alt(days)}))(?!的)")


# the subject before a relative day inside a sentence (区长王明|昨天来到X): a few characters
# of its clause, no punctuation, no speech
INNER_SUBJECT_REACH = 12
_SPEECH_MARKS = re.compile(r"[：:“”\"「」]|说|称|表示")


def inner_relative_at(text: str, m: re.Match) -> int | None:
    """Where the sentence starts whose time adverbial is the relative day `m`
    (`_inner_relative`) written after the sentence's subject (`2024年6月3日，区长
    王明昨天来到X`: the subject 区长王明 in the clause before it), or None when it
    is no such adverbial: it opens its clause (a sentence-opening word is read as
    such), its clause holds more than INNER_SUBJECT_REACH characters before it, or
    its sentence quotes or reports speech before it (村民说，昨天水管又爆了: a day of
    the speaker's story).  Source: NCFIX35.

    >>> text = "2024年6月3日，区长王明昨天来到甲社区。"
    >>> inner_relative_at(text, _inner_relative().search(text))
    0
    >>> text = "6月3日，村民说，水管昨天爆了。"
    >>> inner_relative_at(text, _inner_relative().search(text)) is None
    True
    """
    sentence = max(text.rfind(c, 0, m.start()) for c in "\n。！？") + 1
    clause = max(sentence, *(text.rfind(c, 0, m.start()) + 1 for c in "，,；;、"))
    if not 0 < m.start() - clause <= INNER_SUBJECT_REACH:
        return None
    if _SPEECH_MARKS.search(text, sentence, m.start()):
        return None
    return sentence


def sentence_dates(text: str, date: dt.date | None, reference: dt.date | None = None) -> list[tuple[int, dt.date]]:
    """(offset, date) of each date that opens a sentence in `text`, in order.
    A month and day without a year take the year of the last full date
    before them, else of `date` (the report's); with neither they are left out.
    Given the `reference` date (reference_date: the text writes no year), the
    first is placed before it (year_before), and a later one that would fall
    before the last date takes the next year when that is no more than
    FUTURE_DAYS after the reference (a round-up across a year end):

    >>> sentence_dates("12月30日，王明来到甲社区。1月2日，陈刚来到乙社区。", None, dt.date(2024, 1, 3))
    [(0, datetime.date(2023, 12, 30)), (15, datetime.date(2024, 1, 2))]

    A word dating relative to the last date (次日, 第二天: the lexicon
    date_relative_days.tsv) gives that date moved by its days.
    A date inside a sentence (自2023年1月1日以来) dates nothing.

    >>> sentence_dates("3月1日，王明来到甲社区。3月20日，陈刚来到乙社区。", dt.date(2024, 3, 1))
    [(0, datetime.date(2024, 3, 1)), (13, datetime.date(2024, 3, 20))]
    >>> sentence_dates("3月1日，王明来到甲社区。次日，陈刚来到乙社区。", dt.date(2024, 3, 1))
    [(0, datetime.date(2024, 3, 1)), (13, datetime.date(2024, 3, 2))]

    A day alone (`4日，`) is a later day of the last date's month and year, when
    it comes after that date's day (else it dates nothing: the month is unsaid):

    >>> sentence_dates("3月1日，王明来到甲社区。4日，陈刚来到乙社区。", dt.date(2024, 3, 1))
    [(0, datetime.date(2024, 3, 1)), (13, datetime.date(2024, 3, 4))]

    After a dispatch dateline (`X月X日电`, with any `（记者…）`) the relative word
    dates the story instead of the dateline:

    >>> sentence_dates("2024年3月10日电 昨天，王明来到甲社区。", None)
    [(0, datetime.date(2024, 3, 9))]

    A day of a week relative to the last date (上周三: date_relative_weeks.tsv,
    date_weekdays.tsv) gives that day; a relative day or a week's day written after
    the sentence's subject (区长王明昨天来到X: `inner_relative_at`) dates its sentence
    as one opening it does (NCFIX35).  With no date before them they date nothing.

    >>> sentence_dates("2024年6月5日\\n上周三，王明来到甲社区。", None)
    [(0, datetime.date(2024, 6, 5)), (10, datetime.date(2024, 5, 29))]
    >>> sentence_dates("2024年6月3日，区长王明昨天来到甲社区。", None)
    [(0, datetime.date(2024, 6, 3)), (0, datetime.date(2024, 6, 2))]
    """
    relative, days = _relative_days()
    week_day, weeks, weekdays = _relative_weeks()
    # each scanned once (a scan of the whole report each, ~45 µs; they were scanned twice)
    relatives, week_days = list(relative.finditer(text)), list(week_day.finditer(text))
    opening = {m.start(1) for m in relatives} | {m.start(1) for m in week_days}
    inner = [m for m in _inner_relative().finditer(text)
             if m.start() not in opening and inner_relative_at(text, m) is not None]
    found_at = sorted([*SENTENCE_DATE.finditer(text), *relatives, *week_days,
                       *DAY_ONLY.finditer(text), *inner], key=lambda m: m.start())
    out = []
    year = date.year if date else None
    last = date
    until = None  # the last day of the range the last full date opened (10月30日至11月2日)
    for m in found_at:
        if m.re is DAY_ONLY:
            if last:
                same_month = _date(str(last.year), str(last.month), m.group(1))
                in_range = until and _date(str(until.year), str(until.month), m.group(1))
                found = next((d for d in (same_month, in_range) if d and d > last and (d is same_month or d <= until)), None)
                if found:
                    out.append((m.start(), found))
                    until = max(until or found, _range_last(text, m, found) or found)
                    last = found
            continue
        if m.re is _inner_relative():
            if last:  # (no date before it: left unset rather than wrong)
                last = _moved(last, m.group(1), m.group(2), m.group(3), days, weeks, weekdays)
                out.append((inner_relative_at(text, m), last))
            continue
        if m.re is relative or m.re is week_day:
            if last:
                last = (last + dt.timedelta(days=days[m.group(1)]) if m.re is relative
                        else _moved(last, None, m.group(1), m.group(2), days, weeks, weekdays))
                if m.group(0)[:1] in "电讯" or text[m.start() - 1 : m.start()] in ("电", "讯"):
                    # a dispatch dateline dates the sending: the story is told from its start
                    out[-1:] = [(out[-1][0] if out else 0, last)]
                else:
                    out.append((m.start(1), last))
            continue
        y, month, day = m.groups()[-3:]
        dateline = m.group("dateline") and _dateline_date(m.group("dateline"))
        if y:
            year, reference = number(y), None  # the text's own year from here on
        elif dateline and (placed := year_before(month, day, dateline)):
            year = placed.year  # the page's dateline before it: its day or a day before
        elif reference and not out and (placed := year_before(month, day, reference)):
            year = placed.year
        if year and (found := _date(str(year), month, day)):
            if not y and last and found < last and (later := _date(str(year + 1), month, day)) and (
                    (until and later <= until)  # a day of a range into the next year (12月30日至1月2日)
                    or (reference and later <= reference + dt.timedelta(days=FUTURE_DAYS))):
                found, year = later, year + 1
            # (a date after a source in its sentence, 本报讯 3月12日，…, dates the sentence from its start)
            out.append((max(text.rfind(c, 0, m.start()) for c in "\n。；！？") + 1, found))
            last, until = found, _range_last(text, m, found)
    return out


def _dateline_date(written: str) -> dt.date | None:
    """The day a bracketed dateline writes (2024年4月15日, 2024-04-15)."""
    m = FULL_DATE.match(written)
    if m:
        return _date(str(number(m.group(1))), m.group(2), m.group(3))
    m = NUMERIC_DATE.match(written)
    return _date(*m.groups()) if m else None


def _moved(last: dt.date, day: str | None, week: str | None, weekday: str | None,
           days: dict[str, int], weeks: dict[str, int], weekdays: dict[str, int]) -> dt.date:
    """`last` moved by the relative day `day` (date_relative_days.tsv: 昨天 -> -1), or
    the day `weekday` of the week `week` relative to `last`'s (上周, 三 -> the
    Wednesday of the week before)."""
    if day:
        return last + dt.timedelta(days=days[day])
    monday = last - dt.timedelta(days=last.weekday())
    return monday + dt.timedelta(days=7 * weeks[week] + weekdays[weekday])


# the end of a date range written after a sentence-opening date (15日至16日, 5月30日至6月2日)
RANGE_END = re.compile(rf"\s*{_TO}\s*(?:{_Y}\s*年\s*)?(?:{_MD}\s*月\s*)?{_MD}\s*日")
# the end of a range written inside the date, before its 日 (15-16日)
_INNER_END = re.compile(rf"{_TO}\s*{_MD}\s*日$")


def _range_last(text: str, m: re.Match, first: dt.date) -> dt.date | None:
    """The last day of the range the date match `m` (dated `first`) opens, or
    None when it opens none.  A last day before the first is of the next
    year when its month is given without a year (12月30日至1月2日); the last
    day's own year is kept (2025年12月30日至2026年1月2日)."""
    inner = _INNER_END.search(m.group(0))
    if inner:
        year, month, day = None, None, inner.group(1)
    elif end := RANGE_END.match(text, m.end()):
        year, month, day = end.groups()
    else:
        return None
    if year and not month:
        return None  # 2025年…至2026年 ends on no day
    last = _date(year or str(first.year), month or str(first.month), day)
    if last and last <= first and month and not year:
        last = _date(str(first.year + 1), month, day)
    return last if last and last > first else None


def range_ends(text: str, dates: list[tuple[int, dt.date]]) -> dict[int, dt.date]:
    """Offset of each sentence-opening date (sentence_dates) that opens a range
    of days -> the range's last day: what the sentence tells happened on one
    of those days, which a later sentence dated within the range may tell.
    The range is written with its own days (15日至16日, 3月30日-4月2日) or
    with one 日 for both (15-16日, 15～16日, 15、16日).

    >>> text = "2025年4月15日至16日，王明到甲镇调研。3月30日-4月2日，陈刚来到乙社区。5月6-7日，陈刚来到丙村。"
    >>> range_ends(text, sentence_dates(text, None))
    {0: datetime.date(2025, 4, 16), 23: datetime.date(2025, 4, 2), 42: datetime.date(2025, 5, 7)}
    """
    out = {}
    for offset, date in dates:
        m = SENTENCE_DATE.match(text, offset) or DAY_ONLY.match(text, offset)
        if m and (last := _range_last(text, m, date)):
            out[offset] = last
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
    doc.ext.sentence_dates = sentence_dates(doc.text.text, doc.ext.date, reference_date(doc.text.text, doc.raw.path.name))
