"""What a demanding user hits on the command line (session 24), on the real
`kg` command line and real build folders:

1. `kg export OUT --to g.ttl`: the build folder first, as kg view, kg query
   and kg validate take it, is read as --from, every option kept.
2. `kg view --place 丰乐` draws 丰乐街道 (the name with its type word), not
   丰乐路街道 (a longer name) nor the places inside it, and says which.
3. `kg view --issue 停车` says it named the issue category, and which issues.
4. `kg view --focus 祁` (a surname) is refused as no one's name, listing the officials whose
   name starts with it (session 25: not those that merely contain it).
5. `kg view`/`kg validate` of a missing folder, a reports folder, a file:
   the path named, what it is, what to run.
8. The layout of a page of many small components (kg.views.layout): every
   node placed, apart, the same every time.

Fixtures are invented here (names, places of their own).
"""

from __future__ import annotations

import pytest

from tests.conftest import run_kg
from tests.test_view import page_data

pytestmark = pytest.mark.fast

# 丰乐路街道 is a longer name that starts with 丰乐, the core name of 丰乐街道
ROAD = ("2024年6月3日，岚山区区长祁远航来到丰乐路街道枫杨社区，察看加装电梯进展。"
        "居民反映小区停车难，祁远航要求街道尽快解决。\n")
PLAIN = ("2024年6月5日，岚山区副区长祁明澄来到丰乐街道竹溪社区，察看老旧小区改造。"
         "居民反映路灯不亮，祁明澄要求尽快修好。\n")


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    root = tmp_path_factory.mktemp("users24")
    (root / "reports").mkdir()
    (root / "reports" / "road.txt").write_text(ROAD, encoding="utf-8")
    (root / "reports" / "plain.txt").write_text(PLAIN, encoding="utf-8")
    proc = run_kg("build", root / "reports", "--out", root / "out", "--no-store")
    assert proc.returncode == 0, proc.stderr
    return root


def _drawn(page) -> set[str]:
    """The labels of the nodes a page draws (its JSON block; kg.views.html)."""
    return {n["label"] for n in page_data(page.read_text(encoding="utf-8"))["nodes"]}


# ---------------------------------------------------------------- 1. kg export OUT

def test_export_takes_the_build_folder_first(build, tmp_path):
    out = build / "out"
    proc = run_kg("export", out, "--format", "turtle", "--to", tmp_path / "x.ttl")
    assert proc.returncode == 0 and "note" not in proc.stderr, proc.stderr
    assert (tmp_path / "x.ttl").read_bytes() == (out / "graph.ttl").read_bytes()  # the union graph, as --from writes it
    # the format from the suffix, and --out as the file written (no "old spelling" note: the folder was given)
    assert run_kg("export", out, "--to", tmp_path / "g.nq").returncode == 0 and (tmp_path / "g.nq").stat().st_size
    proc = run_kg("export", out, "--out", tmp_path / "g.trig")
    assert proc.returncode == 0 and (tmp_path / "g.trig").is_file(), proc.stderr
    assert "old spelling" not in proc.stderr and f"with the build folder {out}" in proc.stderr, proc.stderr


def test_export_refuses_two_folders_and_a_file_given_first(build, tmp_path):
    proc = run_kg("export", build / "out", "--from", build / "reports", "--to", tmp_path / "x.ttl")
    assert proc.returncode == 2 and not (tmp_path / "x.ttl").exists()
    assert proc.stderr.strip() == (f"kg export: error: {build / 'out'} and --from {build / 'reports'}: two build folders to read; "
                                   f"give one (kg export {build / 'out'} --to {tmp_path / 'x.ttl'})"), proc.stderr
    mine = tmp_path / "mine.ttl"
    mine.write_text("mine\n", encoding="utf-8")
    proc = run_kg("export", mine, "--format", "turtle")
    assert proc.returncode == 2 and f"{mine}: is a file, not a build folder" in proc.stderr, proc.stderr
    assert mine.read_text(encoding="utf-8") == "mine\n"


# ---------------------------------------------------------------- 2. --place: the name with its type word wins

def test_place_core_name_wins_over_longer_names_and_says_which(build, tmp_path):
    page = tmp_path / "v.html"
    proc = run_kg("view", build / "out", "--place", "丰乐", "--depth", "0", "--out", page)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == ("kg view: warning: --place '丰乐': nothing is named 丰乐 exactly; drawing what contains it: "
                                   "丰乐街道 (the name with its type word; not drawn, longer names that contain it: 丰乐路街道)")
    assert _drawn(page) == {"丰乐街道"}  # not 丰乐路街道, nor 枫杨社区 (written 丰乐路街道枫杨社区)
    proc = run_kg("view", build / "out", "--place", "丰乐路", "--depth", "0", "--out", page)
    assert proc.returncode == 0 and _drawn(page) == {"丰乐路街道"}, proc.stderr
    # the exact name: drawn, nothing said
    proc = run_kg("view", build / "out", "--place", "丰乐路街道", "--depth", "0", "--out", page)
    assert proc.returncode == 0 and proc.stderr == "" and _drawn(page) == {"丰乐路街道"}, proc.stderr


