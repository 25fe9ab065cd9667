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
from kg.analyse.component import analyse_spans
from kg.extract.lexicons import alternation, pattern, table, words
from kg.extract.places import ADMIN, PlaceRegistry, parse_at, suffix_at
from kg.extract.sentences import Sentence
from kg.extract.visits import Scene
from kg.pipeline import Doc, component, set_extension
from kg.text import HAN

ITEM_SPLIT = re.compile(r"[、，,；;]|[”」][“「]|以及|还有|并且|另外")
PAIR_SPLIT = re.compile(r"和|及|与")
MIN_PAIR_SIDE = 3
MIN_ITEM, MAX_ITEM, MIN_CLAUSE, MAX_CLAUSE = 2, 30, 4, 24  # a complaint said in one clause is short; longer is narration
ITEM_TRIM_HEAD = re.compile(r"^(?:了|关于|包括|有关|对|比如|例如|诸如|是|有|在于)[：:]?")
ITEM_TRIM_TAIL = re.compile(
    r"(?:等)?(?:[一二三四五六七八九十两几多\d]+(?:个|项|条|件|类|大类))?(?:方面|问题|工作|事项|事宜|情况|的问题)?[。，；？！!?”’\s]*$"
)
# a full sentence: the content of a head noun or a clause may run across ；？
FULL_STOP = re.compile(r"[。！!\n]")
CLAUSE_STOP = re.compile(r"[，,。；;！!？?\n]")
# 这一协商主题, 该项工作: a theme pointed at, not an issue
THEME = re.compile(r"(?:这|该|此)(?:一|个|项|些|两|几|类)")
CLAUSE_SPLIT = re.compile(r"[，,；;？?！!。…]+|[”」]\s*[“「]")
RAISER_COUNT = re.compile(r"(?:[一二两三四五六七八九十几多数百\d]+[位名个户]|部分|一些|不少|众多|广大)$")
# a post of a body above the community: a jurisdiction or an organ in it
HIGHER_BODY = re.compile(r"[省市县区镇乡委局厅办院]|街道|人大|政协")
# 与/同 + a place + 的 + people: the place is the one before 的 (found by place_before)
MEETING = re.compile(r"[与同跟][^，。；、与同跟]{2,16}?(的)")
SHORT_AT = re.compile(r"在([^，,。；、\s]{2,12})[，,]")
HAN_CHAR = re.compile(f"[{HAN}]")
FOLLOWING = re.compile(r"[^，,。；：:]{0,8}?(?:以下|如下)[^，,。；：:]{0,6}[：:]")
BOOK_TITLE = re.compile(r"《[^》]*》")
QUOTE_OPEN, QUOTE_CLOSE = "“「", "”」"
# an ordinal opens a point after punctuation (seen behind the search's start too)
ORDINALS = re.compile(r"(?<=[；;。，,：:\s])\s*(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+[，,、])")
DIRECTIONAL = ("上来", "上去", "出来", "起来", "来")
AFTER_ACT = re.compile(r"(?:上来|上去|出来|起来|出了|起了|了|过|出|到|起|来)?")
SINGLE_CHAR_ACT_FOLLOW = re.compile(r"[：:，,“\"「]|道[：:，,]")
# a count of items: 20余条, 三个, 14件
COUNT = r"[\d一二三四五六七八九十两几百]+[余多]?(?:条|个|项|件|类|大类|方面)"
NEAR_SPEAKER = 8
BARE_TITLE_UNIT = 8  # 居委会主任: the unit written within this many characters before the title
FOLLOWUP_SPAN = 6
ADDRESSEE_SPAN = 16  # 请 + the raisers' description: 请各小区推选的二十多位居民代表
# a name may follow a raiser word directly (村民李小梅), not a particle or a verb
NAME_MAY_START = re.compile(rf"[{HAN}](?<![们的都也还就等和与及对向在说反提希建纷一代])")
RESIDENT_WINDOW = 6  # a name of up to four characters and the word after it
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
def _act_shapes() -> dict[str, str]:
    return {row[0]: row[1] for row in table("issue_acts.tsv")}


@cache
def _acts() -> re.Pattern:
    degrees = alternation(words("issue_act_degrees.txt"))
    compounds = alternation(words("issue_act_compounds.txt"))
    return re.compile(
        f"(?<!(?<!有)的)(?P<act>{alternation(_act_shapes())})(?!{compounds})"
        f"(?P<degree>(?:{degrees})?的[，,]?(?:是|为|主要是|集中在|主要集中在)?)?"
    )


@cache
def _topic_markers() -> re.Pattern:
    # a one-character marker inside a word is no marker (面对面, 相对, 成就, 迁就)
    return re.compile(f"(?<![面相针绝反应核比派成迁造])(?:{alternation(words('issue_topic_markers.txt'))})")


