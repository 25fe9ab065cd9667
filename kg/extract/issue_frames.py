"""Raising frames: where a raising starts in a sentence, and the content it governs.

Anchors: a raising act (`issue_acts.tsv`: 反映, 提出, 建议, 希望, 说, 问…),
possibly modified (`issue_act_degrees.txt`: 反映最多的，是X); a topic frame opened
by `issue_topic_markers.txt` (围绕/就/对/关于 X) and closed by a head noun
(`issue_heads.txt`: 等议题) or a discussion verb (`issue_discussion_verbs.txt`:
展开热议); a head noun followed by a link (`issue_head_links.txt`: 问题包括…,
意见主要集中在…); a quotation before its speaker or after a colon.  Each anchor
gives (items, end of the content, position whose speaker decides).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from kg.analyse import tokenize
from kg.analyse.component import analyse_spans, tokens_in
from kg.extract import issue_words
from kg.extract.issue_content import COUNTED_ITEMS, ORDINALS, ContentReader, locative_only, opens_enumeration
from kg.extract.issue_items import renews, split_items, states_problem
from kg.extract.issue_raisers import Speaker, gesture_pattern, gesture_start
from kg.extract.issue_rare_frames import (
    possible_act_before_word, possible_head_then_items, possible_passive, possible_raised_after, possible_superlative,
    possible_troubled, possible_worried,
)
from kg.extract.issue_words import CLAUSE_STOP
from kg.extract.lexicons import alternation, compile_words, kind_words, pattern, words
from kg.extract.sentences import Sentence, clause_marks
from kg.extract.word_edges import verb_as_written
from kg.text import HAN

BOOK_TITLE = re.compile(r"《[^》]*》")
SINGLE_CHAR_ACT_FOLLOW = re.compile(r"[：:，,“\"「]|道[：:，,]")
# a speech verb's manner complement closed by a colon (说得直白：X, 说得更直接：X): at most four letters
COMPLEMENT_COLON = re.compile(r"[^，,。；;：:“”\"]{1,4}[：:]")
# a speech verb's complement of duration or amount (了好一阵子, 了半天, 个不停), closed by a colon
# before a quotation: at most six letters, no clause mark.  Source: FAULTS36_p117 (说了好一阵子：“…”
# with a first sentence of preamble kept only that sentence of a villager's long quotation)
COMPLEMENT_QUOTE = re.compile(r"[^，,。；;：:“”\"「」\n]{1,6}[：:]\s*(?P<open>[“「])")
# a speech verb's aspect and directional complement closed by a colon (说了出来：A；B, 讲开了：A):
# the speaking is told done and the colon opens what was said (session 40: 组长把几件事一股脑儿
# 说了出来：A；B lost every item)
# 说 right after a speech verb of two characters (补充说X, 插话说X): the clause after it is what
# was said, as after 说， (not 补充说明, 说法, 说服, 说话: a word opening with 说; session 55, labels55)
JOINED_SAY = re.compile(f"说(?![明法服话了过出起道得])(?=[{HAN}])")
SAID_OUT = re.compile(r"了?(?:出来|起来|开来|开|出)了?[：:]")
FOLLOWUP_SPAN = 6
# an interview's answer: the answerer's label (答：, 郑国梁：, 刘书记：) opening the paragraph after
# the question, and how far its first point may stand (after a short lead: 集中在三个方面。)
ANSWER_LEAD = re.compile(r"\s*(?:答|[^\s：:，,。；;！!？?“”]{1,8})[：:]")
ANSWER_REACH = 24
POINT_TOPIC = 4  # a point this short before its full stop names a topic (二是吃水。), its sentence follows
# a count right after a closing head noun: 等问题400余个, 等诉求30多件
TALLY = re.compile(r"[\d一二三四五六七八九十两百千]+[余多]?[个件条项起]")
# a count of things and its noun, then a colon: the act announces its items (反映三件事：,
# 提出两点建议：); what follows the colon are the items
# the act's object, then a colon announcing what was said (七嘴八舌说起停车的事：A；B): the
# items follow the colon, as after a count (COUNTED_ITEMS); a quotation after it is speech
ANNOUNCED = re.compile(r"[^，,。；;：:！!？?\n“”「」]{1,12}[：:]\s*(?![“「\"])")
# a line opening with an ordinal: one point of a list written a line each
# a raiser's open-class verb: its clause ends within this many characters at ，or ：
VERB_CLAUSE = 12
# an act's object closed by 的 and a matter noun, then a colon and a quotation (谈到了加装电梯的事：“…”)
MATTER_BEFORE_QUOTE = re.compile(r"(?P<topic>[^，,。；;：:！!？?\n“”「」的]{2,12})的(?P<head>事儿?)[：:]\s*[“「]")
COLON_QUOTE = re.compile(r"\s*[“「]")  # a quotation opening right after a colon


@cache
def _problem_topic() -> re.Pattern:
    """An act's object: a modifier, 的, a head noun (`issue_words.heads`) and a colon."""
    return re.compile(f"了?(?P<topic>[^，,。；;：:！!？?\n“”「」]{{2,16}}?)的(?:{issue_words.heads()})[：:]")


def problem_topic(text: str, start: int) -> re.Match | None:
    """The raising act's object written from `start` as a head noun modified by a problem
    and closed by a colon (反映了8栋加装电梯协调难的问题：…; 谈到了村道路面破损的情况：…): the
    modifier (group "topic") states a problem of its own (`issue_items.states_problem`) and
    counts nothing, so it is the issue, and the clauses after the colon elaborate it (who
    agrees, who objects, how long it stalled, what is asked), none an issue of its own.  None
    for a bare or counted head opening a list (反映了三个问题：A；B), a relative clause naming
    which (遇到的困难：A；B, 近期收集到的几类诉求：), a topic's domain (管护方面的难处：A).
    Source: session 60, content60.

    >>> problem_topic("反映了8栋加装电梯协调难的问题：已有九成业主同意", 2).group("topic")
    '8栋加装电梯协调难'
    >>> problem_topic("反映了三个问题：路灯不亮；车位少", 2), problem_topic("谈到了遇到的困难：路灯不亮", 2)
    (None, None)
    """
    m = _problem_topic().match(text, start)
    if not m:
        return None
    topic = m.group("topic")
    if re.search(issue_words.COUNT + "|[几些]", topic) or not states_problem(topic):
        return None
    return m
VERB_CLAUSE_END = clause_marks(extra="“")
VERB_LEAD = frozenset({"d", "ad", "u", "n"})  # 们 (tagged n), 又/也/还, 着
VERB_OBJECT = frozenset({"n", "nr", "PER", "r", "u", "f"})  # 告诉委员们, 接过话头
SCARE_QUOTE = re.compile(r"“[^“”，,。；;：:！!？?\s]{1,5}”")  # a word in scare quotes: “吐苦水”
SCARE_MARKS = frozenset("“”")
PRONOUN_SUBJECT = re.compile("[他她](?!们)")  # a person's pronoun as a clause's subject
# 有居民表示: 有 introduces the subject, no verb of its own (issue_existential_words.txt)
EXISTENTIAL = frozenset(words("issue_existential_words.txt"))
ADDRESSEE = frozenset({"n", "nr", "PER", "r"})  # the person spoken to: 邱振海, 区委书记邱振海, 他


@cache
def degree_relative() -> re.Pattern:
    """After a raising act: a degree (`issue_act_degrees.txt`), 的 and a head noun
    (`issue_words.heads`) that a verb goes on after, no copula nor colon (对群众反映集中的问题
    开展回头看, 将反映强烈的诉求列入清单): a relative clause naming problems the sentence
    does something with; the copula frame (反映最多的问题是X, 反映集中的问题主要有：) reads
    what follows a copula.  Source: FAULTS38_p126 (p126-03: 问题开展回头看 read as raised).

    >>> [bool(degree_relative().match(t)) for t in ("集中的问题开展回头看", "最多的问题是停车难", "最多的问题，一是X")]
    [True, False, False]
    """
    degrees = alternation(words("issue_act_degrees.txt"))
    copulas = "是|为|有|主要|集中|包括|涉及|多|大多|还|也|都|就|一是|分别"
    return re.compile(rf"得?(?:{degrees})的(?:{issue_words.heads()})(?=[{HAN}])(?!{copulas})")


def verb_lead(tokens) -> bool:
    """Do `tokens` (the analyser's words between a raiser and an open-class verb) only lead
    to the verb: 们, adverbs, 着 (`VERB_LEAD`), and at most one person spoken to after a
    recipient marker (`recipient_markers.txt`: 向/对/跟…), which makes the verb the
    raiser's speech to them, whatever verb it is.

    >>> from kg.analyse import Token
    >>> verb_lead([Token("纷纷", "d", 0, 2), Token("向", "p", 2, 3), Token("王明", "PER", 3, 5)])
    True
    >>> verb_lead([Token("在", "p", 0, 1), Token("广场", "n", 1, 3)])
    False
    """
    i = 0
    while i < len(tokens) and tokens[i].tag in VERB_LEAD:
        i += 1
    if i < len(tokens) and tokens[i].tag == "p" and tokens[i].word in words("recipient_markers.txt"):
        rest = tokens[i + 1 :]
        return bool(rest) and all(t.tag in ADDRESSEE for t in rest)
    return i == len(tokens)
BARE_SAY_GAP = "们都也还就又"  # between a raiser and its bare 说 (有的说X, 大家都说X)
SAID_ON_LEAD = 4  # a share or count before the raiser opening the clause before a bare 说 (几个年轻人…，说X)
SAID_ON_NOT_SUBJECT = re.compile("[在对向给和与同跟为把从让请]")  # a preposition before that raiser: no subject
BARE_SAY_PRONOUNS = "他她"  # 他说X: a pronoun before a bare 说 (他们, 她们 are raiser words)
# what IssueReader.continues lets stand between reported speech and the sentence
# that goes on with it, and the ；that makes the next sentence its next point
GOES_ON_GAP = re.compile(r"[。！!？? \n”」；;]*")
POINT_END = re.compile(r"[；;]")
# 等 closing a topic list before a noun that is no head noun and the light verb before the
# discussion verb (A、B等工作进行了深入交流); not inside a word (平等, 等待, 高等)
LIST_END = re.compile(r"(?<![平同中高初对均])等(?![待候级同])[^，,。；;、等]{0,8}$")
# topic markers that may name a broad field (围绕乡村治理, 对物业管理), not only a matter (就X)
BROAD_MARKERS = frozenset(words("issue_broad_markers.txt"))
# head nouns of a field of work (issue_field_heads.txt: 方面, 领域), closing a list of fields
FIELD_HEADS = tuple(words("issue_field_heads.txt"))


def field_closed(closer: str) -> bool:
    """Does a topic list's closer (`issue_words.closer`: 等方面, 等领域) end it with 等 and a
    field head (`issue_field_heads.txt`)?  Source: session 33 (LABELS33).

    >>> field_closed("等方面"), field_closed("等问题"), field_closed("方面")
    (True, False, False)
    """
    return closer.startswith("等") and closer.endswith(FIELD_HEADS)


