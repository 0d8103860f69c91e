"""The review page as a work surface: amounts as people write them, no sidebar, the source in view."""

import pytest
from django.urls import reverse

from deals.models import Event
from tests.factories import CompanyFactory
from tests.imports.builders import event, result, usd
from tests.imports.editor_helpers import card_post_data, editor

TEXT = "SoftBank Group agreed to invest $6.5 billion in Nvidia, people familiar said."


@pytest.fixture
def draft(client, softbank, extractor):
    CompanyFactory(name="Nvidia", slug="nvidia")
    extractor.by_text["invest"] = lambda t: result(
        event(t, TEXT, kind="investment", counterparties=("Nvidia",), amounts=(usd("6500000000", text="$6.5 billion"),))
    )
    client.force_login(editor())
    assert (
        client.post(reverse("admin:deals_article_import"), {"text": TEXT, "published": "2024-07-10"}).status_code == 302
    )
    return Event.objects.get()


def _page(client, draft):
    page = client.get(reverse("admin:deals_article_review", args=[draft.mentions.get().article_id]))
    return page, next(c for c in page.context["cards"] if c["event"].pk == draft.pk)


@pytest.mark.django_db
def test_amounts_show_with_thousands_grouping_and_no_sidebar(client, draft):
    page, _ = _page(client, draft)
    html = page.content.decode()
    assert 'value="6,500,000,000"' in html
    assert "6500000000.0000" not in html
    assert 'id="nav-sidebar"' not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "currency", "low", "stored_currency"),
    [
        ("6.5B", "USD", "6500000000", "USD"),
        ("¥100B", "", "100000000000", "JPY"),
        ("6,5 Mrd", "EUR", "6500000000", "EUR"),
    ],
)
def test_amounts_are_entered_as_people_write_them(client, draft, typed, currency, low, stored_currency):
    page, card = _page(client, draft)
    p = f"a{draft.pk}-0"
    data = card_post_data(card, action="save", **{f"{p}-low": typed, f"{p}-high": "", f"{p}-currency": currency})
    response = client.post(page.request["PATH_INFO"], data)
    assert response.status_code == 302, response.content.decode()[:3000]
    amount = draft.amounts.get()
    assert (amount.low, amount.high, amount.currency) == (int(low), int(low), stored_currency)


@pytest.mark.django_db
def test_an_unreadable_amount_is_refused_with_a_message(client, draft):
    page, card = _page(client, draft)
    data = card_post_data(card, action="save", **{f"a{draft.pk}-0-low": "6.5 zillion"})
    response = client.post(page.request["PATH_INFO"], data)
    assert response.status_code == 400
    assert "I do not know “zillion”" in response.content.decode()
    assert draft.amounts.get().low == 6500000000


@pytest.mark.django_db
def test_counterparties_are_ticks_and_companies_are_added_by_name_alias_or_as_new(client, draft):
    from deals.models import Company, CompanyAlias

    arm = CompanyFactory(name="Arm Holdings", slug="arm")
    CompanyAlias.objects.create(company=arm, alias="ARM")
    page, card = _page(client, draft)
    html = page.content.decode()
    assert f'type="checkbox" name="e{draft.pk}-counterparties"' in html
    assert f'<select name="e{draft.pk}-counterparties"' not in html
    suggestions = client.get(reverse("admin:deals_article_company_search"), {"q": "ar"}).json()["results"]
    assert suggestions[0]["name"] == "Arm Holdings"

    data = card_post_data(card, action="save", **{f"e{draft.pk}-add_party": "arm"})
    assert client.post(page.request["PATH_INFO"], data).status_code == 302
    assert {p.company.name for p in draft.deal.parties.all()} >= {"Nvidia", "Arm Holdings"}

    page, card = _page(client, draft)
    data = card_post_data(card, action="save", **{f"e{draft.pk}-add_party": "Graphcore"})
    response = client.post(page.request["PATH_INFO"], data)
    assert response.status_code == 400 and "No company is called “Graphcore”" in response.content.decode()
    assert not Company.objects.filter(name="Graphcore").exists()
    data[f"e{draft.pk}-add_party_new"] = "on"
    assert client.post(page.request["PATH_INFO"], data).status_code == 302
    assert {p.company.name for p in draft.deal.parties.all()} >= {"Nvidia", "Arm Holdings", "Graphcore"}
    assert Company.objects.get(name="Graphcore").verified is False
