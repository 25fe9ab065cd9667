"""Officials and their posts: a post-title grammar over the lexical analyser's
words.

A post is jurisdiction + organ + title head (`区委副书记`, `东湖区人大代表`,
`村党支部书记`, `副区长候选人`): the head comes from `post_titles.txt`,
optionally followed by a word of `post_title_suffixes.txt` (候选人, 人选);
the words before it belong to the post as long as the analyser calls them
nominal (organisations, places, nouns, numerals: `二级巡视员`, `社区第一书记`)
and stop at a verb, particle, preposition, pronoun, time or person
(`参加调研的有|街道党工委书记`).  Several posts joined by 、 go to one person.

The person is the analyser's PER words (kg/analyse), not a surname list:

- after the head: `区长王明` (adjacent PER words joined: LAC may tag a
  surname and a given name apart), also a lone surname-like PER character
  with the word after it (`于|海鹰`);
- shared by a list: `区人大代表甲、乙` (each item must itself be a PER);
- before the post, when no name follows it: `由甲副镇长带领`, in
  parentheses (`甲（区委书记）`), or as a capacity (`甲以区政协委员(的)身份`,
  frames in `post_capacity.txt`).

Evidence beyond the tagger's first reading: a name the tagger did not call a
person after a title is accepted when it is tagged PER at another of its
mentions, or stands there as a clause's subject (`县长向玉林…向玉林表示`); a
one-character conjunction between a PER and a verb ends the name (`孟宪|和|来到`).  A
person's act (a party word, a movement, leading or accompanying verb, an
official's remark) after a title's name or after its repetition at a clause
start places the name whatever the tagger made of it (`印宁/LOC一行`,
`池志先|后来到` → 池志, `长|孙斌峰来到`).  A title followed by no person is a
common noun (`负责人高度重视`): no official; nor is a surname with a term of
address (`楼组长钱阿姨`), a verb after a title (`副区长冒雨入户`), or a title
made of a visited place's type word (`来到兴隆村长风站`).
Later bare mentions of a known name are found by string search.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import cache

from kg.analyse import Token, tokenize
from kg.analyse.component import CLAUSE_END, NAME_DOTS, analyse_spans
from kg.extract.guides import CLAUSE_STARTS, GUIDE_OPENERS, MAX_NAME, MAX_POST, guide_close_at, guided_at, host_leads
from kg.extract.issue_words import acts as raising_acts, remark_acts
from kg.extract.lexicons import alternation, assignment_titles, compile_words, kind_words, pattern, table, words
from kg.extract.place_suffixes import suffix_at
from kg.extract.place_segments import COUNTED_PEOPLE, segment
from kg.extract.post_jurisdiction import after_bare_level, after_introducing_verb, named_jurisdiction_start
from kg.pipeline import Doc, component, set_extension
from kg.extract.lost_names import resolve_lost_names
from kg.repair.lost import lost_run_end, surviving_name_part, unread_run_end
from kg.resources import lexicon, surname_initials
from kg.text import HAN, HAN_RUN, HEADLINE_END, is_han

POST_BOUNDARY = set("，。；：、“”‘’\"'()（）《》【】—\n 　…！？,.;:!?0123456789")
# transcribed names with a separator dot (阿不都热依木·吐尔逊) run longer still
MAX_DOTTED_NAME = 16
# tags of words that can be part of a post before its head (LAC's tag set):
# organisations, places, nouns, numerals (第一书记, 二级巡视员), verbal nouns
# (执法大队), adjectives as nouns, abbreviations, directions, other proper nouns
POST_TAGS = frozenset({"ORG", "LOC", "n", "nz", "vn", "an", "m", "q", "j", "f", "s"})
# conjunctions joining officials (official_conjunctions.tsv: 和, 与, 及, 同), and those that join
# officials listed each with their title (not 同)
CONJUNCTIONS = frozenset(kind_words("official_conjunctions.tsv", "join"))
LIST_CONJUNCTIONS = frozenset(kind_words("official_conjunctions.tsv", "list"))
# one character tagged so between nominal words is an abbreviation (社区办, 区建管委),
# never a preposition or particle (居民代表|向|社区主任)
ABBREVIATION_TAGS = frozenset({"n", "v", "vn", "a", "nz", "j"})
# a one-character PER word followed by a word of these tags can be surname + given name
GIVEN_NAME_TAGS = frozenset({"PER", "n", "nz", "LOC", "a", "an", "ORG", "TIME"})
# tags of the word after a name: its verb, an adverb, preposition, conjunction, particle or punctuation
NAME_END_TAGS = frozenset({"v", "vd", "d", "p", "c", "u", "w", "xc"})
# tags of a word after a title that is no name: adverbs, particles, pronouns, numerals…
PLACE_LIKE_TAGS = frozenset({"LOC", "ORG", "TIME", "m", "q", "w", "f", "s"})
NOT_NAME_TAGS = frozenset({"d", "u", "r", "m", "q", "w", "f", "xc", "TIME", "ad"})
# tags of the word after a name read as one person that make it the act's adverbial (耐心/ad, 一一/d)
ADVERBIAL_TAGS = frozenset({"d", "ad"})
# tags of one word that repeated at a clause start is no name (冒雪, 回访, 专程)
ONE_WORD_NOT_NAME_TAGS = frozenset({"v", "vd", "vn", "a", "ad", "d"})
# `X陪同` / `在X的陪同下`: X accompanies
ACCOMPANIED_AFTER = compile_words(words("accompany_verbs.txt"), "的?(?:{})")  # 王明陪同, 王明的陪同, 王明陪着
# 王明在李红的陪同下: the frame after the name of the official accompanied
ACCOMPANIED_FRAME = re.compile(r"在[^，。；！？,;\n]{2,30}?陪同下")
# `陪同调研的(还)有X`: the people listed after it accompany
ACCOMPANYING_LIST = re.compile(r"(?:陪同|随同)[^，。；]{0,6}的(?:还)?有[：:]?")
ACCOMPANYING_WERE = re.compile(ACCOMPANYING_LIST.pattern + "$")  # the same words ending a clause
# tags of a surname the tagger did not read as a person
SURNAME_LIKE_TAGS = frozenset({"PER", "n", "nz", "a", "LOC", "ORG"})
# the commas that may close a name right after a title: a list's next item or the clause's next part
LIST_OR_CLAUSE_COMMAS = ("、", "，", ",")
LOOKAHEAD = 8  # characters analysed after a position when the window ran out


@dataclass
class OfficialInfo:
    name: str
    posts: list[str] = field(default_factory=list)
    first: int = 0  # offset of the first title+name mention
    accompanying: bool = False
    leads: bool = False


@cache
def _titles() -> re.Pattern:
    """Title head, optionally after a title prefix (常务副区长:
    post_title_prefixes.txt) and followed by a post suffix (副区长候选人)."""
    prefixes, heads = words("post_title_prefixes.txt"), (*words("post_titles.txt"), *assignment_titles())
    # the lookahead keeps the search fast: an optional group first makes re try
    # every alternative at every character (15 times slower on a report)
    first = "".join(sorted({w[0] for w in (*prefixes, *heads)}))
    # a Han character and a title morpheme (教官): a head no list names, unless
    # the two are a compound surname (surnames.txt: 上官军军 is a name)
    morphemes = "".join(words("post_title_morphemes.txt"))
    surnames = [w for w in words("surnames.txt") if len(w) == 2 and w[1] in morphemes]
    not_surname = f"(?!{alternation(surnames)})" if surnames else ""
    coined = f"|{not_surname}[{HAN}][{morphemes}]" if morphemes else ""
    start = f"[{first}]|.[{morphemes}]" if morphemes else f"[{first}]"
    return re.compile(f"(?={start})(?:{alternation(prefixes)})?"
                      f"(?:{_heads_at_boundary(heads)}{coined})(?:{alternation(words('post_title_suffixes.txt'))})?")


def _heads_at_boundary(heads) -> str:
    """The alternation of title `heads` (longest first), each refused where its
    last characters open a longer head that goes on in the text: 支书 is no
    title in 党总支书记 (总支|书记: the unit's word, then 书记), so `支书(?!记)`.
    A head found that way would start the title inside the unit's word and cut
    the longer head (post_titles.txt: 支书, 书记).

    >>> _heads_at_boundary(["书记", "支书"])
    '书记|支书(?!记)'
    >>> _heads_at_boundary(["总工程师", "师长"])  # the rest after the shared characters (师|长)
    '总工程师(?!长)|师长'
    """
    out = []
    for head in sorted(set(heads), key=lambda w: (-len(w), w)):
        rests = sorted({other[k:] for k in range(1, len(head)) for other in heads
                        if len(other) > k and other.startswith(head[len(head) - k:])})
        out.append(re.escape(head) + (f"(?!{alternation(rests)})" if rests else ""))
    return "|".join(out) if out else "(?!)"


@cache
def _titles_after_name() -> re.Pattern:
    """Heads that are a post only after a name (post_titles_after_name.txt: 代表)."""
    return pattern("post_titles_after_name.txt")


@cache
def _title_at_end() -> re.Pattern:
    return re.compile(f"(?:{_titles().pattern})$")


@cache
def _capacity_frames() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(word before the post, words after it) from post_capacity.txt."""
    frames = []
    for before, after in (line.split(None, 1) for line in lexicon("post_capacity.txt")):
        frames.append((before, tuple(after.split())))
    return tuple(frames)


@cache
def _capacity_words() -> re.Pattern:
    """The words that close a capacity frame after its post (身份, 的身份:
    post_capacity.txt)."""
    return compile_words([a for _, afters in _capacity_frames() for a in afters], "{}")


def _capacity_word_at(text: str, pos: int) -> bool:
    """Does a capacity frame's closing word (身份) start at `pos`?  After a
    title it is the frame's (王明以市人大代表|身份|来到), never a name."""
    return _capacity_words().match(text, pos) is not None


@cache
def _post_breaks() -> re.Pattern:
    # a post read without the analyser (longer than its window) starts after a
    # companion or lead marker, or after a conjunction that follows a post
    words_ = [*CONJUNCTIONS, *words("companion_markers.txt"), *words("lead_markers.txt")]
    return compile_words(words_)


class Lexis:
    """The analyser's tokens of one document, analysing more on demand."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text.text
        # a word's mentions, and where it opens a clause, found once a report:
        # a long report asks for the same name's mentions at each of them (issue 10)
        self._found: dict[str, list[int]] = {}
        self._openings: dict[str, tuple[list[int], list[str], list[int]]] = {}

    def find_all(self, word: str) -> list[int]:
        """Offsets of every occurrence of `word` in the report (`_find_all`),
        searched once a report.  The list is shared: callers do not change it.

        >>> from types import SimpleNamespace as NS
        >>> Lexis(NS(text=NS(text="王明来到。王明说。"))).find_all("王明")
        [0, 5]
        """
        found = self._found.get(word)
        if found is None:
            found = self._found[word] = _find_all(self.text, word)
        return found

    def openings_elsewhere(self, word: str, pos: int):
        """Yield (ints, in text order) the offsets other than `pos` where
        `word` opens a clause (at the text's start or after one of
        CLAUSE_STARTS) and is followed by another character than at `pos`
        (the text's end counting as one): the repetitions `_repetitions` and
        `_repeated_as_subject` read.  Indexed once a word a report: each
        offset with the character after it, and where the run of offsets
        followed by the same character ends, so a run followed as `pos` is
        passed in one step.  A word written N times costs O(N) a report,
        where a search of the text at each mention cost O(N) a mention.

        >>> from types import SimpleNamespace as NS
        >>> lx = Lexis(NS(text=NS(text="区长王明来到。王明来到。，王明说。王明")))
        >>> list(lx.openings_elsewhere("王明", 2))
        [13, 17]
        """
        index = self._openings.get(word)
        text, n = self.text, len(word)
        if index is None:
            at = [i for i in self.find_all(word) if i == 0 or text[i - 1] in CLAUSE_STARTS]
            after = [text[i + n:i + n + 1] for i in at]
            run_end = [len(at)] * len(at)  # the first later offset followed by another character
            for j in range(len(at) - 2, -1, -1):
                run_end[j] = run_end[j + 1] if after[j + 1] == after[j] else j + 1
            index = self._openings[word] = (at, after, run_end)
        at, after, run_end = index
        here, j = text[pos + n:pos + n + 1], 0
        while j < len(at):
            if after[j] == here:
                j = run_end[j]
                continue
            if at[j] != pos:
                yield at[j]
            j += 1

    def covered(self, start: int, end: int) -> bool:
        """Does one analysed span hold text[start:end]?  (spans sorted, disjoint)"""
        spans = self.doc.ext.analysed
        i = bisect_right(spans, (start, float("inf"))) - 1
        return i >= 0 and spans[i][0] <= start and end <= spans[i][1]

    def _within_clause(self, start: int, end: int, anchor: int) -> tuple[int, int]:
        """text[start:end] cut to the clause holding `anchor` (end keeps the
        clause's closing punctuation: it shows where a name ends)."""
        start, end = max(0, start), min(len(self.text), end)
        for cut in CLAUSE_END.finditer(self.text, start, anchor):
            start = cut.end()
        stop = CLAUSE_END.search(self.text, anchor, end)
        if stop:
            end = stop.end()
        return start, end

    def tokens(self, start: int, end: int, anchor: int | None = None) -> list[Token]:
        """Tokens overlapping text[start:end] within the clause holding
        `anchor` (default `start`): no name or post runs across a clause's
        end.  Analyses the span if no window covers it (`prepare` analyses
        the usual ones beforehand, in one call)."""
        start, end = self._within_clause(start, end, start if anchor is None else anchor)
        if start >= end:
            return []
        if not self.covered(start, end):
            analyse_spans(self.doc, [_clause_span(self.text, start, end)])
        toks = self.doc.ext.tokens
        i = bisect_left(toks, start, key=lambda t: t.end)
        while i < len(toks) and toks[i].end <= start:
            i += 1
        out = []
        while i < len(toks) and toks[i].start < end:
            out.append(toks[i])
            i += 1
        return out

    def prepare(self) -> None:
        """Analyse, in two calls to the analyser, the spans `find_officials`
        reads beyond the analyse component's windows: first a long post's
        start (post_before), the words after a title's name and a name before
        a title of `post_titles_after_name.txt`; then, for a title not
        followed by a clean person reading (`clean_person_at`), the first
        clause-opening repetition of the characters after it
        (`_repeated_as_subject`) and, for a title no person follows, the name
        before its post.  The analyser costs ~30 µs a character plus
        ~0.3 ms a call; reads still missing are analysed on demand.  The
        spans are those the reads ask for, so the tokens are the same as
        when analysed one by one."""
        text = self.text
        spans = []

        def want(start: int, end: int, anchor: int | None = None) -> None:
            spans.append((start, end, anchor))

        titles = [m for m in _titles().finditer(text) if not _inside_visited_place(text, m)]
        for m in titles:
            cand = _post_candidate(text, m.end())
            if cand:
                want(cand[0], m.start() + 1, anchor=m.start())
            pos = _skip_title_gap(text, m.end())
            dotted = any(d in text[pos:pos + MAX_DOTTED_NAME] for d in NAME_DOTS)
            want(pos, pos + LOOKAHEAD + (MAX_DOTTED_NAME if dotted else 0))
        for m in _titles_after_name().finditer(text):
            want(m.start() - MAX_NAME - 1, m.start(), anchor=m.start() - 1)
        self.analyse_all(spans)
        # then, where no clean person reading follows a title, the repetitions
        # of what follows it and, where no person at all, the words before its
        # post (the post's start is the analyser's: `由王明副镇长带领`)
        spans = []
        for m in titles:
            pos = _skip_title_gap(text, m.end())
            if self.clean_person_at(pos):
                continue
            for i, length in self._repetitions(pos):
                want(i, i + length + 3)
            if any(t.start == pos and t.tag == "PER" for t in self.tokens(pos, pos + 1)):
                continue
            got = post_before(self, m.end(), m.start())
            if got:
                want(got[1] - MAX_NAME - 1, got[1], anchor=got[1] - 1)
        self.analyse_all(spans)

    def analyse_all(self, requests) -> None:
        """Analyse in one call every (start, end[, anchor]) span that `tokens`
        would analyse on demand (cut to the anchor's clause, widened as
        there), leaving out those already analysed."""
        spans = []
        for start, end, *anchor in requests:
            start, end = self._within_clause(start, end, anchor[0] if anchor and anchor[0] is not None else start)
            if start < end and not self.covered(start, end):
                spans.append(_clause_span(self.text, start, end))
        if spans:
            analyse_spans(self.doc, spans)

    def clean_person_at(self, pos: int) -> bool:
        """Does the analyser read a whole name at `pos` beyond doubt: PER
        words of two to four Han characters, the last no conjunction
        (成明和), then punctuation or a function word or verb of two
        characters or more (李谦，, 王明指出)?  Then the report's other
        mentions (`_repeated_as_subject`) have nothing to correct."""
        toks = self.tokens(pos, pos + LOOKAHEAD)
        i, name = 0, ""
        while i < len(toks) and toks[i].tag == "PER" and toks[i].start == pos + len(name):
            name += toks[i].word
            i += 1
        if not 2 <= len(name) <= 4 or not all(is_han(c) for c in name) or name[-1] in CONJUNCTIONS or i >= len(toks):
            return False
        nxt = toks[i]
        return nxt.tag == "w" or len(nxt.word) >= 2 and nxt.tag in NAME_END_TAGS

    def _repetitions(self, pos: int):
        """(offset, length) of the first clause-opening repetition elsewhere of
        the 2-4 characters at `pos`: where `_repeated_as_subject` reads words
        first (it reads further ones only when that one is no evidence)."""
        run = HAN_RUN.match(self.text, pos)
        if not run:
            return
        run = run.group(0)[:MAX_NAME]
        for length in range(min(4, len(run)), 1, -1):
            cand = run[:length]
            if _titles().search(cand):
                continue
            i = next(self.openings_elsewhere(cand, pos), None)
            if i is not None:
                yield i, length

    def name_after(self, pos: int) -> tuple[str, int] | None:
        """The person named at `pos` (after any spaces) by the analyser, and
        where the name ends; None if no person is named there."""
        pos = _skip_title_gap(self.text, pos)
        if _leads_or_moves(self.text, pos):
            return None  # 副县长|带队|到…: the person's act, the name stands before the title
        if _capacity_word_at(self.text, pos):
            return None  # 以市人大代表|身份|来到: the capacity frame's word, the name stands before
        after_marks = self._name_after_marks(pos)
        if after_marks:
            return after_marks  # 区委书记|??|张振华|来到: marks between the title and a complete name are noise
        lost = self._name_after_lost_surname(pos)
        if lost:
            return lost, pos + len(lost)  # 县委书记|某某伟|深入: the surname lost, the title and the act name a person
        dotted = any(d in self.text[pos:pos + MAX_DOTTED_NAME] for d in NAME_DOTS)
        toks = self.tokens(pos, pos + LOOKAHEAD + (MAX_DOTTED_NAME if dotted else 0))
        if not toks or toks[0].start != pos:
            # the tagger glued the name to the title (镇长凤杰静/PER)
            repeated = self._repeated_as_subject(pos) or self._read_from_title_end(pos) \
                or _glued_name_before_act(self.text, pos) or _transcribed_glued_to_title(self.text, toks, pos) \
                or _transcribed_name(self.text, pos, "", toks) or _common_words_as_given_name(self.text, toks, pos)
            # (副县长旦/n|增曲珍/v|来到: a transcribed name of four or more, its first syllable glued to the title)
            return (repeated, pos + len(repeated)) if repeated else None
        name = ""
        for tok in toks:
            if tok.tag != "PER" or len(name) + len(tok.word) > _max_name(name + tok.word):
                break
            name += tok.word
        first = _dotted_first_part(self.text, pos)
        if first and len(name) < len(first):
            dotted = _dotted_rest(self.text, toks, pos, first)
            if _act_follows(self.text, pos + len(dotted)) or _joined_post_follows(self.text, pos + len(dotted)) \
                    or _dotted_moves(self.text, pos, dotted):
                name = first  # 买/v|买提/PER|·: the part before a name dot, whatever the tagger read, when the person's act follows
        if name:
            name = _dotted_rest(self.text, toks, pos, name)
        if len(name) == 1 and len(toks) > 1 and toks[1].tag in GIVEN_NAME_TAGS and len(toks[1].word) <= 2:
            name += toks[1].word  # 于|海鹰: a surname the tagger left alone
        elif len(name) == 1 and len(toks) > 2 and len(toks[1].word) <= 2 and all(is_han(c) for c in toks[1].word) \
                and _follow_adverb_at(self.text, toks[2].start):
            name += toks[1].word  # 贺|东升/v|实地|走访: the given name the tagger read as a verb, before a manner adverb
        elif (len(name) == 1 or name == toks[0].word) and _given_name_read_as_verb(self.text, toks):
            name += toks[1].word  # 蓝|启航/v|到: the given name the tagger read as a verb, before a movement verb
        elif len(name) == 2 and self._given_name_glued_to_remark(toks, pos):
            name = self.text[pos:pos + COMMON_WORD_NAME]  # 韦跃/PER|进讲/v|，: the given name's end glued to the remark verb
        elif len(name) == 2 and self._given_name_end_before_move(toks, pos):
            name = self.text[pos:pos + COMMON_WORD_NAME]  # 韦跃/PER|进/v|到/v: the given name's end read as 进 of 进到
        elif len(name) == 1 and _common_words_as_given_name(self.text, toks, pos):
            name = self.text[pos:pos + COMMON_WORD_NAME]  # 书记|吉/PER|建设/v|说: the given name a common word
        elif not name and _surname_read_as_modal(toks):
            name = toks[0].word + toks[1].word  # 书记|应/v|海波/PER|说: a modal verb takes a verb, not a person
        elif not name and _surname_read_as_function_word(toks) and _act_after_adverbs(self.text, toks[2:]):
            name = toks[0].word + toks[1].word  # 县长|和/c|志强/PER|来到: no one else's act follows a nameless title
        elif not name and _two_characters_before_name_end(toks):
            name = toks[0].word + toks[1].word  # 镇长|钱|进|一行: single characters, then the name ends
        elif not name and _proper_noun_as_name(toks):
            name = toks[0].word  # 区长|黄河|来到: a name that is also a place's
        if not name and _collective_before(self.text, pos):
            return None  # 区领导|分两路|走访: a level's leaders as a group; no one's name follows
        if not name:
            name = _subject_of_person_verb(self.text, toks, pos) or ""
        if not name:
            name = _name_filling_item(self.text, toks, pos) or _name_glued_to_next_post(self.text, toks, pos) or ""
        if not name:
            name = self._common_word_as_name(toks, pos) or _common_words_as_given_name(self.text, toks, pos) or ""
        name = _fit_to_person_act(self.text, toks, pos, _adverb_run_into(self.text, pos, name))
        name = _transcribed_name(self.text, pos, name, toks)
        name = _adverb_as_given_name(self.text, pos, name)
        name = _adverb_cut_from_name(self.text, pos, name)
        through = self._through_lost_run(pos, name)
        if through != name:
            name = through  # 王某/PER|某/r|国/n|来到: the run of lost characters and the given name left after it
        elif name and len(name) < MAX_NAME and self._survives_lost(toks, pos + len(name)):
            name += self.text[pos + len(name)]  # 程某某|刚/d|来到: the given name left after lost characters
        if _adverb_of_acts(name):
            name = ""  # 副镇长|全程|陪同: an adverb of the person's act, the title's holder unnamed
        if name in words("group_words.txt"):
            name = ""  # 方圆二级巡视员|一行|来到: the party word (group_words.txt) stands for the title's holder, named before it
        if name in words("issue_raisers.txt") or _opens_with_residents_word(name):
            name = ""  # 区长王明、居民|来到, 委员及企业、居民代表|共商: the residents' word class (issue_raisers.txt) names no one
        rest = toks[len(_covering(toks, pos + len(name))):]
        if 2 <= len(name) < MAX_NAME and len(rest) >= 2 and len(rest[0].word) == 1 and rest[0].tag in ("n", "nz") \
                and _can_follow_name(rest[1]) and not self._stands_alone(name, rest[0].word) \
                and not _home_after_name(self.text, rest[0]):
            name += rest[0].word  # 白朝格吉乐|图|带领: a one-character noun between a name and its verb
        if len(name) >= 2:
            name = self._extend(name, toks[len(_covering(toks, pos + len(name))):])
        else:
            name = self._confirmed_elsewhere(pos)
        repeated = None if self.clean_person_at(pos) else self._repeated_as_subject(pos)
        if repeated and (not name or _same_person_longer(repeated, name)):
            name = repeated
        if name and 2 <= len(name) < 4:
            name = self._longer_elsewhere(pos, name) or name
        if name and not all(is_han(c) or c in NAME_DOTS for c in name):
            return None  # 张`华, 赵⏎刚: punctuation or a break inside is no name
        if name and suffix_at(name, len(name)) and not (toks[0].tag == "PER" and toks[0].start == pos) \
                and not (_place_word_as_name(name) and _act_follows(self.text, pos + len(name))):
            # 人大代表|联络站: a place's type word ends it, and the tagger read no person;
            # but a person's act after it makes it a name (区长罗村来到: a place does not arrive)
            return None
        if name and _addressed_by_courtesy(name):
            return None  # 楼组长施阿姨: a resident named by a term of address
        return (name, pos + len(name)) if name else None

    def _name_after_marks(self, pos: int) -> tuple[str, int] | None:
        """The complete name written right after a title at `pos` behind a
        run of marks for unreadable characters (`unread_run_end`: `??` the
        repair wrote `某`, `？？`, `□`, U+FFFD), and where it ends.  A
        separator the file could not hold (a no-break or en space between the
        title and the name) leaves such marks, and the holder's name stands
        whole after them: a surname (`_name_shaped`) and two given characters
        (or a compound surname and two), then a person's act, a visit verb or
        remark (`_person_act_at`) or a list's or clause's comma (区委书记??张振华来到…,
        区委书记□□张振华，区长…).  A surname and one given character is that
        name only where the report writes it elsewhere with a person's act
        after it (区委书记??张华来到… 张华指出): two characters may as well be
        the given name left after a lost surname (县委书记??明华来到, read
        某某明华 by `_name_after_lost_surname`).  None when no run starts at `pos`,
        or a person's act starts right after it (区长??来到: the name itself lost).
        Source: NAMES30 (a newcomer's report, 区委书记??+name: the official lost).
        Example: "区委书记??张振华来到…" at the first mark -> ("张振华", end of 张振华)."""
        end = unread_run_end(self.doc.text, pos)
        if end == pos or _person_act_at(self.text, end):
            return None
        for given in (1, 2):
            surname = 2 if _compound_surname(self.text[end:end + 2]) else 1
            cand = self.text[end:end + surname + given]
            after = end + len(cand)
            if len(cand) < surname + given or not _name_shaped(cand) or _adverb_of_acts(cand[surname:]):
                continue
            if not (_person_act_at(self.text, after) or self.text[after:after + 1] in LIST_OR_CLAUSE_COMMAS):
                continue
            if given == 1 and surname == 1:
                if not any(i != end and not self.text[i - 1:i] == "某" and _person_act_at(self.text, i + len(cand))
                           for i in self.find_all(cand)):
                    return None  # two characters, no other mention: the lost surname's reading
            return cand, after
        return None

    def _through_lost_run(self, pos: int, name: str) -> str:
        """`name`, read at `pos`, carried through the run of lost characters it
        stops inside or right before (kg.repair.lost wrote them `某`) and on to
        the given name's characters left after it, none to two, the fewest a
        person's act, visit verb or remark (`_person_act_at`) or a list's or
        clause's comma then follows (区长|王某/PER|某/r|国/n|来到 -> 王某某国).
        The analyser splits such a run as it likes (某 is also a pronoun), and
        the legible part after it is the name's: cut there, 王??国 read 王某 loses
        国, the one character that tells the person.  `name` unchanged when no
        lost run goes on at its end or nothing of a person follows.
        Source: NAMES30 (王??国 read 王某).
        Example: "区长王??国来到…" at 王, name 王某 -> 王某某国."""
        end = pos + len(name)
        if not name:
            return name
        run = lost_run_end(self.doc.text, end)  # a run going on past the name's end (王某|某国)
        if run == end and lost_run_end(self.doc.text, end - 1) == end - 1:
            return name  # the name neither stops inside a run nor right after one
        for given in range(3):
            rest = self.text[run:run + given]
            if len(rest) < given or not all(is_han(c) for c in rest):
                return name
            # a comma closes the name after a legible given character, or right after the run when the name
            # read before it has two characters (副县长|邵立|某某|、: its last characters lost, kg.repair.lost)
            if _person_act_at(self.text, run + given) or (given or run > end and len(name) >= 2) \
                    and self.text[run + given:run + given + 1] in LIST_OR_CLAUSE_COMMAS:
                return self.text[pos:run + given]
        return name

    def _name_after_lost_surname(self, pos: int) -> str | None:
        """The name at `pos` right after a title when its first characters were
        lost (kg.repair.lost wrote them `某`, where the received text had `?`
        or U+FFFD): the run of lost characters and the given name left after
        it, none to two characters, the fewest that a person's act or a visit
        verb then follows (县委书记|某某伟|深入…, 区长|某某建国|来到…), or, one
character left at least, the next list item's title (区委书记|某某明|，副区长…).  The
        title grammar says a name stands there and the act frame says it is a
        person's, whatever the analyser calls the run (某某伟/r, a pronoun).
        None when no lost run starts at `pos` or no act follows.
        Example: "县委书记??伟深入柳塘镇" at the first 某 -> 某某伟."""
        end = lost_run_end(self.doc.text, pos)
        if end == pos:
            return None
        for given in range(3):
            rest = self.text[end:end + given]
            if len(rest) < given or not all(is_han(c) for c in rest):
                return None
            if _act_follows(self.text, end + given) or _visit_verb_at(self.text, end + given):
                return self.text[pos:end + given]
            if given and self.text[end + given:end + given + 1] in ("、", "，") \
                    and _titles().match(self.text, end + given + 1):
                return self.text[pos:end + given]  # 区委书记|某某明|，副区长…: a list item, the next item's title after it
        return None

    def _read_from_title_end(self, pos: int) -> str | None:
        """The name at `pos` when the tagger read a word across the title's end
        (主任|何立新 read 办主/v 任何立新/r: the title's last character and the name
        made a word): the clause is read again from `pos`, as if the title were
        not there, and a clean person reading (PER words of two to four Han
        characters, then punctuation or a word of two characters or more
        that may follow a name) is the name.  The fresh tokens are not kept:
        they are this question's only.  None, without reading, when a title
        starts within the next characters (常委|会主任朱…: the title matched inside
        a longer one, whose name stands after it).
        Example: "县委办主任何立新，" at 何 -> 何立新."""
        if _titles().search(self.text, pos, pos + 4):
            return None
        end = CLAUSE_END.search(self.text, pos, pos + LOOKAHEAD + 2)
        end = end.end() if end else min(len(self.text), pos + LOOKAHEAD)
        toks = tokenize(self.text, [(pos, end)])
        i, name = 0, ""
        while i < len(toks) and toks[i].tag == "PER" and toks[i].start == pos + len(name):
            name += toks[i].word
            i += 1
        if not 2 <= len(name) <= 4 or not all(is_han(c) for c in name) or name[-1] in CONJUNCTIONS:
            return None
        nxt = toks[i] if i < len(toks) else None
        if nxt is not None and not (nxt.tag == "w" or len(nxt.word) >= 2 and nxt.tag in NAME_END_TAGS):
            return None
        return name

    def _longer_elsewhere(self, pos: int, name: str) -> str | None:
        """The longer name the text at `pos` goes on to spell, when the
        analyser reads exactly that longer name as one person elsewhere in
        the report: a name cut short here by a verb it runs into
        (县长孙立|强调研 in a headline, 孙立强/PER everywhere else).  Looks at
        most at two other mentions of each longer run, up to four characters.
        Example: "县长孙立强调研…。孙立强来到…" at the first 孙, name 孙立 -> 孙立强.
        Not where the characters beyond `name` open an adverb of the act
        (`_adverbial_beyond`: 何静|冒雨 written twice, 何静来到 elsewhere)."""
        text = self.text
        for length in range(4, len(name), -1):
            cand = text[pos:pos + length]
            if len(cand) < length or not all(is_han(c) for c in cand):
                continue
            if self._adverbial_beyond(pos, name, cand):
                return None  # (a shorter run only drops more of the adverb: 何静冒|雨)
            others = [i for i in self.find_all(cand)[:3] if i != pos][:2]
            self.analyse_all([(i, i + length + 2) for i in others])
            for i in others:
                toks = self.tokens(i, i + length + 2)
                if toks and toks[0].start == i and (toks[0].tag == "PER" and toks[0].word == cand or _act_follows(text, i + length)):
                    # (or the longer name is followed by a person's act there: 暴云|红，… then 暴云红一行抵达)
                    return cand
        return None

    def _adverbial_beyond(self, pos: int, name: str, cand: str) -> bool:
        """Are the characters of `cand` beyond `name` (both read at `pos`)
        the act's adverbial, not the rest of a name?  So they are when
        they open a manner adverb (name_follow_adverbs.txt: 冒雨, 连夜,
        认真), when the analyser reads `name` there as one person and the
        word after it as an adverb (ADVERBIAL_TAGS: 耐心/ad, 一一/d), or
        when the report writes `name` elsewhere without them, followed by
        a person's act (何静|冒雨来到 twice, 何静|来到 and 何静|指出 too).
        A name written the same way twice is no evidence of its length
        when the extra characters are an adverb of the person's act:
        FAULTS29 kind 9 (headline and lead both 副县长X冒雨…).

        So they are too when the analyser reads `name` as one person and
        the two characters beyond it are what follows a person
        (`_words_after_person`: 林涛|一行, 林涛|带队, 林涛|深夜/TIME|来到,
        林涛|步行/v|来到): NAMES30, the same kind with a party word, a
        leading verb, a time or a means of going.

        Shapes: 何静|冒雨 (lexicon), 刘芳|耐心/ad|听取 (tagger), 孙立|强调研
        with 孙立强来到 elsewhere and 孙立 never alone: False."""
        text, end = self.text, pos + len(name)
        if _follow_adverb_at(text, end):
            return True
        toks = self.tokens(pos, pos + len(cand) + 2)
        after = next((t for t in toks if t.start == end), None)
        per = any(t.start == pos and t.end == end and t.tag == "PER" for t in toks)
        if per and after is not None and after.tag in ADVERBIAL_TAGS and len(after.word) >= 2:
            return True
        if per and len(cand) - len(name) >= 2 and not _compound_surname(name) \
                and not _transcription_shaped(cand) and _words_after_person(text, end, pos + len(cand), after):
            return True
        extra = cand[len(name):]
        return any(i != pos and not text.startswith(extra, i + len(name)) and _person_act_at(text, i + len(name))
                   for i in self.find_all(name))

    def _stands_alone(self, name: str, char: str) -> bool:
        """Is `name` written elsewhere in the report without `char` after it
        (委员邝小川、… then 邝小川|家|就住在附近: the name and his home)?"""
        return self.text.count(name) > self.text.count(name + char)

    def _given_name_glued_to_remark(self, toks: list[Token], pos: int) -> bool:
        """After a title, is the person at `pos` named by three characters the
        analyser cut after the second, gluing the third to a remark verb
        (副县长|韦跃/PER|进讲/v|，…: 韦跃进 讲, not 韦跃 进讲)?  A given name
        made of a common word (跃进, 建设) loses its last character to the
        next word when that character and the one after it spell a word.
        So it is when the analyser reads two characters as a person, then a
        two-character word that is no act of a person itself (`_person_act_at`:
        强调, 来到 are; 邓国|强调 keeps 邓国), no adverb or function word
        (NOT_IN_NAME_TAGS), no word of its own ending in a speech verb
        (speech_word_compounds.txt: 王明|再说, 王明|听说), and its second character opens a
        remark (remark_acts: 讲, 说): the remark needs its subject, and the
        title grammar puts the whole name between the title and the act.
        Not when the report writes the two characters elsewhere as a name
        with a person's act right after them (韦跃来到… elsewhere: the
        two-character name is the report's).  Source: NAMES31 (韦跃进讲 read
        韦跃).
        Shapes: 副县长韦跃进讲，… -> True; 镇长邓国强调，… -> False."""
        text = self.text
        if len(toks) < 2 or toks[0].tag != "PER" or toks[0].start != pos or len(toks[0].word) != 2 \
                or _compound_surname(toks[0].word):
            return False
        glued = toks[1]
        if glued.start != pos + 2 or len(glued.word) != 2 or not all(is_han(c) for c in glued.word) \
                or glued.tag in NOT_IN_NAME_TAGS | ADVERBIAL_TAGS or glued.tag == "PER" \
                or glued.word in words("speech_word_compounds.txt"):
            return False
        if _person_act_at(text, glued.start) or _follow_adverb_at(text, glued.start) \
                or not remark_acts().match(text, glued.start + 1) or not _name_shaped(text[pos:pos + 3]):
            return False
        short = toks[0].word
        return not any(i != pos and text[i + 2:i + 3] != glued.word[0] and _person_act_at(text, i + 2)
                       for i in self.find_all(short))

    def _given_name_end_before_move(self, toks: list[Token], pos: int) -> bool:
        """After a title, is the person at `pos` named by three characters the
        analyser cut after the second, reading the third as a one-character verb
        before a one-character movement verb (副县长|韦跃/PER|进/v|到/v|X村: 韦跃进 到,
        not 韦跃 进到)?  The place after 到 draws the analyser to a resultative verb
        (进到, 走到); so the clause is read again by the analyser up to the
        movement verb, its object left out (副县长韦跃进到), and the name is the
        three characters when that reading tags them one person.  The analyser's
        own two-character verbs (来到) never come here: they are one word.
        Not when the report writes the two characters elsewhere without the
        third (韦跃说…: the two-character name is the report's).  One analyser
        call, only in this shape.  Source: LEFTOVERS32 item 4 (韦跃进到X村 read 韦跃).
        Shapes: 副县长韦跃进到石门镇 -> True; 副县长刘芳进到石门镇 -> False (the analyser
        reads 刘芳 进到 in the clause alone too)."""
        text = self.text
        if len(toks) < 3 or toks[0].tag != "PER" or toks[0].start != pos or len(toks[0].word) != 2 \
                or _compound_surname(toks[0].word):
            return False
        glued, move = toks[1], toks[2]
        if glued.start != pos + 2 or len(glued.word) != 1 or not is_han(glued.word) or glued.tag != "v" \
                or move.start != pos + 3 or not _move_verbs().fullmatch(move.word) or len(move.word) != 1:
            return False
        if not _name_shaped(text[pos:pos + 3]):
            return False
        short = toks[0].word
        if any(i != pos and text[i + 2:i + 3] != glued.word for i in self.find_all(short)):
            return False  # (韦跃 written elsewhere alone: the report's name has two characters)
        start = max((m.end() for m in CLAUSE_END.finditer(text, max(0, pos - MAX_POST), pos)), default=max(0, pos - MAX_POST))
        return any(t.tag == "PER" and t.start == pos and t.end == pos + 3 for t in tokenize(text, [(start, move.end)]))

    def _common_word_as_name(self, toks: list[Token], pos: int) -> str | None:
        """A name that is also a common word (高峰/n, 田野/n, 和平/ad), right
        after a title: one word of two or three characters shaped as a name
        (_name_shaped: a surname first), then a person's act or a visit verb
        (区委书记高峰|调研, 书记田野|陪同).  Not a word the tagger calls an
        adverb, pronoun, numeral or time (负责人|高度|重视), nor one followed by
        anything else: a preposition or conjunction follows common nouns too
        (实施书记|项目|推进, 局长|单位|的意见).  A conjunction of two characters
        (于是/c) is a name there when the person's own act follows it at once
        (局长|于是|来到): a conjunction joins nothing to a title."""
        text = self.text
        if len(toks) >= 2 and toks[0].start == pos and len(toks[0].word) == 2 and toks[0].tag == "c" \
                and _name_shaped(toks[0].word) and _act_follows(text, toks[0].end):
            return toks[0].word
        if len(toks) >= 2 and toks[0].start == pos and len(toks[0].word) == 2 and toks[0].tag == "d" \
                and _name_shaped(toks[0].word) and not _adverb_of_acts(toks[0].word) and _act_follows(text, toks[0].end):
            return toks[0].word  # 副镇长|任重/d|陪同: an adverb no act takes (name_follow_adverbs.txt) is a name there
        if len(toks) < 2 or toks[0].start != pos or not 2 <= len(toks[0].word) <= 3 \
                or toks[0].tag not in ("n", "nz", "a", "ad", "an", "vn", "v", "LOC", "ORG") \
                or not (_name_shaped(toks[0].word) or _place_word_as_name(toks[0].word)):
            return None
        end = toks[0].end
        if _act_follows(text, end) or _visit_verb_at(text, end):
            return toks[0].word
        return None

    def _repeated_as_subject(self, pos: int) -> str | None:
        """The name written after a title at `pos`, on the evidence of the
        report itself when the tagger glued it to the title or split it
        (秘书长弓|军飞, 副县长|成明和|…): the longest run of 2-4 characters at
        `pos` that the report writes again opening a clause, where it ends a
        word and goes on differently from here.  Evidence, not a surname list:
        a title before it, the name repeated later (issue 11, kind 6)."""
        run = HAN_RUN.match(self.text, pos)
        if not run:
            return None
        run = run.group(0)[:MAX_NAME]
        here = self.tokens(pos, pos + LOOKAHEAD)
        for length in range(min(4, len(run)), 1, -1):
            cand = run[:length]
            if _titles().search(cand) or _verb_then_verb(here, pos, length):
                continue
            for i in self.openings_elsewhere(cand, pos):
                toks = self.tokens(i, i + length + 3)
                inside = [t for t in toks if t.end <= i + length]
                # a person's verb after it (印宁|一行抵达, 福军赶赴) is evidence
                # whatever the tagger called the words (place, time, noun)
                acts = _acts_as_person(self.text, i + length)
                # one verb, adjective or adverb opening a clause has its subject
                # elided (，冒雪深入…, ，回访察看…): no name
                # (a name the tagger read as a verb, 成明/v来到, needs a person's act
                # after it here, and no verb after it at the title: 乡长冒雪入户)
                # (so does a two-character verb with its object making the whole clause:
                # ，接待选民。 is a predicate)
                predicate = len(inside) == 1 or len(inside) > 1 and inside[0].tag in ("v", "vd") and len(inside[0].word) >= 2 \
                    and len(toks) > len(inside) and toks[len(inside)].tag == "w" \
                    and bool(here) and here[0].start == pos and here[0].word == inside[0].word and here[0].tag == inside[0].tag
                one_verb = predicate and inside[0].tag in ONE_WORD_NOT_NAME_TAGS \
                    and not (acts and not _verb_follows(self.tokens(pos, pos + length + 2), pos + length))
                # (where a person's act follows, the tagger's word may run on into it: 暴建/v|红一行/a 抵达)
                if toks and toks[0].start == i and inside and (inside[-1].end == i + length or acts) and not one_verb \
                        and (acts or not any(t.tag in PLACE_LIKE_TAGS for t in inside)
                             and not (len(inside) == 1 and inside[0].tag in ("n", "vn", "nz")
                                      and not _moves(self.text, i + length))) \
                        and (acts or len(toks) > len(inside) and _can_follow_name(toks[len(inside)])):
                    return cand  # (a person's act follows whatever the tagger made of it: 深入/ad)
        return None

    def _survives_lost(self, toks: list[Token], end: int) -> bool:
        """Is the character at `end`, right after a name whose last characters
        were lost (kg.repair.lost.surviving_name_part), the given name's rest?
        So it is, an adverb though the analyser calls it (程某某|刚/d|来到), unless
        what follows a name starts there: an act, a sequence or manner adverb, a
        function word (李某|来到, 李某|也, 李某|实地, 李某|等)."""
        if not surviving_name_part(self.doc.text, end):
            return False
        nxt = next((t for t in toks if t.start == end), None)
        return not (_act_follows(self.text, end) or _follow_adverb_at(self.text, end)
                    or pattern("sequence_words.txt").match(self.text, end)
                    or (nxt is not None and nxt.tag in NOT_GIVEN_NAME_TAGS - {"d"}))

    def _extend(self, name: str, rest: list[Token]) -> str:
        """孟宪|和|来到: a one-character conjunction the tagger put right
        after a name, then a verb or a clause's end, is the name's last
        character, on the report's evidence: written with it again
        elsewhere, or, written nowhere else without it, followed by a
        movement or leading verb (a conjunction joins no verb).  王明|和|居民
        stays 王明, and so do 王明|及|陪同/v人员 (a verb used as a noun's
        attribute) and 王明|和|… where the report writes 王明 alone."""
        if not (len(name) < MAX_NAME and len(rest) >= 2 and len(rest[0].word) == 1 and rest[0].tag == "c"
                and rest[1].tag in ("v", "vd", "w") and is_han(rest[0].word)):
            return name
        longer, text = name + rest[0].word, self.text
        here = rest[0].start - len(name)
        # written with it elsewhere: a mention of `longer` not here (each is one of `name`)
        if any(i != here for i in self.find_all(longer)[:2]):
            return longer
        if not any(i != here for i in self.find_all(name)[:2]) and _move_or_lead_verbs().match(text, rest[1].start):
            return longer
        return name

    def _confirmed_elsewhere(self, pos: int) -> str | None:
        """A name the tagger misread after a title (县长|向|玉林, 书记|储明|带领),
        accepted on the evidence of another mention of the same characters:
        tagged there as one person, or standing there as a clause's subject
        (clause start, then a verb).  The candidate must be a whole run of
        words here, followed by a word that can follow a name; a title
        followed by an adverb or a function word is a common noun
        (负责人|高度|重视)."""
        here = self.tokens(pos, pos + LOOKAHEAD)
        if not here or here[0].start != pos:
            return None
        # after an adverb or a function word only a PER reading elsewhere counts
        weak = here[0].tag in NOT_NAME_TAGS and len(here[0].word) < 2
        for length in (3, 2):
            cand = self.text[pos:pos + length]
            if len(cand) < length or not all(is_han(c) for c in cand) or _verb_then_verb(here, pos, length):
                continue
            if not _ends_word_before_name_end(here, pos + length):
                continue
            # the (at most four) other mentions read below, analysed in one call
            others = [i for i in self.find_all(cand)[:5] if i != pos][:4]
            self.analyse_all([(i, i + length + 2) for i in others])
            for i in others:
                toks = self.tokens(i, i + length + 2)
                inside = [t for t in toks if t.end <= i + length]
                per = "".join(t.word for t in inside if t.tag == "PER")
                aligned = toks and toks[0].start == i and inside and inside[-1].end == i + length
                if aligned and per == cand and not (weak or here[0].tag in NOT_NAME_TAGS and here[0].word != cand):
                    return cand
                if here[0].tag in NOT_NAME_TAGS:
                    continue
                # a common noun as a subject (区长热线…。热线接通后) is no evidence
                one_noun = len(inside) == 1 and inside[0].tag in ("n", "vn", "nz")
                if aligned and not one_noun and (i == 0 or self.text[i - 1] in CLAUSE_STARTS) \
                        and _ends_word_before_name_end(toks, i + length):
                    return cand
        return None

    def name_shaped_before(self, end: int) -> tuple[str, int] | None:
        """The person named right before a title at `end` (`name_before`),
        or, where the tagger read no person there, a name it misread: a
        person or proper noun with one more character glued to the title
        (蒙大/PER 成/v 书记, 蒙大/ORG 成/v 书记), or one proper noun of two or
        three characters (杭宇航/ORG 代表).  Only what stands where a name
        does: callers check that the title is followed by what a person
        does and preceded by a clause start or an agent marker."""
        named = self.name_before(end)
        if named:
            return named
        toks = self.tokens(end - MAX_NAME - 1, end, anchor=end - 1)
        if not toks or toks[-1].end != end:
            return None
        last = toks[-1]
        # (not a verb that introduces the post: 王明|是|区委常委 names 王明, not 王明是)
        if len(toks) >= 2 and len(last.word) == 1 and is_han(last.word) and last.tag not in NOT_GIVEN_NAME_TAGS \
                and last.word not in words("post_link_verbs.txt") \
                and toks[-2].tag in ("PER", "ORG", "LOC", "nz") and 2 <= len(toks[-2].word) <= 3:
            cand, start = toks[-2].word + last.word, toks[-2].start
        elif last.tag in ("ORG", "LOC", "nz") and 2 <= len(last.word) <= 3:
            cand, start = last.word, last.start
        else:
            return None
        return (cand, start) if _name_shaped(cand) else None

    def name_before(self, end: int) -> tuple[str, int] | None:
        """The person whose PER words end at `end`, and where they start."""
        toks = self.tokens(end - MAX_NAME - 1, end, anchor=end - 1)
        if not toks or toks[-1].end != end:
            return None
        name, start = "", end
        for tok in reversed(toks):
            # (a PER read across a line break, 晴|\n of a diary's date line before a post
            # opening the next paragraph, is no name: names hold no space)
            if tok.tag != "PER" or len(name) + len(tok.word) > _max_name(tok.word + name) \
                    or any(c.isspace() for c in tok.word):
                break
            name, start = tok.word + name, tok.start
        first = next((i for i, t in enumerate(toks) if t.start == start), None)
        title = _titles().match(self.text, end)
        if first and len(name) <= 2 and _surname_read_as_function_word(toks[first - 1:]) \
                and (toks[first - 1].start == 0 or self.text[toks[first - 1].start - 1] in CLAUSE_STARTS) \
                and title and _leads_or_moves(self.text, title.end()):
            # 和|丽萍|副县长来到: a clause opening with a conjunction or preposition
            # before a title and its holder's movement is a surname (向/和 X 副县长汇报 is not)
            name, start = toks[first - 1].word + name, toks[first - 1].start
        return (name, start) if len(name) >= 2 else None


# what follows a person's home (王德胜家|的院子, 家|中, 家|里, 家|门口, 家|院里)
HOME_FOLLOWS = re.compile(r"的|中|里|门|院|附近|旁")


def _home_after_name(text: str, tok: Token) -> bool:
    """Is the one-character word `tok` after a name the person's home (`name_home_words.txt`:
    家), followed by 的, a locative or a part of a house (组长王德胜家的院子里, 李大成家中)?
    Then it is no part of the name.  Source: FAULTS32 (p89-09 王德胜家 held 组长).

    >>> from kg.analyse import Token
    >>> _home_after_name("王德胜家的院子", Token("家", "n", 3, 4)), _home_after_name("白朝格吉乐图带领", Token("图", "n", 5, 6))
    (True, False)
    """
    return tok.word in words("name_home_words.txt") and HOME_FOLLOWS.match(text, tok.end) is not None


@cache
def _opens_with_residents_word(name: str) -> bool:
    """Does a name read after a title open with a residents' word of two
    characters or more (`issue_raisers.txt`: 居民代表, 村民代表 listed after
    `政协委员及企业、`)?  Residents are no officials, and no person's name opens
    with such a word.

    >>> _opens_with_residents_word("居民代表"), _opens_with_residents_word("居明德")
    (True, False)
    """
    return any(len(w) >= 2 and len(name) > len(w) and name.startswith(w) for w in words("issue_raisers.txt"))


@cache
def _move_verbs() -> re.Pattern:
    return compile_words(kind_words("visit_verbs.tsv", "move"), "{}")


@cache
def _move_or_lead_verbs() -> re.Pattern:
    """Movement (来到) and leading (带领) verbs: what a named person does."""
    return compile_words([*kind_words("visit_verbs.tsv", "move"), *words("lead_markers.txt")], "{}")


def _find_all(text: str, word: str) -> list[int]:
    """Offsets of every occurrence of `word` in `text`."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


@cache
def _visit_verbs() -> re.Pattern:
    """Verbs that go to or look at a place (visit_verbs.tsv: move, inspect)."""
    return compile_words(kind_words("visit_verbs.tsv", "move", "inspect"), "{}")


def _visit_verb_at(text: str, pos: int) -> bool:
    """Does a visit verb of two or more characters start at `pos` (走进, 察看)?
    Ends a list of names (甲、乙、丙走进…): one-character ones (到, 去) are
    left out, they start words and names too."""
    m = _visit_verbs().match(text, pos)
    return m is not None and len(m.group(0)) >= 2


def _inside_visited_place(text: str, title: re.Match) -> bool:
    """Is the title's first character the end of a place's type word
    (place_suffixes.tsv) in the object of a movement verb?  来到兴隆村长风站
    is 兴隆村 + 长风站 and 返回青云居委会长风弄 is 青云居委会 + 长风弄, not
    村长/会长 and a person: what a movement verb reaches is a place.  A
    title right after the verb (来到村长家中) keeps its reading."""
    hit = suffix_at(text, title.start() + 1)
    if not hit:
        return False
    stem_end = title.start() + 1 - hit[0]
    if stem_end <= 0 or not is_han(text[stem_end - 1]):
        return False
    start = max(0, stem_end - MAX_POST)
    for cut in CLAUSE_END.finditer(text, start, stem_end):
        start = cut.end()
    verb = None
    for verb in _move_verbs().finditer(text, start, stem_end):
        pass
    return verb is not None and verb.end() < stem_end


def _moves(text: str, pos: int) -> bool:
    """Does a movement verb (来到, 前往…) start at `pos`, after any party word
    (一行)?  Its subject is a person, so a common noun before it (乌云来到…)
    is a name there."""
    party = pattern("group_words.txt").match(text, pos)  # 乌云一行来到
    return _move_verbs().match(text, party.end() if party else pos) is not None


def _leads_or_moves(text: str, pos: int) -> bool:
    """Does a leading, accompanying or movement verb of two or more
    characters start at `pos` (带队, 陪同, 来到)?  Right after a title that is
    what the person does (王明副县长带队到…), never their name: one-character
    verbs (率, 到) are left out, they are surnames too (区长率明)."""
    m = _person_verbs().match(text, pos)
    return m is not None and len(m.group(0)) >= 2


def _acts_as_person(text: str, pos: int) -> bool:
    """Does a party word (一行) start at `pos`, or a verb of two or more
    characters that only a person does: moving, leading, accompanying
    (来到, 赶赴, 带领, 陪同) or an official's own remarks (强调, 指出:
    issue_official_acts.txt)?  Whatever stands before it as a clause's
    subject is a person, even where the tagger read it as a place, a time or
    a noun (印宁/LOC一行, 凌晨/TIME建深入, 车勇强/n强调).  One-character verbs
    (到, 率, 说) are left out: they follow common words too."""
    if pattern("group_words.txt").match(text, pos):
        return True
    if _leads_party_at(text, pos):
        return True
    m = _person_verbs().match(text, pos) or remark_acts().match(text, pos)
    return m is not None and len(m.group(0)) >= 2


def _leads_party_at(text: str, pos: int) -> bool:
    """Does a leading verb (lead_markers.txt) start at `pos`, with the party
    it leads after it (group_words.txt: 高山|率调研组)?  A one-character
    leading verb (率) is a surname too; with its party it is the act.

    >>> _leads_party_at("率调研组到", 0), _leads_party_at("率明来到", 0)
    (True, False)
    """
    lead = pattern("lead_markers.txt").match(text, pos)
    return lead is not None and pattern("group_words.txt").match(text, lead.end()) is not None


@cache
def _person_verbs() -> re.Pattern:
    """Verbs whose subject is a person: movement (来到, 前往), leading (带领, 率)
    and accompanying (陪同)."""
    return compile_words([*kind_words("visit_verbs.tsv", "move"), *words("lead_markers.txt"), *words("companion_markers.txt")], "{}")


def _set_of_holders(text: str, start: int) -> bool:
    """Does a word of `post_set_words.txt` (各级, 全体, 广大) end at `start`, where a
    title starts?  `昭觉县各级人大代表累计走访选民` names the post's holders as a class:
    a word after the title the analyser reads as no person is no name.  Source:
    FAULTS38_p123 (累计 read as a deputy's name, with a visit of its own).

    >>> _set_of_holders("各级人大代表累计走访", 2), _set_of_holders("县人大代表王明走访", 1)
    (True, False)
    """
    return any(text.endswith(w, 0, start) for w in words("post_set_words.txt"))


def _collective_before(text: str, pos: int) -> bool:
    """Does a staff noun (`name_staff_nouns.txt`: 领导, 干部) end at `pos` with
    no surname's character after it?  `区领导分两路走访` names the district's
    leaders as a group: with no word the tagger reads as a person, the title's
    holder is nobody; a surname after it (市领导储明来到) may still open a name.

    >>> _collective_before("区领导分两路走访", 3), _collective_before("市领导储明来到", 3)
    (True, False)
    """
    initials = surname_initials() or frozenset()
    return pos < len(text) and text[pos] not in initials \
        and any(text.endswith(w, 0, pos) for w in words("name_staff_nouns.txt"))


def _subject_of_person_verb(text: str, toks: list[Token], pos: int) -> str | None:
    """Two to four characters after a title, then a verb only a person does
    (区委书记|储明|带领, 区长|储明率|…): the tagger read the name as a verb or
    glued it to the next word, but a title, then a person's verb, names the
    person between them.  The first word must not be an adverb, pronoun,
    number, time or place (书记|亲自|带领, 镇长|一行|来到).  Prefers a
    candidate ending where the tagger ends a word.

    Also, with the same title-and-verb evidence: a party word before the verb
    (和云|一行|来到), an adverb between name and verb (揭强|先后|来到); a
    one-character function word that is the surname of a one-character
    given name (区长|和/c|云/n|来到: a conjunction joins no single character
    to a title); a one-character word before a person's name, the first
    character of a compound surname (书记|长/a|孙斌峰/PER|来到).

    >>> # 区委书记储明带领工作组来到… -> '储明'
    """
    if not toks or toks[0].start != pos or toks[0].tag in ("PER", "w"):
        return None
    ends = {t.end for t in toks}
    initials = surname_initials() or frozenset()
    # 市委书记|尤/d|立成/v|来到: a surname the tagger read as a one-character
    # adverb or pronoun, then a word of the given name's kind (a conjunction or
    # preposition there joins a noun: 区长|和|群众|来到)
    odd_surname = len(toks[0].word) == 1 and toks[0].tag in ("d", "r") and text[pos] in initials \
        and len(toks) > 1 and toks[1].tag in GIVEN_NAME_WORD_TAGS
    found = []
    for length in (2, 3, 4):
        cand = text[pos:pos + length]
        if length == 4 and not (len(toks) > 1 and len(toks[0].word) == 1 and toks[0].tag in SURNAME_LIKE_TAGS
                                and toks[1].tag == "PER" and toks[1].end == pos + 4):
            continue  # four characters only as 长|孙斌峰: a compound surname read apart
        surname = (length == 2 and len(toks[0].word) == 1 and toks[0].tag in ("c", "p") and len(toks) > 1
                   and len(toks[1].word) == 1 and toks[1].tag in SURNAME_LIKE_TAGS and toks[1].end == pos + 2)
        # a word of the candidate must be a possible name; a word running past it is the tagger's glue
        if toks[0].end <= pos + length and toks[0].tag in NOT_NAME_TAGS | PLACE_LIKE_TAGS | {"r", "p", "c"} \
                and not surname and not (odd_surname and pos + length in ends and toks[1].end == pos + length):
            continue
        if toks[0].end == pos + length and toks[0].tag in ("n", "vn"):
            continue  # 代表|身份|到: one common noun is no name
        if any(t.tag == "u" and pos < t.start < pos + length for t in toks):
            continue  # 镇长|领/v|着/u|一行人来到: a particle closes a verb, no given name holds one
        if any(_name_tail_at(text, pos + k) is not None or ACCOMPANIED_AFTER.match(text, pos + k)
               or _leads_party_at(text, pos + k) or guide_close_at(text, pos + k) for k in range(2, length)):
            break  # 陆地|等陪同, 陆地|的陪同, 陆地|率调研组: the name ends where what follows a name starts
        if len(cand) == length and all(is_han(c) for c in cand) and not _titles().search(cand) \
                and cand not in words("group_words.txt"):
            skip = _person_act_after(text, toks, pos + length)
            if skip is not None:
                # the act right after it first, then the longer adverb (有建|分别深入, not 有建分|别深入)
                found.append((pos + length in ends, skip == 0, skip, length, cand))
    return max(found)[-1] if found else None


# tags of the word after a misread surname that can be its given name (尤/d 立成/v)
GIVEN_NAME_WORD_TAGS = frozenset({"v", "n", "nz", "a", "an", "PER"})
# tags of a word of two or more characters that is no part of a name: verbs, adverbs,
# function words, numerals, times (书记|亲自|部署, 局长|高度|重视)
NOT_NAME_PART_TAGS = frozenset({"v", "vd", "vn", "d", "ad", "p", "c", "u", "m", "q", "TIME", "f", "w", "xc"})
# a list item of post + name ends at one of these (区民政局局长其木格，区…局长…)
ITEM_SEPARATORS = "，、,"


def _name_filling_item(text: str, toks: list[Token], pos: int) -> str | None:
    """Two to four characters after a title that fill a list item up to its
    separator (a comma, 、, or a one-character conjunction such as 和), in a list
    of post + name items (区应急管理局局长其/r木格/n，区民政局副局长刘振宇等陪同;
    局长其其/r格/n等陪同; 区委书记谈志/v和区委书记…): the tagger read no person there (a
    name outside the Han pattern), but a list of posts and names lists a name
    after each post.  The next item must open with a post, or 等 must close
    the list; the characters must be whole words, none a verb, adverb,
    function word, numeral or time of two characters or more (局长|高度|重视，),
    nor one common noun (组长|单位，), a title, a place's or an organisation's
    type word, a party word or the residents' word class.

    >>> # 区应急管理局局长其木格，区民政局副局长刘振宇等陪同 -> '其木格'
    """
    joins = {t.start for t in toks if t.word in CONJUNCTIONS}  # 谈志/v|和|区委书记: a conjunction ends an item too
    end = pos
    while end < len(text) and end - pos <= 4 and is_han(text[end]) and text[end] != "等" \
            and not (end - pos >= 2 and end in joins):
        end += 1
    if not 2 <= end - pos <= 4 or end >= len(text) or text[end] not in ITEM_SEPARATORS + "等" and end not in joins:
        return None
    cand = text[pos:end]
    inside = [t for t in toks if t.start < end]
    if not inside or inside[0].start != pos or inside[-1].end != end:
        return None
    if any(t.tag == "w" for t in inside):
        return None
    if any(len(t.word) >= 2 and t.tag in NOT_NAME_PART_TAGS for t in inside) \
            and not (len(inside) == 1 and inside[0].tag in VERB_NAME_TAGS | ADVERB_NAME_TAGS and _name_shaped(cand)
                     and not _adverb_of_acts(cand)):
        # (区委书记|谈志/v，区长…, 镇党委书记|齐备/d，镇长…: one verb or adverb word opening with a
        # surname fills the item as a name; not an adverb of the person's act, 全程)
        return None
    if len(inside) == 1 and (inside[0].tag == "r" or inside[0].tag in ("n", "vn", "an") and not _name_shaped(cand)
                             and not _transcription_shaped(cand)):
        return None  # one common noun (组长|单位，), unless shaped as a name (区长|高峰/n，, 旗长|图雅/n，)
    if _titles().search(cand) or cand in words("group_words.txt") or cand in words("issue_raisers.txt") \
            or suffix_at(cand, len(cand)) or pattern("organisation_heads.txt", "(?:{})$").search(cand):
        return None
    if text[end] != "等":
        nxt = _titles().search(text, end + 1, end + 1 + MAX_POST)
        if not nxt or any(c in POST_BOUNDARY for c in text[end + 1:nxt.start()]):
            return None
    return cand


# tags of a word into which the analyser glues a name, a conjunction and the next item's organ
# (王建平和街道党工委/ORG)
GLUED_ORGAN_TAGS = frozenset({"ORG", "LOC", "nz", "n"})


def _name_glued_to_next_post(text: str, toks: list[Token], pos: int) -> str | None:
    """The name at `pos` when the analyser glued it, with the conjunction
    after it, to the organ of the next post + name item (主任|王建平和街道党工委/ORG|
    委员、…|李敏): one word opening at `pos` holds two or three characters
    shaped as a name (`_name_shaped`: a surname first), then 和/与/及, and the
    word goes on to a title with no break between (the next item's post).
    A list of post + name items names a person after each post.

    >>> text = "人大工委主任王建平和街道党工委委员李敏"
    >>> _name_glued_to_next_post(text, [Token("王建平和街道党工委", "ORG", 6, 15)], 6)
    '王建平'

    The analyser also reads such a span as one person (书记|林晓红和县人大/PER|代表):
    a PER word counts only when what follows the conjunction opens a
    jurisdiction or ends in an organ (`_opens_organ`), since a post never holds
    a person's name inside it (rule: FAULTS27 kind 7).

    >>> text = "社区党委书记林晓红和县人大代表周建"
    >>> _name_glued_to_next_post(text, [Token("林晓红和县人大", "PER", 6, 13)], 6)
    '林晓红'
    """
    if not toks or toks[0].start != pos or toks[0].tag not in GLUED_ORGAN_TAGS | {"PER"}:
        return None
    for length in (3, 2):
        join = pos + length
        if join + 1 >= toks[0].end or text[join] not in LAST_ITEM_JOINS or not _name_shaped(text[pos:join]):
            continue
        if toks[0].tag == "PER" and not _opens_organ(text[join + 1:toks[0].end]):
            continue  # 王明和李红/PER: two names; 陆春燕和县人大/PER: a name and the next post's organ
        title = _titles().search(text, join + 1, join + 1 + MAX_POST)
        if title and not any(c in POST_BOUNDARY for c in text[join + 1:title.start()]):
            return text[pos:join]
    return None


def _opens_organ(rest: str) -> bool:
    """Does `rest`, the part of an analyser's person word after a conjunction,
    open with a jurisdiction's type word (县, 区, 镇, 街道: place_suffixes.tsv)
    or end in an organ's head (organisation_heads.txt: 人大, 政协, 党委)?

    >>> _opens_organ("县人大"), _opens_organ("街道党工委"), _opens_organ("李红")
    (True, True, False)
    """
    opening = next((suffix_at(rest, k) for k in (2, 1) if k <= len(rest) and suffix_at(rest, k)
                    and suffix_at(rest, k)[0] == k), None)
    return opening is not None or pattern("organisation_heads.txt", "(?:{})$").search(rest) is not None


# tags of a one-character word that cannot end a name before its verb: particles
# (等), conjunctions, prepositions, pronouns, adverbs (亦), numerals, times
NOT_GIVEN_NAME_TAGS = frozenset({"u", "c", "p", "r", "d", "w", "xc", "m", "q", "TIME", "f"})


# tags of a word that keeps three characters after a title from being a name: a
# preposition, conjunction, particle, pronoun, numeral or locative (书记|向/p|记者|介绍,
# 主任|高兴|地/u|说); an adverb or a time only where it opens them (主任|马上/d|说,
# 主任|周一/TIME|说; 符|国庆/TIME is a given name read as the holiday)
NOT_IN_NAME_TAGS = frozenset({"p", "c", "u", "r", "m", "q", "w", "xc", "f"})
COMMON_WORD_NAME = 3  # a surname and a two-character given name that is a common word


def _common_words_as_given_name(text: str, toks: list[Token], pos: int) -> str | None:
    """The name at `pos`, right after a title, when the analyser read it as
    common words (吉文/n|才/d, 书记吉/n|建设/v, 向解/v|放): the title grammar,
    title + name + act, puts a person there.  Three Han characters shaped as
    a name (`_name_shaped`: a surname first), ending where a word ends and
    followed at once by a person's act or remark (`_act_follows`,
    `remark_acts`: 来到, 介绍) or a raising act (issue_words.acts: 反映, 说);
    no word inside tagged a function word (NOT_IN_NAME_TAGS: 书记|向/p|记者|
    介绍 is no 向记者), the first word inside no adverb (主任|马上说), the
    given name no adverb of the act (name_follow_adverbs.txt).  The first
    word may run from the title into the surname (书记吉/n: the title ends at
    `pos`, the caller's evidence).  FAULTS29 kind 13: 村党支部书记吉文才反映.

    >>> from kg.analyse import Token
    >>> toks = [Token("吉文", "n", 0, 2), Token("才", "d", 2, 3), Token("反映", "v", 3, 5)]
    >>> _common_words_as_given_name("吉文才反映，", toks, 0)
    '吉文才'
    >>> toks = [Token("向", "p", 0, 1), Token("记者", "n", 1, 3), Token("介绍", "v", 3, 5)]
    >>> _common_words_as_given_name("向记者介绍，", toks, 0) is None
    True
    """
    end = pos + COMMON_WORD_NAME
    cand = text[pos:end]
    if len(cand) < COMMON_WORD_NAME or not _name_shaped(cand) or _follow_adverb_at(text, pos) \
            or _follow_adverb_at(text, pos + 1) or _adverb_of_acts(cand[1:]):
        return None
    inside = [t for t in toks if t.start < end and t.end > pos]
    if not inside or inside[-1].end != end or any(t.tag in NOT_IN_NAME_TAGS for t in inside) \
            or inside[0].start == pos and inside[0].tag in ADVERBIAL_TAGS | {"TIME"} \
            or any(t.tag == "PER" and t.end > pos + 1 for t in inside):
        return None  # (a PER word only as the surname alone, 吉/PER|建设/v: the tagger's longer PER is read elsewhere)
    if not (_act_follows(text, end) or remark_acts().match(text, end) or raising_acts().match(text, end)):
        return None
    return cand


def _follow_adverb_at(text: str, pos: int) -> bool:
    """Does an adverb of manner that follows a name (name_follow_adverbs.txt: 实地,
    亲自) start at `pos`?"""
    return pattern("name_follow_adverbs.txt").match(text, pos) is not None


def _adverb_run_into(text: str, pos: int, name: str) -> str:
    """`name` (read at `pos`) cut where an adverb of manner that follows a name
    (name_follow_adverbs.txt) starts inside it: the tagger ran the adverb into
    the name (孔德明实|地|察看, 孔德明实地|察看 -> 孔德明).  At least two
    characters of the name stay.

    >>> _adverb_run_into("区委书记孔德明实地察看", 4, "孔德明实")
    '孔德明'
    """
    for i in range(2, len(name)):
        if _follow_adverb_at(text, pos + i):
            return name[:i]
    return name


@cache
def _transcription_chars() -> frozenset[str]:
    return frozenset(words("name_transcription_chars.txt"))


def _transcription_run(text: str, pos: int) -> int:
    """How many characters of name_transcription_chars.txt stand in a row
    from `pos`, MAX_NAME at the most: the longest transcribed name that can
    start there (`_transcribed_name`, `_transcribed_item` cut it back).

    >>> _transcription_run("县长达瓦次仁来到扎西村", 2), _transcription_run("嘎查达苏和巴鲁说", 3)
    (4, 4)
    """
    chars = _transcription_chars()
    length = 0
    # (和 second: 苏和巴鲁, 孟和巴特尔 — one character before it is no name of its own, so
    # 和 joins no two names there; name_transcription_chars.txt leaves 和 out for 罗杰和巴特尔)
    while length < MAX_NAME and pos + length < len(text) and (text[pos + length] in chars or length == 1 and text[pos + length] == "和"):
        length += 1
    return length


def _transcription_shaped(cand: str) -> bool:
    """Is `cand` two to MAX_NAME characters of name_transcription_chars.txt
    (图雅, 萨仁高娃): the shape of a name transcribed from Mongolian, Tibetan
    or Uyghur, asked only where a frame already puts a name, as `_name_shaped`
    asks for a Han surname.  Not an adverb of acts (name_follow_adverbs.txt).

    >>> _transcription_shaped("图雅"), _transcription_shaped("单位")
    (True, False)
    """
    chars = _transcription_chars()
    return 2 <= len(cand) <= MAX_NAME and all(c in chars for c in cand) and not _adverb_of_acts(cand)


def _adverb_as_given_name(text: str, pos: int, name: str) -> str:
    """`name` (two characters, read at `pos`) with the character after it
    when that character ends given names and is also an adverb
    (name_adverb_chars.txt: 蒙德|才|说, 欧志|刚|来到) and a speech, movement,
    visit or raising verb follows it, or any person's act (`_person_act_at`:
    在X主持, 一同调研; issue_words.acts: 韦文|才|反映): the tagger
    read it as the adverb, cutting the name.
    Not when the report writes `name` elsewhere without that character (王明
    … 王明才来到 stays 王明).

    >>> _adverb_as_given_name("副县长蒙德才说，", 3, "蒙德")
    '蒙德才'
    """
    end = pos + len(name)
    if len(name) != 2 or text[end:end + 1] not in _adverb_name_chars():
        return name
    after = end + 1
    if not (remark_acts().match(text, after) or _person_verbs().match(text, after) or _person_act_at(text, after)
            or raising_acts().match(text, after)):
        return name  # (a raising act or any person's act too: 村党支部书记韦文|才|反映, 韦文|才|主持, NAMES30)
    longer = name + text[end]
    return longer if text.count(name) == text.count(longer) else name


def _adverb_cut_from_name(text: str, pos: int, name: str) -> str:
    """`name` (three characters, read at `pos`) without its last character
    when that character is an adverb that also ends given names
    (name_adverb_chars.txt: 刚 "just", 才 "only then"), a person's act
    follows it (`_person_act_at`: 走进, 来到, 说), and the report writes the
    first two characters elsewhere, without that character, followed by a
    person's act (郭云|刚走进X … 郭云来到Y, 郭云说): the analyser read the
    adverb into the name.  The converse of `_adverb_as_given_name`: the
    report's other mentions decide the name's length.  Returns `name`
    unchanged otherwise (欧志刚来到 … 欧志刚说 stays 欧志刚).
    Source: FAULTS36_p118 (a subdistrict secretary's name with 刚 glued on:
    every visit went to a person no gold names).

    >>> _adverb_cut_from_name("书记林海刚走进东园社区。林海来到西塘村。", 2, "林海刚")
    '林海'
    >>> _adverb_cut_from_name("书记林海刚走进东园社区。林海刚来到西塘村。", 2, "林海刚")
    '林海刚'
    """
    if len(name) != 3 or name[2] not in _adverb_name_chars() or not _person_act_at(text, pos + 3):
        return name
    short = name[:2]
    at = text.find(short)
    while at != -1:
        if at != pos and text[at + 2:at + 3] != name[2] and _person_act_at(text, at + 2):
            return short
        at = text.find(short, at + 1)
    return name


@cache
def _adverb_name_chars() -> frozenset[str]:
    return frozenset(words("name_adverb_chars.txt"))


MIN_TRANSCRIBED = 4  # characters: fewer are read as Han names (巴特尔 is a PER word already)
MIN_SHORT_TRANSCRIBED = 2  # characters of a short transcribed name (扎西, 那日苏), read only from small pieces
# tags of a word of two characters the tagger makes of a short transcribed name's
# syllables (那仁/r, 其其/r, 木汗/PER, 木汗/n, 其格/a): a pronoun, measure or numeral,
# a noun or adjective, what the tagger guesses for unknown syllables; never a verb or adverb
# (依托/v, 亲自/d: a word of the clause, not syllables)
SHORT_NAME_PIECE_TAGS = frozenset({"PER", "r", "q", "m", "LOC", "nr", "n", "nz", "a"})


# tags of one word that may be a whole short transcribed name: a pronoun (那仁/r), or the noun the
# tagger guesses for syllables it does not know (图雅/n, 宝力/nz); a place, organisation, verb or
# adverb it read is that word
ONE_WORD_SHORT_NAME_TAGS = frozenset({"r", "n", "nz"})


def _person_act_at(text: str, pos: int) -> bool:
    """What a person does at `pos`: their act (_act_follows: 来到, 一行, 陪同,
    在X调研), a visit verb, a remark (说, 指出), or an activity at a venue
    (`_acts_in_at`: 在X主持)."""
    return _act_follows(text, pos) or _visit_verb_at(text, pos) or remark_acts().match(text, pos) is not None \
        or _acts_in_at(text, pos) or _adverb_then_visit_at(text, pos)


def joins_lead(text: str, first: int, after: int, others: list[int]) -> bool:
    """Is the official whose title starts at `first` (their name ending at
    `after`) a companion of a visit named before them: their clause opens with
    the title and name, then a together-adverb (together_adverbs.txt: 一同,
    一起, 一道; 也 or 还 may come first) and a visit verb (`_visit_verb_at`:
    调研, 察看), and another official's mention (`others`: where each of their
    mentions starts, a bare name too: 随后，甲来到X，副区长乙一同调研) stands
    earlier in the same sentence, before this clause, with a visit told there.  They go with the
    lead as one who 陪同 does, so they are read as accompanying, not as a
    visitor of their own nor a bystander.  A name listed with the lead in one
    clause (区委书记甲、区长乙一同来到) opens no clause: both lead; nor does a
    list of officials split by commas, with no visit told before the name
    (市人大代表甲，区政协委员乙一同来到: all of them lead).  Source:
    NEWC27 finding 9; docs/parser.md (companion shapes).

    >>> text = "区长甲来到东湖社区调研，副区长乙一同调研。"
    >>> joins_lead(text, 12, 16, [0]), joins_lead(text, 12, 16, [])
    (True, False)
    >>> joins_lead("区委书记甲、区长乙一同来到东湖社区。", 6, 9, [0])
    False
    >>> joins_lead("市人大代表甲，区政协委员乙一同来到东湖社区。", 7, 13, [0])
    False
    """
    adverb = pattern("together_adverbs.txt", "[也还]?(?:{})").match(text, after)
    if adverb is None or not _visit_verb_at(text, adverb.end()):
        return False
    opens = _clause_start(text, first)
    if text[opens:first].strip() or opens == 0:
        return False
    sentence = max(text.rfind(c, 0, opens) for c in "。！？!?\n") + 1
    # (the visit told before is the other official's, after their mention: 为深入践行…，书记甲，
    # 镇长乙一同深入X opens with 深入 as an adverb, before anyone is named; both lead.
    # Source: FAULTS32, p91: the town head of such a lede lost both stops)
    named = [other for other in others if sentence <= other < opens]
    return bool(named) and any(_visit_verb_at(text, i) for i in range(min(named), opens))


def _adverb_then_visit_at(text: str, pos: int) -> bool:
    """Does a manner or sequence adverb (name_follow_adverbs.txt: 一同, 一起,
    共同; sequence_words.txt) start at `pos`, with a visit verb of two or more
    characters right after it (`_visit_verb_at`: 调研, 察看)?  A companion
    named after a lead's visit (副旗长萨仁其其格一同调研) does that: the
    adverb and the verb after a title close the name before them, as a visit
    verb alone does.  Source: NEWC26 finding 3 (a transcribed name before
    一同调研 cut or lost).

    >>> _adverb_then_visit_at("一同调研。", 0), _adverb_then_visit_at("一起察看", 0), _adverb_then_visit_at("一同意见", 0)
    (True, True, False)
    """
    adverb = pattern("name_follow_adverbs.txt").match(text, pos) or pattern("sequence_words.txt").match(text, pos)
    return adverb is not None and _visit_verb_at(text, adverb.end())


@cache
def _activity_verbs() -> re.Pattern:
    """Verbs of what an official does at a place (visit_verbs.tsv: activity:
    主持, 座谈, 出席)."""
    return compile_words(kind_words("visit_verbs.tsv", "activity"), "{}")


def _acts_in_at(text: str, pos: int) -> bool:
    """Does a phrase `在 VENUE ACTIVITY` start at `pos` (在镇政府会议室主持召开,
    在党群服务中心出席): 在, at most MAX_POST characters with no clause break,
    then an activity verb of two or more characters (visit_verbs.tsv: activity)?
    Only a person presides or attends: the words before it are its subject.

    >>> _acts_in_at("在镇政府会议室主持召开座谈会", 0), _acts_in_at("在会上指出", 0)
    (True, False)
    """
    def activity_at(k: int) -> bool:
        m = _activity_verbs().match(text, k)
        return m is not None and len(m.group(0)) >= 2

    return _verb_after_zai(text, pos, activity_at)


def _verb_after_zai(text: str, pos: int, verb_at) -> bool:
    """Does `在` start at `pos`, followed within MAX_POST characters and before
    any clause break by a position where `verb_at(k)` holds?  The scan shared by
    `_acts_in_at` and `_visits_in_at`.

    >>> _verb_after_zai("在村里走访", 0, lambda k: k == 3), _verb_after_zai("在村，走访", 0, lambda k: k == 3)
    (True, False)
    """
    if not text.startswith("在", pos):
        return False
    for k in range(pos + 2, min(len(text), pos + 1 + MAX_POST)):
        if text[k] in CLAUSE_STARTS:
            return False
        if verb_at(k):
            return True
    return False


def _transcribed_name(text: str, pos: int, name: str, toks: list[Token] = ()) -> str:
    """The name at `pos` read in full when it is transcribed from a non-Han
    language: four to six characters of name_transcription_chars.txt (达瓦次仁,
    阿不都热合曼), longer than `name` (what the tagger read: 达瓦次仁/v gives
    nothing, 阿不都/PER|热合曼/v a part), then what a person does there (a
    movement, leading or visit verb, a remark: 来到, 调研, 说).  No Han surname
    need start it: the title before and the act after name the person between.
    Shorter ones (2-3 characters: 那日苏, 其其格) only when the tagger read no
    name there and cut them into small pieces (`_short_transcribed_name`).
    `name` unchanged otherwise.

    >>> _transcribed_name("县长达瓦次仁来到扎西村", 2, "")
    '达瓦次仁'
    """
    length = _transcription_run(text, pos)
    for end in range(pos + length, pos + max(MIN_TRANSCRIBED, len(name) + 1) - 1, -1):
        if (_person_act_at(text, end) or _activity_verb_at(text, end)) and not _function_char_before(toks, end):
            return text[pos:end]  # (副县长那仁满都拉|主持召开: presiding is a person's act too)
        if end < len(text) and (text[end] == "、" or text[end] in LAST_ITEM_JOINS or _next_official_after_comma(text, end)) \
                and any(t.end == end for t in toks) and not _function_char_before(toks, end):
            return text[pos:end]  # 副书记乌云/v|其/r|木格/PER|和李明: a list item's end, where the analyser's words end too
    if not name and toks:
        return _short_transcribed_name(text, toks, pos, length) or name
    return name


@cache
def _attending_verbs() -> re.Pattern:
    """Verbs of what an official does at a place or an event: an activity or
    a presence (visit_verbs.tsv: activity, presence: 主持, 出席, 看望, 慰问) or a
    part in running the event (event_role_verbs.txt: 汇报, 介绍, 发言)."""
    return compile_words([*kind_words("visit_verbs.tsv", "activity", "presence"), *words("event_role_verbs.txt")], "{}")


def _activity_verb_at(text: str, pos: int) -> bool:
    """Does a verb of attending of two or more characters (`_attending_verbs`:
    主持, 出席, 看望, 汇报) start at `pos`?  Right after a transcribed name read
    from a title (`_transcribed_name`: 副县长那仁满都拉|主持召开, 副县长乌云其木格|
    看望) it is the person's act, as `在X主持` is (`_acts_in_at`).  Source: OFF35
    item 1 (a Mongolian name before 主持 or 看望 lost or cut).

    >>> _activity_verb_at("主持召开会议", 0), _activity_verb_at("看望慰问", 0), _activity_verb_at("主任", 0)
    (True, True, False)
    """
    m = _attending_verbs().match(text, pos)
    return m is not None and len(m.group(0)) >= 2


def _next_official_after_comma(text: str, pos: int) -> bool:
    """Is `pos` a comma (，,) after which the next official's post opens: Han
    characters, no clause break, then a title (`_titles`), and then a Han
    character (the next name) — a list of officials split by commas
    (副旗长乌云其木格，苏木党委书记李明陪同)?  The transcribed name before it
    ends at the comma, as a list item ends at 、 (`_transcribed_name`).
    Source: OFF35 item 1 (p105: a Mongolian name before such a comma lost).

    >>> _next_official_after_comma("，乡党委书记赵亮陪同", 0), _next_official_after_comma("，来到乡里", 0)
    (True, False)
    """
    if pos >= len(text) or text[pos] not in "，,":
        return False
    title = _titles().search(text, pos + 1, pos + 1 + MAX_POST)
    return title is not None and all(is_han(c) for c in text[pos + 1:title.end() + 1]) \
        and title.end() < len(text)


def _function_char_before(toks: list[Token], end: int) -> bool:
    """Is the word ending at `end` one character the tagger read as a function
    word (NOT_GIVEN_NAME_TAGS: 都/d, 就/d)?  It is the act's adverb, not a
    name's last syllable (其其格|都|来到), though name_transcription_chars.txt
    holds the character."""
    return any(t.end == end and len(t.word) == 1 and t.tag in NOT_GIVEN_NAME_TAGS for t in toks)


def _short_transcribed_name(text: str, toks: list[Token], pos: int, length: int) -> str | None:
    """Two or three transcription characters at `pos` (the first `length`
    characters there are of name_transcription_chars.txt) read as one name
    when the tagger split them into small pieces: single characters, or words
    of two no content word is made of (SHORT_NAME_PIECE_TAGS: 那/r|日/q|苏/LOC,
    那/r|木汗/PER, 其其/r|格/n), cut where a word ends (or inside a person's
    word run into the act: 那/r|日/q|苏一行/PER), then the person's act
    (`_person_act_at`: 来到, 一行, 陪同, 在X主持; an attending verb, `_activity_verb_at`:
    汇报; or a raising act, `issue_words.acts`: 反映).  The longest such.  The last
    piece is no one-character function word (`_function_char_before`: 都/d|来到
    is the act's adverb); a word of two characters that is a verb or adverb is
    a word, not syllables (依托/v, 亲自/d), and so is an adverb of acts however
    tagged (name_follow_adverbs.txt: 全程/n).  The title before
    and the act after name the person between (name_transcription_chars.txt).

    >>> toks = tokenize("旗长那日苏来到青石村", [(0, 10)])
    >>> _short_transcribed_name("旗长那日苏来到青石村", toks, 2, 3)
    '那日苏'
    >>> toks = tokenize("区长亲自来到", [(0, 6)])
    >>> _short_transcribed_name("区长亲自来到", toks, 2, 0) is None
    True
    """
    for end in range(pos + min(length, MIN_TRANSCRIBED - 1), pos + MIN_SHORT_TRANSCRIBED - 1, -1):
        pieces = [t for t in toks if t.start < end and t.end > pos]
        if not pieces or pieces[0].start != pos or pieces[-1].end != end and pieces[-1].tag != "PER":
            continue  # the name would cut a word the tagger read; but a person's word may run into the act (苏一行/PER)
        if any(len(t.word) > 1 and t.tag not in SHORT_NAME_PIECE_TAGS and not _time_read_name(t) for t in pieces):
            continue
        if len(pieces) == 1 and pieces[0].tag not in ONE_WORD_SHORT_NAME_TAGS and not _time_read_name(pieces[0]):
            continue  # one word the tagger read is its own reading (a PER one is the name already)
        if _function_char_before(toks, end) or _adverb_of_acts(text[pos:end]):
            continue
        if _person_act_at(text, end) or _activity_verb_at(text, end) or raising_acts().match(text, end):
            return text[pos:end]  # (嘎查达宝音图|汇报, 村主任那日苏|反映: a cadre's report or raising is theirs)
    return None


# a weekday (周日, 星期三): a time, though 周 and 日 are transcription syllables
WEEKDAY = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天末]")


@cache
def _time_words() -> frozenset[str]:
    """The time words the project knows (date_relative_days.tsv, post_time_words.txt,
    scene_time_words.txt: 次日, 当日, 近日, 当晚)."""
    relative = (row[0] for row in table("date_relative_days.tsv"))
    return frozenset((*relative, *words("post_time_words.txt"), *words("scene_time_words.txt")))


def _time_read_name(tok: Token) -> bool:
    """Is `tok`, a word the tagger read as a time (TIME), a short transcribed name it
    misread: two or three syllables of name_transcription_chars.txt that are no time
    word the project knows (`_time_words`: 次日, 当日) nor a weekday (周日)?  After a
    title and before a person's act (县长当周来到: 当周, an Amdo Tibetan name, read as
    "that week") the person is named there.  Session 27, newcomer's item 3.

    >>> _time_read_name(Token("当周", "TIME", 2, 4)), _time_read_name(Token("次日", "TIME", 2, 4))
    (True, False)
    >>> _time_read_name(Token("周日", "TIME", 2, 4)), _time_read_name(Token("图雅", "n", 2, 4))
    (False, False)
    """
    return (
        tok.tag == "TIME" and _transcription_shaped(tok.word) and len(tok.word) < MIN_TRANSCRIBED
        and tok.word not in _time_words() and not WEEKDAY.fullmatch(tok.word)
    )


def _transcribed_glued_to_title(text: str, toks: list[Token], pos: int) -> str | None:
    """The transcribed name at `pos` when the analyser glued it to the title
    before it as one word (嘎查达图雅/v|说): the word's part after the title is
    `_transcription_shaped` (two to MAX_NAME characters of
    name_transcription_chars.txt), and the person's act (`_person_act_at`: a
    remark, 来到, 陪同) follows the word at once, or after pieces no content
    word is made of (SHORT_NAME_PIECE_TAGS: 嘎查达宝/v|力道/n|说).

    >>> text = "嘎查达图雅说"
    >>> _transcribed_glued_to_title(text, [Token("嘎查达图雅", "v", 0, 5), Token("说", "v", 5, 6)], 3)
    '图雅'
    """
    if not toks or toks[0].start >= pos:
        return None
    for k in range(len(toks), 0, -1):  # the longest: 嘎查达宝/v|力道/n|说 runs on over small pieces
        end = toks[k - 1].end
        if any(len(t.word) > 1 and t.tag not in SHORT_NAME_PIECE_TAGS for t in toks[1:k]):
            continue
        cand = text[pos:end]
        if _transcription_shaped(cand) and _person_act_at(text, end) and not _function_char_before(toks[1:k], end):
            return cand
    return None


def _glued_name_before_act(text: str, pos: int) -> str | None:
    """The name at `pos` when the tagger glued it to the title before it
    (副区长徐街/n|一行, 镇长王建村/n|来到): two or three Han characters opening
    with a surname (surnames.txt), then a person's act (_act_follows: 一行,
    来到, 陪同, 等陪同), the shortest such.  The title before and the act
    after name the person between them whatever the words are (a street, a
    village: 徐街, 王建村).  None when no act follows within three characters.

    >>> _glued_name_before_act("徐街一行到团结社区", 0), _glued_name_before_act("王建村来到", 0)
    ('徐街', '王建村')
    >>> _glued_name_before_act("工作组来到", 0) is None
    True
    """
    initials = surname_initials() or frozenset()
    for length in (2, 3):
        cand = text[pos:pos + length]
        if len(cand) < length or not all(is_han(c) for c in cand) or cand[0] not in initials \
                or _titles().search(cand) or cand in words("group_words.txt") or cand in words("issue_raisers.txt") \
                or cand in words("name_staff_nouns.txt"):
            continue  # (区级领导|干部|夜访: the staff noun names a group, no person)
        if _act_follows(text, pos + length):
            return cand
    return None


def _adverb_of_acts(word: str) -> bool:
    """Is `word` an adverb written before a person's act (name_follow_adverbs.txt:
    亲自, 全力, 马上; sequence_words.txt: 随后, 先后), not a name however the
    tagger reads it?

    >>> _adverb_of_acts("全力"), _adverb_of_acts("随后"), _adverb_of_acts("任重")
    (True, True, False)
    """
    return word in words("name_follow_adverbs.txt") or word in words("sequence_words.txt")


def _words_after_person(text: str, pos: int, end: int, word: Token | None) -> bool:
    """Do the characters from `pos` to `end` (two, after a name the analyser
    read as one person; `word` is its word starting at `pos`, if any) open
    what follows a person and is never a name's part?  A party word
    (group_words.txt: 一行), a leading verb (`_leads_party_at`: 带队, 率队), a
    sequence, together or split word (随后, 一同, 分别) before an act, or one
    word ending at `end`, a time (the analyser's TIME or the project's time
    words: 深夜, 当晚) or a verb of the manner or means of going (踏雪/v,
    步行/v, 驱车/v), with the person's act right after it (来到, 走访).

    >>> from kg.analyse import Token
    >>> _words_after_person("林涛一行来到石门村", 2, 4, Token("一行", "m", 2, 4))
    True
    >>> _words_after_person("林涛深夜来到石门村", 2, 4, Token("深夜", "TIME", 2, 4))
    True
    >>> _words_after_person("孙立强调研石门村", 2, 4, Token("强调", "v", 2, 4))
    False
    """
    if pattern("group_words.txt").match(text, pos) or _leads_party_at(text, pos):
        return True
    seq = pattern("sequence_words.txt").match(text, pos) or pattern("together_adverbs.txt").match(text, pos) \
        or pattern("visit_split_words.txt").match(text, pos)
    if seq is not None and seq.end() <= end and _person_act_at(text, seq.end()):
        return True
    if word is None or word.end != end or not (word.tag in ("TIME", "v", "vd") or word.word in _time_words()):
        return False
    return _person_act_at(text, end)


def _act_follows(text: str, pos: int) -> bool:
    """A person's act at `pos` (_acts_as_person), or after a sequence adverb
    (sequence_words.txt: 先后来到, 随后前往, 也来到), a manner adverb
    (name_follow_adverbs.txt: 一同来到, 亲自带队) or a split word
    (visit_split_words.txt: 分别来到, 分头带队), or after a word that
    follows a name (_name_tail_at: 王明等陪同, 王明同志到), or the
    accompanied person's 的陪同 (在王明的陪同下), or the frame of the one
    accompanied (王明|在李红陪同下) or guided (王明|在李红的带领下: `guided_at`),
    the guide's own close (李红|的带领下: `_guide_close_at`), or taking part
    (visit_join_words.txt: 王明|参加)."""
    seq = pattern("sequence_words.txt").match(text, pos) or pattern("name_follow_adverbs.txt").match(text, pos) \
        or pattern("visit_split_words.txt").match(text, pos)  # 艾山·吐尔洪|分别来到: a party splitting
    return _acts_as_person(text, pos) or (seq is not None and _acts_as_person(text, seq.end())) \
        or _name_tail_at(text, pos) is not None or ACCOMPANIED_AFTER.match(text, pos) is not None \
        or ACCOMPANIED_FRAME.match(text, pos) is not None or pattern("visit_join_words.txt").match(text, pos) is not None \
        or guided_at(text, pos) or guide_close_at(text, pos) or _visits_in_at(text, pos)


def _visits_in_at(text: str, pos: int) -> bool:
    """Does a phrase `在 PLACE VISIT-VERB` start at `pos` (在青禾社区调研时指出,
    在石桥村走访): 在, at most MAX_POST characters with no clause break, then a
    visit verb of two or more characters (`_visit_verb_at`: 调研, 走访, 察看)?
    Only a person visits somewhere: the words before it are its subject.

    >>> _visits_in_at("在青禾社区调研时指出", 0), _visits_in_at("在石桥村召开会议", 0)
    (True, False)
    """
    return _verb_after_zai(text, pos, lambda k: _visit_verb_at(text, k))


def _name_tail_at(text: str, pos: int) -> int | None:
    """Where a word that follows a person's name (name_tail_words.txt: 同志,
    等) ends, when one starts at `pos` and the person's act (a movement,
    leading, accompanying or visit verb, a remark, 到 too) or the clause's
    end follows it; else None.  The word marks the characters before it as a
    person where they are also a common word (陆地等陪同, 黄河同志到).

    >>> _name_tail_at("陆地等陪同。", 2), _name_tail_at("黄河同志到村里", 2), _name_tail_at("工作等方面", 2)
    (3, 4, None)
    """
    tail = pattern("name_tail_words.txt").match(text, pos)
    if tail is None:
        return None
    end = tail.end()
    if end >= len(text) or text[end] in CLAUSE_STARTS or _acts_as_person(text, end) \
            or _move_verbs().match(text, end) or _visit_verb_at(text, end) or remark_acts().match(text, end):
        return end
    return None


def _fit_to_person_act(text: str, toks: list[Token], pos: int, name: str) -> str:
    """The name read at `pos`, moved by one character where the tagger's
    person word and the person's act that follows disagree: a title before,
    a person's act after (a party word, a verb of two or more characters,
    after any sequence adverb) place the name between them.

    - one character too many, the act's first (池志先|后来到 → 池志 先后来到,
      秦军来|到 → 秦军 来到), for a name of three characters or more;
    - the characters of an act the tagger read into the name (丁一带队/PER到,
      苏醒率/nz调研组, 丁一等/PER陪同: a verb of two characters or more that
      ends at the name's end or beyond, 率 with its party, a word that
      follows names), cut off;
    - one character too few (郝斌|超|率队, 屈|建|一行, 令狐|超|一行), where
      that character is no function word, adverb or time and starts no act
      or sequence adverb itself (王明|等|来到, 王明|也|来到 stay 王明)."""
    if not name:
        return name
    end = pos + len(name)
    for k in range(2, len(name)):
        verb = _person_verbs().match(text, pos + k)
        if (verb and len(verb.group(0)) >= 2 and verb.end() >= end) or _leads_party_at(text, pos + k) \
                or _name_tail_at(text, pos + k) is not None:
            return name[:k]  # 丁一带队/PER|到, 苏醒率/nz|调研组, 丁一等/PER|陪同: what follows the name, run into it
    if _act_follows(text, end):
        return name
    if len(name) >= 3 and is_han(name[-1]) and _act_follows(text, end - 1):
        return name[:-1]
    nxt = next((t for t in toks if t.start == end), None)
    if len(name) < 4 and end < len(text) and is_han(text[end]) and _act_follows(text, end + 1) \
            and (nxt is None or nxt.tag not in NOT_GIVEN_NAME_TAGS) \
            and not pattern("sequence_words.txt").match(text, end) and not _person_verbs().match(text, end):
        return name + text[end]
    return name


def _person_act_after(text: str, toks: list[Token], pos: int) -> int | None:
    """Does a person's verb start at `pos` (带领, 率, 来到), or after a party
    word (一行来到) or a sequence adverb (sequence_words.txt: 先后来到)?  Then
    0.  After one adverb the tagger marks (分别来到, 先|后来|到: the tagger
    may run the adverb into the verb), the adverb's length.  Else None."""
    if _person_verbs().match(text, pos) or guide_close_at(text, pos) or guided_at(text, pos):
        return 0  # 来到; 任重|的带领下 (a guide's phrase closing after the name); 高山|在X的带领下来到
    seq = pattern("sequence_words.txt").match(text, pos)
    if seq and _acts_as_person(text, seq.end()):
        return 0  # 揭强|先后|来到: a sequence adverb between name and verb
    party = pattern("group_words.txt").match(text, pos)
    if party:
        return 0 if _person_verbs().match(text, party.end()) else None
    adverb = next((t for t in toks if t.start == pos), None)
    if adverb is None or adverb.tag != "d" or len(adverb.word) > 2:
        return None
    # a two-character verb within two characters
    for end in range(adverb.end, min(pos + 2, len(text)) + 1):
        verb = _person_verbs().match(text, end)
        if verb and len(verb.group(0)) >= 2:
            return end - pos
    return None


