"""The residents'-issue frame of a dialogue transcript (问答实录): turns printed one a line.

A report of a reception day or a visit may print part of what was said as turns, each
line opened by a turn marker (`issue_turn_markers.tsv`: 问, 提问 — a question turn; 答,
回答 — an answer turn), the speaker maybe written in parentheses after it, and a colon:

    以下为部分问答：
    问（青山村村民李明）：村里的小桥年久失修，雨天过不去，能不能修一修？
    答（张海镇长）：镇里已经列入计划，下月动工。

A question turn asked by a raiser (`Raisers`: a resident, a resident's representative, a
community cadre written in the parentheses) carries issue content, read after the colon
as a speaker's colon line is (`IssueReader.read_sentence`); its place is the raiser's own
place when written (问（邻村枫岭村村民方志华）→ 枫岭村), else the current stop.  A
question turn with no speaker written is the residents' when the transcript's lead (the
paragraph before its first turn) names residents and no interviewer
(`issue_turn_interviewers.txt`: 记者, 专访): a reception's questions, not an interview.
An official, a journalist or an unknown person asking raises nothing; an answer turn is
the official's own remark (`answer_line`: none of its sentences is read for issues).

Source: session 54, qa54 (opened p209-06, p211-09: the turns were lost: the parenthesis
between the speaker and the colon failed the colon frame's speaker check).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.issue_raisers import Raisers, Speaker
from kg.extract.lexicons import alternation, pattern, words
from kg.extract.place_parse import parse_at
from kg.extract.turn_lines import TRAILING_ASKER, WHO_SPAN, Turn, line_start, question_before, turn_at, turn_line

__all__ = ["TRAILING_ASKER", "Turn", "Turns", "turn_at"]  # the turn grammar lives in kg.extract.turn_lines
# a speaker label alone opening a line before a colon (群众：, 镇长：, 张海：)
LABEL = re.compile(r"[ \t\u3000]*(?P<label>[^\n：:，,。；;？?！!（()）“”\"\s]{1,12})[：:]")
# the marks closing a clause of a transcript's lead
CLAUSE_MARKS = "，,。；;：:！!？?"
# the longest interviewer label before a turn marker (本报记者, 本台主持人)
INTERVIEWER_SPAN = 6


class Turns:
    """The turns of one report's transcripts and who asks each question turn."""

    def __init__(self, text: str, raisers: Raisers):
        self.text = text
        self.raisers = raisers

    def silent_line(self, pos: int) -> bool:
        """Is `pos` in a turn line that raises nothing, whatever its words (群众反映的X):
        an answer turn (答（张海镇长）：…, an official written as the answerer; 答：… after a
        residents' question turn; 张海答：… with an official alone before the marker: a
        resident answering a journalist, 村民李明答：, speaks on), the official's own remark;
        or a question turn asked by an interviewer or an official (记者问：,
        问（张海镇长）：)?

        >>> # "答：镇里已列入计划。" after 问（村民X）：…, "记者问：群众反映的X怎么办？" -> True
        >>> # "村民李明答：桥坏了。", "答：…" after 问：… in an interview (记者专访了村支书) -> False
        """
        turn = turn_at(self.text, pos)
        if turn is None:
            labelled = self.labelled_line(pos)
            return labelled is not None and labelled[0] == "official"  # 镇长：… after 群众：…
        if turn.prefixed:
            # (一位老伯拦住柏文问：… is a clause, no speaker's label: only a label alone counts)
            lo, hi = turn.who
            return self.official_label(lo, hi) or turn.kind == "question" and self.interviewer_label(lo, hi)
        if turn.kind == "answer":
            # 答（张海镇长）：; 答： after a resident's question turn (问（村民X）：, or 问： in the
            # residents' transcript); an answer in an interview (问：…？答：… after 记者专访了
            # 村支书) may be a cadre's or a resident's account: read as before
            if turn.who is not None:
                return self.official_in(turn) or self.official_label(*turn.who)
            asked = self.question_before(turn.line)
            if asked is not None and self.conversation(asked.line) is not None:
                return False  # 答：… after 与村医X拉起了家常: the resident's answer (`answer_speaker`)
            return asked is not None and self.question_speaker(asked) is not None
        return turn.who is not None and (self.interviewer_in(turn) or self.official_in(turn))

    def question_before(self, line: int) -> Turn | None:
        """The question turn before the turn line at `line` (`turn_lines.question_before`)."""
        return question_before(self.text, line)

    def official_label(self, lo: int, hi: int) -> bool:
        """Is text[lo:hi] an official of the report alone (not a community cadre): their
        name, a post they hold, or both (张海, 镇长, 镇长张海, 张海镇长)?"""
        label = self.text[lo:hi].strip()
        raisers = self.raisers
        return any(
            label == name or label in info.posts or any(label in (p + name, name + p) for p in info.posts)
            for name, info in raisers.officials.items()
            if name not in raisers.cadres
        )

    def interviewer_label(self, lo: int, hi: int) -> bool:
        """Is text[lo:hi] an interviewer alone (`issue_turn_interviewers.txt`: 记者, 本报记者,
        主持人): at most INTERVIEWER_SPAN characters holding one?"""
        return hi - lo <= INTERVIEWER_SPAN and bool(pattern("issue_turn_interviewers.txt").search(self.text, lo, hi))

    def labelled_line(self, pos: int) -> tuple[str, int] | None:
        """('raiser', colon) or ('official', colon) for a line of a speaker-labelled
        transcript holding `pos`: a line opened by a label alone and a colon (群众：…, 镇长：…,
        张海：…), the label a raiser word (`Raisers`: 群众, 村民代表) or an official of the
        report (a name, a post one holds, or both), and a line next to it (the one before or
        after, blank lines skipped) labelled by the other side.  None otherwise: a raiser
        word alone before a colon elsewhere is a headline's or a list's label.

        >>> # "群众：桥坏了，能不能修？\\n镇长：下月动工。" at 桥 -> ('raiser', 2); at 下 -> ('official', …)
        """
        side = self.label_side(line_start(self.text, pos))
        if side is None:
            return None
        others = [self.label_side(line) for line in self.neighbour_lines(line_start(self.text, pos))]
        wanted = "official" if side[0] == "raiser" else "raiser"
        return side if any(o is not None and o[0] == wanted for o in others) else None

    def label_side(self, line: int) -> tuple[str, int] | None:
        """('raiser' | 'official', colon) when the line at `line` opens with a speaker label."""
        text = self.text
        m = LABEL.match(text, line)
        if not m:
            return None
        lo, colon = m.start("label"), m.end("label")
        raisers = self.raisers
        spans = [(st, sp) for st, sp in raisers.raiser_spans(lo, colon) if sp.raiser]
        if spans and spans[0][0] == lo and spans[-1][1].pos == colon:
            return "raiser", colon
        return ("official", colon) if self.official_label(lo, colon) else None

    def neighbour_lines(self, line: int) -> list[int]:
        """The starts of the non-blank lines before and after the line at `line`."""
        text = self.text
        out = []
        before = line
        while before > 0:
            before = line_start(text, before - 1)
            if text[before:text.find("\n", before) if "\n" in text[before:] else len(text)].strip():
                out.append(before)
                break
        after = text.find("\n", line)
        while after >= 0:
            nxt = after + 1
            end = text.find("\n", nxt)
            if text[nxt: end if end >= 0 else len(text)].strip():
                out.append(nxt)
                break
            after = end
        return out

    def interviewer_in(self, turn: Turn) -> bool:
        return bool(turn.who and pattern("issue_turn_interviewers.txt").search(self.text, *turn.who))

    def official_in(self, turn: Turn) -> bool:
        """Is an official (not a community cadre, who speaks for it) named in the turn's speaker?"""
        if not turn.who:
            return False
        lo, hi = turn.who
        return any(lo <= st < hi and name not in self.raisers.cadres for st, _, name in self.raisers.mentions)

    def question_speaker(self, turn: Turn) -> Speaker | None:
        """The raiser asking a question turn written with the marker first (问（…）：, 问：);
        None when its asker is an official, an interviewer or no raiser.  The asker is the
        last raiser written in the parentheses (a community cadre named there too), with
        their own place (`own_place`); with no asker written, the residents' when the
        transcript is theirs (`residents_transcript`).

        >>> # "问（青山村村民李明）：…？" -> Speaker at the end of 李明, placed at 青山村
        >>> # "问（张海镇长）：…", "问：…" after 本报记者专访了… -> None
        """
        if turn.kind != "question" or turn.prefixed:
            return None
        if turn.who is None:
            if self.conversation(turn.line) is not None:
                return None  # 问：… after 与村医X拉起了家常: the officials ask
            return Speaker(turn.colon, True) if self.residents_transcript(turn.line) else None
        if self.interviewer_in(turn) or self.official_in(turn):
            return None
        lo, hi = turn.who
        raisers = self.raisers
        spoken = [(st, sp) for st, sp in raisers.raiser_spans(lo, hi) if sp.raiser]
        if spoken:
            start, speaker = spoken[0][0], spoken[-1][1]
            if speaker.place is None and (place := self.own_place(lo, start)) is not None:
                return replace(speaker, place=place)
            return speaker
        cadres = [(en, name) for st, en, name in raisers.mentions if lo <= st < hi and name in raisers.cadres]
        if cadres:
            return Speaker(cadres[-1][0], True, raisers.cadre_place(cadres[-1][1]), from_post=True)
        return None

    def own_place(self, lo: int, raiser: int) -> int | None:
        """The place opening a turn's parentheses at `lo`, maybe after a word of nearness
        (`issue_neighbour_words.txt`: 邻村), right before the raiser word at `raiser`
        (问（邻村枫岭村村民方志华）→ 枫岭村), added to the report's places; None if none."""
        near = pattern("issue_neighbour_words.txt").match(self.text, lo, raiser)
        start = near.end() if near else lo
        chunk = parse_at(self.text, start, raiser) if start < raiser else None
        if chunk is None or chunk.end != raiser:
            return None
        return self.raisers.places.add(chunk)

    def residents_transcript(self, line: int) -> bool:
        """Is the transcript holding the turn line at `line` the residents' questions to the
        officials: its lead, the last line before its turns, names residents (a raiser word,
        met or speaking: 听取群众意见) and no interviewer (`issue_turn_interviewers.txt`)?"""
        found = self.lead(line)
        if found is None:
            return False
        lead, end = found
        if pattern("issue_turn_interviewers.txt").search(self.text, lead, end):
            return False
        return bool(self.raisers.raiser_spans(lead, end))

    def lead(self, line: int) -> tuple[int, int] | None:
        """(start, end) of the lead of the transcript holding the turn line at `line`: the
        last non-blank line before its first turn; None when the text opens with turns."""
        text = self.text
        end = line
        while end > 0:
            start = line_start(text, end - 1)
            if text[start:end].strip() and not turn_line().match(text, start):
                break
            end = start
        if end <= 0:
            return None
        lead = line_start(text, end - 1)
        while lead > 0 and not text[lead:end].strip():
            lead = line_start(text, lead - 1)
        return lead, end

    def conversation(self, line: int) -> Speaker | None:
        """The resident the officials talk with in the lead of the transcript holding the turn
        line at `line`, when the lead tells that talk: a partner preposition
        (`partner_prepositions.txt`: 与, 同, 跟, 和), a raiser, then a talk act
        (`issue_turn_conversations.txt`: 拉起了家常, 聊了起来, 攀谈) in one clause, and no
        interviewer (`issue_turn_interviewers.txt`).  Its bare turns are that talk: the
        question turns the officials' (nothing raised), the answer turns the resident's,
        read as a speaker's colon line (`answer_speaker`).  None otherwise (a reception's
        transcript: 听取群众意见 then 问：… is the residents' questions, `residents_transcript`).

        >>> # "委员们查看了药房，并与村医王某拉起了家常。\\n问：有什么困难？\\n答：药品少。"
        >>> #   -> the Speaker of 村医王某 for both turn lines
        Source: session 56, diag222 (a council's members asking a village doctor, 问：/答：,
        the answers filed as nothing: the lead's resident made the questions hers).
        """
        bounds = self.lead(line)
        if bounds is None:
            return None
        lo, hi = bounds
        text = self.text
        if pattern("issue_turn_interviewers.txt").search(text, lo, hi):
            return None
        partners = alternation(words("partner_prepositions.txt"))
        for talk in pattern("issue_turn_conversations.txt").finditer(text, lo, hi):
            clause = max(lo, *(text.rfind(c, lo, talk.start()) + 1 for c in CLAUSE_MARKS))
            partner = re.search(f"(?:{partners})(?P<who>[^{CLAUSE_MARKS}]{{2,{WHO_SPAN}}})$", text[clause:talk.start()])
            if partner is None:
                continue
            who_lo, who_hi = clause + partner.start("who"), clause + partner.end("who")
            if self.official_label(who_lo, who_hi) or any(
                    who_lo <= st < who_hi and name not in self.raisers.cadres for st, _, name in self.raisers.mentions):
                continue  # 与张海镇长交谈: an official's talk, no resident's
            return Speaker(who_hi, True)
        return None

    def answer_speaker(self, turn: Turn) -> Speaker | None:
        """The resident answering a bare answer turn (答：) of a conversation (`conversation`),
        speaking at the turn's colon; None for any other turn."""
        if turn.kind != "answer" or turn.who is not None or turn.prefixed:
            return None
        asked = self.question_before(turn.line)
        if asked is None or self.conversation(asked.line) is None:
            return None
        return Speaker(turn.colon, True)
