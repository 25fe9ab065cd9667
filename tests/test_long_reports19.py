"""A long report's time grows with its length (issue 10): a name's mentions
and clause-opening repetitions are indexed once a report, a phrase written
as a class of places is answered once a report, and the coarse visits are
dropped with indexes of first visits and raised offsets.  Each gives what
the scan it replaces gave.  Fixtures are invented."""

from __future__ import annotations

import random
from types import SimpleNamespace as NS

import pytest

from kg.extract.guides import CLAUSE_STARTS
from kg.extract.official_acts import find_all
from kg.extract.official_lexis import Lexis
from kg.extract.place_suffixes import PlaceChunk
from kg.extract.place_classes import _written_as_class, written_as_class
from kg.extract.place_segments import segment
from kg.extract.places import PlaceRegistry
from kg.extract.visit_records import VisitRecord
from kg.resolve import RAISED_LEVELS, RETURN_LEVELS, STOP_LEVELS, drop_coarse_visits
from tests.extraction import facts_of, posts, visits

pytestmark = pytest.mark.fast

# names repeated at clause starts, followed by the same and by other characters,
# after a space (区长 岑望舒), at the text's start and at its end
NAMES = ("岑望舒来到桂井村。区长 岑望舒说，岑望舒来到桂井村，岑望舒来到。岑望舒强调要抓落实；"
         "镇长岑望、副镇长樊映秋走访农户。\n樊映秋来到竹坞社区，樊映秋表示：樊映秋")


def _openings_scanned(text: str, word: str, pos: int) -> list[int]:
    """The scan the index replaced: every offset of `word`, kept where it
    opens a clause elsewhere than `pos` and goes on differently from `pos`."""
    n, out, i = len(word), [], text.find(word)
    while i >= 0:
        if i != pos and (i == 0 or text[i - 1] in CLAUSE_STARTS) and text[i + n:i + n + 1] != text[pos + n:pos + n + 1]:
            out.append(i)
        i = text.find(word, i + 1)
    return out


def test_a_words_clause_openings_elsewhere_are_those_the_scan_found():
    lx = Lexis(NS(text=NS(text=NAMES)))
    words_ = {NAMES[i:i + n] for i in range(len(NAMES)) for n in (2, 3, 4)}
    for word in sorted(words_):
        assert lx.find_all(word) == find_all(NAMES, word), word
        for pos in range(len(NAMES) + 1):
            assert list(lx.openings_elsewhere(word, pos)) == _openings_scanned(NAMES, word, pos), (word, pos)


def test_the_index_is_built_once_a_word_and_read_again():
    text = NAMES * 50
    lx = Lexis(NS(text=NS(text=text)))
    first = list(lx.openings_elsewhere("岑望舒", 0))
    assert len(first) == 100 and first == _openings_scanned(text, "岑望舒", 0)
    assert list(lx.openings_elsewhere("岑望舒", 0)) == first
    assert lx.find_all("岑望舒") is lx.find_all("岑望舒")  # one list a word a report


def test_a_phrase_written_as_a_class_is_answered_for_the_text_asked_about():
    as_class = "走访弃置厂房。全镇部分弃置厂房已改造。"
    as_name = "走访弃置厂房。弃置厂房位于镇东。"
    # one text asked many times, then another: each answer is its own text's
    for text in (as_class, as_name, as_class, as_class + as_name, as_name):
        for _ in range(3):
            assert written_as_class(text, "弃置厂房") == _written_as_class(text, "弃置厂房") == (text != as_name)
    # a text equal to the last one but another object reads the same
    assert written_as_class("".join(as_name), "弃置厂房") is False


def _drop_coarse_scanned(registry, visits_, raised=()):
    """drop_coarse_visits as it was before its indexes (session 18); what was raised
    counts from a town's visit's start (session 21: 来到X镇，镇区居民反映…), and
    after the last stop inside a community or site (session 30: a forum back there)."""
    in_body = {v.official for v in visits_ if not v.headline}
    visits_ = [v for v in visits_ if not (v.headline and v.official in in_body)]
    by_official: dict[str, set[int]] = {}
    for v in visits_:
        by_official.setdefault(v.official, set()).add(v.place)
    def raised_before(v, inner, level):
        if level not in RAISED_LEVELS:
            return False
        first_inner = min((w.start for w in visits_ if w.official == v.official and w.place in inner), default=v.end)
        since = v.start  # (session 43: from the visit's start at every level, as towns were)
        return any(place == v.place and since <= at < first_inner for place, at in raised)

    def raised_after(v, inner, level):  # session 30: back at a community or site after the stops inside it
        if level not in RETURN_LEVELS:
            return False
        last_inner = max((w.end for w in visits_ if w.official == v.official and w.place in inner), default=v.end)
        return any(place == v.place and at > last_inner for place, at in raised)

    kept = []
    for v in visits_:
        others = by_official[v.official] - {v.place}
        node = registry.nodes[v.place]
        if node.level == "district" and any(registry.nodes[o].level != "district" for o in others):
            continue
        inner = [o for o in others if v.place in registry.ancestors(o)]
        if inner and not (v.stop and node.level in STOP_LEVELS) and not raised_before(v, inner, node.level) \
                and not raised_after(v, inner, node.level):
            continue
        kept.append(v)
    return kept


def test_coarse_visits_are_dropped_as_the_scan_dropped_them():
    reg = PlaceRegistry()
    chain = "潞江区柳溪街道荷塘社区竹苑小区"
    reg.add(PlaceChunk(0, len(chain), segment(chain)))
    reg.add(PlaceChunk(40, 48, segment("柳溪街道枫桥社区")))
    assert [n.level for n in reg.nodes] == ["district", "subdistrict", "community", "site", "community"]
    rng = random.Random(19)
    for _ in range(300):
        told = sorted(rng.sample(range(0, 400, 10), rng.randint(1, 12)))
        visits_ = [VisitRecord(rng.choice("甲乙"), rng.randrange(len(reg.nodes)), s, s + rng.randint(3, 9),
                               stop=rng.random() < 0.3, headline=rng.random() < 0.1) for s in told]
        rng.shuffle(visits_)  # a visit copied to a companion keeps its sentence's start
        raised = [(rng.choice([None, *range(len(reg.nodes))]), rng.randrange(400)) for _ in range(rng.randint(0, 8))]
        assert drop_coarse_visits(reg, visits_, raised) == _drop_coarse_scanned(reg, visits_, raised), (visits_, raised)


UNIT = ("2023年6月{day}日，镇长岑望舒，副镇长樊映秋分别来到基层。\n岑望舒来到桂井村，村民反映灌渠渗漏。\n"
        "樊映秋来到竹坞社区，居民提出路灯不亮。\n")


def test_a_report_told_many_times_reads_its_officials_and_visits_as_once():
    once = facts_of(UNIT.format(day=3))
    many = facts_of("".join(UNIT.format(day=d) for d in range(1, 29)))
    assert posts(once) == {"岑望舒": ["镇长"], "樊映秋": ["副镇长"]}
    assert posts(many) == posts(once) and visits(many) == visits(once)
