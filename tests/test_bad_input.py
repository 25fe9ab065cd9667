"""Bad input through the real `kg build`: each case alone and mixed into a
folder of good reports gives a one-line error naming the file and the reason,
a non-zero exit when anything failed, and the good reports still built.

Each case states the exact error line and exit code expected (`Case.error`);
the tests compare what `kg build` does with that.  The table in
docs/reliability.md is written from these expectations, not from observed
behaviour (`python -m tests.test_bad_input` rewrites it), and
test_reliability_table_states_the_expected_behaviour fails when it differs.
"""

from __future__ import annotations

import functools
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from rdflib import Graph, Literal

from kg.namespaces import GOV, OA
from kg.repair.artefacts import INVISIBLE

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "reliability.md"

GOOD_REPORTS = {
    "good-east.txt": "2024年3月1日，区委副书记、区长王明来到东湖街道新华居民区，听取居民关于加装电梯和停车难的意见建议。\n",
    "good-west.txt": "2024年4月2日，区委书记陈立华来到西湖街道和平社区，听取居民关于垃圾分类的意见建议。\n",
}
SIMPLIFIED = "2024年5月6日，副区长刘建国来到北湖街道胜利居民区，听取居民关于加装电梯和停车难的意见建议。\n"
TRADITIONAL = "2024年5月6日，副區長劉建國來到北湖街道勝利居民區，聽取居民關於加裝電梯和停車難的意見建議。\n"
SCRIPT_HTML = """<!DOCTYPE html>
<html><head><title>区委书记张强来到北湖街道</title>
<script>var s = "区委书记赵刚来到西山街道红旗居民区，听取居民关于垃圾分类的意见建议。"; alert(1)</script>
</head><body onload="alert('区长钱伟来到南湖街道')">
<article>
<p onclick="alert('区委书记周杰来到东港街道')">2024年3月1日，副区长孙丽来到中山街道青云居民区，听取居民关于加装电梯的意见建议。</p>
<p><img src=x onerror="alert('副区长吴刚来到北山街道')">随后，孙丽来到青云居民区党群服务站。</p>
<script>document.write('区委书记郑华来到东山街道')</script>
<svg><script>alert('副区长冯军来到南港街道')</script></svg>
</article></body></html>
"""
SCRIPT_ONLY_NAMES = ("赵刚", "钱伟", "周杰", "吴刚", "郑华", "冯军", "西山街道", "南湖街道", "东港街道", "北山街道", "东山街道", "南港街道")
ODD_NAMES = "\n".join([
    '2024年3月1日，区委副书记、区长王"明来到东湖街道新华居民区，听取居民关于加装电梯的意见建议。',
    "副区长李'强来到西湖街道幸福\\居民区，听取居民关于停车难的意见建议。",
    "区委书记张`华来到南湖街道和平}居民区，听取居民关于垃圾分类的意见建议。",
    "区政协主席赵\n刚来到北湖街道红旗居民区。",
    "区人大常委会主任钱\u200b伟来到东山街道青云\u200d社区，听取居民关于充电桩的意见建议。",
    "副区长孙\u202e丽\u202c来到西山街道\u202e安康\u202c小区，听取居民关于绿化的意见建议。",
    # quotes, a backtick, a brace and a backslash in the sentence (punctuation
    # inside a name makes it no name, so they stand beside the name here)
    '区委副书记周杰来到中山街道新风居民区，看望"}`\\居民。',
]) + "\n"
SCRIPTED_PAGE = (
    "<html><head><title>走访</title></head><body><div id=\"app\"></div>"
    "<script>document.getElementById('app').textContent = '2024年3月1日，区长王明来到东湖街道新华居民区。';</script>"
    "</body></html>\n"
)
NO_FACTS = "今天天气晴朗，气温适宜，适合户外活动。\n市民纷纷走出家门，享受春日的阳光。\n"


