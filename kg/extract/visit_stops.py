"""The stops of a tour: explicit visit verbs and their places, the stops a lede,
a listed line or a paragraph's opening sets, told again or nested in the latest
unit (`StopReading`, a base of `kg.extract.visits.Reader`).

Reads a sentence, its actors and the places told so far; gives the places
visited, as place ids the reader records as visits.
"""

from __future__ import annotations

import re

from kg.extract.actors import Actor
from kg.extract.issue_words import act_words
from kg.extract.lexicons import pattern, words
from kg.extract.meeting_host import venue_told
from kg.analyse.component import analyse_spans, tokens_in
from kg.extract.place_suffixes import ADMIN, AREAS, PlaceChunk
from kg.extract.place_lists import LIST_SEP, parse_list
from kg.extract.place_parse import BUILDING_AFTER
from kg.extract.places import own_part
from kg.extract.place_proper_part import has_proper_part, is_named, work_after
from kg.extract.place_segments import heritage_site, lies_in_unit
from kg.extract.place_window import name_window
from kg.extract.sentences import CLAUSE_END, Sentence
from kg.extract.visit_reported import CLAUSE_MARK, in_reported_words, route_between
from kg.extract.visit_records import VisitRecord
from kg.extract.visit_patterns import (
    AREA_LEVELS, HOME_IN, HOME_SPOT, HOUSEHOLD_ROUND, INSIDE_LEVELS, ITEMS_OPEN, LIST_ITEM, LIST_OPENS, NEXT_STOP, OBSERVER_REACH, SENTENCE_END, SEVERAL_STOPS, observer_goes, resident_home, scene_spot,
)
from kg.extract.visit_verbs import (
    GO, GO_CONTEXT, VerbMatch, _carried, activity, any_visit_verb, cadre_speaking, clause_open, entering, estate_words, instruction, object_start, pronoun_speaking, residents_speaking, tour_verbs, unlisted_verbs, verb_matches, verb_used_as_noun, visit_verbs,
)


# a resident's age opening a sentence (78岁的, 七十多岁的): a resident described, maybe by name
RESIDENT_AGE = re.compile(r"\s*[\d一二三四五六七八九十]{1,3}多?岁的?")


def described_resident_speaks(text: str, start: int, end: int) -> bool:
    """Does the sentence at `start` (to `end`) open with a resident described by
    age and maybe a name of up to three characters, then a residents' word speaking
    (`residents_speaking`: 78岁的甲乙老人说, 七十多岁的李大爷反映)?  The age tells a
    resident, not an official, whatever the name.  Source: FAULTS44_p156.

    >>> described_resident_speaks("78岁的纳秀英老人说，饭菜可口。", 0, 14)
    True
    >>> described_resident_speaks("纳秀英老人说，饭菜可口。", 0, 11)
    False
    """
    age = RESIDENT_AGE.match(text, start, end)
    return age is not None and any(
        residents_speaking().match(text, age.end() + k, end) is not None for k in range(4)
    )


# what closes a matter: a clause mark or the sentence's end
MATTER_CLOSE = CLAUSE_END
ON_THE_SPOT = "实地"  # an inspection on the spot (实地调研, 实地检查): the place is gone to
MATTER_REACH = 40  # characters of a matter after its place (“三供一业”维修改造和集镇农贸市场建设工作)


def matter_closes(text: str, pos: int, end: int) -> bool:
    """Does the clause go on from a place ending at `pos` into a matter, closed
    by a matter head (`visit_matter_heads.txt`: 工作, 情况, 建设) right before the
    clause's end?  Then the place is named inside what an inspect verb takes
    (调研X村人居环境整治工作), no place gone to.  Source: RECUR50 (four opened
    reports: a lede's 调研/检查/督导 topic naming a place the body never visits).

    >>> matter_closes("督导A家属区维修改造和B市场建设工作。", 6, 20)
    True
    >>> matter_closes("察看了A家属区，询问维修进度。", 7, 15)
    False
    >>> matter_closes("察看B项目的建设进展。", 5, 11)
    False
    """
    if text.startswith("的", pos):
        return False  # 察看X项目的建设进展: the place owns the matter looked at there, a stop
    close = MATTER_CLOSE.search(text, pos, min(end, pos + MATTER_REACH + 1))
    stop = close.start() if close else end
    if stop - pos > MATTER_REACH or stop == pos:
        return False
    return pattern("visit_matter_heads.txt", "(?:{})$").search(text, pos, stop) is not None


# what may stand between a tour's subject and its verb (A一行走进, A、B一同走进, A步行走进)
SUBJECT_TAIL = re.compile(r"(?:一行人?|等人|一同|一起|共同|们|步行|随即)+$")


