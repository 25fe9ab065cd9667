"""Resolve working state into `ReportFacts`: keys for places and officials,
coarse visits dropped where a more specific one exists, roles assigned."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from kg.extract.dates import date_at, range_ends
from kg.extract.lexicons import alternation, words
from kg.extract.place_check import acts_on_works, check_places
from kg.extract.place_suffixes import suffix_at
from kg.extract.place_identity import core
from kg.extract.places import PlaceRegistry
from kg.extract.post_jurisdiction import attach_under_one_county, attach_under_post_areas
from kg.extract.short_forms import short_forms
from kg.facts import Evidence, Official, Place, ReportFacts, Visit, Issue
from kg.pipeline import Doc, component
from kg.repair.script import original_forms

# a visit to a subdistrict, community or site where something was done stays beside stops inside it
STOP_LEVELS = {"subdistrict", "community", "site"}
# the same levels where people raised issues: a stop of its own, even with a stop inside it after (an
# issue is filed where it was raised, and the official was there when it was; a town is a subdistrict)
RAISED_LEVELS = STOP_LEVELS
# the levels an official comes back to after the stops inside them (a forum at the community once
# its sites are seen); not a town or subdistrict, which what is raised names as the area it is in
# (在辖区内增设…: filed at the subdistrict, said at a forum in its service centre)
RETURN_LEVELS = {"community", "site"}


def place_key(registry: PlaceRegistry, pid: int) -> str:
    """Stable within and across reports: the chain of `level:name` from the top,
    each name the place's core name followed by its kind (kg.extract.place_identity.kind:
    新华居委会 and 新华社区 are `community:新华社区`, 新华村 is `community:新华村`);
    districts and sites have no kind word (`district:东湖`, `site:中环`).  A
    name too short to strip (三村 under 白石乡: core keeps two characters) is
    written with its kind already: `community:三村`, not 三村村.  A site's
    numbered section or phase keeps its number and type word (`numbered_name`:
    翠苑一区 is `site:翠苑一区`, never the `site:翠苑` of 翠苑二区).

    >>> place_key(registry, pid)  # doctest: +SKIP
    'subdistrict:东湖街道/community:新华社区'
    """
    chain = []
    seen = set()
    while pid is not None and pid not in seen:
        seen.add(pid)
        node = registry.nodes[pid]
        # its own words: a generic place labelled with its parent's (板岭镇中心卫生院, 板岭镇敬老院)
        # would take the parent's core (板岭) and merge with its siblings
        own = registry.own_name(node)
        name = estate_core(own) if node.type == ESTATE else core(own)
        numbered = numbered_name(own, name) if node.level == "site" else name
        # a name too short to lose its type word (三村 under 白石乡) keeps it: the kind is written
        # already; so does a numbered section's (翠苑一区: its type word is in the name)
        kind_word = "" if numbered != name or (name == own and own.endswith(node.kind)) else node.kind
        name = numbered
        chain.append(f"{node.level}:{name}{kind_word}")
        pid = node.parent
    return "/".join(reversed(chain))


ESTATE = "HousingEstate"


def estate_core(name: str) -> str:
    """A housing estate's name as its identity: without the type words that only
    say what it is (小区, 号楼), but with those that are part of its name
    (`place_estate_name_words.txt`: 里, 苑, 花园), so 幸福里小区 and 幸福苑小区,
    whose kg.extract.place_identity.core is 幸福 for both, stay two estates, while
    幸福里小区 and 幸福里 are one.

    >>> estate_core("幸福里小区"), estate_core("幸福苑小区"), estate_core("中环花苑"), estate_core("中环小区")
    ('幸福里', '幸福苑', '中环花苑', '中环')
    """
    name = name.strip("“”\"")
    while (hit := suffix_at(name, len(name))) and len(name) - hit[0] >= 2:
        if name[len(name) - hit[0]:] in words("place_estate_name_words.txt"):
            break
        name = name[: -hit[0]]
    return name.replace("“", "").replace("”", "")


# a sequence number: Arabic, full-width or Chinese numerals (一区, 二期, 3号院, 十二组), or one
# Latin letter written in a type word (B区)
NUMERAL = re.compile(r"[0-9０-９一二三四五六七八九十百零〇两]")
NUMBERED_SUFFIX = re.compile(r"[0-9０-９A-Za-zＡ-Ｚ一二三四五六七八九十百零〇两]")


def numbered_name(own: str, name: str) -> str:
    """A site's name as its identity when a type word the key would strip
    carries a sequence number (翠苑一区, 翠苑二期, 翠苑3号院, 翠苑五村): the
    number counts sections or phases of one estate, each its own place, so
    `own` is kept up to that numbered type word, and only the type words
    after it go (翠苑一区小区 is 翠苑一区).  `name` is `own` with its type
    words stripped (estate_core or core); it is returned when no stripped
    type word is numbered.  A type word is numbered when it opens with a
    numeral or a Latin letter (place_suffixes.tsv: 一区, B区, 二期, 三组) or
    follows a numeral (3号, 5号院).  Source: NEWC28 1 (翠苑一区 and 翠苑二区
    of two reports were one place).

    >>> numbered_name("翠苑一区", "翠苑"), numbered_name("翠苑一区小区", "翠苑"), numbered_name("金桥新村二期", "金桥新村")
    ('翠苑一区', '翠苑一区', '金桥新村二期')
    >>> numbered_name("翠苑小区", "翠苑"), numbered_name("锦绣府B区", "锦绣府"), numbered_name("幸福里3号", "幸福里3")
    ('翠苑', '锦绣府B区', '幸福里3号')
    """
    rest = own.strip("“”\"")
    while len(rest) > len(name) and (hit := suffix_at(rest, len(rest))):
        word_start = len(rest) - hit[0]
        if NUMBERED_SUFFIX.match(rest, word_start) or (word_start > 0 and NUMERAL.match(rest, word_start - 1)):
            return rest.replace("“", "").replace("”", "")
        rest = rest[:word_start]
    return name


def distinct_place_keys(registry: PlaceRegistry) -> dict[int, str]:
    """`place_key` of every node (node id -> key), where two places the
    registry keeps apart but whose keys meet (江北花园小区 and 江北夜市 under
    one subdistrict: both `site:江北`) are told apart by the later one's own
    name after `~` (`…/site:江北~江北夜市`); the first keeps the plain key, so
    keys stay what they were in every report without such a pair.

    >>> distinct_place_keys(registry)  # doctest: +SKIP
    {0: 'subdistrict:江北', 1: 'subdistrict:江北/site:江北', 2: 'subdistrict:江北/site:江北~江北夜市'}
    """
    keys: dict[int, str] = {}
    taken: set[str] = set()
    for node in registry.nodes:
        key = place_key(registry, node.id)
        if key in taken:
            key = f"{key}~{registry.own_name(node)}"
        taken.add(key)
        keys[node.id] = key
    return keys


@cache
def _short_name_note() -> re.Pattern:
    """A bracket opening with a short-name marker (place_short_name_markers.txt),
    the short name (maybe in quotes), the bracket's close."""
    marker = alternation(words("place_short_name_markers.txt"))
    return re.compile(f"[（(](?:{marker})[：:]?[“\"‘']?([^（()）“”\"‘'，。、；]{{2,20}}?)[”\"’']?[）)]")


