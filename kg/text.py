"""Text that remembers where each character came from.

Repairs delete and replace characters; every extracted fact must still point
back into the report as received.  `TrackedText` keeps, for each character of
the current text, its offset in the original, and every repair goes through
`sub()` so the map is never out of step with the text.
"""

from __future__ import annotations

import re
from array import array
from typing import Callable

# Every Han ideograph block of Unicode 15.1, the one definition every pattern
# uses (`[{HAN}]` in a character class): CJK Unified Ideographs (4E00-9FFF),
# Extension A (3400-4DBF), the Compatibility Ideographs (F900-FAFF), and the
# Supplementary and Tertiary Ideographic Planes whole (U+20000-U+3FFFF:
# Extensions B-I and the Compatibility Supplement), so a name written with a
# rare character (陈𬀩明, Extension B) is a name like any other.
# Source: The Unicode Standard 15.1, Blocks.txt.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
HAN_RUN = re.compile(f"[{HAN}]+")
# the marks a list item's line may open with, one definition for every reader of lists
# (kg.read's <li> text, issue_content's numbered lines, issue_scene's point headings): bullets,
# and a dash — the Chinese typographic dash (——) or a hyphen not before a number.  Session 60 (qa60)
LIST_BULLETS = "●■□◆◇▲△▶►★☆•◎※▪·○√*"
LIST_DASH = r"(?:——|—|-(?![\d.]))"
# a list item's own mark: a bullet, a dash, an ordinal (1. 1、 1) （一） 一、)
LIST_MARK = rf"(?:[{LIST_BULLETS}]|{LIST_DASH}|\d{{1,2}}[.．、)）](?!\d)|[（(][一二三四五六七八九十\d]{{1,3}}[)）]|[一二三四五六七八九十]+、)"
# a line that ends a sentence is no headline: headlines carry no full stop
HEADLINE_END = re.compile(r"[。！？；][”’」』]?$")


def is_han(char: str) -> bool:
    """Is `char` (one character) a Han ideograph of any block?  `is_han("𬀩") -> True`."""
    return bool(HAN_RUN.fullmatch(char))


def han_count(text: str) -> int:
    """How many Han ideographs (any block, HAN) `text` holds.  `han_count("2024年区长") -> 3`.

    >>> han_count("2024年区长"), han_count("café")
    (3, 0)
    """
    return sum(len(run) for run in HAN_RUN.findall(text))


class TrackedText:
    __slots__ = ("original", "text", "origin")

    def __init__(self, original: str, text: str | None = None, origin: array | None = None):
        self.original = original
        self.text = original if text is None else text
        self.origin = array("l", range(len(original))) if origin is None else origin

    def sub(self, pattern: re.Pattern, repl: Callable[[re.Match], str] | str) -> "TrackedText":
        """Replace every match of `pattern`, keeping the offset map.

        A replacement of the same length maps character by character, one that
        only deletes characters maps each kept one to where it was; any other
        maps all its characters to the start of what it replaced.
        """
        pieces: list[str] = []
        origin = array("l")
        last = 0
        text, old = self.text, self.origin
        changed = False
        for m in pattern.finditer(text):
            new = repl if isinstance(repl, str) else repl(m)
            start, end = m.span()
            if new == m.group(0):
                continue
            changed = True
            pieces.append(text[last:start])
            origin.extend(old[last:start])
            pieces.append(new)
            if len(new) == end - start:
                origin.extend(old[start:end])
            elif (kept := _subsequence(new, m.group(0))) is not None:
                # a deletion (an annotation dropped): kept characters keep their origin
                origin.extend(old[start + i] for i in kept)
            else:
                anchor = old[start] if start < len(old) else len(self.original)
                origin.extend([anchor] * len(new))
            last = end
        if not changed:
            return self
        pieces.append(text[last:])
        origin.extend(old[last:])
        return TrackedText(self.original, "".join(pieces), origin)

    def map_chars(self, convert: Callable[[str], str]) -> "TrackedText":
        """Apply a converter that keeps lengths (e.g. script conversion) line by line."""
        lines = self.text.split("\n")
        out, origin, pos = [], array("l"), 0
        for i, line in enumerate(lines):
            new = convert(line) if line else line
            if len(new) == len(line):
                origin.extend(self.origin[pos:pos + len(line)])
            else:  # a phrase changed length: pin the line to its start
                anchor = self.origin[pos] if pos < len(self.origin) else len(self.original)
                origin.extend([anchor] * len(new))
            out.append(new)
            pos += len(line)
            if i < len(lines) - 1:
                origin.append(self.origin[pos])
                pos += 1
        return TrackedText(self.original, "\n".join(out), origin)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of the current span [start, end)."""
        if not self.text:
            return 0, 0
        start = min(max(start, 0), len(self.text) - 1)
        last = min(max(end - 1, start), len(self.text) - 1)
        return self.origin[start], self.origin[last] + 1


def _subsequence(short: str, long: str) -> list[int] | None:
    """Positions in `long` of the characters of `short`, if it is a subsequence."""
    positions, j = [], 0
    for ch in short:
        j = long.find(ch, j)
        if j < 0:
            return None
        positions.append(j)
        j += 1
    return positions
