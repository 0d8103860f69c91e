"""Money as readers see it: compact figures in their own currency ('¥100B', 'up to $10B', '$15-25B'), the
dollar equivalent ('≈ $677M'), and the figures that are not the SoftBank side's own money in words
('of a $40B round', 'at a $300B valuation')."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol


class AmountLike(Protocol):
    """An Amount row or a headlines.Money: what formatting reads."""

    role: str
    low: Decimal
    high: Decimal
    currency: str
    qualifier: str
    usd_low: Decimal | None
    usd_high: Decimal | None


CURRENCY_SIGNS = {
    "USD": "$",
    "EUR": "€",
    "JPY": "¥",
    "GBP": "£",
    "CNY": "CN¥",
    "KRW": "₩",
    "INR": "₹",
    "HKD": "HK$",
    "AUD": "A$",
    "CAD": "C$",
    "SGD": "S$",
    "TWD": "NT$",
    "BRL": "R$",
}

_SCALES = (
    (Decimal("1e12"), "T"),
    (Decimal("1e9"), "B"),
    (Decimal("1e6"), "M"),
    (Decimal("1e3"), "K"),
)

_QUALIFIER_PREFIX = {"about": "about ", "up_to": "up to ", "at_least": "at least "}


def _short_number(value: Decimal) -> str:
    """Two decimals below 10, one below 100, none above, without trailing zeros: 1.25, 15, 677."""
    if value < 10:
        step = Decimal("0.01")
    elif value < 100:
        step = Decimal("0.1")
    else:
        step = Decimal(1)
    text = f"{value.quantize(step, rounding=ROUND_HALF_UP):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _scale_for(value: Decimal) -> tuple[Decimal, str]:
    for size, suffix in _SCALES:
        if value >= size:
            return size, suffix
    return Decimal(1), ""


def compact_money(
    *,
    low: Decimal,
    high: Decimal | None = None,
    currency: str,
    qualifier: str = "exact",
) -> str:
    """'$15-25B', '¥100B', '€1.2B', 'up to $10B', '40%'; unknown currencies as 'SAR 5B'."""
    low = Decimal(low)
    high = Decimal(high) if high is not None else low
    if currency == "PERCENT":
        if high > low:
            return f"{_short_number(low)}-{_short_number(high)}%"
        return f"{_QUALIFIER_PREFIX.get(qualifier, '')}{_short_number(low)}%"
    size, suffix = _scale_for(high)
    if high > low:
        figure = f"{_short_number(low / size)}-{_short_number(high / size)}{suffix}"
    else:
        figure = f"{_short_number(low / size)}{suffix}"
    sign = CURRENCY_SIGNS.get(currency)
    money = f"{sign}{figure}" if sign else f"{currency} {figure}"
    if high > low:
        return money
    return f"{_QUALIFIER_PREFIX.get(qualifier, '')}{money}"


def amount_compact(amount: AmountLike) -> str:
    """The amount in its original currency, compactly: '¥100B'."""
    return compact_money(
        low=amount.low,
        high=amount.high,
        currency=amount.currency,
        qualifier=amount.qualifier,
    )


def amount_usd(amount: AmountLike) -> str:
    """The amount in US dollars, '≈ $677M'; empty when no rate was found or the original is dollars."""
    if amount.currency in ("USD", "PERCENT") or amount.usd_low is None:
        return ""
    return "≈ " + compact_money(
        low=amount.usd_low,
        high=amount.usd_high,
        currency="USD",
        qualifier=amount.qualifier,
    )


# What a `total` is the whole of, by what the deal moves: SoftBank's $30B "of a $40B round".
TOTAL_NOUNS = {"stake": "round", "fund": "fund", "venture": "venture", "debt": "facility"}


def money_with_usd(amount: AmountLike) -> str:
    """'¥100B (≈ $677M)', '$15-25B': the figure as stated, with dollars beside any other currency."""
    usd = amount_usd(amount)
    return f"{amount_compact(amount)} ({usd})" if usd else amount_compact(amount)


def is_qualified(amount: AmountLike) -> bool:
    """The figure reads with a word before it ('about $300B', 'up to $40B'), so no article may precede it."""
    return amount.qualifier in _QUALIFIER_PREFIX and amount.high <= amount.low


def valuation_phrase(amount: AmountLike) -> str:
    """'at a $300B valuation'; 'at a valuation of about $300B' (never 'at a about')."""
    figure = amount_compact(amount)
    return f"at a valuation of {figure}" if is_qualified(amount) else f"at a {figure} valuation"


def total_phrase(amount: AmountLike, *, object_type: str = "other", article: bool = True) -> str:
    """'of a $40B round' ('of about $100B' when qualified); without the noun when `article` is False."""
    figure = amount_compact(amount)
    if not article:
        return f"of {figure}"
    noun = TOTAL_NOUNS.get(object_type, "deal")
    return f"of {figure} in all" if is_qualified(amount) else f"of a {figure} {noun}"


def stake_phrase(amount: AmountLike) -> str:
    """'a 10% stake'; 'a stake of about 10%'."""
    return f"a stake of {amount_compact(amount)}" if is_qualified(amount) else f"a {amount_compact(amount)} stake"


def amount_in_words(amount: AmountLike, *, object_type: str = "other") -> str:
    """One figure as a reader should take it: the SoftBank side's own money plainly, any other figure saying
    what it is the size of."""
    if amount.role == "total":
        return total_phrase(amount, object_type=object_type)
    if amount.role == "valuation":
        return valuation_phrase(amount)
    if amount.role == "stake_percent":
        return stake_phrase(amount)
    if amount.role == "per_share":
        return f"at {money_with_usd(amount)} a share"
    if amount.role == "other":
        return f"{money_with_usd(amount)} (another figure stated with the move)"
    return money_with_usd(amount)
