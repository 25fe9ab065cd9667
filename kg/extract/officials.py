"""Officials and their posts from title+name patterns.

`区委副书记、区长吕鸣` gives 吕鸣 with posts 区委副书记 and 区长: a post is an
organisation prefix followed by a title head from `post_titles.txt`; the name
follows the last title and ends at a word from `name_stops.txt` or
punctuation; its first character must be a surname.  Later bare mentions of a
known name are found by string search.
"""

from __future__ import annotations

import re
from functools import cache
from dataclasses import dataclass, field

from kg.extract.lexicons import alternation, pattern, surnames, words
from kg.pipeline import Doc, component, set_extension

HAN = re.compile(r"[\u3400-\u9fff]+")
POST_BOUNDARY = set("，。；：、“”‘’\"'()（）《》【】—\n 　…！？,.;:!?0123456789")
MAX_POST = 25
MAX_NAME = 6
CONJUNCTIONS = {"和", "与", "及", "同"}
NEARBY = 20_000  # characters either side


@dataclass
class OfficialInfo:
    name: str
    posts: list[str] = field(default_factory=list)
    first: int = 0  # offset of the first title+name mention
    accompanying: bool = False
    leads: bool = False


def _name_after(text: str, pos: int) -> str | None:
    run = HAN.match(text, pos)
    if not run:
        return None
    run = run.group(0)[: MAX_NAME + 2]
    stops = pattern("name_stops.txt")
    cut = None
    for i in range(2, len(run)):
        if stops.match(run, i):
            cut = i
            break
    if stops.match(run, 0):  # 和居民代表, 关于...: a function word, not a surname
        return None
    ended = len(run) < MAX_NAME + 2  # punctuation or Latin text ended the run
    bounded = cut is not None or (ended and len(run) <= 4)
    run = run[:cut] if cut is not None else run
    single, compound = surnames()
    if run[:2] in compound:
        min_len = 3
    elif run[:1] in single:
        min_len = 2
    else:
        return None
    if len(run) < min_len:
        return None
    if not bounded:
        run = run[: min_len + 1]
    # 区长王明说: a verb character after a two-character name, unless the
    # three-character reading is confirmed elsewhere in the report
    nearby = _nearby(text, pos)
    if len(run) >= min_len + 1 and run[min_len] in words("name_stop_chars.txt") and nearby.count(run[: min_len + 1]) == 1:
        run = run[:min_len]
    return run


def _nearby(text: str, pos: int) -> str:
    """The text around `pos` in which a name's other mentions are counted: the
    whole of any ordinary report, a window of a huge one (counting over all of
    it for every title would be quadratic)."""
    return text[max(0, pos - NEARBY):pos + NEARBY]


def _choose_length(text: str, run: str) -> str:
    """Shorten `run` to the name: the longest prefix every mention of it shares."""
    base = text.count(run[:2])
    best = run[:2]
    for length in range(3, len(run) + 1):
        if text.count(run[:length]) == base:
            best = run[:length]
        else:
            break
    return best


@cache
def _post_breaks() -> re.Pattern:
    words_ = [*words("post_left_stops.txt"), *words("companion_markers.txt"), *words("lead_markers.txt")]
    return re.compile(f"(?:{alternation(words_)})")


def _post_before(text: str, end: int) -> tuple[str, int] | None:
    """The post ending at `end` (exclusive), and where it starts."""
    titles = pattern("post_titles.txt", "(?:{})$")
    start = end
    while start > 0 and end - start < MAX_POST and text[start - 1] not in POST_BOUNDARY:
        start -= 1
    post = text[start:end]
    # 3月30日上午区长王明: the post starts after the date and the last time word
    if start > 0 and text[start - 1].isdigit() and post[:1] in "日时号":
        start, post = start + 1, post[1:]
    times = list(pattern("post_time_words.txt").finditer(post))
    if times and titles.search(post[times[-1].end():]):
        start += times[-1].end()
        post = post[times[-1].end():]
    # the post starts after the last word that cannot be inside one
    # (携社区办主任 -> 社区办主任; 区委书记陈立带领区委常委 -> 区委常委)
    # (but 住房和城乡建设部: a conjunction splits only where a post stands before it)
    any_title = pattern("post_titles.txt")
    cuts = [
        m.end()
        for m in _post_breaks().finditer(post)
        if titles.search(post[m.end():]) and (m.group(0) not in CONJUNCTIONS or any_title.search(post[: m.start()]))
    ]
    if cuts:
        post, start = post[cuts[-1]:], start + cuts[-1]
    if not titles.search(post):
        return None
    return post, start


