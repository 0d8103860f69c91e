"""Amounts as editors type and read them: "6.5B", "¥100B", "6,5 Mrd", "$1.2 billion", "40%".

`parse_amount` turns such a text into a number and, when the text names one, a currency; `format_amount`
writes a number back with thousands grouping, never as "6500000000.0000".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# Scale words and letters, lower-cased, longest first when matched.
_SCALES = {
    "k": 10**3,
    "thousand": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "mio": 10**6,
    "million": 10**6,
    "millions": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "billion": 10**9,
    "billions": 10**9,
    "mrd": 10**9,
    "md": 10**9,
    "milliard": 10**9,
    "milliards": 10**9,
    "t": 10**12,
    "tn": 10**12,
    "trillion": 10**12,
    "bio": 10**12,
    "万": 10**4,
    "億": 10**8,
    "亿": 10**8,
    "兆": 10**12,
    "lakh": 10**5,
    "crore": 10**7,
}
_SYMBOLS = {"us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR", "%": "PERCENT"}
_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "円": "JPY",
    "yuan": "CNY",
    "元": "CNY",
    "pounds": "GBP",
    "won": "KRW",
    "rupees": "INR",
}
_NUMBER = re.compile(r"\d[\d.,'\u00a0\u202f ]*")
_CODE = re.compile(r"^[a-z]{3}$")


@dataclass(frozen=True)
class TypedAmount:
    value: Decimal
    currency: str | None  # ISO code, "PERCENT", or None when the text names none


def _number(digits: str) -> Decimal:
    digits = re.sub(r"['\u00a0\u202f ]", "", digits).rstrip(".,")
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        # The separator that comes last is the decimal one: "1,234.5" and "1.234,5".
        decimal_sep = "," if digits.rfind(",") > digits.rfind(".") else "."
        group_sep = "." if decimal_sep == "," else ","
        digits = digits.replace(group_sep, "").replace(decimal_sep, ".")
    elif commas:
        groups = digits.split(",")
        # "6,500,000" groups thousands; "6,5" is a decimal comma.
        thousands = all(len(g) == 3 for g in groups[1:]) and (commas > 1 or len(groups[1]) == 3)
        digits = digits.replace(",", "") if thousands else digits.replace(",", ".")
    elif dots > 1:
        digits = digits.replace(".", "")  # "6.500.000"
    return Decimal(digits)


def _currency(words: list[str]) -> str | None:
    for word in words:
        if word in _WORDS:
            return _WORDS[word]
        if _CODE.match(word) and word not in _SCALES:
            return word.upper()
    return None


def parse_amount(text: str) -> TypedAmount:
    """The number and currency a typed amount states; ValueError with a message an editor can act on."""
    raw = (text or "").strip().lower()
    match = _NUMBER.search(raw)
    if not match:
        raise ValueError(f"“{text}” has no number: type it as 6.5B, 100 million or 6,500,000.")
    try:
        value = _number(match.group())
    except InvalidOperation:
        raise ValueError(f"“{text}” is not a number I can read: type it as 6.5B, 100 million or 6,500,000.") from None
    before, after = raw[: match.start()], raw[match.end() :]
    currency = next((code for sym, code in _SYMBOLS.items() if sym in before or sym in after), None)
    words = re.findall(r"[a-z$]+|[^\sa-z\d.,$]", before + " " + after)
    scale = next((_SCALES[w] for w in re.findall(r"[a-z]+|[万億亿兆]", after) if w in _SCALES), 1)
    leftover = [w for w in words if w not in _SCALES and w not in _SYMBOLS and w not in ("us",)]
    currency = currency or _currency(leftover)
    unknown = [w for w in leftover if w not in _WORDS and not (_CODE.match(w) and w.upper() == currency)]
    if unknown:
        raise ValueError(f"“{text}”: I do not know “{unknown[0]}”; write a scale (K, M, B, T) and a currency code.")
    return TypedAmount(value=value * scale, currency=currency)


def format_amount(value: Decimal | None) -> str:
    """6500000000.0000 -> "6,500,000,000"; 0.5 -> "0.5"; None -> ""."""
    if value is None:
        return ""
    value = Decimal(value)
    if value == value.to_integral_value():
        return f"{value:,.0f}"
    return f"{value.normalize():,f}"
