"""Coping and feeling clauses: a later clause that only restates the complaint before it.

Residents follow a complaint with how they get by (…，大家只好自己挑水; …，还得绕路走)
or how they feel about it (…，心里很犯愁; …，想修又不知道找谁; …，太危险了).  Such a
clause tells the complaint's cost to them, no issue of its own: the readable golds of
four opened sets omit it (CLAUSES30 rule 1, FAULTS28/29 kind 1).  Who or what the
clause is about decides: the same modal or evaluation said of a thing or a service
(水果只能低价卖, 看病要排长队, 过马路很危险) states a further harm, and stands.

* `copes`: the residents or no subject (`issue_raisers.txt`, the subject words of
  `issue_coping.tsv`), a few adverbs, a restrictive modal and an everyday act
  (`issue_coping.tsv` modal, act): 只好买桶装水, 大家还得跑镇上;
* `feels`: a clause closed by a feeling (`issue_feelings.tsv` feeling: 很为难,
  不知道找谁), stating no problem before it; or an evaluation with no subject, only a
  time or degree before it (`issue_feelings.tsv` evaluation: 太危险了, 晚上还很热闹).

Only a clause after a complaint in the same point is read so (the caller's check): a
first clause is the complaint itself.

Two readings of the speaker's circumstance serve `IssueReader.decide` (session 49):

* `own_doing`: a personal pronoun (with the speaker's own people at most) as the subject of
  a predicate that states no problem (她家养了三千只鸭): the background of the complaint;
* `noun_phrase`: a label naming a thing and stating nothing of it (楼道灯, 员工的电动车), a
  co-subject when listed before the item holding the predicate (`IssueReader.co_subject`).
"""

from __future__ import annotations

import re
from functools import cache

from kg.analyse import tag_text
from kg.text import HAN
from kg.extract import issue_words
from kg.extract.lexicons import alternation, kind_words, words

# a clock time opening an evaluation clause (晚上十点以后, 凌晨两点多)
HOUR = r"(?:[早晚夜]上|夜里|半夜|凌晨|下午)?[\d一二三四五六七八九十两]+点(?:钟|半|多)?(?:[以之]?后|以前|前)?"
HARM = 2  # the least of a harm feared: 怕 + 滑倒
ACTIVITY = 7  # the longest subject of a reaching clause: 孩子上学 + 要走, 老人就医 + 还要跑
QUOTES = "“”「」\"' "  # quotation marks a clause of reported speech may keep at its ends
# what may close a feeling or an evaluation after its word (为难得很, 急坏了, 太危险了)
CLOSE = f"(?:{alternation(words('issue_coping_ends.txt'))})*"  # issue_coping_ends.txt


# a relative clause closed by 的 describing the people a clause is about (跳广场舞的,
# 子女上班的|人家, 楼上有老人的|人家): those people, alone or before a people word
RELATIVE = r"[^，,。；;的“”]{1,10}的"
# a share of the people a clause is about (好多家长, 不少老人)
SHARE = "好多|很多|不少|许多|一些|有些|有的|部分|个别"


@cache
def people() -> str:
    """The residents as a clause's subject (a regex source): a people word
    (`issue_raisers.txt`, the subject words of `issue_coping.tsv`), two of them
    (老人孩子, 老人和孩子), either after a relative clause closed by 的 (子女上班的人家), or
    such a relative clause alone (跳广场舞的: those who dance).  Session 44 (p157).

    >>> bool(re.fullmatch(people(), "子女上班的人家")), bool(re.fullmatch(people(), "老人孩子"))
    (True, True)
    >>> bool(re.fullmatch(people(), "跳舞的")), bool(re.fullmatch(people(), "路灯"))
    (True, False)
    """
    subject = alternation((*words("issue_raisers.txt"), *kind_words("issue_coping.tsv", "subject")))
    # (a share of them before: 好多家长, 不少老人, 有的村民; session 48, fprec)
    one = f"(?:{SHARE})?(?:{subject})们?"
    return f"(?:(?:{RELATIVE})?{one}(?:[和与、]?{one})?|{RELATIVE})"


