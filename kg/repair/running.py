"""Running heads and page numbers of a paged copy: layout, not text.

A report copied out of a PDF or a printed bulletin repeats the page's running
head at every page break (`南京市X区人民政府  政务动态`) and leaves the page's
number on a line of its own (`- 2 -`, `第2页`, `2/5`).  Read as text, a running
head in mid-report is a line naming a district between two paragraphs: the
paragraph after it loses its place in the tour (a stop opening it is no longer
the next stop), and a page number is a stray figure.

The rule, from what a running head is (not a list of sites): a line of its own
with no sentence or clause mark (a headline's shape), at least `MIN_HEAD` Han
characters long, written again verbatim later in the same report.  Its first
writing stays (it may be the report's headline, which the extractor reads);
every later one goes, and so does every page-number line.  Session 57, from a
newcomer's PDF copy (a visit lost after a repeated head).
"""

from __future__ import annotations

import re
from collections import Counter

from kg.text import HAN, TrackedText

# a page's number on a line of its own: - 2 -, —2—, 第2页, 第2页/共5页, 2/5
PAGE_NUMBER = re.compile(
    r"(?m)^[ \t\u3000]*(?:[-—–]+[ \t]*\d{1,3}[ \t]*[-—–]+|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*[/／,，]?[ \t]*共[ \t]*\d{1,3}[ \t]*页)?"
    r"|\d{1,3}[ \t]*[/／][ \t]*\d{1,3})[ \t\u3000]*(?:\n|$)"
)
LINE = re.compile(r"(?m)^[^\n]*(?:\n|$)")
# what no running head holds: a sentence's or a clause's mark, a colon (a field label)
MARKED = re.compile(r"[。！？!?，,、；;：:]")
MIN_HEAD = 6  # Han characters: a site's name and a column's (政务动态); shorter lines are labels
HAN_CHAR = re.compile(f"[{HAN}]")


def without_running_heads(text: TrackedText) -> TrackedText:
    """`text` without the later writings of its running heads and without its
    page-number lines (offsets kept: deletions through `TrackedText.sub`).

    >>> t = "X区人民政府  政务动态\\n区长王明来到东湖\\n社区。\\nX区人民政府  政务动态\\n在新华小区，居民反映停车难。\\n- 2 -\\n"
    >>> without_running_heads(TrackedText(t)).text
    'X区人民政府  政务动态\\n区长王明来到东湖\\n社区。\\n在新华小区，居民反映停车难。\\n'
    >>> without_running_heads(TrackedText("问答\\n居民反映停车难。\\n问答\\n")).text  # too short a line
    '问答\\n居民反映停车难。\\n问答\\n'
    """
    counts = Counter(line.strip() for line in text.text.split("\n"))
    heads = {line for line, n in counts.items()
             if n > 1 and line and not MARKED.search(line) and len(HAN_CHAR.findall(line)) >= MIN_HEAD}
    if heads:
        seen: set[str] = set()

        def later(m: re.Match) -> str:
            line = m.group(0).strip()
            if line not in heads:
                return m.group(0)
            if line in seen:
                return ""
            seen.add(line)
            return m.group(0)

        text = text.sub(LINE, later)
    return text.sub(PAGE_NUMBER, "")
