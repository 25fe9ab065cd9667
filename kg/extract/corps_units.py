"""A Corps company written without its regiment, in a report about that regiment.

`深入一五〇团，先后走访三连、十一连`: a company of the Xinjiang Production and
Construction Corps (兵团) is a numbered 连 inside its regiment farm (团).  The
grammar reads `一五〇团三连` as the company in the regiment (`place_suffixes.tsv`:
连 is a type word only right after its 团, since 三连冠 is a record and 一连串 a
run); a report on a tour of the regiment then names its companies alone
(`三连`, `在十一连，职工反映…`).  Once a regiment is named, a numbered 连
written as a whole word (a list separator, a clause mark, 和 or 的 after it) is
that regiment's company: the name is read as if written after the regiment's.

Source: STOPS26 (a regiment's companies visited in turn were lost and their
issues filed at the regiment's seat, 团部); the eval convention (the most
specific named place of each stop, with its named parents).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.place_suffixes import PlaceChunk
from kg.extract.place_segments import DIVISION, segment
from kg.extract.places import PlaceRegistry
from kg.extract.lexicons import alternation, words

# a numbered company as a word of its own: 三连、, 十一连，, 12连和; not 三连冠, 一连串, 连续
COMPANY = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})连(?=[、，,。；;：:和及与的（(\s]|$)")
# a regiment farm's name ends in the numbered 团 the suffix table reads (一五〇团, 129团)
REGIMENT = re.compile(r"(?:[一二三四五六七八九〇零十]{3}|\d{2,3})团$")


def latest_regiment(places: PlaceRegistry, pos: int) -> str | None:
    """The name of the regiment farm (`REGIMENT`) first written last before `pos`
    among the registry's places, or None.

    >>> from kg.extract.place_parse import parse_at
    >>> r = PlaceRegistry(); _ = r.add(parse_at("深入一五〇团，", 2))
    >>> latest_regiment(r, 20), latest_regiment(r, 1)
    ('一五〇团', None)
    """
    named = [
        (node.first, written) for node in places.nodes if node.level == "subdistrict" and node.first < pos
        for written in sorted(node.written) if REGIMENT.search(written) and segment(written)
        and len(segment(written)) == 1
    ]
    return max(named)[1] if named else None


# a regiment named in a post: the regiment's number and 团, then a post title (党委书记, 团长, 政委)
POST_REGIMENT = re.compile(r"(?:[一二三四五六七八九〇零十]{3}|\d{2,3})团(?=党委|党组|团长|政委|副团长|副政委|纪委|政府)")


def post_regiment(text: str, pos: int) -> str | None:
    """The regiment farm named last before `pos` in an official's post (一四九团党委书记,
    一四九团团长): the lead of a regiment tours its own companies, so a company written
    alone after it (来到十连) is that regiment's.  None when no post names one.
    Source: NEWC26 7 (a company visited by the regiment's own secretary gave no place).

    >>> post_regiment("一四九团党委书记李强来到十连", 12), post_regiment("来到十连", 2)
    ('一四九团', None)
    """
    found = [m for m in POST_REGIMENT.finditer(text, 0, pos) if segment(m.group(0))]
    return found[-1].group(0) if found else None


# a numbered company followed by its own people (十一连职工X家中, 六连群众): the company is a word of
# its own before a raiser (`issue_raisers.txt`), as before a mark; 一连串, 三连冠 still are no company
@cache
def _company_before_people() -> re.Pattern:
    """`COMPANY` with a raiser word (`issue_raisers.txt`) after it in place of a mark."""
    return re.compile(COMPANY.pattern.split("(?=")[0] + f"(?=(?:{alternation(words('issue_raisers.txt'))}))")


def _company(text: str, pos: int) -> re.Match | None:
    return COMPANY.match(text, pos) or _company_before_people().match(text, pos)


def company_at(text: str, pos: int, end: int, places: PlaceRegistry) -> PlaceChunk | None:
    """The company written alone at `pos` (`三连、`, `十一连，`) in the regiment
    named last before it: the chunk spans the company as written, its segments
    are the regiment's and the company's (一五〇团|三连).  None when no regiment
    was named before, or no numbered 连 stands there as a word of its own.

    Shapes: 走访三连、十一连和X社区 (each a company); 在三连，职工反映… (a stop);
    not 三连冠, 一连串, 连续 (no word of its own), nor a 连 before any 团.

    >>> from kg.extract.place_parse import parse_at
    >>> r = PlaceRegistry(); _ = r.add(parse_at("深入一五〇团，", 2))
    >>> c = company_at("深入一五〇团，走访三连、十一连", 9, 15, r); c.start, c.end, [s.text for s in c.segments]
    (9, 11, ['一五〇团', '三连'])
    >>> company_at("深入一五〇团，夺得三连冠", 9, 12, r) is None
    True
    """
    m = _company(text[:end], pos)
    if not m:
        return None
    regiment = latest_regiment(places, pos) or post_regiment(text, pos)
    if regiment is None:
        return None
    segs = segment(regiment + m.group(0))
    if not segs or len(segs) != 2:
        return None
    return PlaceChunk(pos, m.end(), segs)


def attach_regiments(text: str, places: PlaceRegistry) -> None:
    """Put each regiment farm (`REGIMENT`) with no parent inside the Corps division
    (`DIVISION`: 第八师) the report names, in a post or a place: a regiment is a unit
    of its division, and a report on one division's leaders tours that division's
    regiments.  Only when the report names one division; with two, which regiment is
    whose is not written.  Source: NEWC26 7 (一四九团 stood under nothing though the
    lead was 第八师党委书记).

    >>> from kg.extract.place_parse import parse_at
    >>> text = "第八师师长王明来到一四九团。"; r = PlaceRegistry(); pid = r.add(parse_at(text, 9))
    >>> attach_regiments(text, r); r.nodes[r.nodes[pid].parent].name
    '第八师'
    """
    divisions = {m.group(0) for m in DIVISION.finditer(text)}
    if len(divisions) != 1:
        return
    division = next(DIVISION.finditer(text))
    regiments = [n for n in places.nodes if n.parent is None and n.level == "subdistrict" and REGIMENT.search(n.name)]
    if not regiments:
        return
    pid = places.add(PlaceChunk(division.start(), division.end(), segment(division.group(0))))
    for node in regiments:
        if node.id != pid and node.id not in places.ancestors(pid):
            node.parent = pid
