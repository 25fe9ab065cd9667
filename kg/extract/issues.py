"""Residents' issues: a frame of raiser, raising act and content, at a place.

The frame's parts, one module each, data flowing one way (word classes are data
files in kg/lexicons/, read by `kg.extract.issue_words`):

- PLACE (`issue_placement`): a place written right before the raiser
  (B社区的居民代表), else the place of the sentence's scene (see
  `kg.extract.visit_records.Scene`).
- RAISER (`issue_raisers`): residents and the people who speak for them; the
  nearest speaker before the act decides, and an official silences the frame.
- CONTENT (`issue_content`, `issue_items`): the genre's shapes (a topic list
  closed by 等 + head noun, items after a head noun, a clause, a quotation,
  一是…二是…), cut into trimmed items; back-references, follow-ups and vague
  words are not issues.
- RAISING ACT (`issue_frames`): an act, a topic frame or a head noun and link.

This module runs them sentence by sentence and records the issues.
"""

from __future__ import annotations

import re
from functools import cache
from dataclasses import dataclass, replace

from kg.analyse.component import analyse_spans, tokens_in
from kg.extract import issue_background, issue_coping, issue_effects, issue_evidence, issue_filter, issue_restated, issue_words
from kg.extract.issue_turns import Turns, turn_at
from kg.extract.actors import ActorIndex
from kg.extract.issue_content import COUNTED_ITEMS, Candidate, ContentReader, cost_borne, group_share, many_in_need, measure_reading, opens_enumeration, troubled
from kg.extract.issue_frames import GOES_ON_GAP, POINT_END, RaisingFrames
from kg.extract.issue_items import bare_request, deictic_topic, delivered, needs, states_problem
from kg.extract.issue_placement import IssuePlacement
from kg.extract.issue_raisers import Raisers, Speaker, gesture_start, opens_unit_type_word
from kg.extract.issue_scheme import categorise
from kg.extract.issue_words import CLAUSE_STOP
from kg.extract.lexicons import alternation, pattern, words
from kg.extract.sentences import Sentence
from kg.extract.visit_records import Scene
from kg.pipeline import Doc, component, set_extension

NEAR_SPEAKER = 8
QUOTE_ATTRIBUTION = 2  # where an official's name after a quotation starts: right after it (a space at most)
MAX_LEAD = 12  # the clause before a raiser searched for a subject of its own
SUBJECT_CLAUSES = 3  # a raiser's clause and up to two more of theirs before their quoted words
NAME_TAGS = ("PER", "nr")  # the analyser's person names
# a how-question's aim of making a thing better (如何让X更宜居, 怎样使Y更好): a theme (FAULTS37_p122)
BETTER = re.compile(r"(?:让|使|把)[^，。；]*更")
TURN_SPAN = 6  # characters before the raiser who takes a turn in an official's paragraph: 随后，/座谈中，
TURN_ACT = 8  # characters from that raiser to their act: 们纷纷表示，+ 希望
BARE_QUOTE = re.compile(r"\s*[“「]([^“”「」]+)[”」][。！？!?]?\s*")  # a paragraph that is one quotation
# a quotation opening with a vocative: a few words (王主任, 委员) and a comma or an exclamation
QUOTE_VOCATIVE = re.compile(r"\s*[“「](?P<voc>[^，,。！？!?“”「」\s]{1,6})[，,！!]")
# characters before a list's colon where its count may start (反映了|三个问题：)
COUNTED_REACH = 16
# a date opening the lede after a lede quotation (11月8日上午，…, 2024年3月5日，…)
LEDE_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日")
TURN_OPENER = re.compile(r"[^，,。；;：:“”\s]{1,5}[，,]")
# a sentence opened by the matter an answer is about (对巷道硬化，; 针对停车难问题，): FAULTS44_p156
# a list item's ordinal opening its line or clause (4.A, （2）A, 三、A, 二是A, 第一，A): the item's
# own subject comes next (`IssueReader.item_head`; a line's 4.7组 is item 4 on 7组, not 4.7)
ITEM_ORDINAL = re.compile(r"(?:(?<=\n)|^)\s*\d{1,2}[.．、]|\s*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、是]|第[一二三四五六七八九十][，,、]?)")
MATTER_TOPIC = re.compile(r"(?:对于|对|针对|关于)[^，,。；;！？!?“”：:]{2,15}[，,]")
# 一边…一边 (边…边): two acts done at once; after 一边说， the second half is the speaker's
# other act (一边说，一边把照片递过来), not what was said (session 44, p157)
ALONGSIDE = ("一边", "边")
ALONGSIDE_AFTER = re.compile(r"[，,]\s*(?:一边|边)")


@dataclass
class IssueRecord:
    place: int
    label: str
    concept: str
    official: str | None
    start: int
    end: int
    outcome: str = ""  # what the report says was done about it (已于本月初修好), "" for none


set_extension("issues", list)  # list[IssueRecord]
# every candidate item the learned filter saw: (label, features, why, emitted) (scripts/train_issue_filter.py)
set_extension("issue_candidates", list)
# labels of issues raised where the report names no place for them (a forum at 县委党校 in a
# report naming no county): left out of the graph, said in a build warning (kg.corpus.unfiled)
set_extension("unplaced_issues", list)


# the clause after a raising telling it dealt with (已于本月初修好): `issue_words.reported_outcome`
# (session 55; there since session 56, where a clause of reported speech reads it too)
reported_outcome = issue_words.reported_outcome


