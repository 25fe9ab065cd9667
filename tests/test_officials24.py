"""OFFICIALS24: names the analyser reads as verbs before a bare title, the shortened title 支书 and
the whole report deciding whether a word before a jurisdiction is a person or a place (issue 9),
found by generating names × titles × frames and negatives (/work/tools/s24/officials24/gen24.py).
Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, posts, visits

LEAD = "5月6日，区长邓峰来到柳岸社区调研。"


@pytest.mark.fast
@pytest.mark.parametrize("text, name, title", [
    # a name the analyser reads as a verb (成立/v, 任用/v, 应对/v), opening its clause right
    # before a bare title, then a party word, a lead verb or 在…调研: the title's holder
    ("5月6日，成立副区长一行来到桂园社区，看望困难群众。\n", "成立", "副区长"),
    ("5月6日，任用镇长带队到枫林村开展调研。\n", "任用", "镇长"),
    ("5月6日，应对书记在桂园社区调研时指出，要做好服务。\n", "应对", "书记"),
])
def test_a_name_read_as_a_verb_before_a_bare_title_is_its_holder(text, name, title):
    facts = facts_of(text)
    assert posts(facts) == {name: [title]}
    assert {n for n, _ in visits(facts)} == {name}


@pytest.mark.fast
@pytest.mark.parametrize("text", [
    # a verb taking a person then the person's act (name_pivot_verbs.txt) or qualifying the post
    # (post_modifiers.txt), opening the clause before a title: no name
    "安排副区长带队到枫林村开展调研。\n",
    "包括副镇长一行来到枫林村检查工作。\n",
    "邀请副区长一行来到桂园社区调研。\n",
    "分管副区长来到桂园社区调研。\n",
])
def test_a_verb_taking_the_title_holder_is_no_name(text):
    assert posts(facts_of(LEAD + text)) == {"邓峰": ["区长"]}


@pytest.mark.fast
def test_a_shortened_village_secretary_is_a_title():
    facts = facts_of("5月6日，区长邓峰来到枫林村调研，村支书韩立陪同。\n")
    assert posts(facts) == {"邓峰": ["区长"], "韩立": ["村支书"]}


@pytest.mark.fast
def test_a_general_branch_secretary_is_no_branch_secretary():
    # 总支|书记: 支书 inside 党总支书记 is no title (official_titles._heads_at_boundary)
    facts = facts_of("5月6日，区长邓峰来到柳岸社区调研，社区党总支书记韩立陪同。\n")
    assert posts(facts) == {"邓峰": ["区长"], "韩立": ["社区党总支书记"]}


@pytest.mark.fast
def test_a_village_before_its_secretary_is_no_name():
    # 在枫林村支书的带领下: the village's secretary, not a person 枫林(村) holding 支书
    facts = facts_of("5月6日上午，在枫林村支书的带领下，区长邓峰来到桂园社区走访。\n")
    assert posts(facts) == {"邓峰": ["区长"]}


@pytest.mark.fast
def test_a_place_written_elsewhere_makes_the_post_its_organ():
    # 金星/PER 县委书记: the report writes 金星县 as a county elsewhere, so it is its secretary
    text = LEAD + "金星县委书记一行来到桂园社区，看望困难群众。近年来，金星县持续推进基层治理。\n"
    assert posts(facts_of(text)) == {"邓峰": ["区长"]}
    acting = LEAD + "金星县委书记一行来到桂园社区，看望困难群众。金星强调，要把好事办好。\n"
    assert posts(facts_of(acting)) == {"邓峰": ["区长"], "金星": ["县委书记"]}


@pytest.mark.fast
def test_a_name_before_a_village_title_is_no_place():
    # 韩立|村支书: the person's mention runs over 韩立村, which is no village and no stop
    facts = facts_of("5月6日，区长邓峰在韩立村支书的带领下来到枫林村走访。\n")
    assert posts(facts) == {"邓峰": ["区长"], "韩立": ["村支书"]}
    assert visits(facts) == {("邓峰", "枫林村")}
    assert "韩立村" not in {p.name for p in facts.places.values()}