# a comma-joined topic list (RaisingFrames.comma_topic): at most this many comma pieces
# before the clause holding the head noun
COMMA_TOPIC_PIECES = 4
ISSUE_PIECE = re.compile(f"[{HAN}]{{2,10}}")
# adverbs of how the raisers spoke, before a discussion verb opening the clause after a
# closed topic (，纷纷说出了…, ，大家各自谈了…): issue_topic_verb_adverbs.txt, at most three
TOPIC_VERB_ADVERBS = compile_words(words("issue_topic_verb_adverbs.txt"), "(?:{}){{0,3}}")


@cache
def after_act() -> re.Pattern:
    """What a raising or discussion verb may take right after it, maybe nothing
    (`issue_act_complements.tsv`: 了, 过, 出, 上去, 起来), the longest first.

    >>> [after_act().match(w).group(0) for w in ("了停车难", "上去了", "出行困难", "停车难")]
    ['了', '上去', '出', '']
    """
    return compile_words(kind_words("issue_act_complements.tsv", "aspect", "directional"), "(?:{})?")


def run_start(text: str, closers: list[re.Match]) -> int:
    """Where the last closer of a topic list starts, with the closers written right
    before it, quotation marks between, taken as one (A、B等“急难愁盼”问题: 等“急难愁盼
    and 问题 close the list together, at 等).

    >>> t = "A、B等“急难愁盼”问题"
    >>> import re
    >>> run_start(t, list(re.finditer("等“急难愁盼|问题", t)))
    3
    """
    start = closers[-1].start()
    for c in reversed(closers[:-1]):
        if c.end() > start or text[c.end() : start].strip("“”‘’\"'「」 "):
            break
        start = c.start()
    return start


# what may stand before a reply's topic in its sentence: a list item's mark (二、, （二）, 2.)
REPLY_OPENING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．])?\s*")

# the first clause of a superlative frame's content (最盼的是|冬天有人上门送药，)
_FIRST_CLAUSE = re.compile(r"[^，,。；;！!？?：:“”\n]{2,20}(?=[，,])")
# a superlative frame's topic closed by a colon before a quotation (最关心的是|花椒价格下跌：“)
_TOPIC_BEFORE_QUOTE = re.compile(r"(?P<topic>[^，,。；;！!？?：:“”\n]{2,16})[：:][“「]")
# the rest of a link's clause up to its colon (主要有|以下几条：)
_COLON_SOON = re.compile(r"[^，,。；;！!？?\n“”]{0,8}?[：:]")


HEADING_BRACKETS = {"【": "】", "〔": "〕", "［": "］", "[": "]", "〈": "〉", "<": ">", "＜": "＞", "〖": "〗"}


def bracketed_heading(text: str, start: int, end: int) -> bool:
    """Is the act word at text[start:end] a heading set in brackets (【建议】尽快更换路灯,
    <建议>…, [反映]…), the label of what follows, with nothing else inside the brackets?  A
    heading is no one raising anything: no act anchor (nc57a 4: residents were read
    raising `】尽快更换路灯`).  The pairs are `HEADING_BRACKETS`; spaces may stand inside.
    Session 57, nc57a.

    >>> t = "【建议】尽快更换路灯。"
    >>> bracketed_heading(t, 1, 3), bracketed_heading("居民建议尽快更换路灯", 2, 4)
    (True, False)
    """
    before = text[:start].rstrip(" \u3000")
    after = text[end:].lstrip(" \u3000")
    return bool(before) and before[-1] in HEADING_BRACKETS and after[:1] == HEADING_BRACKETS[before[-1]]


