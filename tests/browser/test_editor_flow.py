"""An editor in the system Chromium: log in, paste an article, publish an event from the review page."""

from __future__ import annotations

import datetime as dt

import pytest

from deals.models import Event
from deals.services import imports
from tests.imports.builders import event, result
from tests.imports.editor_helpers import editor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]  # fixtures: tests/browser/conftest.py

TEXT = (
    "SoftBank Group agreed on Monday to invest $1.5 billion in Nvidia, the company said.\n\n"
    "Analysts said the move was expected."
)
SENTENCE = "SoftBank Group agreed on Monday to invest $1.5 billion in Nvidia, the company said."


def test_editor_pastes_an_article_and_publishes_from_the_review_page(live_url, page, screenshot, softbank, monkeypatch):
    from tests.factories import CompanyFactory

    CompanyFactory(name="Nvidia", slug="nvidia")
    monkeypatch.setattr(
        imports,
        "run_extraction",
        lambda text, *, published, language: result(
            event(text, SENTENCE, counterparties=("Nvidia",), date=dt.date(2024, 11, 11), date_text="on Monday")
        ),
    )
    user = editor("browser-editor")
    user.set_password("correct-horse-battery")
    user.save()
    page.goto(f"{live_url}/admin/login/")
    page.fill("#id_username", "browser-editor")
    page.fill("#id_password", "correct-horse-battery")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_url}/admin/")

    page.goto(f"{live_url}/admin/deals/article/")
    page.get_by_role("link", name="Import articles").click()
    page.fill("#id_text", TEXT)
    page.fill("#id_title", "SoftBank backs Nvidia")
    page.fill("#id_published", "2024-11-14")
    page.get_by_role("button", name="Import and review").click()
    page.wait_for_url("**/review/")

    mark = page.locator("mark.mention").first
    assert mark.inner_text() == SENTENCE
    draft = Event.objects.get()
    card = page.locator(f"#event-{draft.pk}")
    assert "draft" in (card.get_attribute("class") or "")
    screenshot(page, "admin-review-page")

    # Keyboard: j focuses the first event, p publishes it.
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    page.keyboard.press("p")
    page.wait_for_selector(f"#event-{draft.pk}.state-published")
    assert "Published" in page.locator(".messagelist").inner_text()
    draft.refresh_from_db()
    assert draft.review_state == "published" and draft.reviewed_by == user
    screenshot(page, "admin-review-page-published")
