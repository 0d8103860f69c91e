"""The rules every write of an event or an amount follows, whichever door it comes through (admin change form,
review page, API, import): a stale version is refused, a review state carries who reviewed it and since when
it is public, and USD figures are those of the ECB rate on the event's date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone

from deals.extraction.fx import rate_to_usd
from deals.models import Amount, Event, ReviewState

_CENTS = Decimal("0.01")
USD_FIELDS = ("usd_low", "usd_high", "usd_rate", "usd_rate_date")


class StaleEdit(ValidationError):
    """Someone saved the event after this page was drawn; reload instead of overwriting their change."""


def check_version(*, event: Event, version: int | None) -> None:
    """Refuse a change made from a copy of `event` read at `version` (None: the caller did not say). Call it on
    a row locked with select_for_update(), so no save slips in between the check and the write."""
    if version is not None and version != event.version:
        raise StaleEdit(
            f"“{event}” was changed by someone else since you opened it (version {event.version}, yours {version}); "
            "your changes were not saved. Reload to see their change, then make yours again.",
            code="stale_version",
        )


def set_review_state(*, event: Event, state: str, user) -> None:
    """Put the event in `state` (the caller saves it): `reviewed_by` is who did, `published_at` the moment it
    became public, kept while it stays published and cleared when it leaves."""
    event.review_state = state
    event.reviewed_by = user
    event.published_at = (event.published_at or timezone.now()) if state == ReviewState.PUBLISHED else None


def usd_fields(*, low: Decimal, high: Decimal, currency: str, on: dt.date) -> dict:
    """USD bounds at the ECB rate of `on` (the event's date), with the rate and its day, from the same rates
    extraction uses. Empty for percentages and currencies without a rate."""
    empty = dict.fromkeys(USD_FIELDS)
    if currency == "PERCENT" or low is None or high is None:
        return empty
    rate, rate_date, _warnings = rate_to_usd(currency, on=on)
    if rate is None:
        return empty
    return {
        "usd_low": (low * rate).quantize(_CENTS),
        "usd_high": (high * rate).quantize(_CENTS),
        "usd_rate": rate,
        "usd_rate_date": rate_date,
    }


def refresh_usd(*, amount: Amount, on: dt.date) -> bool:
    """Set the amount's USD figures for its value and currency on `on` (the caller saves); True if they changed."""
    fresh = usd_fields(low=amount.low, high=amount.high, currency=amount.currency, on=on)
    changed = any(getattr(amount, name) != value for name, value in fresh.items())
    for name, value in fresh.items():
        setattr(amount, name, value)
    return changed


def refresh_event_usd(*, event: Event, user) -> int:
    """Bring the USD figures of every amount of the event to its date; saves and returns the amounts changed."""
    changed = 0
    for amount in Amount.objects.filter(event_id=event.pk):
        if refresh_usd(amount=amount, on=event.date):
            amount._history_user = user
            amount.save()
            changed += 1
    return changed