def find_officials(text: str) -> dict[str, OfficialInfo]:
    found: dict[str, OfficialInfo] = {}
    titles = pattern("post_titles.txt")
    companions = pattern("companion_markers.txt", "(?:{})$")
    leads = pattern("lead_markers.txt")
    for m in titles.finditer(text):
        run = _name_after(text, m.end())
        if not run:
            continue
        name = _choose_length(_nearby(text, m.end()), run)
        # the posts: this one, and any before it joined by 、
        posts = []
        cursor = m.end()
        first_post_start = None
        while True:
            got = _post_before(text, cursor)
            if not got:
                break
            post, start = got
            posts.insert(0, post)
            first_post_start = start
            if start > 0 and text[start - 1] == "、":
                prev = _post_before(text, start - 1)
                if prev and not _ends_with_name(text, start - 1):
                    cursor = start - 1
                    continue
            break
        if not posts:
            continue
        names = [name]
        after = m.end() + len(name)
        # 市领导陈寅、诸葛宇杰: one post shared by a list of names
        while after < len(text) and text[after] == "、":
            nxt = _name_after(text, after + 1)
            if not nxt or titles.search(nxt) or len(nxt) > 4:
                break
            nxt = _choose_length(_nearby(text, after), nxt)
            names.append(nxt)
            after = after + 1 + len(nxt)
        head = text[max(0, first_post_start - 3):first_post_start]
        tail = text[after:after + 4]
        for person in names:
            info = found.get(person)
            if info is None:
                info = found[person] = OfficialInfo(person, first=first_post_start)
            for post in posts:
                if post not in info.posts:
                    info.posts.append(post)
            if companions.search(head) or tail.startswith("陪同"):
                info.accompanying = True
            if leads.match(tail) or leads.match(text, after + 2):
                info.leads = True
    _mark_listed_companions(text, found)
    return found


def _mark_listed_companions(text: str, found: dict[str, OfficialInfo]) -> None:
    """`副区长林峰，区住建委主任孙涛等陪同`: everyone listed before 陪同 accompanies."""
    if not found:
        return
    people = {*found, *(p for o in found.values() for p in o.posts)}
    for m in re.finditer(r"等?陪同", text):
        clause_start = max(text.rfind(c, 0, m.start()) for c in "。；\n")
        names = []
        cursor = m.start()
        # walk back over `post name，post name` to the start of the list
        tokens = occurrences(text, people, clause_start + 1, m.start())
        for start, end, token in reversed(tokens):
            if text[end:cursor].strip("，、和及 ") != "":
                break
            if token in found:
                names.append(token)
            cursor = start
        for name in names:
            found[name].accompanying = True
    # `区委书记A带领区委常委B、副区长C来到`: everyone listed after 带领/携 accompanies
    for m in pattern("companion_markers.txt").finditer(text):
        clause_end = min((i for i in (text.find(c, m.end()) for c in "。；，\n") if i >= 0), default=len(text))
        cursor = m.end()
        for start, end, token in occurrences(text, people, m.end(), clause_end):
            if text[cursor:start].strip("，、和及 ") != "":
                break
            if token in found:
                found[token].accompanying = True
            cursor = end


def _ends_with_name(text: str, end: int) -> bool:
    """Does a title+name end at `end`?  (then a 、 before a post starts a new person)"""
    titles = pattern("post_titles.txt", "(?:{})$")
    for length in range(2, MAX_NAME + 1):
        if end - length < 0:
            break
        if titles.search(text, max(0, end - length - MAX_POST), end - length) and _name_after(text, end - length):
            return True
    return False


def occurrences(text: str, words, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every occurrence of the words in text[start:end], longest first where they
    overlap.  str.find per word: a report names a handful of people, and a
    regex alternation compiled per report costs more than the search."""
    end = len(text) if end is None else end
    found = []
    for word in sorted(set(words), key=len, reverse=True):
        i = text.find(word, start, end)
        while i >= 0:
            found.append((i, i + len(word), word))
            i = text.find(word, i + len(word), end)
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    kept, last_end = [], -1
    for hit in found:
        if hit[0] >= last_end:
            kept.append(hit)
            last_end = hit[1]
    return kept


def mentions(text: str, names) -> list[tuple[int, int, str]]:
    """Every occurrence of a known name, longest names first, no overlaps."""
    return occurrences(text, names)


set_extension("officials", dict)  # name -> OfficialInfo
set_extension("name_mentions", list)  # (start, end, name) of every mention, sorted


@component("officials", requires=("text",), assigns=("officials", "name_mentions"))
def officials_component(doc: Doc) -> None:
    text = doc.text.text
    officials = find_officials(text)
    doc.ext.officials = officials
    doc.ext.name_mentions = mentions(text, officials)
