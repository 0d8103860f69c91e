"""How long the API takes to serialize one page of 100 events (JSON-ready dicts, then JSON bytes).

Runs on a throwaway in-memory SQLite database (your own database is never touched): migrate, build 100
published events with two or three parties, one or two amounts and one or two sourced mentions each, fetch
the page with the API's own prefetching queryset, then time EventSerializer(page, many=True).data and the
JSON rendering (wall clock, and CPU time, which a busy shared machine disturbs less). Queries are not part of the figure (they are fixed: see tests/api/test_query_counts.py).

    .venv/bin/python bench/bench_api_serialize.py [--repeat 30]
"""

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["DATABASE_URL"] = "sqlite://:memory:"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealtracker.settings")

import django

django.setup()

from django.core.management import call_command  # noqa: E402 - after django.setup()
from rest_framework.renderers import JSONRenderer  # noqa: E402 - after django.setup()
from rest_framework.request import Request  # noqa: E402 - after django.setup()
from rest_framework.test import APIRequestFactory  # noqa: E402 - after django.setup()

from deals.api.serializers import EventSerializer  # noqa: E402 - after django.setup()
from deals.api.views import event_queryset  # noqa: E402 - after django.setup()
from deals.models import Amount, Article, Company, Deal, DealParty, Event, Mention  # noqa: E402 - after django.setup()
from deals.models.articles import content_hash  # noqa: E402 - after django.setup()

PAGE = 100


def build(count: int) -> None:
    group = Company.objects.create(name="SoftBank Group", slug="softbank-group", is_tracked=True, verified=True)
    fund = Company.objects.create(name="SoftBank Vision Fund 2", slug="svf2", parent=group, verified=True)
    targets = Company.objects.bulk_create(
        Company(name=f"Startup {i}", slug=f"startup-{i}", verified=True) for i in range(count)
    )
    deals = Deal.objects.bulk_create(
        Deal(kind=["investment", "acquisition", "partnership"][i % 3]) for i in range(count)
    )
    parties = [DealParty(deal=d, company=fund, role="actor") for d in deals]
    parties += [DealParty(deal=d, company=t, role="target") for d, t in zip(deals, targets, strict=True)]
    parties += [DealParty(deal=d, company=group, role="co_investor") for d in deals[::2]]
    DealParty.objects.bulk_create(parties)
    precisions = ["day", "day", "day", "month", "year"]
    events = Event.objects.bulk_create(
        Event(
            deal=d,
            date=dt.date(2023, 1, 1) if precisions[i % 5] == "year" else dt.date(2024, 1 + i % 12, 1),
            date_precision=precisions[i % 5],
            date_text="in early 2024" if i % 3 else None,
            summary="SoftBank's fund led the round with other investors.",
            review_state="published",
        )
        for i, d in enumerate(deals)
    )
    amounts = []
    for i, e in enumerate(events):
        amounts.append(
            Amount(
                event=e,
                low=Decimal("1.5e10"),
                high=Decimal("1.5e10"),
                currency="JPY",
                text="150億円",
                usd_low=Decimal(102000000),
                usd_high=Decimal(102000000),
                usd_rate=Decimal("0.0068"),
                usd_rate_date=dt.date(2024, 1, 2),
            )
        )
        if i % 2:
            amounts.append(
                Amount(
                    event=e,
                    role="stake_percent",
                    low=20,
                    high=20,
                    currency="PERCENT",
                    text="20%",
                )
            )
    Amount.objects.bulk_create(amounts)
    quote = "ソフトバンク・ビジョン・ファンド2は新興企業に150億円を出資したと発表した。"
    texts = [f"{quote} 記事 {i}。 More text." for i in range(count)]
    articles = Article.objects.bulk_create(
        Article(
            title=f"記事 {i}",
            outlet="Nikkei",
            url=f"https://example.com/{i}",
            language="ja",
            published_on=dt.date(2024, 1, 2),
            text=t,
            content_hash=content_hash(t),
        )
        for i, t in enumerate(texts)
    )
    mentions = [
        Mention(event=e, article=a, quote=quote, start=0, end=len(quote)) for e, a in zip(events, articles, strict=True)
    ]
    mentions += [
        Mention(
            event=e,
            article=articles[(i + 1) % count],
            quote=quote,
            start=0,
            end=len(quote),
        )
        for i, e in enumerate(events)
        if i % 3 == 0
    ]
    Mention.objects.bulk_create(mentions)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    build(PAGE)
    request = Request(APIRequestFactory().get("/api/v1/events/"))
    page = list(event_queryset(request).chronological()[:PAGE])
    context = {"request": request, "fields": None}
    assert len(page) == PAGE
    warm = EventSerializer(page, many=True, context=context).data  # imports, field construction caches
    assert len(warm) == PAGE

    to_dicts, to_json, cpu = [], [], []
    for _ in range(args.repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        data = EventSerializer(page, many=True, context=context).data
        middle = time.perf_counter()
        cpu.append((time.process_time() - cpu_start) * 1000)
        JSONRenderer().render(data)
        end = time.perf_counter()
        to_dicts.append((middle - start) * 1000)
        to_json.append((end - middle) * 1000)
    print(
        f"serialize {PAGE} events: median {statistics.median(to_dicts):.1f} ms (min {min(to_dicts):.1f}); "
        f"CPU time median {statistics.median(cpu):.1f} ms; "
        f"JSON rendering +{statistics.median(to_json):.1f} ms; {args.repeat} runs"
    )


if __name__ == "__main__":
    main()
