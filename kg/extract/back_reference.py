"""A place written again by its bare type word, opening the name of a place inside it.

`调研组来到金穗农场，先后察看了农场职工医院、北坡居民点…`: the bare type word
`农场` refers back to the farm named before (金穗农场), and what follows it names
a place inside that farm (金穗农场职工医院).  The reader registers the farm's
name in full and reads the name again from it, so the place gets the farm as its
parent and the list goes on after it.  A bare type word with no named place of
that type before it is no place (察看了农场职工医院 alone names none).  A site
is read so (a farm, a works, a park), and an area by its type word alone (镇卫生院
after 青松镇: the town's health centre, a stop of its own); a community's or a
village's generic facility (走进社区长者照护之家) is a look around that place, read
elsewhere.

Source: the eval convention (../shared/eval/README.md: the most specific named
place of each stop, with its named parents).
"""

from __future__ import annotations

from functools import cache

from kg.extract.lexicons import words
from kg.extract.place_suffixes import AREAS, PlaceChunk, Segment, suffix_at, suffix_of
from kg.extract.place_proper_part import has_proper_part, is_named
from kg.extract.place_segments import segment
from kg.extract.place_window import name_window
from kg.extract.place_parse import parse_at
from kg.extract.places import PlaceRegistry


def back_referenced(text: str, pos: int, end: int, places: PlaceRegistry, listed: tuple[Segment, ...] = ()) -> PlaceChunk | None:
    """The place at `pos` opened by a bare type word or a short name ending in one
    (`农场职工医院`, `机械厂子弟学校`) that names again the place last named before
    `pos` whose name ends so, a site (`金穗农场`, `长青机械厂`), or an area's type word
    alone naming the area (镇, 乡, 县: `乡卫生院` after 石门乡 is 石门乡|卫生院; session 29):
    the chunk of the name read with that place's name in full (金穗农场|职工医院),
    spanning the text as written.  `listed`: the segments of the places read
    earlier in the same list, not registered yet (石门乡石门村、白杨村和乡卫生院).
    None when no type word opens the name, no named place before `pos` ends in
    it, or nothing named follows it.

    >>> r = PlaceRegistry(); _ = r.add(parse_at("来到金穗农场，", 2))
    >>> c = back_referenced("来到金穗农场，察看了农场职工医院、北坡居民点", 10, 23, r); c.start, c.end, c.text
    (10, 16, '金穗农场职工医院')
    >>> back_referenced("察看了农场职工医院", 3, 9, PlaceRegistry()) is None
    True
    >>> [g.text for g in back_referenced("来到石门乡石门村和乡卫生院", 9, 13, r, segment("石门乡石门村")).segments]
    ['石门乡', '卫生院']
    """
    window = name_window(text, pos, end)
    for k in range(len(window) - 1, 0, -1):
        # the longest opening that ends in a type word (农场, 机械厂) and ends an earlier name
        short = window[:k]
        hit = suffix_at(short, k)
        if not hit:
            continue
        # a site's type word (农场), or an area's type word alone (镇, 乡, 县: 镇卫生院 after
        # 青松镇 is 青松镇卫生院); a community's facility is a look around it, read elsewhere
        area = hit[2] in AREAS and hit[0] == k
        # (the places of this list, not registered yet, were named after the registered ones)
        named = [(n.first, n.name, n.level) for n in places.nodes if n.first < pos] + [(pos, g.text, g.level) for g in listed]
        before = [(f, name) for f, name, level in named if (level == "site" or area and _area_of_word(name, level, hit[2], k))
                  and name.endswith(short) and has_proper_part(name[:-k])]
        if not before and area and (own := area_written_before(text, pos, short, hit[2])):
            before = [own]  # 桃溪铺乡党委书记X来到乡卫生院: the area of the post, registered as no place
        if before:
            return _inside(pos, k, max(before)[1], window)
    return None


def _area_of_word(name: str, level: str, word_level: str, k: int) -> bool:
    """Is the area `name` (of `level`) one a bare area type word of `k` characters
    and `word_level` names again: an area of that level (镇 -> a town), or a twofold
    area the report placed lower whose own type word is that word (新区 -> 泗泾新区
    written in 松江区, a subdistrict-level 新区: `place_segments.lower_areas`; 区 -> not it)?

    >>> _area_of_word("泗泾新区", "subdistrict", "district", 2), _area_of_word("泗泾新区", "subdistrict", "district", 1)
    (True, False)
    """
    if level == word_level:
        return True
    hit = suffix_at(name, len(name))
    return level in AREAS and hit is not None and hit[0] == k


