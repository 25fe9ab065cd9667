"""A real headless Chromium (Debian's, installed by scripts/setup.d/10-browser.sh),
driven through Playwright's Python package with executable_path: Playwright's
own browser download is never used.  Each page opens in a fresh context with
the network blocked: every request that is not file: is aborted and recorded.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "_artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Playwright adds --headless and a fresh --user-data-dir (a new temporary profile per launch).
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


@dataclass
class OpenedPage:
    page: object
    errors: list[str] = field(default_factory=list)  # console errors and uncaught exceptions
    blocked: list[str] = field(default_factory=list)  # requests that tried to leave file:

    def count(self, expression: str) -> int:
        return self.page.evaluate(expression)

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        target = ARTIFACTS / name
        self.page.screenshot(path=str(target))
        return target


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: run scripts/setup.d/10-browser.sh (bash scripts/test.sh does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def open_offline(browser, path: Path, *, ready_timeout_ms: int = 60_000, viewport=(1280, 800)) -> OpenedPage:
    """Open a local file with every non-file: request aborted; wait until the graph is drawn."""
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    opened = OpenedPage(page=context.new_page())

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            opened.blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    opened.page.on("console", lambda m: m.type == "error" and opened.errors.append(m.text))
    opened.page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
    opened.page.goto(Path(path).resolve().as_uri())
    opened.page.wait_for_function("document.body.getAttribute('data-ready') === '1'", timeout=ready_timeout_ms)
    return opened


@pytest.fixture
def open_page(chromium):
    """open_page(path) -> OpenedPage; contexts are closed after the test."""
    opened = []

    def _open(path, **kw):
        page = open_offline(chromium, path, **kw)
        opened.append(page)
        return page

    yield _open
    for p in opened:
        p.page.context.close()
