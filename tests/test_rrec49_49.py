"""Session 49 (rrec49: recurring misses across the opened sets), each kind pinned with invented
sentences in two wordings (one in another shape) and a twin left alone.

1. A scene set after a clock time (`5月20日晚7点，X联络点里灯火通明。`), or after a four-character
   clause of the hour's mood closing the date (`7月12日晚，暑气渐消，X新村的大榕树下摆起了凳子。`),
   is where the officials are when the sentence right after it opens with them as its subject doing
   a presence or activity verb there (与村民围坐在一起, 开起了X会) and no move verb: a stop, and
   what residents raise there is filed there.  A clock scene with the officials coming from
   elsewhere or told later only (no presence right after) stays unread as before (session 42).
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


def test_a_clock_scene_joined_by_the_officials_next_is_their_stop():
    facts = facts_of("2024年5月20日晚上7点，青溪镇柳湾村人大代表联络点里灯火通明。镇人大主席王立新与二十多位村民围坐在一起，"
                     "开展“民情夜谈”。村民张阿姨说，村口的路灯坏了半年了。")
    assert ("王立新", "柳湾村人大代表联络点") in visits(facts)
    assert ("柳湾村人大代表联络点", "村口的路灯坏了半年了") in issues(facts)


def test_a_mood_clause_before_a_spot_scene_joined_next_in_another_shape():
    facts = facts_of("2024年7月12日晚，夜幕降临，城南街道柳荫社区柳湾新村的大榕树下摆起了二十多张塑料凳。"
                     "街道党工委书记周建华和社区干部一起，与五十多位街坊围坐在一起拉家常。街坊们说，小区门口的排水沟堵了。")
    assert ("周建华", "柳湾新村") in visits(facts)
    assert ("柳湾新村", "小区门口的排水沟堵了") in issues(facts)


def test_a_clock_scene_with_the_officials_moving_there_later_is_left_alone():
    facts = facts_of("2024年5月20日晚上7点，柳湾村人大代表联络点里灯火通明。镇人大主席王立新当天下午来到青石村，"
                     "察看了村道修缮情况。")
    assert ("王立新", "柳湾村人大代表联络点") not in visits(facts)


# 2. a crowded spot written as the bare locative right after the place's name

def test_a_crowded_street_set_as_the_scene_with_its_locative_alone():
    facts = facts_of("2024年8月3日晚，华灯初上，城南街道青石坊美食街上人头攒动。区政协副主席王立新带领部分委员，"
                     "与商户代表一起，在街口的议事点开起了协商议事会。商户们反映，街上没有停车的地方。")
    assert ("王立新", "青石坊美食街") in visits(facts)
    assert ("青石坊美食街", "街上没有停车的地方") in issues(facts)


def test_a_crowded_street_after_a_date_alone_in_another_shape():
    facts = facts_of("2024年8月3日，青石坊美食街上座无虚席。区政协副主席王立新与商户代表围坐在一起。商户们反映，街上没有停车的地方。")
    assert ("王立新", "青石坊美食街") in visits(facts)


def test_a_street_with_traffic_on_it_sets_no_scene():
    facts = facts_of("2024年8月3日，青石坊美食街上车很多。区政协副主席王立新在区政府召开会议，研究停车问题。")
    assert not any("青石坊" in place for _, place in visits(facts))
