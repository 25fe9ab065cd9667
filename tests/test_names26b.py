"""Names and posts of session 26 (newcomer findings 3 and 4): a companion's
transcribed name before an adverb and a visit verb (副旗长图门其其格一同调研),
and the 、-joined posts of one organ before a comma and a second organ's post
(农六师党委书记、政委，五家渠市委书记王明).  Every fixture is invented; the
tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, posts, visits

LEAD = "2024年5月10日，旗长宝音德力格尔来到哈日乌苏嘎查，察看草场围栏。"


@pytest.mark.fast
@pytest.mark.parametrize("name", ["图门其其格", "其其格", "斯琴巴特尔", "乌兰图雅"])
@pytest.mark.parametrize("act", ["一同调研", "一起调研", "共同调研", "一同察看"])
def test_a_transcribed_companion_before_an_adverb_and_a_visit_verb_keeps_the_whole_name(name, act):
    # the adverb and the visit verb close the name, as 来到 or 参加调研 do
    facts = facts_of(f"{LEAD}副旗长{name}{act}。\n")
    assert posts(facts) == {"宝音德力格尔": ["旗长"], name: ["副旗长"]}


@pytest.mark.fast
@pytest.mark.parametrize("name", ["图门其其格", "乌兰图雅"])
def test_the_companion_investigating_together_visits_the_leads_stop(name):
    # a leader who 一同调研 in a sentence of their own goes along (`official_acts.joins_tour`;
    # NEWC26 finding 8, reversed in session 40: the readable golds p134-09 and p139-10 give them the stops)
    facts = facts_of(f"{LEAD}副旗长{name}一同调研。\n")
    assert visits(facts) == {("宝音德力格尔", "哈日乌苏嘎查"), (name, "哈日乌苏嘎查")}


@pytest.mark.fast
def test_a_companion_named_before_any_tour_joins_none():
    facts = facts_of("副旗长乌兰图雅一同调研。旗长宝音德力格尔来到哈日乌苏嘎查，察看草场围栏。\n")
    assert ("乌兰图雅", "哈日乌苏嘎查") not in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize(
    "sentence",
    [
        "旗长要求苏木干部一同调研。",  # a title, a verb: no name there
        "村党支部书记一同察看。",  # a title with no name
        "相关部门负责同志一起调研。",
    ],
)
def test_an_adverb_and_a_visit_verb_after_no_name_give_no_official(sentence):
    facts = facts_of(f"{LEAD}{sentence}\n")
    assert set(posts(facts)) == {"宝音德力格尔"}


@pytest.mark.fast
@pytest.mark.parametrize(
    "first, second, name",
    [
        (["农六师党委书记", "政委"], "五家渠市委书记", "王立新"),
        (["区委常委", "宣传部部长"], "副区长", "李红梅"),
        (["市委常委", "秘书长"], "市政府党组成员", "周海峰"),
        (["县委常委", "组织部部长", "县委党校校长"], "县政协副主席", "孟庆和"),
    ],
)
@pytest.mark.parametrize("opening", ["2024年5月10日，", ""])
def test_posts_joined_by_dunhao_before_a_comma_and_a_second_organs_post_all_go_to_the_name(first, second, name, opening):
    facts = facts_of(f"{opening}{'、'.join(first)}，{second}{name}来到青石街道柳湾社区调研。\n")
    assert posts(facts) == {name: [*first, second]}
    assert visits(facts) == {(name, "柳湾社区")}


@pytest.mark.fast
@pytest.mark.parametrize(
    "text, name, expected",
    [
        # a clause with a name in it keeps its posts
        ("王明任副区长、区委常委，区委书记李红来到青石街道调研。", "李红", ["区委书记"]),
        # a name before the 、: the posts before the comma are that name's
        ("区长王明、副区长周芳，区委书记李红来到青石街道调研。", "李红", ["区委书记"]),
        ("区长王明、副区长周芳，区委书记李红来到青石街道调研。", "周芳", ["副区长"]),
    ],
)
def test_posts_before_a_comma_in_a_clause_with_a_name_stay_there(text, name, expected):
    assert posts(facts_of(text + "\n"))[name] == expected
