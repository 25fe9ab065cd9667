"""Map an issue's wording onto the SKOS scheme in ontology/issues.ttl.

Each concept's zh skos:prefLabel and skos:hiddenLabel values are keywords; the
longest keyword found in the wording picks the concept, so 加装外挂电梯 is
ElevatorRetrofit (电梯) rather than Housing, and 老年助餐 is SeniorMeals (its
prefLabel) rather than ElderlyCare (老年).  Nothing found: issue:Other, under
the scheme's top.
"""

from __future__ import annotations

from functools import cache

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
    for word, concept in keywords():
        if word in label:
            return concept
    return FALLBACK
