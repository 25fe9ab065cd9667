"""Faults of a probe of city and provincial leaders' tours and deputies' grid visits (session 38,
FAULTS38_p125).

Invented fixtures, each with a precision twin: a station set as the scene (X站里热闹非凡, maybe
after residents' opening quotes) that the visitors then come into (来到这里); a town whose
two-character name holds a stop word (来到大将镇); a community at a town's seat (X镇政府所在地
的Y社区); a works site after the place it is the works of (在X小区二期安置房建设工地，); the
village's look (察看村容村貌) read as no village; a run of opening quotations read whole; a
quotation after a resident's floor gesture and colon (接过话茬：“…”) read as their words, a
cadre's (开门见山：“…”) as an account; a price dearer than before (比去年贵了).
"""

import pytest

from kg.extract.place_lists import parse_list
from tests.extraction import facts_of, issues, labels_in_village, visits

pytestmark = pytest.mark.fast


STATION = "7月2日上午，江岸区青松街道翠柳社区人大代表联络站里热闹非凡。市人大代表林秀芳、王建平来到这里，与居民代表面对面交流。"


def test_scene_then_here_after_a_move_verb():
    assert visits(facts_of(STATION)) == {
        ("林秀芳", "翠柳社区人大代表联络站"), ("王建平", "翠柳社区人大代表联络站"),
    }


def test_scene_then_here_after_opening_quotes():
    text = "“单元门的门禁老是坏”“楼顶一下雨就渗水”……" + STATION + "\n\n居民孙阿姨说，小区里的路灯坏了好几盏。"
    f = facts_of(text)
    assert ("林秀芳", "翠柳社区人大代表联络站") in visits(f)
    assert ("翠柳社区人大代表联络站", "小区里的路灯坏了好几盏") in issues(f)


def test_scene_then_here_twin_scene_not_the_sentence_before():
    # the station is set in the paragraph before, and the deictic's own paragraph opens at no
    # place: 这里 after the move verb names no stop (the official's trip stays in the area)
    f = facts_of("7月2日上午，江岸区青松街道翠柳社区人大代表联络站里热闹非凡。\n\n居民们早早到了。"
                 "市人大代表林秀芳来到这里，与居民代表面对面交流。")
    assert ("林秀芳", "翠柳社区人大代表联络站") not in visits(f)


def test_scene_then_here_twin_no_scene():
    # a place described in the paragraph before, not set as a scene with 里: 来到这里 names no
    # stop (session 37's take-back; a paragraph opening at the place is `scene_here`'s second frame)
    f = facts_of("翠柳村是个山村，村民以种茶为生。\n\n7月2日，副市长林秀芳来到这里，调研茶产业。")
    assert ("林秀芳", "翠柳村") not in visits(f)


def test_two_character_town_holding_a_stop_word():
    text = "市长李明来到大将镇青溪村，察看水毁道路修复情况。"
    assert [s.text for s in parse_list(text, text.index("大"))[0].segments] == ["大将镇", "青溪村"]
    assert visits(facts_of("2024年6月1日，" + text)) == {("李明", "青溪村")}


def test_two_character_town_twin_modal_clause():
    # no move verb before it: 将 is the modal, 镇区 a common noun, no town 大将镇
    text = "下一步，县里将镇区道路纳入改造计划。"
    assert not any("将镇" in s.text for c in parse_list(text, text.index("里") + 1) for s in c.segments)


def test_community_at_a_town_seat():
    text = "随后，王强临时决定到青山镇政府所在地的翠竹社区转一转。"
    chunks = parse_list(text, text.index("青山"))
    assert [s.text for s in chunks[0].segments] == ["青山镇", "翠竹社区"]
    f = facts_of("2024年1月7日，市委书记王强到青山镇调研。\n\n" + text + "社区网格员说，冬季供暖温度不达标。")
    assert ("王强", "翠竹社区") in visits(f)