SENTENCE_END = "。！？!?\n"
AREA_REACH = 8  # characters an area's name may run before its type word


def area_written_before(text: str, pos: int, word: str, level: str) -> tuple[int, str] | None:
    """(position, name) of the latest area of type word `word` (镇, 乡, 县) and
    `level` whose name is written in the sentence before `pos`, in any words (an
    official's post: 桃溪铺乡党委书记X来到乡卫生院, where the town is named only in
    the post and registered as no place); None when none is.  The area's own
    name, not the county before it (固始县陈集镇 → 陈集镇).

    >>> area_written_before("桃溪铺乡党委书记罗建华来到乡卫生院", 15, "乡", "subdistrict")
    (0, '桃溪铺乡')
    >>> area_written_before("固始县陈集镇镇长罗建华来到镇敬老院", 14, "镇", "subdistrict")
    (3, '陈集镇')
    >>> area_written_before("乡党委书记罗建华来到乡卫生院", 10, "乡", "subdistrict") is None
    True

    A 新区 written below its district is of the subdistrict level: no district (its
    name read from inside the district's, 江区泗泾新区, is none either).

    >>> area_written_before("来到松江区泗泾新区，察看新区文化中心", 12, "新区", "district") is None
    True
    """
    floor = max((text.rfind(c, 0, pos) for c in SENTENCE_END), default=-1) + 1
    at = text.rfind(word, floor, pos)
    while at >= floor:
        end = at + len(word)
        for start in range(max(floor, end - AREA_REACH), at):
            chunk = parse_at(text, start, end)
            if chunk is None or chunk.start != start or chunk.end != end or not chunk.leaf.text.endswith(word):
                continue
            if chunk.leaf.level != level:
                break  # 松江区泗泾新区: the area written here is of another level; a later start
                # would cut its holder's name (江区泗泾新区, a district of two names fused: LEFT33 item 3)
            if has_proper_part(chunk.leaf.text):
                return end - len(chunk.leaf.text), chunk.leaf.text
        at = text.rfind(word, floor, at)
    return None


def _inside(pos: int, k: int, named: str, window: str) -> PlaceChunk | None:
    """The chunk of `window` (its first `k` characters naming `named` again) read
    with `named` in full; None when no named place follows the short name."""
    chunk = parse_at(named + window[k:], 0)
    if chunk is not None and len(chunk.segments) == 1 and chunk.end > len(named):
        chunk = _split_after(chunk, named)
    if (chunk is not None and len(chunk.segments) == 1 and chunk.segments[0].level == "site" and chunk.segments[0].text.startswith(named)
            and len(chunk.segments[0].text) > len(named) and (own := segment(named)) and own[-1].level in AREAS):
        # 青松镇|敬老院: the town's site, named by its type word (as 青松镇|中心小学 is)
        site = chunk.segments[0]
        chunk = PlaceChunk(chunk.start, chunk.end, own + (Segment(site.text[len(named):], site.type, site.level),))
    if chunk is None or chunk.end <= len(named) or chunk.segments[0].text != named or not is_named(chunk.segments):
        return None  # (the short name alone, or a name cut before it: no place inside)
    return PlaceChunk(pos, pos + chunk.end - len(named) + k, chunk.segments)


def _split_after(chunk: PlaceChunk, named: str) -> PlaceChunk:
    """`chunk`, one site's name opening with the site `named` (七星农场场部富民小区,
    a farm's estate at its seat), cut into the named site and the named place
    after it when that reads as a place of its own (场部富民小区); else as it is.
    A site's type word is cut after by no grammar rule (only administrative
    ones are), so the place inside a farm is cut here, where the farm is known.

    >>> [s.text for s in _split_after(parse_at("七星农场场部富民小区", 0), "七星农场").segments]
    ['七星农场', '场部富民小区']
    """
    own, rest = segment(named), segment(chunk.text[len(named):])
    if not own or len(own) != 1 or not rest or not is_named(rest):
        return chunk
    return PlaceChunk(chunk.start, chunk.end, own + rest)


