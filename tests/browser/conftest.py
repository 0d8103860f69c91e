"""Playwright in the system Chromium against pytest-django's live server.

Generic fixtures other browser tests reuse: `browser` (one Chromium per session), `page` (a fresh context
per test, 1280 px wide), `live_url` (the live server's address, with a database the server can see),
`screenshot` (saves under artifacts/screenshots/ at the project root).
"""

import os
from pathlib import Path

import pytest
from django.conf import settings

# Sync Playwright runs an event loop in this thread; Django's async-safety check would then refuse ORM
# calls made by fixtures. The ORM is still used from one thread at a time here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance):
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
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
