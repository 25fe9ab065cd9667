"""What a newcomer met (session 26), on the real `kg` command line and real
build folders:

1. `kg view --issue 加装电梯`, an issue's exact name that is also an issue
   category's, drew the one issue and hid the category: the category's issues
   are drawn too, and said (kg.views.select.with_categories).  An exact issue
   whose category holds other issues names it and the `--issue` that draws it.
2. `kg view --issue 排水`, found inside issue labels, did not offer the
   category 排水与防汛 whose label holds it: it is named, with its issues
   (session 57: and they are drawn too).
7. `kg view --place 枫原市`, a place named only as a post's area
   (gov:jurisdiction), was "nothing of that name": the posts are drawn, said.

Fixtures are invented here (names, places, issues of their own).
"""

from __future__ import annotations

import pytest

from tests.conftest import build_reports, run_kg
from tests.test_view import page_data

pytestmark = pytest.mark.fast

VIEWED = {
    "a.txt": "2024年5月6日，青柳区区长卫明远来到白沙街道松涛社区，居民反映加装电梯。\n",
    "b.txt": "2024年5月7日，青柳区副区长钱望舒来到白沙街道竹影社区，居民反映老楼加梯难、电梯老化。\n",
    "c.txt": "2024年5月8日，青柳区副区长钱望舒来到白沙街道梅岭社区，居民反映小区排水不畅、下水道返味。\n",
    "d.txt": "2024年5月9日，枫原市市长苏和来到绿洲街道草原社区，居民反映供暖不足。\n",
}


@pytest.fixture(scope="module")
def viewed(tmp_path_factory):
    root = tmp_path_factory.mktemp("users26")
    build_reports(root, VIEWED)
    return root / "out"


def _view(out, tmp_path, *args):
    page = tmp_path / "v.html"
    proc = run_kg("view", out, *args, "--depth", "0", "--out", page)
    drawn = sorted(n["label"] for n in page_data(page.read_text(encoding="utf-8"))["nodes"]) if page.exists() else None
    return proc, drawn


# ---------------------------------------------------------------- 1. an exact issue name and its category

def test_an_exact_issue_name_that_is_a_category_draws_the_category_too(viewed, tmp_path):
    proc, drawn = _view(viewed, tmp_path, "--issue", "加装电梯")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == ("kg view: warning: --issue '加装电梯': 加装电梯 also names the issue category 加装电梯, "
                                   "drawn too: its 2 issues: 加装电梯, 老楼加梯难"), proc.stderr
    assert drawn == ["加装电梯", "老楼加梯难"]  # not 电梯老化, of another category (电梯维修与运行)


@pytest.mark.parametrize("name, category, others", [
    ("老楼加梯难", "加装电梯", "加装电梯"),
    ("下水道返味", "排水与防汛", "小区排水不畅"),
    ("小区排水不畅", "排水与防汛", "下水道返味"),
])
def test_an_exact_issue_names_its_category_holding_others(viewed, tmp_path, name, category, others):
    proc, drawn = _view(viewed, tmp_path, "--issue", name)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == (f"kg view: warning: --issue '{name}': its issue category {category} holds 1 more issue: "
                                   f"{others} (--issue {category} draws them all)"), proc.stderr
    assert drawn == [name]  # told, not drawn: the exact name still wins
    # and the --issue it gives draws them
    proc, drawn = _view(viewed, tmp_path, "--issue", category)
    assert proc.returncode == 0 and drawn == sorted([name, others]), proc.stderr


@pytest.mark.parametrize("name", ["供暖不足", "电梯老化"])
def test_an_exact_issue_alone_in_its_category_is_drawn_silently(viewed, tmp_path, name):
    proc, drawn = _view(viewed, tmp_path, "--issue", name)
    assert proc.returncode == 0 and proc.stderr == "" and drawn == [name], proc.stderr


# ---------------------------------------------------------------- 2. a name inside issue labels

@pytest.mark.parametrize("name, inside, category, held", [
    ("排水", "小区排水不畅", "排水与防汛", "2 issues: 下水道返味, 小区排水不畅"),
    ("加装", "加装电梯", "加装电梯", "2 issues: 加装电梯, 老楼加梯难"),
])
def test_a_name_inside_issue_labels_offers_the_category_holding_it(viewed, tmp_path, name, inside, category, held):
    proc, drawn = _view(viewed, tmp_path, "--issue", name)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines[0].startswith(f"kg view: warning: --issue '{name}': nothing is named {name} exactly; drawing what contains it: "), lines
    assert lines[1:] == [f"kg view: warning: --issue '{name}': the issue category {category} holds {held}, "
                         f"drawn too (--issue {category} draws them alone)"], lines
    assert inside in drawn
    # (session 57: the category's issues are drawn too, not only offered)
    assert set(held.split(": ", 1)[1].split(", ")) <= set(drawn)


