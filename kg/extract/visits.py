"""Visits, read paragraph by paragraph, and where the report is at each sentence.

A visit frame is an actor, a movement / presence / activity, and a place.
Actors: a named official, 他/她, their party (一行, 调研组, `head们` of the
report's own posts), or an organisation bringing people (组织…来到X) whose
visit the officials then named taking part join.  Verbs are an open word class
with kinds kept as data (`visit_verbs.tsv`): "move" verbs always start a visit
to the place after them; "inspect" verbs (察看, 走进) only when the official is
not yet at a specific place in the paragraph; "presence" and "activity" verbs
(驻足, 座谈, 出席) put an official where the paragraph is.  An official is at
`在X` when they are its subject (王明已在X主持) or open the clause after it
(在X，王明同…); meeting or calling on a place's residents (与Y社区的居民座谈)
is a visit to it.  Each sentence gets a `Scene`: the places it is about and
the stop the report is at, which the issue frame uses to place what residents
raised.  See docs/parser.md for the whole frame.

This module holds the pipeline step (`visits_component`) and the `Reader`'s
paragraph loop (`read`, `read_paragraph`, the scene of each sentence); the
reader's parts are its bases, each in a module of its own: who makes a visit
(`visit_party`), the stops of a tour (`visit_stops`), visits told by a host,
a heading, a record or a walk (`visit_frames`), the places a verb or scene
names (`visit_places`), presence frames (`visit_presence`); under them the
verbs (`visit_verbs`), the fixed patterns (`visit_patterns`) and the records
(`visit_records`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.actors import Actor, ActorIndex
from kg.extract.back_reference import referred_here, referred_inside, referred_located
from kg.extract.corps_units import attach_regiments, company_at
from kg.extract.village_groups import group_at, opens_with_group
from kg.extract.guides import deputy_hosts, hosts_stop, posted_post
from kg.extract.lexicons import alternation, pattern, words
from kg.chrome import site_header_line
from kg.extract.place_suffixes import ADMIN, PlaceChunk, suffix_at
from kg.extract.place_proper_part import is_named
from kg.extract.place_parse import parse_at
from kg.extract.place_segments import segment
from kg.extract.place_lists import parse_list, unit_locative_word
from kg.extract.place_identity import kind as place_kind
from kg.extract.places import PlaceRegistry
from kg.extract.place_description import describes
from kg.extract.place_check import SPOT_TAGS, analysed_around, handled_place
from kg.extract.tagged_places import junction_at, quoted_inside
from kg.extract.sentences import Sentence
from kg.extract.unit_office import unit_office
from kg.pipeline import Doc, component
from kg.text import HAN, HEADLINE_END
from kg.extract.visit_records import ImpliedAt, Scene, VisitRecord
from kg.extract.visit_patterns import (
    ACCOMPANIED_UNDER, AREA_LEVELS, CLAUSE_BREAK, FIRST_PERSON, INSIDE, INSIDE_LEVELS, LIST_ITEM, MENU, MODIFIER_OF, MODIFIERS_OF, OPENING_QUOTES, SET_UP_AT, QUOTED_SPEECH, SCENE_LOCATIVE, SECTION_CLAUSE, crowd_spot, office_spot, scene_spot, SPOT_CLAUSE, WHILE_DOING, at_verb, place_intro, told_visit, while_at,
)
from kg.extract.visit_verbs import clause_open, entering, moves, scene_lead, sequence_lead, tour_verbs, verb_matches, visit_verbs, work_site_after
from kg.extract.visit_party import PartyReading
from kg.extract.visit_stops import StopReading
from kg.extract.visit_frames import FrameReading
from kg.extract.visit_places import PlaceReading
from kg.extract.visit_presence import PresenceReading

# a party of a post's holders, counted or partial (带领部分区人大代表, 组织10名市政协委员)
PARTY_OF_HOLDERS = r"(?:部分|全体|一些|一批|[\d一二三四五六七八九十几多余]+[名位])(?:{})"


# 的 and a landmark of one to four characters closed by a locative of `scene_spot_locatives.txt`
# (的草原上, 的山坡上), no comma needed: checked by the analyser (`Reader._existential_spot`)
EXISTENTIAL_SPOT = re.compile("的[^，,。；;：:！？!?\\s的“”]{1,4}?(?:" + alternation(words("scene_spot_locatives.txt")) + ")")


# what may stand before the officials opening a sentence: their posts and the lists' marks,
# no clause break and no place preposition (`_joined_there_next`)
# a four-character clause after a sentence's date, closed by a comma (暑气渐消，): `_scene_locative`
MOOD_CLAUSE = re.compile(f"[{HAN}]{{4}}[，,]")
JOINED_SUBJECT = re.compile(r"[^，,。；;：:在到]{0,24}")

class Reader(PartyReading, StopReading, FrameReading, PlaceReading, PresenceReading):
    """Walks the sentences of one report, keeping who is where."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text.text
        self.officials = doc.ext.officials
        self.index = ActorIndex(self.text, doc.ext.name_mentions)
        self.places: PlaceRegistry = doc.ext.places
        self.visits: list[VisitRecord] = []
        self.clock_scenes: dict[int, PlaceChunk] = {}  # a sentence's start -> the scene it set after a clock time, unread (`_scene_locative`)
        self.implied_set: dict[int, int] = {}  # a place set as a scene with no 在 (`_scene_locative`) -> the start of the sentence that set it
        self._visited: dict[str, dict[int, list[VisitRecord]]] = {}  # official -> place -> their visits there
        self._indexed = 0  # how many of self.visits are in self._visited
        self.scenes: dict[int, Scene] = {}
        self.sentence_places: dict[int, list[int]] = {}  # sentence start -> places of its 在X
        self.at_read: set[int] = set()  # starts of sentences with a 在X read as a place
        self.current_actor: str | None = None
        self.last_named: str | None = None
        self.doc_group: list[int] = []  # places of the latest visit in the report
        self.doc_visitor: str | None = None
        self.doc_receiving = False
        self.news_item = False  # past a marker of an appended news item (`news_item_scene`)
        self.area: int | None = None  # the district/subdistrict of the latest visit
        self.area_of: dict[str, int] = {}  # each official's: 同日，B走访了Y乡… leaves A's tour in A's area
        self.escort_area: int | None = None  # the subdistrict an escort of the sentence heads (`_escort_area`)
        self.last_team: list[str] = []  # who made the latest visit
        self.touring: list[str] = []  # who set out with a visit verb naming no place (到基层调研。一、A社区：…)
        self.set_out: list[str] = []  # two or more who set out with a move verb naming no place (甲，乙深入辖区)
        # who a record's people field names (接待代表：甲、乙): each entry tells its own people (record_people_visits)
        self.record_people: set[str] = set()
        self.plural = self._plural_party()
        self.brought_to: list[int] = []  # places of an organisation's visit, joined by officials named later
        self.brought_by_official = False  # an official led the party there (甲带队到X), no organisation
        self.brought_in = 0  # the paragraph of that visit
        self.scene_places: list[tuple[int, Sentence]] = []  # places opening a headline that names no one
        self.headline = _headline(doc.sentences)
        self.event_paragraph = -1  # the paragraph told at that visit's event (座谈会上，…)
        self.paragraph_end = 0  # end of the paragraph being read
        self.paragraph_start = 0  # its start
        self.at_written: dict[int, int] = {}  # set per sentence by read_paragraph
        self.clause_subject: int | None = None  # end of the official opening the clause after 在X， (this sentence)
        self.participants: list[str] = []  # officials named taking part before the tour (参加调研)
        self.joined_only: set[str] = set()  # officials first named only taking part (乡党委委员A参加): no guests
        # sentence start -> official -> did a subject in it carry their party along (A一行, A等, 代表们:
        # True) or name them alone (A来到Y, 他来到Y: False)?  Read by `credit_participants`
        self.party_told: dict[int, dict[str, bool]] = {}
        self.sentence_starts = [s.start for s in doc.sentences]
        # quoted speech (“…，…”): a visit verb in someone's words (“村里到镇上的路…”) is not narrated;
        # a quoted name (“书记工作室”) holds no clause punctuation
        self.speech = [(m.start(), m.end()) for m in QUOTED_SPEECH.finditer(self.text)]
        self.roles: dict[str, list[bool]] = {}  # official -> per body clause naming them: only a part in the event? (note_roles)
        self.hosts = {name for name, info in self.officials.items() if hosts_stop(info.posts)}
        if self.hosts == set(self.officials):
            self.hosts = set()  # a cadre hosts another official's visit; with none named (第一书记A来到X村) the cadre visits
        self.story_starts: list[int] = doc.ext.story_starts
        # the latest scene a sentence-opening 在X， set with no one in its clause: (places, sentence start)
        self.scene_venue: tuple[list[int], int] | None = None
        self.lede_places: list[int] = []  # sub-stops a lede sets its scene at before any visit (在X村Y组的树下，…)
        self.stop_list: list[str] = []  # who a visit verb closing its line with a colon (来到：) takes to the listed stops
        # a generic name's full forms written in the report, read once per name: the scan covers
        # the whole text, so reading it at every mention made long reports quadratic
        self.full_names: dict[str, dict[tuple, list[int]]] = {}
        self.author: str | None = None
        # offsets of the 他/她 standing for residents (`_residents_pronoun`): a subject, though no actor
        self.residents_pronouns: set[int] = set()
        self.author = self._author()  # a first-person report's writer: 我 (in `actors`)
        if self.author:
            # the village a diarist's post names (青石村驻村第一书记) is where their rounds go: registered
            # from the byline on, the hamlets they walk (我又到了上坪组) are its groups (`group_at`)
            self._post_unit(self.author)
        self.followed = self._followed()  # the official a first-person observer goes along with (我跟着A出了门)
        self.we_start = len(self.text)  # where the writer names their companions (`_we_party`): 我们 after it is that party
        self.we_party = self._we_party()  # who a writer's 我们 stands for: the writer and the companions they named
        # a writer holding a village post (驻村第一书记) tells their own rounds: they host no one's
        self.hosts.discard(self.author)

    def story_start(self, pos: int) -> int:
        """Where the story holding text offset `pos` opens on a list page of several
        (`doc.ext.story_starts`, kg.stories); 0 in the first story or a plain report."""
        k = bisect_right(self.story_starts, pos) - 1
        return self.story_starts[k] if k >= 0 else 0

    def in_speech(self, pos: int) -> bool:
        """Is text offset `pos` inside quoted speech (`QUOTED_SPEECH`)?"""
        k = bisect_right(self.speech, (pos, len(self.text))) - 1
        return k >= 0 and self.speech[k][0] < pos < self.speech[k][1]
    # ----------------------------------------------------------- paragraphs
    def read(self) -> None:
        paragraphs: dict[int, list[Sentence]] = {}
        for s in self.doc.sentences:
            paragraphs.setdefault(s.paragraph, []).append(s)
        story = 0
        for sentences in paragraphs.values():
            if self.story_start(sentences[0].start) != story:
                # a list page's next story: the latest visit's area and places are another story's
                story = self.story_start(sentences[0].start)
                self.area, self.doc_group, self.area_of = None, [], {}
            self.read_paragraph(sentences)
        self.author_rounds()
        self.posted_rounds()
        self.visit_scenes()
        self.opening_scene()
        self.credit_participants()
        self.drop_role_only()
        attach_regiments(self.text, self.places)  # (a regiment's division, named in a post)

    def author_rounds(self) -> None:
        """A first-person report's writer (`author`: 青石村驻村第一书记 A on its byline) whose
        post names a village or community, and who tells their own rounds there with no
        named place (我跟着村支书B去了村东头的果园, 我和网格员挨家走访了五户老人: 我 and a
        visit verb in one clause of the narration), makes a stop at that unit, as the golds
        give a diarist's day in their own village.  Nothing when they already have a stop
        there or inside it.  Source: an opened probe's (p109) 驻村日记 had no visit."""
        if not self.author:
            return
        unit = self._post_unit(self.author)
        if unit is None or any(v.official == self.author and unit in self.places.ancestors(v.place) for v in self.visits):
            return
        firsts = ((m.start(), m.end()) for s in self.doc.sentences for m in FIRST_PERSON.finditer(self.text, s.start, s.end))
        self._round_at_unit(self.author, unit, firsts, in_clause=True)

    def posted_rounds(self) -> None:
        """An official posted to a village or community from above, whose post names it
        (东河湾村第一书记, 青石村驻村工作队队长: the unit, then a head of
        `post_posted_heads.txt` or an assignment title), and who is told going round
        with no place named (A就和村支书一起，走进了村民X家: the name, then a visit verb
        later in the sentence, outside quoted speech, no place read in it), makes a stop
        at that unit, as `author_rounds` does for a diarist: the golds give a first
        secretary's home visits as a visit to the village.  Only for an official with no
        visit read anywhere in the report (with one, the golds give the stops told, inside
        the unit or not: a sealed set's report lost precision to the unit), and not for a
        unit's own cadres (村党支部书记: `hosts_stop`).  Source: session 44 (invented ledes
        and p142-06: a first secretary's rounds of home visits, told alone, made no visit).

        >>> # 东河湾村第一书记A走进了村民B家。 -> A visited 东河湾村
        """
        for name, info in self.officials.items():
            if name in self.hosts or name == self.author or not any(posted_post(p) for p in info.posts):
                continue
            if any(v.official == name for v in self.visits):
                continue  # (a stop of theirs told anywhere: the rounds are told at it, or inside the unit)
            unit = self._post_unit(name)
            if unit is not None:
                mentions = ((start, end) for start, end, who in self.index.mentions if who == name)
                self._round_at_unit(name, unit, mentions, in_clause=False)

    def _round_at_unit(self, who: str, unit: int, mentions, in_clause: bool) -> None:
        """Make `who`'s stop at `unit` (a place id) in the sentence of the first of `mentions`
        ((start, end) character offsets of the official's name or the writer's 我, in text
        order) outside quoted speech with a visit verb after it, also outside speech: within
        the mention's clause when `in_clause` (a diarist's 我 and their verb), else within its
        sentence, skipping a sentence whose visit is read already (its place is named there).
        The shared step of `author_rounds` and `posted_rounds`; for example, a mention
        (0, 3) of 庞立军 in `庞立军走进了村民A家。`, with unit 东河湾村, makes his visit to 东河湾村
        (tests/test_lead44.py, the posted first secretary's rounds).
        """
        for start, end in mentions:
            if self.in_speech(start):
                continue
            s = self.doc.sentences[bisect_right(self.sentence_starts, start) - 1]
            if not in_clause and any(v.start == s.start for v in self.visits):
                continue  # a visit read in that sentence names its place
            brk = CLAUSE_BREAK.search(self.text, end, s.end) if in_clause else None
            verb = next(verb_matches(self.text, end, brk.start() if brk else s.end), None)
            if verb is not None and not self.in_speech(verb.start()):
                self.add_visit(who, [unit], s, True)
                return

    def _post_unit(self, name: str) -> int | None:
        """The village or community (level community) one of `name`'s posts opens with,
        registered where the post is first written (青石村驻村第一书记 -> 青石村); None when
        no post names one.  A dispatcher written first (省派|东河湾村第一书记, 市委组织部选派|…:
        `dispatch_verbs.txt`) is no part of the unit's name."""
        for post in self.officials[name].posts:
            after = max((m.end() for m in pattern("dispatch_verbs.txt").finditer(post)), default=0)
            chunk = parse_at(post, after)
            at = self.text.find(post)
            if chunk is not None and chunk.leaf.level == "community" and at >= 0:
                return self.places.add(PlaceChunk(at + chunk.start, at + chunk.end, chunk.segments), None)
        return None

    def credit_participants(self) -> None:
        """Who else made the tour, first named once it is under way:

        - officials named taking part (`visit_join_words.txt`: 委员A、B参加调研);
        - deputies and members (posts headed by `duty_post_heads.txt`: 区人大代表,
          市政协委员) first named after the tour began (与区人大代表B、C一起…,
          代表B询问…): they make a duty visit, they do not host one;
        - leaders who went along in a sentence of their own (。副区长乙一同调研。:
          `OfficialInfo.joined`).

        Each visits the places of the visitor whose tour they are named in
        (the latest body visit before their first mention, else the first),
        so the afternoon's deputies are not given the morning's stops.  Not
        those told making a visit of their own elsewhere (a round-up of each
        deputy's stop), nor those a record's people field names (`record_people`)."""
        body = [v for v in self.visits if not v.headline]
        if not body:
            return
        # (a leader going along in a sentence of their own before the first stop is told,
        # 。副主任乙一同视察。代表们首先来到A村: the tour's, from its first stop on; session 41 —
        # one only taking part, 参加视察, is no member: `_joined_only`)
        late = [o.name for o in self.officials.values() if o.first >= body[0].start or o.joined]
        # (a deputy the report says accompanies, 区人大代表B陪同, accompanies as any official does)
        # (a leader who 一同调研 in a sentence of their own, `OfficialInfo.joined`, investigates
        # with the lead: the readable golds give them the lead's stops, p134-09 and p139-10)
        members = [n for n in late if n in self.participants or self.officials[n].joined
                   or self._duty_member(n) and not self.officials[n].accompanying]
        for name in members:
            if name in self.record_people:
                continue  # a record's entries each name their people: a later entry's stop is not theirs
            # (announced in the first stop's own sentence too: 带领部分区人大代表，深入X街道视察; session 42)
            announced = self._of_announced_party(name, body[0].end)
            if not announced and name not in self.participants and not self.officials[name].joined and self._raiser_only(name):
                continue  # 区人大代表丙反映X: a deputy told only raising something makes no visit (session 57)
            # one of the 部分区人大代表 the lede sent out is on the tour from its first stop
            # (and a visitor even at a stop of their own village: they came with the party),
            # and at the stops from their own mention on, where they speak
            mentions = ([body[0].start] if announced else []) + [self.officials[name].first]
            going: list[VisitRecord] = []
            toured: set[int] = set()
            for mention in mentions:
                before = [v for v in body if v.start <= mention and v.official != name]
                joined = before[-1] if before else body[0]
                lead = joined.official
                # from the stop they are first named at on (与区人大代表B、C一起接待选民: not the lead's earlier stops),
                # at the later stops their party was told going to (`_went_along`)
                tour = [v for v in body if v.official == lead and v.start >= joined.start]
                places = {v.place for v in tour}
                # 走访了A和B。在B，谈某与区人大代表C一起接待选民: C joins at the stop their
                # sentence names before them (B), not at the stops told with it (A)
                head = self.text[self._sentence_start(mention):mention]
                at = {
                    p for p in places
                    if self.places.nodes[p].level in INSIDE_LEVELS and any(len(w) > 2 and w in head for w in self.places.nodes[p].written)
                }
                if at:
                    places = at | {v.place for v in tour if v.start > mention}
                going += [v for v in self._went_along(lead, tour, mention) if v.place in places]
                toured |= places
            if not announced and self._hosts_toured(name, toured):
                continue  # 县人大代表、X村党支部书记B一边带路: the deputy is the toured village's cadre, its host
            had = {v.place for v in self.visits if v.official == name}
            if had - toured:
                continue  # a stop of their own apart from the tour: a round-up of each deputy's visit
            for v in going:
                if v.place not in had:
                    self.visits.append(VisitRecord(name, v.place, v.start, v.end, v.stop))
                    had.add(v.place)

    def _of_announced_party(self, name: str, first_stop: int) -> bool:
        """Is the deputy or member `name` one of a party of their post's holders that the
        text announces before `first_stop` (the end of the tour's first stop's sentence, which
        may announce it: 带领部分区人大代表，深入X街道; `PARTY_OF_HOLDERS`: 带领部分区人大代表,
        组织10名市政协委员): a member named only at a later stop (座谈会上，区人大代表B说)
        made the tour from its start.  Source: session 41 (p133-10: the deputies who spoke
        at the last stop's meeting had toured every stop, as the gold says).

        >>> # "主任A带领部分区人大代表视察。代表们首先来到X村…座谈会上，区人大代表B说" -> True for B
        """
        head = self.text[:first_stop]
        return any(post.endswith(tuple(words("duty_post_heads.txt"))) and re.search(PARTY_OF_HOLDERS.format(re.escape(post)), head)
                   for post in self.officials[name].posts)

    def _hosts_toured(self, name: str, toured: set[int]) -> bool:
        """Is the deputy `name` otherwise only a community-level cadre (`deputy_hosts`:
        县人大代表、X村党支部书记) of a place of `toured` (place ids), its name written in
        that post (or a place around one: 杏花村 of its 苹果园)?  Met in their own village, they show the visitors round and speak for
        its people; a deputy-cadre of elsewhere still joins the tour as a deputy.
        Example: posts [县人大代表, 黄岭村党支部书记], toured {黄岭村} -> True."""
        posts = self.officials[name].posts
        if not deputy_hosts(posts):
            return False
        around = set(toured).union(*(self.places.ancestors(pid) for pid in toured))  # 杏花村 of 杏花村的苹果园
        return any(len(w) > 1 and any(w in p for p in posts) for pid in around for w in self.places.nodes[pid].written)

    def _went_along(self, lead: str, stops: list[VisitRecord], mention: int) -> list[VisitRecord]:
        """The stops of `lead` (`stops`, from the one a member joined at) that a
        member first named at `mention` went to: a stop's party is what its own
        subject says (`party_told`).  The stops of the member's own sentence are
        theirs; at a later stop whose subject names `lead` alone (随后，A来到Y;
        他来到Y) the member stays behind; one carrying the party (A一行来到Y,
        A等来到Y, 代表们来到Y) takes them along; a stop naming no one (随后来到Y)
        goes as the stop before did.  Source: gold `visits` (a co-host met at a
        stop, 与县人大代表B一起接待选民, makes no later stop the lead makes alone).

        >>> # "A来到X站，与代表B一起接待选民。随后，A来到Y村。" -> B: X站 only
        >>> # "A来到X站，与代表B一起接待选民。随后，A一行来到Y村。" -> B: X站 and Y村
        """
        first = self._sentence_start(mention)
        along, going = [], True
        for v in sorted(stops, key=lambda v: v.start):
            at = self._sentence_start(v.start)
            if at > first and lead in self.party_told.get(at, {}):
                going = self.party_told[at][lead]
            if going:
                along.append(v)
        return along

    def _sentence_start(self, pos: int) -> int:
        """Start offset of the sentence holding text offset `pos` (-1 before the first)."""
        k = bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[k] if k >= 0 else -1

    def visit_scenes(self) -> None:
        """A headline that opens with a place and names no one (`竹韵社区：议事会
        开到家门口`) tells where the report is: the report's first visitor was
        there, when the body names the place again.  Areas are left to the
        body's stops; a stop inside the place is the more specific visit."""
        if not self.scene_places:
            return
        if not self.visits:
            return
        visitor = self.visits[0].official
        for pid, s in self.scene_places:
            body = self.text[s.end:]
            if not any(w in body for w in self.places.nodes[pid].written):
                continue  # a title's phrase the body never names again (人民政府网站) sets no scene
            if not any(v.place == pid for v in self.visits):
                self.visits.append(VisitRecord(visitor, pid, s.start, s.end))

    def opening_scene(self) -> None:
        """A report (a headline, then its body) read through with no visit at all, whose body opens on a place
        (`9月8日晚，X村Y公园旁的亭子里灯火通明，群众围坐在一起。` then the official speaks
        there, with no verb of going), had its lead there: the first official named in
        the body outside quoted speech, no host of the stop, makes a visit to the most
        specific community or site registered in the first paragraph after the headline
        that registers one, when that paragraph holds or comes before the official's
        first mention, and whose sentence there tells no move (A来到服务中心: a place gone to, not
        read, is not the scene).  Every report of the gold sets has a visit (dev, kinds, check, 34 probe
        sets: 0 of 407 without one), so a report with none lost its stop.  Source:
        session 51 (dev pb-08: a night talk in a village's pavilion gave no visit)."""
        if self.visits or self.headline is None:
            return  # (a snippet with no headline tells no report's opening: 青石镇在V召开议事会。A与兄弟镇交流经验)
        first = next(((start, who) for start, _, who in sorted(self.index.mentions)
                      if who not in self.hosts and not self.in_speech(start)), None)
        if first is None:
            return
        start, who = first
        said_in = bisect_right(self.sentence_starts, start) - 1
        said = self.doc.sentences[said_in]
        kinds = visit_verbs()[1]
        if any(kinds.get(m.group(0)) == "move" for m in verb_matches(self.text, start, said.end)):
            return  # (A来到服务中心: a move told whose place was not read; the scene is not where A went)
        bounds: dict[int, tuple[int, int]] = {}  # paragraph -> (its first sentence's start, its last one's end)
        for s in self.doc.sentences:
            bounds[s.paragraph] = (bounds.get(s.paragraph, (s.start,))[0], s.end)
        for paragraph in dict.fromkeys(s.paragraph for s in self.doc.sentences[: said_in + 1]):
            if paragraph == self.headline:
                continue
            body = self.text[slice(*bounds[paragraph])]
            if "，" not in body and "," not in body:
                continue  # (a source line, 望都县融媒体中心 2023-11-30: no clause, no scene)
            named = [n.id for n in self.places.nodes if n.level in ("community", "site") and any(w in body for w in n.written)]
            if not named:
                continue
            # (the deepest: 青山村 and the park in it give the park; the first written of those)
            inner = [p for p in named if not any(p != q and p in self.places.ancestors(q) for q in named)]
            pid = min(inner, key=lambda p: min(body.find(w) for w in self.places.nodes[p].written if w in body))
            self.visits.append(VisitRecord(who, pid, said.start, said.end, True))
            return

    def read_paragraph(self, sentences: list[Sentence]) -> None:
        here: dict[str, list[int]] = {}  # official -> places visited in this paragraph
        context: list[int] = []  # places the paragraph is about
        group: list[int] = []  # places of the latest visit in this paragraph
        first = sentences[0]
        self.paragraph_sentences = sentences
        self.paragraph_end = sentences[-1].end
        self.paragraph_start = first.start
        if not LIST_ITEM.match(self.text, first.start):
            self.stop_list = []  # the list of stops ended
        topic = []
        starts_with_person = self.index.starts_at(first.start)
        opener = place_intro().match(self.text, first.start)
        # 位于城东的X…: a paragraph opening with where X lies is about X (parse_list reads 位于…的X)
        if not starts_with_person and (not opener or opener.group(0) in words("place_located_verbs.txt")):
            topic = self._without_people(self.read_as_places(parse_list(self.text, first.start, first.end)))
        # (a description of a place off the tour, with no official acting in its paragraph:
        # 庙湾村是…城中村。村民反映…, told at a reception elsewhere, is no move there)
        described_only = first.paragraph != self.headline and not any(self.actors(s) or self.received(s, []) for s in sentences)
        # (a topic set as a scene, X社区的议事厅里，…, lies in the tour's area as 在X does: session 42)
        scene = bool(topic) and bool(self._scene_locative(first, self.actors(first)))
        for chunk in topic:
            pid = self.places.add(chunk, self._holder(context) if scene else self._admin(context))
            committee = self.places.committee_by_estate(pid)
            if committee is not None and self._on_tour(committee) and not self._on_tour(pid):
                pid = committee  # 泰山一村建于… after a visit to 泰山一村居民区: the paragraph is about the stop
            if described_only and describes(self.text, chunk.end) and not self._on_tour(pid):
                continue
            context.append(pid)
        if topic and first.paragraph == self.headline and not any(self.actors(s) for s in sentences) \
                and not MENU.search(self.text, first.start, first.end):
            # (X公司领导到Y农场走访: a place followed by a post title is the visitors' own unit, no scene)
            owners = {pid for c, pid in zip(topic, context) if pattern("post_titles.txt").match(self.text, c.end)}
            self.scene_places += [
                (p, first) for p in self.places.most_specific(context)
                if self.places.nodes[p].level in INSIDE_LEVELS and p not in owners
            ]
        self.opening = []  # the paragraph opens at a specific place with no one in its clause (在X片区，改造已收尾。)
        for s in sentences:
            actors = self.actors(s)
            self.escort_area = self._escort_area(s, actors)
            inside = False
            at_places: list[int] = []  # 在X where an actor is present (王明在X主持, 在X，王明同…)
            self.clause_subject = None
            at_end = s.start
            later_opening: list[int] = []  # a later sentence opening 在X， with no one in its clause
            self.at_written = {}  # place -> where this sentence's 在X first wrote it
            office_at: set[int] = set()  # units whose bare office this sentence's 在X names (在社区党群服务中心)
            for m in self._scene_locative(s, actors) + list(place_intro(True).finditer(self.text, s.start, s.end)):
                if m.group(0) == "对" and not self._inspection_on(s, actors, m):
                    continue
                if m.group(0) == "在" and (WHILE_DOING.match(self.text, m.end(), s.end)
                                           or ACCOMPANIED_UNDER.match(self.text, m.end(), s.end)):
                    continue
                if m.group(0) == "在" and SET_UP_AT.match(self.text, m.start() - 1, s.end):
                    continue  # 走进设在X中心二楼的Y议事厅: where the head lies, no place anyone is at (session 51)
                told = told_visit().match(self.text, m.end(), s.end) if m.group(0) == "在" else None
                chunks = self.read_as_places(parse_list(self.text, told.end() if told else m.end(), s.end))
                if m.group(0) == "在" and self._subject_before(actors, m.start()) \
                        and (located_ref := referred_located(self.text, m.end(), s.end, self.places)):
                    chunks = [located_ref]  # 代表A在位于X中心的联络站内接待: the station named before, not X (session 57)
                if m.group(0) == "在" and (junction := junction_at(self.text, told.end() if told else m.end(), s.end)):
                    chunks = [junction]  # 在X街与Y路交叉口，: the junction, not X街 (FAULTS45_p162)
                if not chunks and (company := company_at(self.text, m.end(), s.end, self.places)):
                    chunks = [company]  # 在三连，职工反映…: a company of the regiment named before
                # (a group named by its own name after 在 is where the scene is, as after a visit verb:
                # 走进了X村上庄组。…在下庄组，一场院坝会开了起来 — session 41, p135-05)
                if (not chunks or opens_with_group(chunks[0])) and (village_group := group_at(self.text, m.end(), s.end, self.places, visited=m.group(0) == "在")):
                    chunks = [village_group]  # 来到西来村…在3组与村民座谈: a group of the village named before
                if m.group(0) in words("disposal_markers.txt"):  # 将饮水工程纳入计划: a work handled, no place
                    chunks = [h for c in chunks if (h := handled_place(self.doc, c))]
                if not chunks and m.group(0) == "在" and (own := self.area_facility(m.end(), s.end)):
                    chunks = [own]  # 在街道社区党建服务中心开展…
                if not chunks and m.group(0) == "在" and (unit := unit_office(self.text, m.end(), s.end, self.places, self._visits_so_far(s, m.start()))):
                    chunks = [unit]  # 在社区党群服务中心召开的议事会上: the office of the community the report is in
                    office_at.add(self.places.add(unit, self._holder(context)))
                if chunks and m.group(0) == "在":  # 在闻溪街道“委员会客厅”召开座谈会
                    chunks[-1] = quoted_inside(self.text, chunks[-1], s.end)
                    chunks[-1] = work_site_after(self.text, chunks[-1], s.end)
                if not chunks and m.group(0) == "在" and sequence_lead().fullmatch(self.text, s.start, m.start()) \
                        and (modifier := MODIFIER_OF.match(self.text, m.end(), s.end) or MODIFIERS_OF.match(self.text, m.end(), s.end)):
                    # 在临河的X新村，王明…: a short modifier + 的 before the named place a
                    # clause-opening 在 sets the scene at, as after a move verb (来到正在建设中的X);
                    # the place must close its phrase (a clause or a spot in it follows), so
                    # 在大家的努力下 or 在X的带领下 names nothing.  Source: FAULTS35_p103
                    described = parse_list(self.text, modifier.end(), s.end)
                    if described and (clause_open().match(self.text, described[-1].end, s.end)
                                      or SPOT_CLAUSE.match(self.text, described[-1].end, s.end)):
                        chunks = self.read_as_places(described)
                if not chunks and m.group(0) == "在" and sequence_lead().fullmatch(self.text, s.start, m.start()):
                    # 在东方花城，王明…: a clause-opening 在X names a place even without a type word
                    tagged = self.tagged(m.end(), s.end) or self.type_word_ref(m.end(), s.end)
                    opens = tagged and (clause_open().match(self.text, tagged.end, s.end) or while_at().match(self.text, tagged.end, s.end)
                                        or SECTION_CLAUSE.match(self.text, tagged.end, s.end))  # 在X路（A至B段）改造工地，
                    chunks = [tagged] if opens else []
                elif not chunks and m.group(0) == "在" and self._subject_before(actors, m.start()):
                    # 王明在东方花城调研时, 王明随后在青龙湾察看…: the official's own 在X before a visit verb
                    tagged = self.tagged(m.end(), s.end)
                    # (a name of two characters is as often a city as a stop: 在济南走访; a city is no stop)
                    own = tagged and len(tagged.text) > 2 and at_verb().match(self.text, tagged.end, s.end)
                    chunks = [tagged] if own else []
                if not chunks and m.group(0) == "在" and self._subject_before(actors, m.start()) \
                        and (deictic := referred_here(self.text, m.end(), self.places)):
                    chunks = [deictic]  # X服务中心里坐满了人。代表A在这里接待选民: the stop introduced last
                if not chunks and m.group(0) == "在" and self._subject_before(actors, m.start()) \
                        and (inside_ref := referred_inside(self.text, m.end(), self.places)):
                    chunks = [inside_ref]  # 今天是X联络站的接待日。代表A在站里接待选民: that site
                if not chunks:
                    continue
                if m.group(0) == "在":
                    self.at_read.add(s.start)
                if INSIDE.match(self.text, chunks[-1].end):
                    inside = True
                present = m.group(0) == "在" and self.present_at(s, actors, m.start(), chunks[-1].end) or m.group(0) == "对"
                # (not one planned: 王明表示，下一步将在X召开座谈会 holds no event today, `modal_before`)
                if m.group(0) == "在" and not present and pattern("event_held_words.txt").match(self.text, chunks[-1].end) \
                        and not self.modal_before(s, max((a.end for a in actors if a.end <= m.start()), default=s.start), m.start()):
                    # 在X召开的议事会上，…: an event held at X; officials named taking part in it join
                    held = [self.places.add(c, self._holder(context)) for c in chunks]
                    self.brought_to, self.brought_in = self.places.most_specific(held), s.paragraph
                    if self.last_team and sequence_lead().fullmatch(self.text, s.start, m.start()):
                        # (随后)在V召开的座谈会上，…: the party on its tour is at the meeting it opens with
                        for who in self.last_team:
                            self.add_visit(who, self.brought_to, s, True)
                            here[who] = self.brought_to
                # (随后)在X村召开座谈会 after a stop inside X村: the party convenes at the unit
                # itself, a stop of its own as the unit's office is (`office_at`)
                convened = present and m.group(0) == "在" and self.elided_presence(s, actors, m.start(), chunks[-1].end)
                # 随后来到B街道，在C社区…: with no place of the paragraph read yet, the area a move
                # earlier in the sentence took the party to holds C (not the last stop's area)
                holder = self._holder(context or self._moved_to(s.start, m.start()))
                for chunk in chunks:
                    pid = self.places.add(chunk, holder)
                    if isinstance(m, ImpliedAt):
                        self.implied_set[pid] = s.start
                    if convened:
                        office_at.add(pid)
                    if m.group(0) in words("place_located_verbs.txt"):
                        continue  # X地处Y: Y is around X, not a place to be at
                    self.at_written.setdefault(pid, chunk.start)
                    if pid not in context:
                        context.append(pid)
                    if present:
                        at_places.append(pid)
                        at_end = chunks[-1].end
                    if self.places.nodes[pid].level in INSIDE_LEVELS:
                        self.sentence_places.setdefault(s.start, []).append(pid)
                if m.group(0) == "在" and not actors and sequence_lead().fullmatch(self.text, s.start, m.start()):
                    if venue := self._opening_place(chunks, context, s.end):
                        self.scene_venue = (venue, s.start)
                        for who in self.stop_told_again(venue, s, chunks[-1].end) or self.stop_told_by_host(venue, s, chunks[-1].end):
                            self.add_visit(who, venue, s, True)
                            here[who] = venue
                    if s is first:
                        self.opening = self._opening_place(chunks, context, s.end)
                    else:  # 来到甲溪乡。在甲溪乡枫树村，村民说…: a stop inside the area just reached
                        later_opening = self._opening_place(chunks, context, s.end)
                if m.group(0) == "在" and not any(a.start < m.start() for a in actors):
                    self.note_lede(s, chunks)
            visited_here = self.listed_stop(s, here)
            visited_here += self.explicit_visits(s, actors, here, context, inside, at_places)
            visited_here += self.hosted_visits(s, actors, here, context)
            visited_here += self.carried_visits(s, actors, here, context)
            visited_here += self.along_visits(s, actors, here, context)
            visited_here += self.pass_visits(s, actors, here, context)
            if not visited_here:
                visited_here += self.ordinal_stop_visits(s, actors, here, context)
            if not visited_here and actors:
                visited_here += self.entered_visits(s, actors, here, context)
            if not visited_here and actors:
                visited_here += self.record_people_visits(s, actors, here, context)
            if not visited_here and not actors:
                visited_here += self.heading_stop_visits(s, here, context)
            if not visited_here and not actors:
                visited_here += self.event_venue(s, here)
            if not visited_here and not actors and (s is first or later_opening):
                visited_here += self.opening_stop(s, here, self.opening if s is first else later_opening, s is not first)
            if visited_here:
                self.left_places(s, visited_here)
            if visited_here:
                # 来到X村，沿着X河察看: the river inside the village is where the sentence is
                group = [p for p in visited_here if not any(p in self.places.ancestors(q) for q in visited_here if q != p)]
            met = self.met_residents(s, actors, here, context)
            attended = self.attended_event(s, actors, here, context)
            met += attended
            at_places += met
            team, targets = [], []
            if at_places:  # a second 在X stop in the paragraph counts when it is somewhere new
                targets = self.places.most_specific(at_places)
                # (the unit's office after a stop inside the unit, 来到X社区Y小区…。在社区党群服务中心召开座谈会:
                # somewhere new, though the unit holds the estate)
                office = set(targets) <= office_at
                team = [w for w in self.subject(actors, self.clause_subject or s.end)
                        if self._new_stop(here.get(w, []), targets) or office and not set(targets) & set(here.get(w, []))]
            elif not visited_here and context and not self._set_elsewhere(s) \
                    and (self.at_site_part(s, actors) or self.present(s, actors) or self.told_to(s, actors)):
                # (`present` last: it may ask the analyser, and with no place in context it decides nothing)
                targets = self.places.most_specific(context)
                joined = self._joined_only(s, actors)
                team = [w for w in self.subject(actors, s.end) if not here.get(w) and w not in joined]
                if set(targets) <= self.implied_set.keys() and moves().search(self.text, actors[0].end, s.end):
                    # X站里座无虚席。A来到服务中心，…: a scene set with no 在 holds no official
                    # who moves somewhere unread (tests/test_f108_35: the station is no stop)
                    team = []
            if not team and not at_places and not visited_here and context and not self._set_elsewhere(s) \
                    and (received := self.received(s, actors)):
                # (居民早早等在小区门口, 居民甲领着检查组来到自家门口: the party received by the people
                # of the place the paragraph is about is there; `received`)
                targets = self.places.most_specific(context)
                team = [w for w in received if not here.get(w)]
            if not targets and not visited_here and (duty := self.on_duty_at_venue(s, actors, context)):
                targets, team = duty
                team = [w for w in team if not here.get(w)]
            # the area an official's post governs is where they work, not a place they are present at
            team = [w for w in team if not all(self._governs(w, p) for p in targets)]
            if team and self._remote(s):
                team = []  # 通过视频连线方式，听取X社区居民代表意见: taking part from afar
            if at_places and team:
                self.nest_at_latest_unit(team, targets)
            for who in team if targets else []:
                self.add_visit(who, targets, s, self._is_stop(s, at_end))
                here[who] = targets
            if team and targets:
                if met or at_end == s.start or not (visited_here and self._written_after(visited_here, at_end, s.end)):
                    group = targets  # (not 在X，…后，来到Y: the sentence ends at Y, the later stop)
                if not (set(targets) <= set(attended) and not visited_here):
                    # (a member attending an event on their own, 委员A参加X社区议事会, is no party:
                    # 调研组来到Y after it is the tour's, not A's; test_visit_positions)
                    self.last_team = team
            self.venue_inside_stop(s)
            self.acts_where_set(s, actors, here, visited_here)
            self.note_meeting_host(s, actors, context)
            self.join_brought(s, actors)
            self.note_participants(s, actors)
            self.note_joined_only(s, actors)
            self.note_came_along(s, actors)
            self.note_names(actors, s.end)
            self.note_roles(s, actors)
            scene = Scene(
                list(group), list(context), list(self.sentence_places.get(s.start, [])), list(self.doc_group), self.doc_visitor,
                self.doc_receiving,
            )
            self.scenes[s.start] = self.news_item_scene(s, scene)

    def news_item_scene(self, s: Sentence, scene: Scene) -> Scene:
        """The scene of `s` once a news item appended to the report has opened
        (`news_item_markers.txt` at a sentence's start, closed by a colon or comma:
        `又讯：此前村民反映的X问题，已于…修复完毕`).  The item is told apart from the
        tour, so it stands at none of the tour's stops: no latest stop (`group`), and the
        report's first body stop (its main place) as the report's stop.  A place the item
        names itself is still read where it is named (`at`, `context`), so a follow-up
        naming its place files there; one naming none files at the first stop, not at
        the last stop the tour reached.  The readable golds file each follow-up of
        something raised before (此前居民反映的X已解决) at the stop its paragraph is at or the
        place it names (dev pb-11, p209-02, p210-01, p221-03): an appended item has no
        stop of its own, and the first stop is where the report is.
        Example: stops A then B, `又讯：此前村民反映的Y问题已修复` -> Y at A.
        Source: session 57, newc57 (a newcomer's fault: filed at the last stop)."""
        if not self.news_item:
            head = self.text[s.start:s.end].lstrip()
            self.news_item = any(head.startswith(w) and head[len(w):len(w) + 1] in "：:，," and len(head) > len(w)
                                 for w in words("news_item_markers.txt"))
        if not self.news_item:
            return scene
        body = [v for v in self.visits if not v.headline]
        if not body:
            return scene
        first = [v.place for v in body if v.start == body[0].start and v.official == body[0].official]
        return Scene([], list(scene.context), list(scene.at), self.places.most_specific(first), scene.visitor, False)

    def _scene_locative(self, s: Sentence, actors: list[Actor]) -> list[ImpliedAt]:
        """A sentence opening (after its date or sequence words) with a named place and
        a locative 里/内 and no 在 before it (`6月17日下午，X街道Y委员工作室里座无虚席。`,
        `11月8日晚，X社区党群服务中心里，一场议事会正在进行，代表A应邀参加`): the scene
        is set at the place as by `在X里，`, so it is read as that 在 would be.  Returns
        [ImpliedAt] standing for the 在 at the place's start, or [] (no such opening, an
        official named before the place, no named place of community or site level, or
        里/内 opening a noun phrase: X小区里的老人).  Source: FAULTS37_p124 (reception
        and consultation reports set their meeting room this way; three visits lost).
        Session 42 (FAULTS42_p145): a spot of the place opening the sentence with no lead
        (X社区的议事厅里，…) or a spot of a village's own office (X村村部门前的空地上，…:
        `_own_office`, `office_spot`) sets it too; after a clock time (晚7点，) the scene is
        only kept for a visit verb naming it again (`clock_scenes`, `scene_here`)."""
        quoted = OPENING_QUOTES.match(self.text, s.start, s.end)
        lead = scene_lead().match(self.text, quoted.end() if quoted else s.start, s.end)
        pos = lead.end()
        if pos > s.start and (mood := MOOD_CLAUSE.match(self.text, pos, s.end)) and not parse_list(self.text, pos, mood.end()):
            # 8月3日晚，暑气渐消，X街上人头攒动。: a four-character clause of the hour's mood after
            # the date, naming no place, is read past as a clock time is (kept only for the
            # officials joined there next: `_joined_there_next`; session 49, rrec49)
            pos = mood.end()
        if pos >= s.end or any(a.start < pos + 2 for a in actors) \
                or place_intro(True).match(self.text, pos):
            return []
        chunks = parse_list(self.text, pos, s.end)
        if len(chunks) != 1 or not is_named(chunks[0].segments) or chunks[0].leaf.level not in INSIDE_LEVELS:
            return []
        office = _own_office(self.text, chunks[0])
        if office and office_spot().match(self.text, office, s.end):
            return [ImpliedAt(pos)]  # X村村部门前的空地上，…: a spot of the village's own office
        if pos == s.start:
            # (a sentence opening with the place itself is a paragraph's topic, read elsewhere;
            # but a spot of it closing the clause, X社区的议事厅里，…, sets a scene as after a date:
            # session 42, p145-08)
            spot = scene_spot().match(self.text, chunks[0].end, s.end) or crowd_spot().match(self.text, chunks[0].end, s.end)
            return [ImpliedAt(pos)] if spot else []
        if not SCENE_LOCATIVE.match(self.text, chunks[0].end, s.end) \
                and not scene_spot().match(self.text, chunks[0].end, s.end) \
                and not crowd_spot().match(self.text, chunks[0].end, s.end) \
                and not self._existential_spot(chunks[0].end, s.end):
            # (X村的祠堂前，…: a spot of the place, `visit_patterns.scene_spot`, sets it too, and so
            # does a crowded one, X屯村民甲家的炕头上挤满了人: `crowd_spot`, session 43)
            return []
        if pos > sequence_lead().match(self.text, quoted.end() if quoted else s.start, s.end).end():
            # after a clock time (3月14日晚7点，X村礼堂里坐满了人。) the scene is kept only for a
            # visit verb naming it again (来到村里, 来到这里: `scene_here`, `scene_unit_here`);
            # read as 在X, or only registered, it moved a sealed report's issues to X (session 42)
            self.clock_scenes[s.start] = chunks[0]
            return [ImpliedAt(pos)] if self._joined_there_next(s) else []
        return [ImpliedAt(pos)]

    def _joined_there_next(self, s: Sentence) -> bool:
        """Does the sentence right after the scene sentence `s` (same paragraph) open with the
        officials as its subject (nothing before them but sequence words and their posts, no
        clause break), doing a presence or activity verb there (`present`: 围坐, 座谈, 开起了X会)
        with no move verb (来到, 走进) taking them elsewhere?  Then the scene set after a clock
        time (`5月20日晚7点，X联络点里灯火通明。镇人大主席A与村民围坐在一起`) is where they are,
        as a scene set after a date alone is.  Source: session 49, rrec49 (three opened sets:
        an evening talk under a tree, a liaison point lit up, a busy shopping street)."""
        later = [t for t in getattr(self, "paragraph_sentences", []) if t.start >= s.end]
        if not later:
            return False
        nxt = later[0]
        actors = self.actors(nxt)
        if not actors or any(a.kind == "pronoun" for a in actors[:1]):
            return False
        lead = sequence_lead().match(self.text, nxt.start, nxt.end).end()
        if not JOINED_SUBJECT.fullmatch(self.text, lead, actors[0].start):
            return False
        if moves().search(self.text, nxt.start, nxt.end) or entering().search(self.text, nxt.start, nxt.end):
            return False
        return self.present(nxt, actors)

    def _existential_spot(self, pos: int, end: int) -> bool:
        """Is the place ending at `pos` followed by 的 and a spot of it that the analyser
        closes with a locative or a place word (`的草原/n 上/f`, `的草原上/s`), with no comma
        after: the location opening an existential sentence (`正值转场时节，X村的草原上牦牛成群`,
        `X村的山坡上种满了茶树`)?  Its place is where the scene is, as `X村的祠堂前，` sets it
        (`scene_spot`).  A word running on past the locative (`的居民/n 上门/v`) is no spot.
        Source: session 46, fplace (a herders' village opening its paragraph so, the party then
        coming to a tent there: the visit and its issues went to the township)."""
        spot = EXISTENTIAL_SPOT.match(self.text, pos, end)
        if spot is None:
            return False
        tokens = analysed_around(self.doc, pos, spot.end())
        last = next((t for t in tokens if t.start < spot.end() <= t.end), None)
        return last is not None and last.end == spot.end() and last.tag in SPOT_TAGS and last.start > pos

    def add_visit(self, who: str, pids: list[int], s: Sentence, stop: bool = False, moved: bool = False, stops=frozenset(),
                  matter: bool = False) -> None:
        """Record `who` at `pids`; `moved` when a visit verb took them there;
        `stops`: places of `pids` that are stops of their own whatever `stop` says;
        `matter`: named only inside the matter an inspect verb takes (`VisitRecord.matter`)."""
        if who in self.hosts and self._guest_before(s.end):
            return  # a community cadre or a unit's head receives the visit; they make none (a guest named by then)
        if pattern("visit_first_stop_words.txt").search(self.text, s.start, s.end):
            self._summary_areas(who, pids, s)
        for pid in pids:
            # going back to an area after a stop inside it (随后还到X街道督导): a stop of its own;
            # a place named in the headline is no stop made before (the headline names the trip
            # in short: 书记走访X街道城中村, then 来到X街道，先后走访A村和B社区 tells it from its start)
            back = moved and any(place != pid and pid in self.places.ancestors(place) and any(not r.headline for r in recs)
                                 for place, recs in self._visited_by(who).items())
            self.visits.append(VisitRecord(who, pid, s.start, s.end, stop or back or pid in stops, s.paragraph == self.headline, matter))
        self.current_actor = who
        self.doc_group = list(pids)
        self.doc_visitor = who
        self.doc_receiving = bool(pattern("visit_reception_words.txt").search(self.text, s.start, s.end))
        area = self._area(pids)
        if area is not None:
            self.area = self.area_of[who] = area

    def _visited_by(self, who: str) -> dict[int, list[VisitRecord]]:
        """`who`'s visits so far by place (places in the order first told).
        self.visits only grows: the ones appended since the last call are
        indexed, so a sentence's visit does not walk every visit of a long
        report (issue 10)."""
        for v in self.visits[self._indexed :]:
            self._visited.setdefault(v.official, {}).setdefault(v.place, []).append(v)
        self._indexed = len(self.visits)
        return self._visited.get(who, {})

    def _summary_areas(self, who: str, pids: list[int], s: Sentence) -> None:
        """`到A街道，调研…工作，听取居民意见。…首先来到A街道的B小区`: the first
        stop (`visit_first_stop_words.txt`) is told after `who`'s visit to the
        area (or community) holding it, so that visit, in an earlier sentence,
        summed up the tour: it is no stop of its own (`VisitRecord.stop`
        cleared), and `kg.resolve.drop_coarse_visits` leaves the stops inside
        it (a community where something was raised first stays: its
        `_raised_before`)."""
        inside = set().union(*(self.places.ancestors(p) for p in pids)) - set(pids)
        visited = self._visited_by(who)
        for place in inside & visited.keys():
            for v in visited[place]:
                if v.start < s.start and self.places.nodes[v.place].level in ADMIN:
                    v.stop = False

    def _grouping_round(self, team: list[str], pids: list[int], s: Sentence) -> None:
        """`下沉陈集片区，走访新河村、大孙村`: a town's grouping of villages (a type word of
        `place_grouping_words.txt`: 片区) that `team` visited earlier in sentence `s`,
        written with no village or community holding it, holds the villages and
        communities (`pids`, all of level community) visited after it: each with no
        parent, or with the grouping's own parent, is nested in it, and the grouping's
        visit is no stop of its own (`VisitRecord.stop` cleared), so
        `kg.resolve.drop_coarse_visits` keeps the villages only.  Nothing when a pid is
        no village or community.  Source: FAULTS37_p120 (a town head's 片区 round gave the
        area as a stop beside its two villages)."""
        nodes = self.places.nodes
        groupings = words("place_grouping_words.txt")
        if not pids or any(nodes[p].level != "community" or nodes[p].name.endswith(groupings) for p in pids):
            return  # (北片区和西片区: groupings listed side by side hold none of each other)
        for v in self.visits:
            node = nodes[v.place]
            if v.official not in team or v.start != s.start or v.place in pids \
                    or not node.name.endswith(words("place_grouping_words.txt")) \
                    or any(nodes[a].level == "community" for a in self.places.ancestors(v.place)):
                continue
            for p in pids:
                if nodes[p].parent is None or nodes[p].parent == node.parent:
                    nodes[p].parent = v.place
            v.stop = False

    def _area(self, pids: list[int]) -> int | None:
        """The most specific district or subdistrict holding `pids` (the tour's area):
        a later stop written without it (杏林社区 after 青枫街道) lies inside it."""
        areas = [a for p in pids for a in self.places.ancestors(p) if self.places.nodes[a].level in AREA_LEVELS]
        return max(areas, key=lambda a: self.places.nodes[a].rank) if areas else None

    def _holder(self, pids: list[int], team: list[str] = ()) -> int | None:
        """The place a newly read place lies in: the most specific administrative
        place among `pids` (`_admin`), else the area of the latest visit of the
        `team` going there (another official's tour told in between is elsewhere),
        else the tour's area.  That area is taken before an administrative place of `pids`
        holding it (the county a paragraph opens with, 临海县委书记A到红旗乡走访, holds the
        township the tour is in: 在红旗村 after it is the township's; session 54, places54).
        (Place ids start at 0, so these are None tests, not `or`.)"""
        admin = self._admin(pids)
        area = next((self.area_of[w] for w in team if w in self.area_of), self.area)
        if admin is None and self.escort_area is not None:
            return self.escort_area  # 在B街道党工委书记乙陪同下，甲来到C社区: C is B's (`_escort_area`)
        if admin is not None and area is not None and admin != area and admin in self.places.ancestors(area):
            # 临海县委书记A到红旗乡走访。在红旗村，…: the paragraph's county (its topic) holds the
            # township the tour is in, which holds the village (session 54, places54)
            return area
        if admin is not None:
            return admin
        return area

    def _unit_holder(self, team: list[str], chunks: list[PlaceChunk], s: Sentence) -> int | None:
        """The unit that places written after a unit-locative determiner lie in
        (`place_lists.unit_locative_word`: 来到A社区，察看了社区内的B新村和C片区 — B and C
        are A's; 村里的X合作社): the place of the determiner's kind (`place_kinds.tsv`)
        that `team` visited last, up to sentence `s`.  None when no determiner stands
        before the first of `chunks` or no such place was visited.  Without it the
        parts took the tour's area (the subdistrict) as their parent, and a forum's
        items naming them left the community.  Source: session 43 (p153).

        >>> # 来到A社区。代表们察看了社区内的B新村。 -> the id of A社区 (B新村's parent)
        """
        if not chunks:
            return None
        found = unit_locative_word(self.text, chunks[0].start)
        if found is None:
            return None
        want = place_kind(found[1])
        for v in reversed(self.visits):
            if v.official in team and v.start <= s.start and want and self.places.nodes[v.place].kind == want:
                return v.place
        return None

    def _nest_in_round(self, team: list[str], pids: list[int], s: Sentence) -> None:
        """Places of `pids` with no parent lie in the village or community that `team`
        went round the parts of, in a sentence told before `s`: its name, maybe 的, a
        determiner (`place_determiners.txt`: 各, 每), maybe 个, a short qualifier and the
        type word the place ends in (走进石门村的各个自然村。…来到坳头自然村 → 坳头自然村 ⊂
        石门村).  The round's unit then only frames its parts (`resolve.drop_coarse_visits`).
        Source: session 43 (p153-04: the village stayed a stop beside its natural villages).

        >>> # 走进A村的各个自然村。次日，来到B自然村。 -> B自然村's parent is A村
        """
        nodes = self.places.nodes
        for pid in pids:
            node = nodes[pid]
            hit = suffix_at(node.name, len(node.name))
            if node.parent is not None or not hit or node.level not in ("community", "site"):
                continue
            word = re.escape(node.name[len(node.name) - hit[0]:])
            for v in reversed(self.visits):
                if v.official not in team or v.start >= s.start or v.place == pid or nodes[v.place].level != "community" \
                        or pid in self.places.ancestors(v.place):
                    continue
                names = alternation(sorted(nodes[v.place].written, key=len, reverse=True))
                told = self.text[v.start:v.end]
                if re.search(f"(?:{names})的?(?:{alternation(words('place_determiners.txt'))})个?[{HAN}]{{0,3}}?{word}", told) \
                        or _round_of_class(told, names, node.type):
                    node.parent = v.place
                    for w in self.visits:
                        if w.place == v.place and w.start == v.start:
                            w.stop = False  # (the round of its parts: no stop of its own)
                    break

    def _escort_area(self, s: Sentence, actors: list[Actor]) -> int | None:
        """The subdistrict (街道, 镇, 乡) whose head accompanies the party in sentence `s`:
        an accompanying official named in `s` with an accompany verb (`accompany_verbs.txt`)
        after the name in the same clause, written after a post of theirs that opens with a
        place of level subdistrict.  The sentence's stops written with no area of their own lie
        in it (`_holder`): a tour of two subdistricts, each told with its own escort, no longer
        puts the second's community in the first (the tour's area), which left the second
        subdistrict a stop beside it.  None when there is no such escort.

        >>> # 随后，在北湖街道党工委书记乙陪同下，甲来到桃源社区。 -> the id of 北湖街道
        Source: session 56, vprec56 (an opened probe: 嘉禾街道 counted a stop).
        """
        if not pattern("accompany_verbs.txt").search(self.text, s.start, s.end):
            return None
        for a in actors:
            info = self.officials.get(a.name) if a.kind == "name" else None
            if info is None or not info.accompanying:
                continue
            brk = CLAUSE_BREAK.search(self.text, a.end, s.end)
            if not pattern("accompany_verbs.txt").search(self.text, a.end, brk.start() if brk else s.end):
                continue
            for post in sorted(info.posts, key=len, reverse=True):
                at = a.start - len(post)
                if at < s.start or self.text[at:a.start] != post:
                    continue
                chunk = parse_at(post, 0)
                if chunk is not None and chunk.leaf.level == "subdistrict" and chunk.end < len(post):
                    return self.places.add(PlaceChunk(at + chunk.start, at + chunk.end, chunk.segments), None)
        return None

    def _admin(self, pids: list[int]) -> int | None:
        """The most specific administrative place among `pids` and what holds them: of two
        of one level, the one inside the other (成都市锦江区: 锦江区, not 成都市, both districts;
        a report opening `成都市锦江区区长甲调研春熙路街道` put the subdistrict in the city)."""
        admin = [a for p in pids for a in self.places.ancestors(p) if self.places.nodes[a].level in ADMIN]
        return max(admin, key=lambda p: (self.places.nodes[p].rank, len(self.places.ancestors(p)))) if admin else None