def _modal_shape(lead: str, modal: str, act: str) -> re.Pattern:
    """`lead` (a regex source), adverbs, a modal of kind `modal` of `issue_coping.tsv`,
    adverbs and an act of kind `act`: the shape `copes` and `confined` match."""
    adverb = alternation(kind_words("issue_coping.tsv", "adverb"))
    modals = alternation(kind_words("issue_coping.tsv", modal))
    acts = alternation(kind_words("issue_coping.tsv", act))
    return re.compile(rf"{lead}(?:{adverb})*(?:{modals})(?:{adverb})*(?:{acts})")


@cache
def coping_pattern() -> re.Pattern:
    """The whole coping shape, matched from a clause's start (see `copes`)."""
    return _modal_shape(f"(?:{people()})?", "modal", "act")


@cache
def feeling_pattern() -> re.Pattern:
    """A feeling closing a clause (group `before`: what stands before it)."""
    feeling = alternation(kind_words("issue_feelings.tsv", "feeling"))
    return re.compile(rf"(?P<before>.*?)(?:{feeling}){CLOSE}$")


@cache
def evaluation_pattern() -> re.Pattern:
    """An evaluation with no subject or the residents as its subject (`people`: 老人孩子很
    不方便, 有学生的人家休息不好; session 44), only a time and degree adverbs before it."""
    time = alternation(kind_words("issue_feelings.tsv", "time"))
    degree = alternation(kind_words("issue_feelings.tsv", "degree"))
    evaluation = alternation(kind_words("issue_feelings.tsv", "evaluation"))
    # (the residents, then their everyday act, maybe once: 老人下楼一趟很吃力; FAULTS45_p165)
    activity = alternation(kind_words("issue_feelings.tsv", "activity"))
    when = rf"(?:(?:{time})|{HOUR})*"
    acting = rf"(?:{people()}){when}(?:{activity})(?:一趟|一次)?"
    return re.compile(rf"(?:{acting}|(?:{people()})?{when})(?:{degree})*(?:{evaluation}){CLOSE}")


@cache
def reaching_pattern() -> re.Pattern:
    """An activity or a service (a few characters), a modal and an act of going or
    waiting (`issue_coping.tsv` reach), matched from a clause's start (see `reaches`)."""
    adverb = alternation(kind_words("issue_coping.tsv", "adverb"))
    modal = alternation(kind_words("issue_coping.tsv", "modal"))
    reach = alternation(kind_words("issue_coping.tsv", "reach"))
    return re.compile(rf"[^，,。；;]{{2,{ACTIVITY}}}?(?:{modal})(?:{adverb})*(?:{reach})")


def reaches(clause: str) -> bool:
    """Does `clause` tell how far or slow a service is to reach: an activity or a service
    as its subject (not the residents: `copes`), a modal and an act of going or waiting
    (看病要排长队, 拍片得跑到县城, 买菜要走半小时)?  A harm of its own: the readable golds
    count 9 of 11 such clauses (CLAUSES30 rule 1).

    >>> reaches("看病要排长队"), reaches("孩子入园要跑很远"), reaches("大家只好走着去"), reaches("路面要修")
    (True, True, False, False)
    """
    clause = clause.strip(QUOTES)
    return bool(reaching_pattern().match(clause)) and not copes(clause)


@cache
def confined_pattern() -> re.Pattern:
    """A short subject, a modal of restriction and where it is done (see `confined`)."""
    return _modal_shape(f"[^，,。；;]{{0,{ACTIVITY}}}?", "only", "spot")


def confined(clause: str) -> bool:
    """Is an activity confined to where it can be done (`issue_coping.tsv` only + spot:
    锻炼只能在马路边上, 孩子们只好在楼道里玩)?  After a lack (no square, no playground) it
    tells how the residents get by, the lack restated.  Session 44 (p157).

    >>> confined("早晚锻炼只能在马路边上"), confined("衣服只好在楼道里晾"), confined("看病要在县城")
    (True, True, False)
    """
    return bool(confined_pattern().match(clause.strip(QUOTES)))


def copes(clause: str) -> bool:
    """Does `clause` tell how the residents get by: their word or no subject, a
    restrictive modal and an everyday act (`issue_coping.tsv`)?

    >>> copes("大家只好买桶装水"), copes("目前只能靠临时水管引水"), copes("我们还得跑到镇上去")
    (True, True, True)
    >>> copes("水果只能低价卖掉"), copes("看病要排长队"), copes("孩子上学要走很远的山路")
    (False, False, False)
    """
    clause = clause.strip(QUOTES)
    return bool(coping_pattern().match(clause))


