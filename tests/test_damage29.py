"""Session 29 (DAMAGE29): names that a damaged or crowded text hides.

A lead official whose surname was lost (`区长??明`), a damaged first mention
(`郑??`) that the report names in full later, and the title grammar on crowded
texts (会上县委副书记, 陪同县县长, 滑县县委, 买买提·艾力和县委副书记).  Every
fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from kg.repair.lost import mark_lost_characters
from kg.text import TrackedText
from tests.extraction import facts_of, posts, visits


def roles(facts) -> dict[str, str]:
    return {o.name: o.role for o in facts.officials.values()}


def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


# 1. a name whose surname is lost after a title is still a person


@pytest.mark.fast
@pytest.mark.parametrize(
    "title, damaged, read, act",
    [
        ("区长", "??明", "某某明", "来到"),
        ("县委书记", "??伟", "某某伟", "深入"),
        ("区委书记", "??建国", "某某建国", "来到"),
        ("副镇长", "\ufffd\ufffd华", "某某华", "走进"),
    ],
)
def test_a_lead_whose_surname_is_lost_keeps_post_and_visit(title, damaged, read, act):
    facts = facts_of(f"2025年3月2日，{title}{damaged}{act}青禾街道杏林社区调研，副区长赵立新陪同。\n")
    assert posts(facts)[read] == [title]
    assert visits(facts) == {(read, "杏林社区")}
    assert roles(facts)["赵立新"] == "accompanying"


@pytest.mark.fast
@pytest.mark.parametrize("sep", ["，", "、"])
def test_a_list_item_whose_surname_is_lost_is_a_person(sep):
    # the next item's title after the surviving given name ends the name, as an act would
    facts = facts_of(f"2025年3月2日，区委书记??明{sep}副区长赵立新来到青禾街道杏林社区调研。\n")
    assert posts(facts) == {"某某明": ["区委书记"], "赵立新": ["副区长"]}
    assert ("某某明", "杏林社区") in visits(facts)


@pytest.mark.fast
def test_lost_marks_after_a_title_are_a_names_and_elsewhere_unreadable():
    assert mark_lost_characters(TrackedText("县委书记??伟深入柳塘镇。")).text == "县委书记某某伟深入柳塘镇。"
    assert mark_lost_characters(TrackedText("居民反映村里的??路年久失修。")).text == "居民反映村里的□□路年久失修。"


@pytest.mark.fast
def test_lost_marks_that_no_act_follows_name_no_one():
    # a lost run after a title with no person's act or list item after it: no official read from it
    facts = facts_of("2025年3月2日，县长周海峰来到柳塘镇石榴村。村里的??路年久失修，村主任??的意见很多。\n")
    assert set(posts(facts)) == {"周海峰"}


# 2. a damaged mention that exactly one full name of the report fits is that person


@pytest.mark.fast
@pytest.mark.parametrize(
    "first, later",
    [
        ("副县长郑??", "副县长郑可欣察看了村道修缮情况。"),  # the full name with the same title
        ("副县长郑??", "郑可欣察看了村道修缮情况。"),  # the full name opening a clause, an act after it
        ("副县长郑?欣", "郑可欣还来到桃源镇卫生院。"),  # a surviving given name
        ("青山县副县长郑??", "县委常委、副县长郑可欣察看了村道。"),  # the post written with its jurisdiction
    ],
)
def test_a_damaged_first_mention_is_the_full_name_written_later(first, later):
    facts = facts_of(f"2025年4月8日，{first}来到桃源镇溪口村调研。{later}\n")
    assert "郑可欣" in posts(facts)
    assert not any("某" in name for name in posts(facts))
    assert ("郑可欣", "溪口村") in visits(facts)
    assert roles(facts)["郑可欣"] == "visitor"


@pytest.mark.fast
@pytest.mark.parametrize(
    "later",
    [
        "副县长郑可欣、郑立华察看了村道。",  # two full names fit: the report does not say which
        "县长郑可欣陪同。",  # another post: another person (县长 is not 副县长)
    ],
)
def test_a_damaged_mention_stays_as_read_where_the_full_name_is_not_certain(later):
    facts = facts_of(f"2025年4月8日，副县长郑??来到桃源镇溪口村调研。{later}\n")
    assert ("郑某某", "溪口村") in visits(facts)


@pytest.mark.fast
def test_a_name_the_writer_wrote_with_mou_is_not_damaged():
    # 郑某某 as typed (a person not named on purpose) is no lost character: not merged
    facts = facts_of("2025年4月8日，副县长郑某某来到桃源镇溪口村调研。郑可欣察看了村道。\n")
    assert "郑某某" in posts(facts)


# 4. the title grammar on crowded texts


@pytest.mark.fast
@pytest.mark.parametrize("occasion", ["会上", "随后", "席间", "会后"])
def test_an_occasion_word_before_a_title_is_no_part_of_the_post(occasion):
    facts = facts_of(f"2025年6月3日，县长周海峰来到白石镇金沙村召开座谈会。{occasion}县委副书记罗永红听取村民意见。\n")
    assert posts(facts)["罗永红"] == ["县委副书记"]


@pytest.mark.fast
@pytest.mark.parametrize(
    "verb_and_post, post",
    [
        ("陪同县县长", "县长"),  # 陪/v|同/LOC: the tagger split the verb, the post took its second character
        ("带领县县长", "县长"),  # a bare level word before its own doubled title: no county named
        ("陪同沛县县长", "沛县县长"),  # a one-character county's post after the verb
        ("邀请随县县长", "随县县长"),  # 随 of 随县 is the county's name, not a verb's
    ],
)
def test_a_verb_introducing_an_official_is_no_part_of_the_post(verb_and_post, post):
    facts = facts_of(f"2025年6月3日，县委书记周海峰{verb_and_post}罗永红来到白石镇金沙村调研。\n")
    assert posts(facts)["罗永红"] == [post]


@pytest.mark.fast
@pytest.mark.parametrize("organ", ["县委", "县政府", "县人大"])
def test_a_one_character_countys_organ_makes_no_place_with_a_doubled_type(organ):
    facts = facts_of(f"2025年6月3日，市委书记周海峰到滑县{organ}调研，滑县县长罗永红陪同。\n")
    assert not any(n.endswith("县县") for n in place_names(facts))
    assert posts(facts)["罗永红"] == ["滑县县长"]


@pytest.mark.fast
def test_a_one_character_villages_doubled_type_stays_its_name():
    facts = facts_of("2025年6月3日，镇长周海峰来到西村村调研。村民反映道路破损。\n")
    assert visits(facts) == {("周海峰", "西村")}


@pytest.mark.fast
@pytest.mark.parametrize("joint", ["和", "与", "、"])
def test_a_dotted_name_before_another_officials_post_ends_at_the_joint(joint):
    # 买/v|买提/PER: the tagger read the first part as a verb; the joint and the next post end the name
    facts = facts_of(f"2025年6月3日，县长买买提·艾力{joint}县委副书记罗永红来到白石镇金沙村走访。\n")
    assert posts(facts) == {"买买提·艾力": ["县长"], "罗永红": ["县委副书记"]}


@pytest.mark.fast
def test_a_dotted_name_before_residents_takes_no_joint():
    facts = facts_of("2025年6月3日，县长买买提·艾力和村民来到白石镇金沙村走访。副县长罗永红陪同。\n")
    assert not any(name.endswith("和") for name in posts(facts))


@pytest.mark.fast
@pytest.mark.parametrize("verb_and_post, post", [("陪同县县长", "县长"), ("陪同沛县县长", "沛县县长"), ("陪同县委副书记", "县委副书记")])
def test_a_clause_opened_by_an_introducing_verb_gives_the_post_alone(verb_and_post, post):
    facts = facts_of(f"2025年6月3日，县委书记周海峰来到白石镇金沙村调研，{verb_and_post}罗永红参加。\n")
    assert posts(facts)["罗永红"] == [post]


# 3. a file in two encodings: the join read exactly


@pytest.mark.fast
@pytest.mark.parametrize("utf8_end", ["（区委宣传部供稿）\n", "相关链接：", "记者：方圆。", "”\n"])
@pytest.mark.parametrize("gb_start", ["区委书记韩晓峰来到", "“区委书记”韩晓峰来到"])
def test_marks_ending_the_utf8_part_are_not_read_as_gb18030(utf8_end, gb_start):
    # UTF-8 `稿）` read as GB18030 is 绋匡級 (two common characters once simplified): the join
    # is where the reading keeps the marks and the most common characters, not the most characters
    from pathlib import Path

    from kg.read import decode_noted

    head = "2025年5月6日，区长欧阳明来到东湖街道翠竹社区调研。居民反映小区停车难。" + utf8_end
    tail = gb_start + "东湖街道青松社区，居民反映电梯老旧。\n"
    text, encoding, _ = decode_noted(head.encode("utf-8") + tail.encode("gb18030"), Path("r.txt"))
    assert (text, encoding) == (head + tail, "utf-8+gb18030")


@pytest.mark.fast
def test_a_gb18030_part_first_still_splits_where_the_utf8_starts():
    from pathlib import Path

    from kg.read import decode_noted

    head = "2025年5月6日，区委书记韩晓峰来到东湖街道翠竹社区调研（区委宣传部供稿）\n"
    tail = "区长欧阳明来到东湖街道青松社区，居民反映电梯老旧。\n"
    text, encoding, _ = decode_noted(head.encode("gb18030") + tail.encode("utf-8"), Path("r.txt"))
    assert (text, encoding) == (head + tail, "gb18030+utf-8")


@pytest.mark.fast
@pytest.mark.parametrize("post", ["组织部部长", "区委组织部副部长", "县委宣传部部长", "组织部长"])
def test_an_organ_whose_name_opens_with_a_verbs_characters_keeps_its_post(post):
    # 组织 is a verb introducing officials elsewhere (组织…调研); in 组织部 it names the organ
    facts = facts_of(f"2025年6月3日，区委常委、{post}周海峰来到白石镇金沙村调研。\n")
    assert posts(facts)["周海峰"] == ["区委常委", post]
