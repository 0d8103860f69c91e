"""The API, CSV and TimelineJS carry what the sources state: the deal's object, party and amount roles, the
date's basis ("reported" when the report's day stands in), plans as plans; and the schema says so exactly."""

import csv
import datetime as dt
import io

import pytest

from deals.models import Article, Deal, Event
from tests.factories import AmountFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def gpus(seed):
    """The GPU talks as the sources state them: goods bought from Nvidia, dated by the report."""
    event = seed.events["gpus"]
    Deal.objects.filter(pk=event.deal_id).update(object_type="goods", object_label="GPUs")
    Event.objects.filter(pk=event.pk).update(date_basis="publication")
    return event


def test_events_carry_object_roles_amount_roles_and_date_basis(gpus, anon):
    body = anon.get(f"/api/v1/events/{gpus.pk}/").json()

    assert body["headline"] == "SoftBank Group in talks to buy Nvidia GPUs"
    assert body["deal"]["object_type"] == "goods" and body["deal"]["object_label"] == "GPUs"
    assert {(p["company"]["name"], p["role"]) for p in body["parties"]} == {
        ("SoftBank Group", "actor"),
        ("Nvidia", "seller"),
    }
    assert body["date_basis"] == "publication"
    assert body["date_label"] == "reported 10 Jul 2024" and body["planned"] is False
    deal = anon.get(f"/api/v1/deals/{gpus.deal_id}/").json()
    assert (deal["object_type"], deal["object_label"]) == ("goods", "GPUs")
    assert deal["events"][0]["date_basis"] == "publication"


def test_a_move_dated_after_its_report_is_a_plan(seed, anon):
    event = seed.events["openai_partnership"]  # 2025, year precision
    Article.objects.filter(mentions__event=event).update(published_on=dt.date(2024, 12, 20))
    Event.objects.filter(pk=event.pk).update(status="completed")

    body = anon.get(f"/api/v1/events/{event.pk}/").json()
    assert body["planned"] is True and body["date_label"] == "planned for 2025"
    assert body["headline"].startswith("SoftBank Group to form ")
    timeline = anon.get("/api/v1/timeline.json").json()
    entry = next(e for e in timeline["events"] if e["unique_id"] == f"event-{event.pk}")
    assert entry["start_date"] == {"year": 2025, "display_date": "planned for 2025"}


def test_amounts_carry_their_roles_and_totals_are_no_headline_money(seed, anon):
    event = seed.events["openai_svf2"]
    AmountFactory(
        event=event,
        role="total",
        low=6_600_000_000,
        high=6_600_000_000,
        currency="USD",
        usd_low=6_600_000_000,
        usd_high=6_600_000_000,
        text="$6.6 billion round",
    )
    body = anon.get(f"/api/v1/events/{event.pk}/").json()
    assert sorted(a["role"] for a in body["amounts"]) == ["total", "value"]
    assert body["headline"] == "SoftBank Vision Fund 2 invested $500M of a $6.6B round in OpenAI"


def test_csv_and_timeline_say_reported(gpus, anon):
    rows = list(csv.DictReader(io.StringIO(b"".join(anon.get("/api/v1/events.csv").streaming_content).decode())))
    row = next(r for r in rows if r["id"] == str(gpus.pk))
    assert (row["object_type"], row["object_label"], row["date_basis"]) == ("goods", "GPUs", "publication")
    assert row["date_label"] == "reported 10 Jul 2024" and row["planned"] == "no"
    assert "Nvidia (seller)" in row["parties"]
    timeline = anon.get("/api/v1/timeline.json").json()
    entry = next(e for e in timeline["events"] if e["unique_id"] == f"event-{gpus.pk}")
    assert entry["start_date"]["display_date"] == "reported 10 Jul 2024"


def test_a_source_without_address_is_null_and_documented_as_nullable(seed, anon):
    event = seed.events["sharp"]
    Article.objects.filter(mentions__event=event).update(url="")
    body = anon.get(f"/api/v1/events/{event.pk}/").json()
    assert body["sources"][0]["url"] is None
    schema = anon.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    url = schema["components"]["schemas"]["Source"]["properties"]["url"]
    assert url.get("nullable") is True and url["format"] == "uri"