def short_names(text: str, registry: PlaceRegistry) -> dict[int, int]:
    """Places that are another's short name: `X（简称Y）` right after a written
    form of place X names the same place Y (the writer's own definition, so Y's
    later mentions are X's).  Returns {Y's node id: X's node id}; places not
    written so are absent.  Raises nothing.

    >>> # 来到朝阳新村第二居民区（简称朝阳二村）。在朝阳二村，… -> {id of 朝阳二村: id of 朝阳新村第二居民区}
    """
    notes = list(_short_name_note().finditer(text))
    if not notes:
        return {}  # the common case: no short name defined, no index of written forms built
    by_form: dict[str, int] = {}
    for node in registry.nodes:
        for form in (node.name, *node.written):
            by_form.setdefault(form, node.id)
    merged: dict[int, int] = {}
    for m in notes:
        short = by_form.get(m.group(1))
        full = max((by_form[f] for f in by_form if text.endswith(f, 0, m.start())),
                   key=lambda pid: len(registry.nodes[pid].name), default=None)
        if short is not None and full is not None and short != full and full not in merged:
            merged[short] = full
    return merged


def evidence(doc: Doc, start: int, end: int) -> Evidence:
    o_start, o_end = doc.text.original_span(start, end)
    return Evidence(doc.text.text[start:end].strip(), o_start, o_end)


