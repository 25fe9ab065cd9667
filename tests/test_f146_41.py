"""Session 41, FAULTS41 p146: the kinds of fault found on an opened blind set.

1. A summing-up sentence may announce its points as 以下 (经整理，主要有以下几方面：一是A；二是B):
   `issue_words.summary_opener`.
2. A table's issue column headed by a raising act and a word of content (反映内容:
   `table_head_tails.txt`, `issue_content._table_head`).
3. A Zhuang name opening with 那 and a type word, then a site of it in one name
   (那X墟农贸市场: `place_proper_part._named_place_opens`); 墟镇/圩镇 is a kind, no name
   (`place_generic_words.txt`).
4. An area's bare type word before 辖区 (街道辖区的X社区: `place_own_area_holders.txt`,
   `place_lists.IN_OWN_AREA`): the move reaches X, and a bare 社区会议室 after it is X's.
5. Households by their relief standing raise as villagers do (脱贫户, 低保户: `issue_raisers.txt`).
6. (A problem stated before a later 却 was tried and taken back: it broke a list's items.)
7. A plain noun of matters after a raising relative clause (大家反映的事一一记下) is its head,
   no content (`issue_matter_heads.txt`, `IssueFrames.matter_head`).
8. A given name ending in an adverb character before 向他说 (X德才向他说): the addressee is
   passed over (`official_transcribed.ADDRESSEE`).
9. A point of a list opened by 在X， gives no item 在X (`issue_content.at_place_only`).
10. A deputy who is a village's cadre speaks for the village, a stop of the tour, though the
    scene is at a site visited after it (`Raisers`, `IssuePlacement.another_stop`).
Invented fixtures; each with a precision twin.
"""

import pytest

from kg.extract.issue_content import at_place_only
from kg.extract.place_proper_part import has_proper_part
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


def _labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(text))}


def test_a_summary_announcing_its_points_as_following_lists_them():
    text = ("5月6日上午，区人大代表郑宏图来到枫林镇人大代表联络站，开展代表接待日活动。\n\n活动中，先后有八名选民前来反映情况。"
            "经整理，主要有以下几方面：一是石门村通组路坑洼不平；二是镇中学门口缺少红绿灯。")
    labels = _labels(text)
    assert any("通组路坑洼不平" in x for x in labels) and any("缺少红绿灯" in x for x in labels)


def test_precision_a_summary_by_an_official_lists_nothing():
    text = ("5月6日上午，区人大代表郑宏图来到枫林镇人大代表联络站，开展代表接待日活动。\n\n活动中，郑宏图听取了镇长汇报。"
            "经整理，主要有以下几方面：一是完善台账；二是加强督办。")
    assert not any("台账" in x for x in _labels(text))


TABLE = ("5月8日，镇长黎春桃来到岭头圩农贸市场察看环境整治情况。会上，社区居委会主任覃月娥汇报了收集到的商户意见，具体如下：\n"
         "序号｜{head}｜反映人\n1｜市场内下水道堵塞，过道长期积水｜商户\n2｜公厕门锁损坏｜居民\n")


def test_a_table_headed_by_a_raised_content_gives_its_cells():
    labels = _labels(TABLE.format(head="反映内容"))
    assert {"市场内下水道堵塞", "公厕门锁损坏"} <= labels


def test_precision_a_work_content_column_is_no_issue_column():
    assert "公厕门锁损坏" not in _labels(TABLE.format(head="工作内容"))


@pytest.mark.parametrize("name, named", [("那坎墟农贸市场", True), ("那个村卫生室", False)])
def test_a_zhuang_town_then_its_site_is_one_named_place(name, named):
    assert has_proper_part(name) is named


def test_the_market_of_a_zhuang_town_is_the_stop_and_its_main_street_no_place():
    text = "6月3日，镇长梁秋菊来到那坎墟农贸市场察看环境整治。随后她沿着墟镇主街步行察看。"
    got = visits(facts_of(text))
    assert ("梁秋菊", "那坎墟农贸市场") in got and not any("主街" in p for _, p in got)