class RaisingFrames:
    """The raising frames of one report, reading their content with a `ContentReader`."""

    def __init__(self, content: ContentReader):
        self.content = content
        self.text = content.text
        self.full_end = content.full_end
        self.after_head = content.after_head
        self.after_say = content.after_say
        self.clause_items = content.clause_items
        self.list_or_clause = content.list_or_clause
        # sentence start -> its clauses for verb_anchors, found once by prepare
        self.verb_clauses: dict[int, list] = {}

    def anchors(self, s: Sentence, paragraph_start: int) -> list[tuple[int, str, object]]:
        """(position, kind, match) of every raising anchor in `s`, in text order; kind is
        topic, act, head, asked, quote or colon; none inside a document's title (《关于…的意见》)."""
        text = self.text
        sentence = text[s.start:s.end]  # (the rare frames' patterns run only where they can match)
        anchors = []
        for m in issue_words.topic_markers().finditer(text, s.start, s.end):
            if not self.marker_in_word(m):
                anchors.append((m.start(), "topic", m))
        negated = issue_words.negated_act()
        for m in issue_words.acts().finditer(text, s.start, s.end):
            # 居民没有反映停车问题: a negated act raises nothing
            if not negated.search(text, s.start, m.start()) and not bracketed_heading(text, m.start(), m.end()):
                anchors.append((m.start(), "act", m))
        for m in issue_words.acts_before_word().finditer(text, s.start, s.end) if possible_act_before_word(sentence) else ():
            # (序号｜诉求内容｜提出人: the noun heads a column of the rows' raisers, the header
            # raises the table's issue column: `ContentReader.header_table`, session 41)
            if (self.act_before_word(m) or self.content.header_table(m.start())) and not negated.search(text, s.start, m.start()):
                anchors.append((m.start(), "act", m))
        for m in issue_words.head_then_items().finditer(text, s.start, s.end) if possible_head_then_items(text, s.start, s.end) else ():
            anchors.append((m.start(), "head", m))
        for m in issue_words.opinion_column().finditer(text, s.start, s.end):
            # 序号｜诉求内容｜涉及楼栋: a header cell whose head noun is itself a raising raises
            # its column when the line announcing the table names those demands (听网格员汇报
            # 收集到的诉求。…列成了一张表：); 汇总的事项整理成表： names none (session 44)
            # (the head noun read as opening items, 诉求|内容｜涉及楼栋, gives way)
            line = text.rfind("\n", 0, m.start())
            if line > 0 and m.group(0) in text[text.rfind("\n", 0, line) + 1 : line] and self.content.header_table(m.start()):
                anchors = [a for a in anchors if not (a[1] == "head" and a[0] == m.start())]
                anchors.append((m.start(), "table", m))
        for m in issue_words.inquiries().finditer(text, s.start, s.end):
            anchors.append((m.start(), "asked", m))
        for m in self.content.quotes_before_speaker(s, paragraph_start):
            anchors.append((m[0], "quote", m))
        for m in self.content.quotes_after_colon(s):
            anchors.append((m[2], "colon", m))
        for m in self.content.speech_after_colon(s):
            anchors.append((m[2], "colon", m))
        for m in self.discussions(s):
            anchors.append((m[0], "met", m))
        for m in issue_words.superlative_topic().finditer(text, s.start, s.end) if possible_superlative(sentence) else ():
            # 大家谈得最多的是X, 村民最盼的是Y: the frame reads its act (最关心的是X)
            anchors = [a for a in anchors if not (a[1] == "act" and m.start() <= a[0] < m.end())]
            anchors.append((m.start(), "most", m))
        for m in issue_words.worried().finditer(text, s.start, s.end) if possible_worried(sentence) else ():
            anchors.append((m.start(), "worry", m))  # X，是大家最揪心的事: X is raised
        for m in issue_words.troubled().finditer(text, s.start, s.end) if possible_troubled(sentence) else ():
            anchors.append((m.start(), "worry", m))  # X，也让不少业主犯难: X is raised
        for m in issue_words.raised_passive().finditer(text, s.start, s.end) if possible_passive(sentence) else ():
            anchors.append((m.start(), "worry", m))  # X的问题被多次提及: X is raised
        for m in issue_words.raised_after().finditer(text, s.start, s.end) if possible_raised_after(text, s.start, s.end) else ():
            # X、Y，居民反映强烈: X and Y are raised (the act itself reads nothing after it)
            anchors = [a for a in anchors if not (a[1] == "act" and m.start() <= a[0] < m.end())]
            anchors.append((m.start(), "worry", m))
        acts_at = [a[0] for a in anchors if a[1] == "act"]
        for m in self.verb_anchors(s, acts_at):
            anchors.append((m[0], "verb", m))
        if any(a[1] == "act" for a in anchors) and any(c in text[paragraph_start:s.end] for c in "“「"):
            # “…听大家说，…”王明话音刚落: an act in the official's own opening words raises nothing
            anchors = [a for a in anchors if a[1] != "act" or not self.content.in_official_quote(a[0], paragraph_start)]
        titles = [(t.start(), t.end()) for t in BOOK_TITLE.finditer(text, s.start, s.end)]
        return [a for a in sorted(anchors, key=lambda a: a[0]) if not any(b <= a[0] < e for b, e in titles)]

    def marker_in_word(self, m: re.Match) -> bool:
        """Does the topic marker `m` (就, 对) open a word of its own that the analyser reads
        as written (`issue_words.marker_words`: 前来就诊的村民反映, 对门的邻居说)?  Then it
        opens no topic; where the analyser cuts after the marker (就|医保报销问题) it does.
        FAULTS29 kind 11, session 29: a raiser's relative clause was read as a topic.

        >>> # 前来就诊的村民反映 -> True; 就停车难问题提出建议 -> False
        """
        own = issue_words.marker_words().match(self.text, m.start())
        return bool(own) and verb_as_written(self.content.raisers.doc, own.start(), own.end())

    def act_before_word(self, m: re.Match) -> bool:
        """Is the act `m` (`issue_words.acts_before_word`: 反映 + 人…) a word of its own in
        the analyser's reading, followed by a word of two characters or more opening
        with the compound mark (反映|人才|引进难), rather than a noun (反映人)?

        >>> # 村民反映人才留不住 -> True; 联系反映人 -> False
        """
        doc = self.content.raisers.doc
        end = m.end("act")
        analyse_spans(doc, [(m.start(), min(len(self.text), end + 4))])
        tokens = tokens_in(doc.ext.tokens, m.start(), min(len(self.text), end + 4))
        return any(t.end == end for t in tokens) and any(t.start == end and t.end - t.start > 1 for t in tokens)

    def complement_opens_word(self, start: int, end: int) -> bool:
        """Is the one-character complement text[start:end] the act may take (出, 到, 过,
        起: 反映出X) the first character of a longer word in the analyser's reading
        (反映|出行|困难, 反映|出门|就医困难, 反映|过|马路… is no such word)?  Then it
        opens the content, and the act takes no complement (session 26: 出 was swallowed
        and 出行困难 lost its verb).

        >>> # 村民反映出行困难 -> True; 居民反映出了不少问题 -> False (出了 is no one character)
        """
        if end - start != 1 or self.text[start] == "了":
            return False
        doc = self.content.raisers.doc
        analyse_spans(doc, [(max(0, start - 2), min(len(self.text), start + 4))])
        return any(t.start == start and t.end > end for t in tokens_in(doc.ext.tokens, start, min(len(self.text), start + 4)))

    def discussions(self, s: Sentence):
        """与/同 + raisers + a discussion verb (`issue_discussion_verbs.txt`) in one clause:
        the people met discuss with the official, and the topics are theirs
        (与居民交流小区停车难问题; 同村民代表就A、B等问题进行了交流).  Yields
        (position of the raisers, end of the discussion verb, Speaker, topic marker
        match or None): read_anchor reads the topic frame, else the verb's object
        closed by a head noun."""
        raisers = self.content.raisers
        text = self.text
        for start, sp in raisers.raiser_spans(s.start, s.end):
            if not raisers.met_at(start):
                continue
            stop = CLAUSE_STOP.search(text, sp.pos, s.end)
            limit = stop.start() if stop else s.end
            verb = issue_words.discussion().search(text, sp.pos, limit)
            if not verb:
                continue
            topic = issue_words.topic_markers().search(text, sp.pos, verb.start())
            yield start, verb.end(), Speaker(sp.pos, True, raisers.place_before(start)), topic

    def verb_anchors(self, s: Sentence, acts_at: list[int]) -> list[tuple[int, int]]:
        """A raiser (or a cadre named) then a verb the act class does not hold, and a
        comma or colon (负责人坦言，…; 周敏告诉委员们，…; 小吴接过话头：…): the raising
        acts as an open class, read from the analyser's words.  (verb start, content
        start) for each; the content counts only where it states a problem."""
        doc = self.content.raisers.doc
        out = []
        clauses = self.verb_clauses.get(s.start)
        for r_start, r_end, clause, stop in self._verb_clauses(s, acts_at) if clauses is None else clauses:
            analyse_spans(doc, [(clause, stop.end())])
            before = tokens_in(doc.ext.tokens, clause, r_start)
            # 坐在他旁边的林阿姨接过话头: a relative clause before 的 qualifies the raiser
            de = max((i for i, t in enumerate(before) if t.tag == "u" and t.word == "的"), default=-1)
            # (existential 有 right before the raiser introduces the subject: 有居民表示，…)
            if any((t.tag.startswith("v") or t.tag == "p") and not (t.word in EXISTENTIAL and t.end == r_start) for t in before[de + 1 :]):
                continue  # 召集居民代表开座谈会: the raiser is an object, not the subject
            if _pivot_on_person(before[: de + 1]):
                continue  # 王明当即让随行的负责人记下，要求…: the raiser is the object of the official's 让
            words = [t for t in tokens_in(doc.ext.tokens, r_end, stop.start()) if t.word not in SCARE_MARKS]
            if words and words[0].tag == "u" and words[0].word == "的":
                continue  # 群众的事无小事，要求…: the raisers modify a noun (an official's maxim), no subject
            verbs = [i for i, t in enumerate(words) if t.tag == "v"]
            # 们/an adverb before the verb, and the person spoken to (纷纷向王明吐苦水);
            # after it at most its object (告诉委员们)
            if not verbs or not verb_lead(words[: verbs[0]]):
                continue
            if any(t.tag not in VERB_OBJECT for t in words[verbs[0] + 1 :]):
                continue
            topic = issue_words.topic_markers().match(self.text, stop.end())
            if topic and not self.marker_in_word(topic):
                continue  # 纷纷发言，就X问题提出意见: the topic frame after the comma reads it
            if issue_words.head_then_items().match(self.text, stop.end()) or stop.end() in acts_at:
                continue  # 纷纷发言，意见集中在A、B上 / 提出的问题有A: the head noun or act after the comma reads it
            if self.text[stop.start()] in "：:" and COLON_QUOTE.match(self.text, stop.end()) \
                    and not self._cadre_at(s, r_start, r_end):
                # 另一位大姐接过话茬：“A，B，C。”: a quotation after the colon is the raiser's own
                # words (`quotes_after_colon` reads it whole), no account that raises only its
                # problem clauses.  Source: FAULTS38_p125 (a resident's quote lost two complaints).
                # A cadre named (书记X开门见山：“…”) gives an account still: the colon frame
                # reads no cadre as a speaker (opened p122-09 lost two items)
                continue
            out.append((words[verbs[0]].start, stop.end()))
        return out

    def _cadre_at(self, s: Sentence, r_start: int, r_end: int) -> bool:
        """Is the speaker span `r_start`-`r_end` of `_verb_clauses` a cadre: a named person
        the raisers hold a cadre (`Raisers.cadres`), or a unit's head (`bare_titles`)?"""
        raisers = self.content.raisers
        named = raisers.mentions[bisect_left(raisers.mention_starts, s.start) : bisect_left(raisers.mention_starts, s.end)]
        if any(start == r_start and end == r_end and name in raisers.cadres for start, end, name in named):
            return True
        return any(t.start() == r_start and t.end() == r_end for t in issue_words.bare_titles().finditer(self.text, s.start, s.end))

    def _verb_clauses(self, s: Sentence, acts_at: list[int]):
        """(raiser start, raiser end, clause start, the comma or colon match) of
        each raiser in `s` followed within VERB_CLAUSE characters by a comma or
        colon with no raising act between: where verb_anchors reads the words.
        Left out, before any tagging, where an anchor could change nothing read:
        no word between the raiser and the comma, or an account that can raise
        nothing (`_account_counts`) with no cadre named before it (`_cadre_before`)."""
        raisers = self.content.raisers
        text = self.text
        spans = [(start, sp.pos) for start, sp in raisers.raiser_spans(s.start, s.end) if sp.raiser]
        named = raisers.mentions[bisect_left(raisers.mention_starts, s.start) : bisect_left(raisers.mention_starts, s.end)]
        spans += [(start, end) for start, end, name in named if name in raisers.cadres]
        # a member speaking after their relay frame (委员们结合走访情况发言。委员A认为，…) speaks
        # for constituents: their verb opens an account as a raiser's does (session 48, frep48)
        spans += [
            (start, end) for start, end, name in named
            if name in raisers.relayers and raisers.relay_framed(name, start, text.rfind("\n", 0, start) + 1)
        ]
        # 他/她 opening a clause (居民老沈来了。他表示，…): the speaker check resolves the
        # pronoun (`Raisers.pronoun_is_raiser`); a resident's verb is theirs as a raiser's is
        spans += [
            (p.start(), p.end()) for p in PRONOUN_SUBJECT.finditer(text, s.start, s.end)
            if p.start() == s.start or text[p.start() - 1] in "，,：:"
        ]
        # a unit's head (市场负责人坦言，…) speaks for the stop
        spans += [(t.start(), t.end()) for t in issue_words.bare_titles().finditer(text, s.start, s.end) if raisers.unit_head(s.start, t)]
        # with no visit told, the issues' place may be the place written most often
        # among the analyser's words read so far (`IssuePlacement.report_place`):
        # any clause read counts there, so every one is read
        every = not self.content.raisers.doc.ext.visits
        for r_start, r_end in sorted(set(spans)):
            limit = min(s.end, r_end + VERB_CLAUSE)
            stop = VERB_CLAUSE_END.search(text, r_end, limit)
            # a verb in scare quotes (向王明“吐苦水”，…) is the verb itself, no quotation
            while stop and (quoted := SCARE_QUOTE.match(text, stop.start())):
                stop = VERB_CLAUSE_END.search(text, quoted.end(), min(s.end, limit + 2))  # (+ its two marks)
            if not stop or stop.group(0) not in "，,：:" or any(r_end <= a < stop.start() for a in acts_at):
                continue
            if not every and (stop.start() == r_end or not (self._account_counts(s, stop.end()) or self._cadre_before(s, stop.start()))):
                continue  # no word for a verb (居民，), or nothing the account could raise or change
            clause = max([s.start, *(m.end() for m in VERB_CLAUSE_END.finditer(text, s.start, r_start))])
            yield r_start, r_end, clause, stop

    def _account_counts(self, s: Sentence, start: int) -> bool:
        """Could a verb anchor whose content starts at `start` in `s` change what is
        read?  Its content is an account (`IssueReader.problems`): it raises only
        the clauses that state a problem (`issue_problem_words.txt`) or follow a
        concession (`issue_clause_markers.tsv`: 但, 却), and its point may go on in
        the next sentence (a continuation word, or ；before it: `IssueReader.continues`
        reads the state it leaves).  False when the text shows none of these, so the
        clause need not be analysed: on the seed report 15 of 18 clauses (250 of
        282 characters) have none.  Needs no tags, only the text.

        >>> # 居民代表笑着说，今天天气很好。 -> False: nothing to raise, nothing goes on
        """
        text = self.text
        end = self.full_end(start)
        if _account_words().search(text, start, end):
            return True
        for stop in {s.end, end}:
            after = GOES_ON_GAP.match(text, stop).end()
            if POINT_END.search(text, max(0, stop - 1), after) or issue_words.continuation().match(text, after):
                return True
        return False

    def _cadre_before(self, s: Sentence, pos: int) -> bool:
        """Is a community cadre named in `s` before `pos`?  Finding the speaker of
        an anchor there registers the cadre's community as a place
        (`Raisers.cadre_place`), even when the anchor raises nothing."""
        cadres = self.content.raisers.cadres
        return any(a.kind == "name" and a.name in cadres for a in self.content.index.in_span(s.start, pos))

    def prepare(self, sentences: list[Sentence]) -> None:
        """Analyse, in one call, every clause verb_anchors will read in
        `sentences`: the tagger runs once per report instead of once per raiser.
        The clauses are kept (`verb_clauses`) for verb_anchors to read."""
        spans = []
        for s in sentences:
            acts_at = [m.start() for m in issue_words.acts().finditer(self.text, s.start, s.end)]
            self.verb_clauses[s.start] = clauses = list(self._verb_clauses(s, acts_at))
            spans += [(clause, stop.end()) for _, _, clause, stop in clauses]
        if spans:
            analyse_spans(self.content.raisers.doc, spans)

    def read_anchor(self, s: Sentence, kind: str, m) -> tuple[list[str], int, int] | None:
        """(items, end of the content, position whose speaker decides) or None."""
        text = self.text
        if kind == "topic":
            return self.topic(s, m)
        if kind == "asked":
            return self.inquiry(m)
        if kind == "table":
            table = self.content.header_table(m.start())
            return (*table, m.start()) if table else None
        if kind == "head":
            if issue_words.treated().search(text, max(0, m.start() - FOLLOWUP_SPAN), m.start()):
                return None  # 对征集到的意见，凡涉及…: what is done with the issues
            if issue_words.response_head().search(text, max(0, m.start() - FOLLOWUP_SPAN), m.start()):
                return None  # 处理意见：责成…: a record's field of the office's answer
            start = m.end()
            # (问题清单如下：: the head's match may take the colon announcing the table in; the
            # table is read from the colon, FAULTS44_p156)
            if table := self.content.table_items(start) or text.endswith(("：", ":"), 0, start) and self.content.table_items(start - 1):
                return (*table, m.start())  # 问题清单如下：\n序号　问题　…: the table's column of issues
            asked = issue_words.interrogative_item().match(text, start)
            if asked and asked.group(0)[-1:] in "？?":
                # 住户的顾虑是什么？采光、噪音，还是费用？: a question about the issues; what
                # follows it is the asker's guesses or an answer another frame reads, no items
                return None
            end = self.items_end(start)
            return self.after_head(start, end), end, m.start()
        if kind == "colon":
            q_start, q_end, colon, quoted = m
            if quoted:
                return self.clause_items(q_start, q_end, quote=True), q_end, colon
            # 居民X：A，B: reported speech without quotation marks (念给区长听：\n1.A；\n2.B:
            # the numbered lines after a colon closing its line, `speech_after_colon`)
            return self.after_say(colon), q_end if q_end > s.end else self.full_end(q_start), colon
        if kind == "verb":
            verb, start = m
            said = issue_words.acts().match(text, start)
            if said and issue_words.act_shapes()[said.group("act")] == "say" and not said.group("degree"):
                start = said.end()  # 接过话头，说X: the speech verb opens the content
            return self.clause_items(start, self.full_end(start)), self.full_end(start), verb
        if kind == "met":
            _, verb_end, speaker, topic = m
            if topic is not None:
                found = self.topic(s, topic)
                return (*found[:2], speaker.pos) if found else None
            # 交流了A和B问题: the object of the verb, closed by a head noun
            start = after_act().match(text, verb_end).end()
            stop = CLAUSE_STOP.search(text, start, s.end)
            limit = stop.start() if stop else s.end
            close = issue_words.closer().search(text, start, limit)
            if not close or close.end() != limit:
                return None
            return split_items(text[start : close.start()]), close.end(), speaker.pos
        if kind == "most":
            return self.superlative(m)
        if kind == "worry":
            # X，是大家最揪心的事: the sentence's clauses before 是, read as reported speech
            if m.start() <= s.start:
                return None  # 这是大家最揪心的事 alone: a pointer, nothing named
            # (a cadre of the place, 社区书记周玲介绍，X是居民反映最多的问题, tells the
            # residents' complaint, as their raising acts do: FAULTS37_p112)
            named = self.content.index.in_span(s.start, m.start())
            speakers = [a for a in named if not (a.kind == "name" and a.name in self.content.cadres)]
            if speakers or len(named) == 0 and issue_words.remark_acts().search(text, s.start, m.start()):
                return None  # 王明指出，X，是群众最操心的事: a person speaks in it, their words
            start = s.start
            if not text.startswith(("，", ","), m.start()):
                # 在东湖社区，小区停车难成了居民的烦心事: with no comma before the copula its
                # subject is the one clause right before it, not a scene or a date before that
                start = max([s.start, *(c.end() for c in CLAUSE_STOP.finditer(text, s.start, m.start()))])
                if start >= m.start():
                    return None
            return self.clause_items(start, m.start()), m.end(), m.start()
        if kind == "quote":
            q_start, q_end, speaker = m
            return self.clause_items(q_start, q_end, quote=True), speaker.pos, speaker.pos
        if table := self.content.header_table(m.start()):
            return (*table, m.start())  # …逐项答复：\n序号　群众反映问题　办理情况: the header raises its column
        act = m.group("act")
        shape = issue_words.act_shapes()[act]
        start = m.end()
        if prefix := next((p for p in issue_words.head_prefixes() if text.endswith(p, 0, m.start())), None):
            # 记录群众的意见建议，并…: a head noun the officials handle, not an act
            clause = max([s.start, *(c.end() for c in CLAUSE_STOP.finditer(text, s.start, m.start()))])
            if issue_words.followups().search(text, clause, m.start()):
                return None
            # 把群众提出的意见建议梳理归类，明确…: a head noun after 的 is a relative clause's
            # noun (its raising is the act before 的), and one the words after it handle
            # (意见建议梳理归类) is the officials' object; neither is an act of its own
            if text.endswith("的", 0, m.start() - len(prefix)) or issue_words.followups().match(text, m.end()):
                return None
        if shape == "relative" and not m.group("degree"):
            # 居民普遍关心A、B等问题: only a list closed by a head noun
            if text.startswith("地", start):
                return None  # 关切地询问…: an adverb, not an act
            listed = self.closed_list(start) or self.indirect_questions(start)
            return (*listed, m.start()) if listed else None
        if shape == "receive":
            # 收到A、B等意见建议: only a list closed by a head noun
            if m.group("degree") or m.group("act").endswith("的"):
                # 把会前收集的意见一条条念了出来：A；B: the received head laid out before a colon,
                # its items the residents' whoever lays them out (session 48, frec)
                return self.laid_out(m, start) if "的" in (m.group("degree") or m.group("act")[-1]) else None
            if re.match(r"[和及与、]", text[m.end("act"):m.end("act") + 1]):
                return None  # 询问了配送登记和入户安检等情况: the act's noun, an item of a list (session 47)
            listed = self.closed_list(start)
            return (*listed, m.start()) if listed else None
        if shape == "tell":
            # 告诉区长，X: the person told, then the content after the comma or colon
            stop = VERB_CLAUSE_END.search(text, start, min(s.end, start + VERB_CLAUSE))
            if m.group("degree") or not stop or stop.group(0) not in "，,：:":
                return None
            return self.after_say(stop.start()), self.full_end(stop.end()), m.start()
        # 说得最多的，是X: a speech verb and its degree name the content, as 反映最多的 does
        if shape == "say" and not (m.group("degree") or "").startswith("得"):
            if m.group("degree"):
                return None
            if quoted := COMPLEMENT_QUOTE.match(text, start):
                # 拉着区长说了好一阵子：“A。B；C。”: a complement of how long or how much was said,
                # closed by a colon, then the words in quotation marks: the whole quotation is the
                # content, as after 说：“ (read as a bare 说 to the first full stop, only A was)
                colon = quoted.end() - len(quoted.group("open"))
                return self.after_say(colon), self.full_end(colon), m.start()
            if said_out := SAID_OUT.match(text, start):
                colon = said_out.end() - 1
                return self.after_say(colon), self.full_end(colon), m.start()
            if len(m.group("act")) > 1 and (joined := JOINED_SAY.match(text, start)):
                # 补充说X: a speech verb of two characters joined to 说 speaks as 说， does (session 55, labels55)
                return self.after_say(joined.end()), self.full_end(joined.end()), m.start()
            if not SINGLE_CHAR_ACT_FOLLOW.match(text, start):
                # 听群众讲A、B等烦心事: a topic list closed in the clause; else 问题,
                # 说明: a character of another word
                # (说出了A、B等烦心事: the verb's complement is no part of the first item)
                after = after_act().match(text, start)
                listed = self.closed_list(after.end() if not self.complement_opens_word(start, after.end()) else start)
                if listed:
                    return (*listed, m.start())
                if counted := COUNTED_ITEMS.match(text, after.end()):
                    # 说了三件事：一是…；二是…: a count and a colon announce the items, as after
                    # 反映 (below); whoever speaks, the items are what the count announces
                    end = self.items_end(counted.end())
                    return self.after_head(counted.end(), end), end, m.start()
                return self.bare_say(s, m)
            return self.after_say(start), self.full_end(start), m.start()
        if m.group("degree") == "的" and (table := self.content.table_items(start)):
            return (*table, m.start())  # 现将群众反映的问题通报如下：\n序号　问题　…: the table's column
        if m.group("degree"):
            degree = m.group("degree")
            if degree == "的":
                return self.relative(m, start)
            # 反映最多的，是X等问题: X is the content, a list of nouns
            if laid := self.laid_out(m, start):
                return laid  # 把群众反映集中的事情一一摆了出来：A；B
            if degree_relative().match(text, m.end("act")):
                return None  # 对群众反映集中的问题开展回头看: the raised problems are the officials' object
            if degree.endswith("的") and (h := issue_words.head_then_items().match(text, start)):
                # 反映比较集中的问题主要有三条：\n1.A；\n2.B: a degree before 的 qualifies the head
                # noun as 的 alone does (`relative`), and the items follow its link (session 48, frec)
                end = self.items_end(h.end())
                return self.after_head(h.end(), end), end, m.start()
            items, end = self.copula_content(start)
            return items, end, m.start()
        after = after_act().match(text, start)
        if after.group(0) in kind_words("issue_act_complements.tsv", "directional"):
            return None  # 反映上去, 提出来: the act is complete, its content is elsewhere
        if not self.complement_opens_word(start, after.end()):
            start = after.end()
        if text.startswith(("”：", "”:", "」：", "」:", "”，", "」，"), start):
            start += 1  # 向区长“吐槽”：“…”: the act in quotes, its words after the colon
        if table := self.content.table_items(start):
            return (*table, m.start())  # 现将居民反映问题公示如下：\n序号　问题　…: the table's column of issues
        if counted := COUNTED_ITEMS.match(text, start):
            # 集中反映三件事：A、B、C / 提出两点建议：一是…: the items the count announces
            end = self.items_end(counted.end())
            return self.after_head(counted.end(), end), end, m.start()
        if (asked := issue_words.asked_head().match(text, start)) and (answer := self.answer_points(asked.end())):
            # 问：居民主要反映了哪些问题？\n答：集中在三个方面。一是A；二是B: the answer's points
            return (*answer, m.start())
        if topic := problem_topic(text, start):
            # 反映了8栋加装电梯协调难的问题：已有九成业主同意，但…，希望…: the head noun's modifier
            # states the problem, the issue; the colon's clauses elaborate it (session 60, content60)
            return [topic.group("topic")], self.items_end(topic.end()), m.start()
        if heading := issue_words.announcing_head().match(text, start):
            # 介绍了管护方面的难处：A，B / 谈到了遇到的困难：A；B: the act's object is a
            # head noun and a colon, and the items follow it (a topic list closed inside
            # the object, 管护方面, is its modifier, not the content)
            end = self.items_end(heading.end())
            return self.after_head(heading.end(), end), end, m.start()
        h = issue_words.head_then_items().match(text, start)
        if not h and shape == "any" and (announced := ANNOUNCED.match(text, start)):
            end = self.items_end(announced.end())
            return self.after_head(announced.end(), end), end, m.start()
        if h:  # 提出的问题涉及…, 反映问题：…
            end = self.items_end(h.end())
            return self.after_head(h.end(), end), end, m.start()
        if text.startswith(("，", "：", ":", ",", "“"), start):
            if announced := self.announced_items(start + 1):
                return *announced, m.start()  # 坦言，中心存在几个方面的困难：A；B: the items after the head noun
            return self.after_say(start), self.full_end(start), m.start()
        end = self.full_end(start)
        if added := issue_words.added_act().search(text, start, end):
            end = added.start()  # A、B等问题，还希望C: the second act reads C
        elif bare := issue_words.bare_request_after_list().search(text, start, end):
            end = bare.start("cut")  # A、B等困难，建议C: so does a request act alone after the list
        return self.matter_topic(start) + self.list_or_clause(start, end), end, m.start()

    def matter_topic(self, start: int) -> list[str]:
        """The matter a raising act names before a colon and a quotation: its object
        closed by 的 and a plain noun of matters (`issue_matter_heads.txt`: 事, 事儿),
        `谈到了加装电梯的事：“我家住六楼…”`, is raised (as it is with no quotation after
        it: 谈到了加装电梯的事。), the quotation telling the speaker's own case; [] for
        any other object.  Source: FAULTS45_p162 (the topic was lost, only the quotation's
        last clause read).

        >>> # at 加装 in "谈到了加装电梯的事：“我家住六楼。”" -> ['加装电梯']
        """
        m = MATTER_BEFORE_QUOTE.match(self.text, start)
        if not m or m.group("head") not in words("issue_matter_heads.txt") or not self.matter_head(m.start("head")):
            return []
        if locative_only(m.group("topic")):
            return []  # 说起了心里的事：“…”: where the matters are, the quotation names them (session 46)
        return [m.group("topic")]

    def answer_points(self, pos: int) -> tuple[list[str], int] | None:
        """(items, end) of an interview's answer to the question asking which issues
        were raised, the question ending at `pos` (`issue_words.asked_head`): the question
        ends its paragraph, the next paragraph opens with the answerer (答：, 郑国梁：) and
        within ANSWER_REACH characters its first point (一是, （一）, 1.; after a short
        lead: 集中在三个方面。); the items are the points, up to the end of the sentence of
        the last one.  None when the answer does not list points (its reading is left to
        the answer's own frames).  Source: FAULTS37_p112 (a Q&A transcript).

        >>> # "了哪些问题？\n\n答：主要有两个。一是路灯不亮；二是车位太少。" -> (['路灯不亮', '车位太少'], end)
        """
        text = self.text
        line_end = text.find("\n", pos)
        if line_end < 0 or text[pos:line_end].strip():
            return None  # (the question goes on in its paragraph: no answer after it)
        lead = ANSWER_LEAD.match(text, line_end)
        if not lead:
            return None
        para_end = text.find("\n", lead.end())
        para_end = len(text) if para_end < 0 else para_end
        marks = list(ORDINALS.finditer(text, lead.end(), para_end))
        if not marks or marks[0].start() - lead.end() > ANSWER_REACH:
            return None
        stop = issue_words.FULL_STOP.search(text, marks[-1].end(), para_end)
        if stop and stop.start() - marks[-1].end() <= POINT_TOPIC:
            # 二是吃水。自来水水压不足，…: the point names its topic only, its sentence after it tells it
            stop = issue_words.FULL_STOP.search(text, stop.end(), para_end)
        end = stop.start() if stop else para_end
        if any(sp.raiser for _, sp in self.content.raisers.raiser_spans(marks[0].start(), end)):
            # 一是蔬菜销路。…，群众盼着能建个冷库: the answerer tells who raised what inside the
            # points; those raisings read them (p117-06, opened: every clause read as a point
            # added how things stand, 基地是滴灌, and lost nothing)
            return None
        return self.content.enumeration(marks[0].start(), end), end

    def copula_content(self, start: int) -> tuple[list[str], int]:
        """(items, end) of the content after a raising act's degree and copula
        (反映最多的，是X等问题; 谈得最多的是X): a list closed by a head noun, 一是…二是…,
        a clause, or a noun phrase too short for a clause (反映最多的是停车难)."""
        text = self.text
        end = self.full_end(start)
        items = self.list_or_clause(start, end)
        if self.content.read_clause and len(items) == 1:
            items = split_items(items[0])
        elif not items:
            stop = CLAUSE_STOP.search(text, start, end)
            items = split_items(text[start : stop.start() if stop else end])
        return items, end

    def superlative(self, m: re.Match) -> tuple[list[str], int, int] | None:
        """The content of a superlative topic frame (`issue_words.superlative_topic`:
        大家谈得最多的是X, 村民最盼的就是Y, 居民最关心的一是A，二是B), read as after a
        raising act's degree (`copula_content`).  After a verb of talk the content names
        a topic, which counts only when it states a problem, asks for something or is
        closed by a head noun (聊得最多的是人参种植: a theme; 谈得最多的是停车难: an issue);
        after a verb of want or fear it is the wish or fear itself.  FAULTS29 notes,
        session 30: the probes' golds count 最盼的是X and leave out a bare theme; a thing
        to renew or add (`renews`: 最关心的是加装电梯) is asked for (session 37).

        >>> # "村民们谈得最多的是村道坑洼不平。" -> ['村道坑洼不平']; "聊得最多的是茶叶种植。" -> []
        """
        if (colon := _TOPIC_BEFORE_QUOTE.match(self.text, m.end())) and colon.end() - 2 < self.full_end(m.end()):
            # 最关心的是花椒价格下跌：“…”: the topic before a colon and a quotation is what is raised
            # most, the quotation the raiser's own words on it (read by its colon anchor; session 47)
            items, end = split_items(colon.group("topic")), colon.end() - 2
        else:
            items, end = self.copula_content(m.end())
        verb = m.group("verb") or m.group("verb2") or m.group("verb3") or m.group("verb4")
        if items and not issue_words.topic_verb_talks(verb) and (first := _FIRST_CLAUSE.match(self.text, m.end())) \
                and not any(first.group(0) in i or i in first.group(0) for i in items):
            # 老人们最盼的是冬天有人上门送药，可网格员只有6个: after a verb of want the first clause
            # is the wish itself, raised, not a concession to the obstacle after 可 (session 47)
            items = [first.group(0), *items]
        if issue_words.topic_verb_talks(verb):
            headed = bool(issue_words.closer().search(self.text, m.end(), end))
            # (最关心的是加装电梯: renewing or adding a thing is asked for, no theme)
            items = [i for i in items if headed or states_problem(i) or renews(i) or issue_words.request().search(i)]
        return items, end, m.start()

    def items_end(self, start: int) -> int:
        r"""Where the items announced at `start` (after a head noun or a count and its
        colon) end: the sentence's end, or, when the colon ends its line and the next
        lines open with ordinals (问题主要有：\n1. A；\n2. B；), the end of the last of them.

        >>> # "问题主要有：\n1. 路灯不亮；\n2. 车位太少。\n会上…" -> the end of the line "2. 车位太少。"
        """
        end = self.full_end(start)
        return self.content.listed_lines_end(start, end)

    def bare_say(self, s: Sentence, m) -> tuple[list[str], int, int] | None:
        """有的说停车难，有的说菜场远 / 大家说X，就是Y: a speech verb right after its raiser
        (们/都/也/还 between at most), with no colon or comma: the speech runs to the next
        raiser speaking so (or the sentence's end); one short phrase is an item.  None
        when no raiser stands right before it, or the analyser reads 说 inside a longer
        word (说明, 说服)."""
        text = self.text
        raisers = self.content.raisers
        # (王姐第一个开口，说X: a gesture or turn-taking phrase of the raiser may stand between)
        frame = gesture_start(text, s.start, m.start())
        before = text[max(s.start, frame - 2) : frame]
        spoken = [sp for _, sp in raisers.raiser_spans(s.start, frame) if sp.raiser and frame - sp.pos <= len(before)]
        # 他说寨子里的路…: a pronoun right before 说 (the reader's speaker check decides
        # whom it refers to, a resident or an official)
        pronoun = before.rstrip(BARE_SAY_GAP)[-1:] in BARE_SAY_PRONOUNS and len(before.rstrip(BARE_SAY_GAP)) >= 1
        if not pronoun and (not spoken or text[spoken[-1].pos : frame].strip(BARE_SAY_GAP)) and not self.said_on(s, frame):
            return None
        # 说明, 说服: one word in the analyser's reading (a short span, read only here: rare)
        analyse_spans(raisers.doc, [(max(s.start, m.start() - 4), min(s.end, m.end() + 4))])
        if not any(t.start == m.start() and t.end == m.end() for t in tokens_in(raisers.doc.ext.tokens, m.start(), m.end())) \
                and not word_opens_after(text, m.end(), s.end):
            return None
        start = m.end()
        if text.startswith("得", start):
            # 说得直摇头: the verb's complement tells how it was said, no content; 说得直白：X
            # the content after the colon closing the complement
            colon = COMPLEMENT_COLON.match(text, start + 1)
            if not colon:
                return None
            start = colon.end()
        end = self.full_end(start)
        for later in issue_words.acts().finditer(text, start, end):
            if later.group("act") == m.group("act") and any(sp.raiser for sp in raisers.raiser_mentions(max(start, later.start() - 3), later.start())):
                end = max(start, later.start() - 3)  # 有的说A，有的说B: the next speaker's words
                break
        items = self.clause_items(start, end)
        if not items:
            stop = CLAUSE_STOP.search(text, start, end)
            items = split_items(text[start : stop.start() if stop else end])
        return items, end, m.start()

    def said_on(self, s: Sentence, say: int) -> bool:
        """Does a bare 说 at `say` open a clause after one whose subject is a raiser
        opening it, maybe after a share or count (几个返乡年轻人则关心网络，说X): the same
        raisers speak on, as after a gesture (王姐第一个开口，说X)?  Session 39 (FAULTS39, p133).

        >>> # "几个年轻人则关心网络，说后山信号差" at 说 -> True; "区长关心网络，说X" -> False
        """
        text = self.text
        if not text.startswith("说", say) or not text.endswith(("，", ","), 0, say) or text.startswith("个", say + 1):
            return False  # (大家你一言我一语，说个不停: a complement of how much, no content)
        opening = max([s.start, *(c.end() for c in CLAUSE_STOP.finditer(text, s.start, say - 1))])
        spans = [(start, sp) for start, sp in self.content.raisers.raiser_spans(opening, say - 1) if sp.raiser]
        if not spans or spans[0][0] - opening > SAID_ON_LEAD or SAID_ON_NOT_SUBJECT.search(text, opening, spans[0][0]):
            return False  # (在小区居民中开展宣传，讲清…: the residents are no subject)
        return not any(a.kind != "group" and a.end <= spans[0][0] for a in self.content.index.in_span(opening, spans[0][0]))

    def announced_items(self, start: int) -> tuple[list[str], int] | None:
        """(items, end) when the first clause of reported
        speech at `start` announces its items by a head noun and a colon
        (目前存在几个方面的困难：A；B), else None."""
        text = self.text
        stop = CLAUSE_STOP.search(text, start)
        clause_end = stop.start() if stop else len(text)
        colon = text.find("：", start, clause_end)
        if colon < 0:
            return None
        h = issue_words.head_then_items().search(text, start, colon + 1)
        if not h or h.end() != colon + 1:
            return None
        end = self.full_end(h.end())
        return self.after_head(h.end(), end), end

    def indirect_questions(self, start: int) -> tuple[list[str], int] | None:
        """(items, end) of indirect questions right after an act of concern with no 的
        (`relative`: 关心, 关注): the clause opening at `start` holds an interrogative word
        (`issue_indirect_question_words.txt`: 哪家, 怎么, 能否), so the act asks, and its
        questions to the sentence's end are the content, each clause one item
        (`clause_items` with `every`).  None when the first clause asks nothing
        (居民关心孩子上学: a noun object, read as before: only a closed list counts).
        Shapes: `也有居民关心改造后由哪家公司管理、停车费怎么收，以及加装电梯能否纳入计划。`
        -> the three questions.  Source: session 57, diag221 (p221: residents' questions
        at a community meeting, all three lost).

        >>> # 居民关心停车费怎么收。 -> (['停车费怎么收'], end); 居民关心孩子上学。 -> None
        """
        text = self.text
        clause = CLAUSE_STOP.search(text, start)
        first = clause.start() if clause else len(text)
        if not pattern("issue_indirect_question_words.txt").search(text, start, first):
            return None
        end = self.full_end(start)
        if end <= start:
            return None
        return self.clause_items(start, end, every=True), end

    def closed_list(self, start: int) -> tuple[list[str], int] | None:
        """(items, end) of a topic list starting at `start` and closed within its clause
        by 等 + a head noun (A、B等问题, A、B等民生实事上的烦心事), or None."""
        close = self.list_close(start)
        return (split_items(self.text[start : close.start()]), close.end()) if close else None

    def list_close(self, start: int) -> re.Match | None:
        """The 等 + head noun (`issue_words.closer`) closing a topic list that starts at
        `start`, within its clause (`closed_list`), or None: regexes only, no analyser.

        >>> # 询问A、B等问题。 -> the match of 等问题; 询问工作进展。 -> None
        """
        text = self.text
        end = self.full_end(start)
        close = issue_words.closer().search(text, start, end)
        if not close or not close.group(0).startswith("等"):
            return None
        stop = CLAUSE_STOP.search(text, start, end)
        if stop and stop.start() < close.start():
            return None
        return close

    def inquiry(self, m) -> tuple[list[str], int, int] | None:
        """询问/了解 (`issue_words.inquiries`) + A、B等问题: an official asking after the
        residents' problems names them; (the items stating a problem, end, verb) or None.
        Only a list closed by 等 + a head noun (or by a bare head noun ending its clause:
        `headed_list`), and only its items holding a problem
        predicate (`issue_words.problem`: 吃水难, 路灯不亮): asking after work or
        circumstances (了解工程进度, 了解A、B等工作) names no issue.

        >>> # 详细询问村里老人吃水难、行路难等问题 -> 村里老人吃水难, 行路难
        """
        verb = m.group(0)[:-1] if m.group(0).endswith("了") else m.group(0)  # (the pattern takes a 了 after the verb)
        # the verb, or a listed verb opening it (询问 of 询问了解, where the analyser may
        # misread 询问/了/解出), must be a word as written: 听取了解决X等问题的方案 holds no 了解
        heads = [w for w in words("issue_inquiry_verbs.txt") if verb.startswith(w)]
        if self.text.startswith("到", m.end()) and verb == m.group(0):
            # 了解到X (the analyser may read 了解到 as one word)
            return self.learned(m) if verb_as_written(self.content.raisers.doc, m.start(), m.end() + 1) else None
        # (the list first: the verb's reading asks the analyser, most inquiries close no list)
        found = self.closed_list(m.end()) or self.headed_list(m.end())
        if not found or not any(verb_as_written(self.content.raisers.doc, m.start(), m.start() + len(w)) for w in heads):
            return None
        items, end = found
        # 了解矛盾纠纷调处化解工作情况: an item written before a word of work (工作, 进展:
        # `issue_account_topics.txt`, 情况 apart, which follows problems too: 了解群众饮水困难情况)
        # is the work done on the problem it names, no problem raised (FAULTS37_p122)
        items = [i for i in items if not self.work_item(i, m.end(), end)]
        if not items:
            return None
        # (a problem word naming an estate's kind is none: 了解老旧小区改造后的管理情况 asks
        # after work, `issue_items.states_problem`, as `learned` reads; FAULTS31 kind 5)
        if not all(states_problem(i) for i in items) and not self.raised_head(m.end(), end):
            return None  # 了解停车、吃水难等情况: a survey of a field, not a list of problems
        return items, end, m.start()

    def work_item(self, item: str, start: int, end: int) -> bool:
        """Is `item`, written in text[start:end], followed there by a word naming work or its
        progress (`issue_account_topics.txt` but 情况: 工作, 进展, 进度), so that it names the
        work (矛盾纠纷调处化解|工作情况), not a problem?  Source: FAULTS37_p122 (an official's
        了解X调处化解工作情况 at a mediation centre was filed as a complaint).

        >>> # 详细了解矛盾纠纷调处化解工作情况 -> '矛盾纠纷调处化解' is work
        """
        at = self.text.find(item, start, end)
        work = tuple(w for w in words("issue_account_topics.txt") if w != "情况")
        return at >= 0 and self.text.startswith(work, at + len(item))

    def learned(self, m) -> tuple[list[str], int, int] | None:
        """了解到/打听到 + a clause (`inquiry` verb + 到): what the official learned at the
        stop, read as an account is: its clauses stating a problem (`issue_items.states_problem`:
        二次供水设施老化) are the residents' problems there; a clause naming circumstances
        (了解到居民X小区的情况) names none.  Session 29 (a newcomer's shape).

        >>> # 了解到小区二次供水设施老化，居民用水困难 -> both clauses
        """
        start = m.end() + 1
        if self.text.startswith("的", start):
            return None  # 结合走访了解到的情况，反映了X: a relative clause of a noun, no clause learned (session 46)
        end = self.full_end(start)
        content = self.content
        kept = content.read_clause, content.content_end  # (no reported speech: the official learned it)
        items = [i for i in content.clause_items(start, end) if states_problem(i)]
        content.read_clause, content.content_end = kept
        return (items, end, m.start()) if items else None

    def headed_list(self, start: int) -> tuple[list[str], int] | None:
        """(items, end) of a list starting at `start` closed, at its clause's end, by a
        bare head noun with no 等 (了解停车难和道路破损问题, 询问A、B问题: `closer`'s
        bare head), or None.  After an inquiry verb it names the problems asked after, as
        the list closed by 等 does (`closed_list`); the caller keeps it only when every
        item states a problem.  Session 29 (a newcomer's shape).

        >>> # 了解停车难和道路破损问题。 -> (停车难, 道路破损), the end of 问题
        """
        text = self.text
        stop = CLAUSE_STOP.search(text, start)
        limit = stop.start() if stop else len(text)
        # (the first head noun of the clause closes it: 询问他们在工作中遇到的困难和问题 is no list)
        close = issue_words.closer().search(text, start, limit)
        if close is None or close.end() != limit or close.group(0).startswith(("等", "的")) or close.start() <= start:
            return None
        return split_items(text[start : close.start()]), close.end()

    def raised_head(self, start: int, end: int) -> bool:
        """Is the head noun closing the list text[start:end] (`closed_list`) one that is
        itself a raising (`issue_opinion_heads.txt`: 等群众诉求, 等居民意见)?  The items were then
        raised by residents, whatever the official does with them after (了解/跟进 …
        的办理情况): a petition's items are issues even with no problem word in them
        (供暖不热).  Session 28.

        >>> # 了解A、B等群众诉求的办理情况 -> True; 了解A、B等工作的进展 -> False
        """
        close = None
        for close in issue_words.closer().finditer(self.text, start, end):
            pass
        return close is not None and close.end() == end and close.group(0).startswith("等") and close.group(0).endswith(words("issue_opinion_heads.txt"))

    def points_after_topic(self, verb_end: int) -> bool:
        r"""Does the raising act ending at `verb_end` take a head noun and a link to its items
        (`issue_words.head_then_items`: 意见建议，经梳理，主要有以下几条) closed by a colon before
        numbered points (`opens_enumeration`: 一是…, 1.… on the next line)?  Then the topic before
        the act names the themes of the talk and the points are what was raised: the act frame
        reads them.  Session 47 (frec).

        >>> # "围绕供暖、清雪等提出意见建议，主要有以下几条：\n1.A；" after 提出 -> True
        >>> # "围绕供暖、清雪等提出意见建议。" after 提出 -> False
        """
        text = self.text
        h = issue_words.head_then_items().match(text, verb_end)
        if not h:
            return False
        colon = h.end() - 1 if text[h.end() - 1] in "：:" else _COLON_SOON.match(text, h.end())
        if colon is None:
            return False
        colon = colon if isinstance(colon, int) else colon.end() - 1
        return opens_enumeration(text, colon + 1)

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
        closers = list(issue_words.closer().finditer(text, start, limit))
        verbs = list(issue_words.discussion().finditer(text, start, limit))
        # an act in a relative clause (X提出的Y) is not the topic's verb
        verbs += [
            a for a in issue_words.acts().finditer(text, start, limit) if issue_words.act_shapes()[a.group("act")] == "any" and not a.group("degree")
        ]
        # 意见建议 is a head noun, not the act 建议
        verbs = [v for v in verbs if not any(c.start() <= v.start() < c.end() for c in closers)]
        if not verbs and (after := self.verb_after_topic(closers, limit)):
            verbs = [after]  # 围绕A、B等问题，说出了自己的想法: the verb opens the next clause
        # 围绕A、B等提出意见建议，主要有以下几条：1.X；2.Y: A, B the themes, X, Y the issues
        # (the head noun closing the topic, or the act's object after it, links to the points)
        if closers and any(self.points_after_topic(i) for i in range(closers[-1].start(), closers[-1].end())):
            return None
        if verbs and self.points_after_topic(max(verbs, key=lambda v: v.start()).end()):
            return None
        themes = False  # the topic names themes of the talk, not its issues (see below)
        heard_after = False  # a hearing verb after the topic (就X听取意见, see below)
        if verbs:
            verb = max(verbs, key=lambda v: v.start())
            end, finish = verb.start(), verb.end()
            inner = [c for c in closers if c.end() <= end]
            if inner:
                end = run_start(text, inner)
                # 围绕A、B等方面畅所欲言: a field head closing a broad topic before a
                # discussion verb names the fields of the talk (issue_field_heads.txt), as
                # a broad topic with no head noun does below; a raising act after it
                # (对A、B等方面提出了建议) lists what was raised (session 33)
                themes = m.group(0) in BROAD_MARKERS and field_closed(inner[-1].group(0)) and bool(issue_words.discussion().fullmatch(verb.group(0)))
            elif closing := LIST_END.search(text, start, end):
                end = closing.start()  # 围绕A、B等工作进行了交流: 等 closes the list, whatever noun follows
            elif (light := light_verb_start(text, start, end)) < end:
                end = light  # 就X进行了深入交流: the light verb is the discussion verb's
                themes = m.group(0) in BROAD_MARKERS  # (as below: 围绕城市管理进行了讨论 names a field)
            elif m.group(0) in BROAD_MARKERS:
                # 围绕城市管理、公共服务踊跃发言, 对小区物业管理提出不少意见: no head noun and
                # no 等 close a broad topic; it names the fields the talk was about, and only
                # a field stated as a problem (围绕停车难畅所欲言) is an issue (就X各抒己见
                # names the matter itself)
                themes = True
        elif nominal := self.nominal_act(start, limit):
            # 关于X的反映: a raising act after 的 is a noun closing the topic, as 的意见 is
            inner = [c for c in closers if c.end() <= nominal[0]]
            end, finish = (inner[0].start() if inner else nominal[0]), nominal[1]
        else:
            opinion = [c for c in closers if c.group(0).endswith(words("issue_opinion_heads.txt"))]
            if not opinion and (reply := self.reply_topic(s, m, start, limit, closers)):
                return reply
            if not opinion:
                # 关于A，B和C的意见建议: a list written with commas runs on to its head noun
                return self.comma_topic(s, m, start, limit)
            # 围绕X等议题畅谈想法: X ends at the first head noun
            end, finish = closers[0].start(), opinion[0].end()
            if opinion[-1].end() == limit and text.startswith(("，", ","), limit) and issue_words.measure().match(text[limit + 1 : s.end]):
                # 县里围绕A、B等群众诉求，推动一批实事落地: the clause after the topic is the
                # work of government (`issue_measure_verbs.txt`) done around the demands, not
                # a talk in which they were raised (session 46, fprec)
                return None
            # 就X工作听取居民意见: a hearing verb after the topic ends it (its object is the
            # opinions heard on X); the topic is one asked about, as 听取…关于X的意见 is
            if heard := _hearing().search(text, start, end):
                end, heard_after = heard.start(), True
        # 就“X”、Y等平台上反映较多的A、B等问题展开讨论: a relative clause with a raising act
        # (owner_de) modifies the whole list after it; what comes before it tells where
        # they were raised, no item (session 26)
        owner = None
        for owner in issue_words.owner_de().finditer(text, start, end):
            pass
        if owner and owner.end() < end and CLAUSE_STOP.search(text, start, owner.start()) is None:
            start = owner.end()
        if end <= start:
            return None
        if gesture_pattern().fullmatch(text, start, end):
            # 李伯就抢着发言：“…”: 就 the gesture's adverb, no 就X发言 (spoke on X); the
            # speech after the colon is read by the raiser frame (session 43, p153)
            return None
        items = split_items(text[start:end])
        if themes:
            items = [i for i in items if issue_words.problem().search(i)]
        # 听取群众对社区治理的意见: a unit's field of work an official hears about is what
        # the talk was about (checked on the topic as written too: trimming cuts 工作 off)
        if (heard_after or self.hearing(s, m.start())) and issue_words.timed_by_modal_clause(text, s.start, m.start()):
            return None  # 下个月，县里还将组织干部…听取群众对X的意见: a hearing planned raises nothing yet
        if heard_after or self.hearing(s, m.start()):
            raw = text[start:end]
            items = [i for i in items if not (theme(i) or len(items) == 1 and theme(raw))]
        return items, finish, m.start()

    def verb_after_topic(self, closers: list, limit: int):
        """The discussion verb opening the clause after a topic clause that a head noun
        closes (围绕A、B等问题，说出了自己的想法; 就X等问题，纷纷谈了看法), or None.
        The topic is whole (its list is closed), so the verb after its comma is the
        frame's, as it is written right after it (就X等问题展开讨论).  Session 27.

        >>> # 围绕A、B等问题，说出了自己的想法 -> the match of 说出
        """
        if not closers or closers[-1].end() != limit or not self.text.startswith(("，", ","), limit):
            return None
        opens = TOPIC_VERB_ADVERBS.match(self.text, limit + 1)
        return issue_words.discussion().match(self.text, opens.end())

    def reply_topic(self, s: Sentence, m, start: int, limit: int, closers: list) -> tuple[list[str], int, int] | None:
        """`二、关于X的问题，由区水务局排查…`: a topic opening its sentence (after a list
        item's mark at most), closed by a head noun right before the clause's comma, then a
        word handing it to someone (`issue_reply_handlers.txt`: 由, 请, 责成): a list of
        replies to what was raised names each matter so; (items, end of the head, marker)
        or None.  Not a topic in a clause of its own talk (关于X的问题，大家讨论很热烈), nor a
        matter written before in the report (raised there; the reply restates it).

        >>> # (a line after 现场答复如下：) 二、关于雨季门口水浸街的问题，由区水务局排查… -> 雨季门口水浸街
        """
        text = self.text
        head = closers[-1] if closers else None
        if head is None or head.end() != limit or limit >= s.end or text[limit] not in "，,":
            return None
        if not REPLY_OPENING.fullmatch(text, s.start, m.start()):
            return None
        if not pattern("issue_reply_handlers.txt", "(?:{})").match(text, limit + 1):
            return None
        end = run_start(text, [head])
        # (a matter written before in the report was raised there: the reply restates it,
        # 居民反映小区停车难…答复如下：一、关于停车难的问题，由…)
        items = [i for i in (split_items(text[start:end]) if end > start else []) if i not in text[:s.start]]
        return (items, head.end(), m.start()) if items else None

    def comma_topic(self, s: Sentence, m, start: int, limit: int) -> tuple[list[str], int, int] | None:
        """关于A，B和C的意见建议: a topic list whose items are joined by commas (as a
        repaired ASCII comma is) and closed by an opinion head noun clauses later;
        (items, end of the head, marker) or None.  Every piece before the last clause
        must be issue-shaped (`issue_piece`) and the last clause must join two or more
        such items (和/及/与/、: `split_items`), so a run of clauses (关于停车难，居民意见很大) is never a list.

        >>> # 听取居民关于停车难，加装电梯和道路积水的意见建议。 -> 停车难, 加装电梯, 道路积水
        """
        text = self.text
        pieces = [(start, limit)]
        pos = limit
        while pos < s.end and text[pos] in "，," and len(pieces) <= COMMA_TOPIC_PIECES:
            stop = CLAUSE_STOP.search(text, pos + 1, s.end)
            end = stop.start() if stop else s.end
            head = next((c for c in issue_words.closer().finditer(text, pos + 1, end) if c.group(0).endswith(words("issue_opinion_heads.txt"))), None)
            if head is None:
                pieces.append((pos + 1, end))
                pos = end
                continue
            last = split_items(text[pos + 1 : head.start()])  # (its items joined by 和/及/与/、)
            if len(last) < 2 and not self.closed_by_deng(pos + 1, head.start()) and not self.closed_by_de(pos + 1, head):
                return None
            if not last or not all(issue_piece(p) for p in last + [text[a:b] for a, b in pieces]):
                return None
            items = split_items(text[start : head.start()])
            if self.hearing(s, m.start()):
                items = [i for i in items if not theme(i)]
            return items, head.end(), m.start()
        return None

    def closed_by_de(self, start: int, head: re.Match) -> bool:
        """Is the last comma piece of a topic list, text[start:head.start()], one item
        closed by 的 and an opinion head (`OPINION_HEADS`: 停车难的意见建议) that states a
        problem or asks for a thing to be added or renewed (`states_problem`,
        `issue_items.renews`: 增设路灯, 加装电梯)?  The comma before it then separates two
        items (关于加装电梯，停车难的意见建议: an ASCII comma repaired to ，); a piece
        naming no matter (关于垃圾分类，各楼栋的意见) lists nothing.  Session 30.

        >>> # 关于加装电梯，停车难的意见建议 -> True at 停车难; 关于X，各楼栋的意见 -> False
        """
        piece = self.text[start : head.start()]
        return head.group(0).startswith("的") and issue_piece(piece) and (states_problem(piece) or renews(piece))

    def closed_by_deng(self, start: int, head: int) -> bool:
        """Does the last comma piece of a topic list, text[start:head], close the list with
        等 (+ a head noun: 小区停车难等问题的, 楼道堆放杂物等) and is it a noun phrase of
        its own (`issue_piece`: no raiser, act or marker opening a clause)?  Then the
        commas before it separate the list's items, as 、 would (an ASCII comma repaired
        to ，often stands there): 对加装电梯，小区停车难等问题的意见 lists two.  A clause with
        its own subject and verb (居民提出了X等) is no piece, and nothing is listed.
        Session 28 (a newcomer's report).

        >>> # 对加装电梯，小区停车难等问题的意见建议 -> True at 小区停车难等问题的
        """
        text = self.text
        closing = LIST_END.search(text, start, head) or next(
            (c for c in issue_words.closer().finditer(text, start, head + 1) if c.group(0).startswith("等")), None
        )
        return closing is not None and issue_piece(text[start : closing.start()])

    def hearing(self, s: Sentence, marker: int) -> bool:
        """Does the clause of `s` before a topic marker at `marker` hold a hearing verb
        (`issue_themes.tsv` hearing: 听取, 征求)?  The topic is then one asked about.

        >>> # "王明听取居民对社区治理的意见" at 对 -> True
        """
        clause = max([s.start, *(c.end() for c in CLAUSE_STOP.finditer(self.text, s.start, marker))])
        return bool(_hearing().search(self.text, clause, marker))

    def nominal_act(self, start: int, limit: int) -> tuple[int, int] | None:
        """(start of 的, end of the act) of a raising act of shape `any` used as a
        noun after 的 at the end of a topic's clause (关于X的反映。/ 就X的呼吁，);
        None when the clause does not end so.

        >>> # 听取居民关于架空线杂乱的反映。 -> the 的 before 反映 and the end of 反映
        """
        text = self.text
        for act, shape in issue_words.act_shapes().items():
            if shape == "any" and text.endswith("的" + act, start, limit):
                return limit - len(act) - 1, limit
        return None

    def laid_out(self, m, start: int) -> tuple[list[str], int, int] | None:
        """(items, end, act) when the relative head at `start` (after the act `m` and its 的)
        is the object of a disposal laid out before a colon (`laid_out_items`: 村支书把群众反映
        集中的事情一一摆了出来：A；B): the items after the colon; else None."""
        text = self.text
        opening = max([0, *(c.end() for c in CLAUSE_STOP.finditer(text, max(0, m.start() - DISPOSAL_SPAN), m.start()))])
        laid = laid_out_items().match(text, start)
        if not laid or not DISPOSED.search(text, opening, m.start()):
            return None
        end = self.items_end(laid.end())
        return self.after_head(laid.end(), end), end, m.start()

    def relative(self, m, start: int) -> tuple[list[str], int, int] | None:
        """居民反映的X等问题 / 居民投诉的X: the content follows 的; 大家反映的事情，他都记在
        本子上：A；B — the head noun, then a clause writing it down and a colon
        (`recorded_items`): the items after the colon."""
        text = self.text
        if rec := recorded_items().match(text, start):
            end = self.items_end(rec.end())
            return self.after_head(rec.end(), end), end, m.start()
        if laid := self.laid_out(m, start):
            return laid
        h = issue_words.head_then_items().match(text, start)
        if h:
            end = self.items_end(h.end())
            return self.after_head(h.end(), end), end, m.start()
        if self.matter_head(start):
            return None  # 把大家反映的事一一记在本子上: the relative clause's head, no content
        limit = CLAUSE_STOP.search(text, start)
        limit = limit.start() if limit else len(text)
        close = issue_words.closer().search(text, start, limit)
        stop = close.start() if close else limit
        if not close and (done := issue_words.reported_done().match(text[start:limit])) and done.start("mark") > 0:
            # 去年反映的A村至B村连接路塌方路段已经修复通车: no head noun; the matter reported
            # done closes the relative's content at its mark (a follow-up: the readable gold
            # files follow-ups, dev pb-11; session 56, diag222)
            stop = start + done.start("mark")
            return split_items(text[start:stop]), stop, m.start()
        if not close and m.group("act") not in words("issue_complaint_acts.txt"):
            return None
        if close and TALLY.match(text, close.end()):
            return None  # 解决群众反映的A、B等问题400余个: a tally of work done, not what was raised
        return split_items(text[start:stop]), stop, m.start()


    def matter_head(self, start: int) -> bool:
        """Is the word at `start`, right after a raising relative clause's 的, a plain noun
        of matters (`issue_matter_heads.txt`: 事, 事儿) as the analyser reads it?  Then it is
        the head the clause qualifies (大家反映的事一一记下), not the content; 事故, 事业 are
        other words.  Session 41 (FAULTS41_p146).

        >>> # "把大家反映的事一一记在本子上" at 事 -> True; "居民反映的事故多发路段" at 事 -> False
        """
        doc = self.content.raisers.doc
        analyse_spans(doc, [(start, min(len(self.text), start + 4))])
        heads = words("issue_matter_heads.txt")
        return any(t.start == start and t.word in heads for t in tokens_in(doc.ext.tokens, start, min(len(self.text), start + 4)))


