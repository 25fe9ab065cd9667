"""Wishes restating the complaints: 希望解决X问题 after the items X names.

Residents often close a complaint with a wish that it be solved, naming it again in
a shorter form: 饮水井水量不足，道路积雪影响出行，希望解决饮水安全和道路通行问题.  The
wish's object is the complaint before it, no issue of its own.  A wish naming
something new (路面破损，希望解决停车问题) stands, labelled by the problem (停车), not by
the act of solving it (`strip_resolve`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract import issue_words
from kg.extract.lexicons import alternation, kind_words, words

PART_SPLIT = re.compile(r"[和及与、]")
CLAUSE_SPAN = 16  # the characters looked back for the request opening the wish


PARTY_SPAN = 8  # the characters of a party's name before its head (县供热公司)


@cache
def resolve_verb() -> str:
    return alternation(words("issue_resolve_verbs.txt"))


@cache
def adverbs() -> str:
    """Any run of the words between a request and its act (`issue_request_adverbs.txt`:
    尽快, 帮忙, 上门…)."""
    return f"(?:{alternation(words('issue_request_adverbs.txt'))})*"


@cache
def means_nouns() -> tuple[str, ...]:
    """Nouns a resolving verb makes a noun with (`issue_means_nouns.txt`: 方案, 办法…)."""
    return words("issue_means_nouns.txt")


@cache
def party_request() -> re.Pattern:
    """A request (optional) to a party (`issue_request_parties.txt`, at the end of its
    name), its adverbs and an act with no object after it (`issue_objectless_acts.txt`,
    `issue_resolve_verbs.txt`)."""
    requests = alternation(kind_words("issue_clause_markers.tsv", "request"))
    parties = alternation(words("issue_request_parties.txt"))
    acts = alternation(words("issue_objectless_acts.txt") + words("issue_resolve_verbs.txt"))
    return re.compile(
        f"^(?:{requests})?(?:由|请|让)?[^，,。；]{{0,{PARTY_SPAN}}}?(?:{parties}){adverbs()}(?:{acts})(?:一下)?$"
    )


def asks_party(item: str) -> bool:
    """Does `item` only ask a party to deal with the complaint before it: a party
    (`issue_request_parties.txt`), adverbs and an act with no object (希望物业公司尽快
    上门维修, 有关部门及时处理)?  The matter is the complaint; the request names nothing
    new.  One naming its object (物业尽快维修楼道灯) stands.

    >>> asks_party("物业公司尽快上门维修"), asks_party("希望有关部门及时处理"), asks_party("县燃气公司抓紧整改")
    (True, True, True)
    >>> asks_party("物业尽快维修楼道灯"), asks_party("尽快维修路灯"), asks_party("小区物业管理混乱")
    (False, False, False)
    """
    return bool(party_request().match(item))


BENEFICIARIES = f"(?:{alternation(words('issue_beneficiaries.txt'))})?"  # for whom the help is asked (帮我们)


@cache
def help_request() -> re.Pattern:
    """A request (optional) to a party (optional: `issue_request_parties.txt`, or an
    addressee, `issue_addressees.txt`: 县里, 上级), its adverbs and helping verbs
    (`issue_request_adverbs.txt`: 帮助, 协调), for whom (我们), and help in general
    (`issue_support_words.tsv`: 给予 + 政策 + 支持, 加大扶持力度): nothing after it."""
    requests = alternation(kind_words("issue_clause_markers.tsv", "request"))
    parties = alternation([*words("issue_request_parties.txt"), *words("issue_addressees.txt")])
    give = alternation(kind_words("issue_support_words.tsv", "give"))
    field = alternation(kind_words("issue_support_words.tsv", "field"))
    help_ = alternation(kind_words("issue_support_words.tsv", "help"))
    degree = alternation(kind_words("issue_support_words.tsv", "degree"))
    measure = alternation(kind_words("issue_support_words.tsv", "measure"))
    return re.compile(
        # (the field the help is for, 在电价上, 在资金方面: the matter of the complaint before
        # it, named again; session 46, fprec)
        f"^(?:{requests})?(?:[^，,。；]{{0,{PARTY_SPAN}}}?(?:{parties}))?{adverbs()}(?:在[^，,。；在]{{1,6}}?(?:上|方面))?{adverbs()}{BENEFICIARIES}"
        f"(?:{give})?(?:{measure})?(?:{field})?(?:{help_})+(?:{degree})?$"
    )


def help_only(item: str) -> bool:
    """Does `item` ask a party or a higher level for help in general only
    (`help_request`): 县里协调相关部门给予政策支持, 上级给予帮助, 政府帮助协调, 加大扶持力度?
    The party and the helping verbs stripped, nothing concrete is left: the request
    names no matter.  One naming a thing or an act after the helping verb
    (县里帮助对接收购商, 帮助建一座冷库) names it (FAULTS28 kind 5, session 28).

    >>> help_only("县里协调相关部门给予资金支持"), help_only("上级给予帮助"), help_only("政府帮助协调")
    (True, True, True)
    >>> help_only("县里帮助对接收购商"), help_only("帮助建一座冷库"), help_only("加装电梯的资金分摊难协调")
    (False, False, False)

    The field the help is for may stand before it (县里在电价上给予支持, 上级在资金方面给予帮助): the
    matter of the complaint, named again (session 46, fprec).

    >>> help_only("希望市里在用地上给予支持"), help_only("在电价上给予支持并新建泵站")
    (True, False)
    """
    return bool(help_request().match(item))


@cache
def leading_resolve() -> re.Pattern:
    """A resolving verb (`issue_resolve_verbs.txt`) and its adverbs opening an item,
    with two characters at least after it (解决停车, 尽快处理好噪音扰民)."""
    return re.compile(f"^{adverbs()}(?:{resolve_verb()})(?=[^，,]{{2}})")


@cache
def _wish() -> str:
    """A request (`issue_clause_markers.tsv` request: 希望, 盼望), adverbs and a resolving verb."""
    requests = alternation(kind_words("issue_clause_markers.tsv", "request"))
    return f"(?:{requests}){adverbs()}(?:{resolve_verb()})"


@cache
def wish_before() -> re.Pattern:
    """A wish to solve (`_wish`) closing the text before an item: the item is what
    the wish asks to be solved."""
    return re.compile(f"{_wish()}$")


@cache
def wish_opening() -> re.Pattern:
    """A wish to solve (`_wish`) opening a clause."""
    return re.compile(f"^{_wish()}")


def wish_to_solve(clause: str) -> bool:
    """Does `clause` open with a request and a resolving verb (希望解决, 盼望尽快处理)?

    >>> wish_to_solve("希望解决停车问题"), wish_to_solve("希望增设停车位")
    (True, False)
    """
    return bool(wish_opening().match(clause))


def strip_resolve(item: str) -> str:
    """`item` without a resolving verb opening it, when what is left is no vague word.

    >>> strip_resolve("解决停车"), strip_resolve("尽快处理好噪音扰民"), strip_resolve("解决实际困难")
    ('停车', '噪音扰民', '解决实际困难')
    >>> strip_resolve("解决方案不透明")  # (a noun holding the verb: 解决方案)
    '解决方案不透明'
    """
    m = leading_resolve().match(item)
    if not m:
        return item
    rest = item[m.end():]
    generic = issue_words.item_filters()[0]
    if rest in generic or any(rest.endswith(g) for g in generic) or rest.startswith(means_nouns()):
        return item  # 解决实际困难: resolving, nothing named (issue_items.keep drops it); 解决方案: a noun
    return rest


def bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def restated(text: str, at: int, item: str, before: list[str]) -> bool:
    """Is `item`, written at `at` in `text`, the object of a wish to solve (`wish_before`)
    that names again only what the items `before` it complained of: every part of it
    (split on 和/及/与/、) shares two characters with one of them?

    >>> restated("井水不足，道路积雪，希望解决饮水安全和道路通行问题", 14, "饮水安全和道路通行", ["井水不足", "道路积雪"])
    False
    >>> restated("饮水井水量不足，道路积雪，希望解决饮水和道路问题", 17, "饮水和道路", ["饮水井水量不足", "道路积雪"])
    True
    >>> restated("路面破损，希望解决停车问题", 9, "停车", ["路面破损"])
    False
    """
    if not before or not wish_before().search(text, max(0, at - CLAUSE_SPAN), at):
        return False
    told = set().union(*(bigrams(b) for b in before))
    parts = [p for p in PART_SPLIT.split(item) if p]
    return bool(parts) and all(bigrams(p) & told for p in parts)


BUILD_RESULT = f"(?:{alternation(words('issue_build_results.txt'))})?"  # 装上, 建好: the act's result after it
THING_SPAN = 8  # the characters of the thing built (电梯, 村级冷库)


@cache
def _built_thing() -> re.Pattern:
    """A request (`issue_clause_markers.tsv` request: 盼着; an adverb before it, 就盼着)
    and its adverbs (`issue_request_adverbs.txt`: 早日), a building verb
    (`issue_build_verbs.txt`: 装, 建, 修), with one character before it (加装, 新建)
    and its result after it (装上), then the thing: all of the item."""
    build = alternation(words("issue_build_verbs.txt"))
    requests = alternation(kind_words("issue_clause_markers.tsv", "request"))
    return re.compile(
        f"^(?:[就也还都最]?(?:{requests}))?{adverbs()}.?(?:{build}){BUILD_RESULT}(?P<thing>[^，,的]{{2,{THING_SPAN}}})$"
    )


def built_thing(item: str) -> str | None:
    """The thing `item` asks to be built or installed (加装电梯, 早日装上电梯 → 电梯), else None.

    >>> built_thing("加装电梯"), built_thing("早日装上电梯"), built_thing("就盼着尽快装上电梯"), built_thing("电梯经常坏")
    ('电梯', '电梯', '电梯', None)
    """
    m = _built_thing().match(item)
    return m.group("thing") if m else None


def same_build(item: str, filed: str) -> bool:
    """Does `item` ask again for the building `filed` asked for at the same place
    (早日装上电梯 after 加装电梯): the same thing built, told as a wish in other words?
    A resident's quoted wish restating the matter raised is one issue with it (session
    28: a newcomer's report; the reason before the wish, 腿脚不好, is the speaker's
    health, `issue_items.OWN_HEALTH`).

    >>> same_build("早日装上电梯", "加装电梯"), same_build("早日装上路灯", "加装电梯")
    (True, False)
    """
    thing = built_thing(item)
    return item != filed and thing is not None and thing == built_thing(filed)


# --- one matter, one issue (session 31, DOUBLES31)
#
# A complaint and the request answering it at the same place (楼里没有电梯，…，希望尽快加装
# 电梯), a topic list and a resident's quote about one of its topics (加装电梯… 我们楼没有电梯),
# a problem the next speaker restates with a demonstrative (路面破损严重… 这条路坑坑洼洼):
# the gold gives one issue, the first said (readable golds: pb-02 建设老年大学 then 办一所
# 老年大学 → one; pb-08 装上路灯 then 修路及安装路灯 → one 安装路灯, with 修路 its own;
# pa-12 路面破损 then 这段路… → one).  Two problems of one thing listed side by side
# (外墙体转角处混凝土层松动、外墙脱落; 没有雨棚，楼梯湿滑) are two in the gold: two problem
# statements with the same head noun stay two; only a request (or a demonstrative) makes
# the second the first said again.

NOUN_TAGS = frozenset({"n", "nz", "vn", "ORG", "LOC", "nw"})  # a thing the label is about
PART_TAGS = frozenset({"c", "w"})  # 及, 和, 、: the parts of a label listing several matters
FRONTED = frozenset({"p"})  # 在辖区内, 将垃圾房, 给我们: a prepositional phrase before the act


@cache
def referring_words() -> frozenset[str]:
    """Demonstratives opening a subject that refers back (`issue_referring_words.txt`)."""
    return frozenset(words("issue_referring_words.txt"))


@cache
def _request_opening() -> re.Pattern:
    """Request words (`issue_clause_markers.tsv` request: 希望, 能不能) and the adverbs
    between a request and its act (`issue_request_adverbs.txt`) opening a label."""
    requests = alternation(kind_words("issue_clause_markers.tsv", "request"))
    return re.compile(f"^(?:{requests})?{adverbs()}")


def _parts(tagged: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """The analyser's words of a label cut at its conjunctions and list marks (修路及安装路灯)."""
    parts: list[list[tuple[str, str]]] = [[]]
    for word, tag in tagged:
        if tag in PART_TAGS and word in ("及", "和", "与", "以及", "、", "并"):
            parts.append([])
        else:
            parts[-1].append((word, tag))
    return [p for p in parts if p]


