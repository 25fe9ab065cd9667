"""The visit frames told without a plain visit verb and place: a host's stop, an
ordinal stop (第一站), entering, a heading or record naming the stop, a record's
people field, and walking along a road (`FrameReading`, a base of
`kg.extract.visits.Reader`).

Reads a sentence, its actors and the places told so far; gives the places
visited, as place ids the reader records as visits.
"""

from __future__ import annotations

import re

from kg.extract.dates import FULL_DATE, NUMERIC_DATE
from kg.extract.actors import Actor
from kg.extract.home_places import qualifies_person
from kg.extract.lexicons import alternation, pattern, words
from kg.analyse import tokenize
from kg.analyse.component import CLAUSE_END, analyse_spans, tokens_in
from kg.extract.place_window import NAME_CHARS
from kg.extract.place_suffixes import PlaceChunk
from kg.extract.place_proper_part import is_named
from kg.extract.place_parse import parse_at
from kg.extract.place_lists import parse_list
from kg.extract.place_check import analysed_around, reads_as_clause
from kg.extract.tagged_places import PLACE_TAGS, named_segments
from kg.extract.sentences import Sentence
from kg.extract.visit_patterns import (
    ALONG, ALONG_SECTION, ALONG_TO_VERB, HEADING_WALK, CLAUSE_BREAK, ENTRY_BREAK, FRONTED_ACT_REACH, FRONTED_TO_ACT, HEADED_BODY, HEADING_AFTER_PLACE, HOST_GAP, HOST_GAP_TO_OFFICIAL, INSIDE_LEVELS, LEFT, MARKED_OPENING, MAX_ADVERBS, MAX_ROUTE, MODIFIER_OF, ORDINAL_BEFORE, ORDINAL_LINK, ORDINAL_STOP, ROAD_AFTER_ALONG, ROAD_NAME_TAGS, SECTION_HEADING, SENTENCE_END, SUBJECT_ADVERBS, TITLE_GAP, _entered, record_entry_place_field, record_people_field, record_place_field,
)
from kg.extract.visit_verbs import (
    clause_open, object_start, residents_speaking, sequence_lead, verb_blocked, verb_matches, visit_verbs,
)


# an ordinal stop's bare name: the whole clause after the link (第一站是汪家坞。), with no
# character a phrase would hold (的, 了, 在: a verb phrase or a generic place with its owner; 哪, 这, 那,
# 什么 as a word, not 什 of 什邡: a question or a pointing word, 第二站是哪里？)
BARE_STOP_NAME = re.compile(r"((?:(?!什么)[^，,。；：、\s的了在和与及到哪啥谁这那？?]){2,5})(?=[，,。；！？!?]|$)")
# characters a type word may add to a bare name written in full elsewhere (竹林里 → 竹林里自然村)
BARE_TYPE_REACH = 3


# a walk word (徒步, 步行) after a way walked (`_walk_told`)
WALK_WORD = re.compile(f"(?:{alternation(words('visit_walk_words.txt'))})")


# 从 + a place + a spot + 出发 (+ a comma) right before a walk's 沿 (`_walk_start`)
WALK_START = re.compile(r"从[^，,。；：、\s从]{2,20}?出发[，,]?")
WALK_START_TAIL = re.compile(r"[^，,。；：、\s的]{0,4}出发[，,]?")


# a verb of passing through (`visit_pass_verbs.txt`: 途经, 路过) opening its clause, a few
# adverbs of the route before it (沿途, 一路, 先后) and 了 after (`FrameReading.pass_visits`)
PASS_CLAUSE = re.compile(
    f"(?:一路|沿途|途中|先后|依次|相继|还|又|也)?(?:{alternation(words('visit_pass_verbs.txt'))})了?")
# what may close the places passed: a clause's end, 时/等/后, or 一带/附近
PASS_END = re.compile(r"[，,。；;！？!?]|时|等|后|一带|附近|$")
# a clause telling a way or a route as a subject of its own (这条路全长5公里，途经…; 该路)
PASS_DESCRIBED = re.compile(r"这|该|此|全长|全程|总长|长约|起于|始于")


