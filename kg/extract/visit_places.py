"""The places a visit verb or scene names: the scene a deictic word refers to,
the places after a verb (tagged, named elsewhere, a generic name written in full,
an area's facility, a type word alone) (`PlaceReading`, a base of
`kg.extract.visits.Reader`).

Reads the text after a verb and the place registry; gives `PlaceChunk`s.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.back_reference import LOCATIVE_END, PHRASE_CLOSE, back_referenced, deictic_word_at, referred_by_locative, referred_by_word, written_before
from kg.extract.corps_units import company_at
from kg.extract.village_groups import group_at, opens_with_group, own_facility_at
from kg.extract.lexicons import pattern
from kg.analyse.component import CLAUSE_END, analyse_spans, tokens_in
from kg.extract.place_suffixes import ADMIN, PlaceChunk, Segment, suffix_at
from kg.extract.place_lists import LIST_SEP, LOCATED_OF, parse_list, skip_determiner, work_tail_end
from kg.extract.place_proper_part import covered, has_proper_part, is_named
from kg.extract.place_window import NAME_CHARS, name_may_start, name_window
from kg.extract.place_parse import parse_at
from kg.extract.place_segments import segment
from kg.extract.place_classes import written_as_class
from kg.extract.place_check import NUMBERED_PHASE, SHORT_TYPE, analysed_around, clause_cut, counted_verb_cut
from kg.extract.tagged_places import (
    LISTED_TAGS, PLACE_TAGS, junction_at, may_name_at, noun_phrase_after, quoted_inside, tagged_place,
)
from kg.extract.sentences import Sentence
from kg.extract.visit_records import VisitRecord
from kg.extract.visit_patterns import (
    BARE_TO, BARE_TYPE_WORD, TYPE_WORD_SPOT, FACILITY_OWNER_LEVELS, GENERIC_REACH, INSIDE_LEVELS, MODIFIER_OF, NAME_REACH, SENTENCE_END, SET_UP_AT, UNREAD_ITEM, area_words,
)
from kg.extract.visit_verbs import sequence_lead


class PlaceReading:
    """The places a visit names: a part of `kg.extract.visits.Reader`."""

    def scene_here(self, pos: int) -> PlaceChunk | None:
        """A deictic word of place (`place_deictic_words.txt`: 这里, 此地) at `pos`, after a
        visit verb, naming the scene the visitors come into: the place the sentence right
        before set as a scene with no 在 (`_scene_locative`: `X站里热闹非凡。代表A、B来到
        这里`; its most specific place when the scene wrote several), else the place its
        paragraph opens at (`3月21日晚，X村坡良屯的文化小广场上灯火通明。书记来到这里`:
        the paragraph's first sentence, after its date or sequence words (`sequence_lead`),
        starts with one named place of community or site level).  Returns the chunk
        spanning the word and holding that place's segments, or None.  Narrower than the
        official's own 在这里 (`referred_here`): after a move verb, 这里 naming any place
        introduced last gave the wrong stop on a sealed report (session 37, taken back).
        Sources: FAULTS38_p125 (a deputies' liaison station, its three visits lost),
        FAULTS38_p123 (a courtyard meeting's scene set first, then the secretary coming to it)."""
        word = deictic_word_at(self.text, pos)
        if word is None:
            return None
        return self._scene_before(pos, len(word))

    def scene_unit_here(self, pos: int) -> PlaceChunk | None:
        """A unit's type word and a locative closing the phrase at `pos` (`村里`, `组里`,
        `社区里`), after a visit verb, naming the unit of the scene the visitors come into:
        the scene `scene_here` reads (set with no 在 by the sentence right before, or
        opening the paragraph) when its name ends in the word, else the named place of
        that scene's parents whose name does (`X村文化礼堂里坐满了人。镇长A来到村里` ->
        X村; `东舍组的人家临河而居。书记A刚到组里` -> 东舍组).  Narrower than any village
        named before (`referred_by_locative` leaves 村里 alone: it names a unit's
        administration as often as its ground): the scene was just set at the unit.
        Returns the chunk spanning the word and the locative, or None.
        Source: FAULTS42_p145 (an evening meeting set in a village hall, the mayor
        coming into the village; a village group opening its paragraph)."""
        for k in (2, 1):
            word, loc = self.text[pos:pos + k], pos + k
            if len(word) < k or loc + 1 >= len(self.text) or self.text[loc] not in LOCATIVE_END \
                    or self.text[loc + 1] not in PHRASE_CLOSE:
                continue
            scene = self._scene_before(pos, k + 1)
            if scene is None:
                continue
            for cut in range(len(scene.segments), 0, -1):
                leaf = scene.segments[cut - 1]
                if leaf.text.endswith(word) and len(leaf.text) > k + 1 and leaf.level in INSIDE_LEVELS:
                    return PlaceChunk(pos, loc + 1, scene.segments[:cut])
            # (a scene set by its site alone, X村文化礼堂: the site's parents in the registry)
            node = next((n for n in self.places.nodes if n.name == scene.leaf.text), None)
            while node is not None and node.parent is not None:
                node = self.places.nodes[node.parent]
                if node.name.endswith(word) and len(node.name) > k + 1 and node.level in INSIDE_LEVELS:
                    return PlaceChunk(pos, loc + 1, (Segment(node.name, node.type, node.level),))
        return None

    def scene_site_here(self, pos: int) -> PlaceChunk | None:
        """A site's whole bare type word closing the phrase at `pos` (`联络点，`, `工作室。`), after
        a visit verb, naming the site of the scene the visitors come into, as `这里` does
        (`scene_here`: set with no 在 by the sentence right before, or opening the paragraph)
        when that scene's most specific place is a site whose name ends in the word:
        `X社区联络点里座无虚席。代表A、B来到联络点，…` -> X社区联络点.  Returns the chunk
        spanning the word and holding the scene's segments, or None (no such scene, another
        type word, or the word goes on as a name: 来到联络点旁的广场).
        Session 54, diag213 (FAULTS_p213: a liaison point set as a scene, its three deputies'
        visits lost)."""
        for k in range(4, 0, -1):
            word, close = self.text[pos:pos + k], pos + k
            kind = suffix_at(word, k) if len(word) == k else None
            if not kind or kind[0] != k or kind[2] != "site" or close >= len(self.text) \
                    or self.text[close] not in PHRASE_CLOSE:
                continue
            scene = self._scene_before(pos, k)
            if scene is not None and scene.leaf.level == "site" and scene.leaf.text.endswith(word) \
                    and len(scene.leaf.text) > k + 1:
                return scene
        return None

    def _scene_before(self, pos: int, length: int) -> PlaceChunk | None:
        """The scene a word of `length` characters at `pos` refers to (see `scene_here`)."""
        word = self.text[pos:pos + length]
        k = bisect_right(self.sentence_starts, pos) - 1
        if k >= 1:
            before = self.sentence_starts[k - 1]
            set_there = [p for p, at in self.implied_set.items() if at == before]
            if set_there:
                node = self.places.nodes[self.places.most_specific(set_there)[-1]]
                return PlaceChunk(pos, pos + len(word), (Segment(node.name, node.type, node.level),))
            if before in self.clock_scenes:  # (a scene set after a clock time, 晚7点，X里…: read only now)
                return PlaceChunk(pos, pos + len(word), self.clock_scenes[before].segments)
        start = self.text.rfind("\n", 0, pos) + 1
        first_end = next((m.end() for m in SENTENCE_END.finditer(self.text, start, pos)), None)
        if first_end is None:
            return None  # (the deictic word in the paragraph's first sentence)
        lead = sequence_lead().match(self.text, start, first_end)
        chunks = parse_list(self.text, lead.end(), first_end)
        if len(chunks) != 1 or not is_named(chunks[0].segments) or chunks[0].leaf.level not in ("community", "site"):
            return None
        return PlaceChunk(pos, pos + len(word), chunks[0].segments)

    def visited_places(self, pos: int, end: int, tagged: bool = True) -> list[PlaceChunk]:
        """The places written after a visit verb: the grammar's list, with items
        it cannot read (no type word on the list: 锦绣华庭) taken from the
        lexical analyser (`tagged_places.tagged_place`) when `tagged`.  Not in a
        headline: it names the trip in short (赴北京调研), where a bare LOC
        word is a city, not a stop."""
        found: list[PlaceChunk] = []
        at = pos
        while True:
            chunks = parse_list(self.text, at, end)
            if at == pos and (set_up := SET_UP_AT.match(self.text, at, end)):
                if headed := parse_list(self.text, set_up.end(), end):
                    # 走进设在X中心二楼的Y议事室: the relative clause tells where the head lies, the
                    # head after 的 is the stop (as after 在, visits.Reader; session 53)
                    chunks = headed
                elif (here := self.scene_here(at + 2)) is not None:
                    # 来到设在这里的人大代表之家 (after X灯火通明。): an unnamed head set up in the scene
                    # just set is there (session 59, unit59)
                    chunks = [PlaceChunk(at, set_up.end(), here.segments)]
            if junction := junction_at(self.text, at, end):
                chunks = [junction]  # 来到X街与Y路交叉口: the junction, not X街 (FAULTS45_p162)
            company = None if chunks else company_at(self.text, at, end, self.places)
            if (not chunks or opens_with_group(chunks[0])) and (village_group := group_at(self.text, at, end, self.places, visited=at == pos)):
                chunks = [village_group]  # 来到西来村，走访3组、5组: the groups of the village named before
            if not chunks and (facility := own_facility_at(self.text, at, end, self.places)) \
                    and not found and not LIST_SEP.match(self.text, facility.end):
                # 又去了村卫生室: the facility of the village named before; not one of a list of
                # generic places looked at (察看了社区服务中心、幼儿园和卫生服务站: tests/test_place33)
                chunks = [facility]
            if company:
                chunks = [company]  # 走访三连、十一连: the companies of the regiment named before
            if not chunks and (ref := back_referenced(self.text, at, end, self.places, tuple(g for c in found for g in c.segments))) \
                    and (ref.segments[0].level == "site" or not BARE_TO.search(self.text, max(0, at - 2), at)):
                # 来到金穗农场，察看了农场职工医院、北坡居民点: the bare type word names the farm again;
                # the items after it lie in the farm too
                sep = LIST_SEP.match(self.text, ref.end, end)
                rest = parse_list(self.text, sep.end(), end) if sep else []
                chunks = [ref] + [PlaceChunk(c.start, c.end, ref.segments[:-1] + c.segments) if len(c.segments) == 1 else c for c in rest]
            if not chunks and at == pos and (ref := referred_by_word(self.text, at, end, self.places)):
                chunks = [ref]  # 也来到该站协助接待, 随后来到同村: the place of that type named last
            if not chunks and at == pos and (ref := self.scene_here(at)):
                chunks = [ref]  # X站里热闹非凡。代表A来到这里 / X屯的小广场上灯火通明。书记来到这里
            if not chunks and at == pos and (ref := referred_by_locative(self.text, at, end, self.places)):
                chunks = [ref]  # 兴隆路12号院里，…代表来到院里: the place named last whose name ends so
            if not chunks and at == pos and (ref := self.scene_unit_here(at)):
                chunks = [ref]  # X村文化礼堂里坐满了人。镇长A来到村里: the unit of the scene just set
            if not chunks and at == pos and (ref := self.scene_site_here(at)):
                chunks = [ref]  # X社区联络点里座无虚席。代表A来到联络点: the site of the scene just set
            if not chunks and (modifier := MODIFIER_OF.match(self.text, at, end)):
                # 来到正在建设中的X小学, 新建成的Y公园: a short modifier + 的, then a named place
                # (as the first item or a later one: A、B和正在建设的C口袋公园)
                chunks = parse_list(self.text, modifier.end(), end)
            if not chunks and tagged:
                # after a place and a list separator, an organisation's name is the next stop too
                # (来到翠湖湾、碧水云天: LAC may tag an estate's brand name ORG)
                listed = at > pos
                one = self.tagged(at, end, listed) or self.tagged_located(at, end) or self.named_elsewhere(at, end)
                chunks = [one] if one else []
            if not chunks and tagged:
                # 来到翠湖天地、碧桂园和…: an item neither reads (one short name) is
                # passed over when the list goes on after it
                skip = UNREAD_ITEM.match(self.text, at, end)
                if skip and (not name_window(self.text, at, end).startswith(skip.group(0))
                             or (seg := segment(skip.group(0))) and is_named(seg)):
                    skip = None  # 察看了X和Y: a verb or a stop word is no name
                sep = skip and LIST_SEP.match(self.text, skip.end(), end)
                if sep:
                    at = sep.end()
                    continue
            chunks = self.read_as_places(chunks)
            if not chunks:
                return found
            if any(len(c.segments) == 1 and c.leaf.level not in ADMIN and written_as_class(self.text, c.leaf.text) for c in chunks):
                return found  # 走访弃管小区 where the report counts 部分弃管小区: a class of places, no stop
            quoted = quoted_inside(self.text, chunks[-1], end)
            if quoted is not chunks[-1]:
                chunks[-1] = quoted
            elif tagged and not company:  # (a company's name ends at 连: 三连和团部X社区 lists the next stop)
                chunks[-1] = self.inner_tagged(chunks[-1], end)
            found += chunks
            # (X社区积水点改造工程和Y路…: the work cut off the place does not end the list; FAULTS45_p164)
            sep = LIST_SEP.match(self.text, work_tail_end(self.text, chunks[-1].end, end), end)
            if not sep:
                return found
            at = sep.end()

    def read_as_places(self, chunks: list[PlaceChunk]) -> list[PlaceChunk]:
        """The `chunks` the analyser reads as places (`place_check.clause_cut`):
        a clause the grammar read as a name ending in a one-character type word
        (交由镇, 长者食堂排队) is left out or cut back to the place it holds.
        Only such chunks are analysed (a longer type word ends no verb)."""
        kept = []
        for chunk in chunks:
            if any(len(seg.text) > SHORT_TYPE and (hit := suffix_at(seg.text, len(seg.text))) and hit[0] == SHORT_TYPE
                   for seg in (chunk.segments[0], chunk.leaf)):
                chunk = clause_cut(analysed_around(self.doc, chunk.start, chunk.end), self.text, chunk)
            if chunk is not None and NUMBERED_PHASE.search(chunk.leaf.text):
                # 在X村举办一期培训班: a count after a verb, no phase of an estate (counted_verb_cut)
                chunk = counted_verb_cut(analysed_around(self.doc, chunk.start, chunk.end), self.text, chunk)
            if chunk is not None and self.index.phrase_over(chunk.start, chunk.end):
                continue  # 陈刚|村支书: an official's name before a village title, no village 陈刚村
            if chunk is not None:
                kept.append(chunk)
        return kept

    def inner_tagged(self, chunk: PlaceChunk, end: int) -> PlaceChunk:
        """`来到梅岭镇青龙湾`, `梅岭镇的青龙湾`: an administrative place the
        grammar read, then (maybe after 的) a place only the analyser names:
        that place, inside the first.  `chunk` unchanged otherwise."""
        if chunk.leaf.level not in ADMIN:
            return chunk
        at = chunk.end + (1 if self.text.startswith("的", chunk.end) else 0)
        inner = self.tagged(at, end) if NAME_CHARS.match(self.text, at, end) else None
        if inner is None and at == chunk.end and NAME_CHARS.match(self.text, at, end):
            inner = self.phrase_after(chunk.start, at, end)  # 青溪镇万亩梯田，: the object goes on into a site
        if inner is None or len(inner.text) < 3:
            return chunk  # (two characters after a town are as often a word as a name)
        return PlaceChunk(chunk.start, inner.end, chunk.segments + inner.segments)

    def phrase_after(self, start: int, pos: int, end: int) -> PlaceChunk | None:
        """`tagged_places.noun_phrase_after` on the clause (analysed on demand)."""
        stop = CLAUSE_END.search(self.text, pos, end)
        stop = stop.end() if stop else end
        analyse_spans(self.doc, [(start, stop)])
        return noun_phrase_after(tokens_in(self.doc.ext.tokens, start, stop), self.text, start, pos, stop)

    def named_elsewhere(self, pos: int, end: int) -> PlaceChunk | None:
        """`来到街道人大代表工作站` when the report writes `雁鸣路街道人大代表工作站`
        elsewhere (before or after): a generic place written in short is the
        one named place whose written name ends with it; of several such names,
        the one written last before `pos` (a subtitle's `——X区人大代表联络站工作见闻`
        names the district's stations, the lede's `Y街道人大代表联络站门口` the one
        the officials then come to: FAULTS34, p102).  None when the place at `pos`
        is named, is no place, or no such full name is written (or several, none
        of them before `pos`)."""
        window = name_window(self.text, pos, end)
        short = next((parse for k in range(len(window), 2, -1) if (parse := segment(window[:k]))), None)
        if short is None:
            # a type word alone (来到服务中心, 来到联络站 after X街道人大代表联络站): its own full name
            written = next((window[:k] for k in range(len(window), 1, -1) if (hit := suffix_at(window, k)) and hit[0] == k), None)
            short = ()
        elif is_named(short):
            return None
        else:
            written = "".join(seg.text for seg in short)
        if not written:
            return None
        if short and written_as_class(self.text, written):
            return None  # 调研民生项目 where the report counts 民生项目312个: a class of works, no named one (FAULTS35_p106)
        full = self.full_names.get(written)
        if full is None:
            full = self.full_names[written] = self._written_in_full(short, written)
        if len(full) == 1:
            return PlaceChunk(pos, pos + len(written), next(iter(full)))
        before = [(max(at for at in ats if at < pos), segs) for segs, ats in full.items() if any(at < pos for at in ats)]
        if not before:
            return None
        return PlaceChunk(pos, pos + len(written), max(before)[1])

    def _written_in_full(self, short, written: str) -> dict[tuple, list[int]]:
        """The segments of each named place the report writes ending in the
        generic words `written` (`short`, their parse), with the positions where
        its name starts each time: `named_elsewhere`'s scan."""
        full: dict[tuple, list[int]] = {}
        for m in re.finditer(re.escape(written), self.text):
            reach = NAME_REACH
            if not short:
                # a type word alone (联络站): the generic words written before it in the full name
                # (X小区人大代表家门口联络站) are no part of the proper name's reach.  FAULTS35_p108
                reach += next((m.start() - k for k in range(max(0, m.start() - GENERIC_REACH), m.start())
                               if covered(self.text[k : m.start()])), 0)
            for start in range(max(0, m.start() - reach), m.start()):
                if not name_may_start(self.text, start):
                    continue
                chunk = parse_at(self.text, start, m.end())
                # a named place around it, then the generic words (雁鸣路街道|人大代表工作站), or
                # words of which they are the end (桐湾街道|人大代表联络站 for 联络站)
                last = chunk.segments[-1].text if chunk else ""
                # (a type word alone: only a generic place ends so, 枫桥街道|党群服务中心 for 服务中心)
                if (
                    chunk and chunk.end == m.end() and len(chunk.segments) > len(short)
                    and (written.endswith(last) or last.endswith(written) and (short or not has_proper_part(last)))
                    and is_named(chunk.segments[:1])
                ):
                    full.setdefault(chunk.segments, []).append(start)
                    break
        return full

    def tagged_located(self, pos: int, end: int) -> PlaceChunk | None:
        """`来到位于城东的锦江大酒店`: the analyser's place after `位于/地处…的`."""
        located = pattern("place_located_verbs.txt").match(self.text, pos, end)
        of = located and LOCATED_OF.match(self.text, located.end(), end)
        return self.tagged(skip_determiner(self.text, of.end(), end), end) if of else None

    def tagged(self, pos: int, end: int, listed: bool = False) -> PlaceChunk | None:
        """The analyser's place at `pos` (its clause is analysed on demand);
        `listed`: it follows another place in a list, where an organisation's
        name stands for a place too (`tagged_place`'s `LISTED_TAGS`)."""
        if not NAME_CHARS.match(self.text, pos, end) or not may_name_at(self.text, pos):
            return None  # (before the clause is analysed: no name can start here)
        start = pos
        while start > 0 and not CLAUSE_END.match(self.text, start - 1):
            start -= 1
        stop = CLAUSE_END.search(self.text, pos, end)
        stop = stop.end() if stop else end
        analyse_spans(self.doc, [(start, stop)])
        tags = LISTED_TAGS if listed else PLACE_TAGS
        return tagged_place(tokens_in(self.doc.ext.tokens, pos, stop), self.text, pos, stop, tags)

    def area_facility(self, pos: int, end: int) -> PlaceChunk | None:
        """`镇社区综合为老服务中心`, `街道社区党建服务中心`, `苏木便民服务中心`: an
        area's type word (`area_words`: 街道, 镇, 乡, 苏木) opening a generic facility's name (generic
        words and type words only, ending in a facility's type word) names that
        area's facility: the area is the one of that kind the report visited
        last (else the one last written before, in a post too), and the
        facility a site in it, a stop of its own (the golds name it so:
        X街道社区党建服务中心).  A room (街道会议室) is no facility.  None otherwise.
        Read only after an official's own 在 (`read_paragraph`): after a visit
        verb the phrase is as often a complaint's words (到乡卫生院看病).

        >>> # after 来到豫园路街道: 在街道社区党建服务中心开展… -> 豫园路街道 + 社区党建服务中心
        """
        word = area_words().match(self.text, pos, end)
        if not word:
            return None
        window = name_window(self.text, word.end(), end)
        cut = next((e for e in range(len(window), 1, -1) if (hit := suffix_at(window, e)) and hit[1] == "Facility" and hit[2] == "site"), None)
        if cut is None or not covered(window[:cut]):
            return None
        if pattern("place_room_words.txt", "(?:{})$").search(window, 0, cut):
            return None  # 社区活动室, 街道会议室: a room, where a meeting is held, no facility of its own
        kind_ = word.group(0)
        areas = [v.place for v in self.visits if self.places.nodes[v.place].kind == kind_]
        if areas:
            node = self.places.nodes[areas[-1]]
            area = (Segment(node.name, node.type, node.level),)
        else:
            area = self.area_written_before(kind_, pos)
        if not area:
            return None
        return PlaceChunk(pos, word.end() + cut, area + (Segment(window[:cut], "Facility", "site"),))

    def _visits_so_far(self, s: Sentence, pos: int) -> list[VisitRecord]:
        """The visits told before text offset `pos`: those recorded, then the units a
        moving verb earlier in sentence `s` takes the party to (来到B社区，在社区党群服务中心
        座谈: B社区, whose visit is recorded only once the sentence is read), so a bare
        type word after the move names the unit just reached, not the stop before.
        Example: after 来到A社区 (recorded), `随后来到B社区，在社区会议室…` -> [A社区, B社区]."""
        moved = self._moved_to(s.start, pos)
        return self.visits + [VisitRecord("", pid, s.start, pos) for pid in moved]

    def area_written_before(self, kind_: str, pos: int) -> tuple[Segment, ...]:
        """The segments of the area of kind `kind_` (街道, 镇) last written before
        `pos`, in a post too (豫园路街道党工委书记); () when none is.  An area the report
        has already named as a place (registered: in a post, a stop, the lede) comes
        first; the text is scanned only when there is none, since a verb before the type
        word reads as a name there (`要求镇村建办在雨季前…`: 要求|镇村, no 要求镇; a
        newcomer's report, session 56).

        Example: with 河口镇 registered, `…要求镇村建办清淤。在镇中心小学` -> (河口镇,)."""
        known = [n for n in self.places.nodes if n.kind == kind_ and n.first < pos and n.level in FACILITY_OWNER_LEVELS]
        if known:
            node = max(known, key=lambda n: n.first)
            return (Segment(node.name, node.type, node.level),)
        for m in reversed(list(re.finditer(kind_, self.text[:pos]))):
            for start in range(max(0, m.start() - 8), m.start() - 1):
                if not name_may_start(self.text, start):
                    continue
                chunk = parse_at(self.text, start, m.end())
                if chunk and chunk.end == m.end() and chunk.leaf.level in FACILITY_OWNER_LEVELS and chunk.leaf.text.endswith(kind_):
                    return chunk.segments
        return ()

    def _spot_of_type_word(self, spot: re.Match, end: int) -> PlaceChunk | None:
        """`坡岭村是个甘蔗大村。在村里的蔗田边，王明…`: a community's bare type word, 里的 and
        a spot in it with its locative (`TYPE_WORD_SPOT`) name the community of that type
        written last within `DEICTIC_SPAN` characters (the spot is its ground, where 村里
        alone names its administration as often).  The chunk runs to the spot's end, so
        the clause after it opens as after 在X的凉亭里，.  Source: FAULTS40_p140."""
        word = spot.group("word")
        hit = suffix_at(word, len(word))
        if not hit or hit[0] != len(word) or hit[2] != "community":
            return None
        named = written_before(self.text, spot.start(), word, ("community",), opening=True)
        if named is None:
            return None
        return PlaceChunk(spot.start(), spot.end(), (named.segments[-1],))

    def type_word_ref(self, pos: int, end: int) -> PlaceChunk | None:
        """`在社区，王明…` after the headline's `到清泉社区督导`: a bare type word
        names the place of that type visited last (or the only one named so
        far), written in short.  None when there is no such place."""
        word = BARE_TYPE_WORD.match(self.text, pos, end)
        if not word and (spot := TYPE_WORD_SPOT.match(self.text, pos, end)):
            return self._spot_of_type_word(spot, end)
        hit = word and suffix_at(word.group(0), len(word.group(0)))
        if not hit or hit[0] != len(word.group(0)):
            return None
        type_ = hit[1]
        visited = [v.place for v in self.visits if self.places.nodes[v.place].type == type_]
        named = [n.id for n in self.places.nodes if n.type == type_]
        pid = visited[-1] if visited else (named[0] if len(named) == 1 else None)
        if pid is None:
            return None
        node = self.places.nodes[pid]
        return PlaceChunk(pos, word.end(), (Segment(node.name, node.type, node.level),))