def feels(clause: str) -> bool:
    """Does `clause` only tell a feeling (closed by one, no problem stated before it:
    大家很为难, 想修又不知道找谁) or evaluate with no subject (太危险了, 晚上还很热闹)?
    (`issue_feelings.tsv`)

    >>> feels("业主夹在中间很为难"), feels("想修又不知道找谁"), feels("太危险了"), feels("夜里十一点后还很热闹")
    (True, True, True, True)
    >>> feels("过马路很危险"), feels("电线老化让人担心"), feels("担心明年没有学位")
    (False, False, False)
    >>> feels("老人孩子晚上出门很不安全"), feels("老人下楼一趟很吃力"), feels("晚上出门很不安全")
    (True, True, False)
    """
    clause = clause.strip(QUOTES)
    if evaluation_pattern().fullmatch(clause):
        return True
    m = feeling_pattern().fullmatch(clause)
    return bool(m) and not issue_words.problem().search(m.group("before"))


@cache
def fear_pattern() -> re.Pattern:
    """A fear and the harm feared after it, the harm no feeling or particle alone."""
    fear = alternation(kind_words("issue_feelings.tsv", "fear"))
    return re.compile(rf"(?:{fear})(?P<harm>[^，,。；;]{{{HARM},}})")


def fears(clause: str) -> bool:
    """Does `clause` name a harm feared (`issue_feelings.tsv` fear + what is feared:
    洗澡怕滑倒, 烧炭取暖怕中毒, 担心明年没有学位)?  A harm of its own, not a feeling:
    the readable golds count 5 of 5 such clauses (CLAUSES30 rule 1).

    >>> fears("洗澡时怕滑倒"), fears("担心孩子没有学位"), fears("大家都很担心"), fears("怕了")
    (True, True, False, False)
    """
    clause = clause.strip(QUOTES)
    m = fear_pattern().search(clause)
    return bool(m) and not feels(clause) and not re.fullmatch(CLOSE, m.group("harm"))


@cache
def unable_pattern() -> re.Pattern:
    """The residents (`people`), adverbs and a verb of one or two characters denied its
    potential complement (`issue_coping.tsv` unable: 用不起, 下不来), nothing after it."""
    adverb = alternation(kind_words("issue_coping.tsv", "adverb"))
    unable = alternation(kind_words("issue_coping.tsv", "unable"))
    return re.compile(rf"(?:{people()})(?:{adverb}|还是|根本|实在)*[^，,。；;不]{{1,2}}(?:{unable}){CLOSE}")


def unable(clause: str) -> bool:
    """Does `clause` tell only what the residents cannot do (the residents, then a verb and
    its potential complement denied: 群众用不起, 推轮椅的老人还是下不来)?  After a complaint
    (电费高, 坡道太陡) it is the complaint's cost to them, restated; a thing or a vehicle
    that cannot (三轮车上不去坡, 水放不下来) is no resident.  Session 46 (fprec).

    >>> unable("群众用不起"), unable("推轮椅的老人还是下不来"), unable("老人们根本爬不动")
    (True, True, True)
    >>> unable("三轮车上不去坡"), unable("老人吃不上热饭"), unable("群众反映用不起")
    (False, False, False)
    """
    return bool(unable_pattern().fullmatch(clause.strip(QUOTES)))


@cache
def idle_pattern() -> re.Pattern:
    """The residents or none, a span of time and an everyday act not done in it (see `idle`)."""
    activity = kind_words("issue_feelings.tsv", "activity")
    # (下楼 → 下过楼: 过 inside a two-character act)
    acts = alternation([*activity, *(a[0] + "过" + a[1:] for a in activity if len(a) == 2)])
    span = r"(?:好|整整|快|差不多)?[\d一二三四五六七八九十两几半]+(?:多|来)?(?:个)?(?:年|月|星期|礼拜|周|天)(?:多|来)?"
    return re.compile(rf"(?:{people()})?(?:已经|都|有)?{span}(?:都|也|了)?(?:没|没有|不敢|不能)(?:{acts})了?")


def idle(clause: str) -> bool:
    """Does `clause` tell only that the residents have not done an everyday act for a span of
    time (一年多没下过楼, 老人半个月没出门了: `issue_feelings.tsv` activity)?  After the
    complaint (no lift, a broken path) it is what it costs them, restated.  Session 46 (fprec).

    >>> idle("一年多没下过楼"), idle("老人半个月没出门了"), idle("路灯三个月没亮")
    (True, True, False)
    """
    return bool(idle_pattern().fullmatch(clause.strip(QUOTES)))