@cache
def _heads() -> str:
    return alternation(words("issue_heads.txt"))


@cache
def _closer() -> re.Pattern:
    """等 (+ a count) + head noun, 的 + head noun, or a head noun met in the work
    (X工作中遇到的困难): the end of a topic list."""
    met = "(?:工作)?中?(?:遇到|存在|面临|碰到)的"
    return re.compile(f"(?:等{QUANTITY}[^，。；！？、]{{0,16}}?|{met}|的|{QUANTITY})(?:{_heads()})")


@cache
def _head_then_items() -> re.Pattern:
    """A head noun and a link to the items after it: 问题包括, 五点建议：, 一些问题，主要涉及."""
    links = words("issue_head_links.txt")
    long_links = alternation([w for w in links if len(w) > 1])
    return re.compile(
        f"{QUANTITY}(?:点|些)?(?:{_heads()})(?:{COUNT})?"
        f"(?:[，,]?[^，,。；;！？、的]{{0,4}}?(?:{long_links}|[：:])|(?:主要|大多|大都|多)?(?:{alternation(links)}))"
    )


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
    place: int | None = None  # the place written before a raiser (B社区的居民代表), or a cadre's
    from_post: bool = False  # the place is the one a cadre's post names


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
        self.visits = doc.ext.visits
        self.visit_starts = sorted(v.start for v in doc.ext.visits)
        self.issues: list[IssueRecord] = []
        self.issue_keys: set[tuple[int, str]] = set()
        self.raiser_place: tuple[int, int] | None = None  # (place id, position) of the latest placed raiser
        self.cadres = {name for name, info in self.officials.items() if is_cadre(info.posts)}
        self.paragraph_start = 0
        self.sentence_starts = [s.start for s in doc.sentences] or [0]
        self.residents = named_residents(doc)
        self.place_memo: dict[int, int | None] = {}  # raiser position -> place written before it
        # raiser words that end a visiting official's post (人大代表 → 代表)
        self.official_heads = {
            w
            for name, info in self.officials.items()
            if name not in self.cadres
            for post in info.posts
            for w in words("issue_raisers.txt")
            if post.endswith(w)
        }
        self.raisers = self.find_raisers()
        self.raiser_starts = [start for start, _ in self.raisers]
        self.read_clause = False  # whether the content just read was reported speech
        self.sentence_end = 0  # reported speech stays inside its sentence
        self.content_end = 0  # where the reported speech just read ends
        self.spoken: tuple[int, Scene, Speaker] | None = None  # (end, scene, speaker) of the latest reported speech

    # ------------------------------------------------------------ sentences
    def read(self, sentences: list[Sentence]) -> None:
        taken_end = -1
        paragraph = None
        official_paragraph = False
        for s in sentences:
            if s.paragraph != paragraph:
                paragraph, self.paragraph_start = s.paragraph, s.start
                official_paragraph = self.official_speaks_at(s.start)
            scene = self.scenes.get(s.start)
            if scene is None or official_paragraph:
                continue  # 王明说，…: a paragraph opened by an official's remark is theirs
            if self.continues(s):
                continue
            taken_end = self.read_sentence(s, scene, taken_end)
            # 与B社区的居民座谈。居民们反映…: the raisers named with their place speak on;
            # so do the people of a place met (同B镇的负责人座谈。大家反映…)
            placed = [(r.pos, r.place) for r in self.raiser_mentions(s.start, s.end) if r.raiser and r.place is not None]
            placed += self.places_met(s)
            if placed:
                self.raiser_place = (max(placed)[1], s.start)

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
        for m in self._quotes_after_colon(s):
            anchors.append((m[2], "colon", m))
        titles = [(t.start(), t.end()) for t in BOOK_TITLE.finditer(self.text, s.start, s.end)]
        for pos, kind, m in sorted(anchors, key=lambda a: a[0]):
            if pos < taken_end or any(a <= pos < b for a, b in titles):
                continue  # a document's title (《关于…的意见》) is not a raising
            self.read_clause = False
            self.sentence_end = s.end
            found = self.read_anchor(s, kind, m)
            if not found:
                continue
            items, end, at = found
            if self.read_clause:
                end = min(end, self.content_end)  # reported speech ends where its clause or quotation does
            speaker = self.speaker(s, at, actors)
            if speaker is None:
                continue
            # reported speech needs someone to report it; a list closed by a head
            # noun (…等意见建议) may stand without one (a meeting's topics)
            if self.read_clause and speaker.pos < 0:
                continue
            # a one-character speech verb (说/问) binds to the speaker right before it
            if kind == "act" and _act_shapes()[m.group("act")] == "say" and not (0 <= at - speaker.pos <= NEAR_SPEAKER):
                continue
            # a quotation after a colon is the nearest speaker's, in the same clause
            if kind == "colon" and (speaker.pos < 0 or CLAUSE_STOP.search(self.text, speaker.pos, at)):
                continue
            items = [i for i in items if i]
            if kind == "act" and _act_shapes()[m.group("act")] == "account":
                # 村支书介绍，…: an account is a raising only in its clauses that state a problem
                items = [i for i in items if _problem().search(i)]
            if not items:
                continue
            taken_end = end
            self.add(items, s, scene, speaker)
            if self.read_clause:
                self.spoken = (s.end, scene, speaker)
        return taken_end

    def continues(self, s: Sentence) -> bool:
        """A sentence opened by a continuation (`issue_continuations.txt`: 还有X，Y。)
        right after residents' reported speech goes on with it: its problem
        clauses are the same speaker's issues.  True when it was read so."""
        if self.spoken is None:
            return False
        end, scene, speaker = self.spoken
        self.spoken = None
        if self.text[end:s.start].strip("。！!？? \n”」") or not (m := _continuation().match(self.text, s.start, s.end)):
            return False
        self.sentence_end = s.end
        items = [i for i in self.clause_items(m.end(), s.end) if i]
        if not items:
            return False
        self.add(items, s, scene, speaker)
        return True

    # ------------------------------------------------------------ anchors
    def read_anchor(self, s: Sentence, kind: str, m) -> tuple[list[str], int, int] | None:
        """(items, end of the content, position whose speaker decides) or None."""
        text = self.text
        if kind == "topic":
            return self.topic(s, m)
        if kind == "head":
            if _treated().search(text, max(0, m.start() - FOLLOWUP_SPAN), m.start()):
                return None  # 对征集到的意见，凡涉及…: what is done with the issues
            start = m.end()
            end = self.full_end(start)
            return self.after_head(start, end), end, m.start()
        if kind == "colon":
            q_start, q_end, colon = m
            return self.clause_items(q_start, q_end, quote=True), q_end, colon
        if kind == "quote":
            q_start, q_end, speaker_end = m
            return self.clause_items(q_start, q_end, quote=True), speaker_end, speaker_end
        act = m.group("act")
        shape = _act_shapes()[act]
        start = m.end()
        if shape == "relative" and not m.group("degree"):
            # 居民普遍关心A、B等问题: only a list closed by a head noun
            end = self.full_end(start)
            close = _closer().search(text, start, end)
            stop = CLAUSE_STOP.search(text, start, end)
            if not close or not close.group(0).startswith("等") or text.startswith("地", start):
                return None  # 关切地询问…: an adverb, not an act
            if stop and stop.start() < close.start():
                return None
            return split_items(text[start : close.start()]), close.end(), m.start()
        if shape == "say":
            if m.group("degree"):
                return None
            if not SINGLE_CHAR_ACT_FOLLOW.match(text, start):
                return None  # 问题, 说明: a character of another word
            return self.after_say(start), self.full_end(start), m.start()
        if m.group("degree"):
            degree = m.group("degree")
            if degree == "的":
                return self.relative(m, start)
            # 反映最多的，是X等问题: X is the content, a list of nouns
            end = self.full_end(start)
            items = self.list_or_clause(start, end)
            if self.read_clause and len(items) == 1:
                items = split_items(items[0])
            return items, end, m.start()
        after = AFTER_ACT.match(text, start)
        if after.group(0) in DIRECTIONAL:
            return None  # 反映上去, 提出来: the act is complete, its content is elsewhere
        start = after.end()
        h = _head_then_items().match(text, start)
        if h:  # 提出的问题涉及…, 反映问题：…
            end = self.full_end(h.end())
            return self.after_head(h.end(), end), end, m.start()
        if text.startswith(("，", "：", ":", ",", "“"), start):
            return self.after_say(start), self.full_end(start), m.start()
        end = self.full_end(start)
        return self.list_or_clause(start, end), end, m.start()

    def topic(self, s: Sentence, m) -> tuple[list[str], int, int] | None:
        """围绕/就/对/关于 X (等议题|的意见) + a discussion verb or raising act.

        X runs to the last discussion verb or raising act of the clause (就X等问题
        展开讨论, 对X等方面提出了建议), cut at the head noun closing it; with no
        verb, an opinion head must close it (关于X的意见建议).
        """
        text = self.text
        start = m.end()
        limit = CLAUSE_STOP.search(text, start, s.end)
        limit = limit.start() if limit else s.end
        closers = list(_closer().finditer(text, start, limit))
        verbs = list(_discussion().finditer(text, start, limit))
        # an act in a relative clause (X提出的Y) is not the topic's verb
        verbs += [
            a for a in _acts().finditer(text, start, limit) if _act_shapes()[a.group("act")] == "any" and not a.group("degree")
        ]
        # 意见建议 is a head noun, not the act 建议
        verbs = [v for v in verbs if not any(c.start() <= v.start() < c.end() for c in closers)]
        if verbs:
            verb = max(verbs, key=lambda v: v.start())
            end, finish = verb.start(), verb.end()
            inner = [c for c in closers if c.end() <= end]
            if inner:
                end = inner[-1].start()
        else:
            opinion = [c for c in closers if c.group(0).endswith(OPINION_HEADS)]
            if not opinion:
                return None
            # 围绕X等议题畅谈想法: X ends at the first head noun
            end, finish = closers[0].start(), opinion[0].end()
        if end <= start:
            return None
        return split_items(text[start:end]), finish, m.start()

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
        stop = CLAUSE_STOP.search(text, start, end)
        clause_end = stop.start() if stop else end
        close = _closer().search(text, start, end)
        if close:
            # 诉说生活中的难事，比如A、B: the head noun opens the items after it
            h = _head_then_items().search(text, close.start(), end)
            if h and h.start() < close.end() <= h.end():
                return self.after_head(h.end(), end)
            # a list may run past a comma only when the next part continues it (，以及X等问题)
            between = text[clause_end:close.start()]
            if close.start() <= clause_end or re.fullmatch(r"[，,](?:以及|还有|和|及)[^。；！？]*", between):
                return split_items(text[start : close.start()])
        return self.clause_items(start, end)

    def after_head(self, start: int, end: int) -> list[str]:
        """Items after a head noun: A、B以及C; A；B；C; A怎样…？B能不能…？"""
        text = self.text
        intro = FOLLOWING.match(text, start, end)  # 集中在以下几个方面：A、B
        if intro:
            start = intro.end()
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
            out += self.clause_items(mk.end(), stop, every=True)
        return out

    def clause_items(self, start: int, end: int, quote: bool = False, every: bool = False) -> list[str]:
        """A clause of reported speech, cut at its commas into short complaints.

        The complaint is the first clause that does not set the scene (从X到Y那段路),
        and each later clause marked as parallel (也/还) or stating a problem of its
        own (`issue_problem_words.txt`: 下雨就积水); other later clauses are
        background.  `every` keeps all clauses (the points of 一是…二是…).
        """
        self.read_clause = True
        if not quote and not every:
            end = min(end, max(self.sentence_end, start))
        self.content_end = end
        setting, parallel, purpose, contrast = _clause_markers()
        out: list[str] = []
        found = False
        # quoted words inside a clause are part of it; “A”“B”: two quotations
        for part in CLAUSE_SPLIT.split(self.text[start:end]):
            part = part.strip()
            if not part or purpose.match(part):
                continue
            if not every:
                if not found and setting.match(part):
                    continue
                if found and not (parallel.search(part) or _problem().search(part)):
                    continue
                if found and contrast.match(part):
                    out = []  # X还可以，就是Y: X was a concession
            item = trim(_question().sub("", part))  # 什么时候能装电梯？ asks for 装电梯
            if not MIN_CLAUSE <= len(item) <= MAX_CLAUSE:
                continue
            if "、" in item and not quote:
                out += [i for i in split_items(item) if i not in out]
            elif keep(item) and item not in out:
                out.append(item)
            found = found or bool(out)  # an introduction (居民们来反映) is not the complaint
        return out

    def _quotes_before_speaker(self, s: Sentence):
        """“…”一位村民说 / “…”另一位村民接过话头: a quotation, then a raiser who says it.

        The closing quote may end the sentence before (the splitter cuts at 。”).
        """
        text = self.text
        lo = max(self.paragraph_start, s.start - 2)
        for m in re.finditer(r"[”」][，,]?", text[lo : s.end]):
            after = lo + m.end()
            clause = CLAUSE_STOP.search(text, after + 1, s.end)
            clause_end = clause.start() if clause else s.end
            mentions = self.raiser_mentions(after, min(after + 12, clause_end))
            raiser = next((r for r in mentions if r.raiser), None)
            if raiser is None or PRONOUN.search(text, after, raiser.pos):
                continue
            # 村民X接过话头, 听到居民的反映: a speech verb or a raising act after the raiser
            window = (raiser.pos, min(raiser.pos + 10, clause_end))
            if not (_speech_verbs().search(text, *window) or _act_words().search(text, *window)):
                continue
            close = lo + m.start()
            open_ = max(text.rfind(c, self.paragraph_start, close) for c in QUOTE_OPEN)
            if open_ >= 0:
                yield (open_ + 1, close, raiser.pos)

    def _quotes_after_colon(self, s: Sentence):
        """居民X打开了话匣子：“A”“B”: quotations after a colon, said by the nearest speaker."""
        text = self.text
        for m in re.finditer(r"[：:]\s*[“「]", text[s.start : s.end]):
            colon = s.start + m.start()
            open_ = s.start + m.end() - 1
            close = open_
            # consecutive quotations: “A”“B”“C”
            while close < len(text) and text[close] in QUOTE_OPEN:
                end = min((i for i in (text.find(c, close + 1) for c in QUOTE_CLOSE) if i > 0), default=-1)
                if end < 0:
                    break
                close = end + 1
            if close > open_:
                yield (open_ + 1, close - 1, colon)

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
        # a title without a name (负责人表示, 区长说): an official, unless community-level
        for t in _bare_titles().finditer(text, lo, pos):
            if self.official_after(t.end()):
                continue  # the name that follows speaks (or is a cadre)
            cadre = pattern("issue_cadre_units.txt").search(text, max(lo, t.start() - BARE_TITLE_UNIT), t.start())
            candidates.append(Speaker(t.end(), bool(cadre)))
        for a in actors:
            if not (lo <= a.start < pos):
                continue
            if a.kind == "name":
                if text[a.start - 1 : a.start] in spoken_to or text.startswith("的", a.end):
                    continue  # spoken to (向王明), or a possessive (拉着王明的手说)
                cadre = a.name in self.cadres
                if not cadre and _official_acts().match(text, a.end, min(a.end + 6, pos)):
                    return None  # the official's own remark runs to the end of the sentence
                candidates.append(Speaker(a.end, cadre, self.cadre_place(a.name) if cadre else None, cadre))
            elif a.kind == "pronoun":
                raiser = self.pronoun_is_raiser(a.start, actors) and not self.addressed(lo, a.start)
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
        """Raisers written in [lo, hi) (see `find_raisers`)."""
        i = bisect.bisect_left(self.raiser_starts, lo)
        j = bisect.bisect_left(self.raiser_starts, hi)
        return [sp for start, sp in self.raisers[i:j] if sp.pos <= hi]

    def find_raisers(self) -> list[tuple[int, Speaker]]:
        """Every raiser of the report, as (start, Speaker), sorted: raiser words (not
        an organisation's, not an official's post as in 人大代表王明; spoken to when
        written after 对/向/请), and the named residents."""
        text = self.text
        out = []
        blocked_ends = {b.end() for b in pattern("issue_blockers.txt").finditer(text)}
        phrase_start, last_end = -1, -1
        for r in pattern("issue_raisers.txt").finditer(text):
            # 居民代表, 村民小组长: one raiser phrase, its place written before the first word
            phrase_start = phrase_start if r.start() == last_end else r.start()
            last_end = r.end()
            if phrase_start in blocked_ends or self.official_at(r.end()):
                continue
            # 代表们 when the visiting officials are 人大代表: the bare head of their posts is them
            bare = phrase_start == r.start() and not HAN_CHAR.match(text, max(0, r.start() - 1))
            if (bare or text.startswith("们", r.end())) and phrase_start == r.start() and r.group(0) in self.official_heads:
                out.append((r.start(), Speaker(r.end(), False)))
                continue
            # 对居民表示感谢, 请大家多提意见: spoken to; 对居民反映的问题:居民 speak
            window = max(0, phrase_start - ADDRESSEE_SPAN)
            sentence_start = self.sentence_starts[max(0, bisect.bisect_right(self.sentence_starts, phrase_start) - 1)]
            if self.addressed(max(window, sentence_start), phrase_start) and not _acts().match(text, r.end()):
                out.append((r.start(), Speaker(r.end(), False)))
                continue
            # 王明与居民交流，提出…: residents met are the object; the one meeting them speaks
            if MET_RAISER.search(text, max(0, phrase_start - MET_SPAN), phrase_start):
                out.append((r.start(), Speaker(r.end(), False)))
                continue
            out.append((r.start(), Speaker(r.end(), True, self.place_before(phrase_start))))
        for name in self.residents:
            i = text.find(name)
            while i >= 0:
                out.append((i, Speaker(i + len(name), True)))
                i = text.find(name, i + 1)
        return sorted(out, key=lambda t: t[0])

    def official_speaks_at(self, pos: int) -> bool:
        """An official's name (not a cadre's) written at `pos`, followed by their remark (王明说，)."""
        i = bisect.bisect_left(self.mention_starts, pos)
        if i >= len(self.mentions) or self.mentions[i][0] != pos or self.mentions[i][2] in self.cadres:
            return False
        end = self.mentions[i][1]
        return bool(_official_acts().match(self.text, end, end + 6)) and self.text[end : end + 8].find("，") >= 0

    def cadre_place(self, name: str) -> int | None:
        """The community a cadre's post names (东湖社区党委书记 → 东湖社区)."""
        for post in self.officials[name].posts:
            chunk = parse_at(post, 0)
            if chunk:
                return self.places.add(chunk)
        return None

    def addressed(self, lo: int, pos: int) -> bool:
        """A person written at `pos` is spoken to (对居民表示感谢, 请街道所属社区的居民代表谈谈)."""
        return bool(_addressed().search(self.text, max(lo, pos - ADDRESSEE_SPAN), pos))

    def official_after(self, pos: int) -> bool:
        """A named official's mention starts at `pos` (after a title, 、 or a space)."""
        i = bisect.bisect_left(self.mention_starts, pos)
        return i < len(self.mention_starts) and self.mention_starts[i] - pos <= 1

    def official_at(self, pos: int) -> bool:
        i = bisect.bisect_left(self.mention_starts, pos)
        return i < len(self.mention_starts) and self.mention_starts[i] == pos and self.mentions[i][2] not in self.cadres

    def pronoun_is_raiser(self, pos: int, actors: list[Actor]) -> bool:
        """Whether 他/她 at `pos` refers to a raiser.

        The antecedent is the subject the sentence so far has named (the first
        person in it), else the subject of the latest earlier sentence of the
        paragraph that names a person.  Persons are officials (cadres count as
        raisers), single residents (一位老党员, 另一位村民) and named residents.
        """
        persons = [(a.start, a.name in self.cadres) for a in actors if a.kind == "name" and a.end <= pos]
        persons += [(r.start(), True) for r in _single_raiser().finditer(self.text, self.paragraph_start, pos)]
        for name in self.residents:
            i = self.text.find(name, self.paragraph_start, pos)
            while i >= 0:
                persons.append((i, True))
                i = self.text.find(name, i + 1, pos)
        persons = sorted(p for p in persons if p[0] >= self.paragraph_start)
        if not persons:
            return False
        last = persons[-1][0]
        stop = max(self.text.rfind(c, self.paragraph_start, last) for c in "。！？；")
        sentence_start = max(stop + 1, self.paragraph_start)
        return next(p for p in persons if p[0] >= sentence_start)[1]

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
            return None  # no place-type word (社区, 村…) ends there
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
        places = self.issue_places(scene, s)
        if speaker.place is not None and not scene.receiving:
            # raisers named with their place speak for it; a cadre's own community
            # counts when the scene says nothing else (a cadre may speak elsewhere)
            if not speaker.from_post or not places or any(self.related(speaker.place, p) for p in places):
                places = [speaker.place]
        named = {w for node in self.places.nodes for w in node.written}
        for label in items:
            if label in named:
                continue  # 对于B社区提出的…: a place of the report is no issue
            for pid in places:
                if (pid, label) in self.issue_keys:
                    continue
                self.issue_keys.add((pid, label))
                self.issues.append(IssueRecord(pid, label, categorise(label), scene.visitor, s.start, s.end))

    def issue_places(self, scene: Scene, s: Sentence) -> list[int]:
        if scene.at:
            return scene.at
        named = self.place_by_short_name(s)
        if named is not None:
            return [named]
        if self.raiser_place is not None and not scene.receiving:
            pid, at = self.raiser_place
            # the raisers' place holds until the report moves on to a new visit
            i = bisect.bisect_right(self.visit_starts, at)
            if i >= len(self.visit_starts) or self.visit_starts[i] > s.start:
                return [pid]
        # 来到X，王明察看了居民投诉的…: the stop this very sentence makes
        here = [v.place for v in self.visits if s.start <= v.start < s.end]
        if here:
            return self.places.most_specific(list(dict.fromkeys(here)))
        if scene.group:
            return scene.group
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

    def place_by_short_name(self, s: Sentence) -> int | None:
        """在X， opening the sentence, X a known place written without its type word
        (在中环花苑， for 中环花苑小区)."""
        m = SHORT_AT.match(self.text, s.start, s.end)
        if not m:
            return None
        short = m.group(1)
        for node in self.places.nodes:
            for w in node.written:
                hit = suffix_at(w, len(w)) if w.startswith(short) else None
                if hit and len(w) - hit[0] == len(short):
                    return node.id
        return None

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
            at = max((self.text.rfind(w, 0, pos) for w in node.written), default=-1)
            if at > best_at:
                best, best_at = node.id, at
        if best is None:
            best = self.admin_place_written_before(pos)
        return [best] if best is not None else []

    def admin_place_written_before(self, pos: int) -> int | None:
        """The last administrative place written before `pos` that no component
        registered (来到X街道Y村 in a sentence read as no visit), parsed here."""
        for m in reversed(list(ADMIN_SUFFIX.finditer(self.text, 0, pos))):
            end = m.end()
            for start in range(max(0, end - 16), end - 1):
                if start > 0 and self.text[start - 1] not in PLACE_OPENERS:
                    continue
                chunk = parse_at(self.text, start, end)
                # a name before the type word (进村 is no village)
                if chunk and chunk.end == end and chunk.leaf.level in ADMIN and len(chunk.leaf.text) >= 3:
                    return self.places.add(chunk)
        return None


