"""NEWCOMER51: invented reports of session 51's newcomer, and what they found.

1. A county written whole right before 乡村, 乡镇 or 县乡 (深入石泉县乡村走访, 来到石泉县乡下的明星村)
   was read as a township 石泉县乡 inside 石泉县, and visited: 县乡, 乡村 and 乡镇 are words, and no
   township is named by a whole county's name (`place_segments._county_then_township_word`).
   旧县乡 (one character before 县) stays a township.
"""

import pytest

import kg

pytestmark = pytest.mark.fast


def places_and_visits(text: str) -> tuple[set[str], set[str]]:
    built = kg.build_texts({"2025-03-12.txt": text})
    facts = built.facts["2025-03-12.txt"]
    return set(facts.places), {v.place for v in facts.visits}


@pytest.mark.parametrize("text", [
    "2025年3月12日，石泉县县委书记王建华深入石泉县乡村走访，来到池河镇明星村，村民反映路灯不足。",
    "2025年3月12日，县长王建华深入石泉县乡镇走访，来到池河镇明星村，村民反映路灯不足。",
])
def test_a_county_before_xiangcun_or_xiangzhen_is_no_township(text):
    places, visits = places_and_visits(text)
    assert not any("石泉县乡" in key or key.endswith("subdistrict:乡") or key.endswith("subdistrict:乡镇") for key in places), places
    assert visits == {"district:石泉/subdistrict:池河镇/community:明星村"}


def test_a_county_before_xiangxia_is_no_township():
    places, visits = places_and_visits("2025年3月12日，县委书记王建华来到石泉县乡下的明星村，村民反映路灯不足。")
    assert not any("乡" in key for key in places), places


def test_a_township_named_with_xian_stays():
    places, visits = places_and_visits("2025年3月12日，县委书记王建华来到旧县乡明星村，村民反映路灯不足。")
    assert visits == {"subdistrict:旧县乡/community:明星村"}