@cache
def arrival_pattern() -> re.Pattern:
    """A clause closed by a coming back or over (`issue_arrival_ends.txt`), no negation in it."""
    return re.compile(rf"[^，,。；;不没未难]{{0,12}}?(?:{alternation(words('issue_arrival_ends.txt'))})了?")


def arrives(clause: str) -> bool:
    """Does `clause` only tell someone coming back or over (晚上下班回来, 暑假期间孩子从老家过来:
    `issue_arrival_ends.txt`), with no negation and no problem word?  Beside a complaint it is
    the scene the complaint happens in (回来，车棚里插不上电), no issue of its own (session 53,
    false53).  A potential complement (车子开不进来, 水引不过来) is the complaint itself.

    >>> arrives("晚上下班回来"), arrives("暑假期间孩子从老家过来"), arrives("车子开不进来"), arrives("水引不过来")
    (True, True, False, False)
    """
    clause = clause.strip(QUOTES)
    return bool(arrival_pattern().fullmatch(clause)) and not issue_words.problem().search(clause)


@cache
def relying_pattern() -> re.Pattern:
    """The residents (`people`) or no subject, adverbs, a modal of relying (`issue_coping.tsv`
    rely) and the means relied on (see `relies`)."""
    adverb = alternation(kind_words("issue_coping.tsv", "adverb"))
    rely = alternation(kind_words("issue_coping.tsv", "rely"))
    return re.compile(rf"(?:{people()})?(?:{adverb})*(?:{rely})(?P<means>[^，,。；;]{{1,10}})")


def relies(clause: str) -> bool:
    """Does `clause` tell only the means the residents rely on to get by (`issue_coping.tsv`
    rely: 全靠, 只能靠), their word or no subject before it (全靠肩膀扛到路边, 大家只能靠亲戚
    捎带), no problem in the means?  After a complaint it is how they cope, what the complaint
    costs, restated.  Said of a thing or a service (坡上的果树只能靠人工浇水, 送餐只能靠志愿者)
    it states a further harm and stands, as `copes` does (a p180 gold counts one).
    Session 48 (fprec).

    >>> relies("全靠肩膀扛到路边"), relies("大家只能靠亲戚捎带"), relies("平时全凭人力往下背")
    (True, True, True)
    >>> relies("坡上的果树只能靠人工浇水"), relies("靠近马路的路灯坏了"), relies("路面坑洼不平")
    (False, False, False)
    """
    m = relying_pattern().fullmatch(clause.strip(QUOTES))
    return bool(m) and not issue_words.problem().search(m.group("means"))


# a share that exists (仍有居民, 还有人): what some of the people still do
EXISTING = "(?:仍|还|也|总)有"


@cache
def misconduct_pattern() -> re.Pattern:
    """A share of the people (`SHARE`, or an existential 仍有/还有, `EXISTING`) as the
    subject, a few words of manner, then a disposal or a source (把, 将, 从) and what is
    done: see `misconduct`."""
    subject = alternation((*words("issue_raisers.txt"), *kind_words("issue_coping.tsv", "subject"), "人"))
    share = f"(?:{EXISTING}(?:{SHARE})?|(?:{SHARE}))"
    return re.compile(rf"{share}(?:{subject})们?[^，,。；;]{{0,5}}?(?:把|将|从)[^，,。；;]{{2,}}")


def misconduct(clause: str) -> bool:
    """Does `clause` tell what some of the people do with a thing where it should not be
    (a share or an existential as the subject, then 把/将/从: 有的住户把杂物堆到消防通道,
    还有人从窗口往下扔垃圾)?  Some of them, not all, doing it is conduct complained of, a
    complaint of its own after the first (the golds of p179, p193 and p197 count 4 of the
    4 such later clauses; an account's, one of one not counted, is left to `problems`).
    Session 50 (frescue).

    >>> misconduct("有的住户把杂物堆到消防通道"), misconduct("还有人从窗口往下扔垃圾")
    (True, True)
    >>> misconduct("居民把垃圾分好类"), misconduct("有的老人腿脚不便"), misconduct("部分居民从")
    (False, False, False)
    """
    return bool(misconduct_pattern().match(clause.strip(QUOTES)))