def test_community_at_a_town_seat_twin_seat_alone():
    # the seat with no place after it names the town only
    text = "随后，王强来到青山镇政府所在地，察看集镇建设。"
    assert [s.text for s in parse_list(text, text.index("青山"))[0].segments] == ["青山镇"]


def test_works_site_after_its_place():
    f = facts_of("2024年3月5日，市长秦立到江北区调研。\n\n在文峰街道安和小区二期安置房建设工地，秦立详细询问工程进度和回迁安排。")
    assert ("秦立", "安和小区二期") in visits(f)


def test_works_site_twin_not_closing_a_clause():
    # the works' own canteen: the phrase goes on after 工地, the sentence sets no scene at the estate
    f = facts_of("2024年3月5日，市长秦立到江北区调研。\n\n在文峰街道安和小区二期安置房建设工地的食堂里，工人们正在吃午饭。")
    assert ("秦立", "安和小区二期") not in visits(f)


def test_village_look_is_no_village():
    text = "副市长韦明首先来到龙岩镇青竹村上寨屯，沿着屯级道路察看村容村貌和柑橘种植基地。"
    assert not any("村容" in s.text or "貌和" in s.text
                   for c in parse_list(text, text.index("村容")) for s in c.segments)
    assert visits(facts_of("2024年4月3日，" + text + "村民说，屯里的路太窄。")) == {("韦明", "上寨屯")}


def test_village_look_twin_named_village_kept():
    # a village named before its look: the village is still read (X村村容村貌 keeps X村)
    text = "察看青竹村村容村貌。"
    assert [s.text for s in parse_list(text, 2)[0].segments] == ["青竹村"]


def test_dearer_than_last_year_in_an_account():
    labels = labels_in_village("牧民巴特告诉他，今年一车干草比去年贵了两百来块钱，镇上的草料站离村太远。")
    assert "今年一车干草比去年贵了两百来块钱" in labels


def test_dearer_twin_precious_word():
    # 宝贵 holds 贵 with no price risen: an account of thanks raises nothing
    labels = labels_in_village("牧民巴特告诉他，这些经验太宝贵了，合作社的日子越过越好。")
    assert not any("宝贵" in l for l in labels)


def test_opening_quotes_each_read():
    text = ("“楼道的灯一直不亮”“小区里的野狗越来越多，晚上叫得人睡不着”……5月8日上午，江岸区青松街道翠柳社区人大代表联络站里热闹非凡。"
            "市人大代表林秀芳、王建平来到这里，与居民代表面对面交流。")
    labels = {l for _, l in issues(facts_of(text))}
    assert "楼道的灯一直不亮" in labels
    assert any(l.startswith("小区里的野狗越来越多") for l in labels)


def test_opening_quotes_twin_official_words():
    # a quotation run inside an official's speech, not opening the paragraph: no residents' lead
    text = ("5月8日上午，市人大代表林秀芳来到江岸区青松街道翠柳社区人大代表联络站，与居民代表面对面交流。"
            "林秀芳说，“民生无小事”“群众的事再小也是大事”，要把意见建议梳理好。")
    labels = {l for _, l in issues(facts_of(text))}
    assert not any("民生无小事" in l or "再小也是大事" in l for l in labels)


def test_quotation_after_a_floor_gesture_and_colon():
    labels = labels_in_village("另一位大妈接过话茬：“巷子挖开两个多月了，一下雨全是泥，出门都难。”")
    assert any(l.startswith("巷子挖开两个多月了") for l in labels)


def test_floor_gesture_twin_account_without_quotation():
    # no quotation after the colon: the cadre's account raises its problem clauses only
    labels = labels_in_village("村支书接过话头：今年村里新修了三条路，路灯还不够用。")
    assert not any(l.startswith("今年村里新修了三条路") for l in labels)


def test_floor_gesture_twin_cadre_account_in_quotes():
    # a cadre named before the colon gives an account still: its problem clauses are raised
    labels = labels_in_village("村党支部书记李梅开门见山：“我们村的问题包括院墙年久失修、消防通道被占用。”")
    assert any("院墙年久失修" in l for l in labels)
