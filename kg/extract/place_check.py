"""Registered places the lexical analyser reads as a clause, not a name.

The suffix grammar (`kg.extract.place_parse`, `place_segments`) ends a place at its type word and
starts it after a stop word or punctuation; where a verb, a person or a
time runs into the name window, it registers a clause that happens to end
in a type word: `离开王楼村`, `来自运河新村`, `由街道`, `镇党委书记林某走村`,
`区人大代表进站`, `粤ICP备…号`, `青岚区副区` (cut out of `青岚区副区长`).
The analyser (LAC, `kg.analyse`) tells these apart from real names holding
verb morphemes (`建设村`, `解放路社区`, `胜利街道` are one LOC word): in a
junk place a clause word (a verb, preposition, adverb, time, person...)
stands inside the written span, or a word runs on past its end.

`check_places` runs once per report, after visits and issues are read, on
the places no fact stands at (a place told only in passing); a visited
place or an issue's place is never dropped, only renamed when the name
after the clause word is a place (`离开王楼村` -> `王楼村`).
"""

from __future__ import annotations

import re

from kg.analyse.component import analyse_spans, tokens_in
from kg.extract.lexicons import words
from kg.extract.place_suffixes import ADMIN, PlaceChunk, suffix_at
from kg.extract.place_proper_part import is_named, word_named_unit
from kg.extract.place_segments import segment
from kg.extract.place_parse import parse_at
from kg.extract.places import PlaceRegistry
from kg.extract.sentences import CLAUSE_END

# LAC tags of words that never stand inside a place's name: verbs and adverbs,
# prepositions, conjunctions, pronouns, particles, times, persons
CLAUSE_TAGS = frozenset({"v", "vd", "d", "ad", "p", "c", "r", "u", "xc", "TIME", "PER", "t", "q"})
# a word running on past the place's end that is itself a name (青岚区副区|长 is not)
NAME_TAGS = frozenset({"LOC", "ORG"})
CONTEXT = 4  # characters read on either side of a place, so the analyser sees its words whole
# LAC tags of a word telling a spot, a locative (前, 旁, 里) or a place word (门口, 窗口):
# a verb right after one is done there (窗口前|排队), no place's name (clause_cut)
SPOT_TAGS = frozenset({"f", "s"})
# LAC tags of a verb opening an act done on a work (验收/v 民生项目, 验收/vn 项目)
ACT_TAGS = frozenset({"v", "vn", "vd"})


def clause_reading(tokens, start: int, end: int) -> tuple[bool, int, int]:
    """How the analyser reads the place written at text[start:end]:
    (junk, name_start, name_end).  `junk` is True when a clause word
    (`CLAUSE_TAGS`) stands inside the span or a word that is no name runs
    on past its end (`副区长` after `青岚区副区`); the name that may be left
    is then text[name_start:name_end]: after the last clause word, before
    the word running on (empty when nothing is left).  (False, start, end)
    for a name the analyser reads as one.  `tokens` cover the span, sorted.

    >>> from kg.analyse import Token
    >>> toks = [Token("离开", "v", 0, 2), Token("王楼村", "LOC", 2, 5)]
    >>> clause_reading(toks, 0, 5)
    (True, 2, 5)
    """
    inside = [t for t in tokens if t.end > start and t.start < end]
    if not inside:
        return False, start, end
    last = inside[-1]
    cut = end
    if last.end > end and last.tag not in NAME_TAGS and last.start > start:
        cut = last.start  # the place ended inside a word (青岚区|副区长): the name, if any, is before it
        inside = inside[:-1]
    clause = [t for t in inside if t.tag in CLAUSE_TAGS and t.start >= start]
    if not clause:
        return cut < end, start, cut
    return True, min(clause[-1].end, cut), cut


