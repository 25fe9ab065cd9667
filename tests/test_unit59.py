"""Where a stop is and who asked, session 59 (unit59, gen59).

- A community-level unit whose unnamed site a visit went to (X社区易地扶贫搬迁安置点: the
  unit's name, then generic words and a type word only) was there too: issues placed at
  the unit stay at it (`issue_placement.unit_of_unnamed_site`), not at a site toured later.
- A passive marker and its verb as a name part (受淹小区) tell what befell the places, no
  name (`place_passive_markers.txt`).
- A question turn signed by its asker in parentheses closing the line (问：A？（居民某）) is
  the asker's, and the signature is no matter raised (`issue_turns.TRAILING_ASKER`).
- A crowd or light word right after a place's name (X党群服务中心灯火通明。) sets the scene
  a visit verb then names again (来到这里, 来到设在这里的Y).
- A distance (五公里外) is no name part.

Every fixture is invented (names, places and wording).
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


def test_a_meeting_after_a_tour_of_a_units_unnamed_sites_is_at_the_unit():
    facts = facts_of(
        "3月4日，县长龙清远到白岩街道青竹社区易地扶贫搬迁安置点，调研后续扶持工作。\n"
        "龙清远一行先后走进青竹社区就业帮扶车间和竹苗幼儿园，了解搬迁群众就业情况。\n"
        "随后召开的座谈会上，群众代表反映了几方面诉求：一是社区卫生室药品不全；二是夜间路灯太暗。")
    assert issues(facts) == {("青竹社区", "社区卫生室药品不全"), ("青竹社区", "夜间路灯太暗")}


@pytest.mark.parametrize("state", ["受淹", "被淹"])
def test_a_passive_state_before_an_estates_type_word_is_no_name(state):
    facts = facts_of(f"5月9日，县委书记罗正海来到河湾镇柳塘社区。在柳塘社区，罗正海走进{state}小区，与居民交谈。居民反映，地下室进水后一直没抽干。")
    assert visits(facts) == {("罗正海", "柳塘社区")}
    assert issues(facts) == {("柳塘社区", "地下室进水后一直没抽干")}


def test_a_question_turn_signed_by_its_asker_is_the_askers():
    facts = facts_of(
        "10月12日晚，区人大代表宋立群来到江滨街道柳岸社区，开展“代表夜谈”活动。\n"
        "活动采取一问一答的方式进行。\n"
        "问：小区后门的路灯坏了半年，什么时候能修？（居民蒋红）\n"
        "答：宋立群表示，会后就联系街道城管科。\n"
        "问：菜市场早上五点就开始卸货，吵得睡不着。（居民方敏）\n"
        "答：宋立群表示，将协调市场调整卸货时间。")
    labels = {label for _, label in issues(facts)}
    assert "小区后门的路灯坏了半年" in labels and "菜市场早上五点就开始卸货" in labels
    assert not any(label.startswith("居民") for label in labels)  # the signatures raise nothing


@pytest.mark.parametrize("visit", ["来到这里", "来到设在这里的人大代表之家"])
def test_a_lit_centre_is_the_scene_a_visit_verb_names_again(visit):
    facts = facts_of(
        f"10月12日晚7点，江滨街道柳岸社区党群服务中心灯火通明。区人大代表宋立群、丁秀一同{visit}，听取居民意见。"
        "居民反映，小区电梯经常停运。")
    assert visits(facts) == {("宋立群", "柳岸社区党群服务中心"), ("丁秀", "柳岸社区党群服务中心")}
    assert issues(facts) == {("柳岸社区党群服务中心", "小区电梯经常停运")}


def test_a_distance_is_no_place():
    # (the grammar's own reading: a clause about getting somewhere far read 几公里外入园 as a park)
    from kg.extract.place_parse import parse_at

    text = "孩子只能到几公里外入园；二是路灯太暗。"
    assert parse_at(text, text.index("几")) is None