OWN_AREA = ("8月2日晚，街道党工委书记韦明哲走进榴花社区开展夜访，居民反映楼道灯坏了。"
            "九点多，韦明哲又来到{where}桂园社区，在社区会议室和居民代表座谈。代表们提出，社区停车位不足。")


@pytest.mark.parametrize("where", ["街道辖区的", ""])
def test_a_community_after_the_subdistricts_own_area_holds_its_meeting(where):
    facts = facts_of(OWN_AREA.format(where=where))
    assert ("桂园社区", "社区停车位不足") in issues(facts) and ("韦明哲", "榴花社区") in visits(facts)


@pytest.mark.parametrize("text, place, label", [
    ("9月2日，青山村驻村第一书记黎文斌挨家挨户走访村里的群众。\n\n在上寨村民小组，脱贫户韦春花拉着他的手说，家里的院墙裂缝严重。",
     "上寨村民小组", "家里的院墙裂缝严重"),
])
def test_households_by_their_standing_raise(text, place, label):
    assert (place, label) in issues(facts_of(text))


def test_precision_a_household_helped_raises_nothing():
    text = "9月2日，第一书记黎文斌来到青山村走访，要求帮扶干部带动农户发展产业，解决院墙裂缝严重的问题。"
    assert not any("院墙裂缝" in x for x in _labels(text))


def test_the_matters_raised_written_down_are_no_issue():
    text = "9月2日，第一书记黎文斌来到青山村走访，把大家反映的事一一记在工作日志上。"
    assert not any("记在" in x for x in _labels(text))


def test_precision_a_word_opened_by_the_matter_character_is_content():
    text = "9月2日，第一书记黎文斌来到青山村走访。村民反映的事故多发路段一直没有安装护栏。"
    assert any("事故多发路段" in x for x in _labels(text))


def test_a_name_ending_in_an_adverb_before_the_one_spoken_to():
    text = "9月2日，第一书记黎文斌来到青山村走访。村民小组长覃德才向他说了组里的困难。"
    assert "覃德才" in {o.name for o in facts_of(text).officials.values()}


@pytest.mark.parametrize("clause, scene", [("在青石村", True), ("在青石村路灯坏了", False), ("青石村", False)])
def test_a_clause_of_the_stop_alone_is_a_scene(clause, scene):
    assert at_place_only(clause) is scene


def test_a_list_of_points_opened_by_their_stops_gives_no_stop_as_issue():
    text = ("10月9日，县人大常委会主任杜志远带领代表到松坪乡视察。代表们先后来到岩脚村、梨树湾村，察看基地建设情况。"
            "视察结束后，代表们梳理出沿途听到的群众关心的几件事：在岩脚村，群众反映烤房设备老旧；在梨树湾村，村民说水渠年久失修。")
    facts = facts_of(text)
    assert not any(label.startswith("在") for _, label in issues(facts))
    assert ("梨树湾村", "水渠年久失修") in issues(facts)


DEPUTY = ("10月9日，县人大常委会主任杜志远带领代表到松坪乡视察。代表们先后来到岩脚村、梨树湾村和松坪乡卫生院，察看建设情况。"
          "在乡卫生院，医护人员反映院里缺少救护车。{who}还提出，村里的机耕路急需硬化。")


def test_a_deputy_who_is_a_village_cadre_speaks_for_the_village():
    facts = facts_of(DEPUTY.format(who="省人大代表、岩脚村党支部书记罗桂珍"))
    assert any(p == "岩脚村" and "机耕路" in label for p, label in issues(facts))


def test_precision_a_deputy_of_no_unit_speaks_at_the_scene():
    facts = facts_of(DEPUTY.format(who="省人大代表罗桂珍"))
    assert not any(p == "岩脚村" and "机耕路" in label for p, label in issues(facts))
