"""Background clauses: the scene or the aftermath of a complaint, told as a clause of its own.

A raising tells more than its complaints: the nature around them (冬天天黑得早), the time they
come in (冬季农闲时节), how it stands after a repair (再没漏过, 一滴没漏, 现在穿单衣就行了), or
the health of the person who tells it (膝盖做过手术, 高血压、风湿病多).  None of these is an
issue: no readable gold issue (dev, kinds, the opened probe sets) has any of these shapes,
while 11 false issues of the opened sets do (session 57, prec57, read with precfeat/misscat).

The word classes live in `kg/lexicons/issue_background.tsv` (kinds season, sky, pace, span,
trouble, enough, body, ailing, disease).  `IssueReader.decide_items` drops an item or a later
clause for which `background` holds, wherever the reader took it.

* `nature`: a season at most, the daylight's course and its pace (冬天天黑得早, 冬季天黑早);
* `time_only`: a season and spans of time, nothing else (冬季农闲时节, 冬季里的);
* `settled`: a mishap denied for good, after a place or time at most (再没漏过, 家里一滴没漏):
  a never-done duty (从来没有公示过, 好几年没人检查过) is a complaint and stays;
* `suffices`: a clause closed by a sufficiency, no wish in it (现在家里穿单衣就行了);
* `felt`: a clause closed by a feeling, stating no problem before it (自己的担心, 想来吃饭又有顾虑:
  `issue_feelings.tsv` feeling, `issue_coping.feeling_pattern`), wherever it stands; an evaluation
  said of the residents (老人下楼一趟很吃力) is a complaint as a first clause and stays;
* `bodily`: a body part and what it went through (膝盖做过手术), or chronic illnesses and 多
  (高血压、风湿病多).
"""

from __future__ import annotations

import re
from functools import cache

from kg.text import HAN
from kg.extract import issue_coping, issue_words
from kg.extract.lexicons import alternation, kind_words

QUOTES = "“”「」\"' "  # quotation marks a clause of reported speech may keep at its ends
LEAD = 4  # the longest place or time before a settled clause or an illness list (家里, 现在家里)
DEGREE = "(?:很|特别|比较|挺|太|越来越)?"  # a degree before the daylight's pace (天黑得很早)
# a wish or a condition in a clause closed by a sufficiency makes it a request (只要…就行了)
WISH = re.compile("希望|盼|想|要|能|只要|如果|最好")


def _alt(kind: str) -> str:
    return alternation(kind_words("issue_background.tsv", kind))


@cache
def nature_pattern() -> re.Pattern:
    """A season at most, the daylight's course, an optional 得 and degree, the pace."""
    return re.compile(rf"(?:{_alt('season')})?的?(?:{_alt('sky')})得?{DEGREE}(?:{_alt('pace')})了?")


@cache
def time_only_pattern() -> re.Pattern:
    """A season and spans of time (or spans alone), an optional 的."""
    return re.compile(rf"(?:(?:{_alt('season')})(?:{_alt('span')})*|(?:{_alt('span')})+)的?")


@cache
def settled_pattern() -> re.Pattern:
    """A place or time at most, a denial for good (再没, 再也没有, 没再, 一滴都没), a mishap verb, 过/了."""
    denial = "(?:再也没有?|再没有?|没再|一[滴点次回](?:都|也)?没有?)"
    return re.compile(rf"[{HAN}]{{0,{LEAD}}}?{denial}(?:{_alt('trouble')})(?:过|了)*")


@cache
def bodily_pattern() -> re.Pattern:
    """A body part and what it went through, or a list of chronic illnesses and 多."""
    ill = _alt("disease")
    return re.compile(
        rf"[{HAN}]{{0,{LEAD}}}?(?:{_alt('body')})(?:也|都|还|曾)?(?:{_alt('ailing')})(?:过|了)?"
        rf"|[{HAN}]{{0,{LEAD}}}?(?:{ill})(?:[、和及与](?:{ill}))*(?:的人|患者|病人)?(?:比较|很|特别)?多"
    )


