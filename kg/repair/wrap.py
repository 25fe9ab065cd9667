"""Hard-wrapped lines and word-spaced Han text: layout, not text.

A report copied from a PDF, an e-mail or a terminal breaks its sentences at a
fixed width (`区长王明来到东湖` / `街道新华社区，…`); read as lines, no sentence
holds a whole visit.  A report segmented word by word (`区长 王明 来到 东湖街道`)
splits names and places.  Both are joined back here; every kept character keeps
its offset in the original (deletions through `TrackedText.sub`).

How a wrapped line is told from a line of its own (the rule, not a list):
a paragraph of a plain report ends with sentence-final punctuation (。！？…
and closing quotes), a headline is a short line without punctuation, and a
list of page links opens with its marker (`kg.repair.page`).  A line break is
a wrap when the line ends mid-sentence (a Han character or a clause mark
，、；：), the next line goes on in Han text and does not open a page link,
and the line is as wide as the report's wrapped lines: at least
`NARROWEST` of the widest such line (a headline is shorter), and nearly that
wide (`FULL`) when it has no punctuation at all.  A report is hard-wrapped
only with `MIN_WRAPS` such breaks or more whose lines are at most
`WIDEST` characters (paragraphs of plain reports are longer lines); a run
of wrapped lines is joined only when its last line ends a sentence
(`PARAGRAPH_END`: a menu, a breadcrumb and a headline above a byline do
not), and never across a blank line (a paragraph ends there).
"""

from __future__ import annotations

import re

from kg.repair.page import opens_page_link
from kg.text import HAN, TrackedText

MID_SENTENCE = re.compile(f"[{HAN}，、；：,;:]$")
STARTS_HAN = re.compile(f"[{HAN}]")
PUNCTUATION = re.compile("[，、；：。！？,;:!?]")
NARROWEST = 0.6  # of the widest wrapped line: the last line of a wrapped run is shorter, a headline much shorter
FULL = 0.9  # a wrapped line without punctuation fills the width
WIDEST = 120  # characters: a longer line is a plain paragraph, not a wrapped one
MIN_WRAPS = 2  # one mid-sentence break may be a headline above its body
# the end of a paragraph of a plain report: a sentence-final mark, maybe in closing quotes or brackets
PARAGRAPH_END = re.compile("[。！？!?…][”’」』）)]*[ \t]*$")
# a single space between Han characters, in a paragraph holding several: word-spaced text
# (and a space beside the sentence's own punctuation: 王明 、 李强)
HAN_SPACE = re.compile(f"(?<=[{HAN}，、；：。！？]) (?=[{HAN}，、；：。！？])")
MIN_SPACES = 2  # one space between Han words may separate a headline's two parts


def join_wrapped_lines(text: TrackedText) -> TrackedText:
    """Delete the line breaks of a hard-wrapped report where a sentence goes on.

    Lines of `text.text` as read (blank lines still in); returns `text` itself
    when the report is not hard-wrapped.  Raises nothing.

    >>> join_wrapped_lines(TrackedText("2024年5月1日，区长王明来到东湖\\n街道新华社区，居民反映小区\\n停车难。")).text
    '2024年5月1日，区长王明来到东湖街道新华社区，居民反映小区停车难。'
    >>> join_wrapped_lines(TrackedText("区长走访东湖街道\\n区长王明来到东湖街道。")).text
    '区长走访东湖街道\\n区长王明来到东湖街道。'
    """
    source = text.text
    if "\n" not in source:
        return text
    breaks = []  # (offset of the "\n", the line before it)
    at = 0
    for line in source.split("\n")[:-1]:
        nl = at + len(line)
        body = line.rstrip(" \t")
        if MID_SENTENCE.search(body) and STARTS_HAN.match(source, nl + 1) and not opens_page_link(source, nl + 1):
            breaks.append((nl, body))
        at = nl + 1
    if len(breaks) < MIN_WRAPS:
        return text
    width = max(len(body) for _, body in breaks)
    if width > WIDEST:
        return text
    wraps = {
        nl for nl, body in breaks
        if len(body) >= NARROWEST * width and (PUNCTUATION.search(body) or len(body) >= FULL * width)
    }
    joined = set()
    for nl in sorted(wraps):
        # a run of wrapped lines is a paragraph: it ends where a sentence does (page chrome does not)
        end = nl + 1
        run = [nl]
        while (after := source.find("\n", end)) in wraps:
            run.append(after)
            end = after + 1
        if after < 0:
            after = len(source)
        if PARAGRAPH_END.search(source, end, after):
            joined.update(run)
    if len(joined) < MIN_WRAPS:
        return text
    return text.sub(re.compile(r"[ \t]*\n"), lambda m: "" if m.end() - 1 in joined else m.group(0))


def join_spaced_han(text: TrackedText) -> TrackedText:
    """Delete single spaces between Han characters in a line holding at least
    `MIN_SPACES` of them that ends a sentence (a paragraph segmented word by
    word; a menu line `打印本页 关闭窗口` does not end one); spaces beside Latin
    letters or digits stay (`Wi-Fi 信号`, `5 号楼`).

    >>> join_spaced_han(TrackedText("区长 王明 来到 东湖街道。")).text
    '区长王明来到东湖街道。'
    >>> join_spaced_han(TrackedText("东湖街道 居民反映停车难")).text
    '东湖街道 居民反映停车难'
    """
    source = text.text
    if not HAN_SPACE.search(source):  # the common case: one scan, nothing to do
        return text
    spaced = []  # (start, end) of the lines whose spaces go
    at = 0
    for line in source.split("\n"):
        if len(HAN_SPACE.findall(line)) >= MIN_SPACES and PARAGRAPH_END.search(line):
            spaced.append((at, at + len(line)))
        at += len(line) + 1
    if not spaced:
        return text
    return text.sub(HAN_SPACE, lambda m: "" if any(a <= m.start() < b for a, b in spaced) else m.group(0))
