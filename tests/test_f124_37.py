"""Faults of a probe of deputies' and members' meetings with residents (session 37, FAULTS37_p124).

Invented fixtures, each with a precision twin: a meeting room set as the scene with no 在
(`X工作室里座无虚席`), a courtyard named again by its last character and 里 (来到院里), a
community's own event held at a venue (`X社区恳谈会在V举行`), a meeting's minutes (会议地点,
参加人员), a list of worries asked (A怎么分摊、B谁来出), a member's 提出 of a measure.
"""

import pytest

from tests.extraction import facts_of, issues, kept_by_rules, labels_in_village, visits

pytestmark = pytest.mark.fast


def test_room_set_as_scene_without_zai():
    f = facts_of("6月3日下午，青枫街道“邻里汇”委员工作室里座无虚席。区政协委员王立新、赵敏与20余名居民代表围坐一起，就停车难开展协商。")
    assert visits(f) == {("王立新", "青枫街道“邻里汇”委员工作室"), ("赵敏", "青枫街道“邻里汇”委员工作室")}


def test_room_set_as_scene_twin_noun_phrase():
    # X小区里的…: the locative opens a noun phrase, no scene; the member goes to the street office
    f = facts_of("6月3日下午，青枫小区里的老人们早早来到广场。区政协委员王立新来到青枫街道，调研养老服务。")
    assert ("王立新", "青枫小区") not in visits(f)


def test_courtyard_named_again_by_its_last_character():
    f = facts_of("5月9日傍晚，东山社区槐荫路8号院里，十几张凳子围成一圈，一场板凳会开得热热闹闹。区人大代表陈红、林海带着本子来到院里，与居民们拉起了家常。")
    assert visits(f) == {("陈红", "槐荫路8号院"), ("林海", "槐荫路8号院")}


def test_courtyard_twin_nothing_named_so_before():
    f = facts_of("5月9日傍晚，区人大代表陈红来到东山社区。随后她来到院里，与居民们拉起了家常。")
    assert {p for _, p in visits(f)} <= {"东山社区"}


def test_community_own_event_held_at_venue():
    f = facts_of("4月2日下午，新华街道青松社区民情恳谈会在社区党群服务中心举行。区人大代表李明、区政协委员周丽与居民代表面对面交流。")
    assert visits(f) == {("李明", "青松社区"), ("周丽", "青松社区")}


def test_town_own_event_twin_no_visit():
    # a town holding its event is an administration at work, no place visited
    f = facts_of("4月2日下午，青松镇民情恳谈会在镇政府举行。区人大代表李明与居民代表面对面交流。")
    assert ("李明", "青松镇") not in visits(f)


MINUTES = """青枫苑12号楼议事会会议纪要
会议时间：2025年3月4日19:00
{place}
主持人：周红（青枫苑居民区党总支书记）
参加人员：区人大代表许文杰，12号楼楼组长及居民代表10人
一、会议议题
楼道环境。"""


def test_minutes_venue_and_participants():
    f = facts_of(MINUTES.format(place="会议地点：青枫苑居民区"))
    assert ("许文杰", "青枫苑居民区") in visits(f)


def test_minutes_twin_without_venue_field():
    f = facts_of(MINUTES.format(place="记录人：陆明"))
    assert ("许文杰", "青枫苑居民区") not in visits(f)


def test_list_of_worries_asked():
    labels = labels_in_village("座谈会上，还有村民提出，修路的钱怎么筹集、以后的养护谁来负责、新修的路会不会再被大车压坏……")
    assert {"修路的钱怎么筹集", "以后的养护谁来负责", "新修的路会不会再被大车压坏"} <= labels


def test_list_of_state_questions_twin():
    # questions after how things stand ask for the answer's issues; they name none
    labels = kept_by_rules("2024年5月6日，县长郑海来到石门镇青山村调研。县长问，村里吃水现在怎么样、今年收成好不好、孩子上学方便不方便。")
    assert not labels & {"村里吃水现在怎么样", "今年收成好不好"}


def test_member_puts_forward_a_measure():
    f = facts_of("2024年5月6日，区政协委员方明、俞晓蕾来到青山社区，与居民座谈。居民反映，楼道灯坏了。俞晓蕾则提出，可以引入第三方评估，对低层住户给予适当补偿。")
    assert {label for _, label in issues(f)} == {"楼道灯坏了"}


def test_member_puts_forward_a_problem_twin():
    f = facts_of("2024年5月6日，区政协委员方明、俞晓蕾来到青山社区，与居民座谈。居民反映，楼道灯坏了。俞晓蕾提出，小区东门的路灯不亮。")
    assert "小区东门的路灯不亮" in {label for _, label in issues(f)}


def test_request_to_coordinate_handling_is_no_issue():
    labels = labels_in_village("楼栋长提出，楼里的化粪池多年未清掏，希望村里尽快协调处理。")
    assert labels == {"楼里的化粪池多年未清掏"}


def test_request_to_coordinate_twin_names_a_thing():
    labels = labels_in_village("村民提出，希望镇里协调解决村口停车难。")
    assert any("停车难" in label for label in labels)