def _pivot_on_person(tokens) -> bool:
    """Do `tokens` (a clause's words before a relative clause's 的 and the raiser it
    qualifies) hold a person the analyser names (PER) and after them a verb whose object
    is a person who then acts (`name_pivot_verbs.txt`: 让, 请, 安排)?  王明当即让随行的
    负责人记下: the raiser is the object the named person sets to act; the clause and
    what follows are that person's (a relative clause's own verb opens it with no name
    before: 陪同的村支书说).  Source: FAULTS36_p104.

    >>> from kg.analyse import Token
    >>> _pivot_on_person([Token("王明", "PER", 0, 2), Token("让", "v", 2, 3), Token("随行", "v", 3, 5), Token("的", "u", 5, 6)])
    True
    >>> _pivot_on_person([Token("陪同", "v", 0, 2), Token("的", "u", 2, 3)])
    False
    """
    pivots = words("name_pivot_verbs.txt")
    named = next((i for i, t in enumerate(tokens) if t.tag == "PER"), None)
    return named is not None and any(t.tag.startswith("v") and t.word in pivots for t in tokens[named + 1 :])


RECORD_CLAUSE = 12  # the characters of the recording clause before its verb (他都一笔一笔)


@cache
def recorded_items() -> re.Pattern:
    """A raising's head noun (`issue_words.heads`), a comma, and a clause writing it down
    (`issue_record_verbs.txt`: 记在本子上, 一一记下) closed by a colon: 居民反映的问题，
    他一一记下：A；B.  The match ends after the colon, where the raised items begin;
    a clause doing anything else with them (答复, 解释) is no match: its colon opens the
    officials' own words.  Source: FAULTS36_p104.

    >>> bool(recorded_items().match("事情，他都一笔一笔记在本子上：路灯坏了")), bool(recorded_items().match("问题，他逐一作了答复：将尽快维修"))
    (True, False)
    """
    verbs = alternation(words("issue_record_verbs.txt"))
    return re.compile(
        f"(?:{issue_words.heads()})[，,][^，,。；;：:]{{0,{RECORD_CLAUSE}}}?(?:{verbs})[^，,。；;：:]{{0,8}}?[：:]"
    )


