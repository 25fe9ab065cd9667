"""Session 47 (lead): an issue label read with characters lost is named in the build's warning,
as a name read so is (kg.corpus.guessed).  Fixtures invented for this file."""

from __future__ import annotations

import pytest

from tests.test_users28 import build, labels, warnings


@pytest.mark.fast
@pytest.mark.parametrize(
    "received, read",
    [("油烟??扰民", "油烟□□扰民"), ("路灯\ufffd了", "路灯□了")],
)
def test_an_issue_label_read_with_characters_lost_is_named_in_a_warning(tmp_path, received, read):
    text = f"2025年4月8日，副县长林晓来到青石镇柳湾村，村民反映{received}。\n"
    proc = build(tmp_path, text.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert read in labels(tmp_path)
    [warning] = warnings(proc)
    assert warning.startswith(f"kg build: warning: {tmp_path / 'r.txt'}: characters lost in 1 issue label")
    assert f"「{received}」 read as {read}" in warning


@pytest.mark.fast
def test_a_name_and_a_label_with_characters_lost_are_counted_apart(tmp_path):
    text = "2025年4月8日，副县长林??来到青石镇柳湾村，村民反映水渠??堵。\n"
    proc = build(tmp_path, text.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    [warning] = warnings(proc)
    assert "characters lost in 1 name and 1 issue label" in warning
    assert "「林??」 read as 林某某" in warning and "read as 水渠□□堵" in warning


@pytest.mark.fast
def test_a_label_with_no_lost_character_gives_no_warning(tmp_path):
    # precision: a question mark the report wrote as punctuation stands apart from the label
    proc = build(tmp_path, "2025年4月8日，副县长林晓来到青石镇柳湾村，村民反映灌溉水渠淤堵，能不能尽快清理?\n".encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert warnings(proc) == []
