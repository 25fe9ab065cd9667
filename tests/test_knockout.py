"""scripts/knockout.py: a recorded catcher is a hint that speeds the check up, never its verdict."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "knockout.py"


def knockout(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), "--jobs", "1", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)


def test_a_stale_catcher_falls_back_to_the_whole_subset_and_is_recorded_anew(tmp_path):
    catchers = tmp_path / "catchers.tsv"
    catchers.write_text("data file kg/lexicons/post_titles.txt\ttests/test_analyse.py::no_such_test\n",
                        encoding="utf-8")
    run = knockout("--record", "--catchers", str(catchers), "--only", "post_titles.txt",
                   "--", "tests/test_analyse.py")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1/1 knockouts caught" in run.stdout
    recorded = dict(line.split("\t") for line in catchers.read_text(encoding="utf-8").splitlines()
                    if not line.startswith("#"))
    test = recorded["data file kg/lexicons/post_titles.txt"]
    assert test.startswith("tests/test_analyse.py::test_") and "[" not in test


def test_a_knockout_no_test_catches_is_reported_though_a_catcher_is_recorded(tmp_path):
    # the recorded test passes with the file emptied (it does not read it), and the
    # subset given finds nothing either: the hint must not make it count as caught
    catchers = tmp_path / "catchers.tsv"
    catchers.write_text("data file kg/lexicons/post_titles.txt\ttests/test_repair.py\n", encoding="utf-8")
    run = knockout("--catchers", str(catchers), "--only", "post_titles.txt", "--", "tests/test_repair.py")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "NOT CAUGHT data file kg/lexicons/post_titles.txt" in run.stdout


def test_a_data_files_tests_run_first_where_its_words_are_and_none_is_left_out():
    sys.path.insert(0, str(ROOT / "scripts"))
    from knockout import Knockout

    order = Knockout("data file", "kg/lexicons/visit_host_verbs.txt").test_order(ROOT)
    assert sorted(order) == sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("test_*.py"))
    lexicon = (ROOT / "kg/lexicons/visit_host_verbs.txt").read_text(encoding="utf-8").splitlines()
    words = {w for line in lexicon if not line.startswith("#") for w in line.split()}
    first, last = ((ROOT / order[i]).read_text(encoding="utf-8") for i in (0, -1))
    assert sum(w in first for w in words) > sum(w in last for w in words)
    assert Knockout("component", "visits").test_order(ROOT) == []  # pytest's own order
