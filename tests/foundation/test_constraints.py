"""Each rule the database can state rejects a bad row there, not only in forms."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from deals.models import Amount, Article, CompanyAlias, Event, Mention
from tests.factories import (
    AmountFactory,
    ArticleFactory,
    CompanyFactory,
    DealFactory,
    DealPartyFactory,
    EventFactory,
    MentionFactory,
)

pytestmark = pytest.mark.django_db


def rejected(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


def test_same_article_text_is_one_article():
    ArticleFactory(text="SoftBank agreed to buy Graphcore.")
    rejected(lambda: ArticleFactory(text="SoftBank agreed to buy Graphcore."))


def test_empty_article_text_is_refused():
    rejected(
        lambda: Article.objects.bulk_create(
            [Article(language="en", published_on=dt.date(2024, 1, 1), text="", content_hash="0" * 64)]
        )
    )


def test_alias_spelling_is_unique_after_normalisation():
    CompanyAlias.objects.create(company=CompanyFactory(), alias="SoftBank Corp.")
    rejected(lambda: CompanyAlias.objects.create(company=CompanyFactory(), alias="softbank  corp"))


def test_arabic_alias_variants_share_one_key():
    CompanyAlias.objects.create(company=CompanyFactory(), alias="أوراكل")
    rejected(lambda: CompanyAlias.objects.create(company=CompanyFactory(), alias="اوراكل"))


def test_alias_needs_a_letter():
    rejected(lambda: CompanyAlias.objects.create(company=CompanyFactory(), alias=" . "))


def test_company_kind_must_be_a_choice():
    rejected(lambda: CompanyFactory(kind="bank"))


def test_company_cannot_be_its_own_parent():
    company = CompanyFactory()
    company.parent = company
    rejected(company.save)


@pytest.mark.parametrize(
    "field, value",
    [("date_precision", "week"), ("status", "maybe"), ("review_state", "hidden"), ("confidence", 1.5)],
)
def test_event_choice_and_range_fields(field, value):
    rejected(lambda: EventFactory(**{field: value}))


@pytest.mark.parametrize(
    "date, precision",
    [
        (dt.date(2024, 6, 15), "month"),
        (dt.date(2024, 3, 1), "year"),
        (dt.date(2024, 2, 1), "quarter"),
        (dt.date(2024, 1, 2), "year"),
    ],
)
def test_coarse_dates_must_start_their_period(date, precision):
    rejected(lambda: EventFactory(date=date, date_precision=precision))


@pytest.mark.parametrize(
    "date, precision",
    [(dt.date(2024, 6, 1), "month"), (dt.date(2024, 7, 1), "quarter"), (dt.date(2019, 1, 1), "year")],
)
def test_aligned_coarse_dates_are_accepted(date, precision):
    assert EventFactory(date=date, date_precision=precision).pk


def test_deal_kind_must_be_a_choice():
    rejected(lambda: DealFactory(kind="merger-ish"))


def test_a_company_holds_one_role_once_per_deal():
    party = DealPartyFactory()
    rejected(lambda: DealPartyFactory(deal=party.deal, company=party.company, role=party.role))


@pytest.mark.parametrize(
    "fields",
    [
        {"low": Decimal("25"), "high": Decimal("15"), "qualifier": "range"},
        {"low": Decimal("-1"), "high": Decimal("-1")},
        {"low": Decimal("15"), "high": Decimal("25"), "qualifier": "exact"},
        {"low": Decimal("15"), "high": Decimal("15"), "qualifier": "range"},
        {"currency": "usd"},
        {"currency": "DOLLARS"},
        {"currency": "PERCENT"},
        {"role": "stake_percent", "currency": "USD"},
        {"role": "stake_percent", "currency": "PERCENT", "low": Decimal("120"), "high": Decimal("120")},
        {"usd_low": Decimal("10"), "usd_high": None},
        {"usd_low": Decimal("10"), "usd_high": Decimal("5")},
        {"usd_rate": Decimal("0")},
        {"qualifier": "roughly"},
    ],
)
def test_amount_rules(fields):
    rejected(lambda: AmountFactory(**fields))


def test_a_stake_in_percent_is_accepted():
    amount = AmountFactory(
        role="stake_percent",
        currency="PERCENT",
        low=Decimal("20"),
        high=Decimal("20"),
        usd_low=None,
        usd_high=None,
        usd_rate=None,
        usd_rate_date=None,
    )
    assert Amount.objects.filter(pk=amount.pk).exists()


def test_mention_offsets_must_lie_inside_the_article():
    article = ArticleFactory(text="SoftBank invested in OpenAI.")
    event = EventFactory()
    rejected(
        lambda: Mention.objects.create(
            event=event, article=article, quote="SoftBank invested in OpenAI.!", start=0, end=29
        )
    )


def test_mention_quote_must_match_the_text_at_its_offsets():
    article = ArticleFactory(text="SoftBank invested in OpenAI. Then it sold Alibaba.")
    event = EventFactory()
    rejected(
        lambda: Mention.objects.create(event=event, article=article, quote="Then it sold Alibaba.", start=0, end=21)
    )


def test_mention_update_is_checked_too():
    mention = MentionFactory()
    rejected(lambda: Mention.objects.filter(pk=mention.pk).update(quote="something else"))


def test_mention_offsets_must_be_ordered():
    article = ArticleFactory(text="SoftBank invested in OpenAI.")
    rejected(lambda: Mention.objects.create(event=EventFactory(), article=article, quote="", start=5, end=5))


def test_same_mention_twice_on_one_event_is_refused():
    mention = MentionFactory()
    rejected(
        lambda: Mention.objects.create(
            event=mention.event, article=mention.article, quote=mention.quote, start=mention.start, end=mention.end
        )
    )


def test_a_valid_mention_with_non_latin_text_is_accepted():
    text = "وأعلنت الشركة في ديسمبر عن خطط لشراء أسهم في OpenAI. 同社は投資を発表した。"
    article = ArticleFactory(text=text, language="ar")
    start = text.index("同社")
    quote = text[start:]
    assert Mention.objects.create(event=EventFactory(), article=article, quote=quote, start=start, end=len(text)).pk


def test_events_of_a_deleted_deal_go_with_it():
    event = EventFactory()
    event.deal.delete()
    assert not Event.objects.filter(pk=event.pk).exists()