def _round_of_class(told: str, names: str, type_: str) -> bool:
    """Does the sentence `told` take the party to the unit written `names`, then on a round
    of a class of its sites of type `type_` (a tour verb, a short generic phrase with no name
    and a type word of that type): `到翠微巷社区走访老旧院落` — the estates visited after it
    lie in the community, whose visit only frames them (`_nest_in_round`)?  Source: session 46,
    fplace (the lede's community kept as a stop beside its two estates).

    >>> _round_of_class("到石桥社区走访老旧小区，", "石桥社区", "HousingEstate")
    True
    >>> _round_of_class("到石桥社区走访绿杨小区，", "石桥社区", "HousingEstate")
    False
    """
    m = re.search(f"(?:{names})[，,]?(?:{tour_verbs().pattern})了?([{HAN}]{{1,6}})", told)
    if not m:
        return False
    phrase = m.group(1)
    for end in range(len(phrase), 1, -1):
        hit = suffix_at(phrase, end)
        if hit and hit[1] == type_ and hit[0] >= 2:
            segs = segment(phrase[:end])
            return bool(segs) and len(segs) == 1 and not is_named(segs)
    return False


def _own_office(text: str, chunk: PlaceChunk) -> int | None:
    """Where the unit's own office written right after the unit's name ends (X村|村部,
    X社区|居委会: a type word of the unit's type and level, `place_suffixes.tsv`), read
    in the chunk (its text ending past the unit's name) or right after it; else None.

    >>> from kg.extract.place_lists import parse_list
    >>> t = "上溪村村部门前的空地上，"
    >>> _own_office(t, parse_list(t, 0, len(t))[0]), _own_office("上溪村门前，", parse_list("上溪村门前，", 0, 6)[0])
    (5, None)
    """
    if chunk.leaf.level != "community":
        return None
    for k in (3, 2):
        for at in (chunk.end - k, chunk.end):  # (in the chunk, after the unit's name; or after the chunk)
            hit = suffix_at(text[at:at + k], k)
            if hit and hit[0] == k and hit[1] == chunk.leaf.type and hit[2] == "community" \
                    and (at == chunk.end or not text[chunk.start:chunk.end].endswith(chunk.leaf.text)):
                return at + k
    return None


def _headline(sentences: list[Sentence]) -> int | None:
    """The paragraph of the report's headline: a first paragraph of one
    sentence with no sentence-ending punctuation; None when there is none.
    Lines of a page's site header left before it (`kg.chrome.site_header_line`:
    欢迎访问X网站！, 您当前的位置：首页 > …) are passed over: the article's title
    after them is the headline (FAULTS35_p106: its visit was read as a stop)."""
    lead = 0
    while lead < len(sentences) and site_header_line(sentences[lead].text):
        paragraph = sentences[lead].paragraph
        while lead < len(sentences) and sentences[lead].paragraph == paragraph:
            lead += 1
    sentences = sentences[lead:]
    first = [s for s in sentences if s.paragraph == sentences[0].paragraph] if sentences else []
    if len(first) == 1 and not HEADLINE_END.search(first[0].text.rstrip()):
        return first[0].paragraph
    return None


@component("visits", requires=("sentences", "officials", "name_mentions", "story_starts"), assigns=("places", "visits", "scenes", "followed"))
def visits_component(doc: Doc) -> None:
    reader = Reader(doc)
    reader.read()
    doc.ext.visits = reader.visits
    doc.ext.scenes = reader.scenes
    doc.ext.followed = reader.followed