def png_bytes() -> bytes:
    """A real 1x1 PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("report.txt", GOOD_REPORTS["good-east.txt"])
    return buffer.getvalue()


def twenty_megabytes() -> bytes:
    report = GOOD_REPORTS["good-east.txt"].encode("utf-8")
    return report * (20 * 2**20 // len(report) + 1)


@dataclass(frozen=True)
class Case:
    title: str
    name: str  # the path given to kg, relative to the work folder
    make: Callable[[Path], None]  # writes the case into the work folder
    builds: bool  # the case's own report is expected in the graph
    error: str = ""  # the reason the one-line error gives, exactly (after "PATH: ")
    unprivileged: bool = False  # run kg without root's permission override
    code: int = 1  # the exit code when it fails (2: a usage error, a path that does not exist)

    def error_line(self, mixed: bool) -> str:
        """The whole line expected on stderr; in a folder the path starts with it
        (a missing path is given beside the folder)."""
        shown = f"reports/{self.name}" if mixed and self.name != "missing.txt" else self.name
        return f"kg build: error: {shown}: {self.error}"


def _file(data) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(data() if callable(data) else data)
    return make


def _spoiled(data: bytes) -> bytes:
    return data[:14] + b"\xff" + data[14:]


def _unreadable_folder(path: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text(GOOD_REPORTS["good-east.txt"].replace("王明", "林海"), encoding="utf-8")
    path.chmod(0)


CASES = [
    Case("empty file", "empty.txt", _file(b""), False, "empty file"),
    Case("blank file", "blank.txt", _file(b"  \n\r\n\t\n"), False, "empty file (only spaces and line breaks)"),
    Case("binary file: PNG", "scan.txt", _file(png_bytes), False, "binary file (a PNG image), not a text report: an image: govkg reads text, not scans"),
    Case("binary file: zip", "archive.txt", _file(zip_bytes), False, "binary file (a zip archive), not a text report: an archive: unpack it and build the folder"),
    # the last character, 。, starts at byte 129 of SIMPLIFIED's 133 (its newline and last byte cut)
    Case("truncated UTF-8", "truncated.txt", _file(SIMPLIFIED.encode("utf-8")[:-2]), False,
         "truncated UTF-8: the file ends inside a character (byte 129); incomplete download?"),
    Case("GB18030 text", "gb18030.txt", _file(SIMPLIFIED.encode("gb18030")), True),
    Case("Big5 text", "big5.txt", _file(TRADITIONAL.encode("big5")), True),
    # a byte no GB18030 / Big5 character starts with (0xFF), put in after "2024年5月6日，" (14 bytes in both)
    Case("damaged GB18030", "gb-damaged.txt", _file(lambda: _spoiled(SIMPLIFIED.encode("gb18030"))), False,
         "damaged GB18030: illegal multibyte sequence at byte 14; the rest reads as GB18030 (re-save or download the file again)"),
    # GB18030's last character, 。 (2 bytes), cut in half: SIMPLIFIED less its newline and last byte
    Case("truncated GB18030", "gb-truncated.txt", _file(lambda: SIMPLIFIED.encode("gb18030")[:-2]), False,
         f"truncated GB18030: the file ends inside a character (byte {len(SIMPLIFIED.encode('gb18030')) - 3}); incomplete download?"),
    Case("damaged Big5", "big5-damaged.txt", _file(lambda: _spoiled(TRADITIONAL.encode("big5"))), False,
         "damaged Big5: illegal multibyte sequence at byte 14; the rest reads as Big5 (re-save or download the file again)"),
    # a UTF-16 byte-order mark before UTF-8 bytes (SIMPLIFIED less its newline: 132 bytes, 66 UTF-16 units):
    # they decode without an error into characters no report holds; refused as damaged, not "no facts"
    Case("UTF-16 byte-order mark before other bytes", "utf16-mark.txt",
         _file(lambda: b"\xff\xfe" + SIMPLIFIED.encode("utf-8")[:-1]), False,
         "damaged UTF-16-LE: 21 of 66 characters after its byte-order mark are unassigned, private-use or control "
         "characters (binary data after the mark?); save the report as UTF-8"),
    # two files joined: GB18030 (SIMPLIFIED, 100 bytes) then UTF-8: each part read in its own encoding, with a warning
    Case("GB18030 then UTF-8 (two files joined)", "joined.txt",
         _file(lambda: SIMPLIFIED.encode("gb18030") + GOOD_REPORTS["good-west.txt"].replace("陈立华", "邵远航").encode("utf-8")), True),
    # GB18030, UTF-8, GB18030 again: no one boundary; refused, never read as mojibake
    Case("GB18030, UTF-8, GB18030", "three-parts.txt",
         _file(lambda: SIMPLIFIED.encode("gb18030") + TRADITIONAL.encode("utf-8") + SIMPLIFIED.encode("gb18030")), False,
         "mixed encodings: UTF-8 text at bytes 109-159, 163-222 among GB18030 text (first byte that is not "
         "UTF-8: 4); files joined? save each part in one encoding (UTF-8) and build again"),
    # UTF-8 once read as Latin-1 and saved again as UTF-8: decoded back, with a warning
    Case("mojibake: UTF-8 read as Latin-1 and saved again", "mojibake.txt",
         _file(lambda: SIMPLIFIED.encode("utf-8").decode("latin-1").encode("utf-8")), True),
    # the same through GBK with its errors replaced: bytes lost, refused
    Case("mojibake with bytes lost (UTF-8 read as GBK, errors replaced)", "mojibake-lost.txt",
         _file(lambda: SIMPLIFIED.encode("utf-8").decode("gbk", errors="replace").encode("utf-8")), False,
         "mojibake with bytes lost: UTF-8 text was read as GBK and saved again with U+FFFD (\ufffd) for bytes it could not "
         "read, in 1 stretch(es) of text, so it cannot be decoded back exactly: get the original file (or save the page "
         "again as UTF-8) and build again"),
    Case("20 MB text", "huge.txt", _file(twenty_megabytes), False, f"too large for a report ({len(twenty_megabytes()):,} bytes = 20 MiB; the limit is 1,048,576 bytes = 1 MiB; "
         "a report is one article: split a file of many into one file each)"),
    Case("HTML with <script> and inline event handlers", "page.html", _file(SCRIPT_HTML.encode("utf-8")), True),
    Case("HTML page whose text a script writes", "scripted.html", _file(SCRIPTED_PAGE.encode("utf-8")), False,
         "no text in the HTML page (its scripts write the text in the browser: save the page as the browser shows it, or its text as .txt)"),
    Case("no officials or places", "weather.txt", _file(NO_FACTS.encode("utf-8")), False,
         "no facts found (no officials or places recognised)"),
    Case("names with quotes, backslashes, backticks, }, newlines, zero-width and RTL characters",
         "odd-names.txt", _file(ODD_NAMES.encode("utf-8")), True),
    Case("a path that does not exist", "missing.txt", lambda path: None, False, "no such file or folder", code=2),
    Case("a folder without permission to read", "locked", _unreadable_folder, False,
         "permission denied: folder skipped", unprivileged=True),
]


# ------------------------------------------------------------------ running kg

@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    def errors(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("kg build: error:")]


def unprivileged_prefix() -> list[str] | None:
    """How to run a command that root's permission override does not cover:
    CI runs as root, for whom chmod 000 stops nothing.  None: not possible here."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return None
    prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--"]
    probe = Path(tempfile.mkdtemp()) / "probe"
    probe.write_text("x")
    probe.chmod(0)
    try:
        proc = subprocess.run([*prefix, "cat", str(probe)], capture_output=True)
    except OSError:
        return None
    finally:
        shutil.rmtree(probe.parent)
    return prefix if proc.returncode != 0 else None