@cache
def enough_pattern() -> re.Pattern:
    """A sufficiency closing a clause (就行了, 就够了)."""
    return re.compile(rf"(?:{_alt('enough')})$")


def nature(clause: str) -> bool:
    """Does `clause` tell only a fact of nature, the daylight's course (冬天天黑得早)?

    >>> nature("冬天天黑得早"), nature("冬季天黑早"), nature("入冬后天黑得很早")
    (True, True, True)
    >>> nature("天黑后一路没有灯"), nature("冬天路灯不亮")
    (False, False)
    """
    return bool(nature_pattern().fullmatch(clause.strip(QUOTES)))


def time_only(clause: str) -> bool:
    """Is `clause` only a time: a season and spans (冬季农闲时节, 冬季里的)?

    >>> time_only("冬季农闲时节"), time_only("冬季里的"), time_only("农闲时节")
    (True, True, True)
    >>> time_only("冬季取暖"), time_only("农闲时节就业难"), time_only("冬季清雪不及时")
    (False, False, False)
    """
    return bool(time_only_pattern().fullmatch(clause.strip(QUOTES)))


def settled(clause: str) -> bool:
    """Does `clause` deny a mishap for good (再没漏过, 家里一滴没漏): how things stand after a repair?

    >>> settled("再没漏过"), settled("家里一滴没漏"), settled("下水道再也没堵过")
    (True, True, True)
    >>> settled("公共收益的账目从来没有公示过"), settled("消防栓好几年没人检查过"), settled("一分钱都没拿到")
    (False, False, False)
    """
    return bool(settled_pattern().fullmatch(clause.strip(QUOTES)))


def suffices(clause: str) -> bool:
    """Is `clause` closed by a sufficiency, with no wish or condition in it (现在家里穿单衣就行了)?

    >>> suffices("现在家里穿单衣就行了"), suffices("屋里开一个电暖器就够了")
    (True, True)
    >>> suffices("只要有个地方充电就行"), suffices("希望修一下就行了"), suffices("充电桩不够")
    (False, False, False)
    """
    clause = clause.strip(QUOTES)
    m = enough_pattern().search(clause)
    return bool(m) and m.start() > 0 and not WISH.search(clause[:m.start()])


def bodily(clause: str) -> bool:
    """Does `clause` tell a person's body: a part and what it went through (膝盖做过手术), or
    chronic illnesses and 多 (高血压、风湿病多)?

    >>> bodily("膝盖做过手术"), bodily("老伴腰动过手术"), bodily("村里老人高血压、糖尿病多")
    (True, True, True)
    >>> bodily("老人看病难"), bodily("村卫生室没有降压药"), bodily("高血压")
    (False, False, False)
    """
    return bool(bodily_pattern().fullmatch(clause.strip(QUOTES)))


def felt(clause: str) -> bool:
    """Is `clause` closed by a feeling with no problem stated before it (自己的担心, 想来吃饭又有顾虑)?
    Unlike `issue_coping.feels` no evaluation: 老人下楼一趟很吃力 as a first clause is the complaint.

    >>> felt("自己的担心"), felt("想来吃饭又有顾虑"), felt("想修又不知道找谁")
    (True, True, True)
    >>> felt("担心物业撤场后没人管"), felt("老人下楼一趟很吃力"), felt("漏水的事让人闹心")
    (False, False, False)
    """
    m = issue_coping.feeling_pattern().fullmatch(clause.strip(QUOTES))
    return bool(m) and not issue_words.problem().search(m.group("before"))


def background(clause: str) -> bool:
    """Is `clause` the scene or the aftermath of a complaint, no issue of its own (any of
    `nature`, `time_only`, `settled`, `suffices`, `felt`, `bodily`)?  Session 57, prec57.

    >>> background("冬季天黑早"), background("再没漏过"), background("楼道灯不亮")
    (True, True, False)
    """
    return nature(clause) or time_only(clause) or settled(clause) or suffices(clause) or felt(clause) or bodily(clause)
