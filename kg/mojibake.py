"""Mojibake: UTF-8 text that was once decoded in another encoding and saved again.

A page or a file in UTF-8 read by a tool as Latin-1 or Windows-1252
(`ä¸\\x8aæµ·` for 上海) or as GBK (`娴峰彛` for 海口), then saved as UTF-8,
holds no Chinese words any more: every extractor reads nothing, and the user
got only "no facts found".  Such text is undone as it was made: each run of
the text's non-ASCII characters is encoded back in the encoding it was
wrongly read in, and the bytes decoded as UTF-8.

Latin-1/Windows-1252 mojibake is repaired by ftfy (`ftfy.fix_encoding`, Speer
2015: its `sloppy-windows-1252` codec keeps the bytes 1252 leaves undefined as
the C1 controls Latin-1 gives them, and it also mends what such tools did
besides, e.g. a non-breaking space saved as a space).  GBK mojibake is undone
by this module's own round trip: ftfy knows only single-byte encodings and
leaves `涓婃捣甯傝櫣鍙ｅ尯` (上海市虹口区 read as GBK) as it is.

A run is mojibake only when that gives back UTF-8 without an error, Chinese
text with its common characters (`chinese`: kg.read.chinese_share, true when
a text reads as Chinese), from characters that were not themselves such text: Chinese
written in GBK and read right never encodes to valid UTF-8 (kg.mixed), nor
does a Latin word (café: é alone is no UTF-8).  A run that came through with
bytes lost (the tool wrote U+FFFD for bytes it could not read) cannot be undone
exactly: the file is refused, named, rather than built with wrong names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import ReportError
from kg.text import han_count

MIN_HAN = 2  # Han characters a run must give back: one could be chance
# Windows-1252's characters for bytes 80-9F (the five it leaves undefined read as Latin-1's C1 controls, in \x80-\xff)
_CP1252_80_9F = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
_LATIN_RUN = re.compile(f"[\x80-\xff{_CP1252_80_9F}]+")
# a Han character's UTF-8 read as Latin-1/1252: lead byte E3-E9 and two continuation bytes (80-BF).
# Only a text with one pays for importing ftfy (0.3 s; issue 10): °C, ·, café or “” never do
_HAN_AS_LATIN = re.compile(f"[\xe3-\xe9][\x80-\xbf{_CP1252_80_9F}]{{2}}")
_HAN_LEAD = re.compile("[\xe3-\xe9]")
# a run of non-ASCII characters but U+FFFD: what GBK made of UTF-8 bytes (ASCII stays
# ASCII; a space of its own is not ASCII: bytes A1 A1 read as GBK are U+3000, A0 as Latin-1 NBSP)
_WIDE_RUN = re.compile(r"[^\x00-\x7f\ufffd]+")
# a run read with bytes lost: U+FFFD inside or at the edge of such a run
_LOST_RUN = re.compile(r"[^\x00-\x7f]*\ufffd[^\x00-\x7f]*")
SHOWN = 12  # characters of a run quoted in a message
MIN_LOST = 8  # U+FFFD a text must hold to be taken for legacy bytes read as UTF-8 (lost_legacy): one or two are a typo's


@dataclass(frozen=True)
class Undone:
    """Mojibake found in a text: the text repaired, the reading it went
    through ("Latin-1/Windows-1252" or "GBK"), how many runs and characters
    were repaired, and the first run as received and as repaired."""
    text: str
    through: str
    runs: int
    chars: int
    sample: tuple[str, str]
    written: str = "UTF-8"  # the encoding the text was in before it was read wrongly


def undo_mojibake(text: str, chinese) -> Undone | None:
    """`text` with its mojibake runs decoded back (module doc), or None when
    it has none.  `chinese(text)` is true when the text reads as Chinese
    (kg.read.chinese_share).

    >>> from kg.read import chinese_share
    >>> written = "区长来到海口社区。"
    >>> undo_mojibake(written.encode("utf-8").decode("latin-1"), chinese_share).text
    '区长来到海口社区。'
    >>> undo_mojibake("区长来到海口社区".encode("utf-8").decode("gbk"), chinese_share).through
    'GBK'
    >>> undo_mojibake("区长在café来到海口社区。", chinese_share) is None
    True
    >>> undone = undo_mojibake("区长来到海口社区。".encode("gb18030").decode("latin-1"), chinese_share)
    >>> undone.text, undone.written
    ('区长来到海口社区。', 'GB18030/GBK')
    """
    return _undo_latin(text, chinese) or _undo_gbk(text, chinese) or _undo_legacy_latin(text, chinese)


def _undo_latin(text: str, chinese) -> Undone | None:
    """Latin-1/Windows-1252 mojibake in `text` repaired by `ftfy.fix_encoding`,
    when its runs decode back into Chinese text (`_back`); else None."""
    if not _HAN_AS_LATIN.search(text):
        return None
    import ftfy  # here, not at the top: most reports have no such mojibake (issue 10)

    _, found = _runs_back(text, _LATIN_RUN, _latin, chinese)
    if sum(han_count(back) for _, back in found) < MIN_HAN:
        return None
    repaired = ftfy.fix_encoding(text)
    if han_count(repaired) - han_count(text) < MIN_HAN:
        return None  # ftfy did not take it for mojibake
    return _undone(repaired, "Latin-1/Windows-1252", found)


def _undo_gbk(text: str, chinese) -> Undone | None:
    """GBK mojibake in `text` decoded back run by run (our own: ftfy has no GBK); else None."""
    repaired, found = _runs_back(text, _WIDE_RUN, _gbk, chinese)
    if sum(han_count(back) for _, back in found) < MIN_HAN:
        return None
    return _undone(repaired, "GBK", found)


# the legacy encodings a Chinese file may have been in before a tool read it as Latin-1/1252
LEGACY = (("GB18030/GBK", "gb18030"), ("Big5", "big5"))


def _undo_legacy_latin(text: str, chinese) -> Undone | None:
    """A whole text in a legacy Chinese encoding (GB18030/GBK, Big5) that a tool
    read as Latin-1 or Windows-1252 and saved again (`ÇøÎ¯Êé¼Ç` for 区委书记):
    with no Chinese in it, its characters encoded back and decoded in the legacy
    encoding, when that gives Chinese text; else None.  Done on the whole text,
    not run by run: a legacy character's second byte may be an ASCII letter."""
    if han_count(text) or chinese(text) or not _LATIN_RUN.search(text):
        return None
    try:
        raw = _latin(text)
    except UnicodeError:
        return None
    for name, codec in LEGACY:
        try:
            back = raw.decode(codec)
        except UnicodeError:
            continue
        if han_count(back) >= MIN_HAN and chinese(back):
            return Undone(back, "Latin-1/Windows-1252", 1, len(back), (text, back), written=name)  # one run: the whole text
    return None


