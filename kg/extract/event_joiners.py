"""Officials who only take part in an event another official hosts.

`区委书记A、区长B主持恳谈会，副区长C、D参加，街道书记E陪同`: C and D took part
in the meeting A and B ran; the gold makes them `other`, with no visit.  The
shape: in one sentence, an official's clause holding a host verb
(`event_host_verbs.txt`: 主持, 接待, 召集), and a list of officials whose clause
is only a join verb (`event_join_verbs.txt`: 参加, 列席, 出席) with at most a
short object (活动, 会议).  Leading a tour (带领) is no hosting: those who
join a tour go along to its stops.

Source: SCENE30 brief, fault 3; the readable golds with a host verb naming the
leads in the sentence of a join verb: 4 reports make the joiners `other`, one
(a meeting) a visitor, and one tour (带领) gives them its stops.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.lexicons import pattern

CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?]")
# between the last joiner's name and the join verb: an adverb of together
JOIN_GAP = re.compile(r"[也还均都等同一共]{0,3}")
# between two listed joiners: a separator, maybe the next one's post (，副区长)
LISTED = re.compile(r"[、，,和及与][^。；：！？\s、，,]{0,16}")
# what may follow the join verb in its clause: 了 and a short object (活动, 会议, 恳谈)
JOIN_OBJECT = re.compile(r"了?[^，,。；;：:！？!?并\s]{0,6}(?=[，,。；;：:！？!?]|$)")


@cache
def _host() -> re.Pattern:
    return pattern("event_host_verbs.txt")


@cache
def _join() -> re.Pattern:
    return pattern("event_join_verbs.txt")


def joined_under_host(text: str, start: int, end: int, names: list[tuple[str, int, int]]) -> set[str]:
    """The officials of `names` ((name, start, end) in the sentence text[start:end],
    in order) who only join an event another official of the sentence hosts.

    >>> t = "区长甲乙主持座谈会，副区长丙丁、戊己参加，书记庚辛陪同。"
    >>> sorted(joined_under_host(t, 0, len(t), [("甲乙", 2, 4), ("丙丁", 13, 15), ("戊己", 16, 18), ("庚辛", 24, 26)]))
    ['丙丁', '戊己']
    >>> t = "主席甲乙带领代表走访了三个村，副主席丙丁参加。"
    >>> joined_under_host(t, 0, len(t), [("甲乙", 2, 4), ("丙丁", 18, 20)])
    set()
    """
    hosts = set()
    for name, _, b in names:
        stop = CLAUSE_BREAK.search(text, b, end)
        if _host().search(text, b, stop.start() if stop else end):
            hosts.add(name)
    if not hosts:
        return set()
    joined: set[str] = set()
    for m in _join().finditer(text, start, end):
        if not JOIN_OBJECT.match(text, m.end(), end):
            continue  # 出席并讲话, 参加X社区议事会并…: more than taking part
        before = [n for n in names if n[2] <= m.start()]
        if not before or not JOIN_GAP.fullmatch(text, before[-1][2], m.start()):
            continue
        k = len(before) - 1
        listed = [before[k][0]]
        while k > 0 and LISTED.fullmatch(text, before[k - 1][2], before[k][1]):
            k -= 1
            listed.append(before[k][0])
        joined |= {n for n in listed if n not in hosts}
    # (the hosts must be others: 甲主持并参加… names no joiner)
    return joined if hosts - joined else set()