def _given_name_read_as_verb(text: str, toks: list[Token]) -> bool:
    """After a title, a surname the tagger read alone as a person (蓝/PER), a
    word of two Han characters it read as a verb, then a movement verb
    (`visit_verbs.tsv` move, 到 too): the two characters are the given name
    (县长蓝|启航|到甲溪乡), not the person's act, unless they are an act of
    their own (leading, moving, accompanying: 王|带队|到) or an adverb of manner
    (`name_follow_adverbs.txt`: 李|亲自|到).

    >>> from kg.analyse import Token
    >>> _given_name_read_as_verb("蓝启航到", [Token("蓝", "PER", 0, 1), Token("启航", "v", 1, 3), Token("到", "v", 3, 4)])
    True
    >>> _given_name_read_as_verb("王带队到", [Token("王", "PER", 0, 1), Token("带队", "v", 1, 3), Token("到", "v", 3, 4)])
    False
    """
    if len(toks) < 3 or toks[0].tag != "PER" or not (len(toks[0].word) == 1 or _compound_surname(toks[0].word)):
        return False  # (欧阳/PER|建国/v|来到: a compound surname read alone, as a one-character one is)
    given, verb = toks[1], toks[2]
    return len(given.word) == 2 and all(is_han(c) for c in given.word) and given.tag == "v" \
        and verb.start == given.end and _move_verbs().match(text, verb.start) is not None \
        and not _person_verbs().match(text, given.start) and not _follow_adverb_at(text, given.start)


