"""Lead's fixes of session 19, each a kind found while reading a helper's report.
Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from kg.extract.places import parse_list
from tests.extraction import facts_of, visits


@pytest.mark.fast
@pytest.mark.parametrize("name", ["长和社区", "宜和居民区", "德和村", "惠和村党群服务站"])
def test_a_two_character_name_with_he_in_it_is_one_place(name):
    # 和 joins list items, but no item is one character long: in 长和社区 it is half the name
    facts = facts_of(f"4月9日，区长韦东来到{name}，与居民代表座谈。居民代表反映，小区路灯不亮。\n")
    assert visits(facts) == {("韦东", name)}


@pytest.mark.fast
def test_he_after_a_type_word_still_joins_two_items():
    # 镇和村: the character before 和 is a type word of its own, so no name runs across it
    assert [c.text for c in parse_list("桐溪镇和丰乐村", 0)] == ["桐溪镇", "丰乐村"]
    assert parse_list("镇和村两级", 0) == []


@pytest.mark.fast
@pytest.mark.parametrize("name", ["为民社区", "以德村"])
def test_a_short_name_opening_with_a_preposition_after_a_movement_verb(name):
    # 为 / 以 open purpose clauses and slogans, never a place, except a short name
    # a movement verb takes as its object (来到为民社区)
    facts = facts_of(f"4月9日，区长韦东来到{name}，与居民代表座谈。居民代表反映，小区路灯不亮。\n")
    assert visits(facts) == {("韦东", name)}


@pytest.mark.fast
def test_a_purpose_clause_after_a_movement_verb_is_still_no_place():
    facts = facts_of("4月9日，区长韦东来到为进一步密切社区联系而设的活动现场，与居民代表座谈。\n")
    assert not any("密切" in place for _, place in visits(facts))


@pytest.mark.fast
@pytest.mark.parametrize("name", ["五一村", "八一社区", "三八村"])
def test_a_place_named_after_a_date_in_digits_is_named(name):
    # two digits with no place value name a date (五一, 八一), not a count or an address
    facts = facts_of(f"4月9日，区长韦东来到{name}，与居民代表座谈。居民代表反映，小区路灯不亮。\n")
    assert visits(facts) == {("韦东", name)}


@pytest.mark.fast
def test_a_number_with_a_place_value_is_still_no_name():
    facts = facts_of("4月9日，区长韦东来到十二村，与居民代表座谈。\n")
    assert visits(facts) == set()


@pytest.mark.fast
def test_staying_at_a_place_to_work_there_is_a_visit():
    # 蹲点 (to stay at a grassroots unit to work there) takes a place as 来到 does
    facts = facts_of("4月9日，区长韦东蹲点青禾镇，与村干部座谈。\n")
    assert visits(facts) == {("韦东", "青禾镇")}


@pytest.mark.fast
def test_a_name_word_opening_with_a_preposition_opens_a_place_after_zai():
    # 同 is a preposition (同居民座谈) and ends names, but 同心 is a name word
    # (place_name_words.txt): 在同心社区 is at a place, as 来到同心社区 is
    facts = facts_of("4月9日，区长韦东在同心社区与居民代表座谈。居民代表反映，小区路灯不亮。\n")
    assert visits(facts) == {("韦东", "同心社区")}
