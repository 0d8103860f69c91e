import pytest
from django.urls import reverse

from tests.factories import EventFactory, UserFactory

pytestmark = pytest.mark.django_db


def change_form(event, **changes):
    form = {
        "deal": event.deal_id,
        "status": event.status,
        "review_state": event.review_state,
        "summary": event.summary,
        "seen_version": event.version,
        "date": event.date.isoformat(),
        "date_precision": event.date_precision,
        "date_text": event.date_text or "",
        "date_basis": event.date_basis,
        "amounts-TOTAL_FORMS": "0",
        "amounts-INITIAL_FORMS": "0",
        "mentions-TOTAL_FORMS": "0",
        "mentions-INITIAL_FORMS": "0",
    }
    form.update(changes)
    return form


def test_second_editor_saving_a_stale_form_gets_a_conflict_not_an_overwrite(client):
    event = EventFactory(status="rumored", summary="")
    url = reverse("admin:deals_event_change", args=[event.pk])
    alice, bob = (UserFactory(username=n, is_staff=True, is_superuser=True) for n in ("alice", "bob"))
    alice_form = change_form(event, summary="Alice: talks confirmed", status="announced")
    bob_form = change_form(event, summary="Bob: deal completed", status="completed")

    client.force_login(alice)
    assert client.post(url, alice_form).status_code == 302

    client.force_login(bob)
    response = client.post(url, bob_form)
    assert response.status_code == 200
    assert "was changed by someone else" in response.content.decode()

    event.refresh_from_db()
    assert (event.summary, event.status) == ("Alice: talks confirmed", "announced")
    assert event.history.first().history_user.username == "alice"


def test_a_fresh_form_saves(client):
    event = EventFactory(status="rumored")
    client.force_login(UserFactory(username="alice", is_staff=True, is_superuser=True))
    url = reverse("admin:deals_event_change", args=[event.pk])
    assert client.post(url, change_form(event, status="completed")).status_code == 302
    event.refresh_from_db()
    assert event.status == "completed" and event.version == 2
