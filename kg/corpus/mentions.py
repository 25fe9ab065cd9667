"""What one report says about its entities, as the cross-report linker needs it.

A report names officials (with posts), places (as chains of `level:core+kind`
from the top, see kg.resolve.place_key) and sometimes its district, in a
post (`东湖区区长`) or as a place (`东湖区东湖街道`).  This module turns a
report's facts into that small summary; the text is not kept.
"""

from __future__ import annotations

import re

from kg.extract.place_identity import core
from kg.extract.place_segments import segment
from kg.facts import ReportFacts
from kg.text import HAN as HAN_CHARS, HAN_RUN

DISTRICT_CHARS = "区县市旗师州盟"  # (师: a Corps division, 第八师师长, as a prefecture; 州 and 盟: an autonomous
# prefecture, 玉树州委书记, and a league, 锡林郭勒盟盟长: kg/lexicons/place_suffixes.tsv)
HAN = HAN_RUN
# what may follow a district name at the start of a post: 东湖区|区长, 东湖区|委书记
# and 党委, the party committee written in full (石河子市党委副书记, 自治区党委书记); a prefecture's
# or league's own word again (玉树州|州长, 兴安盟|盟委)
POST_AFTER_DISTRICT = ("区", "县", "市", "旗", "州", "盟", "委", "政府", "人大", "政协", "副", "纪委", "人民", "常委", "党委", "师长")


def parse_chain(chain: str) -> tuple[tuple[str, str], ...]:
    """`subdistrict:东湖街道/community:新华社区` -> (('subdistrict', '东湖街道'), ('community', '新华社区'))."""
    return tuple(tuple(part.split(":", 1)) for part in chain.split("/"))  # type: ignore[misc]


def post_district(title: str) -> tuple[str, str] | None:
    """The district a post names at its start: `东湖区区长` -> ('东湖', '东湖区').

    A level character inside a longer name the next character ends (州 of
    浙江省温州市, 北京市通州区) opens no post there: the segment ending at it
    would hold the province with half the city's name (浙江省温州).  Source: NEWC46.

    >>> post_district("浙江省温州市鹿城区区长"), post_district("北京市通州区副区长"), post_district("凉山州市场监管局局长")
    (('鹿城', '鹿城区'), ('通州', '通州区'), ('凉山州', '凉山州'))

    The head written once after the name, 长 alone closing the title (成都市长, 南康区长: the
    spoken short form of 成都市市长, 南康区区长), names the district too: the mayor of 成都市
    is no post of the district a report tours, and 南康区长 is the post 南康区区长 is
    (`strip_district`: 市长, 区长).  Source: session 47, a newcomer's finding.

    >>> post_district("成都市长"), post_district("南康区长"), post_district("区长"), post_district("社区长"), post_district("广州副市长")
    (('成都', '成都市'), ('南康', '南康区'), None, None, None)
    """
    for i, ch in enumerate(title[:-1]):
        if ch not in DISTRICT_CHARS or i == 0 or not (title.startswith(POST_AFTER_DISTRICT, i + 1) or title[i + 1 :] == "长" and not title.endswith(("副", "常务"), 0, i)):
            continue
        if not HAN.fullmatch(title, 0, i + 1):  # noise such as `◆^区` is no district
            return None
        segments = segment(title[: i + 1])
        if segments and title[i + 1] in DISTRICT_CHARS and (longer := segment(title[: i + 2])) \
                and i + 2 - len(longer[-1].text) > i + 1 - len(segments[-1].text):
            continue  # 浙江省温州|市: the longer reading cuts inside this one (浙江省|温州市)
        if segments and segments[-1].type == "District":
            full = segments[-1].text
            return core(full), full
    return None


# the levels a title's first jurisdiction word names (the PRC's administrative
# hierarchy: 省级; 地级 市/州/盟; 县级 区/县/旗; 乡级 镇/乡/街道; and below):
# 市场 is a market, not a city
TITLE_LEVEL = re.compile(r"(?:省|自治区|市(?!场)|州|盟|区|县|旗|镇|乡|街道|村|社区)"
                         r"(?=委|长|政府|人大|政协|纪委|党|人民|直属|领导|[^\W\d_]{0,4}?[局办厅部委])")
# ... standing where a title opens or after 副/常务, not inside a name (广州|开发区): checked in above_district
TITLE_LEVEL_AT = re.compile(r"^(?:副|常务副?)?")
ABOVE_DISTRICT = ("省", "自治区", "市", "州", "盟")
# a district's name opening a title (市北区城管局…), whatever words it is made of
DISTRICT_OPENING = re.compile(rf"[{HAN_CHARS}]{{1,4}}?[区县旗]")


def above_district(title: str) -> str | None:
    """The level word of a post above the district's (a city's or a
    province's: 副市长, 市人大代表, 青禾市委书记, 副省长), or None for a post of a
    district or below, or one naming no level (区长, 街道党工委书记, 党委书记).
    A district's places say nothing of who such an official is.

    A district named at the title's start gives its own level (市北区城管局局长
    is a district's post though its name opens with 市).

    >>> above_district("副市长"), above_district("市人大代表"), above_district("区长"), above_district("市场监管局局长")
    ('市', '市', None, None)
    >>> above_district("市北区城管局副局长"), above_district("青禾市副市长"), above_district("广州开发区党工委书记")
    (None, '市', None)
    """
    named = post_district(title)
    if named:
        return named[1][-1] if named[1].endswith(ABOVE_DISTRICT) else None
    opening = DISTRICT_OPENING.match(title)
    if opening and (segs := segment(opening.group(0))) and segs[-1].type == "District" and segs[-1].text == opening.group(0):
        return None  # 市北区|城管局…: a district's post
    first = TITLE_LEVEL.match(title, TITLE_LEVEL_AT.match(title).end())
    return first.group(0) if first and first.group(0) in ABOVE_DISTRICT else None


