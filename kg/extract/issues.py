"""Residents' issues: a frame of raiser, raising act and content, at a place.

The frame (word classes are data files in kg/lexicons/):

- RAISER (`issue_raisers.txt`): residents and the people who speak for them
  (居民, 村民代表, 大家, 一位老党员, 他们); a named person whose post is
  community-level (`issue_cadre_units.txt`: X社区党委书记); 他/她 when the last
  person named before it is a raiser.  The nearest speaker before the act
  decides: a visiting official (a name not written after 向/对…, their party,
  `issue_blockers.txt`) silences the frame, since an official's own remarks
  are not residents' issues.  No speaker at all is allowed (a topic heard at a
  meeting).
- RAISING ACT: a verb from `issue_acts.txt` (反映, 提出, 建议, 希望, 说, 问…),
  possibly modified (`issue_act_degrees.txt`: 反映最多的，是X), or a topic
  frame opened by `issue_topic_markers.txt` (围绕/就/对/关于 X) and closed by a
  head noun (`issue_heads.txt`: 等议题) or a discussion verb
  (`issue_discussion_verbs.txt`: 展开热议), or a head noun followed by a link
  (`issue_head_links.txt`: 问题包括…, 意见主要集中在…).
- CONTENT, in the genre's shapes: a topic list closed by 等 + head noun; items
  after a head noun (read across ；？ up to the end of the full sentence); a
  clause (居民反映，楼道灯坏了); a quotation (“…”一位村民说); 一是…二是…; X的设想.
  Items are split on 、/以及/还有 (and 和/及 between longer items) and trimmed
  to their core.  Back-references (`issue_backrefs.txt`: 这两个问题),
  follow-ups (`issue_followups.txt`: 收集到的意见) and vague words
  (`issue_generic.txt`) are not issues.
- PLACE: a place written right before the raiser (B社区的居民代表), else the
  place of the sentence's scene (see `kg.extract.visits.Scene`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from kg.extract.actors import PRONOUN, Actor, ActorIndex
from kg.extract.issue_scheme import categorise
from kg.extract.lexicons import alternation, pattern, surnames, words
from kg.extract.places import PlaceRegistry, parse_at
from kg.extract.sentences import Sentence
from kg.extract.visits import Scene
from kg.pipeline import Doc, component, set_extension

ITEM_SPLIT = re.compile(r"[、，,；;]|以及|还有|并且|另外")
PAIR_SPLIT = re.compile(r"和|及|与")
MIN_PAIR_SIDE = 3
MIN_ITEM, MAX_ITEM, MIN_CLAUSE, MAX_CLAUSE = 2, 30, 4, 40
ITEM_TRIM_HEAD = re.compile(r"^(?:了|关于|包括|有关|对|就|如|比如|例如|诸如|是|有|在于)")
ITEM_TRIM_TAIL = re.compile(r"(?:等(?:[一二三四五六七八九十两几多\d]+[个项条件类大]+)?)?(?:方面|问题|工作|事项|事宜|情况|的问题)?[。，；？！!?”’\s]*$")
# a full sentence: the content of a head noun or a clause may run across ；？
FULL_STOP = re.compile(r"[。！!\n]")
CLAUSE_STOP = re.compile(r"[，,。；;！!？?\n]")
QUOTE_OPEN, QUOTE_CLOSE = "“「", "”」"
ORDINALS = re.compile(r"(?:^|[；;。，：:])\s*(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+[，,、])")
AFTER_ACT = re.compile(r"(?:了|过|出了|出|到|起|起了)?")
SINGLE_CHAR_ACT_FOLLOW = re.compile(r"[：:，,“\"「]|道[：:，,]")
NEAR_SPEAKER = 8
HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
QUANTITY = r"(?:[一二三四五六七八九十两几多\d]+(?:个|项|条|件|类|大类|方面)?)?"


@dataclass
class IssueRecord:
    place: int
    label: str
    concept: str
    official: str | None
    start: int
    end: int


set_extension("issues", list)  # list[IssueRecord]


@cache
def _acts() -> re.Pattern:
    degrees = alternation(words("issue_act_degrees.txt"))
    return re.compile(f"(?P<act>{alternation(words('issue_acts.txt'))})(?P<degree>(?:{degrees})?的[，,]?(?:是|为|主要是|集中在|主要集中在)?)?")


@cache
def _topic_markers() -> re.Pattern:
    return pattern("issue_topic_markers.txt")


@cache
def _heads() -> str:
    return alternation(words("issue_heads.txt"))


@cache
def _closer() -> re.Pattern:
    """等 (+ a count) + head noun, or 的 + head noun: the end of a topic list."""
    return re.compile(f"(?:等{QUANTITY}[^，。；！？、]{{0,16}}?|的|{QUANTITY})(?:{_heads()})")


@cache
def _head_then_items() -> re.Pattern:
    links = alternation(words("issue_head_links.txt"))
    return re.compile(f"(?:{_heads()})(?:主要|大多|大都|多)?(?:{links})")


@cache
def _discussion() -> re.Pattern:
    return pattern("issue_discussion_verbs.txt")


@cache
def _item_filters() -> tuple[frozenset, re.Pattern, re.Pattern, re.Pattern]:
    return (
        frozenset(words("issue_generic.txt")),
        re.compile(f"^(?:{alternation(words('issue_backrefs.txt'))})"),
        pattern("issue_followups.txt"),
        re.compile(f"^(?:{alternation(words('issue_clause_openers.txt'))})"),
    )


@dataclass
class Speaker:
    pos: int  # end of the mention
    raiser: bool
    place: int | None = None  # the place written before a raiser (B社区的居民代表)
    addressed: bool = False  # written after 对/向: spoken to, not speaking


class IssueReader:
    """Reads the issue frames of one report, sentence by sentence."""

    def __init__(self, doc: Doc):
        self.text = doc.text.text
        self.places: PlaceRegistry = doc.ext.places
        self.officials = doc.ext.officials
        self.mentions = doc.ext.name_mentions
        self.mention_starts = [m[0] for m in self.mentions]
        self.index = ActorIndex(self.text, self.mentions)
        self.scenes: dict[int, Scene] = doc.ext.scenes
        self.visit_starts = sorted(v.start for v in doc.ext.visits)
        self.issues: list[IssueRecord] = []
        self.issue_keys: set[tuple[int, str]] = set()
        self.raiser_place: tuple[int, int] | None = None  # (place id, position) of the latest placed raiser
        self.cadres = {name for name, info in self.officials.items() if is_cadre(info.posts)}
        self.paragraph_start = 0
        self.residents = named_residents(self.text, set(self.officials))
        self.read_clause = False  # whether the content just read was reported speech
        self.sentence_end = 0  # reported speech stays inside its sentence

    # ------------------------------------------------------------ sentences
    def read(self, sentences: list[Sentence]) -> None:
        taken_end = -1
        paragraph = None
        for s in sentences:
            if s.paragraph != paragraph:
                paragraph, self.paragraph_start = s.paragraph, s.start
            scene = self.scenes.get(s.start)
            if scene is None:
                continue
            taken_end = self.read_sentence(s, scene, taken_end)

    def read_sentence(self, s: Sentence, scene: Scene, taken_end: int) -> int:
        actors = self.index.in_span(self.paragraph_start, s.end)
        anchors = []
        for m in _topic_markers().finditer(self.text, s.start, s.end):
            anchors.append((m.start(), "topic", m))
        for m in _acts().finditer(self.text, s.start, s.end):
            anchors.append((m.start(), "act", m))
        for m in _head_then_items().finditer(self.text, s.start, s.end):
            anchors.append((m.start(), "head", m))
        for m in self._quotes_before_speaker(s):
            anchors.append((m[0], "quote", m))
        for pos, kind, m in sorted(anchors, key=lambda a: a[0]):
            if pos < taken_end:
                continue
            self.read_clause = False
            self.sentence_end = s.end
            found = self.read_anchor(s, kind, m)
            if not found:
                continue
            items, end, at = found
            speaker = self.speaker(s, at, actors)
            if speaker is None:
                continue
            # reported speech needs someone to report it; a list closed by a head
            # noun (…等意见建议) may stand without one (a meeting's topics)
            if self.read_clause and (speaker.pos < 0 or speaker.addressed):
                continue
            # a one-character speech verb (说/问) binds to the speaker right before it
            if kind == "act" and len(m.group("act")) == 1 and not (0 <= at - speaker.pos <= NEAR_SPEAKER):
                continue
            items = [i for i in items if i]
            if not items:
                continue
            taken_end = end
            self.add(items, s, scene, speaker)
        return taken_end

    # ------------------------------------------------------------ anchors
    def read_anchor(self, s: Sentence, kind: str, m) -> tuple[list[str], int, int] | None:
        """(items, end of the content, position whose speaker decides) or None."""
        text = self.text
        if kind == "topic":
            return self.topic(s, m)
        if kind == "head":
            start = m.end()
            end = self.full_end(start)
            return self.after_head(start, end), end, m.start()
        if kind == "quote":
            q_start, q_end, speaker_end = m
            return self.clause_items(q_start, q_end, quote=True), speaker_end, speaker_end
        act = m.group("act")
        start = m.end()
        if len(act) == 1:
            if not SINGLE_CHAR_ACT_FOLLOW.match(text, start) or m.group("degree"):
                return None
            return self.after_say(start), self.full_end(start), m.start()
        if m.group("degree"):
            degree = m.group("degree")
            if degree == "的":
                return self.relative(m, start)
            # 反映最多的，是X等问题: X is the content
            end = self.full_end(start)
            return self.list_or_clause(start, end), end, m.start()
        start = AFTER_ACT.match(text, start).end()
        h = _head_then_items().match(text, start)
        if h:  # 提出的问题涉及…, 反映问题：…
            end = self.full_end(h.end())
            return self.after_head(h.end(), end), end, m.start()
        if text.startswith(("，", "：", ":", ",", "“"), start):
            return self.after_say(start), self.full_end(start), m.start()
        end = self.full_end(start)
        return self.list_or_clause(start, end), end, m.start()

    def topic(self, s: Sentence, m) -> tuple[list[str], int, int] | None:
        """围绕/就/对/关于 X (等议题|的意见) + a discussion verb or raising act."""
        text = self.text
        start = m.end()
        limit = CLAUSE_STOP.search(text, start, s.end)
        limit = limit.start() if limit else s.end
        close = _closer().search(text, start, limit)
        disc = _discussion().search(text, start, limit)
        act = _acts().search(text, start, limit)
        ends = [c for c in (close, disc, act) if c]
        if not ends:
            return None
        first = min(ends, key=lambda c: c.start())
        if first.start() <= start:
            return None
        if first is close:
            # the head must be followed by a raising or discussion (…等议题展开热议,
            # …的意见建议); a head noun alone (对X的情况) is someone else's topic
            rest = text[close.end() : limit]
            head_is_raising = any(close.group(0).endswith(w) for w in RAISING_HEADS)
            if not head_is_raising and not (_discussion().search(rest) or _acts().search(rest)):
                return None
        items = split_items(text[start : first.start()])
        return items, first.end(), m.start()

    def relative(self, m, start: int) -> tuple[list[str], int, int] | None:
        """居民反映的X等问题 / 居民投诉的X: the content follows 的."""
        text = self.text
        h = _head_then_items().match(text, start)
        if h:
            end = self.full_end(h.end())
            return self.after_head(h.end(), end), end, m.start()
        limit = CLAUSE_STOP.search(text, start)
        limit = limit.start() if limit else len(text)
        close = _closer().search(text, start, limit)
        stop = close.start() if close else limit
        if not close and m.group("act") not in COMPLAINT_ACTS:
            return None
        return split_items(text[start:stop]), stop, m.start()

    # ------------------------------------------------------------ content shapes
    def full_end(self, pos: int) -> int:
        stop = FULL_STOP.search(self.text, pos)
        end = stop.start() if stop else len(self.text)
        # reported speech stops where an official starts speaking again
        for a in self.index.in_span(pos, end):
            if a.kind != "pronoun" and (a.kind != "name" or a.name not in self.cadres):
                return a.start
        return end

    def list_or_clause(self, start: int, end: int) -> list[str]:
        """A topic list closed by a head noun, 一是…二是…, X的设想, or a clause."""
        text = self.text
        if ORDINALS.search(text, start, end):
            return self.enumeration(start, end)
        clause = CLAUSE_STOP.search(text, start, end)
        clause_end = clause.start() if clause else end
        close = _closer().search(text, start, end)
        if close:
            # a list may run past a comma only when the next part continues it (，以及X等问题)
            between = text[clause_end:close.start()]
            if close.start() <= clause_end or re.fullmatch(r"[，,](?:以及|还有|和|及)[^。；！？]*", between):
                return split_items(text[start : close.start()])
        return self.clause_items(start, end)

    def after_head(self, start: int, end: int) -> list[str]:
        """Items after a head noun: A、B以及C; A；B；C; A怎样…？B能不能…？"""
        text = self.text
        if ORDINALS.search(text, start, end):
            return self.enumeration(start, end)
        out: list[str] = []
        for part in re.split(r"[；;？?]", text[start:end]):
            out += split_items(part)
        return out

    def after_say(self, start: int) -> list[str]:
        """After 说/反映/问 and a colon or comma: a quotation or a clause."""
        text = self.text
        pos = start
        while pos < len(text) and text[pos] in "：:，, ":
            pos += 1
        if pos < len(text) and text[pos] in QUOTE_OPEN:
            close = min((i for i in (text.find(c, pos + 1) for c in QUOTE_CLOSE) if i > 0), default=-1)
            if close > 0:
                return self.clause_items(pos + 1, close, quote=True)
        end = self.full_end(pos)
        if ORDINALS.search(text, pos, end):
            return self.enumeration(pos, end)
        return self.clause_items(pos, end)

    def enumeration(self, start: int, end: int) -> list[str]:
        """一是A，…；二是B…: each point's clauses."""
        text = self.text
        marks = list(ORDINALS.finditer(text, start, end))
        out: list[str] = []
        for i, mk in enumerate(marks):
            stop = marks[i + 1].start() if i + 1 < len(marks) else end
            out += self.clause_items(mk.end(), stop)
        return out

    def clause_items(self, start: int, end: int, quote: bool = False) -> list[str]:
        """A clause of reported speech, cut at its commas into short complaints."""
        self.read_clause = True
        if not quote:
            end = min(end, max(self.sentence_end, start))
        out: list[str] = []
        for part in re.split(r"[，,；;？?！!。…“”「」]+", self.text[start:end]):
            item = trim(part)
            if not MIN_CLAUSE <= len(item) <= MAX_CLAUSE:
                continue
            if "、" in item and not quote:
                out += [i for i in split_items(item) if i not in out]
            elif keep(item) and item not in out:
                out.append(item)
        return out

    def _quotes_before_speaker(self, s: Sentence):
        """“…”一位村民说 / “…”另一位村民接过话头: a quotation, then its speaker."""
        text = self.text
        for m in re.finditer(r"[”」][，,]?", text[s.start : s.end]):
            after = s.start + m.end()
            r = pattern("issue_raisers.txt").search(text, after, min(after + 12, len(text)))
            if not r or PRONOUN.search(text, after, r.start()):
                continue
            if not re.search(r"(?:说|问|道|接过话|发言|开口)", text[r.end() : min(r.end() + 10, s.end)]):
                continue
            close = s.start + m.start()
            open_ = max(text.rfind(c, 0, close) for c in QUOTE_OPEN)
            if open_ >= 0:
                yield (open_ + 1, close, r.end())

    # ------------------------------------------------------------ speaker
    def speaker(self, s: Sentence, pos: int, actors: list[Actor]) -> Speaker | None:
        """The nearest speaker before `pos` when they are residents (or nobody).

        None when an official (or their party, or an organisation) is nearer,
        or when an official's own remark (王明表示，…) covers `pos`.
        """
        text = self.text
        spoken_to = set(words("recipient_markers.txt"))
        lo = s.start
        candidates: list[Speaker] = []
        for r in self.raiser_mentions(lo, pos):
            candidates.append(r)
        for b in pattern("issue_blockers.txt").finditer(text, lo, pos):
            candidates.append(Speaker(b.end(), False))
        for a in actors:
            if not (lo <= a.start < pos):
                continue
            if a.kind == "name":
                if text[a.start - 1 : a.start] in spoken_to:
                    continue
                cadre = a.name in self.cadres
                if not cadre and _official_acts().match(text, a.end, min(a.end + 6, pos)):
                    return None  # the official's own remark runs to the end of the sentence
                candidates.append(Speaker(a.end, cadre))
            elif a.kind == "pronoun":
                raiser = self.pronoun_is_raiser(a.start, actors)
                if not raiser and _official_acts().match(text, a.end, min(a.end + 6, pos)):
                    return None
                candidates.append(Speaker(a.end, raiser))
            else:
                candidates.append(Speaker(a.end, False))
        if not candidates:
            return Speaker(-1, True)
        nearest = max(candidates, key=lambda c: (c.pos, not c.raiser))
        return nearest if nearest.raiser else None

    def raiser_mentions(self, lo: int, hi: int) -> list[Speaker]:
        """Raisers written in [lo, hi): raiser words (not an organisation's, not an
        official's post as in 人大代表王明) and the named residents."""
        text = self.text
        out = []
        blocked_ends = {b.end() for b in pattern("issue_blockers.txt").finditer(text, max(0, lo - 4), hi)}
        for r in pattern("issue_raisers.txt").finditer(text, lo, hi):
            if r.start() in blocked_ends or self.official_at(r.end()):
                continue
            addressed = bool(_addressed().search(text, max(lo, r.start() - 6), r.start()))
            out.append(Speaker(r.end(), True, self.place_before(r.start()), addressed))
        for name in self.residents:
            i = text.find(name, lo, hi)
            while i >= 0:
                out.append(Speaker(i + len(name), True))
                i = text.find(name, i + 1, hi)
        return out

    def official_at(self, pos: int) -> bool:
        i = bisect.bisect_left(self.mention_starts, pos)
        return i < len(self.mention_starts) and self.mention_starts[i] == pos and self.mentions[i][2] not in self.cadres

    def pronoun_is_raiser(self, pos: int, actors: list[Actor]) -> bool:
        """他/她 refers to the last single person named before it in the paragraph:
        an official, a cadre, or a resident (一位居民, 村民李某)."""
        last_official = max((a.end for a in actors if a.kind == "name" and a.end <= pos and a.name not in self.cadres), default=-1)
        last_cadre = max((a.end for a in actors if a.kind == "name" and a.end <= pos and a.name in self.cadres), default=-1)
        last_resident = max(
            (r.end() for r in _single_raiser().finditer(self.text, self.paragraph_start, pos)),
            default=-1,
        )
        for name in self.residents:
            i = self.text.rfind(name, self.paragraph_start, pos)
            if i >= 0:
                last_resident = max(last_resident, i + len(name))
        return max(last_cadre, last_resident) > last_official

    def place_before(self, pos: int) -> int | None:
        """The place written right before a raiser: `B社区的居民代表`, `B村村民`."""
        text = self.text
        end = pos - 1 if text[pos - 1 : pos] == "的" else pos
        known = [
            (len(w), node.id)
            for node in self.places.nodes
            for w in node.written
            if len(w) >= 2 and text.endswith(w, 0, end)
        ]
        if known:
            return max(known)[1]
        # a place not seen before starts after a clause boundary or a preposition
        for start in range(max(0, end - 16), end - 1):
            if start > 0 and text[start - 1] not in PLACE_BEFORE_RAISER:
                continue
            chunk = parse_at(text, start, end)
            if chunk and chunk.end == end:
                return self.places.add(chunk)
        return None

    # ------------------------------------------------------------ output
    def add(self, items: list[str], s: Sentence, scene: Scene, speaker: Speaker) -> None:
        if speaker.place is not None:
            self.raiser_place = (speaker.place, s.start)
        places = self.issue_places(scene, s)
        for label in items:
            for pid in places:
                if (pid, label) in self.issue_keys:
                    continue
                self.issue_keys.add((pid, label))
                self.issues.append(IssueRecord(pid, label, categorise(label), scene.visitor, s.start, s.end))

    def issue_places(self, scene: Scene, s: Sentence) -> list[int]:
        if self.raiser_place is not None:
            pid, at = self.raiser_place
            # the raisers' place holds until the report moves on to a new visit
            i = bisect.bisect_right(self.visit_starts, at)
            if i >= len(self.visit_starts) or self.visit_starts[i] > s.start or self.visit_starts[i] == at:
                return [pid]
        if scene.at:
            return scene.at
        if scene.group:
            return scene.group
        if scene.report_group and not scene.context:
            return scene.report_group
        # 在彩虹社区，…会上，居民们…: of the places just visited, the one the paragraph is about
        shared = [p for p in scene.report_group if p in scene.context]
        if shared:
            return shared
        return self.places.most_specific(scene.context) or list(scene.report_group)


