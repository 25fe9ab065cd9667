"""The place that holds a meeting: a place as the subject of a meeting verb.

`新华社区召开座谈会`, `青禾村于6月3日组织召开议事会`, `新华社区在社区会议室召开座谈会`:
the place written before the meeting verb (`scene_meeting_verbs.txt`) holds the
meeting, maybe with an organ of it (党委), a time and adverbs between, or the
venue it is held at (在V).  The meeting is held there: residents raising things
at it raise them at that place (kg.extract.issue_scene), and the officials who
attend it (到会, 参加, 出席) are at that place (kg.extract.visits).

Source: the meeting frames of the eval convention (issues are filed where they
were raised; an official at a meeting a community holds visits the community).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.lexicons import alternation, words
from kg.extract.place_suffixes import PlaceChunk
from kg.extract.place_proper_part import has_proper_part, is_named
from kg.extract.place_parse import parse_at

TIME_NUMBER = "[0-9０-９〇零一二三四五六七八九十两]{1,4}(?:年|月|日|号|时|点|分)(?:多|许|半|左右)?"
# the venue between the holder and its verb (新华社区|在社区会议室|召开): no clause break in it
VENUE = re.compile(r"在[^，,。；;：:、\s“”]{2,16}?$")
CLAUSE_END = re.compile(r"[，,。；;：:！？!?]")
# a named room of a venue in quotes (“委员会客厅”, “议事厅”): part of the venue before it
QUOTED_ROOM = re.compile(r"“[^“”，,。；;\s]{1,10}”")


@cache
def meeting_verb() -> re.Pattern:
    """A meeting verb (`scene_meeting_verbs.txt`: 召开, 举行, 组织, 开展) after the place,
    maybe after an organ of it (`scene_venue_organs.txt`: 党委), a time (于6月3日, 当天下午:
    the lead clause's words) and adverbs (`name_follow_adverbs.txt`: 再次, 专门).

    >>> meeting_verb().match("党委于6月3日再次召开").group(1)
    '召开'
    """
    times = words("sequence_words.txt") + words("post_time_words.txt") + words("scene_time_words.txt") + words("scene_recent_words.txt")
    return re.compile(
        f"(?:{alternation(words('scene_venue_organs.txt'))})?(?:于?(?:{alternation(times)}|{TIME_NUMBER}))*"
        f"(?:{alternation(words('name_follow_adverbs.txt'))})*({alternation(words('scene_meeting_verbs.txt'))})"
    )


@cache
def _meeting_verb_word() -> re.Pattern:
    """A meeting verb alone (`scene_meeting_verbs.txt`), the word every `meeting_verb` match
    ends in: searched first, since `meeting_verb`'s optional lead (organs, times, adverbs)
    leaves its search no first character to skip ahead by.

    >>> bool(_meeting_verb_word().search("党委于6月3日再次召开")), bool(_meeting_verb_word().search("居民在广场跳舞"))
    (True, False)
    """
    return re.compile(alternation(words("scene_meeting_verbs.txt")))


@cache
def _organ_before() -> re.Pattern:
    """An organ of the place (`scene_venue_organs.txt`: 党委, 居委会) ending right before its venue."""
    return re.compile(f"(?:{alternation(words('scene_venue_organs.txt'))})$")


def held_by(text: str, pos: int, end: int) -> PlaceChunk | None:
    """The named place at `pos` that holds a meeting: the subject of a meeting verb
    in the same clause (before `end` and the first clause break), written right
    before the verb or before the venue `在V` the meeting is held at.  None when
    no meeting verb follows, or what stands before it is no named place.

    >>> held_by("青松社区在社区会议室召开居民座谈会，", 0, 18).text
    '青松社区'
    >>> held_by("青松社区党委在社区会议室召开座谈会，", 0, 18).text
    '青松社区'
    >>> held_by("白杨村召开村民议事会。", 0, 11).text, held_by("社区召开会议。", 0, 7)
    ('白杨村', None)
    >>> held_by("青松社区议事会在社区会议室举行。", 0, 16).text
    '青松社区'
    """
    stop = CLAUSE_END.search(text, pos, end)
    limit = stop.start() if stop else end
    # (an own event is held 在V: with no 在 in the clause, the place's parse is not needed;
    # ~11 calls a report, most of them on clauses holding neither 在 nor a meeting verb)
    if text.find("在", pos, limit) >= 0:
        own = parse_at(text, pos, limit)
        if own is not None and own.start == pos and has_proper_part(own.leaf.text) and _own_event_held().match(text, own.end, limit):
            return own  # 金源社区民情恳谈会在社区党群服务中心举行: the place's own event, held at a venue
    if not _meeting_verb_word().search(text, pos + 1, limit):
        return None  # (no meeting verb in the clause: `meeting_verb`, which ends in one, finds none)
    verb = meeting_verb().search(text, pos + 1, limit)
    if verb is None:
        return None
    venue = VENUE.search(text, pos + 1, verb.start())
    place_end = venue.start() if venue else verb.start()
    if venue and (organ := _organ_before().search(text, pos + 1, place_end)):
        place_end = organ.start()  # 青松社区党委在社区会议室召开: the place's organ holds it
    held = parse_at(text, pos, place_end)
    # (a site named by the unit it serves is named: X街道人大代表联络站开展接待活动, whose leaf
    # 人大代表联络站 alone is generic; session 47, fplace: p183's station holding its reception day)
    if held is None or held.start != pos or held.end != place_end or not is_named(held.segments):
        return None
    return held


@cache
def _own_event_held() -> re.Pattern:
    """Right after a place: the place's own event, a short name ending in an event noun
    (`event_nouns.txt`: 民情恳谈会, 协商议事会), then 在V and a held verb
    (`event_held_words.txt`: 举行): `X社区民情恳谈会在社区党群服务中心举行` is held by
    X社区, as `X社区在V召开恳谈会` is.  Source: FAULTS37_p124.

    >>> bool(_own_event_held().match("民情恳谈会在社区党群服务中心举行")), bool(_own_event_held().match("居民在广场跳舞"))
    (True, False)
    """
    heads = alternation(words("event_nouns.txt"))
    return re.compile(f"[^，,。；;：:、\\s“”在]{{0,6}}?(?:{heads})在[^，,。；;：:、\\s“”]{{2,16}}?(?:{alternation(words('event_held_words.txt'))})")


@cache
def _event_at() -> re.Pattern:
    """An event noun (`event_nouns.txt`) then 在 or a verb ending in it
    (`event_located_verbs.txt`: 设在, 安排在); group 1 holds the verb when it is one."""
    heads, located = alternation(words("event_nouns.txt")), alternation(words("event_located_verbs.txt"))
    return re.compile(f"(?:{heads})(?:({located})|在)")


def venue_told(text: str, start: int, end: int) -> PlaceChunk | None:
    """The venue of an event told with the event as the subject, in text[start:end]:
    `会议在X举行`, `活动在X召开`, `座谈会设在X`, `活动安排在X`.  With a bare 在 the
    place must be followed by a held verb (`event_held_words.txt`: 召开, 举行); a
    placing verb (`event_located_verbs.txt`: 设在) says it alone.  None otherwise.
    Source: the eval convention (an event's visit and its issues are at its venue).

    >>> venue_told("会议在青松镇政协委员工作室举行。", 0, 16).text
    '青松镇政协委员工作室'
    >>> venue_told("座谈会设在白杨村党群服务中心。", 0, 15).text
    '白杨村党群服务中心'
    >>> venue_told("活动在白杨村党群服务中心“民情茶室”举行。", 0, 20).text
    '白杨村党群服务中心'
    >>> venue_told("会议在青松镇召开前，", 0, 10).text, venue_told("会议在即。", 0, 5)
    ('青松镇', None)
    """
    for m in _event_at().finditer(text, start, end):
        chunk = parse_at(text, m.end(), end)
        if chunk is None or chunk.start != m.end():
            continue
        # (a room of the venue named in quotes before the verb, 在X党群服务中心“委员会客厅”举行: the
        # venue is X's centre, the room part of it; FAULTS45_p165)
        room = QUOTED_ROOM.match(text, chunk.end, end)
        if m.group(1) or held_verb().match(text, room.end() if room else chunk.end):
            return chunk
    return None


@cache
def held_after() -> re.Pattern:
    """`…会在V举行` / `座谈会设在V，`: the event (`event_nouns.txt`) named before its
    venue V, held there (`event_held_words.txt`) or placed there by a verb ending in
    在 (`event_located_verbs.txt`, V closing the clause).  V is the last group set
    (`m.lastindex`).

    >>> m = held_after().search("座谈会设在青松镇委员工作室。")
    >>> m.group(m.lastindex)
    '青松镇委员工作室'
    """
    heads, located = alternation(words("event_nouns.txt")), alternation(words("event_located_verbs.txt"))
    venue = "([^，,。；;：:、“”\\s]{2,24}?)"
    return re.compile(f"(?:{heads})(?:在{venue}(?:{alternation(words('event_held_words.txt'))})|(?:{located}){venue}[，,。；;])")


@cache
def held_verb() -> re.Pattern:
    """A verb of an event being held (`event_held_words.txt`: 召开, 举行, 举办)."""
    return re.compile(alternation(words("event_held_words.txt")))
