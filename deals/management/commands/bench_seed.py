"""Fill the database with synthetic benchmark data, fast: bulk inserts, one transaction, deterministic per seed."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from deals.benchdata import SeedData, generate
from deals.extraction.normalize import normalize_alias
from deals.models import (
    Amount,
    Article,
    Company,
    CompanyAlias,
    Deal,
    DealParty,
    Event,
    Mention,
)

BATCH = 2000
# Children first, so a plain DELETE never trips a foreign key on SQLite.
TABLES = [Mention, Amount, Event, DealParty, Deal, Article, CompanyAlias, Company]


class Command(BaseCommand):
    help = (
        "Benchmark data: bench_seed --events 10000 [--seed 7] [--reset]. Companies with aliases and units, "
        "deals of 1-4 milestones, amounts in several currencies, mentions in synthetic articles. --reset empties "
        "the deals tables first (everything in them is lost); without it the tables must be empty."
    )

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, required=True, help="Exact number of events to create.")
        parser.add_argument("--seed", type=int, default=7)
        parser.add_argument(
            "--reset", action="store_true", help="Delete all companies, deals, events and articles first."
        )

    def handle(self, *args, events: int, seed: int, reset: bool, **options):
        if events < 1:
            raise CommandError("--events must be at least 1.")
        started = time.perf_counter()
        data = generate(events=events, seed=seed)
        generated = time.perf_counter()
        with transaction.atomic():
            if reset:
                _empty()
            elif Company.objects.exists() or Event.objects.exists() or Article.objects.exists():
                raise CommandError(
                    "The database already holds companies, events or articles: add --reset to replace them."
                )
            counts = _write(data)
        if connection.vendor == "postgresql":
            # Fresh statistics, or the planner judges the new tables by their empty selves.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        done = time.perf_counter()
        self.stdout.write(
            ", ".join(f"{n} {name}" for name, n in counts.items())
            + f". Generated in {generated - started:.1f} s, written in {done - generated:.1f} s."
        )


def _empty() -> None:
    if connection.vendor == "postgresql":
        names = ", ".join(m._meta.db_table for m in TABLES)
        history = ", ".join(m.history.model._meta.db_table for m in TABLES)
        with connection.cursor() as cursor:
            # Deferred foreign-key checks pending in this transaction would block TRUNCATE: run them now.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            # RESTART IDENTITY: the same seed then gives the same ids, so benchmark addresses are stable.
            cursor.execute(f"TRUNCATE {names}, {history} RESTART IDENTITY CASCADE")
        return
    Company.objects.update(parent=None)  # units are protected from their group's deletion
    for model in TABLES:
        model.objects.all().delete()
        model.history.model.objects.all().delete()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            tables = [m._meta.db_table for m in TABLES]
            cursor.execute(f"DELETE FROM sqlite_sequence WHERE name IN ({', '.join('%s' for _ in tables)})", tables)


def _write(data: SeedData) -> dict[str, int]:
    now = timezone.now()
    by_slug, aliases = _write_companies(data)
    deals, parties = _write_deals(data, by_slug)
    events = _write_events(data, deals, now)
    amounts = _write_amounts(data, events)
    articles, mentions = _write_articles(data, events, now)
    return {
        "companies": len(by_slug),
        "aliases": aliases,
        "deals": len(deals),
        "parties": parties,
        "events": len(events),
        "amounts": amounts,
        "articles": articles,
        "mentions": mentions,
    }


def _write_companies(data: SeedData) -> tuple[dict[str, Company], int]:
    companies = Company.objects.bulk_create(
        [
            Company(
                name=c.name, slug=c.slug, kind=c.kind, country=c.country, is_tracked=c.is_tracked, verified=c.verified
            )
            for c in data.companies
        ],
        batch_size=BATCH,
    )
    by_slug = {c.slug: c for c in companies}
    units = []
    for seed_company in data.companies:
        if seed_company.parent_slug:
            company = by_slug[seed_company.slug]
            company.parent_id = by_slug[seed_company.parent_slug].pk
            units.append(company)
    Company.objects.bulk_update(units, ["parent"], batch_size=BATCH)
    aliases = CompanyAlias.objects.bulk_create(
        [
            CompanyAlias(company=by_slug[c.slug], alias=alias, language=language, normalized=normalize_alias(alias))
            for c in data.companies
            for alias, language in c.aliases
        ],
        batch_size=BATCH,
    )
    return by_slug, len(aliases)


def _write_deals(data: SeedData, by_slug: dict[str, Company]) -> tuple[list[Deal], int]:
    # Three moves in four are AI moves, about the seed articles' share, so that the front page (the AI moves)
    # carries most of the data, as it would in use.
    deals = Deal.objects.bulk_create(
        [Deal(kind=d.kind, headline=d.headline, is_ai=i % 4 != 3) for i, d in enumerate(data.deals)], batch_size=BATCH
    )
    parties = DealParty.objects.bulk_create(
        [
            DealParty(deal=deal, company=by_slug[slug], role=role)
            for deal, seed_deal in zip(deals, data.deals, strict=True)
            for slug, role in seed_deal.parties
        ],
        batch_size=BATCH,
    )
    return deals, len(parties)


def _write_events(data: SeedData, deals: list[Deal], now) -> dict[tuple[int, int], Event]:
    """The events, keyed by (deal, milestone) as the amounts and mentions refer to them."""
    keys, rows = [], []
    for d_index, (deal, seed_deal) in enumerate(zip(deals, data.deals, strict=True)):
        for e_index, e in enumerate(seed_deal.events):
            keys.append((d_index, e_index))
            rows.append(
                Event(
                    deal=deal,
                    date=e.date,
                    date_precision=e.precision,
                    date_text=e.date_text,
                    status=e.status,
                    summary=e.summary,
                    review_state=e.review_state,
                    confidence=e.confidence,
                    published_at=now if e.review_state == "published" else None,
                )
            )
    Event.objects.bulk_create(rows, batch_size=BATCH)
    return dict(zip(keys, rows, strict=True))


def _write_amounts(data: SeedData, events: dict[tuple[int, int], Event]) -> int:
    amounts = Amount.objects.bulk_create(
        [
            Amount(
                event=events[(d, e)],
                role=a.role,
                low=a.low,
                high=a.high,
                currency=a.currency,
                qualifier=a.qualifier,
                text=a.text,
                usd_low=a.usd_low,
                usd_high=a.usd_high,
                usd_rate=a.usd_rate,
                usd_rate_date=a.usd_rate_date,
            )
            for d, seed_deal in enumerate(data.deals)
            for e, seed_event in enumerate(seed_deal.events)
            for a in seed_event.amounts
        ],
        batch_size=BATCH,
    )
    return len(amounts)


def _write_articles(data: SeedData, events: dict[tuple[int, int], Event], now) -> tuple[int, int]:
    articles = Article.objects.bulk_create(
        [
            Article(
                title=a.title,
                outlet=a.outlet,
                url=a.url,
                language=a.language,
                published_on=a.published_on,
                text=a.text,
                content_hash=a.content_hash,
                source_file="bench_seed",
                extracted_at=now,
            )
            for a in data.articles
        ],
        batch_size=BATCH,
    )
    mentions = Mention.objects.bulk_create(
        [
            Mention(event=events[(d, e)], article=article, quote=seed.text[start:end], start=start, end=end)
            for article, seed in zip(articles, data.articles, strict=True)
            for d, e, start, end in seed.spans
        ],
        batch_size=BATCH,
    )
    return len(articles), len(mentions)