class IssueReader:
    """Reads the issue frames of one report, sentence by sentence."""

    def __init__(self, doc: Doc):
        self.text = doc.text.text
        self.places = doc.ext.places
        self.index = ActorIndex(self.text, doc.ext.name_mentions)
        self.scenes: dict[int, Scene] = doc.ext.scenes
        self.placement = IssuePlacement(doc)
        self.raisers = Raisers(doc, self.placement)
        self.content = ContentReader(self.text, self.index, self.raisers)
        self.frames = RaisingFrames(self.content)
        self.turns = Turns(self.text, self.raisers)  # a transcript's question and answer turns
        self.issues: list[IssueRecord] = []
        self.candidates: list[tuple[str, dict[str, float], str, bool]] = []
        self.issue_keys: set[tuple[int, str]] = set()
        self.unplaced: list[str] = []  # labels raised with no place to file them at
        self.paragraph_start = 0
        # (end, scene, speaker, whether an account) of the latest reported speech
        self.spoken: tuple[int, Scene, Speaker, bool] | None = None
        self.remarking = False  # an official's remark was made earlier in the paragraph
        self.outcome = ""  # the outcome told after the raising being read (`reported_outcome`)
        # the raiser of the residents' issues the previous sentence of the paragraph
        # raised, and the one of the sentence being read (see `ellipsis`)
        self.previous: Speaker | None = None
        # the paragraph whose speaker opened it with a colon (居民X：A。B。): its later
        # sentences are the same turn (see `continues`)
        self.turn: int | None = None
        self.raised_by: Speaker | None = None
        self.sentences: list[Sentence] = []
        # raisers who began to speak in the sentence read last (`voice_opened`)
        self.voice: tuple[int, Scene, Speaker] | None = None
        self.matter_of: dict[str, issue_restated.Matter] = {}  # what each label is about (`matters`)

    def read(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self.frames.prepare([s for s in sentences if s.start in self.scenes])
        taken_end = -1
        paragraph = None
        official_paragraph = False
        for s in sentences:
            if s.paragraph != paragraph:
                paragraph, self.paragraph_start = s.paragraph, s.start
                self.placement.paragraph_start = s.start
                official_paragraph = self.raisers.official_speaks_at(s.start)
                self.remarking = False
                self.raised_by = None
            self.previous, self.raised_by = self.raised_by, None
            scene = self.scenes.get(s.start)
            if official_paragraph and s.start > self.paragraph_start and self.takes_turn(s):
                official_paragraph = False  # 王明说，…。随后，居民代表张华提出，…: the residents speak now
            if (scene is None or not scene.group) and not official_paragraph and (lede := self.lede_scene(s)) is not None:
                self.read_lede_quote(s, lede)
                continue
            if scene is None or official_paragraph:
                continue  # 王明说，…: a paragraph opened by an official's remark is theirs
            if self.turns.silent_line(s.start):
                self.spoken = None
                continue  # 答（张海镇长）：…, 记者问：…: a transcript's turn no raiser takes
            if self.continues(s):
                continue
            if self.voiced(s, scene):
                continue
            taken_end = self.read_sentence(s, scene, taken_end)
            self.remarking = self.remarking or self.remark_in(s)
            self.voice = self.voice_opened(s, scene)
            # 与B社区的居民座谈。居民们反映…: the raisers named with their place speak on;
            # so do the people of a place met (同B镇的负责人座谈。大家反映…)
            # (one resident named with their home, X村村民张三, is a person described, not a group met)
            # (居民 of 桃源里居民区 names the unit, no residents: `opens_unit_type_word`)
            placed = [
                (r.pos, r.place)
                for start, r in self.raisers.raiser_spans(s.start, s.end)
                if r.raiser and r.place is not None and not self.raisers.resident_at(r.pos)
                and not self.raisers.resident_at(start)  # (nor the named one: X小区居民代表|某某, session 44)
                and not opens_unit_type_word(self.text, start, r.pos)
            ]
            placed += self.placement.places_met(s)
            if placed:
                self.placement.raiser_place = (max(placed)[1], s.start)

    def read_sentence(self, s: Sentence, scene: Scene, taken_end: int) -> int:
        actors = self.index.in_span(self.paragraph_start, s.end)
        content = self.content
        for pos, kind, m in self.frames.anchors(s, self.paragraph_start):
            if pos < taken_end:
                continue
            if self.unspoken_comma(s, kind, m):
                continue  # (decided before reading: reading a quotation moves the list state on)
            content.read_clause = False
            content.sentence_end = s.end
            content.later, content.origin, content.outcomes = [], {}, {}
            found = self.frames.read_anchor(s, kind, m)
            if not found:
                continue
            items, end, at = found
            if content.read_clause:
                end = min(end, content.content_end)  # reported speech ends where its clause or quotation does
            # 居民反映的A、B两件事，已于月底前修复: raised, and told dealt with since (still raised there)
            # (a list's closer may hold it, A、B等问题均已整改完毕: read from the last item on)
            self.outcome = "" if content.read_clause or kind == "quote" else reported_outcome(self.text, min(end, self.items_end(items, at)), s.end)
            frame = at
            received = False
            turned = False  # the speaker is a transcript's question turn's asker
            if kind in ("quote", "met"):
                speaker = m[2]  # the quotation's speaker was found after it; the people met discuss
            elif kind == "worry":
                speaker = Speaker(m.end("raiser"), True)  # X，是大家最揪心的事: the raisers named after it
            elif kind in ("asked", "table") or kind == "act" and issue_words.act_shapes()[m.group("act")] == "receive" \
                    or kind == "head" and _received_before(self.text, s.start, m.start()) \
                    or kind == "most" and issue_words.heard_most(m):
                # (她说，在走访中听到最多的是X: what the speaker heard most, the people they met
                # raised, whoever heard it, as what officials received; session 49, frec49)
                # (代表共收集到意见建议17条，主要集中在A、B等方面: the head noun received, whoever received it)
                # 接待选民，收到A、B等意见建议: what the officials received, the residents raised;
                # 询问A、B等问题: the problems the officials asked after are the residents'
                speaker = Speaker(-1, True)
                # (把会前收集的意见一条条念了出来：\n1.A: the received head laid out, its lines the
                # residents' speech as a received head noun's are: session 48, frec)
                received = kind in ("head", "most") or kind == "act" and bool(m.group("degree") or m.group("act").endswith("的"))
            elif kind == "colon" and not m[3] and (turn := turn_at(self.text, s.start)) is not None and turn.colon == at \
                    and (turn_speaker := self.turns.question_speaker(turn)) is not None:
                # 问（青山村村民李明）：A？ — a transcript's question turn asked by a raiser, written in
                # the parentheses or none (the residents' questions): kg.extract.issue_turns (村民李明问：A
                # is a speaker's colon line, read as one; a turn no raiser asks is read as before)
                speaker = turn_speaker
                turned = True
            elif kind == "colon" and not m[3] and (turn := turn_at(self.text, s.start)) is not None and turn.colon == at \
                    and (turn_speaker := self.turns.answer_speaker(turn)) is not None:
                # 与村医X拉起了家常。\n问：…？\n答：A。 — the resident's answer in the officials'
                # talk with them (kg.extract.issue_turns.Turns.conversation; session 56, diag222)
                speaker = turn_speaker
                turned = True
            elif kind == "colon" and not m[3] and (labelled := self.turns.labelled_line(s.start)) is not None \
                    and labelled == ("raiser", at):
                # 群众：A？\n镇长：B — a speaker-labelled transcript: the raiser word alone is the asker
                speaker = self.raisers.raiser_spans(self.text.rfind("\n", 0, at) + 1, at)[-1][1]
                turned = True
            else:
                # 陈伯拉着委员的手说, 王姐第一个开口，说: the raiser frame reads through a
                # gesture or turn-taking phrase of the speaker (`gesture_start`)
                frame = gesture_start(self.text, s.start, at)
                speaker = self.raisers.speaker(s, frame, actors, self.paragraph_start, verb=kind in ("act", "verb", "most"))
                if kind == "colon" and not m[3] and (speaker is None or speaker.pos < 0):
                    # 村民代表们谈了想法。归纳起来主要有三个方面：一是A: the raisers of the sentence before
                    # (who summed them up may be named: 代表们分类梳理，主要集中在四个方面：, no raiser)
                    speaker = self.summed_up(s, at, actors) or speaker
            if speaker is not None and speaker.pos < 0 and (kind == "colon" or frame < at) and (clause := self.speech_clause(s, frame, gestured=frame < at)) is not None:
                # 退休工人陈伯第一个开口：“…”, 陈孃孃拉着X的手说：“…”, 周伯拉着委员的手说，…:
                # no raiser word or known name before the colon or the gesture; the first
                # person the analyser names in the clause, when holding no post, speaks
                # (a name the analyser runs into the gesture, 陈伯拉|着, ends where the gesture opens)
                person = self.raisers.person_before(clause, at)
                speaker = replace(person, pos=min(person.pos, frame)) if person else speaker
            if speaker is None:
                continue
            if kind == "head" and speaker.pos < 0 and pattern("issue_background_leads.txt").match(self.text, s.start):
                continue  # 据了解，X区安排项目N个，涉及A、B等领域: the report's background, no one raising
            if kind == "act" and issue_words.deputy_proposes(self.text, speaker.pos, m.group("act")):
                continue  # 代表们建议加大投入: a deputy's own suggestion
            if kind == "act" and self.member_proposes(speaker, m.group("act"), actors, m.end("act")):
                continue  # 陈卫东建议，…: a deputy or CPPCC member named, their own suggestion
            if kind == "topic" and self.member_topic(s, speaker, self.items_end(items, at), actors):
                continue  # 区政协委员A、B先后发言，围绕X、Y等提出意见建议: the members' own themes
            if kind == "head" and self.directed_list(s, at):
                continue  # 王明要求社区建立问题清单：A，B: the official's tasks for others
            if kind == "act" and self.answers_matter(s, at, actors):
                continue  # 对巷道硬化，他说，已经同乡里对接: the official's reply on a matter raised
            inherited = kind == "act" and self.ellipsis(speaker)
            if inherited:
                speaker = self.previous
            # 王明要求，…。对群众反映的X问题要…: the remark goes on; what residents
            # raised is only referred to, and nobody else speaks
            relative = kind == "act" and (m.group("degree") or "").startswith("的")
            # (答复居民此前反映的屋面漏水问题, 对前期居民反映的X问题进行“回头看”: raised before,
            # followed up now — a follow-up, its items raised, as the inquiry path reads 回访…
            # (session 56, follow56; the readable gold files follow-ups, dev pb-11); session 31
            # had skipped it here)
            # (…王明指出，要把群众反映的问题列入清单。此前村民反映的X问题，已于6月疏通完毕: a raising
            # told dealt with since is the report's follow-up, no remark going on: remarks direct,
            # they do not report work done; a newcomer's report, session 56)
            if self.remarking and (speaker.pos < 0 or relative) and not (relative and self.outcome):
                continue
            if relative and self.official_directs(s, at):
                continue  # 王明要求把居民最关心的安全问题放在首位: the official's words
            if kind == "asked" and self.directed_inquiry(s, at):
                continue  # 王明要求，街道要摸清受损商户情况: an inquiry the official directs others to make
            # reported speech needs someone to report it; a list closed by a head
            # noun (…等意见建议) may stand without one (a meeting's topics)
            if content.read_clause and speaker.pos < 0 and not received:
                continue  # (what the officials received, 登记的意见主要有：1.A；2.B, was the residents' speech)
            if kind == "act" and self.text.endswith(ALONGSIDE, 0, m.start("act")) and ALONGSIDE_AFTER.match(self.text, m.end("act")):
                continue  # 李大妈一边说，一边把照片递过来: the act alongside the speech, not what was said
            # a one-character speech verb (说/问) binds to the speaker right before it
            if kind == "act" and issue_words.act_shapes()[m.group("act")] == "say" and not inherited and not (0 <= frame - speaker.pos <= NEAR_SPEAKER):
                continue
            # 大家你一言我一语，摆出了难处：一是A；二是B: residents' list, whatever their words before it
            enumerated = kind == "colon" and not m[3] and self.enumerated(speaker, at)
            # a quotation after a colon is the nearest speaker's, in the same clause
            if kind == "colon" and not enumerated and not turned and (speaker.pos < 0 or CLAUSE_STOP.search(self.text, speaker.pos, frame) and not self.voices_before(speaker.pos, at) and not (m[3] and self.subject_goes_on(speaker, at))):
                continue
            if kind == "colon" and not m[3] and not enumerated and not turned and not self.colon_speaks(speaker, frame):
                continue  # 驻村第一书记：把群众的事…: a headline's topic, no one speaking
            items = [i for i in items if i]
            if inherited:
                items = self.before_act(s, at) + items
            elif kind == "act":
                items = self.subject_complaint(s, speaker, at) + items
            account = kind == "verb" or kind == "act" and issue_words.act_shapes()[m.group("act")] in ("account", "tell", "report")
            # (介绍了收集到的几类诉求：一是…: an account announcing issues by a head noun lists them)
            if account and (most := issue_words.superlative_topic().search(self.text, at + 1, end)):
                # 村主任介绍，…，每年入冬村里最担心的就是X: the account ends where a clause of its own
                # raising frame opens; the frame reads X (session 47, frec)
                cut = self.clause_start(s.start, most.start())
                items = [i for i in items if 0 <= self.text.find(i, at) < cut]
                end = cut
            if account and not (kind == "act" and issue_words.announcing_head().match(self.text, m.end())):
                # 村支书介绍，…: an account is a raising only in its clauses that state a problem
                items = self.passed_over(items, self.problems(items), at)
            if content.read_clause or self.counted_points(s, at, items):
                # 一是…；二是…: read past the sentence (an account's next points too); so is a
                # list announced by a count and a colon, its first point closed by ；
                # (反映了三个问题：A；B；C: FAULTS45_p165)
                self.spoken = (max(s.end, end), scene, speaker, account)
                # 居民X：A。B？ — a line opened by its speaker and a colon is one turn
                # (a raising of its own inside the line, 群众盼着X, is the speaker telling what others
                # want: the line's turn goes on, and its next point, 二是Y。, is still theirs)
                self.turn = s.paragraph if kind == "colon" and not m[3] and self.opens_line(at) or self.turn == s.paragraph else None
            shape = issue_words.act_shapes()[m.group("act")] if kind == "act" else ""
            if kind in ("asked", "table"):
                kind, shape = "act", "receive"  # the learned filter knows an inquiry (a table of demands) as a receiving act
            elif kind == "most":
                kind, shape = "act", "any"  # 谈得最多的是X: as an act's degree (反映最多的是X) is
            items = self.decide(items, self.raising(s, kind, shape, speaker, inherited, account, at, actors))
            if not items:
                continue
            taken_end = end
            self.add(items, s, scene, speaker, act=at, upto=end, own=turned)
        return taken_end

    def items_end(self, items: list[str], at: int) -> int:
        """Where the last of `items` written after `at` ends (the text's length when none is
        written as it is: trimmed labels)."""
        ends = [i + len(item) for item in items if (i := self.text.find(item, at)) >= 0]
        return max(ends, default=len(self.text))

    def clause_start(self, start: int, pos: int) -> int:
        """Where the clause holding `pos` opens: after the last clause mark between
        `start` (a sentence's or a raising's start) and `pos`, else `start`."""
        return max([start, *(c.end() for c in CLAUSE_STOP.finditer(self.text, start, pos))])

    def speech_clause(self, s: Sentence, pos: int, gestured: bool = False) -> int | None:
        """The start of the clause ending at `pos` (a colon) when it holds a speech verb
        (`issue_speech_verbs.txt`: 说, 开口, 插话) or ends with a gesture of the speaker
        (`gestured`, `issue_raisers.gesture_start`: 拉着镇长去看水沟：), else None: a
        quotation whose speaker is only found by the analyser must be introduced as speech."""
        clause = self.clause_start(s.start, pos)
        return clause if gestured or issue_words.speech_verbs().search(self.text, clause, pos) else None

    def voices_before(self, speaker: int, colon: int) -> bool:
        """Is the clause before `colon` only a speech verb (`issue_speech_verbs.txt`:
        你一句我一句, 七嘴八舌), in the sentence of the speaker ending at `speaker`
        (几位居民围拢过来，你一句我一句：A；B)?  The speaker's clause goes on there.

        >>> # "几位居民围拢过来，你一句我一句：" at the colon -> True
        """
        stops = list(CLAUSE_STOP.finditer(self.text, speaker, colon))
        if not stops or any(c.group(0) not in "，," for c in stops):
            return False
        return bool(issue_words.speech_verbs().fullmatch(self.text, stops[-1].end(), colon))

    def subject_goes_on(self, speaker: Speaker, colon: int) -> bool:
        """Is the raiser ending at `speaker.pos` the subject of the clauses up to a
        colon before a quotation (村民X一眼认出了他，放下竹匾迎上来：“…”)?  True when
        only commas lie between (at most SUBJECT_CLAUSES clauses: the same subject
        acting on, then speaking; an official or a party named between would have been
        the nearest speaker).  Session 16, the fresh readable sets.

        >>> # "村民周阿婆认出了他，迎上来：“…”" at the colon -> True
        """
        if not speaker.raiser:
            return False
        # (柏文认出了村民X，走上前去：“…”: a person before the raiser in its clause is the subject)
        opening = max([0, *(c.end() for c in CLAUSE_STOP.finditer(self.text, max(0, speaker.pos - 2 * MAX_LEAD), speaker.pos))])
        if any(a.kind != "group" and a.end < speaker.pos for a in self.index.in_span(opening, speaker.pos)):
            return False
        stops = list(CLAUSE_STOP.finditer(self.text, speaker.pos, colon))
        dots = [k for k, c in enumerate(stops) if c.group(0) == "。"]
        if dots and issue_words.summary_opener().fullmatch(self.text, stops[dots[-1]].end(), colon):
            # 村民代表们谈了想法。归纳起来主要有三个方面：一是A: the reporter sums up the
            # same speakers' words in the next sentence (`issue_summary_openers.txt`; its
            # own commas with it: 代表们分类梳理，主要集中在…：, session 39)
            del stops[dots[-1]:]
        return len(stops) < SUBJECT_CLAUSES and all(c.group(0) in "，," for c in stops)

    def answers_matter(self, s: Sentence, at: int, actors) -> bool:
        """Does sentence `s` open with the matter an official answers (`MATTER_TOPIC`:
        对巷道硬化，), the clause after it opened by that official before the act at `at`:
        a named official of the report (王明说), or 他/她 with an official the last person
        named before it in the paragraph, no raiser word between (王明逐一记下。对X，他说)?
        The paragraph before it tells the issues handled (`issue_followups.txt`: 答复, 梳理).
        Then what follows is the official's reply (已经对接, 将上报), not a raising, whatever
        post they hold — a village cadre answering too.  Source: FAULTS44_p156.

        >>> # "王明逐一记下。对巷道硬化，他说，已经同乡里对接。" at 说 -> True
        """
        text = self.text
        topic = MATTER_TOPIC.match(text, s.start)
        if not topic or topic.end() >= at:
            return False
        if not issue_words.followups().search(text, self.paragraph_start, s.start):
            return False  # (no answering told before it in the paragraph: 能答复的当场答复。)
        opener = topic.end()
        raisers = self.raisers
        if any(a.kind == "name" and a.start == opener and a.name in raisers.officials for a in actors):
            return True
        if text[opener:opener + 1] not in "他她" or text[opener + 1:opener + 2] == "们":
            return False
        before = [(st, en, n) for st, en, n in raisers.mentions if self.paragraph_start <= st and en <= s.start]
        if not before:
            return False
        last_end = before[-1][1]
        return not any(r.raiser for _, r in raisers.raiser_spans(last_end, opener))

    def member_proposes(self, speaker: Speaker, act: str, actors, act_end: int = -1) -> bool:
        """Is `act` a proposal (`issue_words.proposal_acts`: 建议) by a deputy or CPPCC
        member the report names (`speaker` ends at their name; `IssueRaisers.relayers`,
        not a deputy who is also a village's or community's cadre)?  Their own
        suggestion, as 代表们建议 is (`issue_words.deputy_proposes`, which reads the
        title written before the act): 区政协委员王静、陈卫东… 陈卫东建议，对X实行托管.
        What such a deputy relays (王明代表反映) stays the voters'.  Session 32
        (FAULTS32, p88-05).  A neutral act (`issue_member_put_acts.txt`: 提出) ending at
        `act_end` is a proposal too when a measure opens what follows it
        (`issue_member_measure_openers.txt`: 委员B则提出，可以引入第三方评估; FAULTS37_p124)."""
        if speaker.pos < 0:
            return False
        if act not in issue_words.proposal_acts() and not (
            act in words("issue_member_put_acts.txt") and act_end >= 0
            and pattern("issue_member_measure_openers.txt", "[，,：:]?\\s*(?:{})").match(self.text, act_end)
        ):
            return False
        raisers = self.raisers
        return any(
            a.kind == "name" and a.end == speaker.pos and a.name in raisers.relayers and a.name not in raisers.cadre_deputies
            for a in actors
        )

    def member_topic(self, s: Sentence, speaker: Speaker, finish: int, actors) -> bool:
        """Is a topic frame (围绕/就 A、B等 + verb) whose last item ends at `finish` the speakers'
        own proposals: a proposal object (`issue_member_topic_objects.txt`: 建议, 对策) in the
        rest of its clause after the items, and the speaker a deputy or CPPCC member (`issue_words.deputy_proposes`:
        委员们, 代表们 with no resident word before; or a member the report names,
        `IssueRaisers.relayers`, who is no village's or community's cadre)?  Then A, B are
        the themes of their suggestions, not residents' issues.  Residents' representatives
        (居民代表们围绕A、B等问题提出意见和建议) still raise.  Source: session 56, prec56
        (PREC55 kind E, the members' own topic list).

        >>> # 区政协委员王明、李华先后发言，围绕资金筹措、长效管理等提出意见建议 -> True
        >>> # 居民代表们随后围绕小区治理、油烟扰民等问题提出意见和建议 -> False
        """
        if speaker.pos < 0:
            return False
        stop = CLAUSE_STOP.search(self.text, finish, s.end)
        limit = stop.start() if stop else s.end
        if not pattern("issue_member_topic_objects.txt").search(self.text, finish, limit):
            return False
        if issue_words.deputy_proposes(self.text, speaker.pos, words("issue_proposal_acts.txt")[0]):
            return True
        raisers = self.raisers
        return any(
            a.kind == "name" and a.end == speaker.pos and a.name in raisers.relayers and a.name not in raisers.cadre_deputies
            for a in actors
        )

    def directed_list(self, s: Sentence, at: int) -> bool:
        """Is the head noun at `at` (问题清单：A，B) opened in an official's directive: an
        official named in `s` before it (not a community cadre), then a directive act
        (`issue_directive_acts.txt`: 要求, 责成) right after the name (at most 3 characters
        between), and no clause stop between the name and the head?  Then its items are the
        tasks the official sets others, not residents' issues.  Source: session 56, prec56
        (PREC55 kind E: X要求社区建立问题清单：…纳入…项目，每项明确责任人).

        >>> # 王明要求社区建立问题清单：道路修补纳入计划 -> True; 社区书记李华介绍了问题清单：A -> False
        """
        directive = pattern("issue_directive_acts.txt", "[^，。；：:、]{{0,3}}?(?:{})")
        for a in self.index.in_span(s.start, at):
            if a.kind == "name" and a.name not in self.raisers.cadres and a.end < at \
                    and directive.match(self.text, a.end, at) and not CLAUSE_STOP.search(self.text, a.end, at):
                return True
        return False

    def summed_up(self, s: Sentence, colon: int, actors) -> Speaker | None:
        """The residents who spoke in the sentence before `s` when `s` opens by summing
        their words up, its words before the colon a summary opener and a count
        (`issue_words.summary_opener`: 归纳起来主要有三个方面：) with an enumeration after
        it (一是A；二是B): that sentence names no speaker of its own, its subject goes on
        from the one before (村民代表们结合实际谈了想法。归纳起来…).  None otherwise, or when
        the nearest speaker there is no raiser (区长听取了汇报。归纳起来…: an account).
        Session 32 (FAULTS32, p88-07)."""
        if not issue_words.summary_opener().fullmatch(self.text, s.start, colon) or not opens_enumeration(self.text, colon + 1):
            return None
        before = [p for p in self.sentences if p.paragraph == s.paragraph and p.end <= s.start]
        if not before:
            return None
        p = before[-1]
        speaker = self.raisers.speaker(p, p.end - 1, actors, self.paragraph_start, verb=True)
        return speaker if speaker is not None and speaker.pos >= 0 and speaker.raiser else None

    def enumerated(self, speaker: Speaker, colon: int) -> bool:
        """Is the unquoted colon at `colon` a residents' raising by its shape alone: a
        raiser (`speaker`: residents, their representatives, 大家 at a meeting) the subject
        of the clauses up to it (`subject_goes_on`), and an enumeration right after it
        (`issue_content.opens_enumeration`: 一是…二是…, （一）…, 1.…)?  Then the list is
        what they raised, whatever act the clauses before the colon name (an idiom no act
        list holds: 你一言我一语，把心里话摆上了桌面：一是A；二是B).  An official nearest
        the colon (区长指出：一是…) is no raiser: the points are the official's own.

        >>> # "村民们你一言我一语，倒起了苦水：一是A；二是B。" at the colon -> True
        >>> # "社区主任介绍：一是…" -> False (a cadre's title); "镇长要求居民代表：一要…" -> False
        """
        if not opens_enumeration(self.text, colon + 1) or not self.subject_goes_on(speaker, colon):
            return False
        # residents by a raiser word or a resident named (not a cadre's title: 社区主任介绍：
        # 一是建成了X — a cadre's points are the work done)
        lo = max(0, speaker.pos - 2 * MAX_LEAD)
        if not any(sp.raiser and sp.pos == speaker.pos for _, sp in self.raisers.raiser_spans(lo, colon)):
            return False
        # 镇长要求居民代表：一要…: the raisers are the object of an official's act
        opening = max([0, *(c.end() for c in CLAUSE_STOP.finditer(self.text, lo, speaker.pos))])
        return not issue_words.remark_acts().search(self.text, opening, colon)

    def opens_line(self, colon: int) -> bool:
        """Is the clause before `colon` the start of its paragraph (居民X： at a line's
        start: the speaker of the whole line)?"""
        return not CLAUSE_STOP.search(self.text, self.paragraph_start, colon)

    def comma_speaker(self, s: Sentence, comma: int, actors) -> bool:
        """Does a quotation opened by the comma at `comma` give a resident's words?  The
        nearest speaker before it (`Raisers.speaker`) is a raiser, and either opens the
        sentence, or the sentence opens with no official's clause: 他告诉记者，…给群众答复，
        “…” is the official's words; 村民甲告诉委员们，在村里…很方便，“就是X” and
        会上，居民甲第一个开口，“X” are the residents'.

        >>> # "居民甲第一个开口，“楼道灯坏了。”" at the comma -> True
        """
        speaker = self.raisers.speaker(s, gesture_start(self.text, s.start, comma), actors, self.paragraph_start)
        if speaker is None or speaker.pos < 0:
            return False
        first = CLAUSE_STOP.search(self.text, s.start, s.end)
        if first is None or speaker.pos <= first.start():
            return True
        return self.raisers.speaker(s, first.start(), actors, self.paragraph_start) is not None

    def colon_speaks(self, speaker: Speaker, colon: int) -> bool:
        """Do the words between `speaker` and an unquoted colon make the clause a
        person speaking (居民许某：A; 楼组长周阿姨第一个开口：A; 社区书记赵某：A)?
        True when they hold a speech verb (`issue_speech_verbs.txt`: 开口, 发言), or
        are a name the analyser reads (PER), or are nothing after a named person (a
        cadre or resident the report names).  A raiser word or title alone before
        the colon (第一书记：…, 代表进社区：…) is a headline's or a list's label.

        >>> # "居民许某：楼道灯坏了。" at the colon -> True (许某 read as PER)
        """
        text = self.text
        if self.voices_before(speaker.pos, colon):
            return True  # 几位居民围拢过来，你一句我一句：
        gap = text[speaker.pos : colon]
        if issue_words.disposed_speech().fullmatch(gap):
            return True  # 组长把积了很久的几件事一口气说了出来： the disposal's object is what is said
        if len(gap) > NEAR_SPEAKER:
            return False
        if gap and issue_words.speech_verbs().search(gap):
            return True
        if not gap and any(a.kind == "name" and a.end == speaker.pos for a in self.index.in_span(max(0, colon - NEAR_SPEAKER), colon)):
            return True
        # the speaker's name ends the clause (居民许某: 许某 in the raiser's phrase, or after it)
        lo = max([0, *(c.end() for c in CLAUSE_STOP.finditer(text, max(0, colon - 2 * NEAR_SPEAKER), colon))])
        doc = self.raisers.doc
        analyse_spans(doc, [(lo, colon)])
        tokens = tokens_in(doc.ext.tokens, lo, colon)
        return bool(tokens) and tokens[-1].end == colon and tokens[-1].tag in NAME_TAGS and all(t.tag in NAME_TAGS for t in tokens if t.start >= speaker.pos)

    def ellipsis(self, speaker: Speaker) -> bool:
        """A raising act with no subject in its sentence (`speaker` is nobody: no
        raiser, person, organisation or title before it) right after a sentence of
        the same paragraph in which residents raised issues: the subject left out is
        theirs (张大爷反映，X。还希望Y。 — Chinese drops a subject that goes on)."""
        return speaker.pos < 0 and self.previous is not None

    def before_act(self, s: Sentence, at: int) -> list[str]:
        """The clauses before the act's clause in a sentence whose subject is left out
        (X反映，A。路灯坏了半年，一直没人修，希望尽快修好。): the same speaker's
        words go on there too, read as reported speech (see `ContentReader.clause_items`)."""
        opening = self.clause_start(s.start, at)
        if opening == s.start:
            return []
        content = self.content
        kept = content.read_clause, content.content_end
        before = content.clause_items(s.start, opening)
        content.read_clause, content.content_end = kept
        return before

    def subject_complaint(self, s: Sentence, speaker: Speaker, at: int) -> list[str]:
        """The complaint a raiser's own clause states before the clause of its act (村里老人
        吃饭难，希望办一个幸福食堂: the raiser 老人 is the wish's, and the clause it opens says
        what they lack): the items of the clauses from the raiser's clause to the act's
        (read as reported speech, `ContentReader.clause_items`) that state a problem
        (`issue_words.problem`, `states_problem`), never a headcount of a group in need
        (`many_in_need`: 村里留守老人多，希望… is the wish's setting, as before); [] when the
        raiser's clause is the act's (居民希望…), or the clauses tell the raisers discussing
        (`issue_discussion_verbs.txt`: 围绕X各抒己见).  Session 56 (follow56): the complaint
        after a group in need was lost with the group.

        >>> # "村里老人吃饭难，希望办一个幸福食堂" at 希望 -> ['村里老人吃饭难']
        """
        if not speaker.raiser or not s.start <= speaker.pos < at or not CLAUSE_STOP.search(self.text, speaker.pos, at):
            return []
        opening = self.clause_start(s.start, speaker.pos)
        act_clause = self.clause_start(s.start, at)
        if issue_words.discussion().search(self.text, opening, act_clause):
            return []  # 居民代表围绕“如何让X更整洁”各抒己见，提出了…: the raisers discussing, a theme
        content = self.content
        kept = content.read_clause, content.content_end
        told = content.clause_items(opening, act_clause)
        content.read_clause, content.content_end = kept
        problem = issue_words.problem()
        return [i for i in told if (problem.search(i) or states_problem(i)) and not many_in_need(i)]

    def directed_inquiry(self, s: Sentence, at: int) -> bool:
        """Is the inquiry verb at `at` (`issue_words.inquiries`: 摸清, 了解) one an official
        directs others to make: an official's remark act before it in `s` (`official_directs`:
        王明要求) and a modal of obligation as a word of its own in its clause before it
        (`issue_directive_modals.txt`: 街道要摸清受损商户情况)?  Then it names no problem
        raised.  Source: session 55, p210-01 (受损商户 filed as an issue).

        >>> # 王明要求，街道要摸清受损商户情况 -> True; 王明详细询问了A、B等问题 -> False
        """
        if not self.official_directs(s, at):
            return False
        opening = self.clause_start(s.start, at)
        analyse_spans(self.raisers.doc, [(opening, at)])
        modals = set(words("issue_directive_modals.txt"))
        return any(t.word in modals for t in tokens_in(self.raisers.doc.ext.tokens, opening, at))

    def official_directs(self, s: Sentence, pos: int) -> bool:
        """Is `pos` inside an official's words in `s`: an official named before it, then
        one of their acts (`issue_official_acts.txt`: 要求, 强调) before `pos`?"""
        for a in self.index.in_span(s.start, pos):
            if a.kind == "name" and a.name not in self.raisers.cadres:
                if issue_words.remark_acts().search(self.text, a.end, pos):
                    return True
        return False

    def remark_in(self, s: Sentence) -> bool:
        """Does an official (not a community cadre) make a remark in `s` (王明指出，…)?"""
        for a in self.index.in_span(s.start, s.end):
            if a.kind == "name" and a.name not in self.raisers.cadres and self.raisers.official_speaks_at(a.start):
                return True
        return False

    def lede_scene(self, s: Sentence) -> Scene | None:
        """A lede quotation: a paragraph opening with one quotation addressed to an official
        by a title (`QUOTE_VOCATIVE`, a title head of `post_titles.txt` closing it: “王主任，…”,
        “委员，…”), then, in the same paragraph, the dated lede (`LEDE_DATE`) telling the visit
        (“委员，这个市场的排水沟一到中午就臭…”11月8日上午，委员们来到X市场…): the words are a
        resident's, said at the lede's stop.  The lede's scene; None otherwise.
        Source: FAULTS45_p165 (the complaint quoted first was lost)."""
        if s.start != self.paragraph_start or not BARE_QUOTE.fullmatch(self.text, s.start, s.end):
            return None
        voc = QUOTE_VOCATIVE.match(self.text, s.start, s.end)
        if voc is None or not pattern("post_titles.txt", "(?:{})$").search(voc.group("voc")):
            return None
        lede = next((t for t in self.sentences if t.start >= s.end), None)
        if lede is None or lede.paragraph != s.paragraph or not LEDE_DATE.match(self.text, lede.start):
            return None
        scene = self.scenes.get(lede.start)
        return scene if scene is not None and scene.group else None

    def read_lede_quote(self, s: Sentence, scene: Scene) -> None:
        """The items of a lede quotation (`lede_scene`), past its vocative, raised at `scene`
        by a resident not named."""
        quoted = BARE_QUOTE.fullmatch(self.text, s.start, s.end)
        voc = QUOTE_VOCATIVE.match(self.text, s.start, s.end)
        actors = self.index.in_span(s.start, s.end)
        if any(a.kind == "name" for a in actors):
            return  # (an official named in it: their words, or words about them)
        speaker = Speaker(s.start, True)
        self.content.sentence_end = s.end
        self.content.later, self.content.origin = [], {}
        items = [i for i in self.content.clause_items(voc.end(), quoted.end(1), quote=True) if i]
        items = self.decide(items, self.raising(s, "quote", "", speaker, False, False, s.start, actors))
        if items:
            self.add(items, s, scene, speaker)

    def voice_opened(self, s: Sentence, scene: Scene) -> tuple[int, Scene, Speaker] | None:
        """Raisers who open a clause of a sentence and raise nothing in it begin to speak
        (村民们就打开了话匣子。/ 居民们纷纷发言：): (paragraph, scene, speaker), for `voiced`
        to give them the bare quotations of the paragraphs after it; None otherwise."""
        if self.raised_by is not None:
            return None
        for start, sp in self.raisers.raiser_spans(s.start, s.end):
            # the raisers open a clause of it (梁嘉铭话音刚落，村民们就打开了话匣子。)
            if sp.raiser and (start == s.start or self.text[start - 1] in "，,"):
                return s.paragraph, scene, sp
        return None

    def voiced(self, s: Sentence, scene: Scene) -> bool:
        r"""A paragraph that is one bare quotation, with no one named in it, right after
        raisers began to speak (`voice_opened`) or after another such paragraph, is
        their words (村民们打开了话匣子。\n“老人饭堂只有20个座位。”\n“路灯坏了大半年了。”):
        its clauses are read as a quotation of theirs.  True when it was read so.

        >>> # 村民们纷纷发言：\n“村里的路灯坏了大半年了。” -> 村里的路灯坏了大半年了
        """
        voice, self.voice = self.voice, None
        if voice is None or s.start != self.paragraph_start or s.paragraph != voice[0] + 1:
            return False
        end = self.text.find("\n", s.start)
        end = len(self.text) if end < 0 else end
        quoted = BARE_QUOTE.fullmatch(self.text, s.start, end)
        actors = self.index.in_span(s.start, end)
        if not quoted or any(a.kind == "name" for a in actors):
            return False  # (an official named in it: their words, or words said to them)
        _, _, speaker = voice
        self.content.sentence_end = end
        self.content.later, self.content.origin = [], {}
        items = [i for i in self.content.clause_items(quoted.start(1), quoted.end(1), quote=True) if i]
        items = self.decide(items, self.raising(s, "quote", "", speaker, False, False, s.start, actors))
        if items:
            self.add(items, s, scene, speaker)
        self.voice = (s.paragraph, scene, speaker)  # the next bare quotation is theirs too
        return True

    def takes_turn(self, s: Sentence) -> bool:
        """A sentence of an official's paragraph that opens with a raiser (residents, a
        named resident, a cadre: `Raisers.raiser_spans`) within `TURN_SPAN` characters of
        its start (随后，/接着，/座谈中，): the turn has passed to them.

        >>> # 王明说，要办好实事。随后，居民代表张华提出，小区停车难。 -> the second sentence is read
        """
        for start, sp in self.raisers.raiser_spans(s.start, s.start + TURN_SPAN + 1):
            opener = self.text[s.start : start]
            # the raiser is the subject: nothing before it but an opener closed by a comma
            # (他强调，要把居民反映的问题解决好 keeps the official's turn)
            if not sp.raiser or (opener and not TURN_OPENER.fullmatch(opener)):
                continue
            act = issue_words.acts().search(self.text, sp.pos, sp.pos + TURN_ACT)
            if act and not (act.group("degree") or "").startswith("的"):
                return True
        return False

    def official_said(self, pos: int) -> bool:
        """Does an official named right at `pos`, after a quotation, say it (“…”王明说。,
        “…”王明对记者说。)?  The quotation is then the official's words, no resident's going
        on (`continues`; session 44, p157).

        >>> # 村民说，路灯坏了。“干部不是挂个名。”王明说。 -> only 路灯坏了
        """
        for a in self.index.in_span(pos, pos + QUOTE_ATTRIBUTION):
            if a.kind == "name" and not self.text[pos : a.start].strip():
                stop = CLAUSE_STOP.search(self.text, a.end)
                return bool(issue_words.speech_verbs().search(self.text, a.end, stop.start() if stop else len(self.text)))
        return False

    def counted_points(self, s: Sentence, at: int, items: list[str]) -> bool:
        """Is the raising at `at` a list announced by a count and a colon
        (`issue_content.COUNTED_ITEMS`: 反映了三个问题：, 诉求归结起来有三条：) whose first
        point closes the sentence with ； and was read as an item: its next points, each a
        sentence, go on with it (`continues`).  Source: FAULTS45_p165."""
        if not items or self.text[s.end - 1:s.end] not in ("；", ";"):
            return False
        colon = max(self.text.rfind("：", at, s.end), self.text.rfind(":", at, s.end))
        return colon > 0 and COUNTED_ITEMS.search(self.text, max(at, colon - COUNTED_REACH), colon + 1) is not None

    def continues(self, s: Sentence) -> bool:
        """A sentence opened by a continuation (`issue_continuations.txt`: 还有X，Y。),
        or the next point after ； with no raising of its own, right after residents'
        reported speech goes on with it: its clauses are the same speaker's issues.
        True when it was read so."""
        if self.spoken is None:
            return False
        end, scene, speaker, account = self.spoken
        self.spoken = None
        if end > s.start or not GOES_ON_GAP.fullmatch(self.text, end, s.start):
            return False
        stop_at = s.end  # where the speech goes on to
        quote = False  # the sentence is one bare quotation, read whole
        if self.turn == s.paragraph and not self.raises(s):
            start = s.start  # 居民X：A。能不能B？ — the speaker's line goes on
        elif m := issue_words.continuation().match(self.text, s.start, s.end):
            if self.raisers.raiser_mentions(s.start, s.end) and self.raises(s):
                # 还有选民围绕A、B等问题提出了建议: raisers of its own, raising; but the clauses
                # before the clause of its act (另外X被占用，居民希望Y) go on with the speech
                # before (FAULTS38_p126)
                act = issue_words.acts().search(self.text, m.end(), s.end)
                stops = list(CLAUSE_STOP.finditer(self.text, m.end(), act.start() if act else m.end()))
                if not stops or stops[-1].start() <= m.end():
                    return False
                stop_at = stops[-1].start()
            start = m.end()
        elif POINT_END.search(self.text, max(0, end - 1), s.start) and not self.raises(s):
            start = s.start  # 化粪池外溢；公交站台迁移后，乘车要多走…: the next point
        elif (quoted := BARE_QUOTE.fullmatch(self.text, s.start, s.end)) and "\n" not in self.text[end : s.start] \
                and not any(a.kind == "name" for a in self.index.in_span(s.start, s.end)) and not self.official_said(s.end):
            # 社区书记A介绍，X。“最头疼的是B，…”: a bare quotation right after reported speech, in
            # its paragraph and naming no one, is the same speaker's words (session 39, p133)
            start, stop_at, quote = quoted.start(1), quoted.end(1), True
        else:
            return False
        self.content.sentence_end = stop_at
        self.content.later, self.content.origin = [], {}
        items = [i for i in self.content.clause_items(start, stop_at, quote=quote) if i]
        if account:
            # (a quotation opened by a worry, “最头疼的是Y，…”, names the problem first, whatever its words)
            worry = items[:1] if quote and issue_words.worry_opening().match(self.text, start) else []
            items = self.passed_over(items, worry + [i for i in self.problems(items) if i not in worry], s.start)
        actors = self.index.in_span(s.start, s.end)
        items = self.decide(items, self.raising(s, "continues", "", speaker, False, account, s.start, actors))
        self.spoken = (s.end, scene, speaker, account)  # a third point may follow
        if items:
            self.add(items, s, scene, speaker)
        if stop_at < s.end:
            self.spoken = None
            return False  # the sentence's own raising is read after the speech's clauses
        return True

    def raising(self, s: Sentence, kind: str, shape: str, speaker: Speaker, inherited: bool, account: bool, at: int, actors) -> issue_filter.Raising:
        """The raising the learned filter judges the candidates of (`issue_filter.Raising`)."""
        official = any(a.kind == "name" and a.name not in self.raisers.cadres and s.start <= a.start for a in actors)
        return issue_filter.Raising(
            kind, shape, speaker.pos, speaker.raiser, speaker.person, speaker.place is not None,
            inherited, account, official, at, s.start, s.end,
        )

    def decide(self, items: list[str], raising: issue_filter.Raising) -> list[str]:
        """`decide_items`, less what stands beside another item of the raising as its setting:
        the speaker's own doing (`issue_coping.own_doing`: 她家养了三千只鸭, 我们两口子在巷口开了个店),
        the complaint's history, many of a group in need, a co-subject (session 49, fpreca,
        rprec), each taken out after the learned filter has weighed every candidate as it
        stood, so the others are judged as before (`drop_beside`)."""
        weighed_from = len(self.candidates)
        out = self.decide_items(items, raising)
        # a complaint the learned filter weighed and left out is still the complaint a
        # setting stands beside (后街住着不少残疾人，盲道被电动车占了: the share is no issue
        # alone when the complaint is written there, whatever the model made of it)
        weighed = {c[0] for c in self.candidates[weighed_from:] if c[2] in issue_filter.DECIDED and not c[3]}
        out = self.drop_beside(out, weighed, issue_coping.own_doing, "own")
        # 居民多次找过物业，一直没修: the complaint's history (`issue_words.pursued`, rule 4 of
        # CLAUSES30), whichever frame took it (a list's items too; session 49, fpreca)
        out = self.drop_beside(out, weighed, history, "history")
        # 村里留守老人多，希望办个老年食堂: many of a group in need beside another item of the
        # raising is the setting of what it needs, whichever frame took it (CLAUSES30 rule 3
        # tightened, `issue_content.many_in_need`; a share of a group, 不少是独居, too:
        # `issue_content.group_share`; session 49, rprec49)
        out = self.drop_beside(out, weighed, lambda label: many_in_need(label) or group_share(label), "many")
        # 管线迁移费用高，居民难以承担: what the complaint costs those who bear it, beside it, is no
        # issue of its own (`issue_content.cost_borne`; session 50, fextra50)
        out = self.drop_beside(out, weighed, cost_borne, "cost")
        # 供暖不热，有的室温不到18度; 路面太窄，只有3米多宽: a reading of the complaint's
        # quantity in a unit of measure, right after it, is its measure, no issue of its own
        # (`issue_content.measure_reading`, `measures`; session 53, false53)
        # 晚上下班回来，车棚里插不上电: a coming back or over beside the complaint is its scene
        # (`issue_coping.arrives`; session 53, false53)
        out = self.drop_beside(out, weighed, issue_coping.arrives, "arrival")
        items_now = out + sorted(weighed)
        out = self.drop_beside(out, weighed, lambda label: self.measures(label, items_now, raising), "measure")
        told = out  # (the items as they stand: a co-subject is read against them)
        return self.drop_beside(out, weighed, lambda label: self.co_subject(label, told, raising), "co-subject")

    def measures(self, label: str, items: list[str], raising: issue_filter.Raising) -> bool:
        """Is `label` a reading in a unit of measure (`issue_content.measure_reading`) written
        right after a comma that closes another item of the raising (`items`: emitted or
        weighed), so it reads that item's quantity?  Given 楼门供暖不热，有的室温不到18度 and the
        item 楼门供暖不热, '有的室温不到18度' is; alone, or after a clause no item holds
        (楼头单元，屋里最冷时只有十四五度), it is not.
        """
        if not measure_reading(label):
            return False
        at = self.written_at(label, raising.start)
        if at < 1 or self.text[at - 1] not in "，,":
            return False
        before = self.text[:at - 1]
        return any(o != label and before.endswith(o) for o in items)

    def drop_beside(self, out: list[str], weighed: set[str], test, why: str) -> list[str]:
        """`out` less the items `test` (label -> bool) finds, when another item of the raising
        stands beside them, emitted or in `weighed` (the raising's candidates the learned filter
        weighed and left out; an item said alone stays); the candidates taken out are recorded
        in `self.candidates` as not emitted, with `why`.  One step of `decide`: given
        ['村里留守老人多', '希望办个老年食堂'], no weighed candidate and `many_in_need`,
        ['希望办个老年食堂'] is left.
        """
        dropped = {label for label in out if test(label)}
        if not dropped or not (set(out) | weighed) - dropped:
            return out
        self.candidates = [(c[0], c[1], why, False) if c[0] in dropped and c[3] else c for c in self.candidates]
        return [label for label in out if label not in dropped]

    def co_subject(self, label: str, out: list[str], raising: issue_filter.Raising) -> bool:
        """Is `label` a bare noun phrase opening its clause and listed (、) before another
        item of the raising that holds the predicate they share (楼道灯、单元门坏了没人修;
        员工的电动车、小汽车只能沿路乱停)?  The predicate is said of both: the half before
        the 、 names a thing and states nothing of it, the item after it is the complaint
        (`issue_coping.noun_phrase`; session 49, fpreca).

        >>> # 居民反映，楼道灯、单元门坏了没人修。 -> '楼道灯' is a co-subject
        """
        at = self.written_at(label, raising.start)
        end = at + len(label)
        if at < 0 or self.text[end:end + 1] != "、" or (at and self.text[at - 1] not in CLAUSE_OPENERS):
            return False
        # (the item after it holds the predicate: a list of bare nouns, 菜价、公交班次、夜间照明, is
        # a list of topics, each an issue)
        after = [o for o in out if o != label and self.text.startswith(o, end + 1)]
        return bool(after) and issue_coping.noun_phrase(label) and not any(issue_coping.noun_phrase(o) for o in after)

    def decide_items(self, items: list[str], raising: issue_filter.Raising) -> list[str]:
        """The items of one raising the learned filter keeps (`kg.extract.issue_filter`):
        the hand rules' items, less those it finds very unlikely, and the candidates they
        passed over (`ContentReader.later`: later clauses, an account's items with no
        problem word) that it finds likely.  Every candidate is recorded in
        `self.candidates` (label, features, why, emitted).

        >>> # 居民反映，停车位紧张，通道路面窄。 -> ['停车位紧张', '通道路面窄'] with the shipped model
        """
        content = self.content
        # 能不能修一修, 希望尽快补上: a request naming nothing asks that the complaint before
        # it be dealt with; no issue of its own (dropped before the filter sees it)
        requests = [i for i in items if bare_request(i)]
        items = [i for i in items if not bare_request(i)]
        if requests and not items:
            items = self.asked_about(requests[0], raising)
        # 说起了心里的事：“…”: the topic's place alone (心里, 身边: `issue_items.deictic_topic`)
        # names no matter, whichever frame read it (the topic before a colon too; session 46, fprec)
        items = [i for i in items if not deictic_topic(i)]
        # 去年新添了助浴设备, 累计整改隐患300余处, 改造以后路平了、灯亮了: a benefit already
        # delivered is an achievement or praise, wherever the reader took it (session 47, fprec)
        items = [i for i in items if not delivered(i)]
        content.later = [c for c in content.later if not delivered(c.item)]
        # 老伴一年多没下过楼: an everyday act not done for a span is the person's circumstance,
        # what the complaint costs them, wherever it stands (`issue_coping.idle`; session 46)
        items = [i for i in items if not issue_coping.idle(i)]
        # 冬天天黑得早, 冬季农闲时节, 再没漏过, 现在穿单衣就行了, 膝盖做过手术: the scene or the
        # aftermath of a complaint, or the teller's body, is no issue of its own wherever the
        # reader took it (`issue_background.background`; session 57, prec57)
        items = [i for i in items if not issue_background.background(i)]
        content.later = [c for c in content.later if not issue_background.background(c.item)]
        # 儿女都在外地, 家里老人神经衰弱, 自己买了电动车: the speaker's own household heading an
        # item beside another of the raising is the speaker's circumstance (session 47, fprec)
        others = items + [c.item for c in content.later]
        if len(set(others)) > 1:
            items = [i for i in items if not issue_coping.household(i)]
            content.later = [c for c in content.later if not issue_coping.household(c.item)]
            # 社区老年人多, 楼里住了四十多户: a headcount of the place beside the complaint is
            # its scene, no issue of its own (`issue_coping.headcount`; session 55, prec55)
            items = [i for i in items if not issue_coping.headcount(i)]
            content.later = [c for c in content.later if not issue_coping.headcount(c.item)]
        # 记者：群众反映比较集中的是哪些问题？: the question's interrogative is no issue
        items = [i for i in items if not issue_words.interrogative_item().fullmatch(i)]
        # 问：村里吃水现在怎么样？ / “屋里暖和不暖和？”: a question after how things stand, whose
        # answer tells the issues (`issue_words.state_question`)
        items = [i for i in items if not issue_words.state_question().search(i)]
        # 围绕“如何让老旧社区更宜居”各抒己见: a how-question stating no problem is the theme
        # discussed; the items raised under it are the issues (FAULTS37_p122)
        # (so is one asking how to make a thing better, 如何让老旧社区更宜居, whatever
        # problem word its subject holds)
        items = [i for i in items if not (issue_words.manner_theme().match(i) and (not states_problem(i) or BETTER.search(i)))]
        # 担心引发火灾: an item opening with a causal link names only the effect of the
        # complaint before it, wherever the reader split it off (session 33)
        items = [i for i in items if not issue_effects.linked_only(i)]
        # 居民表示，小区不存在停车难问题: a denied problem is none
        items = [i for i in items if not self.denied(i, raising)]
        # 希望解决饮水和道路问题 after the complaints it names again: no issue of its own
        items = [i for n, i in enumerate(items) if not self.restated(i, items[:n], raising)]
        later: list = []
        for c in content.later:
            if c.item not in items and all(c.item != o.item for o in later):
                later.append(c)
        content.later = []
        # 路太窄，农用车进不去: a clause stating the effect of the complaint before it
        # is no second issue (kg.extract.issue_effects)
        effect = self.effects(items + [c.item for c in later], raising)
        if effect:
            self.candidates += [(i, {}, "effect", False) for i in effect]
            items = [i for i in items if i not in effect]
            later = [c for c in later if c.item not in effect]
        model = issue_filter.model()
        cands = [(i, content.origin.get(i)) for i in items] + [(c.item, c) for c in later]
        whys = [cand.why if cand else "list" for _, cand in cands]
        judged = [model is not None and model.judges(why) for why in whys]
        if not any(judged):  # nothing to decide (without a model, what the hand rules passed over stays out)
            self.candidates += [(i, {}, why, why not in issue_filter.DECIDED) for (i, _), why in zip(cands, whys)]
            return [i for (i, _), why in zip(cands, whys) if why not in issue_filter.DECIDED]
        feats: dict[int, dict[str, float]] = {}
        for rank, (label, cand) in enumerate(cands):
            if judged[rank]:  # the class-level features first: cheap, and they may exempt the item
                at = self.text.find(label, raising.start, raising.end)
                f = issue_filter.features(label, cand, raising, rank, len(cands), at, label in content.contrasted)
                earlier = [c for c, _ in cands[:rank]]
                f.update(issue_filter.context_features(self.text, at, earlier, raising))
                f.update(issue_filter.sibling_features(self.text, label, at, earlier, raising))
                if model.needs_edges(whys[rank]) and not model.exempt(f, whys[rank]):
                    f.update(issue_filter.word_edge_features(self.sentence_tokens(raising), at, label))
                feats[rank] = f
        # the POS pattern only of the candidates the model decides on: the analyser is costly
        # (and of the first kept item, which the clauses after it may parallel)
        tagged = [label for rank, (label, _) in enumerate(cands)
                  if rank in feats and model.needs_tags(whys[rank]) and not model.exempt(feats[rank], whys[rank])]
        tagged = list(dict.fromkeys(tagged + items[:1])) if tagged else []
        tags = dict(zip(tagged, issue_filter.tag_labels(tagged)))
        out = []
        for rank, (label, cand) in enumerate(cands):
            why = whys[rank]
            if not judged[rank]:
                # the hand rules' item stands: no features to compute (the hot path)
                self.candidates.append((label, {}, why, True))
                out.append(label)
                continue
            f = feats[rank]
            if label in tags:
                f.update(issue_filter.pos_features(tags[label]))
                if items:
                    f.update(issue_filter.parallel_features(tags[label], tags[items[0]]))
            emitted = why not in issue_filter.DECIDED if model is None else model.emits(f, why)
            if emitted and why == "later" and label.startswith(issue_words.raiser_words()):
                # 小区后门常年上锁，居民去菜市场要多绕一公里路: a later clause opening with
                # the residents tells what the complaint before costs them, no complaint of
                # its own (one with a problem word was kept by the hand rules: 老人买菜成了难题)
                emitted = False
            self.candidates.append((label, f, why, emitted))
            if emitted:
                out.append(label)
        return out

    def sentence_tokens(self, raising: issue_filter.Raising) -> list:
        """The analyser's words of the raising's sentence (read for it when not yet read)."""
        doc = self.raisers.doc
        analyse_spans(doc, [(raising.start, raising.end)])
        return tokens_in(doc.ext.tokens, raising.start, raising.end)

    def asked_about(self, request: str, raising: issue_filter.Raising) -> list[str]:
        """The complaint a request naming nothing asks about, when the hand rules kept only
        the request (`bare_request`: 线缆缠成一团，希望借着这次改造一并入地): the latest
        clause they passed over (`ContentReader.later`) written before the request in the
        raising, taken out of the candidates; [] when none is.

        >>> # 居民说，楼道电线乱成一团，希望借着改造一并入地。 -> ['楼道电线乱成一团']
        """
        at = self.text.find(request, raising.start, raising.end)
        if at < 0:
            return []
        # (not a quoted aside between them, “像蜘蛛网一样”: the residents' words on the complaint)
        before = [(w, c) for c in self.content.later if 0 <= (w := self.text.find(c.item, raising.start, at)) < at
                  and self.text[w - 1:w] != "“"]
        if not before:
            return []
        cand = max(before, key=lambda wc: wc[0])[1]
        self.content.later = [c for c in self.content.later if c is not cand]
        return [cand.item]

    def denied(self, item: str, raising: issue_filter.Raising) -> bool:
        """Does `item`, or its clause before it, deny that a problem exists
        (`issue_words.denial`: 不存在, 未发现)?

        >>> # 居民表示，小区不存在停车难问题。 -> '停车难' and '小区不存在停车难' are denied
        """
        if issue_words.denial().search(item):
            return True
        at = self.text.find(item, raising.start, raising.end)
        if at < 0:
            return False
        return bool(issue_words.denial().search(self.text, self.clause_start(raising.start, at), at))

    def restated(self, item: str, before: list[str], raising: issue_filter.Raising) -> bool:
        """Is `item` a wish to solve what the items `before` it named
        (`kg.extract.issue_restated.restated`)?

        >>> # 居民反映，井水不足，希望解决饮水问题。 -> '饮水' is restated
        """
        # (any place it is written in the raising: 夜里乱停车，希望解决停车问题 writes 停车 twice)
        at = self.text.find(item, raising.start, raising.end)
        while at >= 0:
            if issue_restated.restated(self.text, at, item, before):
                return True
            at = self.text.find(item, at + 1, raising.end)
        return False

    def effects(self, labels: list[str], raising: issue_filter.Raising) -> set[str]:
        """The candidates (`labels`) of a raising that state the effect of the one written
        before them (`kg.extract.issue_effects.effects`), taken in text order.

        >>> # 居民反映，河堤失修，存在安全隐患。 -> {'存在安全隐患'}
        """
        # a quotation before its speaker (“A，B。”一位居民说。) is written before the
        # raising's sentence: its items are found there
        placed = sorted((at, label) for label in dict.fromkeys(labels) if (at := self.written_at(label, raising.start)) >= 0)
        return issue_effects.effects(self.text, [label for _, label in placed], min([raising.start, *(at for at, _ in placed)]))

    def written_at(self, label: str, start: int) -> int:
        """Where `label` is written from `start` on, else the last place before it (-1: nowhere)."""
        at = self.text.find(label, start)
        return at if at >= 0 else self.text.rfind(label, 0, start)

    def passed_over(self, items: list[str], kept: list[str], start: int) -> list[str]:
        """`kept`; the items of an account it leaves out become candidates (why "account")
        the learned filter decides on (`ContentReader.later`), except the account's topic:
        an item written (after `start`) right before a word naming the work or the state of
        things reported on (`issue_account_topics.txt`: 汇报了社区两委近期工作 → 社区两委近期) says what
        the account covered, not what is wrong (probe56, session 19).

        >>> # 书记汇报了社区近期工作，… -> 社区近期 is no candidate
        """
        content = self.content
        for i in items:
            at = self.text.find(i, start)
            if at >= 0 and self.text.startswith(words("issue_account_topics.txt"), at + len(i)):
                continue
            if i not in kept:
                c = content.origin.get(i)
                content.later.append(replace(c, why="account") if c else Candidate(i, 0, 1, False, "account"))
        return kept

    def problems(self, items: list[str]) -> list[str]:
        """The items of an account that state a problem (`issue_problem_words.txt`; 社区还有
        不少老旧楼栋 names an estate's kind, `issue_items.states_problem`), follow a concession (新增了充电口，但仍供不应求) or were asked for (他希望X);
        or that tell a thing going wrong again and again (`issue_content.troubled`: 杂物堆放
        反复出现) or a need of a thing (`issue_items.needs`: 锅炉也需要更换): a cadre's
        deficiency or need is raised like a complaint, only work or progress is account
        (session 28, three opened sets); an item listed (、) with a problem is one of
        its points (`issue_content.listed_with_problem`: 村里出租屋多、电线乱拉突出).

        >>> # 主任介绍，…，楼道堆物反复出现，锅炉也需要更换 -> both clauses are raised
        """
        # (a thing still of a substandard kind, 生产路还是土路, is a cadre's deficiency too: session 44)
        lag = re.compile(issue_words.substandard())
        return [i for i in items if states_problem(i) or troubled(i) or needs(i) or lag.search(i) or i in self.content.contrasted or i in self.content.problem_mates]

    def raises(self, s: Sentence) -> bool:
        """Does `s` hold a raising of its own?  A topic marker that opens no topic frame
        (一下雪就难以通行: 就 as an adverb) does not count."""
        return any((kind != "topic" or self.frames.topic(s, m)) and not self.unspoken_comma(s, kind, m)
                   for _, kind, m in self.frames.anchors(s, self.paragraph_start))

    def unspoken_comma(self, s: Sentence, kind: str, m) -> bool:
        """Is the anchor (`kind`, `m` of `IssueFrames.anchors`) a quotation opened by a comma
        that no resident speaks (`comma_speaker`)?  Such an anchor is no raising at all."""
        if kind != "colon" or not m[3] or self.text[m[2]] not in "，,":
            return False
        return not self.comma_speaker(s, m[2], self.index.in_span(self.paragraph_start, s.end))

    def one_raising(self, places: list[int], s: Sentence) -> list[int]:
        """The places (`IssuePlacement.places_for`, ids into the registry) a raising in `s`
        files its issues at: every one of several places only when `s` itself names
        them (在A、B、C三个视察点…听取居民关于X的诉求: raised at each stop it lists);
        several places the scene alone gives (the stops of a tour told before: 来到A小学
        和B中学。…商户反映了X) hold one raising, made at one of them: the first
        `places_for` gives.  Session 18: on the sealed pool, 11 labels were filed at two
        places and none at the second only (pooled issues F .769 → .776, no gold lost).

        >>> # places [A, B], neither written in s -> [A]; both written in s -> [A, B]
        """
        if len(places) < 2:
            return places
        said = self.text[s.start : s.end]
        written = [p for p in places if any(w in said for w in self.places.nodes[p].written)]
        return written or places[:1]

    def stop_told_later(self, pid: int, raised_at: int) -> bool:
        """Is stop `pid` first told visited after `raised_at` (the end of the raising's
        sentence)?  An item naming it (A片区积水深达半米, read in the village's meeting
        before the party walks to A片区, a part of the village the registry may not link)
        tells where the problem lies; the raising is made where the party is.  False when
        `raised_at` < 0 (not known).

        >>> # pid 老寨片区, first visited in a sentence after the raising -> True
        """
        if raised_at < 0:
            return False
        return min(v.start for v in self.placement.visits if v.place == pid) >= raised_at

    def related_stop(self, pid: int, places: list[int]) -> bool:
        """Does stop `pid` hold one of `places` or lie inside one?  Neither takes an item
        naming it from the raising's place: 在A村便民服务中心召开座谈会 after 前往A村 (the
        stop holding the venue, session 39), and a part of the unit where the raising is
        made (来到A社区，察看了B小区和C片区，随后在社区议事室座谈：一是B小区地势低洼… — the
        community's cadres report the problems of its parts, filed at the community as
        the golds file them; session 43, p153).

        >>> # stops A社区, B小区 (parent A社区); pid B小区, places [A社区] -> True
        """
        return any(pid in self.places.ancestors(p) or p in self.places.ancestors(pid) for p in places if p >= 0)

    def named_stop(self, label: str, places: list[int], raised_at: int = -1, head: str = "") -> list[int]:
        """The places to file `label` at: `places`, unless the label opens with the name of
        another stop told in the same sentence as one of them by the same official (the
        stops of one tour listed together: 到A村、B村走访) and is filed at none: then that
        stop (B村饮用水水压不足 in a list the scene files at A村).  Source: session 37, a
        newcomer's notice listing the problems of two villages in one table.

        >>> # label "上湾村饮水难", places [下湾村], 到下湾村、上湾村走访 told -> [上湾村]

        `raised_at`: the end of the raising's sentence (`stop_told_later`; -1: not known).
        `head`: the list item's words from after its ordinal up to the label (`item_head`; ""
        when the label's clause opens with no ordinal).  At a meeting's venue the items stay
        at the venue.
        """
        visits = self.placement.visits
        nodes = self.places.nodes
        cell = self.content.row_places.get(label)
        if cell:
            # a table's row naming its place in a place column (序号　镇（街道）　村（社区）　问题):
            # the stop of the report so named (FAULTS38_p128)
            named = [v.place for v in visits if cell in nodes[v.place].written]
            if named:
                return named[:1]
        if self.placement.at_venue:
            # 随后在A社区居委会召开现场办公会，…问题摆上了桌面：1.B街排水沟… — the meeting's
            # venue holds what is raised there, items naming the tour's other stops too (session 52)
            return places
        told = {(v.official, v.start) for v in visits if v.place in places}
        if not told:
            return places
        # (not the place holding one of them: 前往A村，…，在A村便民服务中心召开座谈会 — A村到场镇的路
        # is raised at the meeting, the stop inside A村; session 39, p133)
        listed = [v.place for v in visits if (v.official, v.start) in told and v.place not in places
                  and not self.related_stop(v.place, places)]
        # (session 39: a stop of the same official told in another sentence too; not one first
        # visited after the raising: 在村委会，书记汇报：一是…，A片区积水…；二是… then 察看了A片区 —
        # the item tells where the problem lies, it is raised where the party is: session 41)
        officials = {o for o, _ in told}
        listed += [v.place for v in visits if v.official in officials and v.place not in places and v.place not in listed
                   and not self.related_stop(v.place, places)
                   and not self.stop_told_later(v.place, raised_at)]
        own = [p for p in listed if any(label.startswith(w) and len(w) >= 2 for w in nodes[p].written)]
        if not own and head:
            # 3.B组有几户老人独居，希望A — a list item whose line opens with a stop told before is
            # that stop's, as a label opening with it is (session 52; a stop the party reaches only
            # later stays out, as above: p180-08 7组 is lost so, p179-09 and p195-02 kept)
            own = [p for p in listed if any(head.startswith(w) and len(w) >= 2 for w in nodes[p].written)]
        return own[:1] or places

    def add(self, items: list[str], s: Sentence, scene: Scene, speaker: Speaker, act: int | None = None, upto: int = -1,
            own: bool = False) -> None:
        """Files `items`, raised in `s` by `speaker`, at the places of the raising; each
        item's evidence is the sentence it is written in up to `upto`, the end of the
        content read (`issue_evidence.item_span`: 一是A；二是B — B's sentence is its own).
        `own`: the speaker asks a transcript's question turn, their own place written with
        them (问（邻村枫岭村村民方志华）) is the issues' place even at a reception
        (`kg.extract.issue_turns`, session 54)."""
        if speaker.pos >= 0:
            self.raised_by = speaker
        if own and speaker.place is not None and not speaker.from_post:
            places = [speaker.place]
        else:
            places = self.one_raising(self.placement.places_for(scene, s, speaker.place, speaker.from_post, act), s)
        named = {w for node in self.places.nodes for w in node.written}
        # an item opening with another stop's name files the items after it there too, in the
        # same line (A村X、Y；Z；B村W: Z is A村's), until one names a stop of `places` again; a
        # table's rows are entries of their own (session 39, p135-08)
        carried, carried_at = None, -1
        for n, label in enumerate(items):
            if label in named:
                continue  # 对于B社区提出的…: a place of the report is no issue
            if not places and label not in self.unplaced:
                self.unplaced.append(label)
            at = self.text.find(label, max(s.start, carried_at))
            targets = self.named_stop(label, places, s.end, self.item_head(s, at))
            if targets != places:
                carried, carried_at = targets, max(at, s.start)
            elif any(label.startswith(w) and len(w) >= 2 for p in places for w in self.places.nodes[p].written):
                carried = None
            elif carried and at >= 0 and "\n" not in self.text[carried_at:at]:
                targets = carried
            for pid in targets:
                if (pid, label) in self.issue_keys:
                    continue
                if self.said_again(label, pid, items[:n]):
                    continue  # 希望加装电梯 after 楼里没有电梯 at the same place: the same matter
                self.issue_keys.add((pid, label))
                start, end = issue_evidence.item_span(self.text, self.sentences, label, s, upto)
                self.issues.append(IssueRecord(pid, label, categorise(label), scene.visitor, start, end,
                                               self.outcome or self.content.outcomes.get(label, "")))


    def item_head(self, s: Sentence, at: int) -> str:
        """The words of a list item before its label at `at`, from after the ordinal opening
        the item's clause (its line, or the part after ；/：/。 in `s`): `4.B组有9户村民反映，`
        before A.  "" when `at` < 0 or no ordinal opens the clause.

        >>> # a line "4.B组有9户村民反映，水浑浊；", at 水浑浊 -> "B组有9户村民反映，"
        """
        if at < 0:
            return ""
        start = max(s.start, *(self.text.rfind(c, 0, at) + 1 for c in "\n；;：:。"))
        m = ITEM_ORDINAL.match(self.text, start)
        return self.text[m.end():at] if m else ""

    def said_again(self, label: str, pid: int, raised: list[str]) -> bool:
        """Is `label` the matter of an issue filed before it at place `pid` said again?
        - the same thing asked to be built (`issue_restated.same_build`: 早日装上电梯 after
          加装电梯);
        - the same head nouns as an item of its own raising (`raised`, the items before it),
          with a request on one side (`issue_restated.same_matter`: 希望尽快加装电梯 after
          楼里没有电梯; 停车位不足 after 增设停车位);
        - at the same place in another raising, a request for an act on a matter filed
          there (有群众建议办一所老年大学 after the topic 建设老年大学: the readable gold's
          one issue, pb-02), or a demonstrative restating it (这条路坑坑洼洼 after
          门口的路破损严重, said by the next speaker).
        The first said stays.  A complaint told after a request or topic of another
        raising stays: merged, a check report lost a gold issue (session 31; counts only).
        The same matter raised at two places is two issues.

        >>> # 居民反映，楼里没有电梯，希望尽快加装电梯。 -> only 楼里没有电梯 is filed
        """
        filed = [i.label for i in self.issues if i.place == pid and i.label != label]
        if not filed:
            return False
        if any(issue_restated.same_build(label, f) for f in filed):
            return True
        matters = self.matters([label, *filed])
        item = matters[label]
        if any(issue_restated.same_matter(item, matters[f]) for f in filed if f in raised):
            return True
        if item.asks and not item.refers and self.remedy_of_own(label, raised):
            return False  # 吴某反映，A容量偏小，B漏水，希望新建一座A: the remedy of its own raiser's complaints
        return (item.refers or item.asks) and any(issue_restated.same_matter(item, matters[f]) for f in filed)

    def remedy_of_own(self, label: str, raised: list[str]) -> bool:
        """Does the request `label` close complaints of its own raising (`raised`, the items
        before it): at least one of them a complaint asking for no act?  Such a request is its
        raiser's remedy, an issue of its own even when another raising at the place named the
        same thing (a villager's 水池就见底 before the cadre's 水池容量偏小，…，希望新建一座水池).
        A bare request (有群众建议办一所老年大学 after the topic 建设老年大学) restates.
        Source: session 56, diag222.

        >>> # raised ['水池容量偏小', '管网漏水'] before '新建一座水池' -> True; raised [] -> False
        """
        if not raised:
            return False
        matters = self.matters([label, *raised])
        return any(not matters[r].asks and not matters[r].refers for r in raised)

    def matters(self, labels: list[str]) -> dict[str, issue_restated.Matter]:
        """The `issue_restated.Matter` of each label, read once a report (the analyser is
        costly: the labels not read before are tagged in one batch)."""
        new = [label for label in dict.fromkeys(labels) if label not in self.matter_of]
        if new:
            from kg.analyse import get_analyser

            for label, tagged in zip(new, get_analyser().tag(new)):
                m = issue_restated.matter(list(tagged))
                if m.asks and issue_coping.reaches(label):
                    # 买菜要走很远的路: how far a service is to reach (an activity, a modal,
                    # going), a harm of its own, asks for no act on 路 (CLAUSES30 rule 1);
                    # read as asking it was the remedy of 把路都堵死了 before it (p88-10)
                    m = replace(m, asks=False)
                self.matter_of[label] = m
        return self.matter_of


@cache
def _raisers_opening() -> re.Pattern:
    """The residents as a clause's subject (`issue_raisers.txt` words, 们 after them)."""
    return re.compile(f"^(?:{alternation(issue_words.raiser_words())})们?")


def history(label: str) -> bool:
    """Is `label` only the history of a complaint (`issue_words.pursued`: 多次找过物业,
    一直没修), the residents as its subject at most (居民多次找过物业)?

    >>> history("居民多次找过物业"), history("一直没修"), history("路灯一直没人修")
    (True, True, False)
    """
    return bool(issue_words.pursued().fullmatch(_raisers_opening().sub("", label.strip("“”"), count=1)))


# what may stand right before an item that opens its clause: a clause mark or a quotation's opening
CLAUSE_OPENERS = "，,：:；;。“「‘\n"


@component(
    "issues", requires=("sentences", "tokens", "officials", "name_mentions", "places", "visits", "scenes"),
    assigns=("issues", "issue_candidates", "unplaced_issues"),
)
def issues_component(doc: Doc) -> None:
    reader = IssueReader(doc)
    reader.read(doc.sentences)
    doc.ext.issues = reader.issues
    doc.ext.issue_candidates = reader.candidates
    # (a label filed elsewhere in the report is no loss)
    doc.ext.unplaced_issues = [label for label in reader.unplaced if all(i.label != label for i in reader.issues)]


# the longest receiving act and its 了 before the head noun (征集到了|意见建议)
RECEIVED_SPAN = 4


@cache
def _receiving_act_end() -> re.Pattern:
    """A receiving act (`issue_acts.tsv` receive: 收集到, 征集到), maybe with 了, ending right
    before a head noun."""
    acts = [a for a, shape in issue_words.act_shapes().items() if shape == "receive"]
    # (工作人员现场登记的意见主要有： the act's relative clause on the head noun, session 47)
    return re.compile(f"(?:{alternation(acts)})[了的]?$")


def _received_before(text: str, start: int, head: int) -> bool:
    """Is the head noun at `head` (a sentence from `start`) the object of a receiving act
    written right before it (代表共收集到|意见建议17条，主要集中在A、B等方面)?  The officials
    received what residents raised, whoever the act's subject is: the residents raise the
    items the head noun lists.  Source: session 45 (p166-02: a deputy's tally of the
    opinions collected named none of them, the deputy read as their raiser).

    >>> _received_before("代表共收集到意见建议17条", 0, 6), _received_before("代表提出意见建议", 0, 4)
    (True, False)
    """
    return _receiving_act_end().search(text, max(start, head - RECEIVED_SPAN), head) is not None
