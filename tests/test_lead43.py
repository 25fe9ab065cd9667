"""Session 43, the lead's invented shapes: where an official's name and a visit's place begin.

1. A transcribed name's part after its dot ends before the person's going (`official_transcribed._moves_inside`):
   the tagger may join its last syllable and a movement verb (买买/v 提到/v 阿克苏村/LOC), and the
   name then ran on into the verb and the place (阿不都热依木·买买提到阿克苏村, no visit).  A part
   is at most `MAX_DOTTED_PART` characters, as `_dotted_part` reads it by characters.
2. A listed movement verb takes its object (`visit_verbs._unlisted_verb_at`): 到/v 查/v 干淖尔/LOC
   is 到 + 查干淖尔嘎查, not a split compound 到查 + a place 干淖尔嘎查 (踏/v 访/v still is one).
3. A numbered 屯 (前进村三屯) lies in its village, as a numbered 组 does (the newcomer's find).
Invented fixtures; each with a twin the change must leave alone.
"""

import pytest

from tests.extraction import facts_of, official_names, parent_name, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("verb", ["到", "到达", "去"])
def test_a_dotted_name_ends_before_the_movement_verb_its_last_syllable_is_read_with(verb):
    f = facts_of(f"6月2日，县委副书记阿不都热依木·买买提{verb}英阿瓦提村调研。村民反映，村里的水渠渗漏严重。")
    assert official_names(f) == {"阿不都热依木·买买提"}
    assert visits(f) == {("阿不都热依木·买买提", "英阿瓦提村")}


def test_a_dotted_name_with_a_verb_of_its_own_is_unchanged():
    f = facts_of("6月2日，副县长迪丽努尔·阿不都拉深入英阿瓦提村调研。村民反映，村里的水渠渗漏严重。")
    assert visits(f) == {("迪丽努尔·阿不都拉", "英阿瓦提村")}


def test_a_place_opening_with_a_verb_character_after_a_listed_movement_verb_is_read_whole():
    f = facts_of("6月2日，苏木党委书记王立新到查干敖包嘎查调研。牧民们说，冬天牲畜饮水困难。")
    assert visits(f) == {("王立新", "查干敖包嘎查")}


def test_a_split_compound_visit_verb_still_takes_its_place():
    f = facts_of("6月2日，区委书记聂文海踏访西关街道红旗小区。居民说，楼道灯坏了。")
    assert ("聂文海", "红旗小区") in visits(f)


def test_a_numbered_hamlet_lies_in_its_village():
    """3. A numbered 屯 (前进村三屯: the north-east numbers a village's hamlets) is one type word,
    as a numbered 组 (`place_segments.NUMBERED`, `place_suffixes.tsv`): the village is its parent,
    not swallowed into one site (newcomer, session 43)."""
    f = facts_of("1月6日，乡长韩立新来到红旗乡前进村三屯，走访村民。村民反映，屯里的路灯坏了。")
    assert parent_name(f, "前进村三屯") == "前进村"


def test_a_village_named_with_a_number_and_tun_is_unchanged():
    f = facts_of("1月6日，乡长韩立新来到红旗乡三屯村，走访村民。村民反映，村里的路灯坏了。")
    assert {place for _, place in visits(f)} == {"三屯村"} and parent_name(f, "三屯村") == "红旗乡"
