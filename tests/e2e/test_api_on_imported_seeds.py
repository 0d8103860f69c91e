"""The API over what `make run` builds: the companies loaded and the five seed articles imported and published.

Expected sets come from the ORM over the imported rows, so these tests follow the extractor as it improves
and fail only when the API disagrees with the database.
"""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from rest_framework.test import APIClient

from deals.models import Company, DealParty, Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(db):
    call_command("load_companies", stdout=io.StringIO())
    call_command("import_articles", "--metadata", "fixtures/articles.json", "--publish", stdout=io.StringIO())
    cache.clear()  # cached pages start empty


@pytest.fixture
def anon() -> APIClient:
    return APIClient()


def family(slug: str) -> set[int]:
    """The company and every unit below it, followed through `parent` here rather than the filter's helper."""
    ids = {Company.objects.get(slug=slug).pk}
    while True:
        below = set(Company.objects.filter(parent_id__in=ids).values_list("pk", flat=True)) - ids
        if not below:
            return ids
        ids |= below


def deals_with(company_ids: set[int]) -> set[int]:
    return set(DealParty.objects.filter(company_id__in=company_ids).values_list("deal_id", flat=True))


def walk(client, params) -> tuple[list[int], int]:
    seen, pages = [], 0
    response = client.get("/api/v1/events/", params)
    while True:
        assert response.status_code == 200, response.content
        body = response.json()
        seen.extend(row["id"] for row in body["results"])
        pages += 1
        assert pages < 200, "the cursor loops"
        if not body["next"]:
            return seen, pages
        response = client.get(body["next"])


def test_softbank_openai_investments_are_exactly_those_in_the_database(seeded, anon):
    openai_deals = deals_with(family("openai"))
    expected = set(
        Event.objects.filter(
            review_state="published",
            deal__kind="investment",
            deal_id__in=openai_deals & deals_with(family("softbank-group")),
        ).values_list("pk", flat=True)
    )
    assert expected, "the seeds tell of SoftBank investing in OpenAI; the import found no such event"

    seen, _pages = walk(
        anon, {"company": "softbank-group", "kind": "investment", "counterparty": "openai", "page_size": 2}
    )
    assert len(seen) == len(set(seen))
    assert set(seen) == expected

    # What a client reads in each row agrees: an investment with OpenAI among its parties.
    body = anon.get(
        "/api/v1/events/", {"company": "softbank-group", "kind": "investment", "counterparty": "openai"}
    ).json()
    for row in body["results"]:
        assert row["deal"]["kind"] == "investment"
        assert "openai" in {party["company"]["slug"] for party in row["parties"]}


@pytest.mark.parametrize("ordering", ["-date", "date"])
def test_the_cursor_walks_every_published_seed_event_once(seeded, anon, ordering):
    published = set(Event.objects.filter(review_state="published").values_list("pk", flat=True))
    assert len(published) > 3

    seen, pages = walk(anon, {"page_size": 3, "ordering": ordering})
    assert pages > 1  # the walk crossed page boundaries
    assert len(seen) == len(set(seen))
    assert set(seen) == published
    one_page = anon.get("/api/v1/events/", {"page_size": 200, "ordering": ordering}).json()["results"]
    assert seen == [row["id"] for row in one_page]  # the same order as one big page
