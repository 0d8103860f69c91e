"""Playwright in a Chromium (the system's, or Playwright's own) against pytest-django's live server. Without
any Chromium the browser tests are left out, with one line saying so at the end of the run.

Generic fixtures other browser tests reuse: `browser` (one Chromium per session), `page` (a fresh context
per test, 1280 px wide), `live_url` (the live server's address, with a database the server can see),
`screenshot` (saves under artifacts/screenshots/ at the project root).
"""

import functools
import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings

# Sync Playwright runs an event loop in this thread; Django's async-safety check would then refuse ORM
# calls made by fixtures. The ORM is still used from one thread at a time here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
SYSTEM_CHROMIUMS = ("chromium", "chromium-browser", "google-chrome")


def _playwright_chromium() -> str | None:
    """Playwright's own Chromium when `playwright install chromium` (make chromium) has fetched it."""
    from playwright.sync_api import Error, sync_playwright

    try:
        with sync_playwright() as playwright:
            path = playwright.chromium.executable_path
    except Error:
        return None
    return path if path and Path(path).is_file() else None


@functools.cache
def find_chromium() -> str | None:
    """CHROMIUM_PATH when set, else a system Chromium on PATH, else Playwright's; None when there is none."""
    if os.environ.get("CHROMIUM_PATH"):
        return os.environ["CHROMIUM_PATH"]
    system = next((shutil.which(name) for name in SYSTEM_CHROMIUMS if shutil.which(name)), None)
    return system or _playwright_chromium()


NO_CHROMIUM = pytest.StashKey[int]()  # how many browser tests were left out for want of a Chromium


def pytest_collection_modifyitems(config, items):
    here = [item for item in items if Path(str(item.fspath)).parent == Path(__file__).parent]
    if here and find_chromium() is None:
        items[:] = [item for item in items if item not in here]
        config.hook.pytest_deselected(items=here)
        config.stash[NO_CHROMIUM] = len(here)
    for item in here:
        item.add_marker(pytest.mark.browser)


def pytest_terminal_summary(terminalreporter, config):
    if NO_CHROMIUM in config.stash:
        terminalreporter.write_line(
            f"SKIPPED {config.stash[NO_CHROMIUM]} browser tests: no Chromium found (set CHROMIUM_PATH, install a "
            f"system chromium, or run `make chromium` for Playwright's)",
            yellow=True,
        )


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance):
    browser = playwright_instance.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS, headless=True)
    yield browser
    browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def live_url(transactional_db, live_server) -> str:
    """The live server's base address without a trailing slash; data written in the test is visible."""
    return live_server.url.rstrip("/")


@pytest.fixture
def screenshot():
    """screenshot(page, name) saves a full-page PNG and returns its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
