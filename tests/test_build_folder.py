"""What a build leaves in its --out folder, as a newcomer meets it: no page
or store of an earlier build left beside a graph they no longer show, a
build killed half-way taken over by the next one, the same bytes under two
names built once.  Real `kg build` runs on invented reports."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg

from kg.synthetic import synthetic_report
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


def _first_build_stopped(reports, out, stop) -> subprocess.CompletedProcess:
    """A first `kg build` into `out`, stopped by `stop(process)` once it holds
    the folder's lock (the lock file names it), i.e. mid-build."""
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", reports, "--out", out, "--jobs", "1"], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as a terminal's Ctrl-C reaches it
    lock, deadline = out / ".lock", time.monotonic() + 120
    while not (lock.is_file() and lock.read_text()) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert process.poll() is None, "the build ended before it could be stopped"
    stop(process)
    stdout, stderr = process.communicate(timeout=120)
    return subprocess.CompletedProcess(process.pid, process.returncode, stdout, stderr)  # args: its pid


# where a Ctrl-C may land during a lazy import: code compiled from a string (a dataclass's
# methods), and a class being created (Python 3.11 wraps it in a RuntimeError at __set_name__)
INTERRUPTED_COMMANDS = {
    "string code": "    exec('import os, signal, time\\nos.kill(os.getpid(), signal.SIGINT)\\nwhile True: time.sleep(0.01)')\n",
    "class creation": ("    class Named:\n"
                       "        def __set_name__(self, owner, name):\n"
                       "            os.kill(os.getpid(), signal.SIGINT)\n"
                       "            time.sleep(5)\n"
                       "    class Owner:\n"
                       "        attribute = Named()\n"),
}


