"""Session 44 (FAULTS44, p136): kinds found on an opened blind set, each pinned with
invented sentences and a precision twin.

1. A tour's paragraph opening `在X，` with no one in it, whose next sentence opens with a
   cadre or a resident of X speaking, puts the party at X (`StopReading._resident_speaks_next`).
2. A resident named right after a raiser word written with its place (X小区居民代表|某某说)
   speaks for that place (`Raisers.find_raisers`).
3. A clause saying only what kind of place its subject is (X是回迁安置小区, 属于老旧开放式楼院)
   is the setting, no issue (`issue_items.kind_of_place`).
4. A reply handing a matter to a party (X由工作队对接) and a pledge by a deadline (争取月底前
   开张) are no issues (`issue_items.assigned`, `PLEDGE`).
5. An official's proposal (建议) speaks to the end of the sentence, as 提出 does
   (`issue_official_acts.txt`).
6. A table header cell whose head noun is itself a raising (诉求内容) raises its column when
   the line announcing the table names those demands (`issue_words.opinion_column`).
7. A spot of a village's own office lit for an evening gathering (X村村部旁的禾坪上亮起了灯)
   sets the scene at the village (`visit_patterns.office_spot`, `scene_crowd_words.txt`).
8. After a summed list, an existential and a share before a raiser (，还有不少年轻家长希望X)
   open another raising (`issue_content._shared_raiser_lead`).
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

TOUR = ("5月9日，市人大常委会副主任林素梅带领调研组走进青禾街道，调研老旧小区加装电梯。"
        "调研组首先来到松柏社区化肥厂宿舍，居民反映，楼道照明长期损坏。\n"
        "在{estate}，加装电梯工程正在施工。{speaker}介绍，施工垃圾堆在楼下好几天没人清运。\n")


def test_a_scene_at_an_estate_whose_cadre_speaks_next_is_a_stop():
    facts = facts_of(TOUR.format(estate="金桂小区", speaker="小区业委会主任何立文"))
    assert ("林素梅", "金桂小区") in visits(facts)
    assert any(p == "金桂小区" and "施工垃圾" in label for p, label in issues(facts))


def test_a_scene_whose_next_sentence_has_no_speaker_is_no_stop():
    # precision twin: the next sentence is the writer's, nobody of the estate speaks
    facts = facts_of(TOUR.format(estate="金桂小区", speaker="据悉，工程预计月底完工，"))
    assert ("林素梅", "金桂小区") not in visits(facts)


NAMED = ("4月2日上午，区委书记周海川深入长乐街道槐树社区，先后走进棉纺厂宿舍、翠湖小区，倾听居民意见。\n"
         "在棉纺厂宿舍，几位老住户反映院里的下水道经常堵塞。\n"
         "{raiser}说，小区充电桩太少，电动车只能拉电线充电。\n")


def _places_of_charging(raiser: str) -> set[str]:
    return {p for p, label in issues(facts_of(NAMED.format(raiser=raiser))) if "充电桩太少" in label}


def test_a_named_resident_after_a_raiser_with_its_place_speaks_for_it():
    assert "翠湖小区" in _places_of_charging("翠湖小区居民代表柯长江")


def test_a_named_resident_without_a_place_stays_at_the_scene():
    # precision twin: no place before the raiser word, the scene's stop holds the issue
    assert "翠湖小区" not in _places_of_charging("居民柯长江")


KIND = ("3月5日，区人大代表孙立群走进和平社区开展走访。网格员刘芳介绍情况：{clause}，"
        "居民反映最多的是楼顶漏水、路灯不亮。")


def test_a_clause_naming_the_kind_of_estate_is_no_issue():
    labels = {label for _, label in issues(facts_of(KIND.format(clause="和平社区是拆迁安置小区")))}
    assert not any("安置小区" in label for label in labels)
    assert any("楼顶漏水" in label for label in labels)
    labels = {label for _, label in issues(facts_of(KIND.format(clause="这里属于老旧开放式楼院")))}
    assert not any("楼院" in label for label in labels)


def test_an_estate_lacking_what_it_needs_is_still_an_issue():
    # precision twin: a modifier of lack makes the kind a complaint
    from kg.extract.issue_items import kind_of_place

    assert kind_of_place("和平社区是拆迁安置小区") and not kind_of_place("小区是无物业小区")


REPLY = ("8月3日，镇长石国栋来到枫林村召开院坝会。村民反映，村里的路灯坏了半年没人修。"
         "石国栋当场答复。驻村第一书记贺云说，{reply}。")


def test_a_reply_handing_the_matter_to_a_party_is_no_issue():
    labels = {label for _, label in issues(facts_of(REPLY.format(reply="路灯维修由村委会和镇供电所对接，争取月底前修好")))}
    assert not any("对接" in label or "月底前" in label for label in labels)
    assert any("路灯坏了" in label for label in labels)


def test_a_cadre_telling_a_problem_still_raises_it():
    # precision twin: no party takes charge, no deadline: a complaint of the cadre
    labels = {label for _, label in issues(facts_of(REPLY.format(reply="村里的灌溉水渠年久失修，经常漏水")))}
    assert any("灌溉水渠" in label for label in labels)


PROPOSAL = ("6月1日，区人大代表韩秀英走进丰收社区人大代表联络站接待选民。选民吴大海反映，小区门口的菜摊占道经营。"
            "韩秀英{act}物业把业主关心的停车、绿化问题讲清楚。")


def test_an_officials_proposal_raises_nothing():
    labels = {label for _, label in issues(facts_of(PROPOSAL.format(act="建议")))}
    assert not ({"停车", "绿化"} & labels)
    assert any("菜摊占道经营" in label for label in labels)


TABLE = ("7月2日晚，街道党工委书记沈丽华来到东湖社区红枫小区开展夜访。网格员邹敏先说了说近期收集到的{noun}。她把这些列成了一张表：\n"
         "序号｜{head}｜涉及楼栋\n"
         "1｜地下车库积水，车辆进出困难｜3号楼\n"
         "2｜小区路灯损坏，夜间出行不便｜全小区\n"
         "听完汇报，沈丽华又走到3号楼下。\n")


def test_a_table_headed_by_demands_raises_its_column():
    labels = {label for _, label in issues(facts_of(TABLE.format(noun="诉求", head="诉求内容")))}
    assert any("地下车库积水" in label for label in labels) and any("路灯损坏" in label for label in labels)
    assert "楼栋" not in labels


def test_a_table_headed_by_work_raises_nothing():
    # precision twins: 工作内容 names the cadres' work, no residents' demands; a line announcing
    # only matters (情况) does not tell the demands' column was raised (tests/test_f143_41.py)
    for noun, head in (("诉求", "工作内容"), ("情况", "诉求内容")):
        labels = {label for _, label in issues(facts_of(TABLE.format(noun=noun, head=head)))}
        assert not any("地下车库积水" in label for label in labels)


LIT = ("10月8日晚，白沙镇青竹村村部旁的晒场上{scene}。镇长罗建平与三十多位村民围坐一圈开起了院坝会。"
       "村民杨老四说，村里的自来水一到夏天就断。")


def test_a_lit_spot_of_a_village_office_sets_the_scene():
    assert ("罗建平", "青竹村") in visits(facts_of(LIT.format(scene="亮起了灯")))


def test_a_spot_of_a_village_office_with_nothing_happening_sets_no_scene():
    # precision twin: the spot's clause tells no gathering
    assert ("罗建平", "青竹村") not in visits(facts_of(LIT.format(scene="堆着几捆稻草")))


SUMMED = ("3月5日，区人大代表孙立群带领镇人大代表走进和平社区开展进家入户活动。\n"
          "走访结束后，代表们对收集到的意见作了梳理：和平社区是拆迁安置小区，居民集中反映的有楼道照明不足、"
          "垃圾清运不及时等问题，{rest}。")


def test_another_share_of_raisers_after_a_summed_list_raises_its_own():
    # 8. an existential and a share before the next raiser open another raising
    # (`issue_content._shared_raiser_lead`, `ContentReader.next_raising`)
    labels = {label for _, label in issues(facts_of(SUMMED.format(rest="还有不少年轻家长希望增设篮球场")))}
    assert any("增设篮球场" in label for label in labels) and any("楼道照明不足" in label for label in labels)


def test_a_share_of_people_doing_something_raises_nothing():
    # precision twin: no act after the raisers, nothing of theirs raised
    labels = {label for _, label in issues(facts_of(SUMMED.format(rest="还有不少年轻家长白天在外上班")))}
    assert not any("上班" in label for label in labels)