def mention_evidence(doc: Doc, starts: list[int], offset: int) -> Evidence | None:
    """The evidence of the sentence holding `offset` (an official's first
    title+name mention): `starts` are the starts of `doc.sentences`, in order.
    None when no sentence holds it.
    Example: `mention_evidence(doc, [0, 30], 35)` -> the evidence of the second sentence."""
    i = bisect_right(starts, offset) - 1
    if i < 0 or offset >= doc.sentences[i].end:
        return None
    return evidence(doc, doc.sentences[i].start, doc.sentences[i].end)


def drop_coarse_visits(registry: PlaceRegistry, visits: list, raised: list[tuple[int, int]] = ()) -> list:
    """`率队赴A街道和B街道` then stops inside each: the stops are the visits.

    A visit to a district or city is dropped when the same official visited
    anything more specific; a visit to any other place is dropped when the
    same official visited a place inside it, unless the visit was a stop of
    its own (`VisitRecord.stop`: something was done there, 听取汇报 in its
    meeting room, before moving on to the place inside it).  A visit told in
    the headline is dropped when the body tells the same official's stops
    (区长到高新区企业调研, then the companies by name).

    `raised`: (place id, text offset) of what people raised, placed by the
    issue frame.  A subdistrict, community or site where something was raised after the
    visit and before the official's first stop inside it was a stop of its
    own (视察组来到X社区。its 党委书记 and residents speak there; then
    在X社区的Y小区, …): the dev gold and the probe READMEs count it.  A
    community that only frames the stops (来到X社区，先后察看了A、B) has
    nothing raised before them.  So is one where something was raised after the
    official's last stop inside it (`_raised_after`: a forum back at the
    community once its sites were seen).

    >>> drop_coarse_visits(registry, visits, raised=[(community_id, offset)])  # doctest: +SKIP
    """
    in_body = {v.official for v in visits if not v.headline}
    # the body tells the stops; the headline names the trip in short
    visits = [v for v in visits if not (v.headline and v.official in in_body)]
    # 到X镇督导A小区改造和B市场建设工作, then the stops: A was the matter inspected, no stop
    # (`VisitRecord.matter`), once a community or site is told visited otherwise
    at_stops = {v.official for v in visits if not v.matter and registry.nodes[v.place].level in ("community", "site")}
    visits = [v for v in visits if not (v.matter and v.official in at_stops)]
    by_official: dict[str, set[int]] = {}
    first_told: dict[tuple[str, int], int] = {}  # (official, place) -> the start of the first visit told
    last_told: dict[tuple[str, int], int] = {}  # (official, place) -> the end of the last visit told
    for v in visits:
        by_official.setdefault(v.official, set()).add(v.place)
        first_told[v.official, v.place] = min(v.start, first_told.get((v.official, v.place), v.start))
        last_told[v.official, v.place] = max(v.end, last_told.get((v.official, v.place), v.end))
    raised_at: dict[int, list[int]] = {}  # place -> offsets of what was raised there, sorted
    for place, at in raised:
        raised_at.setdefault(place, []).append(at)
    for offsets in raised_at.values():
        offsets.sort()
    # (indexes built once a report: a long report visits the same places many times, issue 10)
    inner_of: dict[tuple[str, int], list[int] | None] = {}  # (official, place) -> places inside it
    kept = []
    framed: set[tuple[int, int]] = set()  # (place, visit start) of visits dropped for the stops inside them
    for v in visits:
        node = registry.nodes[v.place]
        if (v.official, v.place) not in inner_of:
            others = by_official[v.official] - {v.place}
            coarse = node.level == "district" and any(registry.nodes[o].level != "district" for o in others)
            inner_of[v.official, v.place] = None if coarse else [o for o in others if v.place in registry.ancestors(o)]
        inner = inner_of[v.official, v.place]
        if inner is None:
            continue  # a district visit beside anything more specific
        if inner and not (v.stop and node.level in STOP_LEVELS) \
                and not _raised_before(v, inner, first_told, raised_at.get(v.place, []), node.level) \
                and not _raised_after(v, inner, last_told, raised_at.get(v.place, []), node.level):
            framed.add((v.place, v.start))
            continue
        kept.append(v)
    # 区长带着局长甲、乙来到A社区和B小区。在A社区C巷，区长察看…: the places named in one
    # visit's sentence are one party's; the lead's stop inside A shows A only framed it, for
    # those who came with the lead too (they are not told at C by name).  Source: FAULTS36_p118
    # (companions kept a community the lead's visit had dropped for the lane inside it).
    return [v for v in kept if not ((v.place, v.start) in framed and not inner_of[v.official, v.place]
                                    and registry.nodes[v.place].level != "district")]


