"""A newcomer's first-use faults of session 27 (NEWC27 items 14 and 15), through
the real `kg build`: a file whose start is GB18030 and rest UTF-8, mojibake,
names read with characters lost, and README's list of outputs.  Every fixture
is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, RDFS

from tests.conftest import ROOT, run_kg

HEAD = "2025年4月8日，副县长邵远航来到青石镇柳湾村调研。\n"
TAIL = "村民反映灌溉水渠淤堵，邵远航要求尽快清淤。\n"
LABELS = {"邵远航", "柳湾村", "青石镇"}


def build(tmp_path: Path, data: bytes, name: str = "r.txt"):
    report = tmp_path / name
    report.write_bytes(data)
    return run_kg("build", report, "--out", tmp_path / "out", "--no-store", "--no-html")


def labels(tmp_path: Path) -> set[str]:
    graph = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    return {str(o) for o in graph.objects(None, RDFS.label)}


def warnings(proc) -> list[str]:
    return [line for line in proc.stderr.splitlines() if line.startswith("kg build: warning:")]


# ---------------------------------------------------------------- 1. two encodings

@pytest.mark.fast
@pytest.mark.parametrize(
    "first, second",
    [("gb18030", "utf-8"), ("utf-8", "gb18030"), ("big5", "utf-8")],
)
def test_a_file_of_two_encodings_is_read_part_by_part_and_says_where_they_change(tmp_path, first, second):
    head = "2025年4月8日，副縣長邵遠航來到青石鎮柳灣村調研。\n" if first == "big5" else HEAD
    data = head.encode(first) + TAIL.encode(second)
    proc = build(tmp_path, data)
    assert proc.returncode == 0, proc.stderr
    offset = len(head.encode(first))
    names = {"gb18030": "GB18030", "utf-8": "UTF-8", "big5": "Big5"}
    assert warnings(proc) == [
        f"kg build: warning: {tmp_path / 'r.txt'}: mixed encodings: bytes 0-{offset - 1} are {names[first]} and bytes "
        f"{offset} on are {names[second]} (two files joined?); each part was decoded in its own encoding: check the "
        "text where they meet"
    ]
    assert LABELS <= labels(tmp_path)
    turtle = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "灌溉水渠淤堵" in turtle and "鍙" not in turtle  # the UTF-8 part as written, no mojibake


def test_a_file_of_three_parts_is_refused_naming_the_file_not_read_as_mojibake(tmp_path):
    data = HEAD.encode("gb18030") + TAIL.encode("utf-8") + HEAD.encode("gb18030")
    proc = build(tmp_path, data)
    assert proc.returncode == 1
    line = f"kg build: error: {tmp_path / 'r.txt'}: mixed encodings: UTF-8 text at bytes "
    assert any(x.startswith(line) and "among GB18030 text" in x for x in proc.stderr.splitlines()), proc.stderr
    assert "the rest reads as" not in proc.stderr


def test_a_damaged_gb18030_file_is_still_refused_as_damaged(tmp_path):
    # precision: one bad byte in GB18030 text is no second encoding
    data = HEAD.encode("gb18030") + b"\xff" + TAIL.encode("gb18030")
    proc = build(tmp_path, data)
    assert proc.returncode == 1
    assert "damaged GB18030: illegal multibyte sequence" in proc.stderr and "mixed" not in proc.stderr


# ---------------------------------------------------------------- 2. mojibake

def windows_1252(data: bytes) -> str:
    """`data` read as a browser reads windows-1252 (WHATWG Encoding: the five
    bytes the code page leaves undefined as the C1 controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


# lines whose UTF-8 bytes GB18030 (GBK's superset) reads whole, with no byte left over
EVEN = "副县长邵远航来到青石镇柳湾村\n村民反映灌溉水渠淤堵\n"


@pytest.mark.fast
@pytest.mark.parametrize("through, shown", [("latin-1", "Latin-1/Windows-1252"), ("windows-1252", "Latin-1/Windows-1252"),
                                            ("gb18030", "GBK")])
def test_mojibake_is_decoded_back_with_a_warning_naming_the_file(tmp_path, through, shown):
    data = EVEN.encode("utf-8")
    garbled = windows_1252(data) if through == "windows-1252" else data.decode(through)
    proc = build(tmp_path, garbled.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    [warning] = warnings(proc)
    assert warning.startswith(f"kg build: warning: {tmp_path / 'r.txt'}: mojibake repaired: the text was UTF-8 read as {shown}")
    assert LABELS <= labels(tmp_path)


@pytest.mark.fast
@pytest.mark.parametrize("through", ["gbk", "cp1252"])
def test_mojibake_with_bytes_lost_is_refused_naming_the_file(tmp_path, through):
    # 鍓� / å�: the tool wrote U+FFFD for bytes it could not read
    garbled = (HEAD + TAIL).encode("utf-8").decode(through, errors="replace")
    assert "\ufffd" in garbled
    proc = build(tmp_path, garbled.encode("utf-8"))
    assert proc.returncode == 1
    assert f"kg build: error: {tmp_path / 'r.txt'}: mojibake with bytes lost: UTF-8 text was read as " in proc.stderr
    assert "no facts found" not in proc.stderr


@pytest.mark.fast
def test_chinese_with_latin_words_and_rare_characters_is_no_mojibake(tmp_path):
    # precision: café, °C and rare name characters stay as written, with no warning
    text = "2025年4月8日，副县长邵喆堃来到青石镇柳湾村café驿站，室外气温-5°C。村民反映灌溉水渠淤堵。\n"
    proc = build(tmp_path, text.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert warnings(proc) == []
    assert "邵喆堃" in labels(tmp_path)


# ---------------------------------------------------------------- 3. lost characters in names

@pytest.mark.fast
@pytest.mark.parametrize(
    "received, read",
    # (邵远?: the last character lost after a title, a surname and one given character is the
    # name's, marked as damaged since NAMES31, as 邵??航 is; it was read 邵远 before)
    [("邵??航", "邵某某航"), ("邵\ufffd航", "邵某航"), ("邵远?", "邵远某")],
)
def test_a_name_read_with_characters_lost_is_named_in_a_warning(tmp_path, received, read):
    text = f"2025年4月8日，副县长{received}来到青石镇柳湾村，村民反映灌溉水渠淤堵。\n"
    proc = build(tmp_path, text.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert read in labels(tmp_path)
    [warning] = warnings(proc)
    assert f"「{received}」 read as {read}" in warning
    assert warning.startswith(f"kg build: warning: {tmp_path / 'r.txt'}: characters lost in 1 name")


@pytest.mark.fast
def test_a_name_written_with_mou_is_no_lost_character(tmp_path):
    # precision: 邵某 as the report writes it (a name withheld) is no repair
    proc = build(tmp_path, "2025年4月8日，副县长邵某来到青石镇柳湾村，村民反映灌溉水渠淤堵。\n".encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert warnings(proc) == []


# ---------------------------------------------------------------- 4. README's outputs

def test_readme_names_every_file_a_build_writes(tmp_path):
    proc = build(tmp_path, (HEAD + TAIL).encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    written = {p.name for p in (tmp_path / "out").iterdir() if p.is_file() and not p.name.startswith(".")}
    assert {"graph.ttl", "graph.nq", "manifest.json"} <= written
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [name for name in sorted(written) if f"out/{name}" not in readme] == []
