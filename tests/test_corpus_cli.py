"""`kg build` as a long-running command: a progress bar on a terminal, and a
build killed half-way that the next build repairs."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

from kg.synthetic import READABLE_DAMAGE
from kg.synthetic import write_corpus as write_synthetic
from tests.conftest import ROOT, run_kg


def kg_command(*args) -> list[str]:
    return [sys.executable, "-m", "kg", *map(str, args)]


def test_progress_bar_on_a_terminal(tmp_path):
    write_synthetic(tmp_path / "reports", 40, seed=3, kinds=READABLE_DAMAGE)
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm-256color"}
    proc = subprocess.Popen(
        kg_command("build", tmp_path / "reports", "--out", tmp_path / "out", "--jobs", 1, "--no-store", "--no-html"),
        stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=env,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the terminal closed: the command is done
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(timeout=120) == 0  # damage without noise: every report has facts
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert "extracting reports" in screen and "━" in screen  # rich's bar
    assert "extracting reports 40/40 (" not in screen  # not the plain lines
    assert "built " in screen and "read 40 report file(s)" in screen


def test_a_killed_build_is_repaired_by_the_next(tmp_path):
    corpus = write_synthetic(tmp_path / "reports", 400, seed=11, kinds=READABLE_DAMAGE)[0].parent
    out = tmp_path / "out"
    proc = subprocess.Popen(
        kg_command("build", corpus, "--out", out, "--jobs", 1, "--no-store", "--no-html"),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, text=True,
    )
    # kill it mid-extraction, after the first progress line
    started = time.monotonic()
    line = proc.stderr.readline()
    assert "extracting reports" in line, line
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert time.monotonic() - started < 120
    again = run_kg("build", corpus, "--out", out, "--jobs", 1, "--no-store", "--no-html")
    assert again.returncode == 0, again.stderr
    fresh = tmp_path / "fresh"
    clean = run_kg("build", corpus, "--out", fresh, "--jobs", 1, "--no-store", "--no-html")
    assert clean.returncode == 0, clean.stderr
    assert clean.stdout.splitlines()[0] == again.stdout.splitlines()[0]
    for name in ("graph.ttl", "graph.nq"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes()
    assert not list(Path(out, "cache").glob("sort/*"))  # no run files left behind
