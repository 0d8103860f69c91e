"""Amounts typed as people write them, and written back with thousands grouping."""

from decimal import Decimal

import pytest

from deals.services.amount_text import format_amount, parse_amount

CASES = [
    ("6.5B", "6500000000", None),
    ("¥100B", "100000000000", "JPY"),
    ("6,5 Mrd", "6500000000", None),
    ("6,5 Mrd EUR", "6500000000", "EUR"),
    ("$1.2 billion", "1200000000", "USD"),
    ("US$ 500 million", "500000000", "USD"),
    ("500m", "500000000", None),
    ("6,500,000,000", "6500000000", None),
    ("6.500.000", "6500000", None),
    ("1.234,5", "1234.5", None),
    ("6500000000.0000", "6500000000", None),
    ("10 trillion yen", "10000000000000", "JPY"),
    ("€40 Mio", "40000000", "EUR"),
    ("40%", "40", "PERCENT"),
    ("1 000 000", "1000000", None),
    ("3兆円", "3000000000000", "JPY"),
    ("2.5 GBP", "2.5", "GBP"),
]


@pytest.mark.parametrize(("typed", "value", "currency"), CASES)
def test_parse_amount(typed, value, currency):
    parsed = parse_amount(typed)
    assert (parsed.value, parsed.currency) == (Decimal(value), currency)


@pytest.mark.parametrize("typed", ["", "about", "6.5 zillion", "12 bananas"])
def test_parse_amount_refuses_what_it_cannot_read_with_a_message(typed):
    with pytest.raises(ValueError, match="type it as|do not know"):
        parse_amount(typed)


@pytest.mark.parametrize(
    ("value", "shown"),
    [("6500000000.0000", "6,500,000,000"), ("0.5000", "0.5"), ("1234.25", "1,234.25"), (None, "")],
)
def test_format_amount_groups_thousands_and_drops_trailing_zeros(value, shown):
    assert format_amount(None if value is None else Decimal(value)) == shown
