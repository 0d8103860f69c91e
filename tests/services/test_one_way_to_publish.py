"""Every door that publishes an event (admin change form, review page, API PATCH, import with --publish) records
who published it and when, and leaves its amounts with the USD figures of the ECB rate on the event's date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from deals.models import Amount, Event
from deals.services.editing import usd_fields
from tests.factories import AmountFactory, ArticleFactory, EventFactory, MentionFactory, UserFactory
from tests.imports.editor_helpers import card_post_data

pytestmark = pytest.mark.django_db

NEW_DATE = dt.date(2025, 3, 7)


def _draft() -> Event:
    """A draft dated in 2024 whose yen amount carries figures from a rough, older rate."""
    event = EventFactory(review_state="draft", date=dt.date(2024, 11, 14))
    AmountFactory(
        event=event,
        low=Decimal("100000000000"),
        high=Decimal("100000000000"),
        currency="JPY",
        text="100 billion yen",
        usd_low=Decimal("500000000"),
        usd_high=Decimal("500000000"),
        usd_rate=Decimal("0.005"),
        usd_rate_date=dt.date(2020, 1, 2),
    )
    MentionFactory(event=event, article=ArticleFactory(published_on=NEW_DATE))
    return event


def _editor():
    return UserFactory(username="publisher", is_staff=True, is_superuser=True)


def _admin_change_form(client, event: Event, editor) -> None:
    amount = event.amounts.get()
    data = {
        "deal": event.deal_id,
        "status": event.status,
        "review_state": "published",
        "summary": event.summary,
        "seen_version": event.version,
        "date": NEW_DATE.isoformat(),
        "date_precision": "day",
        "date_text": "",
        "date_basis": event.date_basis,
        "amounts-TOTAL_FORMS": "1",
        "amounts-INITIAL_FORMS": "1",
        "amounts-0-id": amount.pk,
        "amounts-0-event": event.pk,
        **{f"amounts-0-{name}": getattr(amount, name) for name in ("role", "low", "high", "currency", "qualifier")},
        "amounts-0-text": amount.text,
        "mentions-TOTAL_FORMS": "0",
        "mentions-INITIAL_FORMS": "0",
    }
    response = client.post(reverse("admin:deals_event_change", args=[event.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]


def _review_page(client, event: Event, editor) -> None:
    page = client.get(reverse("admin:deals_article_review", args=[event.mentions.get().article_id]))
    card = next(c for c in page.context["cards"] if c["event"].pk == event.pk)
    data = card_post_data(card, action="publish", **{f"e{event.pk}-date": NEW_DATE.isoformat()})
    assert client.post(page.request["PATH_INFO"], data).status_code == 302


def _api_patch(client, event: Event, editor) -> None:
    api = APIClient()
    api.force_authenticate(editor)
    body = {"date": NEW_DATE.isoformat(), "review_state": "published", "version": event.version}
    response = api.patch(f"/api/v1/events/{event.pk}/", body, format="json")
    assert response.status_code == 200, response.content


@pytest.mark.parametrize("publish", [_admin_change_form, _review_page, _api_patch], ids=["admin", "review", "api"])
def test_each_editing_door_publishes_the_same_way(client, publish):
    event = _draft()
    editor = _editor()
    client.force_login(editor)
    before = timezone.now()

    publish(client, event, editor)

    event.refresh_from_db()
    assert (event.review_state, event.date, event.reviewed_by) == ("published", NEW_DATE, editor)
    assert before <= event.published_at <= timezone.now()
    amount = Amount.objects.get(event=event)
    fresh = usd_fields(low=amount.low, high=amount.high, currency="JPY", on=NEW_DATE)
    assert fresh["usd_rate_date"] == NEW_DATE and fresh["usd_rate"] != Decimal("0.005")
    assert {name: getattr(amount, name) for name in fresh} == fresh


def test_import_with_publish_publishes_the_same_way(tmp_path):
    editor = _editor()
    path = tmp_path / "sharp.txt"
    path.write_text(
        "SoftBank Group agreed to buy a plant from Sharp for 100 billion yen, the companies said on Friday.\n",
        encoding="utf-8",
    )
    before = timezone.now()

    call_command(
        "import_articles",
        str(path),
        "--published",
        "2025-03-07",
        "--language",
        "en",
        "--publish",
        "--user",
        "publisher",
    )

    events = list(Event.objects.all())
    assert events and {(e.review_state, e.reviewed_by) for e in events} == {("published", editor)}
    assert all(before <= e.published_at <= timezone.now() for e in events)
    amounts = list(Amount.objects.select_related("event"))
    assert "JPY" in {a.currency for a in amounts}
    for amount in amounts:
        fresh = usd_fields(low=amount.low, high=amount.high, currency=amount.currency, on=amount.event.date)
        assert {name: getattr(amount, name) for name in fresh} == fresh