def _raised_before(v, inner: list[int], first_told: dict, raised_here: list[int], level: str) -> bool:
    """Was something raised at `v`'s place (a town, community or site) from
    the visit's start on (in its own sentence too: 来到青山镇，镇区居民反映…) and before the official's first visit to a place in `inner`
    (places inside it)?  `first_told`: (official, place) -> the first
    visit's start; `raised_here`: the sorted offsets of what was raised at
    `v`'s place.

    >>> from types import SimpleNamespace as V
    >>> v = V(official="王明", start=0, end=20)
    >>> _raised_before(v, [7], {("王明", 7): 25}, [9], "subdistrict")
    True
    >>> _raised_before(v, [7], {("王明", 7): 25}, [30], "subdistrict")
    False
    """
    if level not in RAISED_LEVELS:
        return False
    first_inner = min((first_told[v.official, o] for o in inner), default=v.end)
    # a town's residents speak of the town in the sentence of its visit (来到青山镇，镇区居民
    # 反映…), and so do a village's (在石壁村，几位老人说起村里的供水点水压不够; then 走进
    # 上屋组): what the issue frame filed at the place itself from the visit's start on.  (A
    # community framing the stop inside it, 到X社区走访调研，听取居民意见。首先来到X社区的Y小区,
    # has nothing filed there: a hearing with no content raises no issue.)  Until session 43
    # counted from the sentence's end for all but towns; p153-08 lost a village so.
    i = bisect_left(raised_here, v.start)
    return i < len(raised_here) and raised_here[i] < first_inner


def _raised_after(v, inner: list[int], last_told: dict, raised_here: list[int], level: str) -> bool:
    """Was something raised at `v`'s place (a community or site:
    `RETURN_LEVELS`) after the official's last visit to a place in `inner` (places inside it) was
    told?  The issue frame placed it at the place itself, not at the site
    the official was at last: the official came back to it (委员们先后走进A小区
    和B礼堂。…在随后召开的座谈会上，社区党委书记代表居民呼吁…), a stop of its own.
    `last_told`: (official, place) -> the end of the last visit told;
    `raised_here`: the sorted offsets of what was raised at `v`'s place.
    Source: VISITS30 (a forum after the tour of a community's sites).

    >>> from types import SimpleNamespace as V
    >>> v = V(official="王明", start=0, end=20)
    >>> _raised_after(v, [7], {("王明", 7): 40}, [52], "community")
    True
    >>> _raised_after(v, [7], {("王明", 7): 40}, [30], "community")
    False
    >>> _raised_after(v, [7], {("王明", 7): 40}, [52], "subdistrict")
    False
    """
    if level not in RETURN_LEVELS or not raised_here:
        return False
    return raised_here[-1] > max((last_told[v.official, o] for o in inner), default=v.end)


def visit_at(told: list[tuple[int, int]], offset: int) -> int | None:
    """The visit an issue raised at `offset` was raised during: of one
    official's visits to one place, `told` as (text offset, visit index) in
    text order, the latest told at or before `offset`; an issue told before
    any of them belongs to the first (the report tells the visit after what
    was raised: 居民反映……，区长来到这里); None when there is no visit.

    >>> visit_at([(0, 0), (40, 3)], 52)
    3
    >>> visit_at([(0, 0), (40, 3)], 12)
    0
    >>> visit_at([], 12) is None
    True
    """
    if not told:
        return None
    before = [k for start, k in told if start <= offset]
    return before[-1] if before else told[0][1]


def visit_inside(facts: ReportFacts, told: dict, official: str, area: str, offset: int) -> int | None:
    """The visit an issue raised at `offset` in `area` (a place key) was raised
    during when `official` made no visit to `area` itself that was kept: the
    area framed the stops inside it (来到X街道，先后走访了A社区和B社区。居民们反映…:
    `drop_coarse_visits` keeps the stops, not X街道), so the issue was raised on
    that tour, during its latest stop told at or before `offset` (of stops told
    together, the first written, as `IssuePlacement.at_latest_stop` places
    issues), else its first stop.  `told`: (official, place key) -> [(start,
    visit index)] in text order.  None when no stop lies inside `area`.
    Source: VISITS31 3 (the issues sat at the subdistrict with no raisedDuring).

    >>> # told {(王明, A社区 in X街道): [(10, 0)], (王明, B社区 in X街道): [(10, 1)]}, area X街道, offset 40 -> 0
    """
    inside = sorted(
        (start, k) for (who, key), visits in told.items() if who == official and key != area and _lies_in(facts, key, area)
        for start, k in visits
    )
    if not inside:
        return None
    before = [(start, k) for start, k in inside if start <= offset]
    if not before:
        return inside[0][1]
    return next(k for start, k in before if start == before[-1][0])


