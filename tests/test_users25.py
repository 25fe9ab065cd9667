"""What a newcomer met (session 25), on the real `kg` command line and real
build folders:

1. Two reports naming a bare community of one name (新华社区 in two districts)
   were joined into one place silently: the build now says so, naming the
   place and both reports (kg.corpus.joined).
2. `kg view --focus 周` (a surname) suggested an issue holding the character
   (周边…): it names the officials whose name starts with it, or the graph's
   officials when none does (kg.views.select.surname_of).
3. `kg view --issue 停车` said "4 issues" and listed 2 names: the line counts
   the issues and the distinct labels, each label with its count
   (kg.views.select.issue_count).

Fixtures are invented here (names, places, districts of their own).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_kg

pytestmark = pytest.mark.fast


def _build(root: Path, reports: dict[str, str], *flags: str):
    folder = root / "reports"
    folder.mkdir(exist_ok=True)
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    return run_kg("build", folder, "--out", root / "out", "--no-store", "--no-html", *flags)


def _joined(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "joined by the name alone" in line]


# ---------------------------------------------------------------- 1. a bare community joined across reports

ONE = "2024年3月5日，{who}来到{where}，听取居民关于停车难的意见。\n"
TWO = "2024年4月8日，{who}来到{where}走访，居民反映了垃圾清运不及时的问题。\n"


@pytest.mark.parametrize("first, second, said", [
    # one report gives the district (its official's post), the other none
    (("青柳区区委书记蒋成舟", "新华社区"), ("区长卫明远", "新华社区"), "a.txt (青柳区) and b.txt (no district)"),
    # neither gives one
    (("区委书记蒋成舟", "新华社区"), ("区长卫明远", "新华社区"), "a.txt (no district) and b.txt (no district)"),
    # a village, one report writing its town before it
    (("区委书记蒋成舟", "碧溪镇石门村"), ("区长卫明远", "石门村"), "a.txt (碧溪镇) and b.txt (no district)"),
])
def test_a_bare_place_joined_across_reports_is_said_naming_both(tmp_path, first, second, said):
    reports = {"a.txt": ONE.format(who=first[0], where=first[1]), "b.txt": TWO.format(who=second[0], where=second[1])}
    proc = _build(tmp_path, reports)
    assert proc.returncode == 0, proc.stderr
    place = second[1]
    lines = _joined(proc.stderr)
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"kg build: warning: {place} is one place in {said}: joined by the name alone"), lines
    assert "write the district or subdistrict before the name in the report" in lines[0]
    # an unchanged rebuild extracts nothing and says it again, as a report's warnings are
    again = _build(tmp_path, reports)
    assert again.returncode == 0 and "0 extracted" in again.stdout and _joined(again.stderr) == lines, again.stderr


@pytest.mark.parametrize("first, second", [
    (("青柳区区委书记蒋成舟", "新华社区"), ("青柳区区长卫明远", "新华社区")),  # the same district in both: one place, rightly
    (("青柳区区委书记蒋成舟", "新华社区"), ("枫林区区长卫明远", "新华社区")),  # two districts: two places, nothing joined
    (("区委书记蒋成舟", "新华街道"), ("区长卫明远", "新华街道")),  # a subdistrict: its name is rarely repeated
    (("区委书记蒋成舟", "新华社区"), ("区长卫明远", "柳荫社区")),  # two names
])
def test_no_warning_where_nothing_rests_on_a_bare_name(tmp_path, first, second):
    reports = {"a.txt": ONE.format(who=first[0], where=first[1]), "b.txt": TWO.format(who=second[0], where=second[1])}
    proc = _build(tmp_path, reports)
    assert proc.returncode == 0 and not _joined(proc.stderr), proc.stderr


def test_one_report_naming_a_bare_place_twice_is_not_warned(tmp_path):
    text = ONE.format(who="区委书记蒋成舟", where="新华社区") + TWO.format(who="区长卫明远", where="新华社区")
    proc = _build(tmp_path, {"a.txt": text})
    assert proc.returncode == 0 and not _joined(proc.stderr), proc.stderr


def test_the_api_gives_the_same_line(tmp_path):
    import kg

    built = kg.build_texts({"a.txt": ONE.format(who="青柳区区委书记蒋成舟", where="新华社区"),
                            "b.txt": TWO.format(who="区长卫明远", where="新华社区")})
    assert [w for w in built.warnings if "joined by the name alone" in w] == [
        "新华社区 is one place in a.txt (青柳区) and b.txt (no district): joined by the name alone; if they are two "
        "places, write the district or subdistrict before the name in the report (青柳区新华社区)"]


# ---------------------------------------------------------------- 2 and 3: kg view's lines

VIEWED = {
    "a.txt": "2024年3月5日，青柳区区长周敏华来到白沙街道松涛社区，居民反映小区停车难。周敏华要求街道尽快解决。\n",
    "b.txt": "2024年3月8日，青柳区副区长李周平来到白沙街道竹影社区，居民反映小区停车难、周边环境差。\n",
    "c.txt": "2024年3月9日，青柳区副区长钱望舒来到白沙街道梅岭社区，居民反映小区停车难、车位不足。\n",
}


@pytest.fixture(scope="module")
def viewed(tmp_path_factory):
    root = tmp_path_factory.mktemp("users25")
    proc = _build(root, VIEWED)
    assert proc.returncode == 0, proc.stderr
    return root / "out"


@pytest.mark.parametrize("surname, meant", [("周", "周敏华"), ("钱", "钱望舒")])
def test_focus_on_the_surname_of_one_official_draws_them(viewed, tmp_path, surname, meant):
    # 李周平 contains 周 but does not start with it: not named (session 29: one official's name
    # starting with it draws them, said, as kg query's official= takes it: kg.person_names)
    page = tmp_path / "v.html"
    proc = run_kg("view", viewed, "--focus", surname, "--out", page)
    assert proc.returncode == 0 and page.exists(), proc.stderr
    assert proc.stderr.strip() == (f"kg view: warning: --focus '{surname}': nothing is named {surname} exactly; "
                                   f"drawing {meant}, the only official whose name starts with it"), proc.stderr


@pytest.mark.parametrize("surname, said", [
    # no one's name starts with it: the graph's officials, never an issue or place holding the character
    ("孙", "no official's name starts with 孙; the graph's officials: 周敏华, 李周平, 钱望舒"),
    ("欧阳", "no official's name starts with 欧阳; the graph's officials: 周敏华, 李周平, 钱望舒"),
])
def test_focus_on_a_surname_names_the_officials_whose_name_starts_with_it(viewed, tmp_path, surname, said):
    page = tmp_path / "v.html"
    proc = run_kg("view", viewed, "--focus", surname, "--out", page)
    assert proc.returncode == 2 and not page.exists()
    assert proc.stderr.strip() == f"kg view: error: --focus '{surname}': {said}", proc.stderr
    assert "--issue" not in proc.stderr and "--place" not in proc.stderr


def test_focus_on_a_full_name_or_a_place_is_as_before(viewed, tmp_path):
    page = tmp_path / "v.html"
    proc = run_kg("view", viewed, "--focus", "周敏华", "--out", page)
    assert proc.returncode == 0 and proc.stderr == "" and page.exists(), proc.stderr
    # a name that is no surname and no official's, but an issue's: the hint to use --issue stays
    proc = run_kg("view", viewed, "--focus", "车位不足", "--out", page)
    assert proc.returncode == 2 and "车位不足 is an issue in the graph: use --issue 车位不足" in proc.stderr, proc.stderr


def test_issue_category_counts_issues_and_labels_alike(viewed, tmp_path):
    page = tmp_path / "v.html"
    proc = run_kg("view", viewed, "--issue", "停车", "--depth", "0", "--out", page)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == ("kg view: warning: --issue '停车': no issue is named 停车; it names the issue category 停车: "
                                   "drawing its 4 issues under 2 distinct labels (one issue per place and report that raised "
                                   "it): 小区停车难 ×3, 车位不足"), proc.stderr
    from tests.test_view import page_data

    drawn = [n["label"] for n in page_data(page.read_text(encoding="utf-8"))["nodes"]]
    assert sorted(drawn) == ["小区停车难"] * 3 + ["车位不足"]  # the count said is the count drawn


# ---------------------------------------------------------------- issue 10: what the first run imports

def test_first_run_benchmark_reads_what_one_full_build_imports(tmp_path):
    """benchmarks/first_run.py's import line, from a real full build of the seed:
    it parses -X importtime's lines and the modules loaded, and none of the
    libraries issue 10 calls heavy is loaded by a one-report build."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("first_run", Path(__file__).resolve().parent.parent / "benchmarks" / "first_run.py")
    first_run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(first_run)
    line = first_run.imports_line(str(first_run.ROOT / "seeds"), tmp_path, None)
    head, heavy = line.splitlines()
    assert "largest:" in head and "numpy" in head and "rdflib" in head, line
    assert heavy.strip().startswith("issue 10's heavy libraries loaded: none (of networkx, scipy"), line
