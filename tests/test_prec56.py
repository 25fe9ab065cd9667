"""Session 56 (prec56): an official's or a member's own words read as a raising; a request
naming nothing.  Fixtures invented.

- `周海燕要求社区建立问题清单：A，B`: a head noun's list opened in an official's directive
  (`issue_directive_acts.txt`) is the official's tasks (`IssueReader.directed_list`);
- `市政协委员A、B先后发言，围绕X、Y等提出意见建议`: deputies' or members' topic list closed by a
  proposal object (`issue_member_topic_objects.txt`) is their own themes (`IssueReader.member_topic`);
  residents' representatives raising around topics still raise;
- `希望镇里帮助更换`, `希望有关部门重视` (alone): a party and an act with its object left out
  (`issue_objectless_acts.txt`: 更换) or attention asked (`issue_support_words.tsv`: 重视) name nothing;
"""

import pytest

from tests.extraction import at, facts_of, issues

pytestmark = pytest.mark.fast


def labels(text):
    facts = facts_of(text)
    return {i.label for i in facts.issues} | set(facts.unplaced)


CADRE_LIST = ("2025年5月10日，街道党工委书记周海燕来到青松社区主持议事会。"
              "社区党委书记孙丽介绍了问题清单：外墙瓷砖脱落，楼道灯不亮。")
RESIDENTS_TOPICS = ("2025年5月10日，区人大常委会副主任李国平来到青松社区走访。座谈会上，居民代表们踊跃发言，"
                    "围绕楼道堆物、油烟扰民等问题提出意见和建议。")
LATER_REVIEW = "2025年5月10日，副区长王明来到青松社区，听取居民反映的楼道漏水问题，随后进行了复查。"


def test_a_list_in_an_officials_directive_is_no_raising():
    text = ("这场议事会由街道党工委书记周海燕主持。周海燕要求社区建立问题清单："
            "外墙修补纳入明年改造项目，每项落实专人跟进。")
    assert labels(text) == set()
    # the twin: a community cadre's list still raises
    assert issues(facts_of(CADRE_LIST)) == at("青松社区", "外墙瓷砖脱落", "楼道灯不亮")


@pytest.mark.parametrize("text", [
    "2025年5月10日，区政协副主席李国平来到青松社区走访。座谈会上，市政协委员赵建国、钱文静先后发言，"
    "围绕停车场建设资金、菜场日常管理等提出意见建议。",
    "2025年5月10日，区人大常委会副主任李国平带领部分区人大代表来到青松社区走访。座谈会上，"
    "代表们围绕垃圾分类推进、物业服务提升等提出了意见建议。",
])
def test_members_own_topic_list_is_no_raising(text):
    assert issues(facts_of(text)) == set()
    # the twin: residents' representatives raising around topics still raise
    assert issues(facts_of(RESIDENTS_TOPICS)) == at("青松社区", "楼道堆物", "油烟扰民")


def test_a_party_and_an_act_with_its_object_left_out_name_nothing():
    text = "2025年5月10日，区人大代表李国平来到青松村走访。村支书介绍，村里路灯一半不亮，希望镇里帮助更换。"
    assert issues(facts_of(text)) == at("青松村", "村里路灯一半不亮")
    # the twin: a request naming its object stands
    assert labels("2025年5月10日，区人大代表李国平来到青松村走访。村民反映，希望镇里帮助更换村口的变压器。") != set()


def test_attention_alone_asked_is_no_issue():
    text = ("2025年5月10日，区人大代表李国平来到桃岭村走访。孙德胜结合自己前期走访掌握的情况说,桃岭村离镇卫生院有15公里,"
            "村里留守老人看病难的问题比较突出,希望有关部门重视。")
    assert "部门重视" not in {label for _, label in issues(facts_of(text))}


@pytest.mark.parametrize("text, label", [
    ("2025年5月10日，副区长王明来到青松社区，对上月居民反映的楼道漏水问题逐项复查。", "楼道漏水"),
    ("2025年5月10日，副区长王明来到青松社区，对前期居民反映的供暖问题进行“回头看”。", "供暖"),
])
def test_a_review_of_what_was_raised_before_is_a_follow_up_and_keeps_its_issue(text, label):
    # follow-ups are issues (dev pb-11's gold; follow56): a review closing the clause, like a
    # follow-up word before the act, leaves the raising (a rule dropping it was taken out at the merge)
    assert issues(facts_of(text)) == at("青松社区", label)
    assert issues(facts_of(LATER_REVIEW)) == at("青松社区", "楼道漏水")