def _runs_back(text: str, runs: re.Pattern, encode, chinese) -> tuple[str, list[tuple[str, str]]]:
    """`text` with each of its `runs` that `_back` decodes replaced, and the
    (run, decoded) pairs."""
    found: list[tuple[str, str]] = []

    def undo(m: re.Match) -> str:
        run = m.group(0)
        back = _back(run, encode, chinese)
        if back is None:
            return run
        found.append((run, back))
        return back

    return runs.sub(undo, text), found


def _undone(repaired: str, through: str, found: list[tuple[str, str]]) -> Undone:
    sample = max(found, key=lambda pair: han_count(pair[1]))  # the run that says most
    return Undone(repaired, through, len(found), sum(len(back) for _, back in found), sample)


def _back(run: str, encode, chinese) -> str | None:
    """`run` encoded back (`encode`) and decoded as UTF-8, when that is Chinese
    text and `run` was not; else None."""
    try:
        back = encode(run).decode("utf-8")
    except UnicodeError:
        return None
    if not chinese(back) or chinese(run):
        return None
    return back


def _latin(run: str) -> bytes:
    """`run`'s bytes as Latin-1 or, failing that, as browsers' Windows-1252
    (ftfy's `sloppy-windows-1252` codec, registered by importing ftfy)."""
    import ftfy  # noqa: F401 (the codec)

    try:
        return run.encode("latin-1")
    except UnicodeEncodeError:
        return run.encode("sloppy-windows-1252")


def _gbk(run: str) -> bytes:
    return run.encode("gb18030")


