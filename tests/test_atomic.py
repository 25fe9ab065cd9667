"""Outputs are written atomically: a build that fails or is killed while
writing leaves the previous graph.ttl byte for byte, and the next build
completes and sweeps the killed writer's temporaries."""

from __future__ import annotations

import os
import re
import resource
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph

import kg.fsutil as fsutil
from kg.fsutil import atomic_path, atomic_paths, atomic_write_text
from kg.namespaces import GOV
from kg.synthetic import write_corpus

TEMPORARY = re.compile(r"\.graph\.(ttl|nq)\.\d+\..+\.tmp")


def kg_build(work: Path, *folders: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", "build", *folders, "--out", "out", "--no-store", "--no-html"],
                            cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def finish(proc: subprocess.Popen) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=600)
    return proc.returncode, out, err


def temporaries(out: Path) -> list[str]:
    return [p.name for p in out.iterdir() if TEMPORARY.fullmatch(p.name)]


def report_files(turtle: Path) -> set[str]:
    return {str(o) for o in Graph().parse(turtle, format="turtle").objects(None, GOV.fileName)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A first corpus (`a`) and a bigger second one (`b`) of synthetic reports."""
    root = tmp_path_factory.mktemp("atomic")
    write_corpus(root / "a", 100, seed=1, damaged_share=0.0)
    write_corpus(root / "b", 600, seed=2, damaged_share=0.0)
    return root


@pytest.fixture
def previous(corpus, tmp_path) -> Path:
    """A work folder whose out/ holds the graph of corpus `a`."""
    for name in ("a", "b"):
        (tmp_path / name).symlink_to(corpus / name)
    code, _, err = finish(kg_build(tmp_path, "a"))
    assert (tmp_path / "out" / "graph.ttl").is_file(), err
    return tmp_path


def test_killed_while_writing_graph_leaves_the_previous_graph(previous):
    out = previous / "out"
    before = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.nq")}
    proc = kg_build(previous, "a", "b")
    caught = None
    while proc.poll() is None and caught is None:
        caught = next((name for name in temporaries(out) if (out / name).stat().st_size > 0), None)
        time.sleep(0.001)
    assert caught, "the build finished before graph.ttl was being written: grow the corpus"
    proc.send_signal(signal.SIGKILL)  # mid-write: the temporary holds part of the new graph
    finish(proc)

    assert {name: (out / name).read_bytes() for name in before} == before
    assert temporaries(out), "killed writers leave their temporaries (the next build removes them)"

    code, stdout, err = finish(kg_build(previous, "a", "b"))
    assert "Traceback" not in err, err
    built = int(re.search(r"built (\d+) report", stdout).group(1))
    assert len(report_files(out / "graph.ttl")) == built > len(report_files_of(before["graph.ttl"], previous))
    assert temporaries(out) == []


def report_files_of(turtle: bytes, work: Path) -> set[str]:
    copy = work / "previous.ttl"
    copy.write_bytes(turtle)
    return report_files(copy)


def _limit_file_size(limit: int):
    def apply() -> None:
        # EFBIG from write() instead of death by SIGXFSZ: a disk that fills up
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_write_failure_leaves_the_previous_graph(previous):
    out = previous / "out"
    before = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.nq")}
    # more than the cache and the old graph need, less than the new graph.nq
    limit = 2 * len(before["graph.nq"])
    code, _, err = finish(kg_build(previous, "a", "b", preexec_fn=_limit_file_size(limit)))

    assert code == 1 and "Traceback" not in err, err
    assert [line for line in err.splitlines() if line.startswith("kg build: error:") and "File too large" in line]
    assert {name: (out / name).read_bytes() for name in before} == before
    assert temporaries(out) == []
    # and the same build without the limit completes
    code, stdout, err = finish(kg_build(previous, "a", "b"))
    assert len(report_files(out / "graph.ttl")) == int(re.search(r"built (\d+) report", stdout).group(1))


# ------------------------------------------------------------------ fsutil on a real disk

def test_a_failed_write_keeps_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half of the new", encoding="utf-8")
            raise RuntimeError("the writer failed")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_files_written_together_all_reach_the_disk_before_any_is_replaced(tmp_path, monkeypatch):
    nq, ttl = tmp_path / "graph.nq", tmp_path / "graph.ttl"
    for path in (nq, ttl):
        path.write_text("old", encoding="utf-8")
    events = []
    real_fsync, real_replace = fsutil._fsync, os.replace
    monkeypatch.setattr(fsutil, "_fsync", lambda path: (events.append(("sync", Path(path).name)), real_fsync(path)))
    monkeypatch.setattr(fsutil.os, "replace", lambda a, b: (events.append(("replace", Path(b).name)), real_replace(a, b)))
    with atomic_paths(nq, ttl) as (tmp_nq, tmp_ttl):
        tmp_nq.write_text("new quads", encoding="utf-8")
        tmp_ttl.write_text("new triples", encoding="utf-8")
    assert (nq.read_text(encoding="utf-8"), ttl.read_text(encoding="utf-8")) == ("new quads", "new triples")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nq", "graph.ttl"]
    first_replace = events.index(("replace", "graph.nq"))
    synced_before = {name for kind, name in events[:first_replace] if kind == "sync"}
    assert len(synced_before) == 2 and all(n.endswith(".tmp") for n in synced_before)
    assert events[first_replace + 1] == ("replace", "graph.ttl")
    assert events[first_replace + 2:] == [("sync", tmp_path.name)]  # the folder, once, after both renames


def test_a_failed_write_of_files_written_together_replaces_none(tmp_path):
    nq, ttl = tmp_path / "graph.nq", tmp_path / "graph.ttl"
    nq.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_paths(nq, ttl) as (tmp_nq, tmp_ttl):
            tmp_nq.write_text("new", encoding="utf-8")
            raise RuntimeError("the writer of graph.ttl failed")
    assert nq.read_text(encoding="utf-8") == "old" and not ttl.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nq"]


def test_permissions_are_the_old_files_or_the_umasks(tmp_path):
    fresh = tmp_path / "fresh.ttl"
    old_umask = os.umask(0o022)
    try:
        atomic_write_text(fresh, "x")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # not mkstemp's 0600: a web server must read graph.html

    kept = tmp_path / "kept.ttl"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o640)
    atomic_write_text(kept, "new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


def test_temporaries_of_dead_writers_are_removed_and_live_ones_kept(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)  # that process has exited
    orphan = tmp_path / f".graph.ttl.{dead_pid}.abc.tmp"
    live = tmp_path / f".graph.ttl.{os.getppid()}.def.tmp"  # our parent is alive
    for path in (orphan, live):
        path.write_text("partial", encoding="utf-8")
    atomic_write_text(tmp_path / "graph.ttl", "new")
    assert not orphan.exists() and live.exists()
