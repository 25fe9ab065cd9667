"""Session 46, fprec (false issues on p172, p175, p176): clauses of a resident's account that
state no matter of their own.  Invented fixtures, at least two wordings each, one of another
shape; each mechanism with a twin that must still raise.

1. Where a speaker keeps their matters, home or heart (说起家里的情况, 说起了心里的事：“…”) is a
   topic announcing the speech, naming no matter (`issue_deictic_topics.txt`, checked for every
   frame's items in `IssueReader.decide`).
2. A worry that takes sleep or confidence away (…，一下雨我就睡不着; …，往后心里就没底了; 心里就慌)
   is how the raiser feels about the complaint before it (`issue_feelings.tsv` feeling).
3. The complaint's history: the residents' calls with the frequency between verb and object
   (打了好几次电话也没解决: `issue_pursuits.tsv` split) and handling never curing it (但一直没有
   根治; 协调过几次: unsolved, pursue) (`issue_words.pursued`).
4. The speaker's circumstance: a family member's operation or stay in hospital, a child's age
   in years (`issue_items.OWN_HEALTH`): who needs what is asked after it.
5. A request naming nothing: a wish with its modal (希望能解决), a time after the modal (能不能
   今年就修) (`issue_items.BARE_REQUEST`); help asked in the field of the complaint (县里在电价上
   给予支持: `issue_restated.help_request`).
6. What the complaint costs the residents: coming over once judged hard (腿脚不便的老人跑一趟很
   吃力, 过来一趟不容易: `issue_feelings.tsv` activity, evaluation) and what they cannot do (群众
   用不起, 老人还是下不来: `issue_coping.tsv` unable, `issue_coping.unable`); a vehicle that
   cannot, or a harm of an act with no people before it, still stands.
"""

import pytest

from tests.extraction import labels_in_village

pytestmark = pytest.mark.fast


# 1. home or heart as a topic
def test_heart_matters_before_a_quotation_name_no_matter():
    text = "坐在门槛上的老汉跟县长聊起了心里的事：“院墙裂了一道大口子，一刮风就往下掉土。”"
    labels = labels_in_village(text)
    assert "心里" not in labels and "心里的事" not in labels
    assert any("院墙裂了" in label for label in labels)


def test_home_situation_opening_a_sentence_names_no_matter():
    text = "问起家中的情况，村民李桂芬说，自来水管冬天冻裂了，一家人只能去井里挑水。"
    labels = labels_in_village(text)
    assert "家中" not in labels
    assert any("自来水管冬天冻裂" in label for label in labels)


def test_precision_twin_a_complaint_about_the_home_stands():
    labels = labels_in_village("村民反映，家里没有通自来水。")
    assert any("家里没有通自来水" in label for label in labels)


# 3. the complaint's history


def test_precision_twin_a_thing_nobody_repairs_stands():
    labels = labels_in_village("村民反映，村口的路灯坏了，一直没人修。")
    assert any("路灯坏了" in label for label in labels)


# 5. requests naming nothing


def test_precision_twin_a_request_naming_a_thing_stands():
    labels = labels_in_village("村民反映，希望能在村口修一座公厕。")
    assert any("公厕" in label for label in labels)


# 6. what the complaint costs the residents


def test_precision_twin_a_vehicle_that_cannot_stands():
    labels = labels_in_village("村民反映，进村的坡道太窄，一下雪农用车就上不去。")
    assert any("坡道太窄" in label for label in labels)


# 7. where the place lies: how far, or inside what


def test_a_pasture_inside_the_hills_sets_the_scene():
    labels = labels_in_village("牧民反映，冬季草场在山里头，手机信号时有时无。")
    assert any("手机信号时有时无" in label for label in labels)
    assert not any("山里头" in label for label in labels)


def test_precision_twin_a_distance_opening_an_enumerated_point_is_its_complaint():
    labels = labels_in_village("村民反映，一是安置点离集镇远，买东西很不方便；二是路灯坏了。")
    assert any("安置点离集镇远" in label for label in labels)


# 8. what the talk or the work was about, not raised
def test_a_units_field_heard_about_in_a_season_is_no_issue():
    text = "县长柏文走进农户家中拉家常，听取群众对入冬后社区服务的意见建议。"
    assert not labels_in_village(text)


def test_a_units_field_asked_about_in_the_flood_season_is_no_issue():
    text = "县长柏文召开座谈会，征求村民对汛期的村庄管理工作的建议。"
    assert not labels_in_village(text)


def test_government_work_around_the_demands_raises_nothing():
    text = "今年以来，县里围绕饮水安全、道路硬化、村级卫生室等群众诉求，推动一批民生实事落地见效。"
    assert not labels_in_village(text)


