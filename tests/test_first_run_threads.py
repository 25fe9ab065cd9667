"""A small build's overlapped work (issue 10, session 18): the analyser's
model loads in a thread while the build reads and repairs its reports
(kg.analyse.preload), and its threads share the main malloc arena
(kg.stores.threads.shared_arena), so the overlap does not raise the peak.
Real components, invented sentences."""

from __future__ import annotations

import threading

import pytest

import kg.analyse as analyse
from kg.stores.threads import arena_shared, in_thread, shared_arena
from tests.test_users11 import _scratch_of, _terminated_while_filling, needs_scratch

SENTENCE = "2023年11月2日，镇长柏青来到松岗村，听取村民关于灌渠清淤的意见。"


@pytest.mark.fast
def test_a_preloaded_analyser_is_the_one_taken_and_tags_as_one_loaded_on_demand():
    analyse.release()
    analyse.preload("lac")
    taken = analyse.get_analyser("lac")
    assert taken is analyse.get_analyser("lac") and not analyse._LOADING
    preloaded_tags = taken.tag([SENTENCE])
    analyse.release()
    assert analyse.get_analyser("lac").tag([SENTENCE]) == preloaded_tags
    assert any(tag == "PER" for _, tag in preloaded_tags[0])


@pytest.mark.fast
def test_a_failed_preload_is_raised_where_the_analyser_is_wanted():
    analyse.preload("no-such-analyser")
    with pytest.raises(ValueError, match="unknown lexical analyser 'no-such-analyser'"):
        analyse.get_analyser("no-such-analyser")
    assert "no-such-analyser" not in analyse._LOADING


@pytest.mark.fast
def test_release_waits_for_a_load_in_flight_and_drops_it():
    analyse.release()
    analyse.preload("lac")
    analyse.release()
    assert not analyse._LOADING and not analyse._INSTANCES
    assert not any(t.name == "kg-load-lac" for t in threading.enumerate())


# a process that ends while the model loads: the script exits as soon as ONNX Runtime is being
# imported, then a little later each time, to land inside the session's set-up
ENDS_WHILE_LOADING = """
import sys, time
import kg.analyse as analyse
analyse.preload("lac")
while "onnxruntime" not in sys.modules:
    time.sleep(0.001)
time.sleep(float(sys.argv[1]))
"""


def test_a_process_ending_while_the_analyser_loads_exits_cleanly(tmp_path):
    """kg ending in the load's first half-second (Ctrl-C at a build's start) must end as
    Python ends, not abort: a daemon loader thread inside ONNX Runtime's session set-up
    at exit made C++ terminate ("terminate called without an active exception", -6)
    about one run in three (newcomer, session 43).  The loader is no daemon: the
    interpreter waits for it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "ends_while_loading.py"
    script.write_text(ENDS_WHILE_LOADING, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(analyse.__file__).parents[2])}
    for delay in (0, 0.05, 0.1, 0.15, 0.2) * 2:
        proc = subprocess.run([sys.executable, str(script), str(delay)], capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode == 0 and "terminate called" not in proc.stderr, (delay, proc.returncode, proc.stderr[-300:])


@pytest.mark.fast
def test_the_analyser_loads_in_a_thread_the_interpreter_waits_for():
    analyse.release()
    analyse.preload("lac")
    loader = next((t for t in threading.enumerate() if t.name == "kg-load-lac"), None)
    daemon = loader.daemon if loader else None
    analyse.release()
    assert daemon is False  # (None: the load was over before it was looked for; it takes ~0.2 s)


@pytest.mark.fast
def test_threads_share_one_arena_only_inside_shared_arena():
    assert not arena_shared()
    with shared_arena() as took:
        assert arena_shared() == took
        assert in_thread(sum, [1, 2, 3]).result() == 6
        with shared_arena():
            pass
        assert arena_shared() == took  # nested: the outer one still holds
    assert not arena_shared()


@pytest.mark.fast
def test_a_first_run_loads_the_model_in_a_thread_and_writes_the_cypher_store_in_one(tmp_path, monkeypatch):
    """kg.build starts the preload for a small in-process build, and the
    LadybugDB store of a small build is then written in a thread."""
    from kg.build import BuildOptions, build_corpus
    from kg.stores import ladybug_store

    analyse.release()
    started, written_in = [], []
    monkeypatch.setattr(analyse, "preload", lambda name=None, real=analyse.preload: (started.append(name), real(name)))
    real_write = ladybug_store.CypherSink._write
    monkeypatch.setattr(ladybug_store.CypherSink, "_write",
                        lambda self, *a: (written_in.append(threading.current_thread().name), real_write(self, *a))[1])
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "c.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    result = build_corpus([reports], BuildOptions(out=tmp_path / "out", html=False))
    assert not result.failures and result.stats.counts["officials"] == 1
    assert started == [None] and written_in and written_in[0] != threading.main_thread().name
    assert (tmp_path / "out" / "store" / "ladybug.db").is_file() and not arena_shared()


@needs_scratch
def test_a_build_ended_while_its_cypher_store_is_written_in_a_thread_removes_the_scratch_copy(tmp_path):
    """SIGTERM while the small LadybugDB store is filled in its thread: the build
    waits for that thread, which removes its folder in /dev/shm, and exits 143."""
    proc, err, _, seen = _terminated_while_filling(tmp_path, (), ("kg-ladybug-",), attempts=8)
    assert seen, "the build never filled its LadybugDB store in /dev/shm"
    assert proc.returncode == 143, (proc.returncode, err)
    assert _scratch_of(proc.pid) == []
