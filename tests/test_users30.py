"""What a newcomer met in session 30, through the real `kg build` / `kg query` /
`kg view`, `kg.build_texts` and `Build.query`, and the real stores:

1. a month and day dated by a page's or file name's date took that date's
   year even when it put the day after the page (`12月30日` in a page of
   2024-01-02 read 2024-12-30); a file name's date the text's month and day
   contradicted was not said;
2. issues raised during a joint visit went to the last-named visitor's trail only;
3. officials who share a name were answered and drawn as one;
4. of two identical files, the undated name was kept;
5. issues-without-later-visit ignored follow-ups to a place containing the
   place (or inside it);
6. kg query's usage errors exited 1.

Every fixture is invented."""

from __future__ import annotations

import datetime as dt
import re
import warnings

import pytest

import kg
from kg.stores.errors import StoreError
from tests.conftest import run_kg

D = dt.date

# ---------------------------------------------------------------- 1. a month and day before the page's date

VISIT_ON = "{md}，区长韩立新来到青禾街道柳湾社区调研。"


def visit_dates(name: str, text: str, **options) -> list[str]:
    built = kg.build_texts({name: text}, **options)
    return sorted({v.date.isoformat() for v in built.facts[name].visits if v.date})


@pytest.mark.fast
@pytest.mark.parametrize("name, md, date", [
    ("qinghe-2024-01-02.txt", "12月30日", "2023-12-30"),   # the page is three days after: last year's day
    ("20240105-qinghe.txt", "12月28日", "2023-12-28"),
    ("qinghe-2025-02-03.txt", "1月30日", "2025-01-30"),    # before the page in its own year
    ("qinghe-2024-12-20.txt", "1月10日", "2025-01-10"),    # within FUTURE_DAYS after: announced, next year's
    ("qinghe-2024-04-09.txt", "4月25日", "2024-04-25"),    # a fortnight after the name's date: its year (and a warning)
])
def test_a_month_and_day_take_the_latest_year_not_after_the_file_name_s_date(name, md, date):
    assert visit_dates(name, VISIT_ON.format(md=md)) == [date]


PAGE = """<html><head><meta charset="utf-8"><title>区长韩立新走访柳湾社区</title></head><body>
<h1>区长韩立新走访柳湾社区</h1>
<div class="info">来源：青禾新闻网 发布时间：{published} 编辑：周小青</div>
<div class="content"><p>{md}，区长韩立新来到青禾街道柳湾社区，居民反映小区路灯损坏。</p></div>
</body></html>"""


@pytest.mark.fast
@pytest.mark.parametrize("published, md, date", [
    ("2025-01-03", "12月29日", "2024-12-29"),
    ("2025-01-03", "1月2日", "2025-01-02"),
    ("2024-07-15", "7月12日", "2024-07-12"),
])
def test_a_page_s_publication_date_places_its_month_and_day_before_it(published, md, date):
    assert visit_dates("liuwan.html", PAGE.format(published=published, md=md)) == [date]


@pytest.mark.fast
def test_a_round_up_across_the_year_end_dates_each_day_by_its_own_year():
    text = "12月30日，区长韩立新来到青禾街道柳湾社区调研。1月2日，副区长周远帆来到青禾街道桂园社区走访。"
    visits = kg.build_texts({"qinghe-2024-01-03.txt": text}).facts["qinghe-2024-01-03.txt"].visits
    assert [(v.official, v.date) for v in visits] == [("韩立新", D(2023, 12, 30)), ("周远帆", D(2024, 1, 2))]


