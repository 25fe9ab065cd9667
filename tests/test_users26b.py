"""What a newcomer met (session 26, second part), on the real `kg` command line
and real build folders.  Fixtures are invented here (names, places, issues of
their own); each number is the newcomer's finding.

11. A name with characters lost in its report (`林??平`, repaired as 林某某平)
    was not offered for `official=林平`: 某 runs stand for any characters.
12. `--focus 乌云其其格` with only 乌云 in the graph said "names holding it: 乌云":
    a name inside what was typed is said as such.
15. `--to e.turtle` warned that .turtle is no Turtle suffix.
16. `kg validate empty.txt` (or a binary .txt) advised `kg build`, which fails:
    a report kg build cannot read says why.
17. A SPARQL syntax error printed the grammar's Unicode character ranges.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_kg

pytestmark = pytest.mark.fast

REPORTS = {
    "a.txt": "2024年4月2日，区长程??远来到白沙街道松涛社区，居民反映停车难。\n",
    "b.txt": "2024年4月3日，副区长苏和巴特尔来到白沙街道竹影社区，居民反映路灯不亮。\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("users26b")
    folder = root / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    proc = run_kg("build", folder, "--out", root / "out", "--no-html")
    assert proc.returncode == 0, proc.stderr
    return root / "out"


# ---------------------------------------------------------------- 11. lost characters, did you mean

@pytest.mark.parametrize("engine", ["--sparql", "--cypher"])
@pytest.mark.parametrize("typed", ["程远", "程思远"])
def test_a_name_with_lost_characters_is_offered_for_the_name_typed(built, engine, typed):
    proc = run_kg("query", "--store", built, engine, "official-trail", "--param", f"official={typed}")
    assert proc.returncode == 0, proc.stderr
    assert f"named {typed}, so official={typed} matches nothing (did you mean 程某某远, whose 某 stand for " \
           "characters its report lost?)" in proc.stderr, proc.stderr


def test_view_offers_the_name_with_lost_characters(built, tmp_path):
    proc = run_kg("view", built, "--focus", "程远", "--out", tmp_path / "v.html")
    assert proc.returncode == 2 and "did you mean 程某某远," in proc.stderr, proc.stderr


@pytest.mark.parametrize("typed", ["苏远", "李程远"])
def test_a_name_with_lost_characters_is_not_offered_for_another_name(built, typed):
    # the surname and the last character must both be there, in place
    proc = run_kg("query", "--store", built, "--sparql", "official-trail", "--param", f"official={typed}")
    assert "程某某远" not in proc.stderr, proc.stderr


# ---------------------------------------------------------------- 12. a name inside what was typed

def test_a_name_inside_the_name_typed_is_said_so(built, tmp_path):
    proc = run_kg("view", built, "--focus", "苏和巴特尔其其格", "--out", tmp_path / "v.html")
    assert proc.returncode == 2 and proc.stderr.rstrip().endswith("(names inside it: 苏和巴特尔)"), proc.stderr


def test_a_name_holding_the_name_typed_is_still_said_so(built):
    # (session 29: the start of one official's name, 苏和, answers for 苏和巴特尔: kg.person_names; its inside, 巴特, does not)
    proc = run_kg("query", "--store", built, "--sparql", "official-trail", "--param", "official=巴特")
    assert "names holding it: 苏和巴特尔" in proc.stderr and "names inside it" not in proc.stderr, proc.stderr


# ---------------------------------------------------------------- 15. .turtle

def test_turtle_spelt_out_is_a_turtle_suffix(built, tmp_path):
    proc = run_kg("export", built, "--format", "turtle", "--to", tmp_path / "e.turtle")
    assert proc.returncode == 0 and "warning" not in proc.stderr, proc.stderr
    assert (tmp_path / "e.turtle").read_bytes() == (built / "graph.ttl").read_bytes()
    # and the suffix alone names the format
    alone = run_kg("export", built, "--to", tmp_path / "f.turtle")
    assert alone.returncode == 0 and (tmp_path / "f.turtle").read_bytes() == (built / "graph.ttl").read_bytes()
    assert run_kg("validate", tmp_path / "f.turtle").returncode == 0


def test_another_suffix_still_warns_for_turtle(built, tmp_path):
    proc = run_kg("export", built, "--format", "turtle", "--to", tmp_path / "e.turtl")
    assert proc.returncode == 0 and ".turtl is no turtle suffix (.ttl, .turtle)" in proc.stderr, proc.stderr


# ---------------------------------------------------------------- 16. a report kg build cannot read

@pytest.mark.parametrize("name, data, why", [
    ("empty.txt", b"", "(empty file)"),
    ("blank.md", b"  \n\n", "(empty file (only spaces and line breaks))"),
    ("bin.txt", b"\x00\x01\x02" * 100, "(binary file (contains NUL bytes), not a text report)"),
], ids=["empty", "blank", "binary"])
@pytest.mark.parametrize("command", ["validate", "export"])
def test_a_report_kg_build_cannot_read_is_said_so(tmp_path, name, data, why, command):
    path = tmp_path / name
    path.write_bytes(data)
    proc = run_kg(command, path, *(["--format", "trig"] if command == "export" else []))
    assert proc.returncode == 2 and "--out OUT" not in proc.stderr, proc.stderr
    assert proc.stderr.rstrip().endswith(f"nor a report kg build can read {why}"), proc.stderr


@pytest.mark.parametrize("command", ["validate", "export"])
def test_a_readable_report_is_still_sent_to_kg_build(tmp_path, command):
    path = tmp_path / "r.txt"
    path.write_text(REPORTS["a.txt"], encoding="utf-8")
    proc = run_kg(command, path, *(["--format", "trig"] if command == "export" else []))
    assert proc.returncode == 2 and f"kg build {path} --out OUT" in proc.stderr, proc.stderr


# ---------------------------------------------------------------- 17. SPARQL syntax errors

@pytest.mark.parametrize("query, said", [
    ("SELECT ?x WHERE { ?x ?p ?o", 'expected one of ",", ".", ";", "{"'),
    ("SELECT ?x WHERE { ?x ?p ?o . FILTER(?x = ) }", "expected one of ABS, AVG, DAY, IRI, MAX, MD5, MIN, NOT, and "),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT x", "a digit"),
])
def test_a_sparql_syntax_error_says_what_was_expected_in_words(built, query, said):
    proc = run_kg("query", "--store", built, "--sparql", query)
    assert proc.returncode != 0 and said in proc.stderr, proc.stderr
    assert "\\u{" not in proc.stderr and "[_]" not in proc.stderr and "..=" not in proc.stderr, proc.stderr
    assert len(proc.stderr.splitlines()) == 1 and len(proc.stderr) < 300, proc.stderr


# ---------------------------------------------------------------- 14. issue categories

from kg.extract.issue_scheme import categorise  # noqa: E402
from tests.extraction import facts_of  # noqa: E402


def _categories(text: str) -> dict[str, str]:
    return {issue.label: issue.concept for issue in facts_of(text).issues}


@pytest.mark.parametrize("label, category", [
    ("热水管道破裂", "Other"),          # 水管 would read 热水|管道 across the cut
    ("污水管道堵塞", "Drainage"),       # 污水, a whole word, not 水管
    ("雨水管道堵塞", "Drainage"),
    ("下水管道老化", "Drainage"),
    ("自来水管漏水", "PublicFacilities"),  # 自来水 whole, the longest
    ("楼顶“蜘蛛网线”杂乱", "OverheadCables"),  # 蜘蛛网 starts on a boundary of 蜘蛛|网线: kept
])
def test_a_keyword_straddling_two_words_picks_no_category(label, category):
    assert categorise(label) == category


@pytest.mark.parametrize("text, label, category", [
    ("2024年6月2日，区长程思远来到白沙街道松涛社区，居民反映社区食堂菜品单调、饭菜偏咸。\n", "饭菜偏咸", "SeniorMeals"),
    ("2024年6月2日，区长程思远来到白沙街道松涛社区，居民反映小区路灯损坏、夜间出行不便。\n", "小区路灯损坏", "PublicFacilities"),
    ("2024年6月2日，区长程思远来到白沙街道松涛社区，居民反映雨水管道堵塞。\n", "雨水管道堵塞", "Drainage"),
])
def test_issue_categories_in_a_built_report(text, label, category):
    assert _categories(text).get(label) == category, _categories(text)


@pytest.mark.parametrize("label, category", [
    ("楼道灯不亮", "Safety"),   # a stairwell's light stays a safety matter
    ("楼道照明不足", "Safety"),
    ("养老食堂筹建", "ElderlyCare"),  # 养老 before 食堂: a tie keeps the scheme's order
])
def test_lights_and_canteens_elsewhere_keep_their_category(label, category):
    assert categorise(label) == category


# ---------------------------------------------------------------- 13. two places of one name, within

TWINS = {
    "a.txt": "2024年7月1日，青柳区区长程思远来到青柳区白沙街道松涛社区，居民反映停车难。\n",
    "b.txt": "2024年7月2日，红石区区长苏和来到红石区白沙街道竹影社区，居民反映路灯不亮。\n",
    "c.txt": "2024年7月3日，红石区副区长钱望舒来到红石区柳岸街道梅岭社区，居民反映积水。\n",
}


@pytest.fixture(scope="module")
def twins(tmp_path_factory):
    root = tmp_path_factory.mktemp("users26b-twins")
    folder = root / "reports"
    folder.mkdir()
    for name, text in TWINS.items():
        (folder / name).write_text(text, encoding="utf-8")
    proc = run_kg("build", folder, "--out", root / "out", "--no-html")
    assert proc.returncode == 0, proc.stderr
    return root / "out"


@pytest.mark.parametrize("engine", ["--sparql", "--cypher"])
def test_visits_within_two_places_of_one_name_name_the_place_above(twins, engine):
    proc = run_kg("query", "--store", twins, engine, "visits-by-official", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = {tuple(line.split(",")[:3]) for line in proc.stdout.splitlines()[1:]}
    assert ("程思远", "松涛社区", "青柳区白沙街道") in rows, proc.stdout
    assert ("苏和", "竹影社区", "红石区白沙街道") in rows, proc.stdout
    # a place of a name no other place holding places has is said alone
    assert ("钱望舒", "梅岭社区", "柳岸街道") in rows, proc.stdout


# ---------------------------------------------------------------- 9. a subdistrict joined by its name alone

@pytest.mark.parametrize("bare, full, district", [
    ("白沙街道", "青柳区白沙街道", "青柳区"),
    ("石湾镇", "平川县石湾镇", "平川县"),
    ("柳河乡", "平川县柳河乡", "平川县"),
])
def test_a_bare_subdistrict_joined_with_another_reports_is_warned(tmp_path, bare, full, district):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(f"2024年8月1日，副市长程思远来到{bare}松涛社区，居民反映停车难。\n", encoding="utf-8")
    (folder / "b.txt").write_text(f"2024年8月2日，{district}副县长苏和来到{full}竹影社区，居民反映积水。\n".replace("区副县长", "区副区长"), encoding="utf-8")
    proc = run_kg("build", folder, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert proc.returncode == 0, proc.stderr
    assert (f"warning: {bare} is one place in a.txt (no district) and b.txt ({district}): joined by the name alone; "
            f"if they are two places, write the district before the name in the report ({full})") in proc.stderr, proc.stderr


def test_a_subdistrict_both_reports_place_in_a_district_is_not_warned(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("2024年8月1日，青柳区副区长程思远来到青柳区白沙街道松涛社区，居民反映停车难。\n", encoding="utf-8")
    (folder / "b.txt").write_text("2024年8月2日，青柳区副区长苏和来到青柳区白沙街道竹影社区，居民反映积水。\n", encoding="utf-8")
    proc = run_kg("build", folder, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert proc.returncode == 0 and "joined by the name alone" not in proc.stderr, proc.stderr


# ---------------------------------------------------------------- 10. a copied reports folder

COPIED = {
    "a.txt": "2024年9月1日，青柳区副区长程思远来到青柳区白沙街道松涛社区，居民反映停车难。\n",
    "b.txt": "2024年9月2日，青柳区副区长苏和来到青柳区白沙街道竹影社区，居民反映积水。\n",
}


def _folder_of(root, name, reports):
    folder = root / name
    folder.mkdir()
    for file, text in reports.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("out", ["same", "copy"])
def test_an_edit_in_a_copied_reports_folder_is_a_new_version(tmp_path, out):
    import shutil

    first = _folder_of(tmp_path, "r", COPIED)
    assert run_kg("build", first, "--out", tmp_path / "o1", "--no-store", "--no-html").returncode == 0
    shutil.copytree(first, tmp_path / "r2")
    target = tmp_path / "o1"
    if out == "copy":
        target = tmp_path / "o2"
        shutil.copytree(tmp_path / "o1", target)
    (tmp_path / "r2" / "b.txt").write_text(COPIED["b.txt"].replace("积水", "路灯不亮"), encoding="utf-8")
    proc = run_kg("build", tmp_path / "r2", "--out", target, "--no-store", "--no-html")
    assert proc.returncode == 0 and "same key" not in proc.stderr, proc.stderr
    assert "1 replaced by a new version (b.txt)" in proc.stdout, proc.stdout
    assert "路灯不亮" in (target / "graph.ttl").read_text(encoding="utf-8")


def test_another_report_of_the_same_name_in_another_folder_is_still_refused(tmp_path):
    # no report is one and the same file in both folders: two reports that share a name
    first = _folder_of(tmp_path, "r", COPIED)
    assert run_kg("build", first, "--out", tmp_path / "o1", "--no-store", "--no-html").returncode == 0
    other = _folder_of(tmp_path, "s", {"b.txt": COPIED["b.txt"].replace("积水", "路灯不亮"),
                                       "a.txt": COPIED["a.txt"].replace("停车难", "噪音扰民")})
    proc = run_kg("build", other, "--out", tmp_path / "o1", "--no-store", "--no-html")
    assert proc.returncode != 0 and "another report with the same key 'b.txt'" in proc.stderr, proc.stderr


def test_a_subdistrict_two_reports_name_bare_is_not_warned(tmp_path):
    # no district given by either: nothing of another district leaks in
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("2024年8月1日，副区长程思远来到白沙街道松涛社区，居民反映停车难。\n", encoding="utf-8")
    (folder / "b.txt").write_text("2024年8月2日，副区长苏和来到白沙街道竹影社区，居民反映积水。\n", encoding="utf-8")
    proc = run_kg("build", folder, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert proc.returncode == 0 and "joined by the name alone" not in proc.stderr, proc.stderr
