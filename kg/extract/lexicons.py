"""Regular expressions built once from the lexicon files."""

from __future__ import annotations

import re
from functools import cache

from kg.resources import lexicon, lexicon_table


def alternation(words) -> str:
    """A regex alternation, longest words first so the longest match wins; an
    empty word class matches nothing (not the empty string everywhere)."""
    # ties in file-independent order: the pattern's text is the same in every process (a
    # set's order is not), which kg.regex_cache's shipped patterns are keyed by
    words = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in words) if words else "(?!)"


@cache
def words(name: str) -> tuple[str, ...]:
    """A word-list lexicon; several words may share a line, separated by spaces."""
    return tuple(w for line in lexicon(name) for w in line.split())


def compile_words(ws, template: str = "(?:{})") -> re.Pattern:
    """A pattern of `template` with the alternation of the words `ws` in its `{}`
    (other braces doubled, as in str.format).

    >>> compile_words(["居民", "村民"], "^(?:{})").match("村民代表").group(0)
    '村民'
    """
    return re.compile(template.format(alternation(ws)))


@cache
def pattern(name: str, template: str = "(?:{})") -> re.Pattern:
    """`compile_words` over a word-list lexicon, built once per (file, template)."""
    return compile_words(words(name), template)


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    return lexicon_table(name)


@cache
def kind_words(name: str, *kinds: str) -> tuple[str, ...]:
    """The words of a tab-separated lexicon (word<TAB>kinds, the kinds comma-separated)
    whose row names at least one of `kinds`, in file order.

    >>> "座谈" in kind_words("visit_verbs.tsv", "activity")
    True
    """
    wanted = set(kinds)
    return tuple(row[0] for row in table(name) if len(row) > 1 and wanted & set(row[1].split(",")))


@cache
def raising_acts() -> dict[str, str]:
    """Raising act -> its content shape: the rows of `issue_acts.tsv` (反映 any, 说 say…)
    and each grievance idiom, a verb of pouring out times a grievance noun
    (`issue_grievance_verbs.txt` x `issue_grievance_nouns.txt`: 吐苦水, 倒苦水, 诉委屈), of
    shape any (its content the clause after it), and each verb and object of
    `issue_separable_acts.txt` split by an aspect (诉起苦来, 倒起了苦水).  A row of the
    table wins over a composed pair.  Source: LEFT33 item 4 (吐苦水 raised nothing where
    倒苦水 did); session 45 (诉起苦来).

    >>> acts = raising_acts()
    >>> acts["反映"], acts["吐苦水"], acts["倒苦水"], "苦水" in acts, acts["诉起苦来"], acts["倒起了苦水"]
    ('any', 'any', 'any', False, 'any', 'any')
    """
    pairs = [(v, n) for v in words("issue_grievance_verbs.txt") for n in words("issue_grievance_nouns.txt")]
    composed = {v + n: "any" for v, n in pairs}
    # a verb and its object split by an aspect (诉起苦来, 吐起了苦水): `issue_separable_acts.txt`
    split = [tuple(w.split("|", 1)) for w in words("issue_separable_acts.txt")]
    composed |= {v + aspect + n + end: "any" for v, n in split for aspect, end in SPLIT_ASPECTS}
    return composed | {row[0]: row[1] for row in table("issue_acts.tsv")}


# how a verb and its object are split (离合词): 诉|起|苦|来, 吐|起了|苦水, 倒|起了|苦水|来
SPLIT_ASPECTS = (("起", "来"), ("起了", ""), ("起了", "来"))


@cache
def assignment_titles() -> tuple[str, ...]:
    """The titles of cadres posted to a place: a duty word allowing the title use
    (post_duty_words.tsv: 驻村, 包片, 下派) and a cadre head
    (post_cadre_heads.txt: 干部, 第一书记, 工作队队长), read as one title head
    wherever a title is read (before a name, in a list, after 与).  The head
    alone is a common noun (干部) or a shorter post (第一书记), and the
    assignment word a verb to the analyser, so the grammar would drop it
    (驻|村第一书记).  Read by official_titles._titles and by the
    analyser's windows (kg.analyse.component).  Source: DUTY27 brief (包村干部 gave no official).

    >>> titles = assignment_titles()
    >>> "驻村第一书记" in titles, "包村干部" in titles, "干部" in titles, "联系干部" in titles
    (True, True, False, False)
    """
    return tuple(a + h for a in kind_words("post_duty_words.tsv", "title") for h in words("post_cadre_heads.txt"))


@cache
def organ_cadre_titles() -> tuple[str, ...]:
    """The title of a government organ's cadre: the organ's last character
    (post_organ_cadre_organs.txt: 厅, 局, 部) and 干部, read as one title head wherever
    a title is read (自治区农业农村厅干部A, 县委组织部干部B: one of the department's staff),
    as `assignment_titles` are; alone or after a level or a body (镇村干部, 党员干部) 干部 is a
    common noun.  Read by official_titles._titles, the analyser's windows and
    issue_raisers.is_cadre.  Source: session 45 (p166-10, p162-02: a cadre posted to a
    village named after their first secretary's title and their home department's).

    >>> "局干部" in organ_cadre_titles(), "村干部" in organ_cadre_titles()
    (True, False)
    """
    return tuple(o + "干部" for o in words("post_organ_cadre_organs.txt"))
