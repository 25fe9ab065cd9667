"""The lines of a dialogue transcript (问答实录): which line is a question or an answer turn.

Text only: a line opened by a turn marker (`issue_turn_markers.tsv`: 问, 提问 — a question
turn; 答, 回答 — an answer turn), the speaker maybe in parentheses after it (or written
before the marker: 记者问：), and a colon.  Who asks and what a turn raises are
`kg.extract.issue_turns`'s; where an answer's issues are is `kg.extract.issue_placement`'s
(the exchange's topic), so both read the lines here.

Source: session 54, qa54; split out of issue_turns in session 60 (qa60), so issue placement
reads an answer's question without importing the raisers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.lexicons import alternation, table

# the longest speaker written in a turn's parentheses (邻村枫岭村村民方志华, 社区党委书记郎晓燕)
WHO_SPAN = 24


@cache
def turn_markers() -> dict[str, str]:
    """Turn marker -> its kind (question, answer), from `issue_turn_markers.tsv`.

    >>> turn_markers()["问"], turn_markers()["答"]
    ('question', 'answer')
    """
    return {row[0]: row[1] for row in table("issue_turn_markers.tsv") if len(row) > 1}


@cache
def turn_line() -> re.Pattern:
    """A line opened by a turn marker, the speaker maybe in parentheses, then a colon:
    问（村民李明）： / 答： / 回答（张海）：.  Groups: mark, who (the parenthesised speaker)."""
    return re.compile(
        r"[ \t\u3000]*(?P<mark>" + alternation(turn_markers()) + r")[ \t\u3000]*"
        r"(?:[（(](?P<who>[^（()）\n：:]{1," + str(WHO_SPAN) + r"})[)）])?[ \t\u3000]*[：:]"
    )


@cache
def prefixed_turn_line() -> re.Pattern:
    """A line opened by its speaker, then a turn marker and a colon: 记者问：, 张海答：,
    村民李明问：.  Group who: the speaker (one clause, no parentheses nor quotes)."""
    return re.compile(
        r"[ \t\u3000]*(?P<who>[^\n：:，,。；;？?！!（()）“”\"]{1," + str(WHO_SPAN) + r"}?)"
        r"(?P<mark>" + alternation(turn_markers()) + r")[：:]"
    )


@dataclass
class Turn:
    kind: str  # question or answer
    line: int  # where the line opens
    colon: int  # the colon closing the turn's opening
    who: tuple[int, int] | None  # the speaker's span (in parentheses, or before the marker)
    prefixed: bool = False  # the speaker is written before the marker (记者问：)


def line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


# the asker of a question turn written in parentheses closing its line, after the question's
# own final mark (问：A？（居民刘某）): the turn is signed as a letter is; session 59, unit59
TRAILING_ASKER = re.compile(
    r"(?<=[？?。！!…”])[ \t\u3000]*[（(](?P<who>[^（()）\n：:，,。；;？?！!]{1," + str(WHO_SPAN) + r"})[)）][ \t\u3000]*$", re.M
)


def turn_at(text: str, pos: int) -> Turn | None:
    """The turn opening the line that holds `pos`, if that line opens with a turn marker
    (maybe after its speaker: 记者问：).

    >>> t = "以下为部分问答。\\n问（村民李明）：路灯坏了？\\n答：马上修。\\n记者问：还有呢？"
    >>> turn_at(t, t.index("路")).kind, turn_at(t, t.index("马")).kind, turn_at(t, 2)
    ('question', 'answer', None)
    >>> turn_at(t, t.index("还")).prefixed
    True
    """
    start = line_start(text, pos)
    if m := turn_line().match(text, start):
        who = (m.start("who"), m.end("who")) if m.group("who") else None
        kind = turn_markers()[m.group("mark")]
        if who is None and kind == "question" and (after := TRAILING_ASKER.search(text, m.end(), _line_end(text, start))):
            who = (after.start("who"), after.end("who"))  # 问：A？（居民刘某）: the asker signs the turn
        return Turn(kind, start, m.end() - 1, who)
    if m := prefixed_turn_line().match(text, start):
        return Turn(turn_markers()[m.group("mark")], start, m.end() - 1, (m.start("who"), m.end("who")), True)
    return None



def question_before(text: str, line: int) -> Turn | None:
    """The question turn of the transcript holding the turn line at `line`, the nearest
    before it (turn lines and blank lines between), or None.

    >>> t = "问：路灯坏了？\\n\\n答：马上修。\\n答：下周修好。"
    >>> question_before(t, t.index("答：下")).line, question_before(t, 0)
    (0, None)
    """
    while line > 0:
        line = line_start(text, line - 1)
        if not text[line : text.find("\n", line)].strip():
            continue
        turn = turn_at(text, line)
        if turn is None:
            return None
        if turn.kind == "question":
            return turn
    return None