def strip_district(title: str, district: str | None) -> str:
    """The post without a leading district name equal to `district` (a core):
    东湖区区长 -> 区长, 东湖区委书记 -> 区委书记, 东湖区副区长 -> 副区长."""
    named = post_district(title)
    if not (district and named and named[0] == district):
        return title
    rest = title[title.index(named[1]) + len(named[1]):]
    suffix = named[1][-1]  # 区 of 东湖区 also starts 区委 in 东湖区委书记
    if rest.startswith((suffix, "副", "常务")):
        return rest
    return suffix + rest


def report_mentions(facts: ReportFacts) -> dict:
    """The linker's view of one report (JSON-ready)."""
    districts: dict[str, str] = {}
    for key, place in facts.places.items():
        level, name = parse_chain(key)[-1]
        if level == "district":
            districts.setdefault(name, place.name)
    officials = []
    for name, official in sorted(facts.officials.items()):
        named = next((d for d in map(post_district, official.posts) if d), None)
        if named:
            districts.setdefault(*named)
        officials.append({"name": official.name, "key": name, "posts": list(official.posts), "district": named and named[0],
                          "met": met_at(facts, official)})
    carrying = set()  # the places a visit or an issue of the report is at, and the places they lie in
    for key in [v.place for v in facts.visits] + [i.place for i in facts.issues]:
        while key in facts.places and key not in carrying:
            carrying.add(key)
            key = facts.places[key].parent
    places = [
        {"chain": key, "type": p.type, "name": p.name, "written": sorted(p.alt_labels | {p.name}),
         "carries": key in carrying}  # a visit or an issue of this report at it or inside it (kg.corpus.joined)
        for key, p in sorted(facts.places.items())
    ]
    return {"districts": dict(sorted(districts.items())), "officials": officials, "places": places}


# the types of a town's, village's or community's places, whose posts may be written by their
# organ's kind alone (镇党委书记, 村主任: kg.corpus.link.ORGAN_KINDS)
UNIT_TYPES = ("Subdistrict", "VillagersCommittee", "ResidentsCommittee")


def sole_units(facts: ReportFacts) -> list[list[str]]:
    """The report's only place of each type in `UNIT_TYPES` (the one town, the one
    village it names), as [type, name] pairs, innermost type first; [] when it names
    several of every type.  A post written by its organ's kind alone (镇党委书记) in
    a report naming one town is that town's, wherever its holder is first named
    (陪同 in a sentence of its own).  Source: LEFTOVERS32 users 4.

    >>> from kg.facts import Place, ReportFacts
    >>> facts = ReportFacts("r", "r.txt", "", None, places={"t": Place("t", "碧溪镇", "Subdistrict"),
    ...     "a": Place("a", "石门村", "VillagersCommittee", parent="t"), "b": Place("b", "柳村", "VillagersCommittee", parent="t")})
    >>> sole_units(facts)
    [['Subdistrict', '碧溪镇']]
    """
    out = []
    for type_ in reversed(UNIT_TYPES):
        names = {p.name for p in facts.places.values() if p.type == type_}
        if len(names) == 1:
            out.append([type_, names.pop()])
    return out


def met_at(facts: ReportFacts, official) -> list[list[str]]:
    """Where the report met `official`: the stop (the visited place) whose
    visit sentence holds the official's first mention, and the places it lies
    in, innermost first, as [type, name] pairs; when no stop's sentence
    holds it, or the stops of that sentence are several places, the report's
    only town, village or community (`sole_units`).  A post whose
    title names its organ's kind but not its name (村党支部书记 met at 石门村)
    takes its area from it (kg.corpus.link.Linker._met_jurisdiction).

    >>> from kg.facts import Evidence, Official, Place, ReportFacts, Visit
    >>> said = Evidence("来到石门村，与村支书韩立春交流", 0, 15)
    >>> facts = ReportFacts("r", "r.txt", "", None, places={"t": Place("t", "碧溪镇", "Subdistrict"),
    ...     "v": Place("v", "石门村", "VillagersCommittee", parent="t")}, visits=[Visit("o", "v", None, said)])
    >>> met_at(facts, Official("h", "韩立春", ["村支书"], evidence=Evidence(said.sentence, 6, 15)))
    [['VillagersCommittee', '石门村'], ['Subdistrict', '碧溪镇']]
    """
    said = official.evidence
    if said is None:
        return []
    stops = {v.place for v in facts.visits if v.evidence.start <= said.start < v.evidence.end}
    if len(stops) != 1:
        return sole_units(facts)
    chain, key = [], stops.pop()
    while key in facts.places and len(chain) < 8:
        place = facts.places[key]
        chain.append([place.type, place.name])
        key = place.parent
    return chain
