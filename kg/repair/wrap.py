"""Hard-wrapped lines and word-spaced Han text: layout, not text.

A report copied from a PDF, an e-mail or a terminal breaks its sentences at a
fixed width (`区长王明来到东湖` / `街道新华社区，…`); read as lines, no sentence
holds a whole visit.  A report segmented word by word (`区长 王明 来到 东湖街道`)
splits names and places.  Both are joined back here; every kept character keeps
its offset in the original (deletions through `TrackedText.sub`).

How a wrapped line is told from a line of its own (the rule, not a list):
a paragraph of a plain report ends with sentence-final punctuation (。！？…
and closing quotes), a headline is a short line without punctuation, and a
list of page links opens with its marker (`kg.repair.page`), a publication
line holds a date written with separators (`发布时间：2024-05-06 来源：…`).  A line break is
a wrap when the line ends mid-sentence (a Han character, a digit or a
clause mark ，、；：), the next line goes on in Han text or with a mark no line of Chinese
text starts with (，。、；：！？ and closing brackets and quotes: the
typesetting rule a plain fixed-width wrap ignores, `停车难\n。`), after the
same indent as the line (a uniformly indented block; a deeper indent opens a
paragraph), does not open a page link, and the line is as wide as the
report's wrapped lines, counted as the wrapping program counted them:
in characters (Python's textwrap) or in display columns (terminals, fmt,
mail programs: a Han character or full-width mark two, a digit or Latin
letter one, so a line with a date in it is as wide as one without): at least
`NARROWEST` of the widest such line (a headline is shorter), and nearly that
wide (`FULL`) when it has no punctuation at all.  A report is hard-wrapped
only with `MIN_WRAPS` such breaks or more (or one, when its line ends a
clause or a sentence inside it and stops mid-word or after a comma, `ALONE`,
as no headline does) whose
lines are at most `WIDEST` characters (paragraphs of plain reports are longer lines); a run
of wrapped lines is joined only when its last line ends a sentence
(`PARAGRAPH_END`: a menu, a breadcrumb and a headline above a byline do
not), and never across a blank line (a paragraph ends there).
"""

from __future__ import annotations

import re
from functools import cache
from unicodedata import east_asian_width

from kg.repair.page import opens_page_link
from kg.text import HAN, TrackedText

# the mark `kg.repair.artefacts` puts in a table's cell gaps before the joins: a table's rows,
# and the line announcing one, never go on from line to line (村　反映问题 / 李家庄村　…)
CELL_MARK = "\x1f"

# a line ending in a Han character, a clause mark or a digit (any width:
# `在6\n月底前`, `3\n号楼`) stops mid-sentence
MID_SENTENCE = re.compile(rf"[{HAN}\d，、；：,;:]$")
# how the next line goes on: its indent, then Han text or a mark no line starts with
GOES_ON = re.compile(f"([ \t]*)(?:[{HAN}]|[，。、；：！？）」』”’》〉】,;:!?)])")
PUNCTUATION = re.compile("[，、；：。！？,;:!?]")
# a line opened by a section number and holding no clause or sentence mark is a
# heading of its own (`（一）互助村` / `二、双河村` above their paragraphs), however
# wide the report's other lines: no wrapping program leaves only a number and a name on a line
NUMBERED_HEADING = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十\d]{1,3}站[：:]?)"
    r"[^，、；。！？,;!?]*$"
)
# a line opened by a short field label and its colon (时间：, 地点：, 来访人：, 反映问题：):
# when the next line opens with one too, the two are fields of a record (a duty or
# reception record, a form), each a line of its own however wide; no wrapping
# program starts two running lines with a label and a colon (session 33, FAULTS33_p99)
FIELD_LINE = re.compile(rf"[ \t\u3000]*[{HAN}]{{2,6}}[：:]")
NARROWEST = 0.6  # of the widest wrapped line: the last line of a wrapped run is shorter, a headline much shorter
FULL = 0.9  # a wrapped line without punctuation fills the width
WIDEST = 120  # characters: a longer line is a plain paragraph, not a wrapped one
MIN_WRAPS = 2  # one mid-sentence break may be a headline above its body
# ... but not when its line ends one sentence or clause inside it and stops in
# the middle of a word or after a comma: no headline does (a line ending with
# ； or ： is an item of a list or opens one, and stays a line)
# a line ending in a colon may open a list of short unpunctuated items (`_list_item`)
LIST_OPENER = re.compile("[：:]$")
ALONE = re.compile(f"[，、；。！？,;!?].*(?:[{HAN}]|[，、,])$")
# the end of a paragraph of a plain report: a sentence-final mark, maybe in closing quotes or brackets
PARAGRAPH_END = re.compile("[。！？!?…][”’」』）)]*[ \t]*$")
# a single space between Han characters, in a paragraph holding several: word-spaced text
# (and a space beside the sentence's own punctuation: 王明 、 李强)
HAN_SPACE = re.compile(f"(?<=[{HAN}，、；：。！？]) (?=[{HAN}，、；：。！？])")
MIN_SPACES = 2  # one space between Han words may separate a headline's two parts
# a date written with separators (2024-05-06, 2024/5/6): a page's publication
# line (发布时间：2024-05-06 来源：…), never prose, which writes 2024年5月6日
PUBLICATION_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}[-/.－／](?:0?[1-9]|1[0-2])[-/.－／](?:0?[1-9]|[12]\d|3[01])(?!\d)")


