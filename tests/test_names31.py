"""Session 31 (names): names at the edges.

1. A name whose last characters were lost (`副县长邵立??来到`) is marked as
   damaged (邵立某某, as 王??国 is 王某某国) and the build warns, naming the file.
2. A given name made of a common word whose last character the analyser glued
   to a speech verb (`副县长韦跃进讲` read 韦跃 + 进讲) keeps its three characters.
3. Together-words between two names (`A一同/一齐/结伴B来到X`) take the second
   as a companion, as 携 does; 陪着 is 陪同 (the one after it visits).
4. A village's cadres (a resident first secretary, the village party
   secretary) make the visit told of them when no official from outside is
   named before them; a first secretary leading the village secretary leads.

Fixtures are invented.
"""

import pytest

import kg
from tests.extraction import facts_of, posts, visits

pytestmark = pytest.mark.fast


# ------------------------------------------------------------ 1. the name's last characters lost

@pytest.mark.parametrize("marks", ["??", "?", "\ufffd\ufffd"])
def test_lost_last_characters_are_marked_in_the_name(marks):
    facts = facts_of(f"6月3日，副县长邵立{marks}来到青禾村调研。村民反映，村道破损严重。")
    name = "邵立" + "某" * len(marks)
    assert posts(facts) == {name: ["副县长"]}
    assert (name, "青禾村") in visits(facts)


def test_lost_last_characters_in_a_list_item():
    facts = facts_of("6月3日，副县长邵立??、镇长韦岚来到青禾村调研。")
    assert {("邵立某某", "青禾村"), ("韦岚", "青禾村")} <= visits(facts)


def test_lost_last_characters_warn_naming_the_file():
    built = kg.build_texts({"shao-0603.txt": "6月3日，副县长邵立??来到青禾村调研。村民反映，村道破损严重。"})
    (line,) = [w for w in built.warnings if "characters lost" in w]
    assert "shao-0603.txt" in line and "「邵立??」 read as 邵立某某" in line


def test_lost_last_characters_resolved_by_the_full_name_elsewhere():
    facts = facts_of("6月3日，副县长邵立??来到青禾村调研。副县长邵立华察看了村道。")
    assert posts(facts) == {"邵立华": ["副县长"]}


def test_marks_after_a_three_character_name_stay_out_of_it():
    # precision: after a surname and two given characters (no surname's among them) the name may be whole
    facts = facts_of("6月3日，副县长邵立新??来到青禾村调研。")
    assert "邵立新" in posts(facts)


def test_marks_after_words_that_are_no_name_stay_unreadable():
    # precision: no title before, no name: the marks are the editions' □
    facts = facts_of("6月3日，副县长邵立华来到青禾村调研。村民说村里的小路??修了三年。")
    assert set(posts(facts)) == {"邵立华"}


# ------------------------------------------------------------ 2. the given name glued to a speech verb

TOUR = "6月3日，县长冷秋实来到青禾村调研。"


@pytest.mark.parametrize("title, name, verb", [("副县长", "韦跃进", "讲"), ("镇长", "冯建进", "说"), ("村党支部书记", "蓝胜利", "讲")])
def test_given_name_glued_to_a_speech_verb_keeps_three_characters(title, name, verb):
    facts = facts_of(f"{TOUR}座谈会上，{title}{name}{verb}，要加快村道修复。")
    assert posts(facts).get(name) == [title]


def test_two_character_name_before_a_speech_word_stays_two():
    # precision: 强调 is the person's remark itself, 再说/听说 words of their own
    for said in ("强调", "讲", "再说"):
        facts = facts_of(f"{TOUR}座谈会上，镇长邓国{said}，要加快村道修复。")
        assert "邓国" in posts(facts), said


def test_two_character_name_written_alone_elsewhere_stays_two():
    # precision: the report writes 韦跃 with a person's act after it: the two-character name is its own
    facts = facts_of("6月3日，副县长韦跃来到青禾村调研。座谈会上，副县长韦跃进讲，要加快村道修复。")
    assert set(posts(facts)) == {"韦跃"}


# ------------------------------------------------------------ 3. together-words between two names

@pytest.mark.parametrize("together", ["一同", "一齐", "结伴"])
def test_together_word_between_names_is_the_first_ones_visit(together):
    facts = facts_of(f"6月3日，县长冷秋实{together}副县长邵立华来到青禾村调研。")
    assert visits(facts) == {("冷秋实", "青禾村")}
    roles = {o.name: o.role for o in facts.officials.values()}
    assert roles == {"冷秋实": "visitor", "邵立华": "accompanying"}


def test_pei_zhe_is_pei_tong():
    facts = facts_of("6月3日，县长冷秋实陪着副县长邵立华来到青禾村调研。")
    assert visits(facts) == {("邵立华", "青禾村")}
    assert {o.name: o.role for o in facts.officials.values()}["冷秋实"] == "accompanying"


def test_together_word_after_both_names_keeps_both_visits():
    # precision: 甲和乙一同来到: both lead
    facts = facts_of("6月3日，县长冷秋实和副县长邵立华一同来到青禾村调研。")
    assert visits(facts) == {("冷秋实", "青禾村"), ("邵立华", "青禾村")}


# ------------------------------------------------------------ 4. a village's cadres

def test_village_cadres_visit_when_an_outsider_is_only_mentioned_later():
    facts = facts_of("6月3日，驻村第一书记韦强和村党支部书记冯建来到青禾村三组，走访慰问困难群众。"
                     "韦强说，县委书记冷秋实十分关心群众生活。")
    assert visits(facts) == {("韦强", "青禾村三组"), ("冯建", "青禾村三组")}


def test_first_secretary_leading_the_village_secretary_leads():
    facts = facts_of("6月3日，驻村第一书记韦强带领村党支部书记冯建来到青禾村三组，走访慰问困难群众。")
    assert ("韦强", "青禾村三组") in visits(facts)
    assert {o.name: o.role for o in facts.officials.values()}["冯建"] == "accompanying"


def test_village_cadre_still_hosts_an_outside_visitor():
    # precision: the county head named first; the village secretary shows them round
    facts = facts_of("6月3日，县长冷秋实来到青禾村调研。村党支部书记冯建来到村道旁介绍情况。")
    assert visits(facts) == {("冷秋实", "青禾村")}
    facts = facts_of("6月3日，村党支部书记冯建带领县长冷秋实来到青禾村三组。")
    assert visits(facts) == {("冷秋实", "青禾村三组")}
