"""Where residents' issues are filed on multi-stop tours, session 20 (invented fixtures)."""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast


def test_numbered_points_headed_by_a_place_hold_their_own_issues():
    # 一、X村：/（二）Y社区：/3.Z小区： a point's marker then a place and a colon: the point is set there
    f = facts_of(
        "3月5日，县长邓卫国一行深入基层调研。\n"
        "一、桐木村：村民反映机耕道年久失修。\n"
        "（二）镜湖社区：居民代表反映老年食堂座位不够。\n"
        "3.丹桂小区：业主提出楼顶漏水。\n"
    )
    got = issues(f)
    assert ("桐木村", "机耕道年久失修") in got, got
    assert ("镜湖社区", "老年食堂座位不够") in got, got
    assert ("丹桂小区", "楼顶漏水") in got, got


def test_a_meeting_in_a_room_of_a_community_is_held_at_that_community():
    # 在X社区会议室召开: the room (place_room_words.txt) is a spot inside X社区, the meeting's venue
    f = facts_of(
        "6月9日，区委书记钟明远先后来到槐荫小区和竹溪村察看，随后在望江社区会议室召开座谈会，居民代表反映菜市场离得太远。"
    )
    got = issues(f)
    assert ("望江社区", "菜市场离得太远") in got, got


def test_a_stop_told_again_by_its_verb_opens_its_issues():
    # 在A，…。走进B，… after 深入A、B和C: each clause opened by a visit verb and a place is set there
    f = facts_of(
        "8月14日，副区长谭静深入云杉社区、柏林社区和梧桐社区，了解民生需求。"
        "在云杉社区，居民反映健身场地太小。走进柏林社区，居民代表提出楼道灯不亮。来到梧桐社区时，群众反映公交站点太远。"
    )
    got = issues(f)
    assert ("云杉社区", "健身场地太小") in got, got
    assert ("柏林社区", "楼道灯不亮") in got, got
    assert ("梧桐社区", "公交站点太远") in got, got


def test_a_corner_of_a_stop_named_with_it_belongs_to_that_stop():
    # 在B村文化礼堂， after a tour of A村 and B村: the hall lies in B村, whatever stop the scene was at
    f = facts_of(
        "2月21日，县委书记顾长林先后来到蒲溪村和荷塘村调研。\n"
        "在蒲溪村，顾长林走进卫生室，村民反映药品种类太少。\n"
        "在荷塘村文化礼堂，村民代表提出冬季缺少取暖设施。\n"
    )
    got = issues(f)
    assert ("蒲溪村", "药品种类太少") in got, got
    assert any(place.startswith("荷塘村") and label == "冬季缺少取暖设施" for place, label in got), got


def test_a_series_of_presence_openers_in_one_sentence_splits_its_issues():
    # 在A，…，在B，…: the second 在B， opens its clause's scene (the sentence opened with 在A，)
    f = facts_of("9月2日，区长万明先后来到芦荡村和芙蓉社区调研。在芦荡村，村民反映渡口没有护栏，在芙蓉社区，居民反映夜市油烟太重。")
    got = issues(f)
    assert got == {("芦荡村", "渡口没有护栏"), ("芙蓉社区", "夜市油烟太重")}, got


@pytest.mark.fast
def test_the_next_raisers_own_place_opens_their_clause():
    # 青禾社区居民反映A，石桥村村民反映B: the second raising, opened by its raisers' place,
    # ends the first one's content, so B is filed at 石桥村
    facts = facts_of("4月9日，区长韦东先后来到青禾社区和石桥村，召开座谈会听取意见。"
                     "青禾社区居民反映楼道灯长期不亮，石桥村村民反映村道坑洼不平。\n")
    assert ("石桥村", "村道坑洼不平") in issues(facts)
    assert ("青禾社区", "村道坑洼不平") not in issues(facts)
