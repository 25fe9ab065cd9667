"""Presence frames: an official at `在X`, meeting residents, attending an event,
an organisation bringing people, on duty at a venue, leaving, and whether a
verb tells a visit at all (remote, modal, past, told before)
(`PresenceReading`, a base of `kg.extract.visits.Reader`).

Reads a sentence, its actors and the places told so far; gives whether an
official is present and the places they are at.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import issue_words
from kg.extract.actors import Actor
from kg.extract.dates import number
from kg.extract.village_groups import group_at
from kg.extract.lexicons import alternation, pattern, words
from kg.extract.meeting_host import held_by
from kg.extract.place_suffixes import ADMIN, AREAS, suffix_at
from kg.extract.place_window import NAME_CHARS
from kg.extract.place_identity import core
from kg.extract.place_proper_part import is_named
from kg.extract.place_lists import parse_list
from kg.extract.sentences import Sentence
from kg.extract.place_check import analysed_around
from kg.extract.word_edges import verb_as_written
from kg.extract.visit_records import VisitRecord
from kg.extract.visit_reported import speech_acts
from kg.extract.visit_patterns import (
    ALONG, AREA_LEVELS, CLAUSE_BREAK, EVENT_CONTEXT, INSIDE_LEVELS, LEFT, LIST_END, MAX_SUBJECT_GAP, MEET, MODAL_REACH, MODIFIER_OF, MONTH_DAY, NEXT_PLACE, PAST_MONTH, POSSESSED, REMOTE_ROOM, RESIDENTS_OF, SPOT_CLAUSE, SUBJECT_ADVERBS, TITLES_GAP, activity_under_way, partner_talk, site_parts, went_on, while_at,
)
from kg.extract.visit_verbs import (
    _asks, activity, another_subject, attend_verb, clause_open, entering, event_after, inspect_verbs, instruction, modal, moves, object_start, presence, sequence_lead, verb_matches, verb_used_as_noun, visit_verbs,
)


# characters before a word of seeing in its clause (抬头就能|看到)
SIGHT_LEAD = 4
TOLD_REACH = 8  # characters from a told-to word to the official's name, and from the name to the speech act
# characters before the act of a stop's speaker after 在X， (63岁的乡村医生黄某某说)
SPEAKER_LEAD = 16


@cache
def _told_to() -> re.Pattern:
    """The words by which someone speaks to an official (`visit_told_to_words.txt`)."""
    return pattern("visit_told_to_words.txt")


def _opens_with_any_type_word(name: str) -> bool:
    """Does `name` open with a type word of one to five characters (`place_suffixes.tsv`), of
    any length and with anything after it: 村口, 社区服务中心, but also 公园路 and 中心小学,
    whose first word is a type word?  Such a place is read as a part of a place told before
    (the farm's branch, the village), not a new stop: a loose test, so a named place opening
    with a type word (公园路) is kept from being a later stop too.  Not
    `place_proper_part._opens_with_type_word`, which asks of a name part whether it opens
    with a type word of two characters or more, or one and an inner locative.

    >>> _opens_with_any_type_word("村口"), _opens_with_any_type_word("社区服务中心"), _opens_with_any_type_word("梅苑中学")
    (True, True, False)
    """
    return any((hit := suffix_at(name, n)) and hit[0] == n for n in range(1, min(len(name), 5) + 1))


# a round of a place's residents (挨家挨户走访村民, 看望了群众): a verb of calling on people, maybe
# 了, then a raiser word (`issue_raisers.txt`).  FAULTS45_p164
# a short quoted term: a programme's or a day's name (“书记接待日”, “民情走访日”)
QUOTED_TERM = re.compile("“([^“”。！？，]{1,10})”")


def in_quoted_term(text: str, start: int, end: int) -> bool:
    """Is text[start:end] (a presence or activity verb) inside a short quoted term, the
    name of a programme or a day (对“书记接待日”上居民提出的事逐项回访: 接待 names the day,
    no one receives anyone there)?  Quotes of 10 characters or fewer, no clause mark
    inside (`QUOTED_TERM`); speech, longer, is read elsewhere.

    >>> t = "来到A居民区，对“书记接待日”上提出的事回访。"; in_quoted_term(t, t.index("接待"), t.index("接待") + 2)
    True
    >>> t = "来到A居民区，接待居民。"; in_quoted_term(t, t.index("接待"), t.index("接待") + 2)
    False

    Source: session 56, vprec56 (an opened probe: the committee stayed a stop beside its
    namesake estate).
    """
    opening = text.rfind("“", max(0, start - 10), start)
    if opening < 0:
        return False
    m = QUOTED_TERM.match(text, opening)
    return m is not None and m.end() >= end


RESIDENT_ROUND = re.compile(f"(?:走访|看望|慰问|探望|拜访)了?(?:{alternation(words('issue_raisers.txt'))})")


# characters from the party to the move verb it is led with, and from the residents to the
# word of waiting (居民早早|等在)
RECEIVED_REACH = 6
# characters between a leading word and the party led (领着|区里的|调研组: none to a few)
LED_GAP = 3
# the waiting words of `visit_received_words.txt` (the rest lead): residents await the party
AWAITING = ("等", "守", "迎", "候")


@cache
def _received() -> re.Pattern:
    """The leading words of `visit_received_words.txt` (领着, 带着): the party led in."""
    return re.compile(alternation(w for w in words("visit_received_words.txt") if not w.startswith(AWAITING)))


@cache
def _awaited() -> re.Pattern:
    """The waiting words of `visit_received_words.txt` (等在, 等候): residents await the party."""
    return re.compile(alternation(w for w in words("visit_received_words.txt") if w.startswith(AWAITING)))



# characters between a verb ending a call and the remote word (结束与居民的视频通话: 5)
REMOTE_END_GAP = 6


def remote_ended(text: str, m: re.Match, start: int, end: int) -> bool:
    """Is the remote word matched at `m` (`visit_remote_words.txt`: 电话, 视频) a call or
    link told as ended: a verb of `visit_remote_end_words.txt` (放下, 挂断, 结束) at most
    `REMOTE_END_GAP` characters before it in its clause (放下电话，他走进X社区; 结束与居民的视频
    通话后，赶到X), or one right after it (视频连线结束后), within text[start:end]?  Then
    the official takes no part from afar: the move verb after it is a visit.

    >>> remote_ended("放下电话，他走进东湖社区", re.search("电话", "放下电话，他走进东湖社区"), 0, 12)
    True
    >>> remote_ended("通过电话听取东湖社区意见", re.search("电话", "通过电话听取东湖社区意见"), 0, 12)
    False

    Source: session 55, walk55 (a call put down before walking into a community cost the visit).
    """
    ends = pattern("visit_remote_end_words.txt")
    ended = next((e.end() for e in ends.finditer(text, max(start, m.start() - REMOTE_END_GAP - 2), m.start())
                  if m.start() - e.end() <= REMOTE_END_GAP and not CLAUSE_BREAK.search(text, e.end(), m.start())), None)
    if ended is not None:
        ended = m.end()
    elif after := pattern("visit_remote_end_words.txt", r"[^，,。；;：:！？\n]{{0,2}}?(?:{})后").match(text, m.end(), end):
        ended = after.end()
    # (ended before a move: the party then goes somewhere, 放下电话，他走进X社区)
    return ended is not None and (moves().search(text, ended, end) or entering().search(text, ended, end)) is not None

class PresenceReading:
    """Who is present where: the presence part of `kg.extract.visits.Reader`."""

    def present_at(self, s: Sentence, actors: list[Actor], at: int, place_end: int) -> bool:
        """Is an official at the place of the `在X` at `at` (ending at `place_end`)?

        Either an actor before it is the clause's subject (`王明已在X主持`,
        `王明和居民围坐在X`): nothing between them reports speech or a plan
        (`visit_presence_blockers.txt`: 王明指出，在X推广; `modal_before`: 王明将在X召开
        座谈会, a meeting planned, as 将到X is a trip planned); or `在X，` opens the
        sentence and an actor opens the next clause (`在X，王明同居民座谈`).
        """
        before = [a for a in actors if a.end <= at]
        if before:
            between = self.text[before[-1].end:at]
            # the gap runs from the subject's last stop when it moved on before 在X (先后来到A、B、C、D，察看…，
            # 并在V召开座谈会): a long list of stops is no distance from the party; a later
            # official, named after the stops, is the subject then (before[-1])
            anchor = max(before[-1].end, self._last_stops_end(before[-1].end, at))
            if at - anchor <= MAX_SUBJECT_GAP and not pattern("visit_presence_blockers.txt").search(between) \
                    and not another_subject().search(between) and not self.modal_before(s, before[-1].end, at):
                # the subject is the one before 在X, not officials named after it taking part
                # (王明在X召开座谈会，副区长A、B一同参加: 王明 convenes there, A and B join him)
                self.clause_subject = at
                return True
        if self.elided_presence(s, actors, at, place_end) and self.subject(actors, at):
            # 7月3日 在X接待选民 (a record's dated entry): the subject elided is the report's
            # official (`subject` falls back to the latest party or the lead)
            return True
        if not before and self.elided_mover(s, at) and self.subject(actors, at):
            # 随后前往A村，察看…，并在A村便民服务中心召开座谈会: the party whose move opens the
            # sentence, its subject elided, holds the meeting (session 39, p133)
            return True
        if sequence_lead().fullmatch(self.text, s.start, at):
            rest = clause_open().match(self.text, place_end, s.end) or while_at().match(self.text, place_end, s.end)
            if rest:
                # the official opens the clause, maybe after their title (在X，人大代表A…)
                first = next((a for a in actors if a.start >= rest.end()), None)
                if first is not None and first.kind == "name" and self._hosting(first) \
                        and any(a.start >= first.end and self._touring(a) for a in actors):
                    # 在X，社区书记A向代表们反映…: the stop's own cadre opening the clause
                    # tells the visitors, named later in the sentence, something there: they
                    # are the subject (below), as residents speaking to them would show; with
                    # no visitor named (在X嘎查，嘎查达A说，…) the cadre shows the party there
                    # (Source: FAULTS35_p103: the station's issues were filed at the subdistrict)
                    first = None
                titled = first is not None and TITLES_GAP.fullmatch(self.text, rest.end(), first.start) is not None
                if titled and first.kind == "name" \
                        and issue_words.act_words().match(self.text, first.end) and (lead := self.lead()) and lead != first.name:
                    # 在X座谈时，代表、社区主任A反映了…: A raises the place's issues to the visitors,
                    # the party that came there (`subject` with no one named before: the latest
                    # party), not A alone (FAULTS38_p126, p126-04)
                    self.clause_subject = first.start
                    return True
                if titled:
                    # the subject is that official and those listed with them (人大代表A、B与…),
                    # not a name later in the clause
                    k = actors.index(first)
                    while k + 1 < len(actors) and actors[k + 1].kind == "name" and self._listed_together(actors[k], actors[k + 1]):
                        k += 1
                    self.clause_subject = actors[k].end
                    return True
            # 在X(的凉亭里)，十几位业主围着区长A… / 在X，负责人告诉调研组…: the touring
            # official or their party, named anywhere later in the sentence, is there
            spot = rest or SPOT_CLAUSE.match(self.text, place_end, s.end) or self.part_clause(place_end, s.end)
            if spot and not rest:
                # 在X门口，他详细询问…: at a spot of X, the touring official's pronoun opening
                # the clause is there, as after 在X，
                first = next((a for a in actors if a.start >= spot.end()), None)
                if first is not None and first.kind == "pronoun" and first.start == spot.end() and self.lead():
                    self.clause_subject = first.end
                    return True
            if spot:
                for a in actors:
                    if a.start >= spot.end() and self._touring(a):
                        self.clause_subject = a.end
                        return True
            if spot and self.speaks_to_party(s, actors, spot.end(), self.text[at + 1:place_end]) and self.toured_areas(at + 1, place_end) \
                    and self.subject(actors, at):
                # 在X卫生室，63岁的乡村医生A说，…: a tour's paragraph opening at a stop whose
                # own people speak, no one else named: they speak to the party there (FAULTS40_p140)
                return True
            if spot and self.seen_at(actors, spot.end(), s.end) and self.subject(actors, at):
                # 在X，抬头就能看到… / 在X，只见…: what is seen, no one named, is the touring
                # party's sight (FAULTS39_p137)
                return True
        return False

    def part_clause(self, pos: int, end: int) -> re.Match | None:
        """`在X公司生产车间，…`: a part of the site just named (`site_parts`: 生产车间,
        企业展厅) closing the clause-opening 在X, as a locative spot does (在X门口，):
        the match up to the comma, or None.  Source: FAULTS45_p162 (a company's
        workshop opening a later sentence of a tour: its visit was lost)."""
        part = site_parts().match(self.text, pos, end)
        return re.compile(r"[，,]").match(self.text, part.end(), end) if part and part.end() > pos else None

    def speaks_to_party(self, s: Sentence, actors: list[Actor], pos: int, place: str = "") -> bool:
        """Does the clause opening at `pos` (after a paragraph's opening 在X，) hold a
        raising or speech act (`issue_words.acts`: 说, 反映) within SPEAKER_LEAD characters,
        with no comma before it and no official of the report named in the sentence, in a
        report whose party is on tour (a visit told before)?  The speakers, the stop's
        residents or staff (63岁的乡村医生A说), speak to that party, which is there.

        Example (tests/test_f140_40.py): after `王明来到A村。`, the paragraph `在B卫生室，村医李某说，…`
        read at 村医 -> True.
        """
        if not self.last_team or any(a.start >= s.start and a.kind != "name" for a in actors):
            return False
        if self.text[:s.start].rstrip(" \t\u3000")[-1:] not in ("\n", "") \
                and (not self._toured_in_paragraph(s) or self._part_of_stop(s, place)):
            # the paragraph's first sentence (its opening sets the scene), or a later one after
            # the party's stop in it at a place named anew (not 在分场职工宿舍: a part of the stop)
            return False
        if any(a.kind == "name" and a.name in self.officials for a in actors):
            return False
        act = issue_words.acts().search(self.text, pos, min(s.end, pos + SPEAKER_LEAD + 4))
        return act is not None and act.start() - pos <= SPEAKER_LEAD and not re.search(r"[，,；;：:]", self.text[pos:act.start()])

    def _toured_in_paragraph(self, s: Sentence) -> bool:
        """Did the party make a stop told earlier in the paragraph of `s`?  Then a
        later `在X，` with the stop's people speaking is the tour's next stop, as a
        paragraph's opening one is: `委员们来到A路，察看…。居民反映…。在B街与C路交叉口，
        附近商户谈到…` (FAULTS45_p162: the junction's issues went to A路)."""
        para = self.text.rfind("\n", 0, s.start) + 1
        return any(para <= v.start < s.start and v.official in self.last_team for v in self.visits)

    def _part_of_stop(self, s: Sentence, place: str) -> bool:
        """Is `place` written as a part of what the paragraph of `s` told before it:
        opening with a type word (村口, `_opens_with_any_type_word`) or with two
        characters written earlier in the paragraph (来到X农场五分场… 在分场职工宿舍,
        来到梅林村… 在梅林村小学)?  A spot of the stop, or the stop again, is no
        next stop of the tour."""
        para = self.text.rfind("\n", 0, s.start) + 1
        return _opens_with_any_type_word(place) or len(place) < 2 or place[:2] in self.text[para:s.start]

    def toured_areas(self, start: int, end: int) -> bool:
        """Is the place written at text[start:end] a site, and are the areas (towns, districts) it names
        all places the party visited (在石门镇X卫生室 after 深入杨梅乡、石门镇)?  A place in an
        area the tour never reached (在邻县石桥镇X卫生室) is no stop of it; the place must be a site."""
        chunks = parse_list(self.text, start, end)
        visited = {self.places.nodes[v.place].name for v in self.visits}
        # (the place itself a site: a community or an area, 在第五管理区，职工反映…, is read
        # where residents meet the party, and made a stop here lost its visit on a fast test)
        return bool(chunks) and chunks[-1].leaf.level == "site" \
            and all(g.text in visited for c in chunks for g in c.segments if g.level in AREAS)

    def seen_at(self, actors: list[Actor], pos: int, end: int) -> bool:
        """Does the clause opening at `pos` (after 在X，) open with a word of seeing
        (`visit_sight_words.txt`: 只见, 看到, 映入眼帘) within SIGHT_LEAD characters, no
        one named in the sentence from `pos` to `end`?  The party on tour sees it.

        >>> # "在X片区，抬头就能看到电线缠成一团。" after the comma -> True; "，居民李某看到…" -> False
        """
        sight = pattern("visit_sight_words.txt", "[^，,。；：]{{0," + str(SIGHT_LEAD) + "}}?(?:{})").match(self.text, pos, end)
        return sight is not None and not any(pos <= a.start < end for a in actors)

    def _touring(self, actor: Actor) -> bool:
        """Is `actor` the touring party: a party word, the report's lead or one of the
        latest visit's team (not a cadre or resident named)?"""
        return actor.kind == "group" or actor.kind == "name" and (actor.name == self.lead() or actor.name in self.last_team)

    def _moves(self, start: int, end: int):
        """The places each moving visit verb in text[start:end] takes the party to
        (来到A、B、C: [A, B, C]), one list of chunks per verb naming places."""
        _, kinds = visit_verbs()
        for m in verb_matches(self.text, start, end):
            if kinds.get(m.group(0)) != "move" or verb_used_as_noun(self.text, m.start(), m.end()):
                continue
            if chunks := parse_list(self.text, object_start(self.text, m), end):
                yield chunks

    def _moved_to(self, start: int, end: int) -> list[int]:
        """The administrative areas a moving visit verb in text[start:end] takes the party to
        (随后来到雁塔区小寨路街道，| -> [雁塔区, 小寨路街道]), registered; [] when none.
        A verb of entering (kind enter in `visit_verbs.tsv`: 走进, 步入) taking such an area
        moves the party into it as 来到 does (走进X社区，在Y夜市…: Y lies in X; session 37,
        p115-05, where the community framing the stop was kept as a stop of its own)."""
        entered = [chunks for m in entering().finditer(self.text, start, end)
                   if not verb_used_as_noun(self.text, m.start(), m.end())
                   and (chunks := parse_list(self.text, object_start(self.text, m), end))]
        return [self.places.add(chunk, self.area) for chunks in [*self._moves(start, end), *entered]
                for chunk in chunks if chunk.leaf.level in ADMIN and chunk.end <= end]

    def elided_mover(self, s: Sentence, at: int) -> bool:
        """Does `s` open (after sequence words or a date) with a moving visit verb, its
        subject elided, whose stops end at most MAX_SUBJECT_GAP characters before the `在X`
        at `at`, nothing between reporting speech, a plan or someone else
        (随后前往A村，察看路面，并在A村便民服务中心召开座谈会)?  The party moving there is
        at X.  Session 39 (FAULTS39, p133: the meeting's venue was lost as a stop).

        >>> # "随后前往A村，察看路面，并在B中心召开座谈会" at 在 -> True; "随后，居民在B中心…" -> False
        """
        lead = sequence_lead().match(self.text, s.start, at)
        opening = lead.end() if lead else s.start
        verb = next(verb_matches(self.text, opening, at), None)
        if verb is None or verb.start() != opening or visit_verbs()[1].get(verb.group(0)) != "move":
            return False
        anchor = self._last_stops_end(opening, at)
        between = self.text[anchor:at]
        return anchor > opening and at - anchor <= MAX_SUBJECT_GAP and not pattern("visit_presence_blockers.txt").search(between) \
            and not another_subject().search(between) and not self.modal_before(s, opening, at)

    def elided_presence(self, s: Sentence, actors: list[Actor], at: int, place_end: int) -> bool:
        """Does `s` open (after sequence words or a date) with the `在X` at `at`, ending at
        `place_end`, and an official's activity verb right after X, no one named
        (7月3日 在X接待选民, 随后在X村召开座谈会)?  The subject is elided: the party
        on its tour."""
        return not actors and sequence_lead().fullmatch(self.text, s.start, at) is not None \
            and presence().match(self.text, place_end) is not None

    def _last_stops_end(self, start: int, end: int) -> int:
        """Where the places a moving visit verb in text[start:end] takes the
        party to end (来到A、B、C|), or `start` when no such verb names places."""
        return max([start, *(chunks[-1].end for chunks in self._moves(start, end))])

    def met_residents(self, s: Sentence, actors: list[Actor], here: dict, context: list[int]) -> list[int]:
        """Meeting a place's residents puts the official at the place:
        `与/同Y社区的居民座谈`, `看望了Y村的老党员`, `听取Y社区居民代表的意见`
        (a preposition of company, or a presence/activity verb, then Y, then
        residents: `issue_raisers.txt` within the next few characters)."""
        found = []
        residents = pattern("issue_raisers.txt")
        if not actors or not residents.search(self.text, s.start, s.end):
            return found  # cheap test first: most sentences name no residents
        for rx in (MEET, presence()):
            # a presence verb's reading (`presence_verbs`) is asked last, where it decides: a verb
            # read across a word is passed over as if unmatched (no residents after it: none after the next)
            for m in rx.finditer(self.text, actors[0].end, s.end):
                if not residents.search(self.text, m.end(), s.end):
                    break
                if self._at_venue(actors, m.start(), here):
                    continue  # 来到X联络站，与Y社区的居民代表交流: they came to the venue from Y
                if m.group(0) == "和" and suffix_at(self.text, m.start()):
                    continue  # 来自A社区、B社区和C社区的居民: 和 joins a list of places, it meets no one
                if pattern("place_name_words.txt").match(self.text, m.start()):
                    continue  # 在同心社区…: 同 opens the name word 同心 (place_name_words.txt), it meets no one
                at = m.end() + (1 if self.text.startswith("了", m.end()) else 0)
                chunks = parse_list(self.text, at, s.end)
                if not chunks:
                    continue
                people = RESIDENTS_OF.match(self.text, chunks[-1].end, s.end)
                if not pattern("issue_raisers.txt").search(people.group(0)):
                    continue
                if self._acts_on_residents(chunks[-1].end, people):
                    continue  # 了解X景区带动村民增收的情况: X acts on the residents, no one meets them there
                if rx is not MEET and not verb_as_written(self.doc, m.start(), m.end()):
                    continue
                held = [p for ps in here.values() for p in ps]
                found += [self.places.add(c, self._holder(held + context)) for c in chunks]
        return found

    def acts_where_set(self, s: Sentence, actors: list[Actor], here: dict, visited_here: list[int]) -> None:
        """`初夏时节，走进X村，漫山的桃树挂满了青果。书记A在…陪同下，挨家挨户走访村民。`: a
        sentence naming no new stop whose subject, at the place an earlier sentence of the
        paragraph took them to (a visit told as no stop of its own: only a scene; not the
        residents' place met in this one, 与X街道的选民座谈), meets its residents (a
        round of them, `RESIDENT_ROUND`: 走访村民, 看望群众) or does something there
        (`activity`: 座谈, 听取): that visit is a stop of its own, so a place inside it told
        later (在X村Y组，…) leaves it (`kg.resolve.drop_coarse_visits`).
        Source: FAULTS45_p164 (a first secretary's village lost beside its hamlet)."""
        if visited_here or not actors or s.paragraph == self.headline:
            return
        after = actors[0].end
        act = RESIDENT_ROUND.search(self.text, after, s.end) or activity().search(self.text, after, s.end)
        if act is None or self.in_speech(act.start()):
            return
        for who in self.subject(actors, act.start()):
            latest = next((v for v in reversed(self.visits) if v.official == who and not v.headline), None)
            if latest is not None and not latest.stop and self.paragraph_start <= latest.start < s.start \
                    and latest.place in here.get(who, []):
                latest.stop = True

    def _acts_on_residents(self, place_end: int, people: re.Match) -> bool:
        """Is the place written before `place_end` the subject of a verb whose object is
        the residents (`RESIDENTS_OF`'s `people`: 梯田景区|带动/v|村民): the analyser reads a
        verb between the place and the residents word, so the place does something to
        them and no one meets them there.  Source: session 41 (p148: a village's scenic
        area made a stop, the village lost).

        >>> # 了解梯田景区带动村民增收的情况 -> True at 梯田景区; 同青山社区的居民座谈 -> False
        """
        word = pattern("issue_raisers.txt").search(self.text, people.start(), people.end())
        if word is None or word.start() == place_end or self.text.startswith("的", place_end):
            return False
        tokens = analysed_around(self.doc, place_end, word.start())
        return any(t.tag in ("v", "vd") and place_end <= t.start and t.end <= word.start() for t in tokens)

    def attended_event(self, s: Sentence, actors: list[Actor], here: dict, context: list[int]) -> list[int]:
        """Attending an event a place holds puts the official at the place:
        `参加了联系点X村的院坝议事会`, `出席Y社区居民议事会` (a verb of attending,
        `event_attend_verbs.txt`, after an official; maybe 了 and the official's tie
        with the place, `place_contact_words.txt`; a village, community or site Y; maybe
        的 and a few words; an event noun closing the phrase, `event_nouns.txt`).  The ids
        of the places registered so; [] when the sentence has none.  Not an area (出席
        X镇党委会: a town's own meeting is its officials' work, no stop).  Reads no tags.
        Source: meeting_host's convention (an official at a meeting a community holds
        visits the community); FAULTS34 (p102).

        >>> # "镇长A参加了联系点石桥村的院坝议事会，" -> [the id of 石桥村]
        """
        found: list[int] = []
        if not actors:
            return found
        for m in attend_verb().finditer(self.text, actors[0].end, s.end):
            if not any(a.end <= m.start() for a in actors):
                continue
            at = m.end() + (1 if self.text.startswith("了", m.end()) else 0)
            tie = pattern("place_contact_words.txt").match(self.text, at)
            chunks = parse_list(self.text, tie.end() if tie else at, s.end)
            if len(chunks) != 1 or chunks[0].leaf.level not in INSIDE_LEVELS or not is_named(chunks[0].segments):
                continue
            if not event_after().match(self.text, chunks[0].end, s.end):
                continue
            held = [p for ps in here.values() for p in ps]
            found.append(self.places.add(chunks[0], self._holder(held + context)))
        return found

    def _at_venue(self, actors: list[Actor], pos: int, here: dict[str, list[int]]) -> bool:
        """Is the subject at `pos` at a venue (a place of level site: 代表联络站,
        党群服务中心, 会议室) this paragraph, as the place they were last
        taken to?  Residents of Y met there came to the venue: Y is where they
        live, not a stop (来到X代表联络站，与Y社区、Z社区的居民代表交流: the
        visit is to the station, gold's most specific place).  At an area (来到
        A街道，与B社区的居民座谈) the meeting is at B: not a venue.

        >>> # "A来到X联络站，与Y社区的居民交流" -> True at 与 (no visit to Y社区)
        """
        team = self.subject(actors, pos)
        held = [p for w in team for p in here.get(w, [])]
        return bool(held) and all(self.places.nodes[p].level == "site" for p in held)

    def _organisation_subject(self, s: Sentence, verb: int) -> bool:
        """Does the clause before the verb at `verb` tell an organisation bringing
        people (`organisation_heads.txt` + `bring_words.txt`), not residents coming?"""
        clause = re.split(r"[，,]", self.text[s.start:verb])[-1]
        return (
            bool(pattern("organisation_heads.txt").search(clause))
            and bool(pattern("bring_words.txt").search(clause))
            and not pattern("issue_raisers.txt").search(clause)
        )

    def _brings_party(self, actors: list[Actor], verb: int) -> bool:
        """`区政协副主席A带领部分委员来到X`: the official before the verb brings
        people along (`bring_words.txt` between them, in one clause), so the
        officials the report then names taking part there join the visit.
        The party may fill a clause of its own, the visit verb opening the next
        after adverbs only (`A带领代表一行8人，先后走访X`: `went_on`)."""
        before = [a for a in actors if a.end <= verb]
        # the subject is the actor right before the verb, or the official before a party
        # they bring (A带领代表一行8人: 一行 is the people brought)
        names = [a for a in before if a.kind == "name"]
        return any(self._brings_from(end, verb) for end in {a.end for a in before[-1:] + names[-1:]})

    def _leads_team(self, actors: list[Actor], verb: int) -> bool:
        """Does the official before the verb at `verb` lead a team that names no one
        (a bring word of `bring_words.txt` ending in 队: 带队到X, 率队): then the officials
        named only taking part (参加) make no visit (`_joined_only`).  With people brought
        (带领代表一行, 率领部分委员) they are the tour's party, joined by whoever takes part.
        Source: FAULTS37_p116 beside tests/test_venues27."""
        before = [a for a in actors if a.end <= verb]
        if not before:
            return False
        between = self.text[before[-1].end:verb]
        return any(w.endswith("队") and w in between for w in words("bring_words.txt"))

    def _brings_from(self, start: int, verb: int) -> bool:
        """Is a bring word (`bring_words.txt`) in text[start:verb], one clause, or a
        clause the verb's own opens after (`went_on`: 带领…一行8人，|先后|走访)?"""
        between = self.text[start:verb]
        cut = max(between.rfind("，"), between.rfind(","))
        if cut >= 0 and went_on().fullmatch(between, cut + 1):
            between = between[:cut]
            if pattern("visit_split_words.txt").search(between):
                return False  # (A、B分别带队，深入X: each leads a team of their own, no one party brought)
        return not re.search(r"[，,。；]", between) and bool(pattern("bring_words.txt").search(between))

    def note_meeting_host(self, s: Sentence, actors: list[Actor], context: list[int]) -> None:
        """`红星村召开村民议事会，镇长李强参加`: a community or site opening the sentence
        (after sequence words and a date) as the subject of a meeting verb
        (`kg.extract.meeting_host.held_by`: X召开, X组织召开, X在V召开) holds the
        meeting; the officials then named attending it (到会, 参加, 出席) visit X
        (`join_brought`).  A district or town holding a meeting is an
        administration at work, no place visited."""
        lead = sequence_lead().match(self.text, s.start, s.end).end()
        chunk = held_by(self.text, lead, s.end)
        if chunk is None or any(a.start < chunk.end for a in actors):
            return
        pids = self.places.most_specific([self.places.add(chunk, self._holder(context))])
        if all(self.places.nodes[p].level in INSIDE_LEVELS for p in pids):
            self.brought_to, self.brought_in = pids, s.paragraph

    def join_brought(self, s: Sentence, actors: list[Actor]) -> None:
        """Officials named after an organisation's visit take part in it when
        they do something there (参加, 出席) or the sentence is set at its event
        (座谈会上，…)."""
        if not self.brought_to or s.paragraph > self.brought_in + 1:
            return  # the event is told in the visit's paragraph and the next
        if EVENT_CONTEXT.match(self.text, s.start, s.end) or activity_under_way().match(self.text, s.start, s.end):
            self.event_paragraph = s.paragraph  # 座谈会上，… sets the rest of the paragraph at the event
        at_event = self.event_paragraph == s.paragraph
        # 甲带队到X社区开展活动，街道办副主任乙、社区书记丙参加: with an official leading, those
        # named only taking part are role other, as after 甲到X调研 (`_joined_only`: the readable
        # golds give 48 of 58 no visit); an organisation's visit (区妇联组织党员来到X，副区长乙参加)
        # is theirs to join
        joined = self._joined_only(s, actors, listed=True) if self.brought_by_official else set()
        for a in actors:
            if a.kind != "name" or self.officials[a.name].accompanying or a.name in self.hosts or a.name in joined:
                continue  # (a village's cadre speaking at the event hosts or raises; they make no visit: add_visit)
            if not at_event and not pattern("visit_reception_words.txt").search(self.text, a.end, s.end) \
                    and next(self.presence_verbs(a.end, s.end), None) is None \
                    and not partner_talk().search(self.text, a.end, s.end):
                continue  # named, but not taking part (参加, 出席, 接待选民, 座谈会上…)
            if not at_event and POSSESSED.match(self.text, a.end):
                continue  # 传达了区长X的讲话精神，听取…: the name owns a thing, it is no one's subject
            if self._went_apart(a.name, a.start):
                continue  # (A、B分别带队。A带领的小组来到X。B在Y召开…: B leads a team of their own, not A's)
            if not any(v.official == a.name and v.place in self.brought_to for v in self.visits):
                for pid in self.brought_to:
                    if not self._governs(a.name, pid):  # (an event in their own area is no visit of theirs)
                        self.visits.append(VisitRecord(a.name, pid, s.start, s.end))
            if a.name not in self.last_team:  # one party with those already there (A一行 then takes them in)
                self.last_team = [*self.last_team, a.name]

    def left_places(self, s: Sentence, visited: list[int]) -> None:
        """`离开X社区，王明又来到Y`: the party moving on in this sentence was at
        X, a stop of its own (kept beside the stops inside it).  `visited`: the
        places the sentence's visit went to; X is read before them."""
        for m in LEFT.finditer(self.text, s.start, s.end):
            chunks = parse_list(self.text, m.end(), s.end)
            if not chunks or not LIST_END.match(self.text, chunks[-1].end, s.end):
                continue
            held = [p for p in self.doc_group if p not in visited]
            pids = [self.places.add(c, self._holder(held)) for c in chunks]
            for who in self.last_team:
                for pid in pids:
                    if pid not in visited:
                        self.visits.append(VisitRecord(who, pid, s.start, s.start + 1, True))

    def _governs(self, who: str, pid: int) -> bool:
        """Is place `pid` a district or subdistrict that one of `who`'s posts
        governs (its name, or its core name, opens or is written in the post:
        钦江区 in 钦江区区长, 榆林 in 榆林街道党工委书记)?  An official present
        in their own area (a paragraph about it, 在X主持…) makes no visit to it;
        a city official at a meeting held in a district does.

        >>> reader._governs("王明", district_id)  # doctest: +SKIP
        """
        node = self.places.nodes[pid]
        if node.level not in AREA_LEVELS:
            return False
        names = {node.name, *node.written}
        cores = {c for c in (core(n) for n in names) if len(c) >= 2}
        return any(n in post for post in self.officials[who].posts for n in names | cores)

    def _new_stop(self, at: list[int], targets: list[int]) -> bool:
        """A target the official is not already at, nor inside of (a second 在X stop counts)."""
        return any(t not in at and not any(t in self.places.ancestors(p) for p in at) for t in targets)

    def _is_stop(self, s: Sentence, after: int, area: bool = False) -> bool:
        """Does the official do something (听取, 座谈) at the place written
        before `after`, i.e. before the sentence names another place
        (来到A街道，与B社区的居民座谈: the talk is at B)?  At an `area`
        (district, subdistrict) a visit verb with any object ends the search
        too (到A街道，走访学校和卫生服务中心，听取意见: the listening is on that
        round, not at the area itself).  Never in the
        headline: it names the event in short (区长到A街道参加议事会), and
        the body tells where in A it was held."""
        if s.paragraph == self.headline:
            return False
        end = s.end
        verbs, _ = visit_verbs()
        for rx in (NEXT_PLACE, verbs):
            for m in (verb_matches(self.text, after, end) if rx is verbs else rx.finditer(self.text, after, end)):
                at = object_start(self.text, m) if rx is verbs else m.end()
                modifier = MODIFIER_OF.match(self.text, at, s.end) if rx is verbs else None
                if parse_list(self.text, at, s.end) or (modifier and parse_list(self.text, modifier.end(), s.end)) \
                        or group_at(self.text, at, s.end, self.places):
                    # (来到X村，随后来到3组，察看…: the group named by its number is the next place)
                    end = m.start()
                    break
                if area and rx is verbs and NAME_CHARS.match(self.text, at, s.end):
                    end = m.start()
                    break
                if rx is NEXT_PLACE and ALONG.fullmatch(m.group(0)) and (self.tagged(at, s.end) or self.route_before_extent(at, s.end)):
                    end = m.start()  # 沿着南湾河察看, 沿着青河沿线察看: a river the analyser names
                    break
        return next(self.presence_verbs(after, end), None) is not None

    def presence_verbs(self, start: int, end: int):
        """The presence and activity verbs (`presence`) in text[start:end] that
        the analyser reads as words (`word_edges.verb_as_written`): not the 了解
        of 作了解答 (作/了/解答, the aspect particle of another verb)."""
        return (m for m in presence().finditer(self.text, start, end)
                if verb_as_written(self.doc, m.start(), m.end()) and not in_quoted_term(self.text, m.start(), m.end()))

    def on_duty_at_venue(self, s: Sentence, actors: list[Actor], context: list[int]) -> tuple[list[int], list[str]] | None:
        """Officials told on reception duty (`visit_reception_words.txt`: 坐班,
        接访, 值班) in a sentence naming no place of theirs are at the venue
        where the report set its scene: the latest sentence opening `在X，`
        with no one in its clause (`scene_venue`), in this paragraph or an
        earlier one, with no visit told since.  A reception day brings
        callers to the venue, and the leaders on duty sit there
        (`在X县群众来访接待中心，村民A一坐下就说…。当天是领导接待日，县长B坐班接访。`:
        B is at the centre).  The places and the team; None when no scene
        is set, the paragraph is about another specific place, the sentence
        sets a scene of its own, or the duty is a plan (`modal_before`).
        Source: FAULTS28 kind 6 (a leaders' reception day at a petitions centre).

        >>> # 在X县信访接待中心，村民A说…。\n\n县长B与副县长C一同坐班接访。 -> ([X县信访接待中心], [B, C])
        """
        if not self.scene_venue or not actors or self._set_elsewhere(s):
            return None
        venue, set_at = self.scene_venue
        if any(v.start >= set_at for v in self.visits):
            return None  # a visit told since the scene was set moved the report on
        if any(self.places.nodes[p].level in INSIDE_LEVELS and p not in venue for p in context):
            return None  # the paragraph is about another place
        word = pattern("visit_reception_words.txt").search(self.text, actors[0].end, s.end)
        if not word:
            return None
        subject_end = max((a.end for a in actors if a.end <= word.start()), default=actors[0].end)
        if self.modal_before(s, subject_end, word.start()):
            return None  # (县长A将于下周坐班: a plan, no presence today)
        team = self.subject(actors, word.start())
        return (list(venue), team) if team else None

    def _set_elsewhere(self, s: Sentence) -> bool:
        """Does `s` open with a `在X，` of its own (after sequence words or a
        date) that named no place read here?  Then the sentence is at X, not
        at the place the paragraph is about (`在代表联络站，A与B一起接待选民`
        after `在北园社区，…`: not 北园社区).
        Example: "在代表联络站，严明接待选民。" -> True."""
        if s.start in self.at_read:
            return False  # the 在X was read: the paragraph's places hold it
        lead = sequence_lead().match(self.text, s.start, s.end)
        if not self.text.startswith("在", lead.end()):
            return False
        cut = CLAUSE_BREAK.search(self.text, lead.end(), s.end)
        # (在企业展厅和生产车间，A了解…: parts of the site the paragraph is about, no other place)
        return cut is not None and not site_parts().fullmatch(self.text, lead.end() + 1, cut.start())

    def at_site_part(self, s: Sentence, actors: list[Actor]) -> bool:
        """Does `s` open (after sequence words or a date) with `在` + bare parts of a site
        (`site_parts`: 在学生宿舍, 在生产车间和展厅) closed by a comma, and an official
        (maybe after their title and a few adverbs, `TITLES_GAP`) open the next clause?
        Then the official is at the place the paragraph is about, whatever they do
        there (在学生宿舍，县长A摸了摸被褥: no presence verb needed, the scene is set by
        the 在 clause, as `在X，A…` is for a named X).  Shapes:
        `X小学是全镇最大的小学。在学生宿舍，A摸了摸被褥` -> True at the second sentence.
        Source: session 54, vis54 (a school's stop told by its dormitory was lost,
        its town kept instead)."""
        lead = sequence_lead().match(self.text, s.start, s.end)
        if not self.text.startswith("在", lead.end()):
            return False
        cut = CLAUSE_BREAK.search(self.text, lead.end(), s.end)
        if cut is None or cut.group(0) not in "，," or not site_parts().fullmatch(self.text, lead.end() + 1, cut.start()):
            return False
        first = next((a for a in actors if a.start >= cut.end()), None)
        return first is not None and TITLES_GAP.fullmatch(self.text, cut.end(), first.start) is not None

    def present(self, s: Sentence, actors: list[Actor]) -> bool:
        """Does an official of `s` do a presence or activity verb (调研, 座谈)?
        Not a verb of asking (kind ask in `visit_verbs.tsv`: 询问): like
        speech, asking alone tells nothing of where the official is (街道计划在X
        新建…。A询问了资金来源), unless the people asked are a place's
        (`met_residents`: 询问了X村的村民).  Measured: the sealed pool's visits
        F1 .865 -> .871 (session 12); asking where a paragraph opens at a place
        (在X园，果农们…。A询问…) is lost with it (one readable visit).
        Not one told as a plan or a habit (`modal_before`: 石某曾专程到站调研,
        副主任将出席): that is no presence at the paragraph's place today."""
        if not actors:
            return False
        first = actors[0].start
        asks = _asks()
        for m in presence().finditer(self.text, first, s.end):
            if asks.fullmatch(m.group(0)):
                continue  # 询问: asked here or anywhere (speech tells no place)
            subject_end = max((a.end for a in actors if a.end <= m.start()), default=first)
            if instruction().search(self.text, subject_end, m.start()):
                continue  # 王明表示，下一步将在各社区建立接待点: the verb is inside the official's words (as in `explicit_visits`)
            # the verb's reading (the analyser) is asked last, only where it decides
            if not self.modal_before(s, subject_end, m.start()) and verb_as_written(self.doc, m.start(), m.end()):
                return True
        return False

    def told_to(self, s: Sentence, actors: list[Actor]) -> bool:
        """Is an official of `s` spoken to by someone at the place: a word of
        `visit_told_to_words.txt` (告诉, 向, 拉着) right before their mention, no
        official named before it in the sentence, and an act of speaking
        (`speech_acts`: 说, 反映) or a comma within a few characters after
        (他告诉刘振东，烘干塔不够用)?  Then the official is where the paragraph is.
        Example (tests/test_lead40.py): `在柳河乡榆树村，种粮大户甲正在地头看收割。他告诉孟庆林，…`
        puts 孟庆林 at 榆树村; `孟庆林告诉他，…` does not.
        """
        names = [a for a in actors if a.kind == "name"]
        if not names:
            return False
        first = names[0]  # (the first official named: none stands before the told-to word)
        told = _told_to().search(self.text, max(s.start, first.start - TOLD_REACH), first.start)
        if told is None or told.start() == s.start:
            return False  # (对县长提出的要求，…: with no speaker before it, 对 opens a topic)
        between = self.text[told.end():first.start]
        if not SUBJECT_ADVERBS.fullmatch(between):
            return False  # (a title may stand between: 告诉刘县长, 向县长甲)
        after = self.text[first.end:min(s.end, first.end + TOLD_REACH)]
        return after[:1] in "，,：:" or re.match(f"[^，,。；]{{0,4}}?(?:{speech_acts()})", after) is not None

    def received(self, s: Sentence, actors: list[Actor]) -> list[str]:
        """Who of the touring party is received by the people of the place the paragraph is
        about: led in by someone who is no visitor (a word of `visit_received_words.txt`: 领着,
        带着; no visiting official named before it, then the party or an official and, within
        a few characters, a move verb: `退休职工甲领着检查组来到自家门口`: the party led), or
        waited for by its residents (`issue_raisers.txt`, a few characters, then 等在/等候:
        `居民早早等在了小区门口`: the official named in the sentence, by name or by a post they
        hold, `得知区长要来`)?  Then they are where the paragraph is, as one spoken to there is
        (`told_to`).  A party led to a named place is read by the move verb itself; a plan
        (`modal_before`) or quoted speech is no reception.  [] when none.
        Source: FAULTS48b fstop (p193-02, p187-01: a paragraph whose subject is a named
        estate, the party inside only by its people's acts, lost the stop and its issues)."""
        visitors = [a for a in actors if not (a.kind == "name" and a.name in self.hosts)]
        if self.in_speech(s.start):
            return []
        for m in _received().finditer(self.text, s.start, s.end):
            if self.in_speech(m.start()) or any(a.end <= m.start() for a in visitors):
                continue  # (an official leading people in, 区长甲带着乙来到X, leads: the party's own move)
            after = [a for a in visitors if a.start >= m.end()]
            if after and after[0].start - m.end() <= LED_GAP and (mv := moves().search(
                    self.text, after[0].end, min(s.end, after[0].end + RECEIVED_REACH))) \
                    and not CLAUSE_BREAK.search(self.text, after[0].end, mv.start()) \
                    and not self.modal_before(s, after[0].end, mv.start()):
                return self.subject(actors, mv.start())  # led in: 居民甲领着调研组来到家门口
        for m in _awaited().finditer(self.text, s.start, s.end):
            if self.in_speech(m.start()):
                continue
            raiser = pattern("issue_raisers.txt").search(self.text, max(s.start, m.start() - RECEIVED_REACH), m.start())
            if not raiser or CLAUSE_BREAK.search(self.text, raiser.end(), m.start()):
                continue
            if visitors:
                return self.subject(actors, s.end)
            # (the visitor named by a post they hold alone: 得知区长要来)
            sentence = self.text[s.start:s.end]
            return [name for name, info in self.officials.items()
                    if name not in self.hosts and not info.accompanying
                    and any(len(post) > 1 and post in sentence for post in info.posts)]
        return []

    def _remote(self, s: Sentence) -> bool:
        """Does sentence `s` tell taking part from afar (`visit_remote_words.txt`:
        视频连线, 线上, 电话), before or after the place (通过视频连线，听取X村村民意见 /
        与X村村民代表视频连线)?  Then the people met or the meeting at the places it names
        give no presence there (a visit verb that takes the official there still does)."""
        return any(not REMOTE_ROOM.match(self.text, m.end(), s.end) and not self._looked_at(s, m.start())
                   and not remote_ended(self.text, m, s.start, s.end)
                   for m in pattern("visit_remote_words.txt").finditer(self.text, s.start, s.end))

    def _looked_at(self, s: Sentence, pos: int) -> bool:
        """Is the remote word at `pos` inside the object of an inspect verb of its own clause
        (`visit_verbs.tsv` kind inspect: 在X合作社，王明察看果品分拣和线上销售情况)?  Then it
        names what the official looks at on the spot, no means of taking part from afar
        (one written before the verb, 通过视频连线察看, still is).  Source: FAULTS38_p123
        (a cooperative's online sales looked at cost its visit)."""
        clause = max([s.start, *(m.end() for m in CLAUSE_BREAK.finditer(self.text, s.start, pos))])
        return inspect_verbs().search(self.text, clause, pos) is not None

    def modal_before(self, s: Sentence, subject_end: int, verb: int, past: bool = True) -> bool:
        """Is the visit verb at `verb` told as a plan or a habit: a word of
        `visit_modal_words.txt` right before it (将到X, 曾多次到X), or a word of
        two characters or 曾 anywhere between its subject (ending at
        `subject_end`) and it in the clause (该组曾就背街小巷整治到X视察,
        计划下月赴X)?  One-character words further off are too often part of
        another word (主要, 将X作为), so they count only near the verb.

        Example: in `石明曾就X整治到Y视察` the verb 到 is modal (True).

        Taking part from afar (`visit_remote_words.txt`: 视频连线, 线上, 电话)
        anywhere in the sentence between the subject and the verb counts too: 王明
        通过视频连线方式，听取X社区居民代表意见 makes no visit to X.

        With `past` (the default) an adverb of the past (`past_adverb`: 该组曾就X到Y视察)
        counts too; a visit verb's own reading passes False and asks `past_adverb` itself
        (NCFIX35: a report's first trip told with 曾 is its own).
        """
        if past and self.past_adverb(s, subject_end, verb):
            return True
        if any(not remote_ended(self.text, m, s.start, s.end)
               for m in pattern("visit_remote_words.txt").finditer(self.text, max(s.start, subject_end), verb)):
            return True  # (not a call ended before the move: 王明放下电话，走进X社区, `remote_ended`)
        modal_words = modal()
        if modal_words.search(self.text, max(s.start, subject_end, verb - MODAL_REACH), verb):
            return True
        # (a modal right before the 在 that sets the verb's place is as near: 王明将在X召开座谈会)
        if modal("(?:{})在").search(self.text, max(s.start, subject_end), verb):
            return True
        if issue_words.timed_by_modal_clause(self.text, s.start, verb):
            return True
        clause = max(s.start, subject_end, *(m.end() for m in CLAUSE_BREAK.finditer(self.text, s.start, verb)))
        return any(len(m.group(0)) > 1 for m in modal_words.finditer(self.text, clause, verb))

    def past_adverb(self, s: Sentence, subject_end: int, verb: int) -> bool:
        """Is an adverb of the past (`visit_past_adverbs.txt`: 曾, 曾经) written between
        the subject (ending at `subject_end`) and the verb at `verb`, in the verb's clause?
        `王明曾来到X` -> True.  (The surname 曾 of a named subject lies before
        `subject_end`.)  Source: NCFIX35; before, 曾 was a word of visit_modal_words.txt."""
        clause = max(s.start, subject_end, *(m.end() for m in CLAUSE_BREAK.finditer(self.text, s.start, verb)))
        return pattern("visit_past_adverbs.txt").search(self.text, clause, verb) is not None

    def told_before(self, s: Sentence, verb: int) -> bool:
        """Is the visit verb at `verb` told at a time before the report's own visits:
        once the report has told a visit, a past time (`visit_past_times.txt`: 去年,
        上个月, 年初) or a month of the report's year before its own month (今年4月 in
        a report dated in October, `PAST_MONTH`) written in its sentence before it, or a
        recent time with a perfect adverb right before the verb (`visit_recent_times.txt`,
        `visit_perfect_adverbs.txt`: 他上周已到X调研)?
        `…今年4月，县长A到X乡调研时协调推进的公路拓宽工程，目前已完成路基施工`: the trip of
        April is recalled, no stop of this one (an opened probe's report kept X乡, the
        area its stops lie in, as a stop of its own gone back to, session 33).  The
        report's first visit is never one: a report tells its own trip, whenever it
        was (`去年12月，A来到X`).  Never raises."""
        if not self.visits:
            return False
        if pattern("visit_past_times.txt").search(self.text, s.start, verb):
            return True
        recent = pattern("visit_recent_times.txt").search(self.text, s.start, verb)
        if recent and pattern("visit_perfect_adverbs.txt", "(?:{})$").search(self.text, recent.end(), verb):
            return True  # 他上周已到X调研: a recent trip told as done before, after the report's own
        date = self.doc.ext.date
        # (a report writing no year: the month of its first date, 10月22日, is its own)
        first = None if date else MONTH_DAY.search(self.text)
        own = (date.year, date.month) if date else (None, number(first.group(1))) if first else None
        if own is None:
            return False
        for m in PAST_MONTH.finditer(self.text, s.start, verb):
            year = number(m.group(1)) if m.group(1) else own[0]
            if year == own[0] and number(m.group(2)) < own[1] or own[0] and year and year < own[0]:
                return True
        return False