# where an administrative place may end, and what may stand right before its name
ADMIN_SUFFIX = re.compile(rf"(?:街道|社区|居民区|居委会|村|镇|乡)(?![{HAN}]{{0,1}}(?:委|民|干部|党))")
PLACE_OPENERS = frozenset("，,。；;：:、“ \n到在赴走进入于")
# 与/同/跟 (+ the people's place and 的) right before a raiser: the people met
MET_RAISER = re.compile(r"[与同跟][^，,。；;、：:“”与同跟]{0,10}?$")
MET_SPAN = 11
# a place's possessive before an item: B小区的, B村里的
PLACE_OF = re.compile(r"(?:里|内|中)?的")
# what may stand right before a raisers' place: a boundary or a preposition (与B社区的居民)
PLACE_BEFORE_RAISER = frozenset("，,。；;：:、“ \n与同和跟向对在据及")
# acts whose bare object (居民投诉的X) is the complaint itself
COMPLAINT_ACTS = frozenset({"投诉", "反映", "反应"})
# head nouns that are themselves a raising (…的意见建议, 等诉求); the other heads
# (问题, 议题, 方面) close a topic only before a raising or discussion verb
OPINION_HEADS = ("意见", "建议", "诉求", "想法", "看法", "心声", "需求", "愿望", "设想", "急难愁盼")


