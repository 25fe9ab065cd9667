"""Lead's fixes of session 19, each a kind found while reading a helper's report.
Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from kg.build import BuildOptions, long_report_lines
from kg.extract.place_lists import parse_list
from kg.read import MAX_BYTES
from tests.extraction import facts_of, issues, visits


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
@pytest.mark.parametrize("written", ["来到为民社区，", "在为民社区调研，", "走进以德村，", "深入青禾社区、为民社区调研，"])
def test_a_two_character_name_opening_with_a_preposition_is_a_place(written):
    # 为 / 以 open purpose clauses and slogans, never a place, except a name of two
    # characters before its type word (为民社区), after any verb, preposition or list mark
    facts = facts_of(f"4月9日，区长韦东{written}与居民代表座谈。居民代表反映，小区路灯不亮。\n")
    name = "以德村" if "以德村" in written else "为民社区"
    assert ("韦东", name) in visits(facts)


@pytest.mark.fast
def test_a_purpose_clause_naming_a_place_is_no_place():
    facts = facts_of("4月9日，区长韦东来到光明社区，为青禾社区居民办实事。\n")
    assert visits(facts) == {("韦东", "光明社区")}


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


@pytest.mark.fast
def test_a_name_word_opening_with_a_preposition_of_company_meets_no_one():
    # 同 meets people (同青禾村的村民座谈), but in 在同心社区…联络站 it opens the name
    # word 同心: no second place 心社区…联络站 and the issue stays at the station
    facts = facts_of("4月9日，区人大代表韦东在同心社区人大代表联络站接待选民，居民反映小区路灯不亮。\n")
    assert visits(facts) == {("韦东", "同心社区人大代表联络站")}
    assert {place for place, _ in issues(facts)} == {"同心社区人大代表联络站"}


@pytest.mark.fast
def test_a_file_too_large_to_read_is_not_said_to_be_read(tmp_path):
    # a file over the limit is refused at once; a line saying it is being read would contradict it
    big, huge = tmp_path / "长.txt", tmp_path / "超长.txt"
    big.write_text("区长韦东来到青禾社区。" * 20000, encoding="utf-8")
    huge.write_text("区长韦东来到青禾社区。" * (MAX_BYTES // 30 + 10), encoding="utf-8")
    lines = long_report_lines([(big, "a", {}), (huge, "b", {})], BuildOptions())
    assert len(lines) == 1 and "长.txt" in lines[0] and "超长" not in lines[0], lines
