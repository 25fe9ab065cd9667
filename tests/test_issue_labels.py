"""Issue precision and labels: what residents' words are not issues, and where a label
starts and ends (invented fixtures, one per rule)."""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

OPENING = "2025年5月8日，副区长郑思远来到桃李社区。"


def labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(OPENING + text))}


def test_an_accounts_figures_are_statistics_not_issues():
    got = labels("助餐点负责人说，目前每天供应午餐410份左右，晚饭还没有开起来。")
    assert "晚饭还没有开起来" in got, got
    assert not any("410" in label for label in got), got


def test_a_figure_of_a_lack_stays_an_issue():
    got = labels("居民反映，小区只有26个充电桩，晚上充电要排队。")
    assert any("只有26个充电桩" in label for label in got), got


def test_where_the_speaker_lives_is_background_to_the_complaint():
    got = labels("居民吴师傅反映，他家住三楼，楼下的自行车棚常年漏雨。")
    assert "楼下的自行车棚常年漏雨" in got, got
    assert not any("住三楼" in label for label in got), got


def test_residents_living_somewhere_with_a_problem_after_it_complain():
    got = labels("社区书记说，住在河边的几户人家经常停水。")
    assert any("经常停水" in label for label in got), got


def test_praise_for_work_done_is_no_issue():
    assert not labels("居民邹阿姨说：“楼道粉刷做完了，看着亮堂多了，真要谢谢政府。”")
    assert not labels("居民邹阿姨说：“坡道修好以后，我推着轮椅出门再也不用绕路了。”")


def test_a_cadres_dated_plan_is_no_issue():
    got = labels("社区书记陪同察看，她说，社区准备下半年结合楼道整治一并更换。")
    assert not got, got


def test_an_announcement_is_not_an_item_and_its_points_are():
    got = labels("社区书记介绍，推进中的堵点主要有两个：一是部分住户担心噪音；二是楼下管线复杂，迁移费用高。")
    assert "部分住户担心噪音" in got, got
    assert "楼下管线复杂" in got, got
    assert not any(label.endswith("主要有") for label in got), got


def test_the_body_asked_to_act_is_not_part_of_the_request():
    got = labels("居民邓大姐希望街道能协调周边商场，夜间开放地下车库。")
    assert "协调周边商场" in got, got


def test_a_colon_inside_spoken_words_ends_their_introduction():
    got = labels("一位大爷说得很干脆：“路口连个斑马线都没有，能不能画一条？”")
    assert got and not any("：" in label or ":" in label or label.startswith("得") for label in got), got


def test_deputies_own_suggestions_are_not_residents_issues():
    got = labels("座谈会上，代表们建议在河堤沿线增设夜间照明，在渡口旁修建候船亭。")
    assert not got, got


def test_a_residents_representative_suggesting_raises_an_issue():
    got = labels("居民代表莫大伯建议，在小区北门增设电动自行车充电棚。")
    assert any("电动自行车充电棚" in label for label in got), got


def test_a_count_closing_a_complaint_stays_in_its_label():
    got = labels("居民反映，小区快递柜只有14个，下班取件要排队。")
    assert "小区快递柜只有14个" in got, got


def test_measures_proposed_to_government_are_not_issues():
    got = labels("座谈会上，大家提出，要进一步完善社区助老服务体系，加大对志愿团队的扶持。")
    assert not got, got


def test_an_address_before_a_complaint_is_not_part_of_its_label():
    got = labels("居民反映，滨河大楼2单元301室门口的井盖长期松动。")
    assert "门口的井盖长期松动" in got, got


def test_work_reported_done_or_under_way_is_no_issue():
    got = labels("社区书记介绍，收集的问题已现场解决12条，目前正在开展楼道清理和管线整治。")
    assert not got, got


def test_resolving_issues_named_only_by_a_vague_word_is_no_issue():
    got = labels("座谈会上，居民们提出，希望帮助解决急难愁盼。")
    assert not got, got


def test_a_share_of_the_population_is_a_statistic():
    got = labels("社区书记说，社区老年人占比接近一半，独居老人的照护压力很大。")
    assert not any("占比" in label for label in got), got


def test_better_than_before_is_praise():
    assert not labels("村民老贺说：“现在河边比以前干净多了，晚上出来散步的人也多。”")


def test_a_concession_to_a_wish_is_not_another_issue():
    got = labels("一位家长说：“我们最盼着能开一趟通勤班车，哪怕多交点钱也行。”")
    assert got and not any(label.startswith("哪怕") for label in got), got


def test_a_proposals_purpose_is_not_another_issue():
    got = labels("居民代表谢阿姨建议，在小区南门加装一排遮雨棚，方便老人等车。")
    assert any("遮雨棚" in label for label in got), got
    assert not any(label.startswith("方便") for label in got), got



def test_a_clause_opening_with_a_demonstrative_says_something_of_its_own():
    got = labels("居民甘阿姨反映，楼道里堆满杂物，她希望这次整治能把这些杂物一并清走。")
    assert any(label.endswith("一并清走") for label in got), got


def test_a_demonstrative_pointing_back_at_issues_is_not_one():
    got = labels("居民们反映了停车难、路灯不亮等问题。王明表示，这两个问题要尽快解决。居民反映，这些情况由来已久。")
    assert not any(label.startswith("这") for label in got), got


def test_how_things_were_before_how_they_are_now_is_no_complaint():
    # then and now (issue_time_contrast.tsv): the past clause is background, the present one speaks
    got = labels("居民付阿婆说：“以前我们买菜要走到镇上，现在方便多了。”")
    assert not got, got
    got = labels("居民付阿婆说，楼里原来有个阅览室，现在堆满了杂物。")
    assert got == {"现在堆满了杂物"}, got


def test_a_past_clause_with_no_now_after_it_stays_a_complaint():
    got = labels("居民付阿婆说，过去一下雨就积水，希望尽快疏通下水道。")
    assert "过去一下雨就积水" in got, got


def test_when_a_thing_was_built_is_background_to_what_is_wrong_with_it():
    got = labels("居民付阿婆说：“这座桥还是七十年代造的，桥面裂了好几道缝。”")
    assert got == {"桥面裂了好几道缝"}, got
    got = labels("“楼是老楼，水管是老水管，一到冬天就冻裂。”居民付阿婆说。")
    assert got == {"一到冬天就冻裂"}, got


def test_a_wish_that_things_go_on_well_is_praise():
    got = labels("在工坊上班的村民蒙大姐说，她盼望工坊越办越红火越办越好。")
    assert not got, got


def test_a_share_of_residents_before_their_wish_is_not_part_of_the_label():
    got = labels("居民付阿婆说，不少独居老人希望食堂晚上也能开伙。")
    assert "食堂晚上也能开伙" in got, got


def test_an_ordinal_left_on_a_point_is_not_part_of_the_label():
    got = labels("居民付阿婆反映，二是后山的水渠年久失修。")
    assert "后山的水渠年久失修" in got, got


def test_living_alone_is_the_speakers_circumstance():
    got = labels("居民付阿婆说：“我一个人住，晚上起夜怕摔跤。”")
    assert got == {"晚上起夜怕摔跤"}, got


def test_where_a_place_lies_is_the_setting_of_the_complaint_after_it():
    got = labels("居民付阿婆反映，小区在半山腰上，老人买菜要爬两百级台阶。")
    assert got == {"老人买菜要爬两百级台阶"}, got


def test_a_clause_ending_in_one_and_a_verb_is_the_condition_of_the_next():
    got = labels("居民付阿婆说：“我们楼下的雨水管一堵，污水就往屋里冒。”")
    assert got == {"污水就往屋里冒"}, got
