"""NEWCOMER49: invented reports of session 49's newcomer, and what they found.

1. A city, district or town named X城 (聊城市, 东城区, 赤城镇, 古城镇) written before the place
   inside it: its type word only seemed to end a common word (城市, 城区, 城镇), so 聊城市东昌府区
   was one district, 西城区什刹海街道 one subdistrict and 蓬溪县赤城镇石佛村 a village
   赤城镇石佛村 in no town (`place_segments._named_cheng`).
2. A copy of a reports folder (`cp -r r r2`) built under new settings (`--base`), whose manifest
   keeps no report's bytes: the two files' bytes tell whether it is the same report, so the copy
   replaces it and another report of the same name is refused, the first kept
   (`build._other_report`, `build._copied_folder`).
"""

import pytest

from tests.extraction import facts_of, parent_name, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("text, place, parent, grandparent", [
    ("2024年5月13日，县委书记何建平来到蓬溪县赤城镇石佛村，走访慰问困难群众。\n", "石佛村", "赤城镇", "蓬溪县"),
    ("2024年5月13日，聊城市东昌府区区长刘东来到古楼街道光明社区。\n", "东昌府区", "聊城市", None),
    ("2024年5月13日，镇长王强来到古城镇古城社区。\n", "古城社区", "古城镇", None),
    ("2024年5月13日，区长王强来到北京市西城区什刹海街道。\n", "什刹海街道", "西城区", "北京市"),
])
def test_a_unit_named_x_cheng_holds_the_place_after_it(text, place, parent, grandparent):
    facts = facts_of(text)
    assert parent_name(facts, place) == parent
    if grandparent:
        assert parent_name(facts, parent) == grandparent


def test_the_visit_is_to_the_village_in_its_town():
    facts = facts_of("2024年5月13日，县委书记何建平来到蓬溪县赤城镇石佛村。\n")
    assert visits(facts) == {("何建平", "石佛村")}


@pytest.mark.parametrize("part, named", [("聊城市", True), ("赤城镇", True), ("新城镇", True),
                                         ("北关片区城市", False), ("小城镇", False), ("大城市", False),
                                         ("县城镇", False), ("各城市", False), ("主城区", False)])
def test_which_x_cheng_is_a_name(part, named):
    from kg.extract.place_segments import _named_cheng
    assert _named_cheng(part, 1) is named


def test_a_work_named_with_a_common_word_is_not_cut():
    from kg.extract.place_segments import segment
    assert [s.text for s in segment("北关片区城市更新项目")] == ["北关片区城市更新项目"]


# ---------------------------------------------------------------- 2. a copied reports folder under new settings

REPORTS = {
    "a.txt": "2024年9月1日，青柳区副区长程思远来到青柳区白沙街道松涛社区，居民反映停车难。\n",
    "b.txt": "2024年9月2日，青柳区副区长苏和来到青柳区白沙街道竹影社区，居民反映积水。\n",
}
NEW_BASE = ("--base", "https://example.org/kg/")


def _folder(root, name, reports):
    folder = root / name
    folder.mkdir()
    for file, text in reports.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


def _built(tmp_path):
    from tests.conftest import run_kg
    first = _folder(tmp_path, "r", REPORTS)
    assert run_kg("build", first, "--out", tmp_path / "o", "--no-store", "--no-html").returncode == 0
    return first


@pytest.mark.parametrize("edit", [False, True])
def test_a_copied_folder_built_under_a_new_base_is_the_same_reports(tmp_path, edit):
    """2. Under new settings (`--base`, or a new extractor) the manifest keeps no report's
    bytes, so a copy of the folder built (`cp -r r r2`) was refused report by report as
    other reports of the same names, and the build then failed with `KeyError: 'stem'`."""
    import shutil

    from tests.conftest import run_kg
    shutil.copytree(_built(tmp_path), tmp_path / "r2")
    if edit:
        (tmp_path / "r2" / "b.txt").write_text(REPORTS["b.txt"].replace("积水", "路灯不亮"), encoding="utf-8")
    proc = run_kg("build", tmp_path / "r2", "--out", tmp_path / "o", "--no-store", "--no-html", *NEW_BASE)
    assert proc.returncode == 0 and "same key" not in proc.stderr and "KeyError" not in proc.stderr, proc.stderr
    graph = (tmp_path / "o" / "graph.ttl").read_text(encoding="utf-8")
    assert "example.org/kg/" in graph and ("路灯不亮" in graph) is edit


def test_another_report_of_the_same_name_under_a_new_base_is_refused_and_the_first_kept(tmp_path):
    from tests.conftest import run_kg
    _built(tmp_path)
    other = _folder(tmp_path, "s", {"b.txt": REPORTS["b.txt"].replace("积水", "路灯不亮"),
                                    "a.txt": REPORTS["a.txt"].replace("停车难", "噪音扰民")})
    proc = run_kg("build", other, "--out", tmp_path / "o", "--no-store", "--no-html", *NEW_BASE)
    assert proc.returncode != 0 and "another report with the same key 'b.txt'" in proc.stderr, proc.stderr
    assert "KeyError" not in proc.stderr
    graph = (tmp_path / "o" / "graph.ttl").read_text(encoding="utf-8")
    assert "积水" in graph and "停车难" in graph and "路灯不亮" not in graph and "example.org/kg/" in graph
