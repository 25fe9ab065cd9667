"""Where residents' issues belong: the raisers' own place, else the sentence's scene.

The scene is read as a frame with a scope (`kg.extract.issue_scene`): asides
(flashbacks, places inside quotations) set none, presence openers (在X，/X里，)
set one until the next visit.

A place written right before the raiser (B社区的居民代表, B村部分村民) or the
people of a place met (与B镇的负责人座谈) hold the issues they raise, and keep
holding the report's issues until it moves on to a new visit; otherwise the
place of the sentence's `Scene` (see `kg.extract.visits`) does.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from kg.analyse import Token
from kg.extract import issue_words
from kg.extract.issue_scene import SceneFrame, opens_meeting
from kg.extract.last_match import LastMatch
from kg.extract.meeting_host import held_after
from kg.extract.lexicons import alternation, kind_words, pattern, table, words
from kg.extract.place_description import opens_description
from kg.extract.place_check import analysed_around, clause_reading
from kg.extract.place_suffixes import ADMIN, AREAS, PlaceChunk, suffix_at
from kg.extract.place_proper_part import has_proper_part, is_named
from kg.extract.place_segments import COUNTED_PEOPLE, lies_in_unit, segment
from kg.extract.place_parse import parse_at
from kg.extract.place_lists import LIST_SEP
from kg.extract.places import PlaceRegistry
from kg.extract.sentences import Sentence
from kg.extract.tagged_places import PLACE_TAGS, tagged_place
from kg.extract.turn_lines import question_before, turn_at
from kg.extract.venue_owner import NOWHERE, venue_owner
from kg.extract.visit_patterns import EVENT_CONTEXT, HOME_IN
from kg.extract.visit_records import Scene, VisitRecord
from kg.pipeline import Doc
from kg.text import HAN

RAISER_COUNT = re.compile(r"(?:[一二两三四五六七八九十几多数百\d]+[位名个户]|部分|一些|不少|众多|广大)$")
# 与/同 + a place + 的 + people: the place is the one before 的 (found by place_before)
MEETING = re.compile(r"[与同跟][^，。；、与同跟]{2,16}?(的)")
# 在V召开的…会 / 在V举行…活动: a meeting held at V (see `IssuePlacement.venue`); a move to V
# with the meeting as its purpose (随后来到V召开座谈会) holds it at V too, not at the tour's host
# area (session 49, fplace49)
HELD_AT = re.compile(r"(?:在|来到|走进)([^，,。；;：:、]{2,24}?)(?:主持|联合)?(?:召开|举行|举办|开展)的?[^，,。；;]{0,24}?(?:会|活动)")
# …会在V举行/召开: the same, the meeting named before its venue (座谈会在X社区议事厅举行)
# the meeting a HELD_AT match names, after its verb (召开居民议事会, 举行的座谈会: 居民议事会, 座谈会)
MEETING_NOUN = re.compile(r"(?:召开|举行|举办|开展)的?([^，,。；;：:、的]{1,12}(?:会|活动))$")
HELD_AFTER = held_after()  # (座谈会设在X社区议事厅，: placed there; the venue is the last group set)
SHORT_AT = re.compile(r"在([^，,。；、\s]{2,12})[，,]")
# the same, opening a sentence of the paragraph
OPENING_AT = re.compile(r"(?:^|(?<=[。！？!?\n]))在([^，,。；、\s]{2,12})[，,]", re.M)
# where an administrative place may end, and what may stand right before its name
# (苏木, 嘎查: Inner Mongolia's township and village)
ADMIN_SUFFIX = re.compile(rf"(?:街道|社区|居民区|居委会|嘎查|苏木|村|镇|乡)(?![{HAN}]{{0,1}}(?:委|民|干部|党))")
PLACE_OPENERS = frozenset("，,。；;：:、“ \n到在赴走进入于")
# what may stand right before a raisers' place: a boundary or a preposition (与B社区的居民)
# (来自/家住 + a place: the verb before it is no part of its name)
PLACE_BEFORE_RAISER = frozenset("，,。；;：:、“ \n与同和跟向对在据及自住")


@cache
def home_visit() -> re.Pattern:
    """A verb of going or calling (`visit_verbs.tsv` move, inspect: 走进, 来到, 走访) and a
    resident's home right after it, no place between (走进9栋搬迁户王某家中)."""
    # (在X家中， opening a clause is the same call, told by where the officials are)
    return re.compile(f"(?:{alternation(kind_words('visit_verbs.tsv', 'move', 'inspect'))})了?{HOME_IN}"
                      f"|(?:^|(?<=[。！？!?\n，,]))在{HOME_IN}(?=[，,])", re.M)


# characters between a raisers' word and the raising act (村民代表们纷纷反映)
RAISER_KIND_REACH = 8


@cache
def _round_frame() -> re.Pattern:
    """A sentence opening with the round as a whole (`issue_round_frames.txt`) and a
    locative (走访中，, 调研期间，, 走访时，).

    >>> bool(_round_frame().match("走访中，村民们还聊到")), bool(_round_frame().match("走访了三户"))
    (True, False)
    """
    return re.compile(f"(?:{alternation(words('issue_round_frames.txt'))})(?:过程)?(?:中|期间|时)[，,]")


@cache
def _raisers_kind_at() -> re.Pattern:
    """A raisers' word of a kind (`scene_raiser_kinds.tsv`) opening a clause, a few
    characters of modifiers allowed before it (几位村民, 不少居民)."""
    return re.compile(f"[^，,。；;：:]{{0,4}}?({alternation(raiser_kinds())})")


@cache
def raiser_kinds() -> dict[str, str]:
    """Raiser word -> the kind of place it names (`scene_raiser_kinds.tsv`).

    >>> raiser_kinds()["村民"], raiser_kinds()["居民"]
    ('村', '社区')
    """
    return {row[0]: row[1] for row in table("scene_raiser_kinds.tsv")}


@cache
def _raisers_kind() -> re.Pattern:
    """The last raisers' word of a kind before the act, no clause mark between
    (the longest word first: 村民代表 before 村民)."""
    return re.compile(f"({alternation(raiser_kinds())})[^，,。；;：:]{{0,{RAISER_KIND_REACH}}}$")

# what follows a stop's name opening a sentence as its topic (`IssuePlacement.topic_stop`):
# its 的 (not 的时候: a time), a copula, a comma or a colon
TOPIC_AFTER = re.compile(r"的(?!时候|时)|是|[，,：:]")


def unit_of_unnamed_site(places: PlaceRegistry, pid: int) -> int | None:
    """The community-level unit (a 社区, a 村) whose unnamed site `pid` is: a site whose
    name is the unit's written form followed by generic words and a type word only
    (`place_proper_part.has_proper_part`: 锦绣社区新市民服务中心, 幸福村村民活动室,
    X社区易地扶贫搬迁安置点); None for a named site (锦园幼儿园) or any other place.
    A visit to such a site is a visit to the unit: issues placed at the unit stay there
    rather than going to a visited site inside it (`at_latest_stop`; only there: a raiser's
    village holding a site toured still gives way to a meeting's venue, tests/test_placement29).  Session 59, unit59
    (p229: a relocation site written after its community took a meeting's issues to a
    service centre toured later).

    >>> # nodes 锦绣社区 (community) < 锦绣社区新市民服务中心 (site) -> the community's id
    """
    node = places.nodes[pid]
    if node.level != "site" or node.parent is None:
        return None
    unit = places.nodes[node.parent]
    if unit.level != "community":
        return None
    for w in node.written:
        for u in unit.written:
            if w.startswith(u) and len(w) > len(u) and not has_proper_part(w[len(u):]):
                return unit.id
    return None


