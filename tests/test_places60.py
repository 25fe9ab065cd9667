"""A community named by a word ending in 乡 or 镇, session 60 (qa60).

水乡, 侨乡: one character and 乡 is a word, no township of that name; right before 社区 it opens the
community's own name (侨乡社区), so a facility of it (侨乡社区日间照料中心) lies in the community and
no township is visited.  A township named with two characters or more (水口乡新华社区) stays one, and
an area's own community (殷行街道社区) is still the area.

Every fixture is invented (names, places and wording).
"""

import pytest

from kg.extract.place_segments import segment
from tests.extraction import facts_of

pytestmark = pytest.mark.fast


def cut(name: str) -> list[tuple[str, str]]:
    return [(s.text, s.level) for s in segment(name)]


def test_a_one_character_word_and_xiang_opens_a_communitys_name():
    assert cut("侨乡社区") == [("侨乡社区", "community")]
    assert cut("石湖街道侨乡社区日间照料中心") == [("石湖街道", "subdistrict"), ("侨乡社区", "community"), ("日间照料中心", "site")]


def test_a_township_of_two_characters_stays_one():
    assert cut("水口乡新华社区") == [("水口乡", "subdistrict"), ("新华社区", "community")]
    assert cut("殷行街道社区") == [("殷行街道", "subdistrict")]


def test_a_tour_of_facilities_visits_no_township():
    facts = facts_of(
        "6月2日，区政协副主席韦清明带领委员视察养老服务。委员们先后来到石湖街道侨乡社区日间照料中心、"
        "横塘镇南岸村居家养老服务站，实地察看助餐服务开展情况。"
    )
    stops = [facts.places[v.place] for v in facts.visits]
    assert all(p.type != "Subdistrict" for p in stops)
    centre = next(p for p in stops if "日间照料中心" in p.name)
    assert facts.places[centre.parent].name == "侨乡社区"