# what may stand right before a raisers' place: a boundary or a preposition (与B社区的居民)
PLACE_BEFORE_RAISER = frozenset("，,。；;：:、“ \n与同和跟向对在据及")
# acts whose bare object (居民投诉的X) is the complaint itself
COMPLAINT_ACTS = frozenset({"投诉", "反映", "反应"})
# head nouns that are themselves a raising (…的意见建议, 等诉求)
RAISING_HEADS = ("意见", "建议", "诉求", "想法", "看法", "心声", "问题", "需求", "愿望", "设想", "议题", "话题", "急难愁盼")


@cache
def _official_acts() -> re.Pattern:
    return re.compile(f"(?:[^，。；：:、]{{0,3}}?)(?:{alternation(words('issue_official_acts.txt'))})")


@cache
def _addressed() -> re.Pattern:
    return re.compile(f"(?:{alternation(words('issue_addressee_markers.txt'))})[^，。；：、]{{0,5}}$")


@cache
def _single_raiser() -> re.Pattern:
    """One resident: 一位/另一位/有位 + raiser, or a raiser followed by a name."""
    raisers = alternation(words("issue_raisers.txt"))
    return re.compile(f"(?:[一另有]位|一名|一个)[^，。；：、]{{0,4}}?(?:{raisers})")