def test_government_work_in_another_wording_raises_nothing():
    text = "近年来，镇里针对停车难、加装电梯等居民诉求，推进了一批实事项目。"
    assert not labels_in_village(text)


def test_precision_twin_residents_speaking_around_their_demands_raise_them():
    labels = labels_in_village("村民们围绕饮水安全、道路硬化等诉求，纷纷发言。")
    assert {"饮水安全", "道路硬化"} <= labels


# 9. the people met, after 和 opening a clause
def test_elders_met_after_he_opening_a_clause_ask_nothing_the_official_asks():
    text = "随后，柏文来到村里的幸福食堂，和正在吃午饭的老人们聊起家常，询问饭菜口味和价格。"
    assert not labels_in_village(text)


def test_residents_met_after_he_then_speaking_raise():
    text = "柏文走进村民家中，和村民们拉家常。村民们说，村里的自来水常停。"
    assert any("自来水常停" in label for label in labels_in_village(text))


def test_precision_twin_he_joining_two_speakers_keeps_them_speaking():
    text = "座谈会上，老党员和村民们反映，村口的路灯坏了。"
    assert any("路灯坏了" in label for label in labels_in_village(text))


# 10. a time of day as a clause of its own
def test_a_span_of_the_day_sets_the_time_of_the_complaint():
    text = "网格员反映，镇中心小学放学时段，接孩子的电动车堵满了街口。"
    labels = labels_in_village(text)
    assert not any(label.endswith("时段") for label in labels)
    assert any("电动车堵满了街口" in label for label in labels)


# 11. how things stand after the complaint; a guess at its course; an act not done for a span
def test_a_group_being_many_after_the_complaint_is_its_background():
    text = "居民老赵反映：“楼下的地下室堆满了杂物，冬天烧炉子的多，真怕着火。”"
    labels = labels_in_village(text)
    assert any("地下室堆满了杂物" in label for label in labels)
    assert not any(label.endswith("的多") for label in labels)


def test_precision_twin_many_of_a_group_in_need_is_the_setting_beside_complaints():
    # session 49 (rprec49): CLAUSES30 rule 3 tightened, many of a group in need beside another item
    # of the raising is its setting (no gold of the fifteen opened sets p172…p201 nor dev counts it)
    labels = labels_in_village("村主任说，村里的小路太窄，村里留守儿童多，上学路上不安全。")
    assert any("小路太窄" in label for label in labels)
    assert not any("留守儿童多" in label for label in labels)


def test_an_estimate_of_the_complaints_course_is_no_issue():
    labels = labels_in_village("牧民说，今年储备的草料不够，估计撑到三月底。")
    assert any("草料不够" in label for label in labels)
    assert not any("三月底" in label for label in labels)


def test_an_estimate_in_a_quotation_is_no_issue():
    labels = labels_in_village("村民说：“新修的水渠又裂了，估摸着过不了这个冬天。”")
    assert any("水渠又裂了" in label for label in labels)
    assert not any("冬天" in label for label in labels)


# 12. ordinals sharing one head are no list of items
def test_ordinals_sharing_a_head_stay_one_item():
    text = "村主任反映：一是通往第二、第四村民小组的便道一下雨就塌方；二是村里没有垃圾转运车。"
    labels = labels_in_village(text)
    assert not any(label in ("通往第二", "通往第二组") for label in labels)
    assert any("村民小组的便道" in label for label in labels)


def test_precision_twin_a_list_of_complaints_still_splits():
    labels = labels_in_village("村民反映，村口路灯不亮、路面坑洼不平。")
    assert any("路灯不亮" in label for label in labels) and any("路面坑洼不平" in label for label in labels)


def test_precision_twin_a_matter_opening_with_jiu_is_no_request():
    labels = labels_in_village("村民反映，年轻人就业难，老人就医远。")
    assert any("就业难" in label for label in labels)


