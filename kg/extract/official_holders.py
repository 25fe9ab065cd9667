"""Who holds a post: the official's record (`OfficialInfo`), concurrent posts
(兼), posts added without duplicates, the heads of units, teams and village
groups that are no officials of the visit, and a name acting right after a
post.

Reads posts as strings, the text and a `Lexis`; gives the record and yes/no
answers to the officials orchestrator and official_companions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from kg.extract.guides import MAX_POST
from kg.extract.lexicons import compile_words, pattern, table, words
from kg.extract.official_acts import visit_verbs
from kg.extract.official_lexis import Lexis
from kg.extract.official_name_shapes import can_follow_name
from kg.extract.official_titles import POST_BOUNDARY, title_at_end
from kg.text import HEADLINE_END


@dataclass
class OfficialInfo:
    name: str
    posts: list[str] = field(default_factory=list)
    first: int = 0  # offset of the first title+name mention
    accompanying: bool = False
    leads: bool = False
    # went along with a tour told before, in a sentence of their own (。副区长乙一同调研。:
    # `official_acts.joins_tour`): a member of the party at its stops
    joined: bool = False


def act_after_post_only(lx: Lexis, person: str, found: dict[str, "OfficialInfo"]) -> bool:
    """Is `person` an act read as a name after a post whose holder the report
    names elsewhere (`东关街道党工委书记入户走访` in a headline, then
    `东关街道党工委书记吴亚楠…`)?  So it is when the analyser reads the characters
    as a verb or inside a longer word wherever the report writes them (督导/v,
    督导组/n; never a person), and another official holds each of its posts
    (the same post, or one ending with it): a report names its official by
    post in a headline's short style.

    >>> # 二级巡视员督导检查X。…二级巡视员曹振宇到X -> 督导 is no one
    """
    text = lx.text
    headline_end = text.find("\n")
    if headline_end < 0 or not 0 <= found[person].first < headline_end or HEADLINE_END.search(text[:headline_end].rstrip()):
        return False  # (only a headline's short style names an official by post alone; a first line ending a sentence is none)
    first = text.find(person)
    if not title_at_end().search(text, max(0, first - MAX_POST), first):
        return False  # (a list's later name, 代表甲、乙、丙走进: no title right before it)
    for at in lx.find_all(person):
        toks = lx.tokens(at, at + len(person))
        first = next((t for t in toks if t.start <= at < t.end), None)
        if first is None or first.tag == "PER" or not (first.tag in ("v", "vn", "vd") or first.end > at + len(person)):
            return False
    posts = found[person].posts
    others = [info for name, info in found.items() if name != person]
    return bool(posts) and all(any(p == q or q.endswith(p) or p.endswith(q) for o in others for q in o.posts) for p in posts)


def same_post_shorter(short: str, long: str) -> bool:
    """Is `short` the same post as `long` written without its organ
    (主任 for 区人大常委会主任, 代表 for 区人大代表)?  Not a deputy's
    (区长 is not 副区长's)."""
    return len(short) < len(long) and long.endswith(short) and not long[:-len(short)].endswith("副")


@cache
def _concurrent_joiners() -> re.Pattern:
    """The words joining two posts one person holds at once (post_concurrent_joiners.txt: 兼)."""
    return pattern("post_concurrent_joiners.txt")


def concurrent_posts(post: str) -> list[str]:
    """`post` as the posts it names: a title joined to another by 兼 (held
    concurrently, 区委副书记兼区长) is two posts, as 、 would write them; a
    joiner with no title before it and after it stays inside the post.
    Source: the common writing of concurrent posts in Chinese official
    bylines (党委书记兼镇长); the eval golds split them like 、.

    >>> concurrent_posts("区委副书记兼区长")
    ['区委副书记', '区长']
    >>> concurrent_posts("区长")
    ['区长']
    """
    parts, start = [], 0
    for m in _concurrent_joiners().finditer(post):
        left, right = post[start:m.start()], post[m.end():]
        if title_at_end().search(left) and title_at_end().search(right):
            parts.append(left)
            start = m.end()
    return [*parts, post[start:]]


def add_post(posts: list[str], post: str) -> None:
    """Add `post` to `posts` unless it is a known post written shorter; a
    longer writing of a known post replaces it.

    >>> p = ["主任"]; add_post(p, "区人大常委会主任"); add_post(p, "主任"); p
    ['区人大常委会主任']
    """
    if post in posts or any(same_post_shorter(post, known) for known in posts):
        return
    for i, known in enumerate(posts):
        if same_post_shorter(known, post):
            posts[i] = post
            return
    posts.append(post)


def unit_head(post: str) -> bool:
    """Is `post` the head of an enterprise, a service unit or a residents'
    body rather than a government post: a unit-head title
    (post_unit_titles.txt) with no organ before it, an enterprise or
    service unit's (post_unit_organs.txt) or a party's to a contract
    (运营方, 施工方: an organ ending in 方); an enterprise's title
    (post_enterprise_titles.txt: 总经理) whatever the organ; any title of a
    residents' own body (post_resident_bodies.txt: 业委会主任, 楼组长).
    `站长`, `合作社理事长`, `分拣中心总经理`, `运营方负责人` are; `区人民法院院长`,
    `调研组组长` are not."""
    if pattern("post_resident_bodies.txt").search(post) or pattern("post_enterprise_titles.txt", "(?:{})$").search(post):
        return True
    if village_group_head(post):
        return False
    head = pattern("post_unit_titles.txt", "(?:{})$").search(post)
    if not head:
        return False
    organ = post[:head.start()]
    return not organ or organ.endswith(CONTRACT_PARTY) or pattern("post_unit_organs.txt").search(post) is not None


# a team's head's post: the team (ending in its type word 队 or 组) and its head (队长, 组长)
TEAM_HEAD = re.compile(r"(?P<team>[^副].+?[队组])副?[队组]?长$")
MEMBER_GAP = "、，,"  # what separates the items of a shared list of the team's people


def team_members(lx: "Lexis", found: dict[str, "OfficialInfo"], add) -> None:
    """A member word (`post_member_words.txt`: 队员, 组员, 成员) written bare after a
    team's head in a list (驻村工作队队长X、队员Y, Z), whose items share the head's
    team: each name after it holds the team's member post (驻村工作队队员), read
    by `lx.name_after`; more names joined by 、 hold it too.  A bare member word
    names no organ of its own, and alone it is no title (队员 is a common noun).

    Shapes: 驻村工作队队长X、队员Y陪同 -> Y 驻村工作队队员; 调研组组长X，组员Y、Z ->
    Y, Z 调研组组员; a deputy head (副队长Y) is a title read already.  Source: the
    lead's session-28 notes (the member got no post).

    >>> bool(TEAM_HEAD.match("驻村工作队队长")), TEAM_HEAD.match("区巡察组组长").group("team"), TEAM_HEAD.match("副队长")
    (True, '区巡察组', None)
    """
    text = lx.text
    members = words("post_member_words.txt")
    for person, info in list(found.items()):
        teams = [m.group("team") for m in map(TEAM_HEAD.match, info.posts) if m]
        if not teams:
            continue
        team = teams[-1]
        for at in lx.find_all(person):
            pos = at + len(person)
            if text[pos:pos + 1] not in MEMBER_GAP or not text[pos:pos + 1]:
                continue
            word = next((w for w in members if text.startswith(w, pos + 1)), None)
            if word is None or (word[0] in "队组" and word[0] != team[-1]):
                continue
            pos += 1 + len(word)
            while True:
                named = lx.name_after(pos)
                if not named or named[0] == person or named[0] in found and found[named[0]].posts != [word]:
                    break  # (成员 is a title of its own: read bare already, it takes the team too)
                name, end = named
                if name in found:
                    found[name].posts = [team + word]
                else:
                    add(name, [team + word], pos, text[max(0, pos - 3):pos], text[end:end + 4], end)
                if text[end:end + 1] != "、":
                    break
                pos = end + 1


def visited_unit_head(text: str, post: str, first: int) -> bool:
    """Is `post` the head of the unit the official was just taken to: a
    unit-head title (post_unit_titles.txt: 站长, 场长) whose organ is a unit
    (a unit's type word of place_suffixes.tsv ends it: 林场, 农技站) that a
    movement or inspection verb (visit_verbs.tsv) took someone to earlier in the
    same paragraph, written in full or in short (来到青山林场，林场场长X陪同;
    走进红旗农技站，在红旗农技站站长X的陪同下)?  The host of a stop is the
    visited unit's head, no official (the gold's convention for unit heads);
    a farm head visiting elsewhere (林场场长X来到Y村) keeps the post.

    >>> visited_unit_head("县长甲来到青山林场，林场场长乙陪同。", "林场场长", 13)
    True
    >>> visited_unit_head("林场场长乙来到青松村调研。", "林场场长", 0)
    False
    """
    head = pattern("post_unit_titles.txt", "(?:{})$").search(post)
    organ = post[:head.start()] if head else ""
    if not organ or not _site_word().search(organ):
        return False
    paragraph = text.rfind("\n", 0, first) + 1
    return re.search(f"(?:{visit_verbs().pattern})[^，。；！？\n]{{0,12}}?{re.escape(organ)}", text[paragraph:first]) is not None


@cache
def _site_word() -> re.Pattern:
    """A unit's type word of place_suffixes.tsv (站, 林场, 幼儿园: `UNIT_SITE_TYPES`) ending an organ."""
    # (a unit's: enterprises, facilities and venues; not an estate's or a village group's, 东山组组长)
    rows = [row[0] for row in table("place_suffixes.tsv") if len(row) > 2 and row[1] in UNIT_SITE_TYPES and not row[0].startswith("re:")]
    return compile_words(rows, "(?:{})$")


def village_group_head(post: str) -> bool:
    """Is `post` the head of a village's or neighbourhood's group: 组长 after
    nothing or a group word (post_village_groups.txt: 村民小组组长, 东山组组长),
    or a group word + 长 (村民小组长)?  Counted an official (p78's gold; see
    docs/parser.md on group heads).

    >>> [village_group_head(p) for p in ("村民小组长", "东山组副组长", "组长", "合作社社长", "楼组长")]
    [True, True, True, False, False]
    """
    if not post.endswith("组长") or pattern("post_resident_bodies.txt").search(post):
        return False
    return pattern("post_village_groups.txt", "^(?:.*(?:{}))?副?组?长$").match(post) is not None


def village_she_head(text: str, post: str, first: int) -> bool:
    """Is `post`, 社长 or 副社长 with no organ before it (a unit head's title
    for `unit_head`), the head of a village's 社 (in Sichuan, Chongqing, Gansu
    and Ningxia a village's groups are called 社, as 组 elsewhere: 三社, 5社)?
    So it is unless the report names, before the post's mention at `first`, a
    unit whose head is a 社长 (the words of post_unit_organs.txt ending in 社:
    合作社, 供销社, 报社): a bare 社长 after them is that unit's head.  The head
    of a village group is counted an official of role `other` (the gold's
    convention for 组长, `village_group_head`; p87's and p105's gold for 社长).
    Source: OFF35 item 3 (p105: 社长X, a 社 of a Gansu village, lost).

    >>> village_she_head("村里有7个社。社长马强说", "社长", 7), village_she_head("来到青禾合作社。社长马强说", "社长", 8)
    (True, False)
    >>> village_she_head("社长马强说", "经理", 0)
    False
    """
    if post not in ("社长", "副社长"):
        return False
    units = [w for w in words("post_unit_organs.txt") if w.endswith("社")]
    return not any(w in text[:first] for w in units)


# the place types of place_suffixes.tsv that are units with a head (a station, a farm, a park)
UNIT_SITE_TYPES = frozenset({"Enterprise", "Facility", "Venue"})

# what ends the name of a party to a contract or a project (运营方, 施工方, 管理方)
CONTRACT_PARTY = "方"


def name_acting_after(lx: Lexis, m: re.Match) -> tuple[str, int] | None:
    """`王明代表深入社区`: the person's name right before the title `m`,
    opening its clause, and a word that can follow a name right after it
    (a verb, an adverb, a party word), not an object (王明代表区委讲话).
    Returns (name, name start) or None."""
    named = lx.name_shaped_before(m.start())
    if not named:
        return None
    text = lx.text
    before = text[max(0, named[1] - 4):named[1]]
    if before and before[-1] not in POST_BOUNDARY and not before.endswith(words("post_agent_markers.txt")):
        return None
    followed = lx.tokens(m.end(), m.end() + 2)
    if followed and followed[0].start == m.end() and (can_follow_name(followed[0]) or followed[0].tag == "ad"):
        return named
    return None
