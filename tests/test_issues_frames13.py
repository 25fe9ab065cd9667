"""Issue content, session 13: what an item must hold to be an issue.

Every fixture is invented (names, places and wording).  Each test states the whole
set of issues its text holds, so an extra issue fails as surely as a missing one.
"""

import pytest

from tests.extraction import at, issues_in_village as issues_in

@pytest.mark.fast
def test_a_topic_with_no_head_noun_names_fields_not_issues():
    # 围绕A、B踊跃发言: no 等 and no head noun close the topic; it names what the talk
    # was about, and only a field stated as a problem is an issue
    assert issues_in("在石屏村，村民代表围绕乡村治理、文明创建踊跃发言。") == set()
    got = issues_in("在石屏村，村民代表围绕停车难、晾晒不便踊跃发言。")
    assert got == at("石屏村", "停车难", "晾晒不便")
    # the field an opinion was on, with its items named after it: the items
    got = issues_in("在石屏村，村民们对村里的保洁管理提出不少意见，集中在垃圾清运不及时、公厕无人打扫等方面。")
    assert got == at("石屏村", "垃圾清运不及时", "公厕无人打扫")


@pytest.mark.fast
def test_a_topic_closed_by_a_head_noun_still_lists_issues():
    got = issues_in("在石屏村，村民代表围绕乡村治理、文明创建等话题踊跃发言。")
    assert got == at("石屏村", "乡村治理", "文明创建")


@pytest.mark.fast
def test_how_many_is_not_what():
    # 提出了不少问题, 几点心声: a quantity alone before the head noun names no issue
    assert issues_in("在石屏村，村民们又提出了不少问题。") == set()
    assert issues_in("村支书向柏文反映了村里群众的几点心声。") == set()


@pytest.mark.fast
def test_clauses_before_an_announcement_set_the_scene():
    # X是典型的山区村，…，难点在于：A；B — the issues are named after the colon
    got = issues_in("村支书甘慧说，石屏村是典型的山区村，房屋建成年代早，目前面临的难点在于：山塘坝体渗水，汛期有隐患；村道太窄。")
    # 汛期有隐患 is the effect of the complaint before it (kg.extract.issue_effects), no issue
    assert got == at("石屏村", "山塘坝体渗水", "村道太窄")


@pytest.mark.fast
def test_a_lead_ending_in_a_colon_announces_the_points():
    got = issues_in("村民代表反映，村里有农户320户，群众反映的问题主要有两个：一是灌溉渠淤塞；二是村道路灯不亮。")
    assert got == at("石屏村", "灌溉渠淤塞", "村道路灯不亮")


@pytest.mark.fast
def test_the_speakers_own_health_is_no_issue():
    # 自己有高血压, 我家老伴常年吃药: who speaks, not what is wrong; the complaint follows
    for own in ("自己有高血压", "我家老伴常年吃药"):
        got = issues_in(f"村民柯大娘说，{own}，村卫生室一到周末就关门。")
        assert got == at("石屏村", "村卫生室一到周末就关门")


@pytest.mark.fast
def test_health_shape():
    from kg.extract.issue_items import keep

    assert not keep("她腿脚不便") and not keep("自己的父亲患有糖尿病")
    assert keep("他们村卫生室看病难") and keep("我们小区二次供水水压不足")


@pytest.mark.fast
def test_praise_of_food_or_a_market_is_no_issue():
    from kg.extract.issue_items import keep

    assert not keep("饭菜好吃") and not keep("菜品丰富") and not keep("今年行情好")
    assert keep("菜品不够丰富")
    got = issues_in("在石屏村，果农钟大伯说，今年行情好，就是冷库不够用。")
    assert got == at("石屏村", "冷库不够用")


@pytest.mark.fast
def test_a_request_naming_nothing_is_no_issue():
    # 能不能修一修 asks that the complaint before be dealt with
    got = issues_in("村民反映，村口的路灯坏了，能不能修一修？")
    assert got == at("石屏村", "村口的路灯坏了")
    got = issues_in("村民反映，村口的路灯坏了，希望尽快补上。")
    assert got == at("石屏村", "村口的路灯坏了")


@pytest.mark.fast
def test_bare_request_shape():
    from kg.extract.issue_items import bare_request

    assert bare_request("加快推进") and bare_request("能不能给修一修") and bare_request("能不能有人来修剪一下")
    assert not bare_request("修一段路") and not bare_request("能不能全天供水") and not bare_request("停车点")


@pytest.mark.fast
def test_a_potential_complement_stays_with_its_list_item():
    from kg.extract.issue_items import split_items

    assert split_items("护理员招不到、留不住，以及床位紧张") == ["护理员招不到、留不住", "床位紧张"]
    assert split_items("路灯不亮、井盖松动") == ["路灯不亮", "井盖松动"]


@pytest.mark.fast
def test_a_bit_is_not_trimmed_as_there_is():
    from kg.extract.issue_items import trim

    assert trim("有点咸") == "有点咸" and trim("有些路灯不亮") == "有些路灯不亮"


@pytest.mark.fast
def test_a_quotation_typed_with_ascii_quotes_is_read():
    # a web page typed "…" for “…”: the repair layer pairs them on a line
    got = issues_in('在石屏村，一位老人问柏文:"村口的路灯坏了半年，能不能修一修?"')
    assert got == at("石屏村", "村口的路灯坏了半年")


@pytest.mark.fast
def test_what_kind_of_place_it_is_sets_the_scene():
    # X是典型的Y: the setting; the complaint after it is the first
    got = issues_in("在石屏村，村支书谭秀梅说，石屏村是典型的山区老村，村道太窄，会车困难。")
    assert ("石屏村", "石屏村是典型的山区老村") not in got and ("石屏村", "村道太窄") in got


@pytest.mark.fast
def test_the_speakers_attempts_to_have_it_fixed_are_no_issue():
    # 已经向物业反映多次: the complaint before it persists
    got = issues_in("在石屏村，村民柯大娘说，村口的路灯坏了半年，已经向村委会反映多次。")
    assert got == at("石屏村", "村口的路灯坏了半年")
    from kg.extract.issue_items import keep

    assert not keep("找了好几次也没人管") and keep("每次办事都要跑三趟") and keep("一天要停电几次")


@pytest.mark.fast
def test_a_season_coming_is_when_not_what():
    # 雨季一来，X: the time of the complaint, in a clause or in a list after a head noun
    got = issues_in("在石屏村，村民柯大娘说，雨季一来，村道就积水。")
    assert got == at("石屏村", "村道就积水")
    from kg.extract.issue_items import keep

    assert not keep("雨季一来") and not keep("菜场搬走后") and keep("垃圾清运不及时")
