"""Files in two encodings: a GB18030 (or Big5) part and a UTF-8 part.

Two files joined (`cat old.txt new.txt`, a scraper appending a page to
another) give bytes whose start is one encoding and whose rest is another.
No single decoding reads such a file: read as GB18030 its UTF-8 part turns
into rare characters (鍓 鍖 娴: mojibake facts), read as UTF-8 its GB18030
part fails.  `split_encodings` finds where the encoding changes, so each part
is decoded in its own encoding and the build says so (kg.read); `utf8_runs`
finds UTF-8 Chinese inside other bytes, so a file mixing them in more places
is refused, never read as one encoding.

Why the parts can be told apart: a Chinese character is three bytes in UTF-8
(E3-E9 then two of 80-BF) and two in GB18030 and Big5 (a lead of 81-FE and a
trail), so text of one almost never decodes in the other, and when it does,
into rare characters (GB2312 level 2 and beyond: `kg.read.chinese_share`).
Source: RFC 3629 (UTF-8), GB 18030-2005 (byte ranges).
"""

from __future__ import annotations

import codecs
import re

from kg.text import han_count

# the shortest part read as a language of its own: a few characters could be chance
MIN_CHARS = 4
# how far around the first or last byte that is not UTF-8 the boundary is looked for: a
# character or two of one encoding may also be valid in the other (GB18030 D0 A1 is UTF-8 ѡ)
WINDOW = 12
# bytes of ASCII (digits, marks, line breaks) that may stand inside GB18030 text
GAP = 8
# the full-width marks of Chinese text (CJK punctuation, full-width forms: ，。：（）“”)
FULLWIDTH_MARKS = re.compile("[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201d\u2026\u2014]")
# a run of UTF-8 Han characters (U+3400-U+9FFF: lead E3-E9), as bytes
_UTF8_HAN_RUN = re.compile(rb"(?:[\xe3-\xe9][\x80-\xbf]{2}){%d,}" % MIN_CHARS)


def utf8_errors(data: bytes) -> list[tuple[int, int]]:
    """The (start, end) byte ranges of `data` that are not UTF-8, in one pass.

    >>> utf8_errors("区长".encode("utf-8") + "区长".encode("gb18030"))
    [(6, 7), (7, 8), (8, 9), (9, 10)]
    """
    found: list[tuple[int, int]] = []

    def note(exc: UnicodeDecodeError):
        found.append((exc.start, exc.end))
        return "\ufffd", exc.end

    name = "kg-mixed-note"
    codecs.register_error(name, note)  # one handler name: re-registering replaces it
    data.decode("utf-8", errors=name)
    return found


def split_encodings(data: bytes, legacy: tuple[str, ...], chinese) -> tuple[int, str, str, str] | None:
    """Where `data` changes from one encoding to the other, when it is two
    parts, one of the `legacy` encodings (GB18030, Big5) and one UTF-8, in
    either order: `(offset, first encoding, second encoding, text)`, the text
    being each part decoded in its own; None when it is not such a file.

    Both parts must decode without error and read as Chinese (`chinese(text)`,
    kg.read.chinese_share: the share of common characters when it does, else
    0.0; over MIN_CHARS characters or more): a damaged UTF-8 file read in two parts gives rare
    characters on one side.  The boundary is searched a few bytes around the
    last byte that is not UTF-8 (legacy first) or the first one (UTF-8 first):
    of the offsets where both parts decode, the one whose text has the most
    common characters, the latest on a tie: ASCII reads alike in both, and the
    offset given is where the second encoding's first own character starts.

    >>> head, tail = "区长来到东湖街道。".encode("gb18030"), "居民反映电梯老旧。".encode("utf-8")
    >>> from kg.read import chinese_share
    >>> offset, first, second, text = split_encodings(head + tail, ("gb18030",), chinese_share)
    >>> offset, first, second, text
    (18, 'gb18030', 'utf-8', '区长来到东湖街道。居民反映电梯老旧。')
    >>> split_encodings("区长来到东湖街道。".encode("gb18030"), ("gb18030",), chinese_share) is None
    True
    """
    errors = utf8_errors(data)
    if not errors:
        return None
    best = None
    for encoding in legacy:
        for first, second, around in ((encoding, "utf-8", errors[-1][1]), ("utf-8", encoding, errors[0][0])):
            for offset in range(max(0, around - WINDOW), min(len(data), around + WINDOW) + 1):
                parts = _parts(data, offset, first, second, chinese)
                if parts is not None and (best is None or parts[0] >= best[0]):
                    best = (parts[0], offset, first, second, parts[1])
    return best and best[1:]