@cache
def _clause_markers() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(setting openers, markers of another issue, purpose openers, contrast markers)
    of `issue_clause_markers.tsv`."""
    rows = table("issue_clause_markers.tsv")

    def role(*names):
        return re.compile(f"(?:{alternation(r[0] for r in rows if r[1] in names)})")

    return role("setting"), role("parallel", "request", "contrast"), role("purpose"), role("contrast")


@cache
def _problem() -> re.Pattern:
    """A problem predicate (`issue_problem_words.txt`): a lack, damage, nuisance, danger or request."""
    return pattern("issue_problem_words.txt")


@cache
def _question() -> re.Pattern:
    """A question opener (`issue_question_openers.txt`) at a clause's start, and 吗/呢 at its end."""
    return re.compile(f"^(?:{alternation(words('issue_question_openers.txt'))})|[吗呢]$")


@cache
def _continuation() -> re.Pattern:
    return pattern("issue_continuations.txt")


@cache
def _positive() -> re.Pattern:
    return pattern("issue_positive_words.txt")


@cache
def _treated() -> re.Pattern:
    """对/将/把 + a follow-up (对收集到的意见…): issues being dealt with, right before a head noun."""
    return re.compile(f"[对将把][^，。；]{{0,3}}?(?:{alternation(words('issue_followups.txt'))})[^，。；]{{0,3}}$")


