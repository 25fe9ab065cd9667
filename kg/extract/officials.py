"""Officials and their posts: a post-title grammar over the lexical analyser's
words.

A post is jurisdiction + organ + title head (`区委副书记`, `东湖区人大代表`,
`村党支部书记`, `副区长候选人`): the head comes from `post_titles.txt`,
optionally followed by a word of `post_title_suffixes.txt` (候选人, 人选);
the words before it belong to the post as long as the analyser calls them
nominal (organisations, places, nouns, numerals: `二级巡视员`, `社区第一书记`)
and stop at a verb, particle, preposition, pronoun, time or person
(`参加调研的有|街道党工委书记`).  Several posts joined by 、 go to one person.

The person is the analyser's PER words (kg/analyse), not a surname list:

- after the head: `区长王明` (adjacent PER words joined: LAC may tag a
  surname and a given name apart), also a lone surname-like PER character
  with the word after it (`于|海鹰`);
- shared by a list: `区人大代表甲、乙` (each item must itself be a PER);
- before the post, when no name follows it: `由甲副镇长带领`, in
  parentheses (`甲（区委书记）`), or as a capacity (`甲以区政协委员(的)身份`,
  frames in `post_capacity.txt`).

Evidence beyond the tagger's first reading: a name the tagger did not call a
person after a title is accepted when it is tagged PER at another of its
mentions, or stands there as a clause's subject (`县长向玉林…向玉林表示`); a
one-character conjunction between a PER and a verb ends the name (`孟宪|和|来到`).  A
person's act (a party word, a movement, leading or accompanying verb, an
official's remark) after a title's name or after its repetition at a clause
start places the name whatever the tagger made of it (`印宁/LOC一行`,
`池志先|后来到` → 池志, `长|孙斌峰来到`).  A title followed by no person is a
common noun (`负责人高度重视`): no official; nor is a surname with a term of
address (`楼组长钱阿姨`), a verb after a title (`副区长冒雨入户`), or a title
made of a visited place's type word (`来到兴隆村长风站`).
Later bare mentions of a known name are found by string search.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bisect import insort

from kg.extract import issue_words
from kg.extract.guides import MAX_POST, host_leads
from kg.extract.lexicons import pattern, words
from kg.extract.lost_names import resolve_lost_names
from kg.extract.official_acts import (
    familiar_form,
    visit_verb_at, set_of_holders, joins_lead, joins_tour, act_follows, clause_start,
)
from kg.extract.official_companions import ACCOMPANY_VERBS, together_with_named, mark_listed_companions
from kg.extract.official_holders import (
    OfficialInfo, act_after_post_only, same_post_shorter, concurrent_posts, add_post, unit_head, team_members,
    visited_unit_head, village_she_head, name_acting_after,
)
from kg.extract.official_lexis import Lexis
from kg.extract.official_lists import (
    COMRADE, after_note, occupation_item, name_list, unread_list_head, names_before_plural_post,
    names_joined_before,
)
from kg.extract.official_mentions import address_mentions, occurrences, mentions
from kg.extract.official_names_before import name_before_post, name_glued_to_title
from kg.extract.official_posts import posts_before, after_name_before, after_other_names
from kg.extract.official_titles import ACCOMPANIED_AFTER, ACCOMPANYING_WERE, _titles, titles_after_name, title_at_end
from kg.pipeline import Doc, component, set_extension
from kg.text import is_han


# a count of the residents a person brings along (几户, 三位, 部分): grammar, as `RAISER_COUNT`
RESIDENTS_COUNT = re.compile(r"(?:[一二两三四五六七八九十几多数\d]+[位名个户]|部分|一些|不少)")
# what may close the residents' words before their act (村民们, 村民代表)
RAISERS_CLOSE = re.compile(r"们?(?:代表)?")


def leads_raisers(text: str, after: int) -> bool:
    """Does a lead word right after a name ending at `after` (or two characters on, as
    `find_officials` reads it) take residents (`issue_raisers.txt`, maybe after a count:
    几户村民, 部分居民) who then raise at once (`issue_words.acts`: 反映, 说)?  The person
    brings the residents to speak (村民小组长甲带着几户村民反映，…): a raiser at the stop,
    no leader of the visiting party; 带着大家来到X (a move, no raising) still leads.
    Source: session 41 (p143: the group head took the reporter's lead official's stops).

    >>> leads_raisers("甲带着几户村民反映，水圳失修", 1), leads_raisers("甲带着大家来到石桥村", 1)
    (True, False)
    """
    for at in (after, after + 2):
        lead = pattern("lead_markers.txt").match(text, at)
        if not lead:
            continue
        pos = lead.end()
        if count := RESIDENTS_COUNT.match(text, pos):
            pos = count.end()
        raisers = pattern("issue_raisers.txt").match(text, pos)
        if raisers and issue_words.acts().match(text, RAISERS_CLOSE.match(text, raisers.end()).end()):
            return True
    return False


# where a clause opens: a short post form may stand first in it (。代表乙说)
CLAUSE_OPENERS = "。，,；;！？!?：:\n"


def short_post_before_name(text: str, m: re.Match, found: dict[str, OfficialInfo]) -> bool:
    """Is the head `m` (post_titles_after_name.txt: 代表), written before a name, the
    short form of a post officials found so far hold (市人大代表甲 … 。代表乙补充说): it
    opens its clause (no 居民 or 村民 before it: 居民代表乙 is a resident) and some
    official's post ends with it after a body (人大代表)?

    >>> found = {"甲": OfficialInfo("甲", ["市人大代表"])}
    >>> t = "市人大代表甲来到X。代表乙补充说，Y。"
    >>> short_post_before_name(t, re.compile("代表").search(t, 7), found), short_post_before_name(t, re.compile("代表").search(t), found)
    (True, False)
    """
    head = m.group(0)
    if m.start() > 0 and text[m.start() - 1] not in CLAUSE_OPENERS:
        return False
    return any(post.endswith(head) and len(post) > len(head) for info in found.values() for post in info.posts)


def find_officials(doc: Doc) -> dict[str, OfficialInfo]:
    """Officials (name -> OfficialInfo) of `doc`, from its text and tokens.

    >>> # 区委副书记、区长王明来到… -> {'王明': OfficialInfo('王明', ['区委副书记', '区长'])}
    """
    lx = Lexis(doc)
    lx.prepare()
    text = lx.text
    found: dict[str, OfficialInfo] = {}
    companions = pattern("companion_markers.txt", "(?:{})$")
    leads = pattern("lead_markers.txt")
    name_ends: list[int] = []  # where each name read after a title ends, sorted
    plural: list[tuple[str, str, int, int]] = []  # (name, post, name start, post end) before 等 + post

    def add(person: str, posts: list[str], first: int, head_text: str, tail: str, after: int) -> None:
        if familiar_form(person):
            return  # 组长老李: a person called by a familiar form, no official's full name (FAULTS45_p165)
        info = found.get(person)
        if info is None:
            info = found[person] = OfficialInfo(person, first=first)
        cut = [after_other_names(post, found) for post in posts]
        for i in range(len(cut) - 1, -1, -1):
            if cut[i] != posts[i]:  # the posts before another official are theirs
                cut = cut[i:]
                break
        posts = [part for post in cut for part in concurrent_posts(post)]
        for post in posts:
            add_post(info.posts, post)
        clause = text[max(0, clause_start(text, first), first - 12):first]
        marker = companions.search(head_text)
        led = marker is not None and marker.group(0) not in ACCOMPANY_VERBS or together_with_named(text, first, found)
        if led and host_leads(text, {**{n: o.posts for n, o in found.items()}, person: info.posts}, first):
            led = False  # 村支书甲带领区长乙: 乙 is the party the stop's cadre shows round, the visitor
        manner = pattern("name_follow_adverbs.txt").match(text, after)  # 苏醒|全程陪同
        if led or ACCOMPANIED_AFTER.match(tail) or ACCOMPANYING_WERE.search(clause) \
                or (manner and ACCOMPANIED_AFTER.match(text, manner.end())):
            info.accompanying = True
        elif joins_lead(text, first, after, others := [i for i, _, n in occurrences(text, found) if n != person]):
            info.accompanying = True
        elif joins_tour(text, first, after, others):
            info.joined = True  # 。副区长乙一同调研。: goes along with the tour told before
        if (leads.match(tail) or leads.match(text, after + 2)) and not leads_raisers(text, after):
            info.leads = True

    for m in lx.titles():
        named = lx.name_after(m.end()) or unread_list_head(lx, m.end())
        if named and named[0] in words("name_tail_words.txt"):
            named = None  # 王明区政协副主席|同志到: the word after a name, not one
        if named and pattern("deputy_group_words.txt").match(text, named[1]):
            named = None  # 市人大代表|崇义|代表小组组长: the constituency naming a group of deputies
        if named and set_of_holders(text, m.start()) and not lx.clean_person_at(m.end()):
            named = None  # 各级人大代表|累计|走访: a class of the post's holders, no one named
        if named:
            name, after = named
            got = posts_before(lx, m.end(), m.start())
            if not got:
                continue
            posts, first = got
            posts, first = after_name_before(text, posts, first, m.start(), name_ends)
            # 区人大代表甲、乙: one post shared by a list of names
            listed = name_list(lx, named)
            names = [n for n, _ in listed]
            after = listed[-1][1]
            insort(name_ends, after)
            after = after_note(text, after)
            comrade = COMRADE.match(text, after)
            after = comrade.end() if comrade else after
            head_text = text[max(0, first - 3):first]
            for person in names:
                add(person, posts, first, head_text, text[after:after + 4], after)
            continue
        occupied = occupation_item(lx, m)
        if occupied:
            person, occupation, start = occupied
            got = posts_before(lx, m.end(), m.start())
            if got and got[0][-1].endswith(words("duty_post_heads.txt")):
                add(person, [*got[0], occupation], got[1], text[max(0, got[1] - 3):got[1]],
                    text[start + len(person):start + len(person) + 4], start + len(person))
                insort(name_ends, start + len(person))
                continue
        before = name_before_post(lx, m)
        glued = name_glued_to_title(lx, m)
        if glued and (before is None or before[0] != glued[0] and before[3] == glued[3]):
            before = glued  # 张勇镇/PER 党委书记: the name glued to the jurisdiction is 张勇
        if before:
            person, posts, first, start = before
            add(person, posts, start, text[max(0, start - 3):start], text[m.end():m.end() + 4], m.end())
            # 甲、乙副区长来到: names joined to it by 、 or a conjunction share the
            # post, unless a post of their own named them already (区委书记甲和乙副区长)
            own = first < start  # 区住建委乙副主任: the organ before the name (organ_before)
            bare = [post[start - first:] for post in posts] if own else posts
            joined, organ = names_joined_before(lx, first if own else start)
            separate = own or any(o for _, _, o in joined)
            if organ and not separate:
                # 区人大常委会甲、乙副主任: the organ before the list is the shared post's
                posts = [organ + post for post in posts]
                add(person, posts, start, text[max(0, start - 3):start], text[m.end():m.end() + 4], m.end())
            for k, (other, other_start, other_organ) in enumerate(joined):
                # 区民政局甲、区住建委乙副主任: each item's own organ, the first's before the list
                item_organ = other_organ or (organ if separate and k == len(joined) - 1 else "")
                item_posts = [item_organ + post for post in bare] if item_organ else bare if separate else posts
                if other not in found:
                    add(other, item_posts, other_start, text[max(0, other_start - 3):other_start],
                        text[m.end():m.end() + 4], m.end())
            continue
        plural += [(*hit, m.end()) for hit in names_before_plural_post(lx, m)]
    # 甲、乙等区领导: a collective post, only for persons no post names otherwise
    for person, post, start, end in plural:
        if person not in found or found[person].posts == [post]:
            add(person, [post], start, text[max(0, start - 3):start], text[end:end + 4], end)
    for m in titles_after_name().finditer(text):
        if _titles().search(text, max(0, m.start() - 4), m.end()):
            continue  # part of a title of its own (人大代表)
        named = name_acting_after(lx, m)
        if named:
            person, start = named
            add(person, [m.group(0)], start, text[max(0, start - 3):start], text[m.end():m.end() + 4], m.end())
    for m in titles_after_name().finditer(text):
        # 。代表乙补充说: the head alone before a name, opening its clause, in a report whose
        # officials hold the whole post (市人大代表甲): that post's short form (FAULTS44_p156)
        if short_post_before_name(text, m, found) and (named := lx.name_after(m.end())) \
                and named[0] not in found:
            person, end = named
            add(person, [m.group(0)], m.end(), text[max(0, m.start() - 3):m.start()], text[end:end + 4], end)
    team_members(lx, found, add)
    mark_listed_companions(text, found)
    for person in [p for p, info in found.items() if info.posts and all(unit_head(post) and not village_she_head(text, post, info.first) or visited_unit_head(text, post, info.first) for post in info.posts)]:
        del found[person]  # 卫生院院长X, 公司董事长X: the visited unit's head, no official
    for person in [p for p in found if act_after_post_only(lx, p, found)]:
        del found[person]  # 党工委书记|入户走访 (a headline): the post's holder is named elsewhere
    return found


set_extension("officials", dict)  # name -> OfficialInfo
set_extension("name_mentions", list)  # (start, end, name) of every mention, sorted


@component("officials", requires=("text", "tokens"), assigns=("officials", "name_mentions"))
def officials_component(doc: Doc) -> None:
    officials = find_officials(doc)
    text = doc.text.text

    def named_at(start: int, end: int) -> bool:
        # a name written in full: after a title or at a clause's start, a person's act after it
        opens = start == 0 or not is_han(text[start - 1]) or title_at_end().search(text, max(0, start - MAX_POST), start)
        return bool(opens) and (act_follows(text, end) or visit_verb_at(text, end))

    def same_person(damaged: str, name: str) -> bool:
        # both read with posts: one of them the same post (副县长, 青山县副县长), else two people (县长 is not 副县长)
        mine, theirs = officials[damaged].posts, officials[name].posts if name in officials else []
        return not (mine and theirs) or any(a == b or same_post_shorter(a, b) or same_post_shorter(b, a)
                                            for a in mine for b in theirs)

    full = resolve_lost_names(doc.text, officials, named_at, same_person)
    officials = merged_officials(officials, full)
    doc.ext.officials = officials
    named = [(s, e, full.get(n, n)) for s, e, n in mentions(text, [*officials, *full])]
    # (and by surname and title: 王书记强调; FAULTS45_p164)
    doc.ext.name_mentions = address_mentions(text, {n: info.posts for n, info in officials.items()}, named)


def merged_officials(officials: dict[str, OfficialInfo], full: dict[str, str]) -> dict[str, OfficialInfo]:
    """`officials` with each damaged name of `full` (kg.extract.lost_names:
    郑某某 -> 郑可欣) merged into its full name, at the place in the order of
    whichever was named first: the posts of both, the earlier first mention,
    accompanying, leading or joined as the first-named one was.

    >>> a, b = OfficialInfo("郑某某", ["副县长"], 3), OfficialInfo("郑可欣", ["县委常委"], 20)
    >>> merged_officials({"郑某某": a, "郑可欣": b}, {"郑某某": "郑可欣"})
    {'郑可欣': OfficialInfo(name='郑可欣', posts=['副县长', '县委常委'], first=3, accompanying=False, leads=False, joined=False)}
    """
    out: dict[str, OfficialInfo] = {}
    for name, info in officials.items():
        key = full.get(name, name)
        known = out.get(key)
        if known is None:
            out[key] = replace(info, name=key, posts=list(info.posts))
            continue
        earlier, later = (info, known) if info.first < known.first else (known, info)
        posts = list(earlier.posts)
        for post in later.posts:
            add_post(posts, post)
        out[key] = replace(earlier, name=key, posts=posts)
    return out
