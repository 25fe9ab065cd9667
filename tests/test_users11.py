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
    # and a reader closing stdout of kg export stops it quietly, the same way (closed before
    # kg has started: however large the pipe's buffer, the first write finds no reader)
    proc = subprocess.Popen([sys.executable, "-m", "kg", "export", "--from", tmp_path / "out", "--format", "nquads", "--to", "-"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
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
    for args in (("view", "out", "--out", " "), ("export", "--from", "out", "--format", "turtle", "--to", " "),
                 ("load", "oxigraph", "--from", "out", "--store", " ")):
        done = run_kg(*args, cwd=tmp_path)
        option = args[args.index(" ") - 1]
        assert done.returncode == 2 and done.stderr.startswith(f"kg {args[0]}: error: {option} ' ': a name of only spaces"), done
    with pytest.raises(UsageError, match="out= ' ': a name of only spaces"):
        kg.build_reports([tmp_path / "reports"], out=" ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "reports"]


# ---------------------------------------------------------------- 3: query errors placed in the user's file and text

@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("store")
    _reports(folder / "reports", 2)
    done = run_kg("build", folder / "reports", "--out", folder / "out", "--no-html")
    assert done.returncode == 0, done.stderr
    return folder


def test_a_sparql_error_in_a_file_names_the_file_and_the_place_of_the_mistake(small_store):
    # the FILTER is cut short on line 3; Oxigraph gives up past the `}`, on the line after it
    query = small_store / "cut.rq"
    query.write_text("SELECT ?v WHERE {\n  ?v a gov:Visit .\n  FILTER( }\n", encoding="utf-8")
    done = run_kg("query", "--store", small_store / "out", "--sparql", query)
    assert done.returncode == 1, done
    assert done.stderr.startswith(f"kg query: error: {query}:3:11: SPARQL syntax error: "), done.stderr
    assert "(near 'FILTER( }')" in done.stderr and "error at" not in done.stderr, done.stderr
    # the same text inline keeps the parser's form, at the same place
    done = run_kg("query", "--store", small_store / "out", "--sparql", query.read_text(encoding="utf-8"))
    assert "SPARQL syntax error: error at 3:11: " in done.stderr, done.stderr


def test_a_prefix_error_and_a_cypher_error_in_a_file_name_the_file(small_store):
    unknown = small_store / "unknown.rq"
    unknown.write_text("SELECT * WHERE { ?s zz:p ?o }\n", encoding="utf-8")
    done = run_kg("query", "--store", small_store / "out", "--sparql", unknown)
    assert done.stderr.startswith(f"kg query: error: {unknown}: unknown prefix zz:"), done.stderr
    trail = small_store / "trail.cypher"
    trail.write_text("MATCH (o:Official)\nRETURN o.name,\n", encoding="utf-8")
    done = run_kg("query", "--store", small_store / "out", "--cypher", trail)
    # LadybugDB stops at the end of the text (line 3); the dangling comma ends line 2
    assert done.returncode == 1 and done.stderr.startswith(f"kg query: error: {trail}:2:14: Cypher error"), done.stderr
    assert "(near 'RETURN o.name,')" in done.stderr, done.stderr


@pytest.mark.fast
@pytest.mark.parametrize("message, own, told", [
    # past the mistake, at the end: back to the last token
    ("E: error at 2:1: x", "SELECT * { FILTER( }\n", "E: error at 1:20: x (near 'FILTER( }')"),
    # on a token: kept
    ("E: error at 1:29: x", "SELECT * { ?s ?p ?o } LIMIT x", "E: error at 1:29: x (near '} LIMIT x')"),
    # a string with spaces is one token; columns count characters, not bytes
    ("E: error at 1:30: x", 'SELECT * { ?s ?p "中 文" }  ', "E: error at 1:24: x (near '?p \"中 文\" }')"),
    ("no place", "SELECT", "no place"),
    # stopped on a line's first word: the line before may be what is unfinished
    ("E: error at 3:1: x", "SELECT * {\n FILTER(?s\n}", "E: error at 3:1: x (near '(?s }'; or at the end of line 2)"),
])
def test_placed_steps_back_from_blank_space_to_the_token_there(message, own, told):
    from kg.stores.positions import placed

    assert placed(message, own, own) == told


@pytest.mark.fast
def test_placed_maps_through_the_prefix_line_and_names_the_file():
    from pathlib import Path

    from kg.stores.named import with_prefixes
    from kg.stores.positions import placed

    own = "SELECT ?v {\n ?v a gov:Visit FILTER( }"
    bound = with_prefixes(own)
    assert bound != own
    assert placed("SPARQL syntax error: error at 3:26: x", bound, own, Path("q.rq")) == \
        "q.rq:2:25: SPARQL syntax error: x (near 'FILTER( }')"


# ---------------------------------------------------------------- 4: hard wraps inside names and under indents

# wrapped at 22 display columns (a Han character two, a digit one), as terminals and mail programs
# wrap: the line with the date holds more characters than the others, a line without punctuation
# is as wide as the rest, and one break falls inside 周远帆
COLUMNS = (
    "2023年10月15日，镇长周\n"
    "远帆来到青禾镇杏林村察\n"
    "看水渠和村道，村民反映\n"
    "水渠堵塞，路灯不亮。\n"
)


@pytest.mark.fast
def test_a_wrap_inside_a_name_of_a_report_wrapped_by_display_columns_is_joined():
    import kg

    facts = kg.build_texts({"cols.txt": COLUMNS}).facts["cols.txt"]
    assert [(v.official, v.place) for v in facts.visits] == [("周远帆", "subdistrict:青禾镇/community:杏林村")], facts.visits
    ev = facts.visits[0].evidence
    assert COLUMNS[ev.start:ev.end].replace("\n", "") == ev.sentence


@pytest.mark.parametrize("indent", ["    ", "\t", "  "])
@pytest.mark.fast
def test_a_wrapped_report_under_an_ascii_indent_is_joined_with_offsets_in_the_original(indent):
    import kg

    text = "".join(indent + line + "\n" for line in COLUMNS.splitlines())
    facts = kg.build_texts({"indented.txt": text}).facts["indented.txt"]
    assert [v.official for v in facts.visits] == ["周远帆"], facts.visits
    assert {i.label for i in facts.issues} >= {"水渠堵塞", "路灯不亮"}, facts.issues
    ev = facts.visits[0].evidence
    assert " " not in ev.sentence and "\t" not in ev.sentence, ev.sentence
    assert "".join(text[ev.start:ev.end].split()) == ev.sentence


@pytest.mark.fast
def test_a_mark_wrapped_to_the_start_of_a_line_and_a_single_wrapped_line_are_joined():
    from kg.repair import repair

    # a plain fixed-width wrap puts the full stop on a line of its own
    assert repair("镇长周远帆来到青禾镇杏林\n村，村民反映水渠堵塞，路\n灯也不亮，道路坑洼难行\n。\n").text == \
        "镇长周远帆来到青禾镇杏林村，村民反映水渠堵塞，路灯也不亮，道路坑洼难行。\n"
    # one wrapped line, its sentence begun inside it: no headline is written so
    assert repair("2023年6月5日，镇长周\n远帆来到青禾镇杏林村。\n").text == "2023年6月5日，镇长周远帆来到青禾镇杏林村。\n"


@pytest.mark.fast
@pytest.mark.parametrize("text, kept", [
    ("周远帆走访青禾镇\n镇长周远帆来到青禾镇杏林村，村民反映水渠堵塞。\n", "青禾镇\n镇长"),  # a headline
    ("来源：青禾镇人民政府\n镇长周远帆来到青禾镇杏林村，村民反映水渠堵塞。\n", "政府\n镇长"),  # a byline
    # an indent where the line above has none opens a paragraph
    ("镇长周远帆来到青禾镇杏林村，村民反映水渠堵\n塞，路灯也不亮，道路坑洼难行，垃圾无人清\n    运走。村民反映道路坑洼难行，车辆难以通\n行。\n",
     "清\n 运走"),
])
def test_lines_of_their_own_stay_lines(text, kept):
    from kg.repair import repair

    assert kept in repair(text).text, repr(repair(text).text)


# ---------------------------------------------------------------- 5: the stores' scratch copies in /dev/shm

def _dead_pid() -> int:
    """The id of a process that has ended."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _scratch_of(pid: int) -> list:
    """The stores' scratch folders of process `pid` (kg.stores.swap names them so)."""
    from pathlib import Path

    return [p for p in Path("/dev/shm").iterdir() if p.name.startswith((f"kg-ladybug-{pid}-", f"kg-oxigraph-{pid}-"))]


def _scratch_usable() -> bool:
    """Whether builds fill small stores in /dev/shm here (kg.stores.swap.scratch_folder's test)."""
    import os

    from kg.stores.swap import SCRATCH, SCRATCH_FREE

    try:
        held = os.statvfs(SCRATCH)
    except OSError:
        return False
    return held.f_bavail * held.f_frsize >= SCRATCH_FREE and os.access(SCRATCH, os.W_OK)


needs_scratch = pytest.mark.skipif(not _scratch_usable(), reason="no writable /dev/shm with room for a store")


@needs_scratch
def test_the_next_build_removes_at_once_what_a_killed_build_left_in_memory(tmp_path):
    import fcntl
    import os

    from kg.stores.swap import SCRATCH

    _reports(tmp_path / "reports", 1)
    # a build killed a moment ago (its process gone, nothing holds the folder) ...
    left = SCRATCH / f"kg-oxigraph-{_dead_pid()}-users11a"
    (left / "store").mkdir(parents=True)
    (left / "store" / "000001.sst").write_bytes(b"x" * 1024)
    # ... and a build of another PID namespace sharing the folder: its id names no process
    # here, but it holds the folder's lock
    held = SCRATCH / f"kg-ladybug-{_dead_pid()}-users11b"
    held.mkdir()
    fd = os.open(held, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        done = run_kg("build", tmp_path / "reports", "--out", tmp_path / "out", "--no-html")
        assert done.returncode == 0, done.stderr
        assert not left.exists()
        assert held.exists()
    finally:
        os.close(fd)
        import shutil

        shutil.rmtree(left, ignore_errors=True)
        shutil.rmtree(held, ignore_errors=True)


def _terminated_while_filling(tmp_path, options: tuple, prefixes: tuple = ("kg-ladybug-", "kg-oxigraph-"), attempts: int = 5):
    """Build 28 invented reports into tmp_path/outN (`kg build ... -j1 OPTIONS`)
    and send SIGTERM as soon as a scratch folder of one of `prefixes` shows; the
    copy lives only while its store is filled, so up to `attempts` builds are
    tried.  Returns (the process, its stderr, its out folder, the folders seen)."""
    import signal
    import time

    if not (tmp_path / "reports").exists():
        _reports(tmp_path / "reports", 28)
    for attempt in range(attempts):
        out = tmp_path / f"out{attempt}"
        proc = subprocess.Popen([sys.executable, "-m", "kg", "build", tmp_path / "reports", "--out", out, "-j1", *options],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        seen = []
        while proc.poll() is None and not seen:
            seen = [p for p in _scratch_of(proc.pid) if p.name.startswith(prefixes)]
            time.sleep(0.001)
        if seen:
            proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=120)
        if seen:
            break
    return proc, err, out, seen


@needs_scratch
def test_a_build_ended_by_sigterm_removes_its_scratch_copy_and_exits_143(tmp_path):
    proc, err, out, seen = _terminated_while_filling(tmp_path, ("--no-html",))
    assert seen, "the build never filled a store in /dev/shm"
    assert proc.returncode == 143, (proc.returncode, err)
    assert "kg build: terminated; files written so far are whole" in err, err
    assert _scratch_of(proc.pid) == []
    # and the next build finishes the work
    again = run_kg("build", tmp_path / "reports", "--out", out, "-j1", "--no-html")
    assert again.returncode == 0, again.stderr



_ESCAPED = """
import os, signal, sys, threading, time
from pathlib import Path
from kg import cli
from kg.stores import swap
# a folder of this process that no caller knows of: what a signal landing just after mkdtemp leaves
escaped = swap.SCRATCH / f"kg-oxigraph-{os.getpid()}-escaped"
escaped.mkdir()
def term_when_a_store_fills():
    while not [p for p in swap.SCRATCH.iterdir() if p.name.startswith(f"kg-ladybug-{os.getpid()}-")]:
        time.sleep(0.001)
    os.kill(os.getpid(), signal.SIGTERM)
threading.Thread(target=term_when_a_store_fills, daemon=True).start()
code = cli.main(["build", sys.argv[1], "--out", sys.argv[2], "-j1", "--no-html"])
print(code, escaped.exists(), sorted(p.name for p in swap.SCRATCH.iterdir() if f"-{os.getpid()}-" in p.name))
"""


@needs_scratch
def test_a_terminated_build_removes_a_scratch_folder_of_its_own_that_no_caller_knew(tmp_path):
    _reports(tmp_path / "reports", 28)
    done = subprocess.run([sys.executable, "-c", _ESCAPED, tmp_path / "reports", tmp_path / "out"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.stdout.split() == ["143", "False", "[]"], (done.stdout, done.stderr)
    assert "kg build: terminated" in done.stderr, done.stderr

# ---------------------------------------------------------------- 6: the English legend, Cypher column names

def test_every_name_of_the_english_legend_is_seen_whole(tmp_path, open_page):
    (tmp_path / "r.txt").write_text(
        "2023年6月5日，镇长周远帆来到青禾镇杏林村，村民反映水渠堵塞，垃圾堆放在河边，夜间工地噪音扰民，"
        "卫生室缺少医生，小区物业不作为。\n", encoding="utf-8")
    assert run_kg("build", tmp_path / "r.txt", "--out", tmp_path / "out", "--no-store", "--no-html").returncode == 0
    page_file = tmp_path / "en.html"
    assert run_kg("view", tmp_path / "out", "--out", page_file, "--lang", "en").returncode == 0
    page = open_page(page_file).page
    items = page.evaluate("""() => [...document.querySelectorAll('#kg-kind-list li')].map(
        li => [li.textContent, li.scrollWidth, li.clientWidth])""")
    assert any(len(text) > 30 for text, _, _ in items), items  # a name longer than the legend is wide
    assert [text for text, scroll, client in items if scroll > client] == [], items
    assert page.evaluate("() => { const a = document.getElementById('kg-legend'); return a.scrollWidth <= a.clientWidth; }")


def test_kg_query_names_an_unaliased_cypher_column_as_written(small_store):
    done = run_kg("query", "--store", small_store / "out", "--format", "csv", "--cypher",
                  "MATCH (o:Official)-[r]->(x) RETURN label(r), count(*), x.name AS target, toUpper( o.name ) ORDER BY target")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "label(r),count(*),target,toUpper( o.name )", done.stdout


@pytest.mark.fast
@pytest.mark.parametrize("query, items", [
    ("MATCH (n) RETURN n.name, count(*) AS k ORDER BY k", ["n.name", "count(*) AS k"]),
    # commas inside brackets, strings and quoted names; comments and DISTINCT left out
    ('MATCH (n) RETURN DISTINCT [1, 2], {a: n.x, b: 1}, "x, y", n.`a, b` // c, d', ["[1, 2]", "{a: n.x, b: 1}", '"x, y"', "n.`a, b`"]),
    ("CALL { MATCH (n) RETURN n } RETURN n.name /* RETURN x, y */ LIMIT 3", ["n.name"]),
    ("MATCH (n) RETURN n.name AS name UNION MATCH (m) RETURN m.name AS name", ["n.name AS name"]),
    ("match (n) return n.name as name;", ["n.name as name"]),
    ("MATCH (n) RETURN *", None),
    ("MATCH (n) SET n.returned = 1", None),
])
def test_the_return_items_of_a_cypher_query_are_read_as_written(query, items):
    from kg.stores.cypher_text import return_items

    assert return_items(query) == items


# ---------------------------------------------------------------- 7: the evidence of an official's post

HOLDER = {
    "spring.txt": "2023年4月2日，青禾镇召开春耕会议。镇党委副书记、镇长周远帆来到杏林村，村民反映水渠堵塞。\n",
    "autumn.txt": "2023年9月9日，镇长周远帆来到青禾镇桃源村，村民反映路灯不亮。\n",
}


@pytest.mark.fast
def test_each_report_gives_its_own_evidence_for_the_posts_an_official_holds():
    import kg
    from rdflib.namespace import RDF, RDFS

    from kg.namespaces import GOV

    built = kg.build_texts(HOLDER)
    for name, text in HOLDER.items():
        ev = built.facts[name].officials["周远帆"].evidence
        assert ev is not None and text[ev.start:ev.end] == ev.sentence and "周远帆" in ev.sentence, ev
    ds = built.dataset
    file_of = {r: str(f) for g in ds.graphs() for r, f in g.subject_objects(GOV.fileName)}
    label_of = {e: str(v) for g in ds.graphs() for e, v in g.subject_objects(RDFS.label)}
    said = {}  # (report file, post label) -> (sentence, start, end)
    for g in ds.graphs():
        for h in g.subjects(RDF.predicate, GOV.holdsPost):
            official, post, report = g.value(h, RDF.subject), g.value(h, RDF.object), g.value(h, GOV.sourceReport)
            assert label_of[official] == "周远帆"
            assert any((official, GOV.holdsPost, post) in x for x in ds.graphs())  # the statement is one the graph makes
            assert g.identifier == report and str(h).startswith(f"{report}#holding=")  # in the report's own graph
            said[(file_of[report], label_of[post])] = (
                str(g.value(h, GOV.evidence)), g.value(h, GOV.evidenceStart).toPython(), g.value(h, GOV.evidenceEnd).toPython())
    spring = "镇党委副书记、镇长周远帆来到杏林村，村民反映水渠堵塞。"
    at = HOLDER["spring.txt"].index(spring)
    assert said[("spring.txt", "镇长")] == said[("spring.txt", "镇党委副书记")] == (spring, at, at + len(spring))
    autumn = HOLDER["autumn.txt"].strip()
    assert said[("autumn.txt", "镇长")] == (autumn, 0, len(autumn))
    assert ("autumn.txt", "镇党委副书记") not in said  # that report names one post only


def test_the_holding_evidence_conforms_to_the_shapes_and_a_holding_without_it_does_not(tmp_path):
    for name, text in HOLDER.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert run_kg("build", tmp_path, "--out", tmp_path / "out", "--no-store", "--no-html").returncode == 0
    done = run_kg("validate", tmp_path / "out")
    assert done.returncode == 0 and "conforms" in done.stdout, done.stdout + done.stderr
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "#holding=1>" in ttl
    # a holding that names no sentence breaks the promise the shapes make
    from rdflib import Graph
    from rdflib.namespace import RDF

    from kg.namespaces import GOV

    g = Graph().parse(data=ttl, format="turtle")
    holding = next(g.subjects(RDF.predicate, GOV.holdsPost))
    g.remove((holding, GOV.evidence, None))
    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")
    done = run_kg("validate", broken)
    assert done.returncode != 0 and "does NOT conform" in done.stdout, done.stdout


def test_a_sparql_server_refusing_a_query_file_names_the_file_and_the_place(tmp_path, sparql_server):
    query = tmp_path / "cut.rq"
    query.write_text("SELECT ?v WHERE {\n  ?v a gov:Visit .\n  FILTER( }\n", encoding="utf-8")
    done = run_kg("query", "--endpoint", sparql_server.query_url, "--sparql", query)
    assert done.returncode == 1, done
    # the server's position, past the `}` and after govkg's PREFIX line, placed in the file's lines
    assert done.stderr.startswith(f"kg query: error: {query}:3:11: "), done.stderr
    assert "HTTP 400" in done.stderr and "(near 'FILTER( }')" in done.stderr, done.stderr
