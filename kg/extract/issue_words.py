"""The issue frame's word classes, read once from the lexicon files (kg/lexicons/issue_*).

Each getter builds one pattern from data; the frame's modules (raisers, content
shapes, raising frames, items) only match them.  Shared shapes of the genre's
punctuation and counts are here too.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.lexicons import alternation, compile_words, kind_words, pattern, raising_acts, table, words
from kg.repair.lost import UNREADABLE
from kg.text import HAN

# a cost going up or weighing (成本一年比一年高, 房租逐年攀升, 负担越来越重): the predicates
# after a cost noun (issue_cost_nouns.txt), up to COST_GAP characters after it
# (大 opening another word is no predicate: 费用大幅下降, 花费大量时间)
COST_RISE = "(?:" + alternation(words("issue_cost_rise_words.txt")) + ")(?![幅量部概体])"
COST_GAP = 7

# a full sentence: the content of a head noun or a clause may run across ；？
FULL_STOP = re.compile(r"[。！!\n]")
CLAUSE_STOP = re.compile(r"[，,。；;！!？?\n]")
FREE = "[^，,。；;！!？?\n：:“”]"  # a character inside one clause
# a count of items: 20余条, 三个, 14件
COUNT = r"[\d一二三四五六七八九十两几百]+[余多]?(?:条|个|项|件|类|大类|方面)"
QUANTITY = r"(?:[一二三四五六七八九十两几多\d]+(?:个|项|条|件|类|大类|方面)?)?"


@cache
def act_shapes() -> dict[str, str]:
    """Raising act -> its content shape (`issue_acts.tsv`: any, say, relative, account), and
    each act of shape any written with its second character lost (`lost_acts`: 反□□).

    >>> act_shapes()["反映"], act_shapes()["反□□"], "说□" in act_shapes()
    ('any', 'any', False)
    """
    shapes = raising_acts()
    return shapes | lost_acts(shapes)


# a character lost in the file (kg.repair.lost writes it as □, one or two per character)
LOST = UNREADABLE


def lost_acts(shapes: dict[str, str]) -> dict[str, str]:
    """A two-character act of shape any whose second character was lost (`kg.repair.lost`:
    居民们反??, → 反□□，) -> any: its first character opens acts of that one shape only,
    so the act is known whichever was lost (反 opens 反映 and 反应; 说 opens 说起 and
    the speech verb 说, no lost form).  Read only before a comma or colon (`acts`).
    Session 26: a GBK file saved through a narrower encoding loses characters so.

    >>> sorted(lost_acts({"反映": "any", "反应": "any", "说到": "any", "说": "say"}))
    ['反□', '反□□']
    """
    firsts: dict[str, set[str]] = {}
    for act, shape in shapes.items():
        firsts.setdefault(act[0], set()).add(shape)
    heads = {act[0] for act, shape in shapes.items() if len(act) == 2 and firsts[act[0]] == {"any"}}
    return {head + LOST * n: "any" for head in sorted(heads) for n in (1, 2)}


@cache
def acts() -> re.Pattern:
    """A raising act (group `act`), possibly with a degree and 的 (group `degree`: 反映最多的，是;
    after 得, a speech verb's complement: 说得最多的，是)."""
    degrees = alternation(words("issue_act_degrees.txt"))
    compounds = alternation(words("issue_act_compounds.txt"))
    # an act ending another word (询问, 听说: issue_act_containers.txt) is part of it
    # (checked behind the act once it matched: cheap, the act is rare)
    # (a head noun ending in an act, 意见建议, counts too: 听取群众意见建议，X陪同 — no act; session 39, p138)
    inside = "".join(
        f"(?<!{re.escape(h)})" for h in (*words("issue_act_containers.txt"), *head_compounds())
        if any(h.endswith(a) and h != a for a in act_shapes())
    )
    # the lookahead on an act's first characters keeps the search fast: a pattern
    # opening with a lookbehind makes re try the whole alternation at every character
    first = "".join(sorted({re.escape(a[0]) for a in act_shapes()}))
    return re.compile(
        f"(?=[{first}])(?<!(?<!有)的)(?P<act>{alternation(act_shapes())}){inside}(?!{compounds})"
        # (an act with a lost character closes its clause: 反□□，X)
        f"(?:(?<!{LOST})|(?=[，,：:]))"
        # (a degree may follow 得 as a verb's complement: 说得最多的，是X)
        f"(?P<degree>(?:得?(?:{degrees}))?的[，,]?(?:是|就是|为|主要是|集中在|主要集中在|有|主要有)?)?"
    )


def head_compounds() -> list[str]:
    """The head nouns of `issue_heads.txt` joined of two (意见建议): the words the acts'
    containers take in (`acts`), their last word being an act's.

    >>> "意见建议" in head_compounds()
    True
    """
    return [h for h in words("issue_heads.txt") if len(h) == 4 and h[:2] in words("issue_heads.txt")]


@cache
def negated_act() -> re.Pattern:
    """A negation ending right before a raising act (`issue_negations.tsv`, scope act: 没有,
    并未, 从未; an adverb of scope between may follow it: 没有再): matched with `.search`
    on the text before the act, anchored at its end.  The residents raised nothing
    (居民没有反映停车问题): the act is no anchor.  Newcomer31 finding 3.

    >>> bool(negated_act().search("居民没有")), bool(negated_act().search("居民并未再")), bool(negated_act().search("居民"))
    (True, True, False)
    """
    rows = table("issue_negations.tsv")
    negations = alternation([w for w, scope in rows if scope == "act"])
    between = alternation([w for w, scope in rows if scope == "between"])
    return re.compile(f"(?:{negations})(?:{between})?$")


@cache
def denial() -> re.Pattern:
    """A word denying the existence of what follows it (`issue_negations.tsv`, scope
    existence: 不存在, 未发现, 并无): a clause holding one states that something is not a
    problem (小区不存在停车难问题), no complaint.  Newcomer31 finding 3.

    >>> bool(denial().search("小区不存在停车难")), bool(denial().search("小区没有电梯"))
    (True, False)
    """
    return re.compile(alternation([w for w, scope in table("issue_negations.tsv") if scope == "existence"]))


@cache
def superlative_topic() -> re.Pattern:
    """A superlative topic frame (`issue_topic_verbs.tsv`): a verb of talk, want or fear
    with 最 before it (and the aspect 着: 最盼着的是, FAULTS37_p122) or 得 and a degree after
    it (`issue_act_degrees.txt`), then 的 and a copula: what follows is what the raisers talked about, wanted or feared most.  An
    enumeration after 的 (最关心的一是A，二是B) stands for the copula.  Group `verb`
    (最 + verb) or `verb2` (verb + 得).  FAULTS29 notes, session 30.  Group `verb3`: the
    quantified cleft, a raising act or a verb of talk or want, 的 and a quantifier
    (`issue_cleft_quantifiers.txt`: 居民说的大多是X, 大家提的都是Y; session 54).  Group `verb4`:
    the bare cleft of a worry state (`issue_worry_acts.txt`: 老人愁的是X, 最放心不下的是Y;
    session 54, diag213).

    >>> [superlative_topic().search(t).group(0) for t in ("大家谈得最多的是X", "村民最盼的就是Y", "居民最怕的，一是Z", "最盼着的是W")]
    ['谈得最多的是', '最盼的就是', '最怕的，', '最盼着的是']
    >>> [bool(superlative_topic().search(t)) for t in ("座谈会上，居民说明了情况", "急难愁盼的事", "最理想的是X", "大家最盼的事要办好")]
    [False, False, False, False]
    >>> [superlative_topic().search(t).group("verb2") for t in ("她在走访中听到最多的是X", "接待时听见较多的，就是Y")]
    ['听到', '听见']
    >>> [superlative_topic().search(t).group("verb3") for t in ("几位居民说的大多是身边事", "大家提的都是Y", "村民反映的主要是Z")]
    ['说', '提', '反映']
    >>> [bool(superlative_topic().search(t)) for t in ("说的是X", "反映的问题都是X")]
    [False, False]
    >>> [superlative_topic().search(t).group("verb4") for t in ("老人愁的是水：X", "她最放心不下的是看病，Y")]
    ['愁', '放心不下']
    """
    verbs = alternation(kind_words("issue_topic_verbs.tsv", "talk", "want"))
    degrees = alternation(words("issue_act_degrees.txt"))
    # (the quantified cleft, 居民说的大多是X, 大家提的都是Y: a raising act or a verb of talk,
    # 的 and a quantifier before the copula name what most of them raised; session 54, p212)
    cleft = alternation([*kind_words("issue_topic_verbs.tsv", "talk", "want"),
                         *(a for a, shape in act_shapes().items() if shape in ("any", "say"))])
    quantifiers = alternation(words("issue_cleft_quantifiers.txt"))
    # (the bare cleft of a worry state, 老人愁的是X, 她最放心不下的是Y: what the raisers fret
    # about, with or without 最; session 54, diag213, FAULTS_p213)
    worries = alternation(words("issue_worry_acts.txt"))
    return re.compile(
        # (a verb of hearing with its result, 听到, stands for verb + 得: 听到最多的是X, what the
        # speaker heard most from the people they met; session 49, frec49)
        rf"(?:最为?(?P<verb>{verbs})着?的|(?P<verb2>{verbs})(?:得|(?<=[到见]))(?:{degrees})的"
        rf"|(?P<verb3>{cleft})的(?:{quantifiers})|(?P<verb4>{worries})的)[，,]?"
        r"(?:(?:就|也|还|便|主要|正)?是(?![一二三四五六七八九十]是)|(?=[一二三四五六七八九十]是|[（(]?[一1][）)、.]))"
    )


def heard_most(m: re.Match) -> bool:
    """Is the verb of a `superlative_topic` match a verb of hearing (`issue_hearing_verbs.txt`:
    她在走访中听到最多的是X)?  What the speaker heard most, the people they met raised,
    whoever heard it (session 49, frec49).

    >>> heard_most(superlative_topic().search("她在走访中听到最多的是X")), heard_most(superlative_topic().search("大家谈得最多的是X"))
    (True, False)
    """
    return (m.group("verb") or m.group("verb2") or m.group("verb3") or m.group("verb4")) in words("issue_hearing_verbs.txt")


def topic_verb_talks(verb: str) -> bool:
    """Is `verb` a verb of talk in the superlative frame (`issue_topic_verbs.tsv` talk:
    its content names a topic, not a wish)?

    >>> topic_verb_talks("聊"), topic_verb_talks("盼")
    (True, False)
    """
    return verb in kind_words("issue_topic_verbs.tsv", "talk")


@cache
def acts_before_word() -> re.Pattern:
    """A raising act right before a one-character compound mark
    (`issue_act_compounds.txt`: 人, 者, 会…) that `acts` leaves out (反映人 is a noun):
    the caller keeps it when the analyser reads the mark as opening a longer word
    (反映|人才引进难, 反映|人行道破损: the act's object, not a compound).  Group `act`."""
    marks = "".join(re.escape(w) for w in words("issue_act_compounds.txt") if len(w) == 1)
    first = "".join(sorted({re.escape(a[0]) for a in act_shapes()}))
    return re.compile(f"(?=[{first}])(?<!(?<!有)的)(?P<act>{alternation(act_shapes())})(?=[{marks}])(?P<degree>)")


@cache
def opinion_column() -> re.Pattern:
    """A head noun that is itself a raising (`issue_opinion_heads.txt`: 诉求, 意见) before a
    word for a table cell's text (`table_head_tails.txt`: 内容, 描述): a header cell naming
    a column of what residents raised (序号｜诉求内容｜涉及楼栋), as 反映内容 does with an
    act.  Session 44 (p136-05: the line announcing the table raised nothing).

    >>> bool(opinion_column().search("序号｜诉求内容｜涉及楼栋")), bool(opinion_column().search("工作内容"))
    (True, False)
    """
    heads = alternation(words("issue_opinion_heads.txt"))
    return re.compile(f"(?:{heads})(?=(?:{alternation(words('table_head_tails.txt'))})(?:[｜|\u3000\t ]|$))", re.M)


@cache
def added_act() -> re.Pattern:
    """A comma, an adverb of addition (`issue_added_acts.txt`: 还, 也, 并, 同时…) and a
    raising act: a second raising of the same raisers (…等问题，还希望X).  Group `act`
    as in `acts`."""
    return pattern("issue_added_acts.txt", "[，,](?:{})(?=" + acts().pattern + ")")


@cache
def bare_request_after_list() -> re.Pattern:
    """A list closed by 等 and a head noun, a comma and a request act alone
    (`issue_bare_added_acts.txt`: 建议, 希望): a second raising of the same raisers with no
    adverb of addition (…等困难，建议Y), as `added_act`'s …，还建议Y.  Group `cut` is the
    comma, where the first act's content ends.  After a clause, not a closed list, a bare
    …，建议Y is as often the writer's or an official's proposal: not read so.
    Source: FAULTS38_p127.

    >>> m = bare_request_after_list().search("反映了路灯不亮等问题，建议硬化村道")
    >>> m.start("cut")
    10
    >>> bare_request_after_list().search("反映路灯不亮，建议硬化村道") is None
    True
    """
    return re.compile(f"等(?:{heads()})(?P<cut>[，,])(?=(?:{alternation(words('issue_bare_added_acts.txt'))}))(?={acts().pattern})")


def topic_markers() -> re.Pattern:
    """围绕/就/对/关于: a one-character marker inside a word is no marker (面对面, 相对, 成就, 迁就)."""
    return pattern("issue_topic_markers.txt", "(?<![面相针绝反应核比派成迁造])(?:{})")


@cache
def marker_words() -> re.Pattern:
    """A word opening with a one-character topic marker (`issue_marker_words.txt`: 就诊,
    就医, 对门), matched where the marker stands: the caller asks the analyser whether it
    is written there as a word (前来就诊的村民) or the marker opens a topic (就医保报销问题).

    >>> bool(marker_words().match("就诊的村民")), bool(marker_words().match("就停车难"))
    (True, False)
    """
    return pattern("issue_marker_words.txt")


@cache
def heads() -> str:
    """The head nouns as one regex alternation (`head_words`)."""
    return alternation(head_words())


@cache
def head_words() -> tuple[str, ...]:
    """The head nouns (`issue_heads.txt`) and the worry nouns (`issue_worry_nouns.txt`):
    a noun naming a matter that troubles its bearers heads the items it names as any
    head noun does (说出了自己的担忧：A; A、B等闹心事), so a worry noun added to its class
    serves every frame a head noun opens or closes.

    >>> "问题" in head_words(), "担忧" in head_words()
    (True, True)
    """
    return tuple(dict.fromkeys(words("issue_heads.txt") + words("issue_worry_nouns.txt")))


@cache
def predicate_heads() -> tuple[str, ...]:
    """The head nouns that are problem predicates too (`issue_heads.txt` and
    `issue_problem_words.txt`: 困难): written straight after what they are said of
    (饮水困难, 出行困难) they state the problem, they close no list.

    >>> predicate_heads()
    ('困难',)
    """
    problems = set(words("issue_problem_words.txt"))
    return tuple(h for h in head_words() if h in problems)


@cache
def closer() -> re.Pattern:
    """等 (+ a count) + head noun, 的 + head noun, or a head noun met in the work
    (X工作中遇到的困难): the end of a topic list.  A bare head noun closes one too
    (停车问题), unless it is a problem predicate (`predicate_heads`: 饮水困难 is the
    complaint whole, not the topic 饮水).

    >>> [m.group(0) for m in map(closer().search, ["停车问题", "饮水困难", "就业、就医等困难"]) if m]
    ['问题', '等困难']
    """
    met = "(?:工作)?中?(?:遇到|存在|面临|碰到)的"
    bare = alternation([h for h in head_words() if h not in predicate_heads()])
    counted = QUANTITY.removesuffix("?")  # (a count written, not the optional one)
    return re.compile(f"(?:(?:等{QUANTITY}[^，。；！？、]{{0,16}}?|{met}|的|{counted})(?:{heads()})|(?:{bare}))")


@cache
def announcing_head() -> re.Pattern:
    """An act's object ending in a head noun and a colon (介绍了近期收集到的几类诉求：):
    what follows are the issues the head noun announces, matched right after the act.

    A comma before an ordinal announces them too (汇报了遇到的困难，一是…), and so does
    the ordinal right after the head noun, the act's comma before it (汇报，村里的困难一是…;
    session 17).

    >>> bool(announcing_head().match("了近期收集到的几类诉求：一是")), bool(announcing_head().match("了社区的做法："))
    (True, False)
    >>> bool(announcing_head().match("了遇到的困难，一是")), bool(announcing_head().match("了遇到的困难，社区"))
    (True, False)
    >>> bool(announcing_head().match("，村里的困难一是"))
    True
    """
    return re.compile(f"了?[，,]?[^，,。；;：:！!？?“”]{{0,12}}?(?:{heads()})[”」]?(?:[：:]|[，,]?(?=\\s*(?:[一二三四五六七八九十]+是|第一|[（(]一[)）])))")


@cache
def asked_head() -> re.Pattern:
    """A raising act's object that asks which issues were raised, closing its question
    (居民主要反映了哪些问题？, 群众提出了哪几方面的诉求？): an interview's question, whose
    answer lists the issues (`issue_interrogatives.txt`, a head noun of `issue_heads.txt`).
    Source: FAULTS37_p112 (a Q&A with a subdistrict secretary; the answer's 一是…二是…
    points were lost).

    >>> bool(asked_head().match("了哪些问题？")), bool(asked_head().match("了哪几方面的诉求？"))
    (True, True)
    >>> bool(asked_head().match("了问题，哪些已经解决？"))
    False
    """
    asking = alternation(words("issue_interrogatives.txt"))
    return re.compile(f"了?[^，,。；;！!？?“”\\n]{{0,8}}?(?:{asking})[^，,。；;！!？?“”\\n]{{0,4}}?(?:{heads()})[？?]")


@cache
def head_then_items() -> re.Pattern:
    """A head noun and a link to the items after it: 问题包括, 五点建议：, 一些问题，主要涉及,
    问题既有大事也有小事，包括 (a short clause on the issues, then a comma and a long link)."""
    links = words("issue_head_links.txt")
    long_links = alternation([w for w in links if len(w) > 1])
    # a lookahead on the possible first characters (a count's, 点/些, a head's): the
    # optional groups first made re try the whole pattern at every character
    first = "".join(sorted({re.escape(w[0]) for w in head_words()}))
    return re.compile(
        rf"(?=[\d一二三四五六七八九十两几多点些{first}])"
        # (N件事: 事 is a head only counted by 件, 屯里有三件事群众盼得急：A；B — session 40)
        f"{QUANTITY}(?:点|些)?(?:{heads()}|(?<=件)事)(?:{COUNT})?"
        # (意见建议，经现场梳理，主要有以下几条：: a reporter's clause of sorting the words, a
        # summing-up verb of issue_summary_openers.txt, stands between the head and its link;
        # session 47, frec)
        f"(?:[，,](?:经过?|通过)?[^，,。；;！？、的：:]{{0,4}}?(?:{alternation(words('issue_summary_openers.txt'))})(?:后|以后)?(?=[，,]))?"
        # (意见归成了三条：A: a verb and a count of the items before the colon; session 16;
        # 两个问题群众反映强烈：A: who raised them and how, session 40)
        f"(?:[，,]?[^，,。；;！？、的]{{0,6}}?(?:{long_links}|(?:{COUNT})?[：:])|(?:主要|大多|大都|多)?(?:{alternation(links)})"
        # 问题既有“大事”也有“小事”，包括A、B: a clause saying what the issues are like, then the link
        f"|[^，,。；;！？、的]{{5,14}}[，,](?:{long_links})"
        # 意见12条，还有A、B等诉求: after the count, 还有 and more items closed by 等 + a head noun
        # (the list's own closer: …等问题，还有不少家长在外上班 goes on with no item; session 59)
        f"|[，,](?:{alternation(words('issue_more_links.txt'))})(?=[^。；;！？]{{1,60}}?等(?:{heads()})))"
    )


def discussion() -> re.Pattern:
    return pattern("issue_discussion_verbs.txt")


@cache
def bare_contrast() -> str:
    """The pattern source of a bare contrast opening a clause (`issue_clause_markers.tsv`
    contrast-bare: 可楼顶防水没做, 可 as 可是), not a word opening with it
    (`issue_ke_words.txt`: 可以, 可能, 可口).

    >>> [bool(re.match(bare_contrast(), t)) for t in ("可楼顶防水没做", "可以修一下", "可口的饭菜")]
    [True, False, False]
    """
    bare = alternation(kind_words("issue_clause_markers.tsv", "contrast-bare"))
    return f"^(?!{alternation(words('issue_ke_words.txt'))})(?:{bare})"


@cache
def item_filters() -> tuple[frozenset, re.Pattern, re.Pattern, re.Pattern]:
    """(vague words, back-references, follow-ups, clause openers) that an item is not, or loses."""
    return (
        frozenset(words("issue_generic.txt")),
        pattern("issue_backrefs.txt", "^(?:{})"),
        # 收集点, 办理窗口: a follow-up word inside a noun (issue_act_compounds.txt) is none
        pattern("issue_followups.txt", "(?:{})(?!" + alternation(words("issue_act_compounds.txt")) + ")"),
        # (a bare contrast 可 too, not the modal: 可楼顶防水没做, not 可以X: `clause_markers`)
        re.compile(
            pattern("issue_clause_openers.txt", "^(?:{})").pattern
            + "|" + bare_contrast()
        ),
    )


@cache
def clause_markers() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(setting openers and endings, markers of another issue, purpose openers, contrast
    markers) of `issue_clause_markers.tsv`; contrast and parallel-open words count at a
    clause's start, the others anywhere in it (searched with `.search`)."""

    def role(*names):
        return compile_words(kind_words("issue_clause_markers.tsv", *names))

    # a contrast opens its clause (但 inside 不但 is none) or stands inside it (却)
    contrast = compile_words(kind_words("issue_clause_markers.tsv", "contrast"), "^(?:{})")
    within = alternation(kind_words("issue_clause_markers.tsv", "contrast-within"))
    # (a bare 可 opens a contrast as 可是 does, not a word opening with it: 可以, 可口)
    contrast = re.compile(f"{contrast.pattern}|{within}|{bare_contrast()}")
    opening = compile_words(kind_words("issue_clause_markers.tsv", "parallel-open"), "^(?:{})")
    parallel = re.compile(f"{role('parallel', 'request').pattern}|{contrast.pattern}|{opening.pattern}")
    ends = alternation(kind_words("issue_clause_markers.tsv", "setting-end"))
    setting = re.compile(f"{role('setting').pattern}|.*(?:{ends})$")
    return setting, parallel, role("purpose"), contrast


@cache
def request() -> re.Pattern:
    """A request marker (`issue_clause_markers.tsv` request: 希望, 能不能): the clause
    holding one asks for something, and the clause right after it goes on asking
    (希望合作社越办越好，能一年四季都有活干)."""
    return compile_words(kind_words("issue_clause_markers.tsv", "request"))


@cache
def wish() -> re.Pattern:
    """A wish told as a hypothetical: an opener (`issue_wish_frame.tsv` open: 要是, 如果,
    能), what is wished, and an end (end: 就好了, 该多好), matched on a whole clause
    (quotation marks around it allowed).  The clause asks for `wish`, as 希望 does; it sets no condition.
    Session 46 (frec).

    >>> wish().match("“要是楼梯上装个扶手就好了”").group("wish"), wish().match("如果能有个食堂该多好").group("wish")
    ('楼梯上装个扶手', '能有个食堂')
    >>> wish().match("要是下雨，路就走不了"), wish().match("修好就好了")
    (None, None)
    """
    opens = alternation(kind_words("issue_wish_frame.tsv", "open"))
    ends = alternation(kind_words("issue_wish_frame.tsv", "end"))
    return re.compile(rf"^[“「\"]?(?:{opens})(?P<wish>[^，,。；;“”]{{2,}}?)(?:{ends})[！!。]?[”」\"]?$")


@cache
def condition() -> re.Pattern:
    """A clause setting the time or condition of the next one (`issue_clause_markers.tsv`:
    condition openers 一下/每逢…, condition-end words …后/…时): matched on a whole clause."""
    opens = alternation(kind_words("issue_clause_markers.tsv", "condition"))
    ends = alternation(kind_words("issue_clause_markers.tsv", "condition-end"))
    # 一到旱季就断水: an opener whose 就 is in the same clause states the complaint itself;
    # 垃圾清运不及时: a word ending in a condition-end (issue_condition_end_words.txt) is none
    words_ending = alternation(words("issue_condition_end_words.txt"))
    # (an opener of three letters or more may be the whole clause: 再这样下去，田都要荒了)
    # (a span of clock hours alone, 每天下午四点到五点，…: when the complaint after it happens;
    # session 46, fprec)
    # (a time alone, 前年冬天, 去年七月那场暴雨, 每天早上六七点钟: when what follows happened; session 47)
    # (a time and the weather or routine event of it, 去年六月连下暴雨, 娃儿周五放学, 逢三六九赶场:
    # when the complaint after it happens; session 48, fprec)
    # (就 the adverb, not a word opening with it, `issue_marker_words.txt`: 随着就餐人数增加，…
    # is a trend, its 就餐 no 就 of a complaint; session 54, diag54)
    word_tails = alternation([w[1:] for w in words("issue_marker_words.txt") if w.startswith("就") and len(w) > 1])
    adverb = f"就(?!{word_tails})" if word_tails else "就"
    return re.compile(f"^(?:{opens})(?!.*{adverb}).+|^(?=...)(?:{opens})$|^(?!.*(?:{words_ending})$).{{2,}}(?:{ends})$|{CLOCK_SPAN}|{TIME_ALONE}|{TIMED_EVENT}")


# a span of clock hours making a whole clause (每天下午四点到五点, 晚上七点至九点)
_DAYPART = "(?:[早晚夜]上|上午|中午|下午|傍晚|夜里|凌晨)"
_HOUR = "[\\d一二三四五六七八九十两]+点(?:钟|半|多)?"
_DAILY = "(?:每天|每日|天天|平时|工作日)"
_CLOCK = f"{_DAYPART}?{_HOUR}"
CLOCK_SPAN = f"^{_DAILY}?{_CLOCK}(?:到|至|—|-|~){_CLOCK}$"
# a time making a whole clause, with no predicate: a year's season or month (前年冬天, 去年七月),
# the event of that time named by 那场/那次 (去年七月那场暴雨), or a clock time of the day
# (每天早上六七点钟): when the clause after it happened (session 47, fprec)
_YEAR = "(?:前年|去年|今年|那年|头年|每年|年年)"
_SEASON = "(?:[春夏秋冬]天|[春夏秋冬]季|[一二三四五六七八九十]{1,2}月(?:份|底|初|中旬|上旬|下旬)?|腊月|正月|汛期|雨季|旱季|伏天)"
TIME_ALONE = (f"^(?:{_YEAR}{_SEASON}?|{_YEAR}?{_SEASON})(?:(?:那|这)[场次回][^，,。；;]{{1,3}})?$"
              f"|^{_DAILY}?{_DAYPART}{_HOUR}$")
# a time and an event of it making a whole clause, a subject of a few characters before: a
# year's season, a weekday or market days (逢三、六、九) and weather or a routine of the day
# (连下暴雨, 刮台风, 放学, 赶场): when the complaint after it happens (session 48, fprec);
# a thing going wrong then (去年冬天水管冻裂了) is no such event and stays
_WEEKDAY = "(?:每逢|每)?(?:周[一二三四五六日末]|星期[一二三四五六日天]|礼拜[一二三四五六天])"
_MARKET_DAYS = "逢[一二三四五六七八九十、]+(?:的日子)?"
_EVENT = ("(?:连着|一连|连续|接连|连)?(?:下|刮|来)了?(?:[一两几十三四五六七八九]+(?:天|场))?的?"
          "(?:暴雨|大雨|雨|大雪|雪|台风|大风)|刮台风|发大水|涨水|放学|放假|开学|赶场|赶集|上班|下班|收工")
TIMED_EVENT = f"^[^，,。；;]{{0,3}}?(?:{_YEAR}{_SEASON}?|{_YEAR}?{_SEASON}|{_WEEKDAY}|{_MARKET_DAYS}){_DAYPART}?(?:{_EVENT})$"


@cache
def _when_opener() -> re.Pattern:
    return compile_words(kind_words("issue_clause_markers.tsv", "when"), "^(?:{})")


# characters making a word of the 一 after them (统一, 唯一, 同一, 单一, 第一, 万一, 逐一, 专一, 成一片):
# no 一 + verb of the 一…就 construction (`whenever`, issue_content.ONE_VERB)
ONE_WORD_BEFORE = "统唯同单第万逐专成"
# 一 + a classifier, measure or adverb (一个人就…, 一年就…, 一直就…, 只有一趟): a count or an
# adverb, no 一 + verb of the 一…就 construction (管子一堵，污水就返; 水一开就是黄的)
ONE_NOT_VERB = "个家位名户年天次些点直起样般定共切边部条件种批对口辆间栋幢座所时趟班处台块张片根只把套层回遍周月"


@cache
def whenever() -> re.Pattern:
    """A clause holding both its condition and its result, the 一…就 construction (一 + a
    verb, or a condition opener of time, `issue_clause_markers.tsv` when: 每逢, 每到; then 就 and
    the result in the same clause): 水一开就是黄的, 一下大雨水就漫到路面上, 一刮北风就往屋里倒烟.
    It tells a hardship that comes back each time: a complaint of its own, not the background
    of the one before.  Session 47 (frec).

    >>> [bool(whenever().search(t)) for t in ("水一开就是黄的", "一下大雨水就漫到路面上", "一刮风就往屋里倒烟")]
    [True, True, True]
    >>> [bool(whenever().search(t)) for t in ("一个人就住在老房子里", "统一就近安置", "一下大雨", "管子一堵")]
    [False, False, False, False]
    """
    when = alternation([w for w in kind_words("issue_clause_markers.tsv", "when") if not w.startswith("一")])
    return re.compile(
        rf"(?:(?<![{ONE_WORD_BEFORE}\d一])一(?![{ONE_NOT_VERB}])[^\s，,；;。一就]{{1,5}}?|(?:{when})[^，,；;。就]{{1,6}}?)就[^，,；;。]{{2,}}"
    )


def timed_complaint(clause: str) -> bool:
    """Does `clause` open with a condition of time (`issue_clause_markers.tsv` when: 一到,
    每逢) and go on to a problem word (`issue_problem_words.txt`: 每到夏天排水沟发臭)?
    It states the complaint itself, not only the time of the clause after it.

    >>> timed_complaint("每到夏天排水沟发臭"), timed_complaint("一到雨天")
    (True, False)
    """
    opener = _when_opener().match(clause)
    return bool(opener) and bool(problem().search(clause, opener.end()))


@cache
def condition_end() -> re.Pattern:
    """A clause ending as a time or condition (`issue_clause_markers.tsv` condition-end: 雨季一来,
    菜场搬走后), not a word so ending (`issue_condition_end_words.txt`: 不及时)."""
    ends = alternation(kind_words("issue_clause_markers.tsv", "condition-end"))
    words_ending = alternation(words("issue_condition_end_words.txt"))
    return re.compile(f"^(?!.*(?:{words_ending})$).{{2,}}(?:{ends})$")


def timed_by_modal_clause(text: str, start: int, pos: int) -> bool:
    """Is a clause of the sentence starting at `start`, before `pos`, only a time of plan or
    habit (`visit_modal_words.txt`, two characters or more: `据悉，下个月，县委还将组织县级领导
    分赴X乡调研`, `今后，…`, `每年，…`)?  Such a clause times what the sentence tells after it,
    whoever its subject is, as a date opening a sentence dates it (dates.py): a visit there is
    planned, and so is the hearing of opinions (no issue raised).  A one-character modal (将)
    alone is no time.

    >>> timed_by_modal_clause("据悉，下个月，县里将组织干部分赴X乡。", 0, 15), timed_by_modal_clause("随后，他来到X乡。", 0, 6)
    (True, False)
    """
    clause_start, modal = start, pattern("visit_modal_words.txt")
    for brk in MODAL_CLAUSE_BREAK.finditer(text, start, pos):
        clause = text[clause_start:brk.start()].strip()
        if len(clause) > 1 and modal.fullmatch(clause):
            return True
        clause_start = brk.end()
    return False


MODAL_CLAUSE_BREAK = re.compile(r"[，,。；：！？]")


@cache
def problem() -> re.Pattern:
    """A problem predicate (`issue_problem_words.txt`): a lack, damage, nuisance, danger or request;
    or a one-character predicate as the item's last word (`issue_problem_ends.txt`: 就医远).
    少 after 不 is the quantifier 不少 (many: 社区还有不少类似的楼栋), no lack.

    >>> bool(problem().search("社区还有不少类似的楼栋")), bool(problem().search("车位少"))
    (False, True)
    >>> bool(problem().search("就医远")), bool(problem().search("远程问诊"))
    (True, False)

    A problem word before a group of people (`issue_group_heads.txt`) names the
    group (看望困难群众, 帮扶困难家庭), no problem:

    >>> bool(problem().search("社区经常看望困难群众")), bool(problem().search("老人上下楼困难"))
    (False, True)

    A word holding a problem word that states none (`issue_problem_word_holders.txt`: 未来)
    is no problem:

    >>> bool(problem().search("未来社区建成以来")), bool(problem().search("管网尚未覆盖"))
    (False, True)

    A cost (`issue_cost_nouns.txt`) rising or weighing, with a few words between
    (`COST_RISE`: 取暖费用一年比一年高, 房租逐年攀升; not 成本不高), states a problem too
    (session 28: a later clause naming a cost of its own is an issue).

    >>> bool(problem().search("人工费用一年比一年高")), bool(problem().search("种植成本不高"))
    (True, False)
    """
    ends = alternation(words("issue_problem_ends.txt"))
    inner = alternation(words("issue_problem_words.txt"))
    # (not before a group of people, `issue_group_heads.txt`: 困难群众 are people, no problem stated)
    group = alternation(words("issue_group_heads.txt"))
    costs = alternation(words("issue_cost_nouns.txt"))
    rise = f"(?:{costs})[^，,。；;]{{0,{COST_GAP}}}?(?<![不没])(?:{COST_RISE})"
    # (not inside a word holding one that states no problem, `issue_problem_word_holders.txt`: 未来)
    holders = alternation(words("issue_problem_word_holders.txt"))
    return re.compile(f"(?!(?<=不)少)(?!{holders})(?:{inner})(?!{group})|(?<=[{HAN}])(?:{ends})$|{rise}|{undone()}|{DEARER}"
                      f"|{cost_amount()}|{occupied()}|{untended()}|{struck()}|{blemished()}"
                      f"|(?<=[{HAN}])(?:{alternation(words('issue_discomfort_words.txt'))})$")


@cache
def lost_problem() -> re.Pattern:
    """A problem word of two characters or more (`issue_problem_words.txt`) written with one
    of its characters lost, as repair writes it (`LOST`, one or two marks: kg.repair.lost):
    the clause states its problem though the file lost the word's character
    (下水道□□塞 for 下水道堵塞).  A word never matches only marks: one character is kept.
    Source: session 57, a newcomer's `??` copy (居民反映小区内积水严重，下水道??塞 kept only
    the first clause, with no lost-character warning).

    >>> bool(lost_problem().search("下水道□□塞")), bool(lost_problem().search("下水道堵塞")), bool(lost_problem().search("□□"))
    (True, False, False)
    """
    forms = {w[:i] + LOST * n + w[i + 1 :] for w in words("issue_problem_words.txt") if len(w) > 1
             for i in range(len(w)) for n in (1, 2)}
    return compile_words(sorted(forms, key=len, reverse=True))


@cache
def blemished() -> str:
    """The pattern text of a mark of damp, rot or wear, or a pest, present on a building
    (`issue_blemish_nouns.txt`: 霉斑, 水渍, 青苔, 白蚁) after a verb of presence (有, 长, 满,
    出现, 是, with 了 or 着, a degree or a count between: 墙面还有霉斑, 墙角长满了青苔,
    天花板上全是水渍, 有好几处裂纹).  The thing's damage is its presence: an account's clause
    naming one is a complaint (with `issue_discomfort_words.txt`, a room's discomfort
    closing a clause: 板房白天闷热).  Session 55, diag210 (FAULTS_p210: a headmaster's
    account of a flooded school, its mould left to the learned filter and lost).

    >>> rx = re.compile(blemished())
    >>> bool(rx.search("一楼教室墙面还有霉斑")), bool(rx.search("墙角长满了青苔")), bool(rx.search("霉斑清理"))
    (True, True, False)
    """
    nouns = alternation(words("issue_blemish_nouns.txt"))
    return f"(?:有|长|满|现|是)[了着]?[^，,。；;]{{0,4}}?(?:{nouns})"


@cache
def struck() -> str:
    """The pattern text of a thing broken by a force: a resultative compound of a force
    verb (`issue_force_verbs.txt`: 压, 刮, 冲, 掀, 砸) and a breaking result
    (`issue_break_results.txt`: 断, 倒, 塌, 翻, 裂, 毁): 倒伏的树压断了机耕路, 大风刮倒了大棚,
    洪水冲断了便桥, 屋顶被掀翻 (not 压倒性, an adjective).  The compound states damage
    whatever the thing struck, so an account's clause holding it is a complaint, and so is
    a later clause of reported speech.  Session 55, diag210 (FAULTS_p210: a storm's damage
    told by a village head after a complaint was left to the learned filter, and lost).

    >>> rx = re.compile(struck())
    >>> bool(rx.search("倒伏的树压断了机耕路")), bool(rx.search("大风刮倒了两个大棚")), bool(rx.search("取得压倒性优势"))
    (True, True, False)
    """
    return f"(?:{alternation(words('issue_force_verbs.txt'))})(?:{alternation(words('issue_break_results.txt'))})(?!性)"


@cache
def occupied() -> str:
    """The pattern text of a space held or blocked: a verb of occupying or blocking
    (`issue_occupying_verbs.txt`: 占, 挡, 堆, 堵), the durative 着 and what it holds
    (车棚里的废旧电动车长期占着位置, 石墩挡着消防通道).  The compounds (占用, 遮挡, 堆满)
    are problem words of their own.  Session 55, labels55 (a newcomer's invented report).

    >>> rx = re.compile(occupied())
    >>> bool(rx.search("废旧电动车长期占着位置")), bool(rx.search("杂物堆着楼道")), bool(rx.search("大家说着笑着"))
    (True, True, False)
    """
    return f"(?:{alternation(words('issue_occupying_verbs.txt'))})着(?=[{HAN}])"


@cache
def untended() -> str:
    """The pattern text of a work nobody does: 无人 and a verb of upkeep or delivery
    (`issue_undone_verbs.txt`: 清运, 维修, 修剪), the written register of 没人 (a problem word):
    垃圾无人清运, 绿化带无人修剪; not 无人机, 无人驾驶.  Session 55, labels55 (two complaints
    after one raising act, the second lost: 小区没有物业，垃圾无人清运).

    >>> rx = re.compile(untended())
    >>> bool(rx.search("垃圾无人清运")), bool(rx.search("无人机巡查"))
    (True, False)
    """
    return f"无人(?:{alternation(words('issue_undone_verbs.txt'))})"


@cache
def substandard() -> str:
    """The pattern text of a thing still of a substandard kind (`issue_substandard.tsv`):
    "still" (还是, 仍是) and the kind (土路, 旱厕, 土坯房) right after it, a problem told in
    an account (`IssueReader.problems`).  The kind alone states no problem (修了4公里土路).
    Session 44 (p157); as a shape of `problem` everywhere it cost a sealed set a hit.

    >>> bool(re.search(substandard(), "通往果园的生产路还是土路")), bool(re.search(substandard(), "修了4公里土路"))
    (True, False)
    """
    still = alternation(kind_words("issue_substandard.tsv", "still"))
    kind = alternation(kind_words("issue_substandard.tsv", "kind"))
    return f"(?:{still})(?:{kind})"


# a figure of money: digits or numerals with their multipliers, maybe 好几 before and 多/余/来 after
# (两千多, 八百, 1.5万, 好几百)
MONEY_FIGURE = "(?:好)?[0-9０-９.．一二三四五六七八九十两几百千万]+[多余来]?[百千万]?"


@cache
def cost_amount() -> str:
    """The pattern text of a cost stated as an amount of money: a cost noun
    (`issue_cost_nouns.txt`), at most COST_GAP characters (a span of time: 一年, 每个月), a verb
    of paying or needing (`issue_cost_amounts.tsv` spend: 要, 得, 花; not after 只/才/仅/不), at
    most two characters (a second verb: 要花, 得交), then a figure (`MONEY_FIGURE`) and a unit of
    money (`issue_cost_amounts.tsv` unit: 元, 块钱), or a figure closing the clause on 百/千/万
    (学费一学期要三千).  What a household pays, told as the amount,
    is its complaint (冬季取暖费一年要两千多元), as a cost rising is (`COST_RISE`).
    Source: session 60, content60.

    >>> [bool(re.search(cost_amount(), c)) for c in ["冬季取暖费一年要两千多元", "房租每个月得交八百块", "物业费每月只要20元", "取暖费用由政府补贴", "学费一学期要三千"]]
    [True, True, False, False, True]
    """
    costs = alternation(words("issue_cost_nouns.txt"))
    spend = alternation(kind_words("issue_cost_amounts.tsv", "spend"))
    units = alternation(kind_words("issue_cost_amounts.tsv", "unit"))
    return (f"(?:{costs})[^，,。；;！？!?]{{0,{COST_GAP}}}?(?<![只才仅不])(?:{spend})[^，,。；;！？!?0-9０-９]{{0,2}}?"
            f"{MONEY_FIGURE}(?:{units}|(?<=[百千万])(?![{HAN}]))")


# dearer than something (青贮玉米比去年贵了十来块钱, 菜比超市贵): the comparative 比 and 贵
# within a few characters state a price risen for the one who buys, however it ends (贵 as
# the last word is `issue_problem_ends.txt`'s; not 宝贵了, no 比).  Source: FAULTS38_p125
DEARER = "比[^，,。；;！？!?]{1,6}?贵"


# a work left undone while time runs on: a word of time, at most UNDONE_GAP characters, a
# negation, then a verb of upkeep or delivery (好些年没清淤, 到现在还没修好, 一直没办下来)
UNDONE_GAP = 3


@cache
def undone() -> str:
    """The pattern text of a work left undone (`problem`'s third shape): a word
    of time or "still" (`issue_undone_leads.txt`: 还, 至今, 好些年), at most
    UNDONE_GAP characters, 没有/没/未, then a verb of upkeep or delivery
    (`issue_undone_verbs.txt`: 修, 清淤, 批, 办).  A bare negation after time
    tells nothing went wrong (多年没有发生火灾): the verb decides.  Source:
    FAULTS32 (p92-03, p92-04; golds of dev pa-06, p87, p89, p91 agree).

    >>> rx = re.compile(undone())
    >>> bool(rx.search("排水沟好些年没清淤了")), bool(rx.search("水管到现在还没修好"))
    (True, True)
    >>> bool(rx.search("小区多年没有发生火灾")), bool(rx.search("班车一直没有停过"))
    (False, False)
    """
    leads = alternation(words("issue_undone_leads.txt"))
    verbs = alternation(words("issue_undone_verbs.txt"))
    return f"(?:{leads})[^，,。；;！？]{{0,{UNDONE_GAP}}}?(?:没有|没|未)(?:能|得到)?(?:{verbs})"


@cache
def qualifier() -> re.Pattern:
    """A clause that only qualifies the complaint before it (`issue_qualifiers.tsv`), matched
    whole: an evaluation (group `evaluation`: how bad or widespread, of a vague subject,
    `issue_generic.txt`, or of none: 问题比较突出, 群众意见很大, 十分突出) or a risk the thing
    before poses (group `risk`: 存在安全隐患, 有触电危险, 隐患较大).  Session 22, generated shapes.

    >>> [m.lastgroup for m in map(qualifier().fullmatch, ["问题比较突出", "这种现象很普遍", "存在安全隐患", "隐患较大"])]
    ['evaluation', 'evaluation', 'risk', 'risk']
    >>> qualifier().fullmatch("停车问题比较突出") is None
    True
    """
    kinds = {k: alternation(kind_words("issue_qualifiers.tsv", k)) for k in ("evaluation", "size", "degree", "risk", "subject")}
    subject = alternation((*words("issue_generic.txt"), *kind_words("issue_qualifiers.tsv", "subject")))
    # (大, 多 evaluate after a degree only: 意见很大; 居民多 says how things stand)
    said = f"(?:(?:{kinds['degree']})*(?:{kinds['evaluation']})|(?:{kinds['degree']})+(?:{kinds['size']}))"
    size = "(?:一定|较大|很大|严重|重大|诸多|不少|较多|很多|极大)?的?"
    return re.compile(
        f"(?P<evaluation>(?:这种|这类|这个|这一|这些|此类|该)?(?:{subject}){{0,2}}{said})"
        f"|(?P<risk>(?:(?:也|还|都)?(?:存在|有|存有)着?)?{size}[^，,]{{0,6}}?(?:{kinds['risk']})(?:{said})?)"
    )


@cache
def pursued() -> re.Pattern:
    """The history of a complaint, matched as a whole clause (`issue_pursuits.tsv`): the
    residents pursued it often (a frequency, 多次/反复/N次, and a channel's verb:
    多次向物业反映, 找过社区好几次), or it was never dealt with (仍未解决, 一直没有下文),
    or both (多次投诉都没有解决).  A meta-clause about the raising, no issue of its own
    (FAULTS29 kind 7, session 29: 2 false issues on the opened sets).

    >>> [bool(pursued().fullmatch(c)) for c in ["多次反映仍未解决", "找过物业好几次", "一直没有解决", "投诉了三次都石沉大海"]]
    [True, True, True, True]
    >>> [bool(pursued().fullmatch(c)) for c in ["路灯一直没人修", "小区停车难", "向物业反映", "污水问题没有解决"]]
    [False, False, False, False]

    The verb and its object apart, the frequency between (打了好几次电话也没解决), and an
    outcome never cured (但一直没有根治): session 46 (fprec).

    >>> [bool(pursued().fullmatch(c)) for c in ["打了好几次电话也没解决", "打过三回热线", "但一直没有根治", "打电话"]]
    [True, True, True, False]
    """
    kinds = {k: alternation(kind_words("issue_pursuits.tsv", k)) for k in ("pursue", "freq", "still", "unsolved")}
    freq = f"(?:{kinds['freq']}|[一二两三四五六七八九十几多数]+[次回趟])"
    still = f"(?:{kinds['still']})*"
    # (向有关部门, 物业: the channel pursued, a few words before or after the verb)
    channel = f"(?:[向找给跟到去]{FREE}{{1,8}}?)?"
    act = f"(?:{kinds['pursue']})[过了]?{FREE}{{0,8}}?"
    # a verb and its object apart, the frequency between them (打了好几次电话: `split`, 打…电话):
    # a pursuit with its frequency, as 多次反映 is (session 46, fprec)
    split = [w.split("…", 1) for w in kind_words("issue_pursuits.tsv", "split")]
    apart = "|".join(f"{re.escape(v)}[过了]?{freq}{re.escape(o)}{FREE}{{0,8}}?" for v, o in split) or "(?!)"
    told = f"{still}{freq}{channel}{act}|{still}{channel}{act}{freq}|{still}{channel}(?:{apart})|{still}{channel}{act}"
    outcome = f"{still}(?:{kinds['unsolved']})[了啊呢]?"
    # a pursuit needs its frequency or its outcome (向物业反映 alone may open a raising)
    return re.compile(
        f"{still}{freq}{channel}{act}(?:{outcome})?|{still}{channel}{act}{freq}(?:{outcome})?"
        f"|{still}{channel}(?:{apart})(?:{outcome})?|(?:{told})?{outcome}"
    )


def question() -> re.Pattern:
    """A question opener (`issue_question_openers.txt`) at a clause's start, and 吗/呢 at its end."""
    return pattern("issue_question_openers.txt", "^(?:{})|[吗呢]$")


@cache
def summary_opener() -> re.Pattern:
    """A sentence's words before a colon that sum up what the raisers of the sentence
    before said (`issue_summary_openers.txt`: 归纳起来 + 主要有三个方面：), matched
    on the whole span up to the colon: a summing-up verb with 起来/下来, then at most
    a count of points.  Session 32 (FAULTS32, p88-07).  Those who took the words down may
    be named doing it, the verb then with no 起来 and closing its clause, a count of points
    after it (代表们分类梳理，主要集中在四个方面; session 39, FAULTS39 p133).

    >>> bool(summary_opener().fullmatch("归纳起来主要有三个方面")), bool(summary_opener().fullmatch("概括起来"))
    (True, True)
    >>> bool(summary_opener().fullmatch("区长要求")), bool(summary_opener().fullmatch("归纳起来镇里要做好三件事"))
    (False, False)
    >>> bool(summary_opener().fullmatch("代表们逐一记录、分类梳理，主要集中在四个方面")), bool(summary_opener().fullmatch("区长梳理，要做好三件事"))
    (True, False)
    """
    verbs = alternation(words("issue_summary_openers.txt"))
    heads = "(?:大家的意见|群众的意见|意见|问题|诉求)"
    return re.compile(
        # (the ones who took the words down may be named doing it, the verb with no 起来:
        # 代表们逐一记录、分类梳理，主要集中在四个方面： — a count of points must follow then)
        rf"(?:(?:{verbs})(?:起来|下来)[，,]?|[^，。；：,;:“”]{{0,12}}?(?:{verbs})后?[，,](?={heads}?(?:主要|大致|大体)?(?:有|集中在|包括)))"
        rf"{heads}?"
        rf"(?:主要|大致|大体)?(?:有|集中在|包括)?(?:以下|如下)?[一二两三四五六七八九十\d几]*(?:个|点|类|件)?(?:方面|问题|诉求)?"
    )


def continuation() -> re.Pattern:
    return pattern("issue_continuations.txt")


@cache
def denied_adversity() -> re.Pattern:
    """An adverse predicate negated at the end of a clause: an adverse word
    (`issue_adverse_words.txt`: 看病不贵, 办事不难, 上学也不远) or a cost's rise word
    after a cost noun (`issue_cost_nouns.txt`, `issue_cost_rise_words.txt`: 取暖费用不高,
    房租并不贵), after 不 and an optional softener (不太, 不算, 不怎么), with only a final
    particle after it.  The clause says the problem is not there: no complaint.  Not
    inside a clause (不远处有个垃圾站, 不难看出: a place, a discourse phrase) nor 不高
    of anything but a cost (积极性不高, 水压不高 complain).  Source: LEFTOVERS32 item 5.

    >>> [bool(denied_adversity().search(c)) for c in ["取暖费用不高", "看病不贵", "办事不难了", "取暖费用太高", "积极性不高", "不远处有个垃圾站"]]
    [True, True, True, False, False, False]
    """
    costs = alternation(words("issue_cost_nouns.txt"))
    adverse = alternation(words("issue_adverse_words.txt"))
    negated = "(?:并|也|都)?不(?:太|算|怎么|是很|是太)?"
    return re.compile(
        f"(?:(?:{costs})[^，,。；;]{{0,{COST_GAP}}}?{negated}(?:{COST_RISE})|{negated}(?:{adverse}))(?=[了啊呀呢的]?$)"
    )


def positive() -> re.Pattern:
    """A word of praise or a good outcome (`issue_positive_words.txt`) not negated
    (不周到, 没满意, 未改善 praise nothing).

    >>> bool(positive().search("服务很周到")), bool(positive().search("服务不周到"))
    (True, False)
    """
    return pattern("issue_positive_words.txt", "(?<![不没未])(?:{})")


def measure() -> re.Pattern:
    """An item opening with a measure verb (`issue_measure_verbs.txt`: 加大, 进一步完善):
    a measure proposed to government, not a problem; a modal or 继续 may open it (要进一步完善,
    继续加强整治: the work goes on, what is wrong was said before it)."""
    return pattern("issue_measure_verbs.txt", "^(?:要|应当|应该|应|需要)?(?:继续|持续)?(?:{})")


def relief() -> re.Pattern:
    """A problem over (`issue_relief_words.txt`: 再也不用, 不用再) and the rest of its clause."""
    return pattern("issue_relief_words.txt", "(?:{})[^，,。；;]*")


@cache
def then_now() -> tuple[re.Pattern, re.Pattern]:
    """(past, present): a clause opening with a past-time or a present-time word
    (`issue_time_contrast.tsv`), alone or after a short subject ending in 里/们/我/家
    (小区里原来有个活动室, 我们现在方便多了); a verb's 过去 (开不过去) is none: it
    follows no such subject.

    >>> past, now = then_now()
    >>> past.match("小区里原来有个活动室") is not None, past.match("车开不过去") is None, now.match("现在方便多了") is not None
    (True, True, True)
    """
    opening = "^(?:[^，,]{{0,4}}?[里们我家])?(?:{})"
    return tuple(compile_words(kind_words("issue_time_contrast.tsv", k), opening) for k in ("past", "present"))


@cache
def addressee_subject() -> re.Pattern:
    """Who a request asks to act, as its subject, and a modal (街道能, 有关部门尽快,
    物业帮忙): `issue_addressees.txt` and the organisations of `issue_blockers.txt`.
    What the request asks for follows (at least four characters)."""
    who = alternation([*words("issue_addressees.txt"), *words("issue_blockers.txt")])
    # (and for whom, after a helping verb: 县里帮我们联系收购商 asks 联系收购商; session 28)
    # (给 of 给予 is no preposition: 上级给予一定补贴 keeps its verb; session 44, p157)
    return re.compile(
        f"^(?:有关|相关|上级)?(?:{who})(?:能够|能(?!不)|可以|尽快|帮忙|帮助|帮着|帮|来|给(?!予))+"
        f"(?:(?<=[忙助着帮给])(?:我们|咱们|俺们|大家))?(?=.{{4}})"
    )


@cache
def reported_done() -> re.Pattern:
    """A clause reporting work on a problem done: a subject, then 已 (均已, 现已, 已经)
    and, a few words on, a verb of work done (`issue_done_verbs.tsv`, kind done: 修复,
    办结, 完成, 列入), with no verb of work only handed on between (kind assigned:
    已安排专人落实, 已责成X限期整改).  Searched in one item or clause (水渠漏水已经修好了,
    A、B等问题均已办结): an item saying itself dealt with is a circumstance, no complaint.
    A raising followed by such a clause (居民反映的A、B两件事，已于4月底前修复) still raises
    A and B: the readable gold files follow-ups (dev pb-11; session 55 dropped the
    sentence-level rule of session 17).

    >>> reported_done().search("，经镇里协调，已于本月初修好") is not None
    True
    >>> reported_done().search("，至今没有解决") is None, reported_done().search("，镇里已安排专人落实") is None
    (True, True)
    >>> reported_done().search("村里已建成的管网覆盖不全") is None
    True
    """
    done = alternation([*kind_words("issue_done_verbs.tsv", "done")]) + "|" + built_verb()
    assigned = alternation(kind_words("issue_done_verbs.tsv", "assigned"))
    # (the work that dealt with it may stand between 已 and the done verb, a building or adding
    # verb with its object and quantity: 已于1月新增停车位60个解决; nc57a 2)
    work = f"{built_verb()}|{added_verb()}"
    # (a done verb before 的 modifies a noun, 已建成的管网覆盖不全: nothing reported done; session 27)
    # (the group `mark` is where the outcome told opens: `reported_outcome`)
    # (the work's object may be written before its verb after 对/把/将, 已对小区老旧管网完成更换:
    # the span before the verb is longer then; session 56, fix56)
    return re.compile(
        f"(?:^|[，,])[^，,。；;]*?(?P<mark>已经?|均已|都已|现已)(?:[对把将][^，,。；;不未没]{{1,16}}?)?"
        f"(?:(?!{assigned})[^，,。；;不未没]){{0,8}}?(?:(?:{work})[^，,。；;不未没]{{1,12}}?)?(?:{done})(?!的)"
    )


@cache
def built_verb() -> str:
    """A verb of building, laying or installing made of the class of building verbs
    (`issue_build_verbs.txt`: 修 建 铺 装 安…) rather than listed word by word: a prefix
    of new or added work before one (`BUILD_PREFIXES`: 新建, 加装, 扩建, 翻修, 重铺), or one
    followed by another or by a result of finishing (`BUILD_ENDS`: 修建, 安装, 改造, 铺设,
    架设, 建好).  After 已 it tells work done (`reported_done`: 目前已新建停车场, 已铺设管网),
    as the listed done verbs do.  (成 is left out of the ends: 造成, 改成 are no work done;
    建成 is listed.)  Session 56, fix56.

    >>> [bool(re.fullmatch(built_verb(), w)) for w in ("新建", "加装", "铺设", "安装", "建好", "造成", "改成", "修")]
    [True, True, True, True, True, False, False, False]
    """
    single = [w for w in words("issue_build_verbs.txt") if len(w) == 1]
    verb = f"[{''.join(single)}]"
    return f"[{BUILD_PREFIXES}]{verb}|{verb}(?:{verb}|[{BUILD_ENDS}])"


def added_verb() -> str:
    """A verb of adding made by shape: a mark of new or more (`ADD_PREFIXES`: 新 增 添 加 补
    扩) before a verb of adding or setting up (`ADD_ENDS`: 增 设 添 置 加) — 新增, 增设,
    增添, 添置, 增加, 补设.  Between 已 and a done verb it is the work that dealt with a
    problem (`reported_done`: 已于1月新增停车位60个解决).  Session 57, nc57a.

    >>> [bool(re.fullmatch(added_verb(), w)) for w in ("新增", "增设", "添置", "增加", "设置", "新建")]
    [True, True, True, True, False, False]
    """
    return f"[{ADD_PREFIXES}][{ADD_ENDS}]"


ADD_PREFIXES = "新增添加补扩"  # new or more work before a verb of adding (新增, 增设, 补设)
ADD_ENDS = "增设添置加"  # a verb of adding or setting up after it (新增, 增设, 添置, 增加)
BUILD_PREFIXES = "新加扩翻重增"  # new or added work before a building verb (新建, 加装, 翻修)
BUILD_ENDS = "设好"  # a building verb's end telling it done (铺设, 架设, 建好)


def reported_outcome(text: str, end: int = 0, sentence_end: int | None = None) -> str:
    """The clause after a raising's content (ending at `end`, in a sentence ending at
    `sentence_end`, the text's end when None) that reports the matter dealt with
    (`reported_done`: 已于本月初修好, 均已整改完毕, 已列入实事项目), from its mark of work done
    (the pattern's group `mark`: the clause's subject is the raising's) to the clause's
    end (`sentences.clause_marks`); "" when none does.  Session 55 (lead55: issues.py);
    moved here in session 56 (follow56) so a clause read as reported speech tells its own
    (水渠漏水，去年已经修好了: `ContentReader.point_items`).

    >>> t = "村民反映的路灯不亮、水渠漏水两件事，经镇里协调，已于本月初修好。"
    >>> reported_outcome(t, t.index("两件事") + 3, len(t) - 1)
    '已于本月初修好'
    >>> reported_outcome("A、B等问题均已整改完毕", 0)
    '均已整改完毕'
    >>> reported_outcome("居民反映路灯不亮，至今没人管。", 8, 14)
    ''
    """
    from kg.extract.sentences import clause_marks

    rest = text[end : len(text) if sentence_end is None else sentence_end]
    found = reported_done().search(rest)
    if found is None:
        return ""
    stop = clause_marks().search(rest, found.end())
    return rest[found.start("mark") : stop.start() if stop else len(rest)].strip()


def treated() -> re.Pattern:
    """对/将/把 + a follow-up (对收集到的意见…): issues being dealt with, right before a head noun."""
    return pattern("issue_followups.txt", "[对将把][^，。；]{{0,3}}?(?:{})[^，。；]{{0,3}}$")


@cache
def state_question() -> re.Pattern:
    """An item closed by a question after how things stand (`issue_state_questions.txt`:
    村里吃水现在怎么样), by an adjective or verb asked as A-not-A (屋里暖和不暖和, 水够不够),
    or by 多少 and at most one character (一个月用多少气): the visitor's question,
    its answer tells the issues.  Source: FAULTS36_p104.

    >>> [bool(state_question().search(i)) for i in ("村里吃水现在怎么样", "屋里暖和不暖和", "一个月用多少气", "停车位如何重新划分", "不知道要多少年才修")]
    [True, True, True, False, False]
    """
    return re.compile(
        f"(?:{alternation(words('issue_state_questions.txt'))})[？?]?$"
        r"|(?P<a>[^\W\d_不没]{1,2})不(?P=a)[？?]?$|多少[^，,]?[？?]?$"
    )


@cache
def manner_theme() -> re.Pattern:
    """A how-question opening an item (`issue_manner_questions.txt`: 如何让X更宜居, 怎样把Y
    办好): with no problem stated in it (the caller's check), the theme a meeting discussed,
    no complaint.  Source: FAULTS37_p122 (围绕“如何让老旧社区更宜居”各抒己见 filed the theme).

    >>> [bool(manner_theme().match(i)) for i in ("如何让老旧社区更宜居", "停车位如何重新划分")]
    [True, False]
    """
    return re.compile(alternation(words("issue_manner_questions.txt")))


@cache
def own_view() -> re.Pattern:
    """A talk verb and a noun of one's own view (`issue_own_views.txt`: 谈了看法, 发表了各自的
    见解, 分享体会): the speaker gives their own mind on the topics before it.  Source:
    FAULTS37_p122.

    >>> [bool(own_view().search(t)) for t in ("就A、B等谈了看法。", "就A等问题反映了群众诉求。")]
    [True, False]
    """
    nouns = alternation(words("issue_own_views.txt"))
    return re.compile(f"(?:谈|发表|分享|交流|谈及|说说)了?(?:各自的?|自己的?|个人的?)?(?:{nouns})")


@cache
def interrogative_item() -> re.Pattern:
    """An item that is only an interrogative word (`issue_interrogatives.txt`), maybe
    closed by a head noun (哪些, 什么问题): a question about the issues (记者：群众反映
    比较集中的是哪些问题？), no issue.  Session 33 (FAULTS33_p99, a Q&A interview).

    >>> [bool(interrogative_item().fullmatch(i)) for i in ("哪些", "哪些问题", "哪些路灯不亮")]
    [True, True, False]
    """
    return re.compile(f"(?:{alternation(words('issue_interrogatives.txt'))})(?:{heads()})?[？?]?")


@cache
def response_head() -> re.Pattern:
    """A response modifier (`issue_response_heads.txt`: 处理, 办理, 答复) ending the text
    right before a head noun: 处理意见：A；B is a record's field of what the office does
    about the issues, not the issues (session 33, FAULTS33_p99: a duty record's
    反映问题：… then 处理意见：…).  Searched on the text that ends at the head noun.

    >>> bool(response_head().search("处理")), bool(response_head().search("居民"))
    (True, False)
    """
    return pattern("issue_response_heads.txt", "(?:{})的?$")


@cache
def head_prefixes() -> tuple[str, ...]:
    """What comes before an act that ends a head noun (意见 of 意见建议, `issue_heads.txt`)."""
    return tuple({h[: -len(a)] for h in words("issue_heads.txt") for a in act_shapes() if h.endswith(a) and h != a})


def followups() -> re.Pattern:
    return pattern("issue_followups.txt")


@cache
def raiser_words() -> tuple[str, ...]:
    """The raiser words (`issue_raisers.txt`: 居民, 业主) and the organisations and officials
    that speak (`issue_blockers.txt`: 物业, 调研组), in file order: the words of whoever
    raises or answers.  After a place's name they open the clause that speaks, never the
    name's next part (翠湖小区|业主反映…: kg.extract.place_parse.cuts_name); an item that is
    one of them is no issue (kg.extract.issue_items).

    >>> "业主" in raiser_words(), "物业" in raiser_words(), "小区" in raiser_words()
    (True, True, False)
    """
    return tuple(dict.fromkeys(words("issue_raisers.txt") + words("issue_blockers.txt")))


@cache
def worried() -> re.Pattern:
    """A complaint named first and its bearers after a copula: the clause before the copula
    is the content, as the list before 等问题 is in 居民关心的A、B等问题 (session 26).  The
    bearers (raiser words, `issue_raisers.txt`, maybe after a share, `issue_group_shares.txt`,
    and a modifier of where they live, `issue_raiser_modifiers.txt`: 小区居民) come
    with one of
    - a worry act (`issue_acts.tsv` relative: 关心, 揪心, 头疼) + 的 + a matter noun or a
      worry noun (X，是大家最揪心的事; X是村民们最头疼的问题);
    - 的 + a worry noun (`issue_worry_nouns.txt`: X成了居民的烦心事, X是村民最大的心病);
    - an affect verb before them (`issue_affect_verbs.txt`) + 的 + a matter or worry noun
      (X一直是困扰居民多年的难题);
    - a raising act with an adverb of repetition or a degree (`_raised_act`) + 的 + a
      matter or worry noun (X，是居民多次反映的问题; X是群众反映最强烈的事; session 37);
    and end their sentence.  Adverbs before the copula (一直, 始终) are part of the match,
    so the content ends before them.  Group `raiser`: the bearers.  (Session 29: copulas
    成了/成为 and the worry nouns; before, only 是 + a worry act.)

    >>> m = worried().search("楼顶漏雨，是住户们最揪心的事。")
    >>> m.group("raiser"), bool(worried().search("这件事办好了，大家最高兴。"))
    ('住户', False)
    >>> [worried().search(t).start() for t in ("停车难一直是小区居民最头疼的问题。", "飞线充电成了居民的烦心事。", "积水是困扰村民多年的难题。")]
    [3, 4, 2]
    >>> [bool(worried().search(t)) for t in ("这不是居民的烦心事。", "灯亮了，这不再是居民的烦心事。", "停车是居民的事。")]
    [False, False, False]
    >>> worried().search("管道堵塞成了居民的“心病”，一到雨天就漫水。").start()
    4
    """
    raisers = alternation(words("issue_raisers.txt"))
    worries = alternation(kind_words("issue_acts.tsv", "relative") + words("issue_worry_acts.txt"))
    nouns = alternation(words("issue_worry_nouns.txt"))
    affects = alternation(words("issue_affect_verbs.txt"))
    matter = f"(?:{nouns}|事情|事儿|事|问题)"
    degree = "(?:最大|最|很|都|非常|十分|特别|共同|一直)*"
    # a share and a modifier of where they live may come first (不少周边居民, 小区住户)
    modifiers = f"(?:{alternation(words('issue_group_shares.txt'))})?(?:{alternation(words('issue_raiser_modifiers.txt'))})?"
    bearers = rf"{modifiers}(?P<raiser>{raisers})们?"
    return re.compile(
        rf"[，,]?(?:一直|始终|早已|已经|已|也|都|还|仍然|仍|更)*(?<![不并再])(?:是|成了|成为了?|变成了?)"
        rf"(?:(?P<affect>{affects})了?)?{bearers}(?:多年|许久|已久|很久)?"
        rf"(?:(?(affect)的{degree}{matter}|(?!))|{degree}(?:{worries})的{matter}|的?{degree}的?[“‘「\"]?(?:{nouns})[”’」\"]?"
        # X，是居民多次反映的问题; X是群众反映最强烈的事: a raising act named with its bearers
        rf"|{_raised_act()}的{degree}{matter})"
        # the noun may be quoted as a figure of speech (成了居民的“心病”), and a clause telling
        # what the trouble does may follow it (，一到雨天…): the frame has named the matter already
        r"(?=[。！!；;，,]|$)"
    )


@cache
def worry_opening() -> re.Pattern:
    """Words opening a speaker's line with what worries them most (最头疼的是, 我们最担心的就是:
    a relative act of `issue_acts.tsv` or a worry state of `issue_worry_acts.txt` after 最):
    what follows is the problem, whatever its words.  Session 39 (FAULTS39, p133).

    >>> bool(worry_opening().match("最头疼的是电动车进楼")), bool(worry_opening().match("最高兴的是"))
    (True, False)
    """
    states = alternation(kind_words("issue_acts.tsv", "relative") + words("issue_worry_acts.txt"))
    return re.compile(rf"(?:我们|大家|咱们)?最(?:{states})的(?:就|还)?是")


@cache
def troubled() -> re.Pattern:
    """A complaint named first and the trouble it gives its bearers after a causative verb
    (`让`, `令`, `使`): X，也让不少业主犯难; X让居民很头疼.  The bearers (raiser words,
    `issue_raisers.txt`, maybe after a share and a modifier, as in `worried`) and a worry
    state (`issue_worry_acts.txt`: 犯难, 发愁, 头疼) after adverbs of degree end the
    sentence; the clause before the causative is what they raise, read as `worried`'s
    content is.  A negation (不再, 不用) makes no match: the trouble is gone.
    Group `raiser`: the bearers.  Session 39 (FAULTS39, p133).

    >>> [troubled().search(t).group("raiser") for t in ("加梯后的维保费用怎么分摊，也让不少业主犯难。", "停车难让居民很头疼。")]
    ['业主', '居民']
    >>> [bool(troubled().search(t)) for t in ("路修好了，让居民不再发愁。", "这让居民很满意。", "让居民头疼的是X。")]
    [False, False, False]
    """
    bearers = (f"(?:{alternation(words('issue_group_shares.txt'))})?(?:{alternation(words('issue_raiser_modifiers.txt'))})?"
               f"(?P<raiser>{alternation(words('issue_raisers.txt'))})们?")
    states = alternation(words("issue_worry_acts.txt"))
    return re.compile(
        rf"[，,]?(?:也|都|还|更|一直|始终|总)*(?:让|令|使){bearers}"
        rf"(?:很|都|十分|非常|特别|颇为|有些|有点|一直|直|更|也|犯)*(?:{states})(?:不已)?"
        r"(?=[。！!；;]|$)"
    )


def _raised_act() -> str:
    """A raising act of shape `any` (`issue_acts.tsv`: 反映, 投诉, 呼吁) with adverbs of
    repetition before it (`issue_repeat_adverbs.txt`: 多次, 一再, 早有) or a degree after it
    (`issue_act_degrees.txt`: 强烈, 最多), and no negation before it: a pattern source."""
    acts = alternation([w for w, shape in act_shapes().items() if shape == "any"])
    adverbs = alternation(words("issue_repeat_adverbs.txt"))
    degrees = alternation(words("issue_act_degrees.txt"))
    return rf"(?:{adverbs})*(?<![不没未])(?:{acts})(?:得?(?:{degrees}))?"


@cache
def raised_passive() -> re.Pattern:
    """A complaint closed by a raising act in the passive (X的问题被多次提及, Y被居民反复投诉),
    ending its clause: the clause before is what was raised, read as `worried`'s content is.
    A head noun or 的 must come before 被, or raisers after it, so 车位被占用 (what happened
    to the thing) is none.  Group `raiser`: empty, at 被 (the raisers are not named, or
    named right after it).  Session 37 (a newcomer's report).

    >>> raised_passive().search("车位不足的问题被多次提及。").start()
    4
    >>> [bool(raised_passive().search(t)) for t in ("消防通道被占用。", "车位被占用的问题被提出来了，")]
    [False, False]
    """
    acts = alternation([w for w, shape in act_shapes().items() if shape == "any"])
    adverbs = alternation(words("issue_repeat_adverbs.txt"))
    heads = alternation(head_words())
    raisers = alternation(words("issue_raisers.txt"))
    return re.compile(
        rf"(?:的?(?:{heads})|的)(?P<raiser>)被(?:(?:{raisers})们?)?(?:{adverbs})*(?<![不没未])(?:{acts})(?=[。！!；;，,]|$)"
    )


@cache
def raised_after() -> re.Pattern:
    """A complaint named first, closed by its bearers and a raising act with no object
    (X、Y，居民反映强烈。 Z，村民多次反映。 W，也有居民提出。): the clauses before the comma
    are what they raised, read as `worried`'s content is.  The act needs an adverb of
    repetition (`issue_repeat_adverbs.txt`), a degree (`issue_act_degrees.txt`) or an
    existential 有 before the bearers, and ends its sentence; without them (…，居民反映。)
    the clause is too rare to tell from a lead.  The bearers may follow their home
    (A、B小区居民反映强烈).
    Group `raiser`: the bearers.  Session 37 (a sweep of invented raising shapes).

    >>> m = raised_after().search("小区管网老化、屋面漏水，居民反映强烈。")
    >>> m.group("raiser"), m.start()
    ('居民', 11)
    >>> [bool(raised_after().search(t)) for t in ("路修好了，居民反映很好。", "停车难，居民没有反映。", "停车难，居民反映。")]
    [False, False, False]
    """
    raisers = alternation(words("issue_raisers.txt"))
    modifiers = f"(?:{alternation(words('issue_group_shares.txt'))})?(?:{alternation(words('issue_raiser_modifiers.txt'))})?"
    adverbs = alternation(words("issue_repeat_adverbs.txt"))
    degrees = alternation(words("issue_act_degrees.txt"))
    acts = alternation([w for w, shape in act_shapes().items() if shape == "any"])
    # the bearers may come with their home (金桂苑、银杏苑小区居民反映强烈) or be introduced by an
    # existential 有 (也有居民提出), which marks them as some of the people, no adverb needed
    home = r"[^，,。；;：:！!？?“”]{0,14}?"
    return re.compile(
        rf"[，,](?:(?P<some>(?:也|还|另)?有){modifiers}|{home}{modifiers})(?P<raiser>{raisers})们?(?:对此)?"
        rf"(?:(?:{adverbs})+(?<![不没未])(?:{acts})(?:得?(?:{degrees}))?|(?<![不没未])(?:{acts})得?(?:{degrees})"
        rf"|(?(some)(?:{acts})|(?!)))"
        r"(?=[。！!；;]|$)"
    )


@cache
def raisers_only() -> re.Pattern:
    """A run of raiser words (`raiser_words`), each maybe with 们 (居民们, 村民代表们,
    居民和业主): who raised, never what; matched whole (`fullmatch`).

    >>> bool(raisers_only().fullmatch("居民们")), bool(raisers_only().fullmatch("居民停车难"))
    (True, False)
    """
    return re.compile(f"(?:(?:{alternation(raiser_words())})们?[和与及、]?)+")


# a title's unit written within this many characters before it (居委会主任, 社区书记): read by the
# raisers (kg.extract.issue_raisers) and by the visit frame's cadre subject (kg.extract.visits)
BARE_TITLE_UNIT = 8


@cache
def bare_titles() -> re.Pattern:
    """Post-title heads (`post_titles.txt`) and 负责人, not raiser words (代表)."""
    raisers = set(words("issue_raisers.txt"))
    return compile_words([w for w in words("post_titles.txt") if w not in raisers and len(w) > 1] + ["负责人"])


@cache
def leading_act() -> re.Pattern:
    return compile_words([w for w, shape in act_shapes().items() if shape != "say"], "^(?:{})(?=.{{4}})")


@cache
def leading_speaker() -> re.Pattern:
    """A speaker and an adverb opening an item before its act (他希望X, 居民们也建议X):
    what the item keeps is the act's content."""
    speakers = alternation(["他", "她", *words("issue_raisers.txt")])
    acts_ = alternation([w for w, shape in act_shapes().items() if shape != "say"])
    # a share and a modifier may come first (不少独居老人希望X, 部分低层住户也提出X)
    share = rf"(?:{alternation(words('issue_group_shares.txt'))})[^，,的]{{0,3}}?"
    # and a relative clause (腿脚不便的老人还希望X; session 16)
    # a list's point may name its own raiser: a place, a raiser word and a name before
    # the act (A小区居民王某希望X；B组村民代表李某建议Y — session 17)
    home = r"(?:[^，,的、：:]{1,8}?)??"
    name = rf"(?:[{HAN}]{{2,3}}?)??"
    return re.compile(f"^(?:[^，,的]{{1,6}}的)?{home}(?:{share})?(?:{speakers})们?{name}(?:还|也|都|又|更|则)?(?=(?:{acts_}).{{4}})")


@cache
def act_words() -> re.Pattern:
    """The raising acts as plain words, wherever they stand (居民的反映)."""
    return compile_words(act_shapes(), "{}")


def speech_verbs() -> re.Pattern:
    return pattern("issue_speech_verbs.txt")


@cache
def disposed_speech() -> re.Pattern:
    """A speech verb whose object the disposal construction puts before it
    (`disposal_markers.txt` 把/将 + what is said + `issue_speech_verbs.txt` + a directional
    complement): 把攒了好久的心事一口气说了出来, 将几件烦心事讲了. Matched on the whole gap between
    a speaker and a colon: the colon then lists what was said (session 39, p138).

    >>> bool(disposed_speech().fullmatch("把攒了好久的心事一口气说了出来"))
    True
    """
    disposal = alternation(words("disposal_markers.txt"))
    speech = alternation(words("issue_speech_verbs.txt"))
    return re.compile(f"(?:{disposal}){FREE}{{1,16}}?(?:{speech})了?(?:出来|出|起来)?了?")


def disposed_speech_start(text: str, lo: int, hi: int) -> int | None:
    """Where a disposed speech verb (`disposed_speech`) ending the span text[lo:hi]
    opens, else None: 组长王某把几件事一口气说了出来 -> the position of 把, so the speaker's
    clause before it can be measured alone.

    >>> disposed_speech_start("组长王某把几件事一口气说了出来", 0, 15)
    4
    """
    for k in range(lo, hi):
        if text[k] in words("disposal_markers.txt") and disposed_speech().fullmatch(text, k, hi):
            return k
    return None


@cache
def inquiries() -> re.Pattern:
    """An official's inquiry verb (`issue_inquiry_verbs.txt`: 询问, 了解), with 了 after it."""
    return compile_words(words("issue_inquiry_verbs.txt"), "(?:{})了?")


@cache
def owner_de() -> re.Pattern:
    degrees = alternation(words("issue_act_degrees.txt"))
    return re.compile(f"(?:{alternation(list(act_shapes()) + list(words('issue_raisers.txt')))})(?:{degrees})?的")


@cache
def proposal_acts() -> frozenset[str]:
    """Acts that put forward the speaker's own measure (`issue_proposal_acts.txt`: 建议)."""
    return frozenset(words("issue_proposal_acts.txt"))




def deputy_proposes(text: str, speaker_end: int, act: str) -> bool:
    """Whether a proposal act (`proposal_acts`) is a deputy's or a CPPCC member's own:
    the speaker ending at `speaker_end` (们 may follow) is 代表/委员 (`duty_post_heads.txt`)
    with no resident or organisation word before it (居民代表, 企业代表 speak for those they represent;
    `issue_raisers.txt`, `issue_blockers.txt`).  Source: the gold convention of
    ../shared/eval and the probes (deputies' own 建议 are not issues).

    >>> deputy_proposes("座谈会上，代表们建议加大投入", 7, "建议")
    True
    >>> deputy_proposes("居民代表孙大伯建议增设充电桩", 4, "建议")
    False
    """
    if speaker_end < 2:
        return False  # nobody speaks (a meeting's topics)
    if text[speaker_end - 1 : speaker_end] == "们":
        speaker_end -= 1
    # the head of a deputy's or member's title (`duty_post_heads.txt`: 代表, 委员)
    head = next((h for h in words("duty_post_heads.txt") if text.endswith(h, 0, speaker_end)), None)
    if act not in proposal_acts() or head is None:
        return False
    before = text[max(0, speaker_end - len(head) - 6) : speaker_end - len(head)]
    return not before.endswith(raiser_words())


def remark_acts() -> re.Pattern:
    """An official's own remarks (`issue_official_acts.txt`: 要求, 强调), the words alone."""
    return pattern("issue_official_acts.txt")


def official_acts() -> re.Pattern:
    return pattern("issue_official_acts.txt", "(?:[^，。；：:、]{{0,3}}?)(?:{})")


def speech_act_at(text: str, pos: int, hi: int) -> bool:
    """A speech act (`issue_official_acts.txt`: 表示, 说, 认为, 指出…) written at `pos`,
    after at most SPEECH_ACT_GAP characters of its clause (an adverb: 也表示, 则认为),
    and before `hi`: the person ending at `pos` speaks.  Used to end the previous
    speaker's words where another opens their own clause (居民王大妈说A，张师傅表示B:
    B is not part of A's label).  Source: session 58, nc58.

    >>> speech_act_at("张师傅表示楼道堆物", 3, 9), speech_act_at("张师傅也表示楼道", 3, 9), speech_act_at("张师傅家，表示", 3, 7)
    (True, True, False)
    """
    m = _speech_act().match(text, pos, hi)
    return m is not None


SPEECH_ACT_GAP = 2  # 也|表示, 则|认为: an adverb between the speaker and the act


@cache
def _speech_act() -> re.Pattern:
    return pattern("issue_official_acts.txt", f"[^，。；：:、,;！？!?\\s]{{{{0,{SPEECH_ACT_GAP}}}}}?(?:{{}})")


@cache
def addressed() -> re.Pattern:
    """A person written at the end of the searched span is spoken to: an addressee marker
    (`issue_addressee_markers.txt`: 对/向/请…) earlier in the clause (对居民表示感谢), or an
    asking or telling verb right before (`issue_address_verbs.txt`: 问大家：, 询问了在场的居民).

    >>> bool(addressed().search("王明问")), bool(addressed().search("王明询问了在场的")), bool(addressed().search("王明说"))
    (True, True, False)
    """
    markers = alternation(words("issue_addressee_markers.txt"))
    verbs = alternation(words("issue_address_verbs.txt"))
    return re.compile(f"(?:{markers})[^，。；：、]*$|(?:{verbs})了?(?:[^，。；：、]{{0,6}}的)?$")


def single_raiser() -> re.Pattern:
    """One resident: 一位/另一位/有位 + raiser, or a raiser given an age (六十岁的彝族村民:
    an age is one person's; session 39, p138), or a raiser followed by a name."""
    return pattern("issue_raisers.txt", "(?:[一另有]位|一名|一个|[\\d一二三四五六七八九十两]+岁的?)[^，。；：、]{{0,4}}?(?:{})")


