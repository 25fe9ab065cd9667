"""Posts linked to a name written apart from it (kg/extract/officials.py): a
clause of posts set off after a name, a verb introducing the posts, the organ
written before the name and the title after it, a capacity frame, and lists of
names the analyser reads only in part.  Real pipeline, real lexical analyser;
every fixture is invented for these tests."""

import pytest

from tests.extraction import facts_of, posts, visits


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # posts in a clause of their own after a name alone in its clause
        ("2025年6月3日，卢振邦，区委副书记、区长，来到青枫街道翠湖社区调研。", "卢振邦", ["区委副书记", "区长"]),
        # posts after a verb that introduces them
        ("2025年6月3日，卢振邦是区委常委、副区长，他来到青枫街道翠湖社区调研。", "卢振邦", ["区委常委", "副区长"]),
        # the organ before the name, the title after it
        ("2025年6月3日，区政协卢振邦副主席一行来到青枫街道翠湖社区。", "卢振邦", ["区政协副主席"]),
        ("2025年6月3日，区住建委卢振邦副主任带队来到青枫街道翠湖社区。", "卢振邦", ["区住建委副主任"]),
        # a capacity: the word closing the frame is no name
        ("2025年6月3日，卢振邦以市人大代表身份来到青枫街道翠湖社区。", "卢振邦", ["市人大代表"]),
    ],
)
def test_posts_written_apart_from_the_name(text, name, expected):
    got = posts(facts_of(text))
    assert got.get(name) == expected, got
    assert set(got) == {name}  # nothing else read as a person (身份, 卢振邦是)


def test_the_visitor_introduced_by_an_appositive_visits():
    facts = facts_of("2025年6月3日，卢振邦，区委副书记、区长，来到青枫街道翠湖社区调研。")
    assert ("卢振邦", "翠湖社区") in visits(facts)


def test_a_name_list_before_a_plural_post_keeps_an_item_read_apart():
    # 郝建设 is read by the analyser as a surname and a verbal noun
    facts = facts_of("2025年6月3日，卢振邦、宫晓岚、郝建设、简雨农等区人大代表来到青枫街道翠湖社区。")
    got = posts(facts)
    assert got == {n: ["区人大代表"] for n in ("卢振邦", "宫晓岚", "郝建设", "简雨农")}, got


@pytest.mark.parametrize(
    "text",
    [
        # a name and a clause that is no post
        "卢振邦，退休教师，也来到社区。",
        # posts after a name that is not alone in its clause
        "居民向卢振邦反映，区委副书记、区长，都很关心这件事。",
        # a list of residents before a count that is no post
        "居民卢振邦、郝建设等3人也来到社区。",
    ],
)
def test_no_official_without_a_post_frame(text):
    got = posts(facts_of("2025年6月3日，副区长简雨农来到青枫街道翠湖社区。" + text))
    assert got == {"简雨农": ["副区长"]}, got


def test_posts_set_off_after_a_name_do_not_take_the_next_name():
    got = posts(facts_of("2025年6月3日，卢振邦，区委副书记、区长宫晓岚来到青枫街道翠湖社区。"))
    assert got == {"宫晓岚": ["区委副书记", "区长"]}, got


@pytest.mark.parametrize(
    "sentence, name",
    [
        # the head of a residents' own body (post_resident_bodies.txt)
        ("业委会主任宫晓岚反映，小区绿化带多年没有修剪。", "宫晓岚"),
        ("楼组长宫晓岚说，脚手架搭起来以后出门很不方便。", "宫晓岚"),
        # an enterprise's title whatever the organ (post_enterprise_titles.txt)
        ("分拣中心总经理宫晓岚介绍了分拣情况。", "宫晓岚"),
        # the person in charge for a party to a contract
        ("运营方负责人宫晓岚介绍，助餐点每天供应午餐。", "宫晓岚"),
    ],
)
def test_heads_of_bodies_outside_government_are_no_officials(sentence, name):
    got = posts(facts_of("2025年6月3日，副区长简雨农来到青枫街道翠湖社区。" + sentence))
    assert name not in got and "简雨农" in got, got


def test_a_government_organs_person_in_charge_stays_an_official():
    got = posts(facts_of("2025年6月3日，副区长简雨农来到青枫街道翠湖社区，区民政局负责人宫晓岚陪同。"))
    assert got.get("宫晓岚") == ["区民政局负责人"], got


@pytest.mark.parametrize(
    "sentence, name, post",
    [
        # a noun ending in a title morpheme (post_title_morphemes.txt: 官) heads a post
        ("社区教官宫晓岚介绍了小区治安情况。", "宫晓岚", "社区教官"),
        # a police officer (post_titles.txt)
        ("社区民警宫晓岚介绍了小区治安情况。", "宫晓岚", "社区民警"),
    ],
)
def test_title_heads_of_a_class(sentence, name, post):
    got = posts(facts_of("2025年6月3日，副区长简雨农来到青枫街道翠湖社区。" + sentence))
    assert got.get(name) == [post], got


def test_a_title_morpheme_inside_a_common_word_names_no_one():
    got = posts(facts_of("2025年6月3日，副区长简雨农来到青枫街道翠湖社区，官方网站发布了消息。"))
    assert got == {"简雨农": ["副区长"]}, got


def test_names_sharing_a_title_after_an_organ_share_the_organ():
    got = posts(facts_of("2025年6月3日，区人大常委会卢振邦、宫晓岚副主任来到青枫街道翠湖社区。"))
    assert got == {"卢振邦": ["区人大常委会副主任"], "宫晓岚": ["区人大常委会副主任"]}, got


def test_names_sharing_a_title_after_a_resident_are_not_a_list():
    got = posts(facts_of("2025年6月3日，副区长简雨农来到青枫街道翠湖社区。居民卢振邦和宫晓岚副主任交谈。"))
    assert "卢振邦" not in got, got


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # names before a title they share, each after its own organ
        ("区民政局卢振邦、区住建委宫晓岚副主任陪同调研。", {"卢振邦": ["区民政局副主任"], "宫晓岚": ["区住建委副主任"]}),
        # the same before a count and a plural post
        ("区人大常委会卢振邦、区政协宫晓岚两位副主任陪同调研。",
         {"卢振邦": ["区人大常委会副主任"], "宫晓岚": ["区政协副主任"]}),
    ],
)
def test_list_items_with_their_own_organ(sentence, expected):
    got = posts(facts_of("2025年6月3日，副区长简雨农来到青枫街道翠湖社区，" + sentence))
    assert {k: v for k, v in got.items() if k != "简雨农"} == expected, got


def test_names_led_with_their_own_organs_accompany_the_leader():
    facts = facts_of("2025年6月3日，区委书记简雨农带领区民政局卢振邦、区住建委宫晓岚副主任来到青枫街道翠湖社区。")
    got = posts(facts)
    assert got.get("卢振邦") == ["区民政局副主任"] and got.get("宫晓岚") == ["区住建委副主任"], got
    assert visits(facts) == {("简雨农", "翠湖社区")}
