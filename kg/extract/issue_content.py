"""Content shapes: what a raising act's content looks like in the genre.

A topic list closed by 等 + head noun; items after a head noun (read across ；？
up to the end of the full sentence); a clause (居民反映，楼道灯坏了) cut into
short complaints; a quotation after a colon or before its speaker (“…”一位村民说);
一是…二是…; a table's column of raised issues (`ContentReader.table_items`,
`header_table`: a header cell saying its column was raised).  Each shape returns
trimmed items (see `kg.extract.issue_items`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract import issue_coping, issue_restated, issue_words
from kg.extract.actors import PRONOUN, ActorIndex
from kg.extract.issue_items import AWAY, BUILT, RESIDENCE, RESOLVED, MAX_CLAUSE, MIN_CLAUSE, SPOKEN_ORDINAL, circumstance, condition_only, delivered, keep, needs, provides, split_items, statistic, states_problem, trim
from kg.extract.issue_raisers import Raisers, Speaker, residents_unit
from kg.extract.turn_lines import TRAILING_ASKER
from kg.extract.issue_words import CLAUSE_STOP, FULL_STOP
from kg.extract.lexicons import alternation, compile_words, kind_words, pattern, words
from kg.extract.sentences import Sentence
from kg.text import HAN, LIST_BULLETS, LIST_DASH, LIST_MARK

# a point of reported speech ends at ；: the next one opens with its own complaint
POINT_SPLIT = re.compile(r"[；;]")
CLAUSE_SPLIT = re.compile(r"[，,；;？?！!。…]+|[”」]\s*[“「]")
FOLLOWING = re.compile(r"[^，,。；：:]{0,8}?(?:以下|如下)[^，,。；：:]{0,6}[：:]")
# a count of the items and its colon (集中反映三件事：A、B、C; 问题主要有3个：A、B、C)
COUNTED_ITEMS = re.compile(r"[\d一二三四五六七八九十两几]+[余多]?[个件条项点类种][^，,。；;：:！!？?\n“”]{0,6}[：:]")
QUOTE_OPEN, QUOTE_CLOSE = "“「", "”」"
# a clause stating how things stand: a share (老年人占比超过四成), what there is or
# was (原来有个活动室), a group being many (双职工家庭多; not 太多, 较多: a complaint)
# (or who is away, issue_items.AWAY: 年轻人大多外出务工，老人看病难; session 27)
STANDING = re.compile(r"占比|比例|原来有|有个|[^太很更越较过偏别]多了?$|" + AWAY.pattern)
# a unit or thing set up only recently (社区刚成立不久, 小区才建了两年): its age, as a
# dated clause is (`issue_items.DATED`, the verbs of `issue_build_verbs.txt`); session 28
RECENT = re.compile(r"(?:刚|才|刚刚)(?:" + BUILT + r")[^，,]{0,5}$")
# how many places or things there are (辖区有三个老旧小区, 村里有两处山塘): a count by a
# measure word of things, not of people (合唱队有三十多个人 is the group's size)
# a term running out (物业合同年底到期, 承包期明年届满): a dated fact, the background of
# the complaint after it (CLAUSES30 rule 3; FAULTS29 kind 4)
DUE = compile_words(words("issue_due_words.txt"), "(?:{})了?$")
# a cause written as its own clause (受产业外迁影响，…): the condition of the clause after
# it, as 因为/由于 are (issue_clause_markers.tsv); CLAUSES30 rule 3
CAUSED = re.compile(r"^受[^，,]{1,12}?(?:的)?(?:影响|冲击)$")
COUNTED = re.compile(r"(?<![没只仅])有[一二三四五六七八九十两几\d]+[多余]?(?:个(?!人)|处|栋|座|所|条|片|家)")
# a clause saying where a thing lies (社区在半山坡上, 公园紧挨着大马路), before another
# clause: the setting of the complaint after it; a verb of adjacency takes the neighbour
# itself, with no locative (村子毗邻高速公路, 小区紧邻货运站: session 26)
LOCATED = re.compile(
    r"^[^，,]{1,8}?(?:在|位于|地处|紧挨着|挨着|靠着)[^，,]{1,10}?(?:上|里|下|边|旁|附近|脚下|对面|之间|里头|里面|深处|外头)$"
    r"|^[^，,]{1,8}?(?:毗邻|紧邻|邻近|临近|濒临|紧靠|背靠|依傍|紧挨|相邻于?)[^，,]{1,10}$"
    # 位于/地处 say where a place lies whatever their object (嘎查地处沙区, 村子位于山区):
    # no locative needed, as 在 needs one (在 also opens acts: 在外打工); FAULTS32 (p89-07)
    r"|^[^，,]{1,8}?(?:位于|地处)[^，,]{1,12}$"
    # the lie of its land (屯子地势低, 高坡、上寨两个屯地势高: issue_terrain_words.txt), not
    # before 的 (地势高的农户经常停水 complains); session 33
    rf"|^[^，,的]{{1,14}}?(?:{alternation(words('issue_terrain_words.txt'))})$"
)
# how far a place lies from another (连队离团部二十多公里, 离集市远, 距县城有四十里路): where it lies,
# the setting of the cost told after it (接送不方便), as LOCATED is: measured (`measured`) with a
# clause after it, outside an enumeration's point (一是安置点离承包地远，…: the point's complaint),
# or after the complaint in any form; no problem word in its subject (远 is the distance itself).
# Session 46 (fprec)
DISTANT = re.compile(
    r"^(?P<subject>[^，,]{0,8}?)(?:离|距|距离)[^，,]{1,10}?(?:(?P<measured>(?:有|足有|差不多|将近|近|约)?[\d一二三四五六七八九十两几百千]+[多余]?"
    r"(?:公里|千米|里地|里路|里|米|站路|站地)(?:多|远)?(?:路)?)|(?:很|太|比较|挺|较|有点|特别)?远)了?$"
)
# a stretch from one place to another modifying a thing (从村口到学校那段, 从桥头到菜场的)
SPAN = re.compile(r"^从[^，,]{1,12}?到[^，,]{1,12}?(?:那一?段|这一?段|一段|的)")
# the same stretch written without 从 and closing its clause, no predicate after it
# (“村委会门口到市场那段路，路灯坏了”): the scene of the complaint after it, one item
# with it, not an item of its own (session 33; the known leftover of session 32, p94)
STRETCH = re.compile(r"^[^，,从到]{1,12}?到[^，,到]{1,12}?(?:那一?段|这一?段|一段)(?:路|街|巷|道|马路|公路)?$")
# a thing pointed at with a demonstrative and a classifier, closing its clause with no
# predicate (“我们楼下那条巷子，一到晚上就停满了车”, 村口这片空地，…): the topic of the
# complaint after it, as a stretch is, no item of its own (session 37, p115-01).  Only a
# short noun after the classifier (能把这条路硬化了 is a request: 把, 了), and no relative
# clause before it (村里通往县道的那条砂石路 names the thing the complaint is about, kept as
# the dev-style item it was)
POINTED = re.compile(r"^[^，,那这的把将被给让能要]{0,6}[那这]一?(?:条|段|片|块|栋|幢|座|处|个|间|排|道)[^，,的那这了着过]{1,3}$")
# an event counted by its classifier (场, 阵) after a time, closing its clause with no
# predicate (“前几天一场暴雨，地下车库进了半米深的水”, 去年那场台风，…): when the trouble came,
# the setting of the complaint after it, as a thing pointed at is (session 55, p210-09)
EVENT = re.compile(r"^[^，,的把将被给让能要]{0,6}[一那这](?:场|阵)[^，,的那这了着过]{1,4}$")
# a clause ending in 一 + a verb, before a clause with 就 (管子一堵，污水就往家里返):
# the condition of the complaint after it; 成 + 一 + a noun is a result (乱成一团，一刮风就
# 掉下来; 连成一片), the complaint itself, no condition (FAULTS31 kind 4)
# (nor is 一 + a classifier, 班车只有一趟，赶不上就只能包车: a count, the complaint itself; session 47)
ONE_VERB = re.compile(rf"[^，,{issue_words.ONE_WORD_BEFORE}]一(?![{issue_words.ONE_NOT_VERB}])[^\s，,一]{{1,2}}$")
# what a proposal is for, in the clause after it (增设充电桩，解决飞线充电问题; 设立驿站，
# 方便环卫工人歇脚): the proposal's purpose, not another issue
PURPOSE_AFTER = re.compile(r"^(?:既|又|以|好|从而)?(?:解决|方便|便于)(?!不)")
# what a wish would spare or allow, in the clause after it (就不用跑远路, 免得老人摔跤,
# 省得来回折腾, 就能就近看病): the gain of the request, not a complaint (session 27)
BENEFIT = re.compile(r"^(?:免得|省得|以免|好让)|(?:就|也|便|再也)?(?:不用|不必|用不着|无须|无需)|(?:就|便)(?:能|可以)")
# what a wish would turn the thing into, in the clause after it (希望盘活闲置校舍，办成老年
#活动中心; 修缮祠堂，并改造成村史馆): the request's goal, part of it, no issue of its own
# (成了 tells a change that happened: 荒地变成了垃圾场 complains; session 30, FAULTS29 kind 17)
GOAL = re.compile(r"^(?:并|再|然后)?(?:把它|将其|把其|使其|让它)?(?:改造|打造|建设|开发|发展|改建|办|建|改|做|盖|修|变)成(?![了为])")
# whose way a request would follow, closing its clause before the clause asked for
# (借鉴邻镇X村的做法，发展Y): the request's means, no issue of its own (`issue_means_words.tsv`)
MEANS = compile_words(kind_words("issue_means_words.tsv", "verb"), "^(?:{})[^，,]{{1,20}}?")
MEANS_MODEL = compile_words(kind_words("issue_means_words.tsv", "model"), "(?:{})$")
# a change proposed, not done: the disposal construction (把X改建成Y, 将Y改造为Z) with no
# perfective 了 closing it (把路修好了 tells work done); FAULTS37_p122
# a clause telling what would follow (路就通了, 便能吃上饭): a hypothetical gain, no satisfaction
# told; an item holding a modal (村里能开个食堂, 可以建个车棚) is asked for (session 50, rextra50)
# (the adverb, not a word holding the character: 方便, 便利, 便民, 便捷, 就业, 就医, 就近, 就餐, 就诊, 人才, 刚才)
HYPOTHETICAL = re.compile("(?<!方)便(?![利民捷])|就(?![业医近餐诊])|(?<![人刚])才")
# (能 the modal, not a word holding it, 功能, 智能, 技能, 节能, 能力, 能源, nor a gain told, 刷脸就能吃, 在家门口都能办)
ASKED_FOR = re.compile("(?<![功智技节性体就都])能(?![力源])|可以|希望|盼")
PROPOSED = re.compile(r"^(?:把|将)(?!.*了$)")
NEXT_RAISER_LEAD = 2  # 还有|居民, 另有|代表: characters between a clause boundary and the next raiser
TITLE_UNIT_LEAD = 8  # ，卫生院|院长提出: characters between a clause boundary and a raising title (the unit's name)
SHARED_LEAD = 8  # 还有|不少|年轻: an existential, a share and a modifier before the next raiser (`_shared_raiser_lead`)
NEXT_ACT_GAP = 6  # 居民|向区长|提出: characters between that raiser and its act
# a colon followed by unquoted words (居民X：A，B), and the longest clause before it that
# may be only its speaker (社区党委书记X: 9; 72号楼组长X第一个开口: 14)
SPEECH_COLON = re.compile(r"[：:](?!\s*[“「\"])")
SPEAKER_CLAUSE = 16
# a line opening with a bullet or an ordinal (●A, 1. A, （1）A, 一、A): a point of a list
# a table announced at the end of a line (公示如下：), its cells (序号　问题　责任单位)
# apart by ideographic spaces, tabs, two spaces or vertical bars (｜, |: FAULTS39_p134); its rows
# one a line (blank lines between)
TABLE_INTRO = re.compile(r"[^\n。；]{0,40}?[：:][ \t\u3000]*(?=\n)")
TABLE_CELLS = re.compile(r"[\t\u3000]+| {2,}|[ \t\u3000]*[｜|][ \t\u3000]*")
TABLE_ROW = re.compile(r"\n+(?P<row>[^\n]+)")
TABLE_NUMBER = re.compile(r"[（(]?\d{1,2}[)）.．、]?|[一二三四五六七八九十]+")
# a pipe table's (序号｜反映人｜反映事项, | 1 | … |) outer bars and the rule under its header
TABLE_EDGE = " \t\u3000|｜"
TABLE_RULE = re.compile(r"[ \t\u3000|｜:：\-－—]+")
CLAUSE_CELL = re.compile(r"[，,；;。]")


@cache
def _table_place_head() -> re.Pattern:
    """A table's header cell naming where each row's problem was raised: type words of
    places only (`table_place_heads.txt`: 村（社区）, 镇（街道）, 所在小区), with brackets, 、
    or / between them."""
    return re.compile(rf"(?:{alternation(words('table_place_heads.txt'))}|[（()）、/])+")


@cache
def _table_head() -> re.Pattern:
    """A table's header cell naming the issues: a head noun (`issue_heads.txt`), maybe
    after a short modifier (问题, 反映问题, 群众诉求) or a raising clause of its own, a raiser
    and an act before 的 (群众反映的问题, 居民提出的诉求: FAULTS39_p137), maybe before a
    word for its text (诉求内容, 问题描述: `table_head_tails.txt`), or a raising act before
    such a word (反映内容: session 41, p143, p146, p148), not a response (处理意见).  The
    word of content alone names no column (工作内容).

    >>> bool(_table_head().fullmatch("反映内容")), bool(_table_head().fullmatch("诉求内容")), bool(_table_head().fullmatch("工作内容"))
    (True, True, False)
    """
    raising = alternation(issue_words.act_shapes())
    # a tail naming the cell's text keeps the column of the head or act before it
    tail = alternation(words("table_head_tails.txt"))
    return re.compile(rf"(?!处理|办理|答复)(?:(?:[^\s]{{0,4}}|[^\s]{{0,4}}?(?:{raising})的)(?:{issue_words.heads()})(?:{tail})?"
                      rf"|[^\s]{{0,2}}?(?:{raising})(?:{tail}))")


@cache
def _shared_raiser_lead() -> re.Pattern:
    """The words opening a clause before its raiser when they are an existential
    (`issue_existential_words.txt`: 还有, 也有), a share (`issue_group_shares.txt`: 不少,
    部分) and at most two characters of modifier: …等问题，还有不少年轻|家长希望X opens another
    raising (`ContentReader.next_raising`; session 44, p136-08).

    >>> bool(_shared_raiser_lead().fullmatch("还有不少年轻")), bool(_shared_raiser_lead().fullmatch("还要求不少"))
    (True, False)
    """
    existential = alternation(words("issue_existential_words.txt"))
    shares = alternation(words("issue_group_shares.txt"))
    return re.compile(rf"(?:{existential})(?:{shares})[^，,。；;：:、\s]{{0,2}}")


@cache
def _raiser_cell() -> re.Pattern:
    """A table's header cell naming who raised each row: a raising act and 人 (提出人,
    反映人); beside an issue column it says the rows were raised.  Session 41."""
    return re.compile(rf"(?:{alternation(issue_words.act_shapes())}){RAISER_PERSON}")


# the person of an act: 提出人, 反映人 (the one who raised it)
RAISER_PERSON = "人"


NUMBERED_LINE = re.compile(rf"\n\s*(?:[{LIST_BULLETS}]|{LIST_DASH}|\d{{1,2}}[.．、](?!\d)|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、是])")
# a line opening with an arabic ordinal whose point opens with a number (1.12号楼外墙渗水；\n2.…):
# an ordinal, not a decimal, when it is the next of the lines' count (FAULTS45_p164)
DIGIT_ORDINAL_LINE = re.compile(r"\n[ \t\u3000]*(\d{1,2})[.．、](?=\d)")


# a list's item on a line of its own with no marker (a page's <li> copied as text): short, no
# clause or sentence mark in it but a closing ；(a line closed by 。 is a sentence: narration
# after the list reads so)
BARE_ITEM_LINE = re.compile(r"\n[ \t\u3000]*[^\s，,。：:；;！!？?“”\"…]{2,30}[；;]?(?=\n|$)")
MIN_BARE_ITEMS = 2  # one short line after a colon may be a heading or a name


def bare_lines_end(text: str, pos: int) -> int:
    r"""The end of a run of `MIN_BARE_ITEMS` or more unmarked item lines at `pos` (the end of
    a line closing in a colon: 反映了以下问题：\n路灯不亮\n楼顶漏水\n), each `BARE_ITEM_LINE`,
    the run ending before a line that is no such item; `pos`
    when there is no such run.  Session 59, list59: a list whose markers were lost (an HTML
    page copied as text) is a list all the same.

    >>> t = "：\n路灯不亮\n楼顶漏水\n区长要求解决。"
    >>> t[:bare_lines_end(t, 1)]
    '：\n路灯不亮\n楼顶漏水'
    >>> bare_lines_end("：\n路灯不亮\n区长要求相关部门尽快解决这些问题。", 1)
    1
    """
    end, count = pos, 0
    while line := BARE_ITEM_LINE.match(text, end):
        end, count = line.end(), count + 1
    return end if count >= MIN_BARE_ITEMS else pos


# a list line labelled by its matter before a colon (——顶棚漏雨：东区彩钢瓦锈蚀，下雨漏水（摊主甲）)
LABELLED_POINT = re.compile(rf"\s*(?P<mark>{LIST_MARK})?\s*(?P<head>[^：:，,。；;、\s（(]{{2,10}})[：:](?P<body>.*\S)", re.S)


# a clause saying what a thing is (这几户吃的是山泉水, 饮用水是从山上引下来的): a copula after its subject
# (not after an adverb of degree or persistence: 机耕路还是土路, 路上全是坑 complain)
DESCRIBED = re.compile(r"^[^，,。；;是]{1,12}(?<![还都全仍就总也只老净光])是(?!不是|否)")


def described(clause: str) -> bool:
    """Does `clause` say what a thing is, a copula after a short subject (这几户吃的是山泉水,
    饮用水是用水管从山上引下来的山泉水)?  Before a complaint it sets its scene.

    >>> described("这几户吃的是山泉水"), described("路灯坏了"), described("是不是能修一修"), described("机耕路还是土路")
    (True, False, False, False)
    """
    return DESCRIBED.match(clause) is not None


def labelled_point(point: str, marked: bool = False) -> str | None:
    """The label of a list line that names its matter before a colon, when that label
    states a problem (`issue_words.problem`: 顶棚漏雨, 缺冷库, 公厕远): what follows the colon
    tells the matter's details, who raised it and how bad it is, no matters of their own.
    None for any other point (a line opened by a speaker, 居民说：…, or a head noun,
    问题：A；B, reads on as before), and for a point with no list mark of its own unless
    `marked` (its mark was cut off before: `point_marks`).  Source: session 60, qa60 (a list of a market's problems
    as ——label：details; each detail clause was filed as an issue of its own).

    >>> labelled_point("\\n——顶棚漏雨：东区彩钢瓦锈蚀，下雨时漏水（摊主甲）"), labelled_point("\\n——居民说：路灯坏了")
    ('顶棚漏雨', None)
    """
    m = LABELLED_POINT.match(point)
    if m is None or not (marked or m.group("mark")) or not issue_words.problem().search(m.group("head")):
        return None
    return m.group("head")


def counted_line(text: str, pos: int, last: int | None) -> re.Match | None:
    r"""The numbered line at `pos` (`NUMBERED_LINE`), or an arabic ordinal before a point
    opening with a number (`\n1.12号楼…`) when it counts on from the line before (`last`,
    its number) or opens the count at 1 with the next line going on at 2.

    >>> t = "：\n1.12号楼渗水；\n2.3号楼漏水；\n1.5万元"
    >>> counted_line(t, 1, None).end(), counted_line(t, t.index("；") + 1, 1).end(), counted_line(t, t.rindex("；") + 1, None)
    (4, 14, None)
    """
    if line := NUMBERED_LINE.match(text, pos):
        return line
    line = DIGIT_ORDINAL_LINE.match(text, pos)
    if not line:
        return None
    number = int(line.group(1))
    if last is not None:
        return line if number == last + 1 else None
    stop = text.find("\n", line.end())
    after = re.match(r"\n[ \t\u3000]*(\d{1,2})[.．、]", text[stop:]) if number == 1 and stop >= 0 else None
    return line if after and after.group(1) == "2" else None


@cache
def introducing_verbs() -> tuple[str, ...]:
    """Speech verbs and remark acts that introduce a quotation after a comma or colon."""
    return (*words("issue_speech_verbs.txt"), *words("issue_official_acts.txt"))


# the head nouns of trouble (`issue_trouble_heads.txt`: 问题, 困难, 诉求), and a long link
# opening a list (`issue_head_links.txt`: 主要有, 包括) after the head noun announcing it
TROUBLE_HEADS = words("issue_trouble_heads.txt")
LIST_LINK = re.compile("^(?:" + alternation([w for w in words("issue_head_links.txt") if len(w) > 1]) + ")")

# a place's locative (家里, 村里, 屋里, 组内, 家中): where things are, no matter of its own
PLACE_LOCATIVE = re.compile(rf"^[{HAN}]{{0,3}}(?:里|内|中)$|^(?:家|家庭)$")


def locative_only(topic: str) -> bool:
    """Is `topic`, an act's object before 的 and a neutral head (家里的情况, 心里的事), only
    a locative (家里, 村里, 心里, 组内): where things are told of, no matter named
    (路灯不亮的情况, 加装电梯的事 name one).  The words after it (老人指着电线说：“…”)
    hold what is raised.  Session 46 (frec).

    >>> locative_only("家里"), locative_only("心里"), locative_only("路灯不亮"), locative_only("加装电梯")
    (True, True, False, False)
    """
    return bool(PLACE_LOCATIVE.match(topic)) and not issue_words.problem().search(topic)


def situation_of_place(topic: str, closer: str) -> bool:
    """Is `topic`, closed by 的 and the neutral head 情况 (`closer`), only a locative
    (`locative_only`: 家里的情况, 村里的情况): the situation of a place is told, no matter
    named.

    >>> situation_of_place("家里", "的情况"), situation_of_place("路灯不亮", "的情况"), situation_of_place("村里", "等问题")
    (True, False, False)
    """
    return closer == "的情况" and locative_only(topic)


def at_place_only(clause: str) -> bool:
    """Is `clause` only 在 and a named place (在普玛村): a point's scene, the place its
    complaints were raised at, no complaint of its own?  Session 41 (FAULTS41_p146: a
    list of the points heard on a tour, each opened by the stop, gave 在X as an issue).

    >>> at_place_only("在青石村"), at_place_only("在青石村路灯坏了"), at_place_only("青石村")
    (True, False, False)
    """
    from kg.extract.place_parse import parse_at  # (late: the place grammar imports no issue code, but loads lexicons)
    from kg.extract.place_proper_part import is_named
    if not clause.startswith("在"):
        return False
    chunk = parse_at(clause, 1)
    return chunk is not None and chunk.end == len(clause) and is_named(chunk.segments)


def stands_alone(clause: str) -> bool:
    """Is `clause` long enough to be a complaint of its own: MIN_CLAUSE..MAX_CLAUSE
    characters, or one fewer when it holds a problem word (`issue_problem_words.txt`:
    停车难, 看病难 are whole complaints; 门口 is not).

    >>> stands_alone("停车难"), stands_alone("门口"), stands_alone("楼道灯坏了")
    (True, False, True)
    """
    return MIN_CLAUSE <= len(clause) <= MAX_CLAUSE or len(clause) == MIN_CLAUSE - 1 and bool(issue_words.problem().search(clause))


# an extremity clause (连)X都 + a modal, a negation or 受 (电动车都骑不了, 看个病都要跑到县医院,
# 娃娃上学都受影响): after a complaint of its point, how far the complaint goes, told by what
# even an everyday act meets; the readable golds file it as the complaint's alias at most
# (p87-07, p94-04, p94-05: no gold lost on an opened set; p86-p89, p92, dev: 10 false labels).
# 都 meaning "all" before a state (垃圾桶都满了) takes none of these.  Session 33.
EXTREMITY = re.compile(r"都(?:要|得|受|[^，,都]{0,2}?[不没])")
# a contrast word opening a clause (`issue_clause_markers.tsv` contrast: 但, 就是, 不过)
CONTRAST_OPENING = re.compile("^(?:" + alternation(kind_words("issue_clause_markers.tsv", "contrast")) + ")")
# a question line of an interview: the questioner's word, a colon, a question (记者：…？)
QUESTION_LINE = re.compile(r"^\s*(?:记者|问|主持人|小编)[：:][^\n]*[？?]\s*$")


def aftermath_answer(text: str, start: int) -> bool:
    """Is the paragraph holding `start` an interview answer to a question about the
    aftermath of a visit (`issue_aftermath_questions.txt`: 进展, 打算, 怎么说的): what was
    done, planned or said by the officials, no residents' issues?  The question is the
    paragraph right before it, a question line (`QUESTION_LINE`: 记者：…？).  Session 33
    (LABELS33: the answers of p92's Q&A interview to 赵书记当时是怎么说的？, 现在进展怎么样了？,
    下一步村里有什么打算？ were read as raisings).

    >>> t = "记者：现在进展怎么样了？\\n刘长海：路灯修好了。"
    >>> aftermath_answer(t, t.index("刘")), aftermath_answer("记者：乡亲们最关心什么？\\n刘长海：排水。", 13)
    (True, False)
    """
    here = text.rfind("\n", 0, start)
    if here < 0:
        return False
    line = text[text.rfind("\n", 0, here) + 1 : here]
    return bool(QUESTION_LINE.match(line)) and bool(pattern("issue_aftermath_questions.txt").search(line))


def conceded_rest(part: str) -> str:
    """A listed part after a head noun (意见：A；B), from the clause of its last concession
    on when the clauses before it state no problem (`issue_problem_words.txt`): the gain
    conceded (说出了心里话：“巷子拓宽了，可晾衣的地方还是不够”) is none of the items, as a concession is
    none in reported speech (`ContentReader.point_items`, `issue_clause_markers.tsv`:
    contrast).  The part unchanged otherwise.  Source: FAULTS35_p103.

    >>> conceded_rest("“路面变宽了，可车位还是不够。”"), conceded_rest("路灯坏了，但一直没人修")
    ('可车位还是不够。”', '路灯坏了，但一直没人修')
    """
    _, _, _, contrast = issue_words.clause_markers()
    cuts = [0] + [m.end() for m in re.finditer(r"[，,]", part)]
    for k in range(len(cuts) - 1, 0, -1):
        if contrast.search(part[cuts[k]:].lstrip("“「 ")):
            before = part[: cuts[k]]
            return part if issue_words.problem().search(before) else part[cuts[k]:]
    return part


def complaint_pair(part: str) -> bool:
    """Is the contrast clause `part` (opened by 可/可是/但, or holding 却) a complaint of its
    own: a problem word (`issue_items.states_problem`), the contrast word aside?  Then a
    problem clause right before it is no concession but a first complaint, and both are
    items (物业费年年涨，可垃圾清运不及时: two complaints; 路面变宽了，可车位还是不够: the gain
    before it holds no problem and goes).  Source: session 60, content60.

    >>> complaint_pair("可垃圾清运不及时"), complaint_pair("但大家都习惯了")
    (True, False)
    """
    _, _, _, contrast = issue_words.clause_markers()
    return states_problem(contrast.sub("", part.lstrip("“「\"")))


def open_list(item: str) -> bool:
    """Is `item` an open 、-list of two or more short complaints: each part long enough
    to stand alone (`stands_alone`) and stating a problem of its own
    (`issue_problem_words.txt`)?  Read so with no closing 等问题 (session 28, FAULTS28
    kind 8); a list of nouns (路灯、车位、垃圾桶) or one complaint with a 、 inside
    (招不到、留不住) is none.

    >>> open_list("老旧楼栋屋顶渗水、背街小巷路灯不亮、冬季清雪人手不够"), open_list("路灯、车位和垃圾桶的管理维护")
    (True, False)
    >>> open_list("修路的钱怎么筹集、以后的养护谁来负责、新修的路会不会再被压坏")
    True
    """
    parts = item.split("、")
    problem = issue_words.problem()
    # (a part asking a worry, 费用怎么分摊, 会不会占用车位, states it as a problem word does)
    return len(parts) >= 2 and all(stands_alone(p) and (problem.search(p) or asks_worry(p)) for p in parts)


def asks_worry(item: str) -> bool:
    """Does `item` ask a worry (`issue_concern_questions.txt`: 加梯费用怎么分摊, 维保费用
    谁来出, 会不会占用车位), not how things stand (`issue_words.state_question`: 现在
    怎么样)?  Such an item, raised, states a problem as a problem word does.  Source:
    FAULTS37_p124.

    >>> asks_worry("后期维保费用谁来出"), asks_worry("村里吃水现在怎么样"), asks_worry("楼道灯坏了")
    (True, False, False)
    """
    return bool(pattern("issue_concern_questions.txt").search(item)) and not issue_words.state_question().search(item)


def troubled(part: str) -> bool:
    """Whether a later clause of reported speech tells a thing going wrong often or
    badly (`issue_trouble_words.txt`), and praises nothing (`issue_positive_words.txt`).

    >>> troubled("雨天经常跳闸"), troubled("不少居民都很满意")
    (True, False)
    """
    return bool(pattern("issue_trouble_words.txt").search(part)) and not issue_words.positive().search(part) and not circumstance(part)


def bare_frequency(part: str) -> bool:
    """Is `part` only how often the complaint before it happens: a trouble word
    (`issue_trouble_words.txt`) and one character of verb, adverbs apart (管子冻裂了，…，
    三天两头冻)?  A later clause so short names no thing of its own; it restates the
    complaint.  Source: FAULTS37_p122 (frequency idioms added; p105's 三天两头冻 became an item).

    >>> bare_frequency("三天两头冻"), bare_frequency("雨天经常跳闸"), bare_frequency("经常跳闸")
    (True, False, False)
    """
    rest = pattern("issue_trouble_words.txt").sub("", part)
    return len(re.sub(r"[就都也还又会要得地了，,。”“！!]", "", rest)) < 2


def praise(part: str) -> bool:
    """Whether a clause of reported speech praises (`issue_words.positive`: 关怀备至, 很满意,
    点赞, 感谢) and states no problem (`issue_problem_words.txt`): the speaker's satisfaction
    with what is done for them, no complaint (session 27, newcomer's item 5).

    >>> praise("现在社区对我们关怀备至"), praise("服务不周到"), praise("满意是满意，就是停车难")
    (True, False, False)

    A clause opening with a thing now had (`GAINED`: 有了联络站, 自从有了电梯) tells a gain, as
    praise does (session 44, p142-02: 有了联络站 was filed as 了联络站).

    >>> praise("有了联络站"), praise("自从有了电梯"), praise("墙上有了裂缝")
    (True, True, False)

    A benefit already delivered (`issue_items.delivered`: 新添了X, 累计整改X处, 路平了、灯亮了)
    is told as praise is, the clauses after it its continuation (session 47, fprec).

    >>> praise("翻修以后路平了、灯亮了"), praise("去年新添了两个车棚")
    (True, True)
    """
    return (bool(issue_words.positive().search(part)) or GAINED.match(part) is not None) \
        and not issue_words.problem().search(part) or delivered(part)


# no negation right before a word: 不, 没, 未, or 不 with a degree (不太, 不大, 不怎么, 不是很)
NOT_NEGATED = "(?<![不没未])(?<!不[太大够很])(?<!不怎么|不那么|不是很)"


def satisfied(part: str) -> bool:
    """Does clause `part` say the residents are content (`issue_satisfied_words.txt`, not
    negated: 比自己做饭还划算, 心里踏实, 吃得饱、吃得好)?  Closing a point of reported
    speech, such a clause makes the clauses before it what they are content with, unless
    one of them states a problem (`ContentReader.point_items`).  Session 50 (rextra50):
    residents' praise of a canteen or a service, six reports of five opened sets.

    >>> satisfied("比自己做饭还划算"), satisfied("心里踏实"), satisfied("心里总是不踏实"), satisfied("路太窄")
    (True, True, False, False)

    Negated with a degree between (不太划算, 不大放心, 不怎么踏实, 不是很放心) it is a worry too
    (NEWCOMER50: 一顿饭要二十多块，对老人来说不太划算 gave no issue).

    >>> satisfied("对老人来说不太划算"), satisfied("心里不大放心"), satisfied("住着不是很踏实"), satisfied("太划算了")
    (False, False, False, True)
    """
    return bool(pattern("issue_satisfied_words.txt", NOT_NEGATED + "(?:{})").search(part))


# a clause opening with what is now had (有了X, 自从有了X, 现在有了X): a gain told, no complaint
GAINED = re.compile(r"(?:自从|自打|现在|如今|这下|这回)?有了")


# the demonstratives determining a noun (那条路, 这片山, the analyser's word 那段 too; not
# 这样, 那里, 这么: pronouns and adverbs of their own): `demonstrative_topic`
DEMONSTRATIVE = re.compile("[那这](?![样么儿里边般时回次])")
# the analyser's tags a topic phrase may hold after its last 的: nouns, places, pronouns,
# adjectives, numerals and classifiers (no verb: 都得走这条路 is a clause)
TOPIC_TAGS = frozenset({"n", "nz", "ns", "nr", "LOC", "ORG", "s", "f", "r", "a", "q", "m"})


def demonstrative_topic(item: str) -> bool:
    """Is `item` only a topic phrase: a noun after a demonstrative (`DEMONSTRATIVE`)
    and maybe a classifier, with no verb after its last 的 (柳溪村到镇上的那条路,
    我们屋后那坡坡)?  Spoken complaints open with such a phrase and state the matter in the
    clause after it (村口那座桥，一到汛期就被淹): the phrase names what the comment is about,
    no issue of its own.  Session 48 (frec): two reports of an opened set.

    >>> demonstrative_topic("村口那座桥"), demonstrative_topic("柳溪村到镇上的那条路")
    (True, True)
    >>> demonstrative_topic("村民上下班都得走这条路"), demonstrative_topic("总不能一直这样"), demonstrative_topic("那座桥坏了")
    (False, False, False)
    """
    if not re.search(f"[那这][{HAN}]{{1,4}}$", item) or states_problem(item):
        return False
    from kg.analyse import tag_text

    tagged = tag_text(item)
    last_de = max([n for n, (w, _) in enumerate(tagged) if w == "的"], default=-1)
    phrase = tagged[last_de + 1 :]
    if any(t not in TOPIC_TAGS for _, t in phrase):
        return False
    # the demonstrative, an optional classifier, then nouns to the end
    at = next((n for n, (w, t) in enumerate(phrase) if t == "r" and len(w) <= 2 and DEMONSTRATIVE.match(w)), -1)
    return 0 <= at < len(phrase) - 1 and all(t in ("n", "nz", "ns", "LOC", "s", "q") for _, t in phrase[at + 1 :]) and phrase[-1][1] != "q"


def standing(clause: str) -> bool:
    """Does `clause` state how things stand or what happened, the background a complaint
    after it may have: a share, what there is or was, a group being many or more than
    before (`STANDING`: 老年人占比超过四成, 村里种的梨多了), a unit set up only recently
    (`RECENT`: 社区刚成立不久), a count of places or things (`COUNTED`: 辖区有两个老旧小区),
    or an event that changed things (`after_event`: 村卫生室撤并后老人到镇上看病)?
    (Whether it states a problem, which makes it none, is for the caller.)  Session 28:
    golds of three opened sets file only the complaint after such a clause.

    >>> standing("社区刚成立不久"), standing("辖区有两个老旧小区"), standing("这两年种的梨多了")
    (True, True, True)
    >>> standing("村卫生室撤并后老人到镇上看病"), standing("合唱队有三十多个人"), standing("楼道灯坏了")
    (True, False, False)

    A term running out is a dated fact (`DUE`: 物业合同年底到期); "many" of a group in
    need (`needy`: 村里留守儿童多) is a problem, no background (CLAUSES30 rule 3).

    >>> standing("物业合同年底到期"), standing("村里留守儿童多"), standing("社区外来人口多")
    (True, False, True)
    >>> standing("市场外临时摊点多")
    False
    """
    if STANDING.search(clause) and (needy(clause) or pattern("issue_nuisance_nouns.txt").search(clause)):
        # 村里留守儿童多: many of a group in need is a problem (CLAUSES30 rule 3); so is many of a
        # nuisance (市场外临时摊点多, `issue_nuisance_nouns.txt`; FAULTS37_p116)
        return False
    return bool(STANDING.search(clause) or RECENT.search(clause) or COUNTED.search(clause) or DUE.search(clause)) or after_event(clause)


def needy(clause: str) -> bool:
    """Does `clause` name a group in need (`issue_need_groups.txt`: 独居老人, 留守儿童)?
    "Many" of such a group states a problem, not how things stand (CLAUSES30 rule 3:
    the readable golds count 辖区独居老人多 and omit 辖区老旧小区多, 外来人口多).

    >>> needy("村里留守儿童多"), needy("社区老年人多")
    (True, False)
    """
    return bool(pattern("issue_need_groups.txt").search(clause))


def many_in_need(label: str) -> bool:
    """Is `label` only a group in need being many (`STANDING` and `needy`: 村里留守老人多,
    组里独居老人较多), no problem stated (`states_problem`)?  Beside another item of its
    raising it is the setting of what that group needs (`IssueReader.decide`): CLAUSES30
    rule 3 tightened in session 49 (rprec49), as no gold of the fifteen opened sets
    p172…p201 nor of dev counts it, whether a wish, a complaint or a list's point follows,
    and five reports of four sets had it false; alone it still stands.

    >>> many_in_need("村里留守老人多"), many_in_need("社区外来人口多"), many_in_need("留守儿童多没人管")
    (True, False, False)
    """
    return bool(STANDING.search(label) or re.search(r"(?:比较|较)多$", label)) and needy(label) and not states_problem(label)


@cache
def _group_share() -> re.Pattern:
    """A share of a group of people and nothing else (see `group_share`)."""
    people = alternation(words("issue_group_heads.txt") + words("issue_need_groups.txt"))
    shares = alternation(words("issue_group_shares.txt"))
    part = r"(?:[一二三四五六七八九两\d]+成|近?一半|[一二三四五六七八九十两\d]+分之[一二三四五六七八九十\d]+|[\d.]+%)(?:多|以上|左右)?"
    kinds = r"(?:独居|空巢|留守|孤寡|高龄|失能|" + people + r")"
    return re.compile(
        r"^[^，,]{0,12}?(?:" + people + r")占(?:了|到)?" + part + r"$"  # 老人占三成以上
        + r"|^(?:" + shares + r")是[^，,]{0,6}?" + kinds + r"[^，,]{0,4}$"  # 不少是独居, 大多是老人
        + r"|^[^，,]{0,8}?住(?:着|的是)(?:" + shares + r")?[^，,]{0,8}?(?:" + people + r")$"  # 老街上住着不少老人
    )


def group_share(label: str) -> bool:
    """Is `label` only a share of a group of people or what kind most of them are (a head of
    `issue_group_heads.txt` or a group of `issue_need_groups.txt`: 老人占三成以上, 留守学生占了一半,
    不少是独居, 大多是老人, 街上住着不少老人), no problem stated (`states_problem`)?  As many of
    a group (`many_in_need`), beside another item of its raising it is the setting
    (`IssueReader.decide`; session 49, rprec49: no gold of the fifteen opened sets nor dev
    counts one, five reports of four sets had one false).  A thing's share (围挡把通道占了一半)
    is no group.

    >>> group_share("楼里六十岁以上的老人占一半"), group_share("不少是独居"), group_share("街上住着不少老人")
    (True, True, True)
    >>> group_share("围挡把消防通道占了一半"), group_share("大多是八十年代建的"), group_share("不少老人下楼困难")
    (False, False, False)
    """
    return bool(_group_share().search(label)) and not states_problem(label)


COST_BORNE = re.compile(
    r"^[^，,]{0,8}?(?:(?:负担|承担|付|掏|出)(?:不起|不了)|难以(?:负担|承担))$"  # 村集体负担不起, 居民难以承担
    + r"|^[^，,]{0,6}?成本[^，,]{0,8}?(?:增加|上升|提高|上涨)了?$"  # 物流成本明显增加
)


def cost_borne(label: str) -> bool:
    """Is `label` only what a complaint costs those who bear it: their being unable to pay for
    it (村集体负担不起, 居民难以承担) or their costs rising (运输成本明显增加)?  Beside another
    item of its raising (管线迁移费用高，居民难以承担; 桥限重，运输成本增加) it tells the
    complaint's cost, no issue of its own (`IssueReader.decide`; session 50, fextra50: no gold of
    the fifteen opened sets, dev or kinds counts one, four reports of three sets had one false).
    A cost stated high (费用高, 负担重) is the complaint itself: not this shape.

    >>> cost_borne("村集体负担不起"), cost_borne("老住户难以承担"), cost_borne("运输成本明显增加了")
    (True, True, True)
    >>> cost_borne("照护费用负担重"), cost_borne("请人成本高"), cost_borne("电费太贵负担不起还要借钱")
    (False, False, False)
    """
    return bool(COST_BORNE.search(label))


@cache
def _measure_reading() -> re.Pattern:
    units = alternation(words("issue_measure_units.txt"))
    return re.compile(
        r"(?:只有|只剩|仅有|仅|才|不到|不足|最多)[0-9０-９.．一二三四五六七八九十百千万两几]+[多余来]?"
        rf"(?:{units})"
    )


def measure_reading(label: str) -> bool:
    """Does `label` read a quantity in a unit of measure after 只有/才/不到/不足
    (`issue_measure_units.txt`: 度, 米, 平方米, 元; not a classifier of things counted)?
    Right after the complaint whose quantity it reads (供暖不热，有的室温不到18度; 路面太窄，
    只有3米多宽) it is that complaint's measure, no issue of its own (`IssueReader.measures`;
    session 53, false53).

    >>> measure_reading("有的室温不到18度"), measure_reading("只有3米多宽"), measure_reading("屋里才十三四度")
    (True, True, True)
    >>> measure_reading("村卫生室只有1名村医"), measure_reading("床位只有12张"), measure_reading("室温偏低")
    (False, False, False)
    """
    return bool(_measure_reading().search(label))


def intensified(clause: str) -> bool:
    """Does `clause` end in an intensified judgement (`issue_intensified_ends.txt`:
    尤为突出, 更加严重)?  After a complaint, a clause passed over as background that ends
    so (夏天用水高峰时尤为突出) tells when the complaint is worst: a restatement, no
    candidate issue (FAULTS32: p89-10).

    >>> intensified("夏天用水高峰时尤为突出"), intensified("水压小")
    (True, False)
    """
    return bool(pattern("issue_intensified_ends.txt", "(?:{})$").search(clause))


def standing_list(items: list[str]) -> bool:
    """Do all the items of one 、-list state how things stand (`standing`: 老旧小区多,
    外来人口多), none a problem (`states_problem`) nor "many" of a group in need
    (`needy`: 留守儿童多)?  Before more clauses of its point such a list is the
    setting of what follows, no complaints: the readable golds omit 辖区老旧小区多,
    外来人口多 (CLAUSES30 rule 3), and p89-06 a cadre's 老旧小区多、外来人口多 (FAULTS32).

    >>> standing_list(["老旧小区多", "外来人口多"]), standing_list(["老旧小区多", "停车位紧张"]), standing_list(["独居老人多", "外来人口多"])
    (True, False, False)
    """
    return all(standing(i) and not states_problem(i) and not needy(i) for i in items)


def listed_with_problem(items: list[str]) -> list[str]:
    """The items of one 、-list that state how things stand (`standing`: 出租屋多, 老人多)
    when another item of the list states a problem (`issue_items.states_problem`): the
    list is what the speaker names as wrong, the standing item one of its points, as in
    a residents' list (养老机构少、上下楼不方便).  Source: PLACEMENT29 (a cadre's
    account dropped a list's first point for naming no problem word).

    >>> listed_with_problem(["村里出租屋多", "电线私拉乱接现象突出"]), listed_with_problem(["村里出租屋多", "新建了充电桩"])
    (['村里出租屋多'], [])
    """
    if not any(states_problem(i) for i in items):
        return []
    return [i for i in items if standing(i) and not states_problem(i)]


# 后 closing an event inside a clause (村小学撤并后孩子…), not a word it opens
# (后半夜, 后院, 后山, 后门, 后面: a place or a time of the thing itself)
AFTER = re.compile(r"后(?![半院山门面边排头街楼背期续勤代来方台厨墙窗坡])")
AFTER_REST = 3  # the least of what followed the event, in the same clause


def after_event(clause: str) -> bool:
    """Does `clause` open with the time after an event (a condition-end …后, `issue_clause_markers.tsv`;
    `issue_words.condition_end`) and tell what followed in the same clause (村小学撤并后孩子
    到镇上读书)?  A problem in it, which makes it a complaint, is the caller's to check.

    >>> after_event("菜场搬走后买菜要走远路"), after_event("菜场搬走后"), after_event("最后一班车走了")
    (True, False, False)
    >>> after_event("家里暖气后半夜不热")
    False
    """
    end = issue_words.condition_end()
    return any(end.match(clause, 0, m.end()) and len(clause) - m.end() >= AFTER_REST for m in AFTER.finditer(clause))


# a past year or season opening a clause (去年冬天, 前几年): the cause of how things are now,
# not a past told at length (`issue_time_contrast.tsv`'s past seasons; session 48)
PAST_YEAR = re.compile(r"^(?:[^，,]{0,4}?[里们我家])?(?:去年|前年|前些年|前几年)")
# what one can do now (就能, 可以), not asked (能不能) nor denied (不能)
ABLE_NOW = re.compile(r"(?<![不没])(?:就能|能够|可以|能)(?!不)")


@cache
def announced_list() -> re.Pattern:
    """A head noun and a colon (遗留了一些问题：, 困难：): every clause after it
    states an item, not only the first and those marked as problems.

    >>> announced_list().search("但也留下了几个问题：路灯不亮") is not None
    True
    """
    return re.compile(f"(?:{issue_words.heads()})[：:]")


@cache
def announcing() -> re.Pattern:
    """A head noun, a few words and a colon (难点在于：, 问题主要有三个：, 困难是：): the
    issues are announced, and named after the colon.

    >>> announcing().search("目前面临的难点在于：管网老化") is not None
    True
    """
    return re.compile(f"(?:{issue_words.heads()})[^，,。；;：:“”]{{0,6}}[：:]")



@cache
def head_end() -> re.Pattern:
    """An item ending in a head noun (`issue_heads.txt`: 遇到了不少难题): it names the
    issues, it is none of them (FAULTS37_p112).

    >>> bool(head_end().search("也遇到了不少难题")), bool(head_end().search("路灯损坏"))
    (True, False)
    """
    return re.compile(f"(?:{issue_words.heads()})$")

@cache
def head_ordinal() -> re.Pattern:
    """A head noun (`issue_heads.txt`) and 一是 right after it, no comma between (镇里的
    困难一是A，二是B): the first point of a list announced by the head noun, which
    `ORDINALS` (after punctuation only) does not see.

    >>> head_ordinal().search("镇里的困难一是污水处理设施缺口大").group("ordinal")
    '一是'
    """
    return re.compile(f"(?:{issue_words.heads()})(?P<ordinal>一是)")


def whole_problem(item: str) -> bool:
    """Is `item` only a noun naming a problem (`issue_problem_nouns.txt`: 积水, 噪音)?
    As the whole content of a raising act it is the issue (居民反映积水).  Session 27.

    >>> whole_problem("积水"), whole_problem("内涝"), whole_problem("困难"), whole_problem("楼道")
    (True, True, False, False)
    """
    return bool(pattern("issue_problem_nouns.txt").fullmatch(item))


@cache
def briefing() -> re.Pattern:
    """An act's object closed by a noun of the situation as a whole
    (`issue_situation_nouns.txt`), searched up to the clause's end: the account is a
    briefing on the place (介绍了社区老楼多、老人多的基本情况), no raising.  Session 27.

    >>> briefing().search("社区老旧楼栋多、独居老人多的基本情况") is not None
    True
    >>> briefing().search("路灯不亮的情况") is None
    True
    """
    return pattern("issue_situation_nouns.txt", r"(?:{})$")


def opens_sentence(before: str) -> bool:
    """Does a quotation written after `before` (its paragraph's text up to the
    quotation) open its paragraph or a sentence of it (…拦了下来。“书记，…”)?  Then a
    raiser named in the rest of its sentence may be its speaker
    (`ContentReader.lead_quote_speaker`).  Session 16: the fresh readable sets
    open a resident's words after a sentence telling how they met the official.

    >>> opens_sentence(""), opens_sentence("刚到村口，就被村民拦了下来。"), opens_sentence("王明指出，")
    (True, True, False)
    """
    before = before.strip()
    return not before or before[-1] in SENTENCE_END


SENTENCE_END = frozenset("。！!？?")
# a pronoun alone before a speech verb, an adverb after it (他问, 她又说)
LONE_PRONOUN = re.compile(r"\s*([他她])(?:还|又|也|接着|笑着|连忙)?")
# a speech verb's own quotation right after it (居民说：“…”)
OWN_QUOTE = re.compile(r"道?[：:，,]?\s*[“「]")
UTTERANCE_BEFORE = frozenset("，,。！!？?；;：:\n ”」")
def turn_end(text: str, start: int, end: int) -> bool:
    """Is the clause at text[start:] (before `end`) only a turn end (`issue_turn_ends.txt`:
    话音刚落, 话还没说完, 说罢), maybe after 他/她 or a time word?  Right after a
    quotation it says the quotation was the previous speaker's, not the next one's.

    >>> turn_end("话音刚落，老杜第一个开口", 0, 12), turn_end("老杜话音刚落，", 0, 7)
    (True, False)
    """
    stop = CLAUSE_STOP.search(text, start, end)
    clause = text[start : stop.start() if stop else end]
    return bool(_turn_end().fullmatch(clause))


@cache
def _turn_end() -> re.Pattern:
    return re.compile(r"(?:他|她|这)?(?:" + "|".join(map(re.escape, sorted(words("issue_turn_ends.txt"), key=len, reverse=True))) + r")(?:之后|后|时)?")


# what ends a sentence a quotation closes (，“…”。 or ，“…。”)
QUOTED_SENTENCE_END = frozenset("。！？!?")
QUOTE_SPEAKER_CLAUSES = 3  # the speaker's clause and up to two setting clauses before it
# a clause setting the scene at someone's home right after a quotation (在村民X家中，/
# 在X大爷家里，): whoever's home it is hosts the scene, its speaker is named after it
HOME_SCENE = re.compile(r"在[^，,。；;：:“”]{1,20}?家[中里]?[，,]")
# an ordinal opens a point after punctuation (seen behind the search's start too)
# (a bullet or a dash at a line's start marks a point too: ●A；\n●B; session 16; ——A, session 60)
# (so do 一方面…另一方面… and 其一…其二…: session 41, whose 方面 read as a head noun closing a topic)
# (and the spoken 一个是…一个是…再一个是…, 还有一个就是…: session 42)
ORDINALS = re.compile(r"(?<=[；;。，,：:\s])\s*(?:(?<=\n)(?:[" + LIST_BULLETS + "]|" + LIST_DASH + ")|另?一方面[，,]?|" + SPOKEN_ORDINAL + "|"
                      r"其[一二三四五六七八九十]+[，,、]?|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d)|(?<=\n)\d{1,2}[.．、](?=\d)|第[一二三四五六七八九十]+[，,、])")



# a line's signature: only a parenthesis (naming who said the line: （居民钱某）)
SIGNATURE = re.compile(r"[ \t\u3000]*[（(][^（()）\n]{1,24}[)）][ \t\u3000。]*")


def opens_enumeration(text: str, pos: int) -> bool:
    """Does a list of points open at `pos`, right after a colon (`ORDINALS`: 一是A；二是B,
    （一）A；（二）B, 1.A；2.B, 一、A, 第一，A)?  After a residents' clause such a list is
    what they raised, whatever the words before the colon (`IssueReader.enumerated`).

    >>> t = "大家七嘴八舌：一是菜场太远；二是路灯不亮。"
    >>> opens_enumeration(t, t.index("：") + 1), opens_enumeration(t, 0)
    (True, False)
    >>> t = "大家七嘴八舌：（一）菜场太远"
    >>> opens_enumeration(t, t.index("：") + 1)
    True
    """
    return bool(ORDINALS.match(text, pos))


def point_marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""(start, end) of each mark opening a point in `text[start:end]`: the ordinals and
    bullets (`ORDINALS`), or, when there are none and nothing but a colon stands before the
    first line break, the breaks opening a run of unmarked item lines (`bare_lines_end`: a
    list whose markers were lost).  Session 59, list59.

    >>> t = "反映：\n路灯不亮\n楼顶漏水"
    >>> [t[b:e] for b, e in point_marks(t, 3, len(t))]
    ['\n', '\n']
    """
    marks = [(m.start(), m.end()) for m in ORDINALS.finditer(text, start, end)]
    if marks:
        return marks
    nl = text.find("\n", start, end)
    if nl < 0 or text[start:nl].strip(" \t\u3000：:") or bare_lines_end(text, nl) == nl:
        return []
    out = []
    while nl < end and (line := BARE_ITEM_LINE.match(text, nl)):
        out.append((nl, nl + 1))
        nl = line.end()
    return out


