"""Lost characters: `?` or `\ufffd` where a character could not be encoded or decoded.

A file saved through an encoding that cannot hold a character writes `?` for
it (Python's and iconv's `replace`, Windows' "best fit"), a byte sequence
that cannot be decoded reads as U+FFFD; both land inside words, names most
often (`区长王??明来到…`, `副区长李?、…`).  Left as they are, the `?` becomes
the full-width question mark `？` (kg.repair.punctuation), which ends a
sentence, and the official is cut from their post and their visit.

Such a mark is read as a lost character and written, one for each mark
(offsets stay one to one), as `某` right after a surname's first character
(surnames.txt): 某 is how Chinese writes a name part that is not known (王某,
李某某), so the analyser reads `王某某明` as a person as it reads `王明`; and
elsewhere as `□`, the mark Chinese editions print for a character that cannot
be read (缺字符号), so an ordinary word is not given a name's part
(`村里的??路` → `村里的□□路`, not `某某路`).  Marks right after a post's
title head (post_titles.txt: `县委书记??伟深入…`) are a name's first characters
too, the surname lost with them: a title is followed by its holder's name (the
title grammar), so they are written `某` as well (`县委书记某某伟`), and the
reader of names takes `某某伟` for the person when their act follows
(kg.extract.officials).  Either way a label tells the
reader characters are missing.  How many
characters were lost is not known (a GBK character lost byte by byte leaves
two marks): the count is kept as written.  The evidence span's offsets point
into the text as received, where `王??明` stands as it was written.

A mark is lost when it stands inside Chinese text: a Han character before it
and a Han character, `、`, `，` or `,` after it (a question never ends there).  An
ASCII `?` is read so only in a text that writes its punctuation full-width:
a writer who types `,` `;` `!` after Chinese words types `?` for questions too
(`今年能不能做到?一定要…`), and there one `?` stays a question; but a run of
marks (`王??明`: a question is typed with one) or one before `、` `，` `,` is lost there too.  After a
sentence-final question particle (吗 呢 吧 嘛 么: `能修好吗?区长说`) a mark
is a question in any text: those particles end questions, they are not name
characters.  A full-width `？` is never a lost character: it is not what an
encoder writes.
"""

from __future__ import annotations

import re

from functools import cache

from kg.resources import lexicon, surname_initials
from kg.text import HAN, TrackedText

LOST = "某"  # in a name: after a surname's first character
UNREADABLE = "\u25a1"  # □ elsewhere: the editions' mark for an unreadable character
# sentence-final question particles (吗呢吧嘛么): a `?` after one ends a question
HAN_CHAR = re.compile(f"[{HAN}]")
# separators of transcribed names (kg.analyse.component.NAME_DOTS: 巴特尔·额尔敦), not imported:
# the repair runs before the analyser is loaded
NAME_DOTS = "·•・‧"
_MARKS = re.compile(rf"(?:(?<=[{HAN}])|(?<=[{HAN}][{NAME_DOTS}]))(?<![吗呢吧嘛么])(?:\?+|\ufffd+)(?=[{HAN}、，,{NAME_DOTS}])")
# a transcribed name's part right before the marks (巴特尔·额|??) or the dot right after them (巴|??|·额尔敦)
# (a Han character before the dot: a list's bullet, •??…, opens no name)
_DOTTED_BEFORE = re.compile(rf"[{HAN}][{NAME_DOTS}][{HAN}]{{0,8}}$")
# ASCII punctuation typed next to Chinese words: the writer's style (kg.repair.punctuation converts it)
_ASCII_STYLE = re.compile(rf"[{HAN}][ \t]*[,;!]|[,;!][ \t]*[{HAN}]")


def lost_marks(source: str) -> list[re.Match]:
    """The runs of `?` / U+FFFD in `source` that stand for lost characters (the module
    doc's rule), in order; a `?` that is a question is left out.  kg.corpus.undated
    quotes a sentence through them, so a lost character ends none.

    >>> [m.group() for m in lost_marks("区长王??明来到。能修好吗?好。")]
    ['??']
    >>> [m.group() for m in lost_marks("居民问,能不能做到?区长说,一定做到,王?、李??陪同。")]
    ['?', '??']
    """
    ascii_style = _ASCII_STYLE.search(source) is not None
    # one `?` typed by a writer of ASCII punctuation is a question, unless a list's comma follows it
    return [m for m in _MARKS.finditer(source) if not (m.group(0) == "?" and ascii_style and source[m.end()] not in "、，,")]


