"""Who sees what, and editors' corrections: refused without rights, validated like the admin, recorded in history."""

import datetime as dt
from decimal import Decimal

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from deals.models import Amount, Company, Event
from tests.api.conftest import ids, make_editor
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def event_url(event):
    return f"/api/v1/events/{event.pk}/"


def test_anonymous_clients_never_see_drafts(seed, anon):
    draft = seed.events["draft_openai"]
    assert draft.pk not in ids(anon.get("/api/v1/events/", {"page_size": 200}))
    assert draft.pk not in ids(anon.get("/api/v1/events/", {"review_state": "draft"}))
    assert anon.get(event_url(draft)).status_code == 404
    assert draft.deal_id not in ids(anon.get("/api/v1/deals/", {"page_size": 200}))
    assert "unverified-newco" not in {c["slug"] for c in anon.get("/api/v1/companies/").json()["results"]}
    assert draft.amounts.get().pk not in ids(anon.get("/api/v1/amounts/", {"page_size": 200}))
    draft_article = draft.mentions.get().article_id
    assert draft_article not in ids(anon.get("/api/v1/articles/", {"page_size": 200}))


def test_editors_see_drafts_and_full_article_texts(seed, anon, editor_client):
    drafts = ids(editor_client.get("/api/v1/events/", {"review_state": "draft"}))
    assert drafts == seed.ids("draft_openai", "draft_newco")
    article = seed.events["sharp"].mentions.get().article
    assert editor_client.get(f"/api/v1/articles/{article.pk}/").json()["text"] == article.text
    public = anon.get(f"/api/v1/articles/{article.pk}/").json()
    assert public["text"] is None
    assert public["mentions"][0]["quote"] in article.text


