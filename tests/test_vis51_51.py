"""Session 51 (VIS51): a visit verb whose object is a relative clause ending in 的 and
the place it modifies.  The stop is the head after 的; a place the clause names (where
the head lies, where a way leads) is no stop.

1. a name only the analyser reads after a modifier (来到去年改造完的X坊): the clause is
   read again without the modifier (`Reader.tagged_without`);
2. a clause holding a place of its own (走进设在X站二楼的Y议事室): the head, not the place
   the grammar found inside the clause (`Reader.relative_head`), nor one its 设在/建在 puts
   the head at (`visit_patterns.SET_UP_AT`);
3. a verb ending in a morpheme of going right after a listed visit verb (察看通往X的路):
   it opens the object, no verb of the clause (`visit_verbs._unlisted_verb_at`).

Every fixture is invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


# ---------------------------------------------------------------- 1. a name the analyser reads after a modifier

@pytest.mark.parametrize("text, stop", [
    ("4月9日上午，副区长葛明岚来到青梧街道调研。随后，葛明岚来到前年完成成套改造的梧荫坊，察看公共空间。", "梧荫坊"),
    ("4月9日上午，副区长葛明岚来到青梧街道调研。她又走进新近落成的云栖坊，听取居民意见。", "云栖坊"),
])
def test_a_name_after_a_relative_clause_is_the_stop(text, stop):
    assert (("葛明岚", stop) in visits(facts_of(text)))


def test_a_modifier_with_no_verb_leaves_the_village_the_stop():
    # (村里最大的Y: a locative and an adjective, no relative clause; the analyser's reading of
    # a pond's generic word and name as one name is not taken)
    f = facts_of("6月2日，镇党委书记郁青岩先后来到槐荫村、梨花村，察看农田水利设施。\n"
                 "在槐荫村，郁青岩沿着田埂走到村里最大的山塘月牙塘，察看坝体和放水涵管。")
    assert ("郁青岩", "槐荫村") in visits(f)
    assert not any("月牙塘" in p for _, p in visits(f))


def test_a_home_after_a_relative_clause_names_no_stop():
    f = facts_of("4月9日上午，副区长葛明岚来到青梧街道调研。随后，葛明岚来到独居老人的家中，察看居住条件。")
    assert visits(f) == {("葛明岚", "青梧街道")}


# ---------------------------------------------------------------- 2. a clause holding a place of its own

@pytest.mark.parametrize("text, stop", [
    ("4月9日，县政协主席褚文澜走进设在镇文化站三楼的杉溪镇议事室，翻看议事记录。", "杉溪镇"),
    ("4月9日，县政协主席褚文澜走进设在白塔社区服务中心二楼的荷风议事厅，察看活动室。", "荷风议事厅"),
])
def test_the_head_after_a_clause_naming_a_place_is_the_stop(text, stop):
    # (the place the clause names, where the head lies, is no stop: 设在镇文化站, 白塔社区服务中心)
    assert visits(facts_of(text)) == {("褚文澜", stop)}


def test_an_of_form_place_keeps_the_grammars_reading():
    f = facts_of("4月9日，县政协主席褚文澜来到青杉村的禾丰合作社，察看育秧大棚。")
    assert ("褚文澜", "禾丰合作社") in visits(f)


# ---------------------------------------------------------------- 3. where a way leads is no stop

@pytest.mark.parametrize("text", [
    "5月6日上午，镇长蔺秋原来到石岭村，察看通往云顶茶园的产业路建设情况。村里希望在急弯处增设护栏。",
    "5月6日上午，镇长蔺秋原来到石岭村，查看通往翠屏果园的机耕道。村民反映急弯处没有护栏。",
])
def test_a_place_a_way_leads_to_is_no_stop(text):
    f = facts_of(text)
    assert visits(f) == {("蔺秋原", "石岭村")}
    assert all(place == "石岭村" for place, _ in issues(f))


def test_a_coined_verb_opening_its_own_clause_still_makes_a_stop():
    f = facts_of("5月6日上午，镇长蔺秋原冒雨直奔石岭村，察看灾情。")
    assert ("蔺秋原", "石岭村") in visits(f)
