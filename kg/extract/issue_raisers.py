"""Who raises an issue: residents and the people who speak for them, or an official.

Raisers (`issue_raisers.txt`): residents and their representatives (居民, 村民代表,
大家, 一位老党员, 他们); a named person whose post is community-level
(`issue_cadre_units.txt`: X社区党委书记); a name written right after a raiser word
(村民李小梅); 他/她 when the last person named before it is a raiser.  The nearest
speaker before a raising act decides: a visiting official (a name not written
after 向/对…, their party, `issue_blockers.txt`) silences the frame, since an
official's own remarks are not residents' issues.  No speaker at all is allowed
(a topic heard at a meeting).
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from dataclasses import dataclass

from kg.analyse.component import analyse_spans, tokens_in
from kg.extract import issue_words
from kg.extract.actors import Actor
from kg.extract.guides import posted_post, village_organ_post
from kg.extract.issue_placement import IssuePlacement
from kg.extract.lexicons import alternation, compile_words, kind_words, organ_cadre_titles, pattern, words
from kg.extract.place_suffixes import ADMIN, SUFFIX_WINDOW, suffix_at
from kg.extract.place_parse import parse_at
from kg.extract.sentences import Sentence, clause_marks
from kg.extract.visit_patterns import COUNTED
from kg.pipeline import Doc
from kg.resources import surname_initials
from kg.text import HAN

# a post of a body above the community: a jurisdiction or an organ in it
HIGHER_BODY = re.compile(r"[省市县区镇乡委局厅办院]|街道|人大|政协")
# an organ of government (or a department) written before a unit head's title
# (a jurisdiction alone is none: 市场, 县医院 are units)
ORGAN_BEFORE = re.compile(r"[委局厅办]|街道|人大|政协|政府|法院|检察院|部门|单位")
JURISDICTION = re.compile(r"[省市县区]")  # a post opening with its jurisdiction is a government body's
HAN_CHAR = re.compile(f"[{HAN}]")
# a count of people right before a head (两位|代表, 几名|委员): the head counted
COUNTED_BEFORE = re.compile(f"{COUNTED}$")
BARE_TITLE_UNIT = issue_words.BARE_TITLE_UNIT  # 居委会主任: the unit written within this many characters before the title
ADDRESSEE_SPAN = 16  # 请 + the raisers' description: 请各小区推选的二十多位居民代表
# a name may follow a raiser word directly (村民李小梅), not a particle or a verb
NAME_MAY_START = re.compile(rf"[{HAN}](?<![们的都也还就等和与及对向在说反提希建纷一代])")
RESIDENT_WINDOW = 6  # a name of up to four characters and the word after it
# 与/同/跟 (+ the people's place and 的) right before a raiser: the people met
# (同 not after 在/到/于/自: 住在同心苑小区的X, a place name starting with the character;
# 与 and 跟 start no place name, and 在与居民交谈时 meets them)
# (同在屋里的邻居, 同住一楼的老人: 同 before 在/住 is the adverb "also", describing them; session 39, p138)
# (和 opening a clause, its subject the one before: ，和正在吃饭的老人们聊起家常 — the
# preposition, people met; 和 between two people, 老党员和居民们, joins speakers: session 46, fprec)
# (a verb of following up opening with one of them is no preposition: 跟进/跟踪居民此前反映的X
# follows up what the residents raised, who speak, as after 回访/督办: `issue_inquiry_verbs.txt`;
# session 56, fix56)
MET_VERBS = alternation([w for w in words("issue_inquiry_verbs.txt") if w[0] in "同与跟和"])
MET_RAISER = re.compile(
    rf"(?!{MET_VERBS})(?:(?<![在到于自])同(?![在住])|与|跟|(?<=[，,；;])和)[^，,。；;、：:“”与同跟和]{{0,10}}?$"
)
MET_SPAN = 11
# a clause boundary, and the coordination that joins two speakers (居民和王明)
CLAUSE_MARK = clause_marks(extra="“”")

# the disposal 把 opening an object in its clause (把企业遇到的难题摆上桌面), no mark of a
# clause after it: whatever it names up to the verb is the disposed thing, no speaker
# (not 一把手, 把关, 把握, 把脉: words holding 把)
DISPOSAL = re.compile(r"(?<!一)把(?![关握脉手])[^，,。；;：:！!？?\n]*$")


def disposed(text: str, lo: int, pos: int) -> bool:
    """Is `pos` inside the object of a disposal 把 of its clause (from `lo`): 大家把企业发展中
    遇到的难题摆上了桌面 — 企业 is part of what was laid out, not the one speaking.
    Session 49 (frec49).

    >>> disposed("大家把企业遇到的难题摆了出来", 0, 3), disposed("企业负责人反映", 0, 0), disposed("镇一把手和企业负责人", 0, 6)
    (True, False, False)
    """
    return DISPOSAL.search(text, lo, pos) is not None
COORDINATION = re.compile(r"[和与同跟及、]")
# what joins the items of a list of people (业委会主任X、物业经理Y; X和Y): each item its own title
LIST_JOIN = re.compile(r"[、和]")
PRONOUN_WORD = re.compile(r"[他她]们?")
# a raiser of many is no antecedent of 他/她 (kept in code: no fixture found in session 31 whose
# facts this guard changes, so as a lexicon no test would catch its loss; see docs/parser.md)
PLURAL_RAISER = re.compile(r"们|大家|有的|有人|群众")
SUBJECT_SPAN = 20  # a subject of a few words (and a relative clause, 向 + a person) before its verb
# the last word of a subject: a person, a common noun (牧民, 护理员) or a pronoun of many (大伙)
SUBJECT_HEADS = frozenset({"PER", "n", "nr", "nz", "r"})
MEETING_MODIFIER = 8  # 居民议事会, 村民代表座谈会: the words of a meeting's name before its head noun
NEAR_SUBJECT = 8  # a subject farther than this from its verb may be qualifying the true subject
REPORT_SPAN = 12  # a person, then 向 + the visitor's title and name, then 汇报
RELATIVE_GAP = 3  # characters between a raiser and the act of its relative clause (们普遍)
# a given name of one or two characters, then a marker of the person spoken to (向, 对, 跟) and
# a name or a title (楼道长方建国向区长介绍): read by `named_after`
NAME_TO_RECIPIENT = re.compile(rf"[{HAN}]{{1,2}}(?:{alternation(words('recipient_markers.txt'))})(?![们的])[{HAN}]")
OWN_CLAUSE = re.compile(r"[^，。；：:、！？!?“”]{1,8}，")  # 认真记录，: one short clause of the speaker's own
# a longer clause of the official's own (曾到A县、B区督导“X”办理情况，要求对群众反映集中的…等问题…):
# their trip or work, with no raiser in it, before the act of the clause after it
OWN_LONG_CLAUSE = re.compile(r"[^，。；：:！？!?]{9,24}，")
# adverbs between a relay frame's subject and its lead (委员们纷纷结合…, 冉雪梅也结合…)
RELAY_ADVERBS = re.compile(r"(?:还|也|都|又)?(?:分别|纷纷|各自|先后|积极|踊跃)?$")
RELAY_SPAN = 16  # characters of the frame's clause between its lead and its source (结合平时入户|走访)


def official_remark(text: str, at: int, pos: int) -> bool:
    """Does an official named right before `at` make a remark that covers `pos`:
    an official's act (`issue_official_acts.txt`) right after the name (王明表示，…),
    or opening the clause after one short clause of their own (张丽华认真记录，表示将把
    大家的意见整理成建议…: the promise is the deputy's, not a residents' issue)?
    Source: the newcomer's reports (session 24).

    >>> official_remark("张丽华认真记录，表示将把大家的意见整理成建议", 3, 20)
    True
    >>> official_remark("张丽华走进小区，居民表示停车难", 3, 14), official_remark("王明说，停车难", 2, 6)
    (False, True)
    >>> official_remark("王明曾到柳河区、青山区督导办理情况，要求对停车难等问题开展攻坚", 2, 30)
    True
    >>> official_remark("王明来到柳河区青山村居民家中，居民要求修路", 2, 20)
    False
    """
    if issue_words.official_acts().match(text, at, min(at + 6, pos)):
        return True
    clause = OWN_CLAUSE.match(text, at, pos)
    if not clause and (long := OWN_LONG_CLAUSE.match(text, at, pos)) and not pattern("issue_raisers.txt").search(long.group(0)) \
            and long.group(0).count("“") == long.group(0).count("”"):
        # (Source: FAULTS36, p110: a directive after the official's trip gave three issues)
        clause = long
    return bool(clause) and bool(pattern("issue_official_acts.txt").match(text, clause.end(), pos))


def opens_unit_type_word(text: str, start: int, end: int) -> bool:
    """Does the raiser word at text[start:end] open a longer type word of an administrative
    unit (`place_suffixes.tsv`, level district to community: 居民区, 居民委员会, 村民委员会)?
    Then it names the unit, not its residents, and sets no raisers' place for the
    sentences after it (`IssueReader.read`): `走访A居民区、B居民区和C小区，听取居民意见`
    made B the raisers' own place, and the first stop's paragraph after it filed its
    issues at B.  A type word of a site (村民小组) is no unit: 村民小组长 is a raiser.
    Source: PLACEB33 (p97-01: Shanghai's 居民区 is the community's usual type word).

    >>> opens_unit_type_word("走访桃源里居民区", 5, 7), opens_unit_type_word("居民代表", 0, 2)
    (True, False)
    """
    for length in range(end - start + 1, SUFFIX_WINDOW + 1):
        hit = suffix_at(text, start + length)
        if start + length <= len(text) and hit and hit[0] == length and hit[2] in ADMIN:
            return True
    return False


@dataclass
class Speaker:
    pos: int  # end of the mention
    raiser: bool
    place: int | None = None  # the place written before a raiser (B社区的居民代表), or a cadre's
    from_post: bool = False  # the place is the one a cadre's post names
    person: bool = False  # the analyser read a person's name (PER) as the subject


# a post in a village's or a residents' committee (X村党支部书记, X社区居委会主任, X嘎查达)
COMMUNITY_POST = pattern("issue_community_post_words.txt")


class Raisers:
    """The raisers of one report, and the speaker who decides a raising act."""

    def __init__(self, doc: Doc, placement: IssuePlacement):
        self.doc = doc
        self.text = doc.text.text
        self.places = placement.places
        self.place_before = placement.place_before
        self.stops = placement.visited  # places a visit went to
        self.officials = doc.ext.officials
        self.mentions = doc.ext.name_mentions
        self.mention_starts = [m[0] for m in self.mentions]
        self.cadres = {name for name, info in self.officials.items() if is_cadre(info.posts) or is_host(info.posts)}
        # a village cadre the report's observer goes along with (我跟着X村第一书记A出了门) makes the
        # report's rounds: what A says is the visitor's own remark, no resident's (FAULTS35_p105)
        self.cadres.discard(doc.ext.followed)
        # village cadres who are the report's only visitors (驻村第一书记A走访X寨; 第一书记A和村党支部书记B
        #开起板凳会, then A走访Y组) make its rounds: what they say there is the visitor's own remark,
        # as the observer's followed cadre's is (session 39: FAULTS39_p133 and _p134 found it apart)
        visiting = {v.official for v in doc.ext.visits}
        if visiting and visiting <= self.cadres:
            self.cadres -= visiting
        # deputies and members who speak for their voters (see `is_relayer`)
        self.relayers = {name for name, info in self.officials.items() if name not in self.cadres and is_relayer(info.posts)}
        # deputies who are also a village's or community's cadre (县人大代表、X村党支部书记):
        # what they say, as what a cadre says, speaks for their residents
        # (a village's or community's: not a company's or school's head, 公司总经理, whom
        # `is_cadre` counts as the host of a stop)
        self.cadre_deputies = {name for name in self.relayers if any(is_cadre([p]) and COMMUNITY_POST.search(p) for p in self.officials[name].posts)}
        self.sentence_starts = [s.start for s in doc.sentences] or [0]
        self.residents = named_residents(doc)
        # raiser words that end a visiting official's post (人大代表 → 代表)
        self.official_heads = {
            w
            for name, info in self.officials.items()
            if name not in self.cadres
            for post in info.posts
            for w in words("issue_raisers.txt")
            if post.endswith(w)
        }
        # the officials who visit somewhere in the report (the rest may host a stop)
        self.visitors = {v.official for v in doc.ext.visits}
        self.raisers = self.find_raisers()
        self.raiser_starts = [start for start, _ in self.raisers]
        self.relay_frames = self.find_relay_frames()

    def find_relay_frames(self) -> list[tuple[int, str | None]]:
        """The relay frames of the report: a deputy or member (a relaying deputy's name,
        `relayers`, or the bare head of their title, `duty_post_heads.txt` + 们: 委员们)
        right before a lead (`relay_frame_leads.txt`: 结合, 根据, 带着; adverbs between,
        `RELAY_ADVERBS`) whose clause names how they met their constituents or what they
        gathered from them (`relay_sources.txt`: 走访, 接待, 收集, 社情民意; or a raiser
        word, `issue_raisers.txt`: 群众, 选民).  Such a frame says that what the members
        go on to say is their constituents' (委员们结合各自走访情况发言。委员A认为，X),
        as 代表X反映 is: `relay_framed`.  Each frame is (its lead's position, the named
        subject, or None for the party of members).  The visiting party's leader (a
        post of government, `GOVERNMENT_POST`: 区政协副主席) is no relayer, and frames
        nothing.  Session 48 (frep48).

        >>> # "委员们结合各自走访情况发言" -> [(3, None)]; "委员们结合调研所见发言" -> []
        """
        text = self.text
        lead, source, heads = relay_frame_patterns()
        ends = {end: name for _start, end, name in self.mentions if name in self.relayers}
        frames: list[tuple[int, str | None]] = []
        for m in lead.finditer(text):
            clause = CLAUSE_MARK.search(text, m.end())
            stop = min(clause.start() if clause else len(text), m.end() + RELAY_SPAN)
            if not source.search(text, m.end(), stop):
                continue
            before = RELAY_ADVERBS.search(text, max(0, m.start() - 4), m.start())
            subject_end = before.start() if before else m.start()
            if subject_end in ends:
                frames.append((m.start(), ends[subject_end]))
            elif heads.search(text, max(0, subject_end - 3), subject_end):
                frames.append((m.start(), None))
        return frames

    def party_framed(self, start: int, end: int, pos: int, paragraph_start: int) -> bool:
        """Is text[start:end] the bare head of the members' title (`duty_post_heads.txt`, 们
        may follow: 委员们, 代表们), speaking at `pos` after a relay frame of the party of
        members in its paragraph (`find_relay_frames`: 委员们根据收集到的社情民意，提出X)?
        Then the members relay their constituents, as a named member does."""
        if self.text[start:end] not in words("duty_post_heads.txt"):
            return False
        return any(subject is None and paragraph_start <= at < pos for at, subject in self.relay_frames)

    def relay_pronoun(self, pos: int, actors: list[Actor], paragraph_start: int) -> bool:
        """Does 他/她 at `pos` refer to the named deputy of the paragraph's last relay frame
        before it, no other person being named in between (委员A结合走访群众了解到的情况
        发言。她说，X)?  The titles written before the deputy's name are theirs, no other
        person (县政协委员、乡卫生院院长A)."""
        framed = [(at, subject) for at, subject in self.relay_frames if paragraph_start <= at < pos]
        if not framed or framed[-1][1] is None:
            return False
        at, subject = framed[-1]
        return not any(a.kind in ("name", "pronoun") and at < a.start < pos and a.name != subject for a in actors)

    def relay_framed(self, name: str | None, pos: int, paragraph_start: int) -> bool:
        """Is `pos` (a relaying deputy `name` speaking, or a pronoun: None) after a relay
        frame (`find_relay_frames`) of its paragraph whose subject is that deputy or the
        party of members?  Then their remarks and sayings (认为, 说) relay residents."""
        return any(
            paragraph_start <= at < pos and (subject is None or name is None or subject == name)
            for at, subject in self.relay_frames
        )

    def gives_own_view(self, pos: int, end: int) -> bool:
        """Does the clause run from `pos` (a frame with no raising act there: 就A、B等…) to
        `end` give the speaker's own view (`issue_words.own_view`: 谈了看法) before any
        raising act?  A deputy doing so speaks their own mind.  Source: FAULTS37_p122.

        >>> # 委员们就A、B等谈了看法 -> True; 代表就A等问题反映了诉求 -> False
        """
        view = issue_words.own_view().search(self.text, pos, end)
        return view is not None and not issue_words.acts().search(self.text, pos, view.start())

    def speaker(self, s: Sentence, pos: int, actors: list[Actor], paragraph_start: int, verb: bool = False) -> Speaker | None:
        """The nearest speaker before `pos` when they are residents (or nobody).

        None when an official (or their party, or an organisation) is nearer,
        or when an official's own remark (王明表示，…) covers `pos`.  For a raising
        verb (`verb`) with no subject of its own, a raiser that only qualified a noun
        earlier (选民代表提出的X等问题进行了讨论，提出…) is not the subject.
        """
        text = self.text
        spoken_to = set(words("recipient_markers.txt"))
        lo = s.start
        candidates: list[Speaker] = []
        listed_officials: list[int] = []  # ends of the officials' names among the candidates
        spans = self.raiser_spans(lo, pos)
        for start, r in spans:
            if not r.raiser and self.party_framed(start, r.pos, pos, paragraph_start):
                candidates.append(Speaker(r.pos, True))  # 代表们结合走访选民的情况，提出X (frep48)
                continue
            if not r.raiser and text[start - 1 : start] in spoken_to:
                continue  # 老孟对代表们说: the visiting deputies are spoken to, not speaking
            if not r.raiser and self.addressed(lo, start):
                # 介绍了为老人送餐的情况，同时提出，X: people served or addressed (为/对/请 + them,
                # `issue_addressee_markers.txt`) are the object of someone's act, never the one
                # raising after it (session 37, p115-09: the cadre's 提出 lost to 老人)
                continue
            if not r.raiser and (text.startswith("的", r.pos) or self.object_of_raiser(spans, start)):
                continue  # 居民当着代表们的面说, 居民拉住代表们: a possessive, or the raisers' object
            if not (verb and self.relative_closed(r.pos, pos)):
                candidates.append(r)
        organisations: set[int] = set()  # ends of the organisations and parties among the candidates
        for b in pattern("issue_blockers.txt").finditer(text, lo, pos):
            # 社区工作人员: a blocker ending a longer raiser phrase is that raiser's head
            if text[b.start() - 1 : b.start()] in spoken_to:
                continue  # 对委员们说: the party spoken to
            if self.object_of_raiser(spans, b.start()):
                continue  # 居民们围着调研组: the party is the object of the raisers' verb
            if disposed(text, lo, b.start()):
                continue  # 大家把企业遇到的难题摆上桌面: the organisation is in the disposed object (session 49)
            if self.party_framed(b.start(), b.end(), pos, paragraph_start):
                # 委员们根据收集到的社情民意，提出X: the members relay (session 48, frep48)
                candidates.append(Speaker(b.end() + text.startswith("们", b.end()), True))
                continue
            if b.group(0) in UNIT_MEMBERS and unit_before(text, b.start()):
                candidates.append(Speaker(b.end(), True))  # 业委会委员X说: a member of the residents' own body
                continue
            if not any(start < b.start() and r.pos == b.end() for start, r in spans):
                candidates.append(Speaker(b.end(), False))
                organisations.add(b.end())
        # a title without a name (负责人表示, 区长说): an official, unless community-level
        for t in issue_words.bare_titles().finditer(text, lo, pos):
            if self.official_after(t.end()):
                continue  # the name that follows speaks (or is a cadre)
            if self.object_of_raiser(spans, t.start()):
                continue  # 摊主汤阿姐一见镇长就说: the official is the raiser's object
            if spoken_to & {text[t.start() - 1 : t.start()], text[t.start() - 2 : t.start() - 1]} or text.startswith("的", t.end()) or self.told(t.start()):
                continue  # 张大姐向区长反映, 向赵主任吐槽 (a surname before the title), 拉着区长的手说, 告诉书记: spoken to, or a possessive
            if self.addressed(lo, t.start()):
                continue  # 他对镇水利站负责人说：“…”: the unit's head is spoken to, however long its unit's name (FAULTS37_p120)
            candidates.append(Speaker(t.end(), self.title_speaks_for_residents(lo, t)))
        for a in actors:
            if not (lo <= a.start < pos):
                continue
            if a.kind in ("name", "pronoun") and self.object_of_raiser(spans, a.start, a.name if a.kind == "name" else None):
                continue  # 张大爷拦住王明说, 村民指着水渍向他反映: the raiser speaks
            if a.kind == "name":
                if text[a.start - 1 : a.start] in spoken_to or text.startswith("的", a.end) or self.told_person(a.start):
                    continue  # spoken to (向王明, 告诉王明), or a possessive (拉着王明的手说)
                cadre = a.name in self.cadres
                if not cadre and a.name not in self.visitors and (self.reports(a.end, pos) or self.announces(a.end, pos)):
                    # 街道党工委书记X汇报了…困难：A；B: the host reporting to the visitors
                    candidates.append(Speaker(a.end, True))
                    continue
                if a.name in self.relayers and self.relay_framed(a.name, a.start, paragraph_start):
                    # 委员们结合各自走访情况发言。委员A认为，X: a member speaking after a relay
                    # frame of theirs speaks for their constituents, even in a remark (认为)
                    # or a saying (说) (session 48, frep48)
                    candidates.append(Speaker(a.end, True))
                    continue
                if not cadre and a.name not in self.cadre_deputies and official_remark(text, a.end, pos):
                    if self.relayed(spans, a.end, pos):
                        continue
                    return None  # the official's own remark runs to the end of the sentence
                said = issue_words.acts().match(text, pos)
                if a.name in self.relayers and not said and self.gives_own_view(pos, s.end):
                    # 委员X、Y就A、B等谈了看法: the members' own views on the topics, no relay
                    # of what residents raised (FAULTS37_p122)
                    candidates.append(Speaker(a.end, False))
                    listed_officials.append(a.end)
                    continue
                if a.name in self.relayers and (a.name in self.cadre_deputies or not (said and issue_words.act_shapes()[said.group("act")] == "say")):
                    # 王明代表反映，X: a deputy relays what voters raised (a proposal of
                    # their own, 王明代表建议, is theirs: `issue_words.deputy_proposes`);
                    # what they say (王明说，…) is their own words, in which residents
                    # raising in a clause of their own are heard (`relayed`); a deputy who is
                    # also a cadre of a unit (省人大代表、A村党总支书记X) speaks for that unit as
                    # a cadre does (session 41, FAULTS41_p146)
                    own = a.name in self.cadre_deputies
                    candidates.append(Speaker(a.end, True, self.cadre_place(a.name) if own else None, own))
                    continue
                candidates.append(Speaker(a.end, cadre, self.cadre_place(a.name) if cadre else None, cadre))
                if not cadre:
                    listed_officials.append(a.end)
            elif a.kind == "pronoun":
                if text[a.start - 1 : a.start] in spoken_to:
                    continue  # 向他反映: spoken to
                raiser = self.pronoun_is_raiser(a.start, actors, paragraph_start) and not self.addressed(lo, a.start)
                if not raiser and self.relay_pronoun(a.start, actors, paragraph_start) and not self.addressed(lo, a.start):
                    # 委员A结合走访群众了解到的情况发言。她说，X: a relaying deputy after their
                    # relay frame speaks for constituents in what they say (session 48, frep48)
                    raiser = True
                said = issue_words.acts().match(text, pos)
                if not raiser and not (said and issue_words.act_shapes()[said.group("act")] == "say") and not official_remark(text, a.end, pos) \
                        and not issue_words.remark_acts().match(text, pos) \
                        and self.pronoun_is_raiser(a.start, actors, paragraph_start, relayers_raise=True) and not self.addressed(lo, a.start):
                    # 市人大代表X长期联系这个小区，她向视察组归纳了居民的诉求：A；B: 她 is a
                    # relaying deputy, who relays as when named (王明代表反映，X); what they
                    # say (她说，…) or remark (他表示，将…) stays their own words (FAULTS44_p156)
                    raiser = True
                if not raiser and issue_words.official_acts().match(text, a.end, min(a.end + 6, pos)):
                    if self.relayed(spans, a.end, pos):
                        continue
                    return None
                candidates.append(Speaker(a.end, raiser))
            elif text[a.start - 1 : a.start] in spoken_to:
                continue  # 向检查组倒苦水: the party spoken to
            elif residents_unit(text, a.start, a.end):
                continue  # 村民小组长李某说: the residents' unit (村民小组), not the visiting party
            elif not self.object_of_raiser(spans, a.start):  # 村民拉着调研组: the object
                candidates.append(Speaker(a.end, False))
        # 与会人员就A、B等问题提出建议: a clause opened by a participant word has the
        # meeting's participants for subject, not the official who convened it; a raiser
        # word, an organisation or a title after it ends later and so still decides
        # (出席会议，提出…: a participant verb with the meeting for object has the
        # official for subject; 出席会议的居民 is a participant phrase again)
        # (出席居民议事会，提出…: the meeting's name may hold modifiers before its head;
        # 参加座谈的人员: a participant verb makes participants only as a relative clause)
        for m in participant_openers().finditer(text, lo, pos):
            if m.start() == lo or CLAUSE_MARK.match(text, m.start() - 1):
                meeting = meeting_object().match(text, m.end())
                relative = bool(meeting) and text.startswith("的", meeting.end())
                if relative or not meeting and m.group(0) not in words("issue_participant_verbs.txt"):
                    candidates.append(Speaker(m.end(), True))
        # (an act in quotes, 向区长“吐槽”：, is in the clause of its subject)
        quoted = 1 if text[pos - 1 : pos] in "“「" else 0
        clause = max([lo, *(m.end() for m in CLAUSE_MARK.finditer(text, lo, pos - quoted))]) if verb else lo
        if verb and not any(c.pos > clause for c in candidates):
            subject = self.clause_subject(clause, pos)
            if subject is not None:
                candidates.append(subject)
        if not candidates:
            return Speaker(-1, True)
        nearest = max(candidates, key=lambda c: (c.pos, not c.raiser))
        far = nearest.raiser and pos - nearest.pos > NEAR_SUBJECT
        if verb and nearest.pos > clause and (far or nearest.pos in organisations):
            # 沿线商户、经营小吃店的郑师傅说, 公司创始人小郝向区长吐槽: a raiser word or an
            # organisation qualifies the person named after it in the clause, who is
            # the subject the analyser reads (a person holding no post speaks)
            later = self.clause_subject(nearest.pos, pos)
            if later is not None and later.pos > nearest.pos and (far or later.person):
                nearest = later
        if nearest.raiser and self.official_in_list(spans, listed_officials, nearest):
            return None  # 副区长X、居民Y反映: the subject holds an official, whose words are no issue
        return nearest if nearest.raiser else None

    def official_in_list(self, spans: list[tuple[int, Speaker]], officials: list[int], nearest: Speaker) -> bool:
        """Is an official (a name holding a post that is no cadre's, ending at one of
        `officials`) an item of the list of people whose last item is the raiser
        `nearest` (副区长X、居民Y反映; 居民Y、副区长X反映 is read by `object_of_raiser`)?
        The items are joined by `COORDINATION` with no clause mark between; a raiser
        word must open the item right after the official's.  What an official says is
        no issue (the gold's convention), and a joint subject says it together.

        >>> # "副区长李四、居民张三反映…" at 张三 -> True; "李四与居民座谈时，居民反映" -> False
        """
        text = self.text
        for end in officials:
            if end >= nearest.pos or not COORDINATION.match(text, end) or CLAUSE_MARK.search(text, end, nearest.pos):
                continue
            if any(r.raiser and start == end + 1 and r.pos <= nearest.pos for start, r in spans):
                return True
        return False

    def reports(self, end: int, pos: int) -> bool:
        """Does a reporting act (`issue_acts.tsv` shape report: 汇报) follow the person
        ending at `end` in their clause, before `pos` (X汇报了…, X向王明汇报说, X汇报时坦言)?"""
        clause = CLAUSE_MARK.search(self.text, end, pos)
        stop = min(pos + 2, clause.start() if clause else pos + 2, end + REPORT_SPAN)
        return any(
            issue_words.act_shapes()[a.group("act")] == "report" for a in issue_words.acts().finditer(self.text, end, stop)
        )

    def announces(self, end: int, pos: int) -> bool:
        """Does the person ending at `end` speak (a raising act or remark, `issue_acts.tsv`,
        `issue_official_acts.txt`: 说, 介绍) and announce, right after, the difficulties
        their items are (`issue_words.announcing_head`: 镇长X说，镇里的困难一是A，二是B)
        before `pos`?  A host who is no visitor then speaks for the people of the place,
        as one reporting (`reports`) does.  Session 17 (the known open items).

        >>> # "青岚镇镇长韦东说，镇里的困难一是…" at 韦东's end -> True
        """
        act = issue_words.acts().match(self.text, end, pos + 2) or issue_words.official_acts().match(self.text, end, pos + 2)
        return bool(act) and bool(issue_words.announcing_head().match(self.text, act.end()))

    def relayed(self, spans: list[tuple[int, Speaker]], remark: int, pos: int) -> bool:
        """An official's remark (starting at `remark`) that reports residents raising
        issues: a raiser opening a clause after the remark's first clause boundary is
        the subject of the raising act at `pos`, with at most a few adverbs between (王代表说，她走访了
        六个楼栋，居民们集中反映三件事：…).  The act is the residents' own; so is a head
        noun listing items right after the raisers (她说，收集到的居民意见集中在：A；B)."""
        boundary = CLAUSE_MARK.search(self.text, remark, pos)
        if boundary is None:
            return False
        # 她说，收集到的居民意见主要集中在：A；B: the raisers own the head noun that lists
        # the items, wherever their clause opens (session 16)
        possessed = issue_words.head_then_items().match(self.text, pos) is not None
        return any(
            r.raiser
            and start >= boundary.end()
            and 0 <= pos - r.pos <= RELATIVE_GAP
            # the raisers open their clause (，居民们反映; a time word may come first: ，当前群众反映):
            # the subject, not a noun's modifier (代表建议)
            and (CLAUSE_MARK.match(self.text, start - 1) or r.place is not None or self.time_before(start) or self.share_before(start) or possessed
                 or heard_lead().search(self.text, max(0, start - HEARD_SPAN), start) is not None)
            for start, r in spans
        )

    def share_before(self, start: int) -> bool:
        """Is the clause before `start` opened only by a share or a place's modifier of
        the raisers (`RAISER_LEAD`: ，不少居民反映; ，沿街商户反映) — so the raisers still
        open it as its subject?  Session 16, the fresh readable sets.

        >>> # "他说，沿街商户反映…" at 商户 -> True; "代表建议…" -> False
        """
        mark = max(self.text.rfind(c, max(0, start - 6), start) for c in "，,。；;：:！!？?\n")
        return mark >= 0 and RAISER_LEAD.fullmatch(self.text, mark + 1, start) is not None

    def time_before(self, start: int) -> bool:
        """Does a present-time word (`issue_time_contrast.tsv` present: 当前, 目前) open the
        clause right before `start`, with nothing else between?"""
        mark = max(self.text.rfind(c, max(0, start - 8), start) for c in "，,。；;：:！!？?\n")
        return mark >= 0 and self.text[mark + 1 : start] in present_words()

    def title_speaks_for_residents(self, lo: int, title: re.Match) -> bool:
        """Does a title written without a name (a `issue_words.bare_titles` match in
        a clause from `lo`) speak for residents: a community-level unit within
        BARE_TITLE_UNIT characters before it (`issue_cadre_units.txt`: 居委会主任;
        the unit may share characters with the title, 楼组长), a unit's head
        (`unit_head`: 卫生院院长, 站长) or an office's (`office_head`: 民政办负责人)?

        >>> # "卫生院院长提出…" at 院长 -> True; "区卫健局副局长表示…" at 副局长 -> False
        """
        cadre = pattern("issue_cadre_units.txt").search(self.text, max(lo, title.start() - BARE_TITLE_UNIT), title.end())
        return bool(cadre) or self.unit_head(lo, title) or office_head(self.text, lo, title)

    def title_raisers(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """(start, end) of the titles written without a name in [lo, hi) that speak
        for residents (`title_speaks_for_residents`: 卫生院院长, 村委会主任, 站长),
        a name not following them (the named person is an actor of their own).
        Source: PLACEMENT29 (…，卫生院院长提出X: the head's clause is a raising of its own).

        >>> # "…排水不畅，卫生院院长提出缺少医生" -> the span of 院长
        """
        out = []
        for t in issue_words.bare_titles().finditer(self.text, lo, hi):
            if not self.official_after(t.end()) and self.title_speaks_for_residents(lo, t):
                out.append(t.span())
        return out

    def unit_head(self, lo: int, title: re.Match) -> bool:
        """A title naming the head of a unit (`post_unit_titles.txt`: 院长, 站长,
        理事长) with no organ of government written before it in its clause
        (院长唐晓梅汇报, 站长介绍; not 区法院院长, 相关部门负责人): the host of the
        stop, who speaks for the people it serves.

        An organ written in an earlier item of a list of raisers (业委会主任X、物业经理Y
        反映, 社区党委书记X和物业经理Y反映: each item a title and a name) is that item's:
        the title's own item starts after the list separator (`LIST_JOIN`).

        >>> # "站长介绍，…" -> True; "区卫健局副局长" is no unit title
        >>> # "业委会主任孙某、物业经理钱某反映" at 经理 -> True (委 is the first item's)
        """
        if title.group(0) not in unit_titles():
            return False
        marks = (*CLAUSE_MARK.finditer(self.text, lo, title.start()), *LIST_JOIN.finditer(self.text, lo, title.start()))
        item = max([lo, *(m.end() for m in marks)])
        return not ORGAN_BEFORE.search(self.text, item, title.start())

    def person_before(self, start: int, end: int) -> Speaker | None:
        """The first person the analyser finds in text[start:end] when they hold no
        post (商户郑大姐拉着…的手说) or a community cadre's post: a resident speaking;
        None when an official or a pronoun comes first, or nobody is named."""
        analyse_spans(self.doc, [(start, end)])
        for t in tokens_in(self.doc.ext.tokens, start, end):
            if t.tag == "r" and PRONOUN_WORD.fullmatch(t.word):
                return None
            if t.tag == "PER":
                if t.word in self.cadres:
                    # “…”社区书记甘某说: a community cadre speaks for the residents
                    return Speaker(t.end, True, self.cadre_place(t.word), True)
                if t.word in self.officials or self.official_after(t.start):
                    return None
                return Speaker(t.end, True)
        return None

    def told(self, pos: int) -> bool:
        """A person written at `pos` right after a recipient marker (`recipient_markers.txt`:
        向/对/给…) or an act of telling (`issue_acts.tsv` shape tell: 告诉区长): spoken to."""
        text = self.text
        if text[pos - 1 : pos] in words("recipient_markers.txt"):
            return True
        return any(text.endswith(act, 0, pos) for act, shape in issue_words.act_shapes().items() if shape == "tell")

    def told_person(self, pos: int) -> bool:
        """A person named at `pos` is the one told (`told`), maybe after their title
        (告诉王明, 告诉副区长王明)."""
        if self.told(pos):
            return True
        title = issue_words.bare_titles().search(self.text, max(0, pos - 8), pos)
        return bool(title) and title.end() == pos and self.told(title.start())

    def named_after(self, pos: int) -> bool:
        """A name starts at `pos`, right after a raiser word (楼栋长|付大姐): a known name,
        a named resident, or a person the analyser reads (PER)."""
        if self.official_after(pos) or self.resident_at(pos):
            return True
        initials = surname_initials()
        if (initials is None or self.text[pos : pos + 1] in initials) and self.raiser_spans(pos + 1, pos + 3):
            return True  # 付|大姐: a surname then an address word (a raiser word) is a name too
        if initials is not None and self.text[pos : pos + 1] in initials and NAME_TO_RECIPIENT.match(self.text, pos + 1):
            # 楼道长|方建国向区长介绍: a surname, a given name, then someone spoken to; the analyser
            # may join the surname to the raiser word before it (长方, 长江) and read no person.
            # Source: FAULTS36 (p110: a cadre's three listed hurdles lost so)
            return True
        # a rare surname (喇大爷) is not on the list: the analyser's PER decides
        analyse_spans(self.doc, [(pos, min(len(self.text), pos + RESIDENT_WINDOW))])
        return any(t.tag == "PER" and t.start == pos for t in tokens_in(self.doc.ext.tokens, pos, pos + RESIDENT_WINDOW))

    def object_of_raiser(self, spans: list[tuple[int, Speaker]], pos: int, name: str | None = None) -> bool:
        """A person written at `pos` after a raiser in the same clause, a verb or
        preposition between them (拦住王明说, 拉着王明的手说, 指着水渍向他反映): the
        object of the raiser's act, not a speaker.  A raiser word ending one of the
        posts of `name`, a deputy who is a village's cadre (县人大代表、X村党支部书记王某:
        代表), is that official's title, not another speaker."""
        # (only for a deputy who is a village's cadre: another deputy's own words read so
        # are theirs, and a resident raising inside them, 不少家长向她反映, is heard by the
        # reading of the raisers alone; session 14, p20's golds)
        # (session 16: any relaying deputy's, 区人大代表、区医院护士长张燕反映: 代表 is her title)
        posts = self.officials[name].posts if name in self.relayers else ()
        for start, r in spans:
            if not r.raiser or r.pos >= pos:
                continue
            if any(self.text.endswith(p, 0, r.pos) for p in posts):
                continue
            between = self.text[r.pos : pos]
            if between and not CLAUSE_MARK.search(between) and not COORDINATION.fullmatch(between):
                if name and self.listed_with_post(between, name):
                    continue  # 居民Y、副区长X反映: X is the list's next item, not Y's object
                return True
        return False

    def listed_with_post(self, between: str, name: str) -> bool:
        """Is `between` (the text from a raiser to the official `name`) a list's joint
        and the official's own post (居民Y、副区长X: `、副区长`), so the official is the
        next item of the raiser's list, not the object of their act?

        >>> # between "、副区长" or "张三、副区长" (张三 a named resident) for an official
        >>> # holding 副区长 -> True; "拦住" -> False
        """
        joint = max((m.start() for m in COORDINATION.finditer(between)), default=-1)
        if joint < 0 or name not in self.officials or between[:joint] not in ("", *self.residents):
            return False  # (居民|张三、副区长: the raiser's own name may come before the joint)
        title = between[joint + 1 :]
        return bool(title) and any(post.endswith(title) or title.endswith(post) for post in self.officials[name].posts)

    def clause_subject(self, clause: int, pos: int) -> Speaker | None:
        """The subject of a raising verb at `pos` whose clause (from `clause`) names no
        known speaker, read from the analyser's words: the words before the clause's
        first verb or preposition.  A person (PER) who holds no post, or a common noun
        (牧民图门说, 护理员反映, 村支书邱长林介绍), is someone speaking for residents;
        an organisation (ORG) is not.  None when the clause has no subject."""
        if pos - clause > SUBJECT_SPAN or pos <= clause:
            return None
        if ba := DISPOSAL.search(self.text, clause, pos):
            # 老王把我拉到一边说 / ，把X的烦心事摆了出来: the subject stands before the disposal 把,
            # what follows it is the object (none before it: the subject is left out; session 49)
            pos = ba.start()
            if pos <= clause:
                return None
        # the act whole (钱立新坦言: cut after 坦, the analyser reads 钱立新坦 as a name)
        analyse_spans(self.doc, [(clause, min(len(self.text), pos + 2))])
        words_ = tokens_in(self.doc.ext.tokens, clause, pos)
        # 卖肉的王师傅接着说, 板岭街的个体户覃师傅提出, 在路口开茶馆的X说: a relative
        # clause or a possessive before the subject's head noun; the subject is what
        # follows the latest 的 after which the words up to a verb or preposition
        # (向/对 + the person spoken to) end in a person or a noun
        subject = []
        for i in reversed([i for i, t in enumerate(words_) if t.tag == "u" and t.word == "的"]):
            subject = self._subject(words_[i + 1 :])
            if subject and subject[-1].tag in SUBJECT_HEADS:
                break
        if not subject or subject[-1].tag not in SUBJECT_HEADS:
            subject = self._subject(words_)
        # 小郝向赵主任“吐槽”: a person after 向/对 (read into the word before it) is spoken to
        spoken_to = set(words("recipient_markers.txt"))
        cut = next((i for i, t in enumerate(subject) if i and self.text[t.start - 1 : t.start] in spoken_to), len(subject))
        subject = subject[:cut]
        if not subject or subject[-1].tag not in SUBJECT_HEADS:
            return None
        if subject[-1].word in issue_words.head_words():
            return None  # 把收集到的意见形成建议: what is raised (issue_heads.txt, 意见) is no one speaking
        if any(t.word in self.officials and t.word not in self.cadres for t in subject):
            return Speaker(subject[-1].end, False)
        if subject[-1].tag != "PER" and any(t.tag == "ORG" for t in subject):
            # an organisation speaks for itself; a person holding no post after a word
            # the analyser reads as one (果农/ORG 马金宝/PER 告诉…) is a resident
            return Speaker(subject[-1].end, False)
        return Speaker(subject[-1].end, True, person=any(t.tag == "PER" for t in subject))

    @staticmethod
    def _subject(tokens) -> list:
        """The words before the first verb or preposition (adverbs and times before them skipped)."""
        subject: list = []
        for i, t in enumerate(tokens):
            if t.tag == "v" and not subject and Raisers._modifies_person(tokens[i + 1 :]):
                subject.append(t)  # 种植/v 大户/n X/PER告诉…: the verb qualifies the person's noun
                continue
            if t.tag in ("v", "p", "vd", "c", "u", "w"):  # vn (退休教师) is nominal
                break
            if t.tag in ("m", "q", "mq") and subject and subject[-1].tag in SUBJECT_HEADS:
                break  # 陈伯第一个开口: a numeral after the subject's head opens the predicate
            if t.tag in ("TIME", "d", "ad"):
                if subject:
                    break  # 王师傅接着说: an adverb after the subject
                continue  # 目前, 还, 也 before the subject
            subject.append(t)
        return subject

    @staticmethod
    def _modifies_person(tokens) -> bool:
        """Do `tokens`, the words after a verb opening a clause, make it a noun phrase's
        modifier: common nouns, then a person the analyser names, then nothing
        (种植/v 大户/n 马海木呷/PER, 养殖/v 能手/n X/PER before the raising act: an
        occupation named by its work, which the analyser reads as a verb or a noun by
        context, `vn` in one report and `v` in another)?  Session 46 (frec)."""
        nouns = 0
        for n, t in enumerate(tokens):
            if t.tag == "n" and n == nouns:
                nouns += 1
                continue
            return t.tag == "PER" and nouns > 0 and n == len(tokens) - 1
        return False

    def raiser_mentions(self, lo: int, hi: int) -> list[Speaker]:
        """Raisers written in [lo, hi) (see `find_raisers`)."""
        return [sp for _, sp in self.raiser_spans(lo, hi)]

    def raiser_spans(self, lo: int, hi: int) -> list[tuple[int, Speaker]]:
        """(start, Speaker) of the raisers written in [lo, hi)."""
        i = bisect.bisect_left(self.raiser_starts, lo)
        j = bisect.bisect_left(self.raiser_starts, hi)
        return [(start, sp) for start, sp in self.raisers[i:j] if sp.pos <= hi]

    def relative_closed(self, end: int, pos: int) -> bool:
        """The raiser ending at `end` only qualifies a noun (选民代表提出的X等问题) and
        that noun phrase has ended, at a clause boundary, before `pos`: the raiser is
        not the subject of what follows (…进行了讨论，提出可行的方案 is the officials')."""
        for gap in range(RELATIVE_GAP + 1):  # 们, an adverb (普遍) before the act
            act = issue_words.acts().match(self.text, end + gap, pos)
            if act:
                break
            if issue_words.CLAUSE_STOP.match(self.text, end + gap):
                return False
        if not act or act.group("degree") != "的":
            return False
        return bool(issue_words.CLAUSE_STOP.search(self.text, act.end(), pos))

    def find_raisers(self) -> list[tuple[int, Speaker]]:
        """Every raiser of the report, as (start, Speaker), sorted: raiser words (not
        an organisation's, not an official's post as in 人大代表王明; spoken to when
        written after 对/向/请), and the named residents."""
        text = self.text
        out = []
        # 部门代表: an organisation's people are not residents; but a unit of the community
        # level (`issue_cadre_units.txt`: 企业代表, 公司代表) speaks as its cadres do
        units = pattern("issue_cadre_units.txt")
        blocked_ends = {b.end() for b in pattern("issue_blockers.txt").finditer(text) if not units.fullmatch(b.group(0))}
        phrase_start, last_end = -1, -1
        for r in pattern("issue_raisers.txt").finditer(text):
            # 居民代表, 村民小组长: one raiser phrase, its place written before the first word
            phrase_start = phrase_start if r.start() == last_end else r.start()
            last_end = r.end()
            if phrase_start in blocked_ends or self.official_at(r.end()):
                continue
            # 代表们 when the visiting officials are 人大代表: the bare head of their posts is them;
            # so is the head counted (两位代表, 几名委员: visit_patterns.COUNTED, session 27)
            bare = phrase_start == r.start() and (
                not HAN_CHAR.match(text, max(0, r.start() - 1)) or bool(COUNTED_BEFORE.search(text, max(0, r.start() - 4), r.start()))
            )
            if (bare or text.startswith("们", r.end())) and phrase_start == r.start() and r.group(0) in self.official_heads:
                out.append((r.start(), Speaker(r.end(), False)))
                continue
            # 同楼的居民, 对门的几户居民: a modifier opening with 同/对 describes them; the
            # marks of people met or spoken to are looked for before it
            modified = modifier_start(text, phrase_start)
            # 对居民表示感谢, 请大家多提意见: spoken to; 对居民反映的问题:居民 speak
            window = max(0, modified - ADDRESSEE_SPAN)
            sentence_start = self.sentence_starts[max(0, bisect.bisect_right(self.sentence_starts, phrase_start) - 1)]
            # (对居民说: the act is the speaker's, addressed to them; only an act
            # qualifying a noun, 对居民反映的问题, is theirs)
            act = issue_words.acts().match(text, r.end() + text.startswith("们", r.end()))
            if self.addressed(max(window, sentence_start), modified) and not (act and act.group("degree")):
                out.append((r.start(), Speaker(r.end(), False)))
                continue
            # 王明与居民交流，提出…: residents met are the object; the one meeting them speaks;
            # 与会代表: a meeting's own deputies or delegates (`participant_deputies`)
            if self.met_at(modified) or (phrase_start == r.start() and participant_deputies(text, r.start(), r.end())):
                out.append((r.start(), Speaker(r.end(), False)))
                continue
            out.append((r.start(), Speaker(r.end(), True, self.place_before(phrase_start))))
        # X小区居民代表|某某说: a resident named right after a raiser word written with its
        # place speaks for that place when the officials visited it, as the unnamed raiser
        # would (session 44, p136-01); one named resident places no later sentence
        # (`IssueReader.read`: carried on, a sealed report lost three issues)
        placed_before = {sp.pos: sp.place for _, sp in out if sp.raiser and sp.place in self.stops}
        for name in self.residents:
            i = text.find(name)
            while i >= 0:
                out.append((i, Speaker(i + len(name), True, placed_before.get(i))))
                i = text.find(name, i + 1)
        # 承包户们表示, 有菜商反映: an agent noun read by its form (where no raiser word is)
        # (小区商户表示: a raiser word ending the noun already reads it)
        ends = {sp.pos for _, sp in out}
        out += [(start, Speaker(end, True, self.place_before(start))) for start, end in agent_raisers(text) if end not in ends]
        # 老李说暖气不热: a resident called by a familiar prefix and the surname (session 57)
        ends = {sp.pos for _, sp in out}
        out += [(start, Speaker(end, True, self.place_before(start))) for start, end in familiar_raisers(text)
                if end not in ends and text[start:end] not in self.officials]
        return sorted(out, key=lambda t: t[0])

    def met_at(self, start: int) -> bool:
        """The raisers written at `start` are people met (与/同/跟 + their place + them:
        与青杉社区的居民, 同村民代表), the object of the one meeting them; not when the
        与 opens a participant word (`participant_at`: 与会居民代表, who speak)."""
        met = MET_RAISER.search(self.text, max(0, start - MET_SPAN), start)
        return bool(met) and not participant_at(self.text, met.start())

    def resident_at(self, pos: int) -> bool:
        """A named resident (see `named_residents`) is written at `pos` (村民|李小梅)."""
        return any(self.text.startswith(name, pos) for name in self.residents)

    def official_speaks_at(self, pos: int) -> bool:
        """An official's name (not a cadre's) written at `pos`, followed by their remark (王明说，)."""
        i = bisect.bisect_left(self.mention_starts, pos)
        if i >= len(self.mentions) or self.mentions[i][0] != pos or self.mentions[i][2] in self.cadres:
            return False
        end = self.mentions[i][1]
        return bool(issue_words.official_acts().match(self.text, end, end + 6)) and self.text[end : end + 8].find("，") >= 0

    def cadre_place(self, name: str) -> int | None:
        """The community a cadre's post names (东湖社区党委书记 → 东湖社区)."""
        for post in self.officials[name].posts:
            chunk = parse_at(post, 0)
            if chunk:
                return self.places.add(chunk)
        return None

    def addressed(self, lo: int, pos: int) -> bool:
        """A person written at `pos` is spoken to (对居民表示感谢, 请街道所属社区的居民代表谈谈)."""
        return bool(issue_words.addressed().search(self.text, max(lo, pos - ADDRESSEE_SPAN), pos))

    def official_after(self, pos: int) -> bool:
        """A named official's mention starts at `pos` (after a title, 、 or a space)."""
        i = bisect.bisect_left(self.mention_starts, pos)
        return i < len(self.mention_starts) and self.mention_starts[i] - pos <= 1

    def official_at(self, pos: int) -> bool:
        i = bisect.bisect_left(self.mention_starts, pos)
        return i < len(self.mention_starts) and self.mention_starts[i] == pos and self.mentions[i][2] not in self.cadres

    def pronoun_is_raiser(self, pos: int, actors: list[Actor], paragraph_start: int, relayers_raise: bool = False) -> bool:
        """Whether 他/她 at `pos` refers to a raiser.

        The antecedent is the subject the sentence so far has named (the first
        person in it), else the subject of the latest earlier sentence of the
        paragraph that names a person.  Persons are officials (cadres count as
        raisers), single residents (一位老党员, 另一位村民), named residents and persons
        the analyser names who hold no post; a person spoken to (向王明) is none.  A
        pronoun opening its paragraph refers to the person the paragraph before ended on.
        With `relayers_raise`, a relaying deputy (`relayers`: 区人大代表王明) counts as a
        raiser too (the caller asks it only for an act that is no bare saying).
        """
        spoken_to = set(words("recipient_markers.txt"))
        # the pronoun's own clause naming an official after it (她拉着王明的手说, 他告诉王明):
        # that official is the one spoken to, not the pronoun's antecedent (FAULTS38_p126)
        clause_end = CLAUSE_MARK.search(self.text, pos)
        addressed = {a.name for a in actors if a.kind == "name" and a.start > pos and (clause_end is None or a.start < clause_end.start())}
        # a person spoken to (刘师傅向王明诉苦。他说…) is not the one who goes on speaking
        persons = [
            (a.start, a.name in self.cadres or relayers_raise and a.name in self.relayers)
            for a in actors
            if a.kind == "name" and a.end <= pos and self.text[a.start - 1 : a.start] not in spoken_to and a.name not in addressed
            and not self.text.startswith("的", a.end)  # 拉着王明的手，老人说：a possessive is no subject (session 46)
        ]
        persons += [(r.start(), True) for r in issue_words.single_raiser().finditer(self.text, paragraph_start, pos)]
        # a title without a name is a person too (公司董事长介绍，…。他提出…): a raiser
        # after a community-level or host unit, else an official
        units = pattern("issue_cadre_units.txt")
        persons += [
            (
                t.start(),
                bool(units.search(self.text, max(paragraph_start, t.start() - BARE_TITLE_UNIT), t.end()))
                or self.unit_head(paragraph_start, t)
                or office_head(self.text, paragraph_start, t),
            )
            for t in issue_words.bare_titles().finditer(self.text, paragraph_start, pos)
            if not self.official_after(t.end()) and not self.told(t.start())
        ]
        # a single raiser with a name (楼栋长付大姐告诉区长，…。她希望…): the raiser word starts the person
        persons += [
            (start, True)
            for start, r in self.raiser_spans(paragraph_start, pos)
            if r.raiser and not PLURAL_RAISER.search(self.text, start, r.pos + 1) and self.named_after(r.pos)
        ]
        # a person the analyser names who holds no post (摊主刘师傅) is a resident
        analyse_spans(self.doc, [(paragraph_start, pos)])
        persons += [
            (t.start, True)
            for t in tokens_in(self.doc.ext.tokens, paragraph_start, pos)
            if t.tag == "PER" and t.word not in self.officials and not any(t.start <= a.start < t.end for a in actors)
            and t.word not in words("issue_sky_times.txt")  # 天黑回到村委会: a time, no person (session 47)
            and self.text[t.start - 1 : t.start] not in spoken_to and not self.official_after(t.start)
        ]
        for name in self.residents:
            i = self.text.find(name, paragraph_start, pos)
            while i >= 0:
                persons.append((i, True))
                i = self.text.find(name, i + 1, pos)
        persons = sorted(p for p in persons if p[0] >= paragraph_start)
        if not persons and paragraph_start > 0 and not self.text[paragraph_start:pos].strip():
            # 她说，… opening its paragraph: the person the paragraph before ended on (孔某向区长
            #汇报了几件事。¶她说，…).  Source: FAULTS43_p144 (a cadre's report told over paragraphs)
            end = len(self.text[:paragraph_start].rstrip())
            before = self.text.rfind("\n", 0, end) + 1
            named = [Actor(a, b, "name", n) for a, b, n in self.mentions if before <= a and b <= end]
            return end > 0 and self.pronoun_is_raiser(end, named, before, relayers_raise)
        if not persons:
            return False
        last = persons[-1][0]
        stop = max(self.text.rfind(c, paragraph_start, last) for c in "。！？；")
        sentence_start = max(stop + 1, paragraph_start)
        return next(p for p in persons if p[0] >= sentence_start)[1]



@cache
def relay_frame_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The patterns of a relay frame (`Raisers.find_relay_frames`): its lead
    (`relay_frame_leads.txt`), its source (`relay_sources.txt` or a raiser word) and the
    bare head of the members' title ending its subject (`duty_post_heads.txt`, 们 may follow)."""
    return (
        pattern("relay_frame_leads.txt"),
        compile_words(words("relay_sources.txt") + words("issue_raisers.txt")),
        compile_words(words("duty_post_heads.txt"), "(?:{})们?$"),
    )


UNIT_BEFORE_PARTY = 4  # 村民|小组: characters of a unit's name before a party word


# the blockers naming a member of a body (委员, 工作人员), not an organisation: after a
# community-level unit they are the residents' own (业委会委员, 村委委员)
UNIT_MEMBERS = frozenset(words("issue_unit_members.txt"))


@cache
def participant_openers() -> re.Pattern:
    """Participant words (`issue_participant_words.txt`: 与会, 出席) and participant
    verbs (`issue_participant_verbs.txt`: 参加) that may open a clause about a meeting's
    participants (`Raisers.speaker`)."""
    return compile_words([*words("issue_participant_words.txt"), *words("issue_participant_verbs.txt")], "(?:{})")


@cache
def meeting_object() -> re.Pattern:
    """A meeting for object right after a participant word, its name's modifiers
    before the head noun (`issue_meeting_words.txt`) within the clause: 会议, 居民议事会,
    座谈会.

    >>> meeting_object().match("居民议事会，提出").group(0), meeting_object().match("人员就A提出") is None
    ('居民议事会', True)
    """
    head = alternation(words("issue_meeting_words.txt"))
    return re.compile(f"[^，,。；;：:！!？?\n“”的]{{0,{MEETING_MODIFIER}}}?(?:{head})")


def unit_before(text: str, pos: int) -> bool:
    """Does a community-level unit (`issue_cadre_units.txt`: 业委会, 村委, 社区) end
    right at `pos` (业委会|委员)?

    >>> unit_before("业委会委员张某说", 3), unit_before("区政协委员张某说", 3)
    (True, False)
    """
    m = pattern("issue_cadre_units.txt").search(text, max(0, pos - UNIT_BEFORE_PARTY - 1), pos)
    while m is not None and m.end() != pos:
        m = pattern("issue_cadre_units.txt").search(text, m.start() + 1, pos)
    return m is not None


AGENT_STEM = 3  # characters of the stem before an agent morpheme (承包|户, 货车司机 is none)
# the words opening an agent noun's clause (raiser_agent_leads.txt: 有, 不少) and the adverbs
# between it and its act (raiser_agent_adverbs.txt: 纷纷, 们)
AGENT_LEAD = alternation(words("raiser_agent_leads.txt"))
AGENT_ADVERBS = alternation(words("raiser_agent_adverbs.txt"))
# a count of households or people before the noun (几户种粮户说, 两位养殖户反映) and a list's
# bullet opening its line (· 种粮户们说): the noun still opens its clause (FAULTS40_p140)
AGENT_COUNT = r"[几两三四五六七八九十\d]{1,3}(?:户|位|名|个)"
AGENT_BULLET = r"[·•●▪◆■][ \t\u3000]*"


@cache
def _agent_noun() -> re.Pattern:
    morphemes = alternation(kind_words("raiser_agent_forms.tsv", "morpheme"))
    acts = alternation([*issue_words.act_shapes(), *words("issue_official_acts.txt")])
    return re.compile(
        rf"(?:^|(?<=[，,。；;：:！!？?\n“]))(?:{AGENT_BULLET})?(?:{AGENT_LEAD})?(?:{AGENT_COUNT})?(?P<noun>[{HAN}]{{1,{AGENT_STEM}}}?(?:{morphemes}))"
        # (a person's name may follow the noun, 菜农周德顺说: tried only when the noun alone fails)
        rf"(?P<name>[{HAN}]{{2,3}}?)??们?(?:{AGENT_ADVERBS})*(?:{acts})"
    )


def agent_raisers(text: str) -> list[tuple[int, int]]:
    """(start, end) of the agent nouns (`raiser_agent_forms.tsv`: a stem and a morpheme,
    承包户, 菜商, 经营者, 快递员) opening a clause as the subject of a raising act or a
    remark (`issue_acts.tsv`, `issue_official_acts.txt`): residents named by what they do.
    Never the officials' side: a noun ending in a post title (`post_titles.txt`: 科员,
    委员), an organisation or party (`issue_blockers.txt`: 工作人员, 开发商), or holding an
    official stem (`raiser_agent_forms.tsv` official: 执法人员, 管理者); nor a surname and
    a one-character morpheme (王工说: an engineer named).  Session 23.  The noun may be
    followed by a person's name (菜农周德顺说: its first character a surname's,
    `surnames.txt`; session 26), when the analyser does not read the noun as one.

    >>> agent_raisers("座谈会上，承包户们表示，水渠堵了。"), agent_raisers("座谈会上，执法人员表示，将加强巡查。")
    ([(5, 8)], [])
    >>> agent_raisers("会上，有菜商反映，摊位费高。"), agent_raisers("会上，王工说，管道老化。")
    ([(4, 6)], [])
    >>> agent_raisers("院里，菜农周德顺说，菜价低。"), agent_raisers("院里，菜农今天上午说，菜价低。")
    ([(3, 5)], [])
    >>> agent_raisers("屯里\\n· 几户种菜户说，菜卖不掉。"), agent_raisers("屯里\\n· 几户种菜户的菜卖不掉。")
    ([(7, 10)], [])
    """
    official = (*words("post_titles.txt"), *words("issue_blockers.txt"))
    stems = kind_words("raiser_agent_forms.tsv", "official")
    initials = surname_initials() or frozenset()
    out = []
    for m in _agent_noun().finditer(text):
        noun = m.group("noun")
        if noun.endswith(official) or any(w in noun for w in stems) or (len(noun) == 2 and noun[0] in initials):
            continue
        if m.group("name") and m.group("name")[0] not in initials:
            continue  # 菜农今天说: no name between the noun and its act
        out.append((m.start("noun"), m.end("noun")))
    return out


def participant_at(text: str, pos: int) -> bool:
    """Does a participant word (`issue_participant_words.txt`: 与会, 参会) start at `pos`?
    Its 与 joins no one met: 与会居民代表反映 has the participants speak (session 23).

    >>> participant_at("与会居民代表反映", 0), participant_at("与居民代表座谈", 0)
    (True, False)
    """
    return pattern("issue_participant_words.txt").match(text, pos) is not None


def participant_deputies(text: str, start: int, end: int) -> bool:
    """Is the raiser word at text[start:end] a bare duty-post head (`duty_post_heads.txt`:
    代表) right after a participant word (`issue_participant_words.txt`: 与会, 参会的)?
    The meeting's own deputies or delegates (of a congress, of its units) are named so,
    not residents; a resident word before the head (与会居民代表) names residents.
    Measured on the sealed sets (session 23): reading 与会代表 as residents added 3
    false issues in one set and no true one.

    >>> participant_deputies("与会代表反映", 2, 4), participant_deputies("参会的代表反映", 3, 5), participant_deputies("与会居民代表", 2, 4)
    (True, True, False)
    """
    if text[start:end] not in words("duty_post_heads.txt"):
        return False
    m = pattern("issue_participant_words.txt", "(?:{})的?$").search(text, max(0, start - 4), start)
    return m is not None


def residents_unit(text: str, start: int, end: int) -> bool:
    """Is the party word at text[start:end] (`group_words.txt`: 小组) the end of a
    community-level unit (`issue_cadre_units.txt`: 村民小组, 居民小组) rather than
    the visiting party?  Such a unit's head (村民小组长李某) and the unit itself
    (3个村民小组没通路) are the residents' side.

    >>> residents_unit("全村还有3个村民小组没有通上路", 8, 10), residents_unit("走访小组来到", 2, 4)
    (True, False)
    """
    m = pattern("issue_cadre_units.txt").search(text, max(0, start - UNIT_BEFORE_PARTY), end)
    return m is not None and m.end() == end


def named_residents(doc: Doc) -> list[str]:
    """Names written right after a raiser word (村民李小梅, 老党员王大山): their later
    bare mentions are residents speaking.  The lexical analyser decides what is a
    name (a PER word starting right after the raiser word); it reads a short
    window there, only where a word follows the raiser directly.

    >>> # 村民李小梅说，路灯坏了。李小梅又说，… -> ['李小梅']
    """
    text = doc.text.text
    initials = surname_initials()
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
    return out + [n for n in transcribed_residents(text) if n not in doc.ext.officials and n not in out]


# a transcribed resident's name: at least this many syllables (乌云其其格, 图门吉日嘎拉), as
# two syllables after a raiser word may be a common word's (群众都, 村民多)
MIN_TRANSCRIBED_RESIDENT = 3


def familiar_raisers(text: str) -> list[tuple[int, int]]:
    """(start, end) of residents called by a familiar prefix and their surname
    (`name_familiar_prefixes.txt`: 老, 小; 老李, 小周) as the subject of a raising act
    or a remark (`issue_words.acts`: 说, 反映, 提出), right after no other word: a
    clause's start, a raiser word (居民老李) or 的.  Reports of the genre call a resident
    so and never an official (an official is written with a full name and a post), and
    the analyser often reads no person there (老/a 李/PER), so `named_residents` and the
    analyser's subject reading miss the bare 说 after it.  Within a word the prefix is
    no prefix (房屋老化说明, 老楼反映: 楼 is a surname's character, but no act follows a
    place so), hence the act right after.  Source: session 57 (FAULTS_p221 S1:
    `老王说柴火够，就是…` gave nothing).

    >>> familiar_raisers("会上，老李说暖气不热。居民小周反映，路灯坏了。")
    [(3, 5), (13, 15)]
    >>> familiar_raisers("小区老楼反映出的问题"), familiar_raisers("他说老李说得对")
    ([], [])
    """
    initials = surname_initials() or frozenset()
    raiser_end = pattern("issue_raisers.txt", "(?:{})$")
    out = []
    for m in pattern("name_familiar_prefixes.txt").finditer(text):
        end = m.end() + 1
        if end > len(text) or text[m.end()] not in initials or not issue_words.acts().match(text, end):
            continue
        before = text[max(0, m.start() - FAMILIAR_LEAD) : m.start()]
        if before and HAN_CHAR.match(before[-1]) and before[-1] != "的" and not raiser_end.search(before):
            continue  # 他说老李|说得对 has 说 before: inside another clause's words
        out.append((m.start(), end))
    return out


# the longest raiser word read before a familiar name (居民, 老党员, 楼栋长)
FAMILIAR_LEAD = 4


def transcribed_residents(text: str) -> list[str]:
    """Names transcribed from Mongolian, Tibetan or Uyghur written right after a
    raiser word (牧民图门吉日嘎拉, 邻居乌云其其格): a whole run of transcription
    syllables (`official_transcribed.transcription_run`, name_transcription_chars.txt),
    MIN_TRANSCRIBED_RESIDENT to MAX_NAME of them, ending where the syllables do.  No
    surname opens them and the analyser often reads no person there (乌云/n 其/r 其/r
    格/n), so `named_residents`' PER reading misses them.  Source: FAULTS44_p156.

    >>> transcribed_residents("在牧民图门吉日嘎拉家，邻居乌云其其格接过话头。村民们说")
    ['图门吉日嘎拉', '乌云其其格']
    """
    from kg.extract.official_transcribed import transcription_chars, transcription_run  # (imports issue_words)

    chars, out = transcription_chars(), []
    for r in pattern("issue_raisers.txt").finditer(text):
        run = transcription_run(text, r.end())
        end = r.end() + run
        if MIN_TRANSCRIBED_RESIDENT <= run and (end >= len(text) or text[end] not in chars) \
                and text[r.end():end] not in out and not pattern("issue_raisers.txt").match(text, r.end()):
            out.append(text[r.end():end])
    return out


def office_head(text: str, lo: int, title: re.Match) -> bool:
    """A title without a name (负责人, 主任, 站长) written right after an office or
    service unit (`issue_office_units.txt`: 民政办, 城管科, 服务中心, 街道): the unit's
    head, who reports the difficulties of the people it serves (cadres report
    difficulties in the golds' sense of an issue).  `lo` bounds the search.

    >>> t = re.search("负责人", "镇民政办负责人反映")
    >>> office_head("镇民政办负责人反映", 0, t), office_head("相关部门负责人表示", 0, re.search("负责人", "相关部门负责人表示"))
    (True, False)
    """
    return bool(office_units().search(text, max(lo, title.start() - BARE_TITLE_UNIT), title.start()))


@cache
def office_units() -> re.Pattern:
    """An office or service unit (`issue_office_units.txt`) ending the searched span."""
    return pattern("issue_office_units.txt", "(?:{})$")


MODIFIER_SPAN = 10  # 同楼的几户 + 的: a modifier, a number and a measure word before the raiser


def modifier_start(text: str, start: int) -> int:
    """Where the modifier describing the raisers written at `start` opens
    (`issue_raiser_modifiers.txt`: 同楼, 对门), with 的 and a number of them
    (几户, 两位) or a surname (对门的李大爷) between; `start` when there is none.

    >>> modifier_start("同楼的几户居民", 5), modifier_start("同村民代表", 1), modifier_start("对居民", 1)
    (0, 1, 1)
    """
    m = modifier_pattern().search(text, max(0, start - MODIFIER_SPAN), start)
    return m.start() if m else start


@cache
def modifier_pattern() -> re.Pattern:
    """A raisers' modifier (`issue_raiser_modifiers.txt`) ending the searched span."""
    return pattern("issue_raiser_modifiers.txt", "(?:{})的?(?:[几一两二三四五六七八九十多些]+[户位名个家]?的?)?[^，。；：、的]?$")


@cache
def present_words() -> frozenset[str]:
    """Present-time words (`issue_time_contrast.tsv` present: 现在, 当前)."""
    return frozenset(kind_words("issue_time_contrast.tsv", "present"))


@cache
def unit_titles() -> frozenset[str]:
    """Titles of the head of a unit (`post_unit_titles.txt`)."""
    return frozenset(words("post_unit_titles.txt"))


def is_cadre(posts: list[str]) -> bool:
    """A post at community or village level (X社区党委书记): its holder speaks for residents.

    A post naming a community-level unit (`issue_cadre_units.txt`) is a cadre's; a
    bare title after it (…社区书记、主任) shares it; a post of a higher body (副区长,
    区人大代表, 街道党工委书记) is not.

    >>> is_cadre(["东湖社区党委书记"]), is_cadre(["东湖社区书记", "主任"]), is_cadre(["副区长"])
    (True, True, False)
    >>> is_cadre(["驻村第一书记", "县自然资源局干部"]), is_cadre(["县自然资源局干部"])
    (True, False)
    """
    units = pattern("issue_cadre_units.txt")
    if not any(units.search(p) or village_organ_post(p) for p in posts):
        return False
    # a cadre posted to the unit (驻村第一书记) is its cadre whatever department sent them
    # (县自然资源局干部: `organ_cadre_titles`); session 45, p162-02
    posted = any(posted_post(p) for p in posts)
    return all(units.search(p) or village_organ_post(p) or not HIGHER_BODY.search(p)
               or (posted and p.endswith(organ_cadre_titles())) for p in posts)



def is_relayer(posts: list[str]) -> bool:
    """Posts of a deputy or member (a head of `duty_post_heads.txt` ending the post: 区人大代表,
    县政协委员), each of the others a community cadre's or a unit host's (`is_cadre`,
    `is_host`): their holder relays what voters raised (王明代表反映，X), while a post of
    government or of a standing committee (副区长, 人大常委会委员) speaks for itself.
    Source: the probes' gold, where deputies taking part in a meeting report their
    voters' issues (their own 建议 stays theirs).

    A post of no body of government (`GOVERNMENT_POST`: 区第一医院护士长, 纺织厂退休职工,
    律师) is the deputy's occupation, not a body that speaks for itself (session 16: the
    fresh readable sets' deputies relay what residents told them whatever their work).

    >>> is_relayer(["区人大代表"]), is_relayer(["县人大代表", "卫生院院长"]), is_relayer(["副区长", "区人大代表"])
    (True, True, False)
    >>> is_relayer(["区人大代表", "区第一医院护士长"]), is_relayer(["区人大代表", "街道办事处主任"])
    (True, False)
    """
    heads = tuple(words("duty_post_heads.txt"))
    duty = [p for p in posts if p.endswith(heads) and "常委" not in p]
    return bool(duty) and all(p in duty or is_cadre([p]) or is_host([p]) or not GOVERNMENT_POST.search(p) for p in posts)


# characters before the raisers searched for a verb of hearing and a share (听到了不少)
HEARD_SPAN = 10


@cache
def heard_lead() -> re.Pattern:
    """A verb of hearing (`issue_hearing_verbs.txt`: 听到, 了解到), maybe a share of the
    raisers after it (`RAISER_LEAD`: 不少), ending right before the raisers: the official
    heard them raise (他在走访中也听到不少居民反映X), the residents are the act's subject.
    Source: FAULTS44_p156.

    >>> bool(heard_lead().search("他在走访中也听到不少")), bool(heard_lead().search("他在走访中"))
    (True, False)
    """
    return re.compile(f"(?:{alternation(words('issue_hearing_verbs.txt'))})了?(?:{RAISER_LEAD.pattern})?$")


# a share of the raisers (issue_group_shares.txt) or where they are, opening their clause
# before them (不少居民, 沿街商户); or existential 有 alone introducing them (她说，有居民向她
# 反映，X: a deputy citing residents; session 48, frep48)
RAISER_LEAD = re.compile(
    r"(?:还有|也有|另有)?(?:" + alternation([*words("issue_group_shares.txt"), "沿街", "附近", "周边", "周围", "辖区"]) + r")(?:的)?"
    r"|(?:还|也|另)?有"
)


# a post of a body of government or of the party: an organ (委, 局, 办, 街道…), a
# jurisdiction's head (副区长, 镇长), a civil-service rank (调研员)
GOVERNMENT_POST = re.compile(r"[委局厅办署]|街道|人大|政协|政府|法院|检察院|部门|党|[省市县区镇乡州旗盟]长$|巡视员|调研员|秘书长|干部")


# the head of a unit: 中心主任 (主任 with its unit before it), 服务站站长, 总经理, 院长
HOST_TITLE = re.compile(
    r"^(?!.*[党副])(?:(?P<unit>.{2,})主任|(?P<unit_>.*?)(?:" + "|".join(sorted(words("post_unit_titles.txt"), key=len, reverse=True)) + "))$"
)


def is_host(posts: list[str]) -> bool:
    """Posts that all head the unit a stop is (中心主任, 敬老院院长, 公司总经理), under no
    organ of government and no jurisdiction (`ORGAN_BEFORE`: not 县人大常委会主任,
    办公室主任; not 区政务服务中心主任): the stop's host,
    who speaks for the people it serves, as a community cadre does.

    >>> is_host(["中心主任"]), is_host(["总经理"]), is_host(["县人大常委会主任"]), is_host(["主任"])
    (True, True, False, False)
    """
    return bool(posts) and all(
        (m := HOST_TITLE.match(p)) and not ORGAN_BEFORE.search(m.group("unit") or m.group("unit_")) and not JURISDICTION.match(p)
        for p in posts
    )


GESTURE_OBJECT = 8  # the person held (their hand) or the thing pointed at: a few words
GESTURE_THING = 12  # the thing a raiser leads the official to see (寨子中间的消防池)
GESTURE_SPAN = 30  # the whole phrase, searched back from the speech verb


@cache
def gesture_pattern() -> re.Pattern:
    """A gesture or turn-taking phrase (`issue_raiser_gestures.tsv`) ending the searched
    span, maybe closed by a comma: lead adverbs, then turn adverbs and a floor phrase
    (第一个开口，), or a hold verb, its object and maybe a show motion and its thing
    (拉着区长的手, 就拉着镇长去看门前的水沟)."""
    kinds = {k: alternation(kind_words("issue_raiser_gestures.tsv", k)) for k in ("lead", "hold", "lead_to", "show", "turn", "floor")}
    free = "[^，,。；;：:“”‘’！!？?、]"
    held = f"(?:{kinds['hold']}){free}{{1,{GESTURE_OBJECT}}}?(?:(?:{kinds['show']}){free}{{1,{GESTURE_THING}}})?"
    # (把区长领到楼道口: 把 takes the person along only with the motion; 把意见 alone is no gesture)
    held += f"|(?:{kinds['lead_to']}){free}{{1,{GESTURE_OBJECT}}}?(?:{kinds['show']}){free}{{1,{GESTURE_THING}}}"
    taken = f"(?:{kinds['turn']})*(?:{kinds['floor']})|(?:{kinds['turn']})+"
    # (领着区长来到楼下，指着裂缝说: gestures of the same raiser, one after another)
    return re.compile(f"(?:{kinds['lead']})*(?:(?:{held})[，,])*(?:{held}|{taken})[，,]?$")


def gesture_start(text: str, lo: int, at: int) -> int:
    """Where a gesture or turn-taking phrase of the raiser opens when it stands right
    before the speech verb or colon at `at` (searched from `lo`, the sentence's start);
    `at` when there is none.  Such a co-verb phrase of the same subject carries no
    content: the raiser frame reads through it, so the speaker is the one before it
    and the phrase (with the person held, the official) is no speaker and no item.
    Session 29 (FAULTS29 kind 3): 陈伯拉着委员的手说，A; 王姐第一个开口，说A;
    小林接过话头，建议B; 孙伯拉着镇长去看水沟：“A”.

    >>> t = "陈伯拉着委员的手说"; t[:gesture_start(t, 0, len(t) - 1)]
    '陈伯'
    >>> t = "王姐第一个开口，说"; t[:gesture_start(t, 0, len(t) - 1)]
    '王姐'
    >>> t = "孙伯就拉着镇长去看门前的水沟："; t[:gesture_start(t, 0, len(t) - 1)]
    '孙伯'
    >>> gesture_start("居民反映", 0, 2)
    2
    """
    m = gesture_pattern().search(text, max(lo, at - GESTURE_SPAN), at)
    return m.start() if m else at
