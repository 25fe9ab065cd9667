"""Map an issue's wording onto the SKOS scheme in ontology/issues.ttl.

Each concept's zh skos:prefLabel and skos:hiddenLabel values are keywords; the
longest keyword found in the wording picks the concept, so 加装外挂电梯 is
ElevatorRetrofit (电梯) rather than Housing, and 老年助餐 is SeniorMeals (its
prefLabel) rather than ElderlyCare (老年).  Nothing found: issue:Other, under
the scheme's top.
"""

from __future__ import annotations

from functools import cache, lru_cache

from kg import ontology

FALLBACK = "Other"


@cache
def keywords() -> tuple[tuple[str, str], ...]:
    from rdflib.namespace import SKOS

    g = ontology.graph(ontology.ISSUE_SCHEME)
    pairs = []
    labelled = [*g.subject_objects(SKOS.hiddenLabel)]
    labelled += [(c, w) for c, w in g.subject_objects(SKOS.prefLabel) if getattr(w, "language", None) == "zh"]
    for concept, word in labelled:
        local = str(concept).rsplit("#", 1)[-1]
        # narrower concepts win ties over top concepts
        depth = 1 if (concept, SKOS.broader, None) in g else 0
        pairs.append((str(word), local, depth))
    pairs.sort(key=lambda p: (-len(p[0]), -p[2], p[1], p[0]))
    return tuple(dict.fromkeys((w, c) for w, c, _ in pairs))


def categorise(label: str) -> str:
    """The local name of the scheme concept for the issue wording `label`:
    the concept of the longest keyword (keywords()) found in it as written,
    but not straddling two words of the analyser's cut (kg.analyse); FALLBACK
    when none is.  A keyword inside one word (电梯 in a word 加装电梯) or
    starting or ending on a word boundary (蜘蛛网 of 蜘蛛|网线) is found; one
    starting inside a word and ending inside the next (水管 in 热水|管道)
    reads the ends of two other words.

    >>> categorise("加装电梯"), categorise("热水管道破裂"), categorise("自来水管老化")
    ('ElevatorRetrofit', 'Other', 'PublicFacilities')
    """
    return _categorise(label)


@lru_cache(maxsize=4096)
def _categorise(label: str) -> str:
    cuts: frozenset[int] | None = None
    for word, concept in keywords():
        start = label.find(word)
        while start >= 0:
            end = start + len(word)
            if start == 0 or end == len(label) or end - start < 2:
                # a keyword on an edge of the label (a cut of any reading), or of one character
                # (no inside), straddles no cut: the analyser is not asked
                return concept
            if cuts is None:  # the label is cut once, when a keyword first needs it
                cuts = word_cuts(label)
            if not straddles(start, end, cuts):
                return concept
            start = label.find(word, start + 1)
    return FALLBACK


def word_cuts(label: str) -> frozenset[int]:
    """The offsets in `label` where a word of the analyser's cut starts or
    ends, the label's two ends included."""
    from kg.analyse import get_analyser

    (tagged,) = get_analyser().tag([label])
    offsets, at = {0}, 0
    for word, _ in tagged:
        at += len(word)
        offsets.add(at)
    return frozenset(offsets)


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
