"""Turn one pattern match into (first day of the period, precision).

The kinds named in the data files:
  dp       month-name phrases ("13 novembre 2024", "Nov. 13"): dateparser, checked against the named
           parts and replaced by them when it disagrees or fails (it misses Levantine Arabic months)
  ymd      year / month / day from groups, resolved against publication ("11月13日", "in June",
           "May this year", "2019年", "in 2019")
  numeric  digit-only day/month/year in the language's order (14/11/2024, 11/14/2024 in English)
  quarter  "Q3 2024", "troisième trimestre", "第3四半期"
  weekday  most recent such day on or before publication (mode: before, previous_week)
  rel      unit/offset from publication ("last month", "hier", "去年")
  chain    unit/offset from the previous date found ("the month before that", "その前月")
  ago      number x unit before publication ("two years ago", "il y a 3 mois")
  block    a phrase that is not a date but contains one ("the last year", "fiscal quarter"): it wins
           the overlap and yields nothing
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from . import dates_calendar as cal
from .dates_dateparser import parse_phrase
from .dates_patterns import DIGITS, LanguagePatterns, Pattern, fold, group_value
from .money_numbers import CJK_DIGITS as CJK_VALUES
from .periods import period_start

BLOCK = ("block", "block")
# (date, precision), or with a third item True when the period only approximates what the text says
Result = tuple[dt.date, str] | tuple[dt.date, str, bool]

_PREV = re.compile(r"^prev([+-]\d+)$")


def cjk_number(value: str) -> int | None:
    """'十一' 11, '二十三' 23, '二〇二四' 2024, '两' 2."""
    if not value:
        return None
    if all(c in CJK_VALUES for c in value):
        number = 0
        for c in value:
            number = number * 10 + CJK_VALUES[c]
        return number
    if "十" in value and value.count("十") == 1:
        tens, _, ones = value.partition("十")
        high = CJK_VALUES.get(tens, None) if tens else 1
        low = CJK_VALUES.get(ones, None) if ones else 0
        if high is None or low is None:
            return None
        return high * 10 + low
    return None


def to_int(value: str | None, *words: dict[str, int]) -> int | None:
    if value is None:
        return None
    value = value.translate(DIGITS).strip()
    stripped = value.rstrip(".ºª°")
    if stripped.isascii() and stripped.isdigit():
        return int(stripped)
    key = fold(value)
    for table in words:
        if key in table:
            return table[key]
    return cjk_number(value)


def _group(match: re.Match[str], name: str) -> str | None:
    return group_value(match, name)


def _year_from(
    match: re.Match[str],
    lp: LanguagePatterns,
    published: dt.date,
    previous: dt.date | None,
) -> int | None:
    year = to_int(_group(match, "y"))
    if year is not None:
        return year
    short = _group(match, "yy")
    if short is not None and short.isdigit():
        return 2000 + int(short) if int(short) <= (published.year + 10) % 100 else 1900 + int(short)
    word = _group(match, "yrel")
    if word is not None:
        value = lp.year_words.get(fold(word))
        if isinstance(value, int):
            return published.year + value
        prev = _PREV.match(str(value or ""))
        if prev:
            return (previous or published).year + int(prev.group(1))
    return None


def needs_previous(match: re.Match[str], pattern: Pattern, lp: LanguagePatterns) -> bool:
    if pattern.kind == "chain":
        return True
    word = _group(match, "yrel")
    return word is not None and isinstance(lp.year_words.get(fold(word)), str)


def _month_range(
    match: re.Match[str],
    lp: LanguagePatterns,
    published: dt.date,
    previous: dt.date | None,
) -> Result | None:
    """'between June and September', '6月至9月': never the first month alone. Within one quarter, that quarter;
    across two, the quarter holding most of its months, marked approximate ("about Q3 2025")."""
    first = _ymd(match, lp, published, previous)
    last = to_int(_group(match, "m2"), lp.months)
    if first is None or first[1] != "month" or last is None or not 1 <= last <= 12:
        return first
    start = first[0]
    end = cal.safe_date(start.year + (last < start.month), last, 1)
    if end is None:
        return None
    held = cal.holding_period(start, end, coarsest="quarter")
    if held is not None:
        return held
    months = [cal.add_months(start, k) for k in range((end.year - start.year) * 12 + end.month - start.month + 1)]
    quarters = [period_start(m, "quarter") for m in months if m is not None]
    most = max(quarters, key=lambda q: (quarters.count(q), q))
    return most, "quarter", True


def _ymd(
    match: re.Match[str],
    lp: LanguagePatterns,
    published: dt.date,
    previous: dt.date | None,
) -> Result | None:
    year = _year_from(match, lp, published, previous)
    month = to_int(_group(match, "m"), lp.months)
    day = to_int(_group(match, "day"))
    if year is not None and not cal.plausible_year(year, published):
        return None
    if month is None and year is None and day is not None:
        # "11日", "8일": the day of the publication month, or of the month before when still to come.
        date = cal.safe_date(published.year, published.month, day)
        if date is None or date > published:
            back = published.replace(day=1) - dt.timedelta(days=1)
            date = cal.safe_date(back.year, back.month, day)
        return (date, "day") if date else None
    if month is None:
        date = cal.safe_date(year) if year is not None else None
        return (date, "year") if date else None
    if not 1 <= month <= 12:
        return None
    if day is not None:
        date = cal.safe_date(year, month, day) if year is not None else cal.day_near(month, day, published)
        return (date, "day") if date else None
    if year is not None:
        date = cal.safe_date(year, month, 1)
    else:
        modifier = _group(match, "mrel")
        mode = lp.month_modifiers.get(fold(modifier), "on_or_before") if modifier else "on_or_before"
        if mode == "this":
            date = cal.safe_date(published.year, month, 1)
        else:
            date = cal.month_near(month, published, mode=mode)
    return (date, "month") if date else None


def _numeric(match: re.Match[str], lp: LanguagePatterns, published: dt.date) -> Result | None:
    first, second = to_int(_group(match, "p1")), to_int(_group(match, "p2"))
    year = to_int(_group(match, "y"))
    if first is None or second is None or year is None or not cal.plausible_year(year, published):
        return None
    if first > 12 or (second <= 12 and lp.date_order != "MDY"):
        day, month = first, second
    else:
        month, day = first, second
    date = cal.safe_date(year, month, day)
    return (date, "day") if date else None


def _quarter(
    match: re.Match[str],
    lp: LanguagePatterns,
    published: dt.date,
    previous: dt.date | None,
) -> Result | None:
    quarter = to_int(_group(match, "q"), lp.ordinals)
    if quarter is None or not 1 <= quarter <= 4:
        return None
    year = _year_from(match, lp, published, previous)
    if year is None:
        date = cal.quarter_near(quarter, published)
    elif cal.plausible_year(year, published):
        date = cal.safe_date(year, 3 * quarter - 2, 1)
    else:
        return None
    return (date, "quarter") if date else None


def _ago(
    match: re.Match[str],
    params: dict[str, Any],
    lp: LanguagePatterns,
    published: dt.date,
) -> Result | None:
    unit_word = _group(match, "unit")
    if unit_word is None or fold(unit_word) not in lp.units:
        return None
    unit, default = lp.units[fold(unit_word)]
    count = to_int(_group(match, "n"), lp.numbers)
    count = default if count is None else count
    if count is None or not 0 < count <= 100:
        return None
    return cal.shift(published, unit, -count * int(params.get("sign", 1)))


def _dateparser(
    match: re.Match[str],
    phrase: str,
    lp: LanguagePatterns,
    published: dt.date,
    previous: dt.date | None,
) -> Result | None:
    direct = _ymd(match, lp, published, previous)
    parsed = parse_phrase(phrase.translate(DIGITS), language=lp.language, published=published)
    if parsed is None or direct is None:
        return parsed or direct
    # The named parts win when dateparser reads the phrase differently (a wrong month, a filled year).
    same = parsed[1] == direct[1] and parsed[0] == direct[0]
    return parsed if same else direct


def resolve(
    match: re.Match[str],
    pattern: Pattern,
    lp: LanguagePatterns,
    *,
    phrase: str,
    published: dt.date,
    previous: dt.date | None,
) -> Result | None:
    kind, params = pattern.kind, pattern.params
    if kind == "block":
        return BLOCK
    if kind == "dp":
        return _dateparser(match, phrase, lp, published, previous)
    if kind == "ymd":
        return _ymd(match, lp, published, previous)
    if kind == "month_range":
        return _month_range(match, lp, published, previous)
    if kind == "numeric":
        return _numeric(match, lp, published)
    if kind == "quarter":
        return _quarter(match, lp, published, previous)
    if kind == "weekday":
        weekday = to_int(_group(match, "wd"), lp.weekdays)
        if weekday is None or not 0 <= weekday <= 6:
            return None
        return cal.weekday_near(weekday, published, mode=params.get("mode", "on_or_before")), "day"
    if kind == "rel":
        return cal.shift(published, params["unit"], int(params.get("offset", 0)))
    if kind == "chain":
        base = previous or published
        return cal.shift(base, params["unit"], int(params.get("offset", 0)))
    if kind == "ago":
        return _ago(match, params, lp, published)
    return None