def _compound_surname(word: str) -> bool:
    """Is `word` a surname of two characters (surnames.txt: 欧阳, 司马)?

    >>> _compound_surname("欧阳"), _compound_surname("王明")
    (True, False)
    """
    return len(word) == 2 and word in words("surnames.txt")


def _verb_then_verb(toks: list[Token], pos: int, length: int) -> bool:
    """Is text[pos:pos+length] one verb, adjective or adverb followed by a
    verb (乡长|冒雪|入户|走访)?  After a title that is what the person did, in a
    headline's short style, not their name."""
    first = next((t for t in toks if t.start == pos), None)
    return first is not None and first.end == pos + length and first.tag in ONE_WORD_NOT_NAME_TAGS \
        and _verb_follows(toks, first.end)


def _verb_follows(toks: list[Token], pos: int) -> bool:
    """Does a word tagged as a verb start at `pos`?"""
    return any(t.start == pos and t.tag in ("v", "vd", "vn") for t in toks)


def _addressed_by_courtesy(name: str) -> bool:
    """A surname (one or two characters) and a term of address
    (name_address_terms.txt: 施阿姨, 钱先生): a person named by courtesy is a
    resident, not an official with a post (an official is named in full)."""
    m = pattern("name_address_terms.txt", "(?:{})$").search(name)
    return m is not None and 1 <= m.start() <= 2


