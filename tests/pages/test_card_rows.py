"""A list's cards print the amounts, quotes and parties a move's querysets hold: the rows read for them in SQL
(deals.views.card_rows) are the same rows, in the same order, with the same values and types."""

import datetime as dt
from decimal import Decimal

import pytest

from deals.models import Amount, DealParty
from deals.selectors import page_mentions
from deals.views.card_rows import amounts_of, mentions_of, parties_of
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


def _fields(obj) -> dict:
    return {name: (value, type(value)) for name, value in vars(obj).items() if name != "_state"}


@pytest.fixture
def moves():
    """Two moves of one deal with amounts in two currencies and fractions, quotes from two articles on two
    days, and parties whose roles and names sort apart from their creation order."""
    deal = DealFactory(kind="investment")
    for name, role in (("Zeta Fund", "co_investor"), ("Alpha Robotics", "target"), ("Beta Group", "actor")):
        DealPartyFactory(deal=deal, company=CompanyFactory(name=name), role=role)
    DealPartyFactory(deal=deal, company=CompanyFactory(name="Able Partners"), role="co_investor")
    first = EventFactory(deal=deal, date=dt.date(2024, 3, 5), status="announced")
    second = EventFactory(deal=deal, date=dt.date(2024, 9, 30), status="completed")
    AmountFactory(
        event=first,
        role="value",
        low=Decimal("1234.56"),
        high=Decimal("1234.56"),
        currency="EUR",
        usd_low=Decimal("1350.12"),
        usd_high=Decimal("1350.12"),
        usd_rate=Decimal("1.0935"),
    )
    AmountFactory(event=first, role="total", usd_rate_date=None, usd_rate=None, usd_low=None, usd_high=None)
    AmountFactory(event=second, role="value")
    late = ArticleFactory(published_on=dt.date(2024, 10, 1), outlet="Late Wire")
    early = ArticleFactory(published_on=dt.date(2024, 3, 6), outlet="")
    MentionFactory(event=second, article=late)
    MentionFactory(event=first, article=late)
    MentionFactory(event=first, article=early)
    return [first.pk, second.pk], [deal.pk]


def test_the_cards_rows_are_the_querysets_rows(moves):
    event_ids, deal_ids = moves
    expected = [
        (list(Amount.objects.filter(event_id__in=event_ids).order_by("role", "pk")), amounts_of(event_ids), None),
        (list(page_mentions().filter(event_id__in=event_ids)), mentions_of(event_ids), "article"),
        (
            list(
                DealParty.objects.filter(deal_id__in=deal_ids)
                .select_related("company")
                .order_by("role", "company__name")
            ),
            parties_of(deal_ids),
            "company",
        ),
    ]
    for rows, read, related in expected:
        assert [_fields(row) for row in read] == [_fields(row) for row in rows]
        if related:
            assert [_fields(getattr(row, related)) for row in read] == [_fields(getattr(row, related)) for row in rows]
    assert [party.company.name for party in parties_of(deal_ids)][:2] == ["Beta Group", "Able Partners"]


def test_a_field_the_cards_do_not_read_is_loaded_on_access(moves, django_assert_num_queries):
    event_ids, _ = moves
    mention = mentions_of(event_ids)[0]
    with django_assert_num_queries(1):
        assert mention.article.text.startswith("SoftBank agreed")
    assert not mention._state.adding
    assert mentions_of([]) == []
