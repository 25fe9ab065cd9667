"""The officials grammar's words: the title pattern (post_titles.txt with its
prefixes, morphemes and suffixes), the capacity frames (post_capacity.txt),
the conjunctions joining officials, the accompanying frames and the tag sets
the name readers share.

Reads the lexicons only; gives patterns and constants to every other
official_* module (it imports none of them).

>>> bool(_titles().match("副区长"))
True
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.lexicons import alternation, assignment_titles, compile_words, kind_words, organ_cadre_titles, pattern, words
from kg.resources import lexicon
from kg.text import HAN


POST_BOUNDARY = set("，。；：、“”‘’\"'()（）《》【】—\n 　…！？,.;:!?0123456789")
# transcribed names with a separator dot (阿不都热依木·吐尔逊) run longer still
MAX_DOTTED_NAME = 16
# tags of words that can be part of a post before its head (LAC's tag set):
# organisations, places, nouns, numerals (第一书记, 二级巡视员), verbal nouns
# (执法大队), adjectives as nouns, abbreviations, directions, other proper nouns
POST_TAGS = frozenset({"ORG", "LOC", "n", "nz", "vn", "an", "m", "q", "j", "f", "s"})
# conjunctions joining officials (official_conjunctions.tsv: 和, 与, 及, 同), and those that join
# officials listed each with their title (not 同)
CONJUNCTIONS = frozenset(kind_words("official_conjunctions.tsv", "join"))
LIST_CONJUNCTIONS = frozenset(kind_words("official_conjunctions.tsv", "list"))
# one character tagged so between nominal words is an abbreviation (社区办, 区建管委),
# never a preposition or particle (居民代表|向|社区主任)
ABBREVIATION_TAGS = frozenset({"n", "v", "vn", "a", "nz", "j"})
# a one-character PER word followed by a word of these tags can be surname + given name
GIVEN_NAME_TAGS = frozenset({"PER", "n", "nz", "LOC", "a", "an", "ORG", "TIME"})
# tags of the word after a name: its verb, an adverb, preposition, conjunction, particle or punctuation
NAME_END_TAGS = frozenset({"v", "vd", "d", "p", "c", "u", "w", "xc"})
# tags of a word after a title that is no name: adverbs, particles, pronouns, numerals…
PLACE_LIKE_TAGS = frozenset({"LOC", "ORG", "TIME", "m", "q", "w", "f", "s"})
NOT_NAME_TAGS = frozenset({"d", "u", "r", "m", "q", "w", "f", "xc", "TIME", "ad"})
# tags of the word after a name read as one person that make it the act's adverbial (耐心/ad, 一一/d)
ADVERBIAL_TAGS = frozenset({"d", "ad"})
# tags of one word that repeated at a clause start is no name (冒雪, 回访, 专程)
ONE_WORD_NOT_NAME_TAGS = frozenset({"v", "vd", "vn", "a", "ad", "d"})
# `X陪同` / `在X的陪同下`: X accompanies
ACCOMPANIED_AFTER = compile_words(words("accompany_verbs.txt"), "的?(?:{})")  # 王明陪同, 王明的陪同, 王明陪着
# 王明在李红的陪同下: the frame after the name of the official accompanied
ACCOMPANIED_FRAME = re.compile(r"在[^，。；！？,;\n]{2,30}?陪同下")
# `陪同调研的(还)有X`, `陪同人员有X` (session 55): the people listed after it accompany
ACCOMPANYING_LIST = re.compile(r"(?:陪同|随同)(?:[^，。；]{0,6}的|人员)(?:还)?有[：:]?")
ACCOMPANYING_WERE = re.compile(ACCOMPANYING_LIST.pattern + "$")  # the same words ending a clause
# tags of a surname the tagger did not read as a person
SURNAME_LIKE_TAGS = frozenset({"PER", "n", "nz", "a", "LOC", "ORG"})
# the commas that may close a name right after a title: a list's next item or the clause's next part
LIST_OR_CLAUSE_COMMAS = ("、", "，", ",")
LOOKAHEAD = 8  # characters analysed after a position when the window ran out


@cache
def _titles() -> re.Pattern:
    """Title head, optionally after a title prefix (常务副区长:
    post_title_prefixes.txt) and followed by a post suffix (副区长候选人)."""
    prefixes, heads = words("post_title_prefixes.txt"), (*words("post_titles.txt"), *assignment_titles(), *organ_cadre_titles())
    # the lookahead keeps the search fast: an optional group first makes re try
    # every alternative at every character (15 times slower on a report)
    first = "".join(sorted({w[0] for w in (*prefixes, *heads)}))
    # a Han character and a title morpheme (教官): a head no list names, unless
    # the two are a compound surname (surnames.txt: 上官军军 is a name)
    morphemes = "".join(words("post_title_morphemes.txt"))
    surnames = [w for w in words("surnames.txt") if len(w) == 2 and w[1] in morphemes]
    not_surname = f"(?!{alternation(surnames)})" if surnames else ""
    coined = f"|{not_surname}[{HAN}][{morphemes}]" if morphemes else ""
    start = f"[{first}]|.[{morphemes}]" if morphemes else f"[{first}]"
    return re.compile(f"(?={start})(?:{alternation(prefixes)})?"
                      f"(?:{_heads_at_boundary(heads)}{coined})(?:{alternation(words('post_title_suffixes.txt'))})?")


def _heads_at_boundary(heads) -> str:
    """The alternation of title `heads` (longest first), each refused where its
    last characters open a longer head that goes on in the text: 支书 is no
    title in 党总支书记 (总支|书记: the unit's word, then 书记), so `支书(?!记)`.
    A head found that way would start the title inside the unit's word and cut
    the longer head (post_titles.txt: 支书, 书记).

    >>> _heads_at_boundary(["书记", "支书"])
    '书记|支书(?!记)'
    >>> _heads_at_boundary(["总工程师", "师长"])  # the rest after the shared characters (师|长)
    '总工程师(?!长)|师长'
    """
    out = []
    for head in sorted(set(heads), key=lambda w: (-len(w), w)):
        rests = sorted({other[k:] for k in range(1, len(head)) for other in heads
                        if len(other) > k and other.startswith(head[len(head) - k:])})
        out.append(re.escape(head) + (f"(?!{alternation(rests)})" if rests else ""))
    return "|".join(out) if out else "(?!)"


@cache
def titles_after_name() -> re.Pattern:
    """Heads that are a post only after a name (post_titles_after_name.txt: 代表)."""
    return pattern("post_titles_after_name.txt")


@cache
def title_at_end() -> re.Pattern:
    return re.compile(f"(?:{_titles().pattern})$")


@cache
def capacity_frames() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(word before the post, words after it) from post_capacity.txt."""
    frames = []
    for before, after in (line.split(None, 1) for line in lexicon("post_capacity.txt")):
        frames.append((before, tuple(after.split())))
    return tuple(frames)


@cache
def _capacity_words() -> re.Pattern:
    """The words that close a capacity frame after its post (身份, 的身份:
    post_capacity.txt)."""
    return compile_words([a for _, afters in capacity_frames() for a in afters], "{}")


def capacity_word_at(text: str, pos: int) -> bool:
    """Does a capacity frame's closing word (身份) start at `pos`?  After a
    title it is the frame's (王明以市人大代表|身份|来到), never a name."""
    return _capacity_words().match(text, pos) is not None


@cache
def post_breaks() -> re.Pattern:
    # a post read without the analyser (longer than its window) starts after a
    # companion or lead marker, or after a conjunction that follows a post
    words_ = [*CONJUNCTIONS, *words("companion_markers.txt"), *words("lead_markers.txt")]
    return compile_words(words_)


# tags of the word after a misread surname that can be its given name (尤/d 立成/v)
GIVEN_NAME_WORD_TAGS = frozenset({"v", "n", "nz", "a", "an", "PER"})


# tags of a one-character word that cannot end a name before its verb: particles
# (等), conjunctions, prepositions, pronouns, adverbs (亦), numerals, times
NOT_GIVEN_NAME_TAGS = frozenset({"u", "c", "p", "r", "d", "w", "xc", "m", "q", "TIME", "f"})


# a conjunction joining the last name of a list that shares one title (副主任甲和乙一行)
LAST_ITEM_JOINS = "和与及"


# the analyser's verbs that may be a name opening a clause before a title (付出/v 副区长一行来到,
# 苏醒/v 镇长带队, 游泳/vn 局长): the word is the whole name, opens with a surname, is no
# post modifier (分管/v) and no verb taking a person then the person's act (name_pivot_verbs.txt)
VERB_NAME_TAGS = frozenset({"v", "vn", "vd"})
ADVERB_NAME_TAGS = frozenset({"d", "ad"})  # (齐备/d: a name the tagger read as an adverb)
