"""OFFICIALS21: who visited, in the frames long reports use (issue 9), each a kind found by
generating report shapes (/work/tools/s21/officials21/gen21.py).  Every fixture is invented;
the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, posts, visits


def roles(facts) -> dict[str, bool]:
    """name -> accompanying"""
    return {o.name: o.role == "accompanying" for o in facts.officials.values()}


@pytest.mark.fast
@pytest.mark.parametrize("guide", ["由副镇长邵云峰带领，", "由邵云峰副镇长带领，", "在副镇长邵云峰的带领下，",
                                   "在邵云峰副镇长的带领下，", "由镇长邵云峰陪同，"])
def test_the_guide_of_a_phrase_before_the_visitor_accompanies_and_the_visitor_visits(guide):
    # 由X带领，Y来到: X shows Y's party round; Y visits, X is a companion (eval convention)
    facts = facts_of(f"5月8日，{guide}县委书记贺立川来到槐荫社区调研，察看老旧小区改造情况。\n")
    assert ("贺立川", "槐荫社区") in visits(facts)
    assert roles(facts) == {"邵云峰": True, "贺立川": False}


@pytest.mark.fast
def test_a_group_the_official_leads_is_no_guide_phrase():
    # 由X带领的督导组来到: X leads the group and visits
    facts = facts_of("5月8日，由区委书记贺立川带领的督导组来到槐荫社区，察看老旧小区改造情况。\n")
    assert visits(facts) == {("贺立川", "槐荫社区")}
    assert roles(facts) == {"贺立川": False}


@pytest.mark.fast
@pytest.mark.parametrize("visitor", ["县委书记高山", "区委副书记田野", "二级巡视员方圆"])
def test_a_visitor_guided_after_the_name_is_read_by_the_guide_phrase(visitor):
    # 县委书记高山|在副乡长于是的带领下来到: a name that is a common word is a name before a guide's phrase
    name = visitor[-2:]
    facts = facts_of(f"6月2日上午，{visitor}在副乡长于是的带领下来到柳河村，察看人居环境整治情况。\n")
    assert visits(facts) == {(name, "柳河村")}
    assert roles(facts) == {name: False, "于是": True}


@pytest.mark.fast
@pytest.mark.parametrize("text, name, post", [
    ("由张勇镇党委书记带领，副区长陈静来到团结社区调研。", "张勇", "镇党委书记"),
    ("由高山县委书记带领，副区长陈静来到团结社区调研。", "高山", "县委书记"),
])
def test_a_name_read_as_a_posts_jurisdiction_is_the_name(text, name, post):
    facts = facts_of("4月9日，" + text + "\n")
    assert posts(facts)[name] == [post]


@pytest.mark.fast
def test_a_jurisdiction_the_report_names_as_a_place_stays_the_posts():
    # 高山县 is a county of the report: 高山县委书记 is that county's secretary, no one named
    facts = facts_of("4月9日，高山县委书记来到青禾社区调研，副镇长丁一陪同。高山县位于山区，青禾社区是高山县的老社区。\n")
    assert "高山" not in posts(facts)


@pytest.mark.fast
@pytest.mark.parametrize("adverb", ["全程", "一路"])
def test_a_common_word_name_before_an_adverb_of_the_whole_way(adverb):
    facts = facts_of(f"11月20日，县长王平来到锦绣社区调研，区民政局局长苏醒{adverb}陪同。\n")
    assert posts(facts)["苏醒"] == ["区民政局局长"]
    assert roles(facts)["苏醒"] is True


@pytest.mark.fast
@pytest.mark.parametrize("companion, name, post", [
    ("丁一副镇长", "丁一", "副镇长"), ("张勇镇党委书记", "张勇", "镇党委书记"), ("周正社区党委书记", "周正", "社区党委书记"),
])
def test_a_posts_first_characters_run_into_the_name_are_the_posts(companion, name, post):
    # the tagger reads 丁一副/PER|镇长, 张勇镇/LOC|党委书记: the deputy's mark and the type word open the post
    facts = facts_of(f"3月12日，副县长向东来到柳河村调研，{companion}陪同。\n")
    assert posts(facts)[name] == [post]
    assert visits(facts) == {("向东", "柳河村")}


@pytest.mark.fast
@pytest.mark.parametrize("text, name, post", [
    ("由王建村副镇长带领的工作组来到团结社区。", "王建村", "副镇长"),
    ("李新站常务副区长来到团结社区调研。", "李新站", "常务副区长"),
])
def test_a_name_ending_in_a_type_word_before_a_title_of_its_own_stays_whole(text, name, post):
    facts = facts_of("5月16日，" + text + "\n")
    assert posts(facts)[name] == [post]


@pytest.mark.fast
@pytest.mark.parametrize("act", ["陪同", "参加", "随同调研"])
def test_a_name_the_tagger_reads_as_an_adverb_before_an_act_is_a_name(act):
    # 副镇长|任重/d|陪同: a two-character adverb opening with a surname, then a person's act
    facts = facts_of(f"6月2日上午，区长李强来到东风社区调研，副镇长任重{act}。\n")
    assert posts(facts)["任重"] == ["副镇长"]
    assert visits(facts) == {("李强", "东风社区")}


@pytest.mark.fast
@pytest.mark.parametrize("adverb", ["全力", "马上", "全程", "继续"])
def test_an_adverb_of_the_act_after_an_unnamed_title_names_no_one(adverb):
    # name_follow_adverbs.txt: 副镇长|全力|陪同 has no one named after the title
    facts = facts_of(f"5月6日，区长韦东来到青石社区调研，副镇长{adverb}陪同。\n")
    assert set(posts(facts)) == {"韦东"}
