"""Session 43 (FAULTS43, p153): kinds found on an opened blind set, each pinned with
invented sentences and a precision twin.

1. A community's forum after a tour of its parts: an item naming a part (an estate, a
   片区) is filed at the community where it is raised, not at the part
   (`IssueReader.related_stop`).
2. A place written after a unit-locative determiner (社区内的X, 村里的X) lies in the unit of
   that kind the party visited (`Reader._unit_holder`, `place_lists.unit_locative_word`).
3. Items that are no issue: the speaker's age (她年纪大了: `OWN_HEALTH`), a thing of a period
   said old (是八十年代的老楼: `DATED`), a bare 很不方便 (`issue_judgement_words.txt`), who
   is away abroad (年轻人大多在海外: `issue_away_words.txt`).
4. 就 before a turn gesture (就抢着发言) is an adverb, not the topic marker of 就X发言.
5. A passive of trouble (住户被X困扰了好几年) is cut to its matter X (`_troubled_by`).
6. A village where something was raised in the sentence of its visit (在A村，老人们说起…)
   is a stop of its own beside its part visited after (`kg.resolve._raised_before`).
"""

import pytest

from kg.extract.issue_items import keep, matter_troubling
from kg.extract.place_lists import unit_locative_word
from tests.extraction import facts_of, issues, parent_name, visits

pytestmark = pytest.mark.fast

FORUM = ("5月8日，区长赵刚来到青山街道青松社区，就积水问题开展现场办公。赵刚一行察看了青松社区锦绣苑小区及周边排水管网。"
         "随后在社区议事室，社区党委书记张红汇报了困难：一是锦绣苑小区地势低洼，雨天车库进水；二是雨水管管径偏小。")


def test_a_forum_item_naming_a_part_of_the_community_stays_at_the_community():
    got = issues(facts_of(FORUM))
    assert {place for place, label in got if "地势低洼" in label or "管径偏小" in label} == {"青松社区"}


def test_precision_an_item_naming_a_peer_stop_still_goes_there():
    # two villages of a round, peers: an item opening with one's name is that village's (session 39)
    text = ("6月2日，镇长孙立来到上坪村、下坪村走访。座谈中，两村反映的问题包括："
            "上坪村灌溉渠渗漏严重；下坪村村道坑洼不平。")
    got = issues(facts_of(text))
    assert any(place == "下坪村" and "村道坑洼" in label for place, label in got)


TOUR = ("6月3日，市人大代表李明、王芳来到东湖街道青松社区走访。代表们先后察看了社区内的锦绣苑和老街片区，"
        "随后在社区党群服务中心与居民代表座谈。\n座谈会上，居民代表纷纷发言。"
        "居民关心的问题包括：锦绣苑停车位紧张，老街片区路灯损坏较多，以及夜间噪音扰民。")


def test_parts_after_a_unit_locative_lie_in_the_community_visited():
    facts = facts_of(TOUR)
    assert parent_name(facts, "锦绣苑") == "青松社区"
    assert {place for place, _ in issues(facts)} == {"青松社区"}


def test_unit_locative_word_reads_the_bare_unit_only():
    assert unit_locative_word("察看了社区内的渔港新村", 7) == (3, "社区")
    assert unit_locative_word("走进青禾村里的合作社", 7) is None  # a named village before 里的
    assert unit_locative_word("察看了渔港新村", 3) is None


@pytest.mark.parametrize("item", ["她年纪大了", "我们小区是八十年代的老楼", "很不方便", "真麻烦"])
def test_background_and_bare_evaluations_are_no_issue(item):
    assert not keep(item)


@pytest.mark.parametrize("item", ["出行很不方便", "小区的楼顶漏水", "老人年纪大了没人照顾"])
def test_precision_matters_stay_issues(item):
    assert keep(item)


def test_residents_away_abroad_are_background():
    text = "5月2日，镇长林海来到青禾村走访。村支书说，村里年轻人大多在海外，村卫生室缺少医生。"
    labels = {label for _, label in issues(facts_of(text))}
    assert any("缺少医生" in label for label in labels)
    assert not any("海外" in label for label in labels)


def test_jiu_before_a_turn_gesture_is_no_topic():
    text = "3月5日，区长王明来到青禾社区走访。居民李芳就抢着发言：“我们楼的水管漏水，一楼墙面都泡坏了。”"
    labels = {label for _, label in issues(facts_of(text))}
    assert "抢着" not in labels and "我们楼的水管漏水" in labels


def test_precision_jiu_before_a_matter_is_still_a_topic():
    labels = {label for _, label in issues(facts_of("3月5日，区长王明来到青禾社区走访。居民们就停车难发言。"))}
    assert "停车难" in labels


def test_a_passive_of_trouble_is_cut_to_its_matter():
    assert matter_troubling("底楼住户一直被下水道返味困扰") == "下水道返味"
    assert matter_troubling("顶楼住户还被屋面漏水困扰了好几年") == "屋面漏水"
    assert matter_troubling("他被选为楼组长") == "他被选为楼组长"


def test_a_village_raising_in_its_own_visit_sentence_stays_beside_its_group():
    text = ("4月9日，乡长吴海带队，一天之内走了青峰村和青峰村下湾组，现场收集群众诉求。\n"
            "在青峰村，几位老人围着吴海，说起村里的集中供水点水压不够。\n"
            "走进下湾组，组长反映，组里的入户路没有硬化。")
    got = visits(facts_of(text))
    assert ("吴海", "青峰村") in got


def _round_of(parts: str):
    """The facts of a first secretary's round, `parts` the object of 走进青岭村的."""
    return facts_of("（2024年3月2日）连日来，驻村第一书记周明带着笔记本，走进青岭村的" + parts + "，了解村民生产生活情况。\n"
                    "3月1日一早，周明来到上坑自然村。村民赖福生说，家里的自来水管冬天常被冻裂。\n"
                    "午后，周明又步行到下垄自然村。村民吴秀英说，山路陡，农用车上不去。")


def test_the_parts_of_a_village_gone_round_lie_in_it():
    facts = _round_of("各个自然村")
    assert parent_name(facts, "上坑自然村") == "青岭村"
    assert ("周明", "上坑自然村") in visits(facts) and ("周明", "青岭村") not in visits(facts)


def test_precision_a_village_gone_into_whole_stays_a_stop():
    # no round of its parts named: the village is a stop, the natural villages stand alone
    assert parent_name(_round_of("田间地头"), "上坑自然村") is None
