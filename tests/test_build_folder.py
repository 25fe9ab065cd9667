"""What a build leaves in its --out folder, as a newcomer meets it: no page
or store of an earlier build left beside a graph they no longer show, a
build killed half-way taken over by the next one, the same bytes under two
names built once.  Real `kg build` runs on invented reports."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_kg

REPORTS = {
    "a.txt": "2023年6月12日，副区长李清华来到西岭街道桂香居民区，走访慰问困难群众。居民反映小区停车难。\n",
    "b.txt": "2023年7月3日，区委书记陈雅文来到北塘街道枫林居民区，察看老旧小区改造。\n",
}


@pytest.fixture
def reports(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_no_html_and_no_store_remove_the_earlier_builds_page_and_stores(reports, tmp_path):
    out = tmp_path / "out"
    first = run_kg("build", reports / "a.txt", "--out", out)
    assert first.returncode == 0, first.stderr
    assert (out / "graph.html").is_file() and (out / "store" / "oxigraph").is_dir()
    (out / "my-notes.txt").write_text("mine", encoding="utf-8")  # the user's own file in the folder
    # the same graph again without the page: the page still shows it, and stays
    same = run_kg("build", reports / "a.txt", "--out", out, "--no-html")
    assert same.returncode == 0 and "removed" not in same.stderr and (out / "graph.html").is_file()

    second = run_kg("build", reports, "--out", out, "--no-html", "--no-store")
    assert second.returncode == 0, second.stderr
    lines = [line for line in second.stderr.splitlines() if "removed" in line]
    assert len(lines) == 1, second.stderr
    for gone in ("graph.html", "store/oxigraph", "store/ladybug.db"):
        assert str(out / gone) in lines[0]
    assert "--no-html" in lines[0] and "--no-store" in lines[0]
    assert not (out / "graph.html").exists() and not (out / "store").exists()
    assert (out / "my-notes.txt").read_text(encoding="utf-8") == "mine" and (out / "graph.ttl").is_file()
    assert set(json.loads((out / "manifest.json").read_text(encoding="utf-8"))["outputs"]) == {"turtle"}

    again = run_kg("build", reports, "--out", out)  # the page and stores come back, nothing extracted
    assert again.returncode == 0, again.stderr
    assert "0 extracted" in again.stdout and (out / "graph.html").is_file() and (out / "store" / "ladybug.db").exists()