def restates(clause: str) -> bool:
    """Does a later clause only restate the complaint before it: coping or feeling?

    >>> restates("只好自己挑水"), restates("心里不踏实"), restates("路面坑洼不平")
    (True, True, False)
    """
    return copes(clause) or feels(clause) or confined(clause) or unable(clause) or idle(clause) or relies(clause)


@cache
def household_pattern() -> re.Pattern:
    """The speaker's household heading a clause (`issue_household_heads.txt`, `issue_kin_words.txt`),
    a possessive pronoun before it at most (我家老伴, 她的儿女)."""
    heads = alternation([*words("issue_household_heads.txt"), *words("issue_kin_words.txt")])
    return re.compile(rf"^(?:(?:我|俺|咱|他|她)(?:们)?(?:家)?的?)?(?:{heads})(?![们多少])")


def household(clause: str) -> bool:
    """Does `clause` open with the speaker's own household as its subject (家里老人神经衰弱,
    儿女都在外地, 老伴上厕所全靠我扶, 自己买了电动车)?  Beside the complaint of the same
    raising it is the speaker's circumstance, no complaint of its own (the caller checks that
    another item is raised; session 47, fprec).

    >>> household("家里老人睡眠不好"), household("儿女都在外地"), household("自己装了个充电桩")
    (True, True, True)
    >>> household("家里没有通自来水"), household("孩子们上学远"), household("子女多")
    (False, False, False)
    """
    return bool(household_pattern().match(clause.strip(QUOTES)))



HEADCOUNT_MODIFIER = 2  # a kind before the head counted: 独居 + 老人, 出租 + 楼栋
NUMERAL = "[0-9０-９一二三四五六七八九十百千万两几]+(?:多|余)?(?:位|名|个|栋|幢)?"  # 四十多, 40多位


@cache
def headcount_pattern() -> re.Pattern:
    """A clause counting the people or buildings of a place (`issue_headcounts.tsv`): the
    place (after the speaker's 我们 at most: `issue_first_person_possessors.txt`), a locative, a verb of being there, then a quantity (a word or a numeral) before
    the head, or a predicate of number after it (group `n` or `many`)."""
    def alt(kind: str) -> str:
        return alternation(kind_words("issue_headcounts.tsv", kind))
    heads = alternation([*kind_words("issue_headcounts.tsv", "head"), *words("issue_group_heads.txt")])
    return re.compile(
        rf"^(?:{alternation(words('issue_first_person_possessors.txt'))})?(?:{alt('place')})(?:里|内|中)?的?(?:{alt('have')})?"
        rf"(?P<n>(?:{alt('quantity')}|{NUMERAL})的?)?[{HAN}]{{0,{HEADCOUNT_MODIFIER}}}?(?:{heads})"
        rf"(?P<many>(?:{alt('many')}))?$"
    )


def headcount(clause: str) -> bool:
    """Does `clause` only count the people or buildings of a place (社区老年人多, 小区有不少独居
    老人, 楼里住了四十多户)?  Beside a complaint of the same raising it is the complaint's
    scene, no issue of its own (the caller checks that another item is raised; session 55,
    prec55: no readable gold issue is a headcount).

    >>> headcount("社区老年人多"), headcount("小区有不少独居老人"), headcount("楼里住了四十多户")
    (True, True, True)
    >>> headcount("社区楼栋多"), headcount("小区老人吃饭难"), headcount("社区老人")
    (True, False, False)
    >>> headcount("我们楼里住了三十多户"), headcount("我们楼里住户的车没处停")
    (True, False)
    """
    m = headcount_pattern().match(clause.strip(QUOTES))
    return bool(m and (m.group("n") or m.group("many")))


# the speaker, or those the speaker tells of, by a personal pronoun (我们, 她, 他们)
SELF = "(?:我|俺|咱|他|她)们?"
# the word classes the analyser gives the predicate after the speaker's own subject:
# a verb, a preposition, an adverb or an adjective (not a noun: 我们小区, 我家门口 name a
# place of theirs, whose trouble is a complaint)
PREDICATE_TAGS = ("v", "vd", "p", "d", "a", "ad")
TIME_TAGS = ("TIME", "t")
DENIED = re.compile("[不没无未缺]")


