"""Guide frames: a phrase naming who shows a party round (`在副镇长甲的带领下`,
`由甲副镇长带领，`), read by the officials' grammar (a name right before one
acts) and by the visits (the guide and the party guided go to the same place).

The frame is an opener (GUIDE_OPENERS, `guide_openers.tsv`: 由, 在), at most MAX_POST characters
of the guide's post and MAX_NAME of their name, and a close (GUIDE_CLOSE over
lead_markers.txt and companion_markers.txt: `的带领下`, `带领，`, `的陪同下`).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.lexicons import alternation, assignment_titles, kind_words, pattern, words

MAX_POST = 25  # characters of a post (jurisdiction + organ + title head)
MAX_NAME = 6  # characters: Han names of two to four, transcribed minority names longer
CLAUSE_STARTS = set("，。；：！？、\n 　")
# a lead or companion word closing a guide's phrase: 的带领下 / 带领，
GUIDE_CLOSE = "的?(?:{})(?:下|[，,])"
# the words opening a guide's phrase: 由甲带领，/ 在甲的带领下 (guide_openers.tsv), and those of
# them that may follow the person guided (乙在甲的带领下来到)
GUIDE_OPENERS = kind_words("guide_openers.tsv", "phrase")
GUIDED_OPENERS = kind_words("guide_openers.tsv", "after")


def guided_at(text: str, pos: int) -> bool:
    """Does a guide's phrase start at `pos`, the person before it guided
    somewhere (县委书记高山|在副镇长白云的带领下来到: 在, at most MAX_POST +
    MAX_NAME characters of the guide's post and name, `guide_close_at`, then
    a person's verb)?  `text` is a report's text, `pos` an offset in it;
    never raises (an offset past the end is False).

    >>> guided_at("在副镇长白云的带领下来到村里", 0), guided_at("在村里的带领下", 0)
    (True, True)
    >>> guided_at("在村里召开会议", 0)
    False
    """
    if not text.startswith(GUIDED_OPENERS, pos):
        return False
    for k in range(pos + 3, min(len(text), pos + 1 + MAX_POST + MAX_NAME)):
        if text[k] in CLAUSE_STARTS:
            return False
        if guide_close_at(text, k):
            return True
    return False


def guides_party(text: str, start: int, end: int) -> bool:
    """Is the official named at text[start:end] the guide of a phrase `由…带领，`
    or `在…的带领下，` (由/在, at most MAX_POST characters of post before the
    name, no clause break, a lead word's GUIDE_CLOSE right after the name,
    then a comma), the party written after it being shown round (由甲副镇长带领，
    区长乙来到X: both are at X)?  Never raises.

    >>> guides_party("由青山镇副镇长刘志强带领，县委书记王建华来到", 7, 10)
    True
    >>> guides_party("由青山镇副镇长刘志强带领的工作组来到", 7, 10)
    False
    """
    window = text[max(0, start - MAX_POST - 1):start]
    opener = max((window.rfind(o) for o in GUIDE_OPENERS), default=-1)
    if opener < 0 or any(c in CLAUSE_STARTS for c in window[opener + 1:]):
        return False
    # a lead word (lead_markers.txt), not 陪同 (在甲的陪同下: 甲 only accompanies), closing a
    # clause of its own (带领， / 的带领下，): the party follows it
    m = pattern("lead_markers.txt", GUIDE_CLOSE).match(text, end)
    return bool(m) and (text[m.end() - 1] in "，," or text.startswith(("，", ","), m.end()))


def guide_close_at(text: str, pos: int) -> bool:
    """Does a guide's phrase close at offset `pos` of `text` (`的带领下`,
    `带领，`, `的陪同下`: GUIDE_CLOSE over lead_markers.txt and
    companion_markers.txt)?  Never raises.

    >>> guide_close_at("任重的带领下来到", 2), guide_close_at("任重的工作", 2)
    (True, False)
    """
    return any(pattern(name, GUIDE_CLOSE).match(text, pos) for name in ("lead_markers.txt", "companion_markers.txt"))


def hosts_stop(posts: list[str]) -> bool:
    """Do all of an official's posts name a community-level unit or a stop's own
    organisation (`issue_cadre_units.txt`: X社区党委书记, X村村委会主任, 村支书,
    X公司总经理)?  Such a cadre hosts the visit and shows the visitors round: the
    genre's gold never has them visit (54 of 54 such officials in the readable
    golds are `other` or accompanying).

    A bare title after such a post shares its unit (社区书记、主任: the
    community's director too, written without the organ again).

    >>> hosts_stop(["东湖社区党委书记"]), hosts_stop(["区人大代表", "东湖社区党委书记"]), hosts_stop([])
    (True, False, False)
    >>> hosts_stop(["社区书记", "主任"]), hosts_stop(["主任", "社区书记"]), hosts_stop(["区委书记", "主任"])
    (True, False, False)
    """
    units = pattern("issue_cadre_units.txt")
    heads = pattern("post_titles.txt", "(?:{})$")
    return bool(posts) and all(units.search(p) or village_organ_post(p) or group_head(p) or (i > 0 and heads.fullmatch(p) is not None)
                               for i, p in enumerate(posts))


def group_head(post: str) -> bool:
    """Is `post` the head of a villagers' group (组长 alone, 村民小组长, 三组组长:
    `official_holders.village_group_head`, and `GROUP_HEAD`)?  Elected by the group and
    living in it, the head shows the visitors round and speaks for the group, as 社长 and 屯长
    (`issue_cadre_units.txt`) do: a host, never the lead of a tour, so a subjectless
    `下午到了5组` after `组长A补充，…` is the touring cadre's stop, not A's.  A team's head
    (调研组组长, 督导组组长, 工作组组长) leads its team: no group head.  Source: FAULTS47
    (fplace, p180: a first secretary's second group went to the group head who spoke at the first).

    >>> group_head("组长"), group_head("村民小组长"), group_head("三组副组长"), group_head("督导组组长"), group_head("区长")
    (True, True, True, False, False)
    """
    from kg.extract.official_holders import village_group_head  # (official_holders reads this module)

    return village_group_head(post) and GROUP_HEAD.fullmatch(post) is not None


# a villagers' group's head: 组长 alone, or after the group's type word or number (村民小组长, 三组组长)
GROUP_HEAD = re.compile(r"(?:.*?(?:村民小组|居民小组|村小组|村民组|居民组)|第?[一二三四五六七八九十\d]{1,3}组)?副?组?长")


def posted_post(post: str) -> bool:
    """Is `post` held by a cadre sent to a village or community from above: it ends in a
    head of `post_posted_heads.txt` (第一书记, 工作队队长) or an assignment title
    (`lexicons.assignment_titles`: 驻村第一书记, 包村干部)?

    >>> posted_post("东河湾村第一书记"), posted_post("省派青石村驻村工作队队长"), posted_post("村党支部书记")
    (True, True, False)
    """
    return post.endswith((*words("post_posted_heads.txt"), *assignment_titles()))


def village_organ_post(post: str) -> bool:
    """Is `post` held in an organ of a village (or community) itself: the unit's type word
    (村, 社区, 居委) and then an organisation's head word (`organisation_heads.txt`: 委员会,
    妇联, 支部) before the title, no jurisdiction above the village between (村监委会主任,
    村务监督委员会主任, 东岭村妇联主席, 社区团支部书记)?  Such a cadre speaks for the
    village as its committee's do (`issue_cadre_units.txt` lists the committees themselves).

    >>> village_organ_post("村监委会主任"), village_organ_post("东岭村妇联主席"), village_organ_post("县妇联主席")
    (True, True, False)
    >>> village_organ_post("村民"), village_organ_post("乡村振兴局局长")
    (False, False)
    """
    return _village_organ().search(post) is not None


@cache
def _village_organ():
    heads = alternation(sorted(words("organisation_heads.txt"), key=len, reverse=True))
    # (乡村振兴局: 村 inside a word of the county's organ, followed by no organ of the village)
    return re.compile(f"(?<![乡农])(?:村|社区|居委)[^县区市镇乡局厅街]{{0,4}}?(?:{heads})[^县区市镇乡局厅]{{0,3}}$")


def deputy_hosts(posts: list[str]) -> bool:
    """Is the official a deputy or member (`duty_post_heads.txt` ending a post: 县人大代表,
    区政协委员) who is otherwise only a community-level unit's cadre (`hosts_stop`:
    县人大代表、X村党支部书记)?  Met in their own village by a visiting official, they show
    the visitors round and speak for its people, as the village's cadre does; a deputy
    with no such post (区人大代表) or with a post of government (副区长) visits.

    >>> deputy_hosts(["县人大代表", "黄岭村党支部书记"]), deputy_hosts(["区人大代表"])
    (True, False)
    >>> deputy_hosts(["区人大代表", "副区长"]), deputy_hosts(["市政协委员", "东湖社区居委会主任"])
    (False, True)
    """
    heads = tuple(words("duty_post_heads.txt"))
    duty = [p for p in posts if p.endswith(heads) and "常委" not in p]
    rest = [p for p in posts if p not in duty]
    return bool(duty) and bool(rest) and hosts_stop(rest)


def host_leads(text: str, posts: dict[str, list[str]], pos: int) -> bool:
    """Is the lead word ending at `pos` (带领, 率领: `lead_markers.txt`) written
    after a stop's own cadre, the official (`posts`: name -> posts) named last
    before it in its clause, post before or after the name (村支书陈刚带领|,
    陈刚村支书带领|), whose posts all `hosts_stop`?  Then the officials listed
    after it are the party the cadre shows round (村支书甲带领区长乙来到X: 乙
    visits X, 甲 guides, as in 在甲的带领下), not the cadre's companions.
    Never raises.

    >>> host_leads("村支书陈刚带领区长李强来到", {"陈刚": ["村支书"]}, 7)
    True
    >>> host_leads("区委书记王明带领区长李强来到", {"王明": ["区委书记"]}, 8)
    False

    Not when the first official named after it in the clause hosts the stop
    too (驻村第一书记甲带领村党支部书记乙来到X组: the first secretary leads a
    cadre of the same village along, the visit is theirs; NAMES31).

    >>> host_leads("驻村第一书记韦强带领村党支部书记冯建来到", {"韦强": ["驻村第一书记"], "冯建": ["村党支部书记"]}, 10)
    False
    """
    clause = max(text.rfind(c, 0, pos) for c in "，。；：\n")
    lead = pattern("lead_markers.txt", "(?:{})$").search(text, clause + 1, pos)
    if not lead:
        return False
    named = max(((text.rfind(n, clause + 1, lead.start()), n) for n in posts), default=(-1, ""))
    if named[0] < 0 or not hosts_stop(posts[named[1]]):
        return False
    # the first official named after the lead word: a cadre of the stop too (驻村第一书记甲带领村支书乙)
    # is led along, an ordinary lead; only people from outside the stop are the party shown round
    end = min((i for i in (text.find(c, pos) for c in "，。；\n") if i >= 0), default=len(text))
    led = min(((i, n) for n in posts for i in [text.find(n, pos, end)] if i >= 0), default=None)
    return led is None or not hosts_stop(posts[led[1]])
