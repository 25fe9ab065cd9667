"""kg.api as a newcomer meets it in a notebook: wrong shapes get a TypeError
naming the expected one, any name is a report's name, and a Build prints short."""

from __future__ import annotations

import pytest

import kg
from kg.errors import UsageError

VISIT = "2023年6月12日，副区长李清华来到西岭街道桂香居民区，走访慰问困难群众。"
OTHER = "2023年7月3日，区委书记陈雅文来到北塘街道枫林居民区，察看老旧小区改造。"


def test_build_texts_given_a_list_says_it_takes_a_mapping():
    with pytest.raises(TypeError, match=r"mapping of report names to texts.*not a list"):
        kg.build_texts([VISIT, OTHER])
    with pytest.raises(TypeError, match=r"str names to str or bytes texts"):
        kg.build_texts({"a.txt": 3})


def test_build_texts_names_need_no_suffix():
    built = kg.build_texts({"0612": VISIT, "2023/july": OTHER, "notes.docx": VISIT.replace("李清华", "周书林")})
    assert built.failures == []
    assert sorted(built.graph_of) == ["0612", "2023/july", "notes.docx"]
    assert [v.date.isoformat() for v in built.facts["0612"].visits] == ["2023-06-12"]
    assert {o.name for o in built.facts["2023/july"].officials.values()} == {"陈雅文"}


def test_build_repr_is_a_one_line_summary():
    built = kg.build_texts({"a.txt": VISIT, "b.txt": OTHER})
    text = repr(built)
    assert "\n" not in text and len(text) < 200, text
    assert text.startswith("<Build: 2 reports (") and "in memory" in text
    assert f"visits={built.counts['visits']}," in text and "0 failures" in text
    assert VISIT[:8] not in text  # no fact, no evidence sentence


def test_an_empty_input_is_an_error_for_both_builders():
    with pytest.raises(UsageError, match="no paths given"):
        kg.build_reports([])
    with pytest.raises(UsageError, match="no texts given"):
        kg.build_texts({})


def test_messages_name_the_parameters_the_caller_passed_not_the_command_lines_flags(tmp_path):
    undated = "5月20日，副镇长赵晓峰来到青石村，察看村道修缮。"
    built = kg.build_texts({"a.txt": undated}, date=None)
    (warning,) = built.warnings
    assert "date=datetime.date(YYYY, MM, DD)" in warning and "--date" not in warning, warning

    out = tmp_path / "out"
    first = kg.build_texts({"a.txt": VISIT}, out=out, store=False, html=True)
    assert (out / "graph.html").is_file() and first.warnings == []
    second = kg.build_texts({"b.txt": OTHER}, out=out, store=False, html=False)
    (line,) = [w for w in second.warnings if "graph.html" in w]
    assert "without html=False" in line and "--no-html" not in line, line
    assert not any("--" in w.split("`")[0] for w in second.warnings), second.warnings  # commands in backticks stay whole

    with pytest.raises(UsageError, match=r"^base= must be an absolute IRI"):
        kg.build_texts({"a.txt": VISIT}, base="relative/")