@cache
def _bare_titles() -> re.Pattern:
    """Post-title heads (`post_titles.txt`) and 负责人, not raiser words (代表)."""
    raisers = set(words("issue_raisers.txt"))
    titles = [w for w in words("post_titles.txt") if w not in raisers and len(w) > 1] + ["负责人"]
    return re.compile(f"(?:{alternation(titles)})")


@cache
def _leading_act() -> re.Pattern:
    return re.compile(f"^(?:{alternation(w for w, shape in _act_shapes().items() if shape != 'say')})(?=.{{4}})")


@cache
def _act_words() -> re.Pattern:
    """The raising acts as plain words, wherever they stand (居民的反映)."""
    return re.compile(alternation(_act_shapes()))


@cache
def _speech_verbs() -> re.Pattern:
    return pattern("issue_speech_verbs.txt")


@cache
def _owner_de() -> re.Pattern:
    degrees = alternation(words("issue_act_degrees.txt"))
    return re.compile(f"(?:{alternation(list(_act_shapes()) + list(words('issue_raisers.txt')))})(?:{degrees})?的")


@cache
def _official_acts() -> re.Pattern:
    return re.compile(f"(?:[^，。；：:、]{{0,3}}?)(?:{alternation(words('issue_official_acts.txt'))})")


@cache
def _addressed() -> re.Pattern:
    return re.compile(f"(?:{alternation(words('issue_addressee_markers.txt'))})[^，。；：、]*$")