@dataclass(frozen=True)
class Candidate:
    """Where an item of reported speech came from: its clause's index in its point, the
    point's clause count, whether it was quoted, and why it was read (kept: a first
    clause or one marked as another complaint; every: a point of 一是…/a listing; later:
    a later clause read as background; account: an account's item with no problem word,
    see `kg.extract.issues.IssueReader.passed_over`)."""

    item: str
    clause: int
    clauses: int
    quote: bool
    why: str


def raised_before(subject: str) -> str:
    """The item of a clause subject naming one matter raised before: a raising act's relative
    (`issue_words.acts` with its 的: 反映的, 提出的), the item, and a head noun closing the
    subject (`issue_words.closer`: 问题, 诉求); "" when the subject is not so.  What follows the
    subject told it dealt with (`issue_words.reported_outcome`), the item is a follow-up's
    (`ContentReader.point_items`).  Session 56, fix56.

    >>> raised_before("上次反映的晒场破损问题"), raised_before("晒场破损问题"), raised_before("上次反映的问题")
    ('晒场破损', '', '')
    """
    close = issue_words.closer().search(subject)
    if not close or close.end() != len(subject) or close.group(0).startswith("等"):
        return ""
    acts = [a for a in issue_words.acts().finditer(subject, 0, close.start()) if (a.group("degree") or "").startswith("的")]
    if not acts:
        return ""
    item = subject[acts[-1].end() : close.start()]
    return item if item and re.fullmatch(f"[{HAN}]+", item) else ""