def in_official_name(token: Token, mentions: list[tuple[int, int, str]]) -> bool:
    """Does `token` overlap the mention of an official the report names
    (`doc.ext.name_mentions`: (start, end, name), sorted)?  A person's name
    is never a place's name part, whatever the analyser tags it: a given name
    ending in 山 read with the title after it (钱玉山|县长 tagged LOC as 玉山, or
    X山县长 as one LOC word) names the official, not a county or a hill.
    Source: FAULTS28 kind 6c (a head of county named X山 taking a report's issues).

    >>> in_official_name(Token("玉山", "LOC", 4, 6), [(3, 6, "钱玉山")]), in_official_name(Token("玉山", "LOC", 9, 11), [(3, 6, "钱玉山")])
    (True, False)
    """
    k = bisect.bisect_left(mentions, (token.end,)) - 1
    return k >= 0 and mentions[k][1] > token.start and mentions[k][0] < token.end

# a list separator or join (place_lists.LIST_SEP) ending right before a name: the name is a
# list's later item
_LIST_BEFORE = re.compile(f"(?:{LIST_SEP.pattern})$")
# the end of a full sentence (the sentences are cut at ； too)
FULL_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _full_sentence_start(text: str, start: int, floor: int) -> int:
    """Where the full sentence holding the sentence at `start` opens: after the latest
    。！？ or line break before `start`, not before `floor` (the paragraph's start).  The
    pipeline's sentences are cut at ； as well; a clause after ； goes on with the one before.

    >>> _full_sentence_start("来到X。在A，村民说：甲；乙。", 13, 0)
    4
    """
    k = start - 1
    while k >= floor and not FULL_SENTENCE_END.match(text, k):
        k -= 1
    return max(k + 1, floor)



# (`_short_before` asks it of every name written of every place of the report at each raiser:
# ~5,000 calls a long report over a few dozen names.  Session 57, speed57)
@lru_cache(maxsize=4096)
def _without_suffix(written: str) -> str:
    """`written` less its longest place suffix (`suffix_at`), "" when it ends in none.

    >>> _without_suffix("幸福村"), _without_suffix("幸福")
    ('幸福', '')
    """
    hit = suffix_at(written, len(written))
    return written[: len(written) - hit[0]] if hit else ""