@cache
def _single_raiser() -> re.Pattern:
    """One resident: 一位/另一位/有位 + raiser, or a raiser followed by a name."""
    raisers = alternation(words("issue_raisers.txt"))
    return re.compile(f"(?:[一另有]位|一名|一个)[^，。；：、]{{0,4}}?(?:{raisers})")


@cache
def _surname_initials() -> frozenset[str] | None:
    """First characters of surnames (`surnames.txt`): only there can a name start,
    so only there is the analyser asked.  None when the lexicon is not shipped."""
    try:
        return frozenset(w[0] for w in words("surnames.txt"))
    except FileNotFoundError:
        return None


def named_residents(doc: Doc) -> list[str]:
    """Names written right after a raiser word (村民李小梅, 老党员王大山): their later
    bare mentions are residents speaking.  The lexical analyser decides what is a
    name (a PER word starting right after the raiser word); it reads a short
    window there, only where a word follows the raiser directly.

    >>> # 村民李小梅说，路灯坏了。李小梅又说，… -> ['李小梅']
    """
    text = doc.text.text
    initials = _surname_initials()
    found = [
        r
        for r in pattern("issue_raisers.txt").finditer(text)
        if NAME_MAY_START.match(text, r.end()) and (initials is None or text[r.end()] in initials)
    ]
    if not found:
        return []
    analyse_spans(doc, [(r.start(), min(len(text), r.end() + RESIDENT_WINDOW)) for r in found])
    starts = {r.end() for r in found}
    out = []
    for t in doc.ext.tokens:
        if t.tag == "PER" and t.start in starts and t.word not in doc.ext.officials and t.word not in out:
            out.append(t.word)
    return out