def test_place_part_of_a_name_draws_what_contains_it(build, tmp_path):
    page = tmp_path / "v.html"
    proc = run_kg("view", build / "out", "--place", "杨社", "--depth", "0", "--out", page)
    assert proc.returncode == 0 and _drawn(page) == {"枫杨社区"}, proc.stderr
    assert "nothing is named 杨社 exactly; drawing what contains it: 枫杨社区" in proc.stderr


# ---------------------------------------------------------------- 3. --issue naming a category

def test_issue_category_name_is_said_with_its_issues(build, tmp_path):
    page = tmp_path / "v.html"
    for name in ("停车", "Parking"):
        proc = run_kg("view", build / "out", "--issue", name, "--depth", "0", "--out", page)
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr.strip() == (f"kg view: warning: --issue '{name}': no issue is named {name}; it names the issue "
                                       f"category 停车: drawing its 1 issue: 小区停车难"), proc.stderr
        assert _drawn(page) == {"小区停车难"}
    # an issue's own name: nothing said
    proc = run_kg("view", build / "out", "--issue", "小区停车难", "--depth", "0", "--out", page)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr


# ---------------------------------------------------------------- 4. --focus with a surname

def test_focus_on_a_surname_says_no_one_is_so_named(build, tmp_path):
    page = tmp_path / "v.html"
    proc = run_kg("view", build / "out", "--focus", "祁", "--out", page)
    assert proc.returncode == 2 and not page.exists()
    assert proc.stderr.strip() == ("kg view: error: --focus '祁': no one is named exactly 祁; officials whose name starts with it: "
                                   "祁明澄, 祁远航: give the full name"), proc.stderr
    # the start of one official's name draws that official, said (session 29: kg.person_names)
    proc = run_kg("view", build / "out", "--focus", "祁远", "--out", page)
    assert proc.returncode == 0 and "drawing 祁远航, the only official whose name starts with it" in proc.stderr, proc.stderr


# ---------------------------------------------------------------- 5. a path that is no build folder

@pytest.mark.parametrize("command", ["view", "validate"])
def test_a_path_that_is_no_build_folder_is_named_with_what_to_run(build, tmp_path, command):
    missing = tmp_path / "missing_folder"
    proc = run_kg(command, missing)
    assert proc.returncode == 2 and proc.stderr.strip() == (
        f"kg {command}: error: {missing}: does not exist, so it is not a build folder; "
        f"kg build REPORTS --out {missing} makes one there"), proc.stderr
    assert not missing.exists()
    proc = run_kg(command, build / "reports")
    assert proc.returncode == 2 and proc.stderr.strip() == (
        f"kg {command}: error: {build / 'reports'}: not a build folder (no manifest.json): it holds 2 report files; "
        f"kg build {build / 'reports'} --out OUT builds them, then give OUT"), proc.stderr
    proc = run_kg(command, build)  # a folder holding a build folder: named
    assert proc.returncode == 2 and f"but holds 1 build folder: {build / 'out'}; give one of them" in proc.stderr, proc.stderr
    proc = run_kg(command, build / "out" / "graph.tll")
    assert proc.returncode == 2 and f"{build / 'out' / 'graph.tll'}: no such file (kg {command} reads a graph file or a build folder)" in proc.stderr


# ---------------------------------------------------------------- 8. the layout of small components

def test_small_trees_are_laid_out_apart_and_the_same_every_time():
    import networkx as nx

    from kg.views.layout import SMALL_MAX_NODES, layout_components

    g = nx.Graph()
    for i in range(40):  # official - community - subdistrict, and lone pairs: the page's small components
        g.add_edges_from([(f"o{i}", f"c{i}"), (f"c{i}", f"s{i}")] if i % 2 else [(f"o{i}", f"c{i}")])
    g.add_edges_from([("x1", "x2"), ("x2", "x3"), ("x3", "x1")])  # a cycle: the spring layout
    pos = layout_components(g, lambda k: k[0] in "cs")
    assert set(pos) == set(g) and pos == layout_components(g, lambda k: k[0] in "cs")
    points = list(pos.values())
    closest = min(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 for i, a in enumerate(points) for b in points[i + 1:])
    assert closest >= 30, closest  # no two nodes on one another (SPACING is 60 px)
    # a three-node path around its place: the place between the two others
    (ox, oy), (cx, cy), (sx, sy) = pos["o1"], pos["c1"], pos["s1"]
    assert abs((ox + sx) / 2 - cx) < 1 and abs((oy + sy) / 2 - cy) < 1
    assert SMALL_MAX_NODES >= 3
