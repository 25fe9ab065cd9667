"""Faults newcomers met, left open by session 10: a closed pipe stopping a
build, options taken that the help refuses, SPARQL errors placed in the
query as given, hard wraps inside names, scratch stores left by killed
builds, clipped legends and long Cypher column names.  Every fixture is
invented; each test runs what a user runs (the `kg` command line or the API)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, run_kg


def _reports(folder, count: int) -> None:
    """`count` invented one-visit reports, one a day from 2023-06-01."""
    folder.mkdir()
    for day in range(1, count + 1):
        (folder / f"r{day:02}.txt").write_text(
            f"2023年6月{day}日，镇长周远帆来到青禾镇杏林村，村民反映水渠堵塞。\n", encoding="utf-8")


def _kg_into_closed_pipe(*args, lines: int = 1, stderr=subprocess.STDOUT):
    """Run `kg ARGS | head -LINES`: read LINES lines of what it prints, close
    the pipe, and return its exit code."""
    proc = subprocess.Popen([sys.executable, "-m", "kg", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=stderr, cwd=ROOT)
    for _ in range(lines):
        proc.stdout.readline()
    proc.stdout.close()
    return proc.wait(timeout=600)


# ---------------------------------------------------------------- 1: a closed pipe

def test_a_build_whose_reader_closed_the_pipe_finishes_and_exits_as_unix_tools_do(tmp_path):
    # 24 reports: progress lines are written (every tenth of the work) while the build runs
    _reports(tmp_path / "reports", 24)
    code = _kg_into_closed_pipe("build", tmp_path / "reports", "--out", tmp_path / "out", "-j1", "--no-store", "--no-html")
    assert code == 141, code  # 128 + SIGPIPE, as `yes | head -1`
    # the build is whole: the next one finds every report built and the graph up to date
    again = run_kg("build", tmp_path / "reports", "--out", tmp_path / "out", "-j1", "--no-store", "--no-html")
    assert again.returncode == 0, again.stderr
    assert "24 unchanged" in again.stdout and "the graph was already up to date" in again.stdout, again.stdout
    # and a reader closing stdout of kg export stops it quietly, the same way
    proc = subprocess.Popen([sys.executable, "-m", "kg", "export", "--out", tmp_path / "out", "--format", "nquads", "--to", "-"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.readline()
    proc.stdout.close()
    assert proc.wait(timeout=600) == 141
    assert proc.stderr.read() == b""


# ---------------------------------------------------------------- 2: options the help refuses

@pytest.mark.fast
@pytest.mark.parametrize("date, why", [("20240301", "not YYYY-MM-DD"), ("2024-W09-5", "not YYYY-MM-DD"),
                                       ("2024/03/01", "not YYYY-MM-DD"), ("2023-02-30", "no such day")])
def test_kg_build_takes_only_a_yyyy_mm_dd_date_and_builds_nothing_else(tmp_path, date, why):
    _reports(tmp_path / "reports", 1)
    done = run_kg("build", tmp_path / "reports", "--out", tmp_path / "out", "--date", date, "--no-store", "--no-html")
    assert done.returncode == 2, done
    assert done.stderr.startswith(f"kg build: error: --date '{date}': {why}"), done.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.fast
def test_the_api_takes_the_same_dates_as_kg_build(tmp_path):
    import datetime as dt

    import kg

    _reports(tmp_path / "reports", 1)
    with pytest.raises(ValueError, match="date= takes a YYYY-MM-DD date, not '20240301'"):
        kg.build_reports([tmp_path / "reports"], date="20240301")
    assert kg.build_reports([tmp_path / "reports"], date=" 2024-03-01 ").failures == []
    assert kg.api.as_date("2024-03-01") == dt.date(2024, 3, 1)


@pytest.mark.fast
@pytest.mark.parametrize("out", [" ", "\t", "\u3000", "a/ /b"])
def test_a_blank_output_name_is_refused_naming_the_option_and_nothing_is_made(tmp_path, out):
    _reports(tmp_path / "reports", 1)
    done = run_kg("build", "reports", "--out", out, "--no-store", "--no-html", cwd=tmp_path)
    assert done.returncode == 2, done
    assert done.stderr.startswith("kg build: error: --out ") and "only spaces" in done.stderr, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]


def test_every_option_naming_an_output_refuses_a_blank_name(tmp_path):
    import kg
    from kg.errors import UsageError

    _reports(tmp_path / "reports", 1)
    assert run_kg("build", "reports", "--out", "out", "--no-store", "--no-html", cwd=tmp_path).returncode == 0
    for args in (("view", "out", "--out", " "), ("export", "--out", "out", "--format", "turtle", "--to", " "),
                 ("load", "oxigraph", "--from", "out", "--store", " ")):
        done = run_kg(*args, cwd=tmp_path)
        option = args[args.index(" ") - 1]
        assert done.returncode == 2 and done.stderr.startswith(f"kg {args[0]}: error: {option} ' ': a name of only spaces"), done
    with pytest.raises(UsageError, match="out= ' ': a name of only spaces"):
        kg.build_reports([tmp_path / "reports"], out=" ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "reports"]
