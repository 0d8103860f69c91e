"""factory-boy factories shared by every test module."""

import datetime as dt
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model

from deals.models import Amount, Article, Company, CompanyAlias, Deal, DealParty, Event, Mention


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    password = factory.django.Password("correct-horse-battery")


class CompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Company

    name = factory.Sequence(lambda n: f"Company {n}")
    slug = factory.Sequence(lambda n: f"company-{n}")
    verified = True


class CompanyAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CompanyAlias

    company = factory.SubFactory(CompanyFactory)
    alias = factory.Sequence(lambda n: f"Alias {n}")
    language = "en"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    outlet = "Example News"
    url = factory.Sequence(lambda n: f"https://news.example.com/{n}")
    language = "en"
    published_on = dt.date(2024, 11, 14)
    text = factory.Sequence(lambda n: f"SoftBank agreed to invest $500 million in Startup {n}. Other news follows.")


class DealFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Deal

    kind = "investment"
    headline = ""
    is_ai = True  # the pages show the AI moves unless asked for all: test moves are AI moves unless a test says not


class DealPartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DealParty

    deal = factory.SubFactory(DealFactory)
    company = factory.SubFactory(CompanyFactory)
    role = "actor"


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    deal = factory.SubFactory(DealFactory)
    date = dt.date(2024, 11, 14)
    date_precision = "day"
    status = "announced"
    review_state = "published"
    confidence = 0.8


class AmountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Amount

    event = factory.SubFactory(EventFactory)
    role = "value"
    low = Decimal("500000000")
    high = Decimal("500000000")
    currency = "USD"
    qualifier = "exact"
    text = "$500 million"
    usd_low = Decimal("500000000")
    usd_high = Decimal("500000000")
    usd_rate = Decimal("1")
    usd_rate_date = dt.date(2024, 11, 14)


class MentionFactory(factory.django.DjangoModelFactory):
    """A mention quoting the first sentence of its article, so the offsets trigger accepts it."""

    class Meta:
        model = Mention

    event = factory.SubFactory(EventFactory)
    article = factory.SubFactory(ArticleFactory)
    start = 0
    end = factory.LazyAttribute(lambda o: o.article.text.find(".") + 1 or len(o.article.text))
    quote = factory.LazyAttribute(lambda o: o.article.text[o.start : o.end])


def make_published_event(*, actor: Company, target: Company | None = None, kind: str = "investment", **event_fields):
    """One published event on a new deal with its parties, an amount and a mention: what a page lists."""
    deal = DealFactory(kind=kind)
    DealPartyFactory(deal=deal, company=actor, role="actor")
    if target is not None:
        DealPartyFactory(deal=deal, company=target, role="target")
    event = EventFactory(deal=deal, **event_fields)
    AmountFactory(event=event)
    MentionFactory(event=event)
    return event
