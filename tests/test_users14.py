"""Faults a newcomer met in session 14: patrol-chief posts in a list of posts,
estates of like names merged across reports, road-named subdistricts, an
inspected project read as a place, day-only dates, a village's first
secretary, a given name after lost characters and circled list numbers.
Every fixture is invented; each test runs what a user runs (the `kg` command
line or the real pipeline)."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDFS

from kg.namespaces import GOV
from tests.conftest import build_reports, run_kg
from tests.extraction import facts_of, issues, posts, visits

# ---------------------------------------------------------------- 1: patrol-chief posts


@pytest.mark.fast
@pytest.mark.parametrize("first, chief", [("副县长", "县级河长"), ("市委书记", "市级总林长"), ("区委常委", "区级路长"),
                                          ("镇长", "镇级网格长"), ("副市长", "市级湖长")])
def test_a_patrol_chief_post_in_a_list_of_posts_keeps_the_official(first, chief):
    # a jurisdiction's level (县级, tagged an adjective) + a chief of a patrol system is a post
    facts = facts_of(f"2025年3月2日，{first}、{chief}庞德远来到青石镇柳溪村。村民反映河道淤塞。\n")
    assert posts(facts)["庞德远"] == [first, chief]
    assert ("庞德远", "柳溪村") in visits(facts)


@pytest.mark.fast
def test_a_patrol_chief_companion_is_kept_as_one():
    facts = facts_of("2025年3月2日，县长韩立新来到青石镇柳溪村，副县长、县级河长庞德远陪同。村民反映河道淤塞。\n")
    assert posts(facts)["庞德远"] == ["副县长", "县级河长"]
    official = next(o for o in facts.officials.values() if o.name == "庞德远")
    assert official.role == "accompanying"


# ---------------------------------------------------------------- 2: estates of like names across reports


@pytest.mark.fast
def test_an_estates_name_word_is_part_of_its_key():
    # 里 and 苑 name the estate: 松涛里小区 and 松涛苑小区 are two estates, 松涛里 and 松涛里小区 one
    facts = facts_of("2025年3月2日，区长韩立新来到松涛里小区、松涛苑小区和松涛里。居民反映停车难。\n")
    keys = {p.name: key for key, p in facts.places.items()}
    assert keys["松涛里小区"] != keys["松涛苑小区"]
    assert keys["松涛里小区"].split("/")[-1] == "site:松涛里"


def _two_report_build(tmp_path, first: str, second: str):
    build_reports(tmp_path, {"a.txt": first, "b.txt": second})
    return Graph().parse(tmp_path / "out" / "graph.ttl")


def _parents(graph, label: str) -> dict[str, set[str]]:
    """Each place labelled `label` -> the labels of its parents."""
    return {str(p): {str(graph.value(q, RDFS.label)) for q in graph.objects(p, GOV.partOf)}
            for p in graph.subjects(RDFS.label, Literal(label, lang="zh"))}


def test_estates_of_like_names_in_two_reports_stay_two(tmp_path):
    graph = _two_report_build(tmp_path, "2025年3月2日，区长韩立新来到南湖区松涛里小区。居民反映停车难。\n",
                              "2025年3月9日，区人大代表庞德远来到青石社区松涛苑小区。居民反映电梯老旧。\n")
    assert list(_parents(graph, "松涛里小区").values()) == [{"南湖区"}]
    assert list(_parents(graph, "松涛苑小区").values()) == [{"青石社区"}]
    # the deputy's report names no district: none comes from the other report's estate
    assert (None, GOV.jurisdiction, Literal("南湖区", lang="zh")) in graph
    deputy_posts = graph.subjects(RDFS.label, Literal("区人大代表", lang="zh"))
    assert all(graph.value(p, GOV.jurisdiction) is None for p in deputy_posts)
    assert run_kg("validate", tmp_path / "out" / "graph.ttl").returncode == 0


@pytest.mark.parametrize("second", ["2025年3月9日，区人大代表庞德远来到青石社区松涛里小区。居民反映电梯老旧。\n",
                                    "2025年3月9日，区人大代表庞德远来到南湖区青石社区松涛里小区。居民反映电梯老旧。\n"])
def test_a_place_never_gets_two_parents_from_one_build(tmp_path, second):
    # one estate's name under 南湖区 in one report and under 青石社区 in another: kept apart when
    # nothing says 青石社区 lies in 南湖区; one place with the deeper parent when the other report says so
    graph = _two_report_build(tmp_path, "2025年3月2日，区长韩立新来到南湖区松涛里小区。居民反映停车难。\n", second)
    parents = _parents(graph, "松涛里小区")
    assert parents and all(len(found) == 1 for found in parents.values())
    assert run_kg("validate", tmp_path / "out" / "graph.ttl").returncode == 0


# ---------------------------------------------------------------- 3: units named after a road


@pytest.mark.fast
@pytest.mark.parametrize("unit", ["体育路街道", "建设路社区", "花园路街道", "文化路社区", "建设大街社区"])
def test_a_unit_named_after_a_road_is_a_place_however_generic_the_roads_word(unit):
    facts = facts_of(f"2025年3月2日，区委书记庞德远来到{unit}，与居民座谈。居民反映停车难。\n")
    assert ("庞德远", unit) in visits(facts)


@pytest.mark.fast
def test_a_unit_named_after_a_road_ends_a_list():
    facts = facts_of("2025年3月2日，区委书记庞德远走访了松涛社区、青石社区和体育路街道便民服务中心。居民反映停车难。\n")
    assert {p.name for p in facts.places.values()} >= {"松涛社区", "青石社区", "体育路街道"}
    assert not any(p.name.startswith("和") for p in facts.places.values())


@pytest.mark.fast
def test_generic_words_before_a_unit_word_still_name_no_place():
    # 城市道路 is generic words only: no road's name
    facts = facts_of("2025年3月2日，区委书记庞德远来到松涛社区，察看城市道路街道两侧的绿化。\n")
    assert {p.name for p in facts.places.values()} == {"松涛社区"}


# ---------------------------------------------------------------- 4: an act on a work is no place


@pytest.mark.fast
@pytest.mark.parametrize("act", ["验收民生项目", "验收工程", "回访民生工程", "观摩重点项目", "督办民生工程"])
def test_an_act_done_on_a_work_is_no_place_the_stop_is_where_it_is_done(act):
    facts = facts_of(f"2025年3月2日，办事处主任庞德远到松涛社区{act}。居民反映停车难。\n")
    assert visits(facts) == {("庞德远", "松涛社区")}
    assert {p.name for p in facts.places.values()} == {"松涛社区"}
    assert all(not p.alt_labels & {act} for p in facts.places.values())


@pytest.mark.fast
def test_a_work_named_for_a_place_stays_a_place():
    facts = facts_of("2025年3月2日，区长庞德远来到青石镇松涛大桥项目，察看施工进度。\n")
    assert ("庞德远", "松涛大桥项目") in visits(facts)


# ---------------------------------------------------------------- 5: a day alone opening a sentence


def _visit_dates(facts) -> dict[str, str]:
    return {facts.places[v.place].name: v.date.isoformat() for v in facts.visits}


@pytest.mark.fast
@pytest.mark.parametrize("day", ["9日，", "9日上午，", "九日，"])
def test_a_day_alone_dates_a_later_day_of_the_last_dates_month(day):
    text = (f"2025年4月7日，区长庞德远来到青石镇松涛社区。居民反映停车难。{day}庞德远又来到青石镇柳溪村。"
            "村民反映道路破损。\n")
    assert _visit_dates(facts_of(text)) == {"松涛社区": "2025-04-07", "柳溪村": "2025-04-09"}


@pytest.mark.fast
def test_a_day_alone_before_the_last_date_dates_nothing():
    # the month is unsaid and it cannot be this one: the visit keeps the last date
    text = "2025年4月17日，区长庞德远来到青石镇松涛社区。9日，庞德远又来到青石镇柳溪村。\n"
    assert _visit_dates(facts_of(text)) == {"松涛社区": "2025-04-17", "柳溪村": "2025-04-17"}


# ---------------------------------------------------------------- 6: a village's first secretary as the lead


@pytest.mark.fast
def test_a_first_secretary_with_no_other_official_makes_the_visit():
    facts = facts_of("2025年3月2日，第一书记庞德远来到青石镇柳溪村，走访脱贫户。村民反映道路破损。\n")
    assert ("庞德远", "柳溪村") in visits(facts)
    assert facts.officials["庞德远"].role == "visitor"


@pytest.mark.fast
def test_a_first_secretary_hosts_another_officials_visit():
    facts = facts_of("2025年3月2日，区长韩立新来到青石镇柳溪村，村第一书记庞德远介绍情况。村民反映道路破损。\n")
    assert visits(facts) == {("韩立新", "柳溪村")}
    assert facts.officials["庞德远"].role == "other"


# ---------------------------------------------------------------- 7: the given name after lost characters


@pytest.mark.fast
@pytest.mark.parametrize("written, name", [("柏??刚", "柏某某刚"), ("柏?刚", "柏某刚"), ("柏??军", "柏某某军")])
def test_the_given_name_left_after_lost_characters_stays_in_the_name(written, name):
    # 刚 after the lost characters is what is left of the name, though 刚来到 reads as "just arrived"
    facts = facts_of(f"2025年3月2日，县长{written}来到青石镇柳溪村。村民反映道路破损。\n")
    assert posts(facts) == {name: ["县长"]}
    assert (name, "柳溪村") in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("after", ["来到", "也来到", "实地察看了", "等来到"])
def test_what_follows_a_name_with_lost_characters_stays_out_of_it(after):
    facts = facts_of(f"2025年3月2日，县长柏??{after}青石镇柳溪村。村民反映道路破损。\n")
    assert list(posts(facts)) == ["柏某某"]


# ---------------------------------------------------------------- 8: circled numbers are list markers


@pytest.mark.fast
@pytest.mark.parametrize("first, second", [("①", "②"), ("⑴", "⑵"), ("❶", "❷"), ("㈠", "㈡")])
def test_an_enclosed_numeral_marks_a_point_and_stays_out_of_its_label(first, second):
    text = f"2025年3月2日，区长韩立新来到青石镇柳溪村。村民反映：{first}村口的石桥栏杆松动；{second}晚上路灯不亮。\n"
    labels = {label for _, label in issues(facts_of(text))}
    assert labels and not any(c in label for label in labels for c in first + second)
    assert any(label.startswith("村口的石桥") for label in labels)