def test_a_name_inside_labels_but_no_category_offers_none(viewed, tmp_path):
    # 梯难 is inside 老楼加梯难, and in no category's label
    proc, drawn = _view(viewed, tmp_path, "--issue", "梯难")
    assert proc.returncode == 0 and drawn == ["老楼加梯难"], proc.stderr
    assert "issue category" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


# ---------------------------------------------------------------- 7. a place named only as a post's area

@pytest.mark.parametrize("name", ["枫原市", "枫原"])
def test_place_named_only_as_a_posts_area_draws_the_post(viewed, tmp_path, name):
    proc, drawn = _view(viewed, tmp_path, "--place", name)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == (f"kg view: warning: --place '{name}': no place of the reports is named {name}; it is the "
                                   f"area (gov:jurisdiction) of the post 市长 (枫原市): drawing it"), proc.stderr
    assert drawn == ["市长"]
    page = tmp_path / "w.html"
    near = run_kg("view", viewed, "--place", name, "--depth", "1", "--out", page)
    assert near.returncode == 0 and "苏和" in [n["label"] for n in page_data(page.read_text(encoding="utf-8"))["nodes"]]


def test_a_posts_area_is_named_to_focus_too(viewed, tmp_path):
    proc, _ = _view(viewed, tmp_path, "--focus", "枫原市")
    assert proc.returncode == 2, proc.stderr
    assert ("no official of that name; 枫原市 is the area (gov:jurisdiction) of a post in the graph: use --place 枫原市"
            in proc.stderr), proc.stderr


@pytest.mark.parametrize("name, drawn_", [
    ("草原社区", ["草原社区"]),  # a place of the reports: drawn as before, nothing said
    ("绿洲街道", ["绿洲街道"]),
])
def test_a_place_of_the_reports_wins_over_a_posts_area(viewed, tmp_path, name, drawn_):
    proc, drawn = _view(viewed, tmp_path, "--place", name)
    assert proc.returncode == 0 and proc.stderr == "" and drawn == drawn_, proc.stderr


def test_a_name_no_post_or_place_holds_is_still_refused(viewed, tmp_path):
    proc, drawn = _view(viewed, tmp_path, "--place", "雪松市")
    assert proc.returncode == 2 and drawn is None and "nothing of that name in the graph" in proc.stderr, proc.stderr


# ---------------------------------------------------------------- 6. a report given where a build or graph is read

REPORT = "2024年5月6日，青柳区区长卫明远来到白沙街道松涛社区，居民反映加装电梯。\n"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@pytest.mark.parametrize("args", [["export", "{r}"], ["export", "{r}", "--to", "{tmp}/g.ttl"], ["export", "--from", "{r}"]])
def test_export_of_a_report_says_it_is_one_before_the_format(tmp_path, suffix, args):
    report = tmp_path / f"r{suffix}"
    report.write_text(REPORT if suffix != ".html" else f"<html><body><p>{REPORT}</p></body></html>", encoding="utf-8")
    proc = run_kg(*[a.format(r=report, tmp=tmp_path) for a in args])
    assert proc.returncode == 2 and proc.stdout == "", proc.stderr
    assert proc.stderr.strip() == (f"kg export: error: {report}: is a file, not a build folder: a report, which kg build reads; "
                                   f"kg build {report} --out OUT builds it, then give OUT"), proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [report.name]  # nothing written


def test_export_of_a_build_folder_still_needs_a_format_and_a_graph_file_is_no_report(viewed, tmp_path):
    proc = run_kg("export", viewed)
    assert proc.returncode == 2 and "--format is needed to write to standard output" in proc.stderr, proc.stderr
    mine = tmp_path / "mine.ttl"
    mine.write_text("mine\n", encoding="utf-8")
    proc = run_kg("export", mine, "--format", "turtle")
    assert proc.returncode == 2 and proc.stderr.strip().endswith(f"{mine}: is a file, not a build folder (the folder kg build --out wrote)")


