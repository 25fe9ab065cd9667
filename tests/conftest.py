"""Shared fixtures.  Area-specific fixtures (servers, browsers) live in
tests/plugins/<area>.py and are loaded here, so each area keeps its own file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "hongkou-2025-02-05.txt"

pytest_plugins = sorted(
    f"tests.plugins.{p.stem}" for p in (ROOT / "tests" / "plugins").glob("*.py") if p.stem != "__init__"
)


# In-process parser and repair tests run in seconds: with the tests marked
# @pytest.mark.fast elsewhere they make the subset scripts/knockout.sh runs.
# (A parser test module named otherwise sets `pytestmark = pytest.mark.fast`.)
FAST_MODULES = ("test_extract", "test_officials", "test_repair", "test_analyse", "test_places", "test_visits",
                "test_issues", "test_dates")


def pytest_collection_modifyitems(items):
    for item in items:
        module = getattr(item, "module", None)  # doctest items carry none
        if module is not None and module.__name__.rpartition(".")[2].startswith(FAST_MODULES):
            item.add_marker(pytest.mark.fast)


def run_kg(*args, cwd=None, env=None, input=None) -> subprocess.CompletedProcess:
    """Run the real `kg` command line as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *map(str, args)],
        capture_output=True, text=True, cwd=cwd, env=env, input=input, timeout=600,
    )


def build_reports(root: Path, reports: dict[str, str]) -> subprocess.CompletedProcess:
    """Write `reports` (file name -> text, UTF-8) into `root/reports` and build them with
    `kg build … --out root/out --no-store --no-html`; the finished process (asserted to succeed)."""
    folder = root / "reports"
    folder.mkdir(exist_ok=True)
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    proc = run_kg("build", folder, "--out", root / "out", "--no-store", "--no-html")
    assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The seed report built once with `kg build`; returns the output folder."""
    out = tmp_path_factory.mktemp("seed-build")
    proc = run_kg("build", SEED, "--out", out)
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="session")
def one_report_build(tmp_path_factory) -> Path:
    """One invented report (an official, a visit, an issue) built with `kg build --no-html`
    once for the session; returns the output folder (graph files and both stores)."""
    folder = tmp_path_factory.mktemp("one-report")
    (folder / "r.txt").write_text("2024年7月9日，副区长殷若川来到枫桥街道荷塘社区，居民反映电梯老旧。\n", encoding="utf-8")
    done = run_kg("build", folder / "r.txt", "--out", folder / "out", "--no-html")
    assert done.returncode == 0, done.stderr
    return folder / "out"