def _head(part: list[tuple[str, str]]) -> str | None:
    """A part's matter: its last run of words the analyser reads as nouns (`NOUN_TAGS`),
    whole (健身器材, 停车位管理: the management of the spaces is no space); a run that is the
    subject of a predicate after it keeps the verb right before it, its modifier
    (`_modified_subject`: 排队|时间|长 is about 排队时间, which 延长供餐时间 does not name)."""
    runs: list[str] = []
    run = ""
    for k, (w, t) in enumerate(part):
        if t in NOUN_TAGS:
            if not run and _modified_subject(part, k):
                run = part[k - 1][0]
            run += w
        elif run:
            runs.append(run)
            run = ""
    if run:
        runs.append(run)
    return runs[-1] if runs else None


def _modified_subject(part: list[tuple[str, str]], k: int) -> bool:
    """Does the run of nouns opening at word `k` of `part` stand between a verb right before
    it and a predicate after it (an adjective, an adverb or a verb), so that the verb
    modifies it (中午|排队|时间|长: the time of queueing, 排队时间)?  Not a head noun (问题, 情况:
    `issue_words.head_words`), which names the matter whatever verb is before it.  A noun ending the part is
    the verb's object (楼里|没有|电梯; 加装|电梯); a verb of having or being (有, 没有, 是:
    `EXISTENTIALS`) takes its noun as object whatever follows.  Source: session 60, content60.

    >>> _modified_subject([("中午", "TIME"), ("排队", "v"), ("时间", "n"), ("长", "a")], 2)
    True
    >>> _modified_subject([("楼", "n"), ("里", "f"), ("没有", "v"), ("电梯", "n")], 3)
    False
    """
    if k == 0 or part[k - 1][1] != "v" or part[k - 1][0] in EXISTENTIALS or part[k][0] in issue_words.head_words():
        return False  # (堵塞|问题|严重: a head noun, `issue_heads.txt`, names the matter whatever its verb)
    after = next((t for _, t in part[k:] if t not in NOUN_TAGS), None)
    return after in ("a", "ad", "d", "v")


