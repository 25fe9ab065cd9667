"""The stories of a list page: each dated by its own dateline.

A page listing news (a site's column page, a text saved from one) holds
several stories, each a headline, a dateline and its text:

    区长韩立新到竹溪社区调研
    发布时间：2024-05-06
    区长韩立新来到松林街道竹溪社区，……
    副区长周远帆走访青禾村
    发布时间：2024-06-12
    副区长周远帆来到青禾镇青禾村，……

The report's date is the first story's; without this step every later story
whose text opens with no date of its own (or whose headline comes before its
date) is dated with it.  A story opens at a headline line (Chinese words, no
sentence end: `。！？；`, no clause end: `，：`) followed by a dateline: a line
of its own holding a date with a year (`2024-06-12`, `2024年6月12日`, `发布时间：…`)
or a sentence opening with one (`2024年6月12日，…`).  Each story after the
first is dated as a report is (`kg.extract.dates.report_date` over the
story's text: its first full date, else a month and day with the story's
year, else its dateline), and that date goes into the sentence dates at the
headline, so the story's visits from its headline on carry it; dates opening
sentences inside the story still date what follows them.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.dates import FULL_DATE, MONTH_DAY, NUMERIC_DATE, report_date
from kg.pipeline import Doc, component, set_extension
from kg.text import HAN

MAX_HEADLINE = 40  # characters: a headline is a line, never a paragraph
MAX_DATELINE = 60  # a dateline with its source and author (发布时间：… 来源：… 作者：…)
_HEADLINE = re.compile(rf"[^\n。！？；，：,;:!?]*[{HAN}][^\n。！？；，：,;:!?]*")
_SENTENCE_END = re.compile(r"[。！？；!?]")
_OPENS_WITH_DATE = re.compile(rf"[ \t\u3000【\[（(]*{FULL_DATE.pattern}")
_OPENS_WITH_MONTH_DAY = re.compile(rf"[ \t\u3000【\[（(]*{MONTH_DAY.pattern}")


def story_starts(text: str) -> list[int]:
    """The offsets in `text` (one line per paragraph) of the headlines that
    open a story after the first (the module doc tells what opens one).

    >>> story_starts("甲到A社区调研\\n2024-05-06\\n甲来到A社区。\\n乙走访B村\\n2024-06-12\\n乙来到B村。")
    [27]
    >>> story_starts("区长王明走访东湖街道\\n2024年5月6日，王明来到东湖街道。\\n3月7日，王明来到西湖街道。")
    []
    """
    lines = text.split("\n")
    starts, at = [], 0
    offsets = []
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    for i in range(len(lines) - 1):
        if _is_headline(lines[i]) and (_is_dateline(lines[i + 1]) or _is_dated_lede(lines[i], lines[i + 1])):
            starts.append(offsets[i])
    return starts[1:] if starts and starts[0] == _first_content(text) else starts


def _first_content(text: str) -> int:
    return len(text) - len(text.lstrip())


def _is_headline(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= MAX_HEADLINE and _HEADLINE.fullmatch(line) is not None


def _is_dateline(line: str) -> bool:
    line = line.strip()
    if _OPENS_WITH_DATE.match(line):
        return True
    return len(line) <= MAX_DATELINE and not _SENTENCE_END.search(line) and (
        FULL_DATE.search(line) is not None or NUMERIC_DATE.search(line) is not None)


SHARED_WITH_LEDE = 3  # Han characters: a name (房建国) or a place's (东关社区) the headline repeats


def _is_dated_lede(headline: str, line: str) -> bool:
    """Does `line` open with a month and day (no year: `9月5日，县长…`) and
    repeat a run of SHARED_WITH_LEDE Han characters of `headline` before it?
    A story's lede tells what its headline names (the official, the place);
    a section heading (`二、走访情况`) names nothing its paragraph repeats.

    >>> _is_dated_lede("县长甲乙丙走访东关社区", "9月5日，县长甲乙丙来到东关社区。")
    True
    >>> _is_dated_lede("二、基本情况", "9月5日，县长甲乙丙来到东关社区。")
    False
    """
    line = line.strip()
    opening = _OPENS_WITH_MONTH_DAY.match(line)
    if not opening:
        return False
    rest = line[opening.end():]
    runs = re.findall(rf"[{HAN}]{{{SHARED_WITH_LEDE},}}", headline)
    return any(run[i:i + SHARED_WITH_LEDE] in rest for run in runs for i in range(len(run) - SHARED_WITH_LEDE + 1))


def story_dates(text: str) -> list[tuple[int, dt.date]]:
    """(offset of its headline, its date) of each story after the first that
    gives a date (see the module doc).

    >>> story_dates("甲到A社区调研\\n2024-05-06\\n甲来到A社区。\\n乙走访B村\\n2024-06-12\\n乙来到B村。")
    [(27, datetime.date(2024, 6, 12))]
    """
    starts = story_starts(text)
    out = []
    for start, end in zip(starts, [*starts[1:], len(text)]):
        if (date := report_date(text[start:end])) is not None:
            out.append((start, date))
    return out


# the offsets of the headlines opening each story after the first, in text order
set_extension("story_starts", list)


@component("stories", requires=("text", "sentence_dates"), assigns=("sentence_dates", "story_starts"))
def stories_component(doc: Doc) -> None:
    """Record where each later story opens (`doc.ext.story_starts`: a story is a
    report of its own, kg.extract.visits carries no one across) and add each
    later story's date at its headline to `doc.ext.sentence_dates` (kept in text
    order; a sentence date at the same offset stays, as it is the story's own)."""
    doc.ext.story_starts = story_starts(doc.text.text)
    found = story_dates(doc.text.text)
    if not found:
        return
    taken = {offset for offset, _ in doc.ext.sentence_dates}
    merged = doc.ext.sentence_dates + [(o, d) for o, d in found if o not in taken]
    doc.ext.sentence_dates = sorted(merged, key=lambda entry: entry[0])
