"""What a newcomer met in session 31, through the real `kg build` / `kg query` /
`kg view`, `kg.build_texts` and `Build.query`, and the real stores:

6. a byte copy left out of a build became a report of its own once the
   report it copied was edited: every fact of the earlier version counted
   again, with no warning;

Every fixture is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from tests.conftest import run_kg


def build(folder: Path, out: Path, *more) -> "subprocess.CompletedProcess":  # noqa: F821
    proc = run_kg("build", folder, "--out", out, "--no-store", "--no-html", *more)
    assert proc.returncode == 0, proc.stderr
    return proc


def warnings_of(proc) -> list[str]:
    return [line.removeprefix("kg build: warning: ") for line in proc.stderr.splitlines() if line.startswith("kg build: warning: ")]


def summary_counts(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))["summary"]["counts"]


# ---------------------------------------------------------------- 6. a copy of a report edited since

REPORT = ("2024年4月9日，区长韩立新来到青禾街道柳湾社区调研。居民反映小区停车难。"
          "随后，韩立新来到青禾街道桂园社区，居民反映路灯损坏。\n")


@pytest.fixture
def copied(tmp_path):
    """`r.txt` and its byte copy `r (1).txt`, built once into `out`."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("r.txt", "r (1).txt"):
        (folder / name).write_text(REPORT, encoding="utf-8")
    build(folder, tmp_path / "out")
    return folder, tmp_path / "out"


def test_a_copy_stays_left_out_after_its_report_is_edited(copied):
    folder, out = copied
    before = summary_counts(out)
    (folder / "r.txt").write_text(REPORT.replace("调研", "走访"), encoding="utf-8")
    proc = build(folder, out)
    assert "graph: 0 report(s) added, 1 replaced by a new version (r.txt), 0 removed" in proc.stdout
    assert summary_counts(out) == before  # no visit or issue counted twice
    assert warnings_of(proc) == [
        f"{folder / 'r (1).txt'}: left out before as a copy of {folder / 'r.txt'}, which has changed since; this file has "
        f"not: left out as an earlier version of r.txt (edit it to build it as a report of its own, or delete it)"]
    # and so on every later build, the copy still unedited
    again = build(folder, out)
    assert warnings_of(again) == warnings_of(proc)
    assert "0 report(s) added" in again.stdout


def test_an_edited_copy_is_a_report_of_its_own(copied):
    # precision: a copy whose own bytes changed is no longer the copy it was
    folder, out = copied
    (folder / "r.txt").write_text(REPORT.replace("调研", "走访"), encoding="utf-8")
    build(folder, out)
    (folder / "r (1).txt").write_text(REPORT.replace("青禾街道柳湾社区", "白石街道竹溪社区"), encoding="utf-8")
    proc = build(folder, out)
    assert "graph: 1 report(s) added (r (1).txt)" in proc.stdout
    assert warnings_of(proc) == []


def test_a_copy_whose_report_left_the_graph_is_built(copied):
    # precision: once the report it copied is removed, the copy is the only version there is
    folder, out = copied
    (folder / "r.txt").write_text(REPORT.replace("调研", "走访"), encoding="utf-8")
    build(folder, out)
    removed = run_kg("remove", "r.txt", "--from", out)
    assert removed.returncode == 0, removed.stderr
    (folder / "r.txt").unlink()
    proc = build(folder, out)
    assert "graph: 1 report(s) added (r (1).txt)" in proc.stdout
    assert warnings_of(proc) == []


def test_a_copy_equal_again_to_its_report_is_told_as_before(copied):
    folder, out = copied
    (folder / "r.txt").write_text(REPORT.replace("调研", "走访"), encoding="utf-8")
    build(folder, out)
    (folder / "r.txt").write_text(REPORT, encoding="utf-8")  # the edit undone
    proc = build(folder, out)
    assert warnings_of(proc) == [f"{folder / 'r (1).txt'}: the same bytes as {folder / 'r.txt'}: built once, as r.txt "
                                 f"(the shorter name), r (1).txt left out"]
