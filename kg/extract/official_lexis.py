"""The analyser's tokens of one report and the name after a title: `Lexis`
analyses the spans the officials grammar reads beyond the analyse
component's windows, and reads the person written after a title
(`name_after`) or before one (`name_before`), with the tagger's other
readings as evidence.

Reads the report (Doc) and the analyser; gives tokens and names to the
officials orchestrator and the list and name-before readers.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kg.analyse import Token, tokenize
from kg.analyse.component import CLAUSE_END, NAME_DOT, NAME_DOTS, analyse_spans, reads
from kg.extract.guides import CLAUSE_STARTS, MAX_NAME, MAX_POST
from kg.extract.issue_words import remark_acts
from kg.extract.lexicons import pattern, words
from kg.extract.official_acts import (
    home_after_name, opens_with_residents_word, move_verbs, move_or_lead_verbs, find_all, visit_verb_at,
    inside_visited_place, moves, leads_or_moves, acts_as_person, collective_before, subject_of_person_verb,
    follow_adverb_at, person_act_at, adverb_of_acts, words_after_person, act_follows, fit_to_person_act,
    given_name_read_as_verb, compound_surname, verb_then_verb, verb_follows, addressed_by_courtesy,
    same_person_longer,
)
from kg.extract.official_name_shapes import (
    name_filling_item, name_glued_to_next_post, NOT_IN_NAME_TAGS, COMMON_WORD_NAME, common_words_as_given_name,
    adverb_run_into, manner_run_into, joined_post_cut, joined_post_follows, max_name, ends_word_before_name_end, two_characters_before_name_end,
    proper_noun_as_name, can_follow_name, covering, clause_span, surname_read_as_modal,
    surname_read_as_function_word, act_after_adverbs, name_shaped, place_word_as_name, lone_move_at, time_word_as_name,
    act_after_time_word, noun_by_suffix,
)
from kg.extract.official_posts import skip_title_gap, post_candidate, post_before
from kg.extract.official_titles import (
    MAX_DOTTED_NAME, CONJUNCTIONS, GIVEN_NAME_TAGS, NAME_END_TAGS, PLACE_LIKE_TAGS, NOT_NAME_TAGS, ADVERBIAL_TAGS,
    ONE_WORD_NOT_NAME_TAGS, LIST_OR_CLAUSE_COMMAS, LOOKAHEAD, _titles, titles_after_name, capacity_word_at,
    NOT_GIVEN_NAME_TAGS,
)
from kg.extract.official_transcribed import (
    transcription_shaped, adverb_as_given_name, adverb_cut_from_name, transcribed_name, transcribed_glued_to_title,
    glued_name_before_act, dotted_rest, dotted_moves, dotted_first_part, dotted_ends_clause_word,
)
from kg.extract.place_suffixes import suffix_at
from kg.pipeline import Doc
from kg.repair.lost import lost_run_end, surviving_name_part, unread_run_end
from kg.text import HAN_RUN, is_han


class Lexis:
    """The analyser's tokens of one document, analysing more on demand."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text.text
        # a word's mentions, and where it opens a clause, found once a report:
        # a long report asks for the same name's mentions at each of them (issue 10)
        self._found: dict[str, list[int]] = {}
        self._openings: dict[str, tuple[list[int], list[str], list[int]]] = {}
        self._titles: list[re.Match] | None = None
        # (start, end, anchor) -> `_within_clause`'s span: ~90 calls a report, two in three
        # repeating one made before (`tokens` and `analyse_all` cut the same reads); the text
        # does not change, so neither does the answer
        self._clauses: dict[tuple[int, int, int], tuple[int, int]] = {}
        # pos -> (`reads()` then, `name_after`'s answer) of a call that read no tokens into the
        # document: half of a report's ~12 calls ask again at one title's end (the officials'
        # frames and the lists), most with no tokens read between; the same tokens give the same
        # answer (the rest of what it reads is the text and the lexicons)
        self._named: dict[int, tuple[int, tuple[str, int] | None]] = {}
        # (start, end) of a clause's read -> (`reads()` then, its tokens): ~60 `tokens` calls a
        # report, a third reading a span read before with no tokens read between (the same answer)
        self._read: dict[tuple[int, int], tuple[int, tuple[Token, ...]]] = {}
        # (end, head start) -> (`reads()` then, `official_posts.post_before`'s answer), as
        # `_named` keeps `name_after`'s: a third of ~12 calls a report read a post read before
        self.posts: dict[tuple[int, int | None], tuple[int, tuple[str, int] | None]] = {}

    def titles(self) -> list[re.Match]:
        """The title heads of the report (`official_titles._titles`) outside a visited
        place's name (`inside_visited_place`: 来到兴隆村长风站), in text order, found once a
        report: `prepare` and `find_officials` both read them (each scanned the text).
        The list is shared: callers do not change it."""
        if self._titles is None:
            self._titles = [m for m in _titles().finditer(self.text) if not inside_visited_place(self.text, m)]
        return self._titles

    def find_all(self, word: str) -> list[int]:
        """Offsets of every occurrence of `word` in the report (`find_all`),
        searched once a report.  The list is shared: callers do not change it.

        >>> from types import SimpleNamespace as NS
        >>> Lexis(NS(text=NS(text="王明来到。王明说。"))).find_all("王明")
        [0, 5]
        """
        found = self._found.get(word)
        if found is None:
            found = self._found[word] = find_all(self.text, word)
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
        key = (start, end, anchor)
        span = self._clauses.get(key)
        if span is None:
            span = self._clauses[key] = self._clause_span(start, end, anchor)
        return span

    def _clause_span(self, start: int, end: int, anchor: int) -> tuple[int, int]:
        """`_within_clause`'s answer, found."""
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
        seen = reads()
        hit = self._read.get((start, end))
        if hit is not None and hit[0] == seen:
            return list(hit[1])
        if not self.covered(start, end):
            analyse_spans(self.doc, [clause_span(self.text, start, end)])
        out = self._tokens_in(start, end)
        self._read[start, end] = (reads(), tuple(out))
        return out

    def _tokens_in(self, start: int, end: int) -> list[Token]:
        """The document's tokens overlapping text[start:end], as read now."""
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

        titles = self.titles()
        for m in titles:
            cand = post_candidate(text, m.end())
            if cand:
                want(cand[0], m.start() + 1, anchor=m.start())
            pos = skip_title_gap(text, m.end())
            dotted = NAME_DOT.search(text, pos, pos + MAX_DOTTED_NAME) is not None
            want(pos, pos + LOOKAHEAD + (MAX_DOTTED_NAME if dotted else 0))
        for m in titles_after_name().finditer(text):
            want(m.start() - MAX_NAME - 1, m.start(), anchor=m.start() - 1)
        self.analyse_all(spans)
        # then, where no clean person reading follows a title, the repetitions
        # of what follows it and, where no person at all, the words before its
        # post (the post's start is the analyser's: `由王明副镇长带领`)
        spans = []
        for m in titles:
            pos = skip_title_gap(text, m.end())
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
                spans.append(clause_span(self.text, start, end))
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
        where the name ends; None if no person is named there.  Answered again
        from memory while no tokens were read into the document since a call at
        `pos` that read none."""
        seen = reads()
        hit = self._named.get(pos)
        if hit is not None and hit[0] == seen:
            return hit[1]
        named = self._name_after(pos)
        if reads() == seen:
            self._named[pos] = (seen, named)
        return named

    def _name_after(self, pos: int) -> tuple[str, int] | None:
        """`name_after`'s answer, read."""
        pos = skip_title_gap(self.text, pos)
        if leads_or_moves(self.text, pos):
            return None  # 副县长|带队|到…: the person's act, the name stands before the title
        if capacity_word_at(self.text, pos):
            return None  # 以市人大代表|身份|来到: the capacity frame's word, the name stands before
        after_marks = self._name_after_marks(pos)
        if after_marks:
            return after_marks  # 区委书记|??|张振华|来到: marks between the title and a complete name are noise
        lost = self._name_after_lost_surname(pos)
        if lost:
            return lost, pos + len(lost)  # 县委书记|某某伟|深入: the surname lost, the title and the act name a person
        dotted = NAME_DOT.search(self.text, pos, pos + MAX_DOTTED_NAME) is not None
        toks = self.tokens(pos, pos + LOOKAHEAD + (MAX_DOTTED_NAME if dotted else 0))
        if not toks or toks[0].start != pos:
            # the tagger glued the name to the title (镇长凤杰静/PER)
            repeated = self._repeated_as_subject(pos) or self._read_from_title_end(pos) \
                or glued_name_before_act(self.text, pos) or transcribed_glued_to_title(self.text, toks, pos) \
                or transcribed_name(self.text, pos, "", toks) or common_words_as_given_name(self.text, toks, pos)
            # (副县长旦/n|增曲珍/v|来到: a transcribed name of four or more, its first syllable glued to the title)
            return (repeated, pos + len(repeated)) if repeated else None
        name = ""
        for tok in toks:
            if tok.tag != "PER" or len(name) + len(tok.word) > max_name(name + tok.word):
                break
            name += tok.word
        first = dotted_first_part(self.text, pos)
        if first and len(name) < len(first):
            dotted = dotted_rest(self.text, toks, pos, first)
            if act_follows(self.text, pos + len(dotted)) or joined_post_follows(self.text, pos + len(dotted)) \
                    or dotted_moves(self.text, pos, dotted) or dotted_ends_clause_word(self.text, pos, dotted):
                name = first  # 买/v|买提/PER|·: the part before a name dot, whatever the tagger read, when the person's act follows
        if name:
            name = dotted_rest(self.text, toks, pos, name)
        if len(name) == 1 and len(toks) > 1 and toks[1].tag in GIVEN_NAME_TAGS and len(toks[1].word) <= 2:
            name += toks[1].word  # 于|海鹰: a surname the tagger left alone
        elif len(name) == 1 and len(toks) > 2 and len(toks[1].word) <= 2 and all(is_han(c) for c in toks[1].word) \
                and follow_adverb_at(self.text, toks[2].start):
            name += toks[1].word  # 贺|东升/v|实地|走访: the given name the tagger read as a verb, before a manner adverb
        elif (len(name) == 1 or name == toks[0].word) and given_name_read_as_verb(self.text, toks):
            name += toks[1].word  # 蓝|启航/v|到: the given name the tagger read as a verb, before a movement verb
        elif len(name) == 2 and self._given_name_glued_to_remark(toks, pos):
            name = self.text[pos:pos + COMMON_WORD_NAME]  # 韦跃/PER|进讲/v|，: the given name's end glued to the remark verb
        elif len(name) == 2 and self._given_name_end_before_move(toks, pos):
            name = self.text[pos:pos + COMMON_WORD_NAME]  # 韦跃/PER|进/v|到/v: the given name's end read as 进 of 进到
        elif len(name) == 1 and common_words_as_given_name(self.text, toks, pos):
            name = self.text[pos:pos + COMMON_WORD_NAME]  # 书记|吉/PER|建设/v|说: the given name a common word
        elif not name and surname_read_as_modal(toks):
            name = toks[0].word + toks[1].word  # 书记|应/v|海波/PER|说: a modal verb takes a verb, not a person
        elif not name and surname_read_as_function_word(toks) and act_after_adverbs(self.text, toks[2:]):
            name = toks[0].word + toks[1].word  # 县长|和/c|志强/PER|来到: no one else's act follows a nameless title
        elif not name and two_characters_before_name_end(toks):
            name = toks[0].word + toks[1].word  # 镇长|钱|进|一行: single characters, then the name ends
        elif not name and proper_noun_as_name(toks):
            name = toks[0].word  # 区长|黄河|来到: a name that is also a place's
        if not name and collective_before(self.text, pos):
            return None  # 区领导|分两路|走访: a level's leaders as a group; no one's name follows
        if not name:
            name = subject_of_person_verb(self.text, toks, pos) or ""
        if not name:
            name = name_filling_item(self.text, toks, pos) or name_glued_to_next_post(self.text, toks, pos) or ""
        if not name:
            name = self._common_word_as_name(toks, pos) or common_words_as_given_name(self.text, toks, pos) or ""
        name = fit_to_person_act(self.text, toks, pos, manner_run_into(self.text, pos, adverb_run_into(self.text, pos, name)))
        name = transcribed_name(self.text, pos, name, toks)
        name = adverb_as_given_name(self.text, pos, name)
        name = adverb_cut_from_name(self.text, pos, name)
        through = self._through_lost_run(pos, name)
        if through != name:
            name = through  # 王某/PER|某/r|国/n|来到: the run of lost characters and the given name left after it
        elif name and len(name) < MAX_NAME and self._survives_lost(toks, pos + len(name)):
            name += self.text[pos + len(name)]  # 程某某|刚/d|来到: the given name left after lost characters
        if adverb_of_acts(name):
            name = ""  # 副镇长|全程|陪同: an adverb of the person's act, the title's holder unnamed
        if name in words("group_words.txt"):
            name = ""  # 方圆二级巡视员|一行|来到: the party word (group_words.txt) stands for the title's holder, named before it
        if name in words("issue_raisers.txt") or opens_with_residents_word(name):
            name = ""  # 区长王明、居民|来到, 委员及企业、居民代表|共商: the residents' word class (issue_raisers.txt) names no one
        rest = toks[len(covering(toks, pos + len(name))):]
        if 2 <= len(name) < MAX_NAME and len(rest) >= 2 and len(rest[0].word) == 1 and rest[0].tag in ("n", "nz") \
                and can_follow_name(rest[1]) and not self._stands_alone(name, rest[0].word) \
                and not home_after_name(self.text, rest[0]):
            name += rest[0].word  # 白朝格吉乐|图|带领: a one-character noun between a name and its verb
        if len(name) >= 2:
            name = self._extend(name, toks[len(covering(toks, pos + len(name))):])
        else:
            name = self._confirmed_elsewhere(pos)
        repeated = None if self.clean_person_at(pos) else self._repeated_as_subject(pos)
        if repeated and (not name or same_person_longer(repeated, name)):
            name = repeated
        if name and 2 <= len(name) < 4:
            name = self._longer_elsewhere(pos, name) or name
        if name and not all(is_han(c) or c in NAME_DOTS for c in name):
            return None  # 张`华, 赵⏎刚: punctuation or a break inside is no name
        name = lead_verb_cut(name)  # 韦春梅率/PER|区政协…委员: the lead verb after the name, read into it
        name = name and joined_post_cut(self.text, pos, name)  # 林一鸣和街道/PER|…队长陈斌: the conjunction joins the next post
        if name and suffix_at(name, len(name)) and not (toks[0].tag == "PER" and toks[0].start == pos) \
                and not (place_word_as_name(name) and act_follows(self.text, pos + len(name))):
            # 人大代表|联络站: a place's type word ends it, and the tagger read no person;
            # but a person's act after it makes it a name (区长罗村来到: a place does not arrive)
            return None
        if name and addressed_by_courtesy(name):
            return None  # 楼组长施阿姨: a resident named by a term of address
        return (name, pos + len(name)) if name else None

    def _name_after_marks(self, pos: int) -> tuple[str, int] | None:
        """The complete name written right after a title at `pos` behind a
        run of marks for unreadable characters (`unread_run_end`: `??` the
        repair wrote `某`, `？？`, `□`, U+FFFD), and where it ends.  A
        separator the file could not hold (a no-break or en space between the
        title and the name) leaves such marks, and the holder's name stands
        whole after them: a surname (`name_shaped`) and two given characters
        (or a compound surname and two), then a person's act, a visit verb or
        remark (`person_act_at`) or a list's or clause's comma (区委书记??张振华来到…,
        区委书记□□张振华，区长…).  A surname and one given character is that
        name only where the report writes it elsewhere with a person's act
        after it (区委书记??张华来到… 张华指出): two characters may as well be
        the given name left after a lost surname (县委书记??明华来到, read
        某某明华 by `_name_after_lost_surname`).  None when no run starts at `pos`,
        or a person's act starts right after it (区长??来到: the name itself lost).
        Source: NAMES30 (a newcomer's report, 区委书记??+name: the official lost).
        Example: "区委书记??张振华来到…" at the first mark -> ("张振华", end of 张振华)."""
        end = unread_run_end(self.doc.text, pos)
        if end == pos or person_act_at(self.text, end):
            return None
        for given in (1, 2):
            surname = 2 if compound_surname(self.text[end:end + 2]) else 1
            cand = self.text[end:end + surname + given]
            after = end + len(cand)
            if len(cand) < surname + given or not name_shaped(cand) or adverb_of_acts(cand[surname:]):
                continue
            if not (person_act_at(self.text, after) or self.text[after:after + 1] in LIST_OR_CLAUSE_COMMAS):
                continue
            if given == 1 and surname == 1:
                if not any(i != end and not self.text[i - 1:i] == "某" and person_act_at(self.text, i + len(cand))
                           for i in self.find_all(cand)):
                    return None  # two characters, no other mention: the lost surname's reading
            return cand, after
        return None

    def _through_lost_run(self, pos: int, name: str) -> str:
        """`name`, read at `pos`, carried through the run of lost characters it
        stops inside or right before (kg.repair.lost wrote them `某`) and on to
        the given name's characters left after it, none to two, the fewest a
        person's act, visit verb or remark (`person_act_at`) or a list's or
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
            if person_act_at(self.text, run + given) or (given or run > end and len(name) >= 2) \
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
            if act_follows(self.text, end + given) or visit_verb_at(self.text, end + given):
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
                if toks and toks[0].start == i and (toks[0].tag == "PER" and toks[0].word == cand or act_follows(text, i + length)):
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
        (`words_after_person`: 林涛|一行, 林涛|带队, 林涛|深夜/TIME|来到,
        林涛|步行/v|来到): NAMES30, the same kind with a party word, a
        leading verb, a time or a means of going.

        Shapes: 何静|冒雨 (lexicon), 刘芳|耐心/ad|听取 (tagger), 孙立|强调研
        with 孙立强来到 elsewhere and 孙立 never alone: False."""
        text, end = self.text, pos + len(name)
        if follow_adverb_at(text, end):
            return True
        toks = self.tokens(pos, pos + len(cand) + 2)
        after = next((t for t in toks if t.start == end), None)
        per = any(t.start == pos and t.end == end and t.tag == "PER" for t in toks)
        if per and after is not None and after.tag in ADVERBIAL_TAGS and len(after.word) >= 2:
            return True
        if per and len(cand) - len(name) >= 2 and not compound_surname(name) \
                and not transcription_shaped(cand) and words_after_person(text, end, pos + len(cand), after):
            return True
        extra = cand[len(name):]
        return any(i != pos and not text.startswith(extra, i + len(name)) and person_act_at(text, i + len(name))
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
        two-character word that is no act of a person itself (`person_act_at`:
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
                or compound_surname(toks[0].word):
            return False
        glued = toks[1]
        if glued.start != pos + 2 or len(glued.word) != 2 or not all(is_han(c) for c in glued.word) \
                or glued.tag in NOT_IN_NAME_TAGS | ADVERBIAL_TAGS or glued.tag == "PER" \
                or glued.word in words("speech_word_compounds.txt"):
            return False
        if person_act_at(text, glued.start) or follow_adverb_at(text, glued.start) \
                or not remark_acts().match(text, glued.start + 1) or not name_shaped(text[pos:pos + 3]):
            return False
        short = toks[0].word
        return not any(i != pos and text[i + 2:i + 3] != glued.word[0] and person_act_at(text, i + 2)
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
                or compound_surname(toks[0].word):
            return False
        glued, move = toks[1], toks[2]
        if glued.start != pos + 2 or len(glued.word) != 1 or not is_han(glued.word) or glued.tag != "v" \
                or move.start != pos + 3 or not move_verbs().fullmatch(move.word) or len(move.word) != 1:
            return False
        if not name_shaped(text[pos:pos + 3]):
            return False
        short = toks[0].word
        if any(i != pos and text[i + 2:i + 3] != glued.word for i in self.find_all(short)):
            return False  # (韦跃 written elsewhere alone: the report's name has two characters)
        start = max((m.end() for m in CLAUSE_END.finditer(text, max(0, pos - MAX_POST), pos)), default=max(0, pos - MAX_POST))
        return any(t.tag == "PER" and t.start == pos and t.end == pos + 3 for t in tokenize(text, [(start, move.end)]))

    def _common_word_as_name(self, toks: list[Token], pos: int) -> str | None:
        """A name that is also a common word (高峰/n, 田野/n, 和平/ad), right
        after a title: one word of two or three characters shaped as a name
        (name_shaped: a surname first), then a person's act or a visit verb
        (区委书记高峰|调研, 书记田野|陪同).  Not a word the tagger calls an
        adverb, pronoun, numeral or time (负责人|高度|重视), nor one followed by
        anything else: a preposition or conjunction follows common nouns too
        (实施书记|项目|推进, 局长|单位|的意见).  A conjunction of two characters
        (于是/c) is a name there when the person's own act follows it at once
        (局长|于是|来到): a conjunction joins nothing to a title."""
        text = self.text
        if len(toks) >= 2 and toks[0].start == pos and len(toks[0].word) == 2 and toks[0].tag == "c" \
                and name_shaped(toks[0].word) and act_follows(text, toks[0].end):
            return toks[0].word
        if len(toks) >= 2 and toks[0].start == pos and len(toks[0].word) == 2 and toks[0].tag == "d" \
                and name_shaped(toks[0].word) and not adverb_of_acts(toks[0].word) and act_follows(text, toks[0].end):
            return toks[0].word  # 副镇长|任重/d|陪同: an adverb no act takes (name_follow_adverbs.txt) is a name there
        if len(toks) >= 2 and toks[0].start == pos and time_word_as_name(text, toks, pos):
            return toks[0].word  # 副市长|夏天/TIME|同志; 2024年3月5日，副市长|周一/TIME|来到: the name, not a second time
        if len(toks) < 2 or toks[0].start != pos or not 2 <= len(toks[0].word) <= 3 \
                or toks[0].tag not in ("n", "nz", "a", "ad", "an", "vn", "v", "LOC", "ORG") \
                or not (name_shaped(toks[0].word) or place_word_as_name(toks[0].word)) or noun_by_suffix(toks[0]):
            return None  # (书记|石头/n|到: a noun by its suffix, name_noun_suffixes.txt)
        end = toks[0].end
        if act_follows(text, end) or visit_verb_at(text, end) or lone_move_at(text, toks, end):
            return toks[0].word  # (副市长|田野/n|到/v|石桥村: a one-character movement verb of its own closes it too)
        if act_after_time_word(text, toks, end):
            return toks[0].word  # 镇长|金山/LOC|同日/TIME|走进: a time word between the name and the act (names55)
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
            if _titles().search(cand) or verb_then_verb(here, pos, length):
                continue
            for i in self.openings_elsewhere(cand, pos):
                toks = self.tokens(i, i + length + 3)
                inside = [t for t in toks if t.end <= i + length]
                # a person's verb after it (印宁|一行抵达, 福军赶赴) is evidence
                # whatever the tagger called the words (place, time, noun)
                acts = acts_as_person(self.text, i + length)
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
                    and not (acts and not verb_follows(self.tokens(pos, pos + length + 2), pos + length))
                # (where a person's act follows, the tagger's word may run on into it: 暴建/v|红一行/a 抵达)
                if toks and toks[0].start == i and inside and (inside[-1].end == i + length or acts) and not one_verb \
                        and (acts or not any(t.tag in PLACE_LIKE_TAGS for t in inside)
                             and not (len(inside) == 1 and inside[0].tag in ("n", "vn", "nz")
                                      and not moves(self.text, i + length))) \
                        and (acts or len(toks) > len(inside) and can_follow_name(toks[len(inside)])):
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
        return not (act_follows(self.text, end) or follow_adverb_at(self.text, end)
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
        if not any(i != here for i in self.find_all(name)[:2]) and move_or_lead_verbs().match(text, rest[1].start):
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
            if len(cand) < length or not all(is_han(c) for c in cand) or verb_then_verb(here, pos, length):
                continue
            if not ends_word_before_name_end(here, pos + length):
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
                # a common noun as a subject (区长热线…。热线接通后) is no evidence, nor a place word
                # opening a clause as its adverbial (，现场/s|办理: 民警|现场|会商 names no one; session 45)
                one_noun = len(inside) == 1 and inside[0].tag in ("n", "vn", "nz", "s")
                if aligned and not one_noun and (i == 0 or self.text[i - 1] in CLAUSE_STARTS) \
                        and ends_word_before_name_end(toks, i + length):
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
        return (cand, start) if name_shaped(cand) else None

    def name_before(self, end: int) -> tuple[str, int] | None:
        """The person whose PER words end at `end`, and where they start."""
        toks = self.tokens(end - MAX_NAME - 1, end, anchor=end - 1)
        if not toks or toks[-1].end != end:
            return None
        name, start = "", end
        for tok in reversed(toks):
            # (a PER read across a line break, 晴|\n of a diary's date line before a post
            # opening the next paragraph, is no name: names hold no space)
            if tok.tag != "PER" or len(name) + len(tok.word) > max_name(tok.word + name) \
                    or any(c.isspace() for c in tok.word):
                break
            name, start = tok.word + name, tok.start
        first = next((i for i, t in enumerate(toks) if t.start == start), None)
        title = _titles().match(self.text, end)
        if first and len(name) <= 2 and surname_read_as_function_word(toks[first - 1:]) \
                and (toks[first - 1].start == 0 or self.text[toks[first - 1].start - 1] in CLAUSE_STARTS) \
                and title and leads_or_moves(self.text, title.end()):
            # 和|丽萍|副县长来到: a clause opening with a conjunction or preposition
            # before a title and its holder's movement is a surname (向/和 X 副县长汇报 is not)
            name, start = toks[first - 1].word + name, toks[first - 1].start
        return (name, start) if len(name) >= 2 else None


def lead_verb_cut(name: str) -> str:
    """`name` without a one-character lead verb (`lead_markers.txt`: 率) the analyser read as its
    last character: a person of three characters or more who leads the party writes it right
    after their name (`区政协副主席A率区政协部分委员…调研`), and the analyser, meeting the
    organ's name after it, may take the verb into the person (A率/PER).  The leader keeps their
    name, post and stops.  Source: FAULTS47 (fplace, p180: every stop went to a person
    named with the verb, none to the leader).

    >>> lead_verb_cut("韦春梅率"), lead_verb_cut("韦春梅"), lead_verb_cut("李率")
    ('韦春梅', '韦春梅', '李率')
    """
    lead = [w for w in words("lead_markers.txt") if len(w) == 1]
    return name[:-1] if name and len(name) >= 4 and name[-1] in lead else name