@pytest.mark.parametrize("command", ["validate", "view"])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_validate_or_view_of_a_report_says_build_it_first(tmp_path, command, suffix):
    report = tmp_path / f"r{suffix}"
    report.write_text(REPORT, encoding="utf-8")
    proc = run_kg(command, report)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip() == (f"kg {command}: error: {report}: not a readable RDF file, but a report: kg build {report} "
                                   f"--out OUT builds its graph, then kg {command} OUT"), proc.stderr


def test_a_graph_in_a_txt_file_is_still_read(viewed, tmp_path):
    """The rule fires only when no RDF reader reads the file: a graph named .txt is validated."""
    copy = tmp_path / "graph.txt"
    copy.write_bytes((viewed / "graph.ttl").read_bytes())
    proc = run_kg("validate", copy)
    assert proc.returncode == 0 and "conforms" in proc.stdout and "a report" not in proc.stderr, proc.stderr


# ---------------------------------------------------------------- 8. the build's named graphs explained

def test_the_build_says_what_its_named_graphs_are(tmp_path):
    proc = build_reports(tmp_path, {"a.txt": VIEWED["a.txt"], "b.txt": VIEWED["b.txt"]})
    head = proc.stdout.splitlines()[0]
    assert head.endswith(" quads over 3 named graphs: one per report, and the entities graph linking them)"), head
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(tmp_path / "out" / "graph.nq", format="nquads")
    named = {str(g.identifier) for g in ds.graphs() if len(g)} - {"urn:x-rdflib:default"}
    assert len(named) == 3 and sum("/graph/entities" in g for g in named) == 1, named


# ---------------------------------------------------------------- 4. a Corps regiment farm and the report's district

def _graph(out):
    from rdflib import Graph

    return Graph().parse(out / "graph.ttl")


def _places_named(out, name: str) -> list[str]:
    from rdflib import RDFS, Literal

    return sorted(str(s) for s in _graph(out).subjects(RDFS.label, Literal(name, lang="zh")))


def _reasons(out, name: str) -> list[str]:
    from rdflib import RDFS, Literal, Namespace

    g, gov = _graph(out), Namespace("https://w3id.org/govkg/ontology#")
    return sorted(str(r) for s in g.subjects(RDFS.label, Literal(name, lang="zh")) for r in g.objects(s, gov.mergeReason))


@pytest.mark.parametrize("regiment", ["一二一团", "一四三团", "一五二团"])
def test_a_regiment_farm_takes_no_county_or_city_as_its_district(tmp_path, regiment):
    city = f"2024年6月5日，第七师枫原市副市长郑望川来到{regiment}，职工反映灌溉用水紧张。\n"
    division = f"2024年6月9日，第七师师长邵怀远来到{regiment}，职工反映棉花收购价低。\n"
    build_reports(tmp_path, {"city.txt": city, "division.txt": division})
    out = tmp_path / "out"
    # one farm: the division's report places it in 第七师, the city's does not place it in 枫原
    assert len(_places_named(out, regiment)) == 1
    assert not any("district 枫原" in r for r in _reasons(out, regiment)), _reasons(out, regiment)


def test_a_town_still_takes_the_reports_district(tmp_path):
    """Precision: the rule is the regiment's; a town of the same report shape is placed in the city."""
    build_reports(tmp_path, {"a.txt": "2024年6月5日，枫原市副市长郑望川来到碧溪镇，群众反映灌溉用水紧张。\n"})
    assert any("whose jurisdiction is district 枫原" in r for r in _reasons(tmp_path / "out", "碧溪镇"))


# ---------------------------------------------------------------- 9. a village post's area: the stop it was met at

def _jurisdictions(out, official: str) -> list[str]:
    from rdflib import RDFS, Literal, Namespace

    g, gov = _graph(out), Namespace("https://w3id.org/govkg/ontology#")
    return sorted(str(j) for o in g.subjects(RDFS.label, Literal(official, lang="zh"))
                  for post in g.objects(o, gov.holdsPost) for j in g.objects(post, gov.jurisdiction))


@pytest.mark.parametrize("stop, title, area", [
    ("碧溪镇石门村", "村党支部书记", "石门村"),
    ("碧溪镇石门村", "村主任", "石门村"),
    ("碧溪镇石门村", "村委会主任", "石门村"),
    ("碧溪镇石门村", "副镇长", "碧溪镇"),  # the town the village lies in
    ("碧溪镇石门村", "镇党委书记", "碧溪镇"),
    ("白沙街道松涛社区", "社区党委书记", "松涛社区"),
])
def test_a_post_naming_only_its_organs_kind_takes_the_stop_it_was_met_at(tmp_path, stop, title, area):
    text = f"2024年7月2日，青柳县委书记邵怀远来到{stop}，与{title}韩立春交流，村民反映村道破损。\n"
    build_reports(tmp_path, {"a.txt": text})
    assert _jurisdictions(tmp_path / "out", "韩立春") == [area]
    assert _jurisdictions(tmp_path / "out", "邵怀远") == ["青柳县"]  # the visitor's, as before