@cache
def laid_out_items() -> re.Pattern:
    """A raising's head noun (`issue_words.heads`), adverbs of one clause and a verb laying it
    out (`issue_layout_verbs.txt`: 摆, 列; or a speech verb, `issue_speech_verbs.txt`) with its
    complement, closed by a colon: 群众反映的事情|一一摆了出来：A；B.  The head is the object of a
    disposal before the relative clause (把, `DISPOSED`); the match ends after the colon, where
    the raised items begin (session 39, p138).

    >>> bool(laid_out_items().match("事情一一摆了出来：路灯坏了")), bool(laid_out_items().match("事情一一解决了：路灯修好了"))
    (True, False)
    """
    verbs = alternation([*words("issue_layout_verbs.txt"), *words("issue_speech_verbs.txt")])
    return re.compile(f"(?:{issue_words.heads()})[^，,。；;：:]{{0,6}}?(?:{verbs})了?(?:出来|出|开)?了?[：:]")


# the disposal of a relative head (把群众反映的事情…): a disposal marker in the clause before it
DISPOSED = re.compile("|".join(map(re.escape, words("disposal_markers.txt"))))
DISPOSAL_SPAN = 16  # characters before the relative's act searched for the clause's opening


@cache
def _light_verb() -> re.Pattern:
    light = "|".join(map(re.escape, kind_words("issue_light_verbs.tsv", "light")))
    manner = "|".join(map(re.escape, kind_words("issue_light_verbs.tsv", "manner")))
    return re.compile(f"(?:{light})了?(?:(?:{manner})[的地]?)*$")