def reads_as_clause(tokens, text: str, start: int, end: int) -> bool:
    """Is the place written at text[start:end] a clause to the analyser
    (`clause_reading` junk), unless every clause word lies in the name part of
    its last segment and that segment is a unit a common word names
    (`place_proper_part.word_named_unit`: 建设/v 村, 团结/v 社区)?  The grammar decides
    such a name; the analyser's verb there is the name's word.  Callers: the
    heading-line stops (`visits.heading_stop_visits`) and `check_places`.
    `tokens` cover the span, sorted.

    >>> from kg.analyse import Token
    >>> reads_as_clause([Token("建设", "v", 0, 2), Token("村", "n", 2, 3)], "建设村", 0, 3)
    False
    >>> reads_as_clause([Token("扎根", "v", 0, 2), Token("社区", "n", 2, 4)], "扎根社区", 0, 4)
    True
    """
    junk, _, to = clause_reading(tokens, start, end)
    if not junk:
        return False
    segs = segment(text[start:end])
    leaf = segs[-1].text if segs else ""
    if to != end or not text.endswith(leaf, start, end) or not word_named_unit(leaf):
        return True
    leaf_at = end - len(leaf)
    return any(t.tag in CLAUSE_TAGS and t.start < leaf_at for t in tokens if t.end > start and t.start < end)


