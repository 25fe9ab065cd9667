"""Map an issue's wording onto the SKOS scheme in ontology/issues.ttl.

A concept's terms are its zh labels, one kind of match per SKOS property
(session 31: the genre writes one thing several ways, and a keyword matched
as one substring missed 电动自行车 and 电瓶车 for 电动车):

- skos:prefLabel and skos:hiddenLabel: a KEYWORD, found anywhere in the
  wording (加装外挂电梯 holds 电梯) but not straddling two words of the
  analyser's cut (straddles); a hiddenLabel whose parts are joined by GAP
  (电动…车) is a SPLIT keyword: its parts in order, at most MAX_GAP letters
  between two parts (电动自行车, 电动三轮车, not 电动门), the whole again not
  straddling;
- skos:altLabel: a WORD, another name of the concept's thing that is found
  only as whole words of the analyser's cut or as the end of a word, where a
  compound has its head (树 in 小区里的树长得太高 and in 大树, not in 树立典型:
  headed), so a short or common name does not fire inside another word.

The longest term found picks the concept (a split keyword counts its parts'
letters), narrower concepts winning ties, so 加装外挂电梯 is ElevatorRetrofit
(电梯) rather than Housing, and 老年助餐 is SeniorMeals (its prefLabel) rather
than ElderlyCare (老年).  Nothing found: issue:Other, under the scheme's top.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kg import ontology
from kg.text import HAN

FALLBACK = "Other"
GAP = "…"  # joins the parts of a split keyword in a hiddenLabel (电动…车)
# letters a split keyword's parts may have between them: the words of a compound's middle
# (电动|自行|车, 电动|三轮|车), not a clause (电动门坏了车进不来)
MAX_GAP = 2
LETTERS = re.compile(f"[{HAN}]*")  # what a gap may hold: Han letters only, no mark or digit


@dataclass(frozen=True)
class Term:
    """One term of a concept: `parts` (one for a keyword or word, several for a
    split keyword), `concept` (the local name), `whole` (a word: matched as
    whole words or a word's end only, headed)."""

    parts: tuple[str, ...]
    concept: str
    whole: bool = False

    @property
    def size(self) -> int:
        return sum(map(len, self.parts))


@cache
def terms() -> tuple[Term, ...]:
    """Every concept's terms, longest first (narrower concepts first on a tie),
    each once.  Raises nothing for a well-formed scheme file."""
    from rdflib.namespace import SKOS

    g = ontology.graph(ontology.ISSUE_SCHEME)
    found = []
    for prop, whole in ((SKOS.prefLabel, False), (SKOS.hiddenLabel, False), (SKOS.altLabel, True)):
        for concept, word in g.subject_objects(prop):
            if getattr(word, "language", None) != "zh":
                continue
            local = str(concept).rsplit("#", 1)[-1]
            depth = 1 if (concept, SKOS.broader, None) in g else 0  # narrower concepts win ties over top concepts
            parts = tuple(p for p in str(word).split(GAP) if p) if not whole else (str(word),)
            for each in expand_classes(parts):
                found.append((Term(each, local, whole), depth))
    found.sort(key=lambda t: (-t[0].size, -t[1], t[0].whole, len(t[0].parts), t[0].concept, t[0].parts))
    return tuple(dict.fromkeys(t for t, _ in found))


# a part of a split keyword naming a keyword class of `issue_keyword_classes.tsv` ({儿童})
CLASS_PART = re.compile(r"\{([^{}]+)\}")


def expand_classes(parts: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The split keywords a hiddenLabel's `parts` stand for: a part written `{name}`
    is each word of the keyword class `name` (`kg/lexicons/issue_keyword_classes.tsv`,
    name<TAB>words), the others as written.  So one label says a shape of wording
    (a child, nobody, a care verb: `{儿童}…{无人}…{看护}` finds 孩子没人带 and
    放学后孩子无人照看) where a list of phrases would name examples.  An unknown class
    raises KeyError.  Source: session 57, newc57.

    >>> ("孩子", "没人", "带") in expand_classes(("{儿童}", "{无人}", "{看护}"))
    True
    >>> expand_classes(("电动", "车"))
    [('电动', '车')]
    """
    from itertools import product

    from kg.extract.lexicons import table

    classes = {row[0]: row[1].split() for row in table("issue_keyword_classes.tsv") if len(row) > 1}
    choices = [classes[m.group(1)] if (m := CLASS_PART.fullmatch(p)) else [p] for p in parts]
    return [tuple(each) for each in product(*choices)]


def keywords() -> tuple[tuple[str, str], ...]:
    """(keyword, concept) of the plain keywords and words, as terms() orders them
    (the split keywords are written with GAP)."""
    return tuple((GAP.join(t.parts), t.concept) for t in terms())


def categorise(label: str) -> str:
    """The local name of the scheme concept for the issue wording `label`:
    the concept of the first term (terms(): longest first) found in it (see
    the module: keyword, split keyword, word); FALLBACK when none is.  A
    keyword inside one word (电梯 in a word 加装电梯) or starting or ending on
    a word boundary (蜘蛛网 of 蜘蛛|网线) is found; one starting inside a word
    and ending inside the next (水管 in 热水|管道) reads the ends of two other
    words and is not.

    >>> categorise("加装电梯"), categorise("热水管道破裂"), categorise("自来水管老化")
    ('ElevatorRetrofit', 'Other', 'PublicFacilities')
    >>> categorise("电动自行车充电难"), categorise("电瓶车没处停"), categorise("电动门坏了")
    ('EVCharging', 'EVCharging', 'Other')
    """
    return _categorise(label)


@lru_cache(maxsize=4096)
def _categorise(label: str) -> str:
    cuts: list[frozenset[int]] = []  # the analyser's cut, made once, when a term first needs it

    def cut() -> frozenset[int]:
        if not cuts:
            cuts.append(word_cuts(label))
        return cuts[0]

    # only the terms whose first part is in the label can be found (spans finds none of the
    # others): those whose first part opens with a character of the label, in terms' order
    # (`_terms_by_first`), and of those the ones whose first part the label holds
    for term in _candidate_terms(label):
        for start, end in spans(label, term.parts):
            if term.whole:
                if headed(start, end, cut()):
                    return term.concept
                continue
            if start == 0 or end == len(label) or end - start < 2:
                # a keyword on an edge of the label (a cut of any reading), or of one character
                # (no inside), straddles no cut: the analyser is not asked
                return term.concept
            if not straddles(start, end, cut()):
                return term.concept
    return FALLBACK


def _candidate_terms(label: str) -> list[Term]:
    """The terms whose first part `label` holds, in `terms()`'s order: the same as
    `[t for t in terms() if t.parts[0] in label]`.

    >>> [t.parts for t in _candidate_terms("停车难")] == [t.parts for t in terms() if t.parts[0] in "停车难"]
    True
    """
    every, by_first = terms(), _terms_by_first()
    ranks = sorted({rank for char in {*label, ""} for rank in by_first.get(char, ())})
    return [every[rank] for rank in ranks if every[rank].parts[0] in label]


# (a scan of all ~500 terms with an `in` test each was ~2 % of a synthetic report's
# extraction; a label of ~10 characters meets a few dozen terms by their first character.
# Session 57, speed57)
@cache
def _terms_by_first() -> dict[str, tuple[int, ...]]:
    """First character of a term's first part -> the ranks of those terms in `terms()`
    (a first part that is empty, which no scheme file writes, under "": every label holds it)."""
    out: dict[str, list[int]] = {}
    for rank, term in enumerate(terms()):
        out.setdefault(term.parts[0][:1], []).append(rank)
    return {char: tuple(ranks) for char, ranks in out.items()}


def spans(label: str, parts: tuple[str, ...]):
    """The (start, end) offsets in `label` where `parts` are found in order,
    each after the one before with at most MAX_GAP Han letters between them
    (one part: each place it is found).  Raises nothing.

    >>> list(spans("电动自行车", ("电动", "车"))), list(spans("电动门外停车", ("电动", "车")))
    ([(0, 5)], [])
    >>> list(spans("电动车，电动汽车", ("电动", "车")))
    [(0, 3), (4, 8)]
    """
    first, rest = parts[0], parts[1:]
    start = label.find(first)
    while start >= 0:
        end = _rest_end(label, start + len(first), rest)
        if end is not None:
            yield start, end
        start = label.find(first, start + 1)


def _rest_end(label: str, at: int, rest: tuple[str, ...]) -> int | None:
    """Where `rest` (the parts after the first) ends when found from `at` on
    within the gaps spans allows; None when it is not."""
    if not rest:
        return at
    part = rest[0]
    for gap in range(MAX_GAP + 1):
        if label.startswith(part, at + gap) and LETTERS.fullmatch(label, at, at + gap):
            end = _rest_end(label, at + gap + len(part), rest[1:])
            if end is not None:
                return end
    return None


def headed(start: int, end: int, cuts: frozenset[int]) -> bool:
    """Is the span start..end whole words of `cuts` (word_cuts), or the end of
    one word?  A Chinese compound ends in its head (老房子, 流浪狗, 行道树: a
    house, a dog, a tree), so a word's name read at a word's end still names
    the thing; at a word's start it is another word's first letters (树立,
    狗尾巴草).

    >>> cuts = frozenset({0, 1, 3, 5})  # 老|房子|漏风 ; then 老房子 read as one word
    >>> headed(1, 3, cuts), headed(1, 3, frozenset({0, 3, 5})), headed(0, 1, frozenset({0, 2}))
    (True, True, False)
    """
    return end in cuts and (start in cuts or not any(start < cut < end for cut in cuts))


# the analyser's tags of a named entity (a person, a place, an organisation): its recogniser
# glues letters across words in an issue's wording (增设|普惠托|育点 read 普惠托 as an ORG)
ENTITY_TAGS = frozenset({"PER", "LOC", "ORG"})


def word_cuts(label: str) -> frozenset[int]:
    """The offsets in `label` where a word of the analyser's cut starts or
    ends, the label's two ends included; not the edges of a named entity's token
    (`ENTITY_TAGS`): an issue's wording names few persons or bodies, and the entity
    recogniser's token is the cut least to trust there (增设|普惠托|育点: an ORG glued
    over 普惠托育, so 托育 straddled it and the label fell in Other), so a keyword
    across its edge is matched over the characters.  Source: session 57, newc57.

    >>> sorted(word_cuts("楼道灯坏了")) == sorted({0, len("楼道灯坏了")} | word_cuts("楼道灯坏了"))
    True
    """
    from kg.analyse import tag_text

    tagged = tag_text(label)
    offsets, at = {0}, 0
    entity_edges = set()
    for word, tag in tagged:
        if tag in ENTITY_TAGS:
            entity_edges |= {at, at + len(word)}
        at += len(word)
        offsets.add(at)
    return frozenset((offsets - entity_edges) | {0, at})


def straddles(start: int, end: int, cuts: frozenset[int]) -> bool:
    """Does the span start..end cross a word boundary of `cuts` (word_cuts)
    while starting inside a word and ending inside another, so that it holds
    only the tail of one word and the head of the next?  A span starting or
    ending on a boundary reads a word whole (蜘蛛网 of 蜘蛛|网线: the analyser
    cut the compound otherwise) and is no straddle.

    >>> cuts = frozenset({0, 2, 4, 6})  # 雨水|管道|堵塞
    >>> straddles(1, 3, cuts), straddles(0, 3, cuts), straddles(0, 4, cuts), straddles(2, 3, cuts)
    (True, False, False, False)
    """
    return start not in cuts and end not in cuts and any(start < cut < end for cut in cuts)