@pytest.mark.parametrize("text", [
    # (the title naming its own village, 白岩村党支部书记 met at 石门村, has that village: session 57,
    # nc57b, kg.corpus.link.title_area; test_a_title_naming_its_village_keeps_it below)
    # met in another sentence than the stops', in a report of two villages (of one village, it is
    # that village's: session 32, kg.corpus.mentions.sole_units)
    "2024年7月2日，青柳县委书记邵怀远来到碧溪镇石门村、白岩村，村民反映村道破损。会后，村党支部书记韩立春介绍了产业发展情况。\n",
    # a village post met at a community: no village to take
    "2024年7月2日，青柳县委书记邵怀远来到白沙街道松涛社区，与村党支部书记韩立春交流，居民反映停车难。\n",
])
def test_no_stop_area_where_the_stop_is_not_the_posts(tmp_path, text):
    build_reports(tmp_path, {"a.txt": text})
    assert _jurisdictions(tmp_path / "out", "韩立春") == []


def test_a_title_naming_its_village_keeps_it(tmp_path):
    # the title names its own village: not the stop's (session 57, nc57b: its own, 白岩村)
    build_reports(tmp_path, {"a.txt": "2024年7月2日，青柳县委书记邵怀远来到碧溪镇石门村，与白岩村党支部书记韩立春交流，村民反映村道破损。\n"})
    assert _jurisdictions(tmp_path / "out", "韩立春") == ["白岩村"]


# ---------------------------------------------------------------- 3. the report's district place, drawn apart

def _parents(out, name: str) -> list[str]:
    from rdflib import RDFS, Literal, Namespace

    g, gov = _graph(out), Namespace("https://w3id.org/govkg/ontology#")
    return sorted(str(g.value(p, RDFS.label)) for s in g.subjects(RDFS.label, Literal(name, lang="zh"))
                  for p in g.objects(s, gov.partOf))


@pytest.mark.parametrize("opening, district", [
    ("2024年3月1日，东湖区召开民生工作会议。", "东湖区"),
    ("2024年3月1日，青禾县开展夏季走访活动。", "青禾县"),
    ("枫原市各级干部深入基层。2024年3月1日，", "枫原市"),
])
def test_a_district_the_report_names_holds_the_places_it_placed_there(tmp_path, opening, district):
    """The linker places the report's bare subdistrict in the report's one
    district (its key says so); the district, named as a place, is its parent
    in the graph, not a node no fact uses beside it."""
    text = opening + "区长蒋成舟来到桂园街道新华社区，居民反映停车难。\n"
    build_reports(tmp_path, {"a.txt": text})
    out = tmp_path / "out"
    assert _parents(out, "桂园街道") == [district]
    assert _parents(out, "新华社区") == ["桂园街道"]  # the report's own parent, as before


def test_a_district_only_in_a_post_holds_the_places_named_alone(tmp_path):
    """Session 31 (HIERARCHY31): the district a post names holds the report's
    subdistrict named alone, registered as a place for it
    (kg.extract.post_jurisdiction.attach_under_post_areas); before, the district
    only in a post drew no place and 桂园街道 had no parent."""
    build_reports(tmp_path, {"a.txt": "2024年3月1日，东湖区区长蒋成舟来到桂园街道新华社区，居民反映停车难。\n"})
    assert _parents(tmp_path / "out", "桂园街道") == ["东湖区"]


@pytest.mark.parametrize("text", [
    # two districts named: the report's district is not known, nothing placed
    "2024年3月1日，东湖区、西湖区召开会议。区长蒋成舟来到桂园街道新华社区，居民反映停车难。\n",
])
def test_no_parent_where_the_report_placed_nothing_in_a_district_place(tmp_path, text):
    build_reports(tmp_path, {"a.txt": text})
    assert _parents(tmp_path / "out", "桂园街道") == []


def test_a_place_written_with_its_district_keeps_its_one_parent(tmp_path):
    build_reports(tmp_path, {"a.txt": "2024年3月1日，区长蒋成舟来到东湖区桂园街道新华社区，居民反映停车难。\n"})
    assert _parents(tmp_path / "out", "桂园街道") == ["东湖区"]