def is_cadre(posts: list[str]) -> bool:
    """A post at community or village level (X社区党委书记): its holder speaks for residents.

    A post naming a community-level unit (`issue_cadre_units.txt`) is a cadre's; a
    bare title after it (…社区书记、主任) shares it; a post of a higher body (副区长,
    区人大代表, 街道党工委书记) is not.

    >>> is_cadre(["东湖社区党委书记"]), is_cadre(["东湖社区书记", "主任"]), is_cadre(["副区长"])
    (True, True, False)
    """
    units = pattern("issue_cadre_units.txt")
    if not any(units.search(p) for p in posts):
        return False
    return all(units.search(p) or not HIGHER_BODY.search(p) for p in posts)


def trim(item: str) -> str:
    """An item's core: no leading connective, preposition or act, no closing head noun."""
    _, _, _, openers = _item_filters()
    item = item.strip(" \u3000：:“”‘’「」\"'()（）")
    for n in range(3):
        before = item
        item = openers.sub("", item)
        item = _leading_act().sub("", item)  # 希望尽快修复X: the request is X
        if n == 0:  # once: 比如就医排队 keeps its 就
            item = ITEM_TRIM_HEAD.sub("", item)
        # 此前居民提出的X, 群众的急难愁盼: the part after the last 'raiser/act + 的'
        m = None
        for m in _owner_de().finditer(item):
            pass
        if m and m.end() < len(item):
            item = item[m.end():]
        item = ITEM_TRIM_TAIL.sub("", item).strip()
        item = _without_place(item)
        if item == before:
            break
    return item


