"""Fixtures for the corpus build: a small multi-report corpus written for the
tests (one official across three reports with different posts, one place
with and without its subdistrict, two people of one name in two districts,
one place name in two subdistricts) and its build via the real CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import run_kg

CORPUS = {
    # 王明: 区长 in 2024, 区委书记 in 2025; 山一居民区 with and without 东湖街道
    "r1.txt": "2024年3月1日，东湖区区长王明来到东湖街道山一居民区，听取居民关于加装电梯和停车难的意见建议。\n",
    "r2.txt": "2025年4月2日，区委书记王明来到山一居民区，听取居民关于垃圾分类的意见建议。\n",
    "r3.txt": "2025年5月6日，东湖区委书记王明来到东湖街道山一居委，听取居民关于老年助餐的意见建议。\n",
    # two people named 李华, in 西湖区 and 东湖区; 新华居民区 in two subdistricts
    "r4.txt": "2024年6月1日，西湖区区长李华来到西湖街道新华居民区，听取居民关于停车难的意见建议。\n",
    "r5.txt": "2024年7月1日，东湖区副区长李华来到东湖街道新华居民区，听取居民关于加装电梯的意见建议。\n",
    # 新华居民区 without its subdistrict: it could be either, so it stays apart
    "r6.txt": "2024年8月1日，区委副书记张强来到新华居民区，听取居民关于绿化的意见建议。\n",
}


def write_corpus(folder: Path, reports: dict[str, str] = CORPUS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build(corpus: Path, out: Path, *extra) -> str:
    """`kg build` as a user runs it; returns its standard output."""
    proc = run_kg("build", corpus, "--out", out, "--no-store", "--no-html", *extra)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture(scope="session")
def linking_corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "reports")


@pytest.fixture(scope="session")
def linking_build(linking_corpus, tmp_path_factory) -> Path:
    """The corpus built once (read-only for tests); returns the build folder."""
    out = tmp_path_factory.mktemp("corpus-build")
    build(linking_corpus, out)
    return out


@pytest.fixture
def linking_copy(linking_corpus, tmp_path) -> tuple[Path, Path]:
    """A private copy of the corpus and a build of it, for tests that change them."""
    reports = tmp_path / "reports"
    shutil.copytree(linking_corpus, reports)
    out = tmp_path / "out"
    build(reports, out)
    return reports, out
