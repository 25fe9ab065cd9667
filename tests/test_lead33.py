"""Session 33 (lead): a place name opening with a list joiner's character.

Fixtures are invented.
"""

import pytest

from kg.extract.place_lists import parse_list
from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast


def place_names(text: str) -> set[str]:
    return {p.name for p in facts_of(text).places.values()}


@pytest.mark.parametrize(
    "clause, names",
    [
        ("走访和顺街道两个社区", ["和顺街道"]),  # 和 begins the name: no list opens with a joiner
        ("走访及第街道三个社区", ["及第街道"]),
        ("走访和顺、长乐两个街道", ["和顺街道", "长乐街道"]),  # (a joiner inside the list still splits)
        ("走访东湖和西湖两个社区", ["东湖社区", "西湖社区"]),
    ],
)
def test_a_quantified_list_opening_with_a_joiners_character(clause, names):
    assert [c.segments[-1].text for c in parse_list(clause, 2)] == names


def test_a_headline_place_keeps_its_first_character():
    text = (
        "区委书记周立群走访和顺街道两个社区\n\n"
        "11月2日，区委书记周立群深入和顺街道，走访青桐社区、白沙社区，与居民交流。\n"
    )
    names = place_names(text)
    assert "和顺街道" in names and "顺街道" not in names


@pytest.mark.parametrize(
    "clause, chains",
    [
        # a later item shares the first one's parents of a higher level only: no community in a community
        ("来到清河社区党群服务中心和景山社区，", [["清河社区", "党群服务中心"], ["景山社区"]]),
        ("来到东坝街道清河社区党群服务中心、景山社区", [["东坝街道", "清河社区", "党群服务中心"], ["东坝街道", "景山社区"]]),
        # (estates after a town share the town: lower than it)
        ("来到云台镇和顺家园、安康家苑", [["云台镇", "和顺家园"], ["云台镇", "安康家苑"]]),
    ],
)
def test_a_later_list_item_lies_only_in_parents_above_it(clause, chains):
    assert [[g.text for g in c.segments] for c in parse_list(clause, 2)] == chains


STORY = (
    "区长严家明走访青桐社区\n\n"
    "11月2日，区长严家明来到长乐街道青桐社区走访。在小区花园，王兰芳阿姨向严家明说起烦心事。{story}"
    "“我住五楼，下楼买菜要歇两回。”王阿姨盼着楼里能早日加装电梯。\n"
)


@pytest.mark.parametrize(
    "story",
    [
        "她老家在湖州德清，女儿一家住在西湖区，几次想接她过去住。",  # origin and kin: the resident's people
        "她家乡在河口镇，二十岁嫁到这里。",
    ],
)
def test_a_residents_story_sets_no_scene(story):
    facts = facts_of(STORY.format(story=story))
    assert visits(facts) == {("严家明", "青桐社区")}
    assert {facts.places[i.place].name for i in facts.issues} == {"青桐社区"}


def test_the_official_who_goes_on_is_still_present():
    # precision twin: the official, not someone else, opens the clause before 在X
    text = "11月2日，区长严家明来到青桐社区，随后在白沙社区党群服务中心与居民座谈。居民反映停车难。"
    assert ("严家明", "白沙社区党群服务中心") in visits(facts_of(text)) or ("严家明", "白沙社区") in visits(facts_of(text))


def test_no_guess_that_shares_only_the_type_word():
    from kg.stores.names import likeliest

    assert likeliest(("锦绣社区",), ["光塔社区", "白沙社区"]) == ""  # only 社区 in common
    assert likeliest(("锦秀社区",), ["锦绣社区", "白沙社区"]) == "did you mean 锦绣社区?"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("区长严家明强调，各单位负责人要来到白沙社区蹲点。", set()),  # what he asks of others
        ("区长严家明要求：街道干部深入白沙社区走访。", set()),
        # twins: the narration taken back by a sequence word, or no words opened
        ("区长严家明指出，要加快进度，随后来到白沙社区察看。", {("严家明", "白沙社区")}),
        ("区长严家明来到白沙社区察看。", {("严家明", "白沙社区")}),
    ],
)
def test_a_visit_verb_inside_an_officials_words_is_no_move(sentence, expected):
    assert visits(facts_of("11月2日，" + sentence)) == expected
