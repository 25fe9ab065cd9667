"""OFFICIALS22: a name written before its title (issue 9), found by generating names × jurisdictions
× titles × frames and negatives (/work/tools/s22/officials22/gen22.py).  Every fixture is invented;
the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, posts, visits


@pytest.mark.fast
def test_a_name_the_tagger_glues_to_the_jurisdiction_is_read_before_its_title():
    # 欧阳振华县政协/PER 主席: the name, then a post naming no place
    facts = facts_of("5月6日，欧阳振华县政协主席一行来到桂园社区，与居民代表座谈。\n")
    assert posts(facts) == {"欧阳振华": ["县政协主席"]}
    assert visits(facts) == {("欧阳振华", "桂园社区")}


@pytest.mark.fast
def test_a_common_word_name_before_its_title_is_read_when_the_report_names_it_alone():
    # 雷鸣/n 区委副书记: 雷鸣 alone later (雷鸣强调) says the name is a person's, not a district's
    facts = facts_of("5月6日，雷鸣区委副书记来到枫林村调研。雷鸣强调，要做好服务。\n")
    assert posts(facts) == {"雷鸣": ["区委副书记"]}
    assert visits(facts) == {("雷鸣", "枫林村")}


@pytest.mark.fast
def test_a_name_before_an_organ_and_its_title_guides_the_party():
    # 由韩雪|党工委书记带领: an organ alone (no jurisdiction) between the name and the title
    facts = facts_of("5月6日，由韩雪党工委书记带领，区长邓峰来到桂园社区走访。\n")
    assert posts(facts) == {"韩雪": ["党工委书记"], "邓峰": ["区长"]}
    assert ("邓峰", "桂园社区") in visits(facts)


@pytest.mark.fast
def test_comrade_after_a_title_is_no_name():
    # 邵杰区政协副主席|同志到: 同志 follows a name (name_tail_words.txt), it is none
    facts = facts_of("5月6日，邵杰区政协副主席同志到桂园社区检查工作。\n")
    assert posts(facts) == {"邵杰": ["区政协副主席"]}
    assert visits(facts) == {("邵杰", "桂园社区")}


@pytest.mark.fast
@pytest.mark.parametrize("text", [
    "5月6日，区长邓峰来到桂园社区调研。江北区政协主席会议召开。\n",  # no person's act after the title
    "5月6日，区长邓峰来到桂园社区调研，龙华区人大常委会有关负责同志陪同。\n",  # an organ, no title
    # the report writes 青山区 as a place elsewhere: the post names a district, no person
    "5月6日，青山区委书记来到桂园社区调研，区长邓峰陪同。青山区各级干部参加。\n",
])
def test_a_post_naming_a_place_and_no_person_adds_no_official(text):
    assert set(posts(facts_of(text))) == {"邓峰"}


@pytest.mark.fast
def test_a_name_glued_to_an_organ_is_read_where_the_analyser_finds_a_person_before_the_bare_title():
    # 林海区委/ORG 副书记: asked again without jurisdiction and organ (林海副书记一行), 林海 is a person
    facts = facts_of("5月6日，林海区委副书记一行来到枫林村，看望困难群众。\n")
    assert posts(facts) == {"林海": ["区委副书记"]}
    assert visits(facts) == {("林海", "枫林村")}


@pytest.mark.fast
@pytest.mark.parametrize("name", ["林晓", "方圆", "欧阳春"])
def test_a_ranked_title_and_a_party_word_after_a_name_make_the_name_the_visitor(name):
    # 方圆二级巡视员|一行: the rank (二级) is part of the title and 一行 (group_words.txt) is the
    # party, never a name; the visit is the named official's, not the one before
    facts = facts_of(f"5月6日，区委书记邓峰来到桂园社区走访。同日，{name}二级巡视员一行来到柳岸社区，居民反映停车难。\n")
    assert "一行" not in posts(facts)
    assert posts(facts)[name] == ["二级巡视员"]
    assert visits(facts) == {("邓峰", "桂园社区"), (name, "柳岸社区")}