def _list_item(line: str, widths: list[int]) -> bool:
    """Is `line` (after a line ending in a colon) a list's item rather than the rest of a
    wrapped sentence: no clause or sentence mark in it, and narrower than `NARROWEST` of
    the report's widest wrapped line in both counts (`widths`: characters, columns)?  A
    fixed-width wrap fills the line after a colon as it fills any other (session 59,
    list59: `反映了以下问题：` over one short line per problem, a page's list copied as text).

    >>> _list_item("小区路灯不亮", [40, 80]), _list_item("小区路灯不亮，晚上", [40, 80])
    (True, False)
    """
    content = line.strip(" \t\u3000")
    return bool(content) and not PUNCTUATION.search(content) and all(
        w < NARROWEST * widths[i] for i, w in enumerate((len(content), columns(content))))


def _next_line(source: str, nl: int) -> str:
    """The line after the line break at offset `nl` of `source`."""
    end = source.find("\n", nl + 1)
    return source[nl + 1:] if end < 0 else source[nl + 1:end]


def join_wrapped_lines(text: TrackedText) -> TrackedText:
    """Delete the line breaks of a hard-wrapped report where a sentence goes on.

    Lines of `text.text` as read (blank lines still in); returns `text` itself
    when the report is not hard-wrapped.  Raises nothing.

    >>> join_wrapped_lines(TrackedText("2024年5月1日，区长王明来到东湖\\n街道新华社区，居民反映小区\\n停车难。")).text
    '2024年5月1日，区长王明来到东湖街道新华社区，居民反映小区停车难。'
    >>> join_wrapped_lines(TrackedText("区长走访东湖街道\\n区长王明来到东湖街道。")).text
    '区长走访东湖街道\\n区长王明来到东湖街道。'
    >>> join_wrapped_lines(TrackedText("（一）互助村\\n村民反映水管漏水。\\n（二）双河村\\n村民反映路灯坏了。")).text
    '（一）互助村\\n村民反映水管漏水。\\n（二）双河村\\n村民反映路灯坏了。'
    >>> join_wrapped_lines(TrackedText("时间：5月6日上午\\n地点：新华社区\\n来访人：居民张某\\n反映问题：路灯不亮。")).text
    '时间：5月6日上午\\n地点：新华社区\\n来访人：居民张某\\n反映问题：路灯不亮。'
    """
    source = text.text
    if "\n" not in source:
        return text
    breaks = []  # (offset of the "\n", the line before it, its width in characters and in columns, where it starts)
    at = 0
    for line in source.split("\n")[:-1]:
        nl = at + len(line)
        body = line.rstrip(" \t")
        if (MID_SENTENCE.search(body) and (on := GOES_ON.match(source, nl + 1))
                and on.group(1) in ("", line[:len(line) - len(line.lstrip(" \t"))])
                and not opens_page_link(source, nl + 1) and not PUBLICATION_DATE.search(body)
                and not NUMBERED_HEADING.match(body)
                and not (FIELD_LINE.match(body) and FIELD_LINE.match(source, nl + 1))
                and CELL_MARK not in body and CELL_MARK not in _next_line(source, nl)):
            content = body.lstrip(" \t")
            breaks.append((nl, body, (len(content), columns(content)), at))
        at = nl + 1
    if len(breaks) < MIN_WRAPS and not any(ALONE.search(body) for _, body, _, _ in breaks):
        return text
    # the widest such line, counted as each kind of wrapping program counts
    widths = [max(size[i] for _, _, size, _ in breaks) for i in (0, 1)]
    if widths[0] > WIDEST:
        return text
    wraps = set()
    for nl, body, size, start in breaks:
        if LIST_OPENER.search(body) and _list_item(_next_line(source, nl), widths):
            continue  # a colon opening a list: its items are lines of their own
        # a line going on from a wrapped one is no headline (a headline never starts
        # mid-sentence), and stopping mid-sentence it ends no paragraph either: it
        # needs no punctuation and no width (a ragged hand wrap,
        # `…区委书记\n陈振华来到东柳街道\n华光社区，…`)
        if start - 1 in wraps or any(
                size[i] >= NARROWEST * widths[i] and (PUNCTUATION.search(body) or size[i] >= FULL * widths[i])
                for i in (0, 1)):
            wraps.add(nl)
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
    if len(joined) < MIN_WRAPS and not any(ALONE.search(body) for nl, body, _, _ in breaks if nl in joined):
        return text
    # the next line's indent goes with the break: the block's layout, not the sentence's
    return text.sub(re.compile(r"[ \t]*\n[ \t]*"), lambda m: "" if m.start() + m.group(0).index("\n") in joined else m.group(0))