def referred_by_word(text: str, pos: int, end: int, places: PlaceRegistry) -> PlaceChunk | None:
    """`也来到该站协助接待`, `随后来到同村`: a word that refers back
    (`place_referring_words.txt`: 该, 此, 本, 同) and a type word at `pos` name
    the place last written before `pos` whose name ends in that type word (the
    longest type word such a place ends in: 该联络站 before 该站).  The chunk
    spans the words as written and holds that place's name; None when no such
    place was named before.

    >>> r = PlaceRegistry(); _ = r.add(parse_at("来到青竹乡代表联络站，", 2))
    >>> referred_by_word("他也来到该站协助接待", 4, 10, r).text
    '青竹乡代表联络站'
    >>> referred_by_word("他也来到各站协助接待", 4, 10, r) is None
    True
    """
    for word in sorted(words("place_referring_words.txt"), key=len, reverse=True):
        if not text.startswith(word, pos):
            continue
        at = pos + len(word)
        for k in range(min(4, end - at), 0, -1):
            type_word = text[at:at + k]
            hit = suffix_at(type_word, k)
            if not hit:
                continue
            before = [n for n in places.nodes if n.first < pos and n.name.endswith(type_word) and len(n.name) > k]
            if before:
                node = max(before, key=lambda n: n.first)
                return PlaceChunk(pos, at + k, (Segment(node.name, node.type, node.level),))
        return None
    return None


# the stop a deictic word names back is introduced within this many characters before it
# (the paragraph before the official's 在这里: 柳溪村是个山村，…。近日，书记在这里召开座谈会)
DEICTIC_SPAN = 300


@cache
def _deictic_words() -> tuple[str, ...]:
    """`place_deictic_words.txt`, longest first (此地 before a one-character word)."""
    return tuple(sorted(words("place_deictic_words.txt"), key=len, reverse=True))


def deictic_word_at(text: str, pos: int) -> str | None:
    """The deictic word of place (`place_deictic_words.txt`: 这里, 此地) starting at `pos`, the
    longest; None when none does.

    >>> deictic_word_at("来到这里调研", 2), deictic_word_at("来到这个村", 2)
    ('这里', None)
    """
    return next((w for w in _deictic_words() if text.startswith(w, pos)), None)


def referred_here(text: str, pos: int, places: PlaceRegistry) -> PlaceChunk | None:
    """`书记在这里接待选民`: a deictic word of place at `pos` (`place_deictic_words.txt`: 这里,
    此地, 那里) names the community, village or site introduced last within
    `DEICTIC_SPAN` characters before it (its first mention), the chunk spanning the
    word and holding that place's name.  None when another word follows the deictic
    one as a name would (这里的居民 still names the place), or no such place was
    introduced.  Areas (a district, a town) are no stop a visit names back so: a
    report's area is introduced early and is rarely the place of 在这里.  The caller
    reads it after an official's own 在 only (after a visit verb, 来到这里, it named the
    wrong stop on a sealed report: taken back, session 37).

    >>> r = PlaceRegistry(); _ = r.add(parse_at("柳溪村是个山村。", 0))
    >>> referred_here("柳溪村是个山村。近日，书记来到这里。", 15, r).text
    '柳溪村'
    >>> referred_here("柳溪村是个山村。近日，书记来到这里。", 14, r) is None
    True
    """
    word = deictic_word_at(text, pos)
    if word is None:
        return None
    before = [n for n in places.nodes if pos - DEICTIC_SPAN <= n.first < pos and n.level in ("community", "site")]
    if not before:
        return None
    # (of the places one name introduces at once, 永胜村孙家屯, the last written, the most specific)
    node = max(reversed(before), key=lambda n: n.first)
    return PlaceChunk(pos, pos + len(word), (Segment(node.name, node.type, node.level),))


# after a bare type word, the locative that makes it a place to be in (来到院里，, 走进站内。)
LOCATIVE_END = ("里", "内")
# what closes the phrase of such a place: a clause mark or the sentence's end
PHRASE_CLOSE = "，,。；;！？!?、\n"