def _without_place(item: str) -> str:
    """An item without the place written before it (B小区的化粪池外溢 → 化粪池外溢):
    the place is the issue's subject node, not part of its label.

    >>> _without_place("东湖花园小区的地库渗水")
    '地库渗水'
    """
    chunk = parse_at(item, 0)
    if chunk is None:
        return item
    m = PLACE_OF.match(item, chunk.end)
    return item[m.end():] if m and len(item) - m.end() >= MIN_CLAUSE else item


def keep(item: str) -> bool:
    """Whether a trimmed item can be an issue: long enough, not vague, not a back-reference or follow-up."""
    generic, backref, followup, _ = _item_filters()
    if not (MIN_ITEM <= len(item) <= MAX_ITEM):
        return False
    if item in generic or backref.match(item) or followup.search(item) or THEME.search(item):
        return False
    if re.fullmatch(COUNT, item):
        return False  # 20余条: how many, not what
    if _positive().search(item) and not _problem().search(item):
        return False  # 满意率持续提升: a result, not an issue
    if _acts().search(item, len(item) - 2):
        return False  # 居民们联名来反映: the act, not its content
    return not item.endswith(tuple(generic)) or len(item) > 4


def split_items(items: str) -> list[str]:
    """A topic list cut into items: on 、，以及 还有, and on 和/及 between longer items.

    >>> split_items("门卫室漏雨、花坛缺人修剪以及广场灯太暗")
    ['门卫室漏雨', '花坛缺人修剪', '广场灯太暗']
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


@component(
    "issues", requires=("sentences", "tokens", "officials", "name_mentions", "places", "visits", "scenes"), assigns=("issues",)
)
def issues_component(doc: Doc) -> None:
    reader = IssueReader(doc)
    reader.read(doc.sentences)
    doc.ext.issues = reader.issues
