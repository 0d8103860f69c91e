"""Every list costs the same number of queries at 1, 100 and 1,000 events (rows made with bulk_create)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from deals.models import Amount, Article, Company, Deal, DealParty, Event, Mention
from deals.models.articles import content_hash

pytestmark = pytest.mark.django_db

QUOTE = "SoftBank agreed to invest $500 million in the startup."


def bulk_events(count: int) -> None:
    """`count` published deals, each with an actor unit, its own target, an amount and its own article."""
    group = Company.objects.create(name="SoftBank Group", slug="softbank-group", is_tracked=True, verified=True)
    fund = Company.objects.create(name="SoftBank Vision Fund 2", slug="svf2", parent=group, verified=True)
    targets = Company.objects.bulk_create(
        Company(name=f"Startup {i}", slug=f"startup-{i}", verified=True) for i in range(count)
    )
    deals = Deal.objects.bulk_create(Deal(kind="investment") for _ in range(count))
    DealParty.objects.bulk_create(
        [DealParty(deal=deal, company=fund, role="actor") for deal in deals]
        + [DealParty(deal=deal, company=target, role="target") for deal, target in zip(deals, targets, strict=True)]
    )
    events = Event.objects.bulk_create(
        Event(
            deal=deal,
            date=dt.date(2024, 1, 1) + dt.timedelta(days=i % 700),
            review_state="published",
        )
        for i, deal in enumerate(deals)
    )
    value = Decimal(500000000)
    Amount.objects.bulk_create(
        Amount(
            event=event,
            low=value,
            high=value,
            currency="USD",
            usd_low=value,
            usd_high=value,
            usd_rate=1,
        )
        for event in events
    )
    texts = [f"{QUOTE} Story {i}." for i in range(count)]
    articles = Article.objects.bulk_create(
        Article(
            title=f"Story {i}",
            language="en",
            published_on=dt.date(2024, 1, 2),
            text=text,
            content_hash=content_hash(text),
        )
        for i, text in enumerate(texts)
    )
    Mention.objects.bulk_create(
        Mention(event=event, article=article, quote=QUOTE, start=0, end=len(QUOTE))
        for event, article in zip(events, articles, strict=True)
    )


LISTS = [
    "/api/v1/events/?page_size=200",
    "/api/v1/events/?page_size=200&company=softbank-group&kind=investment&date_from=2024-01-01&q=SoftBank",
    "/api/v1/deals/?page_size=200",
    "/api/v1/companies/?page_size=200",
    "/api/v1/articles/?page_size=200",
    "/api/v1/amounts/?page_size=200",
]
# Fixed ceilings: a page, its count (page-number lists) and one query per prefetch, plus filter lookups.
MAX_QUERIES = 12


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, response.content
    return len(queries)


def reset_and_make(size: int) -> None:
    Event.objects.all().delete()
    DealParty.objects.all().delete()
    Deal.objects.all().delete()
    Article.objects.all().delete()
    Company.objects.filter(parent__isnull=False).delete()
    Company.objects.all().delete()
    bulk_events(size)


def test_list_queries_do_not_grow_with_events(anon, editor_client, django_assert_max_num_queries):
    counts = {}
    for size in (1, 100, 1_000):
        reset_and_make(size)
        assert Event.objects.count() == size
        for url in LISTS:
            for who, client in (("anonymous", anon), ("editor", editor_client)):
                with django_assert_max_num_queries(MAX_QUERIES):
                    counts[(url, who, size)] = count_queries(client, url)
    for url in LISTS:
        for who in ("anonymous", "editor"):
            assert counts[(url, who, 1)] == counts[(url, who, 100)] == counts[(url, who, 1_000)], (url, who, counts)
    print({f"{url} {who}": counts[(url, who, 1_000)] for url in LISTS for who in ("anonymous", "editor")})


def test_exports_cost_a_fixed_number_of_queries_per_chunk(anon):
    from deals.api.exports import CHUNK

    urls = ["/api/v1/timeline.json?company=softbank-group", "/api/v1/events.csv"]
    counts = {}
    for size in (1, 100, 1_000):
        reset_and_make(size)
        for url in urls:
            counts[(url, size)] = count_queries(anon, url)
    assert CHUNK < 1_000 <= 2 * CHUNK
    for url in urls:
        assert counts[(url, 1)] == counts[(url, 100)] <= MAX_QUERIES, counts
        # The 1,000 events stream in two chunks: the second costs only its prefetches again.
        assert counts[(url, 1_000)] - counts[(url, 100)] <= 3, counts
