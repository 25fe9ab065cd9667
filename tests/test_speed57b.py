"""benchmarks/analyser_use.py (speed57b, session 57): what the lexical analyser reads per
report, and who asks.  Invented reports; no timings are checked, only the figures' shape."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.fast

ROOT = Path(__file__).resolve().parents[1]

REPORTS = {
    "a.txt": "2026年3月2日，区长王明来到新华社区，看望独居老人。居民反映楼道灯坏了，王明要求尽快修好。\n",
    "b.txt": "2026年3月5日，副镇长陈刚走访了青石村和河口村，村民提出停车难的问题。\n",
}


def test_overlap_counts_characters_inside_spans():
    sys.path.insert(0, str(ROOT))
    from benchmarks.analyser_use import overlap

    assert overlap([(0, 5), (8, 10)], 3, 9) == 3
    assert overlap([], 0, 4) == 0 and overlap([(2, 3)], 3, 9) == 0


def test_tool_splits_encoded_characters_by_source(tmp_path):
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "analyser_use.py"), "--folder", str(tmp_path), "--passes", "1"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    m = re.search(r"(\d+) encoded \(windows (\d+), on demand (\d+) of which (\d+) taken in again at a part's edge,"
                  r" alone (\d+)\); (\d+) answered from memory", out)
    assert m, out
    encoded, windows, parts, again, alone, memory = map(int, m.groups())
    # (two reports read again after the warm pass: the analyser's memory holds their texts)
    assert encoded + memory > 0
    assert abs(encoded - (windows + parts + alone)) <= 2 and again <= parts
    assert "encoder runs" in out and "characters encoded by caller:" in out
