"""Visit verbs in the text: the verbs of `visit_verbs.tsv` by kind (move,
inspect, presence, activity), where one is blocked, used as a noun or unlisted,
where its object starts, and the patterns of what stands around one (a
sequence lead, another subject, an instruction, residents' or a cadre's words).

Reads the text and the verb lexicons; gives `VerbMatch`es and verb patterns to
the visit readers (`kg.extract.visits` and its parts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.lexicons import alternation, compile_words, kind_words, pattern, raising_acts, table, words
from kg.analyse.component import analyse_spans, tokens_in
from kg.extract.place_suffixes import NUMERAL, PlaceChunk
from kg.extract.place_segments import lies_in_unit, segment
from kg.extract.place_parse import parse_at
from kg.extract.place_lists import parse_list
from kg.extract.sentences import Sentence
from kg.extract.visit_reported import speech_acts
from kg.resources import lexicon
from kg.pipeline import Doc
from kg.extract.visit_patterns import DATE_LEAD, DATELINE, HOME_IN


# a works site written right after a place (X小区二期安置房建设工地, X小区加装电梯现场): the
# place's own works, at most this many characters before 工地 or 现场
WORK_SITE_TAIL = re.compile(r"[^，。；、和及与\s的]{1,8}?(?:工地|现场)")


def work_site_after(text: str, chunk: PlaceChunk, limit: int) -> PlaceChunk:
    """`在X小区二期安置房建设工地，王明询问…`: a site or unit, then its works named by a
    short phrase closed by 工地 or 现场 (`WORK_SITE_TAIL`) and a clause's end: being at
    the works is being at the place, so the chunk keeps the place's segments and spans
    the phrase too (the clause after it then opens as after 在X，).  `chunk` unchanged
    when no such phrase closes a clause there.  Source: FAULTS38_p125 (a resettlement
    estate's worksite set as 在…工地， lost its visit).

    >>> work_site_after("在青禾小区安置房建设工地，王明", PlaceChunk(1, 5, segment("青禾小区")), 16).end
    12
    >>> work_site_after("在青禾小区安置房建设工地的食堂", PlaceChunk(1, 5, segment("青禾小区")), 16).end
    5
    """
    m = WORK_SITE_TAIL.match(text, chunk.end, limit)
    if not m or not clause_open().match(text, m.end(), limit):
        return chunk
    return PlaceChunk(chunk.start, m.end(), chunk.segments)


@cache
def visit_verbs() -> tuple[re.Pattern, dict[str, str]]:
    """The visit verbs as one pattern, and each verb's kind (move / inspect).

    A verb with a `then` column matches only before one of those characters.
    Whether a match is part of another word (做到) is `verb_blocked`'s call.
    """
    rows = [row for row in table("visit_verbs.tsv") if {"move", "inspect"} & set(row[1].split(","))]
    kinds = {row[0]: "move" if "move" in row[1].split(",") else "inspect" for row in rows}
    kinds["至"] = "move"  # after a way of travelling only (`_verbs_of_kinds`)
    return _verbs_of_kinds("move", "inspect"), kinds


@cache
def _carried() -> re.Pattern:
    """把/将 + what is carried + a carrying verb + 到 (`visit_carry_verbs.txt`):
    the match ends where the place is written (把意见带到了|X)."""
    return re.compile(f"[把将][^，,。；：！？]{{1,20}}?(?:{alternation(words('visit_carry_verbs.txt'))})到了?")


@cache
def _verb_blockers() -> frozenset[str]:
    return frozenset(words("visit_verb_blockers.txt"))


def verb_matches(text: str, start: int, end: int, name_ends=frozenset()):
    """The visit verbs in text[start:end] that are not part of another word
    (`verb_blocked`); after a blocked one the search goes on from its second
    character, so 达来到 still finds 到 (as a lookbehind would)."""
    verbs, _ = visit_verbs()
    pos = start
    while (m := verbs.search(text, pos, end)) is not None:
        if verb_blocked(text, m.start(), name_ends):
            pos = m.start() + 1
            continue
        yield m
        pos = m.end()


@dataclass(frozen=True)
class VerbMatch:
    """A visit verb the analyser read (`unlisted_verbs`), shaped like the
    lexicon's `re.Match` where the frame reads it: start(), end(), group(0)."""

    at: int
    to: int
    word: str

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to

    def group(self, _: int = 0) -> str:
        return self.word


# how many words may stand between an official's name and the verb (深夜/t 直奔,
# 一行 冒雨/v 直奔, 踏/v 访/v: the first of a split compound counts)
_MOST_BEFORE_VERB = 3


@cache
def _verb_morphemes() -> frozenset[str]:
    return frozenset("".join(words("visit_verb_morphemes.txt")))


def unlisted_verbs(doc: Doc, s: Sentence, actors, listed: dict[int, int]) -> list[VerbMatch]:
    """Visit verbs `visit_verbs.tsv` does not list, read by what they are: right
    after an official's name, or opening a later clause of theirs before anyone
    else is named (王明不打招呼，直奔X: the subject elided), a word or two of
    manner or time maybe first (冒雨, 深夜, 一行), a word the analyser reads as
    a verb (v) that ends in a morpheme of going or looking (`visit_verb_morphemes.txt`: 奔, 访, 赴, 查…), with a named place right
    after it (聂文博直奔X街道, 冒雨直奔Y村, 到访Z社区: `到访` wins over the
    listed `到` inside it; 踏/v 访/v, a compound the analyser split, is one).
    `listed` maps the starts of the lexicon's verbs in `s` to their ends; a
    verb no longer than the lexicon's there is the lexicon's.  Read as "move".

    >>> # "区委书记聂文博直奔西门街道红梅小区。" -> [VerbMatch(at, at + 2, "直奔")]
    """
    text = doc.text.text
    found = []
    for k, a in enumerate(actors):
        if a.kind != "name":
            continue
        # the clauses the official is the subject of: right after the name, and each clause
        # opening after a comma before anyone else is named (王明不打招呼，直奔X: the subject elided)
        upto = actors[k + 1].start if k + 1 < len(actors) else s.end
        for opening in [a.end, *(m.end() for m in CLAUSE_COMMA.finditer(text, a.end, upto))]:
            verb = _unlisted_verb_at(doc, opening, s.end, listed, elided=opening != a.end)
            if verb is not None:
                found.append(verb)
                break
    return found


# a comma opening a clause whose subject is the official named before it
CLAUSE_COMMA = re.compile(r"[，,]")


def _unlisted_verb_at(doc: Doc, opening: int, end: int, listed: dict[int, int], elided: bool = False) -> VerbMatch | None:
    """The verb of `unlisted_verbs` opening the clause at `opening` (after a
    word or two of manner or time), with a named place after it; None if the
    clause opens otherwise.  `elided`: a clause after a comma, whose subject
    is the official only when no noun or pronoun opens it (各部门要直奔X: the
    departments go)."""
    text = doc.text.text
    morphemes = _verb_morphemes()
    reach = min(end, opening + 12)
    if not any(c in morphemes for c in text[opening:reach]):
        return None  # (the analyser is costly: only where such a verb may stand)
    analyse_spans(doc, [(opening, reach)])
    tokens = tokens_in(doc.ext.tokens, opening, end)
    for i, t in enumerate(tokens):
        if t.tag == "v" and t.word[-1] in morphemes:
            start = t.start
            if len(t.word) == 1:  # 踏/v 访/v: a compound the analyser split in two
                before = tokens[i - 1] if i else None
                if not (before and before.tag == "v" and len(before.word) == 1 and before.end == t.start):
                    return None
                if listed.get(before.start, -1) == before.end:
                    # 到/v 查/v 干淖尔/LOC: a listed verb takes its object, the place
                    # (查干淖尔嘎查); its next character opens the name, no compound
                    return None
                start = before.start
            if start in listed.values():
                # 察看通往X的产业路: right after a listed visit verb the word opens that verb's
                # object, a relative clause (…的) naming where a way leads, no verb of the
                # clause (session 51, VIS51)
                return None
            if listed.get(start, -1) < t.end and parse_list(text, t.end, end):
                return VerbMatch(start, t.end, text[start : t.end])
            return None
        # between the name and the verb: a word or two of manner or time (冒雨, 深夜,
        # 一行), never a person, a punctuation mark or a longer clause
        if t.tag in ("PER", "w") or i >= _MOST_BEFORE_VERB or t.end - opening > 6:
            return None
        if elided and t.tag not in ELIDED_SUBJECT_TAGS:
            return None
    return None


# tags of the words that may open a clause with its subject elided before its verb:
# manner and time (冒雨/v, 随即/d, 当晚/TIME), never a noun or pronoun (各/r 部门/n)
ELIDED_SUBJECT_TAGS = frozenset({"v", "vd", "d", "ad", "TIME", "t", "m", "q"})


# a quantity before 到 (a number and at most two characters of its unit: 800米, 3个月) and one
# after it: the edges of a range (session 59, more59: 海拔800米到1300米的山坳里 was a stop)
RANGE_FROM = re.compile(r"[0-9０-９一二三四五六七八九十百千万两几][^0-9０-９，,。；;：:、\s“”]{0,2}$")
RANGE_TO = re.compile(r"到[0-9０-９一二三四五六七八九十两几]")


def verb_blocked(text: str, start: int, name_ends: frozenset[int] | set[int] = frozenset()) -> bool:
    """Is the visit verb at `start` part of another word (做到, 看到: a blocker
    character of `visit_verb_blockers.txt` right before it)?  Not when that
    character ends an official's name (`name_ends`: 孔文达走进X, 李应来到X) or
    an adverb of manner that follows a name (`name_follow_adverbs.txt`:
    径直走进X, 专程来到X).

    Nor when that character is a word that follows a name (`name_tail_words.txt`:
    等) written right at a name's end: 张伟|等|到X is the party going to X, not 等到
    (until); session 54, names54.

    >>> verb_blocked("做到", 1), verb_blocked("孔文达走进", 3, {3}), verb_blocked("径直走进", 2)
    (True, False, False)
    >>> verb_blocked("张伟等到石桥村", 3, {2}), verb_blocked("等到明年", 1)
    (False, True)
    >>> verb_blocked("海拔800米到1300米的山坳里", 6), verb_blocked("区长王明到3号楼", 4)
    (True, False)
    """
    if RANGE_TO.match(text, start) and RANGE_FROM.search(text, max(0, start - 4), start):
        return True  # 海拔800米到1300米, 60岁到70岁: 到 between two quantities is a range, no move
    return start > 0 and text[start - 1] in _verb_blockers() and start not in name_ends \
        and not pattern("name_follow_adverbs.txt", "(?:{})$").search(text, max(0, start - 4), start) \
        and not (start - 1 in name_ends and pattern("name_tail_words.txt", "(?:{})$").search(text, start - 1, start))


@cache
def _relative_modifier() -> re.Pattern:
    """A word of where a place lies relative to another (`place_relative_modifiers.txt`:
    隔壁, 附近), with no 的 after it: it opens no name."""
    return re.compile(f"(?:{alternation(words('place_relative_modifiers.txt'))})(?!的)")


@cache
def _trip_count() -> re.Pattern:
    """A count of trips: a numeral (place_suffixes.NUMERAL) and a verbal classifier
    (`visit_count_measures.txt`: 次, 趟, 回), with no 的 after it (两次的X is no count
    of this visit's).  Source: NCFIX35 (去过两次X社区 gave a place 两次X社区)."""
    return re.compile(f"{NUMERAL}+(?:{alternation(words('visit_count_measures.txt'))})(?!的)")


@cache
def shows_round() -> re.Pattern:
    """A word of leading, accompanying or taking someone somewhere (`lead_markers.txt`,
    `companion_markers.txt`, `visit_carry_verbs.txt`: 带领, 陪同, 带)."""
    return compile_words([*words("lead_markers.txt"), *words("companion_markers.txt"), *words("visit_carry_verbs.txt")], "{}")


def object_start(text: str, verb: re.Match) -> int:
    """Where the object of the visit verb `verb` starts: after an aspect particle
    (了: 察看了X, not 了解; 过, the experiential: 到过X, 去过X — no place name opens
    with it as the particle, and a word it opens, 过去/过程, is no place either) and
    a word of where the place lies (`_relative_modifier`: 去了隔壁X村), 到 (深入到X)
    or, after 到, 达 (到达X).

    >>> object_start("察看了翠园", re.match("察看", "察看了翠园"))
    3
    >>> object_start("到过春晖社区", re.match("到", "到过春晖社区"))
    2
    >>> object_start("去了隔壁西岭村", re.match("去", "去了隔壁西岭村"))
    4

    Both particles (到过了X) and a count of trips after them (`_trip_count`: 去过两次X,
    到过一趟X) are skipped too: neither opens the place's name.

    >>> object_start("去过两次春晖社区", re.match("去", "去过两次春晖社区")), object_start("到过了西岭村", re.match("到", "到过了西岭村"))
    (4, 3)
    """
    pos = verb.end()
    if text.startswith("了", pos) and not text.startswith("了解", pos) or text.startswith("过", pos):
        pos += 1
        if text.startswith("了", pos) and text[pos - 1] == "过" and not text.startswith("了解", pos):
            pos += 1  # 到过了X: the experiential and the perfect together
        if m := _trip_count().match(text, pos):
            pos = m.end()  # 去过两次X社区: the count of trips is no part of the name
        if m := _relative_modifier().match(text, pos):
            return m.end()  # 去了隔壁西岭村: the place starts after where it lies
        return pos
    if m := _relative_modifier().match(text, pos):
        return m.end()
    if text.startswith("到", pos) or verb.group(0) == "到" and text.startswith("达", pos):
        # 深入到, 走访到; 到达X: 达 completes the verb (到达终点站X村: the rank before the name too)
        m = _relative_modifier().match(text, pos + 1)
        return m.end() if m else pos + 1
    return pos


@cache
def instruction() -> re.Pattern:
    """An official's words opened between them and a visit verb: a verb of saying or
    directing (`instruction_verbs.txt`) and a comma or colon, with no sequence word
    of two characters or more (`sequence_words.txt`: 随后, 接着) taking the narration back
    after it.  王明强调，各单位负责人来到X: the move is what he asks of others.

    >>> bool(instruction().search("强调，各单位负责人")), bool(instruction().search("指出，要加快进度，随后"))
    (True, False)
    """
    said = alternation(words("instruction_verbs.txt"))
    back = alternation([w for w in words("sequence_words.txt") if len(w) > 1])
    return re.compile(f"(?:{said})[，,：:](?:(?!{back})[^。！？])*$")


@cache
def modal(template: str = "(?:{})(?!的)") -> re.Pattern:
    """The modal words (`visit_modal_words.txt`: 将, 计划, 派出) in `template`, read nowhere a
    noun holding one opens (`visit_modal_compounds.txt`: 派出所 holds the directive 派出).
    Session 39 (FAULTS39, p133: 带着派出所工作人员来到X made the official's visit a directive).
    By default a word with 的 after it is no modal either: it qualifies a noun (A和几位轮值的
    委员来到X: the companions are on a rota, the trip is the day's; session 49, fplace49).

    >>> bool(modal().search("要求派出工作组")), bool(modal().search("带着派出所工作人员"))
    (True, False)
    >>> bool(modal().search("轮值的委员来到")), bool(modal().search("轮值接待"))
    (False, True)
    """
    nouns = alternation(words("visit_modal_compounds.txt"))
    return compile_words(words("visit_modal_words.txt"), f"(?!{nouns})" + template)


@cache
def another_subject() -> re.Pattern:
    """A clause opened, after the official, by someone else: a 他/她 that stands for no
    official (one that did would be the nearer actor), a kin word or a residents' word
    (`pronoun_kin_words.txt`, `issue_raisers.txt`).  周奶奶告诉方振华，她老家在X; 向王明说起，
    女儿一家住在Y: X and Y are where the resident's people are, no presence of the official.

    >>> bool(another_subject().search("，她老家")), bool(another_subject().search("先后"))
    (True, False)
    """
    people = alternation((*words("pronoun_kin_words.txt"), *words("issue_raisers.txt"), "他", "她"))
    return re.compile(f"[，,；;](?:{people})")


@cache
def sequence_lead() -> re.Pattern:
    """What may stand before a sentence's `在X`: sequence words, a date
    (2025年5月6日上午, 6月3日) with its one-character time of day (6月3日晚), the times
    of day and of recent days (`scene_time_words.txt`, `scene_recent_words.txt`: 傍晚,
    近日, 昨晚; session 37), an occasion's clause (`scene_occasion_words.txt`: 正赶上腊八; session 43)
    and commas.

    >>> sequence_lead().match("1月18日，正赶上腊八，柳溪村").end(), sequence_lead().match("王明指出，柳溪村").end()
    (12, 0)
    """
    times = [w for w in (*words("scene_time_words.txt"), *words("scene_recent_words.txt")) if len(w) > 1]
    # (a story's dateline, X融媒体中心讯（记者 Y）, may open the paragraph before its date: session 43)
    # an occasion's short clause (正赶上腊八，, 正值春耕时节，: `scene_occasion_words.txt`) says when,
    # as a date does.  Source: FAULTS43_p144 (a scene set after one lost its visit)
    occasion = pattern("scene_occasion_words.txt", r"(?:{})[^，,。；;：:！？!?\s“”]{{1,8}}(?=[，,])").pattern
    return re.compile(
        f"(?:{alternation(words('sequence_words.txt'))}|(?:{alternation(times)})(?:{TIME_OF_DAY_SPAN})?|{DATE_LEAD}(?:[晚晨早午](?=[，,]))?|{occasion}|{DATELINE}|[，,\\s])*"
    )


# a time of day written as its span (傍晚时分, 清晨时分): the time word says it, 时分 only spans it
# (session 46, fplace: a scene opened 傍晚时分，X村Y组村民Z家的禾坪上坐满了人 was lost)
TIME_OF_DAY_SPAN = "时分"


@cache
def scene_lead() -> re.Pattern:
    """`sequence_lead`, and a clock time closing the lead (3月14日晚7点，, 上午9时30分，:
    `CLOCK_LEAD`), before a scene set with no 在 (`Reader._scene_locative`: 3月14日晚7点，
    X村文化礼堂里坐满了人).  Only there: read before every 在X it moved a sealed report's
    issues (session 42).

    >>> scene_lead().match("2024年3月14日晚7点，X村里").end(), sequence_lead().match("2024年3月14日晚7点，X村里").end()
    (14, 10)
    """
    return re.compile(f"(?:{sequence_lead().pattern[:-1]}|{CLOCK_LEAD})*")


# a clock time closing a sentence's lead, after its date or time of day (晚7点，, 9时30分，):
# (a date's scene opener was lost behind it; source: FAULTS42_p145, an evening meeting)
CLOCK_LEAD = "[晚晨早午夜]?[0-9０-９一二三四五六七八九十两]{1,2}[点时](?:[0-9０-９]{1,2}分|半|许|多|左右)?(?=[，,])"


@cache
def clause_open() -> re.Pattern:
    """After `在X`: the comma ending the place's clause (在X内，), maybe after a
    home in X (在X村一户老人家中，), then sequence words."""
    return re.compile(f"(?:{HOME_IN})?[内里中]?[，,]\\s*(?:{alternation(words('sequence_words.txt'))})*")


@cache
def presence() -> re.Pattern:
    """Verbs that show an official is at the place the paragraph is about
    (kinds presence and activity in `visit_verbs.tsv`)."""
    return _verbs_of_kinds("presence", "activity")


@cache
def inspect_verbs() -> re.Pattern:
    """The inspect verbs of `visit_verbs.tsv` (察看, 查看, 调研), one pattern (`Reader._looked_at`)."""
    return _verbs_of_kinds("inspect")


def _verbs_of_kinds(*kinds: str) -> re.Pattern:
    """The verbs of `visit_verbs.tsv` of any of `kinds`, one pattern; a verb
    with a `then` column only before one of those characters (协商 before a
    clause's end: 开展协商。, not the noun of 协商成果); `visit_verbs` uses it too.

    >>> bool(_verbs_of_kinds("activity").search("与居民开展协商。")), bool(_verbs_of_kinds("activity").search("协商成果"))
    (True, False)
    """
    wanted = set(kinds)
    rows = [row for row in table("visit_verbs.tsv") if len(row) > 1 and wanted & set(row[1].split(","))]
    alternatives = [
        re.escape(row[0]) + (f"(?=[{re.escape(row[2])}])" if len(row) > 2 and row[2] else "")
        for row in sorted(rows, key=lambda row: len(row[0]), reverse=True)
    ]
    if "move" in wanted:
        # 至 after a way of travelling (步行至X, 驱车至X: `visit_travel_manners.txt`), never alone (至今, 截至).
        # The lookbehinds come after 至, which they read too: every alternative then opens with a
        # character, and re skips the positions where none can start (a lookbehind first made it
        # try every alternative at every character: a report's search ~15x slower; same matches)
        alternatives.append("至(?:" + "|".join(f"(?<={re.escape(w)}至)" for w in words("visit_travel_manners.txt")) + ")")
    # an empty class matches nothing, not the empty string at every position (kg.extract.lexicons.alternation)
    return re.compile("|".join(alternatives) or "(?!)")


@cache
def tour_verbs() -> re.Pattern:
    """The verbs telling a party set out on a tour (`visit_verbs.tsv`, kinds move and
    inspect: 来到, 走访, 调研), not what is done at a place (主持, 召开)."""
    return _verbs_of_kinds("move", "inspect")


@cache
def any_visit_verb() -> re.Pattern:
    """Any verb of the visit frame (`visit_verbs.tsv`, every kind): what is done at a
    place someone went to (去X走访, 去X调研)."""
    return _verbs_of_kinds("move", "inspect", "presence", "activity")


# how far into its sentence a 他/她 may stand and still open it (随后他, 当天她): a time word
PRONOUN_OPENING = 4
# the bare verb of going (Reader.went_to_do), and the characters around it the analyser reads
GO = "去"
GO_CONTEXT = 4


@cache
def moves() -> re.Pattern:
    """The move verbs of `visit_verbs.tsv` (来到, 前往): each starts a stop of its own."""
    return _verbs_of_kinds("move")


@cache
def entering() -> re.Pattern:
    """Verbs of entering (kind enter in `visit_verbs.tsv`: 走进, 步入): looking round a site,
    but taking an administrative area (走进X社区) they move the party into it."""
    return compile_words(kind_words("visit_verbs.tsv", "enter"), "{}")


@cache
def _asks() -> re.Pattern:
    """Verbs of asking (kind ask in `visit_verbs.tsv`: 询问): presence with the
    people asked, but alone no presence at the paragraph's place (`Reader.present`).

    >>> bool(_asks().fullmatch("询问")), bool(_asks().fullmatch("座谈"))
    (True, False)
    """
    return compile_words(kind_words("visit_verbs.tsv", "ask"), "{}")


@cache
def speech_before() -> re.Pattern:
    """An act of speaking (`issue_speech_verbs.txt`, the raising acts of
    `lexicons.raising_acts`), at most an addressee, then a clause mark: the words after
    it are someone's reported words (高支书说，水管的事…), where 我 is the speaker, not the writer."""
    return re.compile(f"(?:{speech_acts()})[^，,。；：:！？]{{0,6}}?[，,：:]")


@cache
def residents_speaking() -> re.Pattern:
    """A residents' word (`issue_raisers.txt`), then within four characters of the
    clause a verb of speaking or raising (`issue_speech_verbs.txt`, `issue_acts.tsv`),
    or one short clause of their gathering and a manner before it (居民围拢过来，
    七嘴八舌地反映: the residents are still the subject).  The gathering clause may
    say where they sit (村民们围坐在宅前屋后的小场地上，七嘴八舌地…: up to 14
    characters; FAULTS33_p100, where six lost the village group the party was at).

    >>> bool(residents_speaking().search("村民们说，路太窄")), bool(residents_speaking().search("果农们正忙着采摘"))
    (True, False)
    >>> bool(residents_speaking().search("居民们围了上来，你一言我一语地反映"))
    True
    >>> bool(residents_speaking().search("村民们围坐在宅前屋后的小场地上，七嘴八舌地聊开了"))
    True
    >>> bool(residents_speaking().search("养殖户老刘急得直跺脚：“棚塌了”")), bool(residents_speaking().search("养殖户老刘的牛棚：塌了"))
    (True, False)
    >>> bool(residents_speaking().search("村民张德才指着裂开的田坎说：“水引不来”"))
    True
    """
    gathered = "[^，,。；：“”]{1,14}[，,][^，,。；：“”]{0,7}?"
    # (or their quoted words opened by a colon after a gesture or a feeling, 养殖户甲急得直搓手：“…”:
    # the colon and the quote are the speaking; FAULTS43_p144.  Up to 14 characters: a name
    # of three, a gesture at a thing with its object and the verb, 村民甲指着干裂的田块说：“…”;
    # session 47, fplace: p180's group stop was lost at ten)
    return re.compile(
        f"(?:{alternation(words('issue_raisers.txt'))})(?:(?:[^，,。；：]{{0,4}}?|{gathered})(?:{speech_acts()})|[^，,。；：:“”]{{0,14}}[：:]“)"
    )


@cache
def pronoun_speaking() -> re.Pattern:
    """他/她 opening a clause, then within four characters a verb of speaking or
    raising (`issue_speech_verbs.txt`, `issue_acts.tsv`): a person named just
    before speaks (她告诉区长，…).  Matched at a sentence's start by the caller.  Not
    他们/她们 (several people), nor 道 ending a noun (楼道, 街道): 道 says only before a
    comma, colon or quotation mark.

    >>> bool(pronoun_speaking().match("她告诉林区长，楼里盼加梯")), bool(pronoun_speaking().match("他们走进楼道"))
    (True, False)
    >>> bool(pronoun_speaking().match("她走进楼道")), bool(pronoun_speaking().match("她笑道：“楼里盼加梯”"))
    (False, True)
    """
    return re.compile(f"[他她](?!们)[^，,。；：]{{0,4}}?(?:道(?=[，,：:“])|(?!道)(?:{speech_acts()}))")


@cache
def estate_words() -> re.Pattern:
    """The type words of housing estates of two characters or more (`place_suffixes.tsv`,
    type HousingEstate: 小区, 新村, 家园): what names a community's estates as a kind.

    >>> bool(estate_words().search("察看老旧小区改造情况")), bool(estate_words().search("察看了垃圾分类点"))
    (True, False)
    """
    return compile_words(sorted(
        {row[0] for row in table("place_suffixes.tsv") if len(row) > 1 and lies_in_unit(row[1], row[0])
         and not row[0].startswith("re:") and len(row[0]) >= 2}, key=len, reverse=True))


@cache
def cadre_speaking() -> re.Pattern:
    """A post title (`post_titles.txt`), a name of two to four characters, a verb of
    speaking or raising (`issue_speech_verbs.txt`, `issue_acts.tsv`): a local cadre
    speaking (嘎查达巴特尔说, 村主任某某反映); or the title right before a raising
    act of two characters or more (`lexicons.raising_acts`: 村支书反映, 村主任提出), the
    cadre unnamed.  A one-character speech verb needs the name: 主任说明 is no speaking.

    >>> bool(cadre_speaking().search("嘎查达巴特尔说，")), bool(cadre_speaking().search("主任说明了情况"))
    (True, False)
    >>> bool(cadre_speaking().search("在柳村，村支书反映缺少冷库"))
    True
    """
    titles = alternation(words('post_titles.txt'))
    return re.compile(f"(?:{titles})(?:[^，,。；：、]{{2,4}}?(?:{speech_acts()})|(?:{alternation([a for a in raising_acts() if len(a) > 1])}))")


@cache
def attend_verb() -> re.Pattern:
    """A verb of attending an event (`event_attend_verbs.txt`: 参加, 出席)."""
    return pattern("event_attend_verbs.txt")


# the words between an attended event's place and its head noun (的院坝, 居民): a few, none a clause break
EVENT_GAP = "的?[^，,。；;：:、\\s]{0,8}?"


@cache
def event_after() -> re.Pattern:
    """After a place: maybe 的 and a few words, then an event noun (`event_nouns.txt`:
    会, 议事, 活动) ending the phrase, maybe in quotes (X村的“院坝议事会”, X社区居民议事会上).

    >>> bool(event_after().match("的院坝议事会，与村民共商")), bool(event_after().match("的路灯改造工程。"))
    (True, False)
    """
    heads = alternation(words("event_nouns.txt"))
    return re.compile(f"{EVENT_GAP}(?:{heads})[”」]?(?=[，,。；;！？!?\\s并和与上时]|$)")


@cache
def activity() -> re.Pattern:
    """Verbs of doing something at a place (座谈, 主持, 听取): after a visited
    place, they make the visit a stop of its own (kept beside stops inside it)."""
    return _verbs_of_kinds("activity")


@cache
def _nominal_context() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Words before / after a visit verb that make it a noun or a modifier
    (`visit_verb_nominal.txt`: 向走访人员, 此次调研发现)."""
    sides = {"before": [], "after": [], "adverb": []}
    for line in lexicon("visit_verb_nominal.txt"):
        side, _, rest = line.partition(":")
        sides[side.strip()].extend(rest.split())
    before = re.compile(f"(?:{alternation(sides['before'])})$")
    after = re.compile(f"(?:{alternation(sides['after'])})")
    adverb = re.compile(f"(?:{alternation(sides['adverb'])})$")
    return before, after, adverb


CLOSING_QUOTES = "”」’\""


def verb_used_as_noun(text: str, start: int, end: int) -> bool:
    """Is the visit verb at text[start:end] a noun or modifier here?

    >>> verb_used_as_noun("居民向走访人员提出", 3, 5)
    True
    """
    before, after, adverb = _nominal_context()
    if before.search(text, max(0, start - 3), start) and not adverb.search(text, max(0, start - 3), start):
        return True  # (一次走访 is a noun; 又一次来到 came again)
    # 走访中, 调研组: a word after the verb, unless that is where a place's name
    # starts (来到中山街道: 中 begins the name); a quoted verb is the name of a practice,
    # the word after the quote says so (把“夜访”机制延伸到X: a scheme, no one goes; session 37)
    if end < len(text) and text[end] in CLOSING_QUOTES and after.match(text, end + 1):
        return True
    return bool(after.match(text, end)) and not parse_at(text, end)
