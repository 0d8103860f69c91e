"""From a link to a published, correct move: an editor imports an article by URL from a local site, finds it in
the home queue, corrects one amount and the object, publishes and reads it on the public page, with no address
typed and at most 8 clicks and keystrokes beyond the corrections themselves."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from deals.models import Article, Event
from deals.services import imports
from tests.desk.pages_server import ARTICLE_HTML, PagesServer
from tests.imports.builders import event, result, usd
from tests.imports.editor_helpers import editor

from .test_public_pages import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]  # fixtures: tests/browser/conftest.py


def _extraction(text, *, published, language):
    start = text.index("SoftBank Group a annoncé")
    sentence = text[start : text.index("Paris.", start) + len("Paris.")]
    return result(
        event(
            text,
            sentence,
            counterparties=("Mistral AI",),
            object_type="company",
            roles=(("Mistral AI", "target"),),
            date=dt.date(2024, 6, 11),
            date_text="mardi",
            amounts=(usd("500000000", text="500 millions d'euros", currency="EUR", rate="1.08"),),
            confidence=0.4,
        )
    )


@pytest.fixture
def site():
    server = PagesServer()
    server.add("/mistral", ARTICLE_HTML)
    yield server
    server.close()


def test_from_a_link_to_a_published_correct_move(live_url, page, softbank, site, settings, monkeypatch, screenshot):
    from tests.factories import CompanyFactory

    settings.IMPORT_URL_ALLOW_PRIVATE = True  # the test site runs on 127.0.0.1
    CompanyFactory(name="Mistral AI", slug="mistral-ai")
    monkeypatch.setattr(imports, "run_extraction", _extraction)
    user = editor("desk-editor")
    user.set_password("correct-horse-battery")
    user.save()
    page.goto(f"{live_url}/admin/login/")
    page.fill("#id_username", "desk-editor")
    page.fill("#id_password", "correct-horse-battery")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_url}/admin/")

    actions = 0

    def act(step):
        nonlocal actions
        actions += 1
        step()

    act(lambda: page.get_by_role("link", name="by URL").click())
    assert serious_violations(page) == []
    act(lambda: page.fill("#id_urls", site.url("/mistral")))
    act(lambda: page.get_by_role("button", name="Fetch and import").click())
    page.wait_for_url("**/review/")
    article = Article.objects.get()
    assert (article.outlet, article.language, article.published_on) == ("Le Journal", "fr", dt.date(2024, 6, 11))

    act(lambda: page.get_by_role("link", name="Home").first.click())
    queue = page.locator(".review-queue")
    assert "1 article with drafts" in queue.inner_text()
    act(lambda: queue.get_by_role("link", name=article.title).click())
    page.wait_for_url("**/review/")
    draft = Event.objects.get()
    assert serious_violations(page) == []
    # The amounts table fits its card at 1280 px: nothing hidden to the right.
    card = page.locator(f"#event-{draft.pk}")
    table = card.locator("table.amounts")
    assert table.evaluate("t => t.scrollWidth <= t.closest('.event-card').clientWidth")
    assert card.locator(f"#id_a{draft.pk}-0-low").input_value() == "500,000,000"
    # No admin sidebar, and the source text stays in view while the cards scroll.
    assert page.locator("#nav-sidebar").count() == 0
    page.set_viewport_size({"width": 1280, "height": 480})
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    assert page.evaluate("window.scrollY") > 200  # the page did scroll
    box = page.locator("#article-text").bounding_box()
    assert box is not None and 0 <= box["y"] < 480, box
    page.set_viewport_size({"width": 1280, "height": 900})
    screenshot(page, "admin-desk-review")

    # The corrections: the amount was 600 million, and the object a stake, not the company.
    page.fill(f"#id_a{draft.pk}-0-low", "600M")
    page.select_option(f"#id_e{draft.pk}-object_type", "stake")
    act(lambda: card.get_by_role("button", name="Accept and publish").click())
    page.wait_for_selector(f"#event-{draft.pk}.state-published")
    draft.refresh_from_db()
    amount = draft.amounts.get()
    assert (draft.review_state, draft.deal.object_type) == ("published", "stake")
    assert (amount.low, amount.currency) == (Decimal(600_000_000), "EUR")

    act(lambda: page.locator(f"#event-{draft.pk}").get_by_role("link", name="View on site").click())
    page.wait_for_url(f"**/deals/{draft.deal_id}/**")
    headline = page.locator(f"#event-{draft.pk}-headline").inner_text()
    assert headline == "SoftBank Group to invest €600M (≈ $644M) in Mistral AI"
    screenshot(page, "admin-desk-public")
    assert actions <= 8, actions


def test_import_and_batch_pages_pass_axe(live_url, page, softbank):
    from deals.models import ImportBatch, ImportItem

    user = editor("axe-editor")
    user.set_password("correct-horse-battery")
    user.save()
    batch = ImportBatch.objects.create(label="two files", source="upload", created_by=user)
    ImportItem.objects.create(batch=batch, file_name="a.txt", text="x", status="failed", message="a.txt: empty")
    page.goto(f"{live_url}/admin/login/")
    page.fill("#id_username", "axe-editor")
    page.fill("#id_password", "correct-horse-battery")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_url}/admin/")
    failures = {}
    for name, path in {
        "home": "/admin/",
        "import": "/admin/deals/article/import/",
        "import-url": "/admin/deals/article/import/url/",
        "batch": f"/admin/deals/importbatch/{batch.pk}/change/",
    }.items():
        page.goto(live_url + path)
        if violations := serious_violations(page):
            failures[name] = violations
    assert failures == {}


def test_companies_are_suggested_as_the_editor_types(live_url, page, softbank, monkeypatch):
    from deals.services.imports import article_import
    from tests.factories import CompanyFactory

    CompanyFactory(name="Mistral AI", slug="mistral-ai")
    CompanyFactory(name="Mistral Labs", slug="mistral-labs")
    text = "SoftBank Group agreed to invest in Mistral AI, people familiar said."
    monkeypatch.setattr(
        imports, "run_extraction", lambda t, *, published, language: result(event(t, text, counterparties=()))
    )
    article = article_import(text=text, published=dt.date(2024, 6, 11), language="en").article
    draft = Event.objects.get()
    user = editor("suggest-editor")
    user.set_password("correct-horse-battery")
    user.save()
    page.goto(f"{live_url}/admin/login/")
    page.fill("#id_username", "suggest-editor")
    page.fill("#id_password", "correct-horse-battery")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_url}/admin/")
    page.get_by_role("link", name=article.title or f"Article {article.pk}").first.click()
    page.wait_for_url("**/review/")
    page.locator(f"#id_e{draft.pk}-add_party").press_sequentially("mistr")
    page.locator("#company-names option").nth(1).wait_for(state="attached")
    options = page.locator("#company-names option").evaluate_all("os => os.map(o => o.value)")
    assert options[:2] == ["Mistral AI", "Mistral Labs"]
    page.fill(f"#id_e{draft.pk}-add_party", "Mistral AI")
    page.locator(f"#event-{draft.pk}").get_by_role("button", name="Save").click()
    page.wait_for_selector(".messagelist")
    assert {p.company.name for p in Event.objects.get().deal.parties.all()} == {"SoftBank Group", "Mistral AI"}
