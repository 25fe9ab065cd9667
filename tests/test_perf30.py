"""Session 30's throughput work: what a report's reading must not redo.

The patterns made from the lexicons are built once a process (kg.extract.lexicons
and its `@cache`d builders); a builder left uncached rebuilt a lexicon's whole
alternation at every call, ~1/5 of extraction's CPU (docs/performance.md,
"Session 30").  These tests read invented reports with the real pipeline and
count, with a profile hook, the calls of the builders' costly steps while a
report is read after the patterns were first built.  Every fixture is invented."""

from __future__ import annotations

import re
import sys
from re import _parser

import pytest

from kg.extract import lexicons
from kg.extract.last_match import LastMatch
from tests.extraction import facts_of, issues, posts

# each shape is read twice, with other names: the first reading builds what the shape
# needs, the second must build nothing again
SHAPES = [
    "2025年3月4日，常务副区长{name}来到东湖街道{place}社区，走访困难家庭。\n"
    "在社区召开的座谈会上，居民代表反映，小区停车难，但车位一直没有增加。\n",
    "2025年5月6日，副镇长{name}来到石门镇{place}村，察看防汛准备。\n"
    "在村里召开的座谈会上，村民反映，道路积水严重，却一直没有人修。\n",
    "2025年7月8日，区委常委、副区长{name}带队来到南湖街道{place}社区。\n"
    "在社区召开的恳谈会上，居民代表提出，老旧电梯故障频繁，但维修资金不足。\n",
    "2025年9月10日，县长{name}在{place}镇主持召开座谈会，专职副主席鲁青陪同。\n"
    "与会村民反映，农村供水管网老化，可是改造迟迟没有开始。\n",
]
FIRST, SECOND = ("郑立行", "青枫"), ("韩秋实", "柳岸")


def _calls_while_reading(text: str, *functions) -> dict[str, int]:
    """How often each of `functions` ran while the pipeline read `text`."""
    codes = {f.__code__: f.__qualname__ for f in functions}
    counts = dict.fromkeys(codes.values(), 0)

    def hook(frame, event, arg):
        if event == "call" and frame.f_code in codes:
            counts[codes[frame.f_code]] += 1

    sys.setprofile(hook)
    try:
        facts_of(text)
    finally:
        sys.setprofile(None)
    return counts


@pytest.mark.fast
@pytest.mark.parametrize("shape", SHAPES)
def test_reading_a_report_builds_no_lexicon_pattern_again(shape):
    name, place = FIRST
    first = facts_of(shape.format(name=name, place=place))
    assert posts(first)[name] and issues(first)  # the shape reaches the posts' and issues' rules
    name, place = SECOND
    counts = _calls_while_reading(shape.format(name=name, place=place), lexicons.alternation, _parser.parse)
    assert counts == {"alternation": 0, "parse": 0}


@pytest.mark.fast
@pytest.mark.parametrize(
    "pattern, text, end",
    [
        ("在(.{2,4}?)召开", "在甲村召开会。又在乙镇召开会。", 16),
        ("在(.{2,4}?)召开", "在甲村召开会。又在乙镇召开会。", 9),
        ("在.+?召开", "在甲村召开会。又在乙镇召开会。", 16),  # unbounded: scanned from the start
        ("召开(?=会)", "在甲村召开会。", 7),  # looks past its end
    ],
)
def test_last_match_with_its_width_built_once_is_the_scan_from_the_start(pattern, text, end):
    rx = re.compile(pattern)
    first, again = LastMatch(rx, text), LastMatch(rx, text)
    expected = None
    for expected in rx.finditer(text, 0, end):
        pass
    for held in (first, again):
        got = held.before(end)
        assert (got.span() if got else None) == (expected.span() if expected else None)
