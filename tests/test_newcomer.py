"""What a newcomer ran into using govkg as a researcher would: loads into
another build's store, an interrupted parallel build, dates, Markdown links,
paths written over, UTF-16 files, inline queries.  Every fixture is invented;
every check runs the real `kg` command line (or the function that decides)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_kg

REPORT_A = (
    "2024年5月6日上午，青柳区委书记蒋成舟来到白沙街道新竹社区，听取居民关于停车难的意见。\n"
    "居民代表反映了小区停车位不足、路面积水等问题。\n"
)
REPORT_B = (
    "2024年7月9日，青柳区区长卫明远来到枫桥街道绿园社区走访，居民反映了垃圾清运不及时的问题。\n"
)


def _build(tmp_path: Path, name: str, text: str) -> Path:
    corpus, out = tmp_path / f"{name}-reports", tmp_path / name
    corpus.mkdir()
    (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    proc = run_kg("build", corpus, "--out", out, "--no-store", "--no-html")
    assert proc.returncode == 0, proc.stderr
    return out


# ---------------------------------------------------------------- 1: kg load into another build's store

@pytest.mark.parametrize("target", ["oxigraph", "ladybug"])
def test_load_refuses_another_builds_graph_into_a_build_folders_store(tmp_path, target):
    a, b = _build(tmp_path, "a", REPORT_A), _build(tmp_path, "b", REPORT_B)
    inside = "store/oxigraph" if target == "oxigraph" else "store/ladybug.db"
    for store in (a, a / inside):
        proc = run_kg("load", target, "--from", b, "--store", store)
        assert proc.returncode == 1, proc.stdout
        line = proc.stderr.strip()
        assert line.count("\n") == 0 and f"is the store of the build in {a}" in line, line
        assert f"--store {b}" in line and f"kg build --out {a}" in line, line
        assert not (a / "store").exists()  # nothing was written into a
    # an RDF file that is not a's own is refused too
    proc = run_kg("load", target, "--file", b / "graph.ttl", "--store", a)
    assert proc.returncode == 1 and "is not that build's graph" in proc.stderr
    # a's own graph (the folder or its file) into a's store, and b into a store of its own, stay allowed
    assert run_kg("load", target, "--file", a / "graph.ttl", "--store", a).returncode == 0
    own = tmp_path / ("b-store.db" if target == "ladybug" else "b-store")
    proc = run_kg("load", target, "--from", b, "--store", own)
    assert proc.returncode == 0, proc.stderr
    assert own.exists()


# ---------------------------------------------------------------- 2: Ctrl-C during a parallel build

def _nap(seconds: float) -> float:
    import time

    time.sleep(seconds)
    return seconds


def _running(pid: int) -> bool:
    """Is process `pid` alive (a zombie, dead but not yet reaped, is not)?"""
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.fast
def test_a_pool_left_by_an_interrupt_terminates_its_workers_at_once():
    import time

    from kg.corpus.workers import process_pool

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        with process_pool(2) as pool:
            futures = [pool.submit(_nap, 4.0) for _ in range(6)]  # 12 s of work on 2 workers
            time.sleep(0.5)
            workers = list(pool._processes.values())
            raise KeyboardInterrupt
    assert time.monotonic() - started < 4.0  # it did not wait for the queued naps
    # asked of the kernel, not of Process.is_alive(): the executor's own thread may have reaped
    # a worker first, and is_alive() then reads the lost exit status as "still running"
    assert workers and not any(_running(p.pid) for p in workers)
    # the queued are cancelled at once; the running ones are settled (as broken) by the executor's own thread, soon
    import concurrent.futures as cf

    assert not cf.wait([f for f in futures if not f.cancelled()], timeout=10).not_done


# a hang guard, not a timing: how soon kg exits after Ctrl-C is measured in benchmarks/interrupt.py
HANG = 900


def _started(out: Path, since: float) -> bool:
    """Has the build into `out` stored anything since `since` (its records database touched)?"""
    return any(p.stat().st_mtime > since for p in (out / "cache").glob("records.sqlite*")) if (out / "cache").is_dir() else False


def test_ctrl_c_on_a_parallel_build_exits_interrupted_and_keeps_the_build_before(tmp_path):
    """What Ctrl-C does, whatever the machine's load: exit code 130 and a line
    saying so; the build folder's graph is the earlier build's, whole (nothing
    half-written replaces it); the next build finishes every report."""
    import os
    import signal
    import subprocess
    import sys
    import time

    corpus, out = tmp_path / "r", tmp_path / "o"
    corpus.mkdir()
    (corpus / "first.txt").write_text(REPORT_B, encoding="utf-8")
    assert run_kg("build", corpus, "--out", out, "--no-store", "--no-html").returncode == 0
    before = (out / "graph.ttl").read_bytes()
    for i in range(300):
        (corpus / f"r{i:03}.txt").write_text(f"编号{i}。\n" + REPORT_A * 8, encoding="utf-8")  # each file its own bytes
    since = time.time()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", corpus, "--out", out, "--jobs", "2", "--no-store", "--no-html"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # (a background job ignores it)
    while not _started(out, since) and proc.poll() is None and time.time() - since < HANG:
        time.sleep(0.05)  # interrupted once it is at work: reports being stored
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole process group
    try:
        _, err = proc.communicate(timeout=HANG)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail(f"kg build still running {HANG} s after Ctrl-C: it hangs")
    if proc.returncode == 0:
        pytest.skip("the build finished before the interrupt")
    assert proc.returncode == 130, err
    assert err.strip().splitlines()[-1] == "kg build: interrupted; files written so far are whole: run it again to finish", err
    # the graph the folder held is there, whole and unchanged: the interrupted build replaced nothing half-made
    assert (out / "graph.ttl").read_bytes() == before
    assert not list(out.rglob("*.tmp"))  # no temporary left behind (kg.fsutil.atomic_paths)
    again = run_kg("build", corpus, "--out", out, "--jobs", "2", "--no-store", "--no-html")
    assert again.returncode == 0, again.stderr
    import json

    assert len(json.loads((out / "manifest.json").read_text(encoding="utf-8"))["reports"]) == 301, again.stdout


# ---------------------------------------------------------------- 3: which date wins

@pytest.mark.fast
def test_a_year_in_the_file_name_comes_before_the_date_option():
    import datetime as dt

    from kg.extract.dates import report_date

    option = dt.date(2017, 9, 30)
    assert report_date("4月2日，区长来到甲社区。", "2021-04-02-visit.md", option) == dt.date(2021, 4, 2)
    assert report_date("4月2日，区长来到甲社区。", "20210402.txt", option) == dt.date(2021, 4, 2)
    # the text's year comes before both; --date dates only what gives no year at all
    assert report_date("2020年工作回顾。4月2日，区长来到甲社区。", "2021-04-02-visit.md", option) == dt.date(2020, 4, 2)
    assert report_date("4月2日，区长来到甲社区。", "visit.txt", option) == dt.date(2017, 4, 2)
    # no month and day in the text: the file's date, then the option
    assert report_date("区长来到甲社区。", "2021-04-02-visit.txt", option) == dt.date(2021, 4, 2)
    assert report_date("区长来到甲社区。", "visit.txt", option) == option


def test_kg_build_dates_a_report_by_its_file_name_whatever_date_is_given(tmp_path):
    corpus, out = tmp_path / "r", tmp_path / "o"
    corpus.mkdir()
    (corpus / "2021-04-02-visit.txt").write_text("4月2日上午，青柳区区长卫明远来到枫桥街道绿园社区走访。\n", encoding="utf-8")
    proc = run_kg("build", corpus, "--out", out, "--date", "2017-09-30", "--no-store", "--no-html")
    assert proc.returncode == 0, proc.stderr
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert '"2021-04-02"' in ttl and "2017-04-02" not in ttl


# ---------------------------------------------------------------- 4: Markdown links

@pytest.mark.fast
def test_markdown_links_and_images_read_as_their_text(tmp_path):
    from kg.read import read_report

    md = tmp_path / "visit.md"
    md.write_text(
        "# 走访纪实\n\n2024年5月6日，青柳区区长[卫明远](https://news.example/p?id=3)来到"
        "[枫桥街道](https://map.example/(fq))![绿园社区](img/lv.png \"绿园\")，详见[原文][1]。\n\n"
        "[1]: https://news.example/orig\n<https://news.example/more>\n", encoding="utf-8")
    text = read_report(md).text
    assert "青柳区区长卫明远来到枫桥街道绿园社区，详见原文。" in text
    assert "http" not in text and "](" not in text and "[1]" not in text
    # a .txt is read as written: brackets there are the report's own
    txt = tmp_path / "note.txt"
    txt.write_text("2024年5月6日，[记者 卫明远](摄影)报道。", encoding="utf-8")
    assert read_report(txt).text == "2024年5月6日，[记者 卫明远](摄影)报道。"


def test_a_linked_official_and_place_in_a_markdown_report_give_the_visit(tmp_path):
    corpus, out = tmp_path / "r", tmp_path / "o"
    corpus.mkdir()
    (corpus / "visit.md").write_text(
        "2024年7月9日，青柳区区长[卫明远](http://a.example/x)来到[枫桥街道绿园社区](http://b.example/y)走访，"
        "居民反映了垃圾清运不及时的问题。\n", encoding="utf-8")
    proc = run_kg("build", corpus, "--out", out, "--no-store", "--no-html")
    assert proc.returncode == 0, proc.stderr
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "卫明远" in ttl and "绿园社区" in ttl and "gov:Visit" in ttl and "http://a.example" not in ttl


# ---------------------------------------------------------------- 5: another --date is a change

def test_a_rebuild_under_another_date_counts_the_reports_it_changed(tmp_path):
    corpus, out = tmp_path / "r", tmp_path / "o"
    corpus.mkdir()
    (corpus / "noyear.txt").write_text("8月14日，青柳区区长卫明远来到枫桥街道绿园社区走访。\n", encoding="utf-8")
    (corpus / "dated.txt").write_text("2022年8月14日，青柳区委书记蒋成舟来到白沙街道新竹社区走访。\n", encoding="utf-8")
    first = run_kg("build", corpus, "--out", out, "--date", "2023-01-01", "--no-store", "--no-html")
    assert first.returncode == 0, first.stderr
    proc = run_kg("build", corpus, "--out", out, "--date", "2024-01-01", "--no-store", "--no-html")
    assert proc.returncode == 0, proc.stderr
    graph_line = next(line for line in proc.stdout.splitlines() if line.startswith("graph:"))
    assert "1 changed by another --date" in graph_line and "(noyear.txt)" in graph_line, graph_line
    assert "already up to date" not in proc.stdout
    # a build without --date keeps the date given last (session 18: a date given holds until another is)
    proc = run_kg("build", corpus, "--out", out, "--no-store", "--no-html")
    assert proc.returncode == 0 and "already up to date" in proc.stdout and "another --date" not in proc.stdout + proc.stderr
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "2024-08-14" in ttl and "2022-08-14" in ttl


# ---------------------------------------------------------------- 6: outputs never replace what is not theirs

def test_view_and_export_refuse_to_write_over_files_that_are_not_theirs(tmp_path):
    out = _build(tmp_path, "a", REPORT_A)
    reports = tmp_path / "a-reports"
    report = reports / "a.txt"
    kept = report.read_bytes()
    for args, option in ((("view", out, "--out", report), "--out"),
                         (("export", "--from", out, "--format", "turtle", "--to", report), "--to"),
                         (("export", "--from", out, "--format", "trig", "--to", report), "--to")):
        proc = run_kg(*args)
        line = proc.stderr.strip()
        assert proc.returncode == 2 and line.count("\n") == 0, line
        assert f"{option} {report}: is a report the build {out.resolve()} was built from" in line or \
            f"{option} {report}: is a report the build {out} was built from" in line, line
        assert report.read_bytes() == kept
    proc = run_kg("export", "--from", out, "--format", "neo4j-csv", "--to", reports)
    assert proc.returncode == 2 and "holds other files (a.txt)" in proc.stderr, proc.stderr
    assert sorted(p.name for p in reports.iterdir()) == ["a.txt"]
    # a folder that does not exist is said, not made
    proc = run_kg("view", out, "--out", tmp_path / "no" / "such" / "v.html")
    assert proc.returncode == 2 and "the folder" in proc.stderr and "does not exist" in proc.stderr, proc.stderr
    assert not (tmp_path / "no").exists()
    # an earlier output of the same kind is replaced; --force replaces anything but a build's own outputs
    page, csv = tmp_path / "v.html", tmp_path / "csv"
    for _ in range(2):
        assert run_kg("view", out, "--out", page).returncode == 0
        assert run_kg("export", "--from", out, "--format", "neo4j-csv", "--to", csv).returncode == 0
    scratch = tmp_path / "scratch.txt"
    scratch.write_text("x", encoding="utf-8")
    proc = run_kg("export", "--from", out, "--format", "turtle", "--to", scratch, "--force")
    assert proc.returncode == 0, proc.stderr
    assert "@prefix" in scratch.read_text(encoding="utf-8")


# ---------------------------------------------------------------- 7: UTF-16 without a byte-order mark

@pytest.mark.fast
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path, encoding):
    from kg.errors import ReportError
    from kg.read import read_report

    path = tmp_path / "visit.txt"
    path.write_bytes(REPORT_A.encode(encoding))  # no BOM: Python's utf-16-le/-be write none
    raw = read_report(path)
    assert raw.text == REPORT_A and raw.encoding == encoding
    path.write_bytes(REPORT_A.encode(encoding)[:-1])  # cut inside its last character
    with pytest.raises(ReportError, match="without a byte-order mark, damaged .*save it as UTF-8"):
        read_report(path)
    # NULs without that pattern are still a binary file
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ReportError, match="binary file"):
        read_report(path)


# ---------------------------------------------------------------- 8: own queries

@pytest.mark.fast
def test_inline_sparql_gets_the_projects_prefixes_it_does_not_declare():
    from kg.namespaces import GOV, RDFS
    from kg.stores.named import with_prefixes

    text = "SELECT ?v ?l WHERE { ?v a gov:Visit ; rdfs:label ?l }"
    assert with_prefixes(text).splitlines() == [f"PREFIX gov: <{GOV}> PREFIX rdfs: <{RDFS}>", text]
    own = "PREFIX gov: <http://example.org/mine#>\n" + text
    assert with_prefixes(own) == f"PREFIX rdfs: <{RDFS}>\n{own}"
    assert with_prefixes("SELECT * WHERE { ?s ?p ?o }") == "SELECT * WHERE { ?s ?p ?o }"


def test_own_queries_run_or_say_what_to_write(tmp_path):
    corpus, out = tmp_path / "r", tmp_path / "o"
    corpus.mkdir()
    (corpus / "a.txt").write_text(REPORT_A, encoding="utf-8")
    assert run_kg("build", corpus, "--out", out, "--no-html").returncode == 0
    proc = run_kg("query", "--store", out, "--format", "csv", "--sparql", "SELECT (COUNT(?v) AS ?n) WHERE { ?v a gov:Visit }")
    assert proc.returncode == 0 and proc.stdout.split() == ["n", "1"], proc.stderr
    mine = "PREFIX gov: <http://example.org/mine#> SELECT (COUNT(?v) AS ?n) WHERE { ?v a gov:Visit }"
    assert run_kg("query", "--store", out, "--format", "csv", "--sparql", mine).stdout.split() == ["n", "0"]
    proc = run_kg("query", "--store", out, "--cypher", "MATCH ()-[r]->() RETURN type(r) LIMIT 1")
    assert proc.returncode == 1 and "label(r)" in proc.stderr, proc.stderr
    proc = run_kg("query", "--store", out, "--format", "csv", "--cypher", "MATCH (:Visit)-[r]->(:Official) RETURN DISTINCT label(r) AS t")
    assert proc.returncode == 0 and proc.stdout.split() == ["t", "VISITOR"], proc.stdout + proc.stderr
    for language in ("--sparql", "--cypher"):
        proc = run_kg("query", "--store", out / "graph.ttl", language, "visits-by-official")
        assert proc.returncode == 2 and f"--store takes the build folder itself (--store {out})" in proc.stderr, proc.stderr
    proc = run_kg("export", out, "--format", "trig")  # the build folder first, as kg query takes it (session 24)
    assert proc.returncode == 0 and "https://w3id.org/govkg/ontology#" in proc.stdout and proc.stderr.startswith("trig: "), proc.stderr


# ---------------------------------------------------------------- 9: words and figures that agree

@pytest.mark.fast
def test_an_undecodable_file_names_big5_as_the_docs_do():
    from kg.errors import ReportError
    from kg.read import decode

    with pytest.raises(ReportError) as caught:
        decode(b"report \x80 end", "x.txt")
    assert caught.value.reason.endswith("GB18030 or Big5"), caught.value.reason


def test_the_summary_rate_is_that_of_reading_as_the_progress_lines_count_it(tmp_path):
    import re

    corpus, out = tmp_path / "r", tmp_path / "o"
    corpus.mkdir()
    for i in range(25):
        (corpus / f"r{i:02}.txt").write_text(f"编号{i}。\n" + REPORT_A, encoding="utf-8")
    proc = run_kg("build", corpus, "--out", out, "--no-store")
    assert proc.returncode == 0, proc.stderr
    line = next(line for line in proc.stdout.splitlines() if line.startswith("read "))
    m = re.search(r"in ([\d.]+) s \(([\d.]+)/s\).*; ([\d.]+) s in all, with the outputs", line)
    assert m, line
    reading, rate, whole = map(float, m.groups())
    assert reading < whole and abs(rate - 25 / reading) <= 0.051 * max(rate, 1), line


def test_kg_view_replaces_its_own_pages_only(tmp_path):
    # a report the build read, and a page govkg did not write, are not replaced (unless --force)
    reports = tmp_path / "r"
    reports.mkdir()
    report = reports / "report.html"
    report.write_text("<html><body><p>2024年8月1日，副区长刘文博来到西城街道光明社区，居民反映小区停车难。</p></body></html>", encoding="utf-8")
    out = tmp_path / "out"
    assert run_kg("build", reports, "--out", out, "--no-store").returncode == 0
    before = report.read_bytes()
    proc = run_kg("view", out, "--out", report, "--force")
    assert proc.returncode == 2 and "is a report the build" in proc.stderr and report.read_bytes() == before
    foreign = tmp_path / "mine.html"
    foreign.write_text("<html>my notes</html>", encoding="utf-8")
    proc = run_kg("view", out, "--out", foreign)
    assert proc.returncode == 2 and "govkg did not write" in proc.stderr and foreign.read_text(encoding="utf-8") == "<html>my notes</html>"
    page = tmp_path / "page.html"
    assert run_kg("view", out, "--out", page).returncode == 0
    assert run_kg("view", out, "--out", page).returncode == 0  # its own earlier page: replaced
    assert run_kg("view", out, "--out", foreign, "--force").returncode == 0