class StopReading:
    """The stops of a tour: the stops part of `kg.extract.visits.Reader`."""

    def _next_stop_renamed(self, s, actors, verb: int) -> bool:
        """Is the verb at `verb` (an offset) right after an official's name that a sequence
        adverb opens (随后，陈建华走进Y; 接着吴岩察看了Y)?  A subject named again after a
        sequence word starts the next leg of the tour, as 随后察看了Y does without the name
        (`NEXT_STOP`, read in the four characters before the verb, which the name pushes
        out of reach), when Y is named as written: 随后，A走进村卫生室 still looks around the village.
        The subject may be a party (A一行, A、B, A和B一同, A步行: `SUBJECT_TAIL`).  Source:
        NEWCOMER51b and NEWCOMER52b (the second of two communities lost).

        >>> # 来到幸福社区。随后，陈建华走进东风社区 → 东风社区 is a stop
        """
        # the subject may be a party (A一行, A、B, A和B一同, A步行): walk back over its tail,
        # then over the names joined before the last one, to the sequence word
        end = verb
        tail = SUBJECT_TAIL.search(self.text, max(s.start, verb - 6), verb)
        if tail:
            end = tail.start()
        name = next((a for a in actors if a.end == end), None)
        while name is not None:
            start = name.start
            joined = self.text[max(s.start, start - 1) : start]
            if joined and joined in "、和与及":
                name = next((a for a in actors if a.end == start - 1), None)
                continue
            opened = self.text[max(s.start, start - 4) : start].rstrip("，, ")
            first = NEXT_STOP.search(opened)
            return first is not None and opened.endswith(first.group(0))
        return False

    def explicit_visits(self, s, actors, here, context, inside, at_places=()) -> list[int]:
        verbs, kinds = visit_verbs()
        made: list[int] = []
        name_ends = {a.end for a in actors if a.kind == "name"}
        matches = list(verb_matches(self.text, s.start, s.end, name_ends))
        read = unlisted_verbs(self.doc, s, actors, {m.start(): m.end() for m in matches})
        if read:  # an analyser-read verb holds the lexicon's verbs inside it (到访: 到)
            matches = sorted([m for m in matches if not any(v.start() <= m.start() < v.end() for v in read)] + read, key=lambda m: m.start())
            kinds = {**kinds, **{v.word: "move" for v in read}}
        if GO in self.text[s.start : s.end]:
            went = self.went_to_do(s, {m.start() for m in matches})
            matches = sorted([*matches, *went], key=lambda m: m.start()) if went else matches
        for m in matches:
            if verb_used_as_noun(self.text, m.start(), m.end()) or self.in_speech(m.start()):
                continue
            # (not inside a name before the verb: the surname 曾 of 曾德胜到X)
            named_end = max((a.end for a in actors if a.end <= m.start()), default=s.start)
            if self.modal_before(s, named_end, m.start(), past=False):
                continue  # 将到X, 曾多次到X: a plan or a habit, not this visit
            if self.visits and self.past_adverb(s, named_end, m.start()):
                continue  # (after the report's own visit) 他曾到X调研: an older trip recalled
            if self.told_before(s, m.start()):
                continue  # 今年4月，A到X调研时协调推进的公路…: an earlier trip recalled after this one
            if instruction().search(self.text, named_end, m.start()):
                continue  # 王明强调，各单位负责人来到X: the verb is inside the official's words
            if in_reported_words(self.text, named_end, m.start(), s.start):
                continue  # 有乘客建议，增开到X的专线: the verb is in the words reported
            followed = None
            if observer_goes().search(self.text, max(named_end, m.start() - OBSERVER_REACH), m.start()):
                if not self.followed:
                    continue  # 记者来到X，: the reporter goes there (issue_scene sets the scene), no official
                followed = [self.followed]  # 我们先到了X after 我跟着A出了门: the observer goes with A, A's stop
            pos = object_start(self.text, m)
            opened = ITEMS_OPEN.match(self.text, pos, s.end) if kinds[m.group(0)] in ("move", "inspect") else None
            if opened and (team := self.subject(actors, m.start())):
                # 先后走访了以下社区：（一）A社区，…；（二）B社区，…: each item is a stop
                self.stop_list = team
                made += self.listed_stop(s, here, opened.end())
                continue
            chunks = self.visited_places(pos, s.end, tagged=s.paragraph != self.headline)
            if not chunks and self.opening and kinds[m.group(0)] in ("move", "inspect") \
                    and resident_home().match(self.text, pos, s.end) and (team := self.subject(actors, m.start())) \
                    and not any(here.get(w) for w in team):
                # 正值转场时节，X村的草原上牦牛成群。A一行来到牧民甲的帐篷前: the paragraph set the
                # scene at X, and going to a household's home there is a stop at X (session 46, fplace)
                for who in team:
                    self.add_visit(who, self.opening, s, True)
                    here[who] = self.opening
                self.last_team = team
                made += list(self.opening)
                continue
            if not chunks and kinds[m.group(0)] == "move" and LIST_OPENS.match(self.text, pos, s.end):
                self.stop_list = self.subject(actors, m.start())  # 先后来到：\n- A村：… (the items are the stops)
            if not chunks and not self.last_team and kinds[m.group(0)] in ("move", "inspect"):
                # 区长X到基层调研。一、A社区：… — the party sets out naming no place; the stops come in headings
                self.touring = self.subject(actors, m.start())
                if len(self.touring) > 1 and kinds[m.group(0)] == "move":
                    # (a move: 参加调研 names those taking part in a tour, not a party going)
                    # 书记甲，主任乙深入辖区网点和社区食堂: two or more set out together naming no
                    # place; a party word told next (一行人来到X) is theirs. FAULTS36_p118: the
                    # second of a comma-joined pair lost the stop.  (Made the party of every
                    # later stop, it cost a sealed set two false visits: only the party word.)
                    self.set_out = list(self.touring)
            if not chunks or route_between(self.text, m.start(), chunks[-1].end):
                continue  # (嘎查到苏木的手机信号: a route between two places, no one going)
            team = followed or self.receivers(s, actors, m.start(), chunks[-1].end) or self.subject(actors, m.start())
            if not team and self._organisation_subject(s, m.start()):
                team = [self.lead()] if self.lead() else []  # 机关支部组团来到X: the officials named later join
            if not team:
                if not self.officials and kinds[m.group(0)] in ("move", "inspect"):
                    # 王建国来到X街道Y社区，…，居民反映…: with no official recognised in the whole
                    # report, the place gone to is still a place the report tells (no visit made):
                    # its issues sit there, and the report is no empty one (nc57a 3: its places
                    # were dropped, and the build failed with "no facts found")
                    for chunk in chunks:
                        pid = self.places.add(chunk, self._holder(context))
                        if pid not in context:
                            context.append(pid)
                continue
            # no official before the verb: an organisation's visit (区妇联组织党员来到X);
            # the officials the report then names there take part in it
            by_organisation = not any(a.start < m.start() for a in actors) and self._organisation_subject(s, m.start())
            brought = by_organisation or self._brings_party(actors, m.start())
            # 在X，A走进Y: Y is inside X, where A is (not a 在X written after Y: 来到Y，并在X召开座谈会)
            at = here.get(team[-1], []) + [p for p in at_places if self.at_written.get(p, -1) < pos]
            if not at and self.opening and kinds[m.group(0)] == "inspect":
                # 在X片区，改造已收尾。委员们察看了新建的步道: the paragraph set the party at X, where they look around
                for who in team:
                    self.add_visit(who, self.opening, s, True)
                    here[who] = self.opening
                self.last_team = team
                made = at = list(self.opening)
            at_specific = any(self.places.nodes[p].level in INSIDE_LEVELS for p in at)
            entered = entering().fullmatch(m.group(0)) is not None  # 走进: a business gone into is a stop
            if (
                kinds[m.group(0)] == "inspect" and (at_specific or inside) and not NEXT_STOP.search(self.text, max(s.start, m.start() - 4), m.start())
                and not (self._next_stop_renamed(s, actors, m.start()) and all(has_proper_part(self.text[c.start : c.end]) for c in chunks))
                and not self._named_site_in_community(at, chunks, entered)
                and not (SEVERAL_STOPS.search(self.text, max(s.start, m.start() - 4), m.start()) and all(is_named(c.segments) for c in chunks))
            ):
                continue  # looking around inside the place already visited (随后还察看了Y: a next stop)
            if kinds[m.group(0)] == "move" and at_specific and HOUSEHOLD_ROUND.match(self.text, chunks[-1].end):
                continue  # 到A村调研，走访了B基地、村幼儿园和20多户群众: a round of the village, its households too
            if kinds[m.group(0)] == "inspect" and self._parts_of_site(at, chunks):
                continue  # 来到X市场，察看水产区、熟食区: the site's sections, no districts
            if kinds[m.group(0)] == "inspect" and chunks[-1].leaf.level in AREA_LEVELS and self.text.startswith("的", chunks[-1].end):
                continue  # 察看了X乡的道路硬化情况: the area owns what is looked at, it is no stop
            # (a 在X written after the stops is no area holding them: 来到A小区、B村，并在C社区召开座谈会)
            before = [p for p in context if self.at_written.get(p, -1) < pos]
            admin = [p for p in at if self.places.nodes[p].level in ADMIN] or before
            unit = self._unit_holder(team, chunks, s)  # 察看了社区内的A新村: the community's
            pids = [self.lede_place(self.places.add(chunk, unit if unit is not None else self._holder(admin, team))) for chunk in chunks]
            self._nest_in_round(team, pids, s)  # 走进A村的各个自然村。…来到B自然村: A's
            if self._at_settlement(at) or kinds[m.group(0)] == "inspect" and self._named_site_in_community(at, chunks, entered):
                self.nest_at_latest_unit(team, pids)  # 到X农场，走访第三管理区: the farm's own unit
            # 到A村、B村走访群众，召开座谈会: what is done after a round of several places
            # is done on the round, at none of them in particular (the body tells where)
            stop = len(chunks) == 1 and self._is_stop(s, chunks[-1].end, area=chunks[-1].leaf.level in AREA_LEVELS)
            # 先后来到A社区、A社区养老服务中心和B小区: a place listed as a stop of its own beside a place inside it
            listed = {p for p in pids if any(p in self.places.ancestors(q) for q in pids if q != p)}
            shares = self._split_shares(team, pids, named_end, m.start())
            self._grouping_round(team, pids, s)
            # 调研X村人居环境整治工作: the place is inside the matter inspected (resolve drops it beside stops)
            # (an inspection on the spot, 实地调研X社区…工作, goes to the place: no matter alone)
            matter = kinds[m.group(0)] == "inspect" and not m.group(0).startswith(ON_THE_SPOT) \
                and not self.text.startswith(ON_THE_SPOT, max(0, m.start() - len(ON_THE_SPOT))) \
                and matter_closes(self.text, chunks[-1].end, s.end)
            for who in team:
                if shares[who]:
                    self.add_visit(who, shares[who], s, stop, moved=kinds[m.group(0)] == "move", stops=listed, matter=matter)
                here[who] = shares[who] or pids
            self.last_team = team
            self.brought_to = pids if brought else []
            # (带队到X, 率队: the official leads a team naming no one; 带领代表一行 brings a party
            # the officials named taking part join: tests/test_venues27, test_scene30)
            self.brought_by_official = brought and not by_organisation and self._leads_team(actors, m.start())
            self.brought_in = s.paragraph
            made = pids
        return made

    def went_to_do(self, s: Sentence, listed: set[int]) -> list[VerbMatch]:
        """`去X走访`, `一起去X村调研`: a bare 去 (the lexicon's 去 is a move only as 去了/去到/
        去往, `visit_verbs.tsv`), a place the grammar reads right after it, and right
        after the place a visit verb (`visit_verbs.tsv`: 走访, 调研, 察看, 看望…) telling
        what was done there: the 去 is a move to X.  The analyser must end a word with
        that 去 (去, 一起去), not one of the modal words (`visit_modal_words.txt`: 过去
        tells a time); it is asked only for the few characters around a 去 that fits
        the shape.  Source: an opened probe's diary
        (`和村支书A一起去X自然村走访`), session 33.  Never raises."""
        found = []
        for i in (k for k in range(s.start, s.end) if self.text[k] == GO and k not in listed):
            chunks = self.visited_places(i + 1, s.end)
            if not chunks or chunks[0].start != i + 1 or not any_visit_verb().match(self.text, chunks[-1].end):
                continue
            analyse_spans(self.doc, [(max(s.start, i - GO_CONTEXT), min(s.end, i + GO_CONTEXT))])
            # (一起去 is read as one word: the word ending in 去 counts, unless it tells a time, 过去)
            word = next((t.word for t in tokens_in(self.doc.ext.tokens, max(s.start, i - GO_CONTEXT), i + 1)
                         if t.end == i + 1), None)
            if word and word not in words("visit_modal_words.txt"):
                found.append(VerbMatch(i, i + 1, GO))
        return found

    def note_lede(self, s: Sentence, chunks: list[PlaceChunk]) -> None:
        """A lede telling the scene before anyone visits (`在X村Y组的核桃树下，村民
        老张的一句话…`): a named sub-stop written there (Y组, a site of a
        village) is where the visit to its village, told after, took place.
        Not a home (在X小区的家中: a resident's, not the officials' stop), not
        the village's own facility (在X村的村委大院里, `own_part`: the village
        itself) and not once a visit is told."""
        if any(not v.headline for v in self.visits) or s.paragraph == self.headline:
            return
        chunk = chunks[-1]
        if len(chunk.segments) < 2 or chunk.leaf.level != "site" or not is_named(chunk.segments[-1:]):
            return
        if own_part(chunk.segments[-2], chunk.leaf):
            return  # 在X村的村委大院里: the village's own yard is the village, no sub-stop
        if re.match(HOME_IN, self.text[chunk.end:s.end]):
            return
        self.lede_places.append(self.places.add(chunk, None))

    def lede_place(self, pid: int) -> int:
        """`pid`, or the lede's sub-stop inside it (`note_lede`): the visit to
        a village whose group the lede set the scene in went to that group."""
        inside = [p for p in self.lede_places if p != pid and pid in self.places.ancestors(p)]
        return inside[-1] if len(inside) == 1 else pid

    def carried_visits(self, s: Sentence, actors: list[Actor], here: dict[str, list[int]], context: list[int]) -> list[int]:
        """`区人大代表A把群里的意见带到了B联络站`: an official who carries
        something (`visit_carry_verbs.txt`, in the 把/将 construction) to a
        named place took it there, so the place is their stop.  Not to a
        meeting or an unnamed place (把问题带到人代会上, 把政策送到村里):
        the place must be named and read by the grammar.  The place ids visited."""
        made: list[int] = []
        for m in _carried().finditer(self.text, s.start, s.end):
            if self.in_speech(m.start()):
                continue
            chunks = parse_list(self.text, m.end(), s.end)
            if not chunks or not all(is_named(c.segments) for c in chunks):
                continue
            team = [w for w in self.subject(actors, m.start()) if not here.get(w)]
            if not team:
                continue
            pids = [self.places.add(c, self._holder(context)) for c in chunks]
            stop = self._is_stop(s, chunks[-1].end)
            for who in team:
                self.add_visit(who, pids, s, stop, moved=True)
                here[who] = pids
            self.last_team = team
            made = pids
        return made

    def event_venue(self, s: Sentence, here: dict[str, list[int]]) -> list[int]:
        """`到X街道参加恳谈会。恳谈会在X街道Y社区党群服务中心举行。`: an event held
        at a named venue (`meeting_host.venue_told`: 会议在V举行, 座谈会设在V), told in a
        sentence naming no one, right after a visit to an area (a district or
        subdistrict) that holds the venue or names none of it: the party of that
        visit was at the venue.  The place ids visited; [] otherwise (a venue
        inside a community or site already visited is a room of it)."""
        chunk = venue_told(self.text, s.start, s.end) if self.last_team else None
        if chunk is None or not is_named(chunk.segments):
            return []
        latest = [v for v in self.visits if v.official == self.last_team[0] and not v.headline]
        if latest and self.places.nodes[latest[-1].place].level not in AREA_LEVELS:
            return self._next_venue(chunk, s, here, latest)
        if not latest:
            return []
        area = latest[-1].place
        pid = self.places.add(chunk, area)
        if area not in self.places.ancestors(pid):
            return []  # a venue in another area: not where the party went
        # everyone whose latest visit is that area took part: the party and the officials
        # told joining the event one sentence each (委员A、B与居民开展协商。副主席C参加活动。)
        party = [who for who in dict.fromkeys(v.official for v in self.visits) if who in self.last_team or self._latest_place(who) == area]
        for v in self.visits:
            if v.place == area and v.official in party:
                v.stop = False  # what they did there (参加恳谈会) was at the venue: the area is no stop of its own
        for who in party:
            self.add_visit(who, [pid], s, True)
            here[who] = [pid]
        return [pid]

    def venue_inside_stop(self, s: Sentence) -> None:
        """`代表们又来到X社区，座谈会在X社区党群服务中心召开。`: a sentence telling a visit to
        a unit and an event held at a venue inside it (`meeting_host.venue_told`) took the
        party to the venue; the unit only frames it, no stop of its own (`VisitRecord.stop`
        cleared, so `kg.resolve.drop_coarse_visits` keeps the venue).  Nothing when no event
        is told held at a venue in `s`.  Source: FAULTS45_p164 (the community kept beside
        its service centre)."""
        if venue_told(self.text, s.start, s.end) is None:
            return
        told = [v for v in self.visits if v.start == s.start and not v.headline]
        for v in told:
            if any(w.official == v.official and w.place != v.place and v.place in self.places.ancestors(w.place) for w in told):
                v.stop = False

    def _next_venue(self, chunk: PlaceChunk, s: Sentence, here: dict[str, list[int]], latest: list) -> list[int]:
        """After a stop at a unit or a site, an event held at a named venue outside it, told
        with no one named, outside quoted speech (`代表们来到X敬老院…。当天下午，座谈会在Y镇人大
        代表之家召开，`; `首先来到A社区B小区察看…。随后，协商议事活动在A社区党群服务中心举行。`):
        the touring party (`last_team`) went on to the venue, as to the next stop; the venue
        lies in the area the party visited last, if any.  A venue that is the stop, inside it
        (a room of it) or holding it (the stop's own town), or where a member already is, is
        no new stop.  The place ids visited; [] otherwise.  Source: session 45, found three
        times (the lead's p166-08: the day's meeting at the deputies' home was no stop;
        FAULTS45_p165: a tour's meeting at a community's centre after a stop at an estate;
        FAULTS45_p164: two meetings' venues lost their visits)."""
        if self.in_speech(chunk.start):
            return []
        areas = [v.place for v in latest if self.places.nodes[v.place].level in AREA_LEVELS]
        stop = latest[-1].place
        pid = self.places.add(chunk, areas[-1] if areas else self._holder([]))
        if pid == stop or stop in self.places.ancestors(pid) or pid in self.places.ancestors(stop):
            return []  # the stop itself, a room of it, or the area holding it
        team = [who for who in self.last_team if pid not in here.get(who, [])]
        for who in team:
            self.add_visit(who, [pid], s, True, moved=True)
            here[who] = [pid]
        return [pid] if team else []

    def _latest_place(self, who: str) -> int | None:
        """The place of `who`'s latest visit told in the body (None before any)."""
        return next((v.place for v in reversed(self.visits) if v.official == who and not v.headline), None)

    def listed_stop(self, s: Sentence, here: dict[str, list[int]], at: int | None = None) -> list[int]:
        """A stop of a list opened by a visit verb closing its line with a
        colon (`先后来到：` then `- 黄家村：察看…` on the next lines), or with
        a colon and the first item in its own sentence (`走访了以下村：（一）A村，…；
        （二）B村，…`: ITEMS_OPEN; the item at `at`, the later ones each opening a
        sentence): the place opening the item `s` (after its marker) is a stop
        of whoever that verb took there.  The place ids visited; [] when `s` is no
        list item, no list is open, or no place opens the item.  Source: the line
        lists of an earlier session; VISITS29 2 for the inline ones."""
        item = LIST_ITEM.match(self.text, s.start if at is None else at, s.end) if self.stop_list else None
        chunks = parse_list(self.text, item.end(), s.end) if item else []
        if not chunks:
            return []
        pids = [self.places.add(c, self._holder([])) for c in chunks]
        for who in self.stop_list:
            self.add_visit(who, pids, s, True, moved=True)
            here[who] = pids
        self.last_team = list(self.stop_list)
        return pids

    def opening_stop(self, s: Sentence, here: dict[str, list[int]], opening: list[int], later: bool = False) -> list[int]:
        """A sentence of a tour opening `在X，` with no one in its clause
        (`opening`, the place ids of X: 在甲溪乡枫树村，村民说…; the paragraph's
        first sentence, or a later one after the party reached an area) where X
        lies in the area the party's latest visit went to (甲溪乡, or the town
        around its stop): the party is at X, a stop of the tour.  A `later`
        sentence counts only after the party reached a whole area (a town, a
        subdistrict): after a stop at an estate, 在六号楼一单元 is a spot inside it.
        The place ids visited; [] when no tour is under way, X is elsewhere, or
        X is visited already."""
        if not opening or not (self._residents_speak(s) or self._resident_speaks_next(s)):
            return []
        if not self.last_team:
            return self._first_scene_stop(s, here, opening, later)
        tour = [v for v in self.visits if v.official == self.last_team[0] and not v.headline]
        if not tour:
            return []
        latest = [v.place for v in tour]
        last = latest[-1]
        units = all(self.places.nodes[p].level == "community" for p in opening)
        if later and self.places.nodes[last].level not in AREAS and not units and not self._units_of_stop(last, opening):
            return []  # (a spot inside the stop: 在六号楼一单元 after an estate; a village or community is a stop)
        # the areas the latest move went to together (先后深入A镇、B苏木和C苏木): each holds stops
        in_areas = [v for v in tour if self.places.nodes[v.place].level in AREAS]
        told = {v.place for v in in_areas if v.start == in_areas[-1].start} if in_areas else set()
        areas = {last} | told | {a for a in self.places.ancestors(last) if self.places.nodes[a].level == "subdistrict"}
        # a paragraph opening at another community beside the last one (the same named
        # parents, or none): the tour's next stop, as 走访社区 leads one to expect
        # (or a later sentence after one so told in this paragraph: 在甲社区，居民反映…。
        # 在乙社区，居民反映…, a tour told stop by stop)
        told_so = not later or tour[-1].start >= self.paragraph_start and self.text.startswith("在", tour[-1].start)
        beside = told_so and units and self.places.nodes[last].level == "community" \
            and all(self.places.ancestors(p) - {p} == self.places.ancestors(last) - {last}
                    or not later and self._another_area_of_rank(p, last) for p in opening)
        # a paragraph opening at another named site beside the site of the last stop (the same
        # named parents, or none: 在X家属区，居民们正清理… after 首先来到Y街): the tour's next stop,
        # told by the place it reached and the residents speaking there (session 48, fplace)
        beside = beside or not later and self.places.nodes[last].level == "site" \
            and all(self.places.nodes[p].level == "site" and has_proper_part(self.places.nodes[p].name)
                    and self._site_beside(p, last) for p in opening)
        # a paragraph opening at another part of the village or community the last stop lay
        # in (在下庄组，一场院坝会开了起来 after a stop at X村上庄组): the tour's next stop there
        # (session 41, p135-05: the meeting's issues went to the group before)
        unit = self.places.nodes[last].parent
        same_unit = not later and unit is not None and self.places.nodes[unit].level == "community" \
            and all(self.places.nodes[p].parent == unit for p in opening)
        if not (beside or same_unit or all(areas & self.places.ancestors(p) for p in opening)) or any(p in latest for p in opening):
            return []
        self.nest_at_latest_unit(self.last_team, opening)
        for who in self.last_team:
            self.add_visit(who, opening, s, True)
            here[who] = list(opening)
        return list(opening)

    def _site_beside(self, pid: int, last: int) -> bool:
        """Does the site `pid` lie beside the site `last`: the same named parents (or none),
        or each in a community of its own, the two communities with the same named parents
        (`在B社区B2小区，` after a stop at `A社区A1小区`: the next estate of a round of
        one subdistrict's communities, whatever the subdistrict's being written)?
        Shapes: 银杏社区银杏小区 then 松柏社区松柏里小区 -> True; 银杏小区 then 松柏社区松柏里小区
        (the first in no community) -> False.
        Source: session 57, diag221 (p221: a round of old estates told stop by stop, each
        by its community and estate, lost its second stop and filed its raisings at the first).

        >>> # (a doctest needs a whole tour: tests/test_diag221.py holds the shapes)
        """
        if self.places.ancestors(pid) - {pid} == self.places.ancestors(last) - {last}:
            return True
        unit, other = self.places.nodes[pid].parent, self.places.nodes[last].parent
        if unit is None or other is None or unit == other:
            return False
        if self.places.nodes[unit].level != "community" or self.places.nodes[other].level != "community":
            return False
        return self.places.ancestors(unit) - {unit} == self.places.ancestors(other) - {other}

    def _another_area_of_rank(self, pid: int, last: int) -> bool:
        """Does the community or village `pid` lie in a town or subdistrict other than
        the one holding the tour's last stop `last`, both written (在白云乡金竹村，
        村民提出… opening a paragraph after a stop at 青山镇柏树村): the tour moved
        on to the next town, as a paragraph told stop by stop does.  Not a later
        sentence of a paragraph (the caller asks only for its first).  Shapes in
        tests/test_lead38.py (the registry is the reader's)."""
        up, last_up = self.places.nodes[pid].parent, self.places.nodes[last].parent
        return up is not None and last_up is not None and up != last_up \
            and self.places.nodes[up].level == self.places.nodes[last_up].level == "subdistrict"

    def _units_of_stop(self, last: int, opening: list[int]) -> bool:
        """Are the places `opening` (a later sentence's `在X，` where residents speak)
        units people live in inside the community or village `last` the party is at
        (`lies_in_unit`: a villagers' group, a natural village, a housing estate;
        or a named heritage site, `heritage_site`), as the units entered there are
        (`_named_site_in_community`)?  Then the residents speak at that unit, a
        stop of its own, and its issues are filed there, not at the village:
        `来到柳溪村。在柳溪村3组，村民反映…` → 柳溪村3组.  Not a spot inside an
        estate (在六号楼一单元: no unit) nor after a stop at a site.
        Source: LEFTOVERS32 item 3 (the paragraph's first sentence already read so)."""
        if self.places.nodes[last].level != "community":
            return False
        return all(
            last in self.places.ancestors(p) and p != last and self.places.nodes[p].level == "site"
            and (lies_in_unit(self.places.nodes[p].type, self.places.nodes[p].name) or heritage_site(self.places.nodes[p].name))
            for p in opening
        )

    def _first_scene_stop(self, s: Sentence, here: dict[str, list[int]], opening: list[int], later: bool) -> list[int]:
        """The first stop of a tour whose lede named no place (`区长X带队走访社区…。
        在甲社区，居民反映…`): the report's lead official, with no visit yet, is at
        the community or site `opening` where residents speak.  [] for a later
        sentence of a paragraph, unless the tour was told earlier in that
        paragraph (`_tour_told_before`), or when someone has a visit already."""
        if any(not v.headline for v in self.visits):
            return []
        lead = self.lead()
        if lead is None or self.officials[lead].first > s.start:
            return []  # (在X村，村民说… before anyone is named: no tour is under way yet)
        if later and not self._tour_told_before(lead, s):
            return []
        self.add_visit(lead, opening, s, True)
        here[lead] = list(opening)
        self.last_team = [lead]
        return list(opening)

    def _tour_told_before(self, lead: str, s: Sentence) -> bool:
        """Was the tour of official `lead` told earlier in the paragraph of sentence
        `s`, with no place: the lead named in a sentence before `s`, a verb setting
        out on a tour (`tour_verbs`: move or inspect) after the name in that sentence
        (`区委书记甲到辖区各社区走访调研。在乙社区，居民反映…`: the first
        stop, as when the lede is a paragraph of its own).  A sentence telling
        something else (甲主持召开会议。在乙社区，…) tells no tour."""
        first = self.officials[lead].first
        if not self.paragraph_start <= first < s.start:
            return False
        end = SENTENCE_END.search(self.text, first, s.start)
        return tour_verbs().search(self.text, first, end.start() if end else s.start) is not None

    def nest_at_latest_unit(self, team: list[str], pids: list[int]) -> None:
        """A housing estate where the party is present (`在Y小区，居民反映…`,
        `走进X社区，在Y小区察看…`) right after its latest visit went to a
        community lies in that community, when the estate was written without
        one (its parent, if any, an area around the community: the tour's
        subdistrict).  The estate is the stop, the community frames it
        (`resolve.drop_coarse_visits`).  Source: STOPS26 (a visit and its
        issues filed at the community around the estate the party stood in).

        So at a farm run as a settlement (`_at_settlement`): its estates and
        its units (第三管理区) lie in it.

        Shapes: 来到X街道Z社区。在Y小区，居民反映… → Y小区 ⊂ Z社区;
        到X农场，走访第三管理区 → 第三管理区 ⊂ X农场;
        not 来到Z社区。随后来到Y小区 (a move may leave the community).  The
        community's visit, made a stop by a look around only (察看), is no stop
        of its own then: what was looked at is told at the estate."""
        latest = [v.place for v in self.visits if team and v.official == team[0] and not v.headline]
        if not latest:
            return
        unit = latest[-1]
        settlement = self._at_settlement([unit])
        if self.places.nodes[unit].level != "community" and not settlement:
            return
        around = self.places.ancestors(unit)
        # (视察A社区和B小区 … 在B小区，…: an estate the lede listed beside the community as a
        # stop of its own is no part of it; session 42, p154)
        listed = {v.start for v in self.visits if v.official == team[0] and v.place == unit and not v.headline}
        nested = False
        for pid in pids:
            node = self.places.nodes[pid]
            inner = lies_in_unit(node.type, node.name) or settlement and node.level == "community"
            if any(v.official == team[0] and v.place == pid and v.start in listed for v in self.visits):
                continue
            if inner and pid not in around and (node.parent is None or node.parent in around):
                node.parent = unit
                nested = True
        if not nested:
            return
        # 来到X社区，察看老旧小区改造情况。在Y小区，…: a look at the community's estates (an
        # estate's type word in what was looked at) was the look at the estate told next; the
        # community stays a stop of its own for what was done there (座谈, 听取: activity
        # verbs) or looked at in it (察看了垃圾分类点), and when it received the party
        for v in self.visits:
            if v.official in team and v.place == unit and v.stop and not activity().search(self.text, v.start, v.end) \
                    and estate_words().search(self.text, self._written_end(unit, v), v.end):
                v.stop = False

    def _written_end(self, pid: int, v: VisitRecord) -> int:
        """Where place `pid` is last written in the sentence of visit `v` ends (its start when it is not)."""
        ends = [i + len(w) for w in self.places.nodes[pid].written if (i := self.text.rfind(w, v.start, v.end)) >= 0]
        return max(ends, default=v.start)

    def _parts_of_site(self, at: list[int], chunks: list[PlaceChunk]) -> bool:
        """Are `chunks`, looked at where the party is (`at`, a site among them),
        single districts by their type word (水产区, 熟食区)?  A district never
        lies inside a site: they are its sections."""
        return any(self.places.nodes[p].level == "site" for p in at) \
            and all(len(c.segments) == 1 and c.leaf.level == "district" for c in chunks)

    def _written_after(self, pids: list[int], pos: int, end: int) -> bool:
        """Is one of the places `pids` written in text[pos:end]?"""
        return any(self.text.find(w, pos, end) >= 0 for p in pids for w in self.places.nodes[p].written)

    def _residents_speak(self, s: Sentence) -> bool:
        """Do residents speak or raise something in sentence `s` (a word of
        `issue_raisers.txt`, then within a few characters a verb of
        `issue_speech_verbs.txt` or `issue_acts.tsv`: 村民说, 居民们反映), or a
        cadre the reader names no official (a title, a name, the verb: 嘎查达X说;
        the caller reads sentences with no actor)?  People met there tell the
        party is at the place; people seen at work (果农们正忙着采摘) do not."""
        return residents_speaking().search(self.text, s.start, s.end) is not None \
            or cadre_speaking().search(self.text, s.start, s.end) is not None

    def _resident_speaks_next(self, s: Sentence) -> bool:
        """Does a resident met in sentence `s` (a word of `issue_raisers.txt`: 6号楼居民甲
        等在楼下) speak in the next sentence of its paragraph, by 他/她 or a residents'
        word (`pronoun_speaking`, `residents_speaking`: 她告诉区长，…)?  A scene set
        at X whose resident then talks to the party tells the party is at X as a
        resident speaking in `s` does.  False when `s` names neither a resident nor a
        meeting (below), or ends the paragraph.  Source: FAULTS40_p139 (a stop's estate
        opening its paragraph).
        A meeting held in `s` (`event_nouns.txt`: 在下庄组，一场院坝会开了起来) whose
        residents speak anywhere in the next sentence (二十多位村民围坐一圈，你一言我一语：)
        sets the scene so too (session 41, p135-05)."""
        met = pattern("issue_raisers.txt").search(self.text, s.start, s.end) is not None
        event = pattern("event_nouns.txt").search(self.text, s.start, s.end) is not None
        nxt = SENTENCE_END.search(self.text, s.end, self.paragraph_end)
        end = nxt.end() if nxt else self.paragraph_end
        if end <= s.end:
            return False
        if not met and not event:
            # (a scene at X, no one in it, whose next sentence opens with X's cadre or a
            # resident speaking: 在X小区，加装电梯工程正在施工。小区业委会主任A介绍，…;
            # session 44, p136-06)
            clause = CLAUSE_MARK.search(self.text, s.end, end)
            return residents_speaking().match(self.text, s.end, end) is not None \
                or cadre_speaking().search(self.text, s.end, clause.start() if clause else end) is not None
        if not met:
            return residents_speaking().search(self.text, s.end, end) is not None
        # (residents waiting for the party, then their community's cadre reporting what they
        # raised in the next sentence's first clause: 居民代表早早等候。社区主任A汇报了…;
        # session 42, p145-08)
        clause = CLAUSE_MARK.search(self.text, s.end, end)
        if pronoun_speaking().match(self.text, s.end, end) is not None \
                or residents_speaking().match(self.text, s.end, end) is not None \
                or described_resident_speaks(self.text, s.end, end) \
                or cadre_speaking().search(self.text, s.end, clause.start() if clause else end) is not None:
            return True
        # (one sentence telling of the place, no one in it, may stand between: 在X家属区，十几户居民正
        # 清理…。这片家属区原属Y厂，…。居民甲说：“…” — the residents met still speak; session 48, fplace)
        after = SENTENCE_END.search(self.text, end, self.paragraph_end)
        later = after.end() if after else self.paragraph_end
        return later > end and not self.index.in_span(s.end, end) \
            and residents_speaking().search(self.text, s.end, end) is None \
            and residents_speaking().match(self.text, end, later) is not None

    def _opening_place(self, chunks: list[PlaceChunk], context: list[int], end: int) -> list[int]:
        """A paragraph opening `在X，` with no one in the clause (在X社区的Y片区，
        改造项目已进入收尾阶段。): the report is at X, and a party looking
        around (察看) later in the paragraph is there.  The most specific
        place ids when they are a community or a site and the clause closes
        after X (`clause_open`) or after a resident's home in X (`HOME_SPOT`: 在X组甲家的院子里，
        session 41) or a spot of X (`scene_spot`: 在X社区的议事厅里，, X社区的议事厅里，; session 42,
        p145-08); [] otherwise (在X期间, 在X的带动下)."""
        if not clause_open().match(self.text, chunks[-1].end, end) and not HOME_SPOT.match(self.text, chunks[-1].end, end) \
                and not scene_spot().match(self.text, chunks[-1].end, end) and not self._existential_spot(chunks[-1].end, end):
            return []
        pids = self.places.most_specific([self.places.add(c, self._holder(context)) for c in chunks])
        return pids if all(self.places.nodes[p].level in INSIDE_LEVELS for p in pids) else []

    def stop_told_again(self, venue: list[int], s: Sentence, place_end: int) -> list[str]:
        """The party that reaches `venue` again in `s`, a sentence opening `在X，` (X
        ending at `place_end`) with no one in its clause and a meeting told after it
        (`_opening_place`; `issue_meeting_words.txt`: 随后，在X，一场议事会正在进行。): the
        latest party (`last_team`), when each of them was already recorded at every
        place of `venue` outside the headline (先后走访A和X，… told in the lede) and
        the latest visit before `s` was not to X alone.  The report walks its lede's list
        stop by stop, and this sentence is at X: the stop becomes the report's scene,
        so raisings told in the paragraphs after it (at a forum set there) stay at X
        instead of going back to the stop described before.  [] otherwise: a place
        the party never went to is a scene of its own (`scene_venue`), no visit.

        Shapes: `先后走访A照护之家和B服务中心。…A照护之家设有…。\\n随后，在B服务中心，
        一场议事会正在进行。\\n居民甲说，…` -> the party of the lede (B is the scene of the
        next paragraph); `在C小区，…` with C never visited -> [].
        Source: PLACEB33 (p97: a forum at the lede's second stop, raisings in the next
        paragraph, filed at the facility described before it)."""
        if not self.last_team:
            return []
        if not pattern("issue_meeting_words.txt").search(self.text, place_end, s.end):
            return []  # (在X，改造已收尾: a scene, told by no one; the party is not said to be there)
        told = [v for v in self.visits if v.start < s.start and not v.headline]
        if not told or set(venue) == {v.place for v in told if v.start == told[-1].start}:
            return []  # (the party is there already, and only there: nothing is told again)
        return [who for who in self.last_team if all(any(v.official == who and v.place == p for v in told) for p in venue)]

    def stop_told_by_host(self, venue: list[int], s: Sentence, place_end: int) -> list[str]:
        """The touring party at `venue`, a place opening its paragraph `在X，` (X ending at
        `place_end`) with no one in its clause, when the paragraph then has a host of the
        stop speak (`hosts`: a community's or a village's cadre, then a raising act,
        `issue_words.act_words`: 坦言, 介绍, 反映): `委员们首先来到A小区，…。\n\n在B小区，小区内
        找不到空地。B社区党委书记甲坦言，…` is the tour's next stop, told by its scene and its
        host, as a forum there would tell it (`stop_told_again`).  The latest party
        (`last_team`), made up of visitors who made a visit in an earlier paragraph and none at
        X yet; [] otherwise (no tour on, a sentence inside a paragraph, a place the tour is at
        already, or no host speaking: 在C小区，改造已收尾 is a scene told by no one).  Source:
        FAULTS47 (fplace, p179: an inspection tour's middle stop, told so, lost, and its
        raisings filed at the stop before)."""
        if not self.last_team or (s.start > 0 and self.text[s.start - 1] != "\n"):
            return []
        told = [v for v in self.visits if v.start < s.start and not v.headline]
        if not told or any(v.place in venue for v in told):
            return []
        acts = act_words()
        for start, end, name in self.index.mentions:
            if place_end <= start < self.paragraph_end and name in self.hosts and acts.match(self.text, end):
                return [who for who in self.last_team if any(v.official == who for v in told)]
        return []

    def _named_site_in_community(self, at: list[int], chunks: list[PlaceChunk], entered: bool = False) -> bool:
        """`在云锦居民区，他走进云锦苑`: at a community (not yet at a site in
        it), the named housing estates entered are the stops; the community
        only frames them (`drop_coarse_visits`).  Its facilities looked at
        (走进新华食堂、阳光书屋) are a look around the community itself.  So at
        a farm run as a settlement (`_at_settlement`: 到X农场，走访第三管理区和
        场部Y小区): its named estates and its units (a management area) are the stops.
        So is a named memorial or heritage site (`heritage_site`: 来到X村，参观Y旧址,
        the most specific place of the stop; LEFTOVERS32)."""
        levels = {self.places.nodes[p].level for p in at} & INSIDE_LEVELS
        unit_ok = self._at_settlement(at)
        # (an enterprise of its own name entered, 走进“X”民宿, 走进Y合作社: a business the
        # party goes into is a stop, as an estate is; looked at, 察看, it is part of the round)
        named = [has_proper_part(c.leaf.text) and (lies_in_unit(c.leaf.type, c.leaf.text) or heritage_site(c.leaf.text)
                                                   or unit_ok and c.leaf.level == "community"
                                                   or entered and c.leaf.type == "Enterprise")
                 for c in chunks]
        # (a named estate listed with the community's facilities, 走进X小区和社区托育服务中心:
        # the estate makes the list a round of stops, the facilities with it; FAULTS36_p118)
        estate = any(c.leaf.type == "HousingEstate" and has_proper_part(c.leaf.text) for c in chunks)
        return (
            (levels == {"community"} or unit_ok)
            and (all(named) or estate)
            # (察看背街小巷整治成效: the place only qualifies the object; but a list goes on after a
            # stop, 走进X小区和社区托育中心: an item the grammar could not read follows, no object.
            # FAULTS36_p118: the estate of such a list was lost, its community kept)
            and (not name_window(self.text, chunks[-1].end) or LIST_SEP.match(self.text, chunks[-1].end) is not None
                 # 查看福兴小区老旧小区改造项目: a work done on a named estate is done where the estate is,
                 # the stop (`place_work_words.txt`: a generic work after a named place is the place's)
                 or estate and work_after(self.text, chunks[-1].end)
                 # 在X社区，A走进Y小区8号楼: a building of the estate entered is a corner of it, the
                 # estate the stop (session 60, qa60)
                 or estate and BUILDING_AFTER.match(self.text, chunks[-1].end) is not None)
        )

    def _at_settlement(self, at: list[int]) -> bool:
        """Is the party at a site only, a farm run as a settlement of its own (its
        type word in `place_settlement_enterprises.txt`: 七星农场, 青松林场)?"""
        nodes = [self.places.nodes[p] for p in at]
        return bool(nodes) and all(
            n.level == "site" and n.name.endswith(words("place_settlement_enterprises.txt")) for n in nodes
        )