def _same_person_longer(repeated: str, name: str) -> bool:
    """Does the report's repeated form correct the tagger's reading: longer
    (简斌|红 → 简斌红), or shorter by a conjunction it ran into (成明和 → 成明)?"""
    if len(repeated) > len(name):
        return repeated.startswith(name)
    return len(repeated) < len(name) and name.startswith(repeated) and name[len(repeated)] in CONJUNCTIONS


def _dotted_rest(text: str, toks: list[Token], pos: int, name: str) -> str:
    """A transcribed name read in part (艾尔肯/PER ·/w 买买提/v 深入): after a
    name dot, the Han words up to the person's act or a function word are
    the name's rest, whatever the tagger called them.

    >>> # 副县长艾尔肯·买买提深入… -> '艾尔肯·买买提'
    """
    name = name.rstrip(NAME_DOTS)  # 古丽娜尔·/PER 买买提/v: the tagger kept the dot, not the rest
    end = pos + len(name)
    while end < len(text) and text[end] in NAME_DOTS:
        rest = ""
        for tok in toks:
            if tok.start < end + 1:
                continue
            if tok.start != end + 1 + len(rest) or not all(is_han(c) or c in NAME_DOTS for c in tok.word) \
                    or tok.tag in ("p", "c", "u", "w", "d", "r") or _act_follows(text, tok.start) \
                    or len(name) + 1 + len(rest) + len(tok.word) > MAX_DOTTED_NAME:
                break
            inside = next((p for p in range(tok.start + 1, tok.end) if _act_follows(text, p)), None)
            if inside is not None:
                rest += text[tok.start:inside]  # 买买提先/v|后来到: the act starts inside the word
                break
            rest += tok.word
        if not rest or any(t.start < end + 1 + len(rest) < t.end for t in toks):
            rest = _dotted_part(text, end + 1) or rest
        if not rest:
            break
        name += text[end] + rest
        end = pos + len(name)
    last = max(name.rfind(d) for d in NAME_DOTS)
    if last > 0 and not _act_follows(text, end):
        # 热合曼·阿不/PER|都/d|来到: a syllable the tagger read as a function word or
        # adverb; the last part read by characters up to the person's act
        part = _dotted_part(text, pos + last + 1)
        if len(part) > len(name) - last - 1 and _act_follows(text, pos + last + 1 + len(part)):
            name = name[:last + 1] + part
    return name


def _dotted_moves(text: str, pos: int, dotted: str) -> bool:
    """Does the whole transcribed name `dotted` at `pos` (both parts, a dot between)
    stand right before a one-character movement verb (`visit_verbs.tsv` move: 到,
    去), the first part's syllables split by the tagger (阿不/PER|都/d|热/v|合曼·吐尔逊/PER|到)?
    `_act_follows` leaves 到 out (it follows common words too); after a complete
    dotted name it is the person's going.  Source: FAULTS35_p105 (副政委阿不都热合曼·吐尔逊到
    X, Y调研 kept 阿不, and every visit of the official went to a stranger).

    >>> _dotted_moves("阿不都热合曼·吐尔逊到五连", 0, "阿不都热合曼·吐尔逊"), _dotted_moves("阿不都热合曼·吐尔逊的", 0, "阿不都热合曼·吐尔逊")
    (True, False)
    """
    end = pos + len(dotted)
    return any(d in dotted for d in NAME_DOTS) and _move_verbs().match(text, end) is not None


def _dotted_first_part(text: str, pos: int) -> str:
    """The first part of a transcribed name at `pos`: two to MAX_DOTTED_PART
    Han characters, then a name dot and a Han character (买买提·吐尔逊); ''
    otherwise.  A dot between Han characters joins the parts of one name.

    >>> _dotted_first_part("买买提·吐尔逊来到", 0), _dotted_first_part("王明来到", 0)
    ('买买提', '')
    """
    end = pos
    while end < len(text) and end - pos < MAX_DOTTED_PART and is_han(text[end]):
        end += 1
    if 2 <= end - pos and end + 1 < len(text) and text[end] in NAME_DOTS and is_han(text[end + 1]):
        return text[pos:end]
    return ""


# a transcribed name's part before or after a dot: at most this many characters (吐尔逊,
# 托乎提; Uyghur given names of six: 阿不都热合曼, 阿卜杜克热木, 阿不都热西提)
MAX_DOTTED_PART = 6


