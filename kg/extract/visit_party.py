"""Who makes a visit: the people part of the visit reader (`PartyReading`,
a base of `kg.extract.visits.Reader`).

Reads the actors of a sentence (`kg.extract.actors`), the officials' posts and
the reader's state; gives the officials a visit verb's subject stands for (a
name, 他/她, a party, 我/我们 of a first-person report, the official an observer
follows) and notes participants, roles and who came along.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from kg.extract import issue_words
from kg.extract.actors import Actor
from kg.extract.village_groups import GROUP_HOLDERS, UNIT_END
from kg.extract.guides import guided_at, guides_party
from kg.extract.lexicons import alternation, pattern, raising_acts, words
from kg.extract.official_titles import ACCOMPANIED_AFTER, ACCOMPANYING_LIST
from kg.extract.place_suffixes import PlaceChunk
from kg.extract.place_parse import parse_at
from kg.extract.place_lists import parse_list
from kg.extract.sentences import CLAUSE_END, Sentence
from kg.extract.visit_reported import pronoun_in_residents_words, resident_subject
from kg.extract.visit_patterns import (
    BYLINE_REACH, CAME_ALONG, CLAUSE_BREAK, CO_HOST, CO_HOST_REACH, ETC, FIRST_PERSON, FOLLOW_REACH, JOIN_GAP, LEADS_TEMPLATE, LED_TEMPLATE, LISTED, LISTED_NAMES, PARTY_MARKS, SUBJECT_ADVERBS, TITLES_GAP, TURN_POST, WE, WE_TOGETHER, dispatcher, led_by, observer_follows, plural_pattern, role_closing,
)
from kg.extract.visit_verbs import PRONOUN_OPENING, moves, shows_round, speech_before, tour_verbs, verb_matches, visit_verbs


class PartyReading:
    """Who a visit is made by: the people part of `kg.extract.visits.Reader`."""

    # ----------------------------------------------------------- people
    def lead(self) -> str | None:
        leaders = [o for o in self.officials.values() if o.leads and not o.accompanying]
        if leaders:
            return min(leaders, key=lambda o: o.first).name
        if self.current_actor:
            return self.current_actor
        principal = [o for o in self.officials.values() if not o.accompanying and o.name not in self.hosts]
        return min(principal, key=lambda o: o.first).name if principal else None

    def actors(self, s: Sentence) -> list[Actor]:
        found = self.index.in_span(s.start, s.end)
        # (a party word holds 们, 位 or 名: most sentences have none, and the
        # pattern, an alternation of every title head, is slow to scan)
        if self.plural is not None and PARTY_MARKS.search(self.text, s.start, s.end):  # 代表们 after the report's 人大代表A、B: their party
            for m in self.plural.finditer(self.text, s.start, s.end):
                if not pattern("issue_raisers.txt").search(self.text, max(0, m.start() - 2), m.start()):
                    found.append(Actor(m.start(), m.end(), "group", self._members(m.group(0))))
            found.sort(key=lambda a: a.start)
        if any(a.kind == "pronoun" for a in found):
            theirs = {a.start for a in found if a.kind == "pronoun" and self._residents_pronoun(s, found, a)}
            self.residents_pronouns |= theirs
            found = [a for a in found if a.start not in theirs]
        if self.author:
            mine = [Actor(m.start(), m.end(), "name", self.author) for m in FIRST_PERSON.finditer(self.text, s.start, s.end)
                    if not self.in_speech(m.start()) and not speech_before().search(self.text, s.start, m.start())]
            if not self.followed and len(self.we_party) > 1:
                # (an observer's 我们 following an official is the followed party's, `_followed`; a
                # 我们 before the writer named their companions, an editor's 今天，我们走进X, is no party)
                mine += [Actor(m.start(), m.end(), "name", self.author) for m in WE.finditer(self.text, max(s.start, self.we_start), s.end)
                         if not self.in_speech(m.start()) and not speech_before().search(self.text, s.start, m.start())]
            if mine:
                found = sorted([*found, *mine], key=lambda a: a.start)
        elif (speaker := self._turn_speaker(s.start)) is not None:
            # an interview's answer opened by its speaker (镇长A：…我和B一起，先后到X): 我 is A
            mine = [Actor(m.start(), m.end(), "name", speaker) for m in FIRST_PERSON.finditer(self.text, s.start, s.end)
                    if not self.in_speech(m.start())]
            if mine:
                found = sorted([*found, *mine], key=lambda a: a.start)
        return found

    def _turn_speaker(self, pos: int) -> str | None:
        """The official whose turn the line holding `pos` is: the line opens with their
        name (maybe after their post: `镇长A：`) and a colon, as an interview's answers are
        written (`记者：…？` / `A：我和B一起，先后到X、Y蹲点`); None for any other line.
        Source: FAULTS38_p128 (an opened probe's Q&A with a town head had two of its
        three stops credited only to the companion the head named)."""
        line = self.text.rfind("\n", 0, pos) + 1
        k = bisect_left(self.index.starts, line)
        if k == len(self.index.mentions):
            return None
        start, end, name = self.index.mentions[k]
        if start - line > TURN_POST or name not in self.officials or self.text[end:end + 1] not in ("：", ":"):
            return None
        return name if "\n" not in self.text[line:start] and not CLAUSE_BREAK.search(self.text, line, start) else None

    def _author(self) -> str | None:
        """The official who wrote the report in the first person: one named on a
        line of their own before the body (a byline: `驻村第一书记 郝志刚`, `作者：郝志刚`,
        the line holding only their name, their posts and byline marks,
        `byline_marks.txt`), in a report whose narration says 我 (outside quotes
        and reported words).  A diary (驻村日记) tells the author's own trips as
        `我到X开户主会` and, subjectless, `和村支书A一起去X走访`: 我 and the missing
        subject are that official (session 33, an opened probe's diary had none
        of its three visits).  The byline may close the report instead, on its last
        line (`（作者：A）`, an interview's `（受访者：镇长A）`; session 37).  None when no
        such line or no 我."""
        if not any(not self.in_speech(m.start()) for m in FIRST_PERSON.finditer(self.text)):
            return None
        marks = set("".join(words("byline_marks.txt"))) | set(" \u3000\t")
        body = self.doc.sentences[min(len(self.doc.sentences) - 1, BYLINE_REACH)].start if self.doc.sentences else 0
        # a closing byline (…。\n（作者：A）, （受访者：镇长A）): the report's last line
        closing = self.text.rstrip().rfind("\n") + 1
        for start, end, name in self.index.mentions:
            if body < start < closing:
                continue
            line_start = self.text.rfind("\n", 0, start) + 1
            line_end = self.text.find("\n", end)
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            rest = line.replace(name, "")
            for post in sorted(self.officials[name].posts, key=len, reverse=True):
                rest = rest.replace(post, "")
            # (作者系|省财政厅派驻|…第一书记 A: the organ that sent the writer, before the post, marks the line too)
            rest = dispatcher().sub("", rest)
            if rest and all(c in marks for c in rest) or not rest.strip():
                return name
        return self._introduced()

    def _introduced(self) -> str | None:
        """The official a first-person writer says they are, in the narration: 我是 or 我叫,
        then their posts and their name closing the clause (`我是石桥村驻村第一书记A。`);
        None when no such clause.  A diary with no byline line introduces its writer so,
        and its `我和村支书B一起走访了X` is the writer's stop, B with them.  Source: the
        session 45 newcomer's finding (a first-person diary gave no visit)."""
        for m in FIRST_PERSON.finditer(self.text):
            if self.text[m.end():m.end() + 1] not in ("是", "叫") or self.in_speech(m.start()):
                continue
            end = CLAUSE_BREAK.search(self.text, m.end())
            end = end.start() if end else len(self.text)
            named = [name for s, e, name in self.index.mentions if m.end() < s and e == end]
            if named:
                return named[-1]
        return None

    def _we_party(self) -> list[str]:
        """Who a first-person writer's 我们 stands for: the writer (`author`) and the
        officials they name as going together with them in the narration (`WE_TOGETHER`:
        `我和区人大代表A一起，到…`, `我和村支书B、村委会副主任C一起`), writer first;
        [] when the report has no writer.  Sets `we_start` to where they are named: a 我们
        before it (an editor's note: 今天，我们走进X) is not this party.  A diary tells the day's later stops as
        `我们又去了六组`, `最后，我们来到X`: the writer's party goes there.  Source:
        FAULTS38_p128 (an opened probe's two first-person diaries lost four stops to 我们)."""
        if not self.author:
            return []
        team = [self.author]
        for m in WE_TOGETHER.finditer(self.text):
            if self.in_speech(m.start()):
                continue
            team += [name for start, _, name in self.index.mentions
                     if m.start(1) <= start < m.end(1) and name in self.officials and name not in team]
            self.we_start = m.start()
            break
        return team

    def _followed(self) -> str | None:
        """The official the report's observer goes along with: the first official
        named within FOLLOW_REACH characters after an observer (`scene_observers.txt`:
        记者, 我们; or a narrating 我) and a following verb (`observer_follow_verbs.txt`:
        跟着, 跟随), in one clause of the narration (`我跟着驻村第一书记A出了门`,
        `记者跟随县长A来到…`).  Such a feature (跟着书记走一天) tells A's rounds as the
        observer's own (我们先到了X): X is A's stop.  None when no such clause, or
        when it lies in quoted speech.  Source: FAULTS35_p105 (an opened probe's
        first-person reporter feature had none of its three stops).  Never raises."""
        for m in observer_follows().finditer(self.text):
            if self.in_speech(m.start()):
                continue
            if self.author and self.text.startswith("我", m.start()):
                continue  # 我跟着村支书A去了… in an official's own diary: the writer makes the rounds, A shows them
            clause = CLAUSE_BREAK.search(self.text, m.end(), m.end() + FOLLOW_REACH)
            end = clause.start() if clause else m.end() + FOLLOW_REACH
            for start, _, name in self.index.mentions:
                if m.end() <= start < end and name in self.officials:
                    # (read up to its 村/社区: 马家岔村|驻村第一书记, not 驻村 as a part of the name)
                    ends = [u.end() for u in UNIT_END.finditer(self.text, m.end(), start)]
                    # (a name read alone, the post after it cut off: parse_at would take 驻村 as cut)
                    unit = next((c for e in ends if (c := parse_at(self.text[m.end():e], 0)) and c.end == e - m.end()), None)
                    if unit and unit.leaf.level == "community" and unit.leaf.type in GROUP_HOLDERS:
                        # 跟着|马家岔村驻村第一书记|A: the village the followed cadre serves is where
                        # the rounds go; its groups (三社) and its own clinic (村卫生室) are read in it
                        self.places.add(PlaceChunk(m.end(), m.end() + unit.end, unit.segments), None)
                    return name
        return None

    def _residents_pronoun(self, s: Sentence, found: list[Actor], a: Actor) -> bool:
        """Does the 他/她 `a` stand for no official: a possessive before a kin word
        (`pronoun_kin_words.txt`: 她儿子在X上班, the kin is the subject), or the
        speaker inside the words a resident reports (`居民王师傅说，他去年到X办事`,
        `visit_reported.pronoun_in_residents_words`)?  Such a pronoun is no actor:
        what its clause tells (在X, 到X) is no stop of the official last named (session 33)."""
        if pattern("pronoun_kin_words.txt").match(self.text, a.end):
            return True
        people = [b.start for b in found if b.kind != "pronoun" and b.start < a.start]
        if pronoun_in_residents_words(self.text, s.start, a.start, people):
            return True
        # one resident the subject of the pronoun's sentence (居民张大爷是老党员，他退休前在X工作),
        # or of the sentence before it in the paragraph when the pronoun opens its own
        # (…老党员。他年轻时到X当过主任), with no official named: the pronoun is theirs
        if resident_subject(self.text, s.start, a.start, people):
            return True
        k = bisect_right(self.sentence_starts, s.start) - 2
        if k < 0 or a.start - s.start > PRONOUN_OPENING or CLAUSE_BREAK.search(self.text, s.start, a.start):
            return False
        before = self.doc.sentences[k]
        if before.paragraph != s.paragraph:
            return False
        return resident_subject(self.text, before.start, before.end, [b.start for b in self.index.in_span(before.start, before.end)])

    def _members(self, party: str) -> str | None:
        """The post head a plural party word names (委员们 -> 委员), kept in `Actor.name`."""
        head = party.removesuffix("们")
        return next((h for h in self._heads() if head.endswith(h)), None)

    def _named_members(self, actor: Actor) -> list[str]:
        """`委员们` after the report named 区政协委员A: A is one of them (not
        those accompanying, unless the head is a duty post's: deputies and
        members led along by their body's leader, 副主任A带领区人大代表B、C,
        make the visit, see `_led`)."""
        if actor.kind != "group" or not actor.name:
            return []
        duty = actor.name in words("duty_post_heads.txt")
        # only those named by then: a deputy first named later (代表们随后分成两组。代表A一组来到Y)
        # joins from their own mention on (`credit_participants`), not the stops before it
        return [
            o.name for o in self.officials.values()
            if (duty or not o.accompanying) and o.first < actor.start and any(p.endswith(actor.name) for p in o.posts)
        ]

    def _heads(self) -> set[str]:
        """The heads of the report's posts (代表, 委员), and every title head of
        `post_titles.txt` (委员们 when only the group's leader is named), with
        the head word a longer title ends in (代表们 for the 人大代表 led along
        when none of them is named)."""
        own = {p[-2:] for o in self.officials.values() for p in o.posts if len(p) >= 2}
        titles = [t for t in words("post_titles.txt") if len(t) >= 2 and not t.startswith("副")]
        return own | set(titles) | {t[-2:] for t in titles} if own else set()

    def _plural_party(self) -> re.Pattern | None:
        """`head们` for the heads of the report's officials' posts (代表们, 委员们),
        and a count of them (两位代表, 几位委员)."""
        heads = self._heads()
        return plural_pattern(frozenset(heads)) if heads else None

    def resolve(self, actor: Actor, actors: list[Actor]) -> str | None:
        if actor.kind == "name":
            return actor.name
        if actor.kind == "pronoun":
            # an official named earlier in the pronoun's own sentence (乡长A来村里蹲点，我陪他
            #一起到X: A), else the latest named before it
            earlier = [a.name for a in actors if a.start < actor.start and self._antecedent(a)]
            return (earlier[-1] if earlier else None) or self.last_named or self.lead()
        # 王明一行: the party of the name right before it
        before = [a for a in actors if a.kind == "name" and a.end == actor.start]
        return before[0].name if before else self.lead()

    def subject(self, actors: list[Actor], pos: int) -> list[str]:
        """Who does what is written at `pos`: the nearest actor before it, with
        the officials listed alongside (`区委书记A、区长B一同来到`)."""
        before = [a for a in actors if a.start < pos]
        for i in range(len(before) - 1, -1, -1):
            actor = before[i]
            if actor.kind == "name" and self.officials[actor.name].accompanying and not any(a.kind == "name" for a in before[:i]) \
                    and (party := self._accompanied_here(actor, actors, pos)):
                return party  # 在X社区，街道党工委书记A陪同。: the one A accompanies is at X, A with them
            if actor.kind == "name" and self.officials[actor.name].accompanying and not self._leads_here(actor) \
                    and not self.moves_alone(actor, pos, before[i - 1] if i else None):
                continue
            if actor.kind == "name" and self._hosting(actor):
                if i == len(before) - 1 and self.moves_alone(actor, pos, before[i - 1] if i else None) \
                        and visit_verbs()[0].match(self.text, pos) \
                        and not shows_round().search(self.text, actor.end, pos):
                    # 居委会主任A又去了隔壁X社区: the stop's cadre moves by themselves (a visit verb at
                    # `pos`, only adverbs between: `moves_alone`; not 嘎查达A说 at a stop; none leads or takes the party: 社区书记A带着大家来到X
                    # still shows the visitors round), no official goes (NCFIX35)
                    return []
                continue  # the stop's own cadre (社区书记A带大家来到…) shows the visitors round
            who = self.resolve(actor, actors)
            if not who:
                continue
            if who == self.author and self.text.startswith("我们", actor.start):
                # a writer's 我们: the writer and the companions named with them (`_we_party`)
                self._tell_party(pos, who, True)
                return list(self.we_party)
            guide = self._guide_of(before, i) if actor.kind == "name" else None
            if guide and guide[1]:
                # 县委书记乙在副镇长甲的带领下来到X: 乙 goes there, shown round by 甲 (who is there too)
                return list(dict.fromkeys([*self.subject(actors, guide[0].end), who]))
            team = [who]
            party = False
            if actor.kind == "group":  # 主任A，副主任B、C一行: the party is led by the list
                # (A带领的小组: the party A brings, `led_by`, is A's as 主任A一行 is)
                named = [k for k in range(i) if before[k].kind == "name"
                         and (before[k].end == actor.start or led_by().fullmatch(self.text, before[k].end, actor.start))]
                if named:
                    k0 = named[0]
                    # A带领B、C一行: B, C and their 一行 are the people A leads (`_led`), the party A's
                    # (FAULTS35_p106: the leader was left out, only C went)
                    leader = next((k for k in range(k0) if before[k].kind == "name" and before[k0].name in self._led(before, k)), None)
                    if leader is not None:
                        k0 = leader
                        who = before[k0].name
                        team = [who]
                    i, actor, party = k0, before[k0], True
                else:  # 代表们, 两位代表, 一行人 alone: the party of the latest visit, and the named members
                    # (代表们一行: the members of the party word right before 一行 too)
                    members = [n for a in before[: i + 1] if a.kind == "group" and (a is actor or a.end == actor.start) for n in self._named_members(a)]
                    self._tell_party(pos, who, True)
                    out = self.set_out if who in self.set_out else []
                    return list(dict.fromkeys([*(self.last_team or self._co_leaders(who) if self.last_team or len(self._co_leaders(who)) > 1
                                                 else self._lede_team(who)), *out, *members, *self.participants]))
            if actor.kind == "name":
                j = i
                while j > 0:
                    k = j - 1
                    if k > 0 and before[k].kind == "group" and self.text.startswith("的", before[k].end):
                        k -= 1  # 甲与东城街道代表小组的区人大代表乙: the group the next name belongs to, no actor (session 44, p142-02)
                    if before[k].kind != "name" or not self._listed_together(before[k], before[j]):
                        break
                    j = k
                    other = before[j].name
                    if not self.officials[other].accompanying and other not in team:
                        team.insert(0, other)
                team += self._led(before, i)
                if (head := self._comitative_head(before, j, pos)) is not None and head not in team:
                    team.insert(0, head)  # 甲没有坐在办公室，而是和乙一道，来到X: 甲 goes with 乙
                self._tell_party(pos, who, party or bool(ETC.match(self.text, actor.end)))
                guide = self._guide_of(before, j)
                if guide and not guide[1]:
                    # 由甲副镇长带领，区长乙来到X: 乙's party goes, 甲 showing them round is there too
                    team.append(self.resolve(guide[0], actors) or guide[0].name)
                if party and who in self.last_team and not self._went_apart(who, actor.start):  # A一行 after A led B and C: the same party
                    team = list(dict.fromkeys([*team, *self.last_team]))
                elif team == [who] and who in self.last_team and len(self.last_team) > 1 and not self._went_apart(who, actor.start) \
                        and not self._alone(actor.end, pos) and not self._moves_by_name(actor, pos):
                    # A和B一起来到X。…在Y，B走进3号楼: one of a party that toured together,
                    # named alone at a later stop, is there with the party (a party that split,
                    # 分成两组。B一组来到Y, made its last visit without the others)
                    team = list(self.last_team)
            elif actor.kind == "pronoun":
                self._tell_party(pos, who, False)  # 他/她: one person
                if who in self.last_team and len(self.last_team) > 1 and not self._alone(actor.end, pos):
                    team = list(self.last_team)  # 他 for one of the party that toured together: the party, as above
            return team
        if not self.index.starts or self.index.starts[0] >= max(pos, self.paragraph_end):
            return []  # no official named yet, nor in this paragraph (a page's menu: 走进钱湾): no one went there
        start = self._sentence_start(pos)
        if any(start <= p < pos for p in self.residents_pronouns):
            return []  # 他年轻时到X当过主任, 他 a resident's: the subject is told, and it is no official
        alone = self._writer_alone(start, pos)
        if alone is not None:
            return alone  # 下午，我独自去了Y: the diarist goes without the party they followed
        if self._cadre_subject(start, pos):
            return []  # 社区书记又去了隔壁X社区开会: the community's own cadre goes, no official
        story = self.story_start(pos)
        if story:
            first = bisect_left(self.index.starts, story)
            if first == len(self.index.starts) or self.index.starts[first] >= max(pos, self.paragraph_end):
                return []  # a list page's later story naming no one yet: no one of an earlier story goes on in it
        fallback = self.current_actor or self.lead()
        if fallback and fallback in self.last_team:
            return list(self.last_team)  # no one named: the party that made the latest visit goes on
        if fallback and fallback == self.author and not self.last_team:
            return list(self.we_party)  # 我和A一起，到…。第一站是X: the writer's first stop, A with them
        return [fallback] if fallback else []

    def _posts_listed_to_name(self, end: int) -> bool:
        """Does the title ending at `end` open a list of one person's posts, joined by 、
        and closed by their name (社区副主任、服务站负责人甲: `TITLES_GAP`, an official's
        name starting right after it)?  The title is then that named official's, no
        cadre left unnamed (`_cadre_subject`).  Session 39 (p135: a stop's cadre of two
        posts taken for an unnamed one, the visitors' stop there lost).

        Example: `社区副主任、站长甲介绍` at the end of 社区副主任 -> True (甲 named);
        `社区副主任、站长介绍` -> False."""
        if not self.text.startswith("、", end):
            return False
        gap = TITLES_GAP.match(self.text, end + 1)
        return any(self.index.starts_at(k) for k in range(end + 2, gap.end() + 1))

    def _cadre_subject(self, start: int, pos: int) -> bool:
        """Does the clause before `pos` (in the sentence opening at `start`) open with a
        community or village cadre named by title only (`issue_words.bare_titles` with a
        unit of `issue_cadre_units.txt` within issue_words.BARE_TITLE_UNIT characters before it:
        社区书记, 村委会主任), the subject of the verb at `pos`?  Such a cadre is no
        official of the report (a named one would be an actor), so an elided subject
        does not fall back to the touring official.  Source: NEWCOMER34 (a community
        secretary's trip to the next community was the district head's visit).

        >>> # "…。社区书记又去了晨光社区开会" at 去 -> True
        """
        lo = max([start, *(m.end() for m in CLAUSE_BREAK.finditer(self.text, start, pos))])
        units = pattern("issue_cadre_units.txt")
        # (one who leads or takes the party there, 社区书记带着大家来到X, goes with the visitors)
        # (the title opens the clause, no name after it: 和村支书陈大勇一起到X is the named
        # cadre going along with the subject, who is elided; the unit ends before the title:
        # 社区长者食堂 holds 区长 across the unit's own characters)
        return any(t.start() - lo <= issue_words.BARE_TITLE_UNIT and not re.search("[和与同跟随]", self.text[lo:t.start()])
                   and not self.index.starts_at(t.end()) and not self._posts_listed_to_name(t.end())
                   and (units.search(self.text, max(lo, t.start() - issue_words.BARE_TITLE_UNIT), t.start()) or self._unit_title(lo, t))
                   and not shows_round().search(self.text, t.end(), pos)
                   for t in issue_words.bare_titles().finditer(self.text, lo, pos))

    def _unit_title(self, lo: int, title: re.Match) -> bool:
        """Is the bare title `title` the end of a village post written whole in
        `issue_cadre_units.txt` (村支书, 村主任: the unit word 村 alone is none, and the
        post holds the title), from `lo` on?  A post starting before the title and
        ending with it, not one that only overlaps it (社区长者食堂 holds 区长 across
        社区).  Source: NCFIX35 (村支书又去了X村 was the touring official's visit)."""
        units = pattern("issue_cadre_units.txt", "(?:{})$")
        post = units.search(self.text, max(lo, title.start() - issue_words.BARE_TITLE_UNIT), title.end())
        return post is not None and post.start() < title.start()

    def _tell_party(self, pos: int, who: str, carried: bool) -> None:
        """Note how a subject at `pos` told `who` (the official it resolves to):
        with their party (`carried`: 一行, 等, a party word) or by themselves.
        A sentence where any subject carries `who`'s party carries it."""
        told = self.party_told.setdefault(self._sentence_start(pos), {})
        told[who] = told.get(who, False) or carried

    def _on_tour(self, pid: int) -> bool:
        """Is `pid` a place visited so far, or inside one (先后走进A、B两个街道。
        A街道X绿地是…: a stop of the tour, described before the party walks it)?
        A description of a place off the tour sets no paragraph's scene
        (`kg.extract.place_description`)."""
        inside = {pid, *self.places.ancestors(pid)}
        return any(v.place in inside for v in self.visits)

    def _writer_alone(self, start: int, verb: int) -> list[str] | None:
        """The writer's own move, when a first-person 我 (`FIRST_PERSON`, outside
        quotes) is the subject of the verb at `verb` with an adverb of going alone
        (`visit_alone_words.txt`) between, in one clause, in the sentence opening
        at `start`: 我跟随区委书记A到X走访。下午，我独自去了Y -> Y is no stop of A's
        party.  The stop is the writer's: [the official the writer names
        themselves as, `我（区政协委员B）`] (see `_self_named`), else [] (a writer
        who is no official).  None when the clause has no such 我: the usual
        reading holds.  (A named writer, `_author`, is an actor already, and its
        alone adverb is read by `_alone`.)
        Source: NCFIX33 1, a newcomer's finding (a diarist's solo trip and its
        issues were credited to the official they had followed)."""
        mine = [m for m in FIRST_PERSON.finditer(self.text, start, verb) if not self.in_speech(m.start())]
        if not mine or CLAUSE_BREAK.search(self.text, mine[-1].end(), verb):
            return None
        if pattern("visit_alone_words.txt").search(self.text, mine[-1].end(), verb) is None:
            return None
        named = self._self_named()
        return [named] if named else []

    def _self_named(self) -> str | None:
        """The official a first-person writer names themselves as, in brackets
        right after their first 我 (`我（长宁区政协委员B）`), else None."""
        for m in FIRST_PERSON.finditer(self.text):
            if self.text[m.end():m.end() + 1] not in ("（", "("):
                continue
            close = re.compile(r"[）)]").search(self.text, m.end(), m.end() + 40)
            if not close:
                return None
            inside = [name for s, e, name in self.index.mentions if m.end() < s and e <= close.start()]
            return inside[-1] if inside else None
        return None

    def _alone(self, named: int, verb: int) -> bool:
        """Is an adverb of going alone (`visit_alone_words.txt`: 独自, 单独, 只身)
        written between the name ending at `named` and the verb at `verb`, in
        one clause (A又独自来到Y: A goes without the party A toured with)?
        Source: a newcomer's finding (the co-lead was credited with A's stop).

        >>> # "A、B来到X村。随后，A又独自来到Y站。" -> Y站 is A's only
        """
        if CLAUSE_BREAK.search(self.text, named, verb):
            return False
        return pattern("visit_alone_words.txt").search(self.text, named, verb) is not None

    def _moves_by_name(self, actor: Actor, verb: int) -> bool:
        """Is the official named at `actor` the one subject of a *move* verb
        (`visit_verbs.tsv` kind move: 来到, 前往) at `verb`, only adverbs between
        (`moves_alone`: 随后又, 则; no together-adverb, companion or lead word)?
        Then the stop that verb goes to is theirs alone, however many toured
        the stop before: the sentence names who went (区委书记甲、区长乙一行来到X。
        随后，乙来到Y: Y is 乙's; 随后，甲来到Y；乙则来到Z: each their own).  A
        scene stop where the named one only looks round (在Y，乙走进3号楼: an
        inspect verb) still brings the party (`subject`).
        Source: VISITS31 1, a newcomer's finding (the sequel stop was credited
        to the whole earlier party; check visits P .78).

        >>> # "甲、乙一行来到X。随后，乙来到Y。" -> Y is 乙's only
        """
        return moves().match(self.text, verb) is not None and self.moves_alone(actor, verb)

    def _went_apart(self, who: str, pos: int) -> bool:
        """Was `who` one of the officials listed before a split word
        (`visit_split_words.txt`) written before `pos` (副区长刘卫东、何秀梅分别带队;
        县委书记刘卫东，县长何秀梅分头深入…)?  Then `who` named alone at a later
        stop goes there alone.  The list is the one `subject` reads: the name
        right before the split word (in its clause) and the names listed
        before it (`_listed_together`: 、 or ，with the next one's title), so
        a list joined by ，splits as one joined by 、 does.

        >>> # "副区长刘卫东、何秀梅分别带队，深入A乡、B镇。刘卫东来到A乡X村。" -> X村 is 刘卫东's only
        >>> # "县委书记刘卫东，县长何秀梅分别深入A乡和B镇。刘卫东来到A乡X村。" -> the same
        """
        return any(who in self._split_list(m.start()) for m in pattern("visit_split_words.txt").finditer(self.text, 0, pos))

    def _split_list(self, split: int) -> list[str]:
        """The officials listed right before the split word at `split` (the
        last of them in its clause): [] when no name stands there."""
        mentions = self.index.mentions
        k = bisect_left(self.index.starts, split) - 1
        if k < 0 or CLAUSE_BREAK.search(self.text, mentions[k][1], split):
            return []
        listed = [mentions[k][2]]
        while k > 0 and self._listed_together(Actor(*mentions[k - 1][:2], "name", mentions[k - 1][2]),
                                              Actor(*mentions[k][:2], "name", mentions[k][2])):
            k -= 1
            listed.append(mentions[k][2])
        return listed

    def _split_shares(self, team: list[str], pids: list[int], named_end: int, verb: int) -> dict[str, list[int]]:
        """Each of `team`'s share of the stops `pids` (one per place named after
        the verb at `verb`) when a split word (`visit_split_words.txt`) stands
        between the team's last name (ending at `named_end`) and the verb: the
        party splits there (副县长A、B分别带队，深入X乡、Y镇).  As many stops as
        officials: paired in order (A -> X乡, B -> Y镇).  One stop: no split of
        stops, everyone goes.  Other counts (A、B分别带队，深入X乡、Y镇、Z乡): who
        went where cannot be told, and the gold's convention credits a party's
        stops to its lead official (/work/shared/eval/README.md: `visits`: lead
        official -> each stop), so the first named takes them all, the others
        none (not every official every stop: most of those pairs would be
        wrong).  No split word, or a team of one: everyone gets every stop.

        >>> # "副县长A、B分别带队，深入X乡、Y镇" -> {A: [X乡], B: [Y镇]}
        """
        split = pattern("visit_split_words.txt").search(self.text, named_end, verb)
        if len(team) < 2 or len(pids) < 2 or split is None or CLAUSE_BREAK.search(self.text, named_end, split.start()):
            return {who: list(pids) for who in team}
        if len(pids) == len(team):
            return {who: [pid] for who, pid in zip(team, pids)}
        return {who: list(pids) if k == 0 else [] for k, who in enumerate(team)}

    def _guide_of(self, before: list[Actor], k: int) -> tuple[Actor, bool] | None:
        """The name right before the name `before[k]` when a guide frame
        (kg.extract.guides) joins the two: (that actor, True) when it is the
        party `before[k]` shows round (乙|在甲的带领下来到: `guided_at`), (that
        actor, False) when it is the guide of `before[k]`'s party (由甲带领，乙来到:
        `guides_party`); None when no frame joins them or either is no name."""
        if k == 0 or before[k].kind != "name" or before[k - 1].kind != "name":
            return None
        prev = before[k - 1]
        if guided_at(self.text, prev.end):
            return prev, True
        if guides_party(self.text, prev.start, prev.end):
            return prev, False
        return None

    def _co_leaders(self, who: str) -> list[str]:
        """`区人大常委会副主任A、B带领…`: officials leading the tour under one
        title with `who` (the same first mention) lead its party together;
        [who] when no one else does."""
        info = self.officials[who]
        others = [
            o.name for o in self.officials.values()
            if o.name != who and o.leads and not o.accompanying and o.first == info.first
        ]
        if not info.leads:
            return [who]
        return [*self._listed_before_leader(who), who, *others]

    def _lede_team(self, who: str) -> list[str]:
        """The officials touring with `who` as told where `who` is first named: the
        names listed together (`_listed_together`: 与, 和, 、) ending right before a
        tour verb (`tour_verbs`), none accompanying (`副市长甲与区委副书记、区长乙一同调研X项目`:
        [甲, 乙]); [who] when that sentence lists no one with them so.  A party
        word (调研组) before any stop is then that list, as after `A与B一同来到X`.
        Source: FAULTS40_p139 (a co-leading district head had none of the stops)."""
        first = self.officials[who].first
        k = bisect_right(self.sentence_starts, first) - 1
        if not 0 <= k < len(self.doc.sentences):
            return [who]
        s = self.doc.sentences[k]
        verb = tour_verbs().search(self.text, first, s.end)
        names = [a for a in self.actors(s) if a.kind == "name" and a.start >= first and verb and a.end <= verb.start()]
        if not names or self.officials[names[-1].name].accompanying or not SUBJECT_ADVERBS.fullmatch(self.text, names[-1].end, verb.start()):
            return [who]
        team = [names[-1].name]
        j = len(names) - 1
        while j > 0 and self._listed_together(names[j - 1], names[j]):
            j -= 1
            if not self.officials[names[j].name].accompanying:
                team.insert(0, names[j].name)
        return team if who in team and len(team) > 1 else [who]

    def _listed_before_leader(self, who: str) -> list[str]:
        """`主任A，副主任B带领…`: the officials listed, each with a title of their
        own, right before the leader's mention that the lead word follows (LISTED
        between the names) lead the party with them; they are not accompanying."""
        mentions = self.index.mentions
        k = next((i for i, (_, _, n) in enumerate(mentions) if n == who and self._leads_here(Actor(*mentions[i][:2], "name", n))), None)
        listed: list[str] = []
        while k:
            a, b = Actor(*mentions[k - 1][:2], "name", mentions[k - 1][2]), Actor(*mentions[k][:2], "name", mentions[k][2])
            if not self._listed_together(a, b) or self.officials[a.name].accompanying or a.name in listed:
                break
            listed.insert(0, a.name)
            k -= 1
        return listed

    def _hosting(self, actor: Actor) -> bool:
        """Is the official named at `actor` a stop's own cadre (`hosts_stop`)
        with someone to host: an official from outside the stops (no host,
        not accompanying) named before them in the report?  A cadre hosts
        another official's visit; one named before any visitor (驻村第一书记甲
        来到X村三组走访…。甲说，县委书记乙十分关心…) makes the visit told of
        them, and an official only mentioned later does not take it over.
        Source: NAMES31 (the resident first secretary's and the village
        secretary's visits given to a county secretary named in a remark).
        Example: hosts {甲}, 乙 (县长) first named after 甲's verb -> False."""
        return actor.name in self.hosts and self._guest_before(actor.start)

    def _guest_before(self, pos: int) -> bool:
        """Is an official from outside the stops (no host, not accompanying)
        named before text offset `pos`: someone a stop's cadre can host?"""
        return any(o.first < pos and o.name not in self.hosts and not o.accompanying and o.name not in self.joined_only
                   for o in self.officials.values())

    def note_joined_only(self, s: Sentence, actors: list[Actor]) -> None:
        """Note the officials first named in `s` only taking part (`_joined_only`:
        乡党委委员A参加, no deputy or member making the tour): they are credited with no
        visit, so they are no guest a stop's cadres host (`_guest_before`).  A village's
        first secretary and its party secretary holding a meeting there, a township cadre
        taking part, visit the village's hamlets themselves.  Source: FAULTS39_p134 (the
        cadres' rounds were lost to a participant named after them).

        >>> # "第一书记甲和村党支部书记乙召开会议。乡党委委员丙参加。" -> joined_only {丙}
        """
        for name in self._joined_only(s, actors):
            if s.start <= self.officials[name].first < s.end:
                self.joined_only.add(name)

    def _accompanied_here(self, actor: Actor, actors: list[Actor], pos: int) -> list[str]:
        """`在X社区，街道党工委书记A陪同。`, `…A陪同介绍情况`: an accompanying official whose
        accompany verb (`accompany_verbs.txt`) names no one after it, at or before `pos`,
        accompanies the party on its tour, so that party is where A is: the latest
        party's officials who accompany no one (`last_team`), else the report's lead (one
        who accompanies no one; none named yet, the one named next: 在X社区，A陪同。区委书记B
        察看了… -> [B]).  A is not in it: A only accompanies, no visitor of their own
        (session 55, party55).  A listed after an accompanying list's opening
        (`在X社区，陪同人员有A。`, `_listed_accompanying`) is read the same.  [] when the verb
        names whom A accompanies (A陪同区长B: B is read as the subject)
        or no party is known; the caller asks only when no one is named before A in the
        sentence (甲与乙一同接访，丙陪同: 甲 and 乙 are the subject).  Session 54 (an opened probe: the lead lost the stop his
        accompanier was given)."""
        m = ACCOMPANIED_AFTER.match(self.text, actor.end)  # (A陪同, A的陪同, A陪着)
        if m:
            clause = CLAUSE_END.search(self.text, m.end())
            end = clause.start() if clause else len(self.text)
            if m.start() > pos or any(m.end() <= a.start < end for a in actors):
                return []
            verb = visit_verbs()[0].search(self.text, m.end(), end)
            if verb and self.text[verb.end():end].lstrip("了"):
                return []  # A陪同走访了X: a visit verb with its object decides (the lead named before goes)
        elif not self._listed_accompanying(actor, pos):
            return []
        party = [w for w in self.last_team if w in self.officials and not self.officials[w].accompanying]
        if not party and (lead := self.lead()) and lead != actor.name and not self.officials[lead].accompanying:
            party = [lead]  # (no party yet: the lead named next, 在X，A陪同。B察看了…: B)
        # (A only accompanies: the visit is the party's, A no visitor of their own, session 55)
        return [w for w in party if w != actor.name]

    def _listed_accompanying(self, actor: Actor, pos: int) -> bool:
        """Is the official at `actor` listed after an accompanying list's opening
        (`official_titles.ACCOMPANYING_LIST`: 陪同人员有, 陪同调研的有) in its sentence,
        with no clause mark between, the opening at or before `pos`?
        Example: `在X社区，陪同人员有街道党工委书记A。` at A -> True; `A陪同。` -> False.
        Session 55, party55 (the accompanier of a stop told before the lead took it)."""
        start = max(0, self._sentence_start(actor.start))
        opening = None
        for opening in ACCOMPANYING_LIST.finditer(self.text, start, actor.start):
            pass
        return opening is not None and opening.start() <= pos and not CLAUSE_END.search(self.text, opening.end(), actor.start)

    def _leads_here(self, actor: Actor) -> bool:
        """`下午，副主任A带领部分代表来到X`: an official who accompanied someone
        else earlier leads this visit (a lead word right after their name)."""
        return pattern("lead_markers.txt", LEADS_TEMPLATE).match(self.text, actor.end) is not None

    def moves_alone(self, actor: Actor, verb: int, previous: Actor | None = None) -> bool:
        """Is the official named at `actor` the subject of the verb at `verb`: only
        adverbs between (`SUBJECT_ADVERBS`: 还, 随后又), no companion word (陪同, 带领:
        `companion_markers.txt`) and no together-adverb (一同, 一起, 同去: `together_adverbs.txt`), and
        no one named before them in their sentence (`previous`, the actor before: 甲带领
        乙，丙来到X, 甲、乙来到X are a party, read as one)?
        Then whoever they accompanied at an earlier stop, they make this stop
        themselves (副区长乙陪同调研。…下午，乙来到Y: 乙 at Y, not the lead): 陪同 is
        a role in one stop, not a rank.  Source: VISITS29 1 (the lead got the stop).
        Example: for `乙还来到Y` with 乙 at 0..1 and the verb at 2, True; for
        `乙陪同来到Y` or `乙一同来到Y`, False."""
        if previous is not None:
            return False
        gap = self.text[actor.end:verb]
        return SUBJECT_ADVERBS.fullmatch(gap) is not None and not pattern("together_adverbs.txt").search(gap) \
            and not pattern("companion_markers.txt").search(gap) and not pattern("lead_markers.txt").search(gap)

    def receivers(self, s: Sentence, actors: list[Actor], verb: int, place_end: int) -> list[str]:
        """`居民王女士来到X，向正在值班接待的区人大代表A、B反映`: no official
        before the verb, and officials named after a reception word
        (`visit_reception_words.txt`) later in the sentence receive people
        at X: they are there.  [] otherwise."""
        if any(a.start < verb for a in actors):
            return []
        word = pattern("visit_reception_words.txt").search(self.text, place_end, s.end)
        named = [a for a in actors if word and a.kind == "name" and a.start >= word.end()]
        if not named:
            return []
        team = [named[0].name]
        for a, b in zip(named, named[1:]):
            if not self._listed_together(a, b):
                break
            team.append(b.name)
        return team

    def _led(self, before: list[Actor], i: int) -> list[str]:
        """`A带领区人大代表B、C、D，到X`: the deputies and members A leads
        (named after a lead word right after A, then listed; posts headed by
        a word of `duty_post_heads.txt`) make the visit with A.  Other
        officials led along (区委常委, 副区长) accompany A."""
        led: list[str] = []
        k = i + 1
        if k >= len(before) or before[k].kind != "name" or not pattern("lead_markers.txt", LED_TEMPLATE).match(self.text, before[i].end, before[k].start):
            return led
        while k < len(before) and before[k].kind == "name":
            if k > i + 1 and not LISTED.match(self.text[before[k - 1].end:before[k].start]):
                break
            if self._duty_member(before[k].name):
                led.append(before[k].name)
            k += 1
        return led

    def _comitative_head(self, before: list[Actor], j: int, pos: int) -> str | None:
        """The subject an official goes along with: `before[j]` (the first of a list) is the
        object of a partner preposition (`partner_prepositions.txt`: 和, 与, 同, 跟) maybe
        after their post, a together-adverb (`together_adverbs.txt`: 一道, 一起) follows the
        name before the act at `pos`, and an official (not one accompanying) is named earlier
        in the sentence, the clause's subject (镇长甲没有坐在办公室，而是和镇人大主席乙一道，
        来到X: 甲 and 乙 go).  None otherwise.  A list with no words between (甲和乙一道来到)
        is `_listed_together`'s.  Session 59, more59 (p229: 甲's market visit lost).

        >>> # "镇长甲一早就和镇人大主席乙一道来到X" at 乙 -> 甲
        """
        actor = before[j]
        start = self._sentence_start(actor.start)
        if not _partner_before().search(self.text, max(start, actor.start - 13), actor.start):
            return None
        if not pattern("together_adverbs.txt", "[ \\t]*(?:{})[，,]?").match(self.text, actor.end) or pos - actor.end > 8:
            return None
        earlier = [a for a in before[:j] if a.kind == "name" and a.start >= start and not self.officials[a.name].accompanying]
        if not earlier or self._listed_together(earlier[-1], actor):
            return None
        return self.resolve(earlier[-1], before) or earlier[-1].name

    def _listed_together(self, a: Actor, b: Actor) -> bool:
        between = self.text[a.end:b.start]
        return bool(LISTED.match(between)) and not pattern("lead_markers.txt").search(between)

    def note_participants(self, s: Sentence, actors: list[Actor]) -> None:
        """`市政协副主席A，市政协委员B、C参加调研`: officials named in a list
        right before a join word (`visit_join_words.txt`) are members of the
        party; a visit told of the party alone (调研组来到X) is theirs too.  A list
        with a deputy or member in it is one group: each name listed with them joins
        (`县政协副主席A、委员B等参加视察` -> A and B).
        Not when a place follows in the clause (参加X社区的议事会: an event)."""
        names = [a for a in actors if a.kind == "name"]
        for m in pattern("visit_join_words.txt").finditer(self.text, s.start, s.end):
            before = [a for a in names if a.end <= m.start()]
            if not before or not JOIN_GAP.fullmatch(self.text, before[-1].end, m.start()):
                continue
            if parse_list(self.text, m.end(), s.end):
                continue  # joining an event at a place (参加X社区议事会)
            k = len(before) - 1
            listed = [before[k]]
            while k > 0 and LISTED_NAMES.fullmatch(self.text, before[k - 1].end, before[k].start):
                k -= 1
                listed.insert(0, before[k])
            # (names listed as one group before the join word share its role: a deputy or
            # member among them makes the list the touring group, 副主席A、委员B等参加视察)
            # (one list: the names joined by 、和及与, no comma between them; 代表A，主席B参加 are two)
            one_list = all(self.text[a.end] not in "，," for a in listed[:-1])
            group = one_list and any(self._duty_member(a.name) for a in listed)
            for a in listed:
                info = self.officials[a.name]
                # (only deputies and members make the tour: 委员B、C参加调研; a cadre or
                # leader named taking part alone, 副区长A参加调研, took part, no visit of their own)
                if not info.accompanying and a.name not in self.participants and (group or self._duty_member(a.name)):
                    self.participants.append(a.name)

    def _duty_member(self, name: str) -> bool:
        """Does the official `name` hold a deputy's or member's post (a head of
        `duty_post_heads.txt` ending one: 区人大代表, 县政协委员)?  Such people make a duty
        visit themselves when they join a tour; a party committee's member (`duty_post_cadres.txt`:
        乡党委委员, 组织委员) does not.  Example: [区人大代表] -> True, [副区长] -> False,
        [乡党委委员] -> False."""
        heads, cadres = tuple(words("duty_post_heads.txt")), tuple(words("duty_post_cadres.txt"))
        # (乡党委委员, 组织委员: a party committee's cadre, no member making a duty visit)
        return any(p.endswith(heads) and not p.endswith(cadres) for p in self.officials[name].posts)

    def _raiser_only(self, name: str) -> bool:
        """Is the official `name` only ever told raising something in the report's body: each
        mention of the name after the headline is the subject of a raising act of content
        (`issue_acts.tsv` shape any: 反映, 提出, 建议), a short gap with no clause break and no
        visit verb between (`区人大代表丙在会上反映X`)?  A raiser is no visitor: only the
        subjects of a visit frame (movement, presence, activity at a place) visit, so
        `credit_participants` gives such a deputy or member none of the tour's stops.
        A deputy who comes (`区人大代表甲、乙来到X`) or is listed going along is named
        outside a raising and keeps them.  Example: `…区人大代表丙反映小区停车难` -> True
        for 丙; `区人大代表丙来到X社区` -> False.  Source: session 57, newc57 (a newcomer's
        fault: the raising deputy was given the stop, and the next one)."""
        raise_after = _raise_after()
        body = self.text.find("\n") + 1
        seen = False
        pos = self.text.find(name, body)
        while pos >= 0:
            end = pos + len(name)
            m = raise_after.match(self.text, end)
            if not m or next(verb_matches(self.text, end, m.end()), None) is not None:
                return False
            seen = True
            pos = self.text.find(name, end)
        return seen

    def _joined_only(self, s: Sentence, actors: list[Actor], listed: bool = False) -> set[str]:
        """The officials `s` names only taking part (a join word right after them,
        `visit_join_words.txt`: 镇人大主席C参加调研) who are no deputy or member making the
        tour (`participants`): they took part and make no visit of their own at the
        place the report is at, as the readable golds give them (role other: 48 of 58
        officials named with 参加 have no visit).  Example: `镇人大主席C参加调研` -> {C}."""
        names = [a for a in actors if a.kind == "name"]
        out = set()
        for m in pattern("visit_join_words.txt").finditer(self.text, s.start, s.end):
            before = [a for a in names if a.end <= m.start()]
            if not before or not JOIN_GAP.fullmatch(self.text, before[-1].end, m.start()):
                continue
            k = len(before) - 1
            # (`listed`: the names listed before it too, 副主任乙、社区书记丙参加, as `note_participants` reads them)
            while listed and k > 0 and LISTED_NAMES.fullmatch(self.text, before[k - 1].end, before[k].start):
                k -= 1
            for a in before[k:]:
                if a.name not in self.participants and not self._duty_member(a.name):
                    out.add(a.name)
        return out

    def note_came_along(self, s: Sentence, actors: list[Actor]) -> None:
        """`和她一起来的，还有街道办事处主任B`, `同行的还有A、B`: the officials named
        after `CAME_ALONG` in its sentence came with the party: members of it
        (`credit_participants` gives them the lead's stops from there on), not
        hosts nor companions (陪同 keeps its own frame)."""
        m = CAME_ALONG.search(self.text, s.start, s.end)
        if not m:
            return
        for a in actors:
            if a.kind == "name" and a.start >= m.end() and not self.officials[a.name].accompanying \
                    and a.name not in self.hosts and a.name not in self.participants:
                self.participants.append(a.name)

    def note_roles(self, s: Sentence, actors: list[Actor]) -> None:
        """Note, for each official named in `s` outside the headline, whether their
        clause only tells a part they play in the event (`event_role_verbs.txt`
        closing it: 副主席B主持。委员C、D作了发言): see `drop_role_only`."""
        if s.paragraph == self.headline:
            return
        for a in actors:
            if a.kind == "name":
                stop = CLAUSE_BREAK.search(self.text, a.end, s.end)
                role = bool(role_closing().search(self.text[a.end:stop.start() if stop else s.end]))
                self.roles.setdefault(a.name, []).append(role)

    def drop_role_only(self) -> None:
        """An official whose every clause in the body only tells their part in
        running the event (`note_roles`: presiding, speaking, reporting) is no lead
        when another official holding a post of office (not only a deputy's or a
        member's, `duty_post_heads.txt`), named doing more, visits: they were at the event
        the lead attended, and the lead's visit is the report's.  Source: the eval
        gold (`visits`: the lead official's; a presider or a speaker is `other`).

        >>> # "主席A出席并讲话，副主席B主持。…委员C、D作了发言。" -> A's visits only
        """
        only = {name for name, roles in self.roles.items() if all(roles)}
        heads = words("duty_post_heads.txt")
        # the lead above them holds a post of office: deputies and members (委员A、B参加)
        # under a presiding vice-chair are the vice-chair's party, not above them
        if only and any(v.official not in only and not all(p.endswith(heads) for p in self.officials[v.official].posts) for v in self.visits):
            self.visits = [v for v in self.visits if v.official not in only]

    def note_names(self, actors: list[Actor], upto: int) -> None:
        """Note the latest official named before `upto` that a later 他/她 may
        stand for: not one accompanying, nor one a clause opening with 与/同/跟
        names (`CO_HOST`: A来到X，与代表B一起接待选民): B does something with
        A, the subject; 他 after it is A."""
        for a in actors:
            if a.start < upto and self._antecedent(a):
                self.last_named = a.name

    def _antecedent(self, a: Actor) -> bool:
        """May a later 他/她 stand for the actor `a` (see `note_names`)?  The writer's
        我 is no one 他 stands for (我陪他一起到X: 他 is the one named before)."""
        return a.kind == "name" and not self.officials[a.name].accompanying \
            and not FIRST_PERSON.match(self.text, a.start) \
            and not CO_HOST.search(self.text, max(0, a.start - CO_HOST_REACH), a.start)


@cache
def _partner_before() -> re.Pattern:
    """A partner preposition (`partner_prepositions.txt`: 和, 与) and at most a post's words
    before an official's name (`Reader._comitative_head`)."""
    return re.compile(f"(?:{alternation(words('partner_prepositions.txt'))})[^，,。；;：:、\\s]{{0,12}}$")


@cache
def _raise_after() -> re.Pattern:
    """A short gap (no clause break) and a raising act of content (`issue_acts.tsv` shape
    any: 反映, 提出, 建议) right after a name: `PartyReading._raiser_only`.  Example: matches
    `在会上反映` and `建议`, not `来到X社区`.  Source: session 57, newc57."""
    acts = sorted((a for a, shape in raising_acts().items() if shape == "any"), key=len, reverse=True)
    return re.compile(f"[^，,。；;：:！？!?、\\s]{{0,4}}?(?:{'|'.join(map(re.escape, acts))})")