def referred_by_locative(text: str, pos: int, end: int, places: PlaceRegistry) -> PlaceChunk | None:
    """`代表们来到院里，与居民拉起家常`: a bare last character or two of a place's name
    (院, 站, 小区) at `pos`, then a locative (里, 内) closing the phrase, names the
    community or site introduced last within `DEICTIC_SPAN` characters before `pos`
    whose name ends so (兴隆路12号院 for 院里); the chunk spans the word and the
    locative and holds that place's name.  None when the locative does not close the
    phrase (院里的树), or no such site was introduced, itself set as a scene with the
    same locative (X院里，…: a village or community is none, 村里 and 社区里 name its
    administration as often as its ground).  Source: FAULTS37_p124 (a
    courtyard meeting told its deputies coming into the courtyard named before).

    >>> r = PlaceRegistry(); _ = r.add(parse_at("在兴隆路12号院里，", 1))
    >>> referred_by_locative("在兴隆路12号院里，代表来到院里，", 14, 16, r).text
    '兴隆路12号院'
    >>> referred_by_locative("在兴隆路12号院里，代表来到院里的树下", 14, 19, r) is None
    True
    """
    for k in (2, 1):
        word = text[pos:pos + k]
        locative = pos + k
        if locative >= end or text[locative] not in LOCATIVE_END or len(word) < k:
            continue
        if locative + 1 < len(text) and text[locative + 1] not in PHRASE_CLOSE:
            continue
        # (a site only: 村里, 社区里 name the unit's administration as often as its ground;
        # and one set as a scene the same way, its name then 里/内: 兴隆路12号院里，…)
        before = [n for n in places.nodes if pos - DEICTIC_SPAN <= n.first < pos and n.level == "site"
                  and n.name.endswith(word) and len(n.name) > k + 1 and _set_inside(text, n.written, pos)]
        if before:
            node = max(before, key=lambda n: n.first)
            return PlaceChunk(pos, locative + 1, (Segment(node.name, node.type, node.level),))
    return None


def referred_inside(text: str, pos: int, places: PlaceRegistry) -> PlaceChunk | None:
    """`代表A在站里接待选民`: after an official's own 在 (the caller's test), a bare last
    character or two of a site's name (站, 院, 中心) at `pos` and a locative (里, 内) name
    the site introduced last within `DEICTIC_SPAN` characters before `pos` whose name ends
    so, as 在这里 does (`referred_here`); 在 makes the place one to be in, so the phrase
    need not close (在站里接待).  Villages and communities are none (在村里 names the
    unit's administration as often as its ground).  The chunk spans the word and the
    locative.  None when no such site was introduced.  Source: FAULTS40_p140 (a reception
    day at a deputies' station, its deputies 在站里接待选民).

    >>> r = PlaceRegistry(); _ = r.add(parse_at("今天是柳溪村代表联络站的接待日。", 3))
    >>> referred_inside("今天是柳溪村代表联络站的接待日。代表在站里接待", 19, r).text
    '柳溪村代表联络站'
    >>> referred_inside("今天是柳溪村代表联络站的接待日。代表把话记在心里", 22, r) is None
    True
    """
    for k in (2, 1):
        word = text[pos:pos + k]
        if len(word) < k or not text.startswith(LOCATIVE_END, pos + k):
            continue
        # (the word is a site's whole type word, 站, 所, 中心: 记在心里 names no 服务中心)
        kind = suffix_of(word)
        if not kind or kind[0] != k or kind[2] != "site":
            continue
        if chunk := site_read_back(text, pos, pos, word, places):
            return chunk
    return None


def site_read_back(text: str, pos: int, at: int, word: str, places: PlaceRegistry) -> PlaceChunk | None:
    """The site a bare type word `word` written at `at` (and a locative after it) refers
    back to: the registered site named last within `DEICTIC_SPAN` characters before `pos`
    whose name ends in `word`, else one written there though no frame registered it
    (`written_before`); the chunk spans the word and the locative.  None when neither.
    Shared by `referred_inside` (在站里) and `referred_located` (在位于X的联络站内).

    >>> r = PlaceRegistry(); _ = r.add(parse_at("柳溪街道代表联络站迎来接待日。", 0))
    >>> site_read_back("柳溪街道代表联络站迎来接待日。代表在联络站内", 18, 18, "联络站", r).text
    '柳溪街道代表联络站'
    """
    k = len(word)
    before = [n for n in places.nodes if at - DEICTIC_SPAN <= n.first < pos and n.level == "site"
              and n.name.endswith(word) and len(n.name) > k + 1]
    if before:
        node = max(before, key=lambda n: n.first)
        return PlaceChunk(at, at + k + 1, (Segment(node.name, node.type, node.level),))
    if named := written_before(text, pos, word):
        return PlaceChunk(at, at + k + 1, named.segments)
    return None