def _joined_post_follows(text: str, pos: int) -> bool:
    """Does a conjunction (和, 与, 及) or 、 at `pos` join another official's
    post to the name before it (买买提·艾力|和|县委副书记王明): the act comes
    after the next person, and the name ends at the conjunction, as a list
    item ends at its separator.

    >>> _joined_post_follows("和县委副书记王明来到", 0), _joined_post_follows("和居民座谈", 0)
    (True, False)
    """
    if pos >= len(text) or text[pos] not in LIST_CONJUNCTIONS | {"、"}:
        return False
    title = _titles().search(text, pos + 1, pos + 1 + MAX_POST)
    return title is not None and all(is_han(c) for c in text[pos + 1:title.start()])


def _dotted_part(text: str, pos: int) -> str:
    """The part of a transcribed name after its dot, read by characters where
    the analyser's words cross it (·托乎/w 提到/v, 托乎提 + 到): Han
    characters up to a person's act (_act_follows), a one-character movement
    verb after two characters (托乎提|到), a conjunction or 等, at most
    MAX_DOTTED_PART; '' if fewer than two.

    >>> _dotted_part("阿力木·托乎提到光明街道", 4)
    '托乎提'
    """
    end = pos
    while end < len(text) and end - pos < MAX_DOTTED_PART and is_han(text[end]) \
            and not _act_follows(text, end) and text[end] not in "等和与及同":
        if end - pos >= 2 and _move_verbs().match(text, end):
            break
        end += 1
    if end < len(text) and is_han(text[end]) and end - pos == MAX_DOTTED_PART \
            and not _act_follows(text, end) and not _move_verbs().match(text, end):
        return ""  # no end in sight: not a name's part (a part of six ending at the act is one: 阿不都热合曼|来到)
    return text[pos:end] if end - pos >= 2 else ""


def _max_name(name: str) -> int:
    """The longest a name can be: longer for a transcribed name with a dot."""
    return MAX_DOTTED_NAME if any(d in name for d in NAME_DOTS) else MAX_NAME


def _ends_word_before_name_end(toks: list[Token], end: int) -> bool:
    """Does a word end at `end`, followed by a word that can follow a name?"""
    nxt = next((t for t in toks if t.start == end), None)
    return any(t.end == end for t in toks) and nxt is not None and _can_follow_name(nxt)


def _clause_start(text: str, pos: int) -> int:
    """Offset just after the clause end before `pos` (0 if none)."""
    cut = None
    for cut in CLAUSE_END.finditer(text, max(0, pos - 40), pos):
        pass
    return cut.end() if cut else max(0, pos - 40)


def _two_characters_before_name_end(toks: list[Token]) -> bool:
    """Two one-character words right after a title, the first nominal (a
    surname the tagger read as a noun), then a word that can follow a name:
    after a title, common words come as longer words (高度, 常年, 单位)."""
    return (
        len(toks) >= 3
        and len(toks[0].word) == len(toks[1].word) == 1
        and toks[0].tag in SURNAME_LIKE_TAGS
        and toks[1].tag != "w"
        and all(is_han(t.word) for t in toks[:2])
        and _can_follow_name(toks[2])
    )


def _proper_noun_as_name(toks: list[Token]) -> bool:
    """A short place, organisation or other proper noun right after a title,
    then a word that can follow a name: a person whose name is also a
    place's (区长|黄河|来到); a title is not followed by a bare place."""
    return (
        len(toks) >= 2
        and toks[0].tag in ("LOC", "ORG", "nz")
        and 2 <= len(toks[0].word) <= 3
        and all(is_han(c) for c in toks[0].word)
        and _can_follow_name(toks[1])
    )


def _can_follow_name(tok: Token) -> bool:
    """A verb, adverb, function word or punctuation, or a party word (一行)."""
    return tok.tag in NAME_END_TAGS or tok.word in words("group_words.txt") or tok.word in words("name_tail_words.txt")


def _covering(toks: list[Token], end: int) -> list[Token]:
    """The leading tokens that end at or before `end`."""
    return [t for t in toks if t.end <= end]