def _lies_in(facts: ReportFacts, key: str, area: str) -> bool:
    """Is the place `key` inside the place `area` (by the places' parents)?"""
    seen = set()
    parent = facts.places[key].parent if key in facts.places else None
    while parent is not None and parent not in seen:
        if parent == area:
            return True
        seen.add(parent)
        parent = facts.places[parent].parent if parent in facts.places else None
    return False


def nest_namesake_estates(registry: PlaceRegistry, visits: list) -> None:
    """A housing estate named after a residents' committee visited before it lies in it.

    Shape: a visited community of type ResidentsCommittee written STEM + its type word
    (枣林居民区, 枣林社区) and a visited site of type HousingEstate written STEM + an estate
    type word alone (枣林小区, 枣林新村; `place_suffixes.tsv`), the site with no parent or
    with the committee's own area as its parent, first visited after the committee was
    (`visits`: VisitRecords, by text offset): the site is nested in the committee.  An estate
    visited first, then the committee (来到X新村… 在X居民区，居民说…), stays beside it.
    `drop_coarse_visits` then keeps the estate as the stop and the committee as its frame
    (unless the committee was a stop of its own: something raised there first).  The two
    names have different type words and different identities (`identity`), so the
    registry kept them apart and the tour counted one stop twice.  Nothing when several
    committees fit.  The readable golds give the estate alone in this shape (an estate of
    another name beside its community is a stop of its own there, and is left alone).

    >>> # 来到桂花居民区。…走进桂花小区，察看充电棚 -> 桂花小区's parent is 桂花居民区
    Source: session 56, vprec56 (a newcomer's fault: an opened probe counted 枣阳居民区 beside 枣阳小区).
    """
    nodes = registry.nodes
    first: dict[int, int] = {}  # place -> the start of its first visit told
    for v in visits:
        first[v.place] = min(v.start, first.get(v.place, v.start))
    visited = sorted(first)
    stems: dict[str, list[int]] = {}
    for pid in visited:
        node = nodes[pid]
        hit = suffix_at(node.name, len(node.name))
        if node.type == "ResidentsCommittee" and node.level == "community" and hit and hit[0] < len(node.name):
            stems.setdefault(node.name[: len(node.name) - hit[0]], []).append(pid)
    if not stems:
        return
    for pid in visited:
        node = nodes[pid]
        hit = suffix_at(node.name, len(node.name))
        if node.type != "HousingEstate" or node.level != "site" or not hit:
            continue
        committees = stems.get(node.name[: len(node.name) - hit[0]], [])
        if len(committees) != 1:
            continue
        committee = committees[0]
        if pid in registry.ancestors(committee) or first[committee] >= first[pid]:
            continue
        if node.parent is None or node.parent in registry.ancestors(committee):
            node.parent = committee


def day_in_range(text: str, dates: list, ranges: dict, start: int, node, when):
    """The day of a stop told at `start` under a date range (15日至16日，…:
    `when` is its first day, `ranges` kg.extract.dates.range_ends): the day of
    the first later sentence dated within the range that names the stop's
    place (`node`'s name or a form written, two characters or more), else
    `when`.  A date past the range ends the search.

    >>> from types import SimpleNamespace as NS
    >>> from kg.extract.dates import range_ends, sentence_dates
    >>> text = "2025年4月15日至16日，王明到甲村、乙村调研。在甲村，村民说路难走。16日，在乙村，村民说水不通。"
    >>> dates = sentence_dates(text, None)
    >>> [day_in_range(text, dates, range_ends(text, dates), 15, NS(name=n, written=set()), dates[0][1]).day for n in ("甲村", "乙村")]
    [15, 16]
    """
    i = bisect_right([offset for offset, _ in dates], start) - 1
    if i < 0 or dates[i][0] not in ranges:
        return when
    last = ranges[dates[i][0]]
    forms = [f for f in {node.name, *node.written} if len(f) >= 2]
    for j in range(i + 1, len(dates)):
        offset, day = dates[j]
        if day > last or (when and day < when):
            break
        end = dates[j + 1][0] if j + 1 < len(dates) else len(text)
        if day != when and any(text.find(f, offset, end) >= 0 for f in forms):
            return day
    return when


