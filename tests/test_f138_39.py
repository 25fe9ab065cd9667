"""FAULTS39_p138 (session 39): pastoral and mountain villages, reports of households visited.

1. A speaker's clause whose speech verb takes its object by the disposal construction
   (组长X把攒了好久的几件事一口气说了出来：A；B) is a speaker's clause, however long the object
   (`issue_words.disposed_speech`, `disposed_speech_start`).
2. A raiser given an age (六十岁的瑶族村民) is one person: 他/她 after it refers back to them
   (`issue_words.single_raiser`).
3. Small talk about one's family (说起了家里的事) names no matter (`issue_generic.txt`).
4. A manner phrase of braving the weather (冒着零下三十度的严寒，) between a transcribed name
   and the act still closes the name (`official_acts.braving`, `name_braving_verbs.txt`); the
   苏木's head is 苏木长 (`post_titles.txt`).
5. A resident's home read as a noun phrase (牧民X家) is no site: the visit is to the village
   (`tagged_places.resident_home`).
6. 同 before 在/住 (同在院里的邻居) is an adverb describing the raisers, not 同 + people met
   (`issue_raisers.MET_RAISER`).
7. A raising's relative head disposed of and laid out before a colon (把群众反映集中的事情一一摆了
   出来：一是A) lists the raised items (`issue_frames.laid_out_items`, `issue_layout_verbs.txt`).
8. A head noun joined of two (意见建议) ending in an act is no act (`issue_words.head_compounds`).
Invented fixtures; each with a precision twin.
"""

import pytest

from tests.extraction import facts_of, issues, posts, visits

pytestmark = pytest.mark.fast

OPEN = "3月5日，县委副书记、县长王明来到青石村，先后走进东坡组、西坡组的农户家中。\n\n"


def test_a_disposed_speech_verb_opens_the_speakers_list():
    f = facts_of(OPEN + "来到西坡组，组长刘大成把攒了好久的几件事一口气说了出来：组里的灌溉渠塌了两处；自来水水压低，坡上几户接不上水。")
    labels = {l for p, l in issues(f) if p == "西坡组"}
    assert any("灌溉渠塌了两处" in l for l in labels)
    assert any("水压低" in l for l in labels)


def test_precision_an_official_disposing_his_own_words_raises_nothing():
    f = facts_of(OPEN + "来到西坡组，王明把下一步的几项安排一一讲了出来：灌溉渠要尽快修好；自来水管网要改造。")
    assert not any("灌溉渠" in l for p, l in issues(f))


def test_a_raiser_given_an_age_is_the_pronouns_antecedent():
    f = facts_of(OPEN + "在东坡组，六十二岁的瑶族村民一边剥玉米一边和王明聊天。她说，组里通往镇上的便道一下雨就滑得走不了人。")
    assert any("便道一下雨就滑得走不了人" in l for p, l in issues(f))


def test_precision_family_small_talk_names_no_issue():
    f = facts_of(OPEN + "在东坡组，村民刘大成说起了家里的事。他说，组里通往镇上的便道一下雨就滑得走不了人。")
    labels = {l for p, l in issues(f)}
    assert "家里的事" not in labels
    assert any("便道" in l for l in labels)


def test_a_braving_phrase_after_a_transcribed_name_closes_the_name():
    f = facts_of("1月8日，旗委副书记、旗长巴图朝鲁冒着零下三十度的严寒，深入白音苏木哈达图嘎查走访牧户。苏木长其其格陪同。")
    assert posts(f).get("巴图朝鲁") == ["旗委副书记", "旗长"]
    assert posts(f).get("其其格") == ["苏木长"]


def test_precision_a_braving_phrase_with_no_act_after_it_makes_no_name():
    f = facts_of("1月8日，旗长巴图朝鲁深入白音苏木哈达图嘎查走访牧户，牧民们冒着严寒，在路口等候。")
    assert set(posts(f)) == {"巴图朝鲁"}


def test_a_residents_home_is_no_site():
    f = facts_of("1月8日，县长王明来到青石村牧民图门家，了解过冬准备情况。图门说，今年草料涨价了。")
    assert ("王明", "青石村") in visits(f)
    assert not any(p.endswith("图门家") for _, p in visits(f))


def test_precision_a_named_site_after_a_village_is_still_a_site():
    f = facts_of("1月8日，县长王明来到青石村万亩草场，了解过冬准备情况。")
    assert any(p.endswith("万亩草场") for _, p in visits(f))


def test_neighbours_described_as_sharing_a_room_speak():
    f = facts_of(OPEN + "在东坡组，同在院里的几户邻居也说起了村卫生室的情况：卫生室只有一名村医，药品种类少。")
    assert any("只有一名村医" in l for p, l in issues(f))


def test_precision_residents_met_with_tong_are_the_object():
    f = facts_of(OPEN + "在东坡组，王明同院里的几户邻居拉起了家常，并要求村干部把卫生室的药品补齐。")
    assert not any("药品" in l for p, l in issues(f))


def test_a_relative_head_laid_out_before_a_colon_lists_the_raised_items():
    f = facts_of(OPEN + "在东坡组，组长刘大成把群众反映集中的事情一一摆了出来：一是组里的灌溉渠塌了两处；二是自来水水压低。")
    labels = {l for p, l in issues(f) if p == "东坡组"}
    assert any("灌溉渠塌了两处" in l for l in labels)


def test_precision_a_relative_head_dealt_with_before_a_colon_lists_no_issue():
    f = facts_of(OPEN + "在东坡组，王明对群众反映集中的事情逐一作了安排：一是组里的灌溉渠由镇里抢修；二是水厂加压。")
    assert not any("灌溉渠" in l for p, l in issues(f))


def test_a_head_noun_ending_in_an_act_is_no_act():
    f = facts_of("5月6日，县人大代表王明来到青石村东坡组，入户听取群众意见建议，驻村第一书记刘大成陪同。")
    assert not any("陪同" in l for p, l in issues(f))


def test_precision_the_act_alone_still_raises():
    f = facts_of("5月6日，县人大代表王明来到青石村东坡组。村民刘大成建议，组里的灌溉渠尽快修一修。")
    assert any("灌溉渠" in l for p, l in issues(f))
