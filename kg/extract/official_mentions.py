"""Mentions of known names: every occurrence of the officials' names in the
report (`occurrences`, `mentions`), and a post written right after a name.

Reads the text and the names found; gives (start, end, name) triples to the
officials orchestrator and official_companions.
"""

from __future__ import annotations

import re

from kg.extract.guides import MAX_POST
from kg.extract.lexicons import words
from kg.extract.official_lists import COMRADE
from kg.extract.official_posts import RANK, bare_jurisdiction
from kg.extract.official_titles import _titles, titles_after_name
from kg.extract.post_jurisdiction import after_introducing_verb
from kg.text import is_han


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
    """Every occurrence of a known name, longest names first, no overlaps;
    a title written right after the name is part of the mention
    (`王明乡长和李红副乡长来到`: (0, 4, '王明'), (5, 10, '李红')), so what
    follows the mention follows the person's whole noun phrase: the
    conjunction joining two such pairs, a party word (王明乡长一行).

    >>> mentions("王明乡长和李红副乡长来到", ["王明", "李红"])
    [(0, 4, '王明'), (5, 10, '李红')]
    >>> mentions("王明同志，李红同志来到", ["王明", "李红"])
    [(0, 4, '王明'), (5, 9, '李红')]
    >>> mentions("李红二级巡视员一行来到", ["李红"])
    [(0, 7, '李红')]
    >>> mentions("由周正街道党工委副书记带领，", ["周正"])
    [(1, 11, '周正')]
    """
    found = []
    for start, end, name in occurrences(text, names):
        # a civil-service rank before the title (李红二级巡视员一行) is part of the noun phrase
        rank = RANK.match(text, end)
        at = rank.end() if rank else end
        title = _titles().match(text, at) or titles_after_name().match(text, at) or _post_after_name(text, at)
        end = title.end() if title else end
        comrade = COMRADE.match(text, end)  # 王明同志，李红同志来到: the term of address too
        found.append((start, comrade.end() if comrade else end, name))
    return found


def _post_after_name(text: str, pos: int) -> re.Match | None:
    """The post written right after a name at `pos` with a bare jurisdiction
    and organ before its title (周正|街道党工委副书记|带领, 高山|县委书记|一行:
    `bare_jurisdiction`), as a match ending at the title's end; None when
    another name, a place or a break stands before the title, or a verb whose
    object is an official opens the stretch (冯某|带领政协委员: the post is the
    people led, session 42).

    >>> _post_after_name("周正街道党工委副书记带领", 2).group(0), _post_after_name("冯某带领政协委员吕某", 2)
    ('副书记', None)
    """
    title = _titles().search(text, pos, pos + MAX_POST)
    if title is None or title.start() == pos or not all(is_han(c) for c in text[pos:title.start()]) \
            or not bare_jurisdiction(text[pos:title.start()]) or after_introducing_verb(text, pos, title.start()) != pos:
        return None
    return title


# what a title drops when it is used to address its holder (王副书记 is 王书记 too)
TITLE_RANK = re.compile(r"^(?:副|常务|第一)")


def address_mentions(text: str, posts: dict[str, list[str]], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` (the name mentions) with the officials named by surname and title
    (`王书记一边听一边记。他指出，…`, `沈书记强调`, `夏主席说`): a surname and the title
    ending one of the official's posts (`_titles`: 书记, 主任, 县长; with or without its
    rank, 副书记 → 书记) is that official when no other official of the report has the same
    surname and title; not where a name mention already stands.  `posts`: name -> posts.
    Source: FAULTS45_p164 (王书记…他指出 read the official's remark as the residents').

    >>> address_mentions("王书记一边听一边记。", {"王兆川": ["区委书记"]}, [])
    [(0, 3, '王兆川')]
    >>> address_mentions("王书记说", {"王明": ["区委书记"], "王红": ["镇党委书记"]}, [])
    []
    """
    keys: dict[str, set[str]] = {}
    for name, held in posts.items():
        if not 2 <= len(name) <= 3 or not all(is_han(c) for c in name) or "某" in name:
            continue
        for post in held:
            for title in _titles().finditer(post):
                for word in {title.group(0), TITLE_RANK.sub("", title.group(0))}:
                    if len(word) >= 2:
                        keys.setdefault(name[0] + word, set()).add(name)
    taken = [(a, b) for a, b, _ in found]
    out = list(found)
    for key, names in keys.items():
        if len(names) != 1:
            continue
        name = next(iter(names))
        i = text.find(key)
        while i >= 0:
            if not any(a < i + len(key) and i < b for a, b in taken) and not text.startswith(name, i):
                out.append((i, i + len(key), name))
            i = text.find(key, i + len(key))
    return sorted(out)

