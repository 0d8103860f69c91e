"""Headlines in plain English from parties, kind, status and amount; compact amounts in their currency."""

from decimal import Decimal

import pytest

from deals.headlines import compact_money, deal_headline, event_headline
from tests.factories import AmountFactory, CompanyFactory, DealFactory, DealPartyFactory, EventFactory


def move(kind, status, actor, *others, amounts=()):
    deal = DealFactory(kind=kind)
    DealPartyFactory(deal=deal, company=actor, role="actor")
    for company, role in others:
        DealPartyFactory(deal=deal, company=company, role=role)
    event = EventFactory(deal=deal, status=status)
    for amount in amounts:
        AmountFactory(event=event, **amount)
    return event


def money(low, high=None, currency="USD", qualifier="exact"):
    high = high or low
    return {
        "low": Decimal(low),
        "high": Decimal(high),
        "currency": currency,
        "qualifier": qualifier,
        "usd_low": None,
        "usd_high": None,
        "usd_rate": None,
    }


@pytest.fixture
def parties(softbank):
    return softbank, softbank.units.get(), CompanyFactory(name="OpenAI"), CompanyFactory(name="Nvidia")


def test_the_three_examples(parties):
    group, fund, openai, _ = parties
    assert (
        event_headline(
            move("investment", "rumored", group, (openai, "target"), amounts=[money("15e9", "25e9", qualifier="range")])
        )
        == "SoftBank Group in talks to invest $15-25B in OpenAI"
    )
    assert (
        event_headline(move("investment", "completed", fund, (openai, "target"), amounts=[money("5e8")]))
        == "SoftBank Vision Fund 2 invested $500M in OpenAI"
    )
    assert (
        event_headline(move("investment", "cancelled", group, (openai, "target"), amounts=[money("1e9")]))
        == "SoftBank Group's $1B offer to OpenAI did not go ahead"
    )


@pytest.mark.parametrize(
    ("kind", "status", "amount", "expected"),
    [
        ("investment", "announced", money("1.2e9", currency="EUR"), "SoftBank Group to invest €1.2B in Nvidia"),
        ("acquisition", "announced", money("1e11", currency="JPY"), "SoftBank Group to acquire Nvidia for ¥100B"),
        ("acquisition", "cancelled", None, "SoftBank Group's bid for Nvidia did not go ahead"),
        ("partnership", "rumored", None, "SoftBank Group in talks to partner with Nvidia"),
        ("joint_venture", "completed", None, "SoftBank Group formed a joint venture with Nvidia"),
        ("divestment", "completed", money("7.2e10"), "SoftBank Group sold its stake in Nvidia for $72B"),
        ("commitment", "announced", money("1e11"), "SoftBank Group to commit $100B to Nvidia"),
        ("other", "announced", None, "SoftBank Group to strike a deal with Nvidia"),
    ],
)
def test_kinds_and_statuses_read_naturally(parties, kind, status, amount, expected):
    group, _, _, nvidia = parties
    event = move(kind, status, group, (nvidia, "target"), amounts=[amount] if amount else [])
    assert event_headline(event) == expected


def test_moves_without_a_counterparty(parties):
    group = parties[0]
    assert event_headline(move("financing", "rumored", group, amounts=[money("1e10", qualifier="up_to")])) == (
        "SoftBank Group in talks to borrow up to $10B"
    )
    assert event_headline(move("launch", "rumored", group)) == "SoftBank Group reportedly plans to launch a new venture"
    assert (
        event_headline(move("commitment", "announced", group, amounts=[money("1e11")]))
        == "SoftBank Group to commit $100B"
    )
    # A sum without a named company must not read as one deal ("invested $3.1 billion in 2022").
    assert (
        event_headline(move("investment", "completed", parties[1], amounts=[money("3.1e9")]))
        == "SoftBank Vision Fund 2 invested $3.1B in all"
    )


def test_deal_headline_is_timeless_and_editors_win(parties):
    group, _, openai, _ = parties
    event = move("investment", "completed", group, (openai, "target"))
    assert deal_headline(event.deal) == "SoftBank Group's investment in OpenAI"
    event.deal.headline = "Stargate"
    assert deal_headline(event.deal) == "Stargate"


@pytest.mark.parametrize(
    ("low", "high", "currency", "qualifier", "expected"),
    [
        ("677000000", None, "USD", "exact", "$677M"),
        ("1250000000", None, "USD", "about", "about $1.25B"),
        ("500000000000", None, "USD", "exact", "$500B"),
        ("2000000000000", None, "JPY", "exact", "¥2T"),
        ("15000000000", "25000000000", "USD", "range", "$15-25B"),
        ("40", None, "PERCENT", "exact", "40%"),
        ("5000000000", None, "SAR", "at_least", "at least SAR 5B"),
        ("950", None, "USD", "exact", "$950"),
    ],
)
def test_compact_money(low, high, currency, qualifier, expected):
    assert (
        compact_money(low=Decimal(low), high=Decimal(high) if high else None, currency=currency, qualifier=qualifier)
        == expected
    )


def test_a_launch_names_what_was_launched_or_who_launched_it_alongside(parties):
    group, _, openai, nvidia = parties
    with_partner = move("launch", "announced", group, (nvidia, "partner"))
    assert event_headline(with_partner) == "SoftBank Group to launch a new venture with Nvidia"
    launched = move("launch", "completed", group, (openai, "target"))
    assert event_headline(launched) == "SoftBank Group launched OpenAI"