def clause_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The window the analyser reads around a place written at text[start:end]:
    `CONTEXT` characters on either side, not past the clause's edges, so it
    sees the words at the place's ends whole.

    >>> clause_window("居民说，区长王明来到青山村。", 10, 13)  # 青山村
    (6, 13)
    """
    a, b = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    for m in CLAUSE_END.finditer(text, a, start):
        a = m.end()
    stop = CLAUSE_END.search(text, end, b)
    return a, stop.start() if stop else b


def analysed_around(doc, start: int, end: int) -> list:
    """The analyser's tokens of the place written at text[start:end] and its
    clause window (`clause_window`), analysing it now if no step has."""
    a, b = clause_window(doc.text.text, start, end)
    analyse_spans(doc, [(a, b)])
    return tokens_in(doc.ext.tokens, a, b)


def _named_by_analyser(tokens, start: int, end: int) -> bool:
    """Do the analyser's name words (`NAME_TAGS`) cover text[start:end],
    starting at `start` (王楼村/LOC after 离开/v)?  A word may run on past
    `end` (霞东县|人民政府 is one ORG word)."""
    words = [t for t in tokens if t.end > start and t.start < end]
    return bool(words) and words[0].start == start and all(t.tag in NAME_TAGS for t in words)


def _span(text: str, node) -> tuple[int, int] | None:
    """Where the node is written: its longest written form at its first
    offset, else the first occurrence of its name."""
    forms = sorted(node.written | {node.name}, key=len, reverse=True)
    for w in forms:
        if text.startswith(w, node.first):
            return node.first, node.first + len(w)
    at = text.find(node.name)
    return (at, at + len(node.name)) if at >= 0 else None


def check_places(doc, used: set[int]) -> set[int]:
    """The ids of registered places to leave out of the graph: places no
    fact stands at (`used`: visited places and issues' places; their
    ancestors and any place with a place left in the graph inside it are kept
    too, `holders_of_kept`) whose
    written span the analyser reads as a clause (`clause_reading`).  A
    junk place whose words after the clause word name a place
    (`离开王楼村`: the analyser's name words, `_named_by_analyser`) is
    renamed to that name and kept, unless the report registers that place
    already.  Places in `used` are never read here: the frames that put a
    fact there read their words already; a place with a place inside it
    (`青岚区副区` above a visited community) may be renamed (`青岚区`),
    never left out.

    An ancestor written inside the span of a fact's place (经八路街道 of
    `来到经八路街道红专路社区`, the frame reading the whole chain) is not read
    either: that frame read its words too (the analyser's 经/p there is the
    road's name, not "via").  Source: NEWC46.

    `doc.ext.places` is the registry; tokens are read on demand
    (`analyse_spans`).  Returns a set of node ids; mutates renamed nodes.

    >>> check_places(doc, {0})  # doctest: +SKIP
    {3}
    >>> # node 3 was 区人大代表进站 (a clause); node 2, 离开柳溪村, is now named 柳溪村
    """
    registry: PlaceRegistry = doc.ext.places
    text = doc.text.text
    keep = set()  # places that stay whatever their words: a fact's place, its ancestors
    for pid in used:
        keep |= registry.ancestors(pid)
    read_with = {}  # an ancestor of a fact's place -> the spans of its facts' places, read whole by their frames
    for pid in used:
        if (fact_span := _span(text, registry.nodes[pid])) is not None:
            for ancestor in registry.ancestors(pid) - {pid}:
                read_with.setdefault(ancestor, []).append(fact_span)
    spans = {}  # place id -> (start, end, its context window's start, end)
    for node in registry.nodes:
        if node.id in used:
            continue  # a fact stands there: the frame that put it there read its words already
        span = _span(text, node)
        if span and any(a <= span[0] and span[1] <= b for a, b in read_with.get(node.id, ())):
            continue  # 经八路街道 of 经八路街道红专路社区: written in the fact's place, read with it
        if span:
            s, e = span
            spans[node.id] = (s, e, max(0, s - CONTEXT), min(len(text), e + CONTEXT))
    if not spans:
        return set()
    analyse_spans(doc, [clause_window(text, s, e) for s, e, _, _ in spans.values()])
    tokens = doc.ext.tokens
    names = {n.name for n in registry.nodes}
    hidden = set()
    for pid, (s, e, a, b) in spans.items():
        around = tokens_in(tokens, a, b)
        if not reads_as_clause(around, text, s, e):
            continue  # (建设村: the analyser's verb is the unit's name)
        junk, at, to = clause_reading(around, s, e)
        node = registry.nodes[pid]
        rest = text[at:to]
        segs = segment(rest) if rest else None  # the grammar too must read a named place (not 区 of 区人大)
        # the rename names the same place, so its last unit is of the node's level: 青岚区副区 -> 青岚区,
        # but 哈尔滨市道里区委, read 道里/区委, is no estate 哈尔滨市道里 (里 a type word only of estates)
        if segs and is_named(segs) and segs[-1].level == registry.nodes[pid].level and rest not in names \
                and _named_by_analyser(around, at, to):
            node.written = {rest}
            node.name = rest
            names.add(rest)
        elif pid not in keep:
            hidden.add(pid)
    return hidden - holders_of_kept(registry, hidden)


def holders_of_kept(registry: PlaceRegistry, hidden: set[int]) -> set[int]:
    """The places of `hidden` (ids `check_places` reads as a clause) that a place
    left in the graph lies in, at any depth: the graph keeps them, or a kept place
    would lie in none.  A place whose only places inside are hidden too is not kept
    for them: 还有村 holding 民说村 (还有村民说村里…, both clauses) goes with it.
    Before session 54 any place another lay in was kept, hidden or not.
    Source: session 54, places54.

    >>> r = PlaceRegistry(); leaf = r.add(PlaceChunk(0, 5, segment("柳溪镇黄家村")))
    >>> town = r.nodes[leaf].parent
    >>> holders_of_kept(r, {town}) == {town}, holders_of_kept(r, {town, leaf})
    (True, set())
    """
    held = set()
    for node in registry.nodes:
        if node.id not in hidden:
            held |= registry.ancestors(node.id) - {node.id}
    return held & hidden


def act_named_work(doc, chunk) -> bool:
    """Is `chunk` a work named only by the act or service it provides: one segment,
    a work's type word (`place_work_words.txt`: 项目, 工程), and a name the analyser
    opens with a verb or verbal noun (饮水/vn 工程, 供水/vn 项目, 硬化/v 工程)?  The
    object of 将/把 (将饮水工程纳入计划) is then a thing handled, no place; a work named
    for a place (青枫大桥工程) stays.  In a chain (石屏村饮水工程) the caller asks of
    the leaf alone (`handled_place`).  Session 25.

    >>> act_named_work(doc, chunk)  # doctest: +SKIP
    True
    >>> # chunk was 饮水工程 in 将饮水工程纳入明年计划
    """
    if len(chunk.segments) != 1 or not chunk.leaf.text.endswith(words("place_work_words.txt")):
        return False
    opening = next((t for t in analysed_around(doc, chunk.start, chunk.end) if t.start == chunk.start), None)
    return opening is not None and opening.tag in ACT_TAGS and opening.end < chunk.end


def handled_place(doc, chunk: PlaceChunk) -> PlaceChunk | None:
    """The place the object of a disposal marker (将/把, `disposal_markers.txt`) names.
    A work named only by the act or service it provides is a thing handled, no place
    (`act_named_work`): alone it names none (将饮水工程纳入计划 → None); after the place
    it belongs to, the place is named and the work is not (将李家村饮水工程纳入计划 →
    李家村: the work is the village's, no site of it).  Any other object is kept as
    read (将青枫大桥工程纳入计划, 把X小区作为试点).  Source: PLACES31 (a place
    `饮水工程` under the village in the disposal shape), extending session 25.

    >>> handled_place(doc, chunk).text  # doctest: +SKIP
    '李家村'
    >>> # chunk was 李家村饮水工程 in 将李家村饮水工程纳入计划
    """
    if len(chunk.segments) == 1:
        return None if act_named_work(doc, chunk) else chunk
    leaf = PlaceChunk(chunk.end - len(chunk.leaf.text), chunk.end, (chunk.leaf,))
    if doc.text.text[leaf.start:leaf.end] != chunk.leaf.text or not act_named_work(doc, leaf):
        return chunk  # (the leaf is not written as read: a bracketed parent, a shared word)
    return PlaceChunk(chunk.start, leaf.start, chunk.segments[:-1])


def acts_on_works(doc, places: set[int]) -> dict[int, int]:
    """Sites among `places` (the ids of visited places) that are an act done on
    a work, not a place: a work's type word (`place_work_words.txt`: 项目, 工程)
    whose own name, in a parent place, opens with a word the analyser reads as
    a verb and holds no named place after it (到翠湖社区|验收/v 民生项目, 回访民生工程:
    the stop is 翠湖社区).  A work named for a place (青枫大桥建设工程) opens
    with the place's name and stays.  Returns {site id: its parent's id}; the
    caller moves the site's visits and issues to the parent.  Tokens are read
    on demand (`analyse_spans`), only for such sites.

    >>> acts_on_works(doc, {4})  # doctest: +SKIP
    {4: 2}
    >>> # node 4 was 验收民生项目 in 翠湖社区 (node 2)
    """
    registry: PlaceRegistry = doc.ext.places
    text = doc.text.text
    spans = {}  # site id -> where its own name is written
    found = {}
    for pid in places:
        node = registry.nodes[pid]
        if node.level != "site" or node.parent is None or not node.name.endswith(words("place_work_words.txt")):
            continue
        parent = registry.nodes[node.parent].name
        own = node.name[len(parent):] if node.name.startswith(parent) and len(node.name) > len(parent) else node.name
        if work_of_place(text, parent, own):
            found[pid] = node.parent  # 青塔胡同的架空线入地工程: the lane's work; the stop is the lane
            continue
        at = text.find(own, node.first)
        at = at if at >= 0 else text.find(own)
        if at >= 0:
            spans[pid] = (at, at + len(own))
    if not spans:
        return found
    windows = []
    for s, e in spans.values():
        a = max(0, s - CONTEXT)
        for m in CLAUSE_END.finditer(text, a, s):
            a = m.end()
        windows.append((a, e))
    analyse_spans(doc, windows)
    for pid, (s, e) in spans.items():
        opening = next((t for t in tokens_in(doc.ext.tokens, s, e) if t.start == s), None)
        if opening is None or opening.tag not in ACT_TAGS or opening.end >= e:
            continue
        rest = segment(text[opening.end:e])
        if not (rest and is_named(rest)):
            found[pid] = registry.nodes[pid].parent
    return found


def work_of_place(text: str, place: str, work: str) -> bool:
    """Is the work `work` (a site's own name ending in a work's type word,
    `place_work_words.txt`: 项目, 工程) written as the work of the place `place`, its
    parent: `place` then 的 then the work (青塔胡同的架空线入地工程), with no count
    between (X镇的两个民心工程)?  Then the work is something done in the place (a
    project the officials inspect there, named bare in the lede: 检查架空线入地工程),
    and the stop is the place, however the work's own name opens (`acts_on_works`
    asks of a verb only).  Source: session 56, names56 (p212: a lane's project, written
    after the lane, hid the lane as a stop).

    >>> work_of_place("槐花胡同的架空线入地工程刚完工", "槐花胡同", "架空线入地工程")
    True
    >>> work_of_place("检查架空线入地工程", "槐花胡同", "架空线入地工程")
    False
    """
    return bool(place) and f"{place}的{work}" in text


# a one-character type word is what most often ends a clause the grammar reads as a name (交由镇, 排队):
# only places ending in one are read here, so the analyser reads few extra spans
SHORT_TYPE = 1


def container_locative(tokens, start: int, end: int) -> bool:
    """Is the leaf written at text[start:end] a common noun and the locative after it
    (`蒙古包/n 里/f`, `手机/n 里/f`, `胡同/n 里/f`: "in the yurt, in the phone"), as the
    analyser reads it?  A lane or estate named X里 has a name before its 里 (`宝康/LOC 里/f`,
    `幸福/an 里/f`) or is one name word (`泰兴里/LOC`); a thing's or room's common noun is
    none, however the type-word list reads its last character.  `tokens` cover the leaf.

    >>> from kg.analyse import Token
    >>> toks = [Token("围坐", "v", 0, 2), Token("在", "p", 2, 3), Token("蒙古包", "n", 3, 6), Token("里", "f", 6, 7)]
    >>> container_locative(toks, 3, 7)
    True
    >>> container_locative([Token("在", "p", 0, 1), Token("宝康", "LOC", 1, 3), Token("里", "f", 3, 4)], 1, 4)
    False
    >>> container_locative([Token("来到", "v", 0, 2), Token("群英", "n", 2, 4), Token("里", "f", 4, 5)], 2, 5)
    False
    """
    inside = [t for t in tokens if t.end > start and t.start < end]
    if not (len(inside) == 2 and inside[0].start == start and inside[-1].end == end
            and inside[-1].end - inside[-1].start == SHORT_TYPE and inside[-1].tag == "f"
            and inside[0].tag in COMMON_NOUN_TAGS):
        return False
    # the locative frame inside a clause: a preposition right before the noun, after a word of
    # its own clause (围坐/v 在/p 蒙古包, 就/d 把/p 手机); a lane is the object of a visit verb
    # (来到群英里) or opens its clause (在光明里，居民…), where a name is as likely
    before = [t for t in tokens if t.end <= start]
    return len(before) >= 2 and before[-1].end == start and before[-1].tag == "p" and before[-2].tag not in ("w",)


def named_as_unit(text: str, name: str) -> bool:
    """Does the report write `name` (a lane's X里) with a unit's type word right after it
    somewhere (`光明里社区`, `文化里小区`)?  Then it is a name there, whatever the analyser makes
    of its words alone (文化/n 里/f: a lane may be named by a common word).

    >>> named_as_unit("来到光明里社区。在光明里，居民说", "光明里"), named_as_unit("围坐在蒙古包里，", "蒙古包里")
    (True, False)
    >>> named_as_unit("光明里的小区", "光明里")
    False
    """
    at = text.find(name)
    while at >= 0:
        after = at + len(name)
        # (the type word must start right at the name's end: 光明里的小区 names no 光明里 unit)
        if any((hit := suffix_at(text, end)) and end - hit[0] == after for end in range(after + 2, min(len(text), after + 4) + 1)):
            return True
        at = text.find(name, at + 1)
    return False


# LAC tags of a common noun (no name, no place word): 手机/n, 蒙古包/n
COMMON_NOUN_TAGS = frozenset({"n"})


# a numbered part of an estate (二期, 3期) as the type-word list reads it
NUMBERED_PHASE = re.compile(r"[一二三四五六七八九十\d]+期$")


def counted_verb_cut(tokens, text: str, chunk: PlaceChunk) -> PlaceChunk | None:
    """A place whose last segment is a numbered estate part (`N期`, a phase: 碧桂园二期) whose
    name before the number the analyser reads as one verb (`在杨柳村举办/v 一期/m 培训班`: to
    hold one session), a count after a verb, no phase: the chunk cut back to the places
    before it, or None when it held no other.  `chunk` unchanged otherwise (碧桂园/ORG 二期/m:
    the estate's own name).  `tokens` cover the chunk.  Session 54, diag213 (FAULTS_p213:
    a training session planned at a village read as the village's phase 举办一期).

    >>> from kg.analyse import Token
    >>> toks = [Token("在", "p", 0, 1), Token("杨柳村", "LOC", 1, 4), Token("举办", "v", 4, 6), Token("一期", "m", 6, 8)]
    >>> counted_verb_cut(toks, "在杨柳村举办一期培训班", PlaceChunk(1, 8, segment("杨柳村举办一期"))).text
    '杨柳村'
    >>> toks = [Token("来到", "v", 0, 2), Token("碧桂园", "ORG", 2, 5), Token("二期", "m", 5, 7)]
    >>> counted_verb_cut(toks, "来到碧桂园二期", PlaceChunk(2, 7, segment("碧桂园二期"))).text
    '碧桂园二期'
    """
    leaf = chunk.leaf.text
    number = NUMBERED_PHASE.search(leaf)
    if number is None or number.start() == 0 or text[chunk.end - len(leaf):chunk.end] != leaf:
        return chunk
    name_start, name_end = chunk.end - len(leaf), chunk.end - len(leaf) + number.start()
    inside = [t for t in tokens if t.end > name_start and t.start < name_end]
    if not (len(inside) == 1 and inside[0].start == name_start and inside[0].end == name_end and inside[0].tag == "v"):
        return chunk
    if len(chunk.segments) == 1:
        return None
    return PlaceChunk(chunk.start, name_start, chunk.segments[:-1])


def clause_cut(tokens, text: str, chunk: PlaceChunk) -> PlaceChunk | None:
    """A place the grammar read where a visit or a presence needs one
    (`在X`, `将X`, a visit verb's object), as the analyser reads its words.
    A place written with a one-character type word that is no name:
    * its name part holds only clause words (`CLAUSE_TAGS`), or a preposition
      (`记者/n 从/p 区住建局/ORG`: 记者从区), and its type word opens a name word of
      the analyser's (`交/v 由/p 镇政府/ORG`: 交由镇) -> None;
    * its type word ends a verb that starts after a place of its own
      (`长者/n 食堂/n 排队/v`: 长者食堂排队) -> the chunk cut to that place.
    `chunk` unchanged otherwise, or when the analyser reads a name (枫木/LOC
    冲村/v: the name part holds a name).  `tokens` cover the chunk's clause.

    >>> from kg.analyse import Token
    >>> t = "将交由镇政府办理"
    >>> toks = [Token("将", "d", 0, 1), Token("交", "v", 1, 2), Token("由", "p", 2, 3), Token("镇政府", "ORG", 3, 6)]
    >>> clause_cut(toks, t, PlaceChunk(1, 4, segment("交由镇"))) is None
    True
    >>> t = "在长者食堂排队打饭"
    >>> toks = [Token("在", "p", 0, 1), Token("长者", "n", 1, 3), Token("食堂", "n", 3, 5), Token("排队", "v", 5, 7)]
    >>> clause_cut(toks, t, PlaceChunk(1, 7, segment("长者食堂排队"))).text
    '长者食堂'

    A village, community or town whose own name of two characters or more
    the analyser reads with its type word as one verb (柳溪镇|团结村/v) stays whole:

    A verb after a locative or a place word (`SPOT_TAGS`: 窗口/s 前/f 排队/v) is done at
    that spot, its type word the verb's object: no place at all.

    >>> t = "在窗口前排队"
    >>> toks = [Token("在", "p", 0, 1), Token("窗口", "s", 1, 3), Token("前", "f", 3, 4), Token("排队", "v", 4, 6)]
    >>> clause_cut(toks, t, PlaceChunk(1, 6, segment("窗口前排队"))) is None
    True

    A one-character verb read as one word with the type word (人大代表|进站/v) takes it as
    its object: no place.

    >>> t = "代表进站接待"
    >>> toks = [Token("代表", "n", 0, 2), Token("进站", "v", 2, 4), Token("接待", "v", 4, 6)]
    >>> clause_cut(toks, t, PlaceChunk(0, 4, segment("代表进站"))) is None
    True

    >>> t = "来到柳溪镇团结村，"
    >>> toks = [Token("来到", "v", 0, 2), Token("柳溪镇", "LOC", 2, 5), Token("团结村", "v", 5, 8)]
    >>> clause_cut(toks, t, PlaceChunk(2, 8, segment("柳溪镇团结村"))).text
    '柳溪镇团结村'
    >>> toks = [Token("来到", "v", 0, 2), Token("江湾街道", "LOC", 2, 6), Token("汇成三村", "v", 6, 10)]
    >>> clause_cut(toks, "来到江湾街道汇成三村，", PlaceChunk(2, 10, segment("江湾街道汇成三村"))).text
    '江湾街道汇成三村'
    """
    first, leaf = chunk.segments[0], chunk.leaf
    hit = suffix_at(first.text, len(first.text))
    if hit and hit[0] == SHORT_TYPE and len(first.text) > SHORT_TYPE:
        type_at = chunk.start + len(first.text) - SHORT_TYPE
        part = [t for t in tokens if t.end > chunk.start and t.start < type_at]
        named = next((t for t in tokens if t.start < type_at + SHORT_TYPE <= t.end), None)
        # (or a name part the analyser cuts at a preposition: 记者/n 从/p 区住建局/ORG, 记者从区)
        if (part and part[0].start == chunk.start and part[-1].end == type_at
                and (all(t.tag in CLAUSE_TAGS for t in part) or any(t.tag == "p" for t in part))
                and named is not None and named.start == type_at and named.tag in NAME_TAGS):
            return None
    hit = suffix_at(leaf.text, len(leaf.text))
    if not hit or hit[0] != SHORT_TYPE:
        return chunk
    if container_locative(tokens, chunk.end - len(leaf.text), chunk.end) and not named_as_unit(text, leaf.text):
        return None  # 蒙古包/n 里/f, 手机/n 里/f: in a thing, no lane named 里 (宝康/LOC 里)
    verb = next((t for t in tokens if t.start < chunk.end <= t.end), None)
    if verb is None or verb.tag != "v" or verb.start <= chunk.start or verb.end != chunk.end:
        return chunk
    if verb.start == chunk.end - len(leaf.text) and (leaf.level in ADMIN or leaf.type == "HousingEstate") and len(leaf.text) - hit[0] >= 2:
        # 柳溪镇|团结村/v: a unit named by a verb, read whole as one word, is that unit (not 长者食堂|排队);
        # so is a numbered estate written as a village (江湾街道|汇成三村/v: place_segments._numbered_estates)
        return chunk
    before = segment(text[chunk.start:verb.start])
    if not before and parse_at(text, chunk.start, verb.start) is None:
        # 在窗口前|排队/v的搬迁户: no place at all before the verb that holds the type word
        # (窗口前 has no type word of its own; 枫丹家园南|一弄 holds 枫丹家园) -> a clause, no
        # place.  Source: PLACE33 (p93: a resident queueing at a counter made a stop, which
        # then held a forum's issues)
        return None
    if not before or "".join(s.text for s in before) != text[chunk.start:verb.start]:
        # 窗口/s 前/f 排队/v: a verb done at a spot written by a locative or a place word,
        # its type word the verb's object (排队, 站队, 进村), is no name and holds none
        # (LEFT33 item 2); a name part the analyser reads otherwise stays (枫木/LOC 冲村/v)
        spot = next((t for t in reversed(tokens) if t.end == verb.start), None)
        if spot is not None and spot.start >= chunk.start and spot.tag in SPOT_TAGS:
            return None
        if verb.end - verb.start == SHORT_TYPE + 1:
            # 人大代表|进站/v: a one-character verb read as one word with the type word, its
            # object; the words before name no place whole (session 41, p137-01's headline)
            return None
        return chunk
    return PlaceChunk(chunk.start, verb.start, before)
