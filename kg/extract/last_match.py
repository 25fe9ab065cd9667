"""The last match of a pattern before a position, from one scan of the text.

`held_venue` asks, for each raising act of a report, for the latest
`在V召开…会` before it: scanning the report from its start at each act made a
long report's time grow with the square of its length (issue 10).  A pattern
of bounded width is scanned once; a question about the text before `end`
rescans only the last width characters before `end`, whose matches may differ
from the whole text's (a match the text's end would have cut short).
"""
from __future__ import annotations

import bisect
import re
from functools import cache
from re import _parser  # the stdlib's own pattern parser: a pattern's width

_LOOKS_AHEAD = ("(?=", "(?!")


class LastMatch:
    """The matches of `pattern` in `text`, for `before(end)` questions.

    Shape: one object per (pattern, report text).  Raises nothing; a pattern
    whose matches may be empty, unbounded or look past their end is scanned
    from the start at each question, as before.

    >>> held = LastMatch(re.compile("在(.{2,4}?)召开"), "在甲村召开会。又在乙镇召开会。")
    >>> held.before(16).group(1), held.before(10).group(1), held.before(4)
    ('乙镇', '甲村', None)
    """

    def __init__(self, pattern: re.Pattern, text: str):
        self.pattern, self.text = pattern, text
        self.width = _width(pattern.pattern, pattern.flags)
        self.matches = list(pattern.finditer(text)) if self.width is not None else []
        self.starts = [m.start() for m in self.matches]

    def before(self, end: int) -> re.Match | None:
        """The last match of `pattern.finditer(text, 0, end)`, or None."""
        last = None
        if self.width is None:
            for last in self.pattern.finditer(self.text, 0, end):
                pass
            return last
        # an attempt starting before `safe` reads no character from `end` on: the scans agree there
        safe = max(0, end - self.width)
        i = bisect.bisect_left(self.starts, safe)
        last = self.matches[i - 1] if i else None
        for last in self.pattern.finditer(self.text, max(safe, last.end() if last else 0), end):
            pass
        return last


@cache
def _width(pattern: str, flags: int) -> int | None:
    """How far before a position a match may start and still read it: the
    pattern's longest match + 1 (a `$` or `\\b` may read one character past a
    match), or None when its matches may be empty, unbounded or look past
    their end.  Parsed once per pattern (~0.1-0.2 ms; it was parsed at each
    report's first question).

    >>> _width("在(.{2,4}?)召开", 0), _width("在.*召开", 0), _width("召开(?=会)", 0)
    (8, None, None)
    """
    low, high = _parser.parse(pattern, flags).getwidth()
    bounded = low > 0 and high < _parser.MAXREPEAT and not any(x in pattern for x in _LOOKS_AHEAD)
    return high + 1 if bounded else None