@cache
def self_subject_pattern() -> re.Pattern:
    """A personal pronoun, then the speaker's own people at most (see `own_doing`)."""
    heads = alternation([*words("issue_household_heads.txt"), *words("issue_kin_words.txt"), *words("issue_self_groups.txt")])
    one = rf"(?:家(?![门里的中])|(?:{heads})|这(?:些|几个|几位)(?:{people()}|{heads}))"
    return re.compile(rf"^{SELF}{one}*")


def own_doing(clause: str) -> bool:
    """Does `clause` tell what the speaker, or the household they tell of, does or is:
    a personal pronoun as its subject (`SELF`: 她家, 他们家, 我们两口子, 我们这些老头子:
    `issue_household_heads.txt`, `issue_kin_words.txt`, `issue_self_groups.txt`), and a
    predicate (a verb, preposition, adverb or adjective to the analyser) that states no
    problem and denies nothing (她家养了三千只鸭, 他们家在城里租房住)?  Beside a complaint
    of the same raising it is the speaker's circumstance, the background of the complaint:
    no readable gold issue opens with a personal pronoun (session 49, fpreca).  A place of
    theirs (我们小区没有路灯, 我家门口积水) or a lack (我们晚上没地方停车) is a complaint.

    >>> own_doing("她家养了三千只鸭"), own_doing("他们家在城里租房住"), own_doing("我们老两口一个人在家")
    (True, True, True)
    >>> own_doing("我们小区没有路灯"), own_doing("我家门口积水"), own_doing("我们晚上没地方停车")
    (False, False, False)
    >>> own_doing("我们上坪组到村部的那段路还是土路")
    False

    Nor how far a service is to reach (`reaches`: 我们看病要跑到县城), a harm of its own:

    >>> own_doing("我们看病要跑到县城"), own_doing("他们家孩子上学要走十里山路")
    (False, False)
    """
    clause = clause.strip(QUOTES)
    m = self_subject_pattern().match(clause)
    if not m:
        return False
    rest = clause[m.end():]
    # (nor a thing still of a substandard kind, 我们下寨组到茶园的那段路还是土路: a complaint whose
    # place the analyser may misread as a verb)
    if not rest or DENIED.search(rest) or issue_words.problem().search(rest) or issue_words.request().search(rest) \
            or re.search(issue_words.substandard(), rest):
        return False
    if reaches(rest):
        return False  # 我们看病要跑到县城: how far a service is, a harm of its own (`reaches`; NEWCOMER49b)
    at, start = 0, m.end()
    for word, tag in tag_text(clause):
        if at == start:
            if tag not in TIME_TAGS:
                return tag in PREDICATE_TAGS
            start += len(word)  # (a time before the predicate: 我们这些老人白天在家)
        elif at > start:
            return False
        at += len(word)
    return False


# the analyser's tags of the words of a noun phrase's head (after its last 的)
NOUN_TAGS = ("n", "nz", "nw", "LOC", "ORG", "PER", "s")
ATTRIBUTE_TAGS = ("a", "b", "m", "q")


def noun_phrase(label: str) -> bool:
    """Is `label` a noun phrase to the analyser: nothing after its last 的 but nouns (楼道灯,
    员工的电动车, 买菜的电动车), so it states nothing of the thing it names?

    >>> noun_phrase("楼道灯"), noun_phrase("员工的电动车"), noun_phrase("路灯坏了"), noun_phrase("停车难")
    (True, True, False, False)
    >>> noun_phrase("村里的老井"), noun_phrase("路灯太暗")
    (True, False)

    A problem word states something even where the analyser tags it a noun (饮用水/n 水质/n 差/n):

    >>> noun_phrase("饮用水水质差"), noun_phrase("停车位少")
    (False, False)
    """
    if issue_words.problem().search(label):
        return False  # (NEWCOMER49b: 饮用水水质差、雨后浑浊 lost its complaint as a co-subject)
    tagged = tag_text(label.strip(QUOTES))
    if not tagged:
        return False
    last = max((n for n, (word, _) in enumerate(tagged) if word == "的"), default=-1)
    head = tagged[last + 1:]
    # (an attribute may stand before the head noun: 老 + 井, 两台 + 电梯)
    return bool(head) and head[-1][1] in NOUN_TAGS and all(tag in NOUN_TAGS + ATTRIBUTE_TAGS for _, tag in head)
