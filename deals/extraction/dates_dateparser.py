"""dateparser on one candidate phrase at a time: parser objects reused, results cached.

Only short phrases found by the patterns reach it (never search_dates over the text: slow and full of
false hits). The period it reports gives the precision; the day it fills in from the base is dropped.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from .periods import period_start

_PERIODS = {"day": "day", "week": "day", "month": "month", "year": "year"}
_MAX_PHRASE = 80
_MAX_CACHE = 20_000

_parsers: dict[tuple[str, dt.date], Any] = {}
_results: dict[tuple[str, str, dt.date], tuple[dt.date, str] | None] = {}
_lock = threading.Lock()
_unsupported: set[str] = set()


def _parser(language: str, published: dt.date) -> Any:
    key = (language, published)
    parser = _parsers.get(key)
    if parser is None:
        from dateparser.date import (
            DateDataParser,  # imported late: 0.2 s, paid in warm_up()
        )

        if len(_parsers) > 256:
            _parsers.clear()
        parser = DateDataParser(
            languages=[language],
            settings={
                "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
                "PREFER_DATES_FROM": "past",
                "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False,
            },
        )
        _parsers[key] = parser
    return parser


def parse_phrase(phrase: str, *, language: str, published: dt.date) -> tuple[dt.date, str] | None:
    """(first day of the period, precision) for one date phrase, or None."""
    phrase = " ".join(phrase.split())
    if not phrase or len(phrase) > _MAX_PHRASE or language in _unsupported:
        return None
    key = (phrase, language, published)
    if key in _results:
        return _results[key]
    result = None
    try:
        with _lock:  # parser objects are not documented as thread-safe
            data = _parser(language, published).get_date_data(phrase)
        if data and data.date_obj is not None and data.period in _PERIODS:
            precision = _PERIODS[data.period]
            result = (period_start(data.date_obj.date(), precision), precision)
    except ValueError:  # dateparser has no such language
        _unsupported.add(language)
    except Exception:  # noqa: BLE001 - a parser failure on one phrase must never stop an import
        result = None
    if len(_results) > _MAX_CACHE:
        _results.clear()
    _results[key] = result
    return result


def prime(language: str) -> None:
    """Import dateparser and load one language's data (about 0.3 s the first time, then cached)."""
    parse_phrase("1 2020", language=language, published=dt.date.today())