def kg_build(work: Path, *args: str, unprivileged: bool = False, debug: bool = False, env=None,
             every_output: bool = False) -> Run:
    """`kg build ARGS --out out` in `work`; only graph.ttl unless `every_output` (stores, HTML)."""
    cmd = [sys.executable, "-m", "kg", *(["--debug"] if debug else []), "build", *args, "--out", "out",
           *([] if every_output else ["--no-store", "--no-html"])]
    if unprivileged:
        prefix = unprivileged_prefix()
        if prefix is None:
            pytest.skip("running as root and cannot drop the permission override (no setpriv or no CAP_SETPCAP)")
        cmd = prefix + cmd
    proc = subprocess.run(cmd, cwd=work, capture_output=True, text=True, timeout=600, env=env)
    return Run(proc.returncode, proc.stdout, proc.stderr)


LOADED_FILES = {
    "--sparql": "PREFIX gov: <https://w3id.org/govkg/ontology#> SELECT DISTINCT ?f WHERE { ?r gov:fileName ?f }",
    "--cypher": "MATCH (r:Report) RETURN DISTINCT r.fileName AS f",
}


def loaded_files(work: Path) -> dict[str, set[str]]:
    """The report files each embedded store holds, asked through `kg query`."""
    found = {}
    for language, query in LOADED_FILES.items():
        proc = subprocess.run([sys.executable, "-m", "kg", "query", "--store", "out", "--format", "csv", language, query],
                              cwd=work, capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, proc.stderr
        found[language] = set(proc.stdout.splitlines()[1:])
    return found


def built_files(work: Path) -> set[str]:
    """The report files in the graph kg wrote."""
    graph = Graph().parse(work / "out" / "graph.ttl", format="turtle")
    return {str(name) for name in graph.objects(None, GOV.fileName)}


def set_up(work: Path, case: Case, mixed: bool) -> list[str]:
    """The case (and with `mixed`, the good reports beside it) in `work`; the paths to give kg."""
    if mixed:
        folder = work / "reports"
        folder.mkdir()
        for name, text in GOOD_REPORTS.items():
            (folder / name).write_text(text, encoding="utf-8")
        case.make(folder / case.name)
        # a missing path cannot sit in a folder: give it beside the folder
        return ["reports", "missing.txt"] if case.name == "missing.txt" else ["reports"]
    case.make(work / case.name)
    return [case.name]


def clean_up(work: Path) -> None:
    for path in work.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)


