"""A page whose article element leaves the headline out, and the text pasted
from it with the headline on its first line, are one article (kg.corpus.forms,
kg.corpus.record.body_digest): built once, with one warning naming both.  Two
articles that share a headline but not their text stay two.  Every fixture is
invented; each test runs real builds (kg.build_reports, the whole pipeline)."""

from __future__ import annotations

import pytest

import kg

HEADLINE = "区人大常委会副主任走访社区"
BODY = ("2024年5月21日，区人大常委会副主任严启航来到江枫街道桂园居民区，听取居民意见。\n"
        "居民们反映了小区雨水管堵塞、快递柜不够用等问题，严启航表示将督促相关部门尽快解决。\n")
PAGE = ("<!doctype html><html><head><title>" + HEADLINE + "_江枫区人民政府网</title></head><body>\n"
        "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news\">要闻</a></div>\n"
        "<article>" + "".join(f"<p>{line}</p>\n" for line in BODY.splitlines()) + "</article>\n"
        "<div class=\"footer\">版权所有：江枫区人民政府</div></body></html>\n")
OTHER_BODY = ("2024年6月3日，区人大常委会副主任严启航来到江枫街道梧桐居民区，察看老旧小区改造。\n"
              "居民反映楼道照明不足，严启航要求街道抓紧整改。\n")


def _build(tmp_path, files: dict[str, str]):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return kg.build_reports([folder], out=tmp_path / "out", store=False, html=False)


@pytest.mark.fast
def test_a_page_without_its_headline_and_the_pasted_text_with_it_are_built_once(tmp_path):
    built = _build(tmp_path, {"guiyuan.html": PAGE, "guiyuan.txt": HEADLINE + "\n" + BODY})
    assert built.counts["visits"] == 1, built.counts
    assert len(built.facts) == 1
    said = [w for w in built.warnings if "the same article" in w]
    assert len(said) == 1 and "guiyuan.html" in said[0] and "guiyuan.txt" in said[0], built.warnings


@pytest.mark.fast
def test_two_articles_under_one_headline_stay_two_reports(tmp_path):
    built = _build(tmp_path, {"a.txt": HEADLINE + "\n" + BODY, "b.txt": HEADLINE + "\n" + OTHER_BODY})
    assert len(built.facts) == 2
    assert built.counts["visits"] == 2, built.counts
    assert not [w for w in built.warnings if "the same article" in w]


def test_a_gone_report_is_named_as_the_user_named_its_folder(tmp_path):
    """The warning for a report whose file is gone names it as the other
    warnings do, relative to the working folder, not by the absolute path the
    manifest keeps."""
    import subprocess
    import sys

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(HEADLINE + "\n" + BODY, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER_BODY, encoding="utf-8")

    def build():
        return subprocess.run([sys.executable, "-m", "kg", "build", "reports", "--out", "out", "--no-store", "--no-html"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=300)

    assert build().returncode == 0
    (folder / "b.txt").unlink()
    again = build()
    assert "kg build: warning: reports/b.txt: built before, and its file is gone" in again.stderr, again.stderr
