"""Incremental, idempotent builds: unchanged reports are not extracted again,
a changed report replaces exactly its own named graph, `kg remove` takes a
report out, and parallel builds give the same bytes."""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

from kg.synthetic import READABLE_DAMAGE
from kg.synthetic import write_corpus as write_synthetic
from tests.conftest import run_kg
from tests.plugins.corpus import build

OUTPUTS = ("graph.ttl", "graph.nq", "manifest.json")


def snapshot(out: Path) -> dict[str, tuple[bytes, int]]:
    return {name: ((out / name).read_bytes(), (out / name).stat().st_mtime_ns) for name in OUTPUTS}


def graphs(out: Path) -> dict[str, set[str]]:
    """Named graph IRI -> its statements, from graph.nq."""
    found = defaultdict(set)
    for line in (out / "graph.nq").read_text(encoding="utf-8").splitlines():
        body, graph = line[:-2].rsplit(" ", 1)
        found[graph].add(body)
    return found


def report_graph_iri(out: Path, name: str) -> str:
    (iri,) = [g for g, lines in graphs(out).items() if any(f'ontology#fileName> "{name}"' in line for line in lines)]
    return iri


def test_unchanged_rebuild_does_no_work_and_changes_nothing(linking_copy):
    reports, out = linking_copy
    before = snapshot(out)
    stdout = build(reports, out)
    assert "0 extracted, 6 unchanged" in stdout and "already up to date" in stdout
    assert snapshot(out) == before  # same bytes, not even rewritten


def test_touched_but_unchanged_report_is_not_extracted(linking_copy):
    reports, out = linking_copy
    before = (out / "graph.ttl").read_bytes()
    os.utime(reports / "r1.txt", ns=(1, 1))
    assert "0 extracted, 6 unchanged" in build(reports, out)
    assert (out / "graph.ttl").read_bytes() == before


def test_changed_report_replaces_exactly_its_own_graph(linking_copy):
    reports, out = linking_copy
    before = graphs(out)
    r4 = report_graph_iri(out, "r4.txt")
    text = (reports / "r4.txt").read_text(encoding="utf-8")
    (reports / "r4.txt").write_text(text.replace("停车难", "垃圾分类"), encoding="utf-8")
    assert "1 extracted, 5 unchanged" in build(reports, out)
    after = graphs(out)
    assert set(after) == set(before)
    changed = {g for g in before if before[g] != after[g]}
    assert changed == {r4}
    assert any("垃圾分类" in line for line in after[r4]) and not any("停车难" in line for line in after[r4])


def test_remove_takes_a_report_and_its_entities_out(linking_copy):
    reports, out = linking_copy
    before = graphs(out)
    r6 = report_graph_iri(out, "r6.txt")
    proc = run_kg("remove", "r6.txt", "--from", out)
    assert proc.returncode == 0, proc.stderr
    assert "removed 1 report(s): r6.txt" in proc.stdout
    after = graphs(out)
    assert r6 not in after
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "张强" not in turtle and "not merged" not in turtle  # the ambiguous 新华居民区 went with it
    for graph in set(after) - {r6}:
        if not graph.endswith("graph/entities>"):
            assert after[graph] == before[graph]
    # a rebuild of the folder (r6.txt is still on disk) brings it back
    assert "1 extracted" in build(reports, out)
    assert graphs(out) == before


def test_remove_says_a_report_still_on_disk_comes_back_with_the_next_build(linking_copy):
    """A removal lasts until the next build of the folder, which reads the file
    again: `kg remove` says so for a file still there, and not for one deleted."""
    reports, out = linking_copy
    proc = run_kg("remove", "r2.txt", "--from", out)
    assert proc.returncode == 0, proc.stderr
    assert f"kg remove: warning: r2.txt is still in {reports.resolve()}{os.sep}: the next build of that folder adds it back" in proc.stderr
    (reports / "r3.txt").unlink()
    proc = run_kg("remove", "r3.txt", "--from", out)
    assert proc.returncode == 0 and "removed 1 report(s): r3.txt" in proc.stdout
    assert "still in" not in proc.stderr, proc.stderr
    assert "1 extracted" in build(reports, out)  # r2.txt came back, as said