def named_residents(text: str, officials: set[str]) -> list[str]:
    """Names written right after a raiser word (村民李小梅, 老党员王大山): later bare
    mentions of them are residents speaking.  A name is a surname and one or two
    characters, the longer form when it recurs.

    >>> named_residents("村民李小梅说，路灯坏了。李小梅又说，", set())
    ['李小梅']
    """
    single, compound = surnames()
    out = []
    for r in pattern("issue_raisers.txt").finditer(text):
        pos = r.end()
        for sur in (text[pos : pos + 2], text[pos : pos + 1]):
            if (len(sur) == 2 and sur in compound) or (len(sur) == 1 and sur in single):
                break
        else:
            continue
        forms = [text[pos : pos + len(sur) + n] for n in (2, 1)]
        for name in forms:
            if not HAN_NAME.fullmatch(name) or name in officials or name in out:
                continue
            if text.count(name) > 1:
                out.append(name)
                break
    return out


def is_cadre(posts: list[str]) -> bool:
    """A post at community or village level (X社区党委书记): its holder speaks for residents.

    >>> is_cadre(["东湖社区党委书记"]), is_cadre(["副区长"])
    (True, False)
    """
    return bool(posts) and all(pattern("issue_cadre_units.txt").search(p) for p in posts)


def trim(item: str) -> str:
    """An item's core: no leading connective, preposition or act, no closing head noun."""
    _, _, _, openers = _item_filters()
    item = item.strip(" \u3000：:“”‘’「」\"'()（）")
    for _ in range(3):
        before = item
        item = openers.sub("", item)
        item = ITEM_TRIM_HEAD.sub("", item)
        # 此前居民提出的X: the part after the last 'raising act + 的'
        m = None
        for m in re.finditer(f"(?:{alternation(words('issue_acts.txt'))})的", item):
            pass
        if m and m.end() < len(item):
            item = item[m.end():]
        item = ITEM_TRIM_TAIL.sub("", item).strip()
        if item == before:
            break
    return item


