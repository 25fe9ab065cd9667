"""Session 31 (hierarchy): where a place sits.

- A place named alone (来到南湖街道) lies in the area the officials' posts name
  right above its level (长春市南关区区长…: 南湖街道 in 南关区, 南关区 in 长春市;
  青山县县长…来到石门镇: 石门镇 in 青山县; 梧桐街道党工委书记…来到翠湖社区: the
  community in the subdistrict): kg.extract.post_jurisdiction.attach_under_post_areas.
- A numbered villagers' group written alone once a village is named (在3组，
  来到二组) is that village's group: kg.extract.village_groups.group_at.

The partOf triples are read from the built graph (graph.ttl).  Fixtures are invented.
"""

import pytest
from rdflib import Graph, RDFS, URIRef

import kg

pytestmark = pytest.mark.fast

PART_OF = URIRef("https://w3id.org/govkg/ontology#partOf")


def part_of(text: str, tmp_path) -> set[tuple[str, str]]:
    """(place, container) labels of the gov:partOf triples of `text`'s built graph."""
    built = kg.build_texts({"r.txt": text}, out=tmp_path / "out", store=False, html=False)
    graph = Graph().parse(built.out / "graph.ttl")
    pred = next((p for p in set(graph.predicates()) if str(p).endswith("partOf")), PART_OF)
    return {(str(graph.value(s, RDFS.label)), str(graph.value(o, RDFS.label))) for s, o in graph.subject_objects(pred)}


@pytest.mark.parametrize("text, expected", [
    ("3月5日，长春市南关区区长曹立言来到南湖街道，调研基层治理工作。",
     {("南湖街道", "南关区"), ("南关区", "长春市")}),
    ("5月10日，青山县县长辛振川来到石门镇，调研乡村振兴工作。村民反映灌溉水渠年久失修。",
     {("石门镇", "青山县")}),
    ("6月2日，梧桐街道党工委书记庞雪宁来到翠湖社区，走访慰问困难群众。居民反映楼道照明损坏。",
     {("翠湖社区", "梧桐街道")}),
    ("6月2日，安宁市梧桐街道党工委书记庞雪宁来到翠湖社区，走访慰问困难群众。",
     {("翠湖社区", "梧桐街道"), ("梧桐街道", "安宁市")}),
    # the town's secretary along on a county head's tour names the town the village lies in
    ("5月10日，县长辛振川来到柳溪村调研，石门镇党委书记邬晓峰陪同。",
     {("柳溪村", "石门镇")}),
])
def test_a_place_named_alone_lies_in_the_post_area(text, expected, tmp_path):
    assert expected <= part_of("领导调研\n\n" + text, tmp_path)


def test_a_written_parent_stays(tmp_path):
    # the post's area holds only what has no parent: a village written in its town keeps it
    got = part_of("县长调研\n\n5月10日，青山县县长辛振川来到桃源镇柳溪村，走访农户。", tmp_path)
    assert ("柳溪村", "桃源镇") in got and ("柳溪村", "青山县") not in got


@pytest.mark.parametrize("headline, text, place", [
    # two districts' heads: which district the subdistrict lies in is not written
    ("领导调研", "3月5日，南关区区长曹立言和朝阳区区长费明远来到南湖街道，调研基层治理工作。", "南湖街道"),
    # the tour left the county: another county is named (in the headline, no container of the stop)
    ("临江县考察", "5月10日，青山县县长辛振川来到石门镇，察看产业园建设。", "石门镇"),
    # a community's cadre hosts their community; the subdistrict is no area of the tour
    ("领导调研", "6月2日，区长曹立言来到翠湖社区，梧桐街道新华社区党委书记庞雪宁陪同。", "翠湖社区"),
    # a city's mayor: the district the subdistrict lies in is not written (the city stays a post's area)
    ("领导调研", "5月9日，枫原市市长苏和来到绿洲街道，调研供暖工作。", "绿洲街道"),
])
def test_no_area_when_the_posts_do_not_tell_one(headline, text, place, tmp_path):
    got = part_of(f"{headline}\n\n{text}", tmp_path)
    assert not {c for p, c in got if p == place} & {"南关区", "朝阳区", "青山县", "梧桐街道", "枫原市"}, got


@pytest.mark.parametrize("body, group", [
    ("在3组，村民反映生产路坑洼难行。", "3组"),
    ("随后，辛振川来到二组，察看灌溉渠修缮情况。", "二组"),
    ("辛振川先后走访了3组、第五村民小组，了解春耕情况。", "3组"),
])
def test_a_bare_group_after_a_village_is_its_group(body, group, tmp_path):
    text = f"县长走访村组\n\n5月10日，青山县县长辛振川来到石门镇柳溪村，走访农户。{body}\n"
    got = part_of(text, tmp_path)
    assert any(p.endswith(group) and c == "柳溪村" for p, c in got), got


@pytest.mark.parametrize("body", [
    "辛振川查看了一组照片，听取了三组数据汇报。",  # a set of photos, three sets of data: no word of its own
    "调研组成员一同参加。",  # a team
])
def test_a_number_and_zu_that_is_no_group(body, tmp_path):
    text = f"县长走访村组\n\n5月10日，青山县县长辛振川来到石门镇柳溪村，走访农户。{body}\n"
    got = part_of(text, tmp_path)
    assert not any(c == "柳溪村" and p != "柳溪村" for p, c in got), got


def test_no_group_before_any_unit(tmp_path):
    got = part_of("县长走访\n\n5月10日，青山县县长辛振川走访了3组、5组，随后来到石门镇。\n", tmp_path)
    assert not any("组" in p for p, _ in got), got


def test_groups_in_a_town_report_naming_no_village_are_the_towns(tmp_path):
    # (session 33, LEFT33 item 6: the village is never written, the town is; the groups are
    # the town's as far as the report tells, labelled with it, as 石门镇第三村民小组 already was;
    # this test said no group before session 33)
    got = part_of("县长走访\n\n5月10日，青山县县长辛振川来到石门镇，走访了3组、5组。\n", tmp_path)
    assert {("石门镇3组", "石门镇"), ("石门镇5组", "石门镇")} <= got, got


# Where what raisers from a named place raise is filed (the eval convention: kinds k15 and k24,
# the raisers' place when it is one of the tour's stops; PLACES27: a home place elsewhere is an
# attribute of the speaker, and the issue stays at the venue).  `来自X的` is one more way of
# writing the raisers' home: it files the issue where `X的` and `X` before the raisers' word do.
RAISERS = ["来自翠园社区的居民代表", "翠园社区的居民代表", "翠园社区居民代表"]


def issue_places(text: str) -> set[str]:
    built = kg.build_texts({"r.txt": text}, store=False, html=False)
    facts = built.facts["r.txt"]
    return {facts.places[i.place].name for i in facts.issues}


@pytest.mark.parametrize("raisers", RAISERS)
def test_raisers_from_a_place_at_a_venue_elsewhere_file_at_the_venue(raisers):
    text = f"区长接待选民\n\n5月10日，区长曹立言在南湖街道代表联络站接待选民。{raisers}提出，小区停车难。\n"
    assert issue_places(text) == {"南湖街道代表联络站"}


@pytest.mark.parametrize("raisers", RAISERS)
def test_raisers_from_one_of_the_stops_file_at_it(raisers):
    text = ("区长走访\n\n5月10日，区长曹立言先后来到南湖街道桂花社区和翠园社区，察看老旧小区改造。"
            f"在社区活动室，{raisers}提出，小区停车难。\n")
    assert issue_places(text) == {"翠园社区"}