@pytest.mark.fast
@pytest.mark.parametrize("body", INTERRUPTED_COMMANDS.values(), ids=INTERRUPTED_COMMANDS.keys())
def test_an_interrupt_wherever_it_lands_exits_130(tmp_path, body):
    """Where the interrupt lands must not change how kg ends.  CPython marks a
    KeyboardInterrupt that leaves code compiled from a string and, under `python -m`,
    ends by SIGINT at exit even when kg caught it (a parent saw -2, not 130); Python
    3.11 turns one raised in `__set_name__` into a RuntimeError (kg said "error").
    The command itself is interrupted here, inside such code."""
    (tmp_path / "interrupted_kg.py").write_text(
        "import os, signal, time, kg.cli, kg.commands.validate as command\n"
        "def run(args):\n" + body +
        "command.run = run\n"
        "raise SystemExit(kg.cli.main(['validate', 'graph.ttl']))\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(Path(kg.__file__).parent.parent)])}
    proc = subprocess.run([sys.executable, "-m", "interrupted_kg"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as a terminal's Ctrl-C reaches it
    assert proc.returncode == 130, (proc.returncode, proc.stderr)
    assert proc.stderr.strip() == "kg validate: interrupted", proc.stderr


# a Ctrl-C while Python imports a module: sent when the import of `module` starts
INTERRUPTED_IMPORT = """
import os, runpy, signal, sys
MODULE = sys.argv[1]
class Interrupt:
    def find_spec(self, name, path, target=None):
        if name == MODULE:
            os.kill(os.getpid(), signal.SIGINT)
        return None
sys.meta_path.insert(0, Interrupt())
sys.argv[1:] = ["validate", "graph.ttl"]
runpy.run_module("kg", run_name="__main__")
"""


@pytest.mark.fast
@pytest.mark.parametrize("module, said", [("kg.cli", "kg: interrupted"), ("kg.commands.validate", "kg validate: interrupted")],
                         ids=["importing-kg", "importing-the-command"])
def test_an_interrupt_while_kg_is_imported_exits_130_in_a_line(tmp_path, module, said):
    """Before kg's handler runs (Python importing kg, or the command's module): 130 and one
    line, no traceback."""
    script = tmp_path / "interrupted_import.py"
    script.write_text(INTERRUPTED_IMPORT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(kg.__file__).parent.parent)}
    proc = subprocess.run([sys.executable, str(script), module], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # (a background job ignores it)
    assert proc.returncode == 130, (proc.returncode, proc.stderr)
    assert proc.stderr.strip() == said, proc.stderr


@pytest.mark.parametrize("stop, code", [(lambda p: p.send_signal(signal.SIGINT), 130), (lambda p: p.kill(), -9)],
                         ids=["ctrl-c", "kill-9"])
def test_a_first_build_stopped_half_way_is_taken_over_by_the_next(reports, tmp_path, stop, code):
    out = tmp_path / "out"
    stopped = _first_build_stopped(reports, out, stop)
    # 130 from kg's handler, wherever the interrupt landed (kg.cli.forget_unhandled_interrupt)
    assert stopped.returncode == code, stopped.stderr
    if code == 130:
        assert stopped.stderr.strip().splitlines() == ["kg build: interrupted; files written so far are whole: run it again to finish"]
    assert not (out / "manifest.json").exists()  # nothing was built: the folder holds the lock (and cache)
    rerun = run_kg("build", reports, "--out", out, "--no-store", "--no-html")
    assert rerun.returncode == 0, rerun.stderr
    lines = [line for line in rerun.stderr.splitlines() if "did not finish" in line]
    assert len(lines) == 1 and "taken over" in lines[0] and f"pid {stopped.args}," in lines[0], rerun.stderr
    assert "built 2 report(s)" in rerun.stdout and (out / ".lock").read_text() == ""
    again = run_kg("build", reports, "--out", out, "--no-store", "--no-html")  # a finished build leaves nothing to say
    assert again.returncode == 0 and again.stderr == "", again.stderr


def test_a_copy_under_another_name_is_built_once(reports, tmp_path):
    copy = reports / "a (1).txt"
    copy.write_bytes((reports / "a.txt").read_bytes())
    out = tmp_path / "out"
    built = run_kg("build", reports, "--out", out, "--no-store", "--no-html")
    assert built.returncode == 0, built.stderr
    assert built.stderr.splitlines() == [f"kg build: warning: {copy}: the same bytes as {reports / 'a.txt'}: built once, as a.txt "
                                         f"(the shorter name), a (1).txt left out"]
    assert "built 2 report(s)" in built.stdout and ", 2 visits," in built.stdout
    assert set(json.loads((out / "manifest.json").read_text(encoding="utf-8"))["reports"]) == {"a.txt", "b.txt"}

    # a copy given on its own, of a report the folder's graph already holds: kept out too
    alone = tmp_path / "elsewhere" / "a-copy.txt"
    alone.parent.mkdir()
    alone.write_bytes(copy.read_bytes())
    again = run_kg("build", alone, "--out", out, "--no-store", "--no-html")
    assert again.returncode == 0, again.stderr
    assert f"{alone}: the same bytes as {reports / 'a.txt'}: built once, as a.txt" in again.stderr
    assert "built 2 report(s)" in again.stdout and "0 extracted" in again.stdout


def test_identical_files_that_are_no_report_each_get_their_own_error(reports, tmp_path):
    """Empty, blank or binary files with the same bytes are not copies of one
    another (nothing of them is built): each is a failure with its own reason,
    and the counts add up."""
    for name, data in {"e1.txt": b"", "e2.txt": b"", "w1.txt": b" \n\n", "w2.txt": b" \n\n",
                       "x1.txt": b"\x00\x07PK\x00\xff", "x2.txt": b"\x00\x07PK\x00\xff"}.items():
        (reports / name).write_bytes(data)
    out = tmp_path / "out"
    built = run_kg("build", reports, "--out", out, "--no-store", "--no-html")
    assert built.returncode == 1, built.stderr
    assert "same bytes" not in built.stderr and "same file" not in built.stderr, built.stderr
    lines = built.stderr.splitlines()
    for name in ("e1.txt", "e2.txt"):
        assert f"kg build: error: {reports / name}: empty file" in lines, built.stderr
    for name in ("w1.txt", "w2.txt"):
        assert f"kg build: error: {reports / name}: empty file (only spaces and line breaks)" in lines, built.stderr
    for name in ("x1.txt", "x2.txt"):
        assert any(line.startswith(f"kg build: error: {reports / name}: binary file") for line in lines), built.stderr
    assert "read 8 report file(s)" in built.stdout and "2 extracted, 0 unchanged, 6 failed" in built.stdout, built.stdout


def test_a_file_read_through_a_narrower_folder_then_a_wider_one_is_keyed_as_the_wider_folder_keys_it(tmp_path):
    """`kg build nest/2024` keys nest/2024/a.txt `a.txt`; `kg build nest` then
    keys it `2024/a.txt`, as a fresh build of nest would (the same graph), with
    no "not given" line about the old key; building the narrower folder again
    keeps the wider key."""
    nest = tmp_path / "nest"
    (nest / "2024").mkdir(parents=True)
    (nest / "2025").mkdir()
    (nest / "2024" / "a.txt").write_text(REPORTS["a.txt"], encoding="utf-8")
    (nest / "2025" / "b.txt").write_text(REPORTS["b.txt"], encoding="utf-8")
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    assert run_kg("build", nest / "2024", "--out", out, "--no-store", "--no-html").returncode == 0
    wider = run_kg("build", nest, "--out", out, "--no-store", "--no-html")
    assert wider.returncode == 0, wider.stderr
    assert wider.stderr.splitlines() == [f"kg build: warning: {nest / '2024' / 'a.txt'}: built before as a.txt (read through a "
                                         f"narrower folder): now keyed 2024/a.txt, as a build of the wider folder keys it"]
    assert "removed: a.txt (the same file, now keyed 2024/a.txt)" in wider.stdout
    assert run_kg("build", nest, "--out", fresh, "--no-store", "--no-html").returncode == 0
    nquads = lambda folder: sorted((folder / "graph.nq").read_text(encoding="utf-8").splitlines())  # noqa: E731
    assert nquads(out) == nquads(fresh)

    narrower = run_kg("build", nest / "2024", "--out", out, "--no-store", "--no-html")
    assert narrower.returncode == 0 and "0 extracted, 1 unchanged" in narrower.stdout, narrower.stdout
    assert "2024/a.txt" not in narrower.stderr and "same file" not in narrower.stderr, narrower.stderr
    assert nquads(out) == nquads(fresh)


def test_a_renamed_report_is_taken_as_moved_not_built_twice(reports, tmp_path):
    """A report renamed (to put its date in the name, say) is the same report:
    the old name leaves the graph, with one warning naming both files, and
    no fact is counted twice."""
    out = tmp_path / "out"
    first = run_kg("build", reports, "--out", out, "--no-store", "--no-html")
    assert first.returncode == 0, first.stderr
    renamed = reports / "2023-06-12-a.txt"
    (reports / "a.txt").rename(renamed)
    again = run_kg("build", reports, "--out", out, "--no-store", "--no-html")
    assert again.returncode == 0, again.stderr
    assert again.stderr.splitlines() == [f"kg build: warning: {renamed}: the same bytes as {reports / 'a.txt'}, "
                                         "which is gone: taken as moved, built as 2023-06-12-a.txt in place of a.txt"]
    assert "built 2 report(s)" in again.stdout and ", 2 visits," in again.stdout
    assert "a.txt (its file is gone; its bytes are now 2023-06-12-a.txt)" in again.stdout
    assert set(json.loads((out / "manifest.json").read_text(encoding="utf-8"))["reports"]) == {"2023-06-12-a.txt", "b.txt"}


def test_an_earlier_build_folder_inside_the_reports_is_skipped_whole(reports, tmp_path):
    """`kg build reports --out reports/out`, then the folder built elsewhere:
    the earlier build's page, caches and stores are outputs, not reports (the
    page was read as a report and failed the build)."""
    inner = run_kg("build", reports, "--out", reports / "out", "--no-store")
    assert inner.returncode == 0, inner.stderr
    outer = run_kg("build", reports, "--out", tmp_path / "out", "--no-store")
    assert outer.returncode == 0, outer.stderr
    assert outer.stderr == ""
    assert f"{reports / 'out'}: a govkg build folder (an earlier --out): its outputs are no reports, skipped whole" in outer.stdout
    assert "built 2 report(s)" in outer.stdout
    # a manifest.json of anything else is no build: the folder's reports are read
    other = reports / "data"
    other.mkdir()
    (other / "manifest.json").write_text('{"name": "my data"}', encoding="utf-8")
    (other / "c.txt").write_text(REPORTS["a.txt"].replace("李清华", "欧阳明远"), encoding="utf-8")
    again = run_kg("build", reports, "--out", tmp_path / "out2", "--no-store", "--no-html")
    assert again.returncode == 0, again.stderr
    assert "built 3 report(s)" in again.stdout and f"{other}:" not in again.stdout


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_or_a_dangling_link_named_like_a_report_is_said_not_passed_over(reports, tmp_path):
    import os

    os.mkfifo(reports / "pipe.txt")
    (reports / "gone.txt").symlink_to(tmp_path / "nothing-here.txt")
    built = run_kg("build", reports, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert built.returncode == 0, built.stderr
    # said once, in a warning line on stderr (the summary counts them)
    assert f"{reports / 'pipe.txt'}: not a report, skipped: not a regular file (a FIFO): not read" in built.stderr
    assert f"{reports / 'gone.txt'}: not a report, skipped: a link to nothing: not read" in built.stderr
    assert "built 2 report(s)" in built.stdout


def _waiting_on_a_held_lock(out, *args: str) -> tuple[str, str, int]:
    """Run `kg ARGS` while the test holds `out`'s lock as a running build would
    (pid 4242): the first line it says on stderr while still waiting, then,
    once the lock is released, its stdout and exit code."""
    import fcntl
    import os
    import select

    fd = os.open(out / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)  # stands for a build that is running
    os.pwrite(fd, b"pid 4242, started 2026-01-01T00:00:00Z\n", 0)
    process = subprocess.Popen([sys.executable, "-m", "kg", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready, _, _ = select.select([process.stderr], [], [], 60)  # said before the wait, while the lock is still held
        assert ready, "the waiting command said nothing"
        line = process.stderr.readline().strip()
        assert process.poll() is None  # still waiting
    finally:
        os.ftruncate(fd, 0)
        os.close(fd)  # the running build finishes
    stdout, _ = process.communicate(timeout=600)
    return line, stdout, process.returncode


HOLDER = "another build is running here (pid 4242, started 2026-01-01T00:00:00Z); waiting for it to finish"


@pytest.mark.skipif(sys.platform == "win32", reason="flock locks are POSIX")
def test_a_build_waiting_for_another_in_the_same_folder_says_so(reports, tmp_path):
    """A second build into a folder another build holds says at once that it
    waits (it looked like a hang), then builds when the lock is released."""
    out = tmp_path / "out"
    out.mkdir()
    line, stdout, code = _waiting_on_a_held_lock(out, "build", str(reports), "--out", str(out), "--no-store", "--no-html")
    assert line == f"kg build: {out}: {HOLDER}"
    assert code == 0 and "built 2 report(s)" in stdout


@pytest.mark.skipif(sys.platform == "win32", reason="flock locks are POSIX")
def test_a_remove_waiting_for_a_build_in_the_same_folder_says_so(reports, tmp_path):
    """`kg remove` takes the build folder's lock as a build does: while a build
    holds it, it says at once that it waits, then removes once it is released."""
    out = tmp_path / "out"
    assert run_kg("build", reports, "--out", out, "--no-store", "--no-html").returncode == 0
    line, stdout, code = _waiting_on_a_held_lock(out, "remove", "a.txt", "--from", str(out))
    assert line == f"kg remove: {out}: {HOLDER}"
    assert code == 0 and stdout.startswith("removed 1 report(s): a.txt"), stdout


@pytest.mark.skipif(sys.platform == "win32", reason="flock locks are POSIX")
def test_a_query_while_a_build_runs_in_the_folder_says_the_stores_may_change(reports, tmp_path):
    """A query does not wait for a build (it reads), but says that one is
    running: the stores are being rewritten and may disagree until it ends."""
    import fcntl
    import os

    out = tmp_path / "out"
    assert run_kg("build", reports, "--out", out).returncode == 0
    fd = os.open(out / ".lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # stands for a build that is running
        os.pwrite(fd, b"pid 4242, started 2026-01-01T00:00:00Z\n", 0)
        during = run_kg("query", "--store", out / "store" / "ladybug.db", "--cypher", "MATCH (v:Visit) RETURN count(v)")
    finally:
        os.ftruncate(fd, 0)
        os.close(fd)
    assert during.returncode == 0 and "2" in during.stdout, during.stderr
    assert during.stderr == (f"kg query: warning: {out}: a build is running here (pid 4242, started 2026-01-01T00:00:00Z): "
                             f"the stores may change during this query and disagree with each other until it finishes\n")
    after = run_kg("query", "--store", out, "--cypher", "MATCH (v:Visit) RETURN count(v)")
    assert after.returncode == 0 and after.stderr == "", after.stderr


def test_build_texts_builds_the_same_text_once():
    import kg

    built = kg.build_texts({"a.txt": REPORTS["a.txt"], "copy/a.txt": REPORTS["a.txt"], "b.txt": REPORTS["b.txt"]})
    assert sorted(built.graph_of) == ["a.txt", "b.txt"] and built.failures == []
    assert built.warnings == ["copy/a.txt: the same bytes as a.txt: built once, as a.txt (the shorter name), copy/a.txt left out"]


def test_a_build_killed_while_writing_its_outputs_is_repaired_by_the_next(tmp_path):
    """docs/reliability.md: outputs are whole files, renamed one by one, so a
    build killed between two leaves some new and some old; the next build
    takes over and brings every output in line."""
    from kg.synthetic import write_corpus

    reports, out = tmp_path / "reports", tmp_path / "out"
    write_corpus(reports, 40, seed=5, damaged_share=0)
    first = run_kg("build", reports, "--out", out, "--jobs", "1")
    assert first.returncode == 0, first.stderr
    (reports / "new.txt").write_text(REPORTS["a.txt"].replace("李清华", "欧阳明远"), encoding="utf-8")
    turtle, page = out / "graph.ttl", out / "graph.html"
    written = turtle.stat().st_mtime_ns
    process = subprocess.Popen([sys.executable, "-m", "kg", "build", reports, "--out", out, "--jobs", "1"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while turtle.stat().st_mtime_ns == written and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)
    process.kill()  # graph.ttl was just replaced: the stores and the page are still being written
    assert process.wait() == -signal.SIGKILL
    assert "欧阳明远" in turtle.read_text(encoding="utf-8") and "欧阳明远" not in page.read_text(encoding="utf-8")
    # the stores may disagree now: a query says so, for the SPARQL and the Cypher store alike
    for language, text in (("--sparql", "reports-overview"), ("--cypher", "MATCH (v:Visit) RETURN count(v)")):
        early = run_kg("query", "--store", out, language, text)
        assert early.returncode == 0, early.stderr
        assert early.stderr.startswith(f"kg query: warning: {out}: its last build (pid {process.pid}, started ") and \
            "did not finish" in early.stderr and "may disagree" in early.stderr, early.stderr

    rerun = run_kg("build", reports, "--out", out, "--jobs", "1")
    assert rerun.returncode == 0, rerun.stderr
    assert len([line for line in rerun.stderr.splitlines() if "did not finish" in line]) == 1, rerun.stderr
    assert "欧阳明远" in page.read_text(encoding="utf-8")
    query = run_kg("query", "--store", out / "store" / "oxigraph", "--format", "csv", "--sparql",
                   'SELECT ?o WHERE { ?o <http://www.w3.org/2000/01/rdf-schema#label> "欧阳明远"@zh }')
    assert query.returncode == 0 and "/official/" in query.stdout, query.stdout + query.stderr
    assert query.stderr == ""  # repaired: nothing to warn about


def _records_cached(out) -> int:
    """How many records the build folder's cache holds (0 before it exists)."""
    import sqlite3

    path = out / "cache" / "records.sqlite"
    if not path.is_file():
        return 0
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)) as db:
            return db.execute("SELECT count(*) FROM records").fetchone()[0]
    except sqlite3.OperationalError:  # the table is being created
        return 0


@pytest.mark.parametrize("stop", [lambda p: p.send_signal(signal.SIGINT), lambda p: p.kill()], ids=["ctrl-c", "kill-9"])
def test_a_first_build_stopped_keeps_what_it_extracted_and_the_next_extracts_only_the_rest(tmp_path, stop):
    reports, total = tmp_path / "many", 40
    reports.mkdir()
    for i in range(total):  # invented reports of the genre (kg.synthetic), some without a year; long enough
        # that the build is stopped with some extracted and some not
        text = "".join(synthetic_report(random.Random(i * 10 + part)) for part in range(10))
        (reports / f"r{i:02d}.txt").write_text(text, encoding="utf-8")
    # read first, so extracted before the stop: its warning comes from the record resumed
    (reports / "a-undated.txt").write_text("5月20日，副镇长赵晓峰来到青石村，察看村道修缮。\n", encoding="utf-8")
    total += 1
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "kg", "build", reports, "--out", out, "--jobs", "1", "--no-store", "--no-html"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 300
    while _records_cached(out) < 2 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the build ended before it could be stopped"
    stop(process)
    process.communicate(timeout=120)
    kept = _records_cached(out)
    assert 2 <= kept < total and not (out / "manifest.json").exists()

    rerun = run_kg("build", reports, "--out", out, "--no-store", "--no-html")
    assert rerun.returncode == 0, rerun.stderr
    assert f": {total - kept} extracted, {kept} resumed (extracted by the build before" in rerun.stdout, rerun.stdout
    assert f"graph: {total} report(s) added" in rerun.stdout
    # the graph is the one a build that was never stopped gives, warnings included
    whole = run_kg("build", reports, "--out", tmp_path / "whole", "--no-store", "--no-html")
    assert whole.returncode == 0, whole.stderr
    assert sorted((out / "graph.nq").read_text(encoding="utf-8").splitlines()) == \
        sorted((tmp_path / "whole" / "graph.nq").read_text(encoding="utf-8").splitlines())
    warned = [line for line in rerun.stderr.splitlines() if "warning:" in line and "undated" in line]
    assert len(warned) == 1 and "a-undated.txt" in warned[0] and warned == [line for line in whole.stderr.splitlines() if "warning:" in line and "undated" in line]
    assert _records_cached(out) == total  # nothing left over: the cache holds the manifest's records only


def _dates_by_report(out) -> dict[str, set[str]]:
    """xsd:date literals of graph.nq by the report (its fileName) whose named graph states them."""
    graphs: dict[str, list[str]] = {}
    for line in (out / "graph.nq").read_text(encoding="utf-8").splitlines():
        graphs.setdefault(line.rsplit(" ", 2)[-2], []).append(line)
    found = {}
    for lines in graphs.values():
        names = [line.split('fileName> "', 1)[1].split('"', 1)[0] for line in lines if 'fileName> "' in line]
        if names:
            found[names[0]] = {part.split('"', 1)[0] for line in lines for part in line.split('"')[1::2] if part[:2] == "20" and part[4:5] == "-"}
    return found


def test_a_date_given_dates_the_reports_read_and_reports_built_before_keep_theirs(tmp_path):
    first, second, third = tmp_path / "spring", tmp_path / "summer", tmp_path / "autumn"
    for folder, name, text in ((first, "a.txt", "5月20日，副镇长赵晓峰来到青石村，察看村道修缮。\n"),
                               (second, "b.txt", "6月3日，镇长孙立文来到白沙村，走访困难群众。\n"),
                               (third, "c.txt", "2022年9月9日，副镇长钱语桐来到红枫村，察看防汛设施。\n")):
        folder.mkdir()
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert run_kg("build", first, "--out", out, "--no-store", "--no-html", "--date", "2023-01-01").returncode == 0
    assert run_kg("build", third, "--out", out, "--no-store", "--no-html").returncode == 0
    (third / "c.txt").write_bytes(b"")  # its new version fails: the graph keeps the one built before
    kept = run_kg("build", third, "--out", out, "--no-store", "--no-html")
    assert kept.returncode == 1 and "1 kept as built before" in kept.stdout

    other = run_kg("build", second, "--out", out, "--no-store", "--no-html", "--date", "2024-01-01")
    assert other.returncode == 0, other.stderr
    assert "0 removed" in other.stdout and "1 extracted" in other.stdout, other.stdout
    assert _dates_by_report(out) == {"a.txt": {"2023-05-20"}, "b.txt": {"2024-06-03"}, "c.txt": {"2022-09-09"}}
    assert "another --date" not in other.stderr  # it re-dated nothing

    again = run_kg("build", first, "--out", out, "--no-store", "--no-html", "--date", "2025-01-01")
    assert again.returncode == 0, again.stderr
    lines = [line for line in again.stderr.splitlines() if "another --date" in line]
    assert len(lines) == 1 and "(a.txt)" in lines[0], again.stderr
    assert _dates_by_report(out) == {"a.txt": {"2025-05-20"}, "b.txt": {"2024-06-03"}, "c.txt": {"2022-09-09"}}
