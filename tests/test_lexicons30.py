"""Word classes moved from code to kg/lexicons/ in session 30 (LEXICONS30): each test runs
the real pipeline on an invented fixture whose facts depend on the class, so emptying
its file fails a test here (scripts/knockout.py).  Every fixture is invented."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, issues_in_village, parent_name, posts, visits
from tests.test_levels27 import _posts_and_areas

TOUR = "2025年5月6日，区长柏文来到东湖社区调研，副区长林若溪陪同调研。下午，林若溪{}来到西岭村，察看村道修缮情况。\n"


@pytest.mark.fast
@pytest.mark.parametrize("together", ["一同", "一道", "随同", "同去", "也一同"])
def test_a_companion_going_along_makes_no_stop_of_their_own(together):
    # together_adverbs.txt: 乙一同来到Y goes with the lead, who makes the stop
    facts = facts_of(TOUR.format(together))
    assert ("柏文", "西岭村") in visits(facts)
    assert ("林若溪", "西岭村") not in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("adverb", ["", "还", "随后"])
def test_a_companion_with_no_together_word_makes_the_stop_alone(adverb):
    facts = facts_of(TOUR.format(adverb))
    assert ("林若溪", "西岭村") in visits(facts)
    assert ("柏文", "西岭村") not in visits(facts)


# ---- place_lane_words.tsv: a lane inside a settlement (X新村东二巷, X小区3弄)
@pytest.mark.fast
@pytest.mark.parametrize(
    "settlement, lane, label",
    [
        ("杏林新村", "西二巷", "西二巷"),
        ("金桂小区", "3弄", "金桂小区3弄"),  # (a lane named by its number alone: labelled with its settlement)
        ("枫丹家园", "南一弄", "南一弄"),
        ("杏林新村", "杏花巷", "杏花巷"),
    ],
)
def test_a_lane_after_a_settlement_is_a_place_in_it(settlement, lane, label):
    facts = facts_of(f"2024年9月3日，区长方晓来到{settlement}{lane}，居民反映路灯不亮。\n")
    assert visits(facts) == {("方晓", label)}
    assert parent_name(facts, label) == settlement


@pytest.mark.fast
def test_a_named_road_after_a_settlement_is_no_lane_of_it():
    facts = facts_of("2024年9月3日，区长方晓来到杏林新村人民路，居民反映路灯不亮。\n")
    assert ("方晓", "人民路") not in visits(facts)


# ---- jurisdiction_organs.txt: the organs written after a jurisdiction's level word
def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


@pytest.mark.fast
@pytest.mark.parametrize("county, organ", [("涉县", "县委"), ("涉县", "县政府"), ("献县", "县人大"), ("献县", "县政协")])
def test_a_one_character_countys_organ_ends_the_countys_name(county, organ):
    # 涉县|县政府: the doubled level word opens the organ, no place 涉县县
    facts = facts_of(f"2025年7月9日，市委书记孔令昭到{county}{organ}调研，{county}县长邵雅琴陪同。\n")
    assert not any(n.endswith("县县") for n in place_names(facts))
    assert posts(facts)["邵雅琴"] == [f"{county}县长"]


@pytest.mark.fast
@pytest.mark.parametrize("lead, area", [("田东区委书记黄志强", "田东区"), ("田东区政府副区长黄志强", "田东区")])
def test_a_district_named_before_its_organ_is_the_posts_jurisdiction(lead, area):
    found = _posts_and_areas(f"2024年7月9日，{lead}来到平果镇古城村，听取村民关于灌溉水渠的意见。")
    assert {a for _, a in found} == {area}, found


# ---- issue_act_complements.tsv: what an act takes before its content
@pytest.mark.fast
@pytest.mark.parametrize(
    "text, issue",
    [
        ("村民反映过灌溉渠渗漏的问题。", "灌溉渠渗漏"),
        ("村民提到过村道狭窄的问题。", "村道狭窄"),
        ("村民反映，村道坑洼影响出行。", "村道坑洼影响出行"),  # (no complement: the content after the comma)
    ],
)
def test_an_aspect_complement_after_the_act_is_no_part_of_the_issue(text, issue):
    assert issues_in_village(text) == {("石屏村", issue)}


@pytest.mark.fast
@pytest.mark.parametrize(
    "text",
    ["这些意见村民已经反映上去，村里正在研究。", "村民反映上来的情况，柏文一一记下。", "村民反映出来，村道坑洼影响出行。"],
)
def test_a_directional_complement_ends_the_act_with_no_content_after_it(text):
    # 反映上去: the act is complete, what follows is no issue raised
    assert issues_in_village(text) == set()


# ---- issue_complaint_acts.txt: after a complaint's 的, a bare phrase is the complaint
@pytest.mark.fast
@pytest.mark.parametrize(
    "text, issue",
    [
        ("柏文详细了解村民投诉的夜间噪音扰民。", "夜间噪音扰民"),
        ("柏文现场查看了村民反映的路灯不亮。", "路灯不亮"),
        ("柏文现场查看了村民吐槽的垃圾清运不及时。", "垃圾清运不及时"),
    ],
)
def test_a_bare_phrase_after_a_complaint_act_is_the_issue(text, issue):
    assert issues_in_village(text) == {("石屏村", issue)}


@pytest.mark.fast
@pytest.mark.parametrize("text", ["柏文了解了村民关心的村道拓宽。", "柏文了解了村民提出的村道拓宽。"])
def test_a_bare_phrase_after_another_act_is_no_issue(text):
    assert issues_in_village(text) == set()


# ---- issue_opinion_heads.txt: head nouns that are themselves a raising
@pytest.mark.fast
@pytest.mark.parametrize(
    "text, items",
    [
        ("关于村道硬化，路灯安装和垃圾清运的意见建议，柏文一一记下。", {"村道硬化", "路灯安装", "垃圾清运"}),
        ("关于渡口改建，桥面加宽和路灯安装的诉求，柏文一一记下。", {"渡口改建", "桥面加宽", "路灯安装"}),
        ("柏文逐一了解供暖不热、饮水浑浊等群众诉求的办理进度。", {"供暖不热", "饮水浑浊"}),
    ],
)
def test_a_list_closed_by_an_opinion_head_was_raised(text, items):
    assert {label for _, label in issues_in_village(text)} == items


@pytest.mark.fast
def test_a_list_closed_by_a_work_head_is_no_raising():
    assert issues_in_village("柏文逐一了解村道硬化、路灯安装等工作的推进情况。") == set()


# ---- place_located_verbs.txt and disposal_markers.txt: what opens a place's context
@pytest.mark.fast
def test_a_place_a_stop_is_located_in_is_a_container_not_a_stop():
    facts = facts_of("2024年10月8日，区长方晓来到金桂小区调研。该小区地处青石镇，居民反映停车难。\n")
    assert "青石镇" in place_names(facts)
    assert visits(facts) == {("方晓", "金桂小区")}
    assert issues(facts) == {("金桂小区", "停车难")}


@pytest.mark.fast
@pytest.mark.parametrize("located", ["位于", "坐落于"])
def test_a_stop_written_after_where_it_lies_is_the_stop(located):
    facts = facts_of(f"2024年10月8日，区长方晓来到{located}城东的金桂小区，察看加装电梯进展。居民反映停车难。\n")
    assert visits(facts) == {("方晓", "金桂小区")}
    assert issues(facts) == {("金桂小区", "停车难")}


@pytest.mark.fast
@pytest.mark.parametrize("marker", ["把", "将"])
def test_a_place_in_a_disposal_object_is_named_but_no_stop(marker):
    facts = facts_of(f"2024年10月8日，区长方晓来到金桂小区调研，要求{marker}杏林村文化广场建成群众活动阵地。\n")
    assert "杏林村" in place_names(facts)
    assert visits(facts) == {("方晓", "金桂小区")}


# ---- issue_account_topics.txt: an account's topic is no issue
@pytest.mark.fast
@pytest.mark.parametrize(
    "text, raised",
    [
        ("村党支部书记向柏文汇报了村两委近期工作，以及村道坑洼、路灯不亮等困难。", {"村道坑洼", "路灯不亮"}),
        ("村党支部书记汇报了村两委近期工作，村里饮水困难。", {"村里饮水困难"}),
    ],
)
def test_the_topic_of_an_account_is_no_issue(text, raised):
    assert {label for _, label in issues_in_village(text)} == raised


# ---- issue_raiser_modifiers.txt in the worry frame: the bearers' modifier is a word class
@pytest.mark.fast
@pytest.mark.parametrize(
    "text, issue",
    [
        ("夜市油烟扰民一直是周边居民最头疼的问题。", "夜市油烟扰民"),
        ("电动车乱停成了小区住户的烦心事。", "电动车乱停"),
        ("店外占道经营是沿街商户的心病。", "店外占道经营"),
        ("村道泥泞是不少村民的烦心事。", "村道泥泞"),  # (a share: issue_group_shares.txt)
    ],
)
def test_a_worry_of_residents_described_by_where_they_live(text, issue):
    assert issues_in_village(text) == {("石屏村", issue)}


@pytest.mark.fast
@pytest.mark.parametrize("text", ["垃圾分类是记者采访村民的重点。", "村道泥泞是帮扶干部联系村民的难题。"])
def test_no_worry_where_others_stand_before_the_residents(text):
    assert issues_in_village(text) == set()