# the shapes above written as (text, fragments of the complaint kept, fragments of its restatement,
# background or bare request dropped), each raised in a village the county head visits
RESTATED = [
    # 2. a worry that takes sleep or confidence away
    pytest.param('村民王大姐说：“屋后的挡土墙裂开了，一到下暴雨我就睡不着。”', ('挡土墙裂开',), ('睡不着',), id='sleep_lost_after_a_complaint_restates_it'),
    pytest.param('养殖户老周反映，今年的饲料价格涨得厉害，再过两个月心里就没底了。', ('饲料价格涨得厉害',), ('没底',), id='no_confidence_about_later_restates_the_complaint'),
    pytest.param('村民老郑说：“灶房的烟囱堵了，一生火心里就慌。”', ('烟囱堵了',), ('心里就慌',), id='heart_uneasy_closing_a_quotation_restates_it'),
    # 3. the complaint's history
    pytest.param('居民刘阿姨说：“楼下的早餐店油烟直往屋里灌，打了好几回热线也没解决。”', ('油烟直往屋里灌',), ('热线',), id='calls_with_the_frequency_inside_are_the_complaints_history'),
    pytest.param('村主任介绍，村东头的排水沟年年淤堵，村里清理过几次，但始终没有根治。', ('排水沟年年淤堵',), ('根治',), id='handling_that_never_cured_it_is_the_complaints_history'),
    # 4. the speaker's circumstance
    pytest.param('村民赵大爷说，老伴去年动过心脏手术，希望村卫生室能配个血压计。', ('血压计',), ('手术',), id='a_spouses_operation_is_the_speakers_circumstance'),
    pytest.param('年轻妈妈小吴说，女儿今年才三岁，村里没有幼儿园，每天要送到镇上去。', ('没有幼儿园',), ('三岁',), id='a_childs_age_is_the_speakers_circumstance'),
    # 5. requests naming nothing
    pytest.param('一位村民说，村里的小桥桥面塌了一块，希望能够解决。', ('桥面塌了一块',), ('解决',), id='a_wish_with_its_modal_names_nothing'),
    pytest.param('村民反映：“通往茶山的便道被水冲断了，能不能明年就修？”', ('便道被水冲断',), ('明年就修',), id='a_time_after_the_modal_names_nothing'),
    pytest.param('合作社负责人反映，冷库的用电成本太高，希望市里在电费上给予扶持。', ('用电成本太高',), ('给予扶持',), id='help_in_the_field_of_the_complaint_names_nothing'),
    # 6. what the complaint costs the residents
    pytest.param('居民反映，社区的医保服务点撤到了街道，腿脚不好的老人过去一趟不容易。', ('医保服务点撤到了街道',), ('不容易',), id='coming_over_once_judged_hard_restates_the_complaint'),
    pytest.param('村民反映：“村里的自来水费一年涨了两回，家里困难的群众用不起。”', ('自来水费一年涨了两回',), ('用不起',), id='what_the_residents_cannot_do_restates_the_complaint'),
    pytest.param('村主任说，新修的台阶太陡了，背着背篓的老人根本上不去，希望加个扶手。', ('台阶太陡',), ('上不去',), id='what_the_residents_cannot_do_after_a_wording_in_reported_speech'),
    # 7. where the place lies: how far, or inside what
    pytest.param('村民马大姐说，村小学离家有六公里多，孩子上学每天要走一个钟头，希望能通校车。', ('校车',), ('六公里',), id='how_far_a_place_lies_sets_the_scene_of_the_cost_after_it'),
    pytest.param('村民反映：一是村里的公厕只有一座，离集市又比较远，赶集的人只能到处找地方方便；二是村口的路灯坏了。', ('公厕只有一座',), ('离集市',), id='how_far_after_a_lack_in_a_quotation_sets_the_scene'),
    # 10. a time of day as a clause of its own
    pytest.param('村民说：“集市上的三轮车乱停，每天早上六点到八点，班车都开不进来。”', ('三轮车乱停',), ('六点到八点',), id='a_span_of_clock_hours_sets_the_time_of_the_complaint'),
    # 11. how things stand after the complaint; a guess at its course; an act not done for a span
    pytest.param('村民反映，村口的路灯坏了，晚上出来散步的人多，大家摸黑走。', ('路灯坏了',), ('散步的人多',), id='people_being_many_in_reported_speech_is_background'),
    pytest.param('村民老周说，他家住六楼，老伴做了手术，一年多没下过楼，就盼着能装上电梯。', ('电梯',), ('没下过楼',), id='an_act_not_done_for_a_span_is_the_persons_circumstance'),
    pytest.param('村民反映，进村的台阶塌了一段，坐轮椅的老人半个月没出门了。', ('台阶塌了一段',), ('没出门',), id='an_elder_not_out_for_weeks_is_the_persons_circumstance'),
]


@pytest.mark.parametrize("text, kept, dropped", RESTATED)
def test_the_complaint_is_kept_and_what_only_restates_or_frames_it_is_dropped(text, kept, dropped):
    labels = labels_in_village(text)
    for fragment in kept:
        assert any(fragment in label for label in labels), (fragment, labels)
    for fragment in dropped:
        assert not any(fragment in label for label in labels), (fragment, labels)