class IssuePlacement:
    """The places of one report's issues.

    `raiser_place` is (place id, position) of the latest raisers named with
    their place; the reader sets it as it goes.
    """

    def __init__(self, doc: Doc):
        self.text = doc.text.text
        self.places: PlaceRegistry = doc.ext.places
        self.visits = doc.ext.visits
        self.visited = {v.place for v in doc.ext.visits}  # places a visit went to
        # the community-level units whose unnamed site a visit went to: the officials were there
        # (`at_latest_stop` keeps an issue at one)
        self.units_visited = {u for p in self.visited if (u := unit_of_unnamed_site(self.places, p)) is not None}
        self.visit_starts = sorted(v.start for v in doc.ext.visits)
        self.raiser_place: tuple[int, int] | None = None  # (place id, position) of the latest placed raiser
        self.place_memo: dict[int, int | None] = {}  # raiser position -> place written before it
        self.paragraph_start = 0  # set by the reader as it goes
        self.at_venue = False  # the latest issue_places answer was a meeting's venue
        self.seat_venue = False  # … and that venue an organ's seat or a host area, no place of its own
        self.doc = doc  # its tokens grow as later steps analyse more spans
        self._report_place: tuple[int, int | Token | None] | None = None  # memo of _most_written()
        self.frame = SceneFrame(self.text, self.places, self.visits, doc.sentences)
        self._held: list[LastMatch] | None = None  # the held-at patterns' matches, scanned once (held_venue)
        self._held_starts: list[int] | None = None  # the sentences' starts, sorted (held_venue)
        self.present = False  # the latest issue_places answer was a presence opener's place
        self._owners: dict[tuple[int, int], int | None] = {}  # venue span -> its owner (held_venue), found once
        self._held_seat = False  # the latest held_venue answer was an organ's seat (its owner, or NOWHERE)

    def place_before(self, pos: int) -> int | None:
        """The place written right before a raiser: `B社区的居民代表`, `B村村民`."""
        if pos not in self.place_memo:
            self.place_memo[pos] = self._place_before(pos)
        return self.place_memo[pos]

    def _place_before(self, pos: int) -> int | None:
        text = self.text
        # B社区的几位楼组长, B村部分村民: a count between the place and the raiser
        q = RAISER_COUNT.search(text, max(0, pos - 6), pos)
        if q:
            pos = q.start()
        if pos == 0 or text[pos - 1] in PLACE_BEFORE_RAISER:
            return None  # nothing written before the raiser
        end = pos - 1 if text[pos - 1 : pos] == "的" else pos
        if not suffix_at(text, end):
            return self._short_before(end)  # no place-type word (社区, 村…) ends there: a known place's short name?
        known = [
            (len(w), node.id)
            for node in self.places.nodes
            for w in node.written
            if len(w) >= 2 and text.endswith(w, 0, end)
        ]
        if known:
            return max(known)[1]
        short = self._short_before(end)
        if short is not None:
            return short
        # a place not seen before starts after a clause boundary or a preposition
        for start in range(max(0, end - 16), end - 1):
            if start > 0 and text[start - 1] not in PLACE_BEFORE_RAISER:
                continue
            chunk = parse_at(text, start, end)
            if chunk and chunk.end == end and not self.clause_in_name(chunk.text):
                return self.places.add(chunk)
        return None

    def _short_before(self, end: int) -> int | None:
        """A known place written right before a raiser at `end` by its name
        without its type word, opening its clause (石门老寨村民反映 after a visit to
        石门老寨村民小组, 幸福村民 for 幸福村): the raiser word's first character may be the
        type word's own (村 of 村民), so the name is written short.  The longest
        such name; None when none, or when it does not open a clause
        (PLACE_BEFORE_RAISER).  Rule: FAULTS32 (p92-02: the group's villagers
        filed at the village the headline named), as `short_name` reads 在X，."""
        text = self.text
        best: tuple[int, int] | None = None
        for node in self.places.nodes:
            for w in node.written:
                short = _without_suffix(w)
                if len(short) < 2 or not text.endswith(short, 0, end):
                    continue
                start = end - len(short)
                if start > 0 and text[start - 1] not in PLACE_BEFORE_RAISER:
                    continue
                if best is None or len(short) > best[0]:
                    best = (len(short), node.id)
        return best[1] if best else None

    def clause_in_name(self, name: str) -> bool:
        """Does a would-be place hold a clause instead of a name: a count of people, a
        reception verb (`visit_reception_words.txt`: 委员共接待社区, read before 群众), an
        official's remark act (`issue_official_acts.txt`: 柯文博要求镇|村干部…) or the
        name of an official of the report?"""
        return bool(
            COUNTED_PEOPLE.search(name)
            or pattern("visit_reception_words.txt").search(name)
            or issue_words.remark_acts().search(name)
            or any(official in name for official in self.doc.ext.officials)
        )

    # ------------------------------------------------------------ output

    def issue_places(self, scene: Scene, s: Sentence, act: int | None = None) -> list[int]:
        # 有群众建议，在辖区内建一所…: a place named after the raising act is the content's
        self.at_venue = self.present = self.seat_venue = False
        held = self.held_venue(s, act if act is not None else s.end)
        if held is not None:
            self.at_venue = True
            self.seat_venue = self._held_seat
            return [held] if held != NOWHERE else []
        at = [p for p in scene.at if act is None or self.written_at(p, s) < act]
        opener = self.frame.opener(s, act if act is not None else s.start, self.paragraph_start)
        if opener is not None and opener[0] > s.start and len(at) > 1:
            # 在A，村民反映X，在B，居民反映Y: places written before the sentence's opener are earlier clauses'
            at = [p for p in at if self.written_at(p, s) >= opener[0] - 1] or at
        # (a sentence cut at ； goes on with the one before it: 在X码头，渔民说：A；B — B is said
        # at X as A is, so an opener of the full sentence is this sentence's own.  FAULTS38_p127)
        head = _full_sentence_start(self.text, s.start, self.paragraph_start)
        if at and (opener is None or opener[0] < head or all(p in self.visited for p in at)):
            return self.at_stops([self.area_of_site(p, s) for p in at], scene)
        if not at and (topic := self.topic_stop(s, act)) is not None:
            return [topic]
        if not at and (opener is None or opener[0] < self.paragraph_start) and (asked := self.exchange_topic(s)) is not None:
            self.present = True
            return [asked]
        if opener is not None and (self.raiser_place is None or self.raiser_place[1] <= opener[0]):
            self.present = True
            # a generic venue (在社区党群服务中心，) already names the place it stands for, as
            # an observer's arrival (记者来到X，) names where they are
            return [opener[1]] if opener[2] else self.presence(opener[1], scene, s)
        named = self.place_by_short_name(s, act)
        if named is not None:
            return [self.area_of_site(named, s)]
        venue = self.venue(s)
        if venue is not None:
            self.at_venue = True
            return [venue]
        if self.raiser_place is not None and not scene.receiving and not self.visited_later(self.raiser_place[0], s):
            pid, at = self.raiser_place
            # the raisers' place holds until the report moves on to a new visit
            i = bisect.bisect_right(self.visit_starts, at)
            if i >= len(self.visit_starts) or self.visit_starts[i] > s.start:
                return self.within(pid, scene, s)
        # 来到X，王明察看了居民投诉的…: the stop this very sentence makes
        here = [v.place for v in self.frame.main_visits_from(s, s.start)]
        if here:
            here = self.places.most_specific(list(dict.fromkeys(here)))
            if (len(here) > 1 or self.listed_among(here[0], s)) and (host := self.host(here, s)) is not None:
                # 来到X街道，察看了A、B和C，随后与居民代表座谈: the meeting after the stops is
                # the host's, one issue there, not one at each stop (nor at the one stop read
                # of a list whose other items are generic facilities: `listed_among`)
                self.at_venue = self.seat_venue = True
                return [host]
            return here
        # places the sentence does not name: one place holds its issues
        places = self.scene_places(scene, s)
        if self.home_called(s, act):
            places = list(dict.fromkeys(self.home_unit(p, s) for p in places))
        if len(places) > 1 and (own := self.unit_named(places, s, act)) is not None:
            return [own]
        if len(places) > 1 and (own := self.stop_of_paragraph(places, s, act)) is not None:
            return [own]
        host = self.host(places, s) if len(places) > 1 else None
        if host is None and len(places) == 1 and opens_meeting(self.text, s):
            host = self.host_of_tour(s)
        if host is not None:
            self.at_venue = self.seat_venue = True  # a meeting's host area holds the meeting's issues
            return [host]
        return self.one_place(self.at_stops(places, scene))

    def topic_stop(self, s: Sentence, act: int | None) -> int | None:
        """A stop of the tour (`visited`) whose name opens `s` as its topic, before the
        raising act: its own 的 (`B村的问题集中在两件事：一是…`), a copula (`C社区是集镇所在地，
        居民吐槽的是…`) or a comma or colon after it.  A report going over the stops one by
        one names each so, without 在: the issues of the sentence are that stop's, not the
        scene the paragraph opened with (在A村，村民反映…).  None when no stop's name opens
        `s` (a written name of two characters or more).  Source: FAULTS38_p128 (an
        interview's answer going over three villages filed all at the first)."""
        end = act if act is not None else s.end
        found = [(len(w), pid) for pid in self.visited for w in self.places.nodes[pid].written
                 if len(w) >= 2 and self.text.startswith(w, s.start) and s.start + len(w) < end
                 and TOPIC_AFTER.match(self.text, s.start + len(w))]
        return max(found)[1] if found else None

    def exchange_topic(self, s: Sentence) -> int | None:
        """The stop the question of an interview's exchange asks about, for `s` in its answer
        turn: 问：在X，居民反映最集中的是什么？ / 问：X呢？ / 问：X的商户提了什么意见？ then 答：…
        goes over X, though the answer does not name it.  The stop (`visited`) is the one
        the question names first, by a written form, its name without its type word, or the
        tail of its name (`short_name`: 农贸市场 for 天生农贸市场); None when `s` is in no
        answer turn, or its question names no stop or two at its first place.
        Source: session 60, qa60 (an interview going over three stops in its questions: every
        answer's issues were filed at the last stop the first answer listed).

        >>> # 答：我先后到了A小区、B村。 问：在A小区，居民反映什么？ 答：加装电梯。 -> A小区 for 加装电梯
        """
        turn = turn_at(self.text, s.start)
        if turn is None or turn.kind != "answer":
            return None
        asked = question_before(self.text, turn.line)
        if asked is None:
            return None
        lo, hi = asked.colon + 1, self.text.find("\n", asked.colon)
        hi = len(self.text) if hi < 0 else hi
        first: tuple[int, int] | None = None  # (position, stop)
        for pid in self.visited:
            for form in self.stop_forms(pid):
                at = self.text.find(form, lo, hi)
                if at >= 0 and (first is None or at < first[0] or at == first[0] and pid in self.places.ancestors(first[1])):
                    first = (at, pid)
        return first[1] if first else None

    def stop_forms(self, pid: int) -> set[str]:
        """The forms a question may name the stop `pid` by: each written form of two
        characters or more, without its type word (`_without_suffix`), and its tails of four
        characters or more that open on a type word's end or a name's (`short_name`'s rule)."""
        forms = set()
        for w in self.places.nodes[pid].written:
            forms |= {f for f in (w, _without_suffix(w)) if len(f) >= 2}
            forms |= {w[i:] for i in range(1, len(w) - 3) if self.short_name(w[i:], stops_only=True) == pid}
        return forms

    def listed_among(self, pid: int, s: Sentence) -> bool:
        """Is the stop `pid` written in `s` as one item of a list (、 right before or
        right after its name, or a join word of place_lists.LIST_SEP, 和 or 及, right before
        it: the last item)?  Then the
        tour went to the other items too, though they are generic facilities no
        place is registered for (察看了长者照护之家、社区卫生服务站和老年活动室: one stop
        read), and a meeting after them is the host area's as after several stops
        (`host`).  Source: NCFIX35 (newcomers' texts: the forum's issues went to the
        one facility read when a generic one was listed with it).

        >>> # "察看了A之家、社区卫生服务站和B室", A之家 the one stop -> True
        """
        for w in self.places.nodes[pid].written:
            at = self.text.find(w, s.start, s.end)
            if at < 0:
                continue
            # (a join word only before it: 来到A社区与居民座谈 joins the people met, no item)
            if self.text.startswith("、", at + len(w)) or _LIST_BEFORE.search(self.text, max(s.start, at - 2), at):
                return True
        return False

    def area_of_site(self, pid: int, s: Sentence) -> int:
        """A place `pid` read as a district (X区) entered after a site of the same
        paragraph that it does not hold is an area of that site (来到X卫生院。…在候诊区，
        村民反映…: 候诊区 is the waiting area, the issue is the clinic's): the site,
        the latest visited in the paragraph before `s`; else `pid`.

        >>> # visit to 青竹镇卫生院, then 在候诊区，… in the same paragraph -> 青竹镇卫生院
        """
        if self.places.nodes[pid].level != "district":
            return pid
        sites = [
            v.place
            for v in self.visits
            if self.paragraph_start <= v.start < s.start and self.places.nodes[v.place].level == "site" and pid not in self.places.ancestors(v.place)
        ]
        return sites[-1] if sites else pid

    def unit_named(self, places: list[int], s: Sentence, act: int | None) -> int | None:
        """Of several stops the scene holds (沿着X河堤察看…，并走进Y泵站), the one whose
        type word (its place suffix: 泵站, 卫生院, 食堂) the sentence writes before the
        raising act, as the raiser's unit (泵站负责人汇报…); None unless exactly one.

        >>> # stops [清水河堤, 三号泵站]; "泵站负责人汇报，…" -> 三号泵站
        """
        end = act if act is not None else s.end
        named = []
        for p in places:
            for w in self.places.nodes[p].written:
                hit = suffix_at(w, len(w))
                # the suffix (with the character before a one-character one: 泵站), or its tail
                if hit and max(hit[0], 2) < len(w) and any(self.text.find(w[-k:], s.start, end) >= 0 for k in range(max(hit[0], 2), 1, -1)):
                    named.append(p)
                    break
        return named[0] if len(named) == 1 else None

    def stop_of_paragraph(self, places: list[int], s: Sentence, act: int | None) -> int | None:
        """Of several stops the scene holds (走进A村、B村的农户家中), the one the
        paragraph names by its name before the raising act (A村地处深山，…村里的
        困难有三): the paragraph is about it; None unless exactly one is named.

        >>> # stops [A村, B村]; paragraph "郝某介绍，A村地处深山。村里的困难有三：…" -> A村
        """
        end = act if act is not None else s.end
        named = [p for p in places if any(self.text.find(w, self.paragraph_start, end) >= 0 for w in self.places.nodes[p].written)]
        return named[0] if len(named) == 1 else None

    def host(self, stops: list[int], s: Sentence) -> int | None:
        """The host of a meeting reported after a tour of several stops (先后来到A和B…。
        随后召开的座谈会上，大家…): the administrative place the officials came to
        before the stops (来到X社区，走访了A、B小区), else the administrative place
        named last before `s` (the subdistrict that organised the tour).  None when
        no meeting (`issue_meeting_words.txt`) is told between the stops' visit and
        the end of `s`, or no such place is known.

        >>> # 来到X社区，先后走访A小区和B小区。随后座谈，居民反映… -> X社区
        """
        # (the tour may be told in the meeting's own sentence, 来到X街道，察看了A、B和C，随后与
        # 居民代表座谈: a visit there is placed by where its place is written, as its record
        # spans the whole sentence)
        def told(v) -> tuple[int, int]:
            if v.start != s.start:
                return v.start, v.end
            at = self.written_at(v.place, s)
            return at, at + 1
        tour = [v for v in self.visits if v.place in stops and v.start <= s.start]
        meeting = pattern("issue_meeting_words.txt").search(self.text, max(told(v)[1] for v in tour), s.end) if tour else None
        if meeting is None:
            return None
        first = min(told(v)[0] for v in tour)
        # (the tour's own officials: where two teams went their own ways, 分别带队, the other
        # team's community is no host of this one's meeting. Source: FAULTS32, p91)
        party = {v.official for v in tour}
        came = [v.place for v in self.visits if told(v)[0] < first and self.places.nodes[v.place].level in ADMIN and v.official in party]
        if came:
            return came[-1]
        named = self.place_named_before(s.start)
        later = self.admin_place_written_before(s.start, after=self.written_last(named[0], s.start) if named else -1)
        if later is not None:
            named = [later]  # an area no step registered, named after the registered ones (X街道办事处主任王某陪同)
        if not named or named[0] in stops or self.elsewhere(named[0], stops):
            return None
        return named[0]

    def elsewhere(self, pid: int, stops: list[int]) -> bool:
        """Is `pid` an area the stops are known NOT to lie in: some stop has an
        ancestor of the same level as `pid` (a town, a subdistrict) that is
        another place, and none of the stops lies in `pid`?  Such an area was
        named for some other reason (a household's hometown: 一家从X镇搬来; where
        a child works) and does not host a meeting of a tour inside another area
        of its level.  Source: PLACE33 (p93: a relocated family's hometown took a
        community forum's issues).

        >>> # stops [惠民社区 < 东兴街道], pid 猫场镇 (a subdistrict-level town) -> True
        """
        level = self.places.nodes[pid].level
        rival = False
        for stop in stops:
            up = self.places.ancestors(stop)
            if pid in up:
                return False
            rival = rival or any(self.places.nodes[a].level == level and a != pid for a in up)
        return rival

    def host_of_tour(self, s: Sentence) -> int | None:
        """The host of a meeting opening `s` (随后召开的座谈会上，…) after a tour whose
        stops were told one by one, each in its own sentences (首先来到A小区。…在B新村，…):
        `host` of the tour's stops when it went to two or more places, none of
        them an area (a district or subdistrict visited is the host already);
        else None.  The scene holds the last stop only, but the meeting is the
        trip's, not that stop's.

        >>> # 来到A小区。…在B新村，…。随后召开的座谈会上，X街道办事处主任汇报… -> X街道
        """
        # (a headline names the trip in short, not a stop of its own: 走进“A” over a lede 来到X街道A驿站
        # is one stop written twice, no tour whose host would hold the meeting)
        told = [v for v in self.frame.main_visits(s) if v.start < s.start and not v.headline]
        # (a stop named only in a list of the tour's stops, 深入A镇B安置区、C社区和D村开展调研,
        # is no stop told one by one: a meeting after the report then came to B alone is B's.
        # Source: FAULTS32, p91: the town of an attending town official held it)
        places_at = {}
        for v in told:
            places_at.setdefault(v.start, set()).add(v.place)
        stops = list(dict.fromkeys(v.place for v in told if len(places_at[v.start]) == 1))
        if len(stops) < 2 or any(self.places.nodes[p].level in AREAS for p in stops):
            return None
        # 下午，A一行来到C学校，走进教室…。座谈中，教师们反映…: a paragraph opened by the move to
        # the last stop, the stops before it told in paragraphs of their own, tells that stop's
        # meeting, not the trip's (each stop's paragraph holds its own issues).  Source:
        # FAULTS36_p117 (a school's forum went to the township holding it)
        last = [v for v in told if v.place == stops[-1]]
        if last and self.paragraph_start <= last[-1].start < s.start \
                and not self.text.count("\n", self.paragraph_start, last[-1].start) \
                and all(v.start < self.paragraph_start for v in told if v.place != stops[-1]) \
                and self._opens_paragraph(last[-1]):
            return None
        # (深入X社区，走访A、B。在A，…。随后来到B。…随后召开的座谈会上: the unit the tour went into
        # holds its sites, and the meeting after them is that unit's. Source: FAULTS36, p110)
        # (the unit may be told with its sites in the lede, 深入X社区，走访A、B: a visit of that
        # sentence, or one by one; two sites at least lie in it and none outside)
        holder = [p for p in dict.fromkeys(v.place for v in told)
                  if self.places.nodes[p].level == "community"
                  and sum(p in self.places.ancestors(q) for q in stops) >= 2
                  and all(q == p or p in self.places.ancestors(q) for q in stops)]
        if holder:
            return max(holder, key=lambda p: self.places.nodes[p].rank)
        return self.host(stops, s)

    def _opens_paragraph(self, v: VisitRecord) -> bool:
        """Is visit `v` told in the first sentence of its paragraph (its start no further
        than one opening clause, 下午，/随后，, from the paragraph's start)?"""
        head = self.text[self.paragraph_start : v.start]
        return "。" not in head and "\n" not in head

    def venue(self, s: Sentence) -> int | None:
        """The venue of the meeting a paragraph (or sentence) opened by 会上，/活动中，
        is set at: the registered place V of the last `在V召开的…会` written before it
        (在X街道委员工作室召开的议事会上…。议事会上，商户反映… -> the 委员工作室).
        Raisers who name their own place (附近Y小区的居民) speak at the venue too."""
        text = self.text
        opened = EVENT_CONTEXT.match(text, self.paragraph_start) or EVENT_CONTEXT.match(text, s.start, s.end)
        if not opened:
            return None
        held = [m for m in HELD_AT.finditer(text, 0, opened.end())]
        for m in reversed(held):
            pid = self.venue_written(*m.span(1))
            if pid is not None:
                return pid
        return None

    def venue_written(self, a: int, b: int) -> int | None:
        """The place a meeting's venue phrase text[a:b] (`在V召开`) names: the
        registered place whose longest known name ends it (its containing places
        may stand before it: 在X区Y街道Z室); else the named place the analyser
        leaves after the clause words opening the phrase (a time, an adverb, a
        preposition: 在随后于X社区党群服务中心召开 -> X社区党群服务中心),
        registered now; None when no named place ends the phrase.

        >>> # "在随后于青荷社区党群服务中心召开的座谈会上" -> the id of 青荷社区党群服务中心

        A room written after the place (`place_room_words.txt`: 在X社区会议室召开)
        is a spot inside it: the place before the room is the venue.
        """
        text = self.text
        room = pattern("place_room_words.txt", "(?:{})$").search(text, a, b)
        if room and room.start() - a >= 3:
            b = room.start()
        known = [(len(w), node.id) for node in self.places.nodes for w in node.written if len(w) >= 3 and text.endswith(w, a, b)]
        if known:
            return max(known)[1]
        if not suffix_at(text, b):
            return None
        _, at, to = clause_reading(analysed_around(self.doc, a, b), a, b)
        chunk = parse_at(text, at, b) if to == b and b - at >= 3 else None
        if chunk is None or chunk.start != at or chunk.end != b or self.clause_in_name(chunk.text):
            return None
        return self.places.add(chunk)

    def held_venue(self, s: Sentence, end: int) -> int | None:
        """The venue V of the latest meeting told held there before `end` (the
        raising act): `在V召开/举行的…会` or `…会在V举行`, V a registered place
        (its longest known name ending V); it holds the issues raised from that
        sentence on until a visit to a place other than V or an area holding
        it is told in a later sentence (a stop inside V is a move on too).  None when there is none, or the scope ended.
        Residents speak at the meeting, wherever they live or the visit before
        it went (the gold of the readable sets puts such issues at V, a visited
        stop or not).  A V that is no place but an organ's seat (县委党校报告厅,
        镇政府会议室: `kg.extract.venue_owner`) gives its level's place, or
        `NOWHERE` (the issues are filed at no earlier stop of another place).

        >>> # 来到A河。在B街道联络站举行的座谈会上，居民反映… -> B街道联络站
        """
        text = self.text
        if self._held is None:
            self._held = [LastMatch(HELD_AT, text), LastMatch(HELD_AFTER, text)]
        found = [(m.start(), m.span(m.lastindex)) for m in (held.before(end) for held in self._held) if m is not None]
        if not found:
            return None
        at, (a, b) = max(found)
        pid = self.venue_written(a, b)
        if pid is None and (told := self.meeting_told_before(self._held[0].before(end))) is not None:
            a, b = told  # 在随后召开的居民议事会上 after 在V召开居民议事会: the same meeting, at V
            pid = self.venue_written(a, b)
        self._held_seat = pid is None
        if pid is None:
            # an organ's seat (镇政府会议室, 县委党校): its level's place, or nowhere named
            if (a, b) not in self._owners:
                self._owners[(a, b)] = venue_owner(self.text, a, b, self.places, at)
            pid = self._owners[(a, b)]
        if pid is None:
            return None
        if self._held_starts is None:
            self._held_starts = sorted(t.start for t in self.doc.sentences)
        i = bisect.bisect_right(self._held_starts, at)
        told = self._held_starts[i - 1] if i else 0  # the held statement's sentence
        for v in self.frame.main_visits_from(s, told + 1):
            if v.place != pid and (pid == NOWHERE or v.place not in self.places.ancestors(pid)):
                return None  # the report moved on to another stop since (one inside V too: 委员们走进V的X公司)
        if self.turned_to_stop(s, end, at, pid):
            return None
        return pid

    def meeting_told_before(self, m: re.Match | None) -> tuple[int, int] | None:
        """The venue span of the meeting `m` (a `HELD_AT` match whose venue is no place:
        在随后召开的居民议事会上) told earlier with a venue that is a place: the latest `HELD_AT`
        match before it naming the same meeting (one meeting noun ends the other: 居民议事会,
        议事会).  None when there is none.  Source: session 60, qa60 (a lead told the round
        and the meeting at its venue; the meeting's paragraph named it again without one)."""
        if m is None or (noun := MEETING_NOUN.search(m.group(0))) is None:
            return None
        earlier = self._held[0].before(m.start())
        while earlier is not None:
            other = MEETING_NOUN.search(earlier.group(0))
            if other and (other.group(1).endswith(noun.group(1)) or noun.group(1).endswith(other.group(1))) \
                    and self.venue_written(*earlier.span(1)) is not None:
                return earlier.span(1)
            earlier = self._held[0].before(earlier.start())
        return None

    def turned_to_stop(self, s: Sentence, end: int, held: int, pid: int) -> bool:
        """Has the paragraph of `s` turned, after the meeting told held at `pid` (at `held`),
        to another stop of the tour by a presence opener (`SceneFrame.opener`: 在A，/ A的主干道…)
        before `end`?  A lead telling the whole round (先后走进A和B，随后在C召开议事会) names the
        meeting last; the paragraphs after it go over A and B before the meeting's.
        Source: session 60, qa60 (a night round's estates: their issues went to the meeting's venue)."""
        opener = self.frame.opener(s, end, self.paragraph_start)
        if opener is None or opener[0] <= held or opener[1] == pid or opener[1] not in self.visited:
            return False
        return pid == NOWHERE or not self.related(opener[1], pid)

    def scene_places(self, scene: Scene, s: Sentence) -> list[int]:
        """The places of the visit the report is at, when the sentence names none."""
        if scene.group:
            # 先后来到A和B。在A，…。村民反映…: of the visit's stops, the one the paragraph is at
            shared = [p for p in scene.group if p in scene.context]
            return shared if shared else scene.group
        if scene.report_group and not scene.context:
            return scene.report_group
        # 在彩虹社区，…会上，居民们…: of the places just visited, the one the paragraph is about
        shared = [p for p in scene.report_group if p in scene.context]
        if shared:
            return shared
        return self.places.most_specific(scene.context) or list(scene.report_group) or self.place_named_before(s.start)

    def places_met(self, s: Sentence) -> list[tuple[int, int]]:
        """(position, place) of the people of a place met in the sentence: 与/同 + place + 的."""
        out = []
        for m in MEETING.finditer(self.text, s.start, s.end):
            end = m.start(1)
            pid = self.place_before(end + 1) if self.text[end : end + 1] == "的" else None
            if pid is not None:
                out.append((end, pid))
        return out

    def place_by_short_name(self, s: Sentence, act: int | None = None) -> int | None:
        """在X， opening the sentence, X a known place written without its type word
        (在中环花苑， for 中环花苑小区); else the stop a sentence of the paragraph
        before it opened with 在X， when no visit was told since (在人大代表之家，
        王明接待选民。选民们围绕…: the shortened name of a stop of the paragraph).
        A visit told since, in this sentence before the raising act at `act` too,
        ends that (随后，王明来到Y，职工谈到…: at Y)."""
        m = SHORT_AT.match(self.text, s.start, s.end)
        if m:
            pid = self.short_name(m.group(1))
            if pid is not None:
                return pid
        for m in reversed([m for m in OPENING_AT.finditer(self.text, self.paragraph_start, s.end) if m.start() <= s.start]):
            pid = self.short_name(m.group(1), stops_only=True)
            if any((m.start() <= v.start < s.start or act is not None and s.start <= v.start < s.end
                    and self.written_at(v.place, s) < act) and v.place != pid for v in self.visits):
                return None  # the report moved on to another visit since (在X街道，王明察看了Y)
            if pid is not None:
                return pid
        return None

    def short_name(self, short: str, stops_only: bool = False) -> int | None:
        """The known place `short` names: written so, or without its type word
        (中环花苑 for 中环花苑小区); with `stops_only`, a visited place written so,
        by the tail of its name (人大代表之家 for X街道人大代表之家) or with a
        room of it after its name (X居民区活动室)."""
        for node in self.places.nodes:
            if stops_only and node.id not in self.visited:
                continue
            for w in node.written:
                if w == short:
                    return node.id  # 在西江月厦，: a place whose name has no type word
                hit = suffix_at(w, len(w)) if w.startswith(short) else None
                if hit and len(w) - hit[0] == len(short):
                    return node.id
        if not stops_only:
            return None
        tails = [(len(w), n.id) for n in self.places.nodes if n.id in self.visited for w in n.written
                 if len(short) >= 4 and w.endswith(short) or len(w) >= 3 and short.startswith(w) and "的" not in short]
        return max(tails)[1] if tails else None

    def related(self, a: int, b: int) -> bool:
        """One place is the other or lies inside it."""
        return a in self.places.ancestors(b) or b in self.places.ancestors(a)

    def place_named_before(self, pos: int) -> list[int]:
        """With no visit to go by: the administrative place (district to community)
        last named before `pos`, where the meeting is reported."""
        best, best_at = None, -1
        for node in self.places.nodes:
            if node.level not in ADMIN:
                continue
            at = self.written_last(node.id, pos, described=False)
            if at > best_at:
                best, best_at = node.id, at
        if best is None:
            best = self.admin_place_written_before(pos)
        elif (site := self.site_written_around(best_at, pos)) is not None:
            best = site  # 在南岗街道政协委员工作站，…: the station is what is named there
        return [best] if best is not None else []

    def site_written_around(self, at: int, pos: int) -> int | None:
        """The site (a station, a hall) whose name, written before `pos`, holds
        the administrative place written at `at` (X街道 inside X街道Y工作站):
        where the report names the area only as part of the site's name, the
        site is the place named; None when no site's name holds it."""
        around = [
            (len(w), node.id)
            for node in self.places.nodes
            if node.level == "site"
            for w in node.written
            if (i := self.text.rfind(w, max(0, at - len(w) + 1), pos)) >= 0 and i <= at < i + len(w)
        ]
        return max(around)[1] if around else None

    def written_last(self, pid: int, pos: int, described: bool = True) -> int:
        """Where place `pid` is last written before `pos` (-1 when it is not); with
        `described` False, not as the subject opening a description sentence
        (X村地处深山。: no move there, `kg.extract.place_description`)."""
        found = -1
        for w in self.places.nodes[pid].written:
            at = self.text.rfind(w, 0, pos)
            while at >= 0 and not described and opens_description(self.text, at, w):
                at = self.text.rfind(w, 0, at)
            found = max(found, at)
        return found

    def admin_place_written_before(self, pos: int, after: int = -1) -> int | None:
        """The last administrative place written before `pos` that no component
        registered (来到X街道Y村 in a sentence read as no visit), parsed here.
        The analyser must read the span as a name (`place_check.clause_reading`):
        where a title, a person or a verb stands inside it (区委书记聂文博直奔X街道,
        an unlisted verb) the place is what follows the last of them, if a name.

        >>> # "区委书记聂文博直奔西门街道。居民说，…" before 居民 -> the id of 西门街道
        """
        for m in reversed(list(ADMIN_SUFFIX.finditer(self.text, 0, pos))):
            end = m.end()
            if end <= after:
                return None  # (only places written after `after`)
            for start in range(max(0, end - 16), end - 1):
                if start > 0 and self.text[start - 1] not in PLACE_OPENERS:
                    continue
                chunk = parse_at(self.text, start, end)
                # a name before the type word (进村 is no village)
                if chunk and chunk.end == end and chunk.leaf.level in ADMIN and len(chunk.leaf.text) >= 3:
                    full = parse_at(self.text, start, pos)
                    if full is not None and full.end > end and full.segments[:len(chunk.segments)] == chunk.segments:
                        chunk = full  # 殷行街道|三村小区: the name goes on to the place inside the area
                    chunk = self.read_as_name(chunk)
                    return self.places.add(chunk) if chunk is not None else None
        return None

    def read_as_name(self, chunk: PlaceChunk) -> PlaceChunk | None:
        """`chunk` when the analyser reads its span as a name; else the named
        administrative place after the clause words inside it (a title, a person,
        a verb: 区委书记聂文博直奔|西门街道), or None when none is left."""
        tokens = analysed_around(self.doc, chunk.start, chunk.end)
        junk, at, to = clause_reading(tokens, chunk.start, chunk.end)
        if not junk:
            return chunk
        rest = parse_at(self.text, at, to) if to - at >= 3 else None
        return rest if rest and rest.end == to and rest.leaf.level in ADMIN else None

    def written_at(self, pid: int, s: Sentence) -> int:
        """Where place `pid` is first written in sentence `s` (its end when it is not)."""
        found = [i for w in self.places.nodes[pid].written if (i := self.text.find(w, s.start, s.end)) >= 0]
        return min(found, default=s.end)

    def places_for(self, scene: Scene, s: Sentence, raiser_place: int | None, from_post: bool, act: int | None = None) -> list[int]:
        """The places of issues raised in `s`: the raiser's own place (`raiser_place`,
        from a cadre's post when `from_post`), else the scene's (`issue_places`);
        `act` is where the raising act stands (places written after it are content)."""
        scene = self.frame.scene(scene, s)
        places = self.issue_places(scene, s, act)
        if raiser_place is not None and self.visited_later(raiser_place, s):
            raiser_place = None  # 走访中，附近X小区的居民说…: issues stay where raised, X is a later stop
        if raiser_place is not None and not scene.receiving and not self.at_venue:
            # raisers named with their place speak for it; a cadre's own community
            # counts when the scene says nothing else (a cadre may speak elsewhere),
            # or when it is a stop of the tour whose scene lies at another stop (先后走访了
            # A村、B村。A村渔民反映…。B村村委会主任X说…: X speaks at B村, the next stop)
            if not from_post or not places or any(self.related(raiser_place, p) for p in places) \
                    or self.another_stop(raiser_place, places):
                places = self.at_stops(self.within(raiser_place, scene, s), scene)
        elif raiser_place is not None and (self.seat_venue and not from_post or self.own_unit_at_meeting(raiser_place, from_post, s)) \
                and self.raisers_own(raiser_place, places):
            return [raiser_place]
        if not self.visits:
            return self.report_place(places)
        if not (self.at_venue or self.present and raiser_place is None):
            places = self.at_latest_stop(places, s)
        return self.of_raisers_kind(places, s, act)

    def own_unit_at_meeting(self, pid: int, from_post: bool, s: Sentence) -> bool:
        """Does a cadre posted to a unit `pid` (驻B村第一书记, 派驻B村第一书记: the unit
        written right after a word of `issue_posted_words.txt` in the paragraph, and the
        raiser's place `from_post`) speak at a meeting held at a venue (`at_venue`:
        在镇便民服务中心会议室召开座谈会, an organ's seat too), B no stop of the tour?  Then
        each posted cadre reports the troubles of the unit sent to (驻B村第一书记X说，村里…；
        驻C村第一书记Y说，…): the issues are B's, not the venue's (the caller also asks
        `raisers_own`: B is neither the venue nor an area holding it).  A unit's own
        cadre or resident at a forum keeps the venue (FORUM33: the readable golds file
        them there), and so does a cadre of a stop of the tour (repeating what the stop heard).

        >>> # 在镇便民服务中心召开座谈会。驻B村第一书记X说，村里缺少冷库 -> B村
        Source: session 54, diag54 (FAULTS54 kind A: p211-08, first secretaries of five
        villages at the town's meeting; their issues all went to the meeting's venue)."""
        if not (from_post and self.at_venue and pid not in self.visited):
            return False
        posted = words("issue_posted_words.txt")
        for w in self.places.nodes[pid].written:
            at = self.text.find(w, self.paragraph_start, s.end)
            while at >= 0:
                if any(self.text.endswith(p, 0, at) for p in posted) or any(w.startswith(p) for p in posted):
                    return True
                at = self.text.find(w, at + 1, s.end)
        return False

    def raisers_own(self, pid: int, places: list[int]) -> bool:
        """Do raisers named with their place `pid` (B村村民代表, 来自B社区的群众) speak
        for it at a meeting held at an organ's seat or a host area (`places`: the
        area the seat stands for, or none)?  Yes unless `pid` is one of `places`
        or encloses one (县里的居民 at a meeting in the county's town): a place
        inside the area, or one beside it, is where the raisers belong.  Source:
        PLACEMENT29 (issue 9: the place is where those raisers belong).

        >>> # 在镇政府召开座谈会。会上，B村村民代表反映X -> B村, not the town
        """
        return not any(pid == p or pid in self.places.ancestors(p) for p in places if p != NOWHERE)

    def another_stop(self, pid: int, places: list[int]) -> bool:
        """Is `pid` (a cadre's own place, from their post) a stop the tour visited
        beside the scene's `places`, themselves all stops of the same level (two
        villages told in turn), so the cadre speaks at their own stop?  Source:
        STOPS26 (a village head's issues filed at the village told before).  A site the
        tour stopped at (a clinic after the villages: 在乡卫生院，医护人员反映A。B村书记X
        还提出，村里…) is a stop beside the cadre's village too (session 41, FAULTS41_p146)."""
        if pid not in self.visited or not places or not all(p in self.visited for p in places):
            return False
        level = self.places.nodes[pid].level
        return level in ADMIN and all(self.places.nodes[p].level in (level, "site") for p in places)

    def of_raisers_kind(self, places: list[int], s: Sentence, act: int | None) -> list[int]:
        """Of several stops of different kinds (a village and a community, each of a
        kind: `place_kinds.tsv`), the ones of the kind the raisers' word names
        right before the act (`scene_raiser_kinds.tsv`: 村民 of a village, 居民 of
        a community): 先后来到A村、B社区，村民反映X is raised at A村.  `places`
        unchanged when any has no kind (an estate's residents are 居民 too), when
        the word names no kind, or when none or all are of that kind.

        >>> # places [A村, B社区], 村民反映 before act -> [A村]; 群众反映 -> [A村, B社区]
        """
        if len(places) == 1 and (unit := self.round_unit(places[0], s, act)) is not None:
            return [unit]
        if len(places) < 2 or act is None:
            return places
        kinds = [self.places.nodes[p].kind for p in places]
        if not all(kinds) or len(set(kinds)) < 2:
            return places
        word = _raisers_kind().search(self.text, max(s.start, act - RAISER_KIND_REACH), act)
        if word is None:
            return places
        want = raiser_kinds()[word.group(1)]
        mine = [p for p, k in zip(places, kinds) if k == want]
        return mine or places

    def round_unit(self, pid: int, s: Sentence, act: int | None) -> int | None:
        """The visited unit holding the site `pid` whose kind the raisers' word
        opening the clause names (`scene_raiser_kinds.tsv`: 村民 of a village), when
        the sentence holding `s` (`s` itself or the part before its ；) opens with the
        round as a whole (`issue_round_frames.txt` and a locative: 走访中，村民们还聊到，
        A；B): what came up on the round is the unit's, not the last site's.  None
        when it opens otherwise, `pid` is no site or a housing estate (走访X小区。走访中，
        有居民反映…: the estate's residents), no raisers' word of a kind follows
        the frame, or no visited ancestor is of that kind.  Source: FAULTS37_p120.

        >>> # stops [A村, A村的合作社]; 走访中，村民们还聊到，X；Y -> A村 for X and Y
        """
        if self.places.nodes[pid].level != "site" or self.places.nodes[pid].type == "HousingEstate":
            return None  # (an estate is where its residents live: what they raise on the round is its own)
        opening = max(self.text.rfind(c, 0, s.start) for c in "。！？\n") + 1
        frame = _round_frame().match(self.text, opening)
        if frame is None or frame.end() > (act if act is not None else s.end):
            return None
        word = _raisers_kind_at().match(self.text, frame.end())
        if word is None:
            return None
        want = raiser_kinds()[word.group(1)]
        up = self.places.nodes[pid].parent
        while up is not None:
            node = self.places.nodes[up]
            if node.kind == want:
                return up if up in self.visited else None
            up = node.parent
        return None

    def presence(self, pid: int, scene: Scene, s: Sentence) -> list[int]:
        """The place of a presence opener (在X，/X里，…: see `SceneFrame.opener`): X
        when visited, when the report is at no stop yet, when every stop it is at
        is an area (district, subdistrict: X is finer, a stop the visit reading
        missed, 来到Y乡。杏林村里，…), or when X is a community or village no
        stop lies in; else the visited place holding X (B村村部里， after a tour of
        A村 and B村: `visited_holder`), else the stops the report is at (X a corner
        of the stop, 在3号楼前; an area, 在候诊区 with 区 as an area).

        >>> # 来到A小区。在3号楼前，居民反映… -> [A小区]
        """
        pid = self.area_of_site(pid, s)
        if pid in self.visited:
            return [pid]
        stops = [p for p in (scene.group or scene.report_group) if p in self.visited]
        level = self.places.nodes[pid].level
        if not stops:
            return [pid]
        if level in AREAS:
            return stops
        if all(self.places.nodes[p].level in AREAS for p in stops):
            return [pid]  # 来到X街道。傍晚，Y夜市里…: a place finer than the area visited
        if level == "community" and not any(pid in self.places.ancestors(p) for p in stops):
            return [pid]
        if self.named_site_in(pid, stops):
            return [pid]
        return self.visited_holder(pid) or stops

    def named_site_in(self, pid: int, stops: list[int]) -> bool:
        """Is `pid` a named site (an enterprise, facility, project, park: level
        site, not an estate) lying inside one of `stops` (a community, village or
        town) — a unit of its own the scene moved to (来到A村。在A村B产业园，果农反映…:
        the gold files the issues at B产业园, not at A村)?  Sites named by their
        type only (社区食堂) are corners of the stop, not units of their own.

        >>> # stops [A村], pid A村苹果产业园 (parent A村) -> True
        """
        node = self.places.nodes[pid]
        if node.level != "site" or lies_in_unit(node.type, node.name) or node.parent is None:
            return False
        seg = segment(node.name)
        if not seg or not is_named(seg[-1:]):
            return False
        return not any(pid in self.places.ancestors(p) for p in stops if p != pid)

    def report_place(self, places: list[int]) -> list[int]:
        """With no visit told in the whole report, its issues sit at the place the
        report is about: of the registered places and the analyser's LOC words
        (a place name with no type word, `青龙湾`), the one written most often in
        the text (on a tie a registered place, then the one registered or tagged
        first) — when it is written more often than each of `places` (the scene's
        choice, kept otherwise).  A LOC word is registered as a place when it wins.
        Source: score-only ablations on ../shared/eval/check (issues of reports with
        no registered visit: 0 of 7 at a gold place where the scene put them, 4 of 7
        at the most-written place).

        >>> # 青龙湾 written four times, 石桥镇 once, no visit: -> [青龙湾]
        """
        if self._report_place is None:
            self._report_place = self._most_written()
        times, winner = self._report_place
        if winner is None or times <= max((self.times_written(p) for p in places), default=0):
            return places
        if isinstance(winner, Token):
            # the word alone, whatever follows it (青龙湾的二十多位居民)
            chunk = tagged_place([winner], self.text, winner.start, winner.end)
            if chunk is None:
                return places
            winner = self.places.add(chunk)
            self._report_place = (times, winner)
        return [winner]

    def times_written(self, pid: int) -> int:
        """How often place `pid` is written in the text (its most frequent written
        form), not counting where it is part of a longer name of another place
        (南岗街道 in 南岗街道政协委员工作站 names the station)."""
        longer = {v for node in self.places.nodes if node.id != pid for v in node.written}
        return max((self.count_alone(w, longer) for w in self.places.nodes[pid].written), default=0)

    def count_alone(self, word: str, names: set[str]) -> int:
        """How often `word` is written other than as part of one of `names` (longer
        names holding it)."""
        covered = set()
        for v in names:
            if len(v) > len(word) and word in v:
                at = self.text.find(v)
                while at >= 0:
                    covered.update(at + i for i in range(len(v) - len(word) + 1) if v.startswith(word, i))
                    at = self.text.find(v, at + 1)
        n, at = 0, self.text.find(word)
        while at >= 0:
            n += at not in covered
            at = self.text.find(word, at + 1)
        return n

    def _most_written(self) -> tuple[int, int | Token | None]:
        """(times written, place id or LOC token) of the place written most often."""
        best: tuple[int, int] = (0, 0)  # (times written, registered)
        winner: int | Token | None = None
        for node in self.places.nodes:
            n = self.times_written(node.id)
            if (n, 1) > best:
                best, winner = (n, 1), node.id
        seen = set()
        names = {w for node in self.places.nodes for w in node.written}
        for t in self.doc.ext.tokens:
            if t.tag not in PLACE_TAGS or t.word in seen or in_official_name(t, self.doc.ext.name_mentions):
                continue
            seen.add(t.word)
            n = self.count_alone(t.word, names)
            if (n, 0) > best:
                best, winner = (n, 0), t
        return best[0], winner

    def visited_later(self, pid: int, s: Sentence) -> bool:
        """Is `pid` a stop only of visits told after sentence `s`?  The raisers' home
        estate the officials go to later in the report is not where they spoke now."""
        return pid in self.visited and all(v.start >= s.end for v in self.visits if v.place == pid)

    def at_latest_stop(self, places: list[int], s: Sentence) -> list[int]:
        """Issues are raised where the officials went: a place of `places` that no
        visit went to (the area holding two stops, the raisers' home village, a
        place the raisers only talk about) gives way to the stop of the latest visit
        told before the end of `s` (of stops told in one sentence, the first written).  A meeting's venue or host area is decided
        before this and kept; with no visit told yet, `places` stay as they are.
        Source of the rule: the gold of ../shared/eval and of our invented probe
        sets put every issue at a visited place but one (a meeting's host area).

        >>> # 先后来到X街道A小区和X街道B小区。居民们反映，… -> [A小区], not X街道
        """
        visited = self.visited | self.units_visited
        if all(p in visited for p in places):
            return places
        before = sorted((v for v in self.visits if v.start < s.end), key=lambda v: v.start)
        if not before:
            return places
        # of stops told together in one sentence (先后来到A和B), the first written, as
        # `IssueReader.one_raising` files a raising the scene gives several stops
        # (session 31: filing at the latest written there lost three check golds, at the first none)
        latest = next(v.place for v in before if v.start == before[-1].start)
        return list(dict.fromkeys(p if p in visited else latest for p in places))

    def at_stops(self, places: list[int], scene: Scene) -> list[int]:
        """Issues are raised where the officials went: a place no visit went to (the
        raisers' home estate named at a liaison station, 来自X居民区的选民; a corner of
        the stop, 在五号楼三单元) gives way to the stop the report is at, when it has one:
        the stop inside it, else the visited place holding it, else the scene's stops."""
        visited = self.visited
        if all(p in visited for p in places):
            return places
        stops = [p for p in (scene.group or scene.report_group) if p in visited]
        if not stops:
            return places
        out: list[int] = []
        for p in places:
            # (the cadre's community holding the estate the report is at, 在X社区，A走进Y小区。X社区书记
            # 介绍…: the stop inside it, before a visited area holding both; session 60, qa60)
            inside = [q for q in stops if p in self.places.ancestors(q)]
            out += [q for q in ([p] if p in visited else inside or self.visited_holder(p) or stops) if q not in out]
        return out

    def visited_holder(self, pid: int) -> list[int]:
        """The visited place holding `pid`, the nearest one ([] when none does): a
        corner of a stop named with it (在B村文化礼堂， after 先后来到A村和B村) is
        that stop's, whichever stop the scene was at before.

        >>> # visits to A村, B村; pid B村文化礼堂 (parent B村) -> [B村]
        """
        seen = {pid}
        parent = self.places.nodes[pid].parent
        while parent is not None and parent not in seen:
            if parent in self.visited:
                return [parent]
            seen.add(parent)
            parent = self.places.nodes[parent].parent
        return []

    def within(self, pid: int, scene: Scene, s: Sentence) -> list[int]:
        """The raisers' place `pid`, or the visited stop inside it where they met the
        officials: 来到B街道的联络站…与B街道的选民座谈 puts the issues at the
        station (the venue), not at the subdistrict the voters live in; several
        stops inside it give the nearest place holding them all (`one_place`).
        A place the officials went to themselves (a stop of a visit) keeps them.

        >>> # visit to 长乐街道联络站; 与长乐街道的居民座谈，居民反映… -> [联络站]
        """
        if any(v.place == pid and v.stop for v in self.visits):
            return [pid]
        inside = [v.place for v in self.visits if v.place != pid and v.start <= s.start and pid in self.places.ancestors(v.place)]
        here = [p for p in scene.group if p in inside]
        if len(here) == 1 and len(set(inside)) > 1:
            # 来到B村A组…。又来到B村党群服务中心座谈。B村党支部书记汇报说…: of several stops
            # inside B村 the one this paragraph is at is where its cadre speaks, not the area
            # holding them all (Session 39, p133)
            return here
        if inside:
            return self.one_place(self.places.most_specific(list(dict.fromkeys(inside))))
        return [pid]

    def home_called(self, s: Sentence, act: int | None) -> bool:
        """Did the paragraph call at a resident's home (`home_visit`: 走进搬迁户王某家中)
        before the raising act, with no visit told since?"""
        end = act if act is not None else s.end
        m = None
        for m in home_visit().finditer(self.text, self.paragraph_start, end):
            pass
        if m is None:
            return False
        return not any(m.start() <= v.start < end for v in self.visits)

    def home_unit(self, pid: int, s: Sentence) -> int:
        """The unit people live in where stop `pid` is: itself or its nearest
        ancestor that is a housing estate, a village group (`place_segments.lies_in_unit`)
        or a community-level unit (a village, a community); else the latest such unit a visit told before `s` went to
        (the tour's community, the site registered under its subdistrict); else
        `pid`.  A home called at after a stop at a site (a workshop, a clinic of
        the community) lies in the community, not in the site: the household's
        issues are the community's.  Source: PLACE33 (p93: a relocated family's
        complaints filed at the workshop visited before).

        >>> # stop 织锦坊扶贫车间 after a visit to 安康社区 -> 安康社区
        """
        def lived_in(node) -> bool:
            # (an estate, a village group or natural village: `lies_in_unit`; a village, a community)
            return lies_in_unit(node.type, node.name) or node.level == "community"

        up = self.places.nodes[pid]
        while up is not None:
            if lived_in(up):
                return up.id
            up = self.places.nodes[up.parent] if up.parent is not None else None
        units = [v for v in self.visits if v.start < s.start and lived_in(self.places.nodes[v.place])]
        return max(units, key=lambda v: v.start).place if units else pid

    def one_place(self, places: list[int]) -> list[int]:
        """An issue the sentence does not place is raised at one place: of several
        (the stops of one visit, 先后来到A和B), the nearest place holding them all (the residential area or
        subdistrict they lie in); the places themselves when nothing holds them all.

        >>> # 先后来到A小区和B小区（both in C社区）。居民反映… -> [C社区]
        (`places_for` then moves issues from a C社区 no visit went to onto the
        latest stop: see `at_latest_stop`.)
        """
        if len(places) < 2:
            return places
        common = set.intersection(*(self.places.ancestors(p) for p in places))
        if not common:
            return places
        return [max(common, key=lambda p: self.places.nodes[p].rank)]