def _clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened by a few characters of context, within the line."""
    lo = max(0, start - 4, text.rfind("\n", 0, start) + 1)
    nl = text.find("\n", end)
    hi = min(len(text), end + 4, nl if nl >= 0 else len(text))
    return lo, max(hi, end)


# between a title and its name: spaces, a colon, or 有/为 and a colon introducing
# the names (区长 王明, 区长：王明, 出席的区领导有：王明、李红)
TITLE_GAP = re.compile(r"[ \u3000]*(?:[有为]?[：:][ \u3000]*)?")


def _skip_title_gap(text: str, pos: int) -> int:
    """Past any spaces or colon after a title (TITLE_GAP)."""
    return TITLE_GAP.match(text, pos).end()


def _post_candidate(text: str, end: int, head_start: int | None = None):
    """The text a post ending at `end` may start from, before the analyser
    decides: back to punctuation (at most MAX_POST characters), after any
    date or time word.  Returns (start, head start, the time words' matches)
    or None if no title head ends there."""
    start = end
    while start > 0 and end - start < MAX_POST and (text[start - 1] not in POST_BOUNDARY or _numbered_unit_at(text, start) < start):
        start = _numbered_unit_at(text, start) if text[start - 1].isdigit() else start - 1
    post = text[start:end]
    m = _title_at_end().search(post)
    if not m:
        return None
    head = start + m.start() if head_start is None else head_start
    if start > 0 and text[start - 1].isdigit() and post[:1] in "日时号":
        start += 1
    times = list(pattern("post_time_words.txt").finditer(text, start, head))
    if times:
        start = times[-1].end()
    return start, head, times


# a unit numbered in Arabic numerals (123团, a Corps regiment farm) has at most three digits
MAX_UNIT_NUMBER = 3


def _numbered_unit_at(text: str, pos: int) -> int:
    """Where the number ending at `pos` starts when a unit's type word of the
    town or village level follows it (`123团政委`, `123团7连连长`: a Corps
    regiment farm or company named by its number); else `pos`.  Digits end a
    post's candidate (a date: 6日区长), but not the number naming a unit.
    Source: CORPS25 (123团政委 gave the post 团政委).

    >>> text = "123团政委"
    >>> _numbered_unit_at(text, 3), _numbered_unit_at("6日区长", 1), _numbered_unit_at("3号楼楼长", 1)
    (0, 1, 1)
    """
    start = pos
    while start > 0 and pos - start < MAX_UNIT_NUMBER and text[start - 1].isdigit():
        start -= 1
    if start == pos or (start > 0 and text[start - 1].isdigit()):
        return pos
    for end in range(pos + 1, min(len(text), pos + MAX_UNIT_NUMBER) + 1):
        hit = suffix_at(text, end)
        if hit and end - hit[0] == pos and hit[2] in UNIT_LEVELS:
            return start
    return pos


# the levels of a unit named by its number alone: a town's (123团) and a village's (7连)
UNIT_LEVELS = ("subdistrict", "community")


def post_before(lx: Lexis, end: int, head_start: int | None = None) -> tuple[str, int] | None:
    """The post ending at `end` (exclusive), and where it starts.

    The candidate runs back to punctuation (at most MAX_POST characters) and
    after any date or time word; then the analyser's words decide: the post
    is the nominal words before the head.  Returns None if no title head ends
    the candidate.
    """
    text = lx.text
    cand = _post_candidate(text, end, head_start)
    if not cand:
        return None
    start, head, times = cand
    toks = lx.tokens(start, head + 1, anchor=head)
    if toks and toks[0].start <= start:
        # walk back from the head's word over nominal words
        i = len(toks) - 1
        while i > 0 and toks[i].start > head:
            i -= 1
        cut = toks[i].start
        while i > 0 and toks[i - 1].start >= start:
            prev = toks[i - 1]
            # 住房和城乡建设部: a conjunction inside an organisation's name,
            # unless a post stands before it (区长和副区长)
            inner_and = (
                prev.tag == "c" and prev.word in CONJUNCTIONS and i > 1 and toks[i - 2].tag in POST_TAGS
                and not _titles().search(text, start, prev.start)
            )
            # 社区|办|主任: one character between nominal words is an abbreviated noun
            abbreviation = len(prev.word) == 1 and i > 1 and toks[i - 2].tag in POST_TAGS and prev.tag in ABBREVIATION_TAGS \
                and prev.word not in words("post_link_verbs.txt")  # 人员|有|副区长: a verb introducing the post
            # 区级|河长, 市级|总|河长: a jurisdiction's level the analyser calls an adjective
            level = prev.word in words("post_levels.txt")
            # 哈达|嘎查/v|副嘎查达: a jurisdiction's word of two characters (post_levels.txt
            # without 级: 嘎查, 苏木) is a post's, whatever the tagger called it
            level = level or len(prev.word) >= 2 and prev.word in _jurisdiction_words()
            # 监管|所/u|所长, 工作|站|站长: the organ's type character right before its
            # head's title, which starts with it, whatever the tagger called it
            organ_type = prev.end == head and len(prev.word) == 1 and text.startswith(prev.word, head)
            # 巴音苏木/PER|党委书记, 苏木/PER|党委书记: a jurisdiction the analyser reads as a name
            # (a place name ending in a level's word, or the word alone)
            place = prev.tag == "PER" and (prev.word in _jurisdiction_words() or _jurisdiction_ends(prev.word))
            # 巴音/PER|苏木|苏木达: a place's name split from its level word, written twice (the
            # level word opens the title too: 巴音苏木(副)苏木达, as 青山县县长)
            doubled = toks[i].word in _jurisdiction_words() and text.startswith(toks[i].word, toks[i].end + text.startswith("副", toks[i].end)) \
                or _doubled_level_glued(text, toks[i])
            place = place or (prev.tag == "PER" and len(prev.word) >= 2 and doubled)
            # 林场/PER|场长, 青松林场/PER|场长: a unit the analyser reads as a name (`_unit_word`)
            place = place or (prev.tag == "PER" and prev.end == head and _unit_word(prev.word))
            # 田阳/PER|区委书记, 凌云/PER|县委书记: a district's name the analyser reads as a
            # person's, opening the post before its level word and organ (the title's shape)
            place = place or (prev.tag == "PER" and prev.start <= start and _district_opening(text, prev))
            if prev.tag not in POST_TAGS and not inner_and and not abbreviation and not level and not organ_type and not place:
                break
            if _closes_adverbial(toks, i - 1, start):
                break  # 调研过程中|镇长王明, 走访期间|区长: the frame's locative ends an adverbial, not a post's word
            if prev.word in words("post_directive_verbs.txt"):
                break  # 通知|副市长王明带队: a verb directing the official (tagged a noun) is no post's word
            i -= 1
            cut = toks[i].start
        # 疏附/v|县/n|县长, 疏附/v|县委: a jurisdiction's name the analyser read as another word
        cut = named_jurisdiction_start(text, start, cut, toks)
        # 陪/v|同/LOC|县|县长, 陪同|沛县县长: the verb introducing the official, split or glued, is no post's word
        cut = max(cut, after_introducing_verb(text, start, head, toks))
        glued = toks[i - 1] if i > 0 else None
        if times and glued and glued.start < start < glued.end and glued.tag in POST_TAGS:
            cut = start  # 日前镇|党委书记: the tagger glued the post's first characters to the time word
        start = max(start, cut)
    else:
        # not analysed to the post's start (a long post): the word list decides
        cuts = [
            b.end()
            for b in _post_breaks().finditer(text, start, head)
            if b.group(0) not in CONJUNCTIONS or _titles().search(text, start, b.start())
        ]
        if cuts:
            start = cuts[-1]
    if start >= head:
        start = head
    start = after_bare_level(text, start, head)  # 带领|县|县长: the county's head, no county named
    return text[start:end], start


def _closes_adverbial(toks: list[Token], i: int, start: int) -> bool:
    """Is toks[i] a locative closing an adverbial of time or occasion
    (`post_frame_locatives.txt`: 中, 期间, 时, 后; tagged f, or a noun right
    after a verb: 检查|时) after another word of the post's candidate
    (调研|过程|中, 座谈|中)?  Then the post starts after it.  A
    locative opening the candidate (前|镇长) is the post's own.  Source: NAMES25
    brief (`高飞过程中镇长X` gave the post 过程中镇长).

    >>> from kg.analyse import Token
    >>> toks = [Token("走访", "v", 0, 2), Token("中", "f", 2, 3), Token("区长", "n", 3, 5)]
    >>> _closes_adverbial(toks, 1, 0), _closes_adverbial(toks[1:], 0, 2)
    (True, False)
    """
    tok = toks[i]
    if tok.word not in words("post_frame_locatives.txt") or i == 0 or toks[i - 1].start < start:
        return False
    return tok.tag == "f" or (tok.tag == "n" and toks[i - 1].tag in ("v", "vn"))  # (检查|时/n: after a verb)


def _posts_before(lx: Lexis, end: int, head_start: int) -> tuple[list[str], int] | None:
    """This post and any joined to it by 、 before (区委副书记、区长王明)."""
    posts: list[str] = []
    first = None
    cursor, head = end, head_start
    while True:
        got = post_before(lx, cursor, head)
        if not got:
            break
        post, start = got
        posts.insert(0, post)
        first = start
        if start > 0 and lx.text[start - 1] in "、，":
            prev = _title_at_end().search(lx.text, max(0, start - 1 - MAX_POST), start - 1)
            if prev and not lx.name_before(start - 1) \
                    and (lx.text[start - 1] == "、" or _whole_clause_is_post(lx, start - 1, prev.start())):
                cursor, head = start - 1, prev.start()
                continue
        break
    return (posts, first) if posts else None


def _whole_clause_is_post(lx: Lexis, end: int, head: int) -> bool:
    """Is the clause ending at `end` nothing but a post (its head at
    `head`), or posts joined by 、?  Then a comma joins it to the post after
    it, all the same person's (`市人大常委会副主任，市总工会主席王明`, and
    a twin unit's posts: `农五师党委书记、政委，博乐市委书记王明`); a clause
    with anything else in it (王明任副区长，区委书记李红), or a name before
    a 、 (区长王明、副区长李红，…), keeps its post.  Source: NEWC26 finding 4."""
    text = lx.text
    got = post_before(lx, end, head)
    while got is not None and got[1] > 0 and text[got[1] - 1] == "、":
        sep = got[1] - 1  # the 、 before this post: the one before it must be a post too, with no name after it
        prev = _title_at_end().search(text, max(0, sep - MAX_POST), sep)
        if prev is None or lx.name_before(sep):
            return False
        got = post_before(lx, sep, prev.start())
    return got is not None and (got[1] == 0 or text[got[1] - 1] in CLAUSE_STARTS and text[got[1] - 1] != "、")


# how far before a post a name joined to it by a conjunction may end (区建设管理委: 6)
MAX_JOINED_GAP = 8


def _after_name_before(text: str, posts: list[str], first: int, head: int, name_ends: list[int]) -> tuple[list[str], int]:
    """The first of `posts` (starting at `first`, its head at `head`) starts
    right after the name of the official written before it and the
    conjunction, comma, lead or companion word joining them, whatever words the tagger made of the
    characters there: 暨宏|和区…副主任 (宏和区/LOC) is 区…副主任, and
    璩涛平|和街道党工委副书记 (璩涛平和街道党工委/PER, where the post read
    from the words was only 副书记) is 街道党工委副书记.  Returns the posts
    and the first one's start."""
    i = bisect_right(name_ends, head) - 1  # name_ends is sorted: the last name ending by the head
    end = name_ends[i] if i >= 0 and name_ends[i] > first - MAX_JOINED_GAP else None
    if end is None:
        return posts, first
    # 和, 率, 陪同: a conjunction, lead or companion word after the name
    joint = _post_breaks().match(text, end)
    start = joint.end() if joint else end + 1 if text[end] in "、，" else end
    if start == first or start > head:
        return posts, first
    if end < first:
        # only such a word and nominal characters between the name and the post
        gap = text[start:first]
        if not joint or any(c in POST_BOUNDARY for c in gap) or _titles().search(gap):
            return posts, first
    start = after_bare_level(text, start, head)  # 王明带领|县|县长: the county's head, no county named
    return [text[start:first + len(posts[0])], *posts[1:]], start


def _after_other_names(post: str, found: dict[str, "OfficialInfo"]) -> str:
    """A post holds no other official: 区委常委乌丽和区民政局局长 (read back
    across a name the analyser did not tag) is 区民政局局长, and so is
    区委书记储明率区民政局局长."""
    for name in found:
        i = post.rfind(name)
        if i < 0:
            continue
        after = i + len(name)
        if post[after:after + 1] in {"、", "，"}:
            post = post[after + 1:]
        elif m := _post_breaks().match(post, after):  # 和, 陪同, 率: a conjunction, companion or lead word
            post = post[m.end():]
    return post


def find_officials(doc: Doc) -> dict[str, OfficialInfo]:
    """Officials (name -> OfficialInfo) of `doc`, from its text and tokens.

    >>> # 区委副书记、区长王明来到… -> {'王明': OfficialInfo('王明', ['区委副书记', '区长'])}
    """
    lx = Lexis(doc)
    lx.prepare()
    text = lx.text
    found: dict[str, OfficialInfo] = {}
    companions = pattern("companion_markers.txt", "(?:{})$")
    leads = pattern("lead_markers.txt")
    name_ends: list[int] = []  # where each name read after a title ends, sorted
    plural: list[tuple[str, str, int, int]] = []  # (name, post, name start, post end) before 等 + post

    def add(person: str, posts: list[str], first: int, head_text: str, tail: str, after: int) -> None:
        info = found.get(person)
        if info is None:
            info = found[person] = OfficialInfo(person, first=first)
        cut = [_after_other_names(post, found) for post in posts]
        for i in range(len(cut) - 1, -1, -1):
            if cut[i] != posts[i]:  # the posts before another official are theirs
                cut = cut[i:]
                break
        posts = [part for post in cut for part in concurrent_posts(post)]
        for post in posts:
            _add_post(info.posts, post)
        clause = text[max(0, _clause_start(text, first), first - 12):first]
        marker = companions.search(head_text)
        led = marker is not None and marker.group(0) not in ACCOMPANY_VERBS or _together_with_named(text, first, found)
        if led and host_leads(text, {**{n: o.posts for n, o in found.items()}, person: info.posts}, first):
            led = False  # 村支书甲带领区长乙: 乙 is the party the stop's cadre shows round, the visitor
        manner = pattern("name_follow_adverbs.txt").match(text, after)  # 苏醒|全程陪同
        if led or ACCOMPANIED_AFTER.match(tail) or ACCOMPANYING_WERE.search(clause) \
                or (manner and ACCOMPANIED_AFTER.match(text, manner.end())) \
                or joins_lead(text, first, after, [i for i, _, n in occurrences(text, found) if n != person]):
            info.accompanying = True
        if leads.match(tail) or leads.match(text, after + 2):
            info.leads = True

    for m in _titles().finditer(text):
        if _inside_visited_place(text, m):
            continue
        named = lx.name_after(m.end()) or _unread_list_head(lx, m.end())
        if named and named[0] in words("name_tail_words.txt"):
            named = None  # 王明区政协副主席|同志到: the word after a name, not one
        if named and _set_of_holders(text, m.start()) and not lx.clean_person_at(m.end()):
            named = None  # 各级人大代表|累计|走访: a class of the post's holders, no one named
        if named:
            name, after = named
            got = _posts_before(lx, m.end(), m.start())
            if not got:
                continue
            posts, first = got
            posts, first = _after_name_before(text, posts, first, m.start(), name_ends)
            # 区人大代表甲、乙: one post shared by a list of names
            listed = _name_list(lx, named)
            names = [n for n, _ in listed]
            after = listed[-1][1]
            insort(name_ends, after)
            after = _after_note(text, after)
            comrade = COMRADE.match(text, after)
            after = comrade.end() if comrade else after
            head_text = text[max(0, first - 3):first]
            for person in names:
                add(person, posts, first, head_text, text[after:after + 4], after)
            continue
        occupied = _occupation_item(lx, m)
        if occupied:
            person, occupation, start = occupied
            got = _posts_before(lx, m.end(), m.start())
            if got and got[0][-1].endswith(words("duty_post_heads.txt")):
                add(person, [*got[0], occupation], got[1], text[max(0, got[1] - 3):got[1]],
                    text[start + len(person):start + len(person) + 4], start + len(person))
                insort(name_ends, start + len(person))
                continue
        before = _name_before_post(lx, m)
        glued = _name_glued_to_title(lx, m)
        if glued and (before is None or before[0] != glued[0] and before[3] == glued[3]):
            before = glued  # 张勇镇/PER 党委书记: the name glued to the jurisdiction is 张勇
        if before:
            person, posts, first, start = before
            add(person, posts, start, text[max(0, start - 3):start], text[m.end():m.end() + 4], m.end())
            # 甲、乙副区长来到: names joined to it by 、 or a conjunction share the
            # post, unless a post of their own named them already (区委书记甲和乙副区长)
            own = first < start  # 区住建委乙副主任: the organ before the name (_organ_before)
            bare = [post[start - first:] for post in posts] if own else posts
            joined, organ = _names_joined_before(lx, first if own else start)
            separate = own or any(o for _, _, o in joined)
            if organ and not separate:
                # 区人大常委会甲、乙副主任: the organ before the list is the shared post's
                posts = [organ + post for post in posts]
                add(person, posts, start, text[max(0, start - 3):start], text[m.end():m.end() + 4], m.end())
            for k, (other, other_start, other_organ) in enumerate(joined):
                # 区民政局甲、区住建委乙副主任: each item's own organ, the first's before the list
                item_organ = other_organ or (organ if separate and k == len(joined) - 1 else "")
                item_posts = [item_organ + post for post in bare] if item_organ else bare if separate else posts
                if other not in found:
                    add(other, item_posts, other_start, text[max(0, other_start - 3):other_start],
                        text[m.end():m.end() + 4], m.end())
            continue
        plural += [(*hit, m.end()) for hit in _names_before_plural_post(lx, m)]
    # 甲、乙等区领导: a collective post, only for persons no post names otherwise
    for person, post, start, end in plural:
        if person not in found or found[person].posts == [post]:
            add(person, [post], start, text[max(0, start - 3):start], text[end:end + 4], end)
    for m in _titles_after_name().finditer(text):
        if _titles().search(text, max(0, m.start() - 4), m.end()):
            continue  # part of a title of its own (人大代表)
        named = _name_acting_after(lx, m)
        if named:
            person, start = named
            add(person, [m.group(0)], start, text[max(0, start - 3):start], text[m.end():m.end() + 4], m.end())
    _team_members(lx, found, add)
    _mark_listed_companions(text, found)
    for person in [p for p, info in found.items() if info.posts and all(_unit_head(post) and not _village_she_head(text, post, info.first) or _visited_unit_head(text, post, info.first) for post in info.posts)]:
        del found[person]  # 卫生院院长X, 公司董事长X: the visited unit's head, no official
    for person in [p for p in found if _act_after_post_only(lx, p, found)]:
        del found[person]  # 党工委书记|入户走访 (a headline): the post's holder is named elsewhere
    return found


def _act_after_post_only(lx: Lexis, person: str, found: dict[str, "OfficialInfo"]) -> bool:
    """Is `person` an act read as a name after a post whose holder the report
    names elsewhere (`东关街道党工委书记入户走访` in a headline, then
    `东关街道党工委书记吴亚楠…`)?  So it is when the analyser reads the characters
    as a verb or inside a longer word wherever the report writes them (督导/v,
    督导组/n; never a person), and another official holds each of its posts
    (the same post, or one ending with it): a report names its official by
    post in a headline's short style.

    >>> # 二级巡视员督导检查X。…二级巡视员曹振宇到X -> 督导 is no one
    """
    text = lx.text
    headline_end = text.find("\n")
    if headline_end < 0 or not 0 <= found[person].first < headline_end or HEADLINE_END.search(text[:headline_end].rstrip()):
        return False  # (only a headline's short style names an official by post alone; a first line ending a sentence is none)
    first = text.find(person)
    if not _title_at_end().search(text, max(0, first - MAX_POST), first):
        return False  # (a list's later name, 代表甲、乙、丙走进: no title right before it)
    for at in lx.find_all(person):
        toks = lx.tokens(at, at + len(person))
        first = next((t for t in toks if t.start <= at < t.end), None)
        if first is None or first.tag == "PER" or not (first.tag in ("v", "vn", "vd") or first.end > at + len(person)):
            return False
    posts = found[person].posts
    others = [info for name, info in found.items() if name != person]
    return bool(posts) and all(any(p == q or q.endswith(p) or p.endswith(q) for o in others for q in o.posts) for p in posts)


def _same_post_shorter(short: str, long: str) -> bool:
    """Is `short` the same post as `long` written without its organ
    (主任 for 区人大常委会主任, 代表 for 区人大代表)?  Not a deputy's
    (区长 is not 副区长's)."""
    return len(short) < len(long) and long.endswith(short) and not long[:-len(short)].endswith("副")


@cache
def _concurrent_joiners() -> re.Pattern:
    """The words joining two posts one person holds at once (post_concurrent_joiners.txt: 兼)."""
    return pattern("post_concurrent_joiners.txt")


def concurrent_posts(post: str) -> list[str]:
    """`post` as the posts it names: a title joined to another by 兼 (held
    concurrently, 区委副书记兼区长) is two posts, as 、 would write them; a
    joiner with no title before it and after it stays inside the post.
    Source: the common writing of concurrent posts in Chinese official
    bylines (党委书记兼镇长); the eval golds split them like 、.

    >>> concurrent_posts("区委副书记兼区长")
    ['区委副书记', '区长']
    >>> concurrent_posts("区长")
    ['区长']
    """
    parts, start = [], 0
    for m in _concurrent_joiners().finditer(post):
        left, right = post[start:m.start()], post[m.end():]
        if _title_at_end().search(left) and _title_at_end().search(right):
            parts.append(left)
            start = m.end()
    return [*parts, post[start:]]


def _add_post(posts: list[str], post: str) -> None:
    """Add `post` to `posts` unless it is a known post written shorter; a
    longer writing of a known post replaces it.

    >>> p = ["主任"]; _add_post(p, "区人大常委会主任"); _add_post(p, "主任"); p
    ['区人大常委会主任']
    """
    if post in posts or any(_same_post_shorter(post, known) for known in posts):
        return
    for i, known in enumerate(posts):
        if _same_post_shorter(known, post):
            posts[i] = post
            return
    posts.append(post)


def _unit_head(post: str) -> bool:
    """Is `post` the head of an enterprise, a service unit or a residents'
    body rather than a government post: a unit-head title
    (post_unit_titles.txt) with no organ before it, an enterprise or
    service unit's (post_unit_organs.txt) or a party's to a contract
    (运营方, 施工方: an organ ending in 方); an enterprise's title
    (post_enterprise_titles.txt: 总经理) whatever the organ; any title of a
    residents' own body (post_resident_bodies.txt: 业委会主任, 楼组长).
    `站长`, `合作社理事长`, `分拣中心总经理`, `运营方负责人` are; `区人民法院院长`,
    `调研组组长` are not."""
    if pattern("post_resident_bodies.txt").search(post) or pattern("post_enterprise_titles.txt", "(?:{})$").search(post):
        return True
    if _village_group_head(post):
        return False
    head = pattern("post_unit_titles.txt", "(?:{})$").search(post)
    if not head:
        return False
    organ = post[:head.start()]
    return not organ or organ.endswith(CONTRACT_PARTY) or pattern("post_unit_organs.txt").search(post) is not None


# a team's head's post: the team (ending in its type word 队 or 组) and its head (队长, 组长)
TEAM_HEAD = re.compile(r"(?P<team>[^副].+?[队组])副?[队组]?长$")
MEMBER_GAP = "、，,"  # what separates the items of a shared list of the team's people


def _team_members(lx: "Lexis", found: dict[str, "OfficialInfo"], add) -> None:
    """A member word (`post_member_words.txt`: 队员, 组员, 成员) written bare after a
    team's head in a list (驻村工作队队长X、队员Y, Z), whose items share the head's
    team: each name after it holds the team's member post (驻村工作队队员), read
    by `lx.name_after`; more names joined by 、 hold it too.  A bare member word
    names no organ of its own, and alone it is no title (队员 is a common noun).

    Shapes: 驻村工作队队长X、队员Y陪同 -> Y 驻村工作队队员; 调研组组长X，组员Y、Z ->
    Y, Z 调研组组员; a deputy head (副队长Y) is a title read already.  Source: the
    lead's session-28 notes (the member got no post).

    >>> bool(TEAM_HEAD.match("驻村工作队队长")), TEAM_HEAD.match("区巡察组组长").group("team"), TEAM_HEAD.match("副队长")
    (True, '区巡察组', None)
    """
    text = lx.text
    members = words("post_member_words.txt")
    for person, info in list(found.items()):
        teams = [m.group("team") for m in map(TEAM_HEAD.match, info.posts) if m]
        if not teams:
            continue
        team = teams[-1]
        for at in lx.find_all(person):
            pos = at + len(person)
            if text[pos:pos + 1] not in MEMBER_GAP or not text[pos:pos + 1]:
                continue
            word = next((w for w in members if text.startswith(w, pos + 1)), None)
            if word is None or (word[0] in "队组" and word[0] != team[-1]):
                continue
            pos += 1 + len(word)
            while True:
                named = lx.name_after(pos)
                if not named or named[0] == person or named[0] in found and found[named[0]].posts != [word]:
                    break  # (成员 is a title of its own: read bare already, it takes the team too)
                name, end = named
                if name in found:
                    found[name].posts = [team + word]
                else:
                    add(name, [team + word], pos, text[max(0, pos - 3):pos], text[end:end + 4], end)
                if text[end:end + 1] != "、":
                    break
                pos = end + 1


def _visited_unit_head(text: str, post: str, first: int) -> bool:
    """Is `post` the head of the unit the official was just taken to: a
    unit-head title (post_unit_titles.txt: 站长, 场长) whose organ is a unit
    (a unit's type word of place_suffixes.tsv ends it: 林场, 农技站) that a
    movement or inspection verb (visit_verbs.tsv) took someone to earlier in the
    same paragraph, written in full or in short (来到青山林场，林场场长X陪同;
    走进红旗农技站，在红旗农技站站长X的陪同下)?  The host of a stop is the
    visited unit's head, no official (the gold's convention for unit heads);
    a farm head visiting elsewhere (林场场长X来到Y村) keeps the post.

    >>> _visited_unit_head("县长甲来到青山林场，林场场长乙陪同。", "林场场长", 13)
    True
    >>> _visited_unit_head("林场场长乙来到青松村调研。", "林场场长", 0)
    False
    """
    head = pattern("post_unit_titles.txt", "(?:{})$").search(post)
    organ = post[:head.start()] if head else ""
    if not organ or not _site_word().search(organ):
        return False
    paragraph = text.rfind("\n", 0, first) + 1
    return re.search(f"(?:{_visit_verbs().pattern})[^，。；！？\n]{{0,12}}?{re.escape(organ)}", text[paragraph:first]) is not None


@cache
def _site_word() -> re.Pattern:
    """A unit's type word of place_suffixes.tsv (站, 林场, 幼儿园: `UNIT_SITE_TYPES`) ending an organ."""
    # (a unit's: enterprises, facilities and venues; not an estate's or a village group's, 东山组组长)
    rows = [row[0] for row in table("place_suffixes.tsv") if len(row) > 2 and row[1] in UNIT_SITE_TYPES and not row[0].startswith("re:")]
    return compile_words(rows, "(?:{})$")


def _village_group_head(post: str) -> bool:
    """Is `post` the head of a village's or neighbourhood's group: 组长 after
    nothing or a group word (post_village_groups.txt: 村民小组组长, 东山组组长),
    or a group word + 长 (村民小组长)?  Counted an official (p78's gold; see
    docs/parser.md on group heads).

    >>> [_village_group_head(p) for p in ("村民小组长", "东山组副组长", "组长", "合作社社长", "楼组长")]
    [True, True, True, False, False]
    """
    if not post.endswith("组长") or pattern("post_resident_bodies.txt").search(post):
        return False
    return pattern("post_village_groups.txt", "^(?:.*(?:{}))?副?组?长$").match(post) is not None


def _village_she_head(text: str, post: str, first: int) -> bool:
    """Is `post`, 社长 or 副社长 with no organ before it (a unit head's title
    for `_unit_head`), the head of a village's 社 (in Sichuan, Chongqing, Gansu
    and Ningxia a village's groups are called 社, as 组 elsewhere: 三社, 5社)?
    So it is unless the report names, before the post's mention at `first`, a
    unit whose head is a 社长 (the words of post_unit_organs.txt ending in 社:
    合作社, 供销社, 报社): a bare 社长 after them is that unit's head.  The head
    of a village group is counted an official of role `other` (the gold's
    convention for 组长, `_village_group_head`; p87's and p105's gold for 社长).
    Source: OFF35 item 3 (p105: 社长X, a 社 of a Gansu village, lost).

    >>> _village_she_head("村里有7个社。社长马强说", "社长", 7), _village_she_head("来到青禾合作社。社长马强说", "社长", 8)
    (True, False)
    >>> _village_she_head("社长马强说", "经理", 0)
    False
    """
    if post not in ("社长", "副社长"):
        return False
    units = [w for w in words("post_unit_organs.txt") if w.endswith("社")]
    return not any(w in text[:first] for w in units)


# the place types of place_suffixes.tsv that are units with a head (a station, a farm, a park)
UNIT_SITE_TYPES = frozenset({"Enterprise", "Facility", "Venue"})

# what ends the name of a party to a contract or a project (运营方, 施工方, 管理方)
CONTRACT_PARTY = "方"


def _name_acting_after(lx: Lexis, m: re.Match) -> tuple[str, int] | None:
    """`王明代表深入社区`: the person's name right before the title `m`,
    opening its clause, and a word that can follow a name right after it
    (a verb, an adverb, a party word), not an object (王明代表区委讲话).
    Returns (name, name start) or None."""
    named = lx.name_shaped_before(m.start())
    if not named:
        return None
    text = lx.text
    before = text[max(0, named[1] - 4):named[1]]
    if before and before[-1] not in POST_BOUNDARY and not before.endswith(words("post_agent_markers.txt")):
        return None
    followed = lx.tokens(m.end(), m.end() + 2)
    if followed and followed[0].start == m.end() and (_can_follow_name(followed[0]) or followed[0].tag == "ad"):
        return named
    return None


# the term of address written after an official's name (王明同志带队)
COMRADE = re.compile("同志")

# a note in brackets after a listed name (王明（区医院护士长）、李红): at most this long
MAX_NOTE = 30


def _after_note(text: str, pos: int) -> int:
    """The position after a bracketed note opening at `pos`, else `pos`."""
    if pos < len(text) and text[pos] in "（(":
        close = re.compile(r"[）)]").search(text, pos, pos + MAX_NOTE)
        if close and not CLAUSE_END.search(text, pos, close.start()):
            return close.end()
    return pos


def _list_item(lx: Lexis, pos: int) -> tuple[tuple[str, int] | None, bool]:
    """The name of a list item at `pos`: the analyser's reading (then True),
    or, where it read no person, two or three characters that fill the item
    up to its separator (、, a bracketed note) or a person's act (then
    False: such an item counts only in a list where another item is read as
    a person, 区人大代表甲、乙 with 乙 tagged as a verb)."""
    named = lx.name_after(pos)
    if named:
        return named, True
    text = lx.text
    transcribed = _transcribed_item(text, lx.tokens(pos, pos + MAX_NAME + 1), pos)
    if transcribed:
        return (transcribed, pos + len(transcribed)), False
    for length in (3, 2):
        cand = text[pos:pos + length]
        end = pos + length
        if len(cand) < length or not all(is_han(c) for c in cand) or _titles().search(cand) \
                or pattern("group_words.txt").search(cand) or _leads_or_moves(text, pos):
            continue
        if end < len(text) and (text[end] in "、（(" or _act_follows(text, end) or _visit_verb_at(text, end)):
            toks = lx.tokens(pos, end + 1)
            inside = [t for t in toks if t.start < end]
            if toks[0].start != pos or not any(t.end == end for t in toks) or _function_char_before(toks, end):
                continue  # half a word is no name; 岩温|等/u|来到: the party's particle, no name's syllable
            if len(inside) < 2 and not _word_as_listed_name(cand, inside[0]) and not _listed_name_shaped(cand, inside):
                continue  # one word of its own class (居民, 群众) is no name
            return (cand, end), False
    return None, False


def _transcribed_item(text: str, toks: list[Token], pos: int) -> str | None:
    """A transcribed name filling a list item at `pos` (副主任萨仁高娃、李明,
    副书记图雅和李明来到): two to MAX_NAME characters of
    name_transcription_chars.txt up to the item's end (、, a bracketed note,
    a conjunction of CONJUNCTIONS, or the person's act), whole words of the
    analyser's.  The analyser splits such a name into pieces of any tag
    (萨仁/v|高娃/n), so four characters or more need no more (as in
    `_transcribed_name`); two or three must be pieces no content word is
    made of (SHORT_NAME_PIECE_TAGS: 图雅/n, 那/r|日/q|苏/LOC; not 亲自/d), nor
    an adverb of acts.  The item counts only in a list where another item is
    the analyser's person (`_name_list`), as any item it did not read.

    >>> text = "副主任萨仁高娃、李明来到"
    >>> _transcribed_item(text, tokenize(text, [(0, len(text))]), 3)
    '萨仁高娃'
    """
    length = _transcription_run(text, pos)
    for end in range(pos + length, pos + MIN_SHORT_TRANSCRIBED - 1, -1):
        if end >= len(text) or not (text[end] in "、（(" or text[end] in CONJUNCTIONS or _person_act_at(text, end)):
            continue
        pieces = [t for t in toks if t.start < end and t.end > pos]
        if not pieces or pieces[0].start != pos or pieces[-1].end != end or _function_char_before(toks, end):
            continue  # half a word is no name; 都/d before the act is its adverb
        if end - pos < MIN_TRANSCRIBED and (any(len(t.word) > 1 and t.tag not in SHORT_NAME_PIECE_TAGS for t in pieces)
                                            or _adverb_of_acts(text[pos:end])):
            continue
        return text[pos:end]
    return None


def _occupation_item(lx: Lexis, m: re.Match) -> tuple[str, str, int] | None:
    """A title, then 、 and a second item that is no title but the person's
    occupation or workplace, then the name (县人大代表、县第一中学教师|王某:
    a deputy named with the job they hold; the caller keeps it only after a
    deputy's or member's title, duty_post_heads.txt: the job of anyone else
    named so, 自管会主任、退休教师|王某, is no post of government): the item's nominal words and
    adjectives (OCCUPATION_TAGS, at most MAX_POST characters, no title inside,
    a nominal word last) and a clean person reading
    right after them (`Lexis.clean_person_at`).  Returns (name, occupation,
    name start) or None.
    Example: 区人大代表、东湖小学教师柏晓东来到… -> ("柏晓东", "东湖小学教师", start)."""
    text, start = lx.text, m.end()
    if text[start:start + 1] != "、":
        return None
    start += 1
    toks = lx.tokens(start, start + MAX_POST, anchor=start)
    for i, tok in enumerate(toks):
        if tok.tag == "PER":
            if i == 0 or tok.start - start < 2 or not (lx.clean_person_at(tok.start) or _person_then_preposition(text, toks, i)):
                return None
            item = text[start:tok.start]
            if _titles().search(item) or any(c in POST_BOUNDARY for c in item) or toks[i - 1].tag not in POST_TAGS:
                return None
            named = lx.name_after(tok.start)
            return (named[0] if named else tok.word), item, tok.start
        if tok.start < start or tok.tag not in OCCUPATION_TAGS:
            return None
    return None


def _person_then_preposition(text: str, toks: list[Token], i: int) -> bool:
    """Is toks[i] one PER word of two to four Han characters followed by a
    preposition or a movement verb (律师|范清源/PER|在/p|…接待, 医生|范清源|到|…):
    the name ends there as surely as before punctuation or a longer verb
    (`Lexis.clean_person_at` wants a word of two characters or more, which
    在 and 到 are not)."""
    tok = toks[i]
    if not (2 <= len(tok.word) <= 4 and all(is_han(c) for c in tok.word) and tok.word[-1] not in CONJUNCTIONS):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.start == tok.end and (nxt.tag == "p" or _person_verbs().match(text, tok.end) is not None)


# words of an occupation or a workplace: nominal words, and the adjectives inside names (第一高级中学)
OCCUPATION_TAGS = POST_TAGS | {"a", "b"}


def _surname_read_as_modal(toks: list[Token]) -> bool:
    """After a title: one character the tagger read as a verb or adverb
    (应, 能, 将, 还…) that is a surname's first character (surnames.txt),
    then a given name of one or two characters read as a person, then a
    name's end.  A modal or an adverb right before a person's name is not
    grammar (书记应海波说: 应 "should" wants a verb), so the three are the
    name; a preposition before a name is (区长向王明了解: 向/p stays out).
    Example: tokens 应/v 海波/PER 说/v -> True."""
    if len(toks) < 3 or len(toks[0].word) != 1 or toks[0].tag not in ("v", "d") or toks[1].tag != "PER" \
            or toks[1].start != toks[0].end or not 1 <= len(toks[1].word) <= 2 or toks[2].tag not in NAME_END_TAGS:
        return False
    initials = surname_initials()
    return initials is not None and toks[0].word in initials


def _surname_read_as_function_word(toks: list[Token]) -> bool:
    """One character the tagger read as a conjunction or preposition (和, 向,
    于…) that is a surname's first character (surnames.txt), then a given name
    of one or two Han characters read as a person or a word that may be a
    given name (GIVEN_NAME_TAGS: 和|军云/n), not a residents' word or a title.  Callers say where that is a
    name: after a title, before the title's holder's movement verb, maybe
    after adverbs, or before the next official of a list with their title
    (县长和志强来到, 区委书记和丽海分别深入, 区委书记和丽海、区长…: "the head and
    志强 came" would leave the title nameless, and 向/于 take no movement
    verb), or opening a clause before a title (和丽萍副县长来到).
    Example: tokens 和/c 志强/PER 来到/v -> True."""
    if len(toks) < 2 or len(toks[0].word) != 1 or toks[0].tag not in ("c", "p") or toks[1].tag not in GIVEN_NAME_TAGS \
            or toks[1].start != toks[0].end or not 1 <= len(toks[1].word) <= 2 or not all(map(is_han, toks[1].word)):
        return False
    if toks[1].tag != "PER" and (toks[1].word in words("issue_raisers.txt") or _titles().search(toks[1].word)):
        return False  # 区长和居民: residents or a title are no given name (the tagger may read one as a noun: 和|军云/n)
    initials = surname_initials()
    return initials is not None and toks[0].word in initials


# what joins officials listed with their titles (区长甲，副区长乙; 区长甲和副区长乙)
LIST_JOINS = LIST_CONJUNCTIONS | {"，", "、"}


def _act_after_adverbs(text: str, toks: list[Token]) -> bool:
    """Does a leading or movement verb (`_leads_or_moves`) start `toks`, after at
    most two adverbs (分别深入, 一起来到), or another title after a separator
    (县长和志强、副县长李明来到: a list of officials, each with their title)?
    Example: tokens 分别/d 深入/v -> True."""
    if toks and toks[0].word in LIST_JOINS:
        title = _titles().search(text, toks[0].end, toks[0].end + MAX_POST)
        if title and not any(c in POST_BOUNDARY for c in text[toks[0].end:title.start()]):
            return True
    for tok in toks[:3]:
        if _leads_or_moves(text, tok.start):
            return True
        if tok.tag != "d":
            return False
    return False


def _name_shaped(cand: str) -> bool:
    """Can Han characters the tagger did not read as a person be a name where
    the frame says one stands: opening with a surname (surnames.txt: the
    shape of a Han name, asked only there), not ending in a place's or an
    organisation's type word (金山村, 纪委, 政协), and no title, party word
    or word of the residents' class (居民, 党员) or the staff's (干部: name_staff_nouns.txt)?"""
    initials = surname_initials()
    return initials is not None and len(cand) >= 2 and cand[0] in initials and all(is_han(c) for c in cand) \
        and not suffix_at(cand, len(cand)) and not pattern("organisation_heads.txt", "(?:{})$").search(cand) \
        and not _titles().search(cand) and cand not in words("issue_raisers.txt") \
        and cand not in words("group_words.txt") and cand not in words("name_staff_nouns.txt")


def _place_word_as_name(cand: str) -> bool:
    """Two or three Han characters opening with a surname and ending in a
    place's type word (徐街, 罗村, 王建村): a name where the frame names a
    person (a title before, the person's act after), never elsewhere.

    >>> _place_word_as_name("徐街"), _place_word_as_name("联络站"), _place_word_as_name("王明"), _place_word_as_name("居民区")
    (True, False, False, False)
    """
    initials = surname_initials() or frozenset()
    suffix = suffix_at(cand, len(cand))
    # the type word is one character after the name's first: 居民区 is a type word whole
    return 2 <= len(cand) <= 3 and cand[0] in initials and all(is_han(c) for c in cand) \
        and suffix is not None and suffix[0] == 1 and not _titles().search(cand) \
        and not pattern("organisation_heads.txt", "(?:{})$").search(cand)


def _word_as_listed_name(cand: str, tok: Token) -> bool:
    """Is one word of the analyser's, listed among names after a title, a
    name it misread (副区长韦国明、石红/n、祁连山/LOC来到)?  A proper noun or
    a noun opening with a surname (surnames.txt: the shape of a Han name,
    checked only where the list already says a person stands), not a place's
    or organisation's type word, nor a word of the residents', party or
    title classes (居民, 党员, 村委会).  An adverb shaped as a name that no act
    takes (区人大代表甲、乙、任重/d走进: not 亲自, 随后; `_adverb_of_acts`) is
    one too, as it is right after a title (`_common_word_as_name`).  Source:
    FAULTS35_p108 (the last of three deputies under one title was lost)."""
    if tok.tag == "d":
        return _name_shaped(cand) and not _adverb_of_acts(cand)
    return tok.tag in ("n", "nz", "LOC", "ORG", "a") and _name_shaped(cand)


def _name_list(lx: Lexis, first: tuple[str, int]) -> list[tuple[str, int]]:
    """The names sharing one title (区人大代表甲、乙（区医院护士长）、丙):
    `first` and the items joined to it by 、, each possibly followed by a
    bracketed note; items the analyser did not read as persons are kept
    when one item of the list is read as a person."""
    text = lx.text
    items, read = [first], [lx.name_after(first[1] - len(first[0])) is not None]
    after = _after_note(text, first[1])
    while after < len(text) and (text[after] == "、" or text[after] in LAST_ITEM_JOINS) and len(items) < 12:
        if _post_item(lx, after + 1):
            break  # 局长甲、区人大代表乙: the next item is a post and a name of its own (区人大|代表|乙), no bare name
        joiner = text[after]
        nxt, by_tagger = _list_item(lx, after + 1)
        if not nxt or nxt[0] in words("issue_raisers.txt") or _opens_with_residents_word(nxt[0]):
            break  # 委员及企业、居民代表: residents listed after the officials are no names
        if joiner in LAST_ITEM_JOINS and not _person_act_at(text, _after_note(text, nxt[1])):
            break  # 副主任甲和乙一行来到 closes the list; 书记甲和乙谈心 may join anyone
        items.append(nxt)
        read.append(by_tagger)
        after = _after_note(text, nxt[1])
        if joiner in LAST_ITEM_JOINS:
            break
    return items if any(read) or _names_by_list(lx, items, after) else [first]


def _names_by_list(lx: Lexis, items: list[tuple[str, int]], after: int) -> bool:
    """Is a list after a title whose items the analyser read as no person
    (副市长玉岚/n、刀/n 建华/v 一行来到) a list of names all the same?  It is
    when it holds two items or more, closes with the party word
    (group_words.txt: 一行) or a person's act (来到, 等 + act), and every item
    is shaped as a name (`_listed_name_shaped`): the list itself is the
    evidence no tagged person gives.  Rule: FAULTS27 kind 5."""
    if len(items) < 2:
        return False
    text = lx.text
    closed = pattern("group_words.txt").match(text, after) is not None or _person_act_at(text, after)
    return closed and all(
        _listed_name_shaped(name, [t for t in lx.tokens(end - len(name), end) if t.start < end]) for name, end in items)


# tags of a word no name is, read whole (a verb, a place, an organ, a time)
OTHER_CLASS_TAGS = frozenset({"v", "vn", "vd", "ad", "d", "LOC", "ORG", "TIME", "m", "q", "f", "s", "r", "p", "c", "u"})


def _listed_name_shaped(cand: str, toks: list[Token]) -> bool:
    """Is `cand`, a list item after a title, shaped as a name: two or three Han
    characters opening with a surname (surnames.txt) or a transcribed name's
    syllable (name_transcription_chars.txt: 玉, 岩, 刀 of Dai names), not one
    analyser word of another class (OTHER_CLASS_TAGS: a verb, a place, an
    organ), and none of the words `_name_shaped` refuses (a place's or organ's
    type word, a title, a residents', party or staff word)?

    >>> text = "玉岚、刀建华、岩头村、调研"
    >>> [_listed_name_shaped(w, tokenize(w, [(0, len(w))])) for w in text.split("、")]
    [True, True, False, False]
    """
    if not 2 <= len(cand) <= 3 or not all(is_han(c) for c in cand):
        return False
    if cand[0] not in (surname_initials() or frozenset()) | _transcription_chars():
        return False
    whole = len(toks) == 1 and toks[0].word == cand
    if whole and toks[0].tag in OTHER_CLASS_TAGS:
        return False
    return not suffix_at(cand, len(cand)) and not pattern("organisation_heads.txt", "(?:{})$").search(cand) \
        and not _titles().search(cand) and cand not in words("issue_raisers.txt") \
        and cand not in words("group_words.txt") and cand not in words("name_staff_nouns.txt")


# a conjunction joining the last name of a list that shares one title (副主任甲和乙一行)
LAST_ITEM_JOINS = "和与及"


def _post_item(lx: Lexis, start: int) -> bool:
    """Does the list item at `start` open with a post of its own followed by a
    name (区人大代表乙: a jurisdiction and organ of at most MAX_ORGAN_BEFORE
    characters, a title, then a person), so that it is no bare name sharing
    the list's title?  Not 高福生与党代表 (a name, then a title no name follows).
    Example: in 局长甲、区人大代表乙陪同, the item at 区 -> True."""
    text = lx.text
    m = ITEM_END.search(text, start, start + MAX_POST)
    title = _titles().search(text, start, m.start() if m else min(len(text), start + MAX_POST))
    return bool(title) and title.start() - start <= MAX_ORGAN_BEFORE and lx.name_after(title.end()) is not None


ITEM_END = re.compile(r"[、，。；：,;:（(\n]")
MAX_ORGAN_BEFORE = 6  # characters of jurisdiction and organ before a title in a list item (区住建局|局长)


def _unread_list_head(lx: Lexis, pos: int) -> tuple[str, int] | None:
    """The first name of a list after a title that the analyser did not read
    as a person (区人大代表甲、乙来到, 甲 tagged as an adverb and a verb),
    accepted when a later item of the list is read as one."""
    head, by_tagger = _list_item(lx, pos)
    if not head or by_tagger:
        return head
    listed = _name_list(lx, head)
    if len(listed) > 1:
        return head
    # 县人大代表甲、乡人大代表乙: a list of post + name pairs, the next one read
    text = lx.text
    if text[head[1]:head[1] + 1] == "、":
        nxt = _titles().search(text, head[1] + 1, head[1] + 1 + MAX_POST)
        if nxt and not any(c in POST_BOUNDARY for c in text[head[1] + 1:nxt.start()]) \
                and _list_item(lx, nxt.end())[1]:
            return head
    return None


# 等, a count of people, or both (等3名, 两位, 等两位): names listed before a plural post
PLURAL_AFTER_NAMES = re.compile(r"(?:等(?:[0-9一二两三四五六七八九十]+[名位])?|[0-9一二两三四五六七八九十]+[名位])$")
COUNT_BEFORE_POST = re.compile(r"^[0-9一二两三四五六七八九十]*[名位]")


def _names_before_plural_post(lx: Lexis, m: re.Match) -> list[tuple[str, str, int]]:
    """`甲、乙等区领导来到`, `甲等3名区人大代表`, `甲、乙两位副区长`: the persons
    listed before 等 or a count of people hold the post written after it.  Returns (name, post, name start) for
    each, or [] if no name list stands there."""
    text = lx.text
    got = post_before(lx, m.end(), m.start())
    if not got:
        return []
    post, start = got
    count = COUNT_BEFORE_POST.match(post)
    if count:
        post = post[count.end():]
    if not post:
        return []
    plural = PLURAL_AFTER_NAMES.search(text, max(0, start - 8), start + (count.end() if count else 0))
    if not plural or not count and plural.end() != start:
        return []
    found, end, read = [], plural.start(), False
    while True:
        named = lx.name_before(end)
        read = read or named is not None
        # 甲、乙、郝/PER建设/vn、丁等区人大代表: an item the analyser misread,
        # shaped as a name and filling its place in the list, is kept when
        # another item of the list is read as a person
        named = named or _unread_item_before(lx, end)
        if not named:
            break
        found.insert(0, (named[0], post, named[1]))
        if named[1] > 0 and text[named[1] - 1] not in "、，":
            # 区人大常委会甲、区政协乙两位副主任: an item with its own organ
            organ = _organ_before(lx, named[1])
            if not organ:
                break
            found[0] = (named[0], organ[0] + post, named[1])
            if organ[1] == 0 or text[organ[1] - 1] != "、":
                break
            end = organ[1] - 1
            continue
        if named[1] == 0:
            break
        if text[named[1] - 1] == "，":
            # 甲，乙等区领导: a comma joins a name standing alone in its clause
            before = lx.name_before(named[1] - 1)
            if not before or before[1] > 0 and text[before[1] - 1] not in CLAUSE_STARTS:
                break
        end = named[1] - 1
    if not read:
        return []
    # an unread item opening the list must open its clause (甲、乙 after 居民 or a verb is no list of names)
    while found and lx.name_before(found[0][2] + len(found[0][0])) is None \
            and not (found[0][2] == 0 or text[found[0][2] - 1] in POST_BOUNDARY):
        found.pop(0)
    return found


# a list item the analyser did not read as a person: at most this many characters
MAX_UNREAD_ITEM = 3


def _unread_item_before(lx: Lexis, end: int) -> tuple[str, int] | None:
    """The list item ending at `end` (甲、|郝建设|、丁等), when the analyser
    read no person there: two or three Han characters back to the list's
    separator (、，) or a clause start, whole words (a word starts where
    the item does and one ends at `end`) and shaped as a name (_name_shaped:
    a surname first, no place's or organisation's type word).  Returns
    (name, start) or None; callers keep it only in a list where another
    item is read as a person."""
    text = lx.text
    start = end
    while start > 0 and end - start < MAX_UNREAD_ITEM and is_han(text[start - 1]):
        start -= 1
    if start > 0 and text[start - 1] not in POST_BOUNDARY or end - start < 2:
        return None
    cand = text[start:end]
    if not _name_shaped(cand):
        return None
    toks = lx.tokens(start, end, anchor=end - 1)
    if not toks or toks[0].start != start or toks[-1].end != end or any(t.tag == "w" for t in toks):
        return None
    return cand, start


# what joins names listed before a post they share (甲、乙副区长, 甲和乙副区长)
NAME_JOINERS = "、和及与"


def _names_joined_before(lx: Lexis, start: int) -> tuple[list[tuple[str, int, str]], str]:
    """The names joined by 、 or a conjunction before the name starting at
    `start` (甲、乙|丙副区长 → 乙, 甲), nearest first, each read as a person or
    shaped as one (`Lexis.name_shaped_before`), none named by courtesy
    (张大妈); at most a dozen; none unless the list opens its clause or an
    organ does (_organ_before: 区人大常委会甲、乙|丙副主任).  Returns (name,
    start, the item's own organ or '') of each (区民政局甲、|区住建委乙|、丙) and
    the organ opening the list ('' if none)."""
    text, out = lx.text, []
    while start > 1 and text[start - 1] in NAME_JOINERS and len(out) < 12:
        named = lx.name_shaped_before(start - 1)
        if not named or _addressed_by_courtesy(named[0]):
            break
        start = named[1]
        organ = _organ_before(lx, start) if start > 0 and text[start - 1] not in NAME_JOINERS + "，" else None
        if organ and organ[1] > 0 and text[organ[1] - 1] in NAME_JOINERS:
            out.append((*named, organ[0]))  # 区民政局甲、|区住建委乙|、丙副主任: an item with its own organ
            start = organ[1]
            continue
        out.append((*named, ""))
    # the list opens a clause or follows an agent marker (由甲、乙副主任带队), as
    # a name before its post does: 居民李强和王明副区长交谈 lists no official
    if out and not (start == 0 or text[start - 1] in POST_BOUNDARY
                    or text[max(0, start - 4):start].endswith(words("post_agent_markers.txt"))):
        organ = _organ_before(lx, start)
        return (out, organ[0]) if organ else ([], "")
    return out, ""


def _name_before_post(lx: Lexis, m: re.Match) -> tuple[str, list[str], int, int] | None:
    """`由甲副镇长带领` / `甲以区政协委员(的)身份`: the person before the post.

    Returns (name, posts, post start, name start) or None.
    """
    text = lx.text
    got = post_before(lx, m.end(), m.start())
    if not got:
        return None
    post, start = got
    if COUNTED_PEOPLE.match(post):
        return None  # 甲、乙两位副区长: a plural post (_names_before_plural_post; places' count of people)
    named = lx.name_shaped_before(start)
    if named and start < m.start() and _organ_abbreviation_as_name(named[0]):
        named = None  # 卫健/PER|部门负责人, 王刚同城管/PER|执法局负责人: the organ's short name, no one
    if named and start < m.start() and _place_named_before_its_post(lx, named[0], named[1], start):
        named = None  # 巴音/PER|嘎查嘎查达: the village 巴音嘎查 (named elsewhere) and its head's title
    if named and _named_then_conjunction(lx, *named):
        named = None  # 王刚同/PER|民政局负责人: 王刚 meets the bureau's head, who is unnamed
    lead = text[start:m.start()]
    if named is None and 2 <= len(lead) <= 3 and (_name_shaped(lead) or _place_word_as_name(lead)) \
            and not _jurisdiction_ends(lead) \
            and text[max(0, start - 4):start].endswith(words("post_agent_markers.txt")):
        # 由|高山/n副镇长|带领: the post reader took a common word for the title's
        # jurisdiction; after an agent marker the name stands there, the title alone is the post
        named, post, start = (lead, start), m.group(0), m.start()
    if named is None:
        run = _transcribed_before_title(lx, m)
        if run:
            # 乌云/n|其/r|木格/n|副县长|陪同: the post reader took the name's last syllables
            # for the title's organ; the run from the clause's start is the name, the title the post
            named, post, start = run, m.group(0), m.start()
    if named and _level_group(text[named[1]:m.start()], m.group(0)):
        return None  # 陈仓区/PER|领导: a place's leaders, no person (_level_group)
    followed = lx.tokens(m.end(), m.end() + 2)
    # what the person does after the title, a manner adverb included (王明书记|详细|了解)
    if named and followed and followed[0].start == m.end() and (_can_follow_name(followed[0]) or followed[0].tag == "ad"):
        # 由甲副镇长带领: a name, its post, then what the person does
        lead = text[start:m.start()]
        if named[1] + len(named[0]) == start and lead.startswith(_jurisdiction_words()) \
                and _named_elsewhere_as(lx, named[0], lead, named[1]) is False:
            return None  # 金星/PER 县委书记 … 金星县持续推进: the county's secretary, no name
        before = text[max(0, named[1] - 4):named[1]]
        if not before or before[-1] in POST_BOUNDARY or before.endswith(words("post_agent_markers.txt")):
            return named[0], [post], start, named[1]
        organ = _organ_before(lx, named[1])
        if organ and start == m.start():
            # 区政协|王明|副主席一行: the organ written before the name is the post's
            return named[0], [organ[0] + post], organ[1], named[1]
    closed = m.end() >= len(text) or text[m.end()] in APPOSITION_ENDS
    if closed or text.startswith(("）", ")"), m.end()):
        # 王明（区委书记）, 王明（省人大代表、市农业局局长）: the posts in brackets after a name;
        # 王明，区委副书记、区长，来到: in a clause of their own after a name alone in its clause;
        # 王明是区委常委、副区长: after a verb introducing them (post_link_verbs.txt)
        chain = _posts_before(lx, m.end(), m.start())
        opener = text[chain[1] - 1] if chain and chain[1] > 0 else ""
        bracket = chain[1] - 1 if chain else -1
        sent = _dispatched_by().search(text, max(0, bracket - MAX_DISPATCHER), bracket + 1) if chain else None
        if sent and opener not in "（(":
            # 李强（省财政厅派驻|青石村第一书记）: the organ sending them and its verb open the
            # bracket; the post after them is the person's, the bracket opens before the organ
            opener, bracket = text[sent.start()], sent.start()
        named = None
        if opener in "（(" and not closed:
            named = lx.name_before(bracket) or _item_before_bracket(lx, bracket)
        elif opener in "，," and closed or opener in words("post_link_verbs.txt") and opener != "有":
            at = chain[1] - 1
            if opener != "有" and opener in words("post_link_verbs.txt") and text[at - 1:at] in ("，", ","):
                at -= 1  # （作者：孟某，系X镇党委书记）: the copula opens a clause after the name's
            named = lx.name_before(at)
            if named and named[1] > 0 and text[named[1] - 1] not in CLAUSE_STARTS:
                named = None  # the name must open its clause
            # (a transcribed name the analyser read in part or not at all: the whole clause)
            named = named or _transcribed_clause_before(lx, chain[1] - 1)
            if named is None and opener in words("post_link_verbs.txt"):
                named = _copula_continued(lx, chain[1] - 1)
        if named:
            return named[0], chain[0], chain[1], named[1]
    for before, afters in _capacity_frames():
        if post.startswith(before) and text[start - 1:start] in ("，", ",") and any(text.startswith(a, m.end()) for a in afters):
            # ，以县人大代表身份参加: the post reader ran over the frame's word opening the clause
            post, start = post[len(before):], start + len(before)
        if text.startswith(before, start - len(before)) and any(
            text.startswith(a, m.end()) for a in afters
        ):
            named = lx.name_before(start - len(before))
            if named is None and text[start - len(before) - 1:start - len(before)] in ("，", ","):
                # 主任甲下沉到X村，以县人大代表身份参加…: the frame opens a clause of its own;
                # its subject is the one person the sentence names before it (FAULTS37_p116)
                named = _sole_person_before(lx, start - len(before) - 1)
            if named and _duty_role(post):
                return None  # 王明以联系领导身份来到: a duty role, no post
            if named:
                return named[0], [post], start, named[1]
    return None


def _sole_person_before(lx: Lexis, end: int) -> tuple[str, int] | None:
    """The one person named (the analyser's PER words, `Lexis.name_before` at each
    word's end) in the sentence before `end`, with where the name starts; None when
    the sentence names none or several people before `end`.  A capacity frame
    opening its own clause (，以县人大代表身份参加) is that person's."""
    text = lx.text
    start = max([text.rfind(c, 0, end) for c in "。！？\n"]) + 1
    people: dict[str, int] = {}
    at = start
    while at < end:
        stop = min([i for i in (text.find(c, at, end) for c in "，,；、") if i >= 0], default=end)
        for tok in lx.tokens(at, stop):
            if tok.tag == "PER" and (named := lx.name_before(tok.end)) and named[1] >= at:
                people.setdefault(named[0], named[1])
        at = stop + 1
    # (a name read in parts, 曹立/新, gives its longest reading only)
    names = [n for n in people if not any(n != o and n in o for o in people)]
    return (names[0], people[names[0]]) if len(names) == 1 else None


# an organ sending a cadre, written in a bracket before the post (（省财政厅派驻|…第一书记）): at most this long
MAX_DISPATCHER = 14


@cache
def _dispatched_by() -> re.Pattern:
    """A bracket opening with an organ and a dispatch verb (`dispatch_verbs.txt`) that
    end right before a post: `（省财政厅派驻` in `李强（省财政厅派驻青石村第一书记）`.
    Searched in text[pos - MAX_DISPATCHER : post start]; the match starts at the bracket.
    Source: FAULTS37_p120 (a diarist's byline gave no official at all).

    >>> _dispatched_by().search("李强（省财政厅派驻").group(0)
    '（省财政厅派驻'
    """
    return compile_words(words("dispatch_verbs.txt"), r"[（(][^（()）\s，。、；：,;:]{{1,%d}}?(?:{})$" % MAX_DISPATCHER)


def _transcribed_before_title(lx: Lexis, m: re.Match) -> tuple[str, int] | None:
    """A transcribed name written right before the bare title `m`, which a
    person's act follows (_act_follows: ，乌云其木格副县长陪同): four to MAX_NAME
    characters of name_transcription_chars.txt filling the clause up to the
    title (after POST_BOUNDARY, 有/为, or an agent marker of
    post_agent_markers.txt), not ending in a place's type word (巴音嘎查|嘎查达
    is a village and its head).  The analyser reads no person there and the post
    reader takes the name's last syllables for the organ (木格/n 副县长).
    Returns (name, start) or None.  Source: OFF35 item 1 (the shapes of a
    transcribed name around its title).

    >>> text = "王刚在曲登乡调研，乌云其木格副县长陪同。"
    >>> from types import SimpleNamespace as NS
    >>> _transcribed_before_title(Lexis(NS(text=NS(text=text))), _titles().search(text, 14))
    ('乌云其木格', 9)
    """
    text = lx.text
    end = m.start()
    if not _act_follows(text, m.end()):
        return None
    chars = _transcription_chars()
    start = end
    while start > 0 and end - start < MAX_NAME and text[start - 1] in chars:
        start -= 1
    opens = start == 0 or text[start - 1] in POST_BOUNDARY or text[start - 1] in NAMES_INTRODUCED_BY \
        or text[:start].endswith(words("post_agent_markers.txt"))
    cand = text[start:end]
    if not opens or len(cand) < MIN_TRANSCRIBED or not _transcription_shaped(cand) or suffix_at(cand, len(cand)):
        return None
    return cand, start


def _place_named_before_its_post(lx: Lexis, name: str, name_start: int, post_start: int) -> bool:
    """Is `name` (at `name_start`) with the place type word opening the post
    at `post_start` (place_suffixes.tsv: 嘎查, 村, 社区) a place the report
    writes elsewhere too (来到巴音嘎查…，巴音嘎查嘎查达陪同)?  Then the post is
    that place's head's, its holder unnamed, and `name` the place's own name,
    which the analyser read as a person (巴音/PER: a Mongolian place name is a
    personal name too).  Source: OFF35 (shapes of village heads' titles).

    >>> from types import SimpleNamespace as NS
    >>> text = "来到巴音嘎查调研，巴音嘎查嘎查达陪同。"
    >>> lx = Lexis(NS(text=NS(text=text)))
    >>> once = Lexis(NS(text=NS(text="巴音嘎查嘎查达陪同。")))
    >>> _place_named_before_its_post(lx, "巴音", 9, 11), _place_named_before_its_post(once, "巴音", 0, 2)
    (True, False)
    """
    text = lx.text
    for k in range(1, 4):
        place = name + text[post_start:post_start + k]
        hit = suffix_at(place, len(place))
        if hit and hit[0] == k and any(i != name_start for i in lx.find_all(place)):
            return True
    return False


def _named_then_conjunction(lx: Lexis, name: str, start: int) -> bool:
    """Is `name`, read at `start` before a post, a person's name the report
    writes elsewhere alone, then a conjunction or preposition that joins
    officials (official_conjunctions.tsv: 同, 和, 与, 及) run into it by the
    tagger (王刚同/PER|民政局负责人)?  The name is the subject meeting the post's
    holder, who is not named: the post names no one.  A name that is itself
    written so everywhere (a given name ending in 同) is kept.  Source: OFF35
    item 2 (the shapes of a sector's organ after a preposition).

    >>> from types import SimpleNamespace as NS
    >>> text = "县长王刚来到。王刚同民政局负责人商量。"
    >>> lx = Lexis(NS(text=NS(text=text)))
    >>> _named_then_conjunction(lx, "王刚同", 7), _named_then_conjunction(lx, "王刚", 7)
    (True, False)
    """
    rest = name[:-1]
    if len(rest) < 2 or name[-1] not in CONJUNCTIONS:
        return False
    text = lx.text
    return any(i != start and text[i + len(rest):i + len(name)] != name[-1] for i in lx.find_all(rest))


def _organ_abbreviation_as_name(name: str) -> bool:
    """Does the name read before a post end with a sector department's short
    name (organ_abbreviations.txt: 卫健, 住建, 城管, 农业农村)?  The caller asks
    only where an organ word stands between the name and the title (卫健|部门
    负责人, 卫健|委负责人, 城管|执法局负责人): then the short name opens the
    post's organ, which the analyser read as a person (卫健/PER, 王刚同城管/PER),
    and no one is named.  A title written right after a name (卫健副县长) is not
    asked: there a person may bear such a name.  Source: OFF35 item 2 (p105:
    `同交通、卫健部门负责人商量` gave an official 卫健).

    >>> _organ_abbreviation_as_name("卫健"), _organ_abbreviation_as_name("王刚同城管"), _organ_abbreviation_as_name("王刚")
    (True, True, False)
    """
    return name.endswith(words("organ_abbreviations.txt"))


def _copula_continued(lx: Lexis, verb: int) -> tuple[str, int] | None:
    """The subject of a copula continued in a clause of its own: at `verb` a link
    verb (post_link_verbs.txt: 是) after `，` and an adverb (post_link_adverbs.txt:
    也, 还, 同时), the clause before opening with a name and a link verb:
    `王明是区人大代表，也是X村党支部书记` gives (王明, its start) for the second 是.
    Returns None for any other shape (`居民说，也是X村的事`: no name and verb open
    the clause before).

    Example: in `王明是区人大代表，也是东岭村党支部书记`, `verb` = 11 (the second 是)
    gives ('王明', 0), so 王明 holds 东岭村党支部书记 too (tests/test_lead35.py).
    """
    text = lx.text
    adverb = next((a for a in sorted(words("post_link_adverbs.txt"), key=len, reverse=True)
                   if text.startswith(a, verb - len(a))), None)
    comma = verb - len(adverb) - 1 if adverb else -1
    if comma < 1 or text[comma] not in "，,":
        return None
    opening = max((text.rfind(c, 0, comma) for c in CLAUSE_STARTS), default=-1) + 1
    links = words("post_link_verbs.txt")
    for j in range(opening + 2, min(comma, opening + MAX_NAME + 2)):
        if text[j] in links:
            named = lx.name_before(j)
            return named if named and named[1] == opening else None
    return None


def _duty_role(post: str) -> bool:
    """Is `post`, read in a capacity frame (以 … 身份, 作为 …), a duty role
    rather than a post: a staff head (name_staff_nouns.txt: 领导, 干部) after
    a duty word allowing the role use (post_duty_words.tsv: 联系, 包村, 挂点)?
    Rule: FAULTS27 kind 18.

    >>> _duty_role("联系领导"), _duty_role("驻村干部"), _duty_role("区人大代表"), _duty_role("领导")
    (True, True, False, False)
    >>> _duty_role("驻镇干部"), _duty_role("驻村第一书记")
    (True, False)
    """
    # every staff head the post ends with: the list holds compounds too (驻村干部), whose
    # shorter head 干部 follows the duty word
    return any(post.endswith(head) and post[:-len(head)].endswith(kind_words("post_duty_words.tsv", "role"))
               for head in words("name_staff_nouns.txt"))


def _item_before_bracket(lx: Lexis, end: int) -> tuple[str, int] | None:
    """The name of a list item written before a bracket of posts that the
    analyser did not read as a person (方圆（街道党工委书记）、…陪同): the whole
    item from its separator (POST_BOUNDARY) or agent marker (在方圆（…）的陪同下)
    to the bracket at `end`, name-shaped (`_name_shaped`: a surname first,
    two or three characters, four after a compound surname).  The bracket
    of posts after it says a person stands there.  Returns (name, start) or None."""
    text = lx.text
    transcribed = _transcribed_before_bracket(lx, end)
    if transcribed:
        return transcribed
    start = end
    while start > 0 and end - start < 4 and text[start - 1] not in POST_BOUNDARY:
        start -= 1
    cand = text[start:end]
    marker = next((w for w in words("post_agent_markers.txt") if cand.startswith(w) and len(cand) - len(w) >= 2), "")
    if start > 0 and text[start - 1] not in POST_BOUNDARY or not 2 <= len(cand) - len(marker) <= (4 if _compound_surname(cand[len(marker):][:2]) else 3):
        return None
    cand, start = cand[len(marker):], start + len(marker)
    return (cand, start) if _name_shaped(cand) or _place_word_as_name(cand) else None


def _transcribed_clause_before(lx: Lexis, end: int) -> tuple[str, int] | None:
    """A transcribed name (`_transcription_shaped`) filling the whole clause
    that ends at the comma at `end`, before a clause of posts
    (乌云其其格，旗人大代表，…牧民): the analyser reads no person in a long
    Mongolian or Tibetan name, so `name_before` finds none.  The clause must
    open the text or follow a clause start (CLAUSE_STARTS) and hold nothing
    but name_transcription_chars.txt characters.  Returns (name, start) or None.
    Rule: FAULTS32 (p92-05, a deputy's record opening with her name alone in
    its clause); a Han name there is `name_before`'s."""
    text = lx.text
    start = end
    while start > 0 and end - start <= MAX_NAME and text[start - 1] not in CLAUSE_STARTS:
        start -= 1
    cand = text[start:end]
    return (cand, start) if _transcription_shaped(cand) else None


# what may stand right before a list's first name: 有/为 of 陪同人员有, 参加的有
NAMES_INTRODUCED_BY = "有为"


def _transcribed_before_bracket(lx: Lexis, end: int) -> tuple[str, int] | None:
    """A transcribed name (`_transcription_shaped`) filling a list item before
    a bracket of posts at `end`, which the analyser split or misread
    (陪同人员有萨仁高娃（旗委副书记）、…): the longest run of
    name_transcription_chars.txt characters there that opens at the item's
    start (after a separator of POST_BOUNDARY, 有/为, or an agent marker of
    post_agent_markers.txt) and at an analyser word's start (after 有/为 the
    analyser may glue them on: 有图雅/v).  Returns (name, start) or None."""
    text = lx.text
    chars = _transcription_chars()
    run = end
    while run > 0 and end - run < MAX_NAME and text[run - 1] in chars:
        run -= 1
    for start in range(run, end - MIN_SHORT_TRANSCRIBED + 1):
        introduced = start > 0 and text[start - 1] in NAMES_INTRODUCED_BY  # (有图雅/v: the tagger may glue 有 on)
        opens = start == 0 or text[start - 1] in POST_BOUNDARY or introduced \
            or text[:start].endswith(words("post_agent_markers.txt"))
        if opens and _transcription_shaped(text[start:end]) \
                and (introduced or any(t.start == start for t in lx.tokens(start, end, anchor=end - 1))):
            return text[start:end], start
    return None


# a rank written before a title (二级巡视员, 一级调研员): no jurisdiction, no name
# a civil-service rank's ordinal (公务员职级: 一级巡视员, 二级调研员; 《公务员职务与职级并行规定》, 2019)
RANK = re.compile(r"[一二三四五六七八九十]+级")
RANK_BEFORE_TITLE = re.compile(f"{RANK.pattern}$")


@cache
def _jurisdiction_words() -> tuple[str, ...]:
    """The administrative words a post opens with when it names no place
    (县政协主席, 区委副书记, 村党支部书记): the jurisdictions of
    post_levels.txt without their 级 (县级 -> 县), longest first."""
    return tuple(sorted({w[:-1] for w in words("post_levels.txt") if w.endswith("级") and len(w) > 1},
                        key=len, reverse=True))


def _doubled_level_glued(text: str, tok: Token) -> bool:
    """Does `tok` open with a level word of two characters or more
    (post_levels.txt: 嘎查, 苏木, 社区) written twice, the tagger having glued
    it to the title (and the name) after it (哈达/PER|嘎查嘎查达图雅/v: the
    level word opens the title too, 嘎查达, as 巴音苏木|苏木达)?  The word
    before it is then the place's name, not a person's.

    >>> _doubled_level_glued("嘎查嘎查达图雅", Token("嘎查嘎查达图雅", "v", 0, 7))
    True
    >>> _doubled_level_glued("村村主任", Token("村村主任", "n", 0, 4))
    False
    """
    for jur in _jurisdiction_words():
        if len(jur) >= 2 and len(tok.word) > len(jur) and tok.word.startswith(jur):
            after = tok.start + len(jur)
            return text.startswith(jur, after + text.startswith("副", after))
    return False


def _unit_word(word: str) -> bool:
    """Is `word`, written right before a title, a unit's name rather than a
    person's: a place's type word of two characters or more ends it
    (place_suffixes.tsv: 林场, 医院, 中心) or the word is a type word whole
    (站, 所)?  A name is never a type word, nor ends in one of two characters;
    one character after a name part is a name's (罗村: `_place_word_as_name`).

    >>> _unit_word("林场"), _unit_word("青松林场"), _unit_word("罗村"), _unit_word("方圆")
    (True, True, False, False)
    """
    suffix = suffix_at(word, len(word))
    return suffix is not None and (suffix[0] >= 2 or suffix[0] == len(word))


# a district-level unit's party committee, government or congress right after its level word
# (区委, 县政府, 旗人大, 州委: jurisdiction_organs.txt): the organ a post names after its district's
# name.  Not 长 (王明县长: a name before its title) nor 副 (王明副区长); a pattern template
DISTRICT_ORGAN = "[区县市旗州盟](?={})"


def _district_opening(text: str, tok: Token) -> bool:
    """Is `tok`, a word opening a post, a district's name by the title's shape: a
    name of two to four Han characters, then a district's level word and its
    organ (`DISTRICT_ORGAN`: 田阳|区委书记, 凌云|县政府副县长), the name and the level
    word making one district (kg.extract.places.segment)?  Whether the analyser
    knows the place does not matter: 江宁区委书记 and 田阳区委书记 are one shape.
    Source: NEWC27 8 (田阳/PER|区委书记 lost its district).

    >>> _district_opening("田阳区委书记", Token("田阳", "PER", 0, 2)), _district_opening("凌云县政府副县长", Token("凌云", "PER", 0, 2))
    (True, True)
    >>> _district_opening("王明县长", Token("王明", "PER", 0, 2)), _district_opening("王明副区长", Token("王明", "PER", 0, 2))
    (False, False)
    """
    if not (2 <= len(tok.word) <= 4 and HAN_RUN.fullmatch(tok.word) and pattern("jurisdiction_organs.txt", DISTRICT_ORGAN).match(text, tok.end)):
        return False
    segments = segment(tok.word + text[tok.end])
    return bool(segments) and len(segments) == 1 and segments[0].type == "District"


def _jurisdiction_ends(lead: str) -> bool:
    """Does `lead`, written before a title, end in a jurisdiction word after
    two characters or more (陈刚村|支书, 石桥村|主任: the word is the post's,
    村支书; the characters before it are a village's name or a person's,
    which only `_name_glued_to_title` decides)?  A one-character name part
    before it is a name's (罗镇 stays whole).

    >>> _jurisdiction_ends("陈刚村"), _jurisdiction_ends("罗镇"), _jurisdiction_ends("方圆")
    (True, False, False)
    """
    return any(lead.endswith(w) and len(lead) - len(w) >= 2 for w in _jurisdiction_words())


def _bare_jurisdiction(lead: str) -> bool:
    """Is `lead`, written between a name and its title, a post's opening that
    names no place: nothing (钟声|副镇长), a rank (方圆|二级巡视员), a level
    (post_levels.txt: 王明|区级河长), one jurisdiction word then an organ
    not opening with another (高山|县委书记, 刘成|村党支部书记; 王建村|村党支部
    is the name 王建村, not 王建 of 村村党支部), or organs alone
    (organisation_heads.txt: 陈静|党工委书记)?

    >>> [_bare_jurisdiction(x) for x in ("", "二级", "县政协", "村村党支部", "梅区委", "区民政局", "党工委")]
    [True, True, True, False, False, True, True]
    """
    if not lead or RANK_BEFORE_TITLE.match(lead) or lead in words("post_levels.txt"):
        return True
    for jur in _jurisdiction_words():
        if lead.startswith(jur):
            organ = lead[len(jur):]
            return not organ.startswith(_jurisdiction_words()) and all(is_han(c) for c in organ)
    # an organ alone (陈静|党工委书记): organisation_heads.txt, no jurisdiction inside (李红|梅区委 is no organ)
    return bool(pattern("organisation_heads.txt", "(?:{})$").search(lead)) and all(is_han(c) for c in lead) \
        and not any(jur in lead for jur in _jurisdiction_words())


def _name_glued_to_title(lx: Lexis, m: re.Match) -> tuple[str, list[str], int, int] | None:
    """A name written right before its title with no place between them
    (欧阳建国县政协主席来到, 方圆二级巡视员一行, 在苏醒区民政局局长的陪同下):
    the clause (after punctuation, or an agent marker: post_agent_markers.txt)
    up to the title is a name of two or three characters (three or four
    after a compound surname) opening with a surname (`_name_shaped`), then
    a bare jurisdiction (`_bare_jurisdiction`), and a person's act follows
    the title (`_act_follows`).  The analyser glues such a name to the
    jurisdiction (欧阳建国县政协/PER, 张勇镇/PER, 白云镇党委/ORG) or reads it
    as the post's first noun (钟声/n 副镇长).  `X县` may be a county's name
    (白云区委书记来到, a post naming no person), and X before a bare title a
    town's (石门镇长) or another word (时任县长, 包片副镇长): unless a rank
    stands between (方圆二级巡视员), the name is read only where the analyser
    tags it a person there, or the report names X alone elsewhere, or the
    analyser reads X as a person before the bare title
    (`_person_glued_here`).  Returns (name, [post], post start, name start),
    the shape of `_name_before_post`, or None.

    Source: OFFICIALS22's generated shapes (names × jurisdictions × titles × frames).
    """
    text = lx.text
    start = m.start()
    while start > 0 and m.start() - start < MAX_POST and text[start - 1] not in POST_BOUNDARY:
        start -= 1
    chained, end = _chained_posts(text, m.end())
    sentence = max(text.rfind(c, 0, start) for c in "。；;\n") + 1
    # (陪同调研的有：甲…，乙…。: every item after the list's opening)
    listed = _companion_list_goes_on(text, end) or ACCOMPANYING_LIST.search(text, sentence, start) is not None
    if not (listed or _act_follows(text, end)):
        return None
    # an item of a list whose next or previous item is a person and a post (李冰区政府办主任，
    # 方圆街道党工委书记，赵敏…陪同): the list's items are all people
    listed = listed or start > 0 and text[start - 1] in "，、" and LIST_CLOSE.match(text, end) is not None
    sibling = listed and _person_item_beside(lx, start, end)
    clause = text[start:m.start()]
    marker = next((w for w in words("post_agent_markers.txt") if clause.startswith(w)), "")
    skips = [0, len(marker)]
    # an agent marker inside the clause before a guide's or companion's frame (区长乙|在|甲村支书的带领下)
    inner = max((clause.rfind(w) + len(w) for w in GUIDE_OPENERS if clause.rfind(w) > 0), default=0)
    if inner and guided_at(text, start + inner - 1):
        skips.append(inner)
    for skip in dict.fromkeys(skips):
        lead = clause[skip:]
        compound = _compound_surname(lead[:2])
        for n in (3, 4) if compound else (2, 3):
            name, jur = lead[:n], lead[n:]
            if len(name) < n or not (_name_shaped(name) or _place_word_as_name(name)) \
                    or not _bare_jurisdiction(jur):
                continue
            if name.endswith(_jurisdiction_words()) and jur and not RANK_BEFORE_TITLE.match(jur) \
                    and not jur.startswith(_jurisdiction_words()):
                continue  # 白云区|政协主席: a place's name and its organ alone
            if jur and not jur.startswith(_jurisdiction_words()) and _organ_abbreviation_as_name(name):
                continue  # 卫健|委负责人: a sector's short name and its organ word, no one
            if jur and _place_named_before_its_post(lx, name, start + skip, start + skip + n):
                continue  # 巴音|嘎查嘎查达: the village named elsewhere and its head's title
            if _level_group(name + jur, m.group(0)):
                continue  # 陈仓|区领导, 王强县/PER|领导: a place's leaders, no person (_level_group)
            at = start + skip
            # (a rank names no place: 方圆|二级巡视员; nothing or a jurisdiction may be a
            # place's name or a word before the title: 石门|镇长, 包片|副镇长, 时任|县长)
            if not RANK_BEFORE_TITLE.match(jur) and not sibling \
                    and not _person_glued_here(lx, name, jur or m.group(0), at, name + m.group(0) + text[m.end():m.end() + 2],
                                               bare_title=not jur):
                continue
            return name, [text[at + n:m.end()], *chained], at + n, at
    return None


def _level_group(written: str, title: str) -> bool:
    """Is `written` + `title`, a name, a level word and a staff noun
    (`name_staff_nouns.txt`: 陈仓|区|领导, 石桥|镇|干部), the group of a place's
    leaders or cadres, so the name and level word are the place's (陈仓区领导来到:
    the leaders of 陈仓区), never a person and a post?  A person's name is written
    before a post (王明区长), not before a group: 王明区领导 is not written.  The
    analyser reads a two-character place name alone as a person (陈仓领导/PER),
    which `_person_glued_here` asks, or glues it to the level word (王强县/PER).
    `written` ends in the level word (`_jurisdiction_ends`: two characters or more
    before it).  Source: LEFT33 item 5.

    >>> _level_group("陈仓区", "领导"), _level_group("石桥镇", "干部"), _level_group("陈仓", "领导"), _level_group("陈仓区", "区长")
    (True, True, False, False)
    """
    return title in words("name_staff_nouns.txt") and _jurisdiction_ends(written)


def _chained_posts(text: str, pos: int) -> tuple[list[str], int]:
    """The posts joined by 、 to the title ending at `pos` (韩雪区委常委|、副区长，):
    each a bare jurisdiction and organ (`_bare_jurisdiction`) then a title,
    no name inside (、陈刚区政府办主任 is the next item of a list).  Returns
    (posts, where the last ends); ([], pos) when none follows.

    >>> _chained_posts("区委常委、副区长，李冰", 4), _chained_posts("主任、陈刚区政府办主任", 2)
    ((['副区长'], 8), ([], 2))
    """
    posts = []
    while pos < len(text) and text[pos] == "、":
        title = _titles().search(text, pos + 1, pos + 1 + MAX_POST)
        if title is None or any(c in POST_BOUNDARY for c in text[pos + 1:title.start()]) \
                or not _bare_jurisdiction(text[pos + 1:title.start()]):
            break
        posts.append(text[pos + 1:title.end()])
        pos = title.end()
    return posts, pos


def _person_item_beside(lx: Lexis, start: int, end: int) -> bool:
    """Is the list item right before text[start:end] or right after it (up to
    the next 、 or comma) a person then a post: the analyser's person word
    opening it, a title (post_titles.txt) in it, no longer than a post and a
    name (李冰区政府办主任，|方圆街道党工委书记|，赵敏区民政局局长陪同)?"""
    text = lx.text
    after_end = min((i for i in (text.find(c, end + 1) for c in "，、,。；\n") if i >= 0), default=len(text))
    before_start = max(text.rfind(c, 0, start - 1) for c in "，、,。；：\n") + 1
    for s, e in ((before_start, start - 1), (end + 1, after_end)):
        if not 0 < e - s <= MAX_POST + MAX_NAME or not _titles().search(text, s, e):
            continue
        first = next((t for t in lx.tokens(s, e, anchor=s) if t.start == s), None)
        if first is not None and first.tag == "PER" and 2 <= len(first.word) <= 4:
            return True
        # (the analyser glues the name to the organ, 李冰区政府办/ORG: asked again
        # without the jurisdiction and organ, as `_name_glued_to_title` does)
        title = _titles().search(text, s, e)
        for n in (2, 3):
            if title.start() - s > n and _name_shaped(text[s:s + n]) and _bare_jurisdiction(text[s + n:title.start()]) \
                    and _person_before_bare_title(text[s:s + n] + title.group(0) + text[title.end():title.end() + 2], text[s:s + n]):
                return True
    return False


# what closes a list of companions (…，乙区政府办主任陪同 / 参加)
LIST_CLOSE = re.compile(r"(?:等[0-9一二三四五六七八九十]*[名位]?)?(?:同志)?(?:的?陪同|参加|参与|随同)")


def _companion_list_goes_on(text: str, pos: int) -> bool:
    """Does a list of people with their posts go on at `pos` (a comma or
    、) to the sentence's close by the people's act (甲区委常委、副区长|，乙区政府办
    主任，丙街道党工委书记陪同 / 参加)?  Each later item holds a title
    (post_titles.txt) and is no longer than a post and a name; the last
    ends in LIST_CLOSE.  The list's act is each item's: the name written
    before the first item's title is a person.

    >>> _companion_list_goes_on("，李冰区政府办主任陪同。", 0), _companion_list_goes_on("，要求各部门落实。", 0)
    (True, False)
    """
    if pos >= len(text) or text[pos] not in "，、,":
        return False
    stop = min((i for i in (text.find(c, pos) for c in "。；;\n") if i >= 0), default=len(text))
    items = re.split("[，、,]", text[pos + 1:stop])
    close = LIST_CLOSE.search(items[-1])
    if close is None or close.end() < len(items[-1].rstrip()) - 4:
        return False
    items[-1] = items[-1][:close.start()]
    return all(0 < len(item) <= MAX_POST + MAX_NAME and _titles().search(item) for item in items)


@cache
def _person_before_bare_title(phrase: str, name: str) -> bool:
    """Does the analyser read `name`, opening `phrase` (the name, its title
    without the jurisdiction and organ, and what follows: 高山书记来到), as a
    person?  Asked where the report's own words glue the name to a
    jurisdiction word (高山县委书记来到: 高山/n 县委书记/n), the place
    name's way (白云区委书记) left undecided by the words alone.

    >>> _person_before_bare_title("欧阳建国主席来到", "欧阳建国"), _person_before_bare_title("江北书记来到", "江北")
    (True, False)
    """
    toks = tokenize(phrase, [(0, len(phrase))])
    return bool(toks) and toks[0].word == name and toks[0].tag == "PER"


def _person_glued_here(lx: Lexis, name: str, jur: str, at: int, bare: str, bare_title: bool = False) -> bool:
    """Is `name` at `at`, followed by `jur` (the jurisdiction and organ, or
    the title where none stands between), a person rather than a place's
    name or another word (`_name_glued_to_title`)?  So it is
    where the report writes the name elsewhere as a person's subject, an act
    of one following (`_act_follows`: 高山县委书记来到…高山指出); or, where the report nowhere else writes the
    name with that word (a place's name: 白云区委书记来到…白云区各级干部),
    where the analyser's person word starts there and covers the name
    (欧阳建国县政协/PER) or it reads the name as a person in `bare`, the
    name before its title without jurisdiction and organ
    (`_person_before_bare_title`); or, with nothing between the name and
    its title (`bare_title`: 方圆副区长一行), where the analyser's word there
    is a noun the name may be (`_word_before_title_as_name`)."""
    evidence = _named_elsewhere_as(lx, name, jur, at)
    if evidence is not None:
        return evidence
    toks = lx.tokens(at, at + len(name), anchor=at)
    return any(t.tag == "PER" and t.start == at and t.end >= at + len(name) for t in toks) \
        or _person_before_bare_title(bare, name) \
        or bare_title and _word_before_title_as_name(toks, name, at)


def _named_elsewhere_as(lx: Lexis, name: str, jur: str, at: int) -> bool | None:
    """What the rest of the report makes `name`, written at `at` before `jur`
    (a post's jurisdiction and organ: 高山|县委书记): True, a person, where
    the name elsewhere is a person's subject (`_act_follows`: 高山强调);
    False, a place's name, where the report writes it elsewhere before the
    jurisdiction's word and not the same organ (高山县各级干部: 高山县 is
    a county, 高山县委书记 its secretary); None where it does neither."""
    text = lx.text
    word = next((w for w in _jurisdiction_words() if jur.startswith(w)), jur[:1])
    elsewhere = [i for i in lx.find_all(name) if i != at]
    if any(_act_follows(text, i + len(name)) for i in elsewhere):
        return True  # 雷鸣强调: the name alone as a person's subject
    if any(text.startswith(word, i + len(name)) and not text.startswith(jur, i + len(name)) for i in elsewhere):
        return False
    return None


# tags of a word before a title that qualifies the post or the clause, never a
# name: verbs (分管, 时任), conjunctions (于是), pronouns, adverbs, numerals, times
NOT_NAME_BEFORE_TITLE_TAGS = frozenset({"v", "vn", "vd", "c", "r", "d", "ad", "p", "u", "m", "q", "f", "TIME", "w", "xc"})
# the analyser's verbs that may be a name opening a clause before a title (付出/v 副区长一行来到,
# 苏醒/v 镇长带队, 游泳/vn 局长): the word is the whole name, opens with a surname, is no
# post modifier (分管/v) and no verb taking a person then the person's act (name_pivot_verbs.txt)
VERB_NAME_TAGS = frozenset({"v", "vn", "vd"})
ADVERB_NAME_TAGS = frozenset({"d", "ad"})  # (齐备/d: a name the tagger read as an adverb)


def _word_before_title_as_name(toks: list[Token], name: str, at: int) -> bool:
    """Is `name` at `at`, written right before a title with no jurisdiction
    between (方圆/n 副区长一行, 林海镇/PER 长), a name by the analyser's word
    there (`toks`)?  A personal title names a person, not a place's organ:
    what stands right before it, in a clause whose person acts after the
    title (`_act_follows`, checked by the caller), is its holder, unless the
    word qualifies the post (post_modifiers.txt: 全体, 包片; the tags of
    NOT_NAME_BEFORE_TITLE_TAGS: 分管/v, 于是/c) or is a place running into
    the title's type character (高山镇长/LOC: the head of 高山镇).

    >>> from kg.analyse import Token
    >>> _word_before_title_as_name([Token("方圆", "n", 0, 2)], "方圆", 0)
    True
    >>> _word_before_title_as_name([Token("分管", "v", 0, 2)], "分管", 0), _word_before_title_as_name([Token("高山镇长", "LOC", 0, 4)], "高山", 0)
    (False, False)
    """
    first = next((t for t in toks if t.start == at), None)
    if first is not None and first.tag in VERB_NAME_TAGS and first.end == at + len(name) \
            and name not in words("post_modifiers.txt") and name not in words("name_pivot_verbs.txt"):
        return True  # 付出/v 副区长一行: a verb with no person object (_name_shaped, checked by the caller)
    if first is None or name in words("post_modifiers.txt") or first.tag in NOT_NAME_BEFORE_TITLE_TAGS \
            or _jurisdiction_ends(name):
        return False  # (陈刚村|支书: the jurisdiction word is the post's, 陈刚|村支书; 罗镇 stays a name)
    return not (first.end > at + len(name) and first.tag in ("LOC", "ORG"))


# what ends a clause of posts set off after a name (王明，区委副书记、区长，来到)
APPOSITION_ENDS = "，。；,;"


def _organ_before(lx: Lexis, end: int) -> tuple[str, int] | None:
    """The organ written right before a name whose title follows it
    (区政协|王明副主席, 市委巡视组|王明组长): nominal words (POST_TAGS) back to
    a clause start or an agent marker, the last an organisation (tagged ORG,
    or ending in a word of organisation_heads.txt, or a place ending in its
    type word: 翠湖村|王明书记), not ending in a title
    (区委常委|王明副区长 is two posts, read elsewhere).
    Returns (organ, start) or None."""
    text = lx.text
    toks = lx.tokens(end - MAX_POST, end, anchor=end - 1)
    if not toks or toks[-1].end != end:
        return None
    i = len(toks) - 1
    while i > 0 and toks[i - 1].tag in POST_TAGS:
        i -= 1
    if toks[i].tag not in POST_TAGS:
        return None
    start = toks[i].start
    organ = text[start:end]
    # (a place ending in its type word stands for its committee: 翠湖村|王明书记)
    if not (toks[-1].tag == "ORG" or pattern("organisation_heads.txt", "(?:{})$").search(organ)
            or toks[-1].tag == "LOC" and suffix_at(organ, len(organ))) \
            or _title_at_end().search(organ) or any(c in POST_BOUNDARY for c in organ):
        return None
    # after a clause start, an agent marker (由, 在), or a conjunction, lead or
    # companion word (带领区民政局|甲、…: _post_breaks)
    if start > 0 and text[start - 1] not in POST_BOUNDARY \
            and not text[max(0, start - 4):start].endswith(words("post_agent_markers.txt")) \
            and not any(b.end() == start for b in _post_breaks().finditer(text, max(0, start - 4), start)):
        return None
    return organ, start


# the verbs whose object is the official accompanied (街道党工委书记甲陪同区长乙来到, 甲陪着乙):
# of the companion markers, the ones that do not make the name after them accompany (accompany_verbs.txt)
ACCOMPANY_VERBS = frozenset(words("accompany_verbs.txt"))


# a list of posts and names closed by 陪同: `…等陪同`, `在…的陪同下`; not 陪同人员
# (王明及陪同人员: the staff who accompany him)
LISTED_BEFORE_ACCOMPANYING = re.compile(r"[等的]?陪同(?!人员|者)")


def _together_with_named(text: str, first: int, found: dict[str, OfficialInfo]) -> bool:
    """Does a together-word (together_adverbs.txt: 一同, 一齐, 结伴) stand right
    before the title or name starting at `first`, right after the name of an
    official already read (县长甲一同副县长乙来到X, 甲结伴乙来到X)?  Written
    between two names it takes the second as its object, as 携 does: the first
    official goes with the second along, the second accompanies (the together-words
    are one class, whether they stand after both names, 甲、乙一同来到, or
    between them).  Source: NAMES31 (甲一齐/结伴/一同乙来到X: 乙's stop alone).

    >>> found = {"冷秋实": OfficialInfo("冷秋实")}
    >>> _together_with_named("县长冷秋实一同副县长邵立华来到青禾村", 7, found)
    True
    >>> _together_with_named("县长冷秋实来到青禾村，一同副县长邵立华", 13, found)
    False
    """
    word = pattern("together_adverbs.txt", "(?:{})$").search(text, max(0, first - 4), first)
    return word is not None and any(text.endswith(name, 0, word.start()) for name in found)


def _mark_listed_companions(text: str, found: dict[str, OfficialInfo]) -> None:
    """`副区长林峰，区住建委主任孙涛等陪同`, `在区委常委、副区长林峰，区住建委主任
    孙涛的陪同下`: everyone listed before 陪同 accompanies."""
    if not found:
        return
    people = {*found, *(p for o in found.values() for p in o.posts)}
    for m in LISTED_BEFORE_ACCOMPANYING.finditer(text):
        clause_start = max(text.rfind(c, 0, m.start()) for c in "。；\n")
        names = []
        cursor = m.start()
        # walk back over `post name，post name` to the start of the list
        tokens = occurrences(text, people, clause_start + 1, m.start())
        for start, end, token in reversed(tokens):
            if text[end:cursor].strip("，、和及 （）()") != "":  # (甲（区委常委）、乙（…）陪同: the brackets too)
                break
            if token in found:
                names.append(token)
            cursor = start
        for name in names:
            found[name].accompanying = True
    # `区委书记A带领区委常委B、副区长C来到`, `陪同调研的有：区委常委B，副区长C`:
    # everyone listed after 带领/携 or 陪同…的有 accompanies (the leader's party:
    # kg.extract.visits gives them the leader's stops); after 陪同 itself
    # (A陪同B) stands the one accompanied
    # (not after a guide's phrase, 由甲带领，区长乙来到 / 在甲的带领下，…: the one after it is the guided visitor)
    starts = [m.end() for m in pattern("companion_markers.txt").finditer(text)
              if m.group(0) not in ACCOMPANY_VERBS and not text.startswith(("下", "，", ","), m.end())]
    starts += [m.end() for m in ACCOMPANYING_LIST.finditer(text)]
    held = {n: o.posts for n, o in found.items()}
    for list_start in sorted(starts):
        if host_leads(text, held, list_start):
            continue  # 村支书甲带领区长乙: a stop's cadre guides the visitors (kg.extract.guides)
        # the list may run on over commas (带领区委常委、部长甲，副区长乙来到): it ends at the first word that is no post or name
        clause_end = min((i for i in (text.find(c, list_start) for c in "。；\n") if i >= 0), default=len(text))
        cursor = list_start
        for start, end, token in occurrences(text, people, list_start, clause_end):
            gap = text[cursor:start].strip("，、和及 ")
            # 带领区民政局甲、…: the organ of the next name's post, written before it
            if gap and not (token in found and any(p.startswith(gap) for p in found[token].posts)):
                break
            if token in found:
                found[token].accompanying = True
            cursor = end


def occurrences(text: str, words, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every occurrence of the words in text[start:end], longest first where they
    overlap.  str.find per word: a report names a handful of people, and a
    regex alternation compiled per report costs more than the search."""
    end = len(text) if end is None else end
    found = []
    for word in sorted(set(words), key=len, reverse=True):
        i = text.find(word, start, end)
        while i >= 0:
            found.append((i, i + len(word), word))
            i = text.find(word, i + len(word), end)
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    kept, last_end = [], -1
    for hit in found:
        if hit[0] >= last_end:
            kept.append(hit)
            last_end = hit[1]
    return kept


def mentions(text: str, names) -> list[tuple[int, int, str]]:
    """Every occurrence of a known name, longest names first, no overlaps;
    a title written right after the name is part of the mention
    (`王明乡长和李红副乡长来到`: (0, 4, '王明'), (5, 10, '李红')), so what
    follows the mention follows the person's whole noun phrase: the
    conjunction joining two such pairs, a party word (王明乡长一行).

    >>> mentions("王明乡长和李红副乡长来到", ["王明", "李红"])
    [(0, 4, '王明'), (5, 10, '李红')]
    >>> mentions("王明同志，李红同志来到", ["王明", "李红"])
    [(0, 4, '王明'), (5, 9, '李红')]
    >>> mentions("李红二级巡视员一行来到", ["李红"])
    [(0, 7, '李红')]
    >>> mentions("由周正街道党工委副书记带领，", ["周正"])
    [(1, 11, '周正')]
    """
    found = []
    for start, end, name in occurrences(text, names):
        # a civil-service rank before the title (李红二级巡视员一行) is part of the noun phrase
        rank = RANK.match(text, end)
        at = rank.end() if rank else end
        title = _titles().match(text, at) or _titles_after_name().match(text, at) or _post_after_name(text, at)
        end = title.end() if title else end
        comrade = COMRADE.match(text, end)  # 王明同志，李红同志来到: the term of address too
        found.append((start, comrade.end() if comrade else end, name))
    return found


def _post_after_name(text: str, pos: int) -> re.Match | None:
    """The post written right after a name at `pos` with a bare jurisdiction
    and organ before its title (周正|街道党工委副书记|带领, 高山|县委书记|一行:
    `_bare_jurisdiction`), as a match ending at the title's end; None when
    another name, a place or a break stands before the title."""
    title = _titles().search(text, pos, pos + MAX_POST)
    if title is None or title.start() == pos or not all(is_han(c) for c in text[pos:title.start()]) \
            or not _bare_jurisdiction(text[pos:title.start()]):
        return None
    return title


set_extension("officials", dict)  # name -> OfficialInfo
set_extension("name_mentions", list)  # (start, end, name) of every mention, sorted


@component("officials", requires=("text", "tokens"), assigns=("officials", "name_mentions"))
def officials_component(doc: Doc) -> None:
    officials = find_officials(doc)
    text = doc.text.text

    def named_at(start: int, end: int) -> bool:
        # a name written in full: after a title or at a clause's start, a person's act after it
        opens = start == 0 or not is_han(text[start - 1]) or _title_at_end().search(text, max(0, start - MAX_POST), start)
        return bool(opens) and (_act_follows(text, end) or _visit_verb_at(text, end))

    def same_person(damaged: str, name: str) -> bool:
        # both read with posts: one of them the same post (副县长, 青山县副县长), else two people (县长 is not 副县长)
        mine, theirs = officials[damaged].posts, officials[name].posts if name in officials else []
        return not (mine and theirs) or any(a == b or _same_post_shorter(a, b) or _same_post_shorter(b, a)
                                            for a in mine for b in theirs)

    full = resolve_lost_names(doc.text, officials, named_at, same_person)
    officials = merged_officials(officials, full)
    doc.ext.officials = officials
    doc.ext.name_mentions = [(s, e, full.get(n, n)) for s, e, n in mentions(text, [*officials, *full])]


def merged_officials(officials: dict[str, OfficialInfo], full: dict[str, str]) -> dict[str, OfficialInfo]:
    """`officials` with each damaged name of `full` (kg.extract.lost_names:
    郑某某 -> 郑可欣) merged into its full name, at the place in the order of
    whichever was named first: the posts of both, the earlier first mention,
    accompanying or leading as the first-named one was.

    >>> a, b = OfficialInfo("郑某某", ["副县长"], 3), OfficialInfo("郑可欣", ["县委常委"], 20)
    >>> merged_officials({"郑某某": a, "郑可欣": b}, {"郑某某": "郑可欣"})
    {'郑可欣': OfficialInfo(name='郑可欣', posts=['副县长', '县委常委'], first=3, accompanying=False, leads=False)}
    """
    out: dict[str, OfficialInfo] = {}
    for name, info in officials.items():
        key = full.get(name, name)
        known = out.get(key)
        if known is None:
            out[key] = OfficialInfo(key, list(info.posts), info.first, info.accompanying, info.leads)
            continue
        earlier, later = (info, known) if info.first < known.first else (known, info)
        posts = list(earlier.posts)
        for post in later.posts:
            _add_post(posts, post)
        out[key] = OfficialInfo(key, posts, earlier.first, earlier.accompanying, earlier.leads)
    return out