class ContentReader:
    """Reads the content after a raising act in one report.

    `read_clause` tells whether the content just read was reported speech,
    `content_end` where it ended; `sentence_end` (set by the caller) bounds it.
    """

    def __init__(self, text: str, index: ActorIndex, raisers: Raisers):
        self.text = text
        self.index = index
        self.raisers = raisers
        self.cadres = raisers.cadres
        self.read_clause = False  # whether the content just read was reported speech
        self.sentence_end = 0  # reported speech stays inside its sentence
        self.content_end = 0  # where the reported speech just read ends
        # items read from a clause after a concession (X，但Y) or asking for something (希望X)
        self.contrasted: set[str] = set()
        # items stating how things stand listed (、) with a problem (村里出租屋多、电线乱拉现象
        #突出): the list names what is wrong, so an account keeps them (`listed_with_problem`)
        self.problem_mates: set[str] = set()
        self.listing = False  # see clause_items
        # candidates for the learned filter (`kg.extract.issue_filter`): the clauses read
        # as background since the caller last emptied the list, and where each item came from
        self.later: list[Candidate] = []
        self.origin: dict[str, Candidate] = {}
        self.listing_end = 0
        # an item of reported speech and the outcome its own point tells (水渠漏水，去年已经修好了:
        # `point_items`; session 56, follow56), emptied with `later`
        self.outcomes: dict[str, str] = {}
        # a table's item and the place its row names in a place column (上官村), `table_items`
        self.row_places: dict[str, str] = {}

    def listed_lines_end(self, start: int, end: int) -> int:
        r"""Where the content opened at `start` (after a colon) ends, given the end of its
        sentence `end`: `end`, or, when nothing follows the colon on its line and the next
        lines open with bullets or ordinals (问题主要有：\n1. A；\n2. B；, 汇报说：\n●A\n●B),
        the end of the last of them.

        >>> # "汇报说：\n● 路灯不亮\n● 车位太少\n会上…" -> the end of the line "● 车位太少"
        """
        text = self.text
        # (问题主要有以下几条：\n1. A: words announcing what follows, 以下几条 / 三个方面, before
        # the colon closing the line announce the lines as a bare colon does; session 47, frec)
        intro = FOLLOWING.match(text, start, end) or COUNTED_ITEMS.match(text, start, end)
        if text[intro.end() if intro else start : end].strip(" \u3000：:"):
            return end
        last = None
        first = end
        while line := counted_line(text, end, last):
            number = re.match(r"\n\s*(\d{1,2})[.．、]", line.group(0))
            last = int(number.group(1)) if number else None
            stop = text.find("\n", line.end())
            end = len(text) if stop < 0 else stop
        return end if end > first else bare_lines_end(text, end)

    def table_items(self, pos: int) -> tuple[list[str], int] | None:
        r"""(items, end) of a table announced at `pos`: the rest of the line ends in a colon
        (现将居民反映问题公示如下：), the next line that is not blank is a header of two
        cells or more (`TABLE_CELLS`: ideographic spaces, tabs, two spaces) one of which is
        a head noun (`issue_heads.txt`, maybe after a modifier: 问题, 反映问题), and the rows
        after it open with a number (or, under a header of two cells, have two cells: a
        place and its problem, session 38): each row's cell in that column is an item, its first
        clause only (金桥巷路灯损坏，夜间无照明: what follows is its effect).  `end` is the
        end of the last row.  None when no such table follows.  Source: FAULTS37_p116 (a
        民情恳谈 notice listing the residents' problems as 序号/问题/责任单位/办结时限).

        >>> # "公示如下：\n序号　问题　责任单位\n1　路灯损坏　城建办\n" -> (['路灯损坏'], end of row 1)
        """
        text = self.text
        intro = TABLE_INTRO.match(text, pos)
        if not intro:
            return None
        at = intro.end()
        while at < len(text) and text[at] in " \t\u3000\n":
            at += 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        header = TABLE_CELLS.split(text[at:line_end].strip(TABLE_EDGE))
        column = next((k for k, cell in enumerate(header) if _table_head().fullmatch(cell)), None) if len(header) >= 2 else None
        if column is None:
            return None
        # the place column nearest before the issues' (村（社区） after 镇（街道）: the most specific)
        where = max((k for k, cell in enumerate(header[:column]) if _table_place_head().fullmatch(cell)), default=None)
        items: list[str] = []
        end = line_end
        for row in TABLE_ROW.finditer(text, line_end):
            if row.start() != end:
                break
            if TABLE_RULE.fullmatch(row.group("row")):
                end = row.end()  # |---|---|: a pipe table's rule under its header, no row
                continue
            cells = TABLE_CELLS.split(row.group("row").strip(TABLE_EDGE))
            # rows open with a number, or, in a table of two columns (an HTML table's rows, as
            # kg.read writes them: 村　反映问题 / 李家庄村　卫生室缺医生), are as wide as the header
            if len(cells) <= column or not (TABLE_NUMBER.fullmatch(cells[0]) or len(header) == 2 and len(cells) == 2):
                break
            item = trim(CLAUSE_CELL.split(cells[column])[0])
            if item and item not in items:
                items.append(item)
                if where is not None and cells[where]:
                    self.row_places[item] = cells[where]
            end = row.end()
        return (items, end) if items else None

    def header_table(self, pos: int) -> tuple[list[str], int] | None:
        r"""(items, end) of the table whose header line holds the raising act at `pos`
        (序号　群众反映问题　办理情况) or in a cell of the rows' raisers beside the issue
        column (序号｜诉求内容｜提出人: session 41), when the line before the header ends in a colon: the
        header's raiser and act say its column was raised, whatever the line announcing the
        table says (各部门负责人现场认领、逐项答复：).  None when `pos` is in no such header.
        Source: FAULTS40_p140 (a 现场办公 page's table of a village's problems).

        >>> # "逐项答复：\n序号\u3000群众反映问题\u3000办理情况\n1\u3000路灯损坏\u3000城建办\n" at 反映 -> (['路灯损坏'], end)
        """
        text = self.text
        line = text.rfind("\n", 0, pos) + 1
        colon = len(text[:line].rstrip(" \t\u3000\n")) - 1
        if line == 0 or colon < 0 or text[colon] not in "：:":
            return None
        stop = text.find("\n", pos)
        cells = TABLE_CELLS.split(text[line : len(text) if stop < 0 else stop].strip(TABLE_EDGE))
        # the act must sit in the issue column's own cell, not in a line of prose, or make a
        # column of the rows' raisers beside it (诉求内容｜提出人: each row was raised by someone)
        # (or a head noun that is itself a raising: 诉求内容, `issue_words.opinion_column`)
        if len(cells) < 2 or not any(_table_head().fullmatch(c) and (issue_words.acts().search(c) or issue_words.opinion_column().match(c))
                                     for c in cells) \
                and not (any(_table_head().fullmatch(c) for c in cells) and any(_raiser_cell().fullmatch(c) for c in cells)):
            return None
        return self.table_items(colon)

    def full_end(self, pos: int) -> int:
        stop = FULL_STOP.search(self.text, pos)
        end = stop.start() if stop else len(self.text)
        if asker := TRAILING_ASKER.search(self.text, pos, end):
            end = asker.start()  # 问：A？（居民刘某）: the asker signing the turn says nothing
        # reported speech stops where an official starts speaking again
        for a in self.index.in_span(pos, end):
            if a.kind == "group" and self.residents_unit(a.start, a.end):
                continue  # 全村还有3个村民小组没有通上硬化路: the residents' unit, not the visiting party
            if a.kind != "pronoun" and (a.kind != "name" or a.name not in self.cadres):
                end = a.start
                break
        return self.next_raising(pos, end)

    def residents_unit(self, start: int, end: int) -> bool:
        """Is the party word at text[start:end] (`group_words.txt`: 小组) the end of a
        community-level unit (`issue_cadre_units.txt`: 村民小组, 居民小组) rather than
        the visiting party?

        >>> # "全村还有3个村民小组没有通上路" at 小组 -> True; "走访小组来到" -> False
        """
        return residents_unit(self.text, start, end)

    def next_raising(self, pos: int, end: int) -> int:
        """Where, in the speech from `pos` to `end`, other raisers open a raising act of
        their own (…，希望尽快解决；还有居民提出X / ，另有居民反映Y): the start of that
        clause, which is the next frame's; else `end`.  The raiser opens its clause (at
        most NEXT_RAISER_LEAD characters after the boundary: 还有/另有/也有) and the act
        follows it within NEXT_ACT_GAP characters, in the same clause.  A title speaking
        for residents (`Raisers.title_raisers`: ，卫生院院长提出Y, ，村委会主任反映Y) opens
        its clause after at most TITLE_UNIT_LEAD characters (its unit), not inside a wish.

        >>> # "路灯坏了，希望修好；还有居民提出外墙脱落" from after 反映 -> the start of 还有
        """
        text = self.text
        for start, sp in self.raisers.raiser_spans(pos, end):
            if not sp.raiser or start <= pos:
                continue
            stop = None
            # (or the raisers' own place opens the clause: ，B村村民反映Y)
            reach = NEXT_RAISER_LEAD + max((len(w) + 1 for w in self.raisers.places.nodes[sp.place].written), default=0) if sp.place is not None else NEXT_RAISER_LEAD
            for stop in CLAUSE_STOP.finditer(text, max(pos, start - reach - 1), start):
                pass
            if stop is None or start - stop.end() > NEXT_RAISER_LEAD and not (
                sp.place is not None and any(text.startswith(w, stop.end()) and start - stop.end() - len(w) <= NEXT_RAISER_LEAD for w in self.raisers.places.nodes[sp.place].written)
            ):
                # (…等问题，还有不少年轻|家长希望X: an existential and a share before the raiser)
                stop = next((c for c in CLAUSE_STOP.finditer(text, max(pos, start - SHARED_LEAD - 1), start)
                             if _shared_raiser_lead().fullmatch(text, c.end(), start)), None)
                if stop is None:
                    continue
            act = issue_words.acts().search(text, sp.pos, min(end, sp.pos + NEXT_ACT_GAP))
            if act and not CLAUSE_STOP.search(text, sp.pos, act.start()):
                return stop.end()
            # ，张师傅表示Y: a speaker opening their own clause with a speech act that raises
            # nothing by itself (`issue_official_acts.txt`: 表示, 认为, 指出) still takes the
            # word: what follows is theirs, not the previous speaker's (session 58, nc58)
            if issue_words.speech_act_at(text, sp.pos, min(end, sp.pos + NEXT_ACT_GAP)):
                return stop.end()
        # a unit's head or a cadre named by a title alone (，卫生院院长提出Y, ，村委会主任反映Y):
        # the title opens its clause after the unit written before it
        for start, title_end in self.raisers.title_raisers(pos, end):
            stop = None
            for stop in CLAUSE_STOP.finditer(text, max(pos, start - TITLE_UNIT_LEAD - 1), start):
                pass
            if stop is None or issue_words.request().search(text, stop.end(), start):
                continue  # (希望站长提出…: the title is the wish's, inside the clause)
            act = issue_words.acts().search(text, title_end, min(end, title_end + NEXT_ACT_GAP))
            if act and not CLAUSE_STOP.search(text, title_end, act.start()):
                return stop.end()
        # a cadre named with their title (，嘎查达甲还提出Y, ，村主任甲反映Y after the residents'
        # list): the title opens its clause, the name then its act (FAULTS37_p116: the village
        # head's request was read as the residents' speech running on, and lost)
        for a in self.index.in_span(pos, end):
            if a.kind != "name" or a.name not in self.cadres:
                continue
            stop = None
            for stop in CLAUSE_STOP.finditer(text, max(pos, a.start - TITLE_UNIT_LEAD - 1), a.start):
                pass
            if stop is None or issue_words.request().search(text, stop.end(), a.start):
                continue
            act = issue_words.acts().search(text, a.end, min(end, a.end + NEXT_ACT_GAP))
            if act and not CLAUSE_STOP.search(text, a.end, act.start()):
                return stop.end()
        return end

    def list_or_clause(self, start: int, end: int) -> list[str]:
        """A topic list closed by a head noun, 一是…二是…, X的设想, or a clause."""
        text = self.text
        if point_marks(text, start, end):
            return self.enumeration(start, end)
        stop = CLAUSE_STOP.search(text, start, end)
        clause_end = stop.start() if stop else end
        if briefing().search(text, start, clause_end):
            return []  # 介绍了村里老人多、耕地少的基本情况: the place briefed on, nothing raised
        close = issue_words.closer().search(text, start, end)
        if close and (later := _past_predicated_head(text, close, clause_end)):
            close = later  # 加装电梯意见难统一、管线杂乱等问题: the list runs on to its closer
        if close:
            # 诉说生活中的难事，比如A、B: the head noun opens the items after it
            h = issue_words.head_then_items().search(text, close.start(), end)
            if h and h.start() < close.end() <= h.end():
                return self.after_head(h.end(), end)
            # a list may run past a comma only when the next part continues it (，以及X等问题)
            between = text[clause_end:close.start()]
            if close.start() <= clause_end or re.fullmatch(r"[，,](?:以及|还有|和|及)[^。；！？]*", between):
                # (A、B等问题均已整改完毕: raised before and dealt with since, still raised there,
                # as the readable gold files follow-ups: dev pb-11, session 55)
                if situation_of_place(text[start : close.start()], close.group(0)):
                    return []  # 说起家里的情况，老人指着电线说：“…”: whose situation, no matter raised
                return split_items(text[start : close.start()])
        return self.clause_items(start, end)

    def after_head(self, start: int, end: int) -> list[str]:
        """Items after a head noun: A、B以及C; A；B；C; A怎样…？B能不能…？"""
        text = self.text
        if text.endswith(("集中在", "集中于"), max(0, start - 3), start):
            # 问题集中在A、B上: the locative closing the link's object is no part of the last item
            body = text[start:end].rstrip("。！!；;，, ")
            if body.endswith("上") and len(body) > 1:
                end = start + len(body) - 1
        # 集中在以下几个方面：A、B; 主要有3个：A、B
        intro = FOLLOWING.match(text, start, end) or COUNTED_ITEMS.match(text, start, end)
        if intro:
            start = intro.end()
        if point_marks(text, start, end):
            return self.enumeration(start, end)
        if (close := issue_words.closer().search(text, start, end)) and close.group(0).startswith("等"):
            end = close.start()  # 包括A、B等诉求: 等 and the head noun close the list, no part of its last item
        out: list[str] = []
        for part in re.split(r"[；;？?]", text[start:end]):
            if (label := labelled_point(part)) is not None:
                out.append(label)  # ——顶棚漏雨：东区彩钢瓦锈蚀…: the line's label, its details none
                continue
            out += split_items(conceded_rest(part))
        return [item for item in out if not condition_only(item) and not at_place_only(item)]

    def after_say(self, start: int) -> list[str]:
        """After 说/反映/问 and a colon or comma: a quotation or a clause."""
        text = self.text
        pos = start + 1 if text.startswith("道", start) else start  # 问道：
        while pos < len(text) and text[pos] in "：:，, ":
            pos += 1
        if pos < len(text) and text[pos] in QUOTE_OPEN:
            close = min((i for i in (text.find(c, pos + 1) for c in QUOTE_CLOSE) if i > 0), default=-1)
            if close > 0:
                out = self.clause_items(pos + 1, close, quote=True)
                # 家长们反映，“A”，“B”，希望C: the quotations written in series after the act
                # are the same speaker's words, each read as the first is (`quoted_series`)
                for q_start, q_end in quoted_series(text, close):
                    out += [i for i in self.clause_items(q_start, q_end, quote=True) if i not in out]
                return out
        end = self.listed_lines_end(pos, self.full_end(pos))  # (说：\n●A\n●B: the points on the lines after)
        if point_marks(text, pos, end):
            return self.enumeration(pos, end)
        return self.clause_items(pos, end)

    def enumeration(self, start: int, end: int) -> list[str]:
        """一是A，…；二是B…: each point's clauses."""
        text = self.text
        marks = point_marks(text, start, end)
        # 镇里的困难一是A，二是B: the first ordinal written right after its head noun
        if marks and (first := head_ordinal().search(text, start, marks[0][0])):
            marks.insert(0, (first.start("ordinal"), first.end()))
        # 反映，X老化，一是…: the clause before the first point states the issue too,
        # unless it only announces them (面临两个困难：一是…)
        lead = marks[0][0] if marks else start
        announced = issue_words.head_then_items().search(text, start, lead) or issue_words.closer().search(text, start, lead)
        out: list[str] = self.clause_items(start, lead) if lead > start and not announced else []
        if out and text[start:lead].rstrip().endswith(("：", ":")):
            # 社区有老旧院落14个，…，问题主要有三个：一是…: a lead ending in a colon
            # announces the points, and its clauses set the scene; only a problem complains
            out = [i for i in out if issue_words.problem().search(i)]
        for i, (_, mark_end) in enumerate(marks):
            stop = marks[i + 1][0] if i + 1 < len(marks) else end
            if (label := labelled_point(text[mark_end:stop], marked=True)) is not None:
                out += [label] if label not in out else []  # 1. 顶棚漏雨：…: the point's label
                continue
            out += self.clause_items(mark_end, stop, every=True)
        return out

    def clause_items(self, start: int, end: int, quote: bool = False, every: bool = False) -> list[str]:
        """A clause of reported speech, cut at its commas into short complaints.

        Each point (the speech is cut at ；) gives its first clause that does not
        set the scene (从X到Y那段路), and each later clause marked as parallel
        (也/还) or stating a problem of its own (`issue_problem_words.txt`:
        下雨就积水); other later clauses are background.  `every` keeps all clauses (the points of 一是…二是…).
        """
        self.read_clause = True
        if not quote and not every:
            end = min(end, max(self.sentence_end, start))
        if SIGNATURE.fullmatch(self.text, start, end) and self.raisers.raiser_spans(start, end):
            return []  # …睡不着。（居民钱某）: who said it, signing the line, is no matter raised
        self.content_end = end
        out: list[str] = []
        # a head noun and a colon announced the items (问题：A，B；C), in this speech or
        # in the one read right before it (its sentence ended at ；)
        self.listing = self.listing and self.listing_end >= start - 1
        for point in POINT_SPLIT.split(self.text[start:end]):
            point = _without_announcing(point)
            out += [i for i in self.point_items(point, quote, every or self.listing) if i not in out]
        if self.listing:
            self.listing_end = end
        return out

    def point_items(self, point: str, quote: bool, every: bool) -> list[str]:
        """The complaints of one point of reported speech (see `clause_items`)."""
        setting, parallel, purpose, contrast = issue_words.clause_markers()
        problem = issue_words.problem()
        out: list[str] = []
        found = False
        first_items = 0  # how many items the first clause that gave any gave
        first_at = 0  # (and which clause it was)
        # quoted words inside a clause are part of it; “A”“B”: two quotations
        conditioned = False  # the clause before set this one's time or condition
        praised = False  # the point opened with praise (work done, better than before)
        purposed = False  # a clause gave the proposal's purpose
        requested = False  # the clause before asked for something (希望A，B: B is asked for too)
        conceded = False  # a clause after a concession complained (丰收了，但销路不畅，价格下跌: the rest goes on)
        clauses = self.clauses(point)
        later_at = len(self.later)  # the candidates this point passes over start here
        past, now = issue_words.then_now()
        then = False  # a clause told a problem as it was, before one telling how things are
        past_until = -1  # the clause telling how things are now, after a past one
        sizes: list[int] = []  # len(out) when each clause was reached (the concession is the clause before a contrast)
        # the matters of a relative raising told done (去年反映的A已经修复，但B): a follow-up, raised
        # still, is no concession a contrast after it takes back (session 56, diag222)
        followed: set[str] = set()
        for n, (part, condition) in enumerate(clauses):
            sizes.append(len(out))
            contrasted = False
            if not every and found and self.listing:
                every = True  # the items announced by 问题： after the clause that announced them
            if purpose.match(part):
                continue
            if found and pattern("issue_cause_guesses.txt", "^(?:{})").match(part):
                continue  # 暖气片一直不热，怀疑是管道里有空气: a guess at the cause, no issue of its own
            if n + 1 < len(clauses) and MEANS.match(part) and MEANS_MODEL.search(part):
                continue  # 建议借鉴X村的做法，发展Y: the way to follow; the clause after it is asked for
            judged = issue_words.qualifier().fullmatch(part)
            if judged and judged.lastgroup == "evaluation":
                continue  # 楼道堆物多，问题比较突出: how bad the complaint before is, no issue of its own
            if issue_words.pursued().fullmatch(part):
                continue  # 井盖缺失，多次反映仍未解决: the complaint's history, no issue of its own
            if found and issue_coping.restates(part):
                continue
            if found and not every and standing(part) and not problem.search(part) and not states_problem(part) and not pattern("issue_nuisance_nouns.txt").search(part) \
                    and not issue_words.wish().match(part) and not issue_words.request().search(part):
                # 地下室堆满了杂物，冬天烧炉子的多，真怕着火: how things stand (a group being many),
                # after the complaint, is the background of what follows, as it is before it
                # (session 46, fprec; a group in need, 留守老人多, and a nuisance stay: `standing`;
                # so does a wish, 要是能有个食堂就好了: what there would be is asked for, frec;
                # and a request, 盼望学校能开设X: what is asked for is no background, session 53)
                continue
            if found and not every and EXTREMITY.search(part) and not issue_words.request().search(part):
                continue  # 路坑坑洼洼，电动车都骑不了: how far the complaint goes, no issue of its own (session 33)  # 水井干了，只好买桶装水 / …，心里很犯愁: how they cope or feel (CLAUSES30 rule 1)
            if requested and not every and BENEFIT.search(part) and not problem.search(part):
                continue  # 希望卫生室配个医生，晚上孩子发烧就不用往镇上跑: the wish's gain (no relief told)
            if requested and not every and GOAL.match(part) and not problem.search(part):
                continue  # 希望盘活闲置校舍，办成老年活动中心: the wish's goal
            denied = issue_words.denied_adversity()
            if not every and denied.search(part) and not problem.search(denied.sub("", part)):
                # 看病不贵，办事不难 / 取暖费用不高: an adverse predicate denied, no problem
                # there (`issue_adverse_words.txt`; LEFTOVERS32); only a problem after it complains
                found = praised = True
                continue
            relief = issue_words.relief()
            if not every and found and BENEFIT.search(part) and out and all(PROPOSED.match(i) and not problem.search(i) for i in out):
                # 把祠堂旁的空地改建成长者饭堂，“吃饭不用再走两条街”: the gain of the change
                # proposed before it (its act, 希望, is outside the point), no problem told
                # as over; the proposal stands (FAULTS37_p122)
                continue
            told = issue_words.reported_outcome(part) if not every else ""
            if told and (subject := part[: part.rindex(told)]) and (close := issue_words.closer().search(subject)) \
                    and close.end() == len(subject) and close.group(0).startswith("等") and "、" in subject[: close.start()]:
                # 居民们反映，A、B等问题均已整改完毕: the clause's subject is a list closed by 等 + a
                # head noun, the raised items told dealt with: a follow-up, its items raised (the
                # readable gold files follow-ups, dev pb-11), each with the outcome (session 56)
                new = [i for i in split_items(subject[: close.start()]) if i not in out]
                out += new
                self.outcomes.update((i, told) for i in new)
                found = praised = True
                continue
            if told and (item := raised_before(part[: part.rindex(told)])) and item not in out:
                # 上次反映的晒场破损问题已整改到位: one item, closed by a head noun after a raising
                # act's relative (反映的, 提出的), told dealt with — a follow-up as the list above,
                # its item raised with the outcome (session 56, fix56; session 17 had dropped it)
                out.append(item)
                followed.add(item)
                self.outcomes[item] = told
                found = praised = True
                continue
            if told and (subject := part[: part.rindex(told)]) and (rel := followed_up_relative().match(subject)) \
                    and rel.end() < len(subject):
                # 去年反映的A村至B村连接路塌方路段已经修复通车: the clause's subject is a relative
                # raising with no head noun, the matter raised before and told dealt with: a
                # follow-up, its matter raised with the outcome (session 56, diag222)
                new = [i for i in split_items(subject[rel.end():]) if i not in out]
                out += new
                followed.update(new)
                self.outcomes.update((i, told) for i in new)
                found = praised = True
                continue
            if told and out:
                # 路面坑洼，水渠漏水，去年已经修好了: the clause before was raised and dealt with
                # since, a follow-up as above; the problems told stand, the one the outcome
                # follows with it (work told before it, 装了新水管，已经修好了, is no problem:
                # dropped as before).  Session 56 (follow56); RESOLVED below still clears
                # (the outcome is the item's the clause right before gave: 路面坑洼，村里装了新水管，
                # 已经修好了 tells none of 路面坑洼)
                last = out[-1] if n > 0 and sizes[n] > sizes[n - 1] else None
                out = [i for i in out if problem.search(i) or states_problem(i) or i in self.contrasted]
                if last in out:
                    self.outcomes[last] = told
                del self.later[later_at:]
                found = praised = True
                continue
            if not every and (told or relief.search(part) and not problem.search(relief.sub("", part))):
                # 已经修好了 opening a point: nothing raised before it to keep; 装了路灯，晚上出门心里也踏实了: a problem told
                # as over (issue_relief_words.txt), the work before it how; only a problem
                # after it complains
                out = []
                del self.later[later_at:]
                found = praised = True
                continue
            if not every and not conditioned and not requested and not HYPOTHETICAL.search(part) \
                    and (satisfied(part) or out and part.endswith("了") and praise(part)) \
                    and not any(problem.search(i) or states_problem(i) or i in self.contrasted or ASKED_FOR.search(i) for i in out):
                # “荤素搭配，一顿饭十几块钱，比自己做还划算” / “有事一按铃，人就来了，心里踏实”:
                # satisfaction closing the point, what it praises before it, no problem told
                # (`satisfied`; a change praised after items, 家家有了厨卫，巷子也亮堂了); only a
                # problem after it complains.  Not the gain of what is asked for (盼着村里能办个
                #食堂，吃口热乎饭; 建议规划停车场，车停下了，路就通了: `ASKED_FOR`, `HYPOTHETICAL`)
                out = []
                del self.later[later_at:]
                found = praised = True
                continue
            far = DISTANT.match(part)
            if far and not problem.search(far.group("subject")) and (found or not every and n + 1 < len(clauses) and far.group("measured")) \
                    and not (n > 0 and contrast.search(part)):
                # (a contrast makes the distance the complaint, what it concedes before it: 饭菜可口，
                # 就是离家太远了; session 54, diag213, FAULTS_p213)
                # 连队离团部二十多公里，接送孩子很不方便: how far it lies, measured, sets the scene;
                # after the complaint (公厕只有一处，离集市远), in a point of a list too, it tells
                # where the thing lies, no second issue (快递点离村太远，取件要跑十几里: judged far
                # first, the distance is the complaint)
                continue
            if every and condition and n + 1 < len(clauses):
                continue  # 三是菜场搬迁后，买菜要走…: a point's condition, before its complaint
            if not every:
                if n < past_until:
                    # 以前儿女在外打工，一日三餐全靠凑合，现在…: the past told runs up to the
                    # clause telling how things are now, each clause of it how things were (session 48)
                    then = then or bool(problem.search(part))
                    continue
                if past.match(part) and any(now.match(p) for p, _ in clauses[n + 1 :]):
                    then = bool(problem.search(part))
                    if not PAST_YEAR.match(part):
                        # (去年冬天雪少，机井塌了，眼下浇地困难: a past year is the cause, what
                        # follows it the complaint; only a past word of how things were runs on)
                        past_until = next(k for k in range(n + 1, len(clauses)) if now.match(clauses[k][0]))
                    continue  # 以前要走很远，现在方便多了: how things were, before how they are
                if (then or past_until == n and ABLE_NOW.search(part)) and now.match(part) and not problem.search(part):
                    # (以前…吃饭将就，现在下楼就能吃上热饭: what one can do now, after a past told, is the gain)
                    praised = found = True
                    continue  # 以前停车难，现在新建了停车场: a problem then, and the change now (原来有个阅览室，现在堆满了杂物 complains)
                if condition:
                    if n > 0 and CONTRAST_OPENING.match(part.lstrip("“「\"")):
                        # 住得舒服多了，但一到用水高峰，热水就供不上: a condition opened by a contrast
                        # concedes the clauses before it, as a contrast clause does (below)
                        conceded_item = sizes[n] > sizes[n - 1]
                        out = out if requested else [i for i in out if i in followed] if conceded_item else [i for i in out if problem.search(i) or i in followed]
                        contrasted = conceded = True
                        praised = False
                    conditioned = True  # 一下大雨，门口就积水: the complaint is the next clause
                    continue
                # (a thing pointed at is the topic only of a complaint after it: alone, 楼后那条排水沟
                # before 是住户们的心病, it is the complaint)
                if not found and (setting.match(part) or STRETCH.match(part) or (POINTED.match(part) or EVENT.match(part)) and n + 1 < len(clauses)):
                    if not problem.search(part):
                        continue  # 从X到Y那段路，…: the scene of the complaint after it
                    # 从X到Y那段路没有路灯 states the complaint itself; its span is the
                    # setting, the label the thing and its problem (session 26)
                    if (span := SPAN.match(part)) and stands_alone(part[span.end() :]):
                        part = part[span.end() :]
                if not found and n + 1 < len(clauses) and LOCATED.search(part) and not problem.search(part):
                    continue  # 社区在半山坡上，老人…: where the place lies sets the scene
                if not found and n + 1 < len(clauses) and described(part) and not problem.search(part) and not states_problem(part) \
                        and any(problem.search(p) for p, _ in clauses[n + 1 :]):
                    continue  # 这几户吃的是山泉水，一到旱季就断水: what a thing is sets the scene of the complaint after it (session 60, req60)
                # (a clause with its own raising act, 最担心的就是X, is another complaint;
                # so is a need of a thing, 护栏有待修复, or a thing asked for people, 给摊贩
                # 划出固定摊位: `issue_items.needs`, `provides`, session 28; so is how far a
                # service is to reach, 看病要排长队, or a harm feared, 洗澡怕滑倒: `issue_coping.reaches`,
                # `fears`, CLAUSES30 rule 1; so is what some of the people do with a thing, 有的住户
                # 把杂物堆在楼道: `issue_coping.misconduct`, session 50)
                if found and intensified(part) and not problem.search(part):
                    continue  # 经常停水，夏天用水高峰时尤为突出: when the complaint is worst (FAULTS32)
                # (水一开就是黄的, 一刮北风就往屋里倒烟: a clause of 一…就 tells a hardship that
                # comes back, a complaint of its own: `issue_words.whenever`, session 47)
                if found and not (conditioned or requested or conceded or parallel.search(part) or problem.search(part) or issue_words.lost_problem().search(part) or issue_words.whenever().search(part) or issue_words.wish().match(part) or issue_words.acts().search(part) or troubled(part) and not bare_frequency(part) or needs(part) or provides(part) or issue_coping.reaches(part) or issue_coping.fears(part) or issue_coping.misconduct(part)):
                    # a later clause read as background: a candidate the learned filter
                    # decides on (`kg.extract.issue_filter`), not an item
                    self.later_candidate(part, n, len(clauses), quote, "later")
                    continue
                conditioned = False
                wished = requested  # the clause before asked for something
                requested = bool(issue_words.request().search(part) or issue_words.wish().match(part))  # (要是X就好了 asks for X)
                if n > 0 and contrast.search(part):
                    # X还可以，就是Y: X was a concession (so was a background clause
                    # passed over: 小区是九十年代建的，但花园一直空着)
                    # (a clause before it stating a problem was no concession: 今年原料价格
                    #上涨，加上贷款难，合作社想扩大却有心无力 — session 16; nor was a wish:
                    # 盼着能加装电梯，可一楼住户不同意 — the obstacle follows what is asked, session 44)
                    # (nor a clause telling what is wrong before the one conceded, 化粪池老化，经常堵塞，
                    # 社区协调过几次，但一直没有根治: the concession is the attempt right before the
                    # contrast, which gave no item; session 46)
                    conceded_item = n > 0 and sizes[n] > sizes[n - 1]
                    # (a problem clause is no concession when the contrast clause complains too:
                    # 物业费年年涨，可垃圾清运不及时 — two complaints linked, `complaint_pair`;
                    # session 60, content60)
                    paired = complaint_pair(part)
                    out = out if wished else [i for i in out if i in followed or paired and states_problem(i)] if conceded_item \
                        else [i for i in out if problem.search(i) or i in followed]
                    contrasted = conceded = True
                    praised = False  # 路修好了，就是晚上黑: the praise was the concession
            if announced_list().search(part):
                self.listing = True
                praised = False  # 改造后满意度提升，但也留下几个问题：…: the praise is over
            if n > 0 and not every and announcing().search(part):
                # 社区是典型的老城区社区，…，目前面临的难点在于：A: the clauses before an
                # announcement of the issues set the scene; only a problem among them complains
                out = [i for i in out if problem.search(i) or i in self.contrasted]
                del self.later[later_at:]  # (and the background clauses passed over)
            if (listed := issue_words.head_then_items().match(part)) and any(map(stands_alone, split_items(part[listed.end() :]))):
                # 但也遇到了不少难题，问题包括A、B以及C: a clause opening with a head noun and its
                # link lists the issues, every item of it (read as one clause its first item kept
                # the link: 问题包括A); a clause before it ending in a head noun only announced
                # them (遇到了不少难题).  FAULTS37_p112
                out = [i for i in out if not head_end().search(i)]
                new = [i for i in split_items(part[listed.end() :]) if i not in out]
                out += new
                self.contrasted.update(new)
                found = found or bool(new)
                continue
            close = issue_words.closer().search(part)
            if close and close.group(0).startswith("等") and "、" in part[: close.start()]:
                # A、B等情况长期没有得到解决: the list closed by 等 + head noun is the complaint
                # (主要有A、B等问题: the link opening the list is no part of its first item)
                listed = part[: close.start()]
                if link := LIST_LINK.match(listed):
                    listed = listed[link.end() :]
                new = [i for i in split_items(listed) if i not in out]
                out += new
                if close.group(0).endswith(TROUBLE_HEADS):
                    # A、取暖安全、B等问题: a head noun of trouble names every item a problem, one
                    # stating none too (an account keeps it: `IssueReader.problems`; session 46)
                    self.problem_mates.update(new)
                found = found or bool(out)
                continue
            if statistic(part):
                continue  # 现在每天供应午餐380份左右: the account's figures, like a setting
            if not every and not found and praise(part):
                # 社区对我们关怀备至，我很满意: a statement of satisfaction; only a problem
                # after it complains (路修好了，就是晚上黑: a concession resets it)
                found = praised = True
                continue
            if not every and RESOLVED.search(part):
                # 社区通过加装电梯、改造管网，解决了积水的难题: a result told, and the
                # work before it in the point is how it came about; only a problem after it complains
                out = []
                found = praised = True
                continue
            item = trim(issue_words.question().sub("", part))  # 什么时候能装电梯？ asks for 装电梯
            # 停车难, 看病难: a three-character clause holding a problem word is a whole complaint
            # (希望解决停车问题: the object of a wish to solve is a problem named, however short)
            # (居民反映积水。: a problem noun, `issue_problem_nouns.txt`, as the act's whole
            # first clause names the problem, however short; session 27)
            if len(item) > MAX_CLAUSE and not quote and open_list(item):
                # 管网混接、路面破损、清雪人手不够: an open 、-list of short complaints,
                # no 等问题 closing it, too long for one clause: each is an item
                new = [i for i in split_items(item) if i not in out]
                out += new
                self.problem_mates.update(listed_with_problem(new))
                # (A怎么分摊、B谁来出: a list of worries asked, each a point as a problem is)
                self.problem_mates.update(i for i in new if asks_worry(i))
                found = found or bool(new)
                continue
            if not stands_alone(item) and not (len(item) >= 2 and issue_restated.wish_to_solve(part)) and not (n == 0 and whole_problem(item)):
                continue
            if not every and not found and circumstance(item) and not RESIDENCE.match(item):
                found = praised = True  # 外墙保温做完了，屋里暖和多了: praise
                continue
            if found and not every and (PURPOSE_AFTER.match(part) or purposed and part.startswith(("又", "也", "还", "并"))):
                purposed = True  # 既解决X，又能盘活Y: the purpose goes on
                continue
            if praised and not problem.search(part):
                continue  # …，散步的人也多: the praise goes on; only a problem after it complains
            # 门禁失灵、垃圾桶满溢: two complaints; 医生招不来、留不住: one, its
            # second part too short to stand alone
            # (停车难、充电难: a three-character part holding a problem word stands alone,
            # as a whole clause of three does above)
            # (上街卖菜、买东西的人多: how things stand, a group being many, names one group
            # whose modifiers the 、 joins, the first part no standing of its own; one clause,
            # background to the complaint after it: session 48.  外出务工的多、外来人口多 is two,
            # and so is a problem before the 、: 人员编制不足、办事跑腿多)
            first_part = item.split("、")[0]
            one_group = standing(item) and not standing(first_part) and not problem.search(first_part) and not states_problem(first_part)
            if "、" in item and not quote and all(map(stands_alone, item.split("、"))) and not one_group:
                new = [i for i in split_items(item) if i not in out]
                out += new
                self.problem_mates.update(listed_with_problem(new))
                if self.listing:
                    self.contrasted.update(new)  # announced as problems (问题：A、B)
            elif keep(item) and item not in out:
                out.append(item)
                if contrasted or self.listing or issue_words.request().search(part) or issue_words.wish().match(part):
                    # 但仍供不应求: what an account says is wrong; 问题：A，B: what it
                    # announced as problems; 他希望X: what it asks for, as a wish told as a
                    # hypothetical does (要是能添个X就好了: session 48, frec)
                    self.contrasted.add(item)
            if not found and out:
                first_items = len(out)  # a list (A多、B) is complaints, never one background clause
                first_at = n
            found = found or bool(out)  # an introduction (居民们来反映) is not the complaint
        # 老年人占比超过四成，活动室太小了: a first clause saying how things stand (a
        # share, what there is or was, a group being many), with no problem word, before
        # one that states a problem is the complaint's background.  (A first clause
        # counting something, 合唱队有三十多个人, or saying what a thing is, 楼是九十年代的
        # 老楼, was background too until session 12: the sealed pool's golds count them,
        # +.004 issues F1 pooled; a thing's age stays background: issue_items.DATED)
        # (辖区有两个老旧小区: an estate's kind is no problem, `issue_items.states_problem`)
        if not every and len(out) > 1 and demonstrative_topic(out[0]):
            # “到镇上的那条路，一下雨就往下掉石头”: the topic phrase names what the clause after
            # it is about; that clause is the complaint, and the point's first (session 48, frec)
            out = out[1:]
        background = standing(out[0]) if out else False
        # (社区老年人多，希望增加助餐点: before a request too)
        # (楼道堆物多，存在安全隐患: a risk after it is what the first clause poses, so that
        # clause is the complaint, not its background: issue_qualifiers.tsv, session 22)
        risk = issue_words.qualifier().fullmatch
        if not every and len(out) > 1 and first_items == 1 and background and not states_problem(out[0]) and any(
            (problem.search(i) or i in self.contrasted) and not ((q := risk(i)) and q.lastgroup == "risk") for i in out[1:]
        ):
            out = out[1:]
        elif not every and first_items > 1 and first_at + 1 < len(clauses) and standing_list(out[:first_items]):
            # 社区由8个小区组成，老旧小区多、外来人口多，群众诉求呈现…: a list of how things
            # stand, none a problem, before more of the point is its setting (FAULTS32)
            out = out[first_items:]
        for n, item in enumerate(out):
            self.origin.setdefault(item, Candidate(item, n, len(clauses), quote, "every" if every else "kept"))
        return out

    def later_candidate(self, part: str, n: int, clauses: int, quote: bool, why: str) -> None:
        """Record a clause `point_items` passed over as background (`self.later`) when it
        would make an item (trimmed, long enough, kept by `keep`)."""
        item = trim(issue_words.question().sub("", part))
        if PURPOSE_AFTER.match(part) and not issue_words.problem().search(part):
            return  # 建议增设座椅，方便散步的老人: the proposal's purpose, never a complaint (session 33)
        if MIN_CLAUSE <= len(item) <= MAX_CLAUSE and keep(item) and not statistic(part) and not intensified(part):
            self.later.append(Candidate(item, n, clauses, quote, why))

    @staticmethod
    def clauses(point: str) -> list[tuple[str, bool]]:
        """A point's clauses, each with whether it gives the time or condition of the
        clause after its comma (`issue_words.condition`: 一下大雨，…; 菜场搬走后，…).

        >>> ContentReader.clauses("菜场搬走后，买菜要走半小时。")
        [('菜场搬走后', True), ('买菜要走半小时', False)]
        >>> ContentReader.clauses("下水管一堵，污水就往家里返")
        [('下水管一堵', True), ('污水就往家里返', False)]
        """
        out: list[tuple[str, bool]] = []
        pos = 0
        seps = [*CLAUSE_SPLIT.finditer(point), None]
        for i, sep in enumerate(seps):
            part = point[pos : sep.start() if sep else len(point)].strip()
            pos = sep.end() if sep else len(point)
            if part:
                comma = sep is not None and sep.group(0) in "，,"
                # (a quotation opening the clause is no part of it: “再这样下去，…”)
                bare = part.lstrip("“「\"")
                # (a contrast opening it leaves a condition one: 就是一到冬天干旱，…, 但一到用水高峰，…)
                bare = CONTRAST_OPENING.sub("", bare, count=1) or bare
                condition = comma and (bool(issue_words.condition().match(bare)) and not issue_words.timed_complaint(bare) or bool(CAUSED.match(bare)))
                condition = condition and not issue_words.wish().match(bare)  # 要是能有个食堂该多好，…: a wish
                if comma and not condition and ONE_VERB.search(part):
                    then = point[sep.end() : seps[i + 1].start() if seps[i + 1] else len(point)]
                    condition = "就" in then  # 管子一堵，污水就返上来
                out.append((part, condition))
        return out

    def in_official_quote(self, pos: int, paragraph_start: int) -> bool:
        """Is `pos` inside a quotation an official's turn end closes (“…”王明话音刚落，…:
        an official named right after the closing quote, then a turn end of
        `issue_turn_ends.txt`)?  The words are the official's opening of the talk
        (“…就听大家说，有什么难处尽管摆出来。”): a raising act in them (大家说) raises
        nothing.  Source: FAULTS38_p123 (an official's invitation to speak was filed
        as a raising).

        >>> # "“有困难就听大家说，尽管提。”镇长王明话音刚落，村民…" -> True at 大家说
        """
        text = self.text
        open_ = max(text.rfind(c, paragraph_start, pos) for c in QUOTE_OPEN)
        if open_ < 0 or max(text.rfind(c, open_, pos) for c in QUOTE_CLOSE) >= 0:
            return False
        close = min((i for i in (text.find(c, pos) for c in QUOTE_CLOSE) if i >= 0), default=-1)
        if close < 0:
            return False
        after = close + 1
        named = next((a for a in self.index.in_span(after, after + 8) if a.kind == "name" and a.start == after), None)
        return named is not None and bool(_turn_end().match(text, named.end))

    def quotes_before_speaker(self, s: Sentence, paragraph_start: int):
        """“…”一位村民说 / “…”另一位村民接过话头: a quotation, then a raiser who says it.

        Yields (quotation start, end, the Speaker).  The closing quote may end the
        sentence before (the splitter cuts at 。”); the speaker's clause may follow a
        clause or two setting the time or place (“…”5月9日，在X市场，摊主Y拉着Z的手说).
        The speaker is a raiser word or, read from the analyser's words, a person
        holding no post, written before the speech verb or raising act.
        """
        text = self.text
        lo = max(paragraph_start, s.start - 2)
        for m in re.finditer(r"[”」][，,]?", text[lo : s.end]):
            after = lo + m.end()
            speaker = None
            clause_start = after
            if turn_end(text, after, s.end):
                continue  # “…”话音刚落，X第一个开口: the quotation was the speaker's before X
            for _ in range(QUOTE_SPEAKER_CLAUSES):
                clause = CLAUSE_STOP.search(text, clause_start + 1, s.end)
                clause_end = clause.start() if clause else s.end
                # “A，”X说，“B”: one utterance split by its speaker (a comma before the close)
                speaker = self.quote_speaker(clause_start, clause_end, split=text[lo + m.start() - 1 : lo + m.start()] in "，,", paragraph_start=paragraph_start)
                if speaker is not None or clause is None or text[clause.start()] not in "，,":
                    break
                if self.index.in_span(clause_start, clause_end):
                    break  # 委员何莉莉话音刚落，居民罗学…: the quotation was the person's named first
                clause_start = clause.end()
            close = lo + m.start()
            open_ = max(text.rfind(c, paragraph_start, close) for c in QUOTE_OPEN)
            if speaker is None and open_ >= 0 and opens_sentence(text[paragraph_start:self.run_open(paragraph_start, open_)]):
                # (“A”“B”……: a later quotation of a run opening the paragraph is a lead too;
                # the run is read once, at its last quotation, as “A？”“B？”居民们问 is)
                if text[after:after + 1] in QUOTE_OPEN:
                    continue
                speaker = self.lead_quote_speaker(after, s.end)
            if speaker is None:
                continue
            if open_ > paragraph_start and text[open_ - 1] in "，," and close + 1 < len(text) \
                    and (text[close + 1] in QUOTED_SENTENCE_END or text[close - 1] in QUOTED_SENTENCE_END):
                # 他是果农，今年卖不上价，“村里冷库太少”。X村的Y…，她说…: a quotation closing the sentence
                # it did not open is that sentence's speaker's, not the next sentence's (session 54, diag213)
                continue
            # an utterance opens its clause; a name in quotes inside one (开展“X”活动) is no speech
            if open_ >= 0 and (open_ == paragraph_start or text[open_ - 1] in UTTERANCE_BEFORE):
                if self.introduced(paragraph_start, open_):
                    continue  # 王明指出，“…”，要…: the quotation is the words of the one who introduced it
                # “A？”“B？”居民们问: quotations written one after another are the same
                # speaker's, read as one span (the clauses split at ”“)
                while open_ > paragraph_start and text[open_ - 1] in QUOTE_CLOSE:
                    before = max(text.rfind(c, paragraph_start, open_ - 1) for c in QUOTE_OPEN)
                    if before < 0 or not (before == paragraph_start or text[before - 1] in UTTERANCE_BEFORE):
                        break
                    open_ = before
                yield (open_ + 1, close, speaker)

    def run_open(self, paragraph_start: int, open_: int) -> int:
        """Where the run of quotations written one after another (“A”“B”“C”) that holds
        the quotation opening at `open_` opens (`open_` itself when none stands right
        before it).  Source: FAULTS38_p125 (residents' quotes opening a report: only the
        first was read as the lead's).

        >>> # "“路灯不亮”“流浪猫多”……" -> the second quotation's run opens at 0
        """
        text = self.text
        while open_ > paragraph_start and text[open_ - 1] in QUOTE_CLOSE:
            before = max(text.rfind(c, paragraph_start, open_ - 1) for c in QUOTE_OPEN)
            if before < 0:
                break
            open_ = before
        return open_

    def lead_quote_speaker(self, start: int, end: int):
        """The speaker of a quotation opening its paragraph, named in the rest of its
        sentence with no speech verb (“…”第一个开口的是村民X, “…”居民甘某第一个来到桌前,
        “书记，…”村民X拉住了…): the first person written in text[start:end] when
        a raiser (a raiser word, not a possessive, or a named resident).  None
        when an official or an organisation is named first, or nobody: the lead is
        then a headline's or an official's words.

        >>> # "“楼道灯坏了很久。”第一个开口的是居民冯大爷。" -> the Speaker of 居民
        """
        first = next((r for r in self.raisers.raiser_mentions(start, end) if r.raiser and not self.text.startswith("的", r.pos)), None)
        if first is None:
            return None
        if (scene := HOME_SCENE.match(self.text, start)) and first.pos < scene.end():
            # “屋里暖和不暖和？”在村民X家中，王明摸了摸暖气片: the resident is the host of the
            # scene, not the speaker; the visitor who asks is named after it.  Source: FAULTS36_p104
            return None
        # (a party word, 一行/调研组, is among the blockers; the index's 小组 may be a place's)
        if any(a.kind != "group" for a in self.index.in_span(start, first.pos)):
            return None
        if any(b.start() < first.pos for b in pattern("issue_blockers.txt").finditer(self.text, start, first.pos)):
            return None
        return first

    def introduced(self, lo: int, open_: int) -> bool:
        """Is the quotation opening at `open_` introduced by a speech verb
        (`issue_speech_verbs.txt`) or a remark act (`issue_official_acts.txt`) right
        before it, after a comma or colon (王明指出，“…”; 他说：“…”)?  Then the words
        are that speaker's, not those of a raiser named after the quotation.

        Also after a colon closing a clause that names an official (司马宁回应：“…”,
        王明答复：“…”, whatever the verb): the quotation has its speaker, named before it.

        >>> # "王明指出，“民生无小事”，居民们说…" -> True at the opening quote
        """
        before = self.text[max(lo, open_ - 3) : open_]
        if not before.endswith(("，", ",", "：", ":")):
            return False
        if before.endswith(("：", ":")):
            colon = open_ - 1
            start = max(lo, colon - MAX_CLAUSE)
            for stop in CLAUSE_STOP.finditer(self.text, start, colon):
                start = stop.end()
            if any(a.kind == "name" for a in self.index.in_span(start, colon)):
                return True
        before = before[:-1]
        return any(before.endswith(w) for w in introducing_verbs())

    def quote_speaker(self, start: int, end: int, split: bool = False, paragraph_start: int | None = None):
        """The raiser who says a quotation in the clause text[start:end], before its
        speech verb or raising act (村民X接过话头, 居民李某指着水渍向王明反映); None.
        A pronoun alone before the verb (“…？”他问) says it when it refers to a raiser
        (`Raisers.pronoun_is_raiser`, read in the paragraph from `paragraph_start`;
        session 16)."""
        text = self.text
        verb = issue_words.speech_verbs().search(text, start, end) or issue_words.act_words().search(text, start, end)
        if not verb:
            return None
        if not split and OWN_QUOTE.match(text, verb.end()):
            return None  # “…？”居民说：“…”: the speaker's own quotation follows; the one before is another's
        mentions = self.raisers.raiser_mentions(start, verb.start())
        raiser = next((r for r in mentions if r.raiser), None)
        if raiser is not None:
            return None if PRONOUN.search(text, start, raiser.pos) else raiser
        if paragraph_start is not None and (p := LONE_PRONOUN.fullmatch(text, start, verb.start())):
            actors = self.index.in_span(paragraph_start, end)
            return Speaker(p.end(1), True) if self.raisers.pronoun_is_raiser(p.start(1), actors, paragraph_start) else None
        return self.raisers.person_before(start, verb.start())

    def quotes_after_colon(self, s: Sentence):
        """居民X打开了话匣子：“A”“B”: quotations after a colon, said by the nearest speaker.

        A comma introduces direct speech as a colon does (汤阿姨第一个开口，“A”) when the
        clause before it is short enough to be only a speaker (at most SPEAKER_CLAUSE
        characters) and the quotation ends the sentence: a quoted term inside a clause
        (，“最后一公里”还没打通) is no speech.  Source: session 52 (opened p187-01: a
        turn-taking verb, not a speech verb, before the comma).

        >>> # "居民甲第一个开口，“楼道灯坏了。”" -> (after “, before ”, the comma, True)
        """
        text = self.text
        for m in re.finditer(r"[：:，,]\s*[“「]", text[s.start : s.end]):
            colon = s.start + m.start()
            if text[colon] in "，," and not self._comma_opens_speech(s, colon):
                continue
            open_ = s.start + m.end() - 1
            close = quote_run_end(text, open_, len(text))
            if close > open_:
                yield (open_ + 1, close - 1, colon, True)

    def _comma_opens_speech(self, s: Sentence, comma: int) -> bool:
        """Does the comma at `comma` open a quotation the way a colon does: the clause
        before it is at most SPEAKER_CLAUSE characters and the quotation run after it
        closes the sentence (only punctuation after it)?"""
        text = self.text
        clause = max([s.start, *(c.end() for c in CLAUSE_STOP.finditer(text, s.start, comma))])
        if not 0 < comma - clause <= SPEAKER_CLAUSE:
            return False
        close = quote_run_end(text, comma + 1, s.end)
        return close > comma + 1 and not text[close : s.end].strip("。！!？?… \n")

    def speech_after_colon(self, s: Sentence):
        """居民X：A，B。 / 楼组长X第一个开口：A，B: words after a colon with no quotation
        marks, when the clause before the colon is short enough to be only a speaker
        (at most SPEAKER_CLAUSE characters: a raiser, a name, a speech verb).  Yields
        (content start, sentence end, colon position, False); `IssueReader` decides
        whether the clause names a resident speaking (`IssueReader.colon_speaks`).
        Reads no tags: every colon of the report is tried.

        >>> # "居民李某：楼道灯坏了，一直没人修。" -> (after the colon, the sentence end, the colon, False)
        """
        text = self.text
        if s.paragraph == 0:
            return  # 【代表在行动】宋某：把“民生清单”揣进口袋里 — a headline names its story so
        if aftermath_answer(text, s.start):
            return  # 记者：现在进展怎么样了？\n刘长海：…: an answer on what was done, said or planned
        for m in SPEECH_COLON.finditer(text, s.start, s.end):
            colon = m.start()
            clause = max([s.start, *(c.end() for c in CLAUSE_STOP.finditer(text, s.start, colon))])
            # 组长X把憋了很久的几件事说了出来： the disposal's object is what is said, the speaker is before it
            said = issue_words.disposed_speech_start(text, clause, colon)
            if not 0 < (colon if said is None else said) - clause <= SPEAKER_CLAUSE:
                continue
            if text[m.end() : s.end].strip("。！!？? \n"):
                yield (m.end(), s.end, colon, False)
            elif (lines_end := self.listed_lines_end(m.end(), s.end)) > s.end:
                # 念给区长听：\n1.A；\n2.B: a colon closing its line announces the numbered
                # lines after it (session 46, frec): the content runs to the last of them
                yield (m.end(), lines_end, colon, False)