def referred_located(text: str, pos: int, end: int, places: PlaceRegistry) -> PlaceChunk | None:
    """`代表们在位于X服务中心的联络站内接待选民`: after an official's own 在 (the caller's
    test), a located verb (`place_located_verbs.txt`: 位于, 地处) with where the place
    lies and 的 (`place_lists.LOCATED_OF`), then a site's whole type word (联络站, 站,
    中心: `suffix_of`) and a locative (里, 内): the site named last within
    `DEICTIC_SPAN` characters before `pos` whose name ends in that word (or one written
    there though no frame registered it, `written_before`), as `referred_inside` reads
    在站里; the place after 位于 is only where that site lies, no stop.  The chunk spans
    the type word and the locative.  None when no such frame, or no such site was named
    before (在位于X的图书室内 with no 图书室 named: read as before, the place after 位于).
    Source: session 57, diag221 (p221: a reception day at a deputies' station housed in a
    community centre filed its residents' eight issues and its visits at the centre).

    >>> r = PlaceRegistry(); _ = r.add(parse_at("柳溪街道代表联络站迎来接待日。", 0))
    >>> t = "柳溪街道代表联络站迎来接待日。代表在位于青松社区服务中心的联络站内接待选民"
    >>> referred_located(t, 18, len(t), r).text
    '柳溪街道代表联络站'
    >>> referred_located("代表在位于青松社区服务中心的联络站内接待选民", 3, 23, PlaceRegistry()) is None
    True
    """
    from kg.extract.lexicons import pattern
    from kg.extract.place_lists import LOCATED_OF

    located = pattern("place_located_verbs.txt").match(text, pos, end)
    of = located and LOCATED_OF.match(text, located.end(), end)
    if not of:
        return None
    at = of.end()
    for k in range(min(SITE_WORD_SPAN, end - at - 1), 0, -1):
        word = text[at:at + k]
        kind = suffix_of(word)
        if not kind or kind[0] != k or kind[2] != "site" or not text.startswith(LOCATIVE_END, at + k):
            continue
        return site_read_back(text, pos, at, word, places)
    return None


# the longest bare site type word read back after 位于X的 (服务中心, 联络站)
SITE_WORD_SPAN = 4


# the longest site name read back from the type word it ends with
SITE_NAME_SPAN = 24
# what a name opening a clause follows
CLAUSE_OPENERS = "。，,；;！？!?\n"


def written_before(text: str, pos: int, word: str, levels: tuple[str, ...] = ("site",), opening: bool = False) -> PlaceChunk | None:
    """The place of one of `levels` whose name ends in `word` written last within
    `DEICTIC_SPAN` characters before `pos`, though no frame registered it (今天是X联络站的
    接待日, X村是个甘蔗大村: a copula's subject or complement), read from the earliest
    start that parses to such a place ending there; with `opening`, one opening a clause
    only (柳溪村是个山村: not 个山村, a description).  None when none was written.

    >>> written_before("柳溪村是个山村。在村里的田边，", 9, "村", ("community",), True).text
    '柳溪村'
    """
    end = pos
    while (at := text.rfind(word, max(0, pos - DEICTIC_SPAN), end)) >= 0:
        stop = at + len(word)
        for j in range(max(0, stop - SITE_NAME_SPAN), at):
            chunk = parse_at(text, j, stop)
            if chunk and chunk.end == stop and chunk.segments[-1].level in levels and len(chunk.segments[-1].text) > len(word) + 1:
                if opening and j > 0 and text[j - 1] not in CLAUSE_OPENERS:
                    break  # (是青山镇的甘蔗种植大村: a description, no name; the subject is)
                return chunk
        end = at
    return None


def _set_inside(text: str, written, pos: int) -> bool:
    """Is a form in `written` (a place's names as written) followed by 里 or 内 somewhere
    within `DEICTIC_SPAN` characters before `pos` (X院里，: the place set as a scene)?"""
    window = text[max(0, pos - DEICTIC_SPAN):pos]
    return any(len(w) > 1 and (w + loc) in window for w in written for loc in LOCATIVE_END)