@dataclass
class Observation:
    run: Run
    built: set[str]  # report files in the graph written (empty: no graph)
    loaded: dict[str, set[str]]  # query language -> report files in that embedded store


@functools.cache
def observe(case: Case, mixed: bool) -> Observation:
    """`kg build` on the case (alone, or in a folder beside good reports), once per session."""
    work = Path(tempfile.mkdtemp(prefix="kg-bad-input-"))
    try:
        run = kg_build(work, *set_up(work, case, mixed=mixed), unprivileged=case.unprivileged, every_output=mixed)
        built = built_files(work) if (work / "out" / "graph.ttl").exists() else set()
        return Observation(run, built, loaded_files(work) if mixed else {})
    finally:
        clean_up(work)
        shutil.rmtree(work, ignore_errors=True)


# ------------------------------------------------------------------ tests

@pytest.fixture
def work(tmp_path):
    yield tmp_path
    clean_up(tmp_path)


def assert_one_line_error(run: Run, case: Case, mixed: bool) -> None:
    assert "Traceback" not in run.stderr, run.stderr
    assert run.errors() == [case.error_line(mixed)], run.stderr


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_case_alone(case):
    seen = observe(case, mixed=False)
    if case.builds:
        assert seen.run.code == 0 and not seen.run.errors(), seen.run.stderr
        assert seen.built == {case.name}
    else:
        assert seen.run.code == case.code, seen.run.stderr
        assert_one_line_error(seen.run, case, mixed=False)
        assert "nothing built" in seen.run.stderr and not seen.built


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_case_mixed_with_good_reports(case):
    seen = observe(case, mixed=True)
    expected = set(GOOD_REPORTS) | ({case.name} if case.builds else set())
    assert seen.built == expected
    assert seen.loaded == {language: expected for language in LOADED_FILES}
    if case.builds:
        assert seen.run.code == 0 and not seen.run.errors(), seen.run.stderr
    else:
        assert seen.run.code == case.code, seen.run.stderr
        assert_one_line_error(seen.run, case, mixed=True)


def graph_of(work: Path) -> Graph:
    return Graph().parse(work / "out" / "graph.ttl", format="turtle")


def labels(graph: Graph) -> set[str]:
    return {str(o) for _, p, o in graph if isinstance(o, Literal) and p != OA.exact}


def test_gb18030_and_big5_decode_to_the_same_facts(work):
    for case in CASES:
        if case.name in ("gb18030.txt", "big5.txt"):
            case.make(work / case.name)
    run = kg_build(work, "gb18030.txt", "big5.txt")
    assert run.code == 0, run.stderr
    found = labels(graph_of(work))
    # Big5 holds Traditional script: repaired to the same Simplified names
    assert {"刘建国", "北湖街道", "胜利居民区"} <= found


def test_script_text_never_becomes_facts(work):
    (work / "page.html").write_text(SCRIPT_HTML, encoding="utf-8")
    # the same page saved by a scraper as .txt is still read as HTML
    (work / "page-source.txt").write_text(SCRIPT_HTML, encoding="utf-8")
    run = kg_build(work, "page.html", "page-source.txt")
    assert run.code == 0, run.stderr
    text = " ".join(labels(graph_of(work))) + " ".join(str(o) for o in graph_of(work).objects(None, OA.exact))
    assert "孙丽" in text
    assert not [name for name in SCRIPT_ONLY_NAMES if name in text]
    assert "alert" not in text and "<" not in text


