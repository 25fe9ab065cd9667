"""Issue frames, session 16: raisings the reader did not see, and items lost inside
raisings it saw (found on the fresh readable sets, probe38-40).

Every fixture is invented (names, places and wording).  Each test states the whole
set of issues its text holds, so an extra issue fails as surely as a missing one.
"""

import pytest

from tests.extraction import at, issues_in_village as issues_in


@pytest.mark.fast
def test_the_head_of_a_villagers_group_speaks_for_residents():
    # 村民小组长: 小组 ends a community-level unit (村民小组), not the visiting party
    got = issues_in("东坡组村民小组长岑大山拉住柏文说：组里的机耕道一下雨就没法走。")
    assert got == at("石屏村", "组里的机耕道一下雨就没法走")


@pytest.mark.fast
def test_a_quotation_opening_a_sentence_is_the_raiser_named_after_it():
    # not only a paragraph's first quotation: one after a sentence telling how they met
    got = issues_in("刚到村口，柏文就被村民拦了下来。“柏县长，我们组那座木桥的桥板烂了好几块。”郝大伯领着大家走到桥边。")
    assert got == at("石屏村", "我们组那座木桥的桥板烂了好几块")


@pytest.mark.fast
def test_a_raiser_acting_then_speaking_after_a_colon_says_the_quotation():
    # 村民X认出了他，迎上来：“…”: the raiser is the subject of the clauses up to the colon
    got = issues_in("正在晒谷子的村民邬阿婆一眼认出了他，放下竹匾迎上来：“县长，村口的路灯坏了半个月了。”")
    assert got == at("石屏村", "村口的路灯坏了半个月了")


@pytest.mark.fast
def test_an_official_acting_before_a_colon_says_nothing_for_residents():
    # (a guard on the rule above: passes before it too)
    assert issues_in("柏文认出了村民邬阿婆，走上前去：“村口的路灯坏了半个月了，要尽快修好。”") == set()


@pytest.mark.fast
def test_puzzles_announce_items_as_worries_do():
    # 困惑 heads the items after a colon as 烦恼 does (issue_heads.txt)
    got = issues_in("民宿主人邬晓的困惑也不少：办营业执照要跑好几个部门；村里没有像样的公厕。")
    assert got == at("石屏村", "办营业执照要跑好几个部门", "村里没有像样的公厕")


@pytest.mark.fast
def test_an_act_whose_object_is_a_head_noun_lists_the_items_after_the_colon():
    # 介绍了管护方面的难处：… — 管护方面 qualifies the head noun, the items follow the colon
    got = issues_in("村委会主任郝明介绍了管护方面的难处：水渠太长、维修成本高，村里只有1名兼职管水员。")
    assert got == at("石屏村", "水渠太长", "维修成本高", "村里只有1名兼职管水员")


@pytest.mark.fast
def test_a_head_noun_and_a_comma_before_ordinals_announces_the_points():
    # 汇报了遇到的困难，一是…二是…: each point states a difficulty
    got = issues_in("村党支部书记郝明汇报了村里遇到的困难，一是青壮年大多外出务工，二是村医待遇偏低。")
    assert got == at("石屏村", "青壮年大多外出务工", "村医待遇偏低")


@pytest.mark.fast
def test_workers_and_members_of_residents_bodies_raise():
    # 工人 (as 职工), 业委会委员 (委员 after a residents' body), and 向 + party spoken to
    got = issues_in("几名正在干活的工人向柏文反映，包工头拖欠工资已经三个月了。")
    assert got == at("石屏村", "包工头拖欠工资已经三个月了")
    got = issues_in("业委会委员邬成向检查组大倒苦水：维修资金审批流程长，楼顶漏水报修半年没人来。")
    assert got == at("石屏村", "维修资金审批流程长", "楼顶漏水报修半年没人来")


@pytest.mark.fast
def test_a_deputy_with_an_occupation_relays_what_residents_raised():
    # 县人大代表、县中医院护士长X反映: 护士长 is her work, no body of government
    text = "县人大代表、县中医院护士长邬燕反映，村里缺少卫生室，看病很不方便。"
    assert issues_in(text) == at("石屏村", "村里缺少卫生室", "看病很不方便")


@pytest.mark.fast
def test_residents_raising_inside_a_deputys_words_are_heard():
    # 他说，沿街商户反映X: a place's modifier before the raisers opening the clause
    got = issues_in("县人大代表郝强也住在石屏村，他说，沿街商户反映集市的摊位费太贵。")
    assert got == at("石屏村", "集市的摊位费太贵")
    # 她说，收集到的村民意见主要集中在：… — the raisers own the head noun listing the items
    got = issues_in("县人大代表邬丽发言，她说，收集到的村民意见主要集中在两个方面：一是水渠老化；二是村道太窄。")
    assert got == at("石屏村", "水渠老化", "村道太窄")


@pytest.mark.fast
def test_a_contrast_after_praise_is_the_complaint():
    # 路修好了，就是晚上黑，…: the praise was a concession; the wish after it complains
    got = issues_in("村民邬大姐拉着柏文的手说：路修好了，就是晚上太黑，路灯要是能装上就好了。")
    assert got == at("石屏村", "晚上太黑", "路灯要是能装上就好了")


@pytest.mark.fast
def test_bullets_mark_points_as_ordinals_do():
    text = "村民小组长郝建一边带路一边介绍组里的“老大难”：\n●村里没有垃圾收集点，垃圾倒在河沟里；\n●村道的护栏锈断了。"
    assert issues_in(text) == at("石屏村", "村里没有垃圾收集点", "垃圾倒在河沟里", "村道的护栏锈断了")


@pytest.mark.fast
def test_a_raisers_relative_clause_is_trimmed_from_a_wish():
    got = issues_in("几位老人说，饭菜口味偏咸，腿脚不便的老人还希望增加送餐上门服务。")
    assert got == at("石屏村", "饭菜口味偏咸", "增加送餐上门服务")


@pytest.mark.fast
def test_a_word_holding_a_conjunction_is_not_split_there():
    # 涉及 is one word, not two items joined by 及
    text = "村委会主任郝明谈到了遇到的困难：引水管线迁改涉及多家单位，协调周期长；雨季影响工期。"
    got = issues_in(text)
    assert got == at("石屏村", "引水管线迁改涉及多家单位", "协调周期长", "雨季影响工期")


@pytest.mark.fast
def test_a_count_of_the_items_before_the_colon_announces_them():
    text = "村民代表把大家的意见归成了两条：一是河沟里的垃圾清了又堆；二是村道的护栏锈断了。"
    assert issues_in(text) == at("石屏村", "河沟里的垃圾清了又堆", "村道的护栏锈断了")


@pytest.mark.fast
def test_a_pronoun_after_a_quotation_says_it_when_it_refers_to_a_raiser():
    # “…？”他问: 他 is the resident named before, not the visiting official
    text = "村民郝大伯说，家里的水管冬天总冻裂。“啥时候能把村里的水管埋深一点？”他问。"
    assert issues_in(text) == at("石屏村", "家里的水管冬天总冻裂", "把村里的水管埋深一点")
    assert issues_in("柏文走进村民郝大伯家。“水管什么时候埋深一点？”他问。") == set()