def keep(item: str) -> bool:
    """Whether a trimmed item can be an issue: long enough, not vague, not a back-reference or follow-up."""
    generic, backref, followup, _ = _item_filters()
    if not (MIN_ITEM <= len(item) <= MAX_ITEM):
        return False
    if item in generic or backref.match(item) or followup.search(item):
        return False
    return not item.endswith(tuple(generic)) or len(item) > 4


def split_items(items: str) -> list[str]:
    """A topic list cut into items: on 、，以及 还有, and on 和/及 between longer items.

    >>> split_items("楼道照明不足、垃圾房异味大以及非机动车乱停放")
    ['楼道照明不足', '垃圾房异味大', '非机动车乱停放']
    """
    out = []
    for part in ITEM_SPLIT.split(items):
        part = part.strip(" 。；：:")
        pieces = PAIR_SPLIT.split(part)
        if len(pieces) > 1 and all(len(p) >= MIN_PAIR_SIDE for p in pieces):
            candidates = pieces
        else:
            candidates = [part]
        for c in candidates:
            c = trim(c)
            if keep(c) and c not in out:
                out.append(c)
    return out


@component("issues", requires=("sentences", "officials", "name_mentions", "places", "visits", "scenes"), assigns=("issues",))
def issues_component(doc: Doc) -> None:
    reader = IssueReader(doc)
    reader.read(doc.sentences)
    doc.ext.issues = reader.issues
