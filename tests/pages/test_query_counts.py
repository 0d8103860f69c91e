"""Every page runs a fixed number of queries, whatever the number of events (no N+1 in templates)."""

import datetime as dt
from decimal import Decimal

import pytest

from deals.models import Amount, Deal, DealParty, Event, Mention
from tests.factories import ArticleFactory, CompanyAliasFactory, CompanyFactory

pytestmark = pytest.mark.django_db

# The company page is the largest: company, units, aliases, its family (one query per level, here 2+1),
# one page of events + 3 prefetches, the count, counterparties (2) and the chart. Measured 13 on SQLite.
MAX_QUERIES = 14


def fill(*, n: int, actor, target) -> Deal:
    """n one-event deals plus one deal with n milestones, written in bulk so 1,000 stays quick."""
    article = ArticleFactory(text="SoftBank invested in Target. More follows.")
    quote_end = article.text.index(".") + 1
    deals = Deal.objects.bulk_create(
        [Deal(kind=("investment", "acquisition", "commitment")[i % 3], is_ai=True) for i in range(n + 1)]
    )
    big = deals[-1]
    DealParty.objects.bulk_create(
        [DealParty(deal=d, company=actor, role="actor") for d in deals]
        + [DealParty(deal=d, company=target, role="target") for d in deals]
    )
    start = dt.date(2000, 1, 1)
    events = Event.objects.bulk_create(
        [
            Event(
                deal=deal,
                date=start + dt.timedelta(days=i),
                date_precision="day",
                status="completed",
                review_state="published",
            )
            for i, deal in enumerate(deals[:-1])
        ]
        + [
            Event(
                deal=big,
                date=start + dt.timedelta(days=i),
                date_precision="day",
                status="announced",
                review_state="published",
            )
            for i in range(n)
        ]
    )
    Amount.objects.bulk_create(
        [
            Amount(
                event=e,
                low=Decimal(10**9),
                high=Decimal(10**9),
                currency="EUR",
                text="€1 billion",
                usd_low=Decimal(11 * 10**8),
                usd_high=Decimal(11 * 10**8),
                usd_rate=Decimal("1.1"),
            )
            for e in events
        ]
    )
    Mention.objects.bulk_create(
        [Mention(event=e, article=article, quote=article.text[:quote_end], start=0, end=quote_end) for e in events]
    )
    return big


@pytest.mark.parametrize("n", [1, 100, 1000])
def test_pages_run_constant_queries(client, softbank, django_assert_max_num_queries, n):
    target = CompanyFactory(name="Target", slug="target")
    CompanyAliasFactory(company=softbank, alias="ソフトバンク", language="ja")
    big = fill(n=n, actor=softbank, target=target)
    first_page = client.get("/")
    next_link = first_page.content.decode().split('rel="next"')[0].rsplit('href="', 1)[-1] if n > 50 else ""
    urls = [
        "/",
        "/?order=oldest&kind=investment&status=completed&year_from=2000&year_to=2030&counterparty=target&min_usd=1000&q=target",
        f"/deals/{big.pk}/",
        "/companies/softbank-group/",
        "/companies/softbank-vision-fund-2/",
        "/companies/target/",
        "/feed/",
    ]
    if next_link:
        urls.append("/" + next_link.replace("&amp;", "&"))
    for url in urls:
        with django_assert_max_num_queries(MAX_QUERIES):
            response = client.get(url)
        assert response.status_code == 200, url