def columns(line: str) -> int:
    """The display width of `line`: two columns for a wide or full-width
    character (Unicode East Asian Width W or F: Han, full-width marks), one
    for the rest, as terminals and fixed-width wrapping programs count.
    Example: `columns("2024年5月1日")` -> 12."""
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in line)


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


def join_padded_names(text: TrackedText) -> TrackedText:
    """Delete the ASCII space padding a two-character name to three characters' width
    (区长李 明, 李 明区长): a one-character surname (`surnames.txt`) and one given-name
    character, the name written right after a post title (`post_titles.txt`) or right
    before one.  A full-width space (李　明) is layout and goes in `strip_artefacts`
    already.  Not where the given-name character opens a time word with what follows
    (`date_relative_days.tsv`, `post_time_words.txt`, `scene_time_words.txt`,
    `issue_plan_times.txt`: 区长李 今年 is no 李今) or where the analyser reads the
    character after the space as opening a time or function word (`given_name_alone`:
    区长李 明天来到, 李 也来到: the space is a word boundary), nor where a second Han character
    goes on after a space (a line spaced word by word is `join_spaced_han`'s).
    Source: session 58, nc58 (a newcomer's 区长李 明来到… gave no official).

    >>> join_padded_names(TrackedText("区长李 明来到东湖社区")).text
    '区长李明来到东湖社区'
    >>> join_padded_names(TrackedText("李 明区长来到东湖社区")).text
    '李明区长来到东湖社区'
    >>> join_padded_names(TrackedText("区长李 今年来过")).text, join_padded_names(TrackedText("东湖 社区")).text
    ('区长李 今年来过', '东湖 社区')
    >>> join_padded_names(TrackedText("区长李 明天来到")).text, join_padded_names(TrackedText("区长李 也来到")).text
    ('区长李 明天来到', '区长李 也来到')
    """
    source = text.text
    if " " not in source:
        return text
    surnames, titles, times = _padding_words()

    def keep(m: re.Match) -> str:
        at = m.start()
        if source[at - 1] not in surnames or any(source.startswith(w, m.end()) for w in times):
            return m.group(0)
        before = source[max(0, at - 1 - MAX_TITLE) : at - 1]
        if not (any(before.endswith(t) for t in titles) or any(source.startswith(t, m.end() + 1) for t in titles)):
            return m.group(0)
        return "" if given_name_alone(source[m.end() : m.end() + GIVEN_WINDOW]) else m.group(0)

    return text.sub(PADDING, keep)


def given_name_alone(rest: str) -> bool:
    """May the first character of `rest` (the text after a padding space) be a given
    name's?  Not when the analyser reads it as opening a time or function word
    (`NOT_GIVEN_TAGS`: 明天/TIME, 也/d, 一行/m) or a longer adjective or adverb (明确/ad);
    a verb, noun or place it may open is the analyser's misreading of a name's
    character (平察/v in 平察看, 明区/LOC in 明区长).

    >>> given_name_alone("明来到东湖"), given_name_alone("明天来到"), given_name_alone("明确指出")
    (True, False, False)
    """
    from kg.analyse import tag_text

    tags = tag_text(rest)
    if not tags:
        return False
    word, tag = tags[0]
    return tag not in NOT_GIVEN_TAGS and not (len(word) > 1 and tag in ("a", "ad", "an"))


# analyser tags a given name's character never opens: time, adverb, preposition,
# conjunction, particle, pronoun, numeral, measure word, punctuation
NOT_GIVEN_TAGS = frozenset({"TIME", "t", "d", "p", "c", "u", "xc", "r", "m", "q", "w", "f"})
GIVEN_WINDOW = 6  # characters analysed after the padding space


# a single ASCII space between two Han characters, the second not followed by another spaced one
PADDING = re.compile(f"(?<=[{HAN}]) (?=[{HAN}](?! [{HAN}]))")
MAX_TITLE = 6  # the longest post title read before a padded name (常务副区长)


@cache
def _padding_words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    from kg.resources import lexicon, lexicon_table

    def split(name: str) -> list[str]:
        return [w for line in lexicon(name) for w in line.split()]

    surnames = frozenset(w for w in split("surnames.txt") if len(w) == 1)
    titles = tuple(sorted(split("post_titles.txt"), key=len, reverse=True))
    times = tuple(w for w in (*(row[0] for row in lexicon_table("date_relative_days.tsv")), *split("post_time_words.txt"),
                              *split("scene_time_words.txt"), *split("issue_plan_times.txt")) if len(w) >= 2)
    return surnames, titles, times
