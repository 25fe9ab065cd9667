"""Session 29: stops that a companion, a list or a same-name place hid.

1. An accompanying official who is later the subject of a movement verb makes that
   stop (陪同 is a role in one stop, not a rank).
2. Stops given as a list opening in the visit's sentence (走访了以下村：（一）A村…；
   （二）B村…) are stops, each item's clause raised at that item.
3. A unit named as its parent (X村街道X村, X村镇X村) is the parent's child.
4. A lane after a named settlement (X新村东三巷, X小区12弄) is a place in it.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, parent_name, visits


def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


# ------------------------------------------------------------ 1. a companion's own stop

@pytest.mark.fast
@pytest.mark.parametrize(
    "companion, later, place",
    [
        ("副区长蒋天明陪同调研。", "当天下午，蒋天明来到青石街道竹溪村，察看防汛设施。", "竹溪村"),
        ("副区长蒋天明陪同。", "随后，蒋天明走进青石街道竹溪社区，察看长者食堂。", "竹溪社区"),
        ("区民政局局长蒋天明陪同调研。", "下午，蒋天明还深入青石街道竹溪居民区，了解养老服务。", "竹溪居民区"),
        ("副区长蒋天明等陪同。", "次日，蒋天明又来到青石街道竹溪村，查看水毁道路。", "竹溪村"),
    ],
)
def test_an_accompanying_official_moving_alone_makes_the_stop(companion, later, place):
    facts = facts_of(f"2024年5月9日，区委书记罗振华来到柳塘街道枫林村调研。{companion}\n\n{later}\n")
    found = visits(facts)
    assert ("蒋天明", place) in found
    assert ("罗振华", place) not in found
    assert ("罗振华", "枫林村") in found


@pytest.mark.fast
@pytest.mark.parametrize(
    "later",
    [
        "随后，蒋天明陪同来到青石街道竹溪村。",
        "随后，蒋天明一同来到青石街道竹溪村。",
        "随后，蒋天明一起走进青石街道竹溪村。",
        "随后，在蒋天明的陪同下来到青石街道竹溪村。",
    ],
)
def test_an_accompanying_official_going_along_leaves_the_stop_to_the_lead(later):
    # 陪同, a together-adverb, or 在…的陪同下 between: the companion goes along with the lead
    facts = facts_of(f"2024年5月9日，区长罗振华来到柳塘街道枫林村，副区长蒋天明陪同。\n\n{later}\n")
    assert ("罗振华", "竹溪村") in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize(
    "party",
    ["区长罗振华带领副区长蒋天明", "区长罗振华带领区民政局局长孔平、副区长蒋天明",
     "区长罗振华带领区民政局局长孔平，副区长蒋天明", "区长罗振华携副区长蒋天明"],
)
def test_a_companion_named_last_in_the_leads_sentence_does_not_take_the_stop(party):
    # the companion stands right before the verb, but the lead is named before in the sentence: their party
    facts = facts_of(f"2024年5月9日，{party}来到青石街道竹溪村。\n")
    assert ("罗振华", "竹溪村") in visits(facts)


@pytest.mark.fast
def test_the_companion_named_before_the_lead_stays_a_companion():
    facts = facts_of("2024年5月9日，副区长蒋天明陪同区长罗振华来到柳塘街道枫林村。\n")
    assert visits(facts) == {("罗振华", "枫林村")}


# ------------------------------------------------------------ 2. a list of stops

@pytest.mark.fast
@pytest.mark.parametrize(
    "head, marks, units, raisers",
    [
        ("以下地点", ("（一）", "（二）", "（三）"), ("社区", "社区", "社区"), "居民"),
        ("以下村", ("1.", "2.", "3."), ("村", "村", "村"), "村民"),
        ("三个居民区", ("一是", "二是", "三是"), ("居民区", "居民区", "居民区"), "居民"),
        ("如下地点", ("一、", "二、", "三、"), ("社区", "村", "社区"), "群众"),
        ("下列村", ("(1)", "(2)", "(3)"), ("村", "村", "村"), "村民"),
    ],
)
def test_a_numbered_list_after_a_visit_verb_gives_a_stop_per_item(head, marks, units, raisers):
    towns = ("金桥街道", "银湖街道", "玉泉街道")
    names = ("望江", "晨光", "春晖")
    problems = ("路灯损坏", "加装电梯难", "排水不畅")
    items = "；".join(f"{m}{t}{n}{u}，{raisers}反映{p}" for m, t, n, u, p in zip(marks, towns, names, units, problems))
    facts = facts_of(f"2024年5月9日，区长苏明远先后走访了{head}：{items}。\n")
    stops = {n + u for n, u in zip(names, units)}
    assert visits(facts) == {("苏明远", s) for s in stops}
    assert issues(facts) == {(n + u, p) for n, u, p in zip(names, units, problems)}
    assert facts.officials[next(iter(facts.officials))].role == "visitor"
    assert not any(head in name for name in place_names(facts))


@pytest.mark.fast
def test_a_numbered_list_on_its_own_lines_gives_a_stop_per_item():
    facts = facts_of(
        "2024年5月9日，县长苏明远走访了以下村：\n（1）青山镇石桥村，村民反映灌溉渠堵塞；\n（2）白马镇柳庄村，村民反映道路破损。\n"
    )
    assert visits(facts) == {("苏明远", "石桥村"), ("苏明远", "柳庄村")}
    assert issues(facts) == {("石桥村", "灌溉渠堵塞"), ("柳庄村", "道路破损")}


@pytest.mark.fast
@pytest.mark.parametrize(
    "after",
    [
        "提出以下要求：一是加强管理；二是做好服务。",
        "村民反映以下问题：一是灌溉渠堵塞；二是道路破损。",
        "强调如下：（一）压实责任；（二）白马镇柳庄村要抓好落实。",
    ],
)
def test_a_numbered_list_after_no_visit_verb_is_no_stop(after):
    # the list of demands or problems after the stop is no list of stops
    facts = facts_of(f"2024年5月9日，县长苏明远来到青山镇石桥村，{after}\n")
    assert visits(facts) == {("苏明远", "石桥村")}


# ------------------------------------------------------------ 3. a unit named as its parent

@pytest.mark.fast
@pytest.mark.parametrize(
    "written, parent, child",
    [
        ("冼村街道冼村", "冼村街道", "冼村"),
        ("黄村街道黄村", "黄村街道", "黄村"),
        ("柳村镇柳村", "柳村镇", "柳村"),
        ("桂村镇桂村", "桂村镇", "桂村"),
        ("凤街道凤村", "凤街道", "凤村"),
        ("沙村街道沙村社区", "沙村街道", "沙村社区"),
    ],
)
def test_a_unit_named_as_its_parent_is_the_parents_child(written, parent, child):
    facts = facts_of(f"2024年5月9日，区长林海来到{written}，村民反映道路积水。\n")
    assert visits(facts) == {("林海", child)}
    assert parent_name(facts, child) == parent
    assert issues(facts) == {(child, "道路积水")}


@pytest.mark.fast
@pytest.mark.parametrize(
    "written, parent, child",
    [
        ("柳塘街道石村", "柳塘街道", "柳塘街道石村"),  # another one-character village's name: not cut
        ("城关镇镇北村", "城关镇", "城关镇镇北村"),  # a village named after its town's side keeps its label
        ("冼村街道冼村小区", "冼村街道", "冼村小区"),  # an estate, not a community-level unit
    ],
)
def test_a_unit_named_otherwise_is_not_cut_as_a_doubled_name(written, parent, child):
    facts = facts_of(f"2024年5月9日，区长林海来到{written}，村民反映道路积水。\n")
    names = place_names(facts)
    assert "柳村" not in names and "冼村" not in names
    assert child in names


# ------------------------------------------------------------ 4. a lane in a settlement

@pytest.mark.fast
@pytest.mark.parametrize(
    "settlement, lane, label",
    [
        ("梅林新村", "东三巷", "东三巷"),
        ("沙园新村", "二巷", "沙园新村二巷"),  # a lane named by its number alone is labelled with its settlement
        ("阳光小区", "东二巷", "东二巷"),
        ("翠竹花园", "桂花巷", "桂花巷"),
        ("荷塘家园", "西一弄", "西一弄"),
    ],
)
def test_a_lane_after_a_settlement_is_a_place_in_it(settlement, lane, label):
    facts = facts_of(f"2024年5月9日，区委书记林海来到{settlement}{lane}，居民反映下水道堵塞。\n")
    assert visits(facts) == {("林海", label)}
    assert parent_name(facts, label) == settlement
    assert issues(facts) == {(label, "下水道堵塞")}


@pytest.mark.fast
def test_a_lane_opening_a_later_paragraph_lies_in_the_settlement_visited():
    facts = facts_of(
        "2024年5月9日，区委书记林海来到荔湾街道梅林新村，察看消防安全整治情况。\n\n"
        "在梅林新村东三巷，林海逐户查看出租屋。租户反映电动车充电难。\n"
    )
    assert parent_name(facts, "东三巷") == "梅林新村"
    assert parent_name(facts, "梅林新村") == "荔湾街道"
    assert issues(facts) == {("东三巷", "电动车充电难")}


@pytest.mark.fast
@pytest.mark.parametrize(
    "written, kept",
    [
        ("梅林新村中山路", "梅林新村"),  # a named road (not numbered) is no lane of the estate
        ("梅林新村党群服务中心", "梅林新村"),  # the estate's facility stays the estate's stop
        ("青石巷3弄", "青石巷3弄"),  # a lane holds no lane
    ],
)
def test_no_lane_is_cut_from_a_settlement_where_none_is_written(written, kept):
    facts = facts_of(f"2024年5月9日，区委书记林海来到{written}，居民反映下水道堵塞。\n")
    assert {p for _, p in visits(facts)} == {kept}