def light_verb_start(text: str, start: int, end: int) -> int:
    """Where a light verb and its manner words (`issue_light_verbs.tsv`: 进行了深入) ending
    text[start:end] open, or `end` when there is none: the topic before a discussion verb
    ends there (就小区停车管理进行了深入交流 -> 小区停车管理).  Session 23's generated forums.

    >>> t = "就小区停车管理进行了深入交流"
    >>> t[1 : light_verb_start(t, 1, 12)], light_verb_start("就停车难交流", 1, 4), light_verb_start("就社区工作交流", 1, 5)
    ('小区停车管理', 4, 5)
    """
    m = _light_verb().search(text, start, end)
    return m.start() if m and m.start() > start else end


DOCUMENT_SPAN = 12  # the characters naming a plan or text before its noun (本市“十四五”规划)


THEME_JOINS = re.compile(r"[和及与、]")  # fields of work joined in one topic


@cache
def _theme() -> re.Pattern:
    units = "|".join(map(re.escape, kind_words("issue_themes.tsv", "unit")))
    fields = "|".join(map(re.escape, kind_words("issue_themes.tsv", "field")))
    documents = "|".join(map(re.escape, kind_words("issue_themes.tsv", "document")))
    drafting = "|".join(map(re.escape, kind_words("issue_themes.tsv", "drafting")))
    levels = "|".join(map(re.escape, kind_words("issue_themes.tsv", "level")))
    seasons = "|".join(map(re.escape, kind_words("issue_themes.tsv", "season")))
    farming = "|".join(map(re.escape, kind_words("issue_themes.tsv", "farming")))
    return re.compile(f"(?:(?:{seasons})的?)?(?:{levels})?(?:{units})(?:{fields})+|(?:{farming})(?:{fields})*"
                      f"|[^，,。；]{{0,{DOCUMENT_SPAN}}}(?:{documents})(?:{drafting})?")


