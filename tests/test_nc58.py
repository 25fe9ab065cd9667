"""Session 58 (nc58): a newcomer's faults on who speaks, where, and names with a space.
Fixtures invented.

1. A second speaker opening their own clause with a speech act (，周师傅表示Y) ends the
   first speaker's words: Y is no part of the first speaker's label.  (表示 as a resident's
   speech act, shape say, was tried and taken out: it stopped a cadre's 表示 account going on
   after 还有 in the next sentence, tests/test_issue_verb_accounts.py.)
2. A raising act (反映, 提出, 建议) opens no place's name: 在X社区反映小区停车难 is a visit to
   X社区, not to a place 反映小区 (place_parse.act_opens).
3. A two-character name padded with an ASCII space (区长韩 涛, 韩 涛区长) is one name, after
   or before a post title (repair.wrap.join_padded_names); not where the space is a word
   boundary (区长韩 明天来到).
"""

import pytest

from kg.repair import repair
from tests.extraction import facts_of, issues, official_names, visits

pytestmark = pytest.mark.fast

VISIT = "2026年4月8日，副区长聂文涛来到翠湖街道柳荫社区走访。"


# 1. who speaks
def test_a_second_speaker_with_a_speech_act_ends_the_first_speakers_words():
    got = issues(facts_of(VISIT + "居民赵阿姨说单元门禁坏了一个多月，周师傅表示车棚私拉电线充电存在火灾隐患。"))
    assert ("柳荫社区", "单元门禁坏了一个多月") in got, got
    assert not any("周师傅" in label for _, label in got), got


def test_a_second_speakers_opinion_is_not_the_first_speakers_issue():
    # 认为 raises nothing by itself (issue_official_acts.txt), but the clause is 周师傅's
    got = issues(facts_of(VISIT + "居民赵阿姨说单元门禁坏了一个多月，周师傅认为车棚私拉电线存在火灾隐患。"))
    assert ("柳荫社区", "单元门禁坏了一个多月") in got, got
    assert not any("周师傅" in label for _, label in got), got


# 2. a raising act opens no place's name
@pytest.mark.parametrize("act", ["反映", "提出", "建议"])
def test_a_raising_act_opens_no_place_name(act):
    facts = facts_of(f"2026年4月8日，市人大代表邝雪梅在翠湖街道柳荫社区{act}小区充电桩不足问题。")
    got = visits(facts)
    assert ("邝雪梅", "柳荫社区") in got, got
    assert not any(place.startswith(act) for _, place in got), got
    assert not any(p.name.startswith(act) for p in facts.places.values())
    # what must not change: a wish word opens names (希望小学)
    assert ("聂文涛", "希望小学") in visits(facts_of("2026年4月8日，副区长聂文涛来到青岗村希望小学调研。"))


# 3. a name padded with a space
@pytest.mark.parametrize("text", [
    "2026年4月8日，区长韩 涛来到柳荫社区调研，居民反映电梯老旧。",
    "2026年4月8日，韩 涛区长来到柳荫社区调研，居民反映电梯老旧。",
    "2026年4月8日，區長韓 濤來到柳蔭社區調研，居民反映電梯老舊。",
])
def test_a_padded_two_character_name_is_one_name(text):
    facts = facts_of(text)
    assert official_names(facts) == {"韩涛"}, official_names(facts)
    assert ("韩涛", "柳荫社区") in visits(facts)


@pytest.mark.parametrize("boundary", [
    "区长韩 明天来到柳荫社区",   # 明天: a time word after the space
    "区长韩 也来到柳荫社区",     # 也: an adverb
    "东湖 社区居民反映",          # no surname, no title
    "居民韩 涛反映",              # no post title beside the name
])
def test_a_space_at_a_word_boundary_stays(boundary):
    assert repair("区长韩 涛来到柳荫社区").text == "区长韩涛来到柳荫社区"  # (the padding goes)
    assert repair(boundary).text == boundary