def _parts(data: bytes, offset: int, first: str, second: str, chinese) -> tuple[int, str] | None:
    """(score, text) of `data` read as `first` up to `offset` and `second`
    after it, when both parts decode and read as Chinese; else None.  The
    score counts each part's common Han characters and full-width marks, less
    its rare ones: the bytes of one encoding read in the other give rare
    characters, and its marks become characters (UTF-8 `稿）` read as
    GB18030 is `绋匡級`: two of them common once simplified, but the mark and
    a common character lost, a rare one gained).

    >>> head, tail = "居民反映小区停车难（区委宣传部供稿）".encode("utf-8"), "区委书记来到东湖街道。".encode("gb18030")
    >>> from kg.read import _common_share
    >>> _parts(head + tail, len(head), "utf-8", "gb18030", _common_share)[0] > _parts(head + tail, len(head) - 6, "utf-8", "gb18030", _common_share)[0]
    True
    """
    try:
        head, tail = data[:offset].decode(first), data[offset:].decode(second)
    except UnicodeDecodeError:
        return None
    scores = []
    for part in (head, tail):
        han = han_count(part)
        if han < MIN_CHARS or not (share := chinese(part)):
            return None
        common = round(share * han)
        # rare characters count against the reading, and full-width marks for it: UTF-8 marks
        # read as GB18030 (）。： -> 匡級, 銆傦細) turn into characters, some of them common
        scores.append(common - (han - common) + len(FULLWIDTH_MARKS.findall(part)))
    return sum(scores), head + tail


def utf8_runs(data: bytes, chinese) -> list[tuple[int, int]]:
    """The (start, end) byte ranges of `data` holding MIN_CHARS or more UTF-8
    Chinese characters in a row that read as Chinese (`chinese`, as
    `split_encodings`): UTF-8 text inside a file that is not all UTF-8.

    >>> from kg.read import chinese_share
    >>> utf8_runs(b"\\xc7\\xf8" + "东湖街道".encode("utf-8") + b"\\n", chinese_share)
    [(2, 14)]
    """
    return [m.span() for m in _UTF8_HAN_RUN.finditer(data) if chinese(m.group(0).decode("utf-8"))]


def legacy_between(data: bytes, legacy: tuple[str, ...], chinese) -> str | None:
    """The encoding of `legacy` in which the stretches of `data` that are not
    UTF-8 read as Chinese (MIN_CHARS characters or more, read as Chinese by
    `chinese`), else None.  A stretch is a cluster of the bytes UTF-8
    refuses (`utf8_errors`) with fewer than GAP bytes between them: in
    GB18030 or Big5 text nearly every character has such a byte, ASCII
    digits and marks stand between them.  A damaged UTF-8 file has a byte or
    two of such, which read as no Chinese: None.

    >>> from kg.read import chinese_share
    >>> utf8 = "东湖街道居民反映".encode("utf-8")
    >>> legacy_between(utf8 + "区长来到东湖街道".encode("gb18030") + utf8, ("gb18030", "big5"), chinese_share)
    'gb18030'
    >>> legacy_between(utf8 + b"\\xff" + utf8, ("gb18030",), chinese_share) is None
    True
    """
    stretches: list[list[int]] = []
    for start, end in utf8_errors(data):
        if stretches and start - stretches[-1][1] < GAP:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    for encoding in legacy:
        text = "\n".join(data[start:end + 1].decode(encoding, errors="replace") for start, end in stretches)
        han = han_count(text)
        if han >= MIN_CHARS and chinese(text):
            return encoding
    return None


def bytes_range(spans: list[tuple[int, int]], shown: int = 3) -> str:
    """`spans` as a reader counts bytes (from 0, end inclusive):
    `bytes_range([(2, 14), (40, 52)])` -> `'bytes 2-13, 40-51'`."""
    words = [f"{start}-{end - 1}" for start, end in spans[:shown]]
    more = f" and {len(spans) - shown} more" if len(spans) > shown else ""
    return f"bytes {', '.join(words)}{more}"
