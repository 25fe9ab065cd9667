"""Lead's fixes of session 24, from the newcomer's reports: a place named only in a
post written with its type word twice (青山县县长), and a deputy's promise after a
clause of their own.  Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, posts, visits


def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


@pytest.mark.fast
@pytest.mark.parametrize(
    "post, place, venue",
    [
        ("青山县县长", "青山县", "县委党校报告厅"),
        ("城关镇镇长", "城关镇", "镇政府会议室"),
        ("白沙乡乡长", "白沙乡", "乡政府会议室"),
    ],
)
def test_a_forum_at_the_seat_of_a_jurisdiction_named_in_a_doubled_post(post, place, venue):
    # the second 县 of 青山县县长 opens the title: the place is 青山县, never 青山县县
    facts = facts_of(f"2025年6月25日，{post}孙立群在{venue}主持召开座谈会。参加座谈的人员就小区物业管理、农村客运班线等问题提出建议。\n")
    assert place in place_names(facts)
    assert not any(n.endswith(place[-1] * 2) for n in place_names(facts))
    assert issues(facts) == {(place, "小区物业管理"), (place, "农村客运班线")}


@pytest.mark.fast
def test_a_forum_at_a_county_seat_keeps_its_issues_when_the_tour_goes_on():
    facts = facts_of(
        "2025年6月25日，青山县县长孙立群在县委党校报告厅主持召开座谈会。参加座谈的人员就小区物业管理、"
        "农村客运班线等问题提出建议。随后，孙立群来到城关镇政府会议室，听取城关镇工作汇报。\n"
    )
    assert issues(facts) == {("青山县", "小区物业管理"), ("青山县", "农村客运班线")}


@pytest.mark.fast
@pytest.mark.parametrize("own", ["认真记录，", "一一作了记录，", "仔细倾听，"])
def test_a_deputys_promise_after_a_clause_of_their_own_is_no_issue(own):
    facts = facts_of(
        "5月20日，区人大代表张丽华来到南湖街道人大代表联络站接待选民。居民反映小区停车难。"
        f"张丽华{own}表示将把大家的意见整理成建议，提交区人大常委会。\n"
    )
    assert issues(facts) == {("南湖街道人大代表联络站", "小区停车难")}


@pytest.mark.fast
def test_residents_speaking_after_the_officials_clause_still_raise():
    # the clause after the official's is the residents' when they are its subject
    facts = facts_of("5月20日，区长王明走进青禾社区，居民反映小区停车难，希望增建停车位。\n")
    assert ("青禾社区", "小区停车难") in issues(facts)


@pytest.mark.fast
@pytest.mark.parametrize("sep", ["，", "、"])
def test_a_name_the_analyser_reads_as_a_verb_fills_a_list_item(sep):
    # 谈志 is one verb word to the analyser; between a title and the next item's title it is a name
    facts = facts_of(f"1月1日，区委书记谈志{sep}区长欧阳丽深入社区一线。谈志来到幸福社区，居民反映停车难。\n")
    assert posts(facts) == {"谈志": ["区委书记"], "欧阳丽": ["区长"]}


@pytest.mark.fast
def test_a_verb_after_a_title_in_a_list_is_no_name():
    facts = facts_of("1月1日，区委书记王明主持，区长讲话，副区长李华陪同，来到幸福社区。\n")
    assert set(posts(facts)) == {"王明", "李华"}


@pytest.mark.fast
@pytest.mark.parametrize("party", ["", "一行"])
def test_an_official_of_a_party_that_split_goes_to_their_own_stop_alone(party):
    # 分别带队: each leads a group of their own; one named at a stop is there without the other
    facts = facts_of(
        "2024年4月2日，副区长葛青云、骆冰分别带队，深入松岭乡、柏川镇检查春季森林防火工作。\n"
        f"葛青云{party}来到松岭乡杉木村，查看进山人员登记。\n"
        "骆冰来到柏川镇桦树村，察看林区隔离带建设。\n"
    )
    assert {("葛青云", "杉木村"), ("骆冰", "桦树村")} <= visits(facts)
    assert not {("骆冰", "杉木村"), ("葛青云", "桦树村")} & visits(facts)


@pytest.mark.fast
def test_a_party_that_toured_together_is_still_there_with_one_named_alone():
    facts = facts_of("4月2日，副区长葛青云、骆冰一同来到松岭乡杉木村。随后，葛青云走进村卫生室，察看药品配备。\n")
    assert {("葛青云", "杉木村"), ("骆冰", "杉木村")} <= visits(facts)