@cache
def _hearing() -> re.Pattern:
    return compile_words(kind_words("issue_themes.tsv", "hearing"))


def issue_piece(piece: str) -> bool:
    """Is one comma piece of a topic list issue-shaped: a short noun or verb phrase
    (2-10 characters, Han only) holding no clause of its own: no raiser (居民), no
    raising act or discussion verb, no official's act and no topic marker?

    >>> issue_piece("小区停车难"), issue_piece("加装电梯"), issue_piece("居民意见很大")
    (True, True, False)
    """
    if not ISSUE_PIECE.fullmatch(piece):
        return False
    clause_words = (
        issue_words.raisers_only().pattern,
        issue_words.act_words().pattern,
        issue_words.discussion().pattern,
        issue_words.official_acts().pattern,
        issue_words.topic_markers().pattern,
    )
    return not any(re.search(w, piece) for w in clause_words)


def theme(item: str) -> bool:
    """Does `item` name only a whole unit's or a period's field of work (`issue_themes.tsv`:
    社区治理, 城市管理工作, 乡村振兴, 今年工作), or a plan or text of government
    (`issue_themes.tsv` document: 五年规划, 条例草案)?  A topic so named is what a talk
    was about, not a matter raised (session 22; periods and documents session 26); a
    field of something named (小区绿化建设) is one.

    >>> theme("社区治理"), theme("乡村振兴工作"), theme("小区绿化建设"), theme("新兴领域党建")
    (True, True, False, False)
    >>> theme("今年工作"), theme("本市五年规划"), theme("全市五年规划编制"), theme("停车难")
    (True, True, True, False)
    >>> theme("区政府工作"), theme("县政府服务"), theme("市场管理")
    (True, True, False)

    The season the work is heard about in may open it (`issue_themes.tsv` season: 入冬后社区服务,
    汛期村庄管理); a matter of the season stays one (冬季供暖): session 46 (fprec).

    >>> theme("入冬后社区服务"), theme("汛期的村庄管理"), theme("冬季供暖"), theme("冬季道路结冰")
    (True, True, False, False)

    A season of farm work named by its work (`issue_themes.tsv` farming: 春耕生产, 秋收) and the
    village with its groups (村组建设) are such fields too: session 60 (qa60).

    >>> theme("春耕生产"), theme("秋收"), theme("村组建设"), theme("春耕用水难")
    (True, True, True, False)

    Fields joined by 和/及/与 are fields (春耕生产和村组建设); one matter among them is not.

    >>> theme("春耕生产和村组建设"), theme("社区治理和停车难")
    (True, False)
    """
    if _theme().fullmatch(item):
        return True
    parts = THEME_JOINS.split(item)
    return len(parts) > 1 and all(_theme().fullmatch(p) for p in parts)


