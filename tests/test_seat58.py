"""A community's or village's seat is the unit, session 58 (lead).

A service centre written after a community-level unit's name (X社区党群服务中心,
X村便民服务中心: `place_seat_words.txt`) is where the unit's committee works and meets
its residents: the unit is the stop, and the written form stays one of its labels
(`places._seat`).  A town's centre and a unit's clinic are sites of their own.

Every fixture is invented (names, places and wording).
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("where", ["在柳岸社区党群服务中心召开座谈会", "来到柳岸社区党群服务中心，与居民代表座谈",
                                   "在柳岸社区党群服务站会议室召开议事会"])
def test_a_meeting_at_a_communitys_service_centre_is_at_the_community(where):
    facts = facts_of(f"2025年4月9日，区长葛明远{where}。居民代表反映小区雨污管网老化。")
    assert visits(facts) == {("葛明远", "柳岸社区")}
    assert issues(facts) == {("柳岸社区", "小区雨污管网老化")}
    # the centre as written stays a label of the community (a reader may name the stop so)
    community = next(p for p in facts.places.values() if p.name == "柳岸社区")
    assert any(label.startswith("柳岸社区党群服务") for label in community.alt_labels)


def test_a_villages_service_centre_is_the_village():
    facts = facts_of("2025年4月9日，县长葛明远来到青溪镇桐木村便民服务中心，与村民座谈。村民反映灌溉渠道年久失修。")
    assert visits(facts) == {("葛明远", "桐木村")}
    assert issues(facts) == {("桐木村", "灌溉渠道年久失修")}


def test_a_towns_service_centre_stays_a_site_of_its_own():
    facts = facts_of("2025年4月9日，县长葛明远来到青溪镇便民服务中心，察看办事窗口。群众反映办证排队时间长。")
    assert visits(facts) == {("葛明远", "青溪镇便民服务中心")}


def test_a_communitys_clinic_stays_a_site_of_its_own():
    facts = facts_of("2025年4月9日，区长葛明远来到柳岸社区卫生服务站，察看家庭医生签约。居民反映药品种类偏少。")
    assert visits(facts) == {("葛明远", "柳岸社区卫生服务站")}
