"""Signed-in editors share the cached aggregates, a page with a CSP nonce is cached without reusing its nonce,
and SQLite keeps its data-version triggers through schema changes."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils.csp import LazyNonce

from deals import sqlite_version
from deals.views.cache import cached_page, data_version

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def seeded():
    caches["pages"].clear()
    caches["fragments"].clear()
    call_command("bench_seed", events=40, seed=4)
    yield
    caches["pages"].clear()
    caches["fragments"].clear()


def count_queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


def test_an_editor_gets_a_fresh_page_built_on_the_shared_aggregates(client, seeded, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="pw-for-tests-only", is_staff=True)
    client.force_login(editor)
    first = count_queries(client, "/companies/softbank-group/")
    again = count_queries(client, "/companies/softbank-group/")
    assert again <= first - 4  # counterparties (2), chart and total came from the cache; the events did not
    assert not any(key.startswith(":1:page:") for key in getattr(caches["pages"], "_cache", {}))


def nonce_page():
    @cached_page
    def view(request):
        return HttpResponse(f'<script nonce="{request._csp_nonce}">go()</script><p>same body</p>')

    return view


def request_with_nonce():
    request = RequestFactory().get("/with-a-script/")
    request.user = AnonymousUser()
    request._csp_nonce = LazyNonce()
    return request


def test_a_cached_page_with_a_nonce_carries_each_responses_own_nonce(seeded):
    view = nonce_page()
    first_request, second_request = request_with_nonce(), request_with_nonce()
    first = view(first_request).content.decode()
    with CaptureQueriesContext(connection) as captured:
        second = view(second_request).content.decode()
    assert len(captured) == 1  # served from the cache: the version read only
    assert f'nonce="{first_request._csp_nonce}"' in first
    assert f'nonce="{second_request._csp_nonce}"' in second
    assert str(first_request._csp_nonce) != str(second_request._csp_nonce)
    assert str(first_request._csp_nonce) not in second


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's triggers only")
def test_sqlite_triggers_come_back_after_a_migration_drops_them(seeded):
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TRIGGER {sqlite_version.trigger_name('deals_event', 'UPDATE')}")
    call_command("migrate", verbosity=0)
    before = data_version()
    from deals.models import Event

    Event.objects.filter(pk=Event.objects.order_by("pk").first().pk).update(summary="Corrected")
    assert data_version() != before


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_user("cards-editor", password="pw-for-tests-only", is_staff=True)
    client.force_login(editor)
    return client


def test_an_editor_reuses_the_cards_of_this_data_version_and_sees_an_edit_at_once(editor_client, seeded):
    from deals.models import Company

    first_html = editor_client.get("/").content.decode()  # every event on one page: all its cards rendered
    with CaptureQueriesContext(connection) as other_order:
        assert editor_client.get("/?order=oldest").status_code == 200
    read = " ".join(query["sql"] for query in other_order.captured_queries)
    # Amounts, quotes and parties are not read again for cards already rendered.
    assert "deals_amount" not in read and "deals_mention" not in read and 'deals_dealparty"."role' not in read
    assert 'id="event-' in first_html and editor_client.get("/").content.decode() == first_html

    Company.objects.filter(slug="softbank-group").update(name="SoftBank Group Renamed")
    assert "SoftBank Group Renamed" in editor_client.get("/?order=oldest").content.decode()


def test_an_editor_api_list_reuses_serialised_events_and_sees_an_edit_at_once(editor_client, seeded):
    from deals.models import Event

    path = "/api/v1/events/?page_size=20"
    first_json = editor_client.get(path).json()
    with CaptureQueriesContext(connection) as first:
        assert editor_client.get(path + "&ordering=date").status_code == 200
    with CaptureQueriesContext(connection) as again:
        second = editor_client.get(path + "&ordering=date").json()
    assert len(again) <= len(first) - 3  # no amounts, parties or sources read again
    assert "deals_amount" not in " ".join(query["sql"] for query in again.captured_queries)
    assert editor_client.get(path).json() == first_json
    assert {e["review_state"] for e in second["results"]} >= {"draft"}  # editors still see drafts

    event = Event.objects.get(pk=second["results"][0]["id"])
    Event.objects.filter(pk=event.pk).update(summary="Freshly corrected summary")
    fresh = editor_client.get(path + "&ordering=date").json()["results"][0]
    assert fresh["summary"] == "Freshly corrected summary"