# what may stand between two quotations of one speaker written in series (“A”，“B”; “A”“B”)
SERIES_JOIN = "，,、"
# what may follow the last quotation of a series: a clause mark or the sentence's end (not a
# speaker or verb of its own: “A”，“B”王明回应说 — B is another's)
SERIES_AFTER = "，,、。；;！!？?…\n"


def quoted_series(text: str, close: int) -> list[tuple[int, int]]:
    """The quotations written in series after the one closing at `close`, each as
    (start, end) of its words: joined to the one before by nothing or by a comma or 、
    (`SERIES_JOIN`), and each followed by a clause mark or the sentence's end
    (`SERIES_AFTER`): a quotation followed by its own speaker is another's words, and the
    series stops before it.  After a raising act (家长们反映，“A”，“B”，希望C) they are
    the same speaker's words, as the first is (`ContentReader.after_say` read only the
    first).  Session 55, diag210 (FAULTS_p210: a parent's second quotation lost).

    >>> t = "反映，“托位太少”，“孩子没人看”，希望增加托位。"
    >>> [t[a:b] for a, b in quoted_series(t, t.index("”"))]
    ['孩子没人看']
    >>> t = "说，“路太窄”，“这事我们来办”王明回应说。"
    >>> quoted_series(t, t.index("”"))
    []
    """
    out: list[tuple[int, int]] = []
    pos = close + 1
    while True:
        at = pos + 1 if text[pos:pos + 1] and text[pos] in SERIES_JOIN else pos
        if not (text[at:at + 1] and text[at] in QUOTE_OPEN):
            return out
        end = min((i for i in (text.find(c, at + 1) for c in QUOTE_CLOSE) if i > 0), default=-1)
        if end < 0 or (text[end + 1:end + 2] and text[end + 1] not in SERIES_AFTER + QUOTE_OPEN):
            return out
        out.append((at + 1, end))
        pos = end + 1