@pytest.mark.fast
@pytest.mark.parametrize("name, text, options, date", [
    # precision: a year the text writes is kept as written, after the page or not
    ("qinghe-2024-01-02.txt", "2024年12月30日，区长韩立新来到青禾街道柳湾社区调研。", {}, "2024-12-30"),
    ("qinghe-2024-01-02.txt", "2024年工作要点。\n12月30日，区长韩立新来到青禾街道柳湾社区调研。", {}, "2024-12-30"),
    # --date (date=) gives the year of reports that give none, as documented
    ("qinghe.txt", "12月30日，区长韩立新来到青禾街道柳湾社区调研。", {"date": "2024-01-02"}, "2024-12-30"),
    # a day before the file's date in the same year stays in that year
    ("qinghe-2024-06-30.txt", "6月3日，区长韩立新来到青禾街道柳湾社区调研。", {}, "2024-06-03"),
])
def test_a_written_year_or_the_date_option_is_not_moved(name, text, options, date):
    assert visit_dates(name, text, **options) == [date]


def name_date_warnings(name: str, text: str) -> list[str]:
    return [w for w in kg.build_texts({name: text}).warnings if "file name's date" in w]


@pytest.mark.fast
@pytest.mark.parametrize("name, md, said", [
    ("qinghe-2024-04-09.txt", "4月25日", "the file name's date 2024-04-09 is not the text's 4月25日 (2024-04-25)"),
    ("qinghe-2024-08-30.txt", "8月2日", "the file name's date 2024-08-30 is not the text's 8月2日 (2024-08-02)"),
])
def test_a_file_name_date_the_text_s_month_and_day_contradict_is_said(name, md, said):
    assert name_date_warnings(name, VISIT_ON.format(md=md)) == [
        f"{name}: {said}: the text's date is used; rename the file if it is the text that is wrong"]


@pytest.mark.fast
@pytest.mark.parametrize("name, md", [
    ("qinghe-2024-01-02.txt", "12月30日"),   # published three days after last year's day
    ("qinghe-2024-04-26.txt", "4月25日"),    # published the next day
    ("qinghe-2024-04-25.txt", "4月25日"),
    ("qinghe.txt", "4月25日"),
])
def test_a_file_name_of_the_day_or_its_publication_says_nothing(name, md):
    assert name_date_warnings(name, VISIT_ON.format(md=md)) == []


def test_cli_build_dates_a_page_of_the_new_year_by_last_year(tmp_path):
    report = tmp_path / "qinghe-2024-01-02.txt"
    report.write_text(VISIT_ON.format(md="12月30日") + "居民反映小区停车难。\n", encoding="utf-8")
    proc = run_kg("build", report, "--out", tmp_path / "out", "--no-html")
    assert proc.returncode == 0 and "file name's date" not in proc.stderr, proc.stderr
    trail = run_kg("query", tmp_path / "out", "--cypher", "official-trail", "--param", "official=韩立新")
    assert trail.returncode == 0 and "2023-12-30" in trail.stdout and "2024-12-30" not in trail.stdout, trail.stdout


# ---------------------------------------------------------------- 2. a joint visit's issues, in every visitor's trail

JOINT = {
    "j1.txt": "2025年3月4日，区委书记韩立新、区长周远帆来到青禾街道柳湾社区调研。居民反映小区停车难，希望增设充电桩。",
    # precision: the two apart, one place each: the issue is the one there's
    "j2.txt": "2025年3月6日，区委书记韩立新来到青禾街道松岗社区走访。同日，区长周远帆来到青禾街道桂园社区，居民反映小区路灯损坏。",
    "j3.txt": "2025年3月9日，副区长陆晓岚、区政协主席车蕴、街道党工委书记邵文岚一同来到白石街道竹溪社区，居民反映楼道堆物多。",
}
JOINT_TRAILS = {
    "韩立新": {("2025-03-04", "柳湾社区", "j1.txt", "增设充电桩"), ("2025-03-04", "柳湾社区", "j1.txt", "小区停车难"),
            ("2025-03-06", "松岗社区", "j2.txt", None)},
    "周远帆": {("2025-03-04", "柳湾社区", "j1.txt", "增设充电桩"), ("2025-03-04", "柳湾社区", "j1.txt", "小区停车难"),
            ("2025-03-06", "桂园社区", "j2.txt", "小区路灯损坏")},
    **{name: {("2025-03-09", "竹溪社区", "j3.txt", "楼道堆物多")} for name in ("陆晓岚", "车蕴", "邵文岚")},
}


