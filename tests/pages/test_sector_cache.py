"""A sector renamed in the admin, or a company filed under another sector, shows on the very next request of a
cached page or API answer, on PostgreSQL and on SQLite alike."""

import re

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from deals.models import Company, CompanySector, Event, Sector

# Committed transactions, as in production: inside a test transaction the cache is off by design.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def filed():
    """A seeded chronology whose tracked group is filed under one sector; the caches empty around the test."""
    for alias in ("pages", "fragments"):
        caches[alias].clear()
    call_command("bench_seed", events=40, seed=4)
    group = Company.objects.get(slug="softbank-group")
    sector = Sector.objects.create(slug="robotics", name="Robotics", description="Machines that move.")
    CompanySector.objects.create(company=group, sector=sector)
    yield group, sector
    for alias in ("pages", "fragments"):
        caches[alias].clear()


def published_event_of(company: Company) -> Event:
    return Event.objects.published().filter(deal__parties__company=company).order_by("pk").first()


def test_a_sector_renamed_in_the_admin_shows_on_cached_pages(client, filed, django_user_model):
    group, sector = filed
    company_page = reverse("company-detail", args=[group.slug])
    assert "Robotics" in client.get(company_page).content.decode()
    assert "Robotics" in client.get("/").content.decode()  # the sector filter's menu
    assert "Robotics" in client.get(company_page).content.decode()  # now from the cache

    editor = Client()
    editor.force_login(django_user_model.objects.create_superuser("sector-editor", password="pw-for-tests-only"))
    response = editor.post(
        reverse("admin:deals_sector_change", args=[sector.pk]),
        {"slug": "robotics", "name": "Robots and drones", "description": "Machines that move."},
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    assert "Robots and drones" in client.get(company_page).content.decode()
    assert "Robots and drones" in client.get("/").content.decode()


def test_a_company_filed_under_a_sector_shows_on_cached_pages_and_api_answers(client, filed):
    group, sector = filed
    event = published_event_of(group)
    other = Sector.objects.create(slug="space", name="Space launch")
    company_page = reverse("company-detail", args=[group.slug])
    detail, sector_list = f"/api/v1/events/{event.pk}/", "/api/v1/events/?sector=space"
    assert "Space launch" not in client.get(company_page).content.decode()
    assert client.get(detail).json()["sectors"] == ["robotics"]
    assert client.get(sector_list).json()["results"] == []
    assert client.get(detail).json()["sectors"] == ["robotics"]  # now from the cache

    CompanySector.objects.create(company=group, sector=other)
    assert "Space launch" in client.get(company_page).content.decode()
    assert client.get(detail).json()["sectors"] == ["robotics", "space"]
    assert event.pk in {e["id"] for e in client.get(sector_list).json()["results"]}

    CompanySector.objects.filter(company=group, sector=other).delete()
    assert "Space launch" not in client.get(company_page).content.decode()
    assert client.get(detail).json()["sectors"] == ["robotics"]
    assert client.get(sector_list).json()["results"] == []


# The counter itself, and the throttle's counts, written on every anonymous API request whatever the cache
# holds: no page content, and bumping the version on each request would empty the cache at every read.
NOT_CONTENT = {"dealtracker_data_version", "deals_throttlecounter"}
# PostgreSQL's search documents and the per-deal figures of the aggregates, written only by triggers on the
# tables they are computed from (migrations 0007 and 0019), inside the transaction that wrote those tables
# and so bumped the version.
DERIVED = {"deals_event_search", "deals_deal_summary"}


def tables_read(client, paths: list[str]) -> set[str]:
    names = set(connection.introspection.table_names())
    read = set()
    for path in paths:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200, path
        for query in captured.captured_queries:
            read |= set(re.findall(r'"?(\w+)"?', query["sql"])) & names
    return read - NOT_CONTENT - DERIVED


def tables_with_version_triggers() -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'dealtracker_data%'"
            )
        else:
            cursor.execute("SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = 'dealtracker_data_version'")
        return {row[0] for row in cursor.fetchall()}


def test_every_table_a_cached_page_or_api_answer_reads_bumps_the_data_version(client, filed):
    group, sector = filed
    event = published_event_of(group)
    paths = [
        "/",
        "/?q=invest",
        f"/?scope=all&sector={sector.slug}",
        f"/deals/{event.deal_id}/",
        reverse("company-detail", args=[group.slug]),
        "/api/v1/events/",
        f"/api/v1/events/{event.pk}/",
        f"/api/v1/events/?sector={sector.slug}",
    ]
    read = tables_read(client, paths)
    assert {"deals_event", "deals_sector", "deals_companysector"} <= read
    assert read - tables_with_version_triggers() == set()