def test_odd_characters_stay_verbatim_in_quotes_and_out_of_names(work):
    (work / "odd-names.txt").write_text(ODD_NAMES, encoding="utf-8")
    run = kg_build(work, "odd-names.txt")
    assert run.code == 0, run.stderr
    graph = graph_of(work)  # parses: quotes, backslashes and braces were escaped
    quotes = {str(o) for o in graph.objects(None, OA.exact)}
    # the source sentence is quoted verbatim, every awkward character intact
    assert '区委副书记周杰来到中山街道新风居民区，看望"}`\\居民。' in quotes
    assert "副区长孙\u202e丽\u202c来到西山街道\u202e安康\u202c小区，听取居民关于绿化的意见建议。" in quotes
    # names and labels carry no invisible or direction-changing characters
    assert not {label for label in labels(graph) if INVISIBLE.search(label)}
    assert "孙丽" in labels(graph)


def test_file_names_with_control_characters_stay_on_one_line(work):
    (work / "bad\nname\u202e.txt").write_bytes(b"")
    (work / "good-east.txt").write_text(GOOD_REPORTS["good-east.txt"], encoding="utf-8")  # so a summary is printed
    run = kg_build(work, ".")
    assert run.code == 1
    assert [line for line in run.errors() if "bad\\u000aname\\u202e.txt: empty file" in line], run.stderr
    assert "\u202e" not in run.stdout + run.stderr and "bad\nname" not in run.stdout + run.stderr


def test_a_report_that_trips_a_bug_fails_alone(work):
    """Fault injection: a sitecustomize breaks the officials component for one
    report; the other reports build, the error is one line, --debug shows the traceback."""
    hooks = work / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(
        "import dataclasses\n"
        "import kg.pipeline as p\n"
        "real = p.get_component('officials')\n"
        "def broken(doc):\n"
        "    if '故障' in doc.raw.text:\n"
        "        raise IndexError('injected fault')\n"
        "    return real.func(doc)\n"
        "p.COMPONENTS['officials'] = dataclasses.replace(real, func=broken)\n",
        encoding="utf-8",
    )
    (work / "reports").mkdir()
    for name, text in GOOD_REPORTS.items():
        (work / "reports" / name).write_text(text, encoding="utf-8")
    (work / "reports" / "fault.txt").write_text("故障" + GOOD_REPORTS["good-east.txt"], encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hooks), str(ROOT)])}

    run = kg_build(work, "reports", env=env)
    assert run.code == 1 and "Traceback" not in run.stderr, run.stderr
    assert [line for line in run.errors() if "fault.txt: internal error (IndexError: injected fault)" in line]
    assert built_files(work) == set(GOOD_REPORTS)

    run = kg_build(work, "reports", "--force", debug=True, env=env)
    assert "Traceback" in run.stderr and "IndexError: injected fault" in run.stderr


COMMANDS_ON_BAD_INPUT = [
    ("validate", "broken.ttl"),
    ("validate", "scan.ttl"),
    ("validate", "missing.ttl"),
    ("view", "broken.ttl", "--out", "view"),
    ("query", "--store", "missing-folder", "--sparql", "SELECT * WHERE { ?s ?p ?o }"),
    ("export", "--from", "missing-folder", "--format", "turtle"),
    ("remove", "x.txt", "--from", "missing-folder"),
    ("build", "good.txt", "--date", "2024-13-01"),
    ("build", "good.txt", "--jobs", "none"),
    ("build", "good.txt", "--out", "good.txt"),  # --out naming a file
]