def quote_run_end(text: str, start: int, limit: int) -> int:
    """The offset after the last closing mark of the quotations run from `start` (“A”“B”“C”),
    up to `limit`; `start` itself when no quotation opens and closes there.

    >>> quote_run_end("：“甲”“乙”。", 1, 8)
    7
    """
    close = start
    while close < limit and text[close] in QUOTE_OPEN:
        end = min((i for i in (text.find(c, close + 1) for c in QUOTE_CLOSE) if i > 0), default=-1)
        if end < 0:
            break
        close = end + 1
    return close


# after a bare head noun, what makes it the subject of a predicate rather than a list's closer
# (意见难统一, 问题很突出): a Han character that is no join word of a list
_PREDICATE_AFTER_HEAD = re.compile(rf"[{HAN}](?<![等的和及与])")


def _past_predicated_head(text: str, close: re.Match, clause_end: int) -> re.Match | None:
    """The next closer of the clause (ending at `clause_end`) after `close`, when `close`
    is a bare head noun (`issue_words.head_words`) with a predicate right after it
    (加装电梯意见难统一、楼道内管线杂乱等问题: 意见 is what is hard to unite, the first item's
    subject, and 等问题 closes the list); None otherwise (停车问题、…: the bare head closes).
    Source: FAULTS38_p126 (p126-04: the list was cut at 意见, its other items lost).

    >>> import re
    >>> t = "反映了加装电梯意见难统一、管线杂乱等问题。"
    >>> _past_predicated_head(t, issue_words.closer().search(t), len(t) - 1).group(0)
    '等问题'
    >>> t = "反映了停车问题、管线杂乱等问题。"
    >>> _past_predicated_head(t, issue_words.closer().search(t), len(t) - 1) is None
    True
    """
    if close.group(0) not in issue_words.head_words() or not _PREDICATE_AFTER_HEAD.match(text, close.end(), clause_end):
        return None
    return issue_words.closer().search(text, close.end(), clause_end)


