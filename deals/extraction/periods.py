"""Dates at a precision: a date stands for the period it starts (a month-precision date is its 1st).

Plain Python, shared by extraction, the import service, the API and the benchmarks."""

import datetime as dt


def period_start(date: dt.date, precision: str) -> dt.date:
    """First day of the period a date at that precision falls in."""
    if precision == "year":
        return date.replace(month=1, day=1)
    if precision == "quarter":
        return date.replace(month=(date.month - 1) // 3 * 3 + 1, day=1)
    if precision == "month":
        return date.replace(day=1)
    return date


def period_end(date: dt.date, precision: str) -> dt.date:
    """Last day of the period a date at that precision stands for."""
    months = {"year": 12, "quarter": 3, "month": 1}.get(precision)
    if months is None:
        return date
    start = period_start(date, precision)
    month = start.month - 1 + months
    year = start.year + month // 12
    if year > dt.MAXYEAR:
        return dt.date.max
    return dt.date(year, month % 12 + 1, 1) - dt.timedelta(days=1)
