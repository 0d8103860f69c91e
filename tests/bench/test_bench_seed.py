"""bench_seed: the asked number of events, valid under every database rule, the same data for the same seed."""

from collections import Counter

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

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
from deals.selectors import tracked_company

pytestmark = pytest.mark.django_db


def fingerprint() -> list:
    """Everything a reader could see, without database ids (which sequences may shift between runs)."""
    deals = []
    for deal in Deal.objects.order_by("pk").prefetch_related(
        "parties__company", "events__amounts", "events__mentions__article"
    ):
        deals.append(
            (
                deal.kind,
                deal.headline,
                sorted((p.company.slug, p.role) for p in deal.parties.all()),
                [
                    (
                        e.date,
                        e.date_precision,
                        e.date_text,
                        e.status,
                        e.review_state,
                        e.confidence,
                        e.summary,
                        [(a.role, a.low, a.high, a.currency, a.qualifier, a.usd_low) for a in e.amounts.order_by("pk")],
                        [(m.article.content_hash, m.start, m.end) for m in e.mentions.order_by("pk")],
                    )
                    for e in deal.events.order_by("pk")
                ],
            )
        )
    companies = list(Company.objects.order_by("pk").values_list("slug", "parent__slug", "is_tracked"))
    return [companies, deals]


def test_creates_the_asked_number_of_events_with_valid_rows():
    call_command("bench_seed", events=120, seed=3)

    assert Event.objects.count() == 120
    per_deal = Counter(Event.objects.values_list("deal_id", flat=True))
    assert set(per_deal.values()) <= {1, 2, 3, 4}
    assert len(set(per_deal.values())) > 1  # deals of several lengths, not all single events
    # Every deal has an actor and someone on the other side.
    assert not Deal.objects.exclude(parties__role="actor").exists()
    assert DealParty.objects.exclude(role="actor").values("deal").distinct().count() == Deal.objects.count()
    # A tracked group with units (units of units too) for the home page and the company pages.
    group = tracked_company()
    assert group is not None and len(group.family_ids()) >= 5
    assert CompanyAlias.objects.exclude(language__in=["", "en"]).exists()
    # Realistic variety, not one value everywhere.
    assert Event.objects.values("date_precision").distinct().count() >= 3
    assert Event.objects.values("status").distinct().count() >= 3
    assert Event.objects.values("review_state").distinct().count() >= 2
    assert Amount.objects.values("currency").distinct().count() >= 3
    assert Event.objects.published().count() > Event.objects.count() // 2
    # Mentions are real spans of their articles: the quote is the text between the offsets.
    for mention in Mention.objects.select_related("article"):
        assert mention.article.text[mention.start : mention.end] == mention.quote
    assert Mention.objects.values("event").distinct().count() == 120
    assert Article.objects.count() >= 60


def test_every_row_passes_model_validation():
    call_command("bench_seed", events=60, seed=5)

    for model in (Company, CompanyAlias, Deal, DealParty, Event, Amount, Article, Mention):
        for row in model.objects.all():
            row.full_clean(validate_unique=False)


def test_same_seed_same_data_other_seed_other_data():
    call_command("bench_seed", events=80, seed=11)
    first = fingerprint()
    call_command("bench_seed", events=80, seed=11, reset=True)
    assert fingerprint() == first
    assert Event.objects.count() == 80

    call_command("bench_seed", events=80, seed=12, reset=True)
    assert fingerprint() != first


def test_refuses_to_mix_with_existing_data_without_reset():
    call_command("bench_seed", events=10, seed=1)
    with pytest.raises(CommandError):
        call_command("bench_seed", events=10, seed=1)
    assert Event.objects.count() == 10


def test_database_rules_are_really_enforced_on_the_seeded_rows():
    """The seeded mentions satisfy the trigger because it is live, not because it was bypassed."""
    from django.db import IntegrityError, InternalError, transaction

    call_command("bench_seed", events=10, seed=2)
    mention = Mention.objects.first()
    with pytest.raises((IntegrityError, InternalError)), transaction.atomic():
        Mention.objects.filter(pk=mention.pk).update(quote=mention.quote + " (altered)")
    assert connection.vendor in ("sqlite", "postgresql")