def trail_rows(table) -> set[tuple]:
    """(date, place, report, issue) of official-trail's rows, whatever engine gave them (within left out)."""
    return {(str(date) if date else None, place, report, issue) for date, place, _, report, issue in table.rows}


@pytest.fixture(scope="module")
def joint():
    return kg.build_texts(JOINT)


@pytest.mark.fast
@pytest.mark.parametrize("official", sorted(JOINT_TRAILS))
def test_every_visitor_of_a_joint_visit_has_its_issues_in_their_trail(joint, official):
    assert trail_rows(joint.query("official-trail", official=official)) == JOINT_TRAILS[official]


@pytest.mark.fast
def test_the_joint_visit_s_issue_is_raised_during_each_visit_and_counted_once(joint):
    facts = joint.facts["j1.txt"]
    assert facts.joint_visits(0) == facts.joint_visits(1) == [0, 1]
    assert joint.facts["j2.txt"].joint_visits(0) == [0]  # precision: another place, another visit
    counts = joint.query("SELECT (COUNT(DISTINCT ?i) AS ?n) (COUNT(*) AS ?links) WHERE { ?i gov:raisedDuring ?v }").rows
    assert [tuple(map(int, row)) for row in counts] == [(4, 2 * 2 + 1 + 3)]  # two issues of j1 during two visits, one of j2, one of j3 during three
    assert [tuple(r) for r in joint.query("issues-per-place").rows if r[0] == "柳湾社区"][0][-1] in (2, "2")


def _rdflib_trail(built, official: str) -> set[tuple]:
    """official-trail asked of the rdflib Dataset itself (its union graph), bound as kg query binds it."""
    from kg.stores import named

    text = named.bind_sparql(named.resolve("official-trail", "sparql"), {"official": official})
    built.dataset.default_union = True
    return {(str(r[0]) if r[0] else None, str(r[1]), str(r[3]), str(r[4]) if r[4] else None) for r in built.dataset.query(text)}


@pytest.mark.fast
@pytest.mark.parametrize("official", ["韩立新", "车蕴"])
def test_rdflib_answers_the_joint_trail_as_oxigraph_does(joint, official):
    assert _rdflib_trail(joint, official) == JOINT_TRAILS[official]


# ---------------------------------------------------------------- 3. one name, several officials

SHARED = {
    "s1.txt": "2025年3月2日，东湖区区长林志伟来到东湖区新华街道柳湾社区调研。居民反映垃圾清运不及时。",
    "s2.txt": "2025年4月2日，西岭县县委书记林志伟来到西岭县青石镇柳湾村调研。村民反映饮水困难。",
    # precision: the same official again (the same post, the same district): one person, answered
    "s3.txt": "2025年5月2日，东湖区区长林志伟来到东湖区新华街道桃源社区调研。",
    "s4.txt": "2025年5月6日，东湖区副区长郑秋实来到东湖区新华街道桃源社区调研。",
    "s5.txt": "2025年6月6日，东湖区副区长郑秋实来到东湖区新华街道柳湾社区调研。",
}
REFUSED = re.compile(r"official=林志伟: 2 officials are named 林志伟, whom the graph keeps apart: "
                     r"(lin-zhi-wei-\w+) \(西岭县委书记; s2\.txt\), (lin-zhi-wei-\w+) \(东湖区区长; s1\.txt, s3\.txt\): "
                     r"give one by its key \(official=\1\)")


@pytest.fixture(scope="module")
def shared():
    return kg.build_texts(SHARED)


def keys_of(said: str) -> tuple[str, str]:
    found = REFUSED.fullmatch(said)
    assert found, said
    return found.group(1), found.group(2)