def mark_lost_characters(text: TrackedText) -> TrackedText:
    """Write each lost character (`?` or U+FFFD inside Chinese text, as the
    module doc tells) as `某`, one for one, so offsets into the original stay exact.

    >>> mark_lost_characters(TrackedText("区长王??明来到东湖街道，副区长李?、张华陪同。")).text
    '区长王某某明来到东湖街道，副区长李某、张华陪同。'
    >>> mark_lost_characters(TrackedText("居民反映村里的??路年久失修。")).text
    '居民反映村里的□□路年久失修。'
    >>> mark_lost_characters(TrackedText("居民问,能不能做到?区长说,一定做到。")).text
    '居民问,能不能做到?区长说,一定做到。'
    >>> mark_lost_characters(TrackedText("5月10日,区长王??明来到东湖街道,听取意见。")).text
    '5月10日,区长王某某明来到东湖街道,听取意见。'
    >>> mark_lost_characters(TrackedText("居民问：路灯能修好吗?区长说一定修好。")).text
    '居民问：路灯能修好吗?区长说一定修好。'
    >>> mark_lost_characters(TrackedText("县委书记??伟深入柳塘镇。")).text
    '县委书记某某伟深入柳塘镇。'
    >>> mark_lost_characters(TrackedText("居民反映老年??堂离家太远。")).text
    '居民反映老年□□堂离家太远。'
    """
    if "?" not in text.text and "\ufffd" not in text.text:  # the common case: one scan
        return text
    text = lost_quotes(text)
    source = text.text
    lost_at = {m.start() for m in lost_marks(source)}
    # the surnames and titles are Simplified (the lexicons), and this step runs before the script's
    # conversion (kg.repair.script): a Traditional text is also read through its Simplified form, so
    # 區委書記劉??強 is 刘某某强 as 区委书记刘??强 is (one character for one, so offsets agree)
    forms = (source,) + _simplified_form(source)

    def lost(m: re.Match) -> str:
        if m.start() not in lost_at:
            return m.group(0)  # one `?` typed by a writer of ASCII punctuation: a question
        if any((form[m.start() - 1] in (surname_initials() or ()) and not _after_word_end(form, m.start()))
               or form.endswith(_title_heads(), 0, m.start())
               or in_dotted_name(form, m.start(), m.end()) or after_titled_name_start(form, m.start())
               for form in forms):
            # after a surname's first character, after a title (its holder's surname lost), in a dotted name,
            # or after a title's holder's surname and first given character (their last ones lost)
            return LOST * len(m.group(0))
        return UNREADABLE * len(m.group(0))

    return text.sub(_MARKS, lost)


def _simplified_form(source: str) -> tuple[str, ...]:
    """`source` converted to Simplified (OpenCC tw2s, kg.repair.script), as a one-item tuple,
    when it holds a Traditional-only character and the conversion keeps one character for one;
    else `()`.  Source: NEWCOMER48 (a Traditional report's 區委書記劉??強 read as 刘□□强: no official).

    >>> _simplified_form("區委書記劉??強來到"), _simplified_form("区委书记刘??强来到")
    (('区委书记刘??强来到',), ())
    """
    from kg.repair.script import simplify, traditional_count

    if not traditional_count(source)[0]:
        return ()
    simplified = simplify(source)
    return (simplified,) if len(simplified) == len(source) else ()


# a quotation mark lost as one character's marks: the opening one after a colon, before the
# words quoted (村民说：??玉米…), the closing one after the quotation's last sentence mark
# (…出苗不齐。??王明当即…), once one was opened in the paragraph
_OPENING_LOST = re.compile(rf"(?<=[：:])(?:\?{{1,2}}|\ufffd)(?=[{HAN}])")
# (not after an ASCII `?`: the first mark of a run is no sentence's end)
_CLOSING_LOST = re.compile(r"(?<=[。！？!…])(?:\?{1,2}|\ufffd)")


