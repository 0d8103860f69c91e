"""Public pages come from the cache while nothing changes, and show any committed change at once."""

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from deals.models import Company, Deal, Event

# Committed transactions, as in production: inside a test transaction the cache is off by design.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def seeded():
    caches["pages"].clear()
    call_command("bench_seed", events=40, seed=4)
    yield
    caches["pages"].clear()


def pages() -> list[str]:
    deal = Deal.objects.filter(events__review_state="published").order_by("pk").first()
    return ["/", "/?q=invest", f"/deals/{deal.pk}/", "/companies/softbank-group/"]


def test_a_repeated_page_costs_one_query_on_postgresql_and_sqlite(client, seeded, django_assert_max_num_queries):
    for path in pages():
        first = client.get(path)
        assert first.status_code == 200
        with django_assert_max_num_queries(1):  # the snapshot read, nothing else
            again = client.get(path)
        assert again.content == first.content


def test_a_committed_change_shows_on_the_next_request(client, seeded):
    group = Company.objects.get(slug="softbank-group")
    before = {path: client.get(path).content.decode() for path in pages()}
    assert all("SoftBank Group" in html for html in before.values())

    Company.objects.filter(pk=group.pk).update(name="SoftBank Group Renamed")
    for path in pages():
        assert "SoftBank Group Renamed" in client.get(path).content.decode(), path

    # A newly published move appears on the chronology at once.
    newest = Event.objects.published().order_by("-date").first()
    draft = Event.objects.filter(review_state="draft", deal__parties__company=group).order_by("pk").first()
    Event.objects.filter(pk=draft.pk).update(review_state="published", date=newest.date, date_precision="day")
    assert f'id="event-{draft.pk}"' in client.get("/").content.decode()


def test_signed_in_users_and_errors_are_never_served_from_the_cache(client, seeded, django_user_model):
    assert client.get("/deals/999999/").status_code == 404
    assert client.get("/deals/999999/").status_code == 404
    user = django_user_model.objects.create_user("reader", password="pw-for-tests-only")
    client.force_login(user)
    assert client.get("/").status_code == 200
    assert not any(key.startswith(":1:page:") for key in getattr(caches["pages"], "_cache", {}))


def test_api_event_reads_are_cached_for_anonymous_clients_and_fresh_after_a_change(client, seeded):
    event = Event.objects.published().order_by("pk").first()
    for path in ("/api/v1/events/", f"/api/v1/events/{event.pk}/"):
        first = client.get(path)
        assert first.status_code == 200
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).json() == first.json()
        # A cached answer reads the data version only; every anonymous API request also counts itself in the
        # throttle table all workers share, whatever the cache holds.
        reads = [q["sql"] for q in queries.captured_queries if "deals_throttlecounter" not in q["sql"]]
        assert len(reads) <= 1, reads
    Event.objects.filter(pk=event.pk).update(summary="Freshly corrected summary")
    assert client.get(f"/api/v1/events/{event.pk}/").json()["summary"] == "Freshly corrected summary"


def test_api_editors_see_drafts_never_an_anonymous_cached_list(client, seeded, django_user_model):
    from rest_framework.authtoken.models import Token

    anonymous = client.get("/api/v1/events/?page_size=200").json()["results"]
    editor = django_user_model.objects.create_user("editor", password="pw-for-tests-only", is_staff=True)
    token = Token.objects.create(user=editor)
    as_editor = client.get("/api/v1/events/?page_size=200", HTTP_AUTHORIZATION=f"Token {token.key}").json()["results"]
    assert {e["review_state"] for e in anonymous} == {"published"}
    assert len(as_editor) > len(anonymous)


def test_other_pages_of_a_listing_reuse_its_aggregates_until_a_change(client, seeded):
    """Another order or page of a company renders its events afresh but not its counterparties and chart."""
    from django.test.utils import CaptureQueriesContext

    def queries(path: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    first = queries("/companies/softbank-group/")
    other = queries("/companies/softbank-group/?order=oldest")
    assert other <= first - 4  # counterparties (2), chart and total came from the cache

    # A committed change is in the next render's table, even of a page cached before it.
    partner = Company.objects.create(name="Brand New Partner", slug="brand-new-partner")
    deal = Deal.objects.filter(
        events__review_state="published", parties__company__slug="softbank-group", is_ai=True
    ).first()  # a move of the AI chronology, which the page shows unless asked for every move
    deal.parties.create(company=partner, role="partner")
    html = client.get("/companies/softbank-group/?order=oldest").content.decode()
    assert "Brand New Partner" in html
