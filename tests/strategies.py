"""Hypothesis strategies for reports of the genre, built from kg/synthetic.py's
building blocks (the project's lexicons and issue scheme), with random damage.

`damaged_reports()` draws a `Sample`: the text, the plan it was rendered from
and which kinds of damage were applied, so a property can ask more of a report
that only lost its script or punctuation than of one sprinkled with noise.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from hypothesis import strategies as st

from kg import synthetic as syn

names = st.builds(
    lambda surname, given: surname + given,
    st.sampled_from(syn.surnames()),
    st.text(alphabet=syn.GIVEN_NAME_CHARS, min_size=1, max_size=2),
)
officials = st.builds(
    syn.Official,
    name=names,
    # one post, or a party post and the government post of the same level
    posts=st.one_of(st.sampled_from(syn.posts()).map(lambda p: (p,)), st.sampled_from(syn.post_pairs())),
)


@st.composite
def place_chains(draw) -> tuple[str, ...]:
    """Subdistrict, community, then maybe an estate or a named site (syn.place_chain)."""
    stems = draw(st.lists(st.sampled_from(syn.PLACE_STEMS), min_size=3, max_size=3, unique=True))
    tail = draw(st.sampled_from(("", "estate", "site")))
    site = draw(st.sampled_from(syn.place_suffixes("site") if tail == "estate" else syn.site_names()))
    suffixes = (draw(st.sampled_from(syn.place_suffixes("subdistrict"))),
                draw(st.sampled_from(syn.place_suffixes("community"))), site)
    return syn.place_chain(stems, suffixes, tail, start=draw(st.sampled_from((0, 1))))


visits = st.builds(
    syn.Visit,
    official=officials,
    verb=st.sampled_from(syn.move_verbs()),
    places=place_chains(),
    issues=st.lists(st.sampled_from(syn.issue_labels()), min_size=1, max_size=3, unique=True).map(tuple),
    style=st.integers(0, len(syn.VISIT_TEMPLATES) - 1),
)


def _one_visit_per_name(drawn) -> tuple[syn.Visit, ...]:
    """One visit per official; no two officials whose names start with the same
    two characters; no place-name stem in two visits.  The last two rules are
    known limits of the code, not of the genre: with 欧阳丽 and 欧阳云 (or 樊文
    and 樊文斌) in one report the parser gives back only the shared 欧阳 (樊文);
    with 新华居委胜利小区 and 青云街道胜利居委会 in one report the two 胜利 are
    linked into one place with two parents (SHACL: gov:partOf maxCount 1).
    Drop them once those are fixed; the plain generator (random_plan, used by
    test_recovery_meets_the_stated_floors) does not apply them."""
    # dropping repeats rather than filtering them: filters make Hypothesis retry
    kept, names, stems = [], set(), set()
    for visit in drawn:
        own = {p[:2] for p in visit.places if p not in syn.SITE_NAMES}
        if visit.official.name[:2] in names or own & stems:
            continue
        kept.append(visit)
        names.add(visit.official.name[:2])
        stems |= own
    return tuple(kept)


plans = st.builds(
    syn.Plan,
    date=st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)),
    visits=st.lists(visits, min_size=1, max_size=4).map(_one_visit_per_name).filter(bool),
    with_year=st.booleans(),
    closings=st.lists(st.integers(0, len(syn.CLOSING_SENTENCES) - 1), max_size=4).map(tuple),
    lead_join=st.integers(0, len(syn.LEAD_JOINS) - 1),
)


@dataclass(frozen=True)
class Sample:
    text: str
    plan: syn.Plan
    damage: frozenset[str]


@st.composite
def damaged_reports(draw, kinds=syn.DAMAGE_KINDS) -> Sample:
    plan = draw(plans)
    applied = frozenset(k for k in kinds if draw(st.booleans()))
    # pinyin annotation implies Traditional script; keep the kinds exclusive
    if "pinyin" in applied:
        applied -= {"traditional"}
    # a seeded Random, not st.randoms(): noise asks for a number per character,
    # more draws than Hypothesis' buffer holds
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    return Sample(text=syn.apply_damage(syn.render(plan), applied, rng), plan=plan, damage=applied)
