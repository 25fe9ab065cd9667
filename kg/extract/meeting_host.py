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
from kg.extract.places import PlaceChunk, has_proper_part, parse_at

TIME_NUMBER = "[0-9０-９〇零一二三四五六七八九十两]{1,4}(?:年|月|日|号|时|点|分)(?:多|许|半|左右)?"
# the venue between the holder and its verb (新华社区|在社区会议室|召开): no clause break in it
VENUE = re.compile(r"在[^，,。；;：:、\s“”]{2,16}?$")
CLAUSE_END = re.compile(r"[，,。；;：:！？!?]")


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
    """
    stop = CLAUSE_END.search(text, pos, end)
    limit = stop.start() if stop else end
    verb = meeting_verb().search(text, pos + 1, limit)
    if verb is None:
        return None
    venue = VENUE.search(text, pos + 1, verb.start())
    place_end = venue.start() if venue else verb.start()
    if venue and (organ := _organ_before().search(text, pos + 1, place_end)):
        place_end = organ.start()  # 青松社区党委在社区会议室召开: the place's organ holds it
    held = parse_at(text, pos, place_end)
    if held is None or held.start != pos or held.end != place_end or not has_proper_part(held.leaf.text):
        return None
    return held
