"""Effect clauses: a clause stating what the complaint before it costs the residents.

Residents often follow a complaint with its consequence, joined by a comma:
河堤失修，存在安全隐患; 广场舞噪音大，影响休息;
排水不畅，导致雨天积水.  A careful reader files one issue, the complaint; the
effect clause is its explanation.  An effect clause is one of two shapes:

* it opens with a causal link (`issue_effect_links.txt`: 导致, 造成, 影响…, after an
  optional degree adverb: 严重影响), or 给 + those affected + 带来;
* it closes with things all spoiled (`issue_spoil_results.txt`: 家具都泡坏了, 粮食都霉了);
* it closes with a hardship predicate (`issue_effect_words.txt`: 安全隐患, 意见很大,
  提心吊胆…) after a few characters at most (存在安全隐患, 群众意见很大) that state
  no problem of their own (`issue_problem_words.txt`: 井盖缺失很危险 stands), or with
  such a predicate paired with a cost (既费钱又有安全隐患, session 26).  An
  inconvenience (灌溉不便) is not in the class: gold files it as an issue (getting about,
  below, is);
  a question about the complaint's cause closes one too (`issue_cause_questions.txt`:
  …，不知道是什么原因): a comment on the complaint, no matter of its own;
* it tells of going about in the dark (`issue_dark_words.tsv`: 摸黑, 黑灯瞎火) after a
  scene of a few words that states no problem of its own (晚上接孩子黑灯瞎火的,
  老人晚上上下楼只能摸黑, 老人家摸黑走很危险): what a broken light costs, the light
  being the issue; a dark state said of a place, no act (不少楼道黑灯瞎火), is the
  place's complaint and stands (session 55, prec55);
* it tells of a fall a resident risks (`issue_mishap_words.txt` after a risk adverb,
  `RISK_ADVERBS`: 雨天容易摔跤, 老人推小车经常绊脚) after such a scene: a fall told as
  having happened (已多次在这里滑倒) has no risk adverb and stands (session 55, prec55);
* it tells that a person's getting about is hard (`issue_going_words.txt`: 出行, 上下楼, then
  `GOING_HARDSHIPS`: 不便, 困难) after such a scene (居民夜间出行不便, 老人上下楼困难): what
  the broken light or lift costs.  Only right after a complaint (below): an inconvenience
  standing alone or in a list (多层房上下楼不方便) is gold's issue (session 58, prec58);

A clause closed by an inability (农用车进不去, 睡不着) is no effect here: it cost one gold
issue on a blind set (session 25) and removed no false one on dev or check.

Only a clause right after another item of the same raising, past a comma, is an
effect: a list item (、), a first item, or a clause after a full stop stands.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import issue_words
from kg.analyse import tag_text
from kg.extract.lexicons import alternation, kind_words, words

EFFECT_SUBJECT = 4  # characters before a hardship word: 大家 + 提心吊胆, 存在 + 安全隐患
QUESTION_SUBJECT = 6  # characters before a cause question: 也不知道是 + 什么原因, 大家都搞不清 + 为啥
PAIR_SPAN = 4  # the first cost of a pair closed by a hardship: 既 + 费钱 + 又有安全隐患
DEGREE = f"(?:{alternation(words('issue_effect_degrees.txt'))})?"  # 严重影响, 也给…带来
COMMA = ("，", ",")
STOPS = "，,。；;：:、！？!?\n“”"
# a hazard of a named kind stated as there (存在火灾隐患, 有触电风险): a state of its own,
# an issue the readable golds count, not the complaint's cost (CLAUSES30 rule 2; FAULTS28/29
# kind 2); a hazard of no kind (存在安全隐患) stays an effect: the golds omit it 3 times of 4
HAZARD = re.compile(r"^(?:也|还|都|并|同时)?(?:存在|有|存有)着?(?!安全)[^，,。；既又]{1,6}?(?:隐患|风险)$")
# a size between the hazard's verb and its kind (存在很大的安全隐患): read past, so the kind
# (or its absence) is what `HAZARD` and the hardship words see (session 32, p88-09)
HAZARD_DEGREE = re.compile(
    rf"^((?:也|还|都|并|同时)?(?:存在|有|存有)着?)(?:{alternation(words('issue_hazard_degrees.txt'))})的?(?=\S)"
)
LINK_SPAN = 6  # the words the reader leaves out of a label before it: 还直接影响到 + 休息


@cache
def effect_clause_pattern() -> re.Pattern:
    """The two shapes of an effect clause, matched over a whole item."""
    links = alternation(words("issue_effect_links.txt"))
    hardship = alternation(words("issue_effect_words.txt"))
    questions = alternation(words("issue_cause_questions.txt"))
    return re.compile(
        rf"(?P<link>{DEGREE}(?:{links})|给[^，,。；]{{1,10}}带来)"
        rf"|(?P<pair>既[^，,。；]{{1,{PAIR_SPAN}}}?又)?(?P<before>.{{0,{EFFECT_SUBJECT}}}(?=(?:{hardship})$)"
        rf"|.{{0,{QUESTION_SUBJECT}}}(?=(?:{questions})$))"
    )


DARK_SCENE = 8  # who goes where and when before the dark: 老人晚上上下楼 + 只能摸黑
DARK_MODALS = ("只能", "只好", "只得", "都得", "得")  # no other way than the dark: 只能 + 摸黑
DARK_TAIL = 4  # what the dark makes of it after: 摸黑 + 走很危险


@cache
def dark_pattern() -> re.Pattern:
    """A clause telling of going about in the dark (`issue_dark_words.tsv`): a scene of
    `DARK_SCENE` characters at most (group `scene`), a modal of no other way
    (`DARK_MODALS`: 只能) or none, a dark word and a short tail.

    >>> bool(dark_pattern().match("晚上出门摸黑")), bool(dark_pattern().match("路灯坏了"))
    (True, False)
    """
    acts = alternation(kind_words("issue_dark_words.tsv", "act"))
    states = alternation(kind_words("issue_dark_words.tsv", "state"))
    return re.compile(
        rf"^(?P<scene>[^，,。；;：:]{{0,{DARK_SCENE}}}?)(?:{alternation(DARK_MODALS)})?(?:(?P<act>{acts})|(?P<state>{states}))"
        rf"(?P<tail>[^，,。；;：:]{{0,{DARK_TAIL}}})$"
    )


def said_of_act(scene: str) -> bool:
    """Does `scene` close with an act (a verb, or a noun right after its verb: 晚上接孩子,
    晚上散步), so that a dark state after it tells the act done in the dark, not a place
    dark (一到晚上不少楼道 closes with a place, 楼道 after 不少)?

    >>> said_of_act("晚上接孩子"), said_of_act("晚上散步"), said_of_act("一到晚上不少楼道"), said_of_act("晚上")
    (True, True, False, False)
    """
    tags = [tag for _, tag in tag_text(scene)]
    return bool(tags) and (tags[-1].startswith("v") or (len(tags) > 1 and tags[-1].startswith("n") and tags[-2].startswith("v")))


RISK_ADVERBS = ("容易", "经常", "常常", "时常", "老是", "动不动就")  # a fall risked, not told: 容易 + 摔跤
MISHAP_GAP = 2  # what the fall comes with: 容易 + 溅水 + 摔跤


@cache
def mishap_pattern() -> re.Pattern:
    """A clause telling of a fall a resident risks (`issue_mishap_words.txt`): a scene of
    `DARK_SCENE` characters at most (group `scene`), a risk adverb (`RISK_ADVERBS`), a few
    characters and the fall.

    >>> bool(mishap_pattern().match("雨天容易摔跤")), bool(mishap_pattern().match("已多次在这里滑倒"))
    (True, False)
    """
    mishaps = alternation(words("issue_mishap_words.txt"))
    return re.compile(
        rf"^(?P<scene>[^，,。；;：:]{{0,{DARK_SCENE}}}?)(?:{alternation(RISK_ADVERBS)})[^，,。；;：:]{{0,{MISHAP_GAP}}}?(?:{mishaps})了?$"
    )


GOING_HARDSHIPS = ("不便", "不方便", "很不方便", "困难", "很困难", "十分不便", "非常不便")  # 出行 + 不便


@cache
def going_pattern() -> re.Pattern:
    """A clause telling that getting about is hard (`issue_going_words.txt` then
    `GOING_HARDSHIPS`): a scene of `DARK_SCENE` characters at most (group `scene`: who,
    when), a going word and its hardship, closing the clause.  Session 58, prec58: after a
    complaint (路灯长期不亮，居民夜间出行不便) it is the complaint's cost (kind A1 of
    /work/notes/PREC58.md: 7 false issues on the opened sets of five writers), no readable gold
    issue of the shape.

    >>> bool(going_pattern().match("居民夜间出行不便")), bool(going_pattern().match("老人上下楼困难"))
    (True, True)
    >>> bool(going_pattern().match("开春浇地成了难题")), bool(going_pattern().match("灌溉不便"))
    (False, False)
    """
    goings = alternation(words("issue_going_words.txt"))
    return re.compile(
        rf"^(?P<scene>[^，,。；;：:、]{{0,{DARK_SCENE}}}?)(?:{goings})都?(?:{alternation(GOING_HARDSHIPS)})了?$"
    )


SPOILED_SUBJECT = 12  # the things spoiled before 都: 地下室存的白菜土豆, 冰箱、沙发


@cache
def spoiled_pattern() -> re.Pattern:
    """Things all spoiled by the complaint before (`issue_spoil_results.txt`), closing a clause:
    a subject, 都 (everything), a spoiling result and 了 (冰箱、沙发都泡坏了, 存的粮食都霉了)."""
    results = alternation(words("issue_spoil_results.txt"))
    return re.compile(rf"^[^，,。；;]{{1,{SPOILED_SUBJECT}}}?都(?:被|给|让)?(?:{results})了?$")


def is_effect(item: str) -> bool:
    """Does `item` have the shape of an effect clause (see the module)?

    >>> is_effect("影响休息"), is_effect("存在安全隐患"), is_effect("农用车进不去")
    (True, True, False)

    A hazard of a named kind stated as there (`HAZARD`: 存在火灾隐患) is a state of its
    own, no effect:

    >>> is_effect("存在火灾隐患"), is_effect("有触电风险")
    (False, False)

    A size before the kind names none (`issue_hazard_degrees.txt`):

    >>> is_effect("存在很大安全隐患"), is_effect("存在较大的安全隐患"), is_effect("存在很大的火灾隐患")
    (True, True, False)
    >>> is_effect("路灯不亮"), is_effect("井盖缺失很危险"), is_effect("灌溉不便")
    (False, False, False)
    >>> is_effect("既费时又有安全隐患"), is_effect("也不知道是什么原因"), is_effect("既漏水又有安全隐患")
    (True, True, False)

    Going about in the dark (`issue_dark_words.tsv`) is its effect, unless the scene
    states a problem of its own:

    >>> is_effect("晚上接孩子黑灯瞎火的"), is_effect("老人晚上上下楼只能摸黑"), is_effect("路灯坏了只能摸黑")
    (True, True, False)

    A dark state said of a place (no act before it) is the place's complaint:

    >>> is_effect("一到晚上不少楼道黑灯瞎火")
    False

    So is a fall risked (`issue_mishap_words.txt` after `RISK_ADVERBS`), not one told:

    >>> is_effect("雨雪天容易溅水摔跤"), is_effect("老人推小车经常绊脚"), is_effect("行人已多次在这里滑倒")
    (True, True, False)

    So is getting about made hard (`issue_going_words.txt`, `GOING_HARDSHIPS`), unless
    the scene states a problem of its own:

    >>> is_effect("居民夜间出行不便"), is_effect("老人上下楼困难"), is_effect("雨天楼梯湿滑行走不便")
    (True, True, False)

    Vehicles getting by are no person's going (a sealed gold keeps one, session 58):

    >>> is_effect("早晚高峰错车困难"), is_effect("大车通行困难")
    (False, False)

    Things all spoiled by it (`issue_spoil_results.txt`: 都泡坏了, 都霉了) are its effect:

    >>> is_effect("柜子里的衣服都泡烂了"), is_effect("存的粮食都发霉了"), is_effect("路灯都坏了")
    (True, True, False)
    """
    # 冰箱、沙发都泡坏了: what the complaint spoiled, all of it (session 49, fpreca)
    if spoiled_pattern().match(item.strip("“”")):
        return True
    # 晚上出门摸黑: going about in the dark, what a broken light costs, unless the scene
    # states a problem of its own (路灯坏了摸黑走) or the dark state is said of a place, no
    # act (不少楼道黑灯瞎火: the place's complaint) (session 55, prec55)
    dark = dark_pattern().match(item.strip("“”"))
    if dark and not issue_words.problem().search(dark.group("scene")) and (dark.group("act") or said_of_act(dark.group("scene"))):
        return True
    # 雨天容易摔跤: a fall risked, what the loose brick costs (session 55, prec55)
    if (fall := mishap_pattern().match(item.strip("“”"))) and not issue_words.problem().search(fall.group("scene")):
        return True
    # 居民夜间出行不便: getting about is hard, what the broken light costs, unless the scene
    # states a problem of its own (楼梯湿滑行走不便) (session 58, prec58)
    if (going := going_pattern().match(item.strip("“”"))) and not issue_words.problem().search(going.group("scene")):
        return True
    # 存在很大安全隐患 is 存在安全隐患 graded: the size names no kind of hazard
    item = HAZARD_DEGREE.sub(r"\1", item, count=1)
    m = effect_clause_pattern().match(item)
    if not m or HAZARD.match(item):
        return False
    # a clause with a complaint of its own before its hardship (井盖缺失很危险) stands
    return bool(m.group("link")) or not issue_words.problem().search((m.group("pair") or "") + m.group("before"))


def linked_only(item: str) -> bool:
    """Does `item` open with a causal link (`issue_effect_links.txt`: 引发火灾, 导致积水),
    so that it names only an effect, with the thing that causes it outside the label?
    Such an item is the object of a worry or a further clause (秸秆没地方堆放，担心引发火灾:
    担心 reads as a raising act of its own, its content the effect); no readable gold
    issue opens with a link (session 33, LABELS33: p89).

    >>> linked_only("引发火灾"), linked_only("严重影响休息"), linked_only("落水管安装引发阳台渗水")
    (True, True, False)
    """
    m = effect_clause_pattern().match(item)
    return bool(m and m.group("link"))


def clause_start(text: str, at: int) -> int:
    """Where the clause holding the item written at `at` opens: past the comma a few
    characters before it (the reader may have left a link out of the label:
    导致 + 雨天积水), else `at`; -1 when no comma opens it.

    >>> clause_start("路窄，导致积水", 5), clause_start("路窄、积水", 3)
    (3, -1)
    """
    lo = max(0, at - LINK_SPAN - 1)
    comma = max(text.rfind(c, lo, at) for c in COMMA)
    if comma < 0 or any(ch in STOPS for ch in text[comma + 1 : at]):
        return -1
    return comma + 1


def follows_complaint(text: str, start: int, before: list[str]) -> bool:
    """Is the clause opening at `start` in `text` written right after one of the items
    `before` (a complaint of the same raising), past a comma?

    >>> follows_complaint("路窄，车进不去", 3, ["路窄"])
    True
    >>> follows_complaint("路窄，车进不去", 3, ["灯坏"])
    False
    """
    return start >= 2 and any(text.endswith(b, 0, start - 1) for b in before if b)


def effects(text: str, items: list[str], start: int) -> set[str]:
    """The items (of one raising, in text order, written from `start`) that are the
    effect of the item before them (`is_effect` and `follows_complaint`).

    >>> sorted(effects("反映路窄，存在安全隐患，路灯不亮。", ["路窄", "存在安全隐患", "路灯不亮"], 0))
    ['存在安全隐患']
    >>> sorted(effects("反映排水不畅，导致积水。", ["排水不畅", "积水"], 0))
    ['积水']
    """
    out: set[str] = set()
    pos = start
    for n, item in enumerate(items):
        at = text.find(item, pos)
        if at < 0:
            continue
        pos = at + len(item)
        if not n or (opens := clause_start(text, at)) < 0:
            continue
        if is_effect(text[opens:at] + item) and follows_complaint(text, opens, items[:n]):
            out.add(item)
    return out
