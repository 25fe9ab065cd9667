"""Session 42, FAULTS42 p145: the kinds of fault found on an opened blind set.

1. A clock time closing a sentence's lead (3月14日晚7点，): the scene set after it is read
   (`visit_verbs.CLOCK_LEAD` in `sequence_lead`).
2. A unit's type word and 里 after a visit verb (来到村里, 到组里) names the unit of the scene
   just set, or the unit holding it (`PlaceReading.scene_unit_here`).
3. A paragraph opening with a spot of a named place and no 在 (X社区的议事厅里，) sets the
   scene as 在X does; residents waiting there whose cadre reports next make it a stop
   (`Reader._scene_locative`, `StopReading._opening_place`, `_resident_speaks_next`).
4. A spot of a village's own office (X村村部门前的空地上，): `visit_patterns.office_spot`.
5. Talking with residents (攀谈, 拉家常) is presence (`visit_verbs.tsv`).
6. A cadre of the community holding the stop just reached speaks at the stop
   (`IssuePlacement.within`: a visit of the same sentence counts).
7. A list's last bare name joined by 和 to the next post + name item (甲、乙、丙和市人大代表丁):
   `official_lists._post_item`.
8. A request folding the complaint into work under way (一并入地) names nothing; the
   complaint before it is the issue (`issue_items._folded_in`, `IssueReader.asked_about`).
Invented fixtures; each with a precision twin.
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


def _visits(text: str) -> set[tuple[str, str]]:
    return {(who, place) for who, place in visits(facts_of(text))}


def _issues(text: str) -> set[tuple[str, str]]:
    return set(issues(facts_of(text)))


def _places_of(text: str, who: str) -> set[str]:
    return {place for w, place in _visits(text) if w == who}


HALL = "2023年6月2日晚8点，长宁县白沙镇柳塘村文化礼堂里坐满了人。镇长周明远带着笔记本来到村里，和三十多位村民围坐在一起。村民反映，村口的路灯坏了。"


def test_a_clock_time_closing_the_lead_keeps_the_scene_and_the_village_came_to():
    assert any(p.endswith("柳塘村") or p.endswith("柳塘村文化礼堂") for p in _places_of(HALL, "周明远"))


def test_precision_a_village_word_with_no_scene_set_names_no_stop():
    text = "2023年6月2日晚8点，镇长周明远带着笔记本来到村里，和三十多位村民围坐在一起。村民反映，村口的路灯坏了。"
    assert not _places_of(text, "周明远")


ROOM = ("5月9日，区委书记马建新深入青石镇，调研民生实事。\n"
        "在青石镇桃源村，马建新察看了村民广场。村民反映，村道太窄。\n"
        "杏花社区的议事厅里，十多位居民代表早早等候。社区居委会主任郑小芸汇报了居民提出的两件事：菜市场地面湿滑;小区路灯不亮。\n")


def test_a_paragraph_set_in_a_communitys_room_is_the_tours_next_stop():
    assert any(p.endswith("杏花社区") for p in _places_of(ROOM, "马建新"))
    assert any(place.endswith("杏花社区") and "菜市场地面湿滑" in label for place, label in _issues(ROOM))


def test_precision_a_room_where_no_one_raises_anything_is_no_stop():
    text = ROOM.replace("社区居委会主任郑小芸汇报了居民提出的两件事：菜市场地面湿滑;小区路灯不亮。", "马建新指出，要把实事办好。")
    assert not any(p.endswith("杏花社区") for p in _places_of(text, "马建新"))


def test_a_spot_before_the_village_office_sets_the_scene():
    text = "“水渠漏水好几年了。”2024年4月2日傍晚，平山县石桥乡柏树村村部门前的空地上，乡长郭振华和村民们面对面坐着。村民反映，水渠漏水。"
    assert any(p.endswith("柏树村") for p in _places_of(text, "郭振华"))


def test_precision_the_office_spot_must_close_its_clause():
    text = "2024年4月2日傍晚，平山县石桥乡柏树村村部门前的道路坑洼不平，乡长郭振华和村民们面对面坐着。"
    assert not any(p.endswith("柏树村") for p in _places_of(text, "郭振华"))


ESTATE = ("6月3日上午，区委书记韩立东深入城南街道，察看老旧小区改造情况。\n"
          "在红桥社区丁香新村，改造工程已进入收尾阶段。韩立东沿着楼梯一层层往上走，不时停下来和在家的居民{verb}。居民反映，楼道灯不亮。\n")


def test_chatting_with_residents_puts_the_official_at_the_paragraphs_place():
    assert any(p.endswith("丁香新村") for p in _places_of(ESTATE.format(verb="攀谈"), "韩立东"))


def test_precision_no_presence_verb_no_stop():
    assert not any(p.endswith("丁香新村") for p in _places_of(ESTATE.format(verb="挥手"), "韩立东"))


CADRE = ("6月3日上午，区委书记韩立东深入城南街道。\n"
         "在红桥社区丁香新村，韩立东察看了楼道。居民反映，楼道灯不亮。\n"
         "来到同一社区的{estate}，红桥社区党委书记孙晓梅汇报说，小区只有三十个车位。\n")


def test_a_cadre_of_the_community_speaks_at_the_estate_just_reached():
    found = _issues(CADRE.format(estate="海棠苑小区"))
    assert any(place.endswith("海棠苑小区") and "三十个车位" in label for place, label in found)


def test_precision_the_cadre_speaks_at_the_earlier_estate_when_no_new_one_is_reached():
    text = CADRE.replace("来到同一社区的{estate}，", "")
    assert any(place.endswith("丁香新村") and "三十个车位" in label for place, label in _issues(text))


def test_the_last_bare_name_before_and_and_the_next_post_is_a_name():
    text = "3月5日上午，区人大代表葛云飞、卢婉清、程立和市人大代表潘海涛来到长河街道人大代表联络站，接待选民。"
    assert "程立" in {who for who, _ in _visits(text)}


def test_precision_a_name_and_a_title_with_no_name_after_it():
    text = "3月5日上午，区人大代表葛云飞、卢婉清和市人大代表们来到长河街道人大代表联络站，接待选民。"
    assert "卢婉清和市" not in {who for who, _ in _visits(text)}


WISH = ("5月21日上午，区委书记韩立东深入城南街道。\n"
        "在红桥社区丁香新村，韩立东察看了楼道。几位老住户告诉他，楼道里的网线缠成一团，“跟渔网似的”，希望借着这次改造{wish};还有居民说外墙渗水多年。\n")


def test_a_request_folding_the_complaint_into_the_works_gives_the_complaint():
    labels = {label for _, label in _issues(WISH.format(wish="一并入地"))}
    assert any("网线缠成一团" in x for x in labels) and not any("入地" in x for x in labels)


def test_precision_a_request_naming_its_own_thing_stays_an_issue():
    labels = {label for _, label in _issues(WISH.format(wish="一并加装电梯"))}
    assert any("加装电梯" in x for x in labels)
