"""Where the report is when residents speak: the scene frame of issue placement.

`kg.extract.visits` gives each sentence a `Scene` from the visits told so far.
Issue placement reads that scene as a frame with a scope, and corrects it in
two ways, each from the text alone:

- ASIDES: a visit told as an aside moves no later sentence.  A flashback
  (`scene_flashback_words.txt`: 会前/此前…，王明察看了X) holds only its own
  sentence and the rest of its paragraph up to a meeting (座谈会上，…); a
  place written inside a quotation (“村里到镇上的路…”) is words, not a visit.
  The scene goes back to the latest visit before the aside.
- PRESENCE OPENERS: a clause opened by a place (`在X，`, `X里，`, `X里人头攒动`,
  or the reporter's arrival `记者来到X，`/`记者来到X。`: `scene_observers.txt`,
  with a recent-time adverb after the observer or before it, `scene_recent_words.txt`:
  记者近日来到X, 日前，记者走访了X)
  sets the scene of the rest of its paragraph until the next visit, though no
  visit was read there (the clause names no visitor).  A place as the subject
  of a meeting verb (`scene_meeting_verbs.txt`: 新华社区召开座谈会，居民们反映…) opens
  the scene the same way: the meeting is held there.

Source of the rules: the failure kinds of placement seen on readable blind sets
(flashbacks, quoted places, `X里，` openers).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from kg.text import HAN, LIST_BULLETS, LIST_DASH
from kg.extract.lexicons import alternation, kind_words, pattern, words
from kg.extract.meeting_host import TIME_NUMBER, meeting_verb
from kg.extract.place_description import describes
from kg.extract.place_suffixes import suffix_at
from kg.extract.place_proper_part import has_proper_part
from kg.extract.place_parse import parse_at
from kg.extract.places import PlaceRegistry
from kg.extract.place_identity import kind as place_kind
from kg.extract.sentences import Sentence
from kg.extract.visit_patterns import EVENT_CONTEXT, observer_phrase
from kg.extract.visit_records import Scene, VisitRecord

# A presence opener: a sentence or clause start (after a short lead clause: a
# time, 随后, 当天上午), 在?, a place (parsed), then a quoted programme name, a
# locative and the clause's comma — or 里/内 and a predicate (X里人头攒动).
CLAUSE_START = re.compile(r"(?:^|(?<=[。！？!?；;\n]))", re.M)


@cache
def _lead_clause() -> re.Pattern:
    """A short lead clause before a presence opener: sequence words, times of day,
    dates and clock times, a weekday in brackets, then the comma."""
    lead = words("sequence_words.txt") + words("post_time_words.txt") + words("scene_time_words.txt") + words("scene_recent_words.txt")
    return re.compile(f"(?:{alternation(lead)}|{TIME_NUMBER}|[（(][^）)，。]{{1,6}}[）)]|\\s)+[，,]")
# (a colon: the place heads the points after it, 一、X村：村民反映…)
# (时: a stop told again by the verb that went there, 来到X时，)
OPENER_END = re.compile(r"(?:“[^”，。]{1,16}”)?(?:(?:里|内|中|时)?[，,：:]|(?:里|内)(?![的面外边头]))")
# …在V召开/举行…: a clause whose subject holds a meeting at V (the venue opens the scene)
HELD_OPEN = re.compile(r"[^，,。；;：:、\s“”]{0,8}?在([^，,。；;：:、\s“”]{2,16}?)(?:主持)?(?:召开|举行|举办)")
# what may close an opener's place (up to the first comma)
CLOSERS = re.compile(r"[，,：:里内中时“]")
COMMA = re.compile(r"[，,]")
# the sentence end after the place the observer reached (记者来到X小区。)
ARRIVAL_END = re.compile(r"[。！!]")
# 在 opening a clause after a comma (…，在B，居民反映…): a presence opener inside a sentence
COMMA_AT = re.compile(r"(?<=[，,])(?=在)")
# a bare type word opening a generic place (社区党群服务中心, 村文化礼堂, 嘎查活动室): the place of that kind the report is at
BARE_KIND = re.compile(r"(社区|嘎查|村|街道|苏木|镇|乡)")
# the generic place phrase of 在X， (its end before a locative and the comma)
GENERIC_PHRASE = re.compile(r"([^，,。；：、\s]{2,16}?)(?:里|内|中)?[，,]")
# a point's marker opening a line (■X村：, 一、X村：, （二）X村：, 3.X村：): the place after it heads the point
HEADING_MARK = re.compile(rf"[ \t\u3000]*(?:[{LIST_BULLETS}]+|{LIST_DASH}|【|〖|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{{1,2}}[）)]|\d{{1,2}}[.．、](?!\d))[ \t\u3000]*")
OPENER_REACH = 24  # characters a place opener may run before its comma
QUOTES = ("“", "”")


@cache
def _went_to() -> re.Pattern:
    """A verb of going to or looking at a place (`visit_verbs.tsv` move, inspect)
    opening a clause with no subject: 走进X，/来到X时，tells the tour's next stop
    again, the official named before."""
    return re.compile(alternation(kind_words("visit_verbs.tsv", "move", "inspect")))


@cache
def _subject_went() -> re.Pattern:
    """A short subject (a name, 他, X一行: no mark, 1-8 characters) and a verb of going
    to a place (`visit_verbs.tsv` move), opening a clause: 张立新来到|社区议事厅，."""
    return re.compile(f"[^，,。；;：:、“”\\s]{{1,8}}?(?:{alternation(kind_words('visit_verbs.tsv', 'move'))})")


@cache
def _observer() -> re.Pattern:
    """The report's own observer (`scene_observers.txt`: 记者, 笔者, 我们) as the
    subject before a visit verb opening a clause (记者来到X，), maybe with a
    sequence word between (记者随后来到X，)."""
    return pattern("scene_observers.txt", observer_phrase())


@cache
def _flashback() -> re.Pattern:
    """A flashback word opening a clause (此前，/会前，) or before the official's
    verb (邵明远此前已走访…)."""
    return pattern("scene_flashback_words.txt", r"(?:{})(?=[，,已曾先还就也]|[" + HAN + r"]{{0,2}}[，,])")


def in_quotation(text: str, pos: int, floor: int) -> bool:
    """Is `pos` inside a quotation “…” opened after `floor` (the paragraph start)?

    >>> in_quotation("他说：“到镇上的路太窄。”", 6, 0), in_quotation("他来到石桥村。", 4, 0)
    (True, False)
    """
    return text.rfind(QUOTES[0], floor, pos) > text.rfind(QUOTES[1], floor, pos)


def opens_meeting(text: str, s: Sentence) -> bool:
    """Is `s` set at a meeting (座谈会上，/会上，/座谈时，/座谈中，)?"""
    if EVENT_CONTEXT.match(text, s.start, s.end):
        return True
    m = pattern("issue_meeting_words.txt", r"[^，。；]{{0,6}}?(?:{})(?:上|中|时|期间)[，,]").match(text, s.start, s.end)
    return m is not None


class SceneFrame:
    """The corrected scene of each sentence of one report (see the module doc).

    `visits` are the report's visits; `sentences` its sentences (for paragraphs).

    >>> # 来到A村召开座谈会。\\n会前，王明察看了B渠。\\n座谈会上，村民反映… -> scene A村
    """

    def __init__(self, text: str, places: PlaceRegistry, visits: list[VisitRecord], sentences: list[Sentence]):
        self.text = text
        self.places = places
        self.visits = visits
        self.sentences = sentences
        self.by_start = {s.start: s for s in sentences}
        self.paragraph_start: dict[int, int] = {}
        for s in sentences:
            self.paragraph_start.setdefault(s.paragraph, s.start)
        self.quoted = {i for i, v in enumerate(visits) if self._quoted(v)}
        self.flashback = {i for i, v in enumerate(visits) if i not in self.quoted and self._flashback(v)}
        self.asides = self.quoted | self.flashback  # visits that may be asides
        self._openers: dict[int, tuple[int | None | bool, int]] = {}  # position -> parsed opener (memo)
        self._hosts: set[int] = set()  # positions of openers that hold a meeting (X社区召开座谈会)
        self._by_start: tuple[int, list[int], list[int]] = (-1, [], [])  # (len(visits), starts, indices) sorted by start

    # ------------------------------------------------------------ asides

    def _sentence(self, pos: int) -> Sentence | None:
        return self.by_start.get(pos)

    def _written(self, v: VisitRecord) -> list[int]:
        """Where the visit's place is written in its sentence."""
        out = []
        for w in self.places.nodes[v.place].written:
            at = self.text.find(w, v.start, v.end)
            while at >= 0:
                out.append(at)
                at = self.text.find(w, at + 1, v.end)
        return sorted(out)

    def _quoted(self, v: VisitRecord) -> bool:
        """Is the visit's place written only inside a quotation of its paragraph?"""
        s = self._sentence(v.start)
        if s is None:
            return False
        at = self._written(v)
        floor = self.paragraph_start[s.paragraph]
        return bool(at) and all(in_quotation(self.text, p, floor) for p in at)

    def _flashback(self, v: VisitRecord) -> bool:
        """Is the visit told after a flashback word before its place, in its sentence?"""
        at = self._written(v)
        return bool(at) and _flashback().search(self.text, v.start, at[0]) is not None

    def aside(self, i: int, s: Sentence) -> bool:
        """Is visit `i` an aside as seen from sentence `s` (no scene for `s`)?"""
        if i in self.quoted:
            return True
        if i not in self.flashback:
            return False
        v = self.visits[i]
        home = self._sentence(v.start)
        if home is None or v.start == s.start:
            return False
        if home.paragraph != s.paragraph or v.start > s.start:
            return True
        # 会前，…察看了X。座谈会上，村民…: the meeting after the flashback is back at the main stop
        return any(opens_meeting(self.text, t) for t in self.sentences if v.start < t.start <= s.start and t.paragraph == s.paragraph)

    def main_visits(self, s: Sentence) -> list[VisitRecord]:
        """The visits told before the end of `s` that set its scene (asides left out)."""
        if not self.asides:
            return [v for v in self.visits if v.start < s.end]
        return [v for i, v in enumerate(self.visits) if v.start < s.end and not (i in self.asides and self.aside(i, s))]

    def main_visits_from(self, s: Sentence, lo: int) -> list[VisitRecord]:
        """`main_visits(s)` of those told from `lo` on (lo <= start), in the same
        order; found by bisection on the visits sorted by start, so a long
        report's sentences do not each walk all its visits (issue 10).

        >>> from kg.extract.place_suffixes import PlaceChunk
        >>> from kg.extract.place_segments import segment
        >>> text = "来到柳河镇。走访石门镇。察看青山村。"
        >>> reg = PlaceRegistry()
        >>> ids = [reg.add(PlaceChunk(a, a + 3, segment(text[a : a + 3]))) for a in (2, 8, 14)]
        >>> v = [VisitRecord("王明", p, a, a + 4) for p, a in zip(ids, (0, 6, 12))]
        >>> f = SceneFrame(text, reg, v, [])
        >>> [x.start for x in f.main_visits_from(Sentence(6, 12, text[6:12], 0), 1)]
        [6]
        """
        if self._by_start[0] != len(self.visits):  # (the list only grows; index it again when it did)
            order = sorted(range(len(self.visits)), key=lambda i: self.visits[i].start)
            self._by_start = (len(self.visits), [self.visits[i].start for i in order], order)
        _, starts, order = self._by_start
        window = sorted(order[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, s.end)])
        return [self.visits[i] for i in window if not (i in self.asides and self.aside(i, s))]

    def scene(self, scene: Scene, s: Sentence) -> Scene:
        """`scene` with the places of aside visits replaced by those of the latest
        visit before them (its paragraph's for `group`, the report's for
        `report_group`); unchanged when no aside was told before `s`."""
        asides = [i for i in self.asides if self.visits[i].start < s.end and self.aside(i, s)]
        if not asides:
            return scene
        aside_places = {self.visits[i].place for i in asides}
        main = self.main_visits(s)
        kept = {v.place for v in main}

        def latest(vs: list[VisitRecord]) -> list[int]:
            if not vs:
                return []
            last = max(v.start for v in vs)
            return list(dict.fromkeys(v.place for v in vs if v.start == last))

        group, report_group = scene.group, scene.report_group
        if any(p in aside_places and p not in kept for p in group):
            paragraph = [v for v in main if self._sentence(v.start) and self._sentence(v.start).paragraph == s.paragraph]
            group = latest(paragraph)
        if any(p in aside_places and p not in kept for p in report_group):
            report_group = latest(main)
        if group is scene.group and report_group is scene.report_group:
            return scene
        return replace(scene, group=list(group), report_group=list(report_group))

    # ------------------------------------------------------------ presence openers

    def opener(self, s: Sentence, end: int, paragraph_start: int) -> tuple[int, int, bool] | None:
        """(position, place id, own) of the latest presence opener (在X， / X里，/
        X里+predicate / 记者来到X，) of the paragraph before `end` (the raising act), with no
        main visit told from its sentence on to `s` (a visit to X or to a place
        holding X does not count); None when there is none.  `own` is True when
        the opener names the very place the issues are at: a generic place
        opened by a type word (在社区党群服务中心，) stands for the place of that
        kind the report is at (see `generic_place`), and the place an observer
        went to (记者来到X，) is where they are, not a corner of an earlier stop."""
        found = None
        starts = [(m.end(), False) for m in CLAUSE_START.finditer(self.text, paragraph_start, end)]
        starts += [(m.end(), True) for m in COMMA_AT.finditer(self.text, paragraph_start, end)]
        sentence_at = paragraph_start
        for start, after_comma in sorted(starts):
            if after_comma:
                # 在A，村民反映X，在B，居民反映Y: a named place opens the clause's scene when the
                # sentence opened with one too (a series; 石川指出，在X，… is a remark)
                if found is None or found[0] < sentence_at:
                    continue
                got = self._opener_place(start + 1, end, s)
                if got is not None and not got[1]:
                    found = (start + 1, got)
                continue
            sentence_at = start
            m = CLAUSE_START.match(self.text, start)
            lead = _lead_clause().match(self.text, m.end(), end) or HEADING_MARK.match(self.text, m.end(), end)
            for pos in [m.end()] + ([lead.end()] if lead else []):
                held = HELD_OPEN.match(self.text, pos, end)
                if held and (got := self._held_place(held, s)) is not None:
                    found = (held.start(1), got)  # 王明在村委会会议室召开座谈会: the meeting's venue
                    break
                at_word = self.text.startswith("在", pos)
                pos += at_word
                # (记者来到X，居民们反映…: the reporter's arrival sets the scene, no visit told)
                observer = None if at_word else _observer().match(self.text, pos, end)
                went = None if at_word else _went_to().match(self.text, observer.end() if observer else pos, end)
                if went and observer:
                    # (记者走访了X: the place after 了)
                    reach = went.end() + self.text.startswith("了", went.end())
                    got = self._opener_place(reach, end, s) or self._arrival_place(reach, end)
                    if got is not None:
                        # 记者来到X，/记者来到X。居民们反映…: X itself, not a corner of the stop before
                        found = (reach, (got[0], True))
                        break
                if went and (got := self._opener_place(went.end(), end, s)) is not None:
                    found = (went.end(), got)  # 走进Y，居民反映…: at Y, though its visit was told before
                    break
                moved = None if at_word or observer else _subject_went().match(self.text, pos, end)
                if moved and (got := self._generic_arrival(moved.end(), end, s)) is not None:
                    found = (moved.end(), got)  # 张立新来到社区议事厅，…: a room of the community he is in
                    break
                got = self._opener_place(pos, end, s) if pos < end else None
                if got is not None or at_word and GENERIC_PHRASE.match(self.text, pos, min(end, pos + OPENER_REACH)):
                    # (a later 在X， not read as a place still ends the earlier opener's scope)
                    found = (pos, got)
                    break
        if found is None or found[1] is None or found[1][0] is None:
            return None
        at, (pid, generic) = found
        for v in self.main_visits(s):
            if v.end > at and v.start <= s.start and v.place not in self.places.ancestors(pid):
                if v.start > at or self._written(v) and self._written(v)[-1] > at:
                    return None  # the report moved on: 在X街道，王明察看了Y小区
        return at, pid, generic

    def _opener_place(self, pos: int, end: int, s: Sentence) -> tuple[int | None, bool] | None:
        """(place, generic) of an opener at `pos` that closes before `end`, or None."""
        if pos not in self._openers:
            self._openers[pos] = self._parse_opener(pos)
        found, closes = self._openers[pos]
        if found is None or closes > end:
            return None
        if isinstance(found, str):
            # 在社区党群服务中心，: a generic place opened by a type word
            return self.generic_place(found, s), True
        # (a place holding a meeting is where its issues are, not a corner of an earlier stop)
        return found, pos in self._hosts

    def _generic_arrival(self, pos: int, end: int, s: Sentence) -> tuple[int | None, bool] | None:
        """(place, True) of a generic place opened by a bare type word that someone went
        to at `pos` (张立新来到社区议事厅，与居民座谈): a room or venue of the place of that
        kind the report is at (`generic_place`), as 在社区议事厅， is; else None.  The
        phrase ends in a room word (`place_room_words.txt`) before its comma and names
        no place of its own.  Source: FAULTS32 (p89-06: the issues raised
        in 社区议事厅 went to the estate visited before it, not the community)."""
        text = self.text
        limit = min(end, pos + OPENER_REACH)
        phrase = GENERIC_PHRASE.match(text, pos, limit)
        if not phrase or not BARE_KIND.match(text, pos) or has_proper_part(phrase.group(1)):
            return None
        b = phrase.end(1)
        if not pattern("place_room_words.txt", "(?:{})$").search(text, pos, b):
            return None  # (镇卫生院 may be a stop of its own: only a room is surely the place's)
        return self.generic_place(phrase.group(1), s), True

    def _arrival_place(self, pos: int, end: int) -> tuple[int, bool] | None:
        """(place, False) of a named place the observer's verb reaches at `pos`
        that ends its sentence before `end` (记者来到X小区。), else None."""
        chunk = parse_at(self.text, pos, min(end, pos + OPENER_REACH))
        if chunk is None or chunk.start != pos or not has_proper_part(chunk.leaf.text):
            return None
        if not ARRIVAL_END.match(self.text, chunk.end, end):
            return None
        return self.places.add(chunk), False

    def _held_place(self, held: re.Match, s: Sentence) -> tuple[int | None, bool] | None:
        """(place, generic) of the venue V of `…在V召开…` opening a clause (its
        subject before 在): a named place written as V exactly, or a generic
        place opened by a type word (在村委会会议室召开座谈会 → the village)."""
        text = self.text
        a, b = held.span(1)
        # (a venue's type word, or a room: 会议室, 活动室 — place_room_words.txt)
        typed = suffix_at(text, b) or pattern("place_room_words.txt", "(?:{})$").search(text[a:b])
        if BARE_KIND.match(text, a) and typed and not has_proper_part(text[a:b]):
            return self.generic_place(text[a:b], s), True
        chunk = parse_at(text, a, b) if suffix_at(text, b) else None
        if chunk is not None and chunk.start == a and chunk.end == b and has_proper_part(chunk.leaf.text):
            return self.places.add(chunk), False
        return None

    def generic_place(self, phrase: str, s: Sentence) -> int | None:
        """The place a generic place phrase opened by a type word stands for: the
        latest stop written with the phrase's tail (在社区党群服务中心， for a stop
        X社区党群服务中心), else the place of the type word's kind the report is at
        (`place_of_kind`: 在社区党群服务中心， after a stop inside X社区 is X社区,
        a venue of the community that is not that stop)."""
        word = BARE_KIND.match(phrase).group(1)
        tail = phrase[len(word):]
        if len(tail) >= 2:
            for v in sorted(self.main_visits(s), key=lambda v: v.start, reverse=True):
                if any(w.endswith(tail) for w in self.places.nodes[v.place].written):
                    return v.place
        return self.place_of_kind(word, s)

    def _parse_opener(self, pos: int) -> tuple[int | None | str, int]:
        """(the place id of a named opener at `pos`, or the phrase of a generic one
        opened by a type word after 在, else None; where the opener closes)."""
        text = self.text
        limit = min(len(text), pos + OPENER_REACH)
        # (parse only where a type word ends right before a comma, locative or quotation)
        comma = COMMA.search(text, pos, limit)
        ends = [m.start() for m in CLOSERS.finditer(text, pos + 1, comma.end() if comma else limit)]
        # 新华社区召开座谈会，居民们反映…: a place right before a meeting verb holds the meeting,
        # the scene is there from the place on (the raising may be read from the meeting verb);
        # the place is read up to the verb (青禾村再次组织…: no 再次组, a group's name)
        meets = meeting_verb().search(text, pos + 1, comma.start() if comma else limit)
        if meets and text[pos - 1 : pos] != "在":
            held = parse_at(text, pos, meets.start())
            if held is not None and held.start == pos and held.end == meets.start() and has_proper_part(held.leaf.text):
                self._hosts.add(pos)
                return self.places.add(held), held.end
        if text[pos - 1 : pos] != "在" and (owner := text.find("的", pos + 2, comma.start() if comma else limit)) > 0:
            ends.append(owner)  # (A小区的主干道…: a stop as its subject's owner, below)
        chunk = parse_at(text, pos, limit) if any(suffix_at(text, e) for e in ends) else None
        if chunk is not None and chunk.start == pos and has_proper_part(chunk.leaf.text):
            if m := OPENER_END.match(text, chunk.end, limit):
                return self.places.add(chunk), m.end()
            if text[pos - 1 : pos] != "在" and describes(text, chunk.end) and self._a_stop(chunk.text, pos):
                # 先后来到A小区、B院。在A小区，…。B院是上世纪建成的宿舍院，没有物业。楼组长反映…:
                # a sentence describing a stop of the tour (`place_description_verbs.txt`) turns
                # the telling to it; a place visited only later (接待结束后又来到X) is no stop yet,
                # the report is still at the venue (test_scene30).  Source: FAULTS32 (p91: B's
                # complaints were filed at A)
                return self.places.add(chunk), chunk.end
            if text[pos - 1 : pos] != "在" and text.startswith("的", chunk.end) and self._a_stop(chunk.text, pos):
                # 先后走进A小区和B院，随后在C召开议事会。晚上8点多，A小区的主干道两侧已经停满了车。…居民反映…:
                # a stop of the tour opening a sentence as its subject's owner turns the telling to
                # it, as a description does (session 60, qa60)
                return self.places.add(chunk), chunk.end
        if text[pos - 1 : pos] != "在":
            return None, pos
        phrase = GENERIC_PHRASE.match(text, pos, limit)
        # (a type word ends it, or a locative: 在社区院坝里， is in the community)
        if not phrase or not BARE_KIND.match(text, pos) or not (suffix_at(text, phrase.end(1)) or text[phrase.end(1) : phrase.end(1) + 1] in ("里", "内")):
            return None, pos
        return phrase.group(1), phrase.end()

    def _a_stop(self, written: str, pos: int) -> bool:
        """Is `written` a written name of a place the report's officials visited in a
        sentence told before `pos`?"""
        return any(v.start < pos and written in self.places.nodes[v.place].written for v in self.visits)

    def place_of_kind(self, word: str, s: Sentence) -> int | None:
        """The place of the kind `word` names (社区, 村) the report is at before `s`:
        the latest main visit to a place of that kind, else a place of that
        kind holding the latest stop."""
        want = place_kind(word)
        main = self.main_visits(s)
        for v in reversed(sorted(main, key=lambda v: v.start)):
            if self.places.nodes[v.place].kind == want:
                return v.place
        if main:
            last = max(main, key=lambda v: v.start)
            for a in self.places.ancestors(last.place):
                if self.places.nodes[a].kind == want:
                    return a
        return None