def test_remove_of_an_unknown_report_says_so(linking_copy):
    _, out = linking_copy
    proc = run_kg("remove", "nope.txt", "--from", out)
    assert proc.returncode == 2
    assert "no report 'nope.txt'" in proc.stderr


def test_remove_from_a_folder_that_holds_no_build_writes_nothing_there(tmp_path):
    missing = tmp_path / "typo"
    proc = run_kg("remove", "r1.txt", "--from", missing)
    assert proc.returncode == 2 and "not a build folder" in proc.stderr
    assert not missing.exists()  # no folder (nor lock file) left behind by a mistyped --out


def test_a_build_adds_to_the_folder_and_a_deleted_file_is_pointed_out(linking_copy, tmp_path):
    reports, out = linking_copy
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "r7.txt").write_text("2025年6月1日，东湖区区长赵刚来到东湖街道山一居民区，听取居民关于停车难的意见建议。\n", encoding="utf-8")
    stdout = build(extra, out)
    assert "built 7 report(s)" in stdout and "1 extracted" in stdout
    (reports / "r5.txt").unlink()
    proc = run_kg("build", reports, "--out", out, "--no-store", "--no-html")
    # the report stays, and a warning line (stderr) names it and the command that takes it out
    assert "built 7 report(s)" in proc.stdout and "r5.txt: built before, and its file is gone" in proc.stderr
    assert f"kg remove r5.txt --from {out}" in proc.stderr


def test_changed_settings_extract_everything_again(linking_copy):
    reports, out = linking_copy
    assert "6 extracted" in build(reports, out, "--base", "https://example.org/id/")
    # --date is no setting of the folder: reports that give their own year are not extracted again
    assert "0 extracted, 6 unchanged" in build(reports, out, "--base", "https://example.org/id/", "--date", "2023-01-01")


def test_failures_are_listed_with_reasons_and_not_retried_unchanged(linking_copy):
    reports, out = linking_copy
    (reports / "empty.txt").write_bytes(b"")
    (reports / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    proc = run_kg("build", reports, "--out", out, "--no-store", "--no-html")
    assert proc.returncode == 1
    assert "2 failed" in proc.stdout and "empty file" in proc.stderr and "PNG" in proc.stderr
    assert "built 6 report(s)" in proc.stdout
    # each failure once: on stderr, not repeated in the summary
    assert proc.stderr.count("empty.txt") == 1 and "empty.txt" not in proc.stdout
    again = run_kg("build", reports, "--out", out, "--no-store", "--no-html")
    assert "0 extracted" in again.stdout and "unchanged since the last build" in again.stderr


def test_parallel_build_gives_the_same_bytes_and_plain_progress(tmp_path):
    corpus = tmp_path / "synthetic"
    write_synthetic(corpus, 48, seed=5, kinds=READABLE_DAMAGE)
    outs = {}
    for jobs in (1, 2):
        outs[jobs] = tmp_path / f"j{jobs}"
        proc = run_kg("build", corpus, "--out", outs[jobs], "--jobs", jobs, "--no-store", "--no-html")
        assert proc.returncode == 0, proc.stderr  # damage without noise: every report has facts
        assert "extracting reports 48/48" in proc.stderr  # plain lines: stderr is not a terminal
    for name in ("graph.ttl", "graph.nq"):
        assert (outs[1] / name).read_bytes() == (outs[2] / name).read_bytes()


def test_a_manifest_entry_is_unchanged_until_its_file_is_touched_or_gone(tmp_path):
    """kg.corpus.manifest.unchanged: the one size-and-mtime check the planner and the copy finder share."""
    from kg.corpus.manifest import file_state, unchanged

    report = tmp_path / "a.txt"
    report.write_text("2025年6月1日，区长赵刚来到山一居民区。\n", encoding="utf-8")
    entry = file_state(report)
    assert unchanged(entry) and unchanged(entry, file_state(report))
    os.utime(report, ns=(entry["mtime_ns"] + 10**9, entry["mtime_ns"] + 10**9))
    assert not unchanged(entry) and not unchanged(entry, file_state(report))
    report.unlink()
    assert not unchanged(entry) and not unchanged({"size": 1})