def lost_quotes(text: TrackedText) -> TrackedText:
    """The quotation marks a damaged file lost (`“`/`”` written as `??` or U+FFFD):
    a mark run right after a colon and before Han text opens a quotation, a run right
    after a sentence's end mark while one is open in the paragraph closes it.  Read
    as characters lost, the opening ones became □□ or question marks that cut the
    speaker from their words (村民说：？？玉米秸秆…), and the words were no raising.
    A colon is never followed by a name's or a word's lost characters alone in the
    genre's speech frames (说：, 反映：), and a question mark is typed once.
    Source: FAULTS37_p120 (a damaged file's quoted complaints were lost).

    >>> lost_quotes(TrackedText("村民说：??路灯坏了。??王明点头。")).text
    '村民说：“路灯坏了。”王明点头。'
    >>> lost_quotes(TrackedText("能修好吗??王明说。")).text
    '能修好吗??王明说。'
    """
    source = text.text
    opened: dict[int, int] = {}  # paragraph start -> the offset of the quotation opened there, closed when popped
    closes: set[int] = set()
    opens: set[int] = set()
    marks = sorted([(m.start(), "open") for m in _OPENING_LOST.finditer(source)]
                   + [(m.start(), "close") for m in _CLOSING_LOST.finditer(source)])
    for at, kind in marks:
        para = source.rfind("\n", 0, at) + 1
        if kind == "open" and para not in opened:
            opened[para] = at
            opens.add(at)
        elif kind == "close" and para in opened:
            del opened[para]
            closes.add(at)
    if not opens:
        return text
    return text.sub(re.compile(rf"{_OPENING_LOST.pattern}|{_CLOSING_LOST.pattern}"),
                    lambda m: "“" if m.start() in opens else "”" if m.start() in closes else m.group(0))


@cache
def _word_ends() -> frozenset[str]:
    """Two-character words ending in a surname's character (lost_word_ends.txt: 老年, 国家):
    after one the character is the word's, not a name's first.  Empty when not shipped."""
    try:
        return frozenset(w for line in lexicon("lost_word_ends.txt") for w in line.split() if len(w) == 2)
    except FileNotFoundError:
        return frozenset()


def _after_word_end(source: str, start: int) -> bool:
    """Do the marks at `start` follow a word closing with a surname's character
    (老年|??堂, 国家|??): the character ends that word, so no name starts at it and the
    marks are an ordinary word's lost characters (□), not a name's (某).  Not after a
    title's head (镇长江??: 长江 is a word, but the title's holder starts at 江), where
    the title grammar puts a name.  Source: NEWC53 2 (老年??堂 read 老年某某堂).

    >>> _after_word_end("老年??堂", 2), _after_word_end("区长王??明", 3), _after_word_end("副县长文??", 4)
    (True, False, False)
    """
    if start < 2 or source[start - 2 : start] not in _word_ends():
        return False
    return not source.endswith(_title_heads(), 0, start - 1)


@cache
def _title_heads() -> tuple[str, ...]:
    """The heads a post's title ends in (post_titles.txt: 书记, 区长): a name
    follows one.  Empty when the lexicon is not shipped."""
    try:
        return tuple(w for line in lexicon("post_titles.txt") for w in line.split())
    except FileNotFoundError:
        return ()


def after_titled_name_start(source: str, start: int) -> bool:
    """Do the marks at `start` follow a title's head (post_titles.txt: 县长)
    and two Han characters opening with a surname's first character
    (surnames.txt): the holder's surname and first given character, the
    rest of the name lost (副县长邵立??来到 is 邵立 + one or two lost
    characters)?  The title grammar puts the holder's name right after the
    title, and a name is rarely two characters where the file lost
    characters right after them: so the marks are the name's, written `某`
    (邵立某某, as 王??国 is 王某某国), and the reader of names keeps them
    in the name, which the build's warning then names whole.  Two
    characters only: after three the name may be complete (王立明??一行).
    Source: NAMES31 (邵立?? read 邵立, no mark in the name).

    >>> after_titled_name_start("副县长邵立??来到", 5), after_titled_name_start("副县长欧阳??来到", 5)
    (True, True)
    >>> after_titled_name_start("村里的小路??修", 5), after_titled_name_start("副县长王立明??来到", 6)
    (False, False)
    """
    if start < 3 or not HAN_CHAR.match(source, start - 1) or source[start - 2] not in (surname_initials() or ()):
        return False
    return source.endswith(_title_heads(), 0, start - 2)


