"""Session 35, OFF35: officials and names on unseen reports, each with invented fixtures and
a precision twin.

1. A transcribed (Mongolian, Tibetan) name with no dot after a title ends where a person's act
   begins: an activity, presence or event-role verb (主持, 看望, 汇报) or a comma before the next
   official's post
   (副县长X，乡党委书记Y陪同); the tagger cut it (巴特尔|朝鲁) or lost it (那仁满都拉).
2. A sector department's short name (卫健, 住建, 城管: organ_abbreviations.txt) read as a
   person before an organ word and a title (卫健部门负责人, 卫健委负责人) is no one; nor is a
   name with a preposition run into it before a bureau's head (王刚同/PER|民政局负责人).
3. Village-level heads: a bare 社长 in a village of 社 groups and a 屯长 are officials (the
   gold's convention for village group heads); a 社长 after a cooperative, a 村医, are not."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, posts

pytestmark = pytest.mark.fast

LEAD = "4月2日，县委书记王刚在曲登乡调研。"


# ---- 1. transcribed names without a dot

@pytest.mark.parametrize("name", ["巴特尔朝鲁", "那仁满都拉", "孟根其其格"])
def test_a_transcribed_name_before_the_next_officials_post(name):
    got = posts(facts_of(f"{LEAD}副县长{name}，乡党委书记赵亮陪同。\n"))
    assert got == {"王刚": ["县委书记"], name: ["副县长"], "赵亮": ["乡党委书记"]}


@pytest.mark.parametrize("name", ["王建国", "巴特尔"])
def test_a_short_name_before_the_next_officials_post_stays(name):
    # twin: a Han name, or a three-character transcribed one the tagger reads, is not lengthened
    got = posts(facts_of(f"{LEAD}副县长{name}，乡长赵亮等陪同。\n"))
    assert got == {"王刚": ["县委书记"], name: ["副县长"], "赵亮": ["乡长"]}


@pytest.mark.parametrize("name", ["那仁满都拉", "孟根其其格", "乌云其木格"])
@pytest.mark.parametrize("act", ["主持召开全县春耕生产工作会议", "看望慰问了困难牧户", "出席活动并讲话"])
def test_a_transcribed_name_before_presiding_or_calling_on(name, act):
    got = posts(facts_of(f"4月2日，副县长{name}{act}。\n"))
    assert got == {name: ["副县长"]}


@pytest.mark.parametrize("name", ["那仁满都拉", "乌云其木格"])
def test_a_transcribed_name_before_reporting(name):
    got = posts(facts_of(f"{LEAD}副县长{name}汇报了春耕工作。\n"))
    assert got == {"王刚": ["县委书记"], name: ["副县长"]}


def test_a_transcribed_name_whose_first_syllable_the_tagger_glued_to_the_title():
    # 副县长旦/n|增曲珍/v|来到: the title and the act name the person between
    got = posts(facts_of("4月2日，副县长旦增曲珍来到曲登乡调研。\n"))
    assert got == {"旦增曲珍": ["副县长"]}


def test_presiding_after_a_bare_title_names_no_one():
    # twin: the title's holder unnamed, the activity verb is no name's end
    got = posts(facts_of("4月2日，县长王刚来到曲登乡调研。随后，副县长主持召开座谈会。\n"))
    assert got == {"王刚": ["县长"]}


@pytest.mark.parametrize("name", ["乌云其木格", "那仁满都拉"])
def test_a_transcribed_name_right_before_its_title(name):
    # 乌云/n|其/r|木格/n|副县长: the post reader took the name's last syllables for the organ
    got = posts(facts_of(f"4月2日，县委书记王刚在曲登乡调研，{name}副县长陪同。\n"))
    assert got == {"王刚": ["县委书记"], name: ["副县长"]}


def test_a_village_and_its_heads_title_name_no_one():
    # twin: a Mongolian village's name before its head's title (巴音/PER|嘎查嘎查达), the village
    # written elsewhere, is no person; the head named after the title is
    got = posts(facts_of("4月2日，县委书记王刚来到巴音嘎查调研，巴音嘎查嘎查达陪同。\n"))
    assert got == {"王刚": ["县委书记"]}
    got = posts(facts_of("4月2日，县委书记王刚来到巴音嘎查调研，嘎查达巴图陪同。\n"))
    assert got == {"王刚": ["县委书记"], "巴图": ["嘎查达"]}


# ---- 2. a sector's short name is no person

@pytest.mark.parametrize("clause", [
    "王刚当场同交通、卫健部门负责人商量解决办法。",
    "县农业农村局、卫健委负责人陪同。",
    "王刚同城管执法局负责人商量。",
    "卫健部门负责人表示，将尽快派驻医生。",
])
def test_a_sector_short_name_before_an_organ_word_is_no_one(clause):
    got = posts(facts_of(f"4月2日，县长王刚来到青山镇调研。{clause}\n"))
    assert got == {"王刚": ["县长"]}


@pytest.mark.parametrize("text, expected", [
    ("4月2日，副县长卫健来到青山镇调研。\n", {"卫健": ["副县长"]}),
    ("4月2日，县长王刚来到青山镇调研。县卫健局局长李红陪同。\n", {"王刚": ["县长"], "李红": ["县卫健局局长"]}),
])
def test_a_person_of_that_name_and_a_sector_heads_name_stay(text, expected):
    # twin: a person named so after a title, and a named head of the sector's bureau
    assert posts(facts_of(text)) == expected


def test_a_named_subject_with_a_preposition_before_a_bureaus_head_is_no_name():
    # 王刚同/PER|民政局负责人: the tagger ran the preposition into the name written alone before
    got = posts(facts_of("4月2日，县长王刚来到青山镇调研。王刚同民政局负责人商量。\n"))
    assert got == {"王刚": ["县长"]}


def test_a_name_ending_in_that_character_stays():
    # twin: a given name ending in 同, written so wherever it stands, is a name
    got = posts(facts_of("4月2日，县长王刚来到青山镇调研。民政局李大同副局长介绍了情况。\n"))
    assert got == {"王刚": ["县长"], "李大同": ["民政局副局长"]}


# ---- 3. village-level heads

def test_a_bare_she_head_in_a_village_of_she_groups_is_an_official():
    text = "7月19日，副县长林海到石桥村调研。村里有7个社。社长王五说，饮水管道老化，经常爆管。\n"
    assert posts(facts_of(text)) == {"林海": ["副县长"], "王五": ["社长"]}


def test_a_bare_she_head_after_a_cooperative_stays_no_official():
    # twin: 社长 after a cooperative is the cooperative's head (post_unit_organs.txt)
    text = "7月19日，副县长林海到石桥村青禾合作社调研。社长王五说，销路不畅。\n"
    assert posts(facts_of(text)) == {"林海": ["副县长"]}


def test_a_hamlet_head_is_an_official():
    text = "7月19日，副县长林海到那坡屯调研。屯长黄五说，屯里的路还没硬化。\n"
    assert posts(facts_of(text)) == {"林海": ["副县长"], "黄五": ["屯长"]}


@pytest.mark.parametrize("text", [
    "7月19日，副县长林海到李家屯调研，李家屯长期缺水。\n",
    "7月19日，副县长林海到石桥村卫生室调研。村医王五说，药品种类少。\n",
])
def test_a_hamlet_then_a_word_and_a_village_doctor_are_no_officials(text):
    # twin: 屯|长期 is no title; a village doctor holds no post (the gold's convention)
    assert posts(facts_of(text)) == {"林海": ["副县长"]}