# verbs of having or being: the noun after them is their object, never modified by them
EXISTENTIALS = frozenset({"有", "没有", "没", "无", "是", "缺", "缺少", "缺乏"})


def _same_head(a: str, b: str) -> bool:
    """One head ends with the other: the shorter is the head word of the longer
    (小区路灯 and 路灯 are lamps; 停车位管理 and 停车位 are not the same matter)."""
    return a.endswith(b) or b.endswith(a)


def _asks_act(part: list[tuple[str, str]]) -> bool:
    """Does the part ask for an act on its matter: request words, adverbs and beneficiaries
    (`BENEFICIARIES`: 我们) aside, its first word is a verb, or a prepositional phrase (在辖区内, 将垃圾房, 给我们) is followed
    by one; no subject before it (楼里没有电梯 states a problem)."""
    text = "".join(w for w, _ in part)
    skip = _request_opening().match(text).end()
    i, at = 0, 0
    while i < len(part) and at + len(part[i][0]) <= skip:  # the request words and adverbs
        at += len(part[i][0])
        i += 1
    rest = part[i:]
    # adverbs, and for whom the act is asked (能不能给|我们|建个公厕)
    while rest and (rest[0][1] == "d" or re.fullmatch(BENEFICIARIES, rest[0][0])):
        rest = rest[1:]
    if rest and rest[0][1] in FRONTED:
        verbs = [k for k, (_, t) in enumerate(rest) if t == "v"]
        rest = rest[verbs[0]:] if verbs else []
    # (冲下来的泥石把沟也堵了: verbs closed by 的 qualify the noun after them, a relative
    # clause opening the subject, no act asked; session 47, frec)
    verbs_then_de = next((k for k, (w, t) in enumerate(rest) if t not in ("v", "d")), None)
    if verbs_then_de and rest[verbs_then_de][0] == "的":
        return False
    # (测完温就没下文了, 换了水管还是漏: a verb with its aspect of completion, 完/了/过, tells an
    # act done, no act asked; session 47, frec)
    if rest and rest[0][1] == "v" and (rest[0][0].endswith(("完", "过")) or len(rest) > 1 and rest[1][0] in ("完", "了", "过")):
        return False
    return bool(rest) and rest[0][1] == "v" and _head(rest[1:]) is not None


