"""Digit strings and CJK numerals to Decimal, never through float.

Helpers of `money.py`: the normalisation table keeps every offset (one character in, one out), so
spans found in the normalised text are spans of the original.
"""

from __future__ import annotations

import decimal
import re
from decimal import Decimal

# Exact arithmetic for any amount a news article can state (and far beyond).
CONTEXT = decimal.Context(prec=60, Emax=999, Emin=-999, traps=[decimal.InvalidOperation])
# Anything larger is garbage (a serial number, a hash), not money.
LIMIT = Decimal("1e18")


def _one_to_one() -> dict[int, str]:
    table: dict[int, str] = {}
    for zero in (0x0660, 0x06F0, 0xFF10):  # Arabic-Indic, Persian, full-width digits
        for n in range(10):
            table[zero + n] = str(n)
    table.update(
        {
            ord("٫"): ".",  # Arabic decimal separator
            ord("٬"): ",",  # Arabic thousands separator
            ord("٪"): "%",
            ord("％"): "%",
            ord("．"): ".",
            ord("＄"): "$",
            ord("￥"): "¥",
            ord("￡"): "£",
            ord("￦"): "₩",
            ord("’"): "'",
            ord("ʼ"): "'",
            ord("´"): "'",
        }
    )
    return table


NORMALISE = _one_to_one()
# str.translate costs about half a microsecond per character; a regex finds the rare ones far faster.
_TO_NORMALISE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(NORMALISE)) + "]")


def normalise(text: str) -> str:
    """Same length as `text`: digits to ASCII, full-width signs and apostrophes folded."""
    return _TO_NORMALISE.sub(lambda m: NORMALISE[ord(m.group())], text)


_GROUPED = re.compile(r"(\d{1,3}(?:[^\S\n]\d{3})+)(?:[.,](\d+))?")
_THOUSANDS_TAIL = re.compile(r"\d{3}")


def _grouped(head: str, groups: list[str]) -> bool:
    return 1 <= len(head) <= 3 and all(_THOUSANDS_TAIL.fullmatch(g) for g in groups)


def parse_digits(raw: str, *, decimal_sep: str) -> Decimal | None:
    """'1,000,000', '1.000.000', '3,15', '1 000,5', '1,234.56' -> Decimal; None when no reading fits.

    A lone separator followed by exactly three digits is a thousands separator unless it is the
    language's decimal sign ('1,500' is 1500 in English, 1.5 in French; '1.500' the other way round);
    any other lone separator is a decimal point ('3,15' is 3.15 everywhere).
    """
    if raw.isdigit():
        return _decimal(raw, "")
    if " " in raw or not raw.isascii():  # grouped by spaces
        m = _GROUPED.fullmatch(raw)
        if not m:
            return None
        whole = "".join(m.group(1).split())
        return _decimal(whole, m.group(2) or "")
    dots, commas = raw.count("."), raw.count(",")
    if not dots and not commas:
        return _decimal(raw, "")
    if dots and commas:
        last = max(raw.rfind("."), raw.rfind(","))
        dec, whole = raw[last], raw[:last]
        thou = "," if dec == "." else "."
        if dec in whole:
            return None
        head, *groups = whole.split(thou)
        if not _grouped(head, groups):
            return None
        return _decimal(head + "".join(groups), raw[last + 1 :])
    sep = "." if dots else ","
    parts = raw.split(sep)
    if len(parts) > 2:
        if not _grouped(parts[0], parts[1:]):
            return None  # '1.2.3', '14.11.2024': versions and dates, not numbers
        return _decimal("".join(parts), "")
    head, tail = parts
    if len(tail) == 3 and sep != decimal_sep and 1 <= len(head) <= 3 and head != "0":
        return _decimal(head + tail, "")
    return _decimal(head, tail)


_ROUND_GROUP = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{2}0")


def grouped_round(raw: str, decimal_sep: str) -> bool:
    """'5,000' or '2,500' before a scale word, read as 5.000 where ',' is the decimal sign, is 5000: a decimal
    is not written with a trailing zero in the third place ("5 millones", "2,5 millones"), a thousands group is."""
    return raw[-4:-3] == decimal_sep and _ROUND_GROUP.fullmatch(raw) is not None


def _decimal(whole: str, frac: str) -> Decimal | None:
    whole = whole.lstrip("0") or "0"
    if len(whole) > 19:
        return None
    try:
        value = Decimal(f"{whole}.{frac}" if frac else whole)
    except decimal.InvalidOperation:
        return None
    return value if value < LIMIT else None


CJK_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
CJK_NUMERAL_CHARS = "".join(CJK_DIGITS) + "".join(_CJK_UNITS)


def parse_cjk(raw: str) -> Decimal | None:
    """'三千五百' -> 3500, '十五' -> 15, '二〇' -> 20 (digit by digit when no unit is written)."""
    if not raw:
        return None
    if not any(c in _CJK_UNITS for c in raw):
        digits = "".join(str(CJK_DIGITS[c]) for c in raw)
        return _decimal(digits, "")
    total = current = 0
    for c in raw:
        if c in CJK_DIGITS:
            current = current * 10 + CJK_DIGITS[c] if current else CJK_DIGITS[c]
        else:
            total += (current or 1) * _CJK_UNITS[c]
            current = 0
    return Decimal(total + current)


def plain(value: Decimal) -> Decimal:
    """Written in full: 1.5E+9 -> 1500000000, 1.20 -> 1.2. Call it under `CONTEXT`."""
    if value == value.to_integral_value():
        return value.quantize(_ONE)
    return value.normalize()


_ONE = Decimal(1)