@pytest.mark.fast
def test_query_refuses_a_name_several_officials_share_and_lists_them(shared):
    with pytest.raises(StoreError) as refused:
        shared.query("official-trail", official="林志伟")
    county, district = keys_of(str(refused.value))
    assert trail_rows(shared.query("official-trail", official=county)) == {("2025-04-02", "柳湾村", "s2.txt", "饮水困难")}
    assert trail_rows(shared.query("official-trail", official=district)) == {
        ("2025-03-02", "柳湾社区", "s1.txt", "垃圾清运不及时"), ("2025-05-02", "桃源社区", "s3.txt", None)}
    # the whole IRI names one too
    iri = f"https://w3id.org/govkg/id/official/{county}"
    assert trail_rows(shared.query("official-trail", official=iri)) == {("2025-04-02", "柳湾村", "s2.txt", "饮水困难")}


@pytest.mark.fast
def test_a_name_of_one_official_in_several_reports_is_answered(shared):
    # precision: one person in two reports is no shared name
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rows = trail_rows(shared.query("official-trail", official="郑秋实"))
    assert rows == {("2025-05-06", "桃源社区", "s4.txt", None), ("2025-06-06", "柳湾社区", "s5.txt", None)}


@pytest.fixture(scope="module")
def shared_folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("shared")
    for name, text in SHARED.items():
        (root / name).write_text(text + "\n", encoding="utf-8")
    proc = run_kg("build", root, "--out", root / "out", "--no-html", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    return root / "out"


def test_view_and_query_refuse_a_shared_name_alike_and_take_a_key(shared_folder, tmp_path):
    page = tmp_path / "v.html"
    for language in ("--sparql", "--cypher"):
        proc = run_kg("query", shared_folder, language, "official-trail", "--param", "official=林志伟")
        assert proc.returncode == 2 and proc.stdout == "", proc.stderr
        county, district = keys_of(proc.stderr.strip().removeprefix("kg query: error: "))
        proc = run_kg("query", shared_folder, language, "official-trail", "--param", f"official={district}")
        assert proc.returncode == 0 and "s1.txt" in proc.stdout and "s2.txt" not in proc.stdout, proc.stdout + proc.stderr
    proc = run_kg("view", shared_folder, "--focus", "林志伟", "--out", page)
    assert proc.returncode == 2 and not page.exists()
    said = proc.stderr.strip().removeprefix("kg view: error: --focus '林志伟': ")
    assert keys_of("official=林志伟: " + said.replace(f"(--focus {county})", f"(official={county})")) == (county, district)
    proc = run_kg("view", shared_folder, "--focus", county, "--out", page)
    assert proc.returncode == 0 and page.exists(), proc.stderr
    html = page.read_text(encoding="utf-8")
    assert "柳湾村" in html and "桃源社区" not in html
    # precision: one official's name in several reports is drawn
    proc = run_kg("view", shared_folder, "--focus", "郑秋实", "--out", tmp_path / "z.html")
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr


# ---------------------------------------------------------------- 4. of two identical files, the dated name

DATED = "4月9日，区长韩立新来到青禾街道柳湾社区调研。居民反映小区停车难。\n"


@pytest.mark.fast
@pytest.mark.parametrize("dated, other", [
    ("qinghe-2024-04-09.txt", "q.txt"),
    ("20240409.txt", "qinghe-report.txt"),
    ("2024-04-09-a.txt", "a.txt"),
])
def test_of_two_identical_files_the_one_whose_name_gives_the_date_is_kept(dated, other):
    built = kg.build_texts({other: DATED, dated: DATED})
    assert list(built.graph_of) == [dated]
    assert [v.date for v in built.facts[dated].visits] == [D(2024, 4, 9)]
    assert built.warnings == [f"{other}: the same bytes as {dated}: built once, as {dated} (the name that gives its date), "
                              f"{other} left out"]


@pytest.mark.fast
def test_of_two_undated_identical_files_the_shorter_name_is_kept():
    # precision: no name gives a date: the original's shorter name, as before
    built = kg.build_texts({"qinghe (1).txt": DATED, "qinghe.txt": DATED}, date="2024-01-01")
    assert list(built.graph_of) == ["qinghe.txt"]
    assert built.warnings == ["qinghe (1).txt: the same bytes as qinghe.txt: built once, as qinghe.txt (the shorter name), "
                              "qinghe (1).txt left out"]


def test_cli_keeps_the_dated_copy_and_names_the_one_left_out(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("q.txt", "qinghe-2024-04-09.txt"):
        (folder / name).write_text(DATED, encoding="utf-8")
    proc = run_kg("build", folder, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == [
        f"kg build: warning: {folder / 'q.txt'}: the same bytes as {folder / 'qinghe-2024-04-09.txt'}: built once, "
        f"as qinghe-2024-04-09.txt (the name that gives its date), q.txt left out"]


# ---------------------------------------------------------------- 5. a follow-up to a place containing (or inside) the place

FOLLOW = {
    # raised at a community's service centre; a later visit to the community follows it up
    "f1.txt": "2024年3月1日，区长韩立新来到青禾街道柳湾社区党群服务中心，与居民座谈。居民反映小区停车难。",
    "f2.txt": "2024年4月2日，副区长周远帆来到青禾街道柳湾社区，察看停车位改造情况。",
    # raised at a community; a later visit to its subdistrict follows it up
    "f3.txt": "2024年2月1日，区长韩立新来到白石街道竹溪社区，居民反映小区路灯损坏。",
    "f4.txt": "2024年3月5日，区长韩立新来到白石街道，调研防汛工作。",
    # raised at a community; a later visit to a housing estate inside it follows it up
    "f5.txt": "2024年2月3日，区长韩立新来到松岗街道桂园社区，居民反映垃圾清运不及时。",
    "f6.txt": "2024年3月8日，副区长周远帆来到松岗街道桂园社区金桂小区，察看垃圾分类情况。",
    # precision: a later visit to a neighbouring community, and an earlier one to the place itself, are none
    "f7.txt": "2024年2月1日，区长韩立新来到石埠街道桃源社区，居民反映楼道堆物多。",
    "f8.txt": "2024年3月5日，区长韩立新来到石埠街道杏林社区，调研防汛工作。",
    "f9.txt": "2024年1月5日，副区长周远帆来到石埠街道桃源社区走访。",
}
STILL_OPEN = [("桃源社区", "石埠街道", "楼道堆物多", "2024-02-01")]


def open_rows(table) -> list[tuple]:
    return [tuple(str(cell) if cell is not None else None for cell in row) for row in table.rows]


@pytest.mark.fast
def test_a_later_visit_to_a_place_containing_or_inside_the_place_follows_it_up():
    assert open_rows(kg.build_texts(FOLLOW).query("issues-without-later-visit")) == STILL_OPEN


@pytest.mark.fast
def test_the_rule_is_stated_in_both_query_files():
    from kg.resources import queries_dir

    for suffix in (".rq", ".cypher"):
        text = (queries_dir() / f"issues-without-later-visit{suffix}").read_text(encoding="utf-8")
        assert "contains it" in text and "inside it" in text and "neighbouring place" in text, suffix


@pytest.fixture(scope="module")
def follow_folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("follow")
    for name, text in {**FOLLOW, **JOINT}.items():
        (root / name).write_text(text + "\n", encoding="utf-8")
    proc = run_kg("build", root, "--out", root / "out", "--no-html", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    return root / "out"


# the joint visits' issues beside them: no later visit to their places (siblings only)
JOINT_OPEN = [("柳湾社区", "青禾街道", "增设充电桩", "2025-03-04"), ("柳湾社区", "青禾街道", "小区停车难", "2025-03-04"),
              ("桂园社区", "青禾街道", "小区路灯损坏", "2025-03-06"), ("竹溪社区", "白石街道", "楼道堆物多", "2025-03-09")]


def test_every_store_answers_the_follow_ups_and_the_joint_trails_alike(follow_folder, arcadedb_server):
    """Oxigraph (SPARQL) and LadybugDB (Cypher) of the build, and ArcadeDB over
    Bolt (the Neo4j driver) loaded from it, give the same rows."""
    from kg.stores import ladybug_store, named, neo4j_store, oxigraph_store

    server = arcadedb_server
    server.wipe()
    proc = run_kg("load", "neo4j", "--from", follow_folder, *server.load_args(), env=server.env())
    assert proc.returncode == 0, proc.stderr
    store = oxigraph_store.open_store(follow_folder)
    sparql, cypher = named.resolve("issues-without-later-visit", "sparql"), named.resolve("issues-without-later-visit", "cypher")
    with neo4j_store.session(server.uri, server.user, server.password, server.database) as s:
        for table in (oxigraph_store.query(store, named.bind_sparql(sparql, {})), ladybug_store.query(follow_folder, cypher.text, {}),
                      neo4j_store.query(s, cypher.text, {})):
            assert open_rows(table) == STILL_OPEN + JOINT_OPEN
        trail_q, trail_c = named.resolve("official-trail", "sparql"), named.resolve("official-trail", "cypher")
        for official in ("周远帆", "车蕴"):
            params = named.cypher_parameters(named.values(trail_c, {"official": official}))
            expected = {row for row in JOINT_TRAILS[official]}
            for table in (oxigraph_store.query(store, named.bind_sparql(trail_q, {"official": official})),
                          ladybug_store.query(follow_folder, trail_c.text, params), neo4j_store.query(s, trail_c.text, params)):
                assert {r for r in trail_rows(table) if r[2].startswith("j")} == expected, official
    server.wipe()


# ---------------------------------------------------------------- 6. kg query's usage errors exit 2

@pytest.fixture(scope="module")
def small_folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("small")
    (root / "j1.txt").write_text(JOINT["j1.txt"] + "\n", encoding="utf-8")
    proc = run_kg("build", root, "--out", root / "out", "--no-html", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    return root / "out"


@pytest.mark.parametrize("args, said", [
    (["{nosuch}", "visits-by-official"], "nosuch: does not exist"),
    (["--store", "{nosuch}", "--sparql", "visits-by-official"], "nosuch: no Oxigraph store here"),
    (["--store", "{nosuch}", "--cypher", "visits-by-official"], "nosuch: no LadybugDB store here"),
    (["{out}", "official-trail"], "this query needs --param official=<name>"),
    (["{out}", "--cypher", "official-trail"], "this query needs --param official=<name>"),
    (["{out}", "official-trail", "--param", "who=韩立新"], "unknown parameter 'who'"),
    (["{out}", "official-trail", "--param", "official"], "--param expects NAME=VALUE"),
    (["{out}", "--sparql", "no-such-question"], "no named sparql query 'no-such-question'"),
])
def test_kg_query_usage_errors_exit_2(small_folder, tmp_path, args, said):
    proc = run_kg("query", *(a.replace("{out}", str(small_folder)).replace("{nosuch}", str(tmp_path / "nosuch")) for a in args))
    assert proc.returncode == 2 and said in proc.stderr, (proc.returncode, proc.stderr)
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


@pytest.mark.parametrize("args, said", [
    # precision: the query's own text at fault, or the answer: not a usage error
    (["{out}", "--sparql", "SELECT * WHERE { ?s ?p }"], "SPARQL syntax error"),
    (["{out}", "--cypher", "MATCH (n RETURN n"], "Cypher error"),
])
def test_kg_query_failures_of_the_query_itself_exit_1(small_folder, tmp_path, args, said):
    proc = run_kg("query", *(a.replace("{out}", str(small_folder)) for a in args))
    assert proc.returncode == 1 and said in proc.stderr, (proc.returncode, proc.stderr)


@pytest.mark.fast
def test_the_api_still_raises_a_store_error_for_a_missing_parameter(joint):
    # ParameterError is a StoreError (what kg.api's callers catch) and a UsageError (kg's exit 2)
    from kg.errors import UsageError

    with pytest.raises(StoreError) as refused:
        joint.query("official-trail")
    assert isinstance(refused.value, UsageError)