@component("resolve", requires=("sentences", "officials", "places", "visits", "issues", "unplaced_issues", "date", "sentence_dates"), assigns=("facts",))
def resolve_component(doc: Doc) -> None:
    registry: PlaceRegistry = doc.ext.places
    facts = ReportFacts(
        key=doc.key,
        file_name=doc.raw.path.name,
        sha256=doc.raw.sha256,
        date=doc.ext.date,
    )
    # the towns of a county head's tour lie in the county (县长X来到Y镇): the posts' areas hold
    # the places named alone; done here, once visits and issues are placed, as the areas
    # registered as places would take the scene of a sentence naming the post (城关镇党委书记X说)
    attach_under_post_areas(doc.ext.officials.values(), registry)
    # and a town written alone lies in the one county the report names (到雷山县西江镇…来到丹江镇)
    attach_under_one_county(doc.ext.officials.values(), registry)
    # 来到X居民区…走进X小区: the estate named after the committee lies in it
    nest_namesake_estates(registry, doc.ext.visits)
    # places told only in passing that the analyser reads as a clause (离开X村, 由街道) are left out
    hidden = check_places(doc, {v.place for v in doc.ext.visits} | {i.place for i in doc.ext.issues})
    keys = distinct_place_keys(registry)
    # a short name the report defines (X（简称Y）) is X: its mentions, visits and issues go to X
    aliases = short_names(doc.text.text, registry)
    # a site written again without the generic words before its head (青竹乡联络站 for
    # 青竹乡人大代表联络站) is that site too
    aliases.update({s: f for s, f in short_forms(registry).items() if s not in aliases and f not in aliases})
    for short, full in aliases.items():
        keys[short] = keys[full]
    # an act done on a work in a place (到X社区验收民生项目) is no place: its visits and issues are X's
    acts = acts_on_works(doc, {v.place for v in doc.ext.visits} - set(aliases))
    for act, parent in acts.items():
        keys[act] = keys[parent]
    for node in registry.nodes:
        if node.id in hidden or node.id in aliases or node.id in acts:
            continue
        key = keys[node.id]
        forms = {node.name, *node.written}.union(*({registry.nodes[s].name, *registry.nodes[s].written}
                                                  for s, f in aliases.items() if f == node.id))
        facts.places[key] = Place(
            key=key,
            name=node.name,
            type=node.type,
            parent=keys.get(node.parent) if node.parent is not None else None,
            alt_labels=forms - {node.name} | set(node.written),
            original_labels=set().union(*(original_forms(doc.text, w) for w in forms)),
        )
    visits = drop_coarse_visits(registry, doc.ext.visits, [(i.place, i.start) for i in doc.ext.issues])
    visitors = {v.official for v in visits}
    starts = [s.start for s in doc.sentences]
    for info in doc.ext.officials.values():
        role = "visitor" if info.name in visitors else ("accompanying" if info.accompanying else "other")
        facts.officials[info.name] = Official(
            key=info.name, name=info.name, posts=list(info.posts), role=role,
            # the sentence naming the official with their posts: the evidence of each post they hold
            evidence=mention_evidence(doc, starts, info.first),
            original_labels=original_forms(doc.text, info.name),
        )
    told: dict[tuple[str, str], list[tuple[int, int]]] = {}  # (official, place key) -> [(start, visit index)]
    ranges = range_ends(doc.text.text, doc.ext.sentence_dates)
    for v in visits:
        pair = (v.official, keys[v.place])
        when = date_at(doc.ext.sentence_dates, v.start, facts.date)
        if ranges:
            when = day_in_range(doc.text.text, doc.ext.sentence_dates, ranges, v.start, registry.nodes[v.place], when)
        if any(facts.visits[k].date == when for _, k in told.get(pair, ())):
            continue  # the same day's visit told again (来到A社区……在A社区察看): one visit
        told.setdefault(pair, []).append((v.start, len(facts.visits)))
        facts.visits.append(Visit(v.official, keys[v.place], when, evidence(doc, v.start, v.end)))
    for i in doc.ext.issues:
        at = visit_at(told.get((i.official, keys[i.place]), []), i.start)
        if at is None:
            at = visit_inside(facts, told, i.official, keys[i.place], i.start)
        facts.issues.append(Issue(keys[i.place], i.label, i.concept, at, evidence(doc, i.start, i.end), outcome=i.outcome))
    facts.unplaced = list(doc.ext.unplaced_issues)
    doc.facts = facts
