"""NAMES29: a name is a name.  A name followed by an adverb of the person's act,
written the same way twice, stays the name (FAULTS29 kind 9); a given name that
is also a common word is a person after a title before an act (kind 13); a
distance after a group word is no place ending in 里 (kind 15); a dotted
transcribed name with lost characters keeps its whole name, with the lost-name
warning (a newcomer's report).  Every fixture is invented; the tests run the
real pipeline."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.corpus.guessed import guessed_names_warning
from kg.pipeline import Pipeline
from kg.read import RawReport
from kg.repair.lost import mark_lost_characters
from kg.text import TrackedText
from tests.extraction import facts_of, issues, posts, visits

# ---------------------------------------------------------------- 1. name + adverb written twice


def _tour(adverb: str) -> str:
    """A headline and a lead both writing 林晓 + `adverb`, then 林晓 alone."""
    return (f"副县长林晓{adverb}来到青岚村\n\n2025年6月3日，安平县副县长林晓{adverb}来到白石镇青岚村，走访农户。"
            "在村民活动室，村民反映村道一下雨就塌方。随后，林晓来到青岚村茶叶合作社。林晓指出，要抓好产业。\n")


@pytest.mark.fast
@pytest.mark.parametrize(
    "adverb",
    [
        "冒雨", "连夜", "耐心", "一一", "当即",  # the adverb class (name_follow_adverbs.txt)
        "悄悄", "紧急", "再度",  # read by the analyser as an adverb (d, ad) after the name
        "一早", "专题",  # no adverb by either: the name written alone elsewhere, with an act
    ],
)
def test_a_name_and_an_adverb_written_twice_is_the_name(adverb):
    facts = facts_of(_tour(adverb))
    assert posts(facts) == {"林晓": ["安平县副县长"]}
    assert ("林晓", "茶叶合作社") in visits(facts)
    assert not any(name.startswith("林晓" + adverb[:1]) for name, _ in visits(facts))


@pytest.mark.fast
@pytest.mark.parametrize(
    "headline, name",
    [
        ("县长马志强调研青岚村", "马志强"),  # the headline cuts the name by a verb (马志|强调研)
        ("副县长邓文华来到青岚村", "邓文华"),
    ],
)
def test_a_longer_name_written_elsewhere_is_still_read(headline, name):
    # precision: a name the report writes longer at its other mentions, never alone, stays long
    facts = facts_of(f"{headline}\n\n2025年6月3日，安平县{headline[:headline.index(name)]}{name}来到白石镇青岚村调研。"
                     f"{name}指出，要抓好产业。\n")
    assert list(posts(facts)) == [name]
    assert (name, "青岚村") in visits(facts)


# ---------------------------------------------------------------- 2. a common word as a given name

VISIT = "2024年5月6日，县长柏文来到青岚镇石屏村调研。"


@pytest.mark.fast
@pytest.mark.parametrize(
    "name, act",
    [
        ("吉文才", "反映"),  # 吉文/n 才/d: the given name's last character read as an adverb
        ("符建设", "介绍"),  # 符/n 建设/vn
        ("吉建设", "说"),  # 吉/PER 建设/v: the surname alone a person, the given name a verb
        ("吉国庆", "反映"),
        ("符国庆", "反映"),  # 书记符/n 国庆/TIME: the surname glued to the title, the given name a holiday
        ("包先锋", "反映"),
        ("吉前进", "反映"),
    ],
)
def test_a_given_name_that_is_a_common_word_is_a_person_after_a_title(name, act):
    facts = facts_of(VISIT + f"村党支部书记{name}{act}，村道太窄，大货车进不来。\n")
    assert posts(facts) == {"柏文": ["县长"], name: ["村党支部书记"]}


@pytest.mark.fast
@pytest.mark.parametrize(
    "clause",
    ["村主任向记者介绍", "村书记严肃地说", "村主任马上说", "村主任单独反映", "村书记当场表示", "村主任和村民说"],
)
def test_words_after_a_title_that_are_no_name_stay_none(clause):
    # precision: a preposition, a particle, an adverb or a conjunction after the title: no person
    facts = facts_of(VISIT + f"{clause}，村道太窄，大货车进不来。\n")
    assert posts(facts) == {"柏文": ["县长"]}


# ---------------------------------------------------------------- 3. a distance is no place


@pytest.mark.fast
@pytest.mark.parametrize("distance", ["五十多公里", "三十余公里", "十来公里", "二十多里路", "八十多英里", "百余里"])
@pytest.mark.parametrize("group", ["调研组", "视察组"])
def test_a_distance_after_a_group_word_is_no_place(distance, group):
    facts = facts_of(f"2025年6月3日，副县长林晓带领调研组来到白石镇青岚村。随后，{group}驱车{distance}，来到河口镇江头村。\n")
    assert visits(facts) == {("林晓", "青岚村"), ("林晓", "江头村")}


@pytest.mark.fast
@pytest.mark.parametrize("estate", ["永康里", "群英里", "同心里"])
def test_a_lane_estate_ending_in_li_is_still_a_place(estate):
    # precision: 里 after a name's character (not a numeral or a unit) ends a lane estate's name
    facts = facts_of(f"2025年6月3日，副区长林晓来到东湖街道{estate}，察看老旧小区改造。居民反映楼道照明不足。\n")
    assert ("林晓", estate) in visits(facts)


# ---------------------------------------------------------------- 4. dotted names with lost characters

_PIPELINE = Pipeline()


def _read(text: str):
    raw = RawReport(Path("r.txt"), text, hashlib.sha256(text.encode()).hexdigest(), "utf-8")
    return _PIPELINE.run_doc(raw, "r.txt")


@pytest.mark.fast
@pytest.mark.parametrize(
    "received, read",
    [("乌??·其木格", "乌某某·其木格"), ("乌云·其??", "乌云·其某某"), ("乌云·??", "乌云·某某"), ("乌云\ufffd·其木格", "乌云某·其木格")],
)
def test_a_dotted_name_with_lost_characters_keeps_the_official_and_warns(received, read):
    text = (f"2025年5月20日，锡林浩特市副市长{received}来到宝力根苏木巴音嘎查，牧民反映饮水井水质不达标。"
            f"随后，{received}来到希日塔拉街道额尔敦社区，居民反映小区停车难。\n")
    doc = _read(text)
    assert posts(doc.facts) == {read: ["锡林浩特市副市长"]}
    assert visits(doc.facts) == {(read, "巴音嘎查"), (read, "额尔敦社区")}
    assert issues(doc.facts) == {("巴音嘎查", "饮水井水质不达标"), ("额尔敦社区", "小区停车难")}
    assert f"「{received}」 read as {read}" in guessed_names_warning(doc.facts, doc.text)


@pytest.mark.fast
@pytest.mark.parametrize(
    "received, repaired",
    [("居民反映村里的??路年久失修。", "居民反映村里的□□路年久失修。"), ("•??社区活动室改造", "•??社区活动室改造")],
)
def test_marks_outside_a_dotted_name_are_no_name_part(received, repaired):
    # precision: marks in an ordinary word stay □; marks after a list's bullet are no name's
    assert mark_lost_characters(TrackedText(received)).text == repaired