@pytest.mark.parametrize("args", COMMANDS_ON_BAD_INPUT, ids=" ".join)
def test_every_command_reports_bad_input_on_one_line(work, args):
    # a Turtle syntax error whose parser message spans several lines
    (work / "broken.ttl").write_text('@prefix x: <http://x#> .\nx:a x:b "unterminated .\n', encoding="utf-8")
    (work / "scan.ttl").write_bytes(png_bytes())
    (work / "good.txt").write_text(GOOD_REPORTS["good-east.txt"], encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg", *args], cwd=work, capture_output=True, text=True, timeout=600)
    assert proc.returncode != 0
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and re.match(r"kg( \w+)?: error: ", lines[0]), proc.stderr
    assert "Errno" not in lines[0]  # the path and the reason, not Python's exception text


# ------------------------------------------------------------------ the table

TABLE_START, TABLE_END = "<!-- bad-input table: start -->", "<!-- bad-input table: end -->"


def table() -> str:
    """The cases as the tests above expect kg to handle them: the error line,
    the exit code, and in a folder, every good report built and loaded."""
    rows = ["| case | alone: message | exit | mixed into a folder with 2 good reports: message (built / loaded into both stores) | exit |",
            "| --- | --- | --- | --- | --- |"]
    good = f"{len(GOOD_REPORTS)}/{len(GOOD_REPORTS)}"
    for case in CASES:
        alone_text = "(no error; built)" if case.builds else case.error_line(mixed=False)
        mixed_text = "(no error)" if case.builds else case.error_line(mixed=True)
        mixed_text += f" — {good} good reports built, {good} loaded"
        code = 0 if case.builds else case.code
        rows.append(f"| {_cell(case.title)} | {_cell(alone_text)} | {code} | {_cell(mixed_text)} | {code} |")
    return "\n".join(rows)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;")


def documented_table() -> str:
    text = DOC.read_text(encoding="utf-8")
    return text[text.index(TABLE_START) + len(TABLE_START):text.index(TABLE_END)].strip()


def test_reliability_table_states_the_expected_behaviour():
    assert documented_table() == table(), "docs/reliability.md differs from the tests' expectations: python -m tests.test_bad_input"


if __name__ == "__main__":
    text = DOC.read_text(encoding="utf-8")
    start, end = text.index(TABLE_START) + len(TABLE_START), text.index(TABLE_END)
    DOC.write_text(text[:start] + "\n" + table() + "\n" + text[end:], encoding="utf-8")
    print(f"wrote the expected table to {DOC}")


def test_a_folder_of_only_office_documents_says_which_were_skipped_and_what_to_do(work):
    folder = work / "inbox"
    folder.mkdir()
    (folder / "纪要.docx").write_bytes(b"PK\x03\x04" + bytes(40))
    (folder / "通报.pdf").write_bytes(b"%PDF-1.7\n" + bytes(40))
    run = kg_build(work, "inbox")
    assert run.code == 1
    (line,) = [line for line in run.stderr.splitlines() if "error:" in line]
    assert line.startswith(f"kg build: error: inbox: holds no report files (govkg reads ") and ".txt" in line and ".html" in line
    assert "纪要.docx (a word-processor document: save it as .txt" in line and "通报.pdf (a PDF: extract its text" in line


def test_every_message_naming_the_report_types_names_every_type_read(work):
    """A file of a type govkg does not read is listed with the types it reads:
    all of them (.text, .htm and .xhtml were missing), and each of those is
    indeed read as a report."""
    folder = work / "inbox"
    folder.mkdir()
    visit = "2023年5月4日，副县长周明远来到红枫镇石桥村，察看春耕备耕情况。"
    for name in ("a.txt", "b.text", "c.md"):
        (folder / name).write_text(visit.replace("石桥村", f"石桥{name[0]}村") + "\n", encoding="utf-8")
    for name in ("d.html", "e.htm", "f.xhtml"):
        (folder / name).write_text(f"<html><body><p>{visit.replace('石桥村', f'石桥{name[0]}村')}</p></body></html>\n", encoding="utf-8")
    (folder / "notes.rst").write_text(visit + "\n", encoding="utf-8")
    run = kg_build(work, "inbox")
    assert run.code == 0, run.stderr
    assert "read 6 report file(s)" in run.stdout and "6 extracted" in run.stdout, run.stdout
    assert "inbox/notes.rst: not a report, skipped: not a report file type (.rst): govkg reads .htm, .html, .md, .text, .txt, .xhtml" \
        in run.stderr, run.stderr  # said once, on stderr


def test_a_file_just_over_the_size_limit_says_by_how_much(work):
    """Just over 1 MiB rounded to "1.0 MiB; the limit is 1 MiB": the bytes say it."""
    line = "2023年5月4日，副县长周明远来到红枫镇石桥村，察看春耕备耕情况。\n".encode("utf-8")
    (work / "long.txt").write_bytes(line * (1_100_379 // len(line)))
    size = (work / "long.txt").stat().st_size
    run = kg_build(work, "long.txt")
    assert run.code == 1
    assert run.errors() == [f"kg build: error: long.txt: too large for a report ({size:,} bytes = 1.05 MiB; "
                            f"the limit is 1,048,576 bytes = 1 MiB; a report is one article: split a file of many into "
                            f"one file each)"], run.stderr