def lost_in_mojibake(text: str, chinese) -> tuple[int, str]:
    """How many runs of `text` are mojibake read with bytes lost (U+FFFD in
    them): UTF-8 read as GBK with its errors replaced gives `鍓�鍖`, whose
    runs, lost bytes left out, still decode (with errors replaced) into
    Chinese text from rare characters.  Such runs cannot be undone exactly.

    >>> from kg.read import chinese_share
    >>> lost_in_mojibake("区长来到海口社区。".encode("utf-8").decode("gbk", errors="replace"), chinese_share)
    (1, 'GBK')
    """
    lost, through = 0, []
    for m in _LOST_RUN.finditer(text):
        run = m.group(0)
        if chinese(run):
            continue  # Chinese read right, with a lost character of its own (kg.repair.lost)
        # only a run with a Han character's lead byte read as Latin-1 can be Latin-1 mojibake (and load ftfy)
        readings = (("Latin-1/Windows-1252", _latin),) * bool(_HAN_LEAD.search(run)) + (("GBK", _gbk),)
        for name, encode in readings:
            try:
                back = b"".join(encode(part) for part in run.split("\ufffd")).decode("utf-8", errors="replace")
            except UnicodeError:
                continue
            if han_count(back) >= MIN_HAN and chinese(back):
                lost += 1
                through.append(name)
                break
    return lost, " and ".join(dict.fromkeys(through))


def lost_legacy(text: str) -> int:
    """How many characters of `text` are U+FFFD when it is Chinese in a
    legacy encoding (GB18030/GBK, Big5) that a tool read as UTF-8 with its
    errors replaced and saved: each character's two bytes became U+FFFD, or,
    where they happen to form UTF-8, a stray Latin, Greek or Cyrillic letter,
    so U+FFFD outnumbers the Han characters left (at least MIN_LOST of them);
    else 0.  Nothing of it can be decoded back: the bytes are gone.  A report
    with a character or two lost of its own (kg.repair.lost) has far more
    Han characters than U+FFFD.

    >>> lost_legacy("2024年3月1日，区长王明来到东湖街道。".encode("gb18030").decode("utf-8", errors="replace"))
    26
    >>> lost_legacy("2024年3月1日，区长王\ufffd来到东湖街道。")
    0
    """
    lost = text.count("\ufffd")
    return lost if lost >= MIN_LOST and lost > han_count(text) else 0


def repair_mojibake(text: str, path, chinese) -> tuple[str, tuple[str, ...]]:
    """`text` (a report file's, decoded) with its mojibake undone, and the
    build's note saying so; `(text, ())` when it has none.  Raises
    ReportError naming the file when mojibake came through with bytes lost.

    >>> from kg.read import chinese_share
    >>> text, notes = repair_mojibake("区长来到海口社区".encode("utf-8").decode("gbk"), "a.txt", chinese_share)
    >>> text, notes
    ('区长来到海口社区', ('mojibake repaired: the text was UTF-8 read as GBK and saved again; 1 run (8 characters) decoded back, 「鍖洪暱鏉ュ埌娴峰彛绀惧尯」 -> 「区长来到海口社区」: check the names',))
    """
    lost, through = lost_in_mojibake(text, chinese)
    if lost:
        raise ReportError(path, f"mojibake with bytes lost: UTF-8 text was read as {through} and saved again with "
                                f"U+FFFD (\ufffd) for bytes it could not read, in {lost} stretch(es) of text, so it cannot be decoded back "
                                "exactly: "
                                "get the original file (or save the page again as UTF-8) and build again")
    # after it: UTF-8 read as Windows-1252 leaves U+FFFD too, but its runs still decode (lost_in_mojibake)
    if lost := lost_legacy(text):
        raise ReportError(path, f"mojibake with bytes lost: Chinese text in GB18030/GBK or Big5 was read as UTF-8 and saved "
                                f"again with U+FFFD (\ufffd) for bytes it could not read ({lost} of its {len(text)} characters), "
                                "so it cannot be decoded back: get the original file (or save it again from there as UTF-8) "
                                "and build again")
    undone = undo_mojibake(text, chinese)
    if undone is None:
        return text, ()
    received, repaired = (_shown(part) for part in undone.sample)
    runs = f"{undone.runs} run{'s' * (undone.runs != 1)} ({undone.chars} characters)"
    return undone.text, (f"mojibake repaired: the text was {undone.written} read as {undone.through} and saved again; {runs} decoded back, "
                         f"「{received}」 -> 「{repaired}」: check the names",)


def _shown(part: str) -> str:
    """A run for a message: SHOWN characters, control characters as \\x.. escapes."""
    cut = part[:SHOWN] + ("…" if len(part) > SHOWN else "")
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in cut)
