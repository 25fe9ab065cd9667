"""OFFICIALS23: a common-word name written once before a bare title, companion lists with names
before their posts, and guides in both orders (issue 9), found by generating names × titles ×
frames and negatives (/work/tools/s23/officials23/gen23.py).  Every fixture is invented; the tests
run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, posts, visits


def roles(facts) -> dict[str, str]:
    return {o.name: o.role for o in facts.officials.values()}


@pytest.mark.fast
@pytest.mark.parametrize("text, name, title", [
    # a noun the analyser does not read as a person (方舟/n, 高原/n), right before a title with no
    # jurisdiction, then a party word, a lead verb, a movement or 在…调研: the title's holder
    ("5月6日，方舟副区长一行来到桂园社区，看望困难群众。\n", "方舟", "副区长"),
    ("5月6日，高原副县长带队到枫林村开展调研。\n", "高原", "副县长"),
    ("5月6日，章法书记来到桂园社区调研，与居民代表座谈。\n", "章法", "书记"),
    ("5月6日，方舟副市长在桂园社区调研时指出，要做好服务。\n", "方舟", "副市长"),
])
def test_a_common_word_name_before_a_bare_title_is_its_holder(text, name, title):
    facts = facts_of(text)
    assert posts(facts) == {name: [title]}
    assert {n for n, _ in visits(facts)} == {name}


@pytest.mark.fast
@pytest.mark.parametrize("text", [
    # a word qualifying the post (post_modifiers.txt), a conjunction, a verb: no name
    "全体副镇长一行来到桂园社区，看望困难群众。\n",
    "包片副镇长带队到枫林村开展调研。\n",
    "于是副镇长带队到枫林村开展调研。\n",
    "分管副区长来到桂园社区调研。\n",
])
def test_a_word_qualifying_a_bare_title_is_no_name(text):
    assert posts(facts_of("5月6日，区长邓峰来到柳岸社区调研。" + text)) == {"邓峰": ["区长"]}


@pytest.mark.fast
@pytest.mark.parametrize("text", [
    # organs, meetings and governments opening with a common word: no person acts after a title
    "5月6日，区长邓峰来到桂园社区调研。此前，方舟县委书记处印发通知。\n",
    "5月6日，方舟区政协会议召开，区长邓峰来到桂园社区调研。\n",
    "5月6日，区长邓峰来到桂园社区调研，高原镇人民政府有关负责同志陪同。\n",
    "5月6日，区长邓峰来到方舟社区调研，与居民代表座谈。\n",
])
def test_an_organ_opening_with_a_common_word_adds_no_official(text):
    assert set(posts(facts_of(text))) == {"邓峰"}


@pytest.mark.fast
def test_a_list_of_names_before_their_posts_accompanies():
    # each item a name then its posts (方舟/n: its neighbours are people and posts), closed by 陪同
    facts = facts_of("5月6日，区长邓峰来到桂园社区调研，韩梅区委常委、副区长，方舟街道党工委书记，"
                     "吕冰区民政局局长陪同。\n")
    assert posts(facts) == {"邓峰": ["区长"], "韩梅": ["区委常委", "副区长"], "方舟": ["街道党工委书记"],
                            "吕冰": ["区民政局局长"]}
    assert roles(facts) == {"邓峰": "visitor", "韩梅": "accompanying", "方舟": "accompanying",
                            "吕冰": "accompanying"}
    assert visits(facts) == {("邓峰", "桂园社区")}


@pytest.mark.fast
def test_names_with_their_posts_in_brackets_accompany():
    facts = facts_of("5月6日，区长邓峰来到桂园社区调研，韩梅（区委常委、副区长）、方舟（街道党工委书记）陪同。\n")
    assert posts(facts) == {"邓峰": ["区长"], "韩梅": ["区委常委", "副区长"], "方舟": ["街道党工委书记"]}
    assert roles(facts) == {"邓峰": "visitor", "韩梅": "accompanying", "方舟": "accompanying"}


@pytest.mark.fast
def test_a_list_opened_by_those_accompanying_names_everyone_in_it():
    facts = facts_of("5月6日，区长邓峰来到桂园社区调研。陪同调研的有：吕冰区政府办主任，高原街道党工委书记。\n")
    assert posts(facts) == {"邓峰": ["区长"], "吕冰": ["区政府办主任"], "高原": ["街道党工委书记"]}
    assert roles(facts)["高原"] == "accompanying"


@pytest.mark.fast
@pytest.mark.parametrize("guide", ["周全街道党工委副书记", "街道党工委副书记周全"])
def test_a_guide_gets_the_same_visit_in_both_orders(guide):
    # the name's post written after it (周全|街道党工委副书记|带领) is part of its mention
    facts = facts_of(f"5月6日，由{guide}带领，区长邓峰来到枫林村走访。\n")
    assert posts(facts) == {"邓峰": ["区长"], "周全": ["街道党工委副书记"]}
    assert visits(facts) == {("邓峰", "枫林村"), ("周全", "枫林村")}
