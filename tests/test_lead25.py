"""Lead's fixes of session 25.  Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, visits


@pytest.mark.fast
@pytest.mark.parametrize("join", ["和", "与", "及"])
@pytest.mark.parametrize("first, verb", [("马丽", "夜访"), ("司马丽", "夜访"), ("马丽", "走访")])
def test_a_name_read_as_a_verb_fills_a_list_item_closed_by_a_conjunction(join, first, verb):
    # 区委书记|谈志/v|和|区委书记…: the item ends at the conjunction, the next item opens with a
    # post; 谈志夜访 later does not confirm the name (the tagger reads 谈志夜访 as no person)
    facts = facts_of(
        f"1月1日，区委书记{first}，区委书记谈志{join}区委书记欧阳红分别深入社区一线。\n"
        f"{first}来到东湖街道新华居委会，听取居民意见。\n"
        f"谈志{verb}凉溪街道江湾居委会，听取居民意见。\n"
    )
    assert {o.name for o in facts.officials.values()} == {first, "谈志", "欧阳红"}
    assert visits(facts) == {(first, "新华居委会"), ("谈志", "江湾居委会")}


@pytest.mark.fast
def test_a_verb_before_a_conjunction_is_no_name_when_no_post_follows():
    facts = facts_of("1月1日，区委书记马丽调研和指导社区工作，来到东湖街道新华社区。\n")
    assert {o.name for o in facts.officials.values()} == {"马丽"}


@pytest.mark.fast
@pytest.mark.parametrize("marks", ["??", "???", "\ufffd\ufffd"])
def test_lost_characters_in_a_name_are_repaired_in_a_report_typed_with_ascii_commas(marks):
    # a question is typed with one `?`: a run inside a name is lost characters even where the
    # writer types ASCII punctuation (the official was cut from the post and the visit)
    facts = facts_of(f"2024年5月10日,东湖区区长李{marks}明来到城南街道光明社区,听取居民对加装电梯、停车难的意见。\n")
    name = "李" + "某" * len(marks) + "明"
    assert visits(facts) == {(name, "光明社区")}


@pytest.mark.fast
def test_one_question_mark_in_a_report_typed_with_ascii_commas_stays_a_question():
    facts = facts_of("2024年5月10日,区长王明来到东湖街道新华社区,居民问能不能做到?王明说,一定做到。\n")
    assert {o.name for o in facts.officials.values()} == {"王明"}
    assert visits(facts) == {("王明", "新华社区")}


@pytest.mark.fast
@pytest.mark.parametrize("name", ["阿不都热合曼·买买提", "阿卜杜克热木·吐尔逊", "艾力·买买提"])
@pytest.mark.parametrize("act", ["带领委员，走进", "来到"])
def test_a_dotted_name_with_a_six_character_part_is_read_whole(name, act):
    # Uyghur given names run to six characters before the dot; the name was cut at 阿不
    facts = facts_of(f"2022年12月2日，区政协副主席{name}{act}光明街道西山路社区。\n")
    assert {o.name for o in facts.officials.values()} == {name}
    assert visits(facts) == {(name, "西山路社区")}