def in_dotted_name(source: str, start: int, end: int) -> bool:
    """Do the marks at source[start:end] stand inside a transcribed name
    written with a separator dot: right before the dot (巴??·额尔敦), or
    after it within the same run of Han characters (巴特尔·额??来到,
    巴特尔·??)?  A part of such a name is a name's part whatever its first
    character: written `某` like a lost given name (巴某某·额尔敦), so the
    reader of dotted names keeps the whole name and the warning names it.
    Source: NAMES29 (a newcomer's damaged report: no official, or 巴特尔 for
    巴特尔·额??).

    >>> in_dotted_name("市长巴??·额尔敦来到", 3, 5), in_dotted_name("巴特尔·额??来到", 5, 7)
    (True, True)
    >>> in_dotted_name("村里的??路", 3, 5), in_dotted_name("•??社区", 1, 3)
    (False, False)
    """
    return source[end:end + 1] in tuple(NAME_DOTS) or _DOTTED_BEFORE.search(source, max(0, start - 10), start) is not None


def surviving_name_part(text: TrackedText, pos: int) -> bool:
    """Is the character at `pos` of the repaired text the first one written
    after characters lost inside a name (a run `mark_lost_characters` wrote as
    `某`, where the received text had `?` or U+FFFD)?  Such a character is
    what is left of the given name unless the words after the name start
    there (李?来到): the reader of names decides by what follows, whatever the
    analyser calls the character (程??刚来到 is 程某某刚, not 程某某 + the adverb
    刚).  The count of marks is kept as written: how many characters were lost
    is not known, so 程??军 is 程某某军.

    >>> repaired = mark_lost_characters(TrackedText("县长程??刚来到东湖街道。"))
    >>> repaired.text, surviving_name_part(repaired, 5), surviving_name_part(repaired, 6)
    ('县长程某某刚来到东湖街道。', True, False)
    >>> surviving_name_part(TrackedText("被告人程某刚到家。"), 5)
    False
    """
    current = text.text
    if not (0 < pos < len(current)) or current[pos - 1] != LOST or not HAN_CHAR.match(current, pos):
        return False
    lost_at = text.origin[pos - 1]
    return text.original[lost_at] in "?\ufffd" and (pos >= len(text.origin) or text.origin[pos] != lost_at)


def lost_run_end(text: TrackedText, pos: int) -> int:
    """Where the run of lost name characters starting at `pos` of the repaired
    text ends (`某` that `mark_lost_characters` wrote for a `?` or U+FFFD of
    the received text): `pos` itself when none starts there.  A `某` the
    writer typed (王某) is no lost character.

    >>> repaired = mark_lost_characters(TrackedText("县委书记??伟深入柳塘镇。"))
    >>> lost_run_end(repaired, 4), lost_run_end(repaired, 6)
    (6, 6)
    >>> lost_run_end(TrackedText("区长某某来到。"), 2)
    2
    """
    current, end = text.text, pos
    while end < len(current) and current[end] == LOST and text.original[text.origin[end]] in "?\ufffd":
        end += 1
    return end


# marks that stand for characters the file could not hold, as they reach the
# reader of names: the editions' □, U+FFFD, or a run of two or more question
# marks of either width (one `？` may be a question, a run is typed by no writer)
UNREAD_RUN = re.compile("□+|\ufffd+|[?？]{2,}")


def unread_run_end(text: TrackedText, pos: int) -> int:
    """Where the run of marks for unreadable characters starting at `pos` of
    the repaired text ends: lost name characters (`lost_run_end`: `某` that
    `mark_lost_characters` wrote for `?` or U+FFFD), the editions' `□`, or
    marks the repair left (U+FFFD, `？？`: a run of question marks no writer
    types).  `pos` itself when none starts there.  The reader of names
    (kg.extract.officials) asks it right after a title: marks there before a
    complete name are noise between the title and its holder.

    >>> repaired = mark_lost_characters(TrackedText("区委书记??邵立华来到东湖社区。"))
    >>> unread_run_end(repaired, 4), unread_run_end(TrackedText("区委书记□邵立华来到"), 4)
    (6, 5)
    >>> unread_run_end(TrackedText("区委书记？？邵立华来到"), 4), unread_run_end(TrackedText("区委书记？邵立华"), 4)
    (6, 4)
    """
    end = lost_run_end(text, pos)
    if end > pos:
        return end
    m = UNREAD_RUN.match(text.text, pos)
    return m.end() if m else pos