class FrameReading:
    """The frames of visits told without a plain verb: a part of `kg.extract.visits.Reader`."""

    def hosted_visits(self, s: Sentence, actors: list[Actor], here: dict, context: list[int]) -> list[int]:
        """A place receiving officials: `樟园社区迎来了区委书记A一行`,
        `X社区党委接待了…` — a place opens the clause (after sequence words),
        at most a few words of its organ or people follow (党委, 干部群众), then a
        host verb (`visit_host_verbs.txt`), then a named official: that
        official (and those listed with them) visits the place.  The place ids
        visited; [] when the sentence has no such frame."""
        made: list[int] = []
        for m in pattern("visit_host_verbs.txt").finditer(self.text, s.start, s.end):
            after = [a for a in actors if a.kind in ("name", "group") and a.start >= m.end()]
            if not after or HOST_GAP_TO_OFFICIAL.search(self.text, m.end(), after[0].start):
                # X迎来代表接待日: an event the place hosts, no official received in
                # the sentence; the officials then named taking part in it join
                chunks = self._host_place(s, m)
                if chunks and not after:
                    self.brought_to = self.places.most_specific([self.places.add(c, self._holder(context)) for c in chunks])
                    self.brought_in = s.paragraph
                continue  # (an official after it belongs to another clause)
            if after[0].kind == "name" and self.officials[after[0].name].accompanying:
                continue
            chunks = self._host_place(s, m)
            if not chunks:
                continue
            if after[0].kind == "group":  # X接待了检查组一行: the party
                team = self.subject(actors, after[0].end)
            else:
                team = [after[0].name]
                for a, b in zip(after, after[1:]):
                    if a.kind != "name" or b.kind != "name" or not self._listed_together(a, b):
                        break
                    team.append(b.name)
            if not team:
                continue
            # received there (a community, a facility), the officials made a stop of their own, kept
            # beside stops inside it (锦漪社区迎来了调研组一行, then 在锦漪社区的X小区); a town receiving is a container
            made += self._team_visits(team, chunks, s, here, context, moved=True, received=True)
        return made

    def _host_place(self, s: Sentence, verb: re.Match) -> list[PlaceChunk]:
        """The places opening the clause of the host verb `verb` (after sequence
        words), with at most a few words of their organ or people before the
        verb (`HOST_GAP`); [] when the clause does not open with a place."""
        clause = max([s.start, *(p.end() for p in CLAUSE_BREAK.finditer(self.text, s.start, verb.start()))])
        at = sequence_lead().match(self.text, clause, verb.start()).end()
        chunks = self._without_people(parse_list(self.text, at, verb.start()) or [c for c in [self.tagged(at, verb.start())] if c])
        if chunks and self.read_as_places(chunks[-1:]) != chunks[-1:]:
            return []  # 区人大代表进站|接待选民: the grammar's 站 closes a verb (进站/v), no host place
        if not chunks or not HOST_GAP.fullmatch(self.text, chunks[-1].end, verb.start()):
            return []
        return chunks

    def _without_people(self, chunks: list[PlaceChunk]) -> list[PlaceChunk]:
        """`chunks` up to the first one holding a person: an official's name
        (陈某要求街道) or residents speaking (也有选民询问联络站) is a clause the
        grammar ran over, no place's name; the list ends before it."""
        for k, c in enumerate(chunks):
            if any(a.kind == "name" for a in self.index.in_span(c.start, c.end)) or residents_speaking().search(self.text, c.start, c.end):
                return chunks[:k]
            if qualifies_person(self.text, c.end):
                return chunks[:k]  # 石门村村民李秀兰说: the speaker's home, no place the paragraph is about
        return chunks

    def ordinal_stop_visits(self, s: Sentence, actors: list[Actor], here: dict, context: list[int]) -> list[int]:
        """A stop told by its rank in the tour: `调研的第一站是X`, `首站：X`,
        `X是此次调研的最后一站` (`ORDINAL_STOP`, after or before the place):
        the officials of the clause (or the party touring) visit X.  The place
        ids visited ([] when the sentence has no such frame)."""
        made: list[int] = []
        for m in ORDINAL_STOP.finditer(self.text, s.start, s.end):
            after = ORDINAL_LINK.match(self.text, m.end(), s.end)
            chunks = parse_list(self.text, after.end(), s.end) if after else []
            if not chunks and after and (modifier := MODIFIER_OF.match(self.text, after.end(), s.end)):
                # 第三站是新建成的X小区: a short modifier + 的 before the place, as after a move verb
                chunks = parse_list(self.text, modifier.end(), s.end)
            if not chunks and after and not self.text.startswith(("，", ","), after.end()):
                # 第一站是汪家坞。: the rank tells a stop, so the words filling the rest of the
                # clause are its name, though no type word ends it (the analyser's place, or a
                # short bare name the report writes again: the full one written elsewhere, 竹林里 → 竹林里自然村)
                chunks = [c for c in [self._bare_stop_name(after.end(), s.end) or self.tagged(after.end(), s.end)] if c]
            if not chunks:  # X是…的最后一站: the place opens the clause
                clause = max([s.start, *(p.end() for p in CLAUSE_BREAK.finditer(self.text, s.start, m.start()))])
                at = sequence_lead().match(self.text, clause, m.start()).end()
                chunks = parse_list(self.text, at, m.start())
                link = chunks and ORDINAL_BEFORE.fullmatch(self.text, chunks[-1].end, m.start())
                if not link:
                    continue
            team = self.subject(actors, s.end)
            if team:
                made += self._team_visits(team, chunks, s, here, context, moved=True)
        return made

    def _bare_stop_name(self, pos: int, end: int) -> PlaceChunk | None:
        """The name filling a clause after an ordinal stop's link (`第一站是汪家坞。`,
        `第二站是竹林里，这里…`): two to five Han characters, no function word, up to
        the clause's end; a name of the report written with a type word after
        those characters (`竹林里自然村`) is that place, else the bare name, when the
        report writes it again (汪家坞的自来水), is a place of unknown type.  None when the clause holds anything else (a verb phrase,
        a generic place: `第一站是村里的养老院`)."""
        m = BARE_STOP_NAME.match(self.text, pos, end)
        if not m or not NAME_CHARS.fullmatch(m.group(1)):
            return None
        name = m.group(1)
        full = re.compile(re.escape(name) + r"(?=[^，,。；、\s])")
        for hit in full.finditer(self.text):
            chunk = parse_at(self.text, hit.start())
            if chunk and len(chunk.segments) == 1 and chunk.leaf.text.startswith(name) and is_named(chunk.segments) \
                    and len(chunk.leaf.text) - len(name) <= BARE_TYPE_REACH:
                return PlaceChunk(pos, pos + len(name), chunk.segments)
        if self.text.count(name) < 2:
            return None  # (a name the report writes once only may be any phrase: 第一站是老地方)
        segs = named_segments(name)
        return PlaceChunk(pos, pos + len(name), segs) if segs else None

    def entered_visits(self, s: Sentence, actors: list[Actor], here: dict, context: list[int]) -> list[int]:
        """A place told of, then entered with no object (`_entered`: 听说X院是一个没有物业的
        院落，他径直走了进去): the officials of the verb's clause visit the last named
        community or site written in the sentence before it.  The place ids visited
        ([] when the sentence has no such frame, no official does it, or no named
        place stands before it).  Source: FAULTS37_p116."""
        m = _entered().search(self.text, s.start, s.end)
        if not m:
            return []
        team = self.subject(actors, m.start())
        if not team:
            return []
        # (the first named place of the last clause naming one: X院是一个没有物业的“三无”院落
        # tells of X, what follows 是 describes it)
        # A name starts a clause or follows 的 (社区里的X院); one the analyser reads as a
        # clause (听说社区) or a quoted label (“三无”院落) names no place
        last, i, clause = None, s.start, -1
        while i < m.start():
            opens = i == s.start or self.text[i - 1] == "的" or CLAUSE_BREAK.match(self.text, i - 1)
            chunk = parse_at(self.text, i, m.start()) if opens and self.text[i] not in "“\"" else None
            if chunk and chunk.end > i:
                at = len(CLAUSE_BREAK.findall(self.text, s.start, i))
                if chunk.leaf.level in INSIDE_LEVELS and is_named(chunk.segments) and at > clause \
                        and not reads_as_clause(analysed_around(self.doc, chunk.start, chunk.end), self.text, chunk.start, chunk.end):
                    last, clause = chunk, at
                i = chunk.end
            else:
                i += 1
        if last is None:
            return []
        return self._team_visits(team, [last], s, here, context, moved=True)

    def heading_stop_visits(self, s: Sentence, here: dict, context: list[int]) -> list[int]:
        """A section heading that opens with a place, in a report whose party is
        touring (`■ X社区：物业换出一堆事`, `【X小区】`, `二、X村：…`, `X食堂｜…`):
        the heading is a line of its own with no sentence end (`SECTION_HEADING`),
        or a line opened by a bullet, a bracket or a section number that runs on
        (`MARKED_OPENING`: `■ X社区：居民说，…`),
        its place is a community or a site (not the report's headline, not a
        district or a town: `X区：区长走社区` titles the report), and the party
        of the latest visit goes there, as with `第一站：X` (or, before any visit,
        the party that set out with a visit verb naming no place: `到基层调研。`).  The place ids
        visited ([] when `s` is no such heading).

        >>> # after "区长梁振华来到友谊路街道。", the line "■ 平江里社区：物业换帅" -> [id of 平江里社区]
        """
        team = self.last_team or self.touring
        if not team or s.paragraph == self.headline:
            return []
        line = SECTION_HEADING.fullmatch(self.text, s.start, s.end)
        body = HEADED_BODY.match(self.text, s.end)
        if not line or not body or not SENTENCE_END.search(body.group(1)):
            # a heading heads a section of sentences (a page's footer line heads nothing);
            # or, opened by a bullet, a bracket or a section number, it runs on in the
            # same line (■ X社区：居民王阿姨说，…)
            at_line_start = s.start == 0 or self.text[s.start - 1] == "\n"
            line = MARKED_OPENING.match(self.text, s.start, s.end) if at_line_start else None
            # 地点：X社区Y小区（现场接访）: a record's place field, on a line of its own
            field = None if line or not at_line_start else record_place_field().match(self.text, s.start, s.end)
            line = line or field
            if not line:
                return []
        else:
            field = None
        if field and self._entry_names_people(s.end):
            return []  # 地点：X / 接访领导：甲: the entry's own people are there (record_people_visits)
        chunks = parse_list(self.text, line.end("marker"), s.end)
        if not chunks or not field and not HEADING_AFTER_PLACE.match(self.text, chunks[-1].end, s.end) and chunks[-1].end != s.end:
            return []
        if dateline(self.text[chunks[-1].end:s.end]):
            return []  # 宁川县融媒体中心  2024-03-07: the source's or the writer's dateline, no stop
        if field:
            # 地点：X社区党群服务中心接待室: an entry held at a unit's own facility is held at
            # the unit (as 在社区党群服务中心召开的议事会上 is, `unit_office`): the stop is the unit
            chunks = [PlaceChunk(c.start, c.end - len(c.leaf.text), c.segments[:-1])
                      if c.leaf.type == "Facility" and len(c.segments) > 1 else c for c in chunks]
        if not all(c.leaf.level in INSIDE_LEVELS and is_named(c.segments) for c in chunks):
            return []
        if any(reads_as_clause(analysed_around(self.doc, c.start, c.end), self.text, c.start, c.end) for c in chunks):
            return []  # 备案号：…ICP备…: a page's footer label, not a place (the analyser reads a verb; 建设村 is a name)
        return self._team_visits(list(team), chunks, s, here, context, moved=True)

    def _entry_names_people(self, pos: int) -> bool:
        """Does a line below `pos`, in the same entry of a record (no blank line
        between), open with a people field (`record_people_field`: 接待代表：…)?"""
        brk = ENTRY_BREAK.search(self.text, pos)
        block_end = brk.start() if brk else len(self.text)
        at = self.text.find("\n", pos, block_end)
        while at >= 0:
            if record_people_field().match(self.text, at + 1, block_end):
                return True
            at = self.text.find("\n", at + 1, block_end)
        return False

    def record_people_visits(self, s: Sentence, actors: list[Actor], here: dict, context: list[int]) -> list[int]:
        """A record written as a list of entries, each a block of field lines
        (接待时间：…/接待地点：X/接待代表：区人大代表甲、乙/反映问题：…): the line
        `s`, opened by a people field (`record_people_field`), names the officials
        who held the entry, and they are at the place of the entry's place field
        (`record_entry_place_field`, the nearest such line above `s` with no blank
        line between).  The place is kept as written (a station, a workroom): the
        entry was held there.  The place ids visited ([] when `s` is no such line,
        names no official, or its entry has no named place of community or site
        level).  Source: FAULTS35_p108 (a quarterly reception record gave no visit
        at all: its officials are named after the place, on a line of their own).

        >>> # lines "接待地点：东湖街道人大代表联络站" / "接待代表：区人大代表王明远" -> [id of the station]
        """
        if s.start and self.text[s.start - 1] != "\n":
            return []
        people = record_people_field().match(self.text, s.start, s.end)
        team = list(dict.fromkeys(a.name for a in actors if people and a.kind == "name" and a.start >= people.end("marker")))
        if not team:
            return []
        field, pos = None, s.start
        while pos > 0 and field is None:  # up the entry's lines, to its blank line
            line_start = self.text.rfind("\n", 0, pos - 1) + 1
            if not self.text[line_start : pos - 1].strip(" \t\u3000"):
                break
            field = record_entry_place_field().match(self.text, line_start, pos - 1)
            pos = line_start
        if field is None:
            return []
        end = self.text.find("\n", field.end())
        chunks = parse_list(self.text, field.end("marker"), end if end >= 0 else len(self.text))
        if not chunks or not all(c.leaf.level in INSIDE_LEVELS and is_named(c.segments) for c in chunks):
            return []
        self.record_people.update(team)
        return self._team_visits(team, chunks, s, here, context, moved=True)

    def along_visits(self, s: Sentence, actors: list[Actor], here: dict, context: list[int]) -> list[int]:
        """`A沿着清水河堤察看了…`, `沿湖滨路步行察看`: a walk along a named
        dyke, road or path (`ALONG`), then a visit verb within a few
        characters, is a stop at it.  Not a way ending in a road word
        (`place_road_words.txt`: 步道, 路) walked inside the place the sentence
        or the party is at (`来到X社区，沿着滨河步道察看`, `在X村Y茶园，…沿着茶山步道`),
        whether the grammar reads it as a named site or the analyser as a road's
        name, unless the party left that place (`离开X`: session 41).  The place
        ids visited ([] when none)."""
        made: list[int] = []
        for m in ALONG.finditer(self.text, s.start, s.end):
            written, chunks = self._way_after(m.end(), s.end)
            if not chunks:
                continue
            section = ALONG_SECTION.match(self.text, chunks[-1].end, s.end)
            walk = ALONG_TO_VERB.match(self.text, section.end() if section else chunks[-1].end, s.end)
            verb = walk and next(verb_matches(self.text, walk.end(), min(s.end, walk.end() + 4)), None)
            # 沿X河徒步巡河: a walk word names the walk, whatever verb follows
            # (not inside a place the paragraph is about or the party is at: 在X大集，…沿南北主街边走边看
            # is a look round the fair, as a road-word way walked inside a place is below)
            walked = (verb is None or verb.start() != walk.end()) and self._walk_told(walk, s.end) is not None \
                and not any(self.places.nodes[p].level in INSIDE_LEVELS for p in [*context, *(p for ps in here.values() for p in ps)])
            if (verb is None or verb.start() != walk.end()) and self._heading_walk(s, actors, walk.end(), m.start()):
                team = self.subject(actors, m.start())
                if team:
                    made += self._team_visits(team, chunks, s, here, context)
                continue
            if verb is not None and verb.start() == walk.end() and visit_verbs()[1].get(verb.group(0)) == "move" \
                    and self.visited_places(object_start(self.text, verb), s.end):
                continue  # 沿着X街拐进Y巷, 沿X路来到Y村: the way leads to the stop (the verb's own place), no stop itself
            if verb is not None and verb.start() == walk.end() or walked:
                team = self.subject(actors, m.start())
            else:
                team = self._walker_after(s, actors, m.start(), chunks[-1].end)
            if not team:
                continue
            # (a way the grammar names counts as inside only a place of this sentence: 来到X。沿着Y河
            # 步道，A察看… after a full stop is a leg of its own, tests/test_visits_stops)
            told_here = any(v.start == s.start and v.official in team for v in self.visits)
            if (self.sentence_places.get(s.start) or told_here or not written and any(here.get(w) for w in team)) \
                    and not LEFT.search(self.text, s.start, m.start()) \
                    and pattern("place_road_words.txt", "(?:{})$").search(chunks[-1].text):
                # (离开X，沿着Y路步行察看: the party left the place it was at; the way is outside it,
                # a stop of its own. FAULTS36_p118)
                # 来到X，沿着木栈道察看 / 在X村Y茶园，沿着茶山步道察看: a way (ending in a road word),
                # whether or not the grammar names it (session 41), walked inside the place they are
                # at; a river walked from a village (沿着青溪河) stays a stop
                continue
            if (start := self._walk_start(s, m.start())) is not None:
                # (the way lies beside the place set out from, not in it: both in the place held before)
                held = {w: here.get(w) for w in team}
                made += self._team_visits(team, [start], s, here, context)
                for w, ps in held.items():
                    if ps:
                        here[w] = ps
                    else:
                        here.pop(w, None)
            made += self._team_visits(team, chunks, s, here, context)
        return made

    def pass_visits(self, s: Sentence, actors: list[Actor], here: dict, context: list[int]) -> list[int]:
        """`沿X溪步行察看河道整治情况，途经A镇B村和C村。`: the places a walk or a drive passes
        through, named after a verb of passing (`visit_pass_verbs.txt`: 途经, 经过, 路过, 走过)
        that opens its clause (`PASS_CLAUSE`, a few route adverbs before it) in a sentence whose
        party's visit was told before it, or that stands right after an official (王明一行驱车途经
        A村时): stops of that party, each in the area written before it (岭下镇), so what is raised
        there is filed there.  The places named, of community or site level, must close at a
        clause's end (`PASS_END`: 经过A村的路 names a road).  A description is no visit: a way as
        the subject of its own (这条路途经三个村, `PASS_DESCRIBED` in the clause before: 这条路全长
        5公里，途经…), a river's flow (流经: no word of the class), residents speaking of a route
        (`residents_speaking`) or quoted speech.  The place ids visited ([] when none).

        Example: `县长张华沿清源溪步行察看，途经岭下镇下河村和上河村。` -> 清源溪 (read by
        `along_visits`), then 下河村 and 上河村 of 岭下镇.

        Source: session 55, walk55 (villages passed on a river walk were no stops, and the
        issues told there were filed with no visit)."""
        made: list[int] = []
        for m in PASS_CLAUSE.finditer(self.text, s.start, s.end):
            if self.in_speech(m.start()) or residents_speaking().search(self.text, s.start, m.start()):
                continue
            before = [a for a in actors if a.end <= m.start()]
            if before and SUBJECT_ADVERBS.fullmatch(self.text, before[-1].end, m.start()) \
                    and not CLAUSE_BREAK.search(self.text, before[-1].end, m.start()):
                team = self.subject(actors, m.start())  # 王明一行驱车途经A村时
            elif m.start() > s.start and self.text[m.start() - 1] in "，,":
                clause = max([s.start, *(b.end() for b in CLAUSE_BREAK.finditer(self.text, s.start, m.start() - 1))])
                if PASS_DESCRIBED.search(self.text, clause, m.start()):
                    continue  # 这条路全长5公里，途经三个村: the way's own route
                team = list(dict.fromkeys(v.official for v in self.visits if v.start == s.start))
            else:
                continue
            if not team:
                continue
            chunks = parse_list(self.text, m.end(), s.end)
            if not chunks or chunks[0].start != m.end() or not PASS_END.match(self.text, chunks[-1].end) \
                    or not all(c.leaf.level in INSIDE_LEVELS and is_named(c.segments) for c in chunks):
                continue
            made += self._team_visits(team, chunks, s, here, context, moved=True)
        return made

    def _walk_start(self, s: Sentence, along: int) -> PlaceChunk | None:
        """`从A村河口出发，沿X河徒步巡河`: the named place a walk sets out from (`WALK_START`:
        从 + the place + a spot of one to four characters, 河口, 村口 + 出发, maybe a comma),
        written right before the 沿 at `along` in its sentence: the party stood there
        before walking the way, a stop of its own.  A village or community, or a site,
        named (not 从镇政府出发).  None otherwise.  Source: session 54, vis54 (a river
        patrol set out from a village's river mouth: the village's visit was lost)."""
        for m in WALK_START.finditer(self.text, s.start, along):
            if m.end() != along:
                continue
            chunks = parse_list(self.text, m.start() + 1, m.end())
            if len(chunks) == 1 and chunks[0].leaf.level in INSIDE_LEVELS and is_named(chunks[0].segments) \
                    and WALK_START_TAIL.fullmatch(self.text, chunks[0].end, m.end()):
                return chunks[0]
        return None

    def _way_after(self, pos: int, end: int) -> tuple[list[PlaceChunk], list[PlaceChunk]]:
        """The way written after 沿(着) at `pos`: (the grammar's places, all places
        found); first after a short modifier closed by 的 (`MODIFIER_OF`: 沿着连接
        A村和B村的X路, 沿着A村的X路) when a way and a walk follow it, then at `pos`.
        The modifier's own places are where the way runs, not the way walked.
        Source: session 54, vis54 (a road walked between two villages gave only
        the villages)."""
        mod = MODIFIER_OF.match(self.text, pos, end)
        if mod is not None and not CLAUSE_BREAK.search(mod.group(0)):
            written, chunks = self._way_at(mod.end(), end)
            if chunks and (ALONG_TO_VERB.match(self.text, chunks[-1].end, end).end() > chunks[-1].end
                           or next(verb_matches(self.text, chunks[-1].end, min(end, chunks[-1].end + 2)), None)):
                return written, chunks
        return self._way_at(pos, end)

    def _way_at(self, pos: int, end: int) -> tuple[list[PlaceChunk], list[PlaceChunk]]:
        written = parse_list(self.text, pos, end)
        return written, written or [c for c in [self.tagged(pos, end) or self.route_before_extent(pos, end)
                                                or self.road_walked(pos, end)] if c]

    def _walk_told(self, walk: re.Match | None, end: int) -> re.Match | None:
        """After the way, a walk word (`visit_walk_words.txt`: 徒步, 步行) and then a
        verb that is no visit verb (沿X河徒步巡河约5公里): the walk word is the
        verb of the walk (its match returned), unless a move verb follows in the
        clause (沿X路步行前往Y村: the way leads to the stop).  None otherwise.
        Source: session 54, vis54 (a town head's river patrol lost the river)."""
        if walk is None or not WALK_WORD.search(walk.group(0)):
            return None
        stop = CLAUSE_END.search(self.text, walk.end(), end)
        upto = stop.start() if stop else end
        if any(visit_verbs()[1].get(v.group(0)) == "move" for v in verb_matches(self.text, walk.end(), upto)):
            return None
        return WALK_WORD.search(self.text, walk.start(), walk.end())

    # characters of adverbs between a walker and 沿 (王明又一路沿着…)
    HEADING_SUBJECT_GAP = 3

    def _heading_walk(self, s: Sentence, actors: list[Actor], pos: int, along: int) -> bool:
        """`沿着南园路（学府路至运河西路段）往北走，…`: a walk along a written way opening the
        sentence (its subject the party, elided) or right after its subject, then a heading
        (`HEADING_WALK`: 往北走, 向东行) and the clause's end, with no visit verb: the party
        walks that way, a stop.  Not a heading inside a longer clause (沿着X路往北走到Y村: the
        way leads to the stop).  Source: FAULTS45_p165 (a grid walk along a road: what
        the grid worker told of it went to the estate before)."""
        head = HEADING_WALK.match(self.text, pos, s.end)
        if head is None or not re.match(r"[，,]", self.text[head.end():head.end() + 1]):
            return False
        # (right after its subject, a few adverbs between: 王明又沿着X路往北走)
        return bool(sequence_lead().fullmatch(self.text, s.start, along)) \
            or any(a.end <= along <= a.end + self.HEADING_SUBJECT_GAP for a in actors)

    def road_walked(self, pos: int, end: int) -> PlaceChunk | None:
        """After 沿(着) at `pos`, one word the analyser reads as a proper noun
        (`ROAD_NAME_TAGS`: a person's, a place's or an organisation's name) that
        ends in a road word (路 街 大街 大道), and then the walk (walk words,
        `visit_walk_words.txt`) and a visit verb: a named road walked
        (沿着索X路步行察看, the analyser reading the road's name as a person's: no
        one walks along a person).  Common ways (人行道/n, 小区|主干道) are read as
        common nouns and name no road.  The clause is analysed once, only in this shape.
        None otherwise.  Source: FAULTS36_p118 (the back lane walked was lost, and
        what its shopkeepers raised went to the estate left before)."""
        run = ROAD_AFTER_ALONG.match(self.text, pos, end)
        if run is None:
            return None
        walk = ALONG_TO_VERB.match(self.text, run.end(), end)
        verb = next(verb_matches(self.text, walk.end(), min(end, walk.end() + 4)), None)
        if verb is None or verb.start() != walk.end():
            return None
        stop = CLAUSE_END.search(self.text, pos, end)
        analyse_spans(self.doc, [(pos, stop.start() if stop else end)])
        toks = tokens_in(self.doc.ext.tokens, pos, run.end())
        if len(toks) != 1 or toks[0].start != pos or toks[0].end != run.end() or toks[0].tag not in ROAD_NAME_TAGS:
            return None
        segs = named_segments(run.group(0))
        return PlaceChunk(pos, run.end(), segs) if segs else None

    def route_before_extent(self, pos: int, end: int) -> PlaceChunk | None:
        """After 沿(着) at `pos`, a named way or water written before a word of extent
        (`visit_along_extents.txt`: 沿着青河沿线步行察看, 沿X河沿岸察看): the route
        walked, a place of its own (class Place at site level, as the analyser's
        places are; the extent word no part of its name, as in `来到X路沿线`).
        The extent word draws the analyser to read the name as a common noun
        (青河/n|沿线/n), so the clause is read again without it (沿着青河步行察看),
        and the name counts when that reading tags all of it a place (LOC):
        沿着河道沿线, 沿公路两侧 name no place.  One analyser call, only in this
        shape.  None otherwise.  Source: LEFTOVERS32 item 6 (the walk along 青河沿线
        gave the village visited before as the stop)."""
        ext = pattern("visit_along_extents.txt").search(self.text, pos, min(end, pos + MAX_ROUTE + 2))
        if ext is None or not 2 <= ext.start() - pos <= MAX_ROUTE or not NAME_CHARS.fullmatch(self.text, pos, ext.start()):
            return None
        start = pos
        while start > 0 and not CLAUSE_END.match(self.text, start - 1):
            start -= 1
        stop = CLAUSE_END.search(self.text, ext.end(), end)
        probe = self.text[start:ext.start()] + self.text[ext.end():stop.start() if stop else end]
        at, upto = pos - start, ext.start() - start
        toks = [t for t in tokenize(probe, [(0, len(probe))]) if t.end > at and t.start < upto]
        if not toks or toks[0].start != at or any(t.tag not in PLACE_TAGS for t in toks):
            return None
        segs = named_segments(self.text[pos:ext.start()])
        return PlaceChunk(pos, ext.start(), segs) if segs else None

    def _walker_after(self, s: Sentence, actors: list[Actor], along: int, place_end: int) -> list[str]:
        """`沿着南湾河步道，王明察看了…`: the walk opens the sentence, the
        official opens the next clause (maybe after their title and a few
        adverbs) and a visit verb follows: that official walks it.  [] otherwise."""
        if not sequence_lead().fullmatch(self.text, s.start, along):
            return []
        rest = clause_open().match(self.text, place_end, s.end)
        first = next((a for a in actors if rest and a.start >= rest.end()), None)
        if first is None or not TITLE_GAP.fullmatch(self.text, rest.end(), first.start):
            return []
        verb = next(verb_matches(self.text, first.end, min(s.end, first.end + MAX_ADVERBS)), None)
        if verb is None:
            return []
        return self.subject(actors, first.end + 1)

    def _team_visits(self, team: list[str], chunks: list[PlaceChunk], s: Sentence, here: dict, context: list[int],
                     moved: bool = False, received: bool = False) -> list[int]:
        """Register `chunks` (inside the paragraph's administrative place) and
        record `team`'s visit to them; the place ids.  `received`: the places
        received the team, a stop of its own at a community or a site."""
        held = [p for ps in here.values() for p in ps]
        unit = self._unit_holder(team, chunks, s)
        pids = [self.places.add(c, unit if unit is not None else self._holder(held + context)) for c in chunks]
        self._nest_in_round(team, pids, s)
        stop = received and all(self.places.nodes[p].level in INSIDE_LEVELS for p in pids)
        for who in team:
            self.add_visit(who, pids, s, stop, moved=moved)
            here[who] = pids
        self.last_team = team
        return pids

    def _inspection_on(self, s: Sentence, actors: list[Actor], m: re.Match) -> bool:
        """`A带领…，对X和Y周边开展安全检查`: does the `对` at `m` front the places
        an inspection or a visit (a verb of `visit_verbs.tsv`, move or inspect)
        is carried out on, after 开展/进行, with an official before it in the
        sentence?  `对X的意见`, `对此` front no inspection."""
        before = [a for a in actors if a.end <= m.start()]
        if not before or pattern("visit_presence_blockers.txt").search(self.text, before[-1].end, m.start()) \
                or self.modal_before(s, before[-1].end, m.start()):
            return False  # 王明要求，对X开展检查; 将对X开展督导: an instruction or a plan
        chunks = parse_list(self.text, m.end(), s.end)
        if not chunks:
            return False
        gap = FRONTED_TO_ACT.match(self.text, chunks[-1].end, s.end)
        if not gap:
            return False
        stop = CLAUSE_BREAK.search(self.text, gap.end(), s.end)
        verb = visit_verbs()[0].search(self.text, gap.end(), min(stop.start() if stop else s.end, gap.end() + FRONTED_ACT_REACH + 2))
        return bool(verb) and not verb_blocked(self.text, verb.start())

    def _subject_before(self, actors: list[Actor], at: int) -> bool:
        """Does an actor stand right before the `在` at `at`, with at most a
        few adverbs between (王明在, 王明一行随后在, 他还在)?"""
        before = [a for a in actors if a.end <= at]
        return bool(before) and SUBJECT_ADVERBS.fullmatch(self.text, before[-1].end, at) is not None


# the clock time a dateline may add after its date (2024-03-07 10:32)
CLOCK = re.compile(r"\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")


def dateline(rest: str) -> bool:
    """Is `rest`, what follows a place on a line of its own, only a date (and a clock
    time)?  Then the line is a dateline (`宁川县融媒体中心  2024-03-07`, `X村  2023.12.06`):
    the report's source or where it was written, no section heading.  Source: FAULTS40_p140.

    >>> dateline("  2024-03-07"), dateline("  2024年3月7日 10:32"), dateline("：物业换帅")
    (True, True, False)
    """
    rest = rest.strip()
    date = NUMERIC_DATE.match(rest) or FULL_DATE.match(rest)
    return bool(date) and (date.end() == len(rest) or bool(CLOCK.fullmatch(rest, date.end())))