@cache  # built once: it was rebuilt (a lexicon's alternation escaped and sorted) at each call
def _account_words() -> re.Pattern:
    """A problem word, a concession marker or a request marker, anywhere: what an
    account's clause needs to be raised (see `RaisingFrames._account_counts`;
    `IssueReader.problems` keeps what an account asks for).  The request markers
    cost the tagger five clauses more on the seed (0.93x main's reports per
    CPU-second); leaving them out changed what check scored (2 more wrong issues),
    so the skip stays exact."""
    return compile_words((*words("issue_problem_words.txt"), *words("issue_problem_ends.txt"), *kind_words("issue_clause_markers.tsv", "contrast", "contrast-within", "request")))


# characters read after a bare speech verb to tell whether its content opens there
OPENS_AFTER_SPAN = 6
# LAC tags of a word that opens a clause's content (a thing, a place, a person, a number,
# a time, a locative), never the second half of a compound with 说 (说服/v, 说明/v)
CONTENT_OPENING_TAGS = frozenset({"n", "nz", "nw", "s", "f", "r", "m", "q", "t", "LOC", "ORG", "PER", "TIME"})


def word_opens_after(text: str, pos: int, limit: int) -> bool:
    """Does the content of a bare 说 open at `pos`: the analyser, reading the text from
    there on its own (at most `OPENS_AFTER_SPAN` characters, not past `limit`), opens a
    word of a content tag there (`CONTENT_OPENING_TAGS`)?  In context LAC may glue 说 to
    the next character (他/说楼/前/电线杆/歪了: 说楼 one word); read alone, 楼/n opens the
    speech, while after 说服 and 说明 the character left is a verb or adjective's (服/v).
    Session 54 (an opened probe's meeting report).  Never raises.

    >>> word_opens_after("他说楼前电线杆歪了。", 2, 10), word_opens_after("他说服大家。", 2, 6)
    (True, False)
    """
    end = min(limit, pos + OPENS_AFTER_SPAN)
    if end - pos < 2:
        return False
    toks = tokenize(text, [(pos, end)])
    return bool(toks) and toks[0].start == pos and toks[0].tag in CONTENT_OPENING_TAGS
