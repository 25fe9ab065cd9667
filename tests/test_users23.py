"""What a demanding user hits on the command line (session 23), on the real
`kg` command line and a real build folder:

1. `kg view out --focus 王建` when only 王建设 is in the graph is refused,
   naming 王建设 (another person is never drawn in the one asked for's
   place); an exact name wins over names containing it; `--place` and
   `--issue` given part of a name draw what contains it and say which.
2. `kg export --from out --to FILE` without --format takes the format from
   FILE's suffix; a suffix no format has (`g.nqads`, `g.tll`) is refused,
   naming the accepted suffixes and the one likeliest meant, and nothing is
   written or replaced.

Fixtures are invented here (names, places of their own).
"""

from __future__ import annotations

import pytest
import rdflib

from tests.conftest import run_kg

pytestmark = pytest.mark.fast

# two officials, one's name the start of the other's; places of their own
LONGER = ("2024年4月2日，青岚区区长车明远来到桐柏街道芦荻居民区，察看加装电梯进展。"
          "居民反映小区停车难，车明远要求街道尽快解决。\n")
SHORTER = ("2024年4月9日，青岚区副区长车明来到桐柏街道白沙社区，察看老旧小区改造。"
           "居民反映路灯不亮，车明要求尽快修好。\n")


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """Two build folders with their pages: `one` holds 车明远 only, `both` 车明远 and 车明."""
    root = tmp_path_factory.mktemp("users23")
    for name, texts in (("one", {"longer.txt": LONGER}), ("both", {"longer.txt": LONGER, "shorter.txt": SHORTER})):
        (root / f"{name}-reports").mkdir()
        for file, text in texts.items():
            (root / f"{name}-reports" / file).write_text(text, encoding="utf-8")
        proc = run_kg("build", root / f"{name}-reports", "--out", root / name, "--no-store")
        assert proc.returncode == 0, proc.stderr
    return root


def _drawn(page) -> set[str]:
    """The labels of the nodes a page draws (its JSON block; kg.views.html)."""
    import json
    import re

    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page.read_text(encoding="utf-8"), re.S).group(1))
    return {n["label"] for n in data["nodes"]}


# ---------------------------------------------------------------- 1. kg view: a part of a name is not a person

def test_focus_on_part_of_a_name_is_refused_naming_who_has_it(builds, tmp_path):
    page = tmp_path / "v.html"
    proc = run_kg("view", builds / "one", "--focus", "明远", "--out", page)
    assert proc.returncode == 2 and not page.exists(), proc.stderr
    assert proc.stderr.strip() == ("kg view: error: --focus '明远': no official is named 明远; the name is part of 车明远, "
                                   "another person: give the full name (--focus 车明远)"), proc.stderr
    # the start of one official's name, the surname alone too, draws that official and says so
    # (session 29: the rule kg query's official= follows, kg.person_names)
    for typed in ("车明", "车"):
        proc = run_kg("view", builds / "one", "--focus", typed, "--out", page)
        assert proc.returncode == 0 and page.exists(), proc.stderr
        assert proc.stderr.strip() == (f"kg view: warning: --focus '{typed}': nothing is named {typed} exactly; drawing 车明远, "
                                       "the only official whose name starts with it"), proc.stderr


def test_focus_exact_name_wins_over_longer_names(builds, tmp_path):
    page = tmp_path / "v.html"
    proc = run_kg("view", builds / "both", "--focus", "车明", "--depth", "1", "--out", page)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    drawn = _drawn(page)
    assert "车明" in drawn and "车明远" not in drawn, drawn


def test_place_given_in_part_is_drawn_and_said(builds, tmp_path):
    page = tmp_path / "v.html"
    proc = run_kg("view", builds / "both", "--place", "芦荻", "--depth", "1", "--out", page)
    assert proc.returncode == 0, proc.stderr
    assert ("kg view: warning: --place '芦荻': nothing is named 芦荻 exactly; drawing what contains it: 芦荻居民区"
            in proc.stderr.splitlines()), proc.stderr
    assert "芦荻居民区" in _drawn(page)
    # the full name: no warning
    proc = run_kg("view", builds / "both", "--place", "芦荻居民区", "--out", page)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr


# ---------------------------------------------------------------- 2. kg export: the format from the suffix, or an error

def test_export_takes_the_format_from_the_suffix(builds, tmp_path):
    for name, fmt in (("g.nquads", "nquads"), ("g.TTL", "turtle"), ("g.trig", "trig")):
        proc = run_kg("export", "--from", builds / "both", "--to", tmp_path / name)
        assert proc.returncode == 0 and proc.stderr.startswith(f"{fmt}: "), proc.stderr
        data = rdflib.Dataset()
        data.parse(tmp_path / name, format={"turtle": "turtle", "nquads": "nquads", "trig": "trig"}[fmt])
        assert len(data)
    # a file of that suffix govkg did not write is not replaced (the format chosen by the suffix or not)
    mine = tmp_path / "mine.ttl"
    mine.write_text("@prefix : <http://example.org/> .\n", encoding="utf-8")
    proc = run_kg("export", "--from", builds / "both", "--to", mine)
    assert proc.returncode == 2 and "a file is already there that govkg did not write" in proc.stderr, proc.stderr
    assert mine.read_text(encoding="utf-8") == "@prefix : <http://example.org/> .\n"


def test_export_refuses_a_misspelt_suffix_and_writes_nothing(builds, tmp_path):
    kept = tmp_path / "g.tll"
    kept.write_text("mine\n", encoding="utf-8")  # a file already there stays as it was
    for name, meant in (("g.nqads", ".nquads"), ("g.tll", ".ttl"), ("g.grapml", ".graphml")):
        proc = run_kg("export", "--from", builds / "both", "--to", tmp_path / name)
        assert proc.returncode == 2, proc.stderr
        line = proc.stderr.strip()
        assert line.startswith(f"kg export: error: --to {tmp_path / name}: {name[1:]} is no export format's suffix "
                               f"(did you mean {meant}?), and no --format was given") or meant in line, line
        assert ".ttl/.turtle (turtle), .trig (trig), .nq/.nquads (nquads)" in line and "nothing was written" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.tll"] and kept.read_text(encoding="utf-8") == "mine\n"
    # no suffix, and standard output, need --format
    proc = run_kg("export", "--from", builds / "both", "--to", tmp_path / "graph")
    assert proc.returncode == 2 and "it has no suffix, and no --format was given" in proc.stderr
    proc = run_kg("export", "--from", builds / "both")
    assert proc.returncode == 2 and proc.stdout == "" and "--format is needed to write to standard output" in proc.stderr
    # an explicit --format writes the name as given (the user's choice), with the warning it always had
    proc = run_kg("export", "--from", builds / "both", "--format", "turtle", "--to", tmp_path / "g.txt")
    assert proc.returncode == 0 and "is no turtle suffix" in proc.stderr, proc.stderr


def test_export_folder_given_first_says_the_spelling_with_the_file(builds, tmp_path):
    # session 24: the build folder first is read as --from (tests/test_users24.py), every option kept
    proc = run_kg("export", builds / "both", "--to", tmp_path / "g.nq")
    assert proc.returncode == 0 and (tmp_path / "g.nq").exists(), proc.stderr
