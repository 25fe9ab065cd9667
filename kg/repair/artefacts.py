"""Layout artefacts: `??` where indentation was lost, invisible and control characters, odd spaces."""

from __future__ import annotations

import re

from kg.repair.running import without_running_heads
from kg.repair.wrap import CELL_MARK, join_spaced_han, join_wrapped_lines
from kg.text import TrackedText

# `??` (or full-width `？？`) where a mis-encoded ideographic indent was;
# real questions end a clause, these start a line.
LOST_INDENT = re.compile(r"(?m)^[ \t\u3000]*(?:[?？]{2,}[ \t\u3000]*)+")
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]")
LINE_ENDS = re.compile(r"\r\n?")
# Characters that end a line in other programs: Word's manual line break
# (U+000B) and page break (U+000C), NEL (U+0085), and Unicode's line and
# paragraph separators.  They become the line break they stand for.
LINE_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")
# Every other control character (C0 but tab and newline, DEL, C1) is noise
# from a conversion, not text, and XML 1.0 cannot even hold most of them.
CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
INLINE_SPACE = re.compile(r"[ \t\u3000\u00a0]+")
# a table's cells apart on a line: ideographic spaces, tabs, or two spaces or more
TABLE_GAP = re.compile(r"(?<=[^ \t\u3000\n])(?:\u3000+|\t+| {2,})(?=[^ \t\u3000\n])")
TABLE_NUMBER = re.compile(r"[ \t\u3000]*[（(]?\d{1,2}[)）.．、]?(?:\u3000|\t| {2})")
TABLE_MIN_CELLS = 3  # 序号　问题　责任单位: a row of two is a label and its value (编辑：甲　审核：乙 has no number)
TABLE_MIN_ROWS = 2  # numbered rows after the header
# CELL_MARK (kg.repair.wrap): a cell gap kept through the space repairs (control characters went before)
BLANK_LINES = re.compile(r"\n{2,}")


def strip_artefacts(text: TrackedText, wrapped: bool = True) -> TrackedText:
    """`text` without layout artefacts (lost indents, invisible and control characters,
    odd spaces, running heads); hard-wrapped lines joined where a sentence goes on
    (`wrap.join_wrapped_lines`) unless `wrapped` is False: an HTML page's lines are its
    blocks (`kg.read.html_to_text`), each ending where the page ends it, never a
    program's fixed-width wrap (a list item, <li>电动车充电桩太少，有人飞线充电</li>, is
    no sentence going on into the paragraph after it; session 59, a newcomer's page)."""
    text = text.sub(LINE_ENDS, "\n")
    text = text.sub(LINE_BREAKS, "\n")
    text = text.sub(CONTROLS, "")
    text = text.sub(INVISIBLE, "")
    text = text.sub(LOST_INDENT, "")
    # before the wrapped lines are joined: a running head between two pages is no line of the text
    text = without_running_heads(text)
    table = table_lines(text.text)
    if table:
        text = text.sub(TABLE_GAP, lambda m: CELL_MARK if any(a <= m.start() < b for a, b in table) else m.group(0))
    text = text.sub(INLINE_SPACE, _space)
    # before blank lines go: a wrapped sentence never goes on across one
    text = join_spaced_han(join_wrapped_lines(text) if wrapped else text)
    if table:
        text = text.sub(re.compile(CELL_MARK), "\t")
    return text.sub(BLANK_LINES, "\n")


def table_lines(text: str) -> list[tuple[int, int]]:
    r"""(start, end) of the lines of the tables in `text`: a run of lines (blank lines
    between them allowed) each of `TABLE_MIN_CELLS` cells or more apart by ideographic
    spaces, tabs or two spaces (`TABLE_GAP`), `TABLE_MIN_ROWS` or more of them opening
    with a number (序号　问题　责任单位 / 1　路灯损坏　城建办 / 2　…).  Their gaps become
    one tab each where every other inline space goes (the cells would run together:
    1路灯损坏城建办), so that the issue reader finds the columns
    (`issue_content.ContentReader.table_items`).  Source: FAULTS37_p116.

    >>> len(table_lines("公示如下：\n序号\u3000问题\u3000单位\n1\u3000路灯坏\u3000城建办\n2\u3000积水\u3000城建办\n"))
    3
    >>> table_lines("编辑：甲\u3000\u3000审核：乙\u3000\u3000来源：丙\n")
    []
    >>> len(table_lines("问题如下表：\n村\u3000反映问题\n甲村\u3000路灯坏\n乙村\u3000积水\n"))
    3
    """
    if "\u3000" not in text and "\t" not in text and "  " not in text:
        return []  # the common case: one scan
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    widths: list[int] = []
    numbered = 0
    at = 0
    intro = False  # the line before the run ends in a colon (如下表：)
    last = ""
    for line in text.split("\n") + [""]:
        span = (at, at + len(line))
        at += len(line) + 1
        bare = line.strip(" \t\u3000")
        if not bare:
            continue  # a blank line inside the table
        cells = len(TABLE_GAP.findall(bare)) + 1
        if run and cells != widths[-1] and min(cells, widths[-1]) < TABLE_MIN_CELLS:
            # (a row of another width after a table of two columns, or a pair after a wide table: the run ends)
            if _is_table(run, widths, numbered, intro):
                out += run
            run, widths, numbered = [], [], 0
        if cells >= TABLE_MIN_CELLS or cells >= 2 and (run or last.endswith(("：", ":"))):
            intro = intro if run else last.endswith(("：", ":"))
            run.append(span)
            widths.append(cells)
            numbered += bool(TABLE_NUMBER.match(line))
            last = bare
            continue
        if _is_table(run, widths, numbered, intro):
            out += run
        run, widths, numbered, last = [], [], 0, bare
    if _is_table(run, widths, numbered, intro):
        out += run
    return out


def _is_table(run: list, widths: list[int], numbered: int, intro: bool) -> bool:
    """Is a run of lines of cells a table: `TABLE_MIN_ROWS` numbered rows of
    `TABLE_MIN_CELLS` cells or more, or, announced by a line ending in a colon
    (村民反映的主要问题如下表：), a header and `TABLE_MIN_ROWS` rows or more of one
    width (two cells: 村　反映问题 / 李家庄村　卫生室缺医生, an HTML table's rows as
    `kg.read` writes them)?  A label and its value (编辑：甲　审核：乙) is one line, no run.

    >>> _is_table([(0, 1)] * 3, [2, 2, 2], 0, True), _is_table([(0, 1)] * 3, [2, 2, 2], 0, False)
    (True, False)
    """
    if numbered >= TABLE_MIN_ROWS and min(widths, default=0) >= TABLE_MIN_CELLS:
        return True
    return intro and len(run) > TABLE_MIN_ROWS and len(set(widths)) == 1


def _space(m) -> str:
    # spaces between Chinese characters are layout, between Latin words they are text
    return " " if m.group(0).strip(" \t") == "" and "\u3000" not in m.group(0) else ""
