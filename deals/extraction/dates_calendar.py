"""Calendar arithmetic for date phrases: periods, offsets and 'most recent on or before publication'.

Every function returns None instead of raising on an impossible date (31 June, year 0, ...): callers
treat None as "this phrase is not a date".
"""

from __future__ import annotations

import datetime as dt

from .periods import period_start

# Years outside this window are numbers, not dates ("in 1200 stores"); the upper bound is relative to
# the publication year so plans ("by 2030") stay in.
MIN_YEAR = 1950
MAX_YEARS_AHEAD = 10

UNIT_PRECISION = {
    "day": "day",
    "week": "day",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
}


def plausible_year(year: int, published: dt.date) -> bool:
    return MIN_YEAR <= year <= published.year + MAX_YEARS_AHEAD


def safe_date(year: int, month: int = 1, day: int = 1) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def add_months(date: dt.date, months: int) -> dt.date | None:
    """First day of the month `months` away from `date`'s month."""
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    return safe_date(year, month + 1, 1)


def shift(base: dt.date, unit: str, amount: int) -> tuple[dt.date, str] | None:
    """`amount` units from `base`, as (first day of the period, precision)."""
    try:
        if unit == "day":
            return base + dt.timedelta(days=amount), "day"
        if unit == "week":
            return week_period(base + dt.timedelta(days=7 * amount))
        if unit == "month":
            date = add_months(base, amount)
            return (date, "month") if date else None
        if unit == "quarter":
            date = add_months(period_start(base, "quarter"), 3 * amount)
            return (date, "quarter") if date else None
        if unit == "year":
            date = safe_date(base.year + amount, 1, 1)
            return (date, "year") if date else None
    except OverflowError:
        return None
    return None


def week_period(day: dt.date) -> tuple[dt.date, str]:
    """'Last week' names no day: the smallest period that holds the whole calendar week (Monday to
    Sunday) around `day`, so the date never claims more than the text says."""
    monday = day - dt.timedelta(days=day.weekday())
    return holding_period(monday, monday + dt.timedelta(days=6)) or (period_start(day, "month"), "month")


def holding_period(first: dt.date, last: dt.date, coarsest: str = "year") -> tuple[dt.date, str] | None:
    """The smallest period (month, quarter, up to `coarsest`) holding both days, or None."""
    for precision in ("month", "quarter", "year"):
        if period_start(first, precision) == period_start(last, precision):
            return period_start(first, precision), precision
        if precision == coarsest:
            break
    return None


def month_near(month: int, published: dt.date, *, mode: str = "on_or_before") -> dt.date | None:
    """The named month without a year: the most recent on or before publication ('in June' read in
    November), strictly before ('last June'), or the next one ('next June')."""
    if not 1 <= month <= 12:
        return None
    if mode == "before":
        year = published.year if month < published.month else published.year - 1
    elif mode == "after":
        year = published.year if month > published.month else published.year + 1
    else:
        year = published.year if month <= published.month else published.year - 1
        # A bare month a month or two ahead is the coming one ("will invest in December" read in November);
        # news says "last December" when it means eleven months back.
        if (month - published.month) % 12 in (1, 2):
            year = published.year if month > published.month else published.year + 1
    return safe_date(year, month, 1)


def day_near(month: int, day: int, published: dt.date) -> dt.date | None:
    """'11月13日', 'November 13th': the publication year, or the year before when that is in the future."""
    date = safe_date(published.year, month, day)
    if date is None:  # 29 February in a common year: the previous leap year is not meant either
        return None
    if date > published:
        date = safe_date(published.year - 1, month, day)
    return date


def quarter_near(quarter: int, published: dt.date) -> dt.date | None:
    if not 1 <= quarter <= 4:
        return None
    start = dt.date(published.year, 3 * quarter - 2, 1)
    return start if start <= published else dt.date(published.year - 1, 3 * quarter - 2, 1)


def weekday_near(weekday: int, published: dt.date, *, mode: str = "on_or_before") -> dt.date:
    """A bare weekday is the most recent such day on or before publication: 'Vendredi' in a Friday
    article is the publication day. 'last Friday' is strictly before; '上周五' is in the previous
    calendar week."""
    if mode == "previous_week":
        monday = published - dt.timedelta(days=published.weekday())
        return monday - dt.timedelta(days=7) + dt.timedelta(days=weekday)
    back = (published.weekday() - weekday) % 7
    if mode == "before" and back == 0:
        back = 7
    return published - dt.timedelta(days=back)