@dataclass(frozen=True)
class Matter:
    """What a label is about, read from the analyser's words: the head noun of each of
    its parts (`heads`), whether it asks for an act (`asks`: 尽快加装电梯, 在辖区内办一所
    老年大学) and whether it opens with a demonstrative (`refers`: 这条路坑坑洼洼)."""

    heads: frozenset[str]
    asks: bool
    refers: bool


def matter(tagged: list[tuple[str, str]]) -> Matter:
    """The `Matter` of a label given the analyser's words of it ([(word, tag)…]); a part
    with no noun leaves `heads` empty (nothing to compare: 走路不方便).

    >>> m = matter([("尽快", "d"), ("加装", "v"), ("电梯", "n")]); sorted(m.heads), m.asks, m.refers
    (['电梯'], True, False)
    >>> m = matter([("楼", "n"), ("里", "f"), ("没有", "v"), ("电梯", "n")]); sorted(m.heads), m.asks
    (['电梯'], False)
    >>> sorted(matter([("修路", "vn"), ("及", "c"), ("安装", "vn"), ("路灯", "n")]).heads)  # (路灯 its head word)
    ['修路', '安装路灯']
    """
    parts = _parts(tagged)
    heads = [_head(p) for p in parts]
    if not parts or any(h is None for h in heads):
        return Matter(frozenset(), False, False)
    refers = tagged[0][0] in referring_words()
    return Matter(frozenset(heads), _asks_act(parts[0]), refers)


def same_matter(item: Matter, filed: Matter) -> bool:
    """Is an item (`item`, said later) the matter an issue filed before it at the same
    place (`filed`) is about, said again: every head of the item is one of the filed
    issue's, or its head word (`_same_head`: 路灯 of 小区路灯), and one of the two asks for an act on it (a complaint and its remedy,
    a topic and a quote about it), or the item opens with a demonstrative (这条路…, said
    again by the next speaker)?  Two problems stated of one thing (外墙体松动、外墙脱落)
    are two issues: neither asks for an act.

    >>> ask = Matter(frozenset({"电梯"}), True, False); say = Matter(frozenset({"电梯"}), False, False)
    >>> same_matter(ask, say), same_matter(say, ask), same_matter(say, say)
    (True, True, False)
    >>> same_matter(Matter(frozenset({"路灯"}), True, False), say)
    False
    >>> same_matter(Matter(frozenset({"路"}), False, True), Matter(frozenset({"路"}), False, False))
    True
    """
    if not item.heads or not all(any(_same_head(h, g) for g in filed.heads) for h in item.heads):
        return False
    return item.asks or filed.asks or item.refers
