"""Names and titles of session 27 (FAULTS27 kinds 5, 7, 9, 18 and the unit heads):
a list of names after a title that the analyser reads as no person, a name glued
by 和 to the next post's organ, a duty role in a capacity frame, a farm read as a
name before its head's title, and the heads of village groups.  Every fixture is
invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, posts, visits

DAY = "2025年5月6日，"


# --- kind 5: a list of names with no tagged person -------------------------------------------


@pytest.mark.fast
@pytest.mark.parametrize(
    "title, names, close",
    [
        ("副市长", ("玉香", "刀建明"), "一行来到"),
        ("副县长", ("玉罕", "岩温"), "等来到"),
        ("副州长", ("刀国华", "玉波"), "一行深入"),
    ],
)
def test_a_list_of_name_shaped_items_after_a_title_names_its_holders(title, names, close):
    facts = facts_of(f"{DAY}{title}{'、'.join(names)}{close}青松村调研茶叶产业。\n")
    assert posts(facts) == {name: [title] for name in names}
    assert visits(facts) == {(name, "青松村") for name in names}


@pytest.mark.fast
@pytest.mark.parametrize(
    "text",
    [
        "副县长带领农业、林业等部门一行来到青松村调研。",
        "县委书记、县长一行来到青松村调研。",
        "副县长调研、督导一行来到青松村。",
    ],
)
def test_a_list_of_other_words_after_a_title_names_no_one(text):
    try:
        found = posts(facts_of(DAY + text + "\n"))
    except Exception:  # no official at all: no facts in the report
        found = {}
    assert not {"农业", "林业", "县长", "调研", "督导"} & set(found)


# --- kind 7: a person word glued across 和 to the next post's organ ------------------------


@pytest.mark.fast
@pytest.mark.parametrize(
    "first_posts, name, join, second_post, second",
    [
        (("县人大代表", "青松社区党委书记"), "陆春燕", "和", "县人大代表", "杨德华"),
        (("区人大代表", "枫林街道党工委书记"), "周晓红", "及", "区政协委员", "许平"),
        (("市政协委员", "青松社区党委书记"), "何丽", "与", "市人大代表", "孙勇"),
    ],
)
def test_a_name_joined_to_the_next_post_keeps_both_officials(first_posts, name, join, second_post, second):
    facts = facts_of(f"{DAY}{'、'.join(first_posts)}{name}{join}{second_post}{second}来到青松社区。\n")
    assert posts(facts) == {name: list(first_posts), second: [second_post]}
    assert not any(name in post for found in posts(facts).values() for post in found)


@pytest.mark.fast
def test_two_names_glued_by_a_conjunction_are_no_name_and_organ():
    from kg.analyse import Token
    from kg.extract.official_name_shapes import name_glued_to_next_post

    text = "副县长王明和李红副县长"
    assert name_glued_to_next_post(text, [Token("王明和李红", "PER", 3, 8)], 3) is None


# --- kind 18: a duty role in a capacity frame -------------------------------------------------


@pytest.mark.fast
@pytest.mark.parametrize("capacity", ["以联系领导身份", "以挂点领导的身份", "以包联干部身份", "作为包村干部"])
def test_a_duty_role_in_a_capacity_frame_is_no_post(capacity):
    facts = facts_of(f"{DAY}县委书记王海{capacity}来到青松村调研。\n")
    assert posts(facts) == {"王海": ["县委书记"]}
    assert visits(facts) == {("王海", "青松村")}


@pytest.mark.fast
def test_a_post_in_a_capacity_frame_is_still_a_post():
    facts = facts_of(f"{DAY}王海以区人大代表身份来到青松村调研。\n")
    assert posts(facts) == {"王海": ["区人大代表"]}


# --- unit heads: a farm the analyser reads as a name --------------------------------------


@pytest.mark.fast
@pytest.mark.parametrize("post", ["林场场长", "林场副场长", "牧场场长", "农场场长", "青松林场场长"])
def test_a_state_farm_head_is_an_official_whatever_the_analyser_reads(post):
    facts = facts_of(f"{DAY}{post}范文亮来到青松村调研。\n")
    assert posts(facts) == {"范文亮": [post]}
    assert visits(facts) == {("范文亮", "青松村")}


@pytest.mark.fast
def test_a_name_ending_in_a_one_character_type_word_stays_a_name():
    from kg.extract.official_posts import _unit_word

    assert not _unit_word("罗村") and not _unit_word("王建村")
    assert _unit_word("林场") and _unit_word("县医院")


# --- kind 9: heads of village groups ---------------------------------------------------------


@pytest.mark.fast
@pytest.mark.parametrize(
    "place, post",
    [("青松村", "村民小组长"), ("青松村", "村民小组组长"), ("青松村东山组", "组长"), ("青松村东山组", "东山组组长")],
)
def test_a_village_group_head_is_an_official_and_still_raises_issues(place, post):
    facts = facts_of(f"{DAY}县委书记王海来到{place}，{post}范文亮反映道路破损严重。\n")
    assert posts(facts) == {"王海": ["县委书记"], "范文亮": [post]}
    assert {label for _, label in issues(facts)} == {"道路破损严重"}


@pytest.mark.fast
@pytest.mark.parametrize("post", ["合作社社长", "物业公司经理", "楼组长"])
def test_a_unit_or_residents_body_head_stays_no_official(post):
    facts = facts_of(f"{DAY}县委书记王海来到青松村，{post}范文亮反映销路不畅。\n")
    assert posts(facts) == {"王海": ["县委书记"]}