@cache
def _announcing_clause() -> re.Pattern:
    """A clause opening (at the point's start or after a comma) with a short subject and
    a head noun (`issue_words.heads`) said to be many (还不少, 很多), and a long link to the
    items (`issue_head_links.txt`: 包括, 主要有): 小区里问题还不少，包括A、B.  (A bare
    `问题包括A` after a clause is the listing `point_items` reads: FAULTS37_p112.)"""
    links = alternation([w for w in words("issue_head_links.txt") if len(w) > 1])
    return re.compile(
        rf"(?:^|(?<=[，,]))(?P<contrast>可是|但是|可|但|不过)?[^，,。；;：:、]{{0,8}}?(?:{issue_words.heads()})"
        rf"(?:还|也|真|确实)?(?:不少|很多|较多|挺多|一大堆|多)[，,]?(?:{links})"
    )


def _without_announcing(point: str) -> str:
    """`point` less a clause that only announces the items after it (`_announcing_clause`:
    可小区里问题还不少，包括A、B和C): the items remain, the announcement (no issue of its
    own) goes.  Source: FAULTS38_p126 (p126-07: 小区里问题还不少 kept as an issue).

    >>> _without_announcing("暖气倒是热了，可小区里问题还不少，包括楼顶漏水、路灯不亮")
    '暖气倒是热了，可楼顶漏水、路灯不亮'
    >>> _without_announcing("遇到了难题，问题包括路灯不亮"), _without_announcing("问题解决了")
    ('遇到了难题，问题包括路灯不亮', '问题解决了')
    """
    m = _announcing_clause().search(point)
    # (a contrast opening the clause stays: the praise before it is no issue, 可A、B)
    return point[: m.start()] + (m.group("contrast") or "") + point[m.end():] if m and m.end() < len(point) else point


# the words before a relative raising act opening a clause (去年, 此前群众): a time, a raiser
FOLLOWED_UP_LEAD = 6


@cache
def followed_up_relative() -> re.Pattern:
    """A clause opened by a relative raising with no head noun before its matter: a few
    words (a time, a raiser: 去年, 此前群众), a raising act (`issue_acts.tsv`: 反映, 提出,
    投诉) and 的 (去年反映的|A路段已经修复).  Read by `ContentReader.point_items` on a clause
    telling its matter done (`issue_words.reported_outcome`).  Session 56, diag222.

    >>> bool(followed_up_relative().match("去年反映的村道塌方路段")), bool(followed_up_relative().match("村道塌方"))
    (True, False)
    """
    acts = [a for a in issue_words.act_shapes() if not a.endswith("的")]
    return re.compile(f"[^，,。；;的]{{0,{FOLLOWED_UP_LEAD}}}?(?:{alternation(acts)})的")