def test_anonymous_patch_is_refused_and_changes_nothing(seed, anon):
    event = seed.events["sharp"]
    before = Event.objects.get(pk=event.pk)
    response = anon.patch(event_url(event), {"status": "cancelled"}, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Token")
    assert response.json()["code"] == "not_authenticated"
    after = Event.objects.get(pk=event.pk)
    assert (after.status, after.version, after.updated_at) == (
        before.status,
        before.version,
        before.updated_at,
    )
    assert after.history.count() == before.history.count()
    amount = event.amounts.get()
    assert anon.patch(f"/api/v1/amounts/{amount.pk}/", {"low": "1"}, format="json").status_code == 401
    assert anon.patch("/api/v1/companies/sharp/", {"name": "Flat"}, format="json").status_code == 401
    assert Company.objects.get(slug="sharp").name == "Sharp"


def test_signed_in_user_without_permission_gets_403(seed):
    client = APIClient()
    client.force_authenticate(UserFactory(username="reader"))
    response = client.patch(event_url(seed.events["sharp"]), {"status": "cancelled"}, format="json")
    assert response.status_code == 403
    assert Event.objects.get(pk=seed.events["sharp"].pk).status == "completed"


def test_editor_patch_is_saved_and_recorded_in_history_with_the_user(seed, editor, editor_client):
    event = seed.events["openai_talks"]
    response = editor_client.patch(
        event_url(event), {"status": "announced", "summary": "Agreed.", "version": event.version}, format="json"
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "announced" and body["summary"] == "Agreed."
    assert body["version"] == event.version + 1 and body["edited_by_editor"] is True
    latest = Event.objects.get(pk=event.pk).history.first()
    assert latest.history_user == editor
    assert latest.status == "announced"


def test_session_login_works_too(seed):
    client = APIClient(enforce_csrf_checks=False)
    client.force_login(make_editor("session-editor"))
    event = seed.events["gpus"]
    patch = {"summary": "Via session.", "version": event.version}
    assert client.patch(event_url(event), patch, format="json").status_code == 200


def test_stale_version_is_a_409_and_the_newer_edit_survives(seed, editor_client):
    event = seed.events["sharp"]
    read = editor_client.get(event_url(event)).json()["version"]
    assert (
        editor_client.patch(event_url(event), {"summary": "First", "version": read}, format="json").status_code == 200
    )
    response = editor_client.patch(event_url(event), {"summary": "Second", "version": read}, format="json")
    assert response.status_code == 409
    assert response.json()["code"] == "conflict"
    assert Event.objects.get(pk=event.pk).summary == "First"


def test_a_write_without_version_is_refused_with_428_and_changes_nothing(seed, editor_client):
    event = seed.events["sharp"]
    before = Event.objects.get(pk=event.pk)
    response = editor_client.patch(event_url(event), {"summary": "Blind overwrite"}, format="json")
    assert response.status_code == 428
    assert response.json()["code"] == "version_required"
    assert "version" in response.json()["detail"]
    after = Event.objects.get(pk=event.pk)
    assert (after.summary, after.version, after.updated_at) == (before.summary, before.version, before.updated_at)
    # A body that is not an object carries no version either.
    assert editor_client.patch(event_url(event), [1], format="json").status_code in (400, 428)
    schema = editor_client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    operation = schema["paths"]["/api/v1/events/{id}/"]["patch"]
    assert "428" in operation["responses"]
    body = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    assert schema["components"]["schemas"][body]["required"] == ["version"]


def test_amount_writes_name_their_event_s_version(seed, editor_client):
    amount = seed.events["sharp"].amounts.get()
    url = f"/api/v1/amounts/{amount.pk}/"
    version = Event.objects.get(pk=amount.event_id).version
    missing = editor_client.patch(url, {"low": "1"}, format="json")
    assert missing.status_code == 428 and missing.json()["code"] == "version_required"
    assert editor_client.patch(url, {"low": "7", "version": version}, format="json").status_code == 200
    stale = editor_client.patch(url, {"low": "8", "version": version}, format="json")
    assert stale.status_code == 409 and stale.json()["code"] == "conflict"
    assert Amount.objects.get(pk=amount.pk).low == Decimal(7)


def test_company_writes_name_the_version_they_were_read_at(seed, editor_client):
    url = "/api/v1/companies/sharp/"
    version = editor_client.get(url).json()["version"]
    missing = editor_client.patch(url, {"country": "JP"}, format="json")
    assert missing.status_code == 428 and missing.json()["code"] == "version_required"
    assert editor_client.patch(url, {"country": "JP", "version": version}, format="json").status_code == 200
    stale = editor_client.patch(url, {"country": "FR", "version": version}, format="json")
    assert stale.status_code == 409 and stale.json()["code"] == "conflict"
    assert Company.objects.get(slug="sharp").country == "JP"


def test_coarse_date_is_snapped_to_its_period_and_bad_values_are_400(seed, editor_client):
    event = seed.events["gpus"]
    response = editor_client.patch(
        event_url(event),
        {"date": "2024-07-19", "date_precision": "month", "version": event.version},
        format="json",
    )
    assert response.status_code == 200
    assert (response.json()["date"], response.json()["date_display"]) == (
        "2024-07-01",
        "Jul 2024",
    )
    bad = editor_client.patch(event_url(event), {"status": "finished", "version": event.version + 1}, format="json")
    assert bad.status_code == 400 and "status" in bad.json()["errors"]
    assert editor_client.patch(event_url(event), "not json", content_type="application/json").status_code == 400


def test_amount_patch_converts_at_the_rate_of_the_event_date_and_bumps_the_event(seed, editor, editor_client):
    amount = seed.events["sharp"].amounts.get()
    event_before = Event.objects.get(pk=amount.event_id)
    response = editor_client.patch(
        f"/api/v1/amounts/{amount.pk}/", {"low": "200000000000", "version": event_before.version}, format="json"
    )
    assert response.status_code == 200, response.content
    saved = Amount.objects.get(pk=amount.pk)
    assert saved.high == Decimal(200000000000)  # a single figure: high follows low
    # The ECB rate of the event's day (7 Mar 2025), not the rough rate the row was created with.
    assert (saved.usd_rate, saved.usd_rate_date) == (Decimal("0.006770813845"), dt.date(2025, 3, 7))
    assert saved.usd_low == saved.usd_high == Decimal("1354162769.00")
    assert saved.history.first().history_user == editor
    event_after = Event.objects.get(pk=amount.event_id)
    assert event_after.updated_at > event_before.updated_at
    assert event_after.version == event_before.version + 1  # the event's version covers its amounts
    # An incremental sync sees the event whose amount changed.
    since = event_before.updated_at + dt.timedelta(microseconds=1)
    assert amount.event_id in ids(editor_client.get("/api/v1/events/", {"updated_since": since.isoformat()}))


def test_amount_patch_validates_like_the_admin(seed, editor_client):
    amount = seed.events["openai_talks"].amounts.get()
    version = seed.events["openai_talks"].version
    response = editor_client.patch(
        f"/api/v1/amounts/{amount.pk}/", {"low": "30000000000", "version": version}, format="json"
    )
    assert response.status_code == 400  # low above high in a range breaks the model's constraint
    assert Amount.objects.get(pk=amount.pk).low == Decimal(15000000000)
    response = editor_client.patch(
        f"/api/v1/amounts/{amount.pk}/", {"currency": "PERCENT", "version": version}, format="json"
    )
    assert response.status_code == 400


def test_company_patch_refuses_a_cycle_and_records_the_user(seed, editor, editor_client):
    group = Company.objects.get(slug="softbank-group")
    response = editor_client.patch(
        "/api/v1/companies/softbank-group/",
        {"parent": "softbank-vision-fund-2", "version": group.version},
        format="json",
    )
    assert response.status_code == 400 and "parent" in response.json()["errors"]
    version = Company.objects.get(slug="sharp").version
    response = editor_client.patch(
        "/api/v1/companies/sharp/",
        {"country": "JP", "website": "https://global.sharp", "version": version},
        format="json",
    )
    assert response.status_code == 200
    assert response.json()["website"] == "https://global.sharp"
    assert Company.objects.get(slug="sharp").history.first().history_user == editor
    assert response.json()["version"] == version + 1
    taken = editor_client.patch("/api/v1/companies/sharp/", {"name": "Nvidia", "version": version + 1}, format="json")
    assert taken.status_code == 400 and "name" in taken.json()["errors"]


def test_publishing_a_draft_by_api_makes_it_public(seed, anon, editor, editor_client):
    draft = seed.events["draft_openai"]
    response = editor_client.patch(
        event_url(draft), {"review_state": "published", "version": draft.version}, format="json"
    )
    assert response.status_code == 200
    saved = Event.objects.get(pk=draft.pk)
    assert saved.published_at is not None and saved.reviewed_by == editor
    assert anon.get(event_url(draft)).status_code == 200


def test_wrong_token_is_401_even_for_reads(seed):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token nope")
    response = client.get("/api/v1/events/")
    assert response.status_code == 401 and response.json()["detail"]


def test_put_and_delete_are_not_offered(seed, editor_client):
    assert editor_client.put(event_url(seed.events["sharp"]), {}, format="json").status_code == 405
    assert editor_client.delete(event_url(seed.events["sharp"])).status_code == 405
    assert Token.objects.count() == 1
